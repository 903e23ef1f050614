package org.yulu.check;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yulu.system.BadRequestException;
import org.yulu.system.LanguageLinks;
import org.yulu.system.PublicUrls;
import org.yulu.system.QueryLinks;

import java.util.Locale;

/** The check page: a form whose answer is a link, so a check can be shared as its address. */
@Controller
class CheckPageController {

    private final QuoteCheck check;
    private final MessageSource messages;
    private final PublicUrls urls;

    CheckPageController(QuoteCheck check, MessageSource messages, PublicUrls urls) {
        this.check = check;
        this.messages = messages;
        this.urls = urls;
    }

    /** Without a text, the empty form; a text that cannot be checked answers 400 with the form and the reason. */
    @GetMapping("/check")
    String page(@RequestParam(required = false) String text, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        QueryLinks links = QueryLinks.of(request);
        model.addAttribute("text", text);
        model.addAttribute("languages", LanguageLinks.Links.of(links));
        model.addAttribute("description", messages.getMessage("check.description", null, locale));
        model.addAttribute("paraphrases", check.findsParaphrases());
        model.addAttribute("base", urls.base());
        if (text != null) {
            try {
                model.addAttribute("result", check.check(text));
            } catch (BadRequestException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", e.message(messages, locale));
            }
        }
        return "check/check";
    }
}

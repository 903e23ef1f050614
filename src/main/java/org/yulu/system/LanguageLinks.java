package org.yulu.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The same page in each of the site's languages, for the switcher and the hreflang alternates: the page's own
 * links with {@code lang} set. Error pages get none: they echo nothing of the address asked for.
 */
@ControllerAdvice(basePackages = "org.yulu")
public class LanguageLinks {

    @ModelAttribute("languages")
    Links languages(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null
                : Links.of(QueryLinks.of(request));
    }

    /** The page's address in Chinese, in English, and with no language asked for (the browser's choice). */
    public record Links(String zh, String en, String neutral) {

        /** From the links a page already builds, so a page that shows less of its query repeats no more of it. */
        public static Links of(QueryLinks links) {
            return new Links(links.keeping(SiteLocale.PARAM, "zh-CN"), links.keeping(SiteLocale.PARAM, "en"),
                    links.keeping(SiteLocale.PARAM, null));
        }
    }
}

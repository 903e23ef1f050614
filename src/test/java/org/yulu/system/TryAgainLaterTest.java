package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Work refused for now, by a limit (429) or busy threads (503): the status, when to ask again, and why. */
class TryAgainLaterTest {

    static final TryAgainLaterException BUSY = new TryAgainLaterException(503,
            "Searches by meaning are waiting for the server; try again in a second.", 1, "error.busy.meaning");

    @Test
    void anApiClientIsToldTheStatusWhenToAskAgainAndWhy() {
        ResponseEntity<ApiError> answer = new ApiErrorHandler().later(BUSY,
                new MockHttpServletRequest("GET", "/api/search"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody()).isEqualTo(new ApiError(503, "Service Unavailable",
                "Searches by meaning are waiting for the server; try again in a second.", "/api/search"));
    }

    @Test
    void aReaderGetsThePageInTheirLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = new PageErrorHandler(messages).later(BUSY, Locale.SIMPLIFIED_CHINESE, response);

        assertThat(page.getViewName()).isEqualTo("error/later");
        assertThat(page.getStatus().value()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(page.getModel().get("message")).isEqualTo("正在回答其他按意思的搜索，请 1 秒后再试。");
        assertThat(new PageErrorHandler(messages).later(BUSY, Locale.ENGLISH, new MockHttpServletResponse())
                .getModel().get("message")).isEqualTo("Searches by meaning are queued up; try again in a second.");
        assertThat(new TryAgainLaterException(429, "too many checks", 42, "check.rate.limited")
                .message(messages, Locale.ENGLISH)).isEqualTo("Too many checks; try again in 42 seconds.");
    }
}

package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class QueryLinksTest {

    static QueryLinks linksFor(String... params) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter(params[i], params[i + 1]);
        }
        return QueryLinks.of(request);
    }

    @Test
    void aFilterReplacesItsOldValueKeepsTheOthersAndStartsAtPageOne() {
        QueryLinks links = linksFor("q", "护城河", "speaker", "北风", "page", "3");

        assertThat(links.with("speaker", "梁文锋"))
                .isEqualTo("/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3&speaker=%E6%A2%81%E6%96%87%E9%94%8B");
        assertThat(links.without("speaker")).isEqualTo("/search?q=%E6%8A%A4%E5%9F%8E%E6%B2%B3");
    }

    @Test
    void pageLinksKeepTheFiltersAndDropPageOne() {
        QueryLinks links = linksFor("q", "c++ & go", "page", "2");

        assertThat(links.page(3)).isEqualTo("/search?q=c%2B%2B+%26+go&page=3");
        assertThat(links.page(1)).isEqualTo("/search?q=c%2B%2B+%26+go");
    }

    @Test
    void blankParametersAreLeftOut() {
        assertThat(linksFor("q", " ", "source", "").page(2)).isEqualTo("/search?page=2");
    }

    @Test
    void pagerCountsPagesAndTheRangeShown() {
        Pager pager = new Pager(57, 3, 20);
        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.first()).isEqualTo(41);
        assertThat(pager.last()).isEqualTo(57);
        assertThat(pager.hasNext()).isFalse();
        assertThat(new Pager(0, 1, 20).pages()).isEqualTo(1);
    }
}

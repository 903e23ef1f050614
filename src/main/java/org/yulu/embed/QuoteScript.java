package org.yulu.embed;

import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A script that writes a quote into the page including it: into the element with id {@code yulu-quote}, or a new
 * blockquote after the script tag. The words go in as text, never as markup, and the data is a JSON literal with
 * every character that could end the script or the string escaped.
 */
final class QuoteScript {

    static final String TARGET_ID = "yulu-quote";

    private static final String BODY = """
            (function () {
              var quote = %s;
              var target = document.getElementById("%s");
              if (!target) {
                var script = document.currentScript;
                if (!script || !script.parentNode) {
                  return;
                }
                target = document.createElement("blockquote");
                script.parentNode.insertBefore(target, script.nextSibling);
              }
              var words = document.createElement("p");
              words.textContent = quote.words;
              var by = document.createElement("a");
              by.href = quote.url;
              by.textContent = "\\u2014\\u2014 " + quote.speaker + "\\uff0c\\u300a" + quote.source + "\\u300b";
              target.textContent = "";
              target.appendChild(words);
              target.appendChild(by);
            })();
            """;

    private QuoteScript() {
    }

    static String of(String words, String speaker, String source, String absoluteUrl, JsonMapper json) {
        Map<String, String> quote = new LinkedHashMap<>();
        quote.put("words", words);
        quote.put("speaker", speaker);
        quote.put("source", source);
        quote.put("url", absoluteUrl);
        return BODY.formatted(literal(json.writeValueAsString(quote)), TARGET_ID);
    }

    /** JSON made safe inside a script element: no "</script>", no "<!--", no line ends JavaScript refuses. */
    static String literal(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

package org.yulu.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word a reader sees comes from messages*.properties, and every message exists in both languages. */
class TemplateTextIsTranslatedTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path MESSAGES = Path.of("src/main/resources/messages");

    static final Pattern NOT_RENDERED = Pattern.compile(
            "<!DOCTYPE[^>]*>|<!--.*?-->|<script\\b.*?</script>|<style\\b.*?</style>", Pattern.DOTALL);
    static final Pattern TAG = Pattern.compile("<(/?)[a-zA-Z][\\w:-]*((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");
    static final Pattern REPLACES_TEXT = Pattern.compile("\\sth:(u?text|replace|insert)=");
    static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("(?<![\\w:-])(title|alt|placeholder|aria-label)=\"([^\"]*)\"");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)");

    @Test
    void noTemplateHasHardCodedVisibleText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            hardCodedText(Files.readString(template)).forEach(text -> found.add(TEMPLATES.relativize(template) + ": " + text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsTextOutsideMessagesButNotPrototypeTextOrPunctuation() {
        String template = """
                <p th:text="#{a}">replaced</p><p>写死的</p> · <img alt="logo"/><a th:title="#{b}" href="/">→</a>
                <!--/* a comment */--><script>var x = 'code';</script>""";
        assertThat(hardCodedText(template)).containsExactly("写死的", "alt=\"logo\"");
    }

    @Test
    void everyMessageExistsInChineseAndInEnglish() throws IOException {
        Set<String> chinese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).containsExactlyElementsOf(new TreeSet<>(chinese));
    }

    @Test
    void everyMessageATemplateUsesExists() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!defined.contains(key.group(1))) {
                    missing.add(key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<String> hardCodedText(String template) {
        String rendered = NOT_RENDERED.matcher(template).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(rendered);
        int textStart = 0;
        boolean textReplaced = false;
        while (tag.find()) {
            String text = rendered.substring(textStart, tag.start()).strip();
            if (!textReplaced && LETTER.matcher(text).find()) {
                found.add(text);
            }
            String attributes = tag.group(2);
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find()) {
                    found.add(attribute.group());
                }
            }
            textReplaced = tag.group(1).isEmpty() && REPLACES_TEXT.matcher(attributes).find();
            textStart = tag.end();
        }
        return found;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

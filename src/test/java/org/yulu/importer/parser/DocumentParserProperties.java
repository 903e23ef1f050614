package org.yulu.importer.parser;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever bytes or text a seed file holds, the importer either reads a whole document or refuses it clearly. */
class DocumentParserProperties {

    private final DocumentParser parser = new DocumentParser();

    @Property(tries = 300)
    void randomBytesAreReadOrRefusedNeverThrownAt(@ForAll @Size(max = 2000) byte[] bytes) {
        assertReadOrRefused(bytes);
    }

    @Property(tries = 300)
    void randomUnicodeTextIsReadOrRefused(@ForAll("documentLikeText") String text) {
        assertReadOrRefused(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void aTruncatedSeedIsReadOrRefusedAndNeverHoldsMoreThanTheWhole(@ForAll("cutPoints") int cut) throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("seeds", SeedDocumentsTest.BLOG));
        byte[] part = Arrays.copyOf(whole, Math.min(cut, whole.length));
        ParsedDocument doc = assertReadOrRefused(part);
        if (doc != null) {
            assertThat(doc.exchanges().size()).isLessThanOrEqualTo(16);
            assertThat(doc.quotes().size() + doc.exchanges().size()).isLessThanOrEqualTo(37);
        }
    }

    /** Returns the document when it was read; null when refused with a reason. Anything else fails the property. */
    private ParsedDocument assertReadOrRefused(byte[] bytes) {
        try {
            ParsedDocument doc = parser.parse("random.txt", DocumentDecoder.decode(bytes));
            assertThat(doc.itemCount()).isPositive();
            doc.quotes().forEach(q -> assertThat(q.text()).isNotBlank());
            assertThat(doc.title()).isNotBlank();
            return doc;
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return null;
        }
    }

    @Provide
    Arbitrary<String> documentLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("记者:", "梁文锋:", "问:", "答:", "Q:", "A:", "标题:", "日期:", "受访者:", "1.", "一、",
                        "(2)", "\n", "\r\n", "\n\n", "\uFEFF", "。", "?", ":", " ", "•", "\u0000", "\u202E"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Integer> cutPoints() {
        return Arbitraries.integers().between(0, 13_000);
    }
}

package org.yulu.importer.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a seed file into text, refusing anything that is not UTF-8 text. */
public final class DocumentDecoder {

    private DocumentDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("the file is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("the file is not UTF-8 text (save it as UTF-8)");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        long controls = text.codePoints().filter(DocumentDecoder::isBinaryControl).count();
        if (text.indexOf('\0') >= 0 || controls * 100 >= text.length()) {
            throw new UnreadableDocumentException("the file looks binary (it holds control characters), not text");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the file holds only white space");
        }
        return text;
    }

    private static boolean isBinaryControl(int cp) {
        return cp == 0 || (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t');
    }
}

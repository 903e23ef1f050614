package org.yulu.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's codec with stored fields compressed in small chunks rather than Lucene's large default ones. A search
 * reads the stored fields of scattered hits (the reranked window and the page), and with large chunks each read
 * decompresses far more around its hit than it uses (docs/benchmarks.md). Found by name when an index is opened
 * (META-INF/services), so the class name and {@link #NAME} must not change.
 */
public final class YuluCodec extends FilterCodec {

    static final String NAME = "Yulu912";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "YuluStoredFields", CompressionMode.FAST, 4 * 1024, 32, 10);

    public YuluCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}

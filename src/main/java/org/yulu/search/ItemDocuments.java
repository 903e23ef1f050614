package org.yulu.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.ItemKind;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;
import org.yulu.text.PinyinReading;
import org.yulu.text.TextFolding;

import java.util.ArrayList;
import java.util.List;

import static org.yulu.search.SearchFields.ANSWER;
import static org.yulu.search.SearchFields.BODY;
import static org.yulu.search.SearchFields.CONTEXT;
import static org.yulu.search.SearchFields.FOLDED;
import static org.yulu.search.SearchFields.ID;
import static org.yulu.search.SearchFields.INITIALS;
import static org.yulu.search.SearchFields.INTERVIEWER;
import static org.yulu.search.SearchFields.ITEM;
import static org.yulu.search.SearchFields.ITEM_MARK;
import static org.yulu.search.SearchFields.META;
import static org.yulu.search.SearchFields.NUMBER;
import static org.yulu.search.SearchFields.PASSAGE;
import static org.yulu.search.SearchFields.PASSAGE_VECTOR;
import static org.yulu.search.SearchFields.PINYIN;
import static org.yulu.search.SearchFields.POSITION;
import static org.yulu.search.SearchFields.QUESTION;
import static org.yulu.search.SearchFields.SOURCE;
import static org.yulu.search.SearchFields.SOURCE_TITLE;
import static org.yulu.search.SearchFields.SPEAKER;
import static org.yulu.search.SearchFields.TEXT;
import static org.yulu.search.SearchFields.TYPE;
import static org.yulu.search.SearchFields.URL;

/** Turns an item into a block of Lucene documents and a stored document back into the item. */
final class ItemDocuments {

    /** A passage of an item with its vector. */
    record VectorPassage(String text, float[] vector) {
    }

    private ItemDocuments() {
    }

    /** The item's block: a document for each passage with a vector, then the item's own document. */
    static List<Document> toDocuments(Item item, List<VectorPassage> passages) {
        List<Document> block = new ArrayList<>(passages.size() + 1);
        for (VectorPassage passage : passages) {
            Document doc = new Document();
            doc.add(new StoredField(PASSAGE, passage.text()));
            doc.add(new KnnFloatVectorField(PASSAGE_VECTOR, passage.vector(), VectorSimilarityFunction.COSINE));
            block.add(doc);
        }
        block.add(toDocument(item));
        return block;
    }

    static Document toDocument(Item item) {
        Document doc = new Document();
        doc.add(new StringField(ITEM, ITEM_MARK, Field.Store.NO));
        keyword(doc, ID, item.id());
        keyword(doc, TYPE, item.type());
        keyword(doc, SPEAKER, item.speaker());
        keyword(doc, SOURCE, item.source().id());
        doc.add(new StoredField(SOURCE_TITLE, item.source().title()));
        doc.add(new StoredField(URL, item.url()));
        for (String text : item.texts()) {
            String folded = TextFolding.fold(text);
            doc.add(new TextField(TEXT, folded, Field.Store.NO));
            doc.add(new StoredField(FOLDED, folded));
            pinyin(doc, folded);
        }
        for (String name : item.names()) {
            String folded = TextFolding.fold(name);
            doc.add(new TextField(META, folded, Field.Store.NO));
            // liangwenfeng finds what 梁文锋 finds: his items, though few of them say his name
            pinyin(doc, folded);
        }
        doc.add(new StoredField(POSITION, item.position()));
        doc.add(new NumericDocValuesField(POSITION, item.position()));
        switch (item.kind()) {
            case QUOTE -> {
                QuoteItem q = (QuoteItem) item;
                if (q.number() != null) {
                    doc.add(new StoredField(NUMBER, q.number()));
                }
                stored(doc, CONTEXT, q.context());
                stored(doc, BODY, q.text());
            }
            case EXCHANGE -> {
                ExchangeItem e = (ExchangeItem) item;
                stored(doc, INTERVIEWER, e.interviewer());
                stored(doc, QUESTION, e.question());
                stored(doc, ANSWER, e.answer());
            }
        }
        return doc;
    }

    static Item fromDocument(Document doc) {
        SourceRef source = new SourceRef(doc.get(SOURCE), doc.get(SOURCE_TITLE));
        int position = doc.getField(POSITION).numericValue().intValue();
        String url = doc.get(URL);
        if (ItemKind.QUOTE.type().equals(doc.get(TYPE))) {
            Number number = doc.getField(NUMBER) == null ? null : doc.getField(NUMBER).numericValue();
            return new QuoteItem(doc.get(TYPE), doc.get(ID), url, doc.get(SPEAKER), source, position,
                    number == null ? null : number.intValue(), doc.get(CONTEXT), doc.get(BODY), List.of());
        }
        return new ExchangeItem(doc.get(TYPE), doc.get(ID), url, source, position,
                doc.get(INTERVIEWER), doc.get(SPEAKER), doc.get(QUESTION), doc.get(ANSWER), List.of());
    }

    /** The item's texts as they were folded for the index, in {@link Item#texts()} order. */
    static List<String> foldedTexts(Document doc) {
        return List.of(doc.getValues(FOLDED));
    }

    private static void pinyin(Document doc, String folded) {
        List<List<String>> readings = PinyinReading.of(folded);
        doc.add(new Field(PINYIN, PinyinTokens.syllables(readings), TextField.TYPE_NOT_STORED));
        doc.add(new Field(INITIALS, PinyinTokens.initials(readings), TextField.TYPE_NOT_STORED));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}

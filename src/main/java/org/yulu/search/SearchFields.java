package org.yulu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index's field names and analyzer chains, defined once for indexing and querying. Text reaches every chain
 * already folded by {@link org.yulu.text.TextFolding}.
 */
final class SearchFields {

    /** Keyword fields: exact values, also kept as doc values for filters and facets. */
    static final String ID = "id";
    static final String TYPE = "type";
    static final String SPEAKER = "speaker";
    static final String SOURCE = "source";

    /** Quote text and context, exchange question and answer, as CJK unigrams + bigrams and unstemmed Latin words. */
    static final String TEXT = "text";
    /** Speaker and source title, as grams like {@link #TEXT}, so a name finds its speaker's items. */
    static final String META = "meta";

    /**
     * The texts' Han characters as toneless syllables ({@link PinyinTokens}), so {@code chuangxin} finds 创新 when
     * it holds no such Latin word; and as their initials, so {@code hch} finds 护城河.
     */
    static final String PINYIN = "pinyin";
    static final String INITIALS = "initials";

    /** Stored only: what a hit shows. */
    static final String SOURCE_TITLE = "source_title";
    static final String URL = "url";
    static final String POSITION = "position";
    static final String NUMBER = "number";
    static final String CONTEXT = "context";
    static final String BODY = "body";
    static final String INTERVIEWER = "interviewer";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    /** The texts as folded for indexing, in {@link Item#texts()} order: snippets need not fold again. */
    static final String FOLDED = "folded";

    /**
     * Marks an item's document. Each item is indexed as a block: a document per passage, holding the passage and its
     * vector, then the item's own document, which alone holds the fields above.
     */
    static final String ITEM = "item";
    static final String ITEM_MARK = "yes";
    /** A passage's document: its text as the item says it (stored), and its vector from the sentence model. */
    static final String PASSAGE = "passage";
    static final String PASSAGE_VECTOR = "passage_vector";

    /** Keeps a phrase from matching across the end of one value and the start of the next. */
    private static final int VALUE_GAP = 100;

    private SearchFields() {
    }

    /**
     * Recall: every Han character alone and paired with its neighbour, so any contiguous keyword is a phrase of
     * pairs (or one character); Latin words lower-cased and never stemmed (JetBrains stays jetbrains).
     */
    static Analyzer grams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                        | CJKBigramFilter.HANGUL;
                return new TokenStreamComponents(tokenizer,
                        new CJKBigramFilter(new LowerCaseFilter(tokenizer), scripts, true));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /**
     * Dictionary words, never indexed: they split a keyword into its parts and tell whether a hit holds the keyword
     * as a word ({@link WordRanking}).
     */
    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }
}

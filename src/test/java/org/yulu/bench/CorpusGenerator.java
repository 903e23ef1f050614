package org.yulu.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.yulu.corpus.Corpus;
import org.yulu.corpus.ExchangeItem;
import org.yulu.corpus.Item;
import org.yulu.corpus.QuoteItem;
import org.yulu.corpus.SourceRef;
import org.yulu.search.SeedCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A large corpus that reads like the seeds: Chinese sentences walked through a word chain learnt from the seed
 * texts (so word frequencies, names, English terms and punctuation follow theirs), as quotes and interview
 * exchanges of many speakers across many sources. The same seed gives the same corpus, item for item.
 */
public final class CorpusGenerator implements Corpus {

    private static final String SENTENCE_ENDS = "。!?！？";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
            "明", "超", "秀", "霞", "平", "刚", "桂", "文", "华", "建", "国", "志", "宏", "啸", "锋", "晨", "宇"};

    private final long seed;
    private final int items;
    /** Each word followed by every word that follows it in the seeds, repeats included, so choice follows use. */
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> latinWords = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();

    /** @param items how many quotes and exchanges {@link #forEachItem} hands over */
    public CorpusGenerator(long seed, int items) {
        this.seed = seed;
        this.items = items;
        learn(SeedCorpus.load().items());
        SplittableRandom random = new SplittableRandom(seed);
        speakers.addAll(List.of("梁文锋", "北风"));
        for (int i = 0; i < 500; i++) {
            String given = pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
            speakers.add(pick(random, SURNAMES) + given);
        }
    }

    public int size() {
        return items;
    }

    /** The same seed and size generate the same items, so an index built from them can be kept. */
    @Override
    public String fingerprint() {
        return "generated, seed " + seed + ", " + items + " items";
    }

    /** Sources of 20 to 400 items; 7 in 10 items are quotes, the rest exchanges with a reporter. */
    @Override
    public void forEachItem(Consumer<Item> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        int made = 0;
        for (int s = 0; made < items; s++) {
            SourceRef source = new SourceRef(String.format("g%06d_%08x", s, random.nextInt()), title(random));
            String author = speakers.get(random.nextInt(speakers.size()));
            int count = Math.min(items - made, 20 + random.nextInt(381));
            for (int position = 1; position <= count; position++) {
                String id = source.id() + "-" + position;
                if (random.nextInt(10) < 7) {
                    sink.accept((new QuoteItem("quote", id, "/quotes/" + id, author, source, position,
                            random.nextInt(3) == 0 ? position : null, null, sentences(random, 1 + random.nextInt(3)), List.of())));
                } else {
                    String question = sentence(random);
                    question = question.substring(0, question.length() - 1) + "?";
                    sink.accept((new ExchangeItem("exchange", id, "/exchanges/" + id, source, position,
                            "记者", author, question, sentences(random, 1 + random.nextInt(4)), List.of())));
                }
            }
            made += count;
        }
    }

    /**
     * Queries a reader might type, drawn from the corpus's own words: frequent and rare words, speakers' names,
     * English terms, two words, and quoted phrases.
     */
    public List<String> queries(int count, long querySeed) {
        SplittableRandom random = new SplittableRandom(querySeed);
        List<String> queries = new ArrayList<>();
        List<String> longWords = words.stream().filter(w -> w.length() > 1 && !latinWords.contains(w)).toList();
        while (queries.size() < count) {
            switch (queries.size() % 10) {
                case 0, 1, 2, 3 -> queries.add(frequentWord(random, longWords));
                case 4, 5 -> queries.add(longWords.get(random.nextInt(longWords.size())));
                case 6 -> queries.add(speakers.get(random.nextInt(speakers.size())));
                case 7 -> queries.add(latinWords.get(random.nextInt(latinWords.size())));
                case 8 -> queries.add(frequentWord(random, longWords) + " " + frequentWord(random, longWords));
                default -> {
                    String sentence = sentence(random);
                    int start = random.nextInt(Math.max(1, sentence.length() - 6));
                    queries.add("\"" + sentence.substring(start, Math.min(sentence.length() - 1, start + 5)) + "\"");
                }
            }
        }
        return queries;
    }

    /** Queries drawn as {@link #queries} draws them, each one different: a cache of recent answers never helps. */
    public List<String> distinctQueries(int count, long querySeed) {
        Set<String> distinct = new LinkedHashSet<>();
        for (long seed = querySeed; distinct.size() < count; seed++) {
            for (String query : queries(count, seed)) {
                if (distinct.size() < count) {
                    distinct.add(query);
                }
            }
        }
        return new ArrayList<>(distinct);
    }

    /**
     * Different runs of two or three Chinese characters from the corpus's own sentences: short words and word pairs
     * a reader types, each found in many items, so a results page is full.
     */
    public List<String> textRuns(int count, long querySeed) {
        SplittableRandom random = new SplittableRandom(querySeed);
        Set<String> runs = new LinkedHashSet<>();
        while (runs.size() < count) {
            String han = sentence(random).codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            int length = 2 + random.nextInt(2);
            if (han.length() >= length) {
                int start = random.nextInt(han.length() - length + 1);
                runs.add(han.substring(start, start + length));
            }
        }
        return new ArrayList<>(runs);
    }

    public String sentence(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int n = 0; n < 60; n++) {
            out.append(word);
            if (SENTENCE_ENDS.contains(word)) {
                return out.toString();
            }
            List<String> followers = next.get(word);
            if (followers == null) {
                break;
            }
            word = followers.get(random.nextInt(followers.size()));
        }
        return out.append('。').toString();
    }

    private String sentences(SplittableRandom random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(sentence(random));
        }
        return out.toString();
    }

    private String title(SplittableRandom random) {
        String sentence = sentence(random);
        return sentence.substring(0, Math.min(sentence.length() - 1, 24));
    }

    /** A word drawn as often as it occurs in the seeds. */
    private String frequentWord(SplittableRandom random, List<String> candidates) {
        for (int tries = 0; tries < 100; tries++) {
            List<String> followers = next.get(starts.get(random.nextInt(starts.size())));
            String word = followers == null ? null : followers.get(random.nextInt(followers.size()));
            if (word != null && candidates.contains(word)) {
                return word;
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private void learn(List<Item> seedItems) {
        try (Analyzer analyzer = new SmartChineseAnalyzer(false)) {
            for (Item item : seedItems) {
                for (String text : item.texts()) {
                    learn(analyzer, text);
                }
            }
        }
        words.addAll(next.keySet().stream().filter(w -> !SENTENCE_ENDS.contains(w)).sorted().toList());
        words.stream().filter(w -> w.chars().allMatch(c -> c < 128 && Character.isLetter(c)) && w.length() > 1)
                .forEach(latinWords::add);
    }

    /** Splits a text into smartcn's words and the punctuation between them, and chains them. */
    private void learn(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int end = 0;
            while (stream.incrementToken()) {
                if (offset.startOffset() > end) {
                    tokens.add(text.substring(end, offset.startOffset()).strip());
                }
                tokens.add(text.substring(offset.startOffset(), offset.endOffset()));
                end = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String previous = null;
        for (String token : tokens) {
            if (token.isBlank()) {
                continue;
            }
            if (previous == null || SENTENCE_ENDS.contains(previous)) {
                starts.add(token);
            } else {
                next.computeIfAbsent(previous, k -> new ArrayList<>()).add(token);
            }
            previous = token;
        }
        if (previous != null && !SENTENCE_ENDS.contains(previous)) {
            next.computeIfAbsent(previous, k -> new ArrayList<>()).add("。");
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

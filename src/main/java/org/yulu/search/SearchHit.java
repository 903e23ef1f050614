package org.yulu.search;

import org.yulu.corpus.Item;

/**
 * One found item.
 *
 * @param item      the item as the read API shows it, without its parallel passages
 * @param highlight a snippet of the item: escaped text in which only {@code <mark>} is markup; for an item found by
 *                  meaning, its passage nearest the question
 * @param match     {@code keyword} when it holds the keywords, {@code pinyin} when its Chinese reads as the letters
 *                  typed, {@code meaning} when it was found by meaning alone
 */
public record SearchHit(Item item, String highlight, String match) {

    public static final String KEYWORD = "keyword";
    public static final String PINYIN = "pinyin";
    public static final String MEANING = "meaning";

    public boolean byMeaning() {
        return MEANING.equals(match);
    }
}

package org.yulu.importer.parser;

/** Reads the small Chinese numerals that number points in a text: 一 … 九十九. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static Integer parse(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? DIGITS.indexOf(numeral.charAt(0)) : null;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
        int ones = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }
}

package org.yulu.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a pasted text's words compare with one item's, on folded letters (no punctuation, width, case or script):
 * whether they are the item, an excerpt of it or an altered copy, how much of the text the item holds, and the
 * character diff, mapped back to both originals.
 *
 * @param verdict VERBATIM, EXCERPT or ALTERED, or null when the words are too far apart to say so
 * @param share   the part of the pasted letters that lie in a run of {@value #RUN} the item also holds, in any order
 */
record Comparison(Verdict verdict, double share, List<DiffSegment> diff) {

    /** Runs this long rarely recur by chance in the corpus's language, yet survive a changed word either side. */
    static final int RUN = 4;
    /** "Mostly the same words": at least this part of the pasted letters is found in the item. */
    static final double ALTERED = 0.5;

    /** A folded stretch of one side: the item's ({@code a}) for equal and delete, the pasted text's for insert. */
    private record Step(DiffSegment.Op op, int from, int to) {
    }

    /** {@code parts} are the pasted words cut at ellipses, folded one by one; together they are {@code pasted}. */
    static Comparison of(Letters pasted, List<Letters> parts, Letters item) {
        String a = item.text();
        String b = pasted.text();
        if (a.equals(b)) {
            return new Comparison(Verdict.VERBATIM, 1.0, render(List.of(new Step(DiffSegment.Op.EQUAL, 0, a.length())),
                    item, pasted));
        }
        List<Step> excerpt = excerpt(parts, a);
        if (excerpt != null) {
            return new Comparison(Verdict.EXCERPT, 1.0, render(excerpt, item, pasted));
        }
        double share = share(a, b);
        List<Step> steps = changes(a, b);
        return new Comparison(share >= ALTERED ? Verdict.ALTERED : null, share, render(steps, item, pasted));
    }

    /** Each part found in the item after the one before it, or null. */
    private static List<Step> excerpt(List<Letters> parts, String a) {
        List<Step> steps = new ArrayList<>();
        int at = 0;
        for (Letters part : parts) {
            int found = a.indexOf(part.text(), at);
            if (part.length() == 0 || found < 0) {
                return null;
            }
            if (found > at) {
                steps.add(new Step(DiffSegment.Op.DELETE, at, found));
            }
            steps.add(new Step(DiffSegment.Op.EQUAL, found, found + part.length()));
            at = found + part.length();
        }
        if (steps.isEmpty()) {
            return null;
        }
        if (at < a.length()) {
            steps.add(new Step(DiffSegment.Op.DELETE, at, a.length()));
        }
        return steps;
    }

    /** The part of {@code b}'s letters covered by a run of {@link #RUN} letters that {@code a} holds too. */
    static double share(String a, String b) {
        if (b.isEmpty()) {
            return 0;
        }
        int run = Math.min(RUN, b.length());
        boolean[] covered = new boolean[b.length()];
        for (int i = 0; i + run <= b.length(); i++) {
            if (a.contains(b.substring(i, i + run))) {
                Arrays.fill(covered, i, i + run, true);
            }
        }
        int n = 0;
        for (boolean c : covered) {
            n += c ? 1 : 0;
        }
        return (double) n / b.length();
    }

    /**
     * Myers' diff of {@code b} against the stretch of {@code a} it shares most runs with, the rest of {@code a}
     * deleted around it; lone equal characters inside a change are counted as changed, not as shared words.
     */
    private static List<Step> changes(String a, String b) {
        int[] window = window(a, b);
        List<Step> steps = new ArrayList<>();
        if (window[0] > 0) {
            steps.add(new Step(DiffSegment.Op.DELETE, 0, window[0]));
        }
        String part = a.substring(window[0], window[1]);
        List<Step> inner = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<Character> delta : DiffUtils.diff(chars(part), chars(b)).getDeltas()) {
            int sa = delta.getSource().getPosition();
            int sb = delta.getTarget().getPosition();
            if (sa > ia) {
                inner.add(new Step(DiffSegment.Op.EQUAL, window[0] + ia, window[0] + sa));
            }
            ia = sa + delta.getSource().size();
            ib = sb + delta.getTarget().size();
            if (ia > sa) {
                inner.add(new Step(DiffSegment.Op.DELETE, window[0] + sa, window[0] + ia));
            }
            if (ib > sb) {
                inner.add(new Step(DiffSegment.Op.INSERT, sb, ib));
            }
        }
        if (ia < part.length()) {
            inner.add(new Step(DiffSegment.Op.EQUAL, window[0] + ia, window[0] + part.length()));
        }
        steps.addAll(withoutLoneEquals(inner, b.length()));
        if (window[1] < a.length()) {
            steps.add(new Step(DiffSegment.Op.DELETE, window[1], a.length()));
        }
        return steps;
    }

    /**
     * A single equal character between two changes becomes part of the change, and each change is then one delete
     * followed by one insert. Equal steps carry no position in {@code b}, so it is recovered by counting.
     */
    private static List<Step> withoutLoneEquals(List<Step> steps, int bLength) {
        List<Step> out = new ArrayList<>();
        int aFrom = -1;
        int aTo = -1;
        int bFrom = -1;
        int bTo = -1;
        int bAt = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean lone = s.op() == DiffSegment.Op.EQUAL && s.to() - s.from() == 1 && i > 0 && i < steps.size() - 1;
            if (s.op() == DiffSegment.Op.EQUAL && !lone) {
                flush(out, aFrom, aTo, bFrom, bTo);
                aFrom = aTo = bFrom = bTo = -1;
                out.add(s);
                bAt += s.to() - s.from();
                continue;
            }
            if (s.op() != DiffSegment.Op.INSERT) {
                aFrom = aFrom < 0 ? s.from() : aFrom;
                aTo = s.to();
            }
            if (s.op() != DiffSegment.Op.DELETE) {
                int from = s.op() == DiffSegment.Op.INSERT ? s.from() : bAt;
                int to = s.op() == DiffSegment.Op.INSERT ? s.to() : bAt + 1;
                bFrom = bFrom < 0 ? from : bFrom;
                bTo = to;
                bAt = to;
            }
        }
        flush(out, aFrom, aTo, bFrom, bTo);
        return out;
    }

    private static void flush(List<Step> out, int aFrom, int aTo, int bFrom, int bTo) {
        if (aFrom >= 0) {
            out.add(new Step(DiffSegment.Op.DELETE, aFrom, aTo));
        }
        if (bFrom >= 0) {
            out.add(new Step(DiffSegment.Op.INSERT, bFrom, bTo));
        }
    }

    /**
     * The stretch of {@code a} holding the most runs of {@code b} within a span a little longer than {@code b}, so a
     * common phrase elsewhere in a long answer does not stretch the diff; all of {@code a} when they share no run.
     */
    private static int[] window(String a, String b) {
        int run = Math.min(RUN, Math.min(a.length(), b.length()));
        if (run == 0) {
            return new int[]{0, a.length()};
        }
        Map<String, List<Integer>> where = new HashMap<>();
        for (int i = 0; i + run <= a.length(); i++) {
            where.computeIfAbsent(a.substring(i, i + run), k -> new ArrayList<>()).add(i);
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i + run <= b.length(); i++) {
            hits.addAll(where.getOrDefault(b.substring(i, i + run), List.of()));
        }
        if (hits.isEmpty()) {
            return new int[]{0, a.length()};
        }
        hits.sort(null);
        int span = b.length() * 3 / 2 + 2 * RUN;
        int best = 0;
        int bestFrom = 0;
        int bestTo = 0;
        for (int lo = 0, hi = 0; lo < hits.size(); lo++) {
            while (hi < hits.size() && hits.get(hi) - hits.get(lo) <= span) {
                hi++;
            }
            if (hi - lo > best) {
                best = hi - lo;
                bestFrom = hits.get(lo);
                bestTo = hits.get(hi - 1) + run;
            }
        }
        return new int[]{bestFrom, bestTo};
    }

    private static List<Character> chars(String s) {
        List<Character> list = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            list.add(s.charAt(i));
        }
        return list;
    }

    /**
     * The steps in original characters. The item's steps cover its words whole, each reaching to where the next
     * begins, so punctuation stays with the text before it; inserts show the pasted characters they stand for.
     */
    private static List<DiffSegment> render(List<Step> steps, Letters item, Letters pasted) {
        String original = item.original();
        List<DiffSegment> out = new ArrayList<>();
        int itemSteps = (int) steps.stream().filter(s -> s.op() != DiffSegment.Op.INSERT).count();
        int seen = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String text;
            if (s.op() == DiffSegment.Op.INSERT) {
                text = pasted.originalOf(s.from(), s.to());
            } else {
                int start = seen == 0 ? 0 : item.start(s.from());
                int end = ++seen == itemSteps ? original.length() : item.start(nextItemFrom(steps, i));
                text = original.substring(start, Math.max(start, end));
            }
            add(out, s.op(), text);
        }
        return out;
    }

    private static int nextItemFrom(List<Step> steps, int i) {
        for (int j = i + 1; j < steps.size(); j++) {
            if (steps.get(j).op() != DiffSegment.Op.INSERT) {
                return steps.get(j).from();
            }
        }
        throw new IllegalStateException("no item step after " + i);
    }

    private static void add(List<DiffSegment> out, DiffSegment.Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).op() == op) {
            out.set(last, new DiffSegment(op, out.get(last).text() + text));
        } else {
            out.add(new DiffSegment(op, text));
        }
    }

}

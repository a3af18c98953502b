package org.reportdrafter.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.reportdrafter.importing.Enumerator.Family;

/**
 * A whole document pasted as one line (web pages lose their line breaks) is split before each
 * enumerator of a sequence that runs in order: 一、…二、…三、…, （一）…（二）…, 1.…2.…, 一是…二是…. An
 * enumerator counts only at a boundary (the line's start, after end punctuation or a space), so
 * 2.5亿元, 2020.9 and GB/T 9704-2012 never split. Ordinary documents, whose lines are paragraphs,
 * are left alone.
 */
final class OneLineSplitter {
    private static final int LONG_LINE = 150;
    private static final String BOUNDARY = "。；;！!？?：: \u3000";

    private OneLineSplitter() {
    }

    static List<String> split(List<String> lines) {
        if (lines.size() > 4 || lines.stream().noneMatch(l -> l.length() > LONG_LINE)) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.length() <= LONG_LINE) {
                out.add(l);
                continue;
            }
            List<String> pieces = new ArrayList<>(splitLine(l));
            String first = pieces.get(0);
            int gap = first.indexOf('\u3000') > 0 ? first.indexOf('\u3000') : first.indexOf("  ");
            if (gap > 0 && gap <= 60 && DocumentMeta.hasKindWord(first.substring(0, gap))
                    && !OutlineParser.endsWithPunct(first.substring(0, gap))) {
                pieces.set(0, first.substring(gap)); // the title, set apart by a wide space
                pieces.add(0, first.substring(0, gap));
            }
            for (String piece : pieces) {
                String t = piece.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private record Candidate(int pos, Family series, int number) {
    }

    static List<String> splitLine(String line) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (i > 0 && BOUNDARY.indexOf(line.charAt(i - 1)) < 0) {
                continue;
            }
            Enumerator e = Enumerator.at(line.substring(i, Math.min(line.length(), i + 12)));
            if (e != null && e.family() != Family.CIRCLED) {
                candidates.add(new Candidate(i, e.family().series(), e.number()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Family f : Family.values()) {
            // chains 1, 2, 3… of one family in order; a family restarts at 1 under each group
            List<Candidate> mine = candidates.stream().filter(c -> c.series == f).toList();
            List<Integer> chain = new ArrayList<>();
            int expect = 1;
            for (Candidate c : mine) {
                if (c.number == expect) {
                    chain.add(c.pos);
                    expect++;
                } else if (c.number == 1) {
                    if (chain.size() >= 2) {
                        cuts.addAll(chain);
                    }
                    chain = new ArrayList<>(List.of(c.pos));
                    expect = 2;
                }
            }
            if (chain.size() >= 2) {
                cuts.addAll(chain);
            }
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                out.add(line.substring(from, cut));
                from = cut;
            }
        }
        out.add(line.substring(from));
        return out;
    }
}

package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same paragraph or sentence twice, also after whitespace and punctuation are normalized. */
final class DuplicateRule implements Rule {
    private static final int MIN_CHARS = 12;

    @Override

    public String id() {

        return "duplicate";

    }

    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("《[^《》]{2,60}》");

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.regex.Matcher m = TITLE.matcher(p.text());
            while (m.find()) {
                if (!seen.add(m.group())) {
                    out.add(new Finding(id(), Severity.WARNING, p, m.start(), m.end() - m.start(),
                            Message.of("check.duplicate.title", m.group()), null));
                }
            }
        }
        Map<String, TextPiece> paragraphs = new HashMap<>();
        Map<String, TextPiece> sentences = new HashMap<>();
        for (TextPiece p : ctx.pieces()) {
            if (p.place() == TextPiece.Place.TITLE) {
                continue;
            }
            String t = p.text();
            String norm = normalize(t);
            if (norm.length() >= MIN_CHARS) {
                TextPiece first = paragraphs.putIfAbsent(norm, p);
                if (first != null) {
                    out.add(new Finding(id(), Severity.WARNING, p, 0, t.length(), Message.of("check.duplicate.paragraph", first), null));
                    continue;
                }
            }
            int start = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if ("。！？；!?;".indexOf(c) >= 0 || i == t.length() - 1) {
                    String sentence = t.substring(start, i + 1);
                    String ns = normalize(sentence);
                    if (ns.length() >= MIN_CHARS && !ns.equals(norm)) {
                        TextPiece first = sentences.putIfAbsent(ns, p);
                        if (first != null) {
                            out.add(new Finding(id(), Severity.WARNING, p, start, i + 1 - start,
                                    Message.of("check.duplicate.sentence", first), null));
                        }
                    } else if (ns.length() >= MIN_CHARS) {
                        sentences.putIfAbsent(ns, p);
                    }
                    start = i + 1;
                }
            }
        }
    }
}

package org.reportdrafter.storage;

import java.util.ArrayList;
import java.util.List;

/** Splits a search box entry into terms and builds snippets around them. */
public final class SearchQuery {
    private static final int SNIPPET_CONTEXT = 30;

    private SearchQuery() {
    }

    /** Terms separated by whitespace; text in "quotes" or “quotes” is one term. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char ch = query.charAt(i);
            if (ch == '"' || ch == '“' || ch == '”') {
                flush(cur, terms);
                quoted = ch == '"' ? !quoted : ch == '“';
            } else if (!quoted && (Character.isWhitespace(ch) || ch == '\u3000')) {
                flush(cur, terms);
            } else {
                cur.append(ch);
            }
        }
        flush(cur, terms);
        return terms;
    }

    private static void flush(StringBuilder cur, List<String> terms) {
        String t = cur.toString().strip();
        if (!t.isEmpty()) {
            terms.add(t);
        }
        cur.setLength(0);
    }

    static boolean containsAny(String text, List<String> terms) {
        for (String t : terms) {
            if (text != null && text.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Where the terms stand in a snippet, as [start, end) pairs, for highlighting. */
    static List<int[]> highlights(String snippet, List<String> terms) {
        List<int[]> out = new ArrayList<>();
        for (String t : terms) {
            for (int i = snippet.indexOf(t); i >= 0 && !t.isEmpty(); i = snippet.indexOf(t, i + t.length())) {
                out.add(new int[] {i, i + t.length()});
            }
        }
        out.sort(java.util.Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** Up to about 60 characters of the heading or body around the first term found. */
    static String snippet(String heading, String body, List<String> terms) {
        String text = body == null || body.isEmpty() ? heading : body;
        int at = -1;
        for (String t : terms) {
            int i = body == null ? -1 : body.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            text = heading != null && !heading.isEmpty() ? heading : text;
            at = 0;
        }
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), at + SNIPPET_CONTEXT * 2);
        String s = text.substring(from, to).replace('\n', ' ');
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}

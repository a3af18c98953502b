package org.reportdrafter.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's own word list: protected terms (names of people, places, organizations, projects) that
 * no rule touches, and preferred wording (用“截至”不用“截止”, optionally only where a date follows).
 * The shared file is plain UTF-8 text a clerk can read and edit, one entry a line:
 * <pre>
 * 保护：某某县第一实验小学
 * 用“截至”不用“截止”（后接日期时）
 * 用“部署”不用“布署”
 * </pre>
 * Lines starting with # are comments.
 */
public record TermList(List<String> protectedTerms, List<Wording> wordings) {
    public static final TermList EMPTY = new TermList(List.of(), List.of());

    /** Write {@code prefer}, not {@code avoid}; {@code beforeDate}: only where a date follows. */
    public record Wording(String prefer, String avoid, boolean beforeDate) {
        public Wording {
            prefer = prefer == null ? "" : prefer.strip();
            avoid = avoid == null ? "" : avoid.strip();
            if (prefer.isEmpty() || avoid.isEmpty() || prefer.equals(avoid)) {
                throw new IllegalArgumentException("用词“" + avoid + "”→“" + prefer + "”不成立");
            }
        }

        public String line() {
            return "用“" + prefer + "”不用“" + avoid + "”" + (beforeDate ? DATE_NOTE : "");
        }
    }

    public TermList {
        Set<String> p = new LinkedHashSet<>();
        for (String t : protectedTerms) {
            if (t != null && !t.isBlank()) {
                p.add(t.strip());
            }
        }
        protectedTerms = List.copyOf(p);
        wordings = List.copyOf(wordings);
    }

    static final String DATE_NOTE = "（后接日期时）";
    private static final Pattern WORDING = Pattern.compile("^用[“\"]([^”\"]+)[”\"]不用[“\"]([^”\"]+)[”\"]\\s*(（后接日期时）|\\(后接日期时\\))?$");
    private static final Pattern PROTECT = Pattern.compile("^保护[：:]\\s*(.+)$");

    /** The file text; {@link #parse} reads it back. */
    public String format() {
        StringBuilder sb = new StringBuilder("# 报告起草助手 术语表：保护的名称不受校对规则影响；“用…不用…”是本单位的用词规范\n");
        for (String t : protectedTerms) {
            sb.append("保护：").append(t).append('\n');
        }
        for (Wording w : wordings) {
            sb.append(w.line()).append('\n');
        }
        return sb.toString();
    }

    /** Reads the shared file; a line it does not understand is an error naming the line. */
    public static TermList parse(String text) {
        List<String> prot = new ArrayList<>();
        List<Wording> words = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher p = PROTECT.matcher(l);
            Matcher w = WORDING.matcher(l);
            if (p.matches()) {
                prot.add(p.group(1));
            } else if (w.matches()) {
                words.add(new Wording(w.group(1), w.group(2), w.group(3) != null));
            } else {
                throw new IllegalArgumentException("术语表第 " + (i + 1) + " 行看不懂：“" + l + "”（应为“保护：名称”或“用“甲”不用“乙””）");
            }
        }
        return new TermList(prot, words);
    }

    /** This list with another's entries added (an imported file merges into the library's list). */
    public TermList merge(TermList other) {
        List<String> p = new ArrayList<>(protectedTerms);
        p.addAll(other.protectedTerms);
        List<Wording> w = new ArrayList<>(wordings);
        for (Wording o : other.wordings) {
            w.removeIf(x -> x.avoid().equals(o.avoid()));
            w.add(o);
        }
        return new TermList(p, w);
    }
}

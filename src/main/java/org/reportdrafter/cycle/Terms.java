package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms a passage is compared by: 2-character pairs of Han text, as the search index cuts it,
 * after the genre's stock words and the verbs summaries rephrase (开展→举办, 完成→建成…) are cut out,
 * so 开展科技竞赛 and 成功举办了科技竞赛 share every pair that carries meaning. Latin words count as
 * terms; digits do not (numbers are compared as {@link Quantity}).
 */
public final class Terms {
    /**
     * Words every plan and summary of the genre uses, and the verbs that one of them writes where the
     * other writes its synonym. Cut out, not kept as terms: they say nothing about which measure a
     * passage is about, and a pair across them (展科 of 开展科技) would not survive a rephrasing.
     */
    static final List<String> STOP_WORDS;
    /** Function characters that split a run: 的 了 和 与 及 并 在 对 等 … */
    private static final String STOP_CHARS = "的了和与及并在对等为把将由从以之其向于是也都已各被让使着过";

    static {
        List<String> w = new ArrayList<>(List.of(
                // genre stock words
                "进一步", "加强", "加大", "加快", "推进", "推动", "工作", "全面", "深入", "深化", "落实", "提升", "提高", "建设",
                "积极", "扎实", "完善", "健全", "持续", "不断", "切实", "认真", "做好", "抓好", "着力", "大力", "努力", "继续",
                "有效", "成功", "取得", "成效", "显著", "明显", "稳步", "全年", "今年", "本年度", "年度", "我局", "我市", "我区", "我县",
                "全市", "全区", "全县", "全镇", "各级", "各类", "相关", "有关", "进行", "实现", "确保", "坚持", "围绕", "重点",
                "主要", "情况", "方面", "一批", "一系列", "共计", "累计", "达到", "超过", "不低于", "以上", "左右", "其中",
                "同时", "通过", "充分", "发挥", "作用", "不断", "较好", "良好", "圆满", "顺利", "扎实推进", "有序", "规范",
                "强化", "优化", "创新", "机制", "水平", "能力", "质量", "发展", "进一步",
                // verbs rephrased between plan and summary
                "组织开展", "开展", "举办", "举行", "组织", "召开", "完成", "建成", "落成", "竣工", "投入使用", "投用", "启动",
                "实施", "推行", "出台", "制定", "印发", "研究", "启用", "新增", "增加", "新建", "力争", "计划", "争取", "拟",
                "已经", "已", "共", "全部", "基本", "初步"));
        // longest first, so 组织开展 is cut whole before 开展
        w.sort(Comparator.comparingInt(String::length).reversed());
        STOP_WORDS = List.copyOf(new LinkedHashSet<>(w));
    }

    private Terms() {
    }

    /** The distinct terms of a text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        add(text, out);
        return out;
    }

    static void add(String text, Set<String> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        StringBuilder run = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                flushWord(word, out);
                String stop = stopAt(text, i);
                if (stop != null) {
                    flushRun(run, out);
                    i += stop.length();
                    continue;
                }
                if (STOP_CHARS.indexOf(c) >= 0) {
                    flushRun(run, out);
                } else {
                    run.append(c);
                }
            } else if (Character.isLetter(c)) {
                flushRun(run, out);
                word.append(Character.toLowerCase(c));
            } else {
                flushRun(run, out);
                flushWord(word, out);
            }
            i++;
        }
        flushRun(run, out);
        flushWord(word, out);
    }

    /** Stop words by their first character, longest first. */
    private static final java.util.Map<Character, List<String>> BY_FIRST = new java.util.HashMap<>();

    static {
        for (String w : STOP_WORDS) {
            BY_FIRST.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
    }

    private static String stopAt(String text, int i) {
        List<String> candidates = BY_FIRST.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (String w : candidates) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static void flushRun(StringBuilder run, Set<String> out) {
        for (int k = 0; k + 2 <= run.length(); k++) {
            out.add(run.substring(k, k + 2));
        }
        run.setLength(0);
    }

    private static void flushWord(StringBuilder word, Set<String> out) {
        if (word.length() >= 2) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
    }

    /** Sentences of a paragraph, ending punctuation kept: split at 。；！？ and at 一是/二是 openings. */
    public static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        if (paragraph == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '；' || c == '！' || c == '？' || c == ';' || c == '!' || c == '?') {
                addSentence(paragraph.substring(start, i + 1), out);
                start = i + 1;
            }
        }
        addSentence(paragraph.substring(start), out);
        return out;
    }

    private static void addSentence(String s, List<String> out) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}

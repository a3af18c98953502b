package org.reportdrafter.checks;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.ChineseNumerals;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;

/**
 * Numbering typed in the text (imported or pasted): gaps and repeats in the numbers as found, mixed
 * enumerator forms at one level, a number typed again in front of a computed label, and paragraph-leading
 * numbers that lost their punctuation (12推进…).
 */
final class NumberingRule implements Rule {
    private static final Pattern TYPED = Pattern.compile(
            "^(（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|[0-9]{1,3}[.．、](?![0-9])|（[0-9]{1,3}）|\\([0-9]{1,3}\\)|[\u3220-\u3229\u2488-\u249B\u2474-\u2487\u2460-\u2473])");
    private static final Pattern DAMAGED = Pattern.compile("^([0-9]{1,2})(?=[\u4e00-\u9fff])");
    private static final String UNITS = "年月日个所名人项次万亿元岁周届家台套本位类种条处天倍号期批轮级班米平亩吨份场点时分秒度至到";

    @Override
    public String id() {
        return "numbering";
    }

    @Override
    public String name() {
        return "原文编号跳号、重号或混用";
    }

    /** Family and number of a source label: family 'C' Chinese, 'A' Arabic; enclosed forms count with their plain family. */
    record Parsed(String family, int number) {
    }

    static Parsed parse(String label) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        char c = label.charAt(0);
        if (c >= '\u3220' && c <= '\u3229') {
            return new Parsed("（一）", c - '\u3220' + 1);
        }
        if (c >= '\u2488' && c <= '\u249B') {
            return new Parsed("1.", c - '\u2488' + 1);
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return new Parsed("（1）", c - '\u2474' + 1);
        }
        if (c >= '\u2460' && c <= '\u2473') {
            return new Parsed("①", c - '\u2460' + 1);
        }
        Matcher ar = Pattern.compile("^[（(]?([0-9０-９]{1,3})([）).．、,，]?)").matcher(label);
        if (ar.find()) {
            int n = Integer.parseInt(ar.group(1).chars().map(ch -> ch >= '０' ? ch - '０' + '0' : ch)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
            String fam = label.startsWith("（") || label.startsWith("(") ? "（1）" : ar.group(2).equals("、") ? "1、" : "1.";
            return new Parsed(fam, n);
        }
        Matcher cn = Pattern.compile("^[（(]?([一二三四五六七八九十百零〇两]+)").matcher(label);
        if (cn.find()) {
            int n = ChineseNumerals.parse(cn.group(1));
            String fam = label.startsWith("（") || label.startsWith("(") ? "（一）" : label.endsWith("是") ? "一是"
                    : label.endsWith("要") ? "一要" : "一、";
            return n > 0 ? new Parsed(fam, n) : null;
        }
        return null;
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        int continuous = ctx.report().settings().continuousRank();
        Map<OutlineNode, Map<String, int[]>> lastByScope = new IdentityHashMap<>();
        for (OutlineNode n : ctx.report().allNodes()) {
            TextPiece heading = ctx.heading(n);
            Parsed p = parse(n.sourceLabel());
            if (p != null && n.labelMode() != LabelMode.NONE) {
                boolean straight = continuous > 0 && n.rank() == continuous && n.labelMode() == LabelMode.AUTO;
                OutlineNode scope = straight ? resetScope(n, continuous) : n.parent();
                String seriesKey = (p.family.equals("一是") || p.family.equals("一要") ? p.family : "auto") + "@" + n.rank();
                int[] last = lastByScope.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(seriesKey, k -> new int[] {0});
                if (p.number == last[0] && last[0] > 0) {
                    out.add(new Finding(id(), Severity.WARNING, heading, 0, 0, "原文编号“" + n.sourceLabel() + "”与上一条重复", null));
                } else if (p.number != last[0] + 1 && !(p.number == 1 && !straight)) {
                    out.add(new Finding(id(), Severity.WARNING, heading, 0, 0,
                            "原文编号跳号：上一条是 " + last[0] + "，这一条是“" + n.sourceLabel() + "”", null));
                }
                last[0] = p.number;
            }
            mixedFamilies(ctx, n, out);
            String label = ctx.label(n);
            Matcher typed = TYPED.matcher(n.heading());
            if (!label.isEmpty() && typed.find() && n.heading().length() > typed.end()) {
                out.add(new Finding(id(), Severity.WARNING, heading, 0, typed.end(),
                        "标题前又打了编号“" + typed.group() + "”，与自动编号“" + label + "”重复", new Fix(typed.end(), "")));
            }
        }
        for (TextPiece piece : ctx.pieces()) {
            if (piece.place() != TextPiece.Place.BODY) {
                continue;
            }
            Matcher d = DAMAGED.matcher(piece.text());
            if (d.find() && piece.text().length() > d.end() && UNITS.indexOf(piece.text().charAt(d.end())) < 0) {
                out.add(new Finding(id(), Severity.WARNING, piece, 0, d.end(),
                        "段首的“" + d.group(1) + "”疑为编号，缺少“.”或“、”", null));
            }
        }
    }

    private void mixedFamilies(CheckContext ctx, OutlineNode parent, List<Finding> out) {
        String first = null;
        for (OutlineNode c : parent.children()) {
            Parsed p = parse(c.sourceLabel());
            if (p == null || c.labelMode() != LabelMode.AUTO) {
                continue;
            }
            String fam = family(c.sourceLabel(), p);
            if (first == null) {
                first = fam;
            } else if (!first.equals(fam) && !(overflow(first, fam) && p.number > 20)) {
                out.add(new Finding(id(), Severity.WARNING, ctx.heading(c), 0, 0,
                        "同一层级混用了不同的编号形式：“" + first + "”与“" + fam + "”", null));
                return;
            }
        }
    }

    /** The written form of a label's family, enclosed forms kept apart from plain ones. */
    private static String family(String label, Parsed p) {
        char c = label.charAt(0);
        if (c >= '\u3220' && c <= '\u3229') {
            return "㈠";
        }
        if (c >= '\u2488' && c <= '\u249B') {
            return "⒈";
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return "⑴";
        }
        return p.family;
    }

    private static boolean overflow(String enclosed, String plain) {
        return enclosed.equals("⒈") && plain.equals("1.") || enclosed.equals("㈠") && plain.equals("（一）")
                || enclosed.equals("⑴") && plain.equals("（1）");
    }

    private static OutlineNode resetScope(OutlineNode node, int rank) {
        OutlineNode p = node.parent();
        while (p.parent() != null && p.rank() > rank - 2) {
            p = p.parent();
        }
        return p;
    }
}

package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.importing.Enumerator;
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
    public void check(CheckContext ctx, List<Finding> out) {
        int continuous = ctx.report().settings().continuousRank();
        Map<OutlineNode, Map<String, int[]>> lastByScope = new IdentityHashMap<>();
        for (OutlineNode n : ctx.report().allNodes()) {
            TextPiece heading = ctx.heading(n);
            Enumerator p = Enumerator.at(n.sourceLabel());
            if (p != null && n.labelMode() != LabelMode.NONE) {
                boolean straight = continuous > 0 && n.rank() == continuous && n.labelMode() == LabelMode.AUTO;
                OutlineNode scope = straight ? Labeler.resetScope(n, continuous) : n.parent();
                String seriesKey = n.labelMode().name() + "@" + n.rank();
                int[] last = lastByScope.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(seriesKey, k -> new int[] {0});
                if (p.number() == last[0] && last[0] > 0) {
                    out.add(new Finding(id(), Severity.WARNING, heading, 0, 0, Message.of("check.numbering.repeat", n.sourceLabel()), null));
                } else if (p.number() != last[0] + 1 && !(p.number() == 1 && !straight)) {
                    out.add(new Finding(id(), Severity.WARNING, heading, 0, 0,
                            Message.of("check.numbering.gap", String.valueOf(last[0]), n.sourceLabel()), null));
                }
                last[0] = p.number();
            }
            mixedFamilies(ctx, n, out);
            String label = ctx.label(n);
            Matcher typed = TYPED.matcher(n.heading());
            if (!label.isEmpty() && typed.find() && n.heading().length() > typed.end()) {
                out.add(new Finding(id(), Severity.WARNING, heading, 0, typed.end(),
                        Message.of("check.numbering.typed", typed.group(), label), new Fix(typed.end(), "")));
            }
        }
        for (TextPiece piece : ctx.pieces()) {
            if (piece.place() != TextPiece.Place.BODY) {
                continue;
            }
            Matcher d = DAMAGED.matcher(piece.text());
            if (d.find() && piece.text().length() > d.end() && UNITS.indexOf(piece.text().charAt(d.end())) < 0) {
                out.add(new Finding(id(), Severity.WARNING, piece, 0, d.end(),
                        Message.of("check.numbering.damaged", d.group(1)), null));
            }
        }
    }

    /** Siblings whose labels as found use different enumerator forms (⒛ followed by 21. is one series). */
    private void mixedFamilies(CheckContext ctx, OutlineNode parent, List<Finding> out) {
        Enumerator first = null;
        for (OutlineNode c : parent.children()) {
            Enumerator e = Enumerator.at(c.sourceLabel());
            if (e == null || c.labelMode() != LabelMode.AUTO) {
                continue;
            }
            if (first == null) {
                first = e;
            } else if (first.family() != e.family() && !(first.family().series() == e.family().series() && e.number() > 20)) {
                out.add(new Finding(id(), Severity.WARNING, ctx.heading(c), 0, 0,
                        Message.of("check.numbering.mixed", first.label(), e.label()), null));
                return;
            }
        }
    }

}

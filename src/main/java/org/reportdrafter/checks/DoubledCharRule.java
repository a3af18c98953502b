package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;

/** Doubled function characters that are almost always typos: 的的, 了了, 是是 … */
final class DoubledCharRule implements Rule {
    private static final String SUSPECT = "的了是在和与及对把被将为地得之其并或";

    @Override

    public String id() {

        return "doubled-char";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            for (int i = 0; i + 1 < t.length(); i++) {
                char c = t.charAt(i);
                boolean aabb = i >= 2 && t.charAt(i - 1) == t.charAt(i - 2); // 实实在在
                boolean word = c == '的' && i >= 1 && "目端".indexOf(t.charAt(i - 1)) >= 0; // 为目的的进修
                if (c == t.charAt(i + 1) && SUSPECT.indexOf(c) >= 0 && !aabb && !word
                        && !(c == '是' && i + 2 < t.length() && t.charAt(i + 2) == '否')) {
                    out.add(new Finding(id(), Severity.WARNING, p, i, 2, Message.of("check.doubled", "" + c + c), new Fix(2, String.valueOf(c))));
                    i++;
                }
            }
        }
    }
}

package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Unbalanced or mis-nested “” ‘’ 《》 （） 【】 〔〕 〈〉 「」 『』 within a paragraph. */
final class PairsRule implements Rule {
    private static final String OPEN = "“‘《（【〔〈「『";
    private static final String CLOSE = "”’》）】〕〉」』";

    @Override

    public String id() {

        return "unbalanced-pairs";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            String t = p.text();
            Deque<Integer> stack = new ArrayDeque<>();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                int o = OPEN.indexOf(c);
                int cl = CLOSE.indexOf(c);
                if (o >= 0) {
                    stack.push(i);
                } else if (cl >= 0) {
                    if (stack.isEmpty()) {
                        out.add(new Finding(id(), Severity.ERROR, p, i, 1, Message.of("check.pairs.unmatched", String.valueOf(c), String.valueOf(OPEN.charAt(cl))), null));
                    } else if (OPEN.indexOf(t.charAt(stack.peek())) != cl) {
                        int top = stack.peek();
                        Integer deeper = null;
                        for (int at : stack) {
                            if (OPEN.indexOf(t.charAt(at)) == cl) {
                                deeper = at;
                                break;
                            }
                        }
                        if (deeper == null) {
                            out.add(new Finding(id(), Severity.ERROR, p, i, 1, Message.of("check.pairs.unmatched", String.valueOf(c), String.valueOf(OPEN.charAt(cl))), null));
                        } else {
                            // 《…（…》…）: one mis-nesting, reported once; the inner opener still waits for its close
                            stack.remove(deeper);
                            out.add(new Finding(id(), Severity.ERROR, p, top, i - top + 1,
                                    Message.of("check.pairs.crossed", String.valueOf(t.charAt(top)), String.valueOf(c)), null));
                        }
                    } else {
                        stack.pop();
                    }
                }
            }
            while (!stack.isEmpty()) {
                int at = stack.pop();
                char c = t.charAt(at);
                out.add(new Finding(id(), Severity.ERROR, p, at, 1, Message.of("check.pairs.unmatched", String.valueOf(c), String.valueOf(CLOSE.charAt(OPEN.indexOf(c)))), null));
            }
        }
    }
}

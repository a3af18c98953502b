package org.reportdrafter.checks;

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
    public String name() {
        return "引号、书名号、括号不成对";
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
                        out.add(new Finding(id(), Severity.ERROR, p, i, 1, "“" + c + "”没有对应的“" + OPEN.charAt(cl) + "”", null));
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
                            out.add(new Finding(id(), Severity.ERROR, p, i, 1, "“" + c + "”没有对应的“" + OPEN.charAt(cl) + "”", null));
                        } else {
                            // 《…（…》…）: one mis-nesting, reported once; the inner opener still waits for its close
                            stack.remove(deeper);
                            out.add(new Finding(id(), Severity.ERROR, p, top, i - top + 1,
                                    "“" + t.charAt(top) + "”与“" + c + "”交错，成对符号应当逐层嵌套", null));
                        }
                    } else {
                        stack.pop();
                    }
                }
            }
            while (!stack.isEmpty()) {
                int at = stack.pop();
                char c = t.charAt(at);
                out.add(new Finding(id(), Severity.ERROR, p, at, 1, "“" + c + "”没有对应的“" + CLOSE.charAt(OPEN.indexOf(c)) + "”", null));
            }
        }
    }
}

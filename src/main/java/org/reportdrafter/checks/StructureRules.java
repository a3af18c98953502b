package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.importing.Enumerator;

/**
 * Empty sections, headings whose ending punctuation differs from their siblings', a heading on its own
 * line ending in 。 or a run-in heading without it, numbering that skips a level (一、 straight to （1）),
 * headings over 40 characters.
 */
final class StructureRules {
    private StructureRules() {
    }

    static final class EmptySection implements Rule {
        @Override
        public String id() {
            return "empty-section";
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            for (OutlineNode n : ctx.report().allNodes()) {
                // 三、地点：体育馆 holds its content on the heading line; 1. items of a list need no body
                if (n.rank() <= 2 && n.labelMode() != LabelMode.SHI && n.body().isEmpty() && n.children().isEmpty()
                        && !n.runIn() && n.heading().length() <= 30 && !n.heading().endsWith("。")
                        && n.heading().indexOf('：') < 0 && n.heading().indexOf(':') < 0 && upperLevel(n)) {
                    out.add(new Finding(id(), Severity.WARNING, ctx.heading(n), 0, 0, Message.of("check.structure.empty"), null));
                }
            }
        }
    }

    static final class HeadingPunctuation implements Rule {
        @Override
        public String id() {
            return "heading-punctuation";
        }

        private static boolean endsWithStop(String h) {
            return !h.isEmpty() && "。；;.".indexOf(h.charAt(h.length() - 1)) >= 0;
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            List<OutlineNode> parents = new ArrayList<>();
            parents.add(ctx.report().root());
            parents.addAll(ctx.report().allNodes());
            for (OutlineNode parent : parents) {
                List<OutlineNode> headed = parent.children().stream()
                        .filter(c -> !c.heading().isBlank() && !c.runIn() && c.labelMode() == LabelMode.AUTO).toList();
                if (headed.size() < 3) {
                    continue;
                }
                long stops = headed.stream().filter(c -> endsWithStop(c.heading())).count();
                boolean majorityStops = stops * 2 > headed.size();
                if (stops == 0 || stops == headed.size()) {
                    continue;
                }
                for (OutlineNode c : headed) {
                    if (endsWithStop(c.heading()) != majorityStops) {
                        out.add(new Finding(id(), Severity.INFO, ctx.heading(c), c.heading().length(), 0,
                                Message.of(majorityStops ? "check.structure.stopMissing" : "check.structure.stopExtra"), null));
                    }
                }
            }
        }
    }

    static final class HeadingStop implements Rule {
        @Override
        public String id() {
            return "heading-stop";
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            for (OutlineNode n : ctx.report().allNodes()) {
                String h = n.heading();
                if (h.isBlank() || n.labelMode() == LabelMode.SHI || n.guidance()) {
                    continue;
                }
                char last = h.charAt(h.length() - 1);
                if (!n.runIn()) {
                    // a heading above its content, one sentence, not a paragraph kept whole as a heading
                    // only 一、 and （一） headings: a 1. heading standing alone often ends in 。 and is not wrong
                    boolean standsAbove = !n.body().isEmpty() || !n.children().isEmpty();
                    if (standsAbove && upperLevel(n) && last == '。' && h.indexOf('。') == h.length() - 1 && h.indexOf('：') < 0
                            && h.length() <= 40) {
                        out.add(new Finding(id(), Severity.WARNING, ctx.heading(n), h.length() - 1, 1,
                                Message.of("check.structure.stopAlone"), new Fix(1, "")));
                    }
                } else if (!n.body().isEmpty() && "。！？：；，…".indexOf(last) < 0 && !Character.isWhitespace(last)) {
                    out.add(new Finding(id(), Severity.WARNING, ctx.heading(n), h.length() - 1, 1,
                            Message.of("check.structure.stopRunIn"), new Fix(1, last + "。")));
                }
            }
        }
    }

    /** A heading numbered 第一部分, 一、 or （一）, or unnumbered in the first two levels. */
    static boolean upperLevel(OutlineNode n) {
        Enumerator e = Enumerator.at(n.sourceLabel());
        if (e == null) {
            return n.sourceLabel().isBlank() && n.rank() <= 2;
        }
        return switch (e.family()) {
            case PART, CN_DUN, CN_PAREN, CN_ENCLOSED -> true;
            default -> false;
        };
    }

    /** 一、 → （一） → 1. → （1）: a sublevel whose numbers as found skip one of these. */
    static final class LevelSkip implements Rule {
        @Override
        public String id() {
            return "level-skip";
        }

        static int level(Enumerator e) {
            if (e == null) {
                return -1;
            }
            return switch (e.family()) {
                case CN_DUN -> 0;
                case CN_PAREN, CN_ENCLOSED -> 1;
                case AR_DOT, AR_ENCLOSED_DOT, AR_DUN -> 2;
                case AR_PAREN, AR_ENCLOSED_PAREN -> 3;
                default -> -1;
            };
        }

        private static final String[] NAMES = {"一、", "（一）", "1.", "（1）"};

        /**
         * A skip of two levels (一、 straight to （1）) is always reported; 一、 straight to 1. only where the
         * document uses （一） elsewhere: a short document with two levels writes 一、 and 1. and is right to.
         */
        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            boolean[] used = new boolean[4];
            for (OutlineNode n : ctx.report().allNodes()) {
                int l = level(Enumerator.at(n.sourceLabel()));
                if (l >= 0) {
                    used[l] = true;
                }
            }
            for (OutlineNode parent : ctx.report().allNodes()) {
                int p = level(Enumerator.at(parent.sourceLabel()));
                if (p < 0) {
                    continue;
                }
                for (OutlineNode c : parent.children()) {
                    Enumerator e = Enumerator.at(c.sourceLabel());
                    int l = level(e);
                    if (l < 0) {
                        continue;
                    }
                    boolean skippedUsed = false;
                    for (int k = p + 1; k < l; k++) {
                        skippedUsed |= used[k];
                    }
                    if (l > p + 2 || l == p + 2 && skippedUsed) {
                        StringBuilder skipped = new StringBuilder();
                        for (int k = p + 1; k < l; k++) {
                            skipped.append("“").append(NAMES[k]).append("”");
                        }
                        // 一、 → 1. where the document has （一） elsewhere is uneven rather than wrong: a hint
                        out.add(new Finding(id(), l > p + 2 ? Severity.WARNING : Severity.INFO, ctx.heading(c), 0, 0,
                                Message.of("check.structure.levelSkip", parent.sourceLabel().strip(), e.label().strip(), skipped.toString(), l - p - 1), null));
                    }
                    break;
                }
            }
        }
    }

    static final class HeadingLength implements Rule {
        @Override
        public String id() {
            return "heading-length";
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            for (OutlineNode n : ctx.report().allNodes()) {
                int len = n.heading().codePointCount(0, n.heading().length());
                if (len > 40) {
                    out.add(new Finding(id(), Severity.INFO, ctx.heading(n), 40, len - 40, Message.of("check.structure.long", len), null));
                }
            }
        }
    }
}

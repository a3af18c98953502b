package org.reportdrafter.checks;

import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;

/** Empty sections, headings whose ending punctuation differs from their siblings', headings over 40 characters. */
final class StructureRules {
    private StructureRules() {
    }

    static final class EmptySection implements Rule {
        @Override
        public String id() {
            return "empty-section";
        }

        @Override
        public String name() {
            return "空的章节";
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            for (OutlineNode n : ctx.report().allNodes()) {
                if (n.rank() <= 2 && n.labelMode() != LabelMode.SHI && n.body().isEmpty() && n.children().isEmpty()
                        && !n.runIn() && n.heading().length() <= 30 && !n.heading().endsWith("。")) {
                    out.add(new Finding(id(), Severity.WARNING, ctx.heading(n), 0, 0, "这一节只有标题，没有内容", null));
                }
            }
        }
    }

    static final class HeadingPunctuation implements Rule {
        @Override
        public String id() {
            return "heading-punctuation";
        }

        @Override
        public String name() {
            return "同级标题结尾标点不一致";
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
                                majorityStops ? "同级标题大多以“。”结尾，这一条没有" : "同级标题大多不带结尾标点，这一条带了", null));
                    }
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
        public String name() {
            return "标题过长";
        }

        @Override
        public void check(CheckContext ctx, List<Finding> out) {
            for (OutlineNode n : ctx.report().allNodes()) {
                int len = n.heading().codePointCount(0, n.heading().length());
                if (len > 40) {
                    out.add(new Finding(id(), Severity.INFO, ctx.heading(n), 40, len - 40, "标题有 " + len + " 字，超过 40 字", null));
                }
            }
        }
    }
}

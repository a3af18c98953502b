package org.reportdrafter.checks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.OutlineNode;

/** Placeholders left in (201X, 202_, XX区, **区, ××) and template guidance nobody edited. */
final class PlaceholderRule implements Rule {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "20[0-9][XxＸ_＿]|20[XxＸ]{2}|2[0０][Xx_＿]{2}|\\*{2,}|[XxＸ]{2,}(?=[区县市镇乡局校年月日])|××+|〇〇|某某|【[^】]*】|\\{(单位|年份|上年|下年)\\}");

    @Override
    public String id() {
        return "placeholder";
    }

    @Override
    public String name() {
        return "遗留的占位符和模板提示";
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            Matcher m = PLACEHOLDER.matcher(p.text());
            while (m.find()) {
                out.add(new Finding(id(), Severity.ERROR, p, m.start(), m.end() - m.start(),
                        "文中留有占位符“" + m.group() + "”，请填写实际内容", null));
            }
        }
        for (OutlineNode n : ctx.report().allNodes()) {
            if (n.guidance() && !n.body().isEmpty()) {
                out.add(new Finding(id(), Severity.ERROR, ctx.heading(n), 0, 0,
                        "模板提示文字尚未修改（导出时不会输出）：" + shorten(n.body().get(0)), null));
            }
        }
    }

    static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}

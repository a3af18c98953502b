package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.OutlineNode;

/**
 * Placeholders left in (201X, 202_, XX区, **区, ××%, ○○, （单位名称）, X月X日) and template prompts
 * nobody replaced. A template prompt is what the template marks as one: a guidance node, or 【…】 text
 * in a report made from a template or worded as an instruction (【请填写…】). 【任务一】 【案例】 【专栏1】
 * in a real plan are labels, not prompts.
 */
final class PlaceholderRule implements Rule {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "20[0-9][XxＸ_＿]|20[XxＸ]{2}|2[0０][Xx_＿]{2}|\\*{2,}|[XxＸ]{2,}(?=[区县市镇乡局校年月日])|××+|〇〇|○○|某某"
                    + "|(?<![A-Za-z])[XxＸ×]{1,2}(?=[月日号])|\\{(单位|年份|上年|下年)\\}"
                    + "|[（(](?:(?:单位|学校|部门|机构|项目|活动|文件)?(?:名称|全称)|姓名|填写[^）)]{0,10}|具体(?:时间|日期|地点|内容)|日期|时间|地点)[）)]");
    /** A line of a form printed with the document: blanks to write on. */
    private static final Pattern FORM = Pattern.compile("年[ \u3000]{2,}月[ \u3000]{2,}日|_{3,}|＿{2,}|[ \u3000]{4,}");
    private static final Pattern BRACKETED = Pattern.compile("【([^【】]*)】");
    /** Words of an instruction to the writer: 【请填写本单位…】【此处简述…】【示例：…】. */
    private static final Pattern INSTRUCTION = Pattern.compile("请|填写|此处|示例|例如|如：|简述|简要|写明|列出|不超过|字以内|根据实际|可选|自行|删除");

    @Override

    public String id() {

        return "placeholder";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        boolean fromTemplate = ctx.report().allNodes().stream().anyMatch(OutlineNode::guidance);
        for (TextPiece p : ctx.pieces()) {
            if (!mayHold(p.text())) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(p.text());
            boolean form = FORM.matcher(p.text()).find();
            while (m.find()) {
                if (form && (m.group().startsWith("（") || m.group().startsWith("("))) {
                    continue; // a blank form to be filled in by its reader: 本人（姓名）， 年 月 日
                }
                out.add(new Finding(id(), Severity.ERROR, p, m.start(), m.end() - m.start(),
                        Message.of("check.placeholder.left", m.group()), null));
            }
            Matcher b = BRACKETED.matcher(p.text());
            while (b.find()) {
                if (fromTemplate || INSTRUCTION.matcher(b.group(1)).find()) {
                    out.add(new Finding(id(), Severity.ERROR, p, b.start(), b.end() - b.start(),
                            Message.of("check.placeholder.prompt", shorten(b.group())), null));
                }
            }
        }
        for (OutlineNode n : ctx.report().allNodes()) {
            if (n.guidance() && !n.body().isEmpty()) {
                out.add(new Finding(id(), Severity.ERROR, ctx.heading(n), 0, 0,
                        Message.of("check.placeholder.guidance", shorten(n.body().get(0))), null));
            }
        }
    }

    /** Every placeholder starts with one of these: most paragraphs are passed over without a regex. */
    private static boolean mayHold(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("XxＸ×_＿*〇○某{（(【".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}

package org.reportdrafter.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.WrittenYears;
import org.reportdrafter.domain.ReportStatus;

/**
 * Templates: the built-in ones in {@code templates/} (the text form the importer reads, with
 * placeholders {单位} {年份} {上年} {下年} and guidance text in 【】), and library reports saved as templates.
 * Guidance shows greyed in the editor and is not exported until edited.
 */
public final class Templates {
    public static final String ORG = "{单位}";
    public static final String YEAR = "{年份}";
    public static final String PREV_YEAR = "{上年}";
    public static final String NEXT_YEAR = "{下年}";
    private static final Pattern GUIDANCE = Pattern.compile("【([^【】]*)】");
    private static final char TOKEN_START = '\uE000';
    private static final char TOKEN_END = '\uE001';

    private Templates() {
    }

    /** A built-in template: its name (file name without .txt) and text. */
    public record Template(String name, String text) {
        /** What the template drafts, read from its name as from a title (年度工作要点: a plan). */
        public org.reportdrafter.domain.ReportKind kind() {
            return DocumentMeta.kind(name);
        }
    }

    public static List<Template> builtIn() {
        List<Template> out = new ArrayList<>();
        try (InputStream list = Templates.class.getResourceAsStream("/templates/templates.list")) {
            if (list == null) {
                return out;
            }
            for (String file : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (file.isBlank()) {
                    continue;
                }
                try (InputStream in = Templates.class.getResourceAsStream("/templates/" + file.strip())) {
                    if (in != null) {
                        out.add(new Template(file.strip().replaceFirst("\\.txt$", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("内置模板无法读取：" + e.getMessage(), e);
        }
        return out;
    }

    static String fill(String text, String org, int year) {
        return text.replace(ORG, org).replace(YEAR, String.valueOf(year))
                .replace(PREV_YEAR, String.valueOf(year - 1)).replace(NEXT_YEAR, String.valueOf(year + 1));
    }

    /** A new draft from a built-in template, placeholders filled. */
    public static Report instantiate(Template template, String org, int year) {
        Report r = parseTemplate(fill(template.text(), org, year), template.name(), ReportStatus.DRAFT);
        if (org != null && !org.isBlank() && r.parts().signature().isEmpty()) {
            // GB/T 9704 signs an unsealed document above its date: the office it was drafted for, editable in 公文要素
            r.parts().signature().add(org.strip());
        }
        return r;
    }

    /** Parses template text: 【】 guidance is hidden from the parser so its punctuation shapes nothing. */
    static Report parseTemplate(String text, String name, ReportStatus status) {
        List<String> guidance = new ArrayList<>();
        Matcher m = GUIDANCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            guidance.add(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(TOKEN_START + String.valueOf(guidance.size() - 1) + TOKEN_END));
        }
        m.appendTail(sb);
        Report r = new OutlineParser().parse(List.of(sb.toString().split("\\R")), name).get(0);
        r.setStatus(status);
        r.setSourceFile(null);
        r.setTitle(restore(r.title(), guidance, true));
        r.preamble().replaceAll(p -> restore(p, guidance, true));
        for (OutlineNode n : r.allNodes()) {
            List<String> body = new ArrayList<>(n.body());
            boolean allGuidance = !body.isEmpty() && body.stream().allMatch(Templates::isToken);
            if (isToken(n.heading())) {
                body.add(0, n.heading());
                n.setHeading("");
                allGuidance = body.stream().allMatch(Templates::isToken);
            }
            n.setHeading(restore(n.heading(), guidance, true));
            body.replaceAll(p -> restore(p, guidance, false));
            n.setBody(body);
            n.setRunIn(false);
            n.setGuidance(allGuidance);
            n.setSourceLabel("");
        }
        return r;
    }

    private static boolean isToken(String s) {
        return s.length() >= 3 && s.charAt(0) == TOKEN_START && s.charAt(s.length() - 1) == TOKEN_END
                && s.indexOf(TOKEN_END) == s.length() - 1;
    }

    private static String restore(String s, List<String> guidance, boolean keepBrackets) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == TOKEN_START ? s.indexOf(TOKEN_END, i) : -1;
            if (end > i) {
                String g = guidance.get(Integer.parseInt(s.substring(i + 1, end)));
                boolean whole = i == 0 && end == s.length() - 1;
                out.append(whole && !keepBrackets ? g : "【" + g + "】");
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A new draft from a library template (a report saved as a template), placeholders filled. */
    public static Report fromLibraryTemplate(Report template, String org, int year) {
        Report r = template.copy();
        r.setId(null);
        r.setStatus(ReportStatus.DRAFT);
        r.setTitle(fill(r.title(), org, year));
        r.setOrganization(org);
        r.setYear(year);
        r.preamble().replaceAll(p -> fill(p, org, year));
        r.trailer().replaceAll(p -> fill(p, org, year));
        fillParts(r.parts(), p -> fill(p, org, year));
        for (OutlineNode n : r.allNodes()) {
            n.setHeading(fill(n.heading(), org, year));
            n.body().replaceAll(p -> fill(p, org, year));
        }
        return r;
    }

    /**
     * A template's title as offices write a blank form's: ××单位20××年工作要点, not its placeholders
     * ({单位}{年份}年工作要点), which are for the program to fill.
     */
    public static String displayName(String title) {
        return title.replace(ORG, "××单位").replace(YEAR, "20××").replace(PREV_YEAR, "20××").replace(NEXT_YEAR, "20××");
    }

    /** The parts of the head and end that name the office or the year: 标题 lines, 主标题, 署名. */
    private static void fillParts(org.reportdrafter.domain.DocumentParts parts, java.util.function.UnaryOperator<String> how) {
        parts.setHeadline(how.apply(parts.headline()));
        parts.titleLines().replaceAll(how);
        parts.signature().replaceAll(how);
    }

    /** A copy of the report as a template: its organization and years become placeholders. */
    public static Report asTemplate(Report report) {
        Report t = report.copy();
        t.setId(null);
        t.setStatus(ReportStatus.TEMPLATE);
        t.setSourceFile(null);
        String org = report.organization();
        Integer year = report.year();
        java.util.function.UnaryOperator<String> abstractize = s -> {
            String out = s;
            if (org != null && !org.isBlank()) {
                out = out.replace(org, ORG);
            }
            if (year != null) {
                // in one pass, so 2025年 made {年份}年 is not read again; 2010学年 and 2025—2026学年 too
                out = WrittenYears.replace(out, y -> y == year ? YEAR : y == year - 1 ? PREV_YEAR : y == year + 1 ? NEXT_YEAR : null);
            }
            return out;
        };
        t.setTitle(abstractize.apply(t.title()));
        t.preamble().replaceAll(abstractize);
        t.trailer().replaceAll(abstractize);
        fillParts(t.parts(), abstractize);
        // what belongs to the one document issued, not to the next one drafted from it
        t.setDateOfIssue(null);
        t.parts().setDateText("");
        t.parts().setDocNumber("");
        for (OutlineNode n : t.allNodes()) {
            n.setHeading(abstractize.apply(n.heading()));
            n.body().replaceAll(abstractize);
        }
        return t;
    }
}

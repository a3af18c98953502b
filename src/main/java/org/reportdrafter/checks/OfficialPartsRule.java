package org.reportdrafter.checks;

import org.reportdrafter.i18n.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.ChineseNumerals;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.ReportKind;

/**
 * The parts of a 公文 GB/T 9704-2012 fixes: 发文字号 with 六角括号 〔〕 and no leading zero or 第
 * (7.2.4); no 顿号 after （一） (GB/T 15834); 附件说明 items that match the attachments (7.3.4); a
 * 成文日期 neither after today nor before the year the title speaks of.
 */
final class OfficialPartsRule implements Rule {
    private static final Pattern IN_PART = Pattern.compile(
            "([\\[［(（【〔])\\s*((?:19|20)[0-9]{2})\\s*([\\]］)）】〕])\\s*(第?)\\s*(0*)([0-9]{1,4})\\s*号");
    private static final Pattern PAREN_DUN = Pattern.compile("[（(][一二三四五六七八九十0-9]{1,3}[）)]、");
    private static final Pattern NOTE_ITEM = Pattern.compile("^(?:附件[：:]\\s*)?([0-9]{1,2})\\s*([.．、，,])?\\s*(.*)$");
    private static final Pattern ARABIC_DATE = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?");
    private static final Pattern CN_DATE = Pattern.compile("([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})(?:年|—|-|～)");

    @Override

    public String id() {

        return "official-parts";

    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (TextPiece p : ctx.pieces()) {
            boolean docNumber = p == ctx.docNumberPiece();
            String t = p.text();
            if (t.indexOf('号') >= 0) {
                Matcher m = IN_PART.matcher(t);
                while (m.find()) {
                    if (docNumber || issuerBefore(t, m.start())) {
                        docNumber(p, m, 0, out);
                    }
                }
            }
            if (t.indexOf('、') < 0) {
                continue;
            }
            Matcher d = PAREN_DUN.matcher(t);
            while (d.find()) {
                out.add(new Finding(id(), Severity.WARNING, p, d.end() - 1, 1, Message.of("check.parts.parenDun", d.group().substring(0, d.group().length() - 1)), new Fix(1, "")));
            }
        }
        for (OutlineNode n : ctx.report().allNodes()) {
            String label = n.sourceLabel().strip();
            if (label.length() > 1 && (label.startsWith("（") || label.startsWith("(")) && label.endsWith("、")) {
                out.add(new Finding(id(), Severity.WARNING, ctx.heading(n), 0, 0, Message.of("check.parts.labelDun", label), null));
            }
        }
        attachments(ctx, out);
        date(ctx, out);
    }

    /** 某教发[2025]7号 in running text: an issuer code of Chinese characters stands right before the year. */
    private static boolean issuerBefore(String t, int at) {
        int i = at - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        return i >= 1 && CheckContext.isHan(t.charAt(i)) && CheckContext.isHan(t.charAt(i - 1));
    }

    private void docNumber(TextPiece p, Matcher m, int shift, List<Finding> out) {
        String open = m.group(1 + shift);
        String close = m.group(3 + shift);
        if (!open.equals("〔") || !close.equals("〕")) {
            int from = m.start(1 + shift);
            int len = m.end(3 + shift) - from;
            String fixed = "〔" + m.group(2 + shift) + "〕";
            out.add(new Finding(id(), Severity.WARNING, p, from, len,
                    Message.of("check.parts.docNumberBrackets", fixed), new Fix(len, fixed)));
        }
        if (!m.group(4 + shift).isEmpty()) {
            out.add(new Finding(id(), Severity.WARNING, p, m.start(4 + shift), 1, Message.of("check.parts.docNumberDi"), new Fix(1, "")));
        }
        if (!m.group(5 + shift).isEmpty()) {
            int from = m.start(5 + shift);
            int len = m.end(5 + shift) - from;
            out.add(new Finding(id(), Severity.WARNING, p, from, len, Message.of("check.parts.docNumberZero"), new Fix(len, "")));
        }
    }

    /** One 附件说明 item: its number, the separator after it, its name (continuation lines joined), where it starts. */
    private record Note(int number, String separator, String name, TextPiece piece) {
    }

    private void attachments(CheckContext ctx, List<Finding> out) {
        List<TextPiece> lines = new ArrayList<>();
        for (TextPiece p : ctx.pieces()) {
            if (p.place() == TextPiece.Place.PART && p.path().equals(Parts.ATTACHMENT_NOTES)) {
                lines.add(p);
            }
        }
        List<Attachment> atts = ctx.report().parts().attachments();
        if (lines.isEmpty()) {
            if (!atts.isEmpty() && atts.stream().anyMatch(a -> !a.title().isBlank())) {
                out.add(new Finding(id(), Severity.WARNING, ctx.titlePiece(), 0, 0,
                        Message.of("check.parts.noNotes", atts.size()), null));
            }
            return;
        }
        List<Note> notes = new ArrayList<>();
        for (TextPiece line : lines) {
            String t = line.text().strip();
            Matcher m = NOTE_ITEM.matcher(t);
            boolean numbered = m.matches() && !m.group(3).isEmpty() && (m.group(2) != null || !Character.isDigit(m.group(3).charAt(0)));
            if (numbered) {
                notes.add(new Note(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2), m.group(3), line));
            } else if (!notes.isEmpty() && !t.startsWith("附件")) {
                Note last = notes.remove(notes.size() - 1);
                notes.add(new Note(last.number(), last.separator(), last.name() + t, last.piece()));
            } else {
                notes.add(new Note(1, ".", t.replaceFirst("^附件[：:]\\s*", ""), line));
            }
        }
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            if (notes.size() > 1 && !n.separator().equals(".") && !n.separator().equals("．")) {
                out.add(new Finding(id(), Severity.WARNING, n.piece(), 0, 0,
                        Message.of("check.parts.noteSeparator", n.number() + ".", n.number() + n.separator()), null));
            }
            if (!n.name().isEmpty() && "。；，.;,".indexOf(n.name().charAt(n.name().length() - 1)) >= 0) {
                out.add(new Finding(id(), Severity.WARNING, n.piece(), n.piece().text().length() - 1, 1,
                        Message.of("check.parts.noteStop"), new Fix(1, "")));
            }
        }
        if (atts.isEmpty()) {
            return; // the attachments may be separate files
        }
        if (atts.size() != notes.size()) {
            out.add(new Finding(id(), Severity.WARNING, notes.get(0).piece(), 0, 0,
                    Message.of("check.parts.noteCount", notes.size(), atts.size()), null));
        }
        for (int i = 0; i < Math.min(atts.size(), notes.size()); i++) {
            String title = atts.get(i).title();
            if (!title.isBlank() && !normalize(title).equals(normalize(notes.get(i).name()))) {
                out.add(new Finding(id(), Severity.WARNING, notes.get(i).piece(), 0, 0,
                        Message.of("check.parts.noteTitle", i + 1, notes.get(i).name(), title), null));
            }
        }
    }

    private static String normalize(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private void date(CheckContext ctx, List<Finding> out) {
        TextPiece piece = ctx.datePiece();
        if (piece == null) {
            return;
        }
        LocalDate date = parseDate(piece.text());
        if (date == null) {
            return;
        }
        if (date.isAfter(ctx.today())) {
            out.add(new Finding(id(), Severity.WARNING, piece, 0, piece.text().length(),
                    Message.of("check.parts.dateFuture", piece.text(), ctx.today().toString()), null));
        }
        Integer year = ctx.report().year();
        if (year == null) {
            Matcher t = TITLE_YEAR.matcher(ctx.report().title());
            year = t.find() ? Integer.parseInt(t.group(1)) : null;
        }
        if (year == null) {
            return;
        }
        ReportKind kind = ctx.report().kind();
        boolean summary = kind == ReportKind.SUMMARY || kind == ReportKind.SUMMARY_AND_PLAN;
        // a plan is often issued late in the year before; a summary only once its year has run
        int earliest = summary ? year : year - 1;
        if (date.getYear() < earliest) {
            out.add(new Finding(id(), Severity.WARNING, piece, 0, piece.text().length(),
                    Message.of(summary ? "check.parts.dateEarlySummary" : "check.parts.dateEarly", String.valueOf(date.getYear()), String.valueOf(year)), null));
        } else if (date.getYear() > year + 1) {
            out.add(new Finding(id(), Severity.WARNING, piece, 0, piece.text().length(),
                    Message.of("check.parts.dateFar", String.valueOf(date.getYear()), String.valueOf(year)), null));
        }
    }

    /** 2025年3月5日, 2025年3月, 二〇二五年三月五日; null if the text is no date. */
    static LocalDate parseDate(String s) {
        try {
            Matcher a = ARABIC_DATE.matcher(s);
            if (a.find()) {
                return LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)),
                        a.group(3) == null ? 1 : Integer.parseInt(a.group(3)));
            }
            Matcher c = CN_DATE.matcher(s);
            if (c.find()) {
                StringBuilder y = new StringBuilder();
                for (char ch : c.group(1).toCharArray()) {
                    y.append("〇零○".indexOf(ch) >= 0 ? 0 : "一二三四五六七八九".indexOf(ch) + 1);
                }
                int month = ChineseNumerals.parse(c.group(2));
                int day = c.group(3) == null ? 1 : ChineseNumerals.parse(c.group(3));
                return LocalDate.of(Integer.parseInt(y.toString()), month, day);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 2月30日: not a date this rule can judge
        }
        return null;
    }
}

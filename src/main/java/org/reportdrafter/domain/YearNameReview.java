package org.reportdrafter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When text comes from an earlier year or another organization, lists every year (2014年 → 2015年),
 * relative year word (今年 / 去年 / 明年) and organization name it would change. Nothing is replaced
 * until the user accepts an item.
 */
public final class YearNameReview {
    /**
     * Which text of a node an item is in; paragraph is -1 for the heading. {@code reason} says why in
     * Chinese; {@code why} and {@code year} (the year the found text meant) let the UI say it in its language.
     */
    public record Item(OutlineNode node, int paragraph, int offset, String found, String proposed, String reason, Why why, int year) {
        /** An item whose reason is only text. */
        public Item(OutlineNode node, int paragraph, int offset, String found, String proposed, String reason) {
            this(node, paragraph, offset, found, proposed, reason, Why.OTHER, 0);
        }
    }

    /** Why an item is listed: a year, a relative year word, the organization's name. */
    public enum Why { YEAR, RELATIVE, ORGANIZATION, OTHER }

    /** A year written as a year: 2010年 (年度 too), or a school year, 2010学年. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(学?年)");
    private static final Pattern RELATIVE = Pattern.compile("今年|去年|明年|上一年|下一年");

    private YearNameReview() {
    }

    /**
     * @param fromYear the year of the source text (its report year), or null
     * @param toYear   the year of the draft it goes into
     * @param fromOrg  the source organization, or null/blank
     * @param toOrg    the draft's organization
     */
    public static List<Item> find(List<OutlineNode> nodes, Integer fromYear, Integer toYear, String fromOrg, String toOrg) {
        List<Item> out = new ArrayList<>();
        int shift = fromYear == null || toYear == null ? 0 : toYear - fromYear;
        boolean otherOrg = fromOrg != null && !fromOrg.isBlank() && toOrg != null && !toOrg.isBlank() && !fromOrg.equals(toOrg);
        for (OutlineNode n : nodes) {
            scan(n, -1, n.heading(), shift, toYear, otherOrg ? fromOrg : null, toOrg, out);
            for (int i = 0; i < n.body().size(); i++) {
                scan(n, i, n.body().get(i), shift, toYear, otherOrg ? fromOrg : null, toOrg, out);
            }
        }
        return out;
    }

    private static void scan(OutlineNode n, int paragraph, String text, int shift, Integer toYear, String fromOrg, String toOrg,
                             List<Item> all) {
        List<Item> out = new ArrayList<>();
        if (shift != 0) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                out.add(new Item(n, paragraph, m.start(), m.group(1) + m.group(2), (y + shift) + m.group(2),
                        "年份：原文写于 " + (toYear - shift) + " 年", Why.YEAR, toYear - shift));
            }
            Matcher r = RELATIVE.matcher(text);
            while (r.find()) {
                int delta = switch (r.group()) {
                    case "去年", "上一年" -> -1;
                    case "明年", "下一年" -> 1;
                    default -> 0;
                };
                out.add(new Item(n, paragraph, r.start(), r.group(), (toYear + delta) + "年",
                        "“" + r.group() + "”在原文指 " + (toYear - shift + delta) + " 年，请确认", Why.RELATIVE, toYear - shift + delta));
            }
        }
        if (fromOrg != null) {
            for (int i = text.indexOf(fromOrg); i >= 0; i = text.indexOf(fromOrg, i + fromOrg.length())) {
                out.add(new Item(n, paragraph, i, fromOrg, toOrg, "单位名称", Why.ORGANIZATION, 0));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Item::offset)); // reading order within the text
        all.addAll(out);
    }

    private static final Pattern TITLE_ORG = Pattern.compile("^\\s*(\\S{2,}?)(?:(?:19|20)[0-9]{2}|二[〇○零][一二三四五六七八九〇○零]{2})年");

    /**
     * The organization a report speaks for: its own field, or when that was never filled (a report imported
     * without a recognisable title, a draft whose 单位 is blank) the words before the year of its title, as
     * in 甲县教育局2014年工作总结.
     */
    public static String organizationOf(String organization, String title) {
        if (organization != null && !organization.isBlank()) {
            return organization.strip();
        }
        Matcher m = TITLE_ORG.matcher(title == null ? "" : title);
        return m.find() ? m.group(1) : "";
    }

    /** The node texts with the accepted items applied (from the end, so offsets stay valid). */
    public static String apply(String text, List<Item> accepted) {
        List<Item> sorted = new ArrayList<>(accepted);
        sorted.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        String t = text;
        for (Item it : sorted) {
            if (t.startsWith(it.found(), it.offset())) {
                t = t.substring(0, it.offset()) + it.proposed() + t.substring(it.offset() + it.found().length());
            }
        }
        return t;
    }
}

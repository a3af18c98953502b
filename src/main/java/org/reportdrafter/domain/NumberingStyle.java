package org.reportdrafter.domain;

import java.util.List;
import java.util.Objects;

/**
 * The label format of each numbering rank (rank 1 is the top level). Ranks deeper than the list
 * repeat its last format.
 */
public record NumberingStyle(String id, String displayName, List<LabelFormat> ranks) {

    /** GB/T 9704: 一、 （一） 1. （1）, then ①. */
    public static final NumberingStyle GONGWEN = new NumberingStyle("gongwen", "公文（一、（一）1.（1））",
            List.of(LabelFormat.CN_DUN, LabelFormat.CN_PAREN, LabelFormat.AR_DOT, LabelFormat.AR_PAREN, LabelFormat.CIRCLED));

    /** The full-width style common in education plans: 一、 ㈠ ⒈ ⑴ ①. */
    public static final NumberingStyle FULLWIDTH = new NumberingStyle("fullwidth", "全角（一、㈠⒈⑴）",
            List.of(LabelFormat.CN_DUN, LabelFormat.CN_ENCLOSED, LabelFormat.AR_ENCLOSED_DOT,
                    LabelFormat.AR_ENCLOSED_PAREN, LabelFormat.CIRCLED));

    /** 一、 （一） 1、 （1）: the 顿号 variant many offices type. */
    public static final NumberingStyle GONGWEN_DUN = new NumberingStyle("gongwen-dun", "公文顿号（一、（一）1、（1））",
            List.of(LabelFormat.CN_DUN, LabelFormat.CN_PAREN, LabelFormat.AR_DUN, LabelFormat.AR_PAREN, LabelFormat.CIRCLED));

    public static final List<NumberingStyle> BUILT_IN = List.of(GONGWEN, FULLWIDTH, GONGWEN_DUN);

    public NumberingStyle {
        Objects.requireNonNull(id);
        ranks = List.copyOf(ranks);
        if (ranks.isEmpty()) {
            throw new IllegalArgumentException("a numbering style needs at least one rank");
        }
    }

    public LabelFormat format(int rank) {
        int i = Math.max(1, rank) - 1;
        return ranks.get(Math.min(i, ranks.size() - 1));
    }

    /** A built-in style by id, or a custom style encoded as {@code custom:CN_DUN,AR_DUN,...}. */
    public static NumberingStyle fromId(String id) {
        if (id != null) {
            for (NumberingStyle s : BUILT_IN) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            if (id.startsWith("custom:")) {
                try {
                    List<LabelFormat> formats = java.util.Arrays.stream(id.substring(7).split(","))
                            .map(String::trim).map(LabelFormat::valueOf).toList();
                    return custom(formats);
                } catch (IllegalArgumentException e) {
                    return GONGWEN;
                }
            }
        }
        return GONGWEN;
    }

    public static NumberingStyle custom(List<LabelFormat> formats) {
        for (NumberingStyle s : BUILT_IN) {
            if (s.ranks.equals(formats)) {
                return s;
            }
        }
        StringBuilder id = new StringBuilder("custom:");
        for (int i = 0; i < formats.size(); i++) {
            id.append(i == 0 ? "" : ",").append(formats.get(i).name());
        }
        StringBuilder name = new StringBuilder("文档原样（");
        for (LabelFormat f : formats) {
            name.append(f.format(1));
        }
        name.append("）");
        return new NumberingStyle(id.toString(), name.toString(), formats);
    }
}

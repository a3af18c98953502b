package org.reportdrafter.cycle;

import java.util.List;
import org.reportdrafter.domain.OutlineNode;

/** The result of checking a summary against its plan (对照). */
public record Coverage(List<Item> items, List<Unplanned> unplanned) {

    public enum Status {
        COVERED("covered", "已落实", "●"),
        PARTLY("partly", "部分落实", "◐"),
        MISSING("missing", "未见总结", "○");

        private final String code;
        private final String displayName;
        private final String mark;

        Status(String code, String displayName, String mark) {
            this.code = code;
            this.displayName = displayName;
            this.mark = mark;
        }

        public String code() {
            return code;
        }

        public String displayName() {
            return displayName;
        }

        public String mark() {
            return mark;
        }
    }

    public enum TargetResult {
        MET("met", "已完成"),
        NOT_MET("not_met", "未完成"),
        NOT_REPORTED("not_reported", "未报告");

        private final String code;
        private final String displayName;

        TargetResult(String code, String displayName) {
            this.code = code;
            this.displayName = displayName;
        }

        public String code() {
            return code;
        }

        public String displayName() {
            return displayName;
        }
    }

    /**
     * A summary passage that accounts for a measure.
     *
     * @param node      the summary node, or null for a paragraph of the opening
     * @param paragraph the body paragraph (-1 the heading; for the opening, the preamble paragraph)
     * @param offset    where the passage starts in that paragraph
     */
    public record Evidence(OutlineNode node, String path, int paragraph, int offset, String excerpt, double score) {
    }

    /** A planned number and what the summary reports for the same indicator (null when nothing). */
    public record TargetCheck(Quantity planned, Quantity reported, String reportedPath, TargetResult result) {
    }

    public record Item(Measure measure, Status status, double score, List<Evidence> evidence, List<TargetCheck> targets) {
        public Item {
            evidence = List.copyOf(evidence);
            targets = List.copyOf(targets);
        }
    }

    /** A section of the summary's 主要工作 that answers no measure: work done that was not planned. */
    public record Unplanned(OutlineNode node, String path, String excerpt) {
    }

    public Coverage {
        items = List.copyOf(items);
        unplanned = List.copyOf(unplanned);
    }

    public long count(Status s) {
        return items.stream().filter(i -> i.status() == s).count();
    }
}

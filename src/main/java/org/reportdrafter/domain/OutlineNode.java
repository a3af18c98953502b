package org.reportdrafter.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * One node of a report outline: a heading (may be empty), body paragraphs and children. The label
 * (一、 ㈠ ⒈ 一是) is not stored: {@link Labeler} computes it from the node's position.
 */
public final class OutlineNode {
    private String uid;
    private String heading;
    private final List<String> body = new ArrayList<>();
    private final List<OutlineNode> children = new ArrayList<>();
    private OutlineNode parent;
    private LabelMode labelMode = LabelMode.AUTO;
    private int rankSkip;
    private boolean runIn;
    private boolean guidance;
    private String sourceLabel = "";
    private Provenance provenance;
    private List<Table> tables = List.of();

    public OutlineNode() {
        this("");
    }

    public OutlineNode(String heading) {
        this.uid = newUid();
        this.heading = heading == null ? "" : heading;
    }

    public static String newUid() {
        return UUID.randomUUID().toString();
    }

    public String uid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid == null || uid.isBlank() ? newUid() : uid;
    }

    public String heading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading == null ? "" : heading;
    }

    /** Body paragraphs, in order; the list is live. */
    public List<String> body() {
        return body;
    }

    public void setBody(List<String> paragraphs) {
        body.clear();
        if (paragraphs != null) {
            body.addAll(paragraphs);
        }
    }

    public List<OutlineNode> children() {
        return Collections.unmodifiableList(children);
    }

    public OutlineNode parent() {
        return parent;
    }

    public LabelMode labelMode() {
        return labelMode;
    }

    public void setLabelMode(LabelMode mode) {
        this.labelMode = mode == null ? LabelMode.AUTO : mode;
    }

    /** Numbering ranks skipped below the parent: a measure ⒈ put straight under 三、 skips the ㈠ rank. */
    public int rankSkip() {
        return rankSkip;
    }

    public void setRankSkip(int skip) {
        this.rankSkip = Math.max(0, skip);
    }

    /** Whether the heading and the first body paragraph share one paragraph (1.加强…。积极争取…). */
    public boolean runIn() {
        return runIn;
    }

    public void setRunIn(boolean runIn) {
        this.runIn = runIn;
    }

    /** Template guidance text: shown greyed, not exported until edited. */
    public boolean guidance() {
        return guidance;
    }

    public void setGuidance(boolean guidance) {
        this.guidance = guidance;
    }

    /** The enumerator found in an imported source, kept for reference only. */
    public String sourceLabel() {
        return sourceLabel;
    }

    public void setSourceLabel(String label) {
        this.sourceLabel = label == null ? "" : label;
    }

    public Provenance provenance() {
        return provenance;
    }

    public void setProvenance(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Tables standing in this node's text, each at its {@link Table#position()} among the body paragraphs. */
    public List<Table> tables() {
        return tables;
    }

    public void setTables(List<Table> tables) {
        this.tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public void addTable(Table table) {
        List<Table> t = new ArrayList<>(tables);
        t.add(table);
        tables = List.copyOf(t);
    }

    public OutlineNode addChild(OutlineNode child) {
        return insertChild(children.size(), child);
    }

    public OutlineNode insertChild(int index, OutlineNode child) {
        if (child.parent != null) {
            throw new IllegalStateException("node already has a parent");
        }
        if (child == this || isDescendantOf(child)) {
            throw new IllegalArgumentException("a node cannot become its own descendant");
        }
        children.add(index, child);
        child.parent = this;
        return child;
    }

    /** Detaches this node (with its subtree) from its parent and returns its former index. */
    public int detach() {
        if (parent == null) {
            return -1;
        }
        int i = parent.children.indexOf(this);
        parent.children.remove(i);
        parent = null;
        return i;
    }

    public int indexInParent() {
        return parent == null ? -1 : parent.children.indexOf(this);
    }

    public boolean isDescendantOf(OutlineNode ancestor) {
        for (OutlineNode p = parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Depth below the invisible root: top-level sections have depth 1. */
    public int depth() {
        int d = 0;
        for (OutlineNode p = parent; p != null; p = p.parent) {
            d++;
        }
        return d;
    }

    /** Numbering rank: the parent's rank plus one plus the skipped ranks; the root has rank 0. */
    public int rank() {
        if (parent == null) {
            return 0;
        }
        return parent.rank() + 1 + rankSkip;
    }

    /** This node and its descendants in document order. */
    public List<OutlineNode> subtree() {
        List<OutlineNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(OutlineNode n, List<OutlineNode> out) {
        out.add(n);
        for (OutlineNode c : n.children) {
            collect(c, out);
        }
    }

    /** A deep copy with fresh uids, detached. */
    public OutlineNode deepCopy() {
        OutlineNode copy = new OutlineNode(heading);
        copy.body.addAll(body);
        copy.labelMode = labelMode;
        copy.rankSkip = rankSkip;
        copy.runIn = runIn;
        copy.guidance = guidance;
        copy.sourceLabel = sourceLabel;
        copy.provenance = provenance;
        copy.tables = tables;
        for (OutlineNode c : children) {
            copy.addChild(c.deepCopy());
        }
        return copy;
    }

    /** Characters of heading and body, without whitespace, as offices count 字数. */
    public int ownCharCount() {
        int n = textCharCount();
        for (Table t : tables) {
            n += t.charCount();
        }
        return n;
    }

    // The editor counts the whole report after every change, for the status bar. Strings never change, so
    // the count holds for as long as the heading and the paragraphs are the same objects: checking that
    // costs a comparison per paragraph, not a pass over every character of a 2,000-item report.
    private String countedHeading;
    private String[] countedBody;
    private boolean countedGuidance;
    private int counted = -1;

    private int textCharCount() {
        if (counted >= 0 && countedHeading == heading && countedGuidance == guidance && countedBody.length == body.size()) {
            boolean same = true;
            for (int i = 0; i < countedBody.length && same; i++) {
                same = countedBody[i] == body.get(i);
            }
            if (same) {
                return counted;
            }
        }
        int n = TextStats.countChars(heading);
        // a template's prompt is a placeholder, not the clerk's text
        for (String p : guidance ? List.<String>of() : body) {
            n += TextStats.countChars(p);
        }
        countedHeading = heading;
        countedBody = body.toArray(String[]::new);
        countedGuidance = guidance;
        counted = n;
        return n;
    }

    @Override
    public String toString() {
        return "OutlineNode[" + heading + ", " + children.size() + " children]";
    }
}

package org.reportdrafter.domain;

import java.util.List;

/**
 * An attachment after the body of an official document (附件1 + its title + its content): its own
 * outline under an invisible root, paragraphs before the first section in the root's body, and
 * tables (an appended 行事历 or 任务清单) on the root or in its sections.
 */
public final class Attachment {
    private String name;
    private String title;
    private final OutlineNode root = new OutlineNode();

    public Attachment(String name, String title) {
        setName(name);
        setTitle(title);
    }

    /** 附件1, 附件 (a single attachment), 附. */
    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public OutlineNode root() {
        return root;
    }

    public List<OutlineNode> sections() {
        return root.children();
    }

    /** Paragraphs before the first section (the live list of the root's body). */
    public List<String> paragraphs() {
        return root.body();
    }

    public int charCount() {
        int n = TextStats.countChars(title);
        for (OutlineNode node : root.subtree()) {
            n += node.ownCharCount();
        }
        return n;
    }

    public Attachment copy() {
        Attachment a = new Attachment(name, title);
        a.root.body().addAll(root.body());
        a.root.setTables(root.tables());
        for (OutlineNode c : root.children()) {
            a.root.addChild(c.deepCopy());
        }
        return a;
    }
}

package org.reportdrafter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * A report's outline in the table {@code nodes}, one row per node, with its full-text index rows.
 *
 * <p>A new report's rows are inserted in document order. A stored report is written as a difference: its
 * rows are matched to the nodes by uid, and only rows whose content, place or path changed are updated,
 * new nodes inserted and removed ones deleted (with their index rows). An autosave after a keystroke in a
 * report of 2,000 sections so writes one row instead of 2,000, and the index is not rewritten each time.
 * So a row's id no longer tells its place: the tree is read back by parent and position.
 */
final class NodeRows {
    private static final String COLUMNS = "parent_id, position, uid, heading, body, label_mode, rank_skip, run_in,"
            + " guidance, source_label, provenance, path, tables";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    /** What a node's row holds, apart from its id and report. */
    private record Content(Long parentId, int position, String uid, String heading, String body, String labelMode,
                           int rankSkip, boolean runIn, boolean guidance, String sourceLabel, String provenance,
                           String path, String tables) {
        /** A template's prompt is a placeholder: nothing a clerk looks for or reuses as past text. */
        String indexedBody() {
            return guidance ? "" : body;
        }

        boolean sameIndexedText(Content o) {
            return heading.equals(o.heading) && indexedBody().equals(o.indexedBody());
        }
    }

    private record Stored(long id, Content content) {
    }

    private final SearchIndex index;

    NodeRows(SearchIndex index) {
        this.index = index;
    }

    /** Inserts the rows of a report that has none yet. */
    void insert(Connection c, long reportId, Report r, Map<OutlineNode, String> labels) throws SQLException {
        write(c, reportId, r, labels, Map.of());
    }

    /** Brings a stored report's rows to its current outline, touching only what changed. */
    void update(Connection c, long reportId, Report r, Map<OutlineNode, String> labels) throws SQLException {
        write(c, reportId, r, labels, stored(c, reportId));
    }

    private void write(Connection c, long reportId, Report r, Map<OutlineNode, String> labels,
                       Map<String, ArrayDeque<Stored>> stored) throws SQLException {
        Map<OutlineNode, Long> ids = new IdentityHashMap<>();
        List<SearchIndex.Row> toIndex = new ArrayList<>();
        List<Long> toUnindex = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO nodes (report_id, " + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement update = c.prepareStatement("UPDATE nodes SET " + COLUMNS.replace(",", "=?,")
                     + "=? WHERE id=?")) {
            // document order: a node's parent has its id before the node is written
            for (OutlineNode n : r.allNodes()) {
                Content want = content(n, n.parent() == r.root() ? null : ids.get(n.parent()), labels);
                ArrayDeque<Stored> same = stored.get(n.uid());
                Stored old = same == null ? null : same.poll();
                long id;
                if (old == null) {
                    insert.setLong(1, reportId);
                    bind(insert, 2, want);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    toIndex.add(new SearchIndex.Row(id, want.heading(), want.indexedBody()));
                } else {
                    id = old.id();
                    if (!old.content().equals(want)) {
                        bind(update, 1, want);
                        update.setLong(COLUMN_COUNT + 1, id);
                        update.executeUpdate();
                        if (!old.content().sameIndexedText(want)) {
                            toUnindex.add(id);
                            toIndex.add(new SearchIndex.Row(id, want.heading(), want.indexedBody()));
                        }
                    }
                }
                ids.put(n, id);
            }
        }
        // rows left unmatched belong to removed nodes; they go after the kept ones have their new parents,
        // since deleting a row deletes its child rows (ON DELETE CASCADE)
        List<Long> gone = new ArrayList<>();
        stored.values().forEach(left -> left.forEach(s -> gone.add(s.id())));
        toUnindex.addAll(gone);
        index.unindexNodes(c, toUnindex);
        if (!gone.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM nodes WHERE id=?")) {
                for (long id : gone) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        }
        index.indexNodes(c, toIndex);
    }

    private static Content content(OutlineNode n, Long parentId, Map<OutlineNode, String> labels) {
        return new Content(parentId, n.indexInParent(), n.uid(), n.heading(), String.join("\n", n.body()),
                n.labelMode().name(), n.rankSkip(), n.runIn(), n.guidance(), n.sourceLabel(),
                ReportJson.provenanceJson(n.provenance()), Labeler.path(n, labels), ReportJson.tablesJson(n.tables()));
    }

    private static void bind(PreparedStatement ps, int from, Content x) throws SQLException {
        int k = from;
        if (x.parentId() == null) {
            ps.setNull(k++, Types.INTEGER);
        } else {
            ps.setLong(k++, x.parentId());
        }
        ps.setInt(k++, x.position());
        ps.setString(k++, x.uid());
        ps.setString(k++, x.heading());
        ps.setString(k++, x.body());
        ps.setString(k++, x.labelMode());
        ps.setInt(k++, x.rankSkip());
        ps.setInt(k++, x.runIn() ? 1 : 0);
        ps.setInt(k++, x.guidance() ? 1 : 0);
        ps.setString(k++, x.sourceLabel());
        ps.setString(k++, x.provenance());
        ps.setString(k++, x.path());
        ps.setString(k, x.tables());
    }

    /** The stored rows of a report by uid (a list, should a damaged file hold a uid twice). */
    private static Map<String, ArrayDeque<Stored>> stored(Connection c, long reportId) throws SQLException {
        Map<String, ArrayDeque<Stored>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM nodes WHERE report_id=? ORDER BY id")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Stored s = new Stored(rs.getLong("id"), read(rs));
                    out.computeIfAbsent(s.content().uid(), k -> new ArrayDeque<>()).add(s);
                }
            }
        }
        return out;
    }

    private static Content read(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Content(parentId, rs.getInt("position"), rs.getString("uid"), rs.getString("heading"),
                rs.getString("body"), rs.getString("label_mode"), rs.getInt("rank_skip"), rs.getInt("run_in") != 0,
                rs.getInt("guidance") != 0, rs.getString("source_label"), rs.getString("provenance"),
                rs.getString("path"), rs.getString("tables"));
    }

    /** Reads a report's outline under {@code root}, each node under its parent row in position order. */
    static void load(Connection c, long reportId, OutlineNode root) throws SQLException {
        record Loaded(long id, Long parentId, int position, OutlineNode node) {
        }
        List<Loaded> rows = new ArrayList<>();
        Map<Long, OutlineNode> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM nodes WHERE report_id=? ORDER BY id")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Content x = read(rs);
                    OutlineNode n = new OutlineNode(x.heading());
                    n.setUid(x.uid());
                    if (!x.body().isEmpty()) {
                        n.setBody(List.of(x.body().split("\n", -1)));
                    }
                    n.setLabelMode(LabelMode.fromName(x.labelMode()));
                    n.setRankSkip(x.rankSkip());
                    n.setRunIn(x.runIn());
                    n.setGuidance(x.guidance());
                    n.setSourceLabel(x.sourceLabel());
                    n.setProvenance(ReportJson.readProvenanceJson(x.provenance()));
                    n.setTables(ReportJson.readTablesJson(x.tables()));
                    long id = rs.getLong("id");
                    rows.add(new Loaded(id, x.parentId(), x.position(), n));
                    byId.put(id, n);
                }
            }
        }
        // ids ascend in document order for rows written together; a later write may place a row anywhere
        rows.sort(Comparator.comparingInt(Loaded::position).thenComparingLong(Loaded::id));
        for (Loaded row : rows) {
            OutlineNode parent = row.parentId() == null ? root : byId.get(row.parentId());
            if (parent == null) {
                throw new SQLException("node " + row.id() + " of report " + reportId + " has no parent row");
            }
            try {
                parent.addChild(row.node());
            } catch (IllegalArgumentException cycle) {
                throw new SQLException("the nodes of report " + reportId + " do not form one tree", cycle);
            }
        }
        if (root.subtree().size() != rows.size() + 1) {
            throw new SQLException("the nodes of report " + reportId + " do not form one tree");
        }
    }
}

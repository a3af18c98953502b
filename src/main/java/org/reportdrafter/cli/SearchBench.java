package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SearchQuery;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench search}: builds a library of generated reports (10,000 reports, about 100 million
 * characters, words drawn with a Zipf distribution from a large vocabulary, as real text is), times
 * queries with snippets, checks against a plain scan that no section containing the terms is missed,
 * and compares with ripgrep over the same text written to files.
 */
@Command(name = "search", description = "检索性能：1 万份报告（约 1 亿字）的资料库上查询的 p50/p95，并与逐段扫描比对是否有遗漏；装有 ripgrep 时与之比较。")
final class SearchBench implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "10000")
    int reports;

    @Option(names = "--chars", defaultValue = "10000", description = "每份报告的字数")
    int chars;

    @Option(names = "--queries", defaultValue = "300")
    int queries;

    @Option(names = "--keep", description = "把生成的资料库保存在此路径；路径已有资料库时直接使用它")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("rd-bench-search");
        Path dbPath = keep != null ? keep : dir.resolve("library.db");
        Random rnd = new Random(42);
        String[] vocab = vocabulary(rnd, 30_000);
        long t0 = System.nanoTime();
        List<String> sectionTexts = new ArrayList<>();
        List<Long> sectionReports = new ArrayList<>();
        long totalChars = 0;
        Path textDir = Files.createDirectories(dir.resolve("text"));
        boolean reuse = keep != null && Files.exists(keep);
        try (Database db = Database.open(dbPath)) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            List<Report> batch = new ArrayList<>();
            if (reuse) {
                for (var sum : repo.list()) {
                    totalChars += record(repo.load(sum.id()).orElseThrow(), sectionTexts, sectionReports, textDir);
                }
            }
            for (int i = 0; i < (reuse ? 0 : reports); i++) {
                Report r = generate(rnd, vocab, i, chars);
                batch.add(r);
                if (batch.size() == 200 || i == reports - 1) {
                    repo.saveAll(batch);
                    for (Report b : batch) {
                        totalChars += record(b, sectionTexts, sectionReports, textDir);
                    }
                    batch.clear();
                }
            }
            out.printf(Locale.ROOT, "library: %d reports, %d sections, %d characters, built in %.0f s (%.0f MB)%n", reports,
                    sectionTexts.size(), totalChars, (System.nanoTime() - t0) / 1e9, Files.size(dbPath) / 1048576.0);
            out.flush();

            List<String> qs = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                qs.add(sampleQuery(rnd, sectionTexts));
            }
            for (int i = 0; i < 20; i++) {
                repo.searchSections(qs.get(i), 20);
            }
            long[] times = new long[qs.size()];
            for (int i = 0; i < qs.size(); i++) {
                long s = System.nanoTime();
                List<SectionHit> hits = repo.searchSections(qs.get(i), 20);
                if (hits.isEmpty()) {
                    out.println("no hit for " + qs.get(i));
                }
                times[i] = System.nanoTime() - s;
            }
            out.printf(Locale.ROOT, "search (%d queries: 2-4 character terms, two terms, quoted phrases; 20 hits with snippets): %s%n",
                    qs.size(), BenchCommand.stats(times));
            Integer[] order = new Integer[times.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
            for (int i = 0; i < Math.min(5, order.length); i++) {
                out.printf(Locale.ROOT, "  slow: %.1f ms  %s%n", times[order[i]] / 1e6, qs.get(order[i]));
            }
            // before the writes below: their inserts and deletes leave the library's log longer than a
            // clerk's library has it, and the figure would not compare with earlier runs
            long[] sim = new long[100];
            for (int i = 0; i < sim.length; i++) {
                String heading = sectionTexts.get(rnd.nextInt(sectionTexts.size()));
                heading = heading.substring(0, heading.indexOf('\n'));
                long s = System.nanoTime();
                repo.similarSections(heading, null, 20);
                sim[i] = System.nanoTime() - s;
            }
            out.printf(Locale.ROOT, "similar sections for a heading (%d headings, 20 suggestions): %s%n", sim.length, BenchCommand.stats(sim));

            // searches while another thread writes reports (an import, or autosave of a large report): reads
            // use read connections of their own (WAL), so they do not wait for the write to commit
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            List<Long> writeMillis = java.util.Collections.synchronizedList(new ArrayList<>());
            Random wrnd = new Random(7);
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    List<Report> w = new ArrayList<>();
                    for (int k = 0; k < 20; k++) {
                        w.add(generate(wrnd, vocab, reports + k, chars));
                    }
                    long s = System.nanoTime();
                    List<Long> ids = repo.saveAll(w);
                    writeMillis.add((System.nanoTime() - s) / 1_000_000);
                    for (long id : ids) {
                        repo.delete(id);
                    }
                }
            }, "bench-writer");
            writer.start();
            Thread.sleep(300);
            long[] during = new long[Math.min(100, qs.size())];
            for (int i = 0; i < during.length; i++) {
                long s = System.nanoTime();
                repo.searchSections(qs.get(i), 20);
                during[i] = System.nanoTime() - s;
            }
            writing.set(false);
            writer.join();
            long[] w = writeMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf(Locale.ROOT, "search while another thread writes (transactions of 20 reports, median %d ms, max %d ms, %d of them): %s%n",
                    w.length == 0 ? 0 : w[w.length / 2], w.length == 0 ? 0 : w[w.length - 1], w.length, BenchCommand.stats(during));
            int checked = Math.min(40, qs.size());
            int missed = 0;
            long scanNanos = 0;
            for (int i = 0; i < checked; i++) {
                List<String> terms = SearchQuery.terms(qs.get(i));
                long s = System.nanoTime();
                Set<Integer> expected = new HashSet<>();
                for (int k = 0; k < sectionTexts.size(); k++) {
                    String t = sectionTexts.get(k);
                    if (terms.stream().allMatch(t::contains)) {
                        expected.add(k);
                    }
                }
                scanNanos += System.nanoTime() - s;
                Set<String> found = new HashSet<>();
                for (SectionHit h : repo.searchSections(qs.get(i), 10_000_000)) {
                    found.add(h.heading() + "\u0000" + h.reportId());
                }
                for (int k : expected) {
                    String t = sectionTexts.get(k);
                    if (!found.contains(t.substring(0, t.indexOf('\n')) + "\u0000" + sectionReports.get(k))) {
                        missed++;
                    }
                }
            }
            out.printf(Locale.ROOT, "completeness: %d queries compared with a plain scan of every section: %d sections missed (scan: %.0f ms per query in memory)%n",
                    checked, missed, scanNanos / 1e6 / checked);
            // the capped path the search box uses (20 hits, bounded candidates): every hit really matches,
            // as many hits as there are matches (up to 20), and heading matches first, none of them dropped
            java.util.Map<String, String> byKey = new java.util.HashMap<>();
            for (int k = 0; k < sectionTexts.size(); k++) {
                String t = sectionTexts.get(k);
                byKey.put(t.substring(0, t.indexOf('\n')) + "\u0000" + sectionReports.get(k), t);
            }
            int cappedWrong = 0;
            for (int i = 0; i < checked; i++) {
                List<String> terms = SearchQuery.terms(qs.get(i));
                int matches = 0;
                int headingMatches = 0;
                for (String t : sectionTexts) {
                    if (terms.stream().allMatch(t::contains)) {
                        matches++;
                        String heading = t.substring(0, t.indexOf('\n'));
                        if (terms.stream().allMatch(heading::contains)) {
                            headingMatches++;
                        }
                    }
                }
                List<SectionHit> hits = repo.searchSections(qs.get(i), 20);
                boolean ok = hits.size() == Math.min(20, matches);
                for (int h = 0; h < hits.size() && ok; h++) {
                    String text = byKey.get(hits.get(h).heading() + "\u0000" + hits.get(h).reportId());
                    boolean headingHit = terms.stream().allMatch(hits.get(h).heading()::contains);
                    ok = text != null && terms.stream().allMatch(text::contains) && headingHit == (h < Math.min(20, headingMatches));
                }
                if (!ok) {
                    cappedWrong++;
                    out.println("  capped path differs for " + qs.get(i) + ": " + hits.size() + " hits, " + matches + " matches, " + headingMatches + " in headings");
                }
            }
            out.printf(Locale.ROOT, "capped path (20 hits, as the search box): %d of %d queries with a false, missing or misordered hit%n",
                    cappedWrong, checked);
            missed += cappedWrong;
            if (BenchSupport.onPath("rg")) {
                long[] rg = new long[Math.min(30, qs.size())];
                for (int i = 0; i < rg.length; i++) {
                    List<String> cmd = new ArrayList<>(List.of("rg", "-l", "-F"));
                    cmd.add(SearchQuery.terms(qs.get(i)).get(0));
                    cmd.add(textDir.toString());
                    long s = System.nanoTime();
                    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    p.waitFor(60, TimeUnit.SECONDS);
                    rg[i] = System.nanoTime() - s;
                }
                out.printf(Locale.ROOT, "ripgrep -l -F over the same text in %d files (first term only, file names only): %s%n", reports, BenchCommand.stats(rg));
            } else {
                out.println("ripgrep not installed: no comparison");
            }
            return missed == 0 ? Cli.OK : Cli.FAILED;
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    /** Words of 1 to 4 common characters. */
    static String[] vocabulary(Random rnd, int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            int len = 1 + rnd.nextInt(4);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append((char) (0x4E00 + rnd.nextInt(3500)));
            }
            words[i] = sb.toString();
        }
        return words;
    }

    private static String word(Random rnd, String[] vocab) {
        // Zipf-like: small indexes are common
        double u = rnd.nextDouble();
        int i = (int) Math.min(vocab.length - 1, Math.floor(Math.pow(vocab.length, u)) - 1);
        return vocab[Math.max(0, i)];
    }

    private static String sentence(Random rnd, String[] vocab, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(word(rnd, vocab));
            if (i > 0 && i % 7 == 0 && i < words - 1) {
                sb.append('，');
            }
        }
        return sb.append('。').toString();
    }

    static Report generate(Random rnd, String[] vocab, int index, int chars) {
        Report r = new Report();
        int year = 2000 + index % 26;
        r.setTitle("第" + (index + 1) + "教育局" + year + "年工作要点");
        r.setOrganization("第" + (index + 1) + "教育局");
        r.setYear(year);
        r.setKind(index % 3 == 0 ? ReportKind.SUMMARY : ReportKind.PLAN);
        int written = 0;
        while (written < chars) {
            OutlineNode s = r.root().addChild(new OutlineNode(sentence(rnd, vocab, 3).replace("。", "")));
            for (int g = 0; g < 3 && written < chars; g++) {
                OutlineNode m = s.addChild(new OutlineNode(sentence(rnd, vocab, 4)));
                String body = sentence(rnd, vocab, 30) + sentence(rnd, vocab, 30);
                m.body().add(body);
                written += body.length() + m.heading().length();
            }
        }
        return r;
    }

    /** A query as a writer types it: a 2-4 character term, two terms, or a quoted phrase, taken from the text. */
    private static String sampleQuery(Random rnd, List<String> sections) {
        String t = sections.get(rnd.nextInt(sections.size()));
        String a = piece(rnd, t, 2 + rnd.nextInt(3));
        return switch (rnd.nextInt(3)) {
            case 0 -> a;
            case 1 -> a + " " + piece(rnd, t, 2);
            default -> "\"" + piece(rnd, t, 5) + "\"";
        };
    }

    private static String piece(Random rnd, String t, int len) {
        for (int tries = 0; tries < 50; tries++) {
            int i = rnd.nextInt(Math.max(1, t.length() - len));
            String p = t.substring(i, Math.min(t.length(), i + len));
            if (p.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) && p.length() == len) {
                return p;
            }
        }
        return t.substring(0, Math.min(2, t.length()));
    }

    /** Keeps a stored report's section texts for the plain scan and writes them to a file for ripgrep. */
    private static long record(Report b, List<String> texts, List<Long> reportIds, Path textDir) throws java.io.IOException {
        StringBuilder file = new StringBuilder();
        long chars = 0;
        for (OutlineNode n : b.allNodes()) {
            String text = n.heading() + "\n" + String.join("\n", n.body());
            texts.add(text);
            reportIds.add(b.id());
            chars += text.length();
            file.append(text).append('\n');
        }
        Files.writeString(textDir.resolve(b.id() + ".txt"), file, StandardCharsets.UTF_8);
        return chars;
    }
}

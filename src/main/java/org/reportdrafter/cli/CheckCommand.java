package org.reportdrafter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.FindingGroup;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.ReviewCopy;
import org.reportdrafter.checks.TermList;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.storage.AtomicFiles;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.TermStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "校对：列出占位符、编号、数字用法、标点、公文要素、年份等问题（同一段同类问题合为一条）。"
        + "有“错误”级问题时退出码为 3。")
final class CheckCommand implements Callable<Integer> {
    static final int HAS_ERRORS = 3;
    static final int USAGE = 2;

    @Parameters(paramLabel = "SOURCE", description = "资料库报告编号，或 .txt/.docx/.doc/.json 文件")
    String source;

    @Option(names = "--json", description = "以 JSON 数组输出（每处问题一项）")
    boolean json;

    @Option(names = "--annotate", paramLabel = "OUT.docx",
            description = "另存一份审阅稿：把每条问题作为 Word 批注标在原文相应文字上（仅限 .docx 文件；原文件不变）")
    Path annotate;

    @Option(names = "--terms", paramLabel = "FILE", description = "术语表文件（保护的名称与用词规范）；不给时用资料库中的术语表")
    Path terms;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path input = Path.of(source);
        if (annotate != null) {
            String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".docx") || !Files.isRegularFile(input)) {
                err.println("错误：审阅稿只能由 .docx 文件生成（请先用 Word 或 WPS 另存为 .docx，或用 export 导出）：" + source);
                err.flush();
                return USAGE;
            }
            if (Files.exists(annotate) && Files.isSameFile(annotate, input)) {
                err.println("错误：审阅稿不能覆盖原文件，请另选文件名：" + annotate);
                err.flush();
                return USAGE;
            }
        }
        TermList list = termList();
        List<Report> reports = Sources.load(source, library);
        List<Finding> all = new ArrayList<>();
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        for (Report r : reports) {
            List<Finding> findings = Proofreader.check(r, list);
            all.addAll(findings);
            String prefix = reports.size() > 1 ? r.title() + " › " : "";
            if (json) {
                for (Finding f : findings) {
                    ObjectNode o = array.addObject();
                    o.put("rule", f.rule());
                    o.put("severity", f.severity().code());
                    o.put("path", prefix + f.path());
                    o.put("offset", f.offset());
                    o.put("length", f.length());
                    o.put("excerpt", f.excerpt());
                    o.put("message", f.message());
                    if (f.fix() == null) {
                        o.putNull("fix");
                    } else {
                        o.put("fix", f.fix().replacement());
                    }
                }
            } else {
                for (FindingGroup g : FindingGroup.of(findings)) {
                    Finding f = g.first();
                    out.println(f.severity().displayName() + "\t" + f.rule() + "\t" + prefix + f.path() + "\t" + f.offset() + "\t"
                            + g.message() + "\t" + f.excerpt());
                }
            }
        }
        if (json) {
            out.println(ReportJson.MAPPER.writeValueAsString(array));
        }
        out.flush();
        if (annotate != null) {
            ReviewCopy.Result result;
            try (InputStream in = Files.newInputStream(input); XWPFDocument doc = new XWPFDocument(in)) {
                result = ReviewCopy.annotate(doc, all);
                AtomicFiles.writeDocument(annotate, doc::write);
            } catch (IOException e) {
                throw new ImportException("无法写出审阅稿：" + annotate + "（" + e.getMessage() + "）");
            }
            err.println("已写出审阅稿：" + annotate + "（批注 " + result.comments() + " 条）");
            err.flush();
        }
        return Proofreader.hasErrors(all) ? HAS_ERRORS : Cli.OK;
    }

    /** The --terms file, else the library's list if a library exists (a check never creates one). */
    private TermList termList() throws ImportException {
        if (terms != null) {
            try {
                return TermList.parse(Files.readString(terms));
            } catch (IOException e) {
                throw new ImportException("无法读取术语表：" + terms + "（" + e.getMessage() + "）");
            } catch (IllegalArgumentException e) {
                throw new ImportException(e.getMessage());
            }
        }
        if (!Files.isRegularFile(library.path())) {
            return TermList.EMPTY;
        }
        try (Database db = library.open()) {
            return new TermStore(db).load();
        }
    }
}

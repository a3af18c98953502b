package org.reportdrafter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportdrafter.checks.TermList;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.storage.AtomicFiles;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.TermStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The library's 术语表: list it, export it as the file an office shares, import (merge) such a file. */
@Command(name = "terms", description = "术语表：保护的名称（人名、地名、单位、项目）与用词规范。list 列出；export FILE 导出；import FILE 合并导入。")
final class TermsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTION", description = "list、export 或 import")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "导出或导入的术语表文件（UTF-8 文本）")
    Path file;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!action.equals("list") && file == null) {
            err.println("错误：" + action + " 需要给出术语表文件");
            err.flush();
            return 2;
        }
        switch (action) {
            case "list" -> {
                try (Database db = library.open()) {
                    out.print(new TermStore(db).exportText());
                }
            }
            case "export" -> {
                try (Database db = library.open()) {
                    String text = new TermStore(db).exportText();
                    AtomicFiles.writeDocument(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                }
                err.println("已导出术语表：" + file);
            }
            case "import" -> {
                String text;
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new ImportException("无法读取术语表：" + file + "（" + e.getMessage() + "）");
                }
                TermList parsed;
                try {
                    parsed = TermList.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ImportException(e.getMessage());
                }
                try (Database db = library.open()) {
                    TermList merged = new TermStore(db).importText(text);
                    err.println("已导入术语表：保护名称 " + parsed.protectedTerms().size() + " 个、用词规范 " + parsed.wordings().size()
                            + " 条；资料库现有保护名称 " + merged.protectedTerms().size() + " 个、用词规范 " + merged.wordings().size() + " 条");
                }
            }
            default -> {
                err.println("错误：不认识的操作“" + action + "”，应为 list、export 或 import");
                err.flush();
                return 2;
            }
        }
        out.flush();
        err.flush();
        return Cli.OK;
    }
}

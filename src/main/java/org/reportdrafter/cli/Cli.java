package org.reportdrafter.cli;

import java.io.PrintWriter;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the same services the app uses, without a display. Exit codes: 0 done, 1 bad
 * input or a failed operation (the library unchanged), 2 wrong usage.
 */
@Command(name = "report-drafter", mixinStandardHelpOptions = true, version = "报告起草助手 0.1",
        // every command answers --help (and -h), not only the top level
        scope = CommandLine.ScopeType.INHERIT,
        description = "报告起草助手：工作计划与工作总结的大纲编辑、资料库与公文导出。不带参数运行时启动桌面程序。",
        subcommands = {ParseCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
                DeleteCommand.class, ExportCommand.class, CheckCommand.class, TermsCommand.class, SearchCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                SkeletonCommand.class, CoverageCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(Console.out());
    }

    /** A command line with all headless commands; the app may add its own (e.g. {@code bench ui}). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        // the standard -h/-V descriptions in Chinese, like every other line of the usage
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.reportdrafter.cli.usage"));
        cl.setOut(Console.out());
        cl.setErr(Console.err());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof ImportException || ex instanceof StorageException) {
                err.println("错误：" + ex.getMessage());
            } else {
                err.println("错误：" + ex);
            }
            err.flush();
            return FAILED;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}

package org.reportdrafter.ui;

import org.reportdrafter.cli.Cli;

/**
 * Entry point of report-drafter.jar: with no arguments it starts the desktop app, with a command it
 * runs headless. It touches no JavaFX class before it knows which, so commands work without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietPoiLogging();
        if (opensApp(args)) {
            AppLauncher.launch(args);
            return;
        }
        if (args.length == 4 && args[0].equals("bench") && args[1].equals("ui") && args[2].equals("--measure")) {
            // bench ui's window process starts as the app does, without the command line's set-up
            int rc;
            try {
                rc = UiBench.measureWindow(java.nio.file.Path.of(args[3]), new java.io.PrintWriter(System.out, true));
            } catch (InterruptedException e) {
                rc = 1;
            }
            System.exit(rc);
        }
        StartPicture.close(); // a command shows no window: the launcher's start picture goes at once
        picocli.CommandLine cl = Cli.commandLine();
        // benchmarks that need the UI are added here: nothing outside ui may depend on it
        cl.getSubcommands().get("bench").addSubcommand("ui", new UiBench());
        System.exit(cl.execute(args));
    }

    /**
     * No arguments, or only documents (.docx/.doc/.txt/.json, as the file manager and the installed launcher
     * pass them): the desktop app, which imports and opens them. Anything else is a command, so the CLI is
     * unchanged: a command name never ends in one of those extensions.
     */
    static boolean opensApp(String[] args) {
        return java.util.Arrays.stream(args).allMatch(Main::isDocument);
    }

    static boolean isDocument(String arg) {
        String a = arg.toLowerCase(java.util.Locale.ROOT);
        return !a.startsWith("-") && (a.endsWith(".docx") || a.endsWith(".doc") || a.endsWith(".txt") || a.endsWith(".json"));
    }

    /** POI logs through log4j-api; without this, every command would print a missing-logger warning. */
    static void quietPoiLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "ERROR");
    }
}

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
        if (args.length == 0) {
            AppLauncher.launch(args);
            return;
        }
        picocli.CommandLine cl = Cli.commandLine();
        // benchmarks that need the UI are added here: nothing outside ui may depend on it
        cl.getSubcommands().get("bench").addSubcommand("ui", new UiBench());
        System.exit(cl.execute(args));
    }

    /** POI logs through log4j-api; without this, every command would print a missing-logger warning. */
    static void quietPoiLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "ERROR");
    }
}

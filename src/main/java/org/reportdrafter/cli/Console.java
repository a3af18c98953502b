package org.reportdrafter.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** stdout and stderr as UTF-8, whatever the system locale, so JSON and Chinese messages survive. */
final class Console {
    private Console() {
    }

    static PrintWriter out() {
        return new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), true);
    }

    static PrintWriter err() {
        return new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), true);
    }
}

package org.reportdrafter.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long this process has run, for {@code bench ui}. {@code ProcessHandle.info().startInstant()} cannot be
 * used: on Linux it adds the process's start (in ticks since boot) to the boot time that /proc/stat gives in
 * whole seconds, so every reading is too long by the same 0–1 s for as long as the machine runs (0.9 s on
 * one machine here). /proc/self/stat and /proc/uptime are both counted from the boot itself, so their
 * difference is exact to a tick (10 ms). Elsewhere the JDK's reading is all there is.
 */
final class ProcessClock {
    /** Linux's USER_HZ, the unit of /proc's times: 100 on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessClock() {
    }

    /** Milliseconds since this process started. */
    static long millisSinceStart() {
        double[] linux = readProc();
        if (linux != null) {
            return Math.round((linux[0] - linux[1]) * 1000);
        }
        return System.currentTimeMillis() - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    }

    /** CPU time this process has used, all threads, in milliseconds; -1 where /proc is not there. */
    static long cpuMillis() {
        String[] f = statFields();
        return f == null ? -1 : cpuMillis(f);
    }

    /** utime + stime of a stat line's fields, in milliseconds. */
    private static long cpuMillis(String[] f) {
        return Math.round((Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND);
    }

    /**
     * CPU time per thread so far, busiest first, as "name ms" (threads of one name summed: the compiler's and
     * the collector's); empty where /proc is not there.
     */
    static java.util.List<String> busiestThreads(int limit) {
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String s = Files.readString(task.resolve("stat"));
                    String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    byName.merge(name, cpuMillis(fields(s)), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was read: it is not counted
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
        return byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit).map(e -> e.getKey() + " " + e.getValue()).toList();
    }

    /** {uptime now, uptime at this process's start}, in seconds, or null off Linux. */
    private static double[] readProc() {
        String[] f = statFields();
        if (f == null) {
            return null;
        }
        try {
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split("\\s+")[0]);
            return new double[] {uptime, Long.parseLong(f[19]) / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The fields of /proc/self/stat after the command's name (field 3 of the man page is index 0). */
    private static String[] statFields() {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return null;
        }
        try {
            return fields(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A stat line's fields after the command's name, which is in parentheses and may hold spaces or parentheses. */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }
}

package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessClockTest {
    @Test
    void theProcessHasRunAsLongAsTheJvmSaysPlusTheLaunchersMoment() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        // the JVM's own start time is taken a moment after the process's (the launcher loads the JVM first)
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long process = ProcessClock.millisSinceStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        // /proc counts in ticks of 10 ms
        assertTrue(process >= jvmUptime - 10, process + " ms since the process's start, JVM up " + jvmUptime + " ms");
        // the JDK's ProcessHandle reading was up to a second too long on Linux; the launcher takes far less
        assertTrue(process <= jvmUptimeAfter + 400, process + " ms since the process's start, JVM up " + jvmUptimeAfter + " ms");
    }

    @Test
    void cpuTimeIsCountedOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        long before = ProcessClock.cpuMillis();
        long x = 0;
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(System.nanoTime()) + 1;
        }
        assertTrue(x > 0);
        long after = ProcessClock.cpuMillis();
        assertTrue(after - before >= 150, "CPU time grew by " + (after - before) + " ms in 200 ms of spinning");
    }
}

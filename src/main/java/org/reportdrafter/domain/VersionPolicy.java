package org.reportdrafter.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** When editing takes an automatic version: at most one per 10 minutes, and one at the start of each day. */
public final class VersionPolicy {
    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private VersionPolicy() {
    }

    public static boolean autoVersionDue(Instant last, Instant now, ZoneId zone) {
        if (last == null) {
            return true;
        }
        boolean newDay = !last.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return newDay || Duration.between(last, now).compareTo(INTERVAL) >= 0;
    }
}

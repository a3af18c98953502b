package org.reportdrafter.storage;

import java.nio.file.Path;
import java.util.Map;

/** Where the library file is: --db, else $REPORT_DRAFTER_DB, else ~/.report-drafter/library.db. */
public final class LibraryLocation {
    public static final String ENV = "REPORT_DRAFTER_DB";

    private LibraryLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(home, ".report-drafter", "library.db");
    }
}

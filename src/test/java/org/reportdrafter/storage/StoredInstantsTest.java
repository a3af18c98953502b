package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {
    @Test
    void readsWhatInstantWritesAsInstantParseDoes() {
        Random random = new Random(20261203);
        for (int k = 0; k < 20_000; k++) {
            // 1970 to 2100, with 0, 3, 6 or 9 digits of fraction as Instant.toString writes them
            long seconds = (long) (random.nextDouble() * 4_102_444_800L);
            int nanos = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String s = Instant.ofEpochSecond(seconds, nanos).toString();
            assertEquals(Instant.parse(s), StoredInstants.parse(s), s);
        }
    }

    @Test
    void otherFormsAndDaysAreTakenOrRefusedAsInstantParseDoes() {
        for (String s : List.of("2026-12-03T09:28:52Z", "2026-12-03T09:28:52.5Z", "2026-12-03T09:28:52.12345Z",
                "2024-02-29T23:59:59.999999999Z", "1999-01-01T00:00:00Z", "2026-12-31T23:59:60Z", "2026-12-03T24:00:00Z", "2026-12-03T09:28:52.Z", "+12026-01-01T00:00:00Z",
                "2026-12-03T09:28:52+08:00", "2026-12-03t09:28:52z")) {
            Instant expected;
            try {
                expected = Instant.parse(s);
            } catch (DateTimeParseException e) {
                assertThrows(DateTimeParseException.class, () -> StoredInstants.parse(s), s);
                continue;
            }
            assertEquals(expected, StoredInstants.parse(s), s);
        }
        for (String bad : List.of("2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-12-03T09:61:00Z",
                "2026-12-03T09:28:52.1234567890Z", "２０２６-12-03T09:28:52Z", "2026-12-03 09:28:52Z", "")) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(bad), "Instant.parse takes " + bad);
            assertThrows(DateTimeParseException.class, () -> StoredInstants.parse(bad), bad);
        }
    }
}

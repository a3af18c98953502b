package org.reportdrafter.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The library stores times as {@link Instant#toString()} writes them. Reading the ten thousand of a large
 * library's list with {@link Instant#parse} was most of the time the list took at the start; this reads that
 * one form directly and leaves anything else (and any doubt) to {@code Instant.parse}.
 */
final class StoredInstants {
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private StoredInstants() {
    }

    /** As {@link Instant#parse}, for the same strings and with the same exceptions. */
    static Instant parse(String s) {
        int n = s.length();
        // uuuu-MM-ddTHH:mm:ss[.f…]Z
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && (s.charAt(19) != '.' || n == 21))) {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = n > 20 ? digits(s, 20, n - 1) * POWERS[9 - (n - 21)] : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || nanos < 0) {
            return Instant.parse(s); // not digits, or a leap second: as Instant.parse takes it or refuses it
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(s); // no such day: Instant.parse's own message
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The number the characters from..to-1 write, or -1 if one is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

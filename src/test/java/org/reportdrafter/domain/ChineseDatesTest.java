package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void writtenAsAnOfficialDocumentWritesIt() {
        assertEquals("2026年12月15日", ChineseDates.format(LocalDate.of(2026, 12, 15)));
        assertEquals("2027年1月5日", ChineseDates.format(LocalDate.of(2027, 1, 5)));
    }

    @Test
    void readAsClerksTypeIt() {
        LocalDate d = LocalDate.of(2027, 1, 5);
        for (String typed : new String[] {"2027年1月5日", "2027年01月05日", " 2027-01-05 ", "2027/1/5", "2027.1.5", "２０２７年１月５日", "2027年1月5", "二〇二七年一月五日", "二○二七年一月五日"}) {
            assertEquals(Optional.of(d), ChineseDates.parse(typed), typed);
        }
    }

    @Test
    void aDayThatDoesNotExistOrTextIsNoDate() {
        for (String typed : new String[] {"2026年2月30日", "2026年13月1日", "明年元旦", "", "2026年", "12月15日"}) {
            assertEquals(Optional.empty(), ChineseDates.parse(typed), typed);
        }
        assertEquals(Optional.empty(), ChineseDates.parse(null));
    }
}

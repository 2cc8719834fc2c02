package org.rawabit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 11, 24));

    private static DateExpressions.Found only(String text, Optional<LocalDate> ref) {
        List<DateExpressions.Found> found = DateExpressions.find(text, ref);
        assertEquals(1, found.size(), () -> "dates in '" + text + "': " + found);
        return found.get(0);
    }

    @Test
    void rangeWithLevantineAndEgyptianDoubleMonthNameTakesYearFromPublication() {
        String text = "تعقد الدورة بين 24 و27 تشرين الثاني/نوفمبر في مراكش";
        DateExpressions.Found f = only(text, PUBLISHED);
        assertEquals("2025-11-24", f.first().lexical());
        assertEquals("2025-11-27", f.last().lexical());
        assertEquals("بين 24 و27 تشرين الثاني/نوفمبر", text.substring(f.begin(), f.end()));
    }

    @Test
    void maghrebiRangeWithExplicitYear() {
        DateExpressions.Found f = only("انعقدت من 4 إلى 7 نونبر 2024 بغلاسكو", Optional.empty());
        assertEquals("2024-11-04", f.first().lexical());
        assertEquals("2024-11-07", f.last().lexical());
    }

    @Test
    void relativeMonthUsesThePublicationDate() {
        DateExpressions.Found f = only("من 24 إلى 27 نونبر الجاري", PUBLISHED);
        assertEquals("2025-11-24", f.first().lexical());
        assertEquals("2025-11-27", f.last().lexical());
    }

    @Test
    void missingYearWithoutPublicationDateIsNotGuessed() {
        assertTrue(DateExpressions.find("يوم 24 نوفمبر", Optional.empty()).isEmpty());
    }

    @Test
    void singleDaysNumericDatesMonthsAndYears() {
        assertEquals("2025-11-24", only("الاثنين ٢٤ نونبر ٢٠٢٥", Optional.empty()).first().lexical());
        assertEquals("2025-11-24", only("نشر يوم 24 - 11 - 2025", Optional.empty()).first().lexical());
        DateExpressions.Found month = only("في نوفمبر 2024", Optional.empty());
        assertEquals("gYearMonth", month.first().xsdType());
        assertEquals("2024-11", month.first().lexical());
        DateExpressions.Found year = only("تأسست سنة 1923", Optional.empty());
        assertEquals("gYear", year.first().xsdType());
        assertEquals("1923", year.first().lexical());
    }

    @Test
    void impossibleDatesAreRejected() {
        assertTrue(DateExpressions.find("يوم 31 فبراير 2025", Optional.empty()).isEmpty());
    }

    @Test
    void monthNamesInsideOtherWordsAreNotDates() {
        // "اب" (August, Levantine) must not match inside "ابناء"
        assertTrue(DateExpressions.find("له 5 ابناء", Optional.empty()).isEmpty());
    }
}

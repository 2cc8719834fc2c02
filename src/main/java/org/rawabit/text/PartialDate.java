package org.rawabit.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date known to the day, the month or only the year ({@code 0} marks an unknown part);
 * maps to xsd:date, xsd:gYearMonth or xsd:gYear.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day > 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) LocalDate.of(year, month, day); // rejects 31 February and the like
    }

    public static Optional<PartialDate> tryOf(int year, int month, int day) {
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Lexical form in the XSD type that fits the precision. */
    public String lexical() {
        if (day > 0) return String.format("%04d-%02d-%02d", year, month, day);
        if (month > 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d", year);
    }

    /** Local name of the XSD datatype: date, gYearMonth or gYear. */
    public String xsdType() {
        return day > 0 ? "date" : month > 0 ? "gYearMonth" : "gYear";
    }

    public Optional<LocalDate> toLocalDate() {
        return day > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    @Override
    public int compareTo(PartialDate o) {
        return java.util.Comparator.comparingInt(PartialDate::year).thenComparingInt(PartialDate::month)
                .thenComparingInt(PartialDate::day).compare(this, o);
    }

    @Override
    public String toString() {
        return lexical();
    }
}

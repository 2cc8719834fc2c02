package org.rawabit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArabicOrdinalsTest {
    private static int value(String s) {
        return ArabicOrdinals.parseAtStart(ArabicNormaliser.normalise(s)).value();
    }

    @Test
    void digitsAndWords() {
        assertEquals(93, value("الـ93"));
        assertEquals(92, value("الثانية والتسعين"));
        assertEquals(93, value("الثالثة والتسعون"));
        assertEquals(11, value("الحادية عشرة"));
        assertEquals(20, value("العشرين"));
        assertEquals(1, value("الأولى"));
        assertEquals(100, value("المائة"), "hamza on ya folds: مائة and مئة are both 100");
        assertEquals(100, value("المئة"));
    }

    @Test
    void ordinaryWordsAreNotOrdinals() {
        assertNull(ArabicOrdinals.parseAtStart(ArabicNormaliser.normalise("العادية")));
    }
}

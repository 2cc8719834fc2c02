package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;

/**
 * Family names spelt like titles (title-surnames.txt): after a given name, with no name after them, they end the
 * person's name; before a name they stay titles. Sentences written for this test, real CoreNLP models.
 */
class TitleSurnamesTest {

    @Test
    void aTitleAfterAGivenNameWithNoNameAfterItIsTheFamilyName() {
        List<Mention> ms = TestArticles.mentions("ورجحت سعاد السيد، الباحثة في مركز الأهرام للدراسات، تراجع الأسعار، "
                + "وعين المجلس القاضي جورج الحاج رئيسا للغرفة.");
        assertTrue(hasMention(ms, MentionType.PER, "سعاد السيد"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "جورج الحاج"), ms.toString());
    }

    @Test
    void beforeANameTheWordStaysATitle() {
        List<Mention> ms = TestArticles.mentions("واستقبل الوزير السيد كمال الراشدي في مكتبه.");
        assertTrue(hasMention(ms, MentionType.PER, "كمال الراشدي"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("السيد")), ms.toString());
    }
}

package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;

/**
 * Family names read as other words: titles (title-surnames.txt), which after a given name, with no name after them, end
 * the person's name (before a name they stay titles); foreign names starting with و, which the segmenter takes for the
 * conjunction. Sentences written for this test, real CoreNLP models.
 */
class FamilyNamesReadAsOtherWordsTest {

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

    @Test
    void aForeignFamilyNameStartingWithWawIsNoConjunction() {
        List<Mention> ms = TestArticles.mentions("وحضر التوقيع السفير البريطاني في الرباط سايمون ووكر اليوم، فيما التقى الوزير محمد ووليد "
                + "في المساء.");
        assertTrue(hasMention(ms, MentionType.PER, "سايمون ووكر"), ms.toString());
        // "ووليد" is "and Walid", a second person
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("محمد ووليد")), ms.toString());
    }
}

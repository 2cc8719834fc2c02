package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.MentionType;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;

/**
 * A meeting of several states' ministers, each named "وزير الداخلية ب…" with his state after the post: each ministry read
 * off a minister is that state's, not one "وزارة الداخلية" of the article (sentences written for this test).
 */
class MinistriesOfSeveralStatesTest {
    private static final Pipeline PIPELINE = Pipeline.standard(KnowledgeBase.bundled(), List.of(new ModelMentionFinder()));

    @Test
    void eachMinistersMinistryIsHisStatesAndNoLongerBodyTakesThemAll() {
        String text = "وشارك في الاجتماع الشيخ خالد بن حمد وزير الداخلية بمملكة البحرين، والسيد سعيد بن حمود وزير الداخلية "
                + "بسلطنة عمان، والشيخ فهد بن ناصر وزير الداخلية بدولة قطر. وأعلنت وزارة الداخلية بمملكة البحرين استضافة الاجتماع المقبل.";
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("ministries", text, null));
        List<String> ministries = rd.mentions().stream().filter(l -> l.mention().type() == MentionType.ORG
                && l.mention().surface().endsWith("الداخلية")).map(l -> l.entityId().orElseThrow()).toList();
        assertEquals(List.of("org-bh-interior-ministry", "org-om-interior-ministry", "org-qa-interior-ministry", "org-bh-interior-ministry"),
                ministries, rd.mentions().toString());
        // the body named in full is the minister's state's, without "بمملكة البحرين" in its name
        LinkedMention named = rd.mentions().stream().filter(l -> l.mention().surface().equals("وزارة الداخلية")).findFirst().orElseThrow();
        assertEquals("org-bh-interior-ministry", named.entityId().orElseThrow());
        assertNotEquals(ministries.get(0), ministries.get(1));
    }

    @Test
    void aCompanyNamedWithoutItsHeadNounIsTheCompanyTheArticleNamesWithIt() {
        // "«أوريدو»" is "مجموعة أوريدو" of the same article; its general assembly is that company's, not the central bank's
        String text = "أعلنت مجموعة أوريدو أرباحها السنوية، وأوضحت أن البنك المركزي القطري وافق على التوزيعات. "
                + "وارتفع سهم «أوريدو» أمس، وتعقد الجمعية العامة اجتماعها في مارس.";
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("brand", text, null));
        List<String> ids = rd.mentions().stream().filter(l -> l.mention().type() == MentionType.ORG && l.mention().surface().contains("أوريدو"))
                .map(l -> l.entityId().orElseThrow()).distinct().toList();
        assertEquals(1, ids.size(), rd.mentions().toString());
    }
}

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
}

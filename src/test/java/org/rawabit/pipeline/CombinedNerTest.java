package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;

/** The default pipeline combines the knowledge base and rules with the shipped statistical model. */
class CombinedNerTest {
    private static final Pipeline PIPELINE = Pipeline.standard(KnowledgeBase.bundled(), List.of(new ModelMentionFinder()));

    @Test
    void peopleWithNoTitleNoKnownGivenNameAndNoKnowledgeBaseEntryAreFound() {
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article(
                "أشادت فرانسيسكا بوستين بجهود المغرب في مجال التعاون الأمني، وأكد عبدالنبي صبري أن الشراكة تتطور."));
        List<Mention> people = rd.mentions().stream().map(LinkedMention::mention).filter(m -> m.type() == MentionType.PER).toList();
        assertTrue(people.stream().anyMatch(m -> m.surface().equals("فرانسيسكا بوستين") && m.finder().equals(ModelMentionFinder.NAME)),
                people.toString());
        assertTrue(people.stream().anyMatch(m -> m.surface().equals("عبدالنبي صبري")), people.toString());
    }

    @Test
    void theKnowledgeBaseKeepsIdentityWhereTheModelAgrees() {
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("وصل وفد الإنتربول إلى مراكش قادما من ليون."));
        assertEquals(List.of("org-interpol", "city-ma-marrakesh", "city-fr-lyon"), rd.mentions().stream()
                .filter(l -> l.mention().type() != MentionType.DATE).map(l -> l.entityId().orElse("?")).toList());
    }

    @Test
    void aGivenNameWhoseFirstLetterLooksLikeAPrepositionKeepsIt() {
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article(
                "واستقبل العاهل الإسباني في مدريد رئيس الوزراء البرتغالي بيدرو كوستا، ثم التقى الرئيس البرازيلي لويس لولا."));
        List<String> people = rd.mentions().stream().map(LinkedMention::mention).filter(m -> m.type() == MentionType.PER)
                .map(Mention::surface).toList();
        assertTrue(people.stream().anyMatch(p -> p.startsWith("بيدرو")), people.toString());
        assertTrue(people.stream().noneMatch(p -> p.startsWith("يدرو")), people.toString());
    }

    @Test
    void aModelsNameInsideAKnownCompanysIsNoSecondEntity() {
        // "بي بي" starts with the letter ba, not the preposition: the company's name is no seat after "ب"
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("ووقعت الحكومة عقدا مع شركة بي بي لتطوير حقل الغاز البحري."));
        List<LinkedMention> orgs = rd.mentions().stream().filter(l -> l.mention().type() == MentionType.ORG).toList();
        assertEquals(List.of("org-co-bp"), orgs.stream().map(l -> l.entityId().orElse("?")).toList(), orgs.toString());
    }

    @Test
    void floodsWithTheirAdjectiveAreNoPlaceOfTheModels() {
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("وحذر الدفاع المدني من سيول جارفة في الأودية، وجرفت السيول عشرات المنازل."));
        assertTrue(rd.mentions().stream().noneMatch(l -> l.mention().type() == MentionType.LOC && l.mention().surface().contains("سيول")),
                rd.mentions().toString());
    }

    @Test
    void inFavourOfIsNoPartOfTheNameTheModelFinds() {
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article(
                "وتقدم النائب خليل عطية الزعبي بطلب، وصوت نواب حزب جبهة العمل الإسلامي لصالح الزعبي في الجولة الثانية."));
        List<String> people = rd.mentions().stream().map(LinkedMention::mention).filter(m -> m.type() == MentionType.PER)
                .map(Mention::surface).toList();
        assertTrue(people.stream().noneMatch(p -> p.contains("صالح")), people.toString());
    }

    @Test
    void aGivenNameSpeltWithTheArticleAfterAPostIsTheHoldersNotThePosts() {
        // "الصادق" (also "the truthful") right after the post opens the holder's name; the post does not take it as its adjective
        ResolvedDocument rd = PIPELINE.resolve(TestArticles.article("وقال وزير العدل الصادق شعبان إن القانون جاهز."));
        List<String> people = rd.mentions().stream().map(LinkedMention::mention).filter(m -> m.type() == MentionType.PER)
                .map(Mention::surface).toList();
        assertTrue(people.contains("الصادق شعبان"), people.toString());
    }
}

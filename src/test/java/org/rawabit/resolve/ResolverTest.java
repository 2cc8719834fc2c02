package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.MentionType;

class ResolverTest {
    static ResolvedDocument resolve(String text) {
        return TestArticles.resolve(text);
    }

    static String idOf(ResolvedDocument rd, MentionType type, String surface) {
        return rd.mentions().stream().filter(l -> l.mention().type() == type && l.mention().surface().equals(surface))
                .map(l -> l.entityId().orElseThrow()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + surface + " in " + rd.mentions()));
    }

    @Test
    void fullNameSurnameTitleAndCliticFormsAreOnePerson() {
        ResolvedDocument rd = resolve("استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني، الوفد. وقال السيد حموشي إن التعاون مهم. "
                + "وأشاد الوفد بجهود المدير العام عبداللطيف حموشي.");
        String full = idOf(rd, MentionType.PER, "عبد اللطيف حموشي");
        assertEquals(full, idOf(rd, MentionType.PER, "حموشي"));
        assertEquals(full, idOf(rd, MentionType.PER, "عبداللطيف حموشي"));
        Entity e = rd.entities().stream().filter(x -> x.id().equals(full)).findFirst().orElseThrow();
        assertEquals("عبد اللطيف حموشي", e.label());
    }

    @Test
    void peopleSharingASurnameStayApart() {
        ResolvedDocument rd = resolve("التقى السيد محمد الدخيسي بالسيد أحمد الدخيسي في الرباط. وقال الدخيسي إن اللقاء مثمر.");
        assertNotEquals(idOf(rd, MentionType.PER, "محمد الدخيسي"), idOf(rd, MentionType.PER, "أحمد الدخيسي"));
        String lone = idOf(rd, MentionType.PER, "الدخيسي");
        assertNotEquals(lone, idOf(rd, MentionType.PER, "محمد الدخيسي"), "an ambiguous surname is not guessed");
    }

    @Test
    void knownEntitiesTakeTheirKnowledgeBaseIdAndAllVariantsAgree() {
        ResolvedDocument rd = resolve("عقدت المنظمة الدولية للشرطة الجنائية (الإنتربول) اجتماعا بمراكش، وقالت منظمة الشرطة الجنائية الدولية إن أنتربول يضم 196 دولة.");
        assertEquals("org-interpol", idOf(rd, MentionType.ORG, "المنظمة الدولية للشرطة الجنائية"));
        assertEquals("org-interpol", idOf(rd, MentionType.ORG, "الإنتربول"));
        assertEquals("org-interpol", idOf(rd, MentionType.ORG, "منظمة الشرطة الجنائية الدولية"));
        assertEquals("org-interpol", idOf(rd, MentionType.ORG, "أنتربول"));
        assertEquals("city-ma-marrakesh", idOf(rd, MentionType.LOC, "مراكش"));
    }

    @Test
    void numberedSessionsAreDistinctEventsAndShortFormsJoinTheirSession() {
        ResolvedDocument rd = resolve("افتتحت الدورة الـ93 للجمعية العامة للإنتربول بمراكش، بعد عام من الدورة الـ92 التي احتضنتها غلاسكو. "
                + "وتعد جمعيته العامة الـ93 الأكبر.");
        String e93 = idOf(rd, MentionType.EVENT, "الدورة الـ93 للجمعية العامة للإنتربول");
        String e92 = idOf(rd, MentionType.EVENT, "الدورة الـ92");
        assertNotEquals(e93, e92);
        assertEquals(e93, idOf(rd, MentionType.EVENT, "جمعيته العامة الـ93"));
        assertNumberedEventOf(rd, e92, 92, "org-interpol");
    }

    static void assertNumberedEventOf(ResolvedDocument rd, String eventId, int number, String organiserId) {
        Entity.EventDetails ev = rd.entities().stream().filter(x -> x.id().equals(eventId)).findFirst().orElseThrow().event().orElseThrow();
        assertEquals(Optional.of(number), ev.ordinal());
        assertEquals(Optional.of(organiserId), ev.organiserId());
    }

    @Test
    void aNumberedEventWithoutOrganiserBelongsToItsArticleOnly() {
        String text = "افتتحت الدورة الـ12 للمؤتمر بمدينة فاس، ويشارك في الدورة الـ12 خبراء من عدة دول.";
        ResolvedDocument a = TestArticles.resolve("article-a", text), b = TestArticles.resolve("article-b", text);
        String inA = idOf(a, MentionType.EVENT, "الدورة الـ12 للمؤتمر");
        assertEquals(inA, idOf(a, MentionType.EVENT, "الدورة الـ12"), "within one article the two mentions are one event");
        assertNotEquals(inA, idOf(b, MentionType.EVENT, "الدورة الـ12 للمؤتمر"), "nothing says the two articles' 12th conferences are one");
        ResolvedDocument known = TestArticles.resolve("article-c", "افتتحت الدورة الـ93 للجمعية العامة للإنتربول بمراكش.");
        assertEquals(idOf(resolve("افتتحت الدورة الـ93 للجمعية العامة للإنتربول بمراكش."), MentionType.EVENT, "الدورة الـ93 للجمعية العامة للإنتربول"),
                idOf(known, MentionType.EVENT, "الدورة الـ93 للجمعية العامة للإنتربول"), "an organiser's numbered event is one across articles");
    }

    @Test
    void anOrganisersRegionalConferencesAreDistinctByTheirAdjectives() {
        ResolvedDocument rd = resolve("انطلقت بالدار البيضاء أشغال الدورة الـ26 للمؤتمر الإقليمي الإفريقي للإنتربول، "
                + "بعد أشهر من انعقاد المؤتمر الإقليمي الأوروبي الـ26 للإنتربول في لشبونة. ويناقش المؤتمر الـ26 الجريمة الإلكترونية.");
        String african = idOf(rd, MentionType.EVENT, "الدورة الـ26 للمؤتمر الإقليمي الإفريقي للإنتربول");
        String european = idOf(rd, MentionType.EVENT, "المؤتمر الإقليمي الأوروبي الـ26 للإنتربول");
        assertNotEquals(african, european);
        assertTrue(african.startsWith("evt-org-interpol-conference-"), african);
        assertNumberedEventOf(rd, european, 26, "org-interpol");
        ResolvedDocument other = TestArticles.resolve("other", "واختتمت أشغال الدورة الـ26 للمؤتمر الإقليمي الأفريقي للإنتربول.");
        assertEquals(african, idOf(other, MentionType.EVENT, "الدورة الـ26 للمؤتمر الإقليمي الأفريقي للإنتربول"),
                "the same conference in another article, spelt الأفريقي");
    }

    @Test
    void aDescriptionFollowedByAKnownAcronymIsThatEntity() {
        ResolvedDocument rd = resolve("وتربطها علاقات تعاون مع مديرية الأمن الفيدرالي الروسي (FSB) بموسكو.");
        assertEquals("org-ru-fsb", idOf(rd, MentionType.ORG, "مديرية الأمن الفيدرالي الروسي"));
    }

    @Test
    void joinedSpellingsAgreeAndTheMaghrebIsNotMorocco() {
        ResolvedDocument rd = resolve("زار الوفد الدار البيضاء ثم عاد إلى الدارالبيضاء، وناقش التعاون في منطقة المغرب العربي مع المغرب.");
        assertEquals("city-ma-casablanca", idOf(rd, MentionType.LOC, "الدار البيضاء"));
        assertEquals("city-ma-casablanca", idOf(rd, MentionType.LOC, "الدارالبيضاء"));
        assertEquals("country-MA", idOf(rd, MentionType.LOC, "المغرب"));
        assertNotEquals("country-MA", idOf(rd, MentionType.LOC, "منطقة المغرب العربي"));
    }

    static Entity entity(ResolvedDocument rd, String id) {
        return rd.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void organsBelongToTheOrganisationTheArticleIsAbout() {
        ResolvedDocument rd = resolve("افتتحت في روما الدورة الـ95 للجمعية العامة للإنتربول. وقال رئيس الإنتربول إن أشغال الجمعية العامة "
                + "للإنتربول تستمر أربعة أيام، وإن اللجنة التنفيذية ستجتمع غدا مع الأمانة العامة للمنظمة.");
        assertEquals("اللجنة التنفيذية للإنتربول", entity(rd, idOf(rd, MentionType.ORG, "اللجنة التنفيذية")).label());
        assertEquals("الأمانة العامة للإنتربول", entity(rd, idOf(rd, MentionType.ORG, "الأمانة العامة للمنظمة")).label());
        // the proceedings of the General Assembly are its one session the article names
        assertEquals(idOf(rd, MentionType.EVENT, "الدورة الـ95 للجمعية العامة للإنتربول"),
                idOf(rd, MentionType.EVENT, "الجمعية العامة للإنتربول"));
        // without an organisation to belong to, a bare organ names nothing
        ResolvedDocument alone = resolve("وعقدت اللجنة التنفيذية اجتماعها الأسبوعي أمس.");
        assertTrue(alone.mentions().stream().filter(l -> l.mention().surface().equals("اللجنة التنفيذية"))
                .allMatch(l -> l.entityId().isEmpty()), alone.mentions().toString());
    }

    @Test
    void anAcronymInQuotesAfterAnOrganisationIsTheSameOrganisation() {
        ResolvedDocument rd = resolve("وحضرت منظمة الشرطة الجنائية الإفريقية \"أفريبول\" الاجتماع في الجزائر.");
        assertEquals("org-afripol", idOf(rd, MentionType.ORG, "منظمة الشرطة الجنائية الإفريقية"));
    }

    @Test
    void aDirectorsPostLinksTheBodyTheKnowledgeBaseKnows() {
        ResolvedDocument rd = resolve("وأشرف المدير العام لمراقبة التراب الوطني والمدير العام للأمن الوطني على التخرج.");
        assertEquals("org-ma-dgsn", idOf(rd, MentionType.ORG, "للأمن الوطني"));
    }

    @Test
    void theNextSessionIsCountedFromTheDatedOneTheArticleNamesElseItIsItsOwnEvent() {
        ResolvedDocument rd = resolve("شارك الوزير في أشغال الدورة الـ40 لمجلس وزراء الداخلية العرب بتونس في مارس 2023. "
                + "وتستعد الجزائر لاحتضان الدورة المقبلة لمجلس وزراء الداخلية العرب في مارس 2024.");
        String next = idOf(rd, MentionType.EVENT, "الدورة المقبلة لمجلس وزراء الداخلية العرب");
        assertTrue(next.endsWith("-session-41"), next);
        assertEquals(next, idOf(resolve("افتتحت الدورة الـ41 لمجلس وزراء الداخلية العرب."), MentionType.EVENT,
                "الدورة الـ41 لمجلس وزراء الداخلية العرب"), "the 41st session of every article");
        // the organ named around its organisation ("لجمعية الإنتربول العامة"), no dates to count by: an event of its own
        ResolvedDocument undated = resolve("حضر الوفد الدورة الـ92 للجمعية العامة للإنتربول. وستحتضن سانتياغو الدورة القادمة لجمعية الإنتربول العامة.");
        String own = idOf(undated, MentionType.EVENT, "الدورة القادمة لجمعية الإنتربول العامة");
        assertNotEquals(idOf(undated, MentionType.EVENT, "الدورة الـ92 للجمعية العامة للإنتربول"), own);
        assertTrue(!own.endsWith("-93") && !own.endsWith("-92"), own);
        Entity.EventDetails ev = undated.entities().stream().filter(x -> x.id().equals(own)).findFirst().orElseThrow().event().orElseThrow();
        assertEquals(Optional.of("org-interpol"), ev.organiserId());
        assertEquals("general-assembly", ev.kind());
    }

    @Test
    void anAnniversaryIsAnEventNamedByWhatItCommemorates() {
        ResolvedDocument rd = resolve("وحضر الوزير احتفالات الذكرى 150 لتأسيس البريد التونسي في العاصمة، قبل الذكرى الخمسين لتأسيس الجامعة الوطنية.");
        String a = idOf(rd, MentionType.EVENT, "الذكرى 150 لتأسيس البريد التونسي");
        String b = idOf(rd, MentionType.EVENT, "الذكرى الخمسين لتأسيس الجامعة الوطنية");
        assertNotEquals(a, b);
        assertEquals("الذكرى 150 لتأسيس البريد التونسي", rd.entities().stream().filter(x -> x.id().equals(a)).findFirst().orElseThrow().label());
    }

    @Test
    void anOfficeEveryStateHasIsOneNodePerArticleUnlessAnAdjectiveSaysWhose() {
        ResolvedDocument cairo = TestArticles.resolve("cairo", "وصل وزير الداخلية إلى القاهرة صباح الأحد، والتقى وزير الصحة لبحث خطة الطوارئ.");
        ResolvedDocument tunis = TestArticles.resolve("tunis", "أعلن وزير الداخلية في تونس، أمس، عن خطة جديدة، وقال وزير الصحة إن المستشفيات جاهزة.");
        // bare, the office is a different one in each article, known or minted from its name
        assertNotEquals(idOf(cairo, MentionType.POST, "وزير الداخلية"), idOf(tunis, MentionType.POST, "وزير الداخلية"));
        assertNotEquals(idOf(cairo, MentionType.POST, "وزير الصحة"), idOf(tunis, MentionType.POST, "وزير الصحة"));
        assertEquals("وزير الداخلية", entity(cairo, idOf(cairo, MentionType.POST, "وزير الداخلية")).label());

        // a nationality adjective makes it that country's, the same in every article, and apart from another country's
        ResolvedDocument one = TestArticles.resolve("one", "استقبل وزير الداخلية السعودي نظيره الكويتي في الرياض.");
        ResolvedDocument two = TestArticles.resolve("two", "وقع وزير الداخلية السعودي ووزير الداخلية العراقي مذكرة تفاهم في بغداد.");
        String saudi = idOf(one, MentionType.POST, "وزير الداخلية السعودي");
        assertEquals(saudi, idOf(two, MentionType.POST, "وزير الداخلية السعودي"));
        assertNotEquals(saudi, idOf(two, MentionType.POST, "وزير الداخلية العراقي"));
        Entity e = entity(one, saudi);
        assertEquals("وزير الداخلية السعودي", e.label());
        assertTrue(e.labelEn().orElse("").contains("Saudi Arabia"), e.labelEn().toString());
    }

    @Test
    void anAmbassadorTakesTheAdjectivesArticleAndAMinistryItsCountry() {
        ResolvedDocument a = TestArticles.resolve("a", "حضر السفير الأمريكي حفل الافتتاح، كما حضرت وزارة الصحة العراقية عبر ممثلها.");
        ResolvedDocument b = TestArticles.resolve("b", "وأصدرت وزارة الصحة العراقية بيانا، فيما غاب السفير الأمريكي عن الاجتماع.");
        String ambassador = idOf(a, MentionType.POST, "السفير الأمريكي");
        assertEquals(ambassador, idOf(b, MentionType.POST, "السفير الأمريكي"));
        assertEquals("السفير الأمريكي", entity(a, ambassador).label());
        assertEquals(idOf(a, MentionType.ORG, "وزارة الصحة العراقية"), idOf(b, MentionType.ORG, "وزارة الصحة العراقية"));
        // a specific office of the knowledge base is never scoped
        ResolvedDocument c = TestArticles.resolve("c", "وقال المدير العام للأمن الوطني إن التعاون مستمر.");
        assertEquals("post-dgsn-director-general", idOf(c, MentionType.POST, "المدير العام للأمن الوطني"));
    }

    @Test
    void aNameFoundWithTheGenitiveLamGluedOnIsNamedWithItsArticle() {
        ResolvedDocument rd = resolve("وأكد المدير العام للاستعلامات التركية أن التعاون الأمني مستمر.");
        Entity body = rd.entities().stream().filter(e -> e.type() == MentionType.ORG).findFirst()
                .orElseThrow(() -> new AssertionError(rd.entities().toString()));
        assertEquals("الاستعلامات التركية", body.label());
        assertTrue(body.altLabels().contains("للاستعلامات التركية"), body.altLabels().toString());
        // and with a conjunction before it
        ResolvedDocument and = resolve("وقدمت الجمعية الدعم للهيئة الوطنية للإغاثة وللمنظمة العربية للتنمية الزراعية.");
        assertTrue(and.entities().stream().anyMatch(e -> e.label().equals("المنظمة العربية للتنمية الزراعية")), and.entities().toString());
        assertTrue(and.entities().stream().noneMatch(e -> e.label().startsWith("و")), and.entities().toString());
    }
    @Test
    void aSessionOfABodyWhoseNameStartsWithLamIsWrittenWithTwoLams() {
        assertEquals("للجنة الأولمبية", Resolver.genitive("اللجنة الأولمبية"));
        assertEquals("للإنتربول", Resolver.genitive("الإنتربول"));
        assertEquals("لأفريبول", Resolver.genitive("أفريبول"));
        ResolvedDocument rd = TestArticles.resolve("وعقدت اللجنة الدولية للصليب الأحمر دورتها الخامسة في جنيف.");
        assertTrue(rd.entities().stream().noneMatch(e -> e.label().contains("للل")), rd.entities().toString());
    }
}

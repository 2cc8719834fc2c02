package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;

/**
 * Spans, false entities and identity through the default pipeline (knowledge base, rules and the
 * statistical model), on sentences written for these tests.
 */
class SpansAndIdentityTest {
    private static final Pipeline PIPELINE = Pipeline.standard(KnowledgeBase.bundled(), List.of(new ModelMentionFinder()));

    private static ResolvedDocument resolve(String text) {
        return resolve("test", text);
    }

    private static ResolvedDocument resolve(String id, String text) {
        return PIPELINE.resolve(TestArticles.article(id, text, null));
    }

    private static List<Mention> entities(ResolvedDocument rd) {
        return rd.mentions().stream().map(LinkedMention::mention).filter(m -> m.type().isEntity()).toList();
    }

    private static String idOf(ResolvedDocument rd, MentionType type, String surface) {
        return rd.mentions().stream().filter(l -> l.mention().type() == type && l.mention().surface().equals(surface))
                .map(l -> l.entityId().orElseThrow()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + surface + "' in " + entities(rd)));
    }

    private static void noEntityCovering(ResolvedDocument rd, String word) {
        int at = rd.doc().text().indexOf(word);
        assertTrue(at >= 0, word);
        assertTrue(entities(rd).stream().noneMatch(m -> m.begin() < at + word.length() && at < m.end()),
                "'" + word + "' is inside " + entities(rd));
    }

    // ---- spans ---------------------------------------------------------------------------------

    @Test
    void aMonthIsNeverGluedToTheNameAfterIt() {
        ResolvedDocument rd = resolve("وفي الثالث من نونبر كريستينا مارتينيز ترأست الاجتماع الأمني في مدريد.");
        idOf(rd, MentionType.PER, "كريستينا مارتينيز");
        noEntityCovering(rd, "نونبر");
    }

    @Test
    void thePrepositionOfAContractedArticleIsNotPartOfThePlace() {
        ResolvedDocument rd = resolve("ويعد المغرب شريكا استراتيجيا للولايات المتحدة وأوروبا في مكافحة الإرهاب.");
        assertEquals("country-US", idOf(rd, MentionType.LOC, "للولايات المتحدة"));
        assertTrue(entities(rd).stream().filter(m -> m.type() == MentionType.LOC).allMatch(m -> m.kbId().isPresent()), entities(rd).toString());
    }

    @Test
    void aGoverningNounIsNotPartOfThePersonItGoverns() {
        ResolvedDocument rd = resolve("وتعمل الأجهزة تحت قيادة عبد اللطيف حموشي على تطوير التعاون، وشارك وفد بقيادة محمد الدخيسي في اللقاء.");
        idOf(rd, MentionType.PER, "عبد اللطيف حموشي");
        idOf(rd, MentionType.PER, "محمد الدخيسي");
        assertTrue(entities(rd).stream().noneMatch(m -> m.type() == MentionType.ORG), entities(rd).toString());
    }

    @Test
    void aPlaceThenBAndAPlaceAreTwoPlacesTheFirstInTheSecond() {
        ResolvedDocument rd = resolve("وانعقد المؤتمر في مانشستر بإنجلترا، ثم انتقل الخبراء إلى مدينة إدنبرة باسكتلندا.");
        String manchester = idOf(rd, MentionType.LOC, "مانشستر");
        assertEquals("city-gb-manchester", manchester);
        assertEquals("region-gb-scotland", idOf(rd, MentionType.LOC, "اسكتلندا"));
        idOf(rd, MentionType.LOC, "إدنبرة");
        Mention edinburgh = entities(rd).stream().filter(m -> m.surface().equals("إدنبرة")).findFirst().orElseThrow();
        MentionValue.Within within = (MentionValue.Within) edinburgh.value().orElseThrow();
        assertEquals("اسكتلندا", rd.doc().text().substring(within.container().begin(), within.container().end()));

        Model rdf = PIPELINE.toRdf(rd);
        var in = rdf.createProperty(Vocab.SCHEMA + "containedInPlace");
        assertTrue(rdf.contains(rdf.createResource(Vocab.entityIri(manchester)), in, rdf.createResource(Vocab.entityIri("region-gb-england"))));
        assertTrue(rdf.contains(null, in, rdf.createResource(Vocab.entityIri("region-gb-scotland"))));
        // praising a country is not lying in it
        ResolvedDocument praise = resolve("وأشاد المغرب بفرنسا على دعمها.");
        assertTrue(entities(praise).stream().allMatch(m -> m.value().isEmpty()), entities(praise).toString());
    }

    // ---- false entities ------------------------------------------------------------------------

    @Test
    void verbsAdverbsAndAdjectivesAreNotNames() {
        ResolvedDocument rd = resolve("وتحدث الخبير عن الجريمة المنظمة ويبرز التقرير دور المغرب كحليف، ودعا إلى تبادل المعطيات فوريا بين الأجهزة.");
        noEntityCovering(rd, "ويبرز");
        noEntityCovering(rd, "فوريا");
        ResolvedDocument more = resolve("ويتطلب الوضع تنسيقا ميدانيا وتبادلا فوريا للمعطيات، ويبرز دور الشرطة في حماية المواطنين.");
        noEntityCovering(more, "فوريا");
        noEntityCovering(more, "ويبرز");
    }

    @Test
    void elJadidaOnlyWhereAPlaceIsExpected() {
        ResolvedDocument adjective = resolve("وناقش الخبراء التحديات الأمنية الجديدة التي تواجه المنطقة.");
        noEntityCovering(adjective, "الجديدة");
        ResolvedDocument city = resolve("وزار الوزير مدينة الجديدة ثم توجه إلى مراكش، وعقد لقاء بالجديدة مع المنتخبين.");
        assertEquals(2, entities(city).stream().filter(m -> m.kbId().equals(Optional.of("city-ma-el-jadida"))).count(), entities(city).toString());
    }

    @Test
    void adjectivalHeadsAndGenericDescriptionsAreNotOrganisations() {
        ResolvedDocument rd = resolve("وتتصدى الدول للجريمة المنظمة العابرة للحدود، وأكد التقرير أن الجهاز الأمني الإسباني يتابع الملف.");
        assertTrue(entities(rd).stream().noneMatch(m -> m.type() == MentionType.ORG), entities(rd).toString());
    }

    @Test
    void ministriesRanksAndCommonNounsAfterTitlesAreNotPeople() {
        ResolvedDocument rd = resolve("واستقبل وزير الداخلية الفريق أول خالد المنصوري رئيس أركان الجيش، وقال إن وزير خارجية إسبانيا سيزور الرباط. "
                + "وبحث الوزير مع الفريق أول ركن سالم المطيري سبل تنظيمها.");
        Set<String> people = entities(rd).stream().filter(m -> m.type() == MentionType.PER).map(Mention::surface).collect(Collectors.toSet());
        assertEquals(Set.of("خالد المنصوري", "سالم المطيري"), people);
    }

    @Test
    void organisationsFromTheirHeadNounsAndHotelsAsPlaces() {
        ResolvedDocument rd = resolve("وقضت المحكمة الابتدائية بالرباط بسجن المتهمين. وفاز نادي الرجاء الرياضي على فريق الوداد. "
                + "وأقام الوفد في فندق الشيراتون قبل أن يزور جزيرة جربة.");
        idOf(rd, MentionType.ORG, "المحكمة الابتدائية بالرباط");
        idOf(rd, MentionType.ORG, "نادي الرجاء الرياضي");
        // "team" before a club the knowledge base knows describes it: the club is named alone
        idOf(rd, MentionType.ORG, "الوداد");
        // a hotel is named with its noun, as an airport is
        idOf(rd, MentionType.LOC, "فندق الشيراتون");
        // an island is named with its noun too
        idOf(rd, MentionType.LOC, "جزيرة جربة");
        assertTrue(entities(rd).stream().noneMatch(m -> m.type() == MentionType.PER), entities(rd).toString());
        // a seat ends a court's name and is a place too; a known organisation does not take in the city it is in
        ResolvedDocument seats = resolve("وأصدرت محكمة الاستئناف بفاس حكمها، وأكد مكتب منظمة الصحة العالمية بالقاهرة أن الوضع مستقر.");
        idOf(seats, MentionType.ORG, "محكمة الاستئناف بفاس");
        assertEquals("city-ma-fez", idOf(seats, MentionType.LOC, "فاس"));
        assertEquals("org-who", idOf(seats, MentionType.ORG, "منظمة الصحة العالمية"));
        assertEquals("city-eg-cairo", idOf(seats, MentionType.LOC, "القاهرة"));
    }

    // ---- identity ------------------------------------------------------------------------------

    @Test
    void anAcronymInParenthesesIsTheOrganisationItFollows() {
        ResolvedDocument rd = resolve("وأطلقت منظمة التعاون الاقتصادي الإقليمي (أسيكو) برنامجا جديدا، وأكدت أسيكو التزامها بدعم الشباب.");
        String org = idOf(rd, MentionType.ORG, "منظمة التعاون الاقتصادي الإقليمي");
        assertTrue(rd.mentions().stream().filter(l -> l.mention().surface().equals("أسيكو")).count() >= 2, entities(rd).toString());
        assertTrue(rd.mentions().stream().filter(l -> l.mention().surface().equals("أسيكو"))
                .allMatch(l -> l.entityId().equals(Optional.of(org)) && l.mention().type() == MentionType.ORG), entities(rd).toString());
        ResolvedDocument known = resolve("وحضر ممثلو آلية التعاون الشرطي الإفريقية (أفريبول) اللقاء.");
        assertTrue(known.mentions().stream().allMatch(l -> l.mention().type() != MentionType.ORG || l.entityId().equals(Optional.of("org-afripol"))),
                entities(known).toString());
    }

    @Test
    void anOrganisationsNumberedSessionIsItsGeneralAssemblyInEveryArticle() {
        ResolvedDocument a = resolve("a", "وتستعد ليون لاحتضان الدورة الـ88 للإنتربول الشهر المقبل.");
        ResolvedDocument b = resolve("b", "واختتمت الدورة الـ88 للجمعية العامة للإنتربول أشغالها أمس.");
        String inA = idOf(a, MentionType.EVENT, "الدورة الـ88 للإنتربول");
        assertEquals(inA, idOf(b, MentionType.EVENT, "الدورة الـ88 للجمعية العامة للإنتربول"));
        assertEquals("الدورة الـ88 للجمعية العامة للإنتربول", b.entities().stream().filter(e -> e.id().equals(inA)).findFirst().orElseThrow().label());
    }

    @Test
    void aPossessedNounInASpeechIsNotANamedOrganisation() {
        ResolvedDocument rd = resolve("وقال المسؤول في كلمته أمام جمعيتنا العامة إن التحديات كبيرة.");
        noEntityCovering(rd, "جمعيتنا");
    }

    @Test
    void onePostNamedThreeWaysInAnArticleIsOnePost() {
        ResolvedDocument rd = resolve("وترأس عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني المغربي، الوفد. "
                + "وأشاد الضيوف بالمدير العام للأمن الوطني، كما نوهوا بدور المدير العام للأمن الوطني ومراقبة التراب الوطني.");
        Set<String> posts = rd.mentions().stream().filter(l -> l.mention().type() == MentionType.POST)
                .map(l -> l.entityId().orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of("post-dgsn-dgst-director-general"), posts, entities(rd).toString());
    }

    // ---- one mention, one entity ---------------------------------------------------------------

    @TempDir
    Path tmp;

    @Test
    void aSpanTwoFindersReadDifferentlyIsOneMentionAndTheStoreValidates() throws Exception {
        String text = "وتحتضن الجزائر اجتماعات آلية التعاون الجمركي \"أفريكوم\" الجمعية العامة الأولى، والتي تنظمها المديرية العامة للجمارك.";
        ResolvedDocument rd = resolve(text);
        int at = text.indexOf("الجمعية العامة الأولى");
        List<Mention> there = entities(rd).stream().filter(m -> m.begin() == at).toList();
        assertEquals(1, there.size(), there.toString());
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("customs.txt"), "اجتماعات الجمارك\n\n" + text + "\n");
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), in.toString()).exit());
        CliRun valid = CliRun.run("validate", "--db", db.toString());
        assertEquals(0, valid.exit(), valid.out());
        assertFalse(valid.out().contains("taIdentRef"), valid.out());
    }
    @Test
    void aPlacesHeadNounAloneOrInTheDualIsNoPlace() {
        ResolvedDocument rd = resolve("وقضت المحكمة بمصادرة أملاك المتهمين في ولايتي قسنطينة وعنابة، وفي محافظتي نينوى وكركوك.");
        noEntityCovering(rd, "ولايتي");
        noEntityCovering(rd, "محافظتي");
        idOf(rd, MentionType.LOC, "قسنطينة");
    }
    @Test
    void aNounOfLeadingIsNotPartOfTheLeadersName() {
        ResolvedDocument rd = resolve("وأعلنت الجامعة، برئاسة فوزي لقجع، عن لائحة المنتخب، كما اجتمع الاتحاد برئاسة سامي الطرابلسي.");
        assertTrue(entities(rd).stream().noneMatch(m -> m.surface().contains("رئاسة")), entities(rd).toString());
    }
}

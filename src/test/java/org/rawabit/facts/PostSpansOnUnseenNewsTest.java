package org.rawabit.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.resolve.ResolvedDocument;

/**
 * Where a post ends on news of other kinds. A spokesperson's post names whom it speaks for after "باسم" (on-behalf-heads.txt): the post is that body's
 * spokesperson ("المتحدث باسم وزارة الداخلية العراقية"), held by the name after it and part of the body named, not
 * the knowledge base's generic "الناطق الرسمي" with the body left out; a masculine plural after a feminine adjective
 * agrees with nothing in the post and is the verb's object ("أبلغ رئيس الهيئة القضائية العليا المحامين"). Sentences written for this test, real CoreNLP
 * models, rule tier.
 */
class PostSpansOnUnseenNewsTest {

    private static List<String> posts(ResolvedDocument doc) {
        return surfaces(doc, MentionType.POST);
    }

    private static List<String> surfaces(ResolvedDocument doc, MentionType type) {
        return doc.mentions().stream().map(l -> l.mention()).filter(m -> m.type() == type).map(Mention::surface).toList();
    }

    private static List<String> people(ResolvedDocument doc) {
        return surfaces(doc, MentionType.PER);
    }

    private static String label(ResolvedDocument doc, String iri) {
        return doc.entities().stream().filter(e -> Vocab.entityIri(e.id()).equals(iri)).map(e -> e.label()).findFirst().orElse(iri);
    }

    @Test
    void thePostRunsThroughWhomItSpeaksFor() {
        String text = "وقال المتحدث باسم وزارة الصحة الليبية اللواء خالد بن نصر إن فرق الإسعاف وصلت إلى مدينة درنة، "
                + "بينما أوضحت الناطقة الرسمية باسم الحكومة التونسية سلوى الحمروني أن المساعدات ستصل غدا.";
        ResolvedDocument doc = TestArticles.resolve(text);
        List<String> posts = posts(doc);
        assertTrue(posts.contains("المتحدث باسم وزارة الصحة الليبية"), posts.toString());
        assertTrue(posts.contains("الناطقة الرسمية باسم الحكومة التونسية"), posts.toString());
        assertTrue(posts.stream().noneMatch(p -> p.equals("المتحدث باسم") || p.equals("الناطقة الرسمية")), posts.toString());

        ExtractedFacts f = FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, doc);
        List<String> bodies = FactExtractorsTest.with(f, Vocab.ORG + "postIn").stream()
                .map(x -> label(doc, FactExtractorsTest.obj(x))).toList();
        assertTrue(bodies.contains("وزارة الصحة الليبية"), bodies + " " + f.facts());
        assertTrue(bodies.contains("الحكومة التونسية"), bodies + " " + f.facts());
        assertTrue(bodies.stream().noneMatch(b -> b.startsWith("باسم")), bodies.toString());
        List<Fact> holds = FactExtractorsTest.with(f, Vocab.ORG + "holds");
        assertEquals(2, holds.size(), holds.toString());
    }

    @Test
    void aSpokespersonOfAPronounIsTheGenericPost() {
        ResolvedDocument doc = TestArticles.resolve("وقال المتحدث باسمه إن الرئيس سيزور الجزائر الأسبوع المقبل.");
        assertTrue(posts(doc).contains("المتحدث باسمه"), posts(doc).toString());
    }

    @Test
    void aPluralThatAgreesWithNothingInThePostIsTheVerbsObject() {
        List<String> posts = posts(TestArticles.resolve("وبعد النطق بالحكم أبلغ رئيس الهيئة القضائية العليا المحامين الحاضرين أن الجلسة "
                + "أرجئت، فيما غادر رئيس رابطة العلماء المسلمين القاعة."));
        assertTrue(posts.contains("رئيس الهيئة القضائية العليا"), posts.toString());
        // after a plural noun the plural adjective agrees, and stays
        assertTrue(posts.contains("رئيس رابطة العلماء المسلمين"), posts.toString());
    }

    @Test
    void theHolderAfterWhereThePostIsHeld() {
        // "النائب السابق في مجلس الأمة بدر الداهوم", "العضو في البرلمان الأوروبي X": "في" and the body, then the holder
        ResolvedDocument doc = TestArticles.resolve("ورفضت المحكمة طعن النائب السابق في مجلس الشورى سالم الخروصي، فيما قال النائب "
                + "في البرلمان الأوروبي هانس فايغل إن القرار مخيب.");
        List<String> people = people(doc);
        assertTrue(people.contains("سالم الخروصي"), people.toString());
        assertTrue(people.contains("هانس فايغل"), people.toString());
        assertTrue(people.stream().noneMatch(p -> p.contains("مجلس") || p.contains("البرلمان")), people.toString());
        // a head read no further is followed by no holder: "الثاني" is the deputy's rank
        List<String> deputy = people(TestArticles.resolve("واستقبل الشيخ خالد بن حمد العلي النائب الثاني لرئيس مجلس الوزراء وزير "
                + "الداخلية الوفد الزائر."));
        assertTrue(deputy.stream().noneMatch(p -> p.contains("الثاني")), deputy.toString());
    }

    @Test
    void theHolderAfterTheBodysAcronymInParentheses() {
        ResolvedDocument doc = TestArticles.resolve("وقال المدير العام للشركة الوطنية للنقل البحري (كوماناف) يوسف الحجوي إن الأسطول "
                + "سيتوسع، وأكد رئيس الهيئة العامة للموانئ (موانئ) عمر الحريري أن الميناء جاهز.");
        List<String> people = people(doc);
        assertTrue(people.contains("يوسف الحجوي"), people.toString());
        assertTrue(people.contains("عمر الحريري"), people.toString());
    }

    @Test
    void aGovernorTheSegmenterReadAsAndToAndATeamsCoach() {
        // "والي" is split "و" + "إلى" by the segmenter; before a known place or a province it is the governor
        ResolvedDocument doc = TestArticles.resolve("وتفقد والي تلمسان عبد الحكيم بوشامة الأحياء المتضررة، ورافقه والي ولاية سطيف رشيد "
                + "بن عمر، فيما قال مدرب الرجاء الرياضي، التونسي نبيل معلول، إن فريقه جاهز، وعاد الوفد إلى الجزائر.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("والي تلمسان"), posts.toString());
        assertTrue(posts.contains("والي ولاية سطيف"), posts.toString());
        assertTrue(posts.contains("مدرب الرجاء الرياضي"), posts.toString());
        List<String> people = people(doc);
        assertTrue(people.containsAll(List.of("عبد الحكيم بوشامة", "رشيد بن عمر", "نبيل معلول")), people.toString());
        // "وإلى الجزائر" ("and to Algeria") is no post
        assertTrue(posts.stream().noneMatch(p -> p.contains("الجزائر")), posts.toString());
    }

    @Test
    void aPostOfABodyNamedAfterAPersonAndItsHoldersTitle() {
        ResolvedDocument doc = TestArticles.resolve("وقال رئيس جامعة الأمير سطام بن عبدالعزيز الدكتور خالد بن عمر الحسيني إن الجامعة "
                + "ستفتتح كلية جديدة.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("رئيس جامعة الأمير سطام بن عبدالعزيز"), posts.toString());
        // an ambassador named with a country's long name, and where he serves
        List<String> envoy = posts(TestArticles.resolve("وقال سفير المملكة الأردنية الهاشمية لدى إسبانيا محمد الحديد إن الزيارة ناجحة."));
        assertTrue(envoy.contains("سفير المملكة الأردنية الهاشمية لدى إسبانيا"), envoy.toString());
        List<String> people = people(doc);
        assertEquals(List.of("خالد بن عمر الحسيني"), people);
    }

    @Test
    void aRulerIsAPostAndTheRulingPartyIsNot() {
        ResolvedDocument doc = TestArticles.resolve("واستقبل حاكم عجمان الشيخ حميد بن راشد النعيمي وفدا من رجال الأعمال، فيما فاز الحزب الحاكم "
                + "بأغلبية المقاعد.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("حاكم عجمان"), posts.toString());
        assertTrue(posts.stream().noneMatch(p -> p.contains("الحاكم")), posts.toString());
    }

    @Test
    void aBodysBranchInADivisionNamedWithItsHeadIsOneBodyAndEndsThePost() {
        ResolvedDocument doc = TestArticles.resolve("وأعلنت وزارة الزراعة بولاية نهر النيل بدء الموسم، وقال المدير العام لوزارة الزراعة "
                + "بولاية نهر النيل إن الإنتاج سيرتفع.");
        List<String> orgs = surfaces(doc, MentionType.ORG);
        assertTrue(orgs.contains("وزارة الزراعة بولاية نهر النيل"), orgs.toString());
        assertTrue(posts(doc).contains("المدير العام لوزارة الزراعة بولاية نهر النيل"), posts(doc).toString());
        // a known body's seat in a city, without a division's head, is not made part of its name
        ResolvedDocument seat = TestArticles.resolve("وقالت المديرية العامة للأمن الوطني بالرباط إنها فتحت تحقيقا.");
        assertTrue(surfaces(seat, MentionType.ORG).contains("المديرية العامة للأمن الوطني"), surfaces(seat, MentionType.ORG).toString());
    }

    @Test
    void aDepartmentsHeadIsHeadOfItInTheBodyAfterBa() {
        ResolvedDocument doc = TestArticles.resolve("وقال العقيد ناصر الكعبي، مدير إدارة المنافذ الحدودية بشرطة أبوظبي، إن الضبطية كبيرة. "
                + "وأوضح مدير الشؤون القانونية بوزارة الداخلية الكويتية أن القرار نهائي.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("مدير إدارة المنافذ الحدودية بشرطة أبوظبي"), posts.toString());
        assertTrue(posts.contains("مدير الشؤون القانونية بوزارة الداخلية الكويتية"), posts.toString());
        // the body stays an organisation of its own
        assertTrue(surfaces(doc, MentionType.ORG).contains("شرطة أبوظبي"), surfaces(doc, MentionType.ORG).toString());
        // "ب" and a person after the post is whom the post met, not a body
        assertTrue(posts(TestArticles.resolve("والتقى وزير الخارجية بنظيره الأردني في عمان.")).stream().noneMatch(p -> p.contains("بنظيره")));
    }

    @Test
    void aPostRunsWithItsBodysCoordinatedFieldOrTheBodyItsDepartmentBelongsTo() {
        ResolvedDocument doc = TestArticles.resolve("وقال المدير العام لهيئة الموانئ والمنارات إن الحركة ارتفعت، وأوضح مدير الإدارة العامة "
                + "للجوازات في شرطة أبوظبي أن الإجراءات بسيطة.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("المدير العام لهيئة الموانئ والمنارات"), posts.toString());
        assertTrue(posts.contains("مدير الإدارة العامة للجوازات في شرطة أبوظبي"), posts.toString());
        // where a minister spoke is not his post's
        assertTrue(posts(TestArticles.resolve("وقال وزير الداخلية في الرباط إن الوضع مستقر.")).stream().noneMatch(p -> p.contains("الرباط")));
    }

    @Test
    void aRepresentativeIsAPostOnlyAsAStandingOffice() {
        ResolvedDocument doc = TestArticles.resolve("وحضر الاجتماع ممثل اليونسكو وممثلة الاتحاد الأوروبي، فيما قال ممثل منظمة الصحة العالمية "
                + "في الأردن إن الوضع مستقر، وأكد الممثل الدائم لتونس لدى الأمم المتحدة دعم بلاده.");
        List<String> posts = posts(doc);
        assertTrue(posts.stream().noneMatch(p -> p.startsWith("ممثل اليونسكو") || p.startsWith("ممثلة الاتحاد")), posts.toString());
        assertTrue(posts.stream().anyMatch(p -> p.startsWith("ممثل منظمة الصحة العالمية")), posts.toString());
        assertTrue(posts.stream().anyMatch(p -> p.startsWith("الممثل الدائم")), posts.toString());
    }

    @Test
    void whomASpokespersonSpeaksForMayBeNamedInQuotes() {
        ResolvedDocument doc = TestArticles.resolve("وقال المتحدث الرسمي باسم «رقابة» إن الهيئة أوقفت موظفين، وأكد الناطق باسم "
                + "\"الحرس الوطني\" أن الطرق مفتوحة.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("المتحدث الرسمي باسم «رقابة»"), posts.toString());
        assertTrue(posts.contains("الناطق باسم \"الحرس الوطني\""), posts.toString());
        // "باسم" is the preposition, no man called Basem
        assertTrue(people(doc).stream().noneMatch(p -> p.contains("باسم")), people(doc).toString());
    }

    @Test
    void aSectionsHeadRunsThroughTheDefiniteBodyItBelongsTo() {
        ResolvedDocument doc = TestArticles.resolve("وأعلن رئيس قسم مكافحة المخدرات بالفرقة الجهوية توقيف المتهمين، فيما أشاد رئيس المجلس "
                + "بالحكومة الجديدة، ووصلت الشحنة إلى مرفأ طرطوس.");
        List<String> posts = posts(doc);
        assertTrue(posts.contains("رئيس قسم مكافحة المخدرات بالفرقة الجهوية"), posts.toString());
        // praise of a body after a post is no part of it
        assertTrue(posts.stream().noneMatch(p -> p.contains("بالحكومة")), posts.toString());
        // a Levantine port is a venue
        assertTrue(surfaces(doc, MentionType.LOC).contains("مرفأ طرطوس"), surfaces(doc, MentionType.LOC).toString());
    }

    @Test
    void aBoardsPostIsInTheBodyNamedAfterTheBoard() {
        String text = "وحضر الحفل رئيس مجلس إدارة اتحاد مكافحة السرطان الدكتور سامي الحربي.";
        ResolvedDocument doc = TestArticles.resolve(text);
        assertTrue(posts(doc).contains("رئيس مجلس إدارة اتحاد مكافحة السرطان"), posts(doc).toString());
        ExtractedFacts f = FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, doc);
        List<String> bodies = FactExtractorsTest.with(f, Vocab.ORG + "postIn").stream()
                .map(x -> label(doc, FactExtractorsTest.obj(x))).toList();
        // the union, not a minted "board of the union of …"
        assertEquals(List.of("اتحاد مكافحة السرطان"), bodies, f.facts().toString());
    }
}

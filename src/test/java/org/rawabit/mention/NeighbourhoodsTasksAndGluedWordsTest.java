package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Classes of the ninth round of issue 11, seen on unseen news of other kinds: neighbourhoods named by a definite word
 * or a compound given name, words the segmenter left a proclitic on, events whose task is two nouns, a body's name with
 * "new" in it, a back-reference followed by the holder's name. Sentences written for this test, real CoreNLP models.
 */
class NeighbourhoodsTasksAndGluedWordsTest {

    @Test
    void neighbourhoodsNamedByADefiniteWordOrACompoundGivenName() {
        List<Mention> ms = TestArticles.mentions("وطالت الغارات حي نور الدين وحي الميدان الشمالي وحي الشيخ مقصود في المدينة.");
        assertTrue(hasMention(ms, MentionType.LOC, "حي نور الدين"), ms.toString());
        // the segmenter reads "وحي" as one word (revelation); the conjunction is not the place's
        assertTrue(hasMention(ms, MentionType.LOC, "حي الميدان الشمالي"), ms.toString());
        List<Mention> plain = TestArticles.mentions("وأعيد فتح المدارس في حي الميدان الشمالي بعد الترميم.");
        assertTrue(hasMention(plain, MentionType.LOC, "حي الميدان الشمالي"), plain.toString());
        // a region noun with a definite common word names no place
        List<Mention> generic = TestArticles.mentions("وتراجع القتال في منطقة النزاع خلال الأسبوع.");
        assertTrue(generic.stream().noneMatch(m -> m.type() == MentionType.LOC), generic.toString());
    }

    @Test
    void aPronounEndsANeighbourhoodsName() {
        List<Mention> ms = TestArticles.mentions("وتضررت بلدة كفرنبودة بريفها الشمالي من القصف.");
        assertTrue(hasMention(ms, MentionType.LOC, "كفرنبودة"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("بريفها")), ms.toString());
    }

    @Test
    void aKnownPlaceBehindAPrepositionTheSegmenterLeftOn() {
        List<Mention> ms = TestArticles.mentions("واستقبل رئيس المجلس الوفد في قصر المعاشيق بعدن صباح أمس.");
        assertTrue(hasMention(ms, MentionType.LOC, "عدن"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("بعدن")), ms.toString());
        // a common word spelt ب + a place is that word ("بلد" is not ب + "اللد")
        List<Mention> common = TestArticles.mentions("وقال إن هذا بلد مضياف.");
        assertTrue(common.stream().noneMatch(m -> m.type() == MentionType.LOC), common.toString());
    }

    @Test
    void aMaghrebiFamilyNameOfBenAndAGivenNameInOneWord() {
        List<Mention> ms = TestArticles.mentions("واستقبل الوالي السيد رشيد بنعمر في مكتبه، كما التقى المستشار خالد بنموسى بمقر العمالة.");
        assertTrue(hasMention(ms, MentionType.PER, "رشيد بنعمر"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "خالد بنموسى"), ms.toString());
        // a ب-phrase after a name is still the sentence's ("بنجاح" is "successfully")
        List<Mention> success = TestArticles.mentions("وأنهى السيد رشيد العلوي بنجاح مهمته.");
        assertTrue(success.stream().noneMatch(m -> m.surface().contains("بنجاح")), success.toString());
    }

    @Test
    void anEventsTaskOfTwoNounsJoinedByAnd() {
        List<Mention> ms = TestArticles.mentions("واختتم أمس المؤتمر الدولي للتعافي المبكر وإعادة إعمار الموصل بمشاركة خمسين دولة، "
                + "فيما انطلقت الحملة الوطنية للتطعيم ضد الكوليرا والتهاب الكبد في ثلاث محافظات.");
        assertTrue(hasMention(ms, MentionType.EVENT, "المؤتمر الدولي للتعافي المبكر وإعادة إعمار الموصل"), ms.toString());
        // and no body joined by و is swallowed
        List<Mention> body = TestArticles.mentions("وأطلقت الحملة الوطنية للتلقيح ضد الحصبة ووزارة الصحة خطة مشتركة.");
        assertTrue(body.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("ووزارة")), body.toString());
    }

    @Test
    void newInsideABodysNameAfterAGenitiveAndItsAdjective() {
        List<Mention> ms = TestArticles.mentions("وأعلنت هيئة المجتمعات العمرانية الجديدة طرح وحدات سكنية، فيما قالت الحكومة الجديدة إنها ستدعم المشروع.");
        assertTrue(hasMention(ms, MentionType.ORG, "هيئة المجتمعات العمرانية الجديدة"), ms.toString());
        assertFalse(hasMention(ms, MentionType.ORG, "الحكومة الجديدة"), ms.toString());
    }

    @Test
    void aBankPointedBackToBeforeItsGovernorsName() {
        List<Mention> ms = TestArticles.mentions("وقال محافظ المصرف سامي الكيلاني إن الاحتياطيات مستقرة.");
        assertTrue(hasMention(ms, MentionType.PER, "سامي الكيلاني"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().contains("سامي")), ms.toString());
    }

    @Test
    void aTextEndingOnABodysHeadIsRead() {
        // the last word of an article is a head with no word after it ("اقرأ أيضا: … إلى النيابة")
        List<Mention> ms = TestArticles.mentions("اقرأ أيضا\n«التجارة» تحيل ثلاث شركات إلى النيابة");
        assertTrue(ms.stream().allMatch(m -> m.end() <= "اقرأ أيضا\n«التجارة» تحيل ثلاث شركات إلى النيابة".length()), ms.toString());
    }

    @Test
    void companiesNamedBeforeTheWordThatEndsTheirName() {
        List<Mention> ms = TestArticles.mentions("وأعلنت مجموعة سيفاكو القابضة عن أرباح قياسية، فيما تراجع سهم بولتك القابضة، وأفادت إنفوسيس القابضة بنمو مبيعاتها.");
        assertTrue(hasMention(ms, MentionType.ORG, "مجموعة سيفاكو القابضة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "بولتك القابضة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "إنفوسيس القابضة"), ms.toString());
        // the verb and the common noun before the name are not the company's
        assertTrue(ms.stream().noneMatch(m -> m.surface().startsWith("سهم") || m.surface().startsWith("وأفادت")), ms.toString());
    }

    @Test
    void aNationalityStandingForAPersonBeforeAForeignName() {
        List<Mention> ms = TestArticles.mentions("وأدار اللقاء طاقم بقيادة الكرواتي إيفان بيبيتش، فيما قال البرتغالي جوزيه مورينيو، مدرب الفريق، "
                + "إن الفوز مستحق. وسجل الفرنسي أنطوان غريزمان هدفا.");
        assertTrue(hasMention(ms, MentionType.PER, "إيفان بيبيتش"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "جوزيه مورينيو"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "أنطوان غريزمان"), ms.toString());
        // after a noun it describes, the adjective is that noun's ("المدرب الألماني", not a person named after it)
        List<Mention> described = TestArticles.mentions("وقال المدرب الألماني إن فريقه قدم مباراة كبيرة.");
        assertTrue(described.stream().noneMatch(m -> m.type() == MentionType.PER), described.toString());
    }

    @Test
    void aPrepositionGluedToAGivenNameOpensAnotherName() {
        List<Mention> ms = TestArticles.mentions("ومرر اللاعب سالم الدوسري لياسين بونو كرة حاسمة.");
        assertTrue(hasMention(ms, MentionType.PER, "سالم الدوسري"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("الدوسري لياسين")), ms.toString());
    }

    @Test
    void aMinistersPostNamesTheMinistryOfItsPortfolio() {
        org.rawabit.resolve.ResolvedDocument doc = TestArticles.resolve("وقال وزير الصحة الأردني فراس الهواري إن وزارة الصحة الأردنية "
                + "أطلقت الحملة، فيما أكدت وزيرة التنمية الاجتماعية والعمل أن الدعم مستمر، وحضر وزير الدولة لشؤون الإعلام.");
        List<Mention> ms = doc.mentions().stream().map(org.rawabit.resolve.LinkedMention::mention).toList();
        assertTrue(hasMention(ms, MentionType.ORG, "الصحة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "التنمية الاجتماعية والعمل"), ms.toString());
        // the portfolio inside the post and the ministry named whole are one body
        String inPost = doc.mentions().stream().filter(l -> l.mention().surface().equals("الصحة")).findFirst().orElseThrow().entityId().orElseThrow();
        String whole = doc.mentions().stream().filter(l -> l.mention().surface().equals("وزارة الصحة الأردنية")).findFirst().orElseThrow().entityId().orElseThrow();
        assertTrue(inPost.equals(whole), doc.mentions().toString());
        // a minister of state heads no ministry of "the state"
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("الدولة")), ms.toString());
    }

    @Test
    void aliAfterATitleThoughTaggedAsThePrepositionOn() {
        List<Mention> ms = TestArticles.mentions("ورافقه في الجولة المهندس علي الساعدي، وقال الدكتور على الرغم من ذلك إن العمل مستمر.");
        assertTrue(hasMention(ms, MentionType.PER, "علي الساعدي"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().startsWith("على")), ms.toString());
    }

    @Test
    void anOfficeAbroadOrABranchHeadAndWhereItServes() {
        List<Mention> ms = TestArticles.mentions("وقال ممثل اليونيسف في اليمن بيتر هوكينز إن الوضع خطير، وأكد الممثل المقيم لبرنامج الأغذية "
                + "العالمي في السودان أن المساعدات وصلت، فيما قال رئيس فرع الهلال الأحمر في حمص إن الفرق جاهزة.");
        assertTrue(hasMention(ms, MentionType.POST, "ممثل اليونيسف في اليمن"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "الممثل المقيم لبرنامج الأغذية العالمي في السودان"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "رئيس فرع الهلال الأحمر في حمص"), ms.toString());
        // an office that does not serve abroad is not named by where it meets ("رئيس الحكومة في بغداد")
        List<Mention> met = TestArticles.mentions("واجتمع رئيس الحكومة في بغداد مع الوفد.");
        assertTrue(met.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().contains("بغداد")), met.toString());
    }

    @Test
    void aUnionForWorkersWhereTheyWork() {
        List<Mention> ms = TestArticles.mentions("وأعلنت النقابة العامة للعاملين بقطاع الكهرباء الإضراب، وانضمت إليها النقابة العامة للعاملين بالسكك الحديدية.");
        assertTrue(hasMention(ms, MentionType.ORG, "النقابة العامة للعاملين بقطاع الكهرباء"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "النقابة العامة للعاملين بالسكك الحديدية"), ms.toString());
    }

    @Test
    void aNameCoordinatedByAndAfterAnother() {
        List<Mention> ms = TestArticles.mentions("وصدر الحكم برئاسة المستشار سامي الفقي وعضوية المستشارين حسن الشريف وكريم عبد الجواد.");
        assertTrue(hasMention(ms, MentionType.PER, "كريم عبد الجواد"), ms.toString());
        // "وعلى" is "and on", no name
        List<Mention> on = TestArticles.mentions("وعلى الرغم من ذلك قال المتحدث إن الحكم نهائي.");
        assertTrue(on.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().startsWith("على")), on.toString());
    }

    @Test
    void courtsAndAgenciesOfTownsNamedWhole() {
        List<Mention> ms = TestArticles.mentions("وأيدت محكمة جنح مستأنف الجيزة الحكم، فيما سحب جهاز تنمية مدينة الملك عبدالله تراخيص البناء.");
        assertTrue(hasMention(ms, MentionType.ORG, "محكمة جنح مستأنف الجيزة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "جهاز تنمية مدينة الملك عبدالله"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
    }

    @Test
    void aKnownMinistrysShortNameAfterANounIsThatNounsAdjective() {
        List<Mention> ms = TestArticles.mentions("وانتقد النائب السياسة الخارجية العراقية، فيما أعلنت الخارجية العراقية استدعاء السفير.");
        assertTrue(ms.stream().filter(m -> m.type() == MentionType.ORG).count() == 1, ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الخارجية العراقية"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.begin() < 30), ms.toString());
    }

    @Test
    void theSeatAKnownBodyIsNamedWithIsAPlace() {
        List<Mention> ms = TestArticles.mentions("ووقعت جامعة القاضي عياض بمراكش اتفاقية مع الجامعة الأمريكية في بيروت.");
        assertTrue(hasMention(ms, MentionType.LOC, "مراكش"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "بيروت"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("جامعة القاضي عياض")), ms.toString());
    }

    @Test
    void aBarsHeadAndAPartysRankedSecretaryArePosts() {
        List<Mention> ms = TestArticles.mentions("وقال نقيب الصحفيين خالد البلشي إن القرار مرفوض، فيما أكد الأمين الأول لجبهة القوى الاشتراكية "
                + "أن الحزب سيشارك.");
        assertTrue(hasMention(ms, MentionType.POST, "نقيب الصحفيين"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "الأمين الأول لجبهة القوى الاشتراكية"), ms.toString());
    }

    @Test
    void aCabinetsNumberedSittingIsAnEventButABareFirstSittingIsNot() {
        List<Mention> ms = TestArticles.mentions("وقرر مجلس الوزراء الأردني في جلسته الأسبوعية رقم (17) تمديد العمل بالقرار، كما ناقشت "
                + "الجلسة الأسبوعية رقم 18 لمجلس الوزراء الأردني الموازنة. وجرت عملية الانتخاب في الجلسة الأولى التي عقدها المجلس.");
        assertTrue(hasMention(ms, MentionType.EVENT, "جلسته الأسبوعية رقم (17)"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "الجلسة الأسبوعية رقم 18 لمجلس الوزراء الأردني"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().startsWith("الجلسة الأولى")), ms.toString());
    }

    @Test
    void aMemberOfParliamentAndAFamilyNameThatIsAlsoATitle() {
        List<Mention> ms = TestArticles.mentions("وانتخب المجلس النائب ناصر القاضي رئيسا للجنة المالية، وقال القاضي سامر الحلبي إن الطعن مرفوض.");
        assertTrue(hasMention(ms, MentionType.PER, "ناصر القاضي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "سامر الحلبي"), ms.toString());
        // the judge's title is not the MP's family name again
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().equals("القاضي")), ms.toString());
        // nor is "النائب العام" (the attorney general) an MP
        List<Mention> prosecutor = TestArticles.mentions("وقال النائب العام إن التحقيق مستمر.");
        assertTrue(prosecutor.stream().noneMatch(m -> m.type() == MentionType.PER), prosecutor.toString());
    }

    @Test
    void aDerbyOrAnEarthquakeNamedByWhereItIs() {
        List<Mention> ms = TestArticles.mentions("وحسم الوداد ديربي الدار البيضاء، فيما تواصل إعمار القرى التي دمرها زلزال الحوز المدمر.");
        assertTrue(hasMention(ms, MentionType.EVENT, "ديربي الدار البيضاء"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "زلزال الحوز"), ms.toString());
        // without a name they are no events of their own
        List<Mention> bare = TestArticles.mentions("وكان الديربي مثيرا، وأحدث القرار زلزالا سياسيا، وضرب زلزال بقوة ست درجات المنطقة.");
        assertTrue(bare.stream().noneMatch(m -> m.type() == MentionType.EVENT), bare.toString());
    }

    @Test
    void aPostAfterThePrepositionOfItsVerbAndAUnitsPostInItsBody() {
        List<Mention> ms = TestArticles.mentions("واجتمع الوزير برئيس مجلس إدارة الشركة الوطنية للكهرباء، فيما قالت المديرة التنفيذية "
                + "لقطاع الطاقة في وكالة التنمية الاقتصادية إن المشروع سينطلق.");
        assertTrue(hasMention(ms, MentionType.POST, "رئيس مجلس إدارة الشركة الوطنية للكهرباء"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.POST && m.surface().startsWith("المديرة التنفيذية لقطاع الطاقة في وكالة")),
                ms.toString());
    }
}

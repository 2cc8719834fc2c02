package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Tenth round of issue 11, on sentences written for this test with the real CoreNLP models: foreign names the
 * segmenter cuts, and the long names of bodies and places that news of other kinds writes.
 */
class ForeignNamesAndLongBodiesTest {

    @Test
    void aForeignNameThatStartsWithFaIsOneWordNotTheConjunction() {
        // the segmenter reads "فاي" as ف + أي and "فاغنر" as ف + a verb: the name lost its last word
        List<Mention> ms = TestArticles.mentions("وصل إلى نواكشوط رئيس جمهورية غامبيا، السيد لامين باسيرو فاي. "
                + "وقال المدرب الألماني بيتر فاغنر إن فريقه استعد جيدا.");
        assertTrue(hasMention(ms, MentionType.PER, "لامين باسيرو فاي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "بيتر فاغنر"), ms.toString());
        // the conjunction before a verb or a definite word is still the conjunction
        List<Mention> verbs = TestArticles.mentions("وصل الرئيس ماكرون فالتقى رئيس الوزراء، ثم تحدث عمرو فاتهمه بالتقصير.");
        assertFalse(verbs.stream().anyMatch(m -> m.surface().contains("فالتقى") || m.surface().contains("فاتهمه")), verbs.toString());
    }

    @Test
    void abroadEndsTheNameOfAMinistryOfExpatriates() {
        List<Mention> ms = TestArticles.mentions("وأعلنت وزارة الخارجية والتعاون والسنغاليين في الخارج أن وزير الشؤون الخارجية "
                + "والموريتانيين في الخارج، السيد أحمد ولد سيدي، وصل أمس. وقال إن الجالية تعيش في الخارج منذ سنوات.");
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة الخارجية والتعاون والسنغاليين في الخارج"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "وزير الشؤون الخارجية والموريتانيين في الخارج"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الشؤون الخارجية والموريتانيين في الخارج"), ms.toString());
        // "abroad" after a word of the sentence is no name's
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("الجالية")), ms.toString());
    }

    @Test
    void aProperNounAfterAKnownBodysWholeNameIsSomeonesName() {
        List<Mention> ms = TestArticles.mentions("ورد المتحدث باسم حكومة إقليم كوردستان جوتيار عادل على القرار بأنه مخالف للدستور.");
        assertTrue(hasMention(ms, MentionType.ORG, "حكومة إقليم كوردستان"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "جوتيار عادل"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "المتحدث باسم حكومة إقليم كوردستان"), ms.toString());
    }

    @Test
    void riversAndWadisAreNamedPlacesWithTheirHead() {
        // "واد" is the Maghreb spelling of "وادي"; "ورغة" is read as و + "رغة"; the model took "واد تانسيفت" for a person
        List<Mention> ms = TestArticles.mentions("وارتفع منسوب واد ورغة وواد تانسيفت بعد الأمطار، فيما امتلأ سد الوحدة على واد سبو. "
                + "وتحدث الخبير الهولندي عن نهر الراين، ثم زار جزيرة وعاد إلى بلاده.");
        assertTrue(hasMention(ms, MentionType.LOC, "واد ورغة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "واد تانسيفت"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "نهر الراين"), ms.toString());
        // the Sebou is the known river whatever its head
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("واد سبو") && m.kbId().isPresent()), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.PER), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("وعاد")), ms.toString());
    }

    @Test
    void aTitleBeforeTheFamilyNameOfSomeoneNamedInFullIsNoPost() {
        // the tagger reads "السيسي" and "الخطايبة" as adjectives, like "التنفيذي": only the article's full names tell
        List<Mention> ms = TestArticles.mentions("والتقى مدير الأمن العام اللواء فراس الخطايبة رئيس المركز الأوروبي، وأكد العميد "
                + "الخطايبة أن التعاون مستمر. وقال الرئيس التنفيذي لشركة أرامكو السعودية إن الأرباح ارتفعت.");
        assertTrue(hasMention(ms, MentionType.PER, "فراس الخطايبة"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().equals("الخطايبة")), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.POST && m.surface().equals("العميد الخطايبة")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.POST && m.surface().startsWith("الرئيس التنفيذي")), ms.toString());
    }

    @Test
    void aVerbalNounOfPurposeWithTheArticleIsPartOfABodysName() {
        // "لبحث" (to discuss) ends a post; "البحث" (investigation) is the department's noun
        List<Mention> ms = TestArticles.mentions("وقال مدير إدارة البحث الجنائي إن العصابة فككت. والتقى وزير الصحة لبحث خطة الطوارئ.");
        assertTrue(hasMention(ms, MentionType.POST, "مدير إدارة البحث الجنائي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "وزير الصحة"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("خطة")), ms.toString());
    }

    @Test
    void aOneWordPlaceBetweenTwoWordsOfAForeignNameIsTheNames() {
        // "باردو" is also Bardo in Tunisia
        List<Mention> ms = TestArticles.mentions("وتباحث الوزير مع قائد الحرس المدني الإسباني، مانويل باردو غوميز، في مدريد.");
        assertTrue(hasMention(ms, MentionType.PER, "مانويل باردو غوميز"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("باردو")), ms.toString());
    }

    @Test
    void aPlaceOfTwoWordsBehindAPrepositionIsFoundThoughItSpellsAGivenName() {
        // "بأديس" is not split by the segmenter: it spells the given name باديس
        List<Mention> ms = TestArticles.mentions("وانعقدت القمة الإفريقية بأديس أبابا في فبراير الماضي.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().equals("أديس أبابا")
                && m.kbId().isPresent()), ms.toString());
    }

    @Test
    void aPoliceRankBeforeANameIsATitleNotAPost() {
        List<Mention> ms = TestArticles.mentions("وقال عميد الشرطة الممتاز رشيد العلمي، رئيس المصلحة الإقليمية للشرطة القضائية بوجدة، "
                + "إن العملية نجحت. وأوضح المراقب العام للشرطة محمد شريف أن التحقيق مستمر.");
        assertTrue(hasMention(ms, MentionType.PER, "رشيد العلمي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "محمد شريف"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.POST && m.surface().startsWith("رئيس المصلحة الإقليمية")), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("الممتاز") || m.surface().startsWith("المراقب العام")), ms.toString());
    }

    @Test
    void aNumberedSessionOrConferenceKeepsCoordinatedWordsOfItsName() {
        List<Mention> ms = TestArticles.mentions("وشارك الوزير في الدورة العادية الـ37 لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي، "
                + "ثم افتتح المؤتمر العربي الـ47 لقادة الشرطة والأمن العرب أعماله في الجزائر.");
        assertTrue(hasMention(ms, MentionType.EVENT, "الدورة العادية الـ37 لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "المؤتمر العربي الـ47 لقادة الشرطة والأمن العرب"), ms.toString());
    }

    @Test
    void aConjunctionAndVerbLeftWholeEndsTheNameBeforeIt() {
        // the segmenter leaves "فاعتبرت" whole and tags it as a name; "بن" after a body's noun opens a person's name
        List<Mention> ms = TestArticles.mentions("وقضت المحكمة بسجن كمال بن يوسف فاعتبرت هيئة دفاع بن يوسف الحكم قاسيا.");
        assertTrue(hasMention(ms, MentionType.PER, "كمال بن يوسف"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("فاعتبرت") || m.type() == MentionType.ORG && m.surface().contains("بن")), ms.toString());
    }

    @Test
    void theMaghrebsDefiniteMinisterNamesTheMinistryOfHisPortfolio() {
        List<Mention> ms = TestArticles.mentions("وأدانت المحكمة الوزير الأسبق للفلاحة والتنمية الريفية رشيد بوعلام، "
                + "ثم التقى الوزير للمرة الثانية بالوفد، وتحدث الوزير الأول للحكومة.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.value().map(Object::toString).orElse("")
                .contains("وزارة الفلاحة والتنمية الريفية")), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "رشيد بوعلام"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("للمرة") || m.surface().contains("للحكومة") && m.type() == MentionType.ORG), ms.toString());
    }

    @Test
    void aQuotedBrandAndCountryIsTheCompanyThere() {
        List<Mention> ms = TestArticles.mentions("وأوضح المدير أن «آسياسيل العراق» حققت نموا، فيما تأثرت عمليات «زين السودان» بالحرب، "
                + "وأطلقت الوزارة حملة «مصر بلا فيروس».");
        assertTrue(hasMention(ms, MentionType.ORG, "آسياسيل العراق"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "زين السودان"), ms.toString());
        // the plural "عمليات" is no named operation; a campaign's quoted name is still an event, not a company
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("زين")), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().contains("فيروس")), ms.toString());
    }

    @Test
    void aHotelsQuotedNameIsAPlaceNotAPerson() {
        List<Mention> ms = TestArticles.mentions("ووصلت البعثة إلى الدار البيضاء وأقامت بفندق \"هيلتون جاردن\" وسط المدينة.");
        assertTrue(hasMention(ms, MentionType.LOC, "هيلتون جاردن"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.PER), ms.toString());
    }

    @Test
    void aMinistersAdjectiveNamesTheMinistryInTheFeminine() {
        List<Mention> ms = TestArticles.mentions("وقال وزير الصحة الاتحادي هيثم إبراهيم إن الحملة بدأت.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.value().map(Object::toString).orElse("").contains("وزارة الصحة الاتحادية")),
                ms.toString());
    }

    @Test
    void aNegatedAdjectiveTaggedAsANounStaysInTheBodysName() {
        List<Mention> ms = TestArticles.mentions("وأعلن جهاز مكافحة الهجرة غير الشرعية بالزاوية توقيف عشرين مهاجرا.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("جهاز مكافحة الهجرة غير الشرعية")), ms.toString());
    }

    @Test
    void aMasculineCountryAdjectiveAfterAMinistrysNameIsItsOfficials() {
        // "الكويتي" agrees with "وكيل", not with "وزارة الداخلية"
        List<Mention> ms = TestArticles.mentions("وقال وكيل وزارة الداخلية الكويتي الفريق أنور البرجس إن التعاون مستمر.");
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة الداخلية"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().endsWith("الكويتي")), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "أنور البرجس"), ms.toString());
    }

    @Test
    void aBodysHeadTaggedAsAnAdjectiveStillHeadsThePost() {
        // "أكاديمية" is also "academic"
        List<Mention> ms = TestArticles.mentions("وألقى رئيس أكاديمية الشرطة كلمة في الحفل.");
        assertTrue(hasMention(ms, MentionType.POST, "رئيس أكاديمية الشرطة"), ms.toString());
    }

    @Test
    void aMissionsRemitWithItsPrepositionIsPartOfItsName() {
        List<Mention> ms = TestArticles.mentions("وحضر اللقاء رئيس بعثة الاتحاد الأوروبي للمساعدة في إدارة الحدود في ليبيا، "
                + "وشارك في الدورة العادية الـ36 لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي المقررة في فبراير.");
        assertTrue(hasMention(ms, MentionType.ORG, "بعثة الاتحاد الأوروبي للمساعدة في إدارة الحدود في ليبيا"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "الدورة العادية الـ36 لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي"), ms.toString());
    }

    @Test
    void aPeoplesPluralAfterAServiceNounIsThePeoplesNotTheBodys() {
        List<Mention> ms = TestArticles.mentions("واجتمع رؤساء الشرطة الأفارقة في الجزائر لبحث التعاون.");
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().contains("الأفارقة")), ms.toString());
    }

    @Test
    void aFeaturesNameTheTaggerReadAsACommonNounIsStillItsName() {
        // "أربعات" is tagged as a plural noun; no dictionary has it
        List<Mention> ms = TestArticles.mentions("وغمرت المياه القرى بعد انهيار سد أربعات شمال بورتسودان، ولم يتضرر سد الحماية.");
        assertTrue(hasMention(ms, MentionType.LOC, "سد أربعات"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("سد الحماية")), ms.toString());
    }

    @Test
    void placesOfWorshipAndTemplesAreNamedPlaces() {
        List<Mention> ms = TestArticles.mentions("وتجول الزوار في معبد أرتيميس، ثم زاروا كاتدرائية ميلاد المسيح ومسجد مصر الكبير. "
                + "وقدم الباحث إطارا جامعا للتعاون.");
        assertTrue(hasMention(ms, MentionType.LOC, "معبد أرتيميس"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "كاتدرائية ميلاد المسيح"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "مسجد مصر الكبير"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("جامعا")), ms.toString());
    }

    @Test
    void aFamilyNameAfterACompoundGivenNameSpeltWithTheArticle() {
        List<Mention> ms = TestArticles.mentions("كما أدين الوالي الأسبق، محمد الأمين بلقاسمي، بأربع سنوات حبسا. والتقى سالم المطيري سبل التعاون.");
        assertTrue(hasMention(ms, MentionType.PER, "محمد الأمين بلقاسمي"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("سبل")), ms.toString());
        // a name at the article's very first word
        assertTrue(hasMention(TestArticles.mentions("محمد الطاهر بوزيان يفوز بالجائزة"), MentionType.PER, "محمد الطاهر بوزيان"));
    }

    @Test
    void aBattleNamedByWhereItWasFoughtIsAnEventNeverBare() {
        List<Mention> ms = TestArticles.mentions("وتحدث القائد عن معركة طرابلس عام 2011، وقال القائد إن المعركة ضد الإرهاب مستمرة وإن معركة التنمية طويلة.");
        assertTrue(hasMention(ms, MentionType.EVENT, "معركة طرابلس"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.EVENT && (m.surface().startsWith("المعركة") || m.surface().contains("التنمية"))),
                ms.toString());
    }
}

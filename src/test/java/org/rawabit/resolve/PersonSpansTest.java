package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;

/**
 * Issue 11, persons on news the rules were not fitted on: titles and honorifics never in a name, fragments of a
 * name joined to it or dropped, lineage names within an article, venues named after people. Sentences written
 * for this test (other names, countries and titles than the press pages), analysed with the real CoreNLP models.
 */
class PersonSpansTest {

    private static List<Mention> persons(List<Mention> ms) {
        return ms.stream().filter(m -> m.type() == MentionType.PER).toList();
    }

    private static void assertPerson(List<Mention> ms, String surface) {
        assertTrue(persons(ms).stream().anyMatch(m -> m.surface().equals(surface)), "no person '" + surface + "' in " + persons(ms));
    }

    private static void assertNoPersonWith(List<Mention> ms, String word) {
        assertTrue(persons(ms).stream().noneMatch(m -> m.surface().contains(word)), "a person with '" + word + "' in " + persons(ms));
    }

    private static Optional<String> entityOf(ResolvedDocument rd, String surface) {
        return rd.mentions().stream().filter(l -> l.mention().type() == MentionType.PER && l.mention().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no person mention '" + surface + "' in " + rd.mentions())).entityId();
    }

    @Test
    void aFamilyNameTheTaggerReadsAsAPastVerbStaysTheNames() {
        // "أخنوش" is tagged VBD (أ + خنش); after a given name it is the family name
        assertPerson(TestArticles.mentions("وترأس رئيس الحكومة عزيز أخنوش مجلسا للوزراء بالرباط أمس."), "عزيز أخنوش");
        // a verb with its subject's ending is no family name
        assertNoPersonWith(TestArticles.mentions("وقال الوزير إن المعارضين عادل قالوا كلاما آخر."), "قالوا");
    }

    @Test
    void aFamilyNameAfterAGivenAndAFathersNameThatIsNoWordOfTheDictionary() {
        // "البدران", "العتيبان": definite, tagged as adjectives, but no common word: the family name after a post
        assertPerson(TestArticles.mentions("وقال محافظ ذي قار عبد الرحمن جاسم الخزعلان إن الأزمة ستنتهي قريبا."), "عبد الرحمن جاسم الخزعلان");
        // a common word there is the sentence's ("الوفد": the delegation he received)
        assertNoPersonWith(TestArticles.mentions("واستقبل الوزير خالد محمود الوفد الزائر في مكتبه."), "الوفد");
    }

    @Test
    void threeWordNamesKeepTheirFirstAndLastWords() {
        List<Mention> ms = TestArticles.mentions("وأكد علي حسن الجابر أن الاتفاق نهائي. واستقبل الوزير خالد محمود الحربي الوفد. "
                + "واستقبل رئيس الوزراء العراقي محمد شياع السوداني وفدا، بينما استقبل الوزير أحمد سالم الملف الكامل.");
        // "علي" folds like the preposition "على", but tagged as a name before another it opens the name
        assertPerson(ms, "علي حسن الجابر");
        // after a given and a father's name, a relational family name
        assertPerson(ms, "خالد محمود الحربي");
        // the family name of an Iraqi is not his nationality when it names another country
        assertPerson(ms, "محمد شياع السوداني");
        // a common noun after the name is the verb's object
        assertNoPersonWith(ms, "الملف");
    }

    @Test
    void aVerbalNounWithBaAfterAGivenNameIsNotTheName() {
        List<Mention> ms = TestArticles.mentions("وألزمت المحكمة الابتدائية يوسف بدفع تعويض للضحية، وطالب النائب سمير بتقديم توضيحات. "
                + "وقال الأمين العام عبد الإله بنكيران إن الحزب موحد.");
        assertNoPersonWith(ms, "بدفع");
        assertNoPersonWith(ms, "بتقديم");
        // a family name the segmenter split as ب + … is still the name's
        assertPerson(ms, "عبد الإله بنكيران");
        // a court named after its district (a saint's name) is a court, not a person
        List<Mention> court = TestArticles.mentions("وأدانت محكمة سيدي امحمد المتهمين بالتزوير.");
        assertTrue(court.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("محكمة سيدي")), court.toString());
        assertNoPersonWith(court, "سيدي");
    }

    @Test
    void compoundNamesEndingInAllahKeepTheirLastWord() {
        List<Mention> ms = TestArticles.mentions("وسجل المهاجم يحيى عطية الله الهدف الثاني. وأكد النائب حسن فضل الله أن الجلسة تأجلت. "
                + "وقال الخطيب إن الله رحيم بعباده وإن الدين يسر.");
        assertPerson(ms, "يحيى عطية الله");
        assertPerson(ms, "حسن فضل الله");
        // the second word of a compound name is no surname of its own
        assertTrue(persons(ms).stream().noneMatch(m -> m.surface().equals("الله") || m.surface().equals("الدين")), persons(ms).toString());
    }

    @Test
    void honorificsAndTitlesAreNeverPersons() {
        List<Mention> ms = TestArticles.mentions("وقالت سعادة السفيرة هند العتيبي إن الزيارة ناجحة. وأكد معالي الوزير أن الخطة جاهزة. "
                + "وأعلن فخامة الرئيس عن مبادرة، وقال سماحة المفتي إن العيد يوم الأحد. وحضر شيخ الأزهر الحفل.");
        assertPerson(ms, "هند العتيبي");
        for (String title : List.of("سعادة", "معالي", "فخامة", "سماحة", "الأزهر")) assertNoPersonWith(ms, title);
    }

    @Test
    void aTitleBetweenAPostAndTheNameStaysOutOfBoth() {
        List<Mention> ms = TestArticles.mentions("وقال مدير الدفاع المدني العميد ناصر الهاجري إن الحريق أخمد. "
                + "وترأس حافظ الأختام وزير العدل كمال بلقاسم اجتماعا للقضاة.");
        // a family name the tagger reads as a common noun still ends the name after a title
        assertPerson(ms, "ناصر الهاجري");
        assertPerson(ms, "كمال بلقاسم");
        assertNoPersonWith(ms, "الأختام");
        assertNoPersonWith(ms, "اجتماعا");
        assertTrue(ms.stream().noneMatch(m -> m.type() != MentionType.PER && m.surface().contains("العميد")), ms.toString());
    }

    @Test
    void lineageNamesKeepTheirFamilyAndAPlaceSpelledInThem() {
        List<Mention> ms = TestArticles.mentions("وحضر اللقاء العقيد فيصل بن منصور آل حميد والدكتور سالم بن سعيد الحارثي، "
                + "ومعهم المستشار عمر بن سليمان.");
        assertPerson(ms, "فيصل بن منصور آل حميد");
        assertPerson(ms, "سالم بن سعيد الحارثي");
        // "بن سليمان" is also a Moroccan town: inside a name it is the father's name
        assertPerson(ms, "عمر بن سليمان");
    }

    @Test
    void aShortLineageOrAFragmentIsThePersonTheArticleNamesInFull() {
        ResolvedDocument rd = TestArticles.resolve("استقبل الأمير بندر بن خالد بن فيصل الوفد في جدة. وأكد الأمير بندر بن خالد أن "
                + "المملكة تدعم المبادرة. وأضاف بندر أن الزيارة مثمرة. وقال الوزير فهد بن خالد إن العمل مستمر.");
        Optional<String> full = entityOf(rd, "بندر بن خالد بن فيصل");
        assertTrue(full.isPresent());
        assertEquals(full, entityOf(rd, "بندر بن خالد"));
        assertEquals(full, entityOf(rd, "بندر"));
        // another son of a خالد is someone else, and "خالد" alone is nobody's surname here
        assertTrue(!entityOf(rd, "فهد بن خالد").equals(full));
    }

    @Test
    void aLoneGivenNameNamesNobodyUnlessSupported() {
        ResolvedDocument rd = TestArticles.resolve("وكان يوسف يعمل في المصنع منذ سنوات. وقضت المحكمة بسجن المتهم “حسن.م” عامين.");
        assertTrue(rd.entities().stream().noneMatch(e -> e.type() == MentionType.PER && e.label().equals("يوسف")), rd.entities().toString());
    }

    @Test
    void streetsAndVenuesNamedAfterPeopleArePlaces() {
        List<Mention> ms = TestArticles.mentions("وانطلقت المسيرة من شارع الملك فيصل نحو جسر الأمير محمد، ونزل الوفد في فندق الأمير سلطان.");
        assertNoPersonWith(ms, "فيصل");
        assertNoPersonWith(ms, "محمد");
        assertNoPersonWith(ms, "سلطان");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("شارع")), ms.toString());
    }

    @Test
    void aDualObjectIsNoFamilyName() {
        // "هدفين", "مقعدين": the dual of a dictionary noun after a name is what the sentence counts
        List<Mention> ms = TestArticles.mentions("وسجل المهاجم الدولي كريستيان بنتيكي هدفين في الشوط الثاني، وحصد حزب الأمة القومي "
                + "مقعدين، وقال الناطق باسمه مبارك الفاضل إن النتيجة مرضية.");
        assertPerson(ms, "كريستيان بنتيكي");
        assertNoPersonWith(ms, "هدفين");
        assertPerson(ms, "مبارك الفاضل");
    }

    @Test
    void theWordsBeforeACommaAndAnAppositionAreTheNames() {
        // "… الحسني، عضو …": the family name the tagger read as an adjective, before what the person is
        List<Mention> ms = TestArticles.mentions("وقال المحامي كريم الإدريسي الحسني، عضو هيئة الدفاع، إن موكله بريء، وأوضح الباحث "
                + "عمر الصادق بوشناق، الأستاذ بجامعة سوسة، أن النمو ضعيف.");
        assertPerson(ms, "كريم الإدريسي الحسني");
        assertPerson(ms, "عمر الصادق بوشناق");
        // a nationality before the comma stays out
        List<Mention> other = TestArticles.mentions("وقال المدرب خالد العلي المصري، مدرب المنتخب، إن الفريق جاهز.");
        assertNoPersonWith(other, "المصري");
    }

    @Test
    void aLineageOpenedByAnUnlistedGivenNameOrAProfession() {
        List<Mention> ms = TestArticles.mentions("وفي دائرة كيفة، تقدم محمدو ولد الشيخ سيديا بنسبة 58 في المائة، فيما برأت "
                + "المحكمة المهندسة رنيم فؤاد عبد الملك، وترأس الجلسة النائب الأكبر سنا عواد حمدان الخريشة.");
        assertPerson(ms, "محمدو ولد الشيخ سيديا");
        assertPerson(ms, "عواد حمدان الخريشة");
        assertPerson(ms, "رنيم فؤاد عبد الملك");
        assertNoPersonWith(ms, "سنا");
    }

    @Test
    void aMaghrebiNameSplitAfterBuAndAPrepositionBeforeANumber() {
        // "بوشعالة": the segmenter reads "ب" + "و" + …, an order the two never come in
        List<Mention> ms = TestArticles.mentions("وقال المحلل كريم الهادي بوشعالة، الخبير في الشأن المالي، إن السوق مستقرة، وتوجت العداءة "
                + "سلمى أيت حمو بفضية 1500 متر.");
        assertPerson(ms, "كريم الهادي بوشعالة");
        assertPerson(ms, "سلمى أيت حمو");
        assertNoPersonWith(ms, "بفضية");
    }

    @Test
    void aNounInConstructAfterANameIsTheSentencesObject() {
        List<Mention> ms = TestArticles.mentions("وبحث الوزير مع المدير العام لصندوق النقد العربي فهد بن محمد التركي سبل التعاون، وافتتحت الوزيرة نور الهدى "
                + "بنسالم معرض الصناعة التقليدية، واستقبل الرئيس أحمد محمد عبد الرحمن الوفد.");
        assertPerson(ms, "فهد بن محمد التركي");
        assertPerson(ms, "نور الهدى بنسالم");
        // a compound given name is no construct ("عبد الرحمن")
        assertPerson(ms, "أحمد محمد عبد الرحمن");
    }

    @Test
    void particlesOfEuropeanNamesAndLineageGluedToAbdStayInTheName() {
        List<Mention> ms = TestArticles.mentions("وقال المدرب البلجيكي مارك فان دير هوفن إن لاعبيه جاهزون، وصرح السفير الألماني "
                + "هانز فون برانت بأن المحادثات مثمرة. وحضر الجلسة المستشار عمر بنعبد الله الوديي.");
        // "فان" is segmented ف + "ان"; with "دير" it is the name's, as is the word after it
        assertPerson(ms, "مارك فان دير هوفن");
        assertPerson(ms, "هانز فون برانت");
        // "بنعبد الله": a lineage word written together with "عبد" opens the compound, the family name follows
        assertPerson(ms, "عمر بنعبد الله الوديي");
        // "فإن" after a name is the conjunction, not a particle
        assertNoPersonWith(TestArticles.mentions("وأما المدرب مارك فإن فريقه سيلعب غدا."), "فريق");
    }

    @Test
    void aNameWithoutItsMiddleWordsIsTheOneFullerNameOfTheArticle() {
        ResolvedDocument rd = TestArticles.resolve("واستقبل العقيد سلمان القرشي الوفد. وقال العقيد سلمان بن راشد القرشي إن التعاون مستمر، "
                + "وأضاف القرشي أن اللقاء كان مثمرا. وحضر اللواء حمد العنزي والعقيد سعود بن فهد العنزي.");
        Optional<String> full = entityOf(rd, "سلمان بن راشد القرشي");
        assertTrue(full.isPresent());
        assertEquals(full, entityOf(rd, "سلمان القرشي"));
        assertEquals(full, entityOf(rd, "القرشي"));
        // other first names are other people
        assertTrue(!entityOf(rd, "حمد العنزي").equals(entityOf(rd, "سعود بن فهد العنزي")));
    }

    @Test
    void aNameSetOffByCommasAfterAPostRunsToTheNextComma() {
        List<Mention> ms = TestArticles.mentions("وأكد وزير الداخلية الجزائري، صلاح الدين الطويل، في كلمة ألقاها أمس، أن الحدود آمنة.");
        // "الطويل" (tall) is a common adjective; between the commas it is the family name
        assertPerson(ms, "صلاح الدين الطويل");
        // a country's adjective there says where the person is from
        assertNoPersonWith(TestArticles.mentions("وقال رئيس الوفد، سمير حداد المغربي، إن الاتفاق جاهز."), "المغربي");
    }

    @Test
    void theHoldersOfHonoursInThePluralAreNoPerson() {
        // "سموه" is a title; "بأصحاب المعالي" (their excellencies) after it is no name the segmenter split
        assertNoPersonWith(TestArticles.mentions("وقد رحب سموه بأصحاب المعالي والسعادة رؤساء الوفود المشاركة في الاجتماع."), "أصحاب");
    }

    @Test
    void inFavourOfIsNoGivenName() {
        // "لصالح" is "in favour of" (ل + صالح); the person is whom the vote favoured
        List<Mention> ms = TestArticles.mentions("وصوت نواب الكتلة لصالح الدباغ، فيما ذهبت الأصوات الباقية لصالح المرشح المستقل.");
        assertNoPersonWith(ms, "صالح");
    }

    @Test
    void namesInThePluralAfterAPrepositionAreNoPerson() {
        // "أسماء" is a given name and the plural "names"
        List<Mention> ms = TestArticles.mentions("وفتحت الشبكة حسابات مصرفية بأسماء وهمية، ثم سجلت عقارات بأسماء أقارب المتهمين.");
        assertNoPersonWith(ms, "أسماء");
        // a woman so named after a preposition stays a person
        assertPerson(TestArticles.mentions("وقدمت الجمعية درعا للدكتورة أسماء بن قادة تقديرا لجهودها."), "أسماء بن قادة");
    }
}

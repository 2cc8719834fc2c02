package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.MentionAssertions.assertHas;
import static org.rawabit.MentionAssertions.has;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;

/**
 * Issue 11, news of other kinds than the seeds (courts, sport, economy, elections): names the rules
 * must read there. Sentences written for this test, analysed with the real CoreNLP models.
 */
class UnseenNewsKindsTest {

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Entity entity(ResolvedDocument rd, MentionType type, String form) {
        return rd.entities().stream().filter(e -> e.type() == type && (e.label().equals(form) || e.altLabels().contains(form)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " entity named '" + form + "' in " + rd.entities()));
    }

    @Test
    void courtsChambersAndTheirJudges() {
        List<Mention> ms = find("قضت محكمة جنايات الإسكندرية بسجن المتهم، ويحق له الطعن أمام محكمة النقض.");
        assertHas(ms, MentionType.ORG, "محكمة جنايات الإسكندرية");
        assertHas(ms, MentionType.ORG, "محكمة النقض");
        assertHas(find("وأيدت غرفة الجنايات الاستئنافية الحكم الصادر في حق المتهمين."), MentionType.ORG, "غرفة الجنايات الاستئنافية");
        // a name quoted after the title, as court reports write it
        List<Mention> judge = find("وترأست الجلسة القاضية “سارة منير” بحضور هيئة الدفاع.");
        assertHas(judge, MentionType.PER, "سارة منير");
        // a compound given name ends in a definite word: the surname after it is still the name's
        assertHas(find("وغرمت المحكمة شمس الدين بلعيد مليون درهم."), MentionType.PER, "شمس الدين بلعيد");
        // adjectives after the session's number are part of its name
        assertHas(find("واختتمت المحكمة الدورة الجنائية الثانية الاستثنائية أمس."), MentionType.EVENT, "الدورة الجنائية الثانية الاستثنائية");
    }

    @Test
    void partiesAndMovementsNamedByOneWordOrAConstruct() {
        List<Mention> ms = find("ودعت حركة مجتمع السلم إلى مقاطعة الاقتراع، بينما أعلن حزب تواصل مشاركته، "
                + "ورحب تحالف تقدم بالمبادرة، وانتقدت الحركة الشعبية لتحرير السودان القرار.");
        assertHas(ms, MentionType.ORG, "حركة مجتمع السلم");
        assertHas(ms, MentionType.ORG, "حزب تواصل");
        assertHas(ms, MentionType.ORG, "تحالف تقدم");
        assertHas(ms, MentionType.ORG, "الحركة الشعبية لتحرير السودان");
        // traffic is movement, a masculine verb after "حزب" is what a party does, and a bare head names no party
        List<Mention> none = find("وعادت حركة المرور إلى طبيعتها، وقال حزب يطالب بالإصلاح إن الحوار ضروري، وانضم حزب آخر إلى الائتلاف.");
        assertTrue(none.stream().noneMatch(m -> m.type() == MentionType.ORG), none.toString());
        // a company's foreign name the tagger reads as a verb; a verb agreeing with the company is what it does
        // (its country's adjective after it says where it is from: BodiesOfLocalAndEconomicNewsTest)
        assertHas(find("ووقعت الحكومة أمس عقدا مع شركة شل الهولندية."), MentionType.ORG, "شركة شل");
        List<Mention> verbs = find("وقالت شركة تعمل في القطاع إن الأسعار سترتفع.");
        assertTrue(verbs.stream().noneMatch(m -> m.type() == MentionType.ORG), verbs.toString());
    }

    @Test
    void healthNewsDiseasesAreNoPlacesAndVillagesKeepTheirFirstLetter() {
        List<Mention> ms = find("وأعلنت وزارة الصحة تسجيل وفاة جديدة بالكوليرا في بلدة ببنين شمالي البلاد، و30 إصابة بالحصبة في قرية بكفيا.");
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("الكوليرا") || m.surface().contains("الحصبة")), ms.toString());
        // the segmenter reads "ببنين" as ب + بنين (Benin): after "بلدة" it is the village's whole name, not the country
        Mention village = ms.stream().filter(m -> m.type() == MentionType.LOC && m.surface().equals("ببنين")).findFirst()
                .orElseThrow(() -> new AssertionError("no place 'ببنين' in " + ms));
        assertEquals(Optional.empty(), village.kbId());
        assertTrue(TestArticles.resolve("وتوفي طفل بالكوليرا في بلدة ببنين أمس.").entities().stream().noneMatch(e -> e.id().contains("country-BJ")));
        assertHas(ms, MentionType.LOC, "بكفيا");
    }

    @Test
    void sessionsOfFairsAndConferencesNamedByANameTheyGovern() {
        List<Mention> ms = find("وافتتحت أمس الدورة الخامسة والعشرون للمعرض الدولي للفلاحة بمكناس، بينما ينعقد مؤتمر ميونيخ للأمن الأسبوع المقبل. "
                + "وشارك الوزير في منتدى أسوان للسلام والتنمية، وعقد مؤتمرا صحفيا بعد مؤتمر الحزب الاشتراكي.");
        assertHas(ms, MentionType.EVENT, "الدورة الخامسة والعشرون للمعرض الدولي للفلاحة");
        assertHas(ms, MentionType.EVENT, "منتدى أسوان للسلام والتنمية");
        // a congress of a body named by no name is no named event
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("الحزب")), ms.toString());
        // what is planned ends the name of an election
        assertHas(find("وتستعد الأحزاب للانتخابات البلدية الجزئية المقررة في مارس."), MentionType.EVENT, "للانتخابات البلدية الجزئية");
        // "دورته": a session owned by the festival just named is not the ministry's that organises the festival
        ResolvedDocument rd = TestArticles.resolve("وتنظم وزارة الشؤون الثقافية مهرجان الحمامات الدولي في دورته التاسعة والخمسين هذا الصيف.");
        assertTrue(rd.entities().stream().noneMatch(e -> e.type() == MentionType.EVENT && e.label().contains("وزارة")), rd.entities().toString());
    }

    @Test
    void aStadiumEndsBeforeTheCityItLiesInGluedToBa() {
        List<Mention> ms = find("وتقام المباراة النهائية في ملعب حمادي العقربي بوهران مساء الجمعة.");
        assertHas(ms, MentionType.LOC, "ملعب حمادي العقربي");
        Mention city = ms.stream().filter(m -> m.type() == MentionType.LOC && m.surface().equals("وهران")).findFirst()
                .orElseThrow(() -> new AssertionError("no place 'وهران' in " + ms));
        assertEquals(Optional.of("city-dz-oran"), city.kbId());
        // after a palace's definite name, a name is the host's, not the palace's; after a title it is the palace's
        List<Mention> host = find("واستقبل في قصر الضيافة كريم الشامي وفدا من رجال الأعمال، ثم زار ملعب الأمير مولاي الحسن.");
        assertHas(host, MentionType.LOC, "قصر الضيافة");
        assertHas(host, MentionType.PER, "كريم الشامي");
        assertHas(host, MentionType.LOC, "ملعب الأمير مولاي الحسن");
    }

    @Test
    void sportNamesEndBeforeWhereAndWhenAndKeepTheirCompoundGivenNames() {
        List<Mention> ms = find("وأحرزت البطلة الجزائرية فاطمة الزهراء بوعلاق الفضية في بطولة العالم للملاكمة المقامة في نيودلهي، "
                + "وتوج نادي شباب بلوزداد بلقب الرابطة المحترفة الأولى للمرة الرابعة، وعين الاتحاد المدرب نبيل معلول خلفا لسعيد زروقي.");
        assertHas(ms, MentionType.PER, "فاطمة الزهراء بوعلاق");
        assertHas(ms, MentionType.EVENT, "بطولة العالم للملاكمة");
        assertHas(ms, MentionType.ORG, "الرابطة المحترفة الأولى");
        // "لسعيد": ل before a given name is the preposition, not the name's first letter
        assertHas(ms, MentionType.PER, "سعيد زروقي");
    }

    @Test
    void aStateBodyKnownByANameEveryStateUsesIsTheStateTheArticleNames() {
        ResolvedDocument jordan = TestArticles.resolve("وضبطت إدارة مكافحة المخدرات شحنة حبوب مخدرة في محافظة المفرق قرب الحدود السورية.");
        Entity office = entity(jordan, MentionType.ORG, "إدارة مكافحة المخدرات");
        assertTrue(!office.id().contains("us-dea"), office.toString());
        // in an article on the United States it is the American one
        ResolvedDocument us = TestArticles.resolve("وأعلنت إدارة مكافحة المخدرات في واشنطن توقيف مهربين.");
        assertTrue(us.entities().stream().anyMatch(e -> e.id().contains("us-dea")), us.entities().toString());
    }

    @Test
    void aBodyAfterTheGenitiveLamKeepsItsArticleAndItsIdentity() {
        // "للبنك": the segmenter leaves the article's lam on the word (ل + لبنك); the bank is still the one named again later
        ResolvedDocument rd = TestArticles.resolve("ووجه الوزير رسالة للبنك التونسي للتضامن بشأن القروض الصغيرة. "
                + "وقدم تقريره للجنة الوطنية لحقوق الإنسان، ثم للجنة الأمم المتحدة للقانون التجاري الدولي. "
                + "وأكد البنك التونسي للتضامن أنه سيدرس الطلب.");
        Entity bank = entity(rd, MentionType.ORG, "البنك التونسي للتضامن");
        assertEquals("البنك التونسي للتضامن", bank.label());
        assertEquals(1, rd.entities().stream().filter(e -> e.label().contains("التونسي للتضامن")).count(), rd.entities().toString());
        // a head with a lam of its own ("لجنة"): definite before its adjective, in construct before a name
        assertEquals("اللجنة الوطنية لحقوق الإنسان", entity(rd, MentionType.ORG, "لجنة الوطنية لحقوق الإنسان").label());
        assertTrue(rd.entities().stream().noneMatch(e -> e.label().startsWith("اللجنة الأمم")), rd.entities().toString());
    }

    @Test
    void aBodyNamedByTheStartOfTheOneLongerNameIsThatBody() {
        ResolvedDocument rd = TestArticles.resolve("افتتحت محكمة الجنايات الابتدائية بوهران دورتها أمس. "
                + "وقال رئيس محكمة الجنايات إن القضايا كثيرة.");
        Entity court = entity(rd, MentionType.ORG, "محكمة الجنايات الابتدائية");
        List<LinkedMention> shortForms = rd.mentions().stream().filter(l -> l.mention().type() == MentionType.ORG
                && l.mention().surface().equals("محكمة الجنايات")).toList();
        assertEquals(1, shortForms.size(), rd.mentions().toString());
        assertEquals(Optional.of(court.id()), shortForms.get(0).entityId(), rd.entities().toString());
        assertEquals(1, rd.entities().stream().filter(e -> e.type() == MentionType.ORG).count(), rd.entities().toString());
        // with two longer names it could be either: it stays apart
        ResolvedDocument two = TestArticles.resolve("أحالت محكمة الاستئناف التجارية الملف على محكمة الاستئناف الإدارية. "
                + "وأكدت محكمة الاستئناف أن الملف كامل.");
        Entity commercial = entity(two, MentionType.ORG, "محكمة الاستئناف التجارية");
        Entity administrative = entity(two, MentionType.ORG, "محكمة الاستئناف الإدارية");
        assertNotEquals(commercial.id(), administrative.id());
        assertTrue(!commercial.altLabels().contains("محكمة الاستئناف") && !administrative.altLabels().contains("محكمة الاستئناف"),
                two.entities().toString());
    }

    @Test
    void sportTeamsAndNamedCompetitions() {
        List<Mention> ms = find("وتأهل المنتخب المغربي الأول لكرة القدم إلى نهائيات كأس إفريقيا 2027 بعد مشاركته في كأس العالم للأندية.");
        assertHas(ms, MentionType.ORG, "المنتخب المغربي الأول لكرة القدم");
        assertHas(ms, MentionType.EVENT, "كأس إفريقيا 2027");
        assertHas(ms, MentionType.EVENT, "كأس العالم للأندية");
        // a competition is the same event in every article that names it
        ResolvedDocument a = TestArticles.resolve("a", "وتستعد الفرق لبطولة إفريقيا لألعاب القوى في الصيف.");
        ResolvedDocument b = TestArticles.resolve("b", "وفاز العداء بذهبية بطولة إفريقيا لألعاب القوى أمس.");
        Entity ea = entity(a, MentionType.EVENT, "بطولة إفريقيا لألعاب القوى");
        assertEquals(ea.id(), entity(b, MentionType.EVENT, "بطولة إفريقيا لألعاب القوى").id());
        assertEquals(Optional.of("championship"), ea.event().map(Entity.EventDetails::kind));
        // a bare head with a time adjective names no event
        assertTrue(find("وتستعد الأحزاب للانتخابات المقبلة.").stream().noneMatch(m -> m.type() == MentionType.EVENT));
    }

    @Test
    void economyCompaniesForumsAndMinistersMeetings() {
        List<Mention> ms = find("ووقعت مجموعة \"الأطلس\" للصناعات الغذائية اتفاقا خلال منتدى الأعمال المغربي الإسباني 2024 في طنجة.");
        assertHas(ms, MentionType.ORG, "الأطلس");
        assertHas(ms, MentionType.EVENT, "منتدى الأعمال المغربي الإسباني 2024");
        assertHas(find("وشارك الوزير في الاجتماع التشاوري لوزراء المالية الأفارقة بالقاهرة."), MentionType.EVENT,
                "الاجتماع التشاوري لوزراء المالية الأفارقة");
        // a forum without a year or its participants is a description
        assertTrue(find("وتحدث الخبير في المنتدى الاقتصادي عن التضخم.").stream().noneMatch(m -> m.type() == MentionType.EVENT));
    }

    @Test
    void placesThatAreAdjectivesAgreementsOrPartOfALongerPlace() {
        List<Mention> capital = find("ووصل الوفد إلى العاصمة السعودية الرياض مساء أمس.");
        assertHas(capital, MentionType.LOC, "الرياض");
        assertTrue(!has(capital, MentionType.LOC, "السعودية"), capital.toString());
        assertHas(find("وأعلنت السعودية عن استثمارات جديدة."), MentionType.LOC, "السعودية");
        // a place an agreement is named after is not mentioned, there or where the article repeats it bare
        List<Mention> agreement = find("واستعرض الوزيران اتفاقية أغادير ودعوا إلى اجتماع وزراء تجارة أغادير.");
        assertTrue(agreement.stream().noneMatch(m -> m.type() == MentionType.LOC), agreement.toString());
        List<Mention> there = find("ووقع الوزيران على تفعيل اتفاقية أغادير، ثم عقدا لقاء في أغادير.");
        assertEquals(1, there.stream().filter(m -> m.type() == MentionType.LOC).count(), there.toString());
        List<Mention> countryside = find("ودشن الوزير مصنعا للإسمنت بريف دمشق.");
        assertHas(countryside, MentionType.LOC, "ريف دمشق");
        assertTrue(!has(countryside, MentionType.LOC, "دمشق"), countryside.toString());
    }

    @Test
    void aGenitiveComplementMayBeTwoNounsJoinedByWa() {
        assertHas(find("وأعلن الديوان الوطني للتكوين والتعليم المهنيين عن مباراة جديدة."), MentionType.ORG,
                "الديوان الوطني للتكوين والتعليم المهنيين");
        // not a list of bodies after a name
        List<Mention> list = find("وتعاونت وزارة الصحة والمنظمات الدولية في الحملة.");
        assertHas(list, MentionType.ORG, "وزارة الصحة");
        assertTrue(list.stream().noneMatch(m -> m.surface().contains("والمنظمات")), list.toString());
    }

    @Test
    void venuesAreOnePlaceWithTheirNoun() {
        List<Mention> airport = find("ووصل الوفد إلى مطار قرطاج الدولي مساء الأحد.");
        assertHas(airport, MentionType.LOC, "مطار قرطاج الدولي");
        List<Mention> stadium = find("وأقيمت المباراة على ملعب نادي الشرطة الرياضي أمام جمهور غفير.");
        assertHas(stadium, MentionType.LOC, "ملعب نادي الشرطة الرياضي");
        assertTrue(!has(stadium, MentionType.ORG, "نادي الشرطة الرياضي"), stadium.toString());
    }

    @Test
    void championshipsHolidaysAndSessionsWithAndWithoutTheirAdjectives() {
        List<Mention> ms = find("وحصد المنتخب في البطولة 14 ميدالية خلال البطولة الإفريقية الثالثة للجودو.");
        assertHas(ms, MentionType.EVENT, "البطولة الإفريقية الثالثة للجودو"); // its sport is its name's
        // a bare number before a counted noun is a count, not the championship's number
        assertTrue(!has(ms, MentionType.EVENT, "البطولة 14"), ms.toString());
        assertHas(find("وتتوقف الدراسة بمناسبة عيد الفطر."), MentionType.EVENT, "عيد الفطر");
        // the headline's short name and the body's longer one are one session, one championship
        ResolvedDocument rd = TestArticles.resolve("انطلاق الدورة الـ41 بجنيف\n\nوتبدأ الدورة العادية الـ41 غدا. "
                + "وشارك العداء في البطولة الثالثة ثم في البطولة الإفريقية الثالثة.");
        assertEquals(1, rd.entities().stream().filter(e -> e.event().map(d -> d.ordinal().equals(Optional.of(41))).orElse(false)).count(),
                rd.entities().toString());
        assertEquals(1, rd.entities().stream().filter(e -> e.event().map(d -> d.ordinal().equals(Optional.of(3))).orElse(false)).count(),
                rd.entities().toString());
    }

    @Test
    void anUpdateLineWithItsTimeZoneAndAnEgyptianMonthIsMetadata() throws Exception {
        org.rawabit.read.Article a = new org.rawabit.read.ArticleCleaner().clean(new org.rawabit.read.RawArticle("t", "t.txt", "", "", "", "",
                "افتتاح معرض الكتاب\n\nآخر تحديث: الاثنين 3 يونيه 2024 - 9:15 ص بتوقيت القاهرة\n\nافتتح الوزير المعرض أمس."));
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 6, 3)), a.published());
        assertTrue(!a.text().contains("القاهرة"), a.text());
    }

    @Test
    void theAgencyADatelineCreditsIsNoMentionOfTheStory() throws Exception {
        org.rawabit.read.Article a = new org.rawabit.read.ArticleCleaner(org.rawabit.kb.KnowledgeBase.bundled()::isPlaceName).clean(new org.rawabit.read.RawArticle(
                "t", "t.txt", "", "", "", "", "البرلمان ينتخب رئيسه\n\nعمّان - بترا: انتخب مجلس النواب الأحد رئيسا جديدا له، "
                        + "وفق ما أفادت به وكالة الأنباء الأردنية (بترا)."));
        List<Mention> ms = TestArticles.RULES.find(TestArticles.ANALYSER_FOR_TESTS.analyse(a));
        int headEnd = a.datelineHeadEnd().orElseThrow();
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.end() <= headEnd), ms.toString());
        // the agency named in the story is still a mention
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().equals("بترا") && m.begin() > headEnd), ms.toString());
    }

    @Test
    void electionsAndVenues() {
        List<Mention> ms = find("وأعلن رئيس الهيئة النتائج المؤقتة لانتخابات التجديد النصفي لمجلس المستشارين بالمركز الوطني للمؤتمرات.");
        assertHas(ms, MentionType.EVENT, "انتخابات التجديد النصفي لمجلس المستشارين");
        assertHas(ms, MentionType.LOC, "المركز الوطني للمؤتمرات");
        assertTrue(!has(ms, MentionType.ORG, "المركز الوطني للمؤتمرات"), ms.toString());
    }
    @Test
    void anEventsComplementMayBeANounGoverningANamedConstruct() {
        // "ل" + a noun in construct with a name: who meets, who is elected
        assertHas(find("وتستضيف عمان الاجتماع السنوي لمحافظي بنوك الخليج الأسبوع المقبل."), MentionType.EVENT,
                "الاجتماع السنوي لمحافظي بنوك الخليج");
        assertHas(find("وتوج الفريق بلقب الدوري المصري الممتاز للمرة الثالثة على التوالي."), MentionType.EVENT, "الدوري المصري الممتاز");
        assertHas(find("وتنطلق غدا الحملة الدعائية لانتخابات تجديد أعضاء مجلس الشورى القطري."), MentionType.EVENT,
                "انتخابات تجديد أعضاء مجلس الشورى القطري");
        assertHas(find("وشارك المرشحون في انتخابات الإعادة لأعضاء مجلس النواب المصري."), MentionType.EVENT,
                "انتخابات الإعادة لأعضاء مجلس النواب المصري");
        // without a name at the end of the construct the meeting stays a description
        assertTrue(find("وحضر الوزير الاجتماع الدوري لوزراء المنطقة.").stream().noneMatch(m -> m.type() == MentionType.EVENT
                && m.surface().contains("المنطقة") && !m.surface().contains("لوزراء")), "");
    }

    @Test
    void aVenueNounBeforeAnotherVenueNounIsNotPartOfTheName() {
        List<Mention> ms = find("وتجري التدريبات على ملاعب مركب الأمير عبد الله الفيصل بجدة.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("ملاعب")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("مركب الأمير")), ms.toString());
    }
    @Test
    void anOfficeOfACountryNamedAfterItIsLabelledWithTheCountrysAdjective() {
        ResolvedDocument rd = TestArticles.resolve("وشارك في المؤتمر وزير الخارجية بجمهورية مصر العربية ووزير الداخلية بالجمهورية التونسية "
                + "ووزير العدل في المملكة الأردنية الهاشمية.");
        java.util.Set<String> labels = new java.util.TreeSet<>();
        rd.entities().stream().filter(e -> e.type() == MentionType.POST).forEach(e -> labels.add(e.label()));
        assertTrue(labels.contains("وزير الخارجية المصري"), labels.toString());
        assertTrue(labels.contains("وزير الداخلية التونسي"), labels.toString());
        // never the adjective of the ministry's own name ("وزير الداخلية الداخلي")
        assertTrue(labels.stream().noneMatch(l -> l.endsWith("الداخلي") || l.endsWith("الخارجي")), labels.toString());
    }
    @Test
    void postsOfDeputiesAndPostsNamedByAChainOfNouns() {
        List<Mention> ms = find("واستقبل مساعد وزير الخارجية للشؤون الأفريقية وفدا برلمانيا، بحضور وكيل وزارة المالية لشؤون الميزانية "
                + "ورئيس أركان الجيش اللبناني.");
        assertHas(ms, MentionType.POST, "مساعد وزير الخارجية للشؤون الأفريقية");
        assertHas(ms, MentionType.POST, "وكيل وزارة المالية لشؤون الميزانية");
        assertHas(ms, MentionType.POST, "رئيس أركان الجيش اللبناني");
        // a second genitive joined by و belongs to the body inside the post, which stays a body
        List<Mention> office = find("وحضر اللقاء مدير عام مكتب الوزير للتخطيط والمتابعة الدكتور رامي النجار.");
        assertHas(office, MentionType.POST, "مدير عام مكتب الوزير للتخطيط والمتابعة");
        assertHas(office, MentionType.ORG, "مكتب الوزير للتخطيط والمتابعة");
        // "المساعدة" is assistance, not a deputy's post
        assertTrue(find("وأكد الطرفان أهمية المساعدة القانونية المتبادلة.").stream().noneMatch(m -> m.type() == MentionType.POST));
    }
    @Test
    void hotelsAndPalacesAreNamedWithTheirNoun() {
        List<Mention> ms = find("ونزل الوفد في فندق هيلتون القاهرة، وعقد ندوة صحفية بفندق الماريوت في عمان قبل أن يلقي كلمة في قصر الأمم بجنيف.");
        assertHas(ms, MentionType.LOC, "فندق هيلتون القاهرة");
        assertHas(ms, MentionType.LOC, "فندق الماريوت");
        assertHas(ms, MentionType.LOC, "قصر الأمم");
        assertHas(find("وتجمع العمال بساحة محمد علي الحامي وسط العاصمة."), MentionType.LOC, "ساحة محمد علي الحامي");
        // after adjectives only, a title opens the name of a venue named after a person
        List<Mention> stadium = find("وتجرى المباراة على أرضية المركب الرياضي الأمير مولاي عبد الله يوم الجمعة.");
        assertTrue(stadium.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("المركب الرياضي الأمير")), stadium.toString());
        // a post or a title after the place is the verb's object, not the place's name
        List<Mention> guest = find("واستقبل الرئيس في قصر الشعب وزير الخارجية التركي، ثم في قصر قرطاج الأمير تركي الفيصل.");
        assertHas(guest, MentionType.LOC, "قصر الشعب");
        assertTrue(guest.stream().noneMatch(m -> m.type() == MentionType.LOC && (m.surface().contains("وزير") || m.surface().contains("الأمير"))),
                guest.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
        // the minors a court protects are not a palace, a hotel named by its article alone is no name
        List<Mention> minors = find("وطالبت الجمعية بحماية القصر من العنف، وغادر الوزير الفندق مساء.");
        assertTrue(minors.stream().noneMatch(m -> m.type() == MentionType.LOC), minors.toString());
    }
    @Test
    void summitsNamedByTheirBodyAndSessionsOfAConferenceNamedByItsComplement() {
        List<Mention> ms = find("وتستعد البرازيل لاستضافة قمة مجموعة العشرين، بعد قمة حلف شمال الأطلسي في لاهاي.");
        assertHas(ms, MentionType.EVENT, "قمة مجموعة العشرين");
        assertHas(ms, MentionType.EVENT, "قمة حلف شمال الأطلسي");
        assertHas(ms, MentionType.ORG, "مجموعة العشرين");
        assertHas(find("وتنطلق الدورة الثلاثون لمؤتمر الأطراف في مدينة بيليم."), MentionType.EVENT, "الدورة الثلاثون لمؤتمر الأطراف");
        // a summit of no named body is not an event's name
        assertTrue(find("وصعد المتسلقون إلى قمة الجبل.").stream().noneMatch(m -> m.type() == MentionType.EVENT));
    }
    @Test
    void aFamilyNameAfterAalEndsTheNameAndWhenAnOfficeWasHeldIsNotTheOffice() {
        List<Mention> ms = find("وافتتح الشيخ حمد بن عيسى آل خليفة معرض البحرين الدولي للطيران.");
        assertHas(ms, MentionType.PER, "حمد بن عيسى آل خليفة");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("معرض")), ms.toString());
        List<Mention> former = find("وقضت المحكمة بسجن وزير النقل الأسبق عشر سنوات، واستمعت إلى مدير الجمارك المكلف.");
        assertHas(former, MentionType.POST, "وزير النقل");
        assertHas(former, MentionType.POST, "مدير الجمارك");
        assertTrue(former.stream().noneMatch(m -> m.surface().contains("الأسبق") || m.surface().contains("المكلف")), former.toString());
    }

    @Test
    void aNameTwoPlacesShareIsTheOneTheArticleMeans() {
        // Amman is written with its shadda, or named in an article on Jordan; Oman otherwise
        ResolvedDocument marked = TestArticles.resolve("ووصل الوفد إلى عمّان مساء الثلاثاء.");
        assertTrue(marked.entities().stream().anyMatch(e -> e.id().endsWith("city-jo-amman")), marked.entities().toString());
        assertTrue(marked.entities().stream().noneMatch(e -> e.id().endsWith("country-OM")), marked.entities().toString());
        ResolvedDocument jordan = TestArticles.resolve("وأعلنت الحكومة الأردنية أن المؤتمر سيعقد في عمان الأسبوع المقبل.");
        assertTrue(jordan.entities().stream().anyMatch(e -> e.id().endsWith("city-jo-amman")), jordan.entities().toString());
        ResolvedDocument oman = TestArticles.resolve("ووقعت عمان والإمارات اتفاقية لربط مسقط بأبوظبي بالقطارات.");
        assertTrue(oman.entities().stream().anyMatch(e -> e.id().endsWith("country-OM")), oman.entities().toString());
        assertTrue(oman.entities().stream().noneMatch(e -> e.id().endsWith("city-jo-amman")), oman.entities().toString());
    }
    @Test
    void aFormerOfficeStillIntroducesItsHoldersNameAndAnAssistantsNounIsAlsoAName() {
        List<Mention> ms = find("وقال وزير المالية الأسبق جهاد أزعور إن الأزمة مستمرة.");
        assertHas(ms, MentionType.POST, "وزير المالية");
        assertHas(ms, MentionType.PER, "جهاد أزعور");
        // "مساعد" heads a post only before another post's head; before a family name it is a given name
        assertHas(find("وحضر اللقاء مساعد وزير الدفاع للشؤون التنفيذية."), MentionType.POST, "مساعد وزير الدفاع للشؤون التنفيذية");
        List<Mention> named = find("واستقبل ولي العهد مستشار الأمن الوطني مساعد العيبان في جدة.");
        assertTrue(named.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().startsWith("مساعد")), named.toString());
    }
    @Test
    void anOfficeInConstructWithAStatesNameIsThatStatesAndItsHolderKeepsHisWholeName() {
        ResolvedDocument rd = TestArticles.resolve("وحضر الاجتماع وزير خارجية تونس محمد علي النفطي ورئيس وزراء إسبانيا.");
        assertTrue(rd.entities().stream().anyMatch(e -> e.id().endsWith("post-foreign-minister-tn")), rd.entities().toString());
        assertTrue(rd.entities().stream().anyMatch(e -> e.id().endsWith("post-prime-minister-es")), rd.entities().toString());
        // "علي" inside a name is the name's, though it folds like the preposition
        List<Mention> minister = find("وحضر الاجتماع وزير خارجية تونس محمد علي النفطي.");
        assertTrue(minister.stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().startsWith("محمد علي")), minister.toString());
        // a name after a country's name is not in construct with it
        List<Mention> ms = find("والتقى وزير خارجية مصر بدر عبد العاطي بمدير مكتبه حسام زكي.");
        assertHas(ms, MentionType.PER, "بدر عبد العاطي");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST && (m.surface().contains("بدر") || m.surface().contains("حسام"))), ms.toString());
    }
    @Test
    void anEventsNameMayEndOnASecondGenitiveJoinedByWa() {
        assertHas(find("وافتتح الوزير معرض الرياض الدولي للكتاب والنشر بحضور الناشرين."), MentionType.EVENT,
                "معرض الرياض الدولي للكتاب والنشر");
        // not a second body or person after the name
        List<Mention> ms = find("وزار الوزير معرض الرياض الدولي للكتاب والوزير الضيف.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("والوزير")), ms.toString());
    }
    @Test
    void aNounOfLeadingWrittenWithBaSaysWhoLeadsItIsNoBody() {
        List<Mention> ms = find("وشن التحالف بقيادة الإمارات غارات جديدة، فيما انضم حزب التجمع بزعامة عزيز أخنوش إلى الحكومة.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && (m.surface().contains("قيادة") || m.surface().contains("زعامة"))),
                ms.toString());
        assertHas(ms, MentionType.LOC, "الإمارات");
        // without ب a command is a body
        assertHas(find("وأعلنت قيادة الجيش حالة التأهب."), MentionType.ORG, "قيادة الجيش");
        // the name after it is the leader's
        List<Mention> leaders = find("وانسحبت الكتلة الصدرية بزعامة مقتدى الصدر من البرلمان، ووصل وفد برئاسة ناجي الشمري إلى عمان.");
        assertHas(leaders, MentionType.PER, "مقتدى الصدر");
        assertHas(leaders, MentionType.PER, "ناجي الشمري");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("الإمارات")), ms.toString());
        List<Mention> joint = find("وجرت العملية بقيادة مشتركة الأسبوع الماضي.");
        assertTrue(joint.stream().noneMatch(m -> m.type() == MentionType.PER), joint.toString());
    }
    @Test
    void aSentenceOrAnAmountAfterANameIsNotTheNames() {
        List<Mention> ms = find("وأدانت المحكمة البرلماني السابق محمد مبديع بعشر سنوات سجنا نافذا، وغرمت سعيد الناصري بخمسين ألف درهم.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && (m.surface().contains("بعشر") || m.surface().contains("بخمسين"))),
                ms.toString());
        // a name the segmenter split after ب is still a name
        assertHas(find("وعينت الحكومة ليلى بنعلي وزيرة للطاقة."), MentionType.PER, "ليلى بنعلي");
    }
    @Test
    void inTheNameOfABodyIsNoPersonButBasemIs() {
        List<Mention> ms = find("وقال المتحدث الرسمي باسم وزارة الداخلية إن الحادث قيد التحقيق، فيما تحدث الناطق باسم الحكومة للصحفيين.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
        assertTrue(find("وقال الدكتور باسم عوض الله إن البرنامج سيعود.").stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().startsWith("باسم")));
    }
}

package org.rawabit.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.core.Vocab;
import org.rawabit.core.Fact;
import org.rawabit.core.ExtractedFacts;

/** Each fact rule on real Arabic sentences, including what it must not assert. */
class FactExtractorsTest {
    static ExtractedFacts facts(String text) {
        return FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, TestArticles.resolve(text));
    }

    static List<Fact> with(ExtractedFacts f, String predicate) {
        return f.facts().stream().filter(x -> x.predicate().equals(predicate)).toList();
    }

    static String obj(Fact f) {
        return f.object() instanceof Fact.Iri i ? i.iri() : ((Fact.Literal) f.object()).lexical();
    }

    @Test
    void postsFromAppositionsOnBothSidesOfTheName() {
        ExtractedFacts f = facts("وقال رئيس المنظمة الدولية للشرطة الجنائية، اللواء أحمد ناصر الريسي، إن الأمين العام للإنتربول، "
                + "فالديسي أوركيزا، سيحضر.");
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(2, holds.size(), holds.toString());
        assertTrue(holds.stream().anyMatch(h -> obj(h).equals(Vocab.ID + "post-interpol-president")));
        assertTrue(holds.stream().anyMatch(h -> obj(h).equals(Vocab.ID + "post-interpol-secretary-general")));
        assertTrue(with(f, PostFacts.POST_IN).stream().allMatch(p -> obj(p).equals(Vocab.ID + "org-interpol")));
        // evidence points into the sentence
        assertTrue(holds.stream().allMatch(h -> h.begin() < h.end() && h.sentence() == 0));
    }

    @Test
    void theHolyMosquesOfTheKingsTitleAreNoBody() {
        ExtractedFacts f = facts("ونقل الوزير تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى الرئيس.");
        assertTrue(with(f, PostFacts.HOLDS).stream().anyMatch(h -> obj(h).equals(Vocab.ID + "post-king-of-saudi-arabia")), f.facts().toString());
        assertTrue(with(f, PostFacts.POST_IN).isEmpty(), with(f, PostFacts.POST_IN).toString());
    }

    @Test
    void aPostWithoutAPersonNextToItIsNoFact() {
        assertTrue(with(facts("ناقش الأمين العام للإنتربول التقرير مع الوفود."), PostFacts.HOLDS).isEmpty());
    }

    @Test
    void eventPlaceDatesAndCountsGoToTheNearestEvent() {
        ExtractedFacts f = facts("تنطلق في مدينة مراكش، في الفترة من 24 إلى 27 نوفمبر 2025، أعمال الدورة الـ93 للجمعية العامة للإنتربول، "
                + "بمشاركة وفود 179 دولة، بعد عام من انعقاد الدورة الـ92 في مدينة غلاسكو من 4 إلى 7 نونبر 2024.");
        String e93 = Vocab.ID + "evt-org-interpol-session-93", e92 = Vocab.ID + "evt-org-interpol-session-92";
        assertTrue(with(f, Slots.LOCATION).stream().anyMatch(x -> x.subject().equals(e93) && obj(x).equals(Vocab.ID + "city-ma-marrakesh")));
        assertTrue(with(f, Slots.LOCATION).stream().anyMatch(x -> x.subject().equals(e92) && obj(x).equals(Vocab.ID + "city-gb-glasgow")));
        assertTrue(with(f, Slots.START).stream().anyMatch(x -> x.subject().equals(e93) && obj(x).equals("2025-11-24")));
        assertTrue(with(f, Slots.END).stream().anyMatch(x -> x.subject().equals(e93) && obj(x).equals("2025-11-27")));
        assertTrue(with(f, Slots.START).stream().anyMatch(x -> x.subject().equals(e92) && obj(x).equals("2024-11-04")));
        assertTrue(with(f, Slots.COUNTRIES).stream().anyMatch(x -> x.subject().equals(e93) && obj(x).equals("179")));
        assertTrue(with(f, Slots.LOCATION).stream().noneMatch(x -> x.subject().equals(e93) && obj(x).contains("glasgow")));
    }

    @Test
    void participantCountsAFewWordsAfterTheirAnnouncement() {
        ExtractedFacts f = facts("تستضيف الدوحة أعمال الدورة الـ40 لمجلس وزراء الداخلية العرب، بمشاركة وزراء داخلية 22 دولة عربية.");
        assertEquals(List.of("22"), with(f, Vocab.RW + "participatingCountryCount").stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        ExtractedFacts g = facts("انطلقت أشغال الدورة الـ12 للمؤتمر الإقليمي الإفريقي للإنتربول بمشاركة نحو 300 مندوب يمثلون 45 دولة.");
        assertEquals(List.of("45"), with(g, Vocab.RW + "participatingCountryCount").stream().map(FactExtractorsTest::obj).toList(), g.facts().toString());
        assertEquals(List.of("300"), with(g, Vocab.RW + "delegateCount").stream().map(FactExtractorsTest::obj).toList(), g.facts().toString());
        ExtractedFacts none = facts("انطلقت أشغال الدورة الـ12 للمؤتمر بالرباط، وقد زار المدينة العام الماضي 15 وزيرا.");
        assertTrue(with(none, Vocab.RW + "ministerCount").isEmpty() && with(none, Vocab.RW + "participatingCountryCount").isEmpty(), none.facts().toString());
    }

    @Test
    void aSentenceReferringBackToTheEventWithARangeAndCoordinatedCounts() {
        ExtractedFacts f = facts("افتتحت بمدينة الرباط أشغال الدورة ال 41 لمجلس وزراء الداخلية العرب. وتتواصل هذه الفعالية بين 25 و27 "
                + "نوفمبر/تشرين الثاني الجاري، بمشاركة 21 دولة، عبر نحو 150 مندوبا و30 قائد شرطة و19 وزيرا.");
        List<Fact> start = with(f, Slots.START);
        assertEquals(List.of("2025-11-25"), start.stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        String event = start.get(0).subject();
        assertTrue(event.contains("-41"), event);
        assertEquals(List.of("2025-11-27"), with(f, Slots.END).stream().map(FactExtractorsTest::obj).toList());
        for (String[] count : new String[][] {{"participatingCountryCount", "21"}, {"delegateCount", "150"}, {"policeChiefCount", "30"},
                {"ministerCount", "19"}}) {
            List<Fact> c = with(f, Vocab.RW + count[0]);
            assertEquals(List.of(count[1]), c.stream().map(FactExtractorsTest::obj).toList(), count[0] + " " + f.facts());
            assertEquals(event, c.get(0).subject());
        }
        assertTrue(with(f, Vocab.RW + "participatingCountryCount").stream().noneMatch(x -> obj(x).equals("41")), "the ordinal is no count");
    }

    @Test
    void anAttendeeAndAPostWhoseTitleRunsOnBeforeTheName() {
        ExtractedFacts f = facts("وشدد المدير العام للأمن الوطني في تونس، مراد سعيدان، خلال مشاركته في أشغال الدورة الـ41 لمجلس وزراء "
                + "الداخلية العرب، على أهمية التنسيق.");
        List<Fact> att = with(f, Slots.ATTENDEE);
        assertEquals(1, att.size(), f.facts().toString());
        assertTrue(att.get(0).subject().contains("-41"), att.toString());
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(1, holds.size(), f.facts().toString());
        assertEquals(obj(att.get(0)), holds.get(0).subject(), "the same person attends and holds the post");
    }

    @Test
    void foundingWithMasculineAndPassiveVerbs() {
        ExtractedFacts f = facts("تستضيف الدوحة اجتماعا لمجلس وزراء الداخلية العرب. وتأسس المجلس سنة 1982، ويوجد مقره في تونس.");
        assertEquals(List.of("1982"), with(f, OrganisationFacts.FOUNDED).stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        ExtractedFacts members = facts("ويبلغ عدد أعضاء المنظمة الدولية للشرطة الجنائية 196 دولة. وتحتفل الإنتربول، التي يبلغ عدد أعضائها 196 دولة، بذكرى تأسيسها.");
        assertTrue(with(members, OrganisationFacts.MEMBERS).stream().anyMatch(x -> obj(x).equals("196")), members.facts().toString());
        ExtractedFacts g = facts("وأنشئت المنظمة الدولية للشرطة الجنائية سنة 1923.");
        assertEquals(List.of("1923"), with(g, OrganisationFacts.FOUNDED).stream().map(FactExtractorsTest::obj).toList(), g.facts().toString());
    }

    @Test
    void organisationHeadquartersFoundingAndMembers() {
        ExtractedFacts f = facts("والإنتربول، أو المنظمة الدولية للشرطة الجنائية، هي منظمة حكومية دولية تأسست سنة 1923، "
                + "ويوجد مقرها المركزي بمدينة ليون في فرنسا، وتضم 196 دولة عضوا.");
        String interpol = Vocab.ID + "org-interpol";
        assertEquals(List.of(Vocab.ID + "city-fr-lyon"), with(f, OrganisationFacts.HEADQUARTERS).stream()
                .filter(x -> x.subject().equals(interpol)).map(FactExtractorsTest::obj).toList());
        assertEquals(List.of("1923"), with(f, OrganisationFacts.FOUNDED).stream().map(FactExtractorsTest::obj).toList());
        assertEquals(List.of("196"), with(f, OrganisationFacts.MEMBERS).stream().map(FactExtractorsTest::obj).toList());
    }

    @Test
    void electionWithPostConstituencyAndVotes() {
        ExtractedFacts f = facts("تم انتخاب المملكة المغربية لمنصب نائب رئيس اللجنة التنفيذية للإنتربول عن قارة إفريقيا، "
                + "إذ حصل الترشيح المغربي على 96 صوتا.");
        List<Fact> elected = with(f, ElectionFacts.ELECTED_TO);
        assertEquals(1, elected.size(), f.facts().toString());
        assertEquals(Vocab.ID + "country-MA", elected.get(0).subject());
        assertEquals(Vocab.ID + "post-interpol-vice-president", obj(elected.get(0)));
        assertEquals(List.of("96"), with(f, Vocab.RW + "voteCount").stream().map(FactExtractorsTest::obj).toList());
        assertEquals(List.of(Vocab.ID + "region-africa"), with(f, Vocab.RW + "constituency").stream().map(FactExtractorsTest::obj).toList());
    }

    @Test
    void electionToASeatOnABody() {
        ExtractedFacts f = facts("وتم انتخاب المملكة المغربية لعضوية اللجنة التنفيذية للإنتربول بـ38 صوتا.");
        assertTrue(with(f, ElectionFacts.ELECTED_TO).isEmpty(), "a seat is not a post: " + f.facts());
        List<Fact> member = with(f, ElectionFacts.ELECTED_MEMBER_OF);
        assertEquals(1, member.size(), f.facts().toString());
        assertEquals(Vocab.ID + "country-MA", member.get(0).subject());
        assertTrue(obj(member.get(0)).startsWith(Vocab.ID + "org-"), obj(member.get(0)));
        assertEquals(List.of(obj(member.get(0))), with(f, Vocab.RW + "body").stream().map(FactExtractorsTest::obj).toList());
        assertEquals(List.of("38"), with(f, Vocab.RW + "voteCount").stream().map(FactExtractorsTest::obj).toList());
        assertTrue(with(facts("انتخب البرلمان رئيسا جديدا له بعد جلسة طويلة."), ElectionFacts.ELECTED_MEMBER_OF).isEmpty());
    }

    @Test
    void agreementsWithPartiesPlaceAndDate() {
        ExtractedFacts f = facts("ووقع المغرب وإسبانيا، يوم 12 مارس 2025 بالرباط، اتفاقية للتعاون الأمني في مجال مكافحة الإرهاب.");
        List<Fact> signed = with(f, AgreementFacts.SIGNED);
        assertEquals(List.of(Vocab.ID + "country-MA", Vocab.ID + "country-ES"), signed.stream().map(Fact::subject).toList(), f.facts().toString());
        String agreement = obj(signed.get(0));
        assertTrue(f.facts().stream().anyMatch(x -> x.subject().equals(agreement) && x.predicate().equals(Slots.LOCATION)
                && obj(x).equals(Vocab.ID + "city-ma-rabat")), f.facts().toString());
        assertTrue(f.facts().stream().anyMatch(x -> x.subject().equals(agreement) && x.predicate().equals(Slots.START)
                && obj(x).equals("2025-03-12")), f.facts().toString());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.subject().equals(agreement) && d.predicate().equals(Vocab.RDFS + "label")
                && ((Fact.Literal) d.object()).lexical().equals("اتفاقية للتعاون الأمني في مجال مكافحة الإرهاب")), f.descriptions().toString());

        ExtractedFacts mou = facts("وتم التوقيع على مذكرة تفاهم بين المديرية العامة للأمن الوطني والشرطة الوطنية الإسبانية.");
        assertEquals(List.of(Vocab.ID + "org-ma-dgsn", Vocab.ID + "org-es-policia-nacional"),
                with(mou, AgreementFacts.SIGNED).stream().map(Fact::subject).toList(), mou.facts().toString());

        assertTrue(with(facts("وقع الحادث في المغرب قبل أسابيع، وقد أثار نقاشا واسعا في إسبانيا حول مصير الاتفاق التجاري بين البلدين."),
                AgreementFacts.SIGNED).isEmpty(), "وقع here is 'happened', far from the agreement");
    }

    @Test
    void theSignersAreNamedInTheSigningsOwnClause() {
        ExtractedFacts f = facts("وأعلنت شركة أرامكو السعودية عن أرباح فصلية قياسية، فيما وقعت شركة إيرباص اتفاقية مع الخطوط الجوية التركية "
                + "لتوريد عشر طائرات.");
        List<String> signers = with(f, AgreementFacts.SIGNED).stream().map(Fact::subject).toList();
        assertEquals(List.of(Vocab.ID + "org-co-airbus", Vocab.ID + "org-co-turkish-airlines"), signers, f.facts().toString());
    }

    @Test
    void arrestsWithCountAgentPlaceAndDate() {
        ExtractedFacts f = facts("وتمكنت المديرية العامة للأمن الوطني، يوم 5 مارس 2025، من توقيف 3 أشخاص بمدينة طنجة للاشتباه في تورطهم في الاتجار بالمخدرات.");
        List<Fact> count = with(f, Vocab.RW + "arrestedCount");
        assertEquals(List.of("3"), count.stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        String arrest = count.get(0).subject();
        assertEquals(List.of(Vocab.ID + "org-ma-dgsn"), f.facts().stream().filter(x -> x.subject().equals(arrest)
                && x.predicate().equals(Vocab.RW + "arrestedBy")).map(FactExtractorsTest::obj).toList());
        assertTrue(f.facts().stream().anyMatch(x -> x.subject().equals(arrest) && x.predicate().equals(Slots.LOCATION)
                && obj(x).equals(Vocab.ID + "city-ma-tangier")), f.facts().toString());
        assertTrue(f.facts().stream().anyMatch(x -> x.subject().equals(arrest) && x.predicate().equals(Slots.START)
                && obj(x).equals("2025-03-05")), f.facts().toString());
        // the event is named by what happened, not by its whole sentence
        assertTrue(f.descriptions().stream().anyMatch(d -> d.subject().equals(arrest) && d.predicate().equals(Vocab.RDFS + "label")
                && d.object() instanceof Fact.Literal l && l.lexical().equals("توقيف 3 أشخاص")), f.descriptions().toString());
        assertTrue(with(facts("وناقش الاجتماع سبل تعزيز التعاون في مجال الاعتقال الإداري."), Vocab.RW + "arrestedCount").isEmpty());
    }

    @Test
    void awardsWithRecipientAndGiver() {
        ExtractedFacts f = facts("ووشح الملك محمد السادس يوسف العلوي، المدير العام للمكتب الوطني للسكك الحديدية، بوسام العرش من درجة ضابط.");
        List<Fact> recipient = with(f, AwardFacts.RECIPIENT);
        assertEquals(1, recipient.size(), f.facts().toString());
        assertTrue(obj(recipient.get(0)).startsWith(Vocab.ID + "per-"), recipient.toString());
        assertEquals(List.of(Vocab.ID + "person-mohammed-vi"), with(f, Vocab.RW + "awardedBy").stream().map(FactExtractorsTest::obj).toList());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.predicate().equals(Vocab.RDFS + "label")
                && ((Fact.Literal) d.object()).lexical().equals("وسام العرش من درجة ضابط")), f.descriptions().toString());

        ExtractedFacts won = facts("وفازت المديرية العامة للأمن الوطني بجائزة التميز في الخدمات الرقمية.");
        assertEquals(List.of(Vocab.ID + "org-ma-dgsn"), with(won, AwardFacts.RECIPIENT).stream().map(FactExtractorsTest::obj).toList());
        assertTrue(with(won, Vocab.RW + "awardedBy").isEmpty());
        assertTrue(with(facts("وحصل المغرب على دعم مالي لتنظيم المعرض."), AwardFacts.RECIPIENT).isEmpty(), "no prize named");

        ExtractedFacts medals = facts("وحلت تونس ثانية، فيما حصلت الجزائر على 14 ميدالية منها 5 ذهبية و4 فضية في البطولة.");
        assertEquals(List.of(Vocab.ID + "country-DZ"), with(medals, AwardFacts.RECIPIENT).stream().map(FactExtractorsTest::obj).toList());
        assertTrue(medals.descriptions().stream().anyMatch(d -> d.predicate().equals(Vocab.RDFS + "label")
                && ((Fact.Literal) d.object()).lexical().equals("14 ميدالية")), "a count of medals is named by its count: " + medals.descriptions());
    }

    @Test
    void meetingsAndVisits() {
        ExtractedFacts f = facts("التقى عبد اللطيف حموشي بالرباط يوم 12 مارس 2025 فالديسي أوركيزا الأمين العام للإنتربول. "
                + "وزار السيد عبد اللطيف حموشي مدينة ليون.");
        List<Fact> met = with(f, MeetingFacts.MET);
        assertEquals(1, met.size(), f.facts().toString());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.object() instanceof Fact.Iri i && i.iri().equals(Vocab.RW + "Meeting")));
        assertTrue(f.facts().stream().anyMatch(x -> x.predicate().equals(Slots.START) && obj(x).equals("2025-03-12")));
        assertEquals(List.of(Vocab.ID + "city-fr-lyon"), with(f, MeetingFacts.VISITED).stream().map(FactExtractorsTest::obj).toList());
    }

    @Test
    void aHostNamedByPostAndNameMeetsTheGuestNotTheOfficeInThePost() {
        ExtractedFacts f = facts("استقبل المدير العام للمكتب الوطني للسكك الحديدية، يوسف العلوي، يوم الثلاثاء بالرباط، "
                + "المدير العام لشركة السكك الإسبانية خوان غارسيا لوبيث.");
        List<Fact> met = with(f, MeetingFacts.MET);
        assertEquals(1, met.size(), f.facts().toString());
        assertTrue(met.get(0).subject().startsWith(Vocab.ID + "per-") && obj(met.get(0)).startsWith(Vocab.ID + "per-"), met.toString());
    }

    @Test
    void theBodyInTheHostsTitleAndWhatANewClauseNamesAreNotGuests() {
        ExtractedFacts f = facts("التقى الشيخ سالم بن حمد الكعبي وزير العدل الرئيس الفخري لمجلس وزراء العدل العرب، في القاهرة أمس، "
                + "وزير العدل الأردني يوسف الخطيب.");
        List<String> guests = with(f, MeetingFacts.MET).stream().map(FactExtractorsTest::obj).toList();
        assertEquals(1, guests.size(), f.facts().toString());
        assertTrue(guests.get(0).startsWith(Vocab.ID + "per-"), "the minister met, not the council of his title: " + guests);

        ExtractedFacts g = facts("واستقبل الوزير كريم الساعدي النائبين السيد فؤاد الحلو والسيد جميل نصار، يرافقهما وفد من البلديات، "
                + "وعرضوا مطالب أبرزها دعم الاتحاد العام للمقاولين.");
        List<String> met = with(g, MeetingFacts.MET).stream().map(FactExtractorsTest::obj).toList();
        assertEquals(2, met.size(), g.facts().toString());
        assertTrue(met.stream().allMatch(m -> m.startsWith(Vocab.ID + "per-")), "a body named in their demands met no one: " + met);
    }

    @Test
    void aMeetingThatBroughtPeopleTogether() {
        ExtractedFacts f = facts("وجرى التوقيع خلال لقاء جمع وزير المالية، السيد خالد الحمادي، بنظيره الفرنسي السيد بيار مارتان في أبوظبي.");
        List<Fact> met = with(f, MeetingFacts.MET);
        assertEquals(1, met.size(), f.facts().toString());
        assertTrue(met.get(0).subject().startsWith(Vocab.ID + "per-") && obj(met.get(0)).startsWith(Vocab.ID + "per-")
                && !met.get(0).subject().equals(obj(met.get(0))), met.toString());
        assertTrue(with(facts("وجمع السيد خالد الحمادي التبرعات رفقة السيد بيتر نيلسن."), MeetingFacts.MET).isEmpty(), "collecting is no meeting");
    }

    @Test
    void aMeetingIsNamedAfterItsPeopleNotAfterTheWordsOfOneMention() {
        ExtractedFacts f = facts("أكد وزير العدل سالم بن حمد الكعبي أن التعاون مستمر. والتقى الكعبي في القاهرة السيد يوسف الخطيب.");
        List<String> labels = f.descriptions().stream().filter(d -> d.predicate().equals(org.apache.jena.vocabulary.RDFS.label.getURI())
                && d.subject().contains("meeting")).map(d -> ((Fact.Literal) d.object()).lexical()).toList();
        assertEquals(List.of("لقاء سالم بن حمد الكعبي ويوسف الخطيب"), labels, f.descriptions().toString());
    }

    @Test
    void aHostNamedOnlyByPostIsThePostsOneHolder() {
        ExtractedFacts f = facts("عين الملك يوسف العلوي، المدير العام للمكتب الوطني للسكك الحديدية، في منصبه سنة 2019. "
                + "واستقبل المدير العام للمكتب الوطني للسكك الحديدية يوم الثلاثاء بالرباط المدير العام لشركة السكك الإسبانية، "
                + "خوان غارسيا لوبيث.");
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(2, holds.size(), f.facts().toString());
        List<Fact> met = with(f, MeetingFacts.MET);
        assertEquals(1, met.size(), f.facts().toString());
        assertEquals(holds.get(0).subject(), met.get(0).subject());
        assertEquals(holds.get(1).subject(), obj(met.get(0)));
        assertTrue(obj(met.get(0)).startsWith(Vocab.ID + "per-"), met.toString());
    }

    @Test
    void aVisitorNamedAfterHisPostAndThePlaceAfterHim() {
        ExtractedFacts f = facts("حل المدير العام للمكتب الوطني للسكك الحديدية، يوسف العلوي، يوم الأربعاء بفرنسا في زيارة عمل.");
        List<Fact> visited = with(f, MeetingFacts.VISITED);
        assertEquals(List.of(Vocab.ID + "country-FR"), visited.stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        assertTrue(visited.get(0).subject().startsWith(Vocab.ID + "per-"), visited.toString());
    }

    @Test
    void quotesWithSpeakerTextAndContinuation() {
        String text = "وأكد السيد عبد اللطيف حموشي أن التعاون الأمني الدولي ركيزة أساسية لمواجهة الجريمة. "
                + "وأضاف أن تبادل المعلومات بين أجهزة الشرطة شرط لنجاعة التعاون. "
                + "وأكد مراقبون أن الحدث مهم.";
        ExtractedFacts f = facts(text);
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> obj(q).equals(quotes.get(0).object() instanceof Fact.Iri i ? i.iri() : "")));
        List<String> texts = f.descriptions().stream().filter(d -> d.predicate().equals(Vocab.SCHEMA + "text"))
                .map(d -> ((Fact.Literal) d.object()).lexical()).toList();
        assertTrue(texts.contains("التعاون الأمني الدولي ركيزة أساسية لمواجهة الجريمة"), texts.toString());
        assertTrue(texts.contains("تبادل المعلومات بين أجهزة الشرطة شرط لنجاعة التعاون"), texts.toString());
        // the quote's offsets select its text
        f.descriptions().stream().filter(d -> d.predicate().equals(Vocab.NIF + "beginIndex")).forEach(d -> {
            int b = Integer.parseInt(((Fact.Literal) d.object()).lexical());
            assertTrue(texts.stream().anyMatch(t -> text.startsWith(t, b)));
        });
    }

    static List<String> quoteTexts(ExtractedFacts f) {
        return f.descriptions().stream().filter(d -> d.predicate().equals(Vocab.SCHEMA + "text"))
                .map(d -> ((Fact.Literal) d.object()).lexical()).toList();
    }

    /** The one quotation fact of {@code f}, made by {@code rule}, whose text is {@code quoted}. */
    static Fact onlyQuote(ExtractedFacts f, String rule, String quoted) {
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(1, quotes.size(), f.facts().toString());
        assertEquals(rule, quotes.get(0).extractor());
        assertEquals(List.of(quoted), quoteTexts(f));
        return quotes.get(0);
    }

    @Test
    void aQuoteByAPostGoesToItsOneHolderInTheArticle() {
        String text = "ترأس يوسف العلوي، المدير العام للمكتب الوطني للسكك الحديدية، اجتماعا موسعا بالرباط. "
                + "وأكد المدير العام للمكتب الوطني للسكك الحديدية، في كلمة ألقاها بالمناسبة، أن تحديث الشبكة سيستمر خلال السنوات المقبلة.";
        ExtractedFacts f = facts(text);
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(1, holds.size(), f.facts().toString());
        Fact quote = onlyQuote(f, "facts.quote-post-holder", "تحديث الشبكة سيستمر خلال السنوات المقبلة");
        assertEquals(holds.get(0).subject(), obj(quote), "the holder of the post is the speaker");
        assertEquals(1, quote.sentence());
        assertTrue(text.substring(quote.begin(), quote.end()).startsWith("وأكد المدير العام"),
                "the evidence runs from the verb: " + text.substring(quote.begin(), quote.end()));
    }

    @Test
    void aQualifiedPostIsNotTheHolderOfAnotherQualification() {
        ExtractedFacts f = facts("استقبل وزير الداخلية المغربي، يوسف العلوي، نظيره الإسباني بالرباط. "
                + "وأكد وزير الداخلية الإسباني أن بلاده تثمن جهود المغرب. "
                + "وأكد وزير الداخلية المغربي أن التعاون سيتواصل.");
        assertEquals(1, with(f, PostFacts.HOLDS).size(), f.facts().toString());
        Fact quote = onlyQuote(f, "facts.quote-post-holder", "التعاون سيتواصل");
        assertEquals(with(f, PostFacts.HOLDS).get(0).subject(), obj(quote), "only the Moroccan minister's words are his");
    }

    @Test
    void aPostHeldByTwoPeopleInTheArticleNamesNoSpeaker() {
        ExtractedFacts f = facts("التقى يوسف العلوي، وزير النقل، بسلفه كريم البناني، وزير النقل، في الرباط. "
                + "وأكد وزير النقل، في تصريح للصحافة، أن المشاريع الكبرى ستستمر.");
        assertEquals(2, with(f, PostFacts.HOLDS).stream().map(Fact::subject).distinct().count(), f.facts().toString());
        assertTrue(with(f, QuoteFacts.CREATOR).isEmpty(), f.facts().toString());
    }

    @Test
    void aLongIntroductionBetweenVerbAndQuotation() {
        String text = "وقال يوسف العلوي، المدير العام للمكتب الوطني للسكك الحديدية، في كلمة افتتاحية ألقاها خلال الجلسة الافتتاحية "
                + "للمنتدى الدولي للنقل السككي المنعقد بمدينة طنجة، إن الاستثمار في القطارات السريعة خيار استراتيجي.";
        quoteByAPerson(text, "الاستثمار في القطارات السريعة خيار استراتيجي"); // not by the office named in his post
    }

    /** The one quotation of {@code text}, attributed to a person by name, whose text is {@code quoted}. */
    static Fact quoteByAPerson(String text, String quoted) {
        Fact quote = onlyQuote(facts(text), "facts.quote", quoted);
        assertTrue(obj(quote).startsWith(Vocab.ID + "per-"), "a person speaks: " + obj(quote));
        return quote;
    }

    @Test
    void aQuotationBetweenGuillemetsRunsToTheClosingMarkAcrossSentences() {
        String text = "وقال يوسف العلوي: «إن الشبكة ستتوسع نحو الجنوب. وسنواصل العمل مع شركائنا الأوروبيين»، "
                + "مضيفا أن المشروع سيكتمل قبل نهاية السنة المقبلة. وأعلن الوزير الاثنين افتتاح المحطة.";
        ExtractedFacts f = facts(text);
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(List.of("إن الشبكة ستتوسع نحو الجنوب. وسنواصل العمل مع شركائنا الأوروبيين", "المشروع سيكتمل قبل نهاية السنة المقبلة"),
                quoteTexts(f));
        assertEquals(text.indexOf("»"), quotes.get(0).end(), "the evidence ends at the closing mark");
        // "، مضيفا أن …" after the closing mark: the same speaker's words
        assertEquals(List.of("facts.quote", "facts.quote-participle"), quotes.stream().map(Fact::extractor).toList());
        assertEquals(obj(quotes.get(0)), obj(quotes.get(1)));
    }

    @Test
    void theSpeakerOfAQuotationAcrossSentencesGoesOnInTheNextOne() {
        ExtractedFacts f = facts("وقال يوسف العلوي: «إن الشبكة ستتوسع نحو الجنوب. وسنواصل العمل. وقد قال الخبراء إن ذلك ممكن». "
                + "وأضاف أن المشروع سيكتمل قبل نهاية السنة المقبلة.");
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(List.of("facts.quote", "facts.quote-continued"), quotes.stream().map(Fact::extractor).toList(), f.facts().toString());
        assertEquals(obj(quotes.get(0)), obj(quotes.get(1)));
        assertEquals(List.of("إن الشبكة ستتوسع نحو الجنوب. وسنواصل العمل. وقد قال الخبراء إن ذلك ممكن",
                "المشروع سيكتمل قبل نهاية السنة المقبلة"), quoteTexts(f));
    }

    @Test
    void quotationSpans() {
        String t = "قال: «نعم. ولا» ثم مضى.";
        int[] marked = QuoteFacts.quotationSpan(t, t.indexOf(':') + 1, t.length());
        assertEquals("نعم. ولا", t.substring(marked[0], marked[1]));
        int[] after = QuoteFacts.quotationSpan(t, t.indexOf('«') + 1, t.length());
        assertEquals("نعم. ولا", t.substring(after[0], after[1]));
        String open = "قال: «كلام بلا نهاية";
        int[] unclosed = QuoteFacts.quotationSpan(open, open.indexOf('«') + 1, open.length());
        assertEquals("كلام بلا نهاية", open.substring(unclosed[0], unclosed[1]), "an unclosed mark ends with the sentence");
        String plain = "وأكد أن التعاون مستمر.";
        int b = plain.indexOf("التعاون");
        assertEquals(List.of(b, plain.length() - 1), java.util.Arrays.stream(QuoteFacts.quotationSpan(plain, b, plain.length() - 1)).boxed().toList());
    }

    @Test
    void aContinuationMaySayQailan() {
        ExtractedFacts f = facts("وقال يوسف العلوي إن الشبكة ستتوسع نحو الجنوب. وأضاف قائلا: «سننتهي من الأشغال قبل الصيف».");
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(List.of("facts.quote", "facts.quote-continued"), quotes.stream().map(Fact::extractor).toList(), f.facts().toString());
        assertEquals(List.of("الشبكة ستتوسع نحو الجنوب", "سننتهي من الأشغال قبل الصيف"), quoteTexts(f));
    }

    @Test
    void theSameSpeakerReferredToAsTheSpeakerHimself() {
        ExtractedFacts f = facts("وقال يوسف العلوي إن الشبكة ستتوسع نحو الجنوب. وتشمل الخطة ثلاث محطات جديدة. "
                + "وأضاف المتحدث ذاته أن الأشغال ستنطلق في الربيع. وأكد مراقبون أن الكلفة مرتفعة.");
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(List.of("facts.quote", "facts.quote-anaphor"), quotes.stream().map(Fact::extractor).toList(), f.facts().toString());
        assertEquals(obj(quotes.get(0)), obj(quotes.get(1)));
        assertEquals(List.of("الشبكة ستتوسع نحو الجنوب", "الأشغال ستنطلق في الربيع"), quoteTexts(f));
    }

    @Test
    void reportedSpeechAttributedWithHasab() {
        ExtractedFacts f = facts("وحسب المديرية العامة للأمن الوطني، فقد تم توقيف 500 شخص خلال العملية.");
        List<Fact> quotes = with(f, QuoteFacts.CREATOR);
        assertEquals(List.of(Vocab.ID + "org-ma-dgsn"), quotes.stream().map(FactExtractorsTest::obj).toList(), f.facts().toString());
        assertEquals("facts.attribution", quotes.get(0).extractor());
    }

    @Test
    void meetingVerbsIntroduceNoQuotation() {
        ExtractedFacts f = facts("استقبل يوسف العلوي وفدا من رجال الأعمال الإسبان بالرباط، بعد أن أنهى جولة في مدينة طنجة.");
        assertTrue(with(f, QuoteFacts.CREATOR).isEmpty(), f.facts().toString());
    }

    @Test
    void theDatelineCityIsNotWhatAStatisticIsAbout() {
        String text = "الرباط - ارتفع عدد القضايا التي عالجتها المديرية العامة للأمن الوطني بنسبة 12 في المئة.";
        org.rawabit.read.Article dated = new org.rawabit.read.Article("dated", "test", text, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("الرباط"));
        ExtractedFacts f = FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, TestArticles.resolve(dated));
        assertEquals(List.of(Vocab.ID + "org-ma-dgsn"), with(f, StatisticFacts.ABOUT).stream().map(FactExtractorsTest::obj).toList());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.predicate().equals(Vocab.RDFS + "label")
                && ((Fact.Literal) d.object()).lexical().startsWith("ارتفع عدد القضايا")), "the label leaves the dateline out: " + f.descriptions());
        ExtractedFacts undated = facts(text);
        assertTrue(with(undated, StatisticFacts.ABOUT).stream().anyMatch(x -> obj(x).equals(Vocab.ID + "city-ma-rabat")),
                "without a dateline the city is an ordinary mention: " + undated.facts());
    }

    @Test
    void percentagesTiedToWhatTheSentenceNames() {
        ExtractedFacts f = facts("وبلغت حصة التعاون مع إسبانيا بنسبة 37 في المئة من مجموع العمليات.");
        assertTrue(with(f, StatisticFacts.ABOUT).stream().anyMatch(x -> obj(x).equals(Vocab.ID + "country-ES")), f.facts().toString());
    }

    @Test
    void appointmentWithCoreNlp() {
        ExtractedFacts f = facts("وفي سياق آخر، عين الملك محمد السادس، يوم 16 ماي 2015، عبد اللطيف حموشي، مديرا عاما للأمن الوطني.");
        List<Fact> appointee = with(f, AppointmentFacts.APPOINTEE);
        assertEquals(1, appointee.size(), f.facts().toString());
        assertTrue(obj(appointee.get(0)).startsWith(Vocab.ID + "per-"), appointee.toString()); // the person named, not the king
        assertTrue(with(f, AppointmentFacts.APPOINTED_BY).stream().allMatch(x -> obj(x).contains("mohammed-vi")), f.facts().toString());
        assertTrue(with(f, Slots.START).stream().anyMatch(x -> obj(x).equals("2015-05-16")), f.facts().toString());
        // the king is who appoints, never the appointee, even when the appointee's name is not recognised
        assertTrue(with(facts("عين الملك محمد السادس السيد يوسف بلقاسم مديرا عاما للوقاية المدنية."), AppointmentFacts.APPOINTEE).stream()
                .noneMatch(x -> obj(x).contains("mohammed-vi")));
    }
    @Test
    void aPostCoordinatedWithAHeldOneIsHeldTooWithItsHyphenatedBody() {
        String text = "وحضر اللقاء العميد سامي الورفلي، الذي يشغل منصب مدير الأمن العمومي ورئيس المكتب المركزي الوطني-إنتربول تونس.";
        ExtractedFacts f = facts(text);
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(2, holds.size(), f.facts().toString());
        assertEquals(1, holds.stream().map(Fact::subject).distinct().count(), "one holder of both posts: " + holds);
        List<String> bodies = with(f, PostFacts.POST_IN).stream().map(p -> text.substring(p.begin(), p.end())).toList();
        assertTrue(bodies.contains("رئيس المكتب المركزي الوطني-إنتربول تونس"), bodies.toString());
    }

    @Test
    void aNameRightBeforeADefinitePostHoldsItUnlessAVerbMakesThePostItsObject() {
        String text = "وفي مارس استقبل الوزير في مكتبه إيزابيل كوستا المديرة العامة لوكالة الأمن السيبراني، التي تزور البلاد.";
        ExtractedFacts f = facts(text);
        assertEquals(1, with(f, PostFacts.HOLDS).size(), f.facts().toString());
        assertTrue(text.substring(with(f, PostFacts.HOLDS).get(0).begin(), with(f, PostFacts.HOLDS).get(0).end())
                .startsWith("إيزابيل كوستا المديرة العامة"), f.facts().toString());
        ExtractedFacts g = facts("استقبل عمر الفاسي المدير العام لوكالة الأمن السيبراني في مكتبه بالرباط.");
        assertTrue(with(g, PostFacts.HOLDS).isEmpty(), "the post is the object of استقبل: " + g.facts());
    }

    @Test
    void onePostNamedWithTwoNamesOfItsOrganisationHasOneHolder() {
        ExtractedFacts f = facts("التقى يورغن شتوك، الأمين العام للمنظمة الدولية للشرطة الجنائية، بوزراء الداخلية الأفارقة. "
                + "ووصف الأمين العام للإنتربول القارة بأنها «شريك لا غنى عنه في مكافحة الجريمة المنظمة».");
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(1, holds.size(), f.facts().toString());
        Fact quote = onlyQuote(f, "facts.quote-post-holder", "شريك لا غنى عنه في مكافحة الجريمة المنظمة");
        assertEquals(holds.get(0).subject(), obj(quote), "the secretary general's words are his");
    }

    @Test
    void aBodyCutBeforeItsGenitiveIsNotThePostsOrganisation() {
        org.rawabit.resolve.ResolvedDocument rd = TestArticles.resolve(
                "وحضر اللقاء مدير الإدارة العامة للشرطة الدولية العقيد سالم بن حمد الكعبي، وعدد من كبار المسؤولين.");
        ExtractedFacts f = FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd);
        List<Fact> in = with(f, PostFacts.POST_IN);
        assertEquals(1, in.size(), f.facts().toString());
        // the body is named by the whole genitive (a mention of the article, or a node the post's title describes)
        boolean described = f.descriptions().stream().anyMatch(d -> d.subject().equals(obj(in.get(0))) && d.object() instanceof Fact.Literal l
                && l.lexical().equals("الإدارة العامة للشرطة الدولية"));
        boolean mentioned = rd.entities().stream().anyMatch(e -> org.rawabit.core.Vocab.entityIri(e.id()).equals(obj(in.get(0)))
                && e.label().equals("الإدارة العامة للشرطة الدولية"));
        assertTrue(described || mentioned, f.descriptions() + " " + rd.entities());
    }

    @Test
    void aCountrysMinisterHoldsThatCountrysPostInItsMinistry() {
        ExtractedFacts f = facts("وصل وزير الداخلية السعودي، الأمير عبد العزيز بن سعود، إلى بغداد حيث استقبله وزير الداخلية العراقي.");
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(1, holds.size(), f.facts().toString());
        assertEquals(Vocab.ID + "post-interior-minister-sa", obj(holds.get(0)));
        // the ministry of that country, as the knowledge base knows it ("وزارة الداخلية السعودية")
        assertTrue(with(f, PostFacts.POST_IN).stream().anyMatch(p -> p.subject().equals(Vocab.ID + "post-interior-minister-sa")
                && obj(p).equals(Vocab.ID + "org-sa-interior-ministry")), f.facts().toString());
    }

    @Test
    void aMinisterOfACountryNamedAfterThePostIsThatCountrysButAnEnvoyThereIsNot() {
        ExtractedFacts f = facts("وترأس الاجتماع وزير الداخلية السيد يوسف العمري، بحضور وزير الداخلية بجمهورية العراق السيد سامي الجبوري، "
                + "ووزير الداخلية بدولة فلسطين السيد هاني عيسى، والقائم بالأعمال في المغرب السيد جون ميلر.");
        java.util.Map<String, String> postOf = new java.util.HashMap<>();
        for (Fact h : with(f, PostFacts.HOLDS)) postOf.put(h.subject(), obj(h));
        List<String> posts = List.copyOf(new java.util.TreeSet<>(postOf.values()));
        assertEquals(4, posts.size(), "four people, four posts: " + f.facts());
        assertTrue(posts.contains(Vocab.ID + "post-interior-minister-iq"), posts.toString());
        assertTrue(posts.contains(Vocab.ID + "post-interior-minister-ps"), posts.toString());
        assertTrue(posts.stream().noneMatch(p -> p.endsWith("-ma")), "the chargé d'affaires in Morocco is not Morocco's: " + posts);
    }

    @Test
    void whoIsNamedInANewClauseAfterTheGuestsDidNotMeetTheHost() {
        String text = "استقبل الرئيس التونسي قيس سعيد، أمس بقصر قرطاج، وزير الخارجية الجزائري أحمد عطاف، "
                + "الذي نقل إليه تحيات الرئيس عبد المجيد تبون ورئيس الحكومة نذير العرباوي.";
        ExtractedFacts f = facts(text);
        List<String> met = with(f, MeetingFacts.MET).stream().map(m -> text.substring(m.begin(), m.end())).toList();
        assertEquals(1, met.size(), f.facts().toString());
        assertTrue(met.get(0).contains("وزير الخارجية الجزائري") && !met.get(0).contains("تبون"), met.toString());
        assertTrue(obj(with(f, MeetingFacts.MET).get(0)).startsWith(Vocab.ID + "per-"), "the minister, by his post's holder: " + f.facts());
        // a relative clause that only says what the host does is no new clause
        ExtractedFacts g = facts("استقبل خالد المنصوري، الذي يشغل منصب رئيس الهيئة الوطنية للموانئ، وفدا يقوده سامي الحداد.");
        assertEquals(1, with(g, MeetingFacts.MET).size(), g.facts().toString());
    }
}

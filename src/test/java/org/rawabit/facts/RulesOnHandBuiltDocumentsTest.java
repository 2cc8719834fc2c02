package org.rawabit.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.facts.HandBuilt.obj;
import static org.rawabit.facts.HandBuilt.run;
import static org.rawabit.facts.HandBuilt.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.text.NormalisedText;

/** Each rule on documents built by hand (no CoreNLP), and the rule-file engine itself. */
class RulesOnHandBuiltDocumentsTest {
    private static final String ID = Vocab.ID;

    @Test
    void cueWordsWrittenInPlainSpellingMatchTheFoldedText() {
        RuleFile r = RuleFile.parse("t", "cue meet: التقى | استقبل\nrule facts.t 0.5: rw:met\n");
        assertTrue(r.pattern("meet").matcher(NormalisedText.of("وقد التقى الوزير").text()).find());
        assertTrue(r.pattern("meet").matcher(NormalisedText.of("فاستقبل الوزير").text()).find(), "with a proclitic");
        assertTrue(!r.pattern("meet").matcher(NormalisedText.of("الملتقى الدولي").text()).find(), "inside a word");
        assertEquals(0.5, r.confidence("facts.t"));
    }

    @Test
    void aBadRuleFileNamesItsLineAndAnUndeclaredSlotIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleFile.parse("bad", "# c\nrule facts.x 1.5: rw:met\n"));
        assertTrue(e.getMessage().contains("bad.rules line 2"), e.getMessage());
        RuleFile r = RuleFile.parse("t", "rule facts.t 0.5: rw:met\n");
        assertThrows(IllegalStateException.class,
                () -> r.fact("facts.t", "s", Vocab.RW + "visited", Fact.Value.iri("o"), 0, 0, 1));
    }

    @Test
    void meetingBetweenTwoPeopleWithItsPlace() {
        ExtractedFacts f = run(new MeetingFacts(),
                "[PER:per-a:Person أحمد العلوي] التقى [PER:per-b:Person كريم بنعلي] في [LOC:city-x:City مدينة فاس] أمس.");
        List<Fact> met = with(f, MeetingFacts.MET);
        assertEquals(1, met.size(), f.toString());
        assertEquals(ID + "per-a", met.get(0).subject());
        assertEquals(ID + "per-b", obj(met.get(0)));
        assertTrue(with(f, Slots.LOCATION).stream().anyMatch(x -> obj(x).equals(ID + "city-x")));
    }

    @Test
    void quotationAfterASpeechVerbFromTheLexicon() {
        ExtractedFacts f = run(new QuoteFacts(), "وأوضح [PER:per-a:Person سعيد المرابط] أن التعاون بين البلدين يتطور بسرعة كبيرة.");
        List<Fact> q = with(f, QuoteFacts.CREATOR);
        assertEquals(1, q.size(), f.toString());
        assertEquals(ID + "per-a", obj(q.get(0)));
        assertEquals("facts.quote", q.get(0).extractor());
        assertEquals(0.8, q.get(0).confidence());
    }

    @Test
    void appositionWithATitleFromThePersonTitlesLexicon() {
        ExtractedFacts f = run(new PostFacts(), "وصرح [POST:post-p:Post قائد الجيش]، المشير [PER:per-x:Person سالم الهادي] بأن الوضع مستقر.");
        assertEquals(List.of(ID + "post-p"), with(f, PostFacts.HOLDS).stream().map(HandBuilt::obj).toList());
    }

    @Test
    void arrestWithItsCountAndAgent() {
        ExtractedFacts f = run(new ArrestFacts(), "تمكنت [ORG:org-p:Organization الشرطة القضائية] من توقيف [QUANTITY:4:أشخاص 4 أشخاص] في الميناء.");
        assertEquals(List.of("4"), with(f, Vocab.RW + "arrestedCount").stream().map(HandBuilt::obj).toList());
        assertEquals(List.of(ID + "org-p"), with(f, Vocab.RW + "arrestedBy").stream().map(HandBuilt::obj).toList());
    }

    @Test
    void appointmentWithWhoAppointedAndThePost() {
        ExtractedFacts f = run(new AppointmentFacts(), "عين [PER:per-k:Person الملك محمد السادس] [PER:per-h:Person سعيد الناصري] "
                + "[POST:post-dg:Post مديرا عاما للوقاية المدنية].");
        assertEquals(List.of(ID + "per-h"), with(f, AppointmentFacts.APPOINTEE).stream().map(HandBuilt::obj).toList());
        assertEquals(List.of(ID + "per-k"), with(f, AppointmentFacts.APPOINTED_BY).stream().map(HandBuilt::obj).toList());
        List<Fact> to = with(f, AppointmentFacts.APPOINTED_TO);
        assertEquals(1, to.size());
        assertEquals(ID + "per-h", to.get(0).subject());
        assertEquals(ID + "post-dg", obj(to.get(0)));
    }

    @Test
    void appointmentBySubjectBeforeTheVerbWithoutAKnownPost() {
        ExtractedFacts f = run(new AppointmentFacts(),
                "وكانت [ORG:org-g:Organization الحكومة] قد عينت [PER:per-n:Person نادية البوعزاوي] سفيرة لدى البرتغال.");
        assertEquals(List.of(ID + "per-n"), with(f, AppointmentFacts.APPOINTEE).stream().map(HandBuilt::obj).toList());
        assertEquals(List.of(ID + "org-g"), with(f, AppointmentFacts.APPOINTED_BY).stream().map(HandBuilt::obj).toList());
        assertTrue(with(f, AppointmentFacts.APPOINTED_TO).isEmpty());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.object() instanceof Fact.Literal l && l.lexical().contains("سفيرة لدى البرتغال")));
    }

    @Test
    void noAppointmentWithoutARoleOrAPerson() {
        assertTrue(run(new AppointmentFacts(), "عين [PER:per-h:Person سعيد الناصري] على الطريق.").facts().isEmpty(), "no role word");
        assertTrue(run(new AppointmentFacts(), "عين الوزير مديرا جديدا للمكتب.").facts().isEmpty(), "no person named");
    }

    private static List<String> values(ExtractedFacts f, String predicate) {
        return with(f, predicate).stream().map(HandBuilt::obj).toList();
    }

    @Test
    void aSentenceReferringBackToTheEventGivesItsDatesAndCoordinatedCounts() {
        ExtractedFacts f = run(new EventFacts(), "افتتحت في [LOC:city-x:City مدينة أكادير] أمس أشغال [EVENT:evt-c:conference المؤتمر العربي الـ12 للسلامة]. "
                + "وتستمر هذه الفعالية [DATE:2026-03-10/2026-03-12:d بين 10 و12 مارس/آذار الجاري]، بمشاركة [QUANTITY:40:دولة 40 دولة]، عبر نحو "
                + "[QUANTITY:300:مندوب 300 مندوب] و[QUANTITY:20:مديرا 20 مديرا] للأمن و[QUANTITY:12:وزيرا 12 وزيرا]، وأعلنت [QUANTITY:3:دول 3 دول] غيابها.");
        assertEquals(List.of(ID + "city-x"), values(f, Slots.LOCATION));
        assertEquals(List.of("2026-03-10"), values(f, Slots.START));
        assertEquals(List.of("2026-03-12"), values(f, Slots.END));
        assertEquals(List.of("40"), values(f, Slots.COUNTRIES), "3 دول is not announced as taking part");
        assertEquals(List.of("300"), values(f, Vocab.RW + "delegateCount"));
        assertEquals(List.of("20"), values(f, Vocab.RW + "policeChiefCount"));
        assertEquals(List.of("12"), values(f, Vocab.RW + "ministerCount"));
        assertTrue(with(f, Slots.START).stream().allMatch(x -> x.subject().equals(ID + "evt-c")));
    }

    @Test
    void withoutWordsReferringBackACountIsNoEventsAndAMonthOnlyDateNeedsNoDay() {
        ExtractedFacts f = run(new EventFacts(), "انعقدت [EVENT:evt-c:conference الدورة الـ7 للمنتدى الإفريقي]. وقد شارك في سباق الدراجات [QUANTITY:40:دولة 40 دولة].");
        assertTrue(f.facts().isEmpty(), f.toString());
        ExtractedFacts month = run(new EventFacts(), "ترأس الوزير في [DATE:2025-04:d أبريل 2025] وفد بلاده إلى [EVENT:evt-c:conference الدورة الـ7 للمنتدى الإفريقي].");
        assertEquals(List.of("2025-04"), values(month, Slots.START));
        assertEquals("facts.event-month", with(month, Slots.START).get(0).extractor());
        ExtractedFacts both = run(new EventFacts(), "في [DATE:2025-04:d أبريل 2025] انعقدت [EVENT:evt-c:conference الدورة الـ7 للمنتدى الإفريقي] "
                + "[DATE:2025-04-08:d يوم 8 أبريل 2025].");
        assertEquals(List.of("2025-04-08"), values(both, Slots.START), "the day wins over the month");
        ExtractedFacts place = run(new EventFacts(), "انعقدت [EVENT:evt-c:conference الدورة الـ7 للمنتدى الإفريقي]. وعلى هامش هذا المنتدى تعززت علاقات "
                + "[LOC:city-r:City الرباط] مع شركائها، وتتواصل هذه الفعالية في [LOC:city-d:City داكار].");
        assertEquals(List.of(ID + "city-d"), values(place, Slots.LOCATION), "referred back to, the event takes only a place it is said to be in");
        ExtractedFacts country = run(new EventFacts(), "ومثّل [LOC:country-t:Country تونس] في أشغال [EVENT:evt-c:conference الدورة الـ7 للمنتدى الإفريقي] "
                + "المنعقدة [LOC:country-s:Country بالسنغال] وفد رفيع.");
        assertEquals(List.of(ID + "country-s"), values(country, Slots.LOCATION), "a country is the place only when said to be where it is");
    }

    @Test
    void aPostsOrganisationsReadOffItsTitle() {
        ExtractedFacts f = run(new PostFacts(), "وأكد [PER:per-a:Person سمير الفاسي]، [POST:post-x:Post المدير العام للأمن الوطني ولمراقبة التراب الوطني]، "
                + "أن التنسيق قائم. واستقبل [POST:post-y:Post المدير العام للاستعلامات الليبية] وفدا. وحضر [POST:post-z:Post الوزير المنتدب] في "
                + "[ORG:org-m:GovernmentOrganization وزارة الخارجية الليبية] اللقاء.");
        List<Fact> in = with(f, PostFacts.POST_IN);
        assertEquals(List.of(ID + "org-ma-dgsn", ID + "org-ma-dgst"),
                in.stream().filter(x -> x.subject().equals(ID + "post-x")).map(HandBuilt::obj).toList(), in.toString());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.subject().equals(ID + "org-ma-dgsn") && d.object() instanceof Fact.Literal l
                && l.lexical().equals("المديرية العامة للأمن الوطني")), "a known body is labelled");
        List<String> libyan = in.stream().filter(x -> x.subject().equals(ID + "post-y")).map(HandBuilt::obj).toList();
        assertEquals(1, libyan.size(), in.toString());
        assertTrue(f.descriptions().stream().anyMatch(d -> d.subject().equals(libyan.get(0)) && d.object() instanceof Fact.Literal l
                && l.lexical().equals("الاستعلامات الليبية")), f.descriptions().toString());
        assertEquals(List.of(ID + "org-m"), in.stream().filter(x -> x.subject().equals(ID + "post-z")).map(HandBuilt::obj).toList());
    }

    @Test
    void aTitleNamingNoBodyGivesNoOrganisationButAMinisterHisMinistry() {
        ExtractedFacts f = run(new PostFacts(), "وقال [POST:post-k:Post رئيس الحكومة] إن [POST:post-r:Post الناطق الرسمي باسم الحكومة] "
                + "و[POST:post-w:Post مدير الأمن] و[POST:post-h:Post وزير الصحة الليبي] و[POST:post-f:Post رئيس الوزراء الكيني الأسبق] سيحضرون. "
                + "وحضر [POST:post-s:Post سفير خادم الحرمين الشريفين] في عمان و[POST:post-e:Post مستشار أمير دولة قطر].");
        // a minister's post names the ministry of its portfolio, known to the knowledge base with the country's adjective
        assertTrue(with(f, PostFacts.POST_IN).stream().allMatch(p -> p.subject().equals(ID + "post-h")
                && p.object().toString().contains("org-ly-health-ministry")), f.toString());
        assertEquals(1, with(f, PostFacts.POST_IN).size(), f.toString());
    }

    @Test
    void anElectionsVotesAndSessionFromTheNextSentences() {
        ExtractedFacts f = run(new ElectionFacts(), "انطلقت [EVENT:evt-s:session الدورة الـ30 للاتحاد العربي للشرطة]. تم انتخاب [LOC:country-tn:Country تونس] "
                + "لمنصب [POST:post-v:Post نائب رئيس الاتحاد] بأغلبية مريحة. كما يعكس هذا الانتخاب ثقة الأعضاء، وقد حصلت على دعم "
                + "[QUANTITY:14:دولة 14 دولة] مقابل [QUANTITY:6:دول 6 دول] لمنافسها، وذلك خلال [EVENT:evt-t:session الدورة الـ31 للاتحاد العربي للشرطة].");
        assertEquals(List.of("14"), values(f, Vocab.RW + "voteCount"), f.toString());
        assertEquals(List.of(ID + "evt-t"), values(f, Vocab.SCHEMA + "superEvent"));
        ExtractedFacts g = run(new ElectionFacts(), "تم انتخاب [LOC:country-tn:Country تونس] لمنصب [POST:post-v:Post نائب رئيس الاتحاد]. "
                + "ثم فاز [LOC:country-eg:Country مصر] بمنصب [POST:post-r:Post رئيس اللجنة] بدعم [QUANTITY:9:دول 9 دول].");
        assertTrue(with(g, Vocab.RW + "voteCount").stream().noneMatch(x -> x.subject().equals(with(g, Vocab.RW + "elected").get(0).subject())),
                "the next election's support is not the first's: " + g);
    }

    @Test
    void postsHeldAcrossTheRestOfATitleARelativeClauseAndACoordination() {
        ExtractedFacts f = run(new PostFacts(), "وأوضح [POST:post-a:Post السفير المندوب الدائم] لتونس لدى منظمة الصحة العالمية في جنيف، "
                + "[PER:per-a:Person سليم الحداد]، أن الوضع مستقر. وحضر [PER:per-b:Person كمال الزين]، الذي يشغل منصب [POST:post-b:Post مدير الأمن العمومي] "
                + "و[POST:post-c:Post رئيس خلية الأزمات] بالولاية، الاجتماع.");
        List<Fact> holds = with(f, PostFacts.HOLDS);
        assertEquals(List.of(ID + "post-a"), holds.stream().filter(h -> h.subject().equals(ID + "per-a")).map(HandBuilt::obj).toList(), holds.toString());
        assertEquals(java.util.Set.of(ID + "post-b", ID + "post-c"),
                holds.stream().filter(h -> h.subject().equals(ID + "per-b")).map(HandBuilt::obj).collect(java.util.stream.Collectors.toSet()));
        ExtractedFacts other = run(new PostFacts(), "وقال [POST:post-a:Post وزير الخارجية] في حكومة [PER:per-x:Person سعيد الأمين] السابقة، "
                + "[PER:per-y:Person فريد العمري]، إن الاتفاق قريب.");
        assertTrue(with(other, PostFacts.HOLDS).isEmpty(), "a person named inside the rest of the title: " + other.facts());
    }

    @Test
    void whoTookPartInAnEvent() {
        ExtractedFacts f = run(new EventFacts(), "وقال [PER:per-a:Person يوسف بنعلي]، في كلمة خلال افتتاح [EVENT:evt-c:conference الدورة الـ5 للمؤتمر الإفريقي]، "
                + "إن التعاون ضروري. وأكد [PER:per-b:Person سعاد المالكي] أن المغرب سيستضيف [EVENT:evt-d:conference الدورة الـ6 للمؤتمر الإفريقي].");
        List<Fact> att = with(f, Slots.ATTENDEE);
        assertEquals(List.of(ID + "per-a"), att.stream().map(HandBuilt::obj).toList(), att.toString());
        assertEquals(ID + "evt-c", att.get(0).subject());
    }
    @Test
    void whoLeadsADelegationAtAnEventAttendsIt() {
        ExtractedFacts f = run(new EventFacts(), "مثّل تونس في أشغال [EVENT:evt-s:session الدورة الـ30 لمجلس وزراء العدل العرب] وفد رفيع بقيادة "
                + "[PER:per-l:Person ليلى الجلاصي]، وزيرة العدل. وشارك وفد أمني برئاسة [PER:per-m:Person منير القاسمي] في "
                + "[EVENT:evt-f:forum المنتدى الإقليمي الرابع للأمن السيبراني]. وزار وفد [PER:per-x:Person كريم الزين] سوق المدينة قبل "
                + "[EVENT:evt-g:forum المنتدى الخامس].");
        List<Fact> att = with(f, Slots.ATTENDEE);
        assertEquals(List.of(ID + "evt-s " + ID + "per-l", ID + "evt-f " + ID + "per-m"),
                att.stream().map(x -> x.subject() + " " + HandBuilt.obj(x)).toList(), att.toString());
        assertTrue(att.stream().allMatch(x -> x.extractor().equals("facts.event-delegation-leader")), att.toString());
    }
    @Test
    void thisEventIsTheOneReportedNotTheNextSessionNamedSince() {
        ExtractedFacts f = run(new EventFacts(), "انعقدت [EVENT:evt-s:session الدورة الـ30 لمجلس وزراء العدل العرب] في [LOC:city-tunis:City تونس]. "
                + "وستحتضن [LOC:city-algiers:City الجزائر] [EVENT:evt-n:session+1 الدورة المقبلة للمجلس]. "
                + "وشارك في هذه الفعالية [QUANTITY:21:دولة 21 دولة].");
        List<Fact> counts = with(f, org.rawabit.core.Vocab.RW + "participatingCountryCount");
        assertEquals(List.of(ID + "evt-s"), counts.stream().map(Fact::subject).toList(), f.facts().toString());
    }
}

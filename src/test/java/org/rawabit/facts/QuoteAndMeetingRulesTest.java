package org.rawabit.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.facts.HandBuilt.obj;
import static org.rawabit.facts.HandBuilt.run;
import static org.rawabit.facts.HandBuilt.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;

/** Quotations and meetings on hand-built documents (no CoreNLP): who speaks, who met whom, who visited where. */
class QuoteAndMeetingRulesTest {
    private static final String ID = Vocab.ID;

    private static List<String> speakers(ExtractedFacts f) {
        return with(f, QuoteFacts.CREATOR).stream().map(HandBuilt::obj).toList();
    }

    private static List<String> quoteTexts(ExtractedFacts f) {
        return f.descriptions().stream().filter(d -> d.predicate().equals(Vocab.SCHEMA + "text"))
                .map(d -> ((Fact.Literal) d.object()).lexical()).toList();
    }

    @Test
    void aSpeakerIntroducedOnceGoesOnThroughVerbsWithoutASubject() {
        ExtractedFacts f = run(new QuoteFacts(), "قال [PER:per-k:Person كريم الفاسي] إن المحصول سيكون جيدا هذا العام. "
                + "وسجل [PER:per-k:Person الفاسي] أن الأمطار الأخيرة أنقذت الموسم الفلاحي. "
                + "وتابع في هذا السياق \"إن الفلاحين الصغار سيستفيدون من الدعم\". "
                + "وأشار إلى أن أسعار الخضر ستنخفض في الأسابيع المقبلة. "
                + "وأكد مراقبون أن الوضع ما زال صعبا في الجنوب.");
        assertEquals(List.of(ID + "per-k", ID + "per-k", ID + "per-k", ID + "per-k"), speakers(f), f.facts().toString());
        assertEquals(List.of("facts.quote", "facts.quote", "facts.quote-continued", "facts.quote-continued"),
                with(f, QuoteFacts.CREATOR).stream().map(Fact::extractor).toList());
        assertTrue(quoteTexts(f).contains("إن الفلاحين الصغار سيستفيدون من الدعم"), quoteTexts(f).toString());
    }

    @Test
    void tellingAPaperIsNotSpeakingForIt() {
        ExtractedFacts f = run(new QuoteFacts(), "وأوضح [PER:per-s:Person سمير الودغيري] أن الاستثمار العمومي سيرتفع. "
                + "ولفت لـ\"[ORG:org-p:Organization الصباح]\"، أن القطاع الخاص مدعو إلى المساهمة في التمويل.");
        assertEquals(List.of(ID + "per-s", ID + "per-s"), speakers(f), f.facts().toString());
    }

    @Test
    void anAmbassadorSpeaksNotTheOfficeHeIsAccreditedTo() {
        ExtractedFacts f = run(new QuoteFacts(), "وأكد السفير [POST:post-pr:Post الممثل الدائم] للمغرب لدى "
                + "[ORG:org-unog:Organization مكتب الأمم المتحدة] في جنيف، [PER:per-h:Person هشام التازي]، أن الحوار هو السبيل الوحيد لحل النزاعات.");
        assertEquals(List.of(ID + "per-h"), speakers(f), f.facts().toString());
    }

    @Test
    void aParticipleAfterAnotherVerbQuotesThatVerbsSubject() {
        ExtractedFacts f = run(new QuoteFacts(), "وأشادت [PER:per-n:Person نادية بنعلي] بجهود الفلاحين في المنطقة، "
                + "مؤكدة على أن الدعم سيستمر طيلة السنة المقبلة.");
        assertEquals(List.of(ID + "per-n"), speakers(f), f.facts().toString());
        assertEquals("facts.quote-participle", with(f, QuoteFacts.CREATOR).get(0).extractor());
        assertEquals(List.of("الدعم سيستمر طيلة السنة المقبلة"), quoteTexts(f));
    }

    @Test
    void aSpeakerNamedInAnAside() {
        ExtractedFacts f = run(new QuoteFacts(), "ومن هذه الزاوية، يقول [PER:per-t:Person سعيد الكتاني]، "
                + "فإن الاقتصاد الوطني يحتاج إلى إصلاحات عميقة.");
        assertEquals(List.of(ID + "per-t"), speakers(f), f.facts().toString());
        assertEquals(List.of("فإن الاقتصاد الوطني يحتاج إلى إصلاحات عميقة"), quoteTexts(f));
        assertTrue(speakers(run(new QuoteFacts(), "ومن هذه الزاوية، يقول الخبراء، فإن الاقتصاد يحتاج إلى إصلاحات.")).isEmpty(),
                "no one named in the aside");
    }

    @Test
    void aQuotedParagraphAfterTheSpeakersQuotationIsStillTheirs() {
        ExtractedFacts f = run(new QuoteFacts(), "وقال [PER:per-w:Person ليلى المنصوري] في كلمتها: «الماء ثروة وطنية يجب حمايتها».\n"
                + "«وعلينا جميعا أن نقتصد في استهلاكه كل يوم».\n"
                + "وتنتهي الدورة يوم الجمعة.\n"
                + "«هذه جملة بين علامتين لا يعرف قائلها».");
        assertEquals(List.of(ID + "per-w", ID + "per-w"), speakers(f), f.facts().toString());
        assertEquals(List.of("الماء ثروة وطنية يجب حمايتها", "وعلينا جميعا أن نقتصد في استهلاكه كل يوم"), quoteTexts(f));
    }

    @Test
    void aQuotationMarkNotClosedInItsParagraphEndsWithTheSentence() {
        String t = "قال: «كلام لم يغلق.\nفقرة أخرى» ثم انتهى.";
        int[] span = QuoteFacts.quotationSpan(t, t.indexOf('«') + 1, t.indexOf('.'));
        assertEquals("كلام لم يغلق", t.substring(span[0], span[1]));
    }

    /** "مصطفى العلمي" named three times: the article's main person. */
    private static final String MAIN = "ترأس [PER:per-m:Person مصطفى العلمي] اجتماعا بالمديرية. وقدم [PER:per-m:Person العلمي] عرضا مفصلا. "
            + "وأشاد [PER:per-m:Person العلمي] بالنتائج. ";

    private static List<String> pairs(ExtractedFacts f, String predicate) {
        return with(f, predicate).stream().map(x -> x.subject().substring(ID.length()) + ">" + obj(x).substring(ID.length())).toList();
    }

    @Test
    void aVerbWithoutASubjectIsTheMainPersons() {
        ExtractedFacts f = run(new MeetingFacts(), MAIN
                + "كما استقبل في مارس [PER:per-l:Person لويس مارتين] [POST:post-d:Post المدير العام للشرطة البرتغالية]. "
                + "كما زار [LOC:country-PT:Country البرتغال] بدعوة رسمية. "
                + "وحل الخلاف بين النقابتين في [LOC:country-ES:Country إسبانيا] بعد شهر.");
        assertEquals(List.of("per-m>per-l"), pairs(f, MeetingFacts.MET), "the post after his name describes the guest");
        assertEquals(List.of("per-m>country-PT"), pairs(f, MeetingFacts.VISITED), "solving a dispute is no visit");
    }

    @Test
    void withoutAClearMainPersonAVerbWithoutSubjectMeetsNoOne() {
        ExtractedFacts f = run(new MeetingFacts(), "كما استقبل في مارس [PER:per-l:Person لويس مارتين] بالرباط.");
        assertTrue(with(f, MeetingFacts.MET).isEmpty(), f.facts().toString());
    }

    @Test
    void aCountryAsSubjectMeetsNoOne() {
        ExtractedFacts f = run(new MeetingFacts(), MAIN + "واستقبل [LOC:country-MA:Country المغرب] وفدا من [ORG:org-i:Organization الإنتربول].");
        assertTrue(with(f, MeetingFacts.MET).isEmpty(), f.facts().toString());
    }

    @Test
    void everyoneMetAfterTheVerb() {
        ExtractedFacts f = run(new MeetingFacts(), MAIN
                + "حيث التقى كبار المسؤولين، أبرزهم [PER:per-y:Person سليم يلماز]، [POST:post-i:Post المدير العام للاستخبارات]، "
                + "و[PER:per-o:Person أحمد أوزتورك].");
        assertEquals(List.of("per-m>per-y", "per-m>per-o"), pairs(f, MeetingFacts.MET));
    }

    @Test
    void talksHeldAndTalksNamed() {
        ExtractedFacts f = run(new MeetingFacts(), "أجرى [PER:per-a:Person أنس الصقلي] مباحثات مع [PER:per-b:Person خوسيه رويث] حول الهجرة. "
                + "وأجرت [PER:per-c:Person سارة الحداد] زيارة عمل إلى [LOC:city-x:City مدريد] الأسبوع الماضي.");
        assertEquals(List.of("per-a>per-b"), pairs(f, MeetingFacts.MET), "a working visit is no meeting");

        ExtractedFacts byNoun = run(new MeetingFacts(), "[POST:post-fm:Post وزير الخارجية] في [LOC:country-TN:Country تونس]، "
                + "[PER:per-y:Person يوسف بنعلي]، يزور الجزائر. "
                + "وهو ما تناولته مباحثات مكثفة لـ[POST:post-fm:Post وزير الخارجية] على هامش المنتدى مع عدد من الأجهزة، "
                + "بما فيها [ORG:org-g:Organization الشرطة الفدرالية الألمانية].");
        assertEquals(List.of("per-y>org-g"), pairs(byNoun, MeetingFacts.MET), "the post's holder, a place between them");
    }

    @Test
    void aVisitByNoun() {
        ExtractedFacts f = run(new MeetingFacts(), "وفي الشهر نفسه، قام [PER:per-z:Person زكرياء الإدريسي] بزيارة إلى [LOC:city-d:City الدوحة].");
        assertEquals(List.of("per-z>city-d"), pairs(f, MeetingFacts.VISITED));
    }
}

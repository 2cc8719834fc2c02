package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.kb.KnowledgeBase;

class MentionFindersTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final GazetteerFinder GAZETTEER = new GazetteerFinder(KB);
    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Mention one(List<Mention> ms, MentionType type, String surface) {
        return ms.stream().filter(m -> m.type() == type && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + surface + "' in " + ms));
    }

    @Test
    void gazetteerMatchesThroughCliticsAndSpellingVariants() {
        String text = "وصل الوفد بمراكش قادما من الرباط، وأشاد للأنتربول والمغرب بالتعاون مع المنظمة الدولية للشرطة الجنائية.";
        AnalysedDocument doc = TestArticles.analyse(text);
        List<Mention> ms = GAZETTEER.find(doc);
        assertEquals(Optional.of("city-ma-marrakesh"), one(ms, MentionType.LOC, "مراكش").kbId());
        assertEquals(Optional.of("country-MA"), one(ms, MentionType.LOC, "المغرب").kbId());
        assertEquals(Optional.of("org-interpol"), one(ms, MentionType.ORG, "للأنتربول").kbId());
        assertEquals(Optional.of("org-interpol"), one(ms, MentionType.ORG, "المنظمة الدولية للشرطة الجنائية").kbId());
        for (Mention m : ms) assertEquals(m.surface(), text.substring(m.begin(), m.end()));
    }

    @Test
    void theArticleMattersForKnownNames() {
        // "عينه" (appointed him) is not the city of Al Ain, and "المغرب العربي" is not Morocco
        List<Mention> ms = find("عينه الملك مديرا عاما. ويضم اتحاد المغرب العربي خمس دول.");
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of("city-ae-al-ain"))), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of("country-MA"))), ms.toString());
    }

    @Test
    void peopleAfterTitlesInAppositionsAndFromGivenNames() {
        List<Mention> ms = find("وقال رئيس المنظمة الدولية للشرطة الجنائية، اللواء أحمد ناصر الريسي، إن الأمين العام للإنتربول، "
                + "فالديسي أوركيزا، التقى عبد اللطيف حموشي، المدير العام للأمن الوطني، والسيد محمد الدخيسي.");
        one(ms, MentionType.PER, "أحمد ناصر الريسي");
        one(ms, MentionType.PER, "فالديسي أوركيزا");
        one(ms, MentionType.PER, "عبد اللطيف حموشي");
        one(ms, MentionType.PER, "محمد الدخيسي");
        one(ms, MentionType.POST, "المدير العام للأمن الوطني");
    }

    @Test
    void aWordAfterBinBelongsToTheNameEvenWhenItFoldsToAPreposition() {
        // علي (Ali) and على (on) fold alike; after بن it is a name
        List<Mention> ms = find("وأوضح الأمين العام لمجلس وزراء الداخلية العرب، محمد بن علي كومان، أن التقرير جاهز.");
        one(ms, MentionType.PER, "محمد بن علي كومان");
        List<Mention> plain = find("وأوضح الأمين العام للمجلس، محمد كومان على هامش الاجتماع، أن التقرير جاهز.");
        assertTrue(plain.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("على")), plain.toString());
    }

    @Test
    void organisationsFromHeadNounsAndPlacesAfterMadina() {
        List<Mention> ms = find("شاركت مديرية الأمن الفيدرالي الروسي في الاجتماع الذي احتضنته مدينة غلاسكو.");
        one(ms, MentionType.ORG, "مديرية الأمن الفيدرالي الروسي");
        one(ms, MentionType.LOC, "غلاسكو");
        // a bare description is not an organisation name
        assertTrue(find("وتعد هيئة حاكمة للمنظمة.").stream().noneMatch(m -> m.type() == MentionType.ORG));
    }

    @Test
    void numberedEventsWithDigitsOrWordsAndTheirOrganiser() {
        List<Mention> ms = find("افتتحت الدورة الـ93 للجمعية العامة للإنتربول بعد الدورة الثانية والتسعين للجمعية العامة للأنتربول.");
        Mention e93 = one(ms, MentionType.EVENT, "الدورة الـ93 للجمعية العامة للإنتربول");
        MentionValue.EventValue v93 = (MentionValue.EventValue) e93.value().orElseThrow();
        assertEquals(Optional.of(93), v93.ordinal());
        assertEquals("general-assembly", v93.kind());
        assertTrue(v93.organiser().isPresent());
        Mention e92 = one(ms, MentionType.EVENT, "الدورة الثانية والتسعين للجمعية العامة للأنتربول");
        assertEquals(Optional.of(92), ((MentionValue.EventValue) e92.value().orElseThrow()).ordinal());
        // the organiser inside the event is still a mention of its own
        one(ms, MentionType.ORG, "للإنتربول");
    }

    @Test
    void anOrdinalWithItsArticleWrittenApartIsAnEventNotACount() {
        List<Mention> ms = find("وتحدث الوزير خلال افتتاح الدورة ال 41 للمؤتمر العربي لرؤساء أجهزة الأمن بتونس.");
        // (who meets, after the conference's name, is part of it)
        Mention e = one(ms, MentionType.EVENT, "الدورة ال 41 للمؤتمر العربي لرؤساء أجهزة الأمن");
        assertEquals(Optional.of(41), ((MentionValue.EventValue) e.value().orElseThrow()).ordinal());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.QUANTITY), ms.toString());
    }

    @Test
    void aRangeWithADoubleNamedMonthInThePublicationsMonth() {
        // published on 24 November 2025
        List<Mention> ms = find("وتتواصل الأشغال ما بين 9 و11 نوفمبر/تشرين الثاني الجاري في العاصمة.");
        MentionValue.DateValue dv = (MentionValue.DateValue) one(ms, MentionType.DATE, "ما بين 9 و11 نوفمبر/تشرين الثاني الجاري").value().orElseThrow();
        assertEquals("2025-11-09", dv.first().lexical());
        assertEquals("2025-11-11", dv.last().lexical());
        List<Mention> across = find("وتعقد الدورة في الفترة من 28 نوفمبر الجاري إلى 3 ديسمبر 2025 بالعاصمة.");
        MentionValue.DateValue av = (MentionValue.DateValue) one(across, MentionType.DATE, "من 28 نوفمبر الجاري إلى 3 ديسمبر 2025").value().orElseThrow();
        assertEquals("2025-11-28", av.first().lexical());
        assertEquals("2025-12-03", av.last().lexical());
        List<Mention> newYear = find("وتمتد العطلة من 20 ديسمبر إلى 5 يناير 2026.");
        MentionValue.DateValue nv = (MentionValue.DateValue) one(newYear, MentionType.DATE, "من 20 ديسمبر إلى 5 يناير 2026").value().orElseThrow();
        assertEquals("2025-12-20", nv.first().lexical());
    }

    @Test
    void datesAndQuantities() {
        List<Mention> ms = find("تنعقد بين 24 و27 نوفمبر بمشاركة 179 دولة ونحو 800 مندوب، وبلغت النسبة 37 في المئة.");
        Mention d = one(ms, MentionType.DATE, "بين 24 و27 نوفمبر");
        MentionValue.DateValue dv = (MentionValue.DateValue) d.value().orElseThrow();
        assertEquals("2025-11-24", dv.first().lexical());
        assertEquals("2025-11-27", dv.last().lexical());
        MentionValue.Quantity q = (MentionValue.Quantity) one(ms, MentionType.QUANTITY, "179 دولة").value().orElseThrow();
        assertEquals(179, q.amount());
        assertEquals("دولة", q.unit());
        one(ms, MentionType.QUANTITY, "800 مندوب");
        assertTrue(((MentionValue.Quantity) one(ms, MentionType.QUANTITY, "37 في المئة").value().orElseThrow()).percent());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.QUANTITY && m.surface().startsWith("24")));
    }

    @Test
    void aNationalityAdjectiveBetweenTitleAndName() {
        List<Mention> ms = find("استقبل وزير الداخلية المصري نظيره الأردني مازن الفراية في القاهرة.");
        one(ms, MentionType.PER, "مازن الفراية");
    }

    @Test
    void aDirectorsPostNamesTheBodiesHeHeads() {
        List<Mention> ms = find("أشرف سعيد العلوي، المدير العام للأمن الوطني، على حفل التخرج، بحضور مدير الشرطة القضائية ومدير المختبر الجنائي.");
        assertEquals(Optional.of("org-ma-dgsn"), one(ms, MentionType.ORG, "للأمن الوطني").kbId());
        assertEquals(Optional.empty(), one(ms, MentionType.ORG, "الشرطة القضائية").kbId());
        one(ms, MentionType.ORG, "المختبر الجنائي");
        one(find("واستقبلت الوزيرة المديرة العامة لأمن الدولة الهولندي في لاهاي."), MentionType.ORG, "أمن الدولة الهولندي");
        // what follows the body is not a second one, and a single common noun names no body
        List<Mention> others = find("وحضر المدير العام للأمن الوطني والوفد المرافق له، وقال مدير المدرسة إن الدروس مستمرة.");
        assertTrue(others.stream().noneMatch(m -> m.type() == MentionType.ORG && (m.surface().contains("الوفد") || m.surface().contains("المدرسة"))),
                others.toString());
    }

    @Test
    void anInstitutionNounWithAnAdjectiveThatSaysWhichNamesAService() {
        List<Mention> ms = find("وتعاونت الاستعلامات التركية مع الشرطة الإيطالية في التحقيق.");
        one(ms, MentionType.ORG, "الاستعلامات التركية");
        one(ms, MentionType.ORG, "الشرطة الإيطالية");
        // "national" says no which, a conjunction joins two generic services, a kind adjective describes a body
        List<Mention> generic = find("وشاركت مصالح الشرطة الوطنية، والتقى قادة الجيش والمخابرات الليبيين بالجهاز الأمني التونسي.");
        assertTrue(generic.stream().noneMatch(m -> m.type() == MentionType.ORG), generic.toString());
    }

    @Test
    void aHyphenAndAKnownOrganisationContinueAName() {
        List<Mention> ms = find("وقال رئيس المكتب المركزي الوطني-إنتربول تونس إن التنسيق مستمر.");
        one(ms, MentionType.ORG, "المكتب المركزي الوطني-إنتربول تونس");
        one(ms, MentionType.POST, "رئيس المكتب المركزي الوطني-إنتربول تونس");
    }

    @Test
    void aQuotedNameAfterAPublicationNounIsAnOrganisation() {
        List<Mention> ms = find("وذكرت يومية «الصباح الجديد» أن الاجتماع انتهى، حسب موقع \"هسبريس 24\" الإخباري.");
        one(ms, MentionType.ORG, "الصباح الجديد");
        one(ms, MentionType.ORG, "هسبريس 24");
    }

    @Test
    void aNameRightBeforeADefinitePostIsItsHolderWithoutTheMonthBeforeIt() {
        List<Mention> ms = find("واستقبل الوزير في يناير ماريا غونزاليس المديرة العامة للحرس المدني في مقر الوزارة.");
        one(ms, MentionType.PER, "ماريا غونزاليس");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("يناير")), ms.toString());
    }

    @Test
    void aKnownNameWithLamForLamAlifIsStillKnown() {
        // a common slip: "لشرطة" for "للشرطة" inside a name the knowledge base knows
        List<Mention> ms = find("وتعد المنظمة الدولية لشرطة الجنائية أكبر منظمة شرطية في العالم.");
        assertEquals(Optional.of("org-interpol"), one(ms, MentionType.ORG, "المنظمة الدولية لشرطة الجنائية").kbId());
    }

    @Test
    void aHeadGoverningADefiniteNounAndPartiesOpenedByTajammuAreOrganisations() {
        List<Mention> ms = find("وصادق مجلس الشورى على القانون، وفاز التجمع الوطني الديمقراطي بأحد عشر مقعدا.");
        one(ms, MentionType.ORG, "مجلس الشورى");
        one(ms, MentionType.ORG, "التجمع الوطني الديمقراطي");
        // an indefinite gathering is no name
        assertTrue(find("وتعد القمة أكبر تجمع دولي للشباب.").stream().noneMatch(m -> m.type() == MentionType.ORG));
    }

    @Test
    void aHamzaAlefAndLamIsNoArticle() {
        // "ألعاب" folds to ال… but carries no article: "لألعاب القوى" is a genitive in construct, and the name runs on
        List<Mention> ms = find("وأعلن الاتحاد المغربي لألعاب القوى نتائج سباق الضاحية.");
        one(ms, MentionType.ORG, "الاتحاد المغربي لألعاب القوى");
    }

    @Test
    void aLineageRunsToItsLastNameAndNeverEndsOnBin() {
        List<Mention> ms = find("واستقبل الشيخ حمدان بن راشد بن سعيد بن مكتوم وزير المالية الوفد.");
        one(ms, MentionType.PER, "حمدان بن راشد بن سعيد بن مكتوم");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().endsWith(" بن")), ms.toString());
    }
}

package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KbEntry;
import org.rawabit.kb.KbType;
import org.rawabit.kb.KnowledgeBase;

/**
 * Sports clubs (ontology/kb/organizations.csv, issue 11) on sentences written for these tests in the style of Arab
 * sport news: a club named with "نادي" and its country's adjective, named bare as match reports name it ("تغلب السد
 * على الدحيل"), two clubs of one bare name ("الهلال", "النصر", "الأهلي") told apart by the country the article
 * names, a club named after a city only with "نادي" or its adjective ("نادي العين", "برشلونة الإسباني"). The rule
 * tier (knowledge base and rules), analysed with the real CoreNLP models.
 */
class ClubsNamedBareOnUnseenNewsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    /** Asserts the organisation {@code surface} is the club {@code id} of {@code country}. */
    private static void assertClub(List<Mention> ms, String surface, String id, String country) {
        Mention m = ms.stream().filter(x -> x.type() == MentionType.ORG && x.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no ORG '" + surface + "' in " + ms));
        assertEquals(Optional.of(id), m.kbId(), surface);
        KbEntry e = KB.get(id).orElseThrow();
        assertEquals(KbType.Organization, e.type(), id);
        assertEquals(Optional.of(country), e.partOf(), id);
    }

    private static void assertNotLinked(List<Mention> ms, String id) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of(id))), id + " in " + ms);
    }

    @Test
    void clubsNamedWithTheirNounAndCountry() {
        List<Mention> ms = find("أعلن نادي الوحدات الأردني تعاقده مع مهاجم جديد لمدة موسمين، فيما جدد نادي كاظمة عقد مدربه، "
                + "وأكد نادي الزوراء مشاركته في دوري أبطال آسيا، ونفى نادي العين الإماراتي رحيل حارسه.");
        assertClub(ms, "نادي الوحدات الأردني", "org-club-al-wehdat", "country-JO");
        assertClub(ms, "نادي كاظمة", "org-club-kazma", "country-KW");
        assertClub(ms, "نادي الزوراء", "org-club-al-zawraa", "country-IQ");
        // a club named after its city: with its noun and adjective, never the city
        assertClub(ms, "نادي العين الإماراتي", "org-club-al-ain", "country-AE");
        assertNotLinked(ms, "city-ae-al-ain");
    }

    @Test
    void clubsNamedBareInMatchReports() {
        List<Mention> ma = find("وحقق الرجاء فوزا ثمينا على حسنية أكادير بهدفين دون رد في الجولة الثامنة من البطولة الاحترافية، "
                + "بينما تعادل الوداد مع الجيش الملكي، وخسر المغرب الفاسي أمام نهضة بركان.");
        assertClub(ma, "الرجاء", "org-club-raja", "country-MA");
        assertClub(ma, "حسنية أكادير", "org-club-husa-agadir", "country-MA");
        assertClub(ma, "الوداد", "org-club-wydad", "country-MA");
        assertClub(ma, "الجيش الملكي", "org-club-far-rabat", "country-MA");
        // the longest name: the club, neither Morocco nor Fez's adjective, nor the city of Berkane
        assertClub(ma, "المغرب الفاسي", "org-club-mas-fes", "country-MA");
        assertNotLinked(ma, "country-MA");
        assertClub(ma, "نهضة بركان", "org-club-rs-berkane", "country-MA");
        assertNotLinked(ma, "city-ma-berkane");

        List<Mention> qa = find("وفي الدوري القطري، تغلب السد على الدحيل بثلاثية نظيفة، وفاز الغرافة على العربي القطري "
                + "بهدف قاتل في الدقيقة الأخيرة.");
        assertClub(qa, "السد", "org-club-al-sadd", "country-QA");
        assertClub(qa, "الدحيل", "org-club-al-duhail", "country-QA");
        assertClub(qa, "الغرافة", "org-club-al-gharafa", "country-QA");
        assertClub(qa, "العربي القطري", "org-club-al-arabi-qa", "country-QA");

        List<Mention> eg = find("وتعادل الإسماعيلي مع بيراميدز سلبيا، وفاز المصري البورسعيدي على سموحة، وتغلب الاتحاد السكندري "
                + "على إنبي في ختام الجولة.");
        assertClub(eg, "الإسماعيلي", "org-club-ismaily", "country-EG");
        assertClub(eg, "بيراميدز", "org-club-pyramids", "country-EG");
        assertClub(eg, "المصري البورسعيدي", "org-club-al-masry", "country-EG");
        assertClub(eg, "سموحة", "org-club-smouha", "country-EG");
        assertClub(eg, "الاتحاد السكندري", "org-club-al-ittihad-alexandria", "country-EG");
        assertClub(eg, "إنبي", "org-club-enppi", "country-EG");

        List<Mention> eu = find("وخرج برشلونة الإسباني من ربع النهائي بعد خسارته أمام إنتر ميلان، بينما تأهل بوروسيا دورتموند "
                + "على حساب أتلتيكو مدريد، وتعادل غلطة سراي مع فنربخشة.");
        assertClub(eu, "برشلونة الإسباني", "org-club-barcelona", "country-ES");
        assertNotLinked(eu, "city-es-barcelona");
        assertClub(eu, "إنتر ميلان", "org-club-inter-milan", "country-IT");
        assertClub(eu, "بوروسيا دورتموند", "org-club-dortmund", "country-DE");
        assertClub(eu, "أتلتيكو مدريد", "org-club-atletico-madrid", "country-ES");
        assertClub(eu, "غلطة سراي", "org-club-galatasaray", "country-TR");
        assertClub(eu, "فنربخشة", "org-club-fenerbahce", "country-TR");
    }

    @Test
    void twoClubsOfOneBareNameAreToldApartByTheCountryTheArticleNames() {
        // Al Hilal of Omdurman in an article on Sudan's league, Al Hilal of Riyadh in one on Saudi Arabia's
        List<Mention> sd = find("أم درمان - حقق الهلال فوزه الخامس على التوالي بعد تغلبه على المريخ بهدفين في الدوري السوداني.");
        assertClub(sd, "الهلال", "org-club-al-hilal-sd", "country-SD");
        assertClub(sd, "المريخ", "org-club-al-merrikh", "country-SD");
        assertNotLinked(sd, "org-club-al-hilal-sa");
        List<Mention> sa = find("الرياض - تغلب الهلال على النصر بثلاثة أهداف مقابل هدف، فيما تعادل الأهلي مع اتحاد جدة.");
        assertClub(sa, "الهلال", "org-club-al-hilal-sa", "country-SA");
        assertClub(sa, "النصر", "org-club-al-nassr-sa", "country-SA");
        assertClub(sa, "الأهلي", "org-club-al-ahli-sa", "country-SA");
        assertClub(sa, "اتحاد جدة", "org-club-al-ittihad-sa", "country-SA");
        // Al Nasr of Dubai, Al Ahly of Cairo
        List<Mention> ae = find("دبي - تعادل النصر مع الوصل بهدفين لكل فريق، فيما فاز شباب الأهلي على الوحدة.");
        assertClub(ae, "النصر", "org-club-al-nasr-ae", "country-AE");
        assertClub(ae, "الوصل", "org-club-al-wasl", "country-AE");
        assertClub(ae, "شباب الأهلي", "org-club-shabab-al-ahli", "country-AE");
        assertClub(ae, "الوحدة", "org-club-al-wahda-ae", "country-AE");
        List<Mention> eg = find("القاهرة - تعادل الأهلي مع الزمالك بهدف لكل فريق في قمة الدوري المصري.");
        assertClub(eg, "الأهلي", "org-club-al-ahly-egypt", "country-EG");
        assertClub(eg, "الزمالك", "org-club-zamalek", "country-EG");
        // a federation named in full is the federation, and named again bare no club ("الاتحاد" has no bare club)
        List<Mention> fed = find("وأعلن الاتحاد السعودي لكرة القدم موعد الجولة المقبلة، وقرر الاتحاد الآسيوي لكرة القدم نقل مباراة "
                + "القادسية والخلود، وأكد الاتحاد أن القرار نهائي.");
        assertTrue(fed.stream().anyMatch(m -> m.kbId().equals(Optional.of("org-sa-saff"))), fed.toString());
        assertTrue(fed.stream().anyMatch(m -> m.kbId().equals(Optional.of("org-afc"))), fed.toString());
        assertNotLinked(fed, "org-club-al-ittihad-sa");
        assertClub(fed, "القادسية", "org-club-al-qadsiah-sa", "country-SA");
        assertClub(fed, "الخلود", "org-club-al-kholood", "country-SA");
    }

    @Test
    void theOrdinaryWordsOutsideSportAreNoClubs() {
        // the crescent, victory, unity, Mars, a dam: words of the sport-only list in an article about anything else
        List<Mention> ms = find("أعلنت دار الإفتاء تعذر رؤية الهلال مساء الأحد، وقال قائد عسكري إن القوات حققت النصر في المعركة، "
                + "ودعا إلى الوحدة الوطنية، فيما أطلقت الوكالة مسبارا جديدا إلى المريخ، وارتفع منسوب المياه خلف السد.");
        assertTrue(ms.stream().noneMatch(m -> m.kbId().filter(id -> id.startsWith("org-club-")).isPresent()), ms.toString());
        // a club named after its city is the city outside its "نادي" and its adjective, in sport news too
        List<Mention> city = find("وأقيمت مباراة الدوري في العين أمام جمهور غفير، وسجل اللاعب هدفين.");
        assertNotLinked(city, "org-club-al-ain");
        assertTrue(city.stream().anyMatch(m -> m.kbId().equals(Optional.of("city-ae-al-ain"))), city.toString());
    }
}

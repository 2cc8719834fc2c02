package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.resolve.Entity;

/**
 * Bodies, crossings and names of the eighth round of issue 11: a body's remit with ب left on the place's name by the
 * segmenter; a task coordinated by a pronoun that stands for the field before it. Sentences written for this test,
 * real CoreNLP models.
 */
class BodiesRemitsAndCrossingsTest {

    @Test
    void aRemitWhosePlaceKeptItsPreposition() {
        List<Mention> ms = TestArticles.mentions("ونشر الفريق العامل المعني بسوريا تقريرا جديدا، كما طالبت لجنة التحقيق الدولية "
                + "المعنية بالسودان بوقف القتال.");
        assertTrue(hasMention(ms, MentionType.ORG, "لجنة التحقيق الدولية المعنية بالسودان"), ms.toString());
        List<Mention> panel = TestArticles.mentions("وأشار فريق خبراء مجلس الأمن المعني باليمن إلى شحنات أسلحة جديدة.");
        assertTrue(hasMention(panel, MentionType.ORG, "فريق خبراء مجلس الأمن المعني باليمن"), panel.toString());
        List<Mention> glued = TestArticles.mentions("وقال فريق خبراء الأمم المتحدة المعني بليبيا إن الحظر خرق مرارا.");
        assertTrue(hasMention(glued, MentionType.ORG, "فريق خبراء الأمم المتحدة المعني بليبيا"), glued.toString());
    }

    @Test
    void aTaskCoordinatedByAPronounForTheField() {
        List<Mention> ms = TestArticles.mentions("وأحالت الهيئة الوطنية للنزاهة والوقاية من الفساد ومكافحته ثلاثة ملفات إلى القضاء، "
                + "بعد أن راسلت وزارة الداخلية وأجهزتها الجهوية.");
        assertTrue(hasMention(ms, MentionType.ORG, "الهيئة الوطنية للنزاهة والوقاية من الفساد ومكافحته"), ms.toString());
        // the ministry's own services, a pronoun for the ministry, are no part of its name
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة الداخلية"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("وأجهزتها")), ms.toString());
    }

    @Test
    void crossingsAndBorderPostsArePlaces() {
        List<Mention> ms = TestArticles.mentions("وأوقفت الجمارك الشاحنة عند منفذ طريبيل الحدودي، بينما عبرت قافلة أخرى منفذ جسر الملك حسين "
                + "ثم مركز حدود العمري قبل أن تصل إلى العاصمة.");
        assertTrue(hasMention(ms, MentionType.LOC, "منفذ طريبيل الحدودي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "منفذ جسر الملك حسين"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "مركز حدود العمري"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("مركز حدود")), ms.toString());
        // a centre is still a body where no border follows
        List<Mention> centre = TestArticles.mentions("وافتتح مركز الملك سلمان للإغاثة مكتبا جديدا في عدن.");
        assertTrue(hasMention(centre, MentionType.ORG, "مركز الملك سلمان للإغاثة"), centre.toString());
    }

    @Test
    void aCampaignNamedByItsReachAndField() {
        List<Mention> ms = TestArticles.mentions("وانطلقت أمس الحملة الوطنية للتلقيح ضد الحصبة في المدارس، وتتواصل الحملة الوطنية "
                + "للتوعية بمخاطر المخدرات ومكافحتها حتى نهاية الشهر. وقال المسؤول إن الحملة الأمنية متواصلة وإن الحملة الوطنية حققت أهدافها.");
        assertTrue(hasMention(ms, MentionType.EVENT, "الحملة الوطنية للتلقيح ضد الحصبة"), ms.toString());
        // a campaign with no field named is no event of its own
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().startsWith("الحملة الأمنية")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().equals("الحملة الوطنية")), ms.toString());
    }

    @Test
    void aCourtOrUniversityNamedWithItsSeatAfterFi() {
        List<Mention> ms = TestArticles.mentions("وقضت محكمة الجنايات في طرابلس بسجن المتهمين، فيما استقبلت الجامعة الفرنسية في القاهرة "
                + "وفدا من دائرة الثقافة والسياحة في أبوظبي.");
        assertTrue(hasMention(ms, MentionType.ORG, "محكمة الجنايات في طرابلس"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الجامعة الفرنسية في القاهرة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "دائرة الثقافة والسياحة في أبوظبي"), ms.toString());
        // a ministry is no seated body: where it met is the story's
        List<Mention> met = TestArticles.mentions("وعقدت وزارة الخارجية في الرباط اجتماعا تنسيقيا.");
        assertTrue(hasMention(met, MentionType.ORG, "وزارة الخارجية"), met.toString());
        assertTrue(hasMention(met, MentionType.LOC, "الرباط"), met.toString());
    }

    @Test
    void aHotelNamedAfterAPalaceAndAnInitiativeInQuotes() {
        List<Mention> ms = TestArticles.mentions("واحتضن فندق قصر الإمارات حفل التوقيع، ضمن المبادرة الوطنية \"بيتك أمانك\" لدعم الأسر.");
        assertTrue(hasMention(ms, MentionType.LOC, "فندق قصر الإمارات"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "بيتك أمانك"), ms.toString());
    }

    @Test
    void aCourtIsNotNamedAfterTheJudgeWhoPresidesIt() {
        List<Mention> ms = TestArticles.mentions("وصدر الحكم برئاسة رئيس المحكمة الإدارية العليا ماجد الخصاونة وعضوية أربعة قضاة.");
        assertTrue(hasMention(ms, MentionType.PER, "ماجد الخصاونة"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().contains("ماجد")), ms.toString());
        // a hospital still is named after its eponym
        List<Mention> hospital = TestArticles.mentions("ونقل المصابون إلى المستشفى الجامعي الحبيب بورقيبة بصفاقس.");
        assertTrue(hospital.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("المستشفى الجامعي الحبيب بورقيبة")),
                hospital.toString());
    }

    @Test
    void aCompanyNamedAfterItsAdjectivesAndACourtOfAPlaceTaggedAsANoun() {
        List<Mention> ms = TestArticles.mentions("وتوقعت المجموعة المالية كابيتال في مذكرة لعملائها خفض الفائدة.");
        assertTrue(hasMention(ms, MentionType.ORG, "المجموعة المالية كابيتال"), ms.toString());
        List<Mention> court = TestArticles.mentions("وأحيل الطعن إلى محكمة استئناف إربد للنظر فيه.");
        assertTrue(hasMention(court, MentionType.ORG, "محكمة استئناف إربد"), court.toString());
    }

    @Test
    void aPostRunsToTheEndOfTheBodyItNames() {
        List<Mention> ms = TestArticles.mentions("وقال رئيس مجلس إدارة الشركة الوطنية لمياه الشرب والصرف الصحي إن المحطة ستعمل الشهر المقبل، "
                + "فيما أكد رئيس محكمة الجنايات في بنغازي أن الجلسة أرجئت.");
        assertTrue(hasMention(ms, MentionType.POST, "رئيس مجلس إدارة الشركة الوطنية لمياه الشرب والصرف الصحي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الشركة الوطنية لمياه الشرب والصرف الصحي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "رئيس محكمة الجنايات في بنغازي"), ms.toString());
    }

    @Test
    void electoralListsInQuotesAndBodiesForACause() {
        List<Mention> ms = TestArticles.mentions("وتصدرت قائمة «صوت طرابلس» النتائج، فيما رصدت المنظمة العربية من أجل انتخابات حرة "
                + "مخالفات، وسلم المحقق لائحة اتهام إلى المحكمة.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().contains("صوت طرابلس")), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "المنظمة العربية من أجل انتخابات حرة"), ms.toString());
        // an indictment is no list of candidates
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("لائحة اتهام")), ms.toString());
        List<Mention> fight = TestArticles.mentions("وأحالت اللجنة الوطنية للوقاية من الجريمة ومحاربتها ملفها إلى النيابة.");
        assertTrue(hasMention(fight, MentionType.ORG, "اللجنة الوطنية للوقاية من الجريمة ومحاربتها"), fight.toString());
    }

    @Test
    void anAmbassadorsPostHoldsWhereHeServes() {
        List<Mention> ms = TestArticles.mentions("وحضر الاجتماع السفير الإيطالي في الرباط ماركو بيلي والسفيرة الكندية لدى تونس.");
        assertTrue(hasMention(ms, MentionType.POST, "السفير الإيطالي في الرباط"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "السفيرة الكندية لدى تونس"), ms.toString());
    }

    @Test
    void aPortfolioAloneAfterItsVerbIsTheMinistry() {
        List<Mention> ms = TestArticles.mentions("ونفت الداخلية في بيان صحة الأخبار المتداولة، وأعلنت الخارجية الأردنية استدعاء السفير، "
                + "في حين نمت السياحة الداخلية وتراجعت الديون الخارجية.");
        assertTrue(hasMention(ms, MentionType.ORG, "الداخلية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الخارجية الأردنية"), ms.toString());
        // after a noun the portfolio's word is its adjective
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().contains("السياحة")), ms.toString());
        assertTrue(ms.stream().filter(m -> m.type() == MentionType.ORG).count() == 2, ms.toString());
        List<Mention> resort = TestArticles.mentions("وأقيمت الندوة في منتجع شاطئ الخليج بحضور المستثمرين.");
        assertTrue(resort.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("منتجع شاطئ الخليج")), resort.toString());
    }

    @Test
    void givenNamesThatNameAnInitiativeElsewhereNameItAgain() {
        List<Mention> ms = TestArticles.mentions("وتندرج القوافل ضمن المبادرة الوطنية \"أمل جديد\" لدعم القرى، وقالت الوزيرة إن أمل جديد "
                + "وصلت إلى مئة قرية.");
        assertTrue(ms.stream().filter(m -> m.type() == MentionType.EVENT && m.surface().equals("أمل جديد")).count() == 2, ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("أمل")), ms.toString());
    }

    @Test
    void aBareDefiniteHeadAndAGenitiveIsNoName() {
        List<Mention> ms = TestArticles.mentions("وقال مدير المؤسسة للشؤون المالية إن الأرباح ارتفعت، فيما رفعت الشركة الوطنية للنفط إنتاجها.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("المؤسسة")), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الشركة الوطنية للنفط"), ms.toString());
    }

    @Test
    void theCommitteeOfTheEventNamedBeforeIsNoBody() {
        List<Mention> ms = TestArticles.mentions("وأكدت اللجنة المنظمة للمهرجان أن عدد الزوار ارتفع، فيما أعلنت اللجنة المنظمة لكأس العرب "
                + "جدول المباريات.");
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("للمهرجان")), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "اللجنة المنظمة لكأس العرب"), ms.toString());
    }

    @Test
    void aCityOfAKindIsAComplexNotATown() {
        List<Mention> ms = TestArticles.mentions("ونقل المصابون إلى مدينة الملك عبدالعزيز الطبية، فيما تقام المباراة في مدينة الأمير سلطان "
                + "الرياضية، وزار الوفد مدينة الحسن الصناعية قبل أن يعود إلى مدينة العقبة.");
        assertTrue(hasMention(ms, MentionType.ORG, "مدينة الملك عبدالعزيز الطبية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "مدينة الأمير سلطان الرياضية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "مدينة الحسن الصناعية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "العقبة"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
    }

    @Test
    void thePostSomeoneIsElectedOrAppointedTo() {
        List<Entity> posts = TestArticles.resolve("وانتخب المجلس البلدي سعيد الحارثي رئيسا لمجلس بلدية صور، ثم عين الوزير منى الحداد "
                + "مديرة لمكتبه. وقال رئيس مجلس بلدية صور إن المشاريع ستنطلق.").entities().stream()
                .filter(e -> e.type() == MentionType.POST).toList();
        // named as the office is named elsewhere, one post
        assertTrue(posts.stream().anyMatch(e -> e.label().equals("رئيس مجلس بلدية صور")), posts.toString());
        assertTrue(posts.stream().filter(e -> e.label().contains("بلدية صور")).count() == 1, posts.toString());
        // holders counted, a body pointed back to (a pronoun, a bare definite noun), a time, an ad-hoc representative: no post
        List<Mention> ms = TestArticles.mentions("وشارك في الاجتماع 40 مديرا للشرطة، وانتخبت اللجنة النائب فهد العتيبي رئيسا لها للمرة الثانية، "
                + "ثم انتخب المجلس سعيد الراشد رئيسا للمجلس، وحضر القاضي بصفته ممثلا للحق العام.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST), ms.toString());
    }

    @Test
    void aRankedDeputyIsHisOwnPost() {
        List<Mention> ms = TestArticles.mentions("وحصل سالم العدوان على منصب النائب الأول لرئيس مجلس الأعيان، وقال النائب الثاني لرئيس "
                + "الحكومة إن الموازنة ستقر. وصوت النائب أحمد الخلايلة ضد القرار.");
        assertTrue(hasMention(ms, MentionType.POST, "النائب الأول لرئيس مجلس الأعيان"), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "النائب الثاني لرئيس الحكومة"), ms.toString());
        // without a rank "النائب" is a member of parliament, no post of this kind
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().startsWith("النائب أحمد")), ms.toString());
    }

    @Test
    void aPostOfABodyNamedBeforeIsNoOfficeOfItsOwn() {
        List<Mention> ms = TestArticles.mentions("وقال رئيس الجمعية إن الاجتماع ناجح، وأكد المدير السابق للشركة أن الأرباح تراجعت، "
                + "فيما قال رئيس الحكومة إن القائد الأعلى للقوات المسلحة وافق على الخطة.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().contains("الجمعية")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().contains("للشركة")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.POST && m.surface().equals("رئيس الحكومة")), ms.toString());
        assertTrue(hasMention(ms, MentionType.POST, "القائد الأعلى للقوات المسلحة"), ms.toString());
    }

    @Test
    void aPostThroughABoardToABodyOfCoordinatedFields() {
        List<Mention> ms = TestArticles.mentions("وقال رئيس مجلس إدارة غرفة تجارة وصناعة الشارقة إن المعرض استقطب ألف شركة.");
        assertTrue(hasMention(ms, MentionType.POST, "رئيس مجلس إدارة غرفة تجارة وصناعة الشارقة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "غرفة تجارة وصناعة الشارقة"), ms.toString());
    }
}

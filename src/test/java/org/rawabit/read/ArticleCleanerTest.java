package org.rawabit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static RawArticle raw(String text) {
        return new RawArticle("t", "t.txt", "", "", "", "", text);
    }

    @Test
    void removesHeadlineTickerAndSiteNoticesAndKeepsTitle() throws Exception {
        String text = "أمطار متفرقة على الساحل     ارتفاع أسعار الخضر بالأسواق     فوز الفريق المحلي في الدوري     افتتاح معرض الكتاب بالمدينة\n"
                + "الإنتربول يعقد جمعيته العامة في مراكش\n\n"
                + "تنطلق في مدينة مراكش أعمال الدورة الـ93 للجمعية العامة للإنتربول.\n"
                + "الإبلاغ عن هذه الصورة\n"
                + "وتستمر الأشغال أربعة أيام.\n"
                + "اضغط هنا لقراءة الخبر من مصدره";
        Article a = cleaner.clean(raw(text));
        assertFalse(a.text().contains("أسعار الخضر"));
        assertFalse(a.text().contains("الإبلاغ"));
        assertFalse(a.text().contains("اضغط هنا"));
        assertTrue(a.text().contains("وتستمر الأشغال"));
        assertEquals(Optional.of("الإنتربول يعقد جمعيته العامة في مراكش"), a.title());
    }

    @Test
    void anAgencysSignOffAloneOnTheLastLineIsNoArticleText() throws Exception {
        String text = "الكويت - أيدت محكمة التمييز حكم الاستئناف في النزاع بين الشركتين.\n\nوصدر الحكم في جلسة علنية.\n\n--(كونا)\n/العمانية/\n(أ ف ب)";
        Article a = cleaner.clean(raw(text));
        assertFalse(a.text().contains("كونا"), a.text());
        assertFalse(a.text().contains("العمانية"), a.text());
        assertFalse(a.text().contains("أ ف ب"), a.text());
        // words in parentheses inside a sentence stay
        Article inside = cleaner.clean(raw("وقالت منظمة الصحة العالمية (WHO) إن الحملة نجحت.\n(مقطع فيديو للحملة) يظهر المتطوعين."));
        assertTrue(inside.text().contains("(WHO)"), inside.text());
        assertTrue(inside.text().contains("(مقطع فيديو للحملة) يظهر"), inside.text());
    }

    @Test
    void theHeadlinesUnderReadAlsoLinkOtherStories() throws Exception {
        String text = "القاهرة - شهد الرئيس حفل تخرج دفعة جديدة من الضباط.\n\nوألقى كلمة بالمناسبة.\n\nاقرأ أيضا\n"
                + "- وزير الداخلية يهنئ الرئيس بذكرى النصر\nضبط 3 متهمين بحوزتهم مخدرات في الجيزة\n\nأخبار ذات صلة:\n• افتتاح مركز جديد للشرطة";
        Article a = cleaner.clean(raw(text));
        assertFalse(a.text().contains("يهنئ"), a.text());
        assertFalse(a.text().contains("الجيزة"), a.text());
        assertFalse(a.text().contains("افتتاح مركز"), a.text());
        assertTrue(a.text().contains("وألقى كلمة بالمناسبة."), a.text());
        // a list in the article itself, with no such heading, stays
        Article list = cleaner.clean(raw("وتضمنت الإجراءات ما يلي:\n- تشديد الرقابة على الحدود\n- توقيف المشتبه فيهم"));
        assertTrue(list.text().contains("تشديد الرقابة"), list.text());
    }

    @Test
    void datelineSourceLineAndPublicationDateBecomeMetadata() throws Exception {
        String text = "مراكش تحتضن الجمعية العامة\n\nالرباط - تحتضن مدينة مراكش أشغال الدورة.\n\nنشر في الأول يوم 24 - 11 - 2025";
        Article a = cleaner.clean(raw(text));
        assertEquals(Optional.of("الرباط"), a.dateline());
        assertEquals(Optional.of("الأول"), a.source());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 24)), a.published());
        assertFalse(a.text().contains("نشر في"));
    }

    @Test
    void theAgencyOfADatelineInParenthesesOrBeforeAColonIsTheSource() throws Exception {
        String[][] cases = {
                {"الخرطوم (سونا) - أعلنت وزارة الصحة السودانية بدء حملة للتطعيم ضد الكوليرا في ولاية كسلا.", "الخرطوم", "سونا"},
                {"القاهرة (أ ف ب) - قضت محكمة جنايات القاهرة بسجن رجل أعمال خمس سنوات.", "القاهرة", "أ ف ب"},
                {"بيروت – 12 – 5 (كونا) -- أجرت بلديات جبل لبنان انتخاباتها أمس.", "بيروت", "كونا"},
                {"عدن - سبأ:\nدشنت وزارة الصحة اليمنية حملة للتحصين ضد شلل الأطفال.", "عدن", "سبأ"},
                {"الدار البيضاء - أعلنت الشركة الجهوية متعددة الخدمات عن قطع الماء.", "الدار البيضاء", ""},
                // the day before the agency, which stands between slashes or in parentheses
                {"صلالة في 14 أكتوبر /العمانية/ افتتحت بلدية ظفار سوقا جديدة للأسماك.", "صلالة", "العمانية"},
                {"بنغازي 3 يونيو (وال) - وصلت قافلة طبية إلى مستشفى الجلاء.", "بنغازي", "وال"},
                {"إربد 2 كانون الثاني (بترا) - افتتحت الجامعة مختبرا جديدا للطاقة.", "إربد", "بترا"}};
        for (String[] c : cases) {
            Article a = cleaner.clean(raw("عنوان الخبر عن الحملة الجديدة\n\n" + c[0]));
            assertEquals(Optional.of(c[1]), a.dateline(), c[0]);
            assertEquals(c[2].isEmpty() ? Optional.empty() : Optional.of(c[2]), a.source(), c[0]);
        }
    }

    @Test
    void aSentenceOpeningWithAPlaceAndADayIsNoDateline() throws Exception {
        Article a = cleaner.clean(raw("عنوان الخبر عن الحملة الجديدة\n\nالمغرب في 9 نوفمبر احتفل بعيد الاستقلال كما في كل عام."));
        assertEquals(Optional.empty(), a.dateline());
    }

    @Test
    void aLongHeadlineRightAboveTheDatelineEndsItsOwnSentence() throws Exception {
        Article a = cleaner.clean(raw("انطلاق حملة واسعة لتطعيم الأطفال ضد الحصبة تستهدف مليوني طفل في ثماني محافظات ليبية\n"
                + "طرابلس - أعلن المركز الوطني لمكافحة الأمراض انطلاق الحملة اليوم.\n"));
        assertEquals(Optional.of("طرابلس"), a.dateline());
        assertFalse(a.text().contains("ليبية\nطرابلس"), a.text());
    }

    @Test
    void attributedSourceAndDateInTheLead() throws Exception {
        Article a = cleaner.clean(raw("أفاد مسؤول، وفق موقع هسبريس، أن الاجتماع عقد الاثنين 24 نونبر 2025 بالرباط."));
        assertEquals(Optional.of("هسبريس"), a.source());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 24)), a.published());
    }

    @Test
    void imageReportAndShareWidgetsAreNeitherTextNorHeadline() throws Exception {
        String text = "شكرا على الإبلاغ!\n"
                + "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.\n\n"
                + "وزير الداخلية يستقبل نظيره البرتغالي بالرباط\n"
                + "نشر في هسبريس يوم 03 - 02 - 2025\n\n"
                + "استقبل وزير الداخلية، اليوم الاثنين بالرباط، نظيره البرتغالي في زيارة عمل.\n"
                + "شارك على: فيسبوك | تويتر | واتساب\n"
                + "تابعونا على فيسبوك وإنستغرام";
        Article a = cleaner.clean(raw(text));
        assertEquals(Optional.of("وزير الداخلية يستقبل نظيره البرتغالي بالرباط"), a.title());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), a.published());
        assertEquals(Optional.of("هسبريس"), a.source());
        for (String widget : new String[] {"شكرا", "حجب", "فيسبوك", "تابعونا"}) assertFalse(a.text().contains(widget), widget + " in " + a.text());
    }

    @Test
    void aDatelineAndBylineLineGivesTheDatelineAndTheAuthorNeverAHeadline() throws Exception {
        Article a = cleaner.clean(raw("طنجة-سعيد الإدريسي\nعرفت المدينة خلال الأسبوع الماضي حملة أمنية واسعة.\nوأسفرت الحملة عن توقيف عدد من المشتبه فيهم."));
        assertEquals(Optional.of("طنجة"), a.dateline());
        assertEquals(Optional.of("سعيد الإدريسي"), a.author());
        assertEquals(Optional.empty(), a.title());
        assertFalse(a.text().contains("الإدريسي"), a.text());
        assertTrue(a.text().startsWith("طنجة-"), "the dateline stays where it was filed: " + a.text());
        assertEquals(0, a.datelineBegin().getAsInt());
        // a headline made of a name, a dash and a phrase with the article is not a byline
        Article headline = cleaner.clean(raw("الرباط - الأمن الجماعي\nدعا المسؤولون إلى تعاون أوسع بين الأجهزة."));
        assertEquals(Optional.empty(), headline.author());
    }

    @Test
    void aBreadcrumbAReadAlsoLinkAndADatelineWithAWrittenByAreFurniture() throws Exception {
        Article a = cleaner.clean(raw("الرئيسية / مجتمع\nالسلطات تغلق ثلاثة مصانع للنسيج بعد حريق في المنطقة الصناعية\n"
                + "فاس - كتب: مراد الشرقاوي\nأغلقت السلطات المحلية ثلاثة مصانع للنسيج بعد حريق اندلع فجر الأحد.\n"
                + "اقرأ أيضا: وزارة الصناعة تطلق برنامجا لدعم المقاولات الصغيرة\nوقال مسؤول محلي إن التحقيق متواصل."));
        assertEquals(Optional.of("السلطات تغلق ثلاثة مصانع للنسيج بعد حريق في المنطقة الصناعية"), a.title());
        assertEquals(Optional.of("فاس"), a.dateline());
        assertEquals(Optional.of("مراد الشرقاوي"), a.author());
        assertFalse(a.text().contains("الرئيسية"), a.text());
        assertFalse(a.text().contains("الشرقاوي"), a.text());
        assertFalse(a.text().contains("وزارة الصناعة"), a.text());
        assertTrue(a.text().contains("وقال مسؤول محلي"), a.text());
    }

    @Test
    void bylinesOfOtherOutletsBecomeTheAuthor() throws Exception {
        Article a = cleaner.clean(raw("الأمن الرقمي في المنطقة المغاربية\n\nبقلم: محمد العلوي\n\nتتزايد الهجمات السيبرانية على المؤسسات العمومية في المنطقة."));
        assertEquals(Optional.of("محمد العلوي"), a.author());
        assertFalse(a.text().contains("بقلم"));
        Article b = cleaner.clean(raw("كتب: أحمد بنعلي\nأعلنت المديرية عن حصيلة عملياتها خلال السنة الماضية."));
        assertEquals(Optional.of("أحمد بنعلي"), b.author());
        assertFalse(b.text().contains("كتب"));
        // the Lebanese press closes the byline with a colon
        Article c = cleaner.clean(raw("نتائج الانتخابات البلدية في البقاع\n\nكتبت سلمى الخوري:\n\nفازت اللائحة المدعومة من الأحزاب بأغلبية المقاعد."));
        assertEquals(Optional.of("سلمى الخوري"), c.author());
        assertFalse(c.text().contains("كتبت"));
    }

    @Test
    void commonPublicationDateLinesAreKeptAsTheDate() throws Exception {
        String body = "\n\nأعلنت الشرطة عن تفكيك شبكة للاتجار بالبشر في عملية مشتركة مع نظيرتها الإسبانية.";
        assertEquals(Optional.of(LocalDate.of(2025, 6, 17)), cleaner.clean(raw("نشر بتاريخ: 2025-06-17" + body)).published());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 12)), cleaner.clean(raw("بتاريخ 12/01/2025" + body)).published());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 5)), cleaner.clean(raw("تاريخ النشر: الثلاثاء 5 نوفمبر 2024" + body)).published());
        // an update line gives the date only when no publication line does
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), cleaner.clean(raw("آخر تحديث: الثلاثاء 4 مارس 2025 - 10:45" + body)).published());
        Article both = cleaner.clean(raw("آخر تحديث: 5 آذار/مارس 2025 - 09:10\nنشر في: 3 مارس 2025" + body));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), both.published());
        assertFalse(both.text().contains("تحديث") || both.text().contains("نشر في"), both.text());
        // a sentence that starts with a cue word but says more is text, not a date line
        Article sentence = cleaner.clean(raw("نشر في 3 مارس 2025 تقرير عن الجريمة المنظمة في المنطقة." + body));
        assertTrue(sentence.text().contains("تقرير عن الجريمة"), sentence.text());
    }

    @Test
    void aSubHeadingEndsItsOwnSentenceButAWrappedLineDoesNot() throws Exception {
        String text = "تعاون أمني متزايد مع الشركاء الأوروبيين\n"
                + "شهدت السنة الماضية لقاءات عديدة بين المسؤولين الأمنيين.\n"
                + "لقاءات ثنائية مع نظرائه\n"
                + "وأجرى المدير العام مباحثات مع نظيره الإسباني حول الهجرة غير الشرعية، وتبادل\n"
                + "المعلومات بين الأجهزة الأمنية في البلدين.";
        Article a = cleaner.clean(raw(text));
        var doc = new org.rawabit.analysis.CoreNlpAnalyser().analyse(a);
        java.util.List<String> sentences = doc.sentences().stream().map(s -> a.text().substring(s.begin(), s.end())).toList();
        assertTrue(sentences.contains("لقاءات ثنائية مع نظرائه"), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("وأجرى المدير العام") && s.endsWith("في البلدين.")), sentences.toString());
    }

    @Test
    void emptyHtmlAndNonArabicInputsAreRejectedWithAReason() {
        assertTrue(assertThrows(InputProblem.class, () -> cleaner.clean(raw("   \n\t "))).getMessage().contains("empty"));
        assertTrue(assertThrows(InputProblem.class, () -> cleaner.clean(raw("<!DOCTYPE html><html><body>مرحبا</body></html>")))
                .getMessage().contains("HTML"));
        assertTrue(assertThrows(InputProblem.class, () -> cleaner.clean(raw("Only Latin text here.")))
                .getMessage().contains("no Arabic"));
    }

    @Test
    void everySeedCleansToANonEmptyArticleWithItsTitleWhenThePageStatesOne() throws Exception {
        // 001 opens with its dateline and byline, 003 with its first paragraph: their pages state no headline
        try (var files = Files.list(TestArticles.SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Article a = cleaner.clean(raw(Files.readString(p)));
                assertTrue(a.text().length() > 500, p + " kept its body");
                boolean statesHeadline = !p.getFileName().toString().startsWith("001_") && !p.getFileName().toString().startsWith("003_");
                assertEquals(statesHeadline, a.title().isPresent(), p + " title " + a.title());
            }
        }
    }

    @Test
    void aDatelineMayOpenTheStoryAfterASummaryParagraph() throws Exception {
        String text = "تونس تستضيف مؤتمر الشرطة العربية\n\nيبحث قادة الشرطة العرب سبل تعزيز التعاون في مواجهة الجريمة العابرة للحدود.\n\n"
                + "تونس - انطلقت اليوم أشغال المؤتمر بحضور وفود عربية.";
        Article a = cleaner.clean(raw(text));
        assertEquals(Optional.of("تونس"), a.dateline());
        // a dash deep in the article is no dateline
        Article late = cleaner.clean(raw("عنوان الخبر هنا\n\nفقرة أولى.\n\nفقرة ثانية.\n\nفقرة ثالثة.\n\nفقرة رابعة.\n\nسوسة - فقرة خامسة."));
        assertEquals(Optional.empty(), late.dateline());
    }

    @Test
    void aNameAloneUnderTheHeadlineIsTheByline() throws Exception {
        String text = "افتتاح بطولة الشباب للسباحة في الإسكندرية\n\nآخر تحديث: الخميس 11 يوليه 2024 - 3:10 م\n\nكريمة عبد الحميد\n\n"
                + "انطلقت أمس منافسات البطولة بمشاركة عشرة منتخبات عربية.";
        Article a = cleaner.clean(raw(text));
        assertEquals(Optional.of("كريمة عبد الحميد"), a.author());
        assertFalse(a.text().contains("كريمة"), a.text());
        // a short line of the story itself is kept
        Article story = cleaner.clean(raw("عنوان الخبر هنا\n\nانطلقت المنافسات أمس.\n\nمحمد يفوز\n\nوتستمر البطولة."));
        assertTrue(story.text().contains("محمد يفوز"), story.text());
        assertEquals(Optional.empty(), story.author());
    }
}

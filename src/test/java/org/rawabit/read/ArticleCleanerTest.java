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
    void datelineSourceLineAndPublicationDateBecomeMetadata() throws Exception {
        String text = "مراكش تحتضن الجمعية العامة\n\nالرباط - تحتضن مدينة مراكش أشغال الدورة.\n\nنشر في الأول يوم 24 - 11 - 2025";
        Article a = cleaner.clean(raw(text));
        assertEquals(Optional.of("الرباط"), a.dateline());
        assertEquals(Optional.of("الأول"), a.source());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 24)), a.published());
        assertFalse(a.text().contains("نشر في"));
    }

    @Test
    void attributedSourceAndDateInTheLead() throws Exception {
        Article a = cleaner.clean(raw("أفاد مسؤول، وفق موقع هسبريس، أن الاجتماع عقد الاثنين 24 نونبر 2025 بالرباط."));
        assertEquals(Optional.of("هسبريس"), a.source());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 24)), a.published());
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
    void everySeedCleansToANonEmptyArticleWithATitle() throws Exception {
        try (var files = Files.list(TestArticles.SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Article a = cleaner.clean(raw(Files.readString(p)));
                assertTrue(a.text().length() > 500, p + " kept its body");
                assertTrue(a.title().isPresent(), p + " has a title");
            }
        }
    }
}

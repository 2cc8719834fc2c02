package org.rawabit.annotate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rawabit.core.Fact;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;

/**
 * An annotation as one self-contained HTML page in the manner of displaCy's entity view: the
 * article right to left with each mention highlighted in its type's colour and tagged with the
 * type, a legend, then the entities and the facts. No scripts, fonts or styles are fetched; the
 * markup is well-formed XML (XHTML syntax) so any XML parser can read it.
 */
public final class AnnotationHtml {
    private AnnotationHtml() {}

    /** Colour and Arabic name per type (displaCy's palette where it has the type). */
    private static final Map<MentionType, String[]> STYLE = new EnumMap<>(Map.of(
            MentionType.PER, new String[] {"#aa9cfc", "شخص"},
            MentionType.ORG, new String[] {"#7aecec", "منظمة"},
            MentionType.LOC, new String[] {"#feca74", "مكان"},
            MentionType.EVENT, new String[] {"#ffeb80", "حدث"},
            MentionType.POST, new String[] {"#c887fb", "منصب"},
            MentionType.DATE, new String[] {"#bfe1d9", "تاريخ"},
            MentionType.QUANTITY, new String[] {"#e4e7d2", "عدد"}));

    public static String render(Annotation a) {
        StringBuilder b = new StringBuilder();
        String title = "روابط — " + a.article().title().orElse(a.article().id());
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:'Noto Naskh Arabic','Amiri',Tahoma,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;line-height:2.4;color:#222}\n")
                .append(".entities{white-space:pre-wrap;font-size:1.15rem}\n")
                .append("mark{padding:0.2em 0.35em;margin:0 0.15em;border-radius:0.35em;line-height:1;box-decoration-break:clone;-webkit-box-decoration-break:clone}\n")
                .append("mark .label{font-size:0.6em;font-weight:bold;text-transform:uppercase;vertical-align:middle;margin-inline-start:0.45rem;font-family:sans-serif}\n")
                .append(".legend{line-height:2;margin:1rem 0}.legend mark{display:inline-block;margin-inline-end:0.5rem}\n")
                .append("table{border-collapse:collapse;margin:1rem 0;font-size:0.95rem;line-height:1.5}td,th{border:1px solid #ccc;padding:0.25rem 0.5rem;text-align:start;vertical-align:top}\n")
                .append(".ltr{direction:ltr;unicode-bidi:isolate}\n");
        STYLE.forEach((t, s) -> b.append("mark.").append(t.name()).append("{background:").append(s[0]).append("}\n"));
        b.append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");

        b.append("<div class=\"legend\">");
        for (MentionType t : MentionType.values()) {
            if (a.mentions().stream().anyMatch(m -> m.mention().type() == t)) {
                b.append("<mark class=\"").append(t.name()).append("\">").append(STYLE.get(t)[1])
                        .append("<span class=\"label\">").append(t.name()).append("</span></mark>");
            }
        }
        b.append("</div>\n");

        b.append("<div class=\"entities\" dir=\"rtl\">");
        String text = a.article().text();
        int at = 0;
        List<LinkedMention> ordered = a.mentions().stream()
                .sorted(Comparator.comparingInt((LinkedMention m) -> m.mention().begin()).thenComparingInt(m -> -m.mention().length())).toList();
        for (LinkedMention lm : ordered) {
            var m = lm.mention();
            if (m.begin() < at) continue; // a span inside one already drawn: the tables list it
            b.append(esc(text.substring(at, m.begin())));
            String entity = a.entityOf(lm).map(e -> e.label() + " — " + Vocab.prefixMapping().shortForm(Vocab.entityIri(e.id())) + " · ").orElse("");
            b.append("<mark class=\"").append(m.type().name()).append("\" title=\"")
                    .append(esc(entity + m.finder() + " · " + AnnotationText.confidence(m.confidence()))).append("\">")
                    .append(esc(m.surface())).append("<span class=\"label\">").append(m.type().name()).append("</span></mark>");
            at = m.end();
        }
        b.append(esc(text.substring(at))).append("</div>\n");

        b.append("<h2>الكيانات (").append(a.entities().size()).append(")</h2>\n<table>\n<tr><th>الكيان</th><th>النوع</th><th>صيغ أخرى</th><th>المعرف</th></tr>\n");
        for (Entity e : a.entities()) {
            b.append("<tr><td><mark class=\"").append(e.type().name()).append("\">").append(esc(e.label())).append("</mark></td><td>")
                    .append(e.type().name()).append("</td><td>").append(esc(String.join("، ", e.altLabels()))).append("</td><td class=\"ltr\">")
                    .append(esc(Vocab.prefixMapping().shortForm(Vocab.entityIri(e.id()))))
                    .append(e.wikidata().map(q -> " · wd:" + q).orElse("")).append("</td></tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>الوقائع (").append(a.facts().size()).append(")</h2>\n<table>\n<tr><th>الفاعل</th><th>العلاقة</th><th>المفعول</th><th>الدليل</th><th>القاعدة</th></tr>\n");
        for (Fact f : a.facts()) {
            b.append("<tr><td>").append(esc(a.showIri(f.subject()))).append("</td><td class=\"ltr\">")
                    .append(esc(Vocab.prefixMapping().shortForm(f.predicate()))).append("</td><td>").append(esc(a.show(f.object())))
                    .append("</td><td>").append(esc(text.substring(f.begin(), f.end()))).append("</td><td class=\"ltr\">")
                    .append(esc(f.extractor())).append(" · ").append(AnnotationText.confidence(f.confidence())).append("</td></tr>\n");
        }
        b.append("</table>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // Characters XML forbids (C0 controls other than tab and newlines) are dropped.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }
}

package org.rawabit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.read.Article;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.text.PartialDate;

/**
 * Documents built by hand for fast rule tests, without CoreNLP: the text marks each resolved mention as
 * {@code [TYPE:id:kind text]} ("[PER:per-a:Person أحمد العلوي]", "[LOC:city-rabat:City بالرباط]",
 * "[QUANTITY:96:دولة 96 دولة]" gives a quantity of 96 with that unit, "[DATE:2026-03-10/2026-03-12:d …]" a date range,
 * "[DATE:2026-03:d …]" a month, "[EVENT:evt-n:session+1 …]" a session named as the next one); sentences end with ".".
 */
final class HandBuilt {
    private HandBuilt() {}

    private static final Pattern MARK = Pattern.compile("\\[([A-Z]+):([^:\\]]+):([^ \\]]+) ([^\\]]+)\\]");

    static ResolvedDocument doc(String marked) {
        StringBuilder text = new StringBuilder();
        List<LinkedMention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            MentionType type = MentionType.valueOf(m.group(1));
            String surface = m.group(4);
            int begin = text.length();
            text.append(surface);
            Optional<MentionValue> value = Optional.empty();
            Optional<String> entity = Optional.empty();
            if (type == MentionType.QUANTITY) {
                value = Optional.of(new MentionValue.Quantity(Long.parseLong(m.group(2)), m.group(3), false));
            } else if (type == MentionType.DATE) {
                String[] range = m.group(2).split("/");
                value = Optional.of(new MentionValue.DateValue(date(range[0]), date(range[range.length - 1])));
            } else {
                // "[EVENT:evt-n:session+1 الدورة المقبلة …]": a session named by where it stands from another
                java.util.regex.Matcher relative = Pattern.compile("^(\\w+)([+-]\\d)$").matcher(m.group(3));
                if (type == MentionType.EVENT && relative.matches()) {
                    value = Optional.of(new MentionValue.EventValue(relative.group(1), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.of(Integer.parseInt(relative.group(2)))));
                }
                entity = Optional.of(m.group(2));
                entities.add(new Entity(m.group(2), type, m.group(3), surface, Optional.empty(), List.of(), Optional.empty(), surface,
                        Optional.empty()));
            }
            Mention mention = new Mention(type, begin, begin + surface.length(), surface, "hand", 1.0, entity, value);
            mentions.add(new LinkedMention(mention, entity));
            last = m.end();
        }
        text.append(marked.substring(last));
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' || i == text.length() - 1) {
                sentences.add(new Sentence(sentences.size(), from, i + 1, 0, 0));
                from = i + 1;
                while (from < text.length() && text.charAt(from) == ' ') from++;
                i = from - 1;
            }
        }
        Article article = new Article("hand", "test", text.toString(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new ResolvedDocument(new AnalysedDocument(article, sentences, List.of()), mentions, entities);
    }

    private static PartialDate date(String iso) {
        String[] p = iso.split("-");
        return new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }

    /** What one extractor finds in a hand-built document. */
    static ExtractedFacts run(FactExtractor rule, String marked) {
        return FactExtractor.runAll(List.of(rule), doc(marked));
    }

    static List<Fact> with(ExtractedFacts f, String predicate) {
        return f.facts().stream().filter(x -> x.predicate().equals(predicate)).toList();
    }

    static String obj(Fact f) {
        return f.object() instanceof Fact.Iri i ? i.iri() : ((Fact.Literal) f.object()).lexical();
    }
}

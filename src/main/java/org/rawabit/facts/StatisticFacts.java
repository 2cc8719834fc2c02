package org.rawabit.facts;

import java.util.List;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.core.Fact;
import org.rawabit.core.Description;

/**
 * Shares and statistics: "التعاون مع إسبانيا … بنسبة 37 في المئة" becomes a rw:Statistic node
 * holding the typed number, tied to every place and organisation the sentence names before it.
 */
public final class StatisticFacts implements FactExtractor {
    static final String ABOUT = Vocab.RW + "about";
    private static final RuleFile RULES = RuleFile.load("statistic");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            for (LinkedMention q : v.in(s, MentionType.QUANTITY)) {
                MentionValue.Quantity value = (MentionValue.Quantity) q.mention().value().orElseThrow();
                if (!value.percent()) continue;
                List<LinkedMention> about = v.in(s).stream().filter(l -> DocumentView.linked(l) && !v.inDateline(l) && l.mention().end() <= q.mention().begin()
                        && (l.mention().type() == MentionType.LOC || l.mention().type() == MentionType.ORG)).toList();
                if (about.isEmpty()) continue;
                String node = v.docIri() + "#statistic=" + q.mention().begin() + "," + q.mention().end();
                out.describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.RW + "Statistic")));
                out.describe(new Description(node, Vocab.RW + "percent", Fact.Value.typed(String.valueOf(value.amount()), Vocab.XSD + "decimal")));
                out.describe(new Description(node, Vocab.RDFS + "label", Fact.Value.arabic(v.sentenceText(s))));
                for (LinkedMention a : about) {
                    out.fact(RULES.fact("facts.statistic", node, ABOUT, Fact.Value.iri(DocumentView.iri(a)), s.index(), a.mention().begin(),
                            q.mention().end()));
                }
            }
        }
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}

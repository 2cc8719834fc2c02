package org.rawabit.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.rdf.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;

/**
 * Who said what: "قال حموشي إن «…»", "وأكد السيد حموشي أن …", "وشدد على أن …". The speaker is the
 * person or organisation named right after the verb; a verb with no name ("وأضاف أن …") continues
 * the previous sentence's speaker. The quotation is a schema:Quotation node with its text and
 * offsets; reported speech attributed with "وفق"/"حسب" is kept the same way.
 */
public final class QuoteFacts implements FactExtractor {
    static final String CREATOR = Vocab.SCHEMA + "creator";
    private static final Pattern SPEECH = Pattern.compile(
            "(?<![\\p{IsArabic}])(?:و|ف)?(قال|قالت|اكد|اكدت|اوضح|اوضحت|شدد|شددت|اضاف|اضافت|صرح|صرحت|اعتبر|اعتبرت|اشار|اشارت|لفت|لفتت|ابرز|ابرزت|ذكر|ذكرت)(?![\\p{IsArabic}])");
    private static final Pattern THAT = Pattern.compile("(?<![\\p{IsArabic}])(?:على\\s+|الي\\s+)?(?:ب)?(ان|انه|انها)(?![\\p{IsArabic}])|[«\":]");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?<![\\p{IsArabic}])(?:وفق|حسب|بحسب|وفقا ل)(?![\\p{IsArabic}])");

    @Override
    public void extract(DocumentView v, FactSink out) {
        Optional<LinkedMention> lastSpeaker = Optional.empty();
        int lastSpeakerSentence = -10;
        for (Sentence s : v.sentences()) {
            NormalisedText nt = NormalisedText.of(v.text().substring(s.begin(), s.end()));
            Matcher verb = SPEECH.matcher(nt.text());
            if (verb.find()) {
                int verbEnd = s.begin() + nt.begin(verb.end(1) - 1) + 1;
                Matcher that = THAT.matcher(nt.text());
                if (that.find(verb.end()) && that.start() - verb.end() < 80) {
                    int quoteBegin = s.begin() + nt.end(that.end());
                    Optional<LinkedMention> speaker = v.in(s).stream()
                            .filter(l -> (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG)
                                    && DocumentView.linked(l) && l.mention().begin() >= verbEnd && l.mention().end() <= quoteBegin)
                            .findFirst();
                    boolean continued = speaker.isEmpty() && s.index() - lastSpeakerSentence <= 1
                            && v.between(verbEnd, s.begin() + nt.begin(that.start())).isEmpty();
                    if (continued) speaker = lastSpeaker;
                    if (speaker.isPresent()) {
                        quote(v, out, s, speaker.get(), quoteBegin, trimEnd(v, s.end()), continued ? 0.6 : 0.8,
                                continued ? "facts.quote-continued" : "facts.quote");
                        lastSpeaker = speaker;
                        lastSpeakerSentence = s.index();
                        continue;
                    }
                }
            }
            Matcher attr = ATTRIBUTION.matcher(nt.text());
            if (attr.find()) {
                int cueEnd = s.begin() + nt.end(attr.end());
                Optional<LinkedMention> source = v.in(s).stream()
                        .filter(l -> (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG)
                                && DocumentView.linked(l) && l.mention().begin() >= cueEnd && l.mention().begin() - cueEnd < 4)
                        .findFirst();
                source.ifPresent(src -> quote(v, out, s, src, s.begin(), trimEnd(v, s.end()), 0.6, "facts.attribution"));
            }
        }
    }

    private static int trimEnd(DocumentView v, int end) {
        while (end > 0 && ".»\" ".indexOf(v.text().charAt(end - 1)) >= 0) end--;
        return end;
    }

    private static void quote(DocumentView v, FactSink out, Sentence s, LinkedMention speaker, int begin, int end, double confidence,
            String rule) {
        while (begin < end && Character.isWhitespace(v.text().charAt(begin))) begin++;
        if (end - begin < 10) return;
        String node = v.docIri() + "#quote=" + begin + "," + end;
        out.describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Quotation")));
        out.describe(new Description(node, Vocab.SCHEMA + "text", Fact.Value.arabic(v.text().substring(begin, end))));
        out.describe(new Description(node, Vocab.NIF + "beginIndex", Fact.Value.typed(String.valueOf(begin), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.NIF + "endIndex", Fact.Value.typed(String.valueOf(end), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.SCHEMA + "isPartOf", Fact.Value.iri(v.docIri())));
        out.fact(new Fact(node, CREATOR, Fact.Value.iri(DocumentView.iri(speaker)), s.index(),
                Math.min(speaker.mention().begin(), begin), end, rule, confidence));
    }

}

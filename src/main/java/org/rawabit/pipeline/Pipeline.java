package org.rawabit.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Analyser;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.facts.AgreementFacts;
import org.rawabit.facts.ArrestFacts;
import org.rawabit.facts.AwardFacts;
import org.rawabit.facts.ElectionFacts;
import org.rawabit.facts.EventFacts;
import org.rawabit.facts.ExtractedFacts;
import org.rawabit.facts.FactExtractor;
import org.rawabit.facts.MeetingFacts;
import org.rawabit.facts.OrganisationFacts;
import org.rawabit.facts.PostFacts;
import org.rawabit.facts.QuoteFacts;
import org.rawabit.facts.StatisticFacts;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.DateFinder;
import org.rawabit.mention.GazetteerFinder;
import org.rawabit.mention.Lexicon;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionCombiner;
import org.rawabit.mention.MentionFinder;
import org.rawabit.mention.QuantityFinder;
import org.rawabit.mention.RuleFinder;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.read.Hashing;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.resolve.Resolver;

/**
 * The chain from a cleaned article to its RDF graph: analyse → find mentions → resolve → map to
 * RDF. Stateless per document and safe to call from several threads.
 */
public final class Pipeline {
    private final Analyser analyser;
    private final MentionFinder mentions;
    private final Resolver resolver;
    private final RdfMapper mapper;
    private final String fingerprint;

    /**
     * @param fingerprint identifies the extraction setup (code version, knowledge base, lexicons,
     *                    models); documents stored with another fingerprint are re-processed
     */
    public Pipeline(Analyser analyser, MentionFinder mentions, Resolver resolver, String fingerprint) {
        this.analyser = analyser;
        this.mentions = mentions;
        this.resolver = resolver;
        this.fingerprint = fingerprint;
        this.mapper = new RdfMapper(fingerprint);
    }

    /** Version of the extraction code; bump it when a change alters what documents yield. */
    public static final String EXTRACTOR_VERSION = "rawabit-extract-3";

    public String fingerprint() {
        return fingerprint;
    }

    /** The default chain: CoreNLP analysis, gazetteer + rules (+ the statistical model when available). */
    public static Pipeline standard(KnowledgeBase kb, List<MentionFinder> modelFinders) {
        List<List<MentionFinder>> tiers = new ArrayList<>();
        tiers.add(ruleFinders(kb));
        if (!modelFinders.isEmpty()) tiers.add(List.copyOf(modelFinders));
        String fingerprint = Hashing.sha256Hex(EXTRACTOR_VERSION + "|" + kb.fingerprint() + "|" + Lexicon.get().fingerprint()
                + "|" + modelFinders.stream().map(MentionFinder::setup).toList()).substring(0, 16);
        return new Pipeline(new CoreNlpAnalyser(), new MentionCombiner(tiers), new Resolver(kb), fingerprint);
    }

    /**
     * The chain every command (and the Spark job) runs: rules and gazetteer first, then the shipped
     * statistical NER model, loaded on first use.
     */
    public static Pipeline standardWithModel(KnowledgeBase kb) {
        return standard(kb, List.of(new ModelMentionFinder()));
    }

    /** Fact rules, in the order they run. */
    public static final List<FactExtractor> FACT_EXTRACTORS = List.of(new PostFacts(), new EventFacts(),
            new OrganisationFacts(), new ElectionFacts(), new MeetingFacts(), new AgreementFacts(), new ArrestFacts(), new AwardFacts(), new QuoteFacts(),
            new StatisticFacts());

    /** The first tier of mention finders: dates, the knowledge base, the rules and quantities. */
    public static List<MentionFinder> ruleFinders(KnowledgeBase kb) {
        GazetteerFinder gazetteer = new GazetteerFinder(kb);
        return List.of(new DateFinder(), gazetteer, new RuleFinder(Lexicon.get(), gazetteer), new QuantityFinder());
    }

    public ResolvedDocument resolve(Article article) {
        AnalysedDocument doc = analyser.analyse(article);
        List<Mention> found = mentions.find(doc);
        return resolver.resolve(doc, found);
    }

    public ExtractedFacts facts(ResolvedDocument doc) {
        return FactExtractor.runAll(FACT_EXTRACTORS, doc);
    }

    public Model toRdf(ResolvedDocument doc) {
        return mapper.map(doc, facts(doc));
    }

    public Model process(Article article) {
        return toRdf(resolve(article));
    }
}

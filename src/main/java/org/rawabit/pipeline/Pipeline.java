package org.rawabit.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Analyser;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.facts.FactExtractor;
import org.rawabit.facts.FactRules;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.mention.DateFinder;
import org.rawabit.mention.GazetteerFinder;
import org.rawabit.kb.Lexicon;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionCombiner;
import org.rawabit.mention.MentionFinder;
import org.rawabit.mention.QuantityFinder;
import org.rawabit.mention.RuleFinder;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.core.Ids;
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
    private final ArticleCleaner cleaner;

    /**
     * @param fingerprint identifies the extraction setup (code version, knowledge base, lexicons,
     *                    models); documents stored with another fingerprint are re-processed
     */
    public Pipeline(Analyser analyser, MentionFinder mentions, Resolver resolver, String fingerprint) {
        this(new ArticleCleaner(), analyser, mentions, resolver, fingerprint);
    }

    /** @param cleaner reads a page's text into an article (its head lines against the knowledge base's places) */
    public Pipeline(ArticleCleaner cleaner, Analyser analyser, MentionFinder mentions, Resolver resolver, String fingerprint) {
        this.cleaner = cleaner;
        this.analyser = analyser;
        this.mentions = mentions;
        this.resolver = resolver;
        this.fingerprint = fingerprint;
        this.mapper = new RdfMapper(fingerprint);
    }

    /** The cleaner for this pipeline's input: its knowledge base tells a dateline's city from a site's name. */
    public ArticleCleaner cleaner() {
        return cleaner;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The default chain: CoreNLP analysis, gazetteer + rules (+ the statistical model when available). */
    public static Pipeline standard(KnowledgeBase kb, List<MentionFinder> modelFinders) {
        List<List<MentionFinder>> tiers = new ArrayList<>();
        tiers.add(ruleFinders(kb));
        if (!modelFinders.isEmpty()) tiers.add(List.copyOf(modelFinders));
        String fingerprint = Ids.sha256Hex(FactRules.fingerprint() + "|" + kb.fingerprint() + "|" + Lexicon.get().fingerprint()
                + "|" + modelFinders.stream().map(MentionFinder::setup).toList()).substring(0, 16);
        return new Pipeline(new ArticleCleaner(kb::isPlaceName), new CoreNlpAnalyser(), new MentionCombiner(tiers), new Resolver(kb), fingerprint);
    }

    /**
     * The chain every command (and the Spark job) runs: rules and gazetteer first, then the shipped
     * statistical NER model, loaded on first use.
     */
    public static Pipeline standardWithModel(KnowledgeBase kb) {
        return standard(kb, List.of(new ModelMentionFinder()));
    }

    /** Fact rules, in the order they run (see {@link FactRules}). */
    public static final List<FactExtractor> FACT_EXTRACTORS = FactRules.ALL;

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

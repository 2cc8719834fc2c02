package org.rawabit.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Analyser;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.DateFinder;
import org.rawabit.mention.GazetteerFinder;
import org.rawabit.mention.Lexicon;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionCombiner;
import org.rawabit.mention.MentionFinder;
import org.rawabit.mention.QuantityFinder;
import org.rawabit.mention.RuleFinder;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
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
    private final RdfMapper mapper = new RdfMapper();

    public Pipeline(Analyser analyser, MentionFinder mentions, Resolver resolver) {
        this.analyser = analyser;
        this.mentions = mentions;
        this.resolver = resolver;
    }

    /** The default chain: CoreNLP analysis, gazetteer + rules (+ the statistical model when available). */
    public static Pipeline standard(KnowledgeBase kb, List<MentionFinder> modelFinders) {
        GazetteerFinder gazetteer = new GazetteerFinder(kb);
        List<List<MentionFinder>> tiers = new ArrayList<>();
        tiers.add(List.of(new DateFinder(), gazetteer, new RuleFinder(Lexicon.get(), gazetteer), new QuantityFinder()));
        if (!modelFinders.isEmpty()) tiers.add(List.copyOf(modelFinders));
        return new Pipeline(new CoreNlpAnalyser(), new MentionCombiner(tiers), new Resolver(kb));
    }

    public ResolvedDocument resolve(Article article) {
        AnalysedDocument doc = analyser.analyse(article);
        List<Mention> found = mentions.find(doc);
        return resolver.resolve(doc, found);
    }

    public Model toRdf(ResolvedDocument doc) {
        return mapper.map(doc);
    }

    public Model process(Article article) {
        return toRdf(resolve(article));
    }
}

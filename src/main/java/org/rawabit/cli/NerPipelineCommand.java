package org.rawabit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.MentionType;
import org.rawabit.ner.ArabicNerModel;
import org.rawabit.ner.ConllCorpus;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.Article;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ner-pipeline}: tags the words of a CoNLL file with what the whole pipeline finds (rules, word lists,
 * knowledge base, the statistical model behind its precision gate, the resolver), as ANERcorp labels, so the
 * pipeline can be scored on labelled text the way {@code ner} scores the model alone.
 */
@Command(name = "ner-pipeline", mixinStandardHelpOptions = true,
        description = {"Tag a CoNLL file ('WORD' or 'WORD TAG' per line, blank line between sentences) with the WHOLE pipeline "
                + "(rules, lexicons, knowledge base, the NER model behind its precision gate, the resolver), as 'WORD TAG' lines "
                + "with ANERcorp labels; 'ner' tags with the model alone.",
                "Documents: a CoNLL file has no article breaks, so each block of --block sentences (default 25) is run as one "
                + "article: its words joined by spaces, each sentence a paragraph of its own. Repeats, appositions and titles "
                + "are looked for within that block only.",
                "Labels: an entity of the graph's type Person is PERS, Place LOC, Organization ORG, Event MISC; dates, "
                + "quantities and posts are O. The mapping is approximate: ANERcorp's MISC is broader (nationalities, "
                + "languages, works, products) and its spans follow its own conventions. A name covering part of a word "
                + "(after a clitic: 'بالقاهرة') labels the whole word, as ANERcorp does; of overlapping names the longer "
                + "one labels the words."})
final class NerPipelineCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "IN", description = "Input CoNLL file; an existing tag column is ignored.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output file of 'WORD TAG' lines.")
    Path out;

    @Option(names = "--model", paramLabel = "PATH", description = "NER model file (default: the model shipped with Rawabit).")
    Path model;

    @Option(names = "--block", defaultValue = "25", paramLabel = "N", description = "Sentences run together as one article (default: ${DEFAULT-VALUE}).")
    int block;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base CSV (repeatable), as for ingest.")
    List<Path> kbFiles = new ArrayList<>();

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException, org.rawabit.read.InputProblem {
        if (block < 1) throw new UserError("--block must be at least 1, got " + block);
        if (!Files.isRegularFile(in)) throw new UserError("input file not found: " + in);
        List<ConllCorpus.Sentence> corpus;
        try {
            corpus = ConllCorpus.read(in);
        } catch (ConllCorpus.FormatException e) {
            throw new UserError(e.getMessage());
        }
        ModelMentionFinder finder;
        if (model == null) {
            finder = new ModelMentionFinder(extraction.gate());
        } else {
            if (!Files.isRegularFile(model)) throw new UserError("model file not found: " + model);
            ArabicNerModel m;
            try {
                m = ArabicNerModel.load(model);
            } catch (IOException | RuntimeException e) {
                throw new UserError("cannot load model " + model + ": " + e.getMessage());
            }
            finder = new ModelMentionFinder(m, extraction.gate());
        }
        Pipeline pipeline = Pipeline.standard(KnowledgeBase.withUserFiles(kbFiles), List.of(finder));
        List<List<String>> words = new ArrayList<>(corpus.size());
        List<List<String>> tags = new ArrayList<>(corpus.size());
        for (int from = 0; from < corpus.size(); from += block) {
            List<ConllCorpus.Sentence> doc = corpus.subList(from, Math.min(corpus.size(), from + block));
            List<String[]> labels = tag(pipeline, "block-" + (from / block + 1), doc);
            for (int s = 0; s < doc.size(); s++) {
                words.add(doc.get(s).words());
                tags.add(Arrays.asList(labels.get(s)));
            }
        }
        try {
            ConllCorpus.write(out, words, tags);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        return ExitCodes.OK;
    }

    /** ANERcorp's label for a mention the resolver linked to an entity of {@code type}, or null for O. */
    static String label(MentionType type) {
        return switch (type) {
            case PER -> "PERS";
            case LOC -> "LOC";
            case ORG -> "ORG";
            case EVENT -> "MISC";
            case DATE, QUANTITY, POST -> null;
        };
    }

    /**
     * The labels of {@code doc}'s words: its sentences are run as one article and each entity mention labels the
     * words it overlaps (longer mentions first; a word already labelled stops a shorter overlapping mention).
     */
    static List<String[]> tag(Pipeline pipeline, String id, List<ConllCorpus.Sentence> doc) {
        StringBuilder text = new StringBuilder();
        List<int[]> begins = new ArrayList<>(), ends = new ArrayList<>();
        for (ConllCorpus.Sentence s : doc) {
            if (text.length() > 0) text.append("\n\n");
            int[] b = new int[s.size()], e = new int[s.size()];
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) text.append(' ');
                b[i] = text.length();
                text.append(s.words().get(i));
                e[i] = text.length();
            }
            begins.add(b);
            ends.add(e);
        }
        Article article = new Article(id, id, text.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        ResolvedDocument resolved = pipeline.resolve(article);
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : resolved.entities()) entities.put(e.id(), e);
        List<String[]> labels = new ArrayList<>(doc.size());
        for (ConllCorpus.Sentence s : doc) {
            String[] l = new String[s.size()];
            Arrays.fill(l, "O");
            labels.add(l);
        }
        List<LinkedMention> mentions = new ArrayList<>(resolved.mentions());
        mentions.sort(Comparator.comparingInt((LinkedMention m) -> -m.mention().length()).thenComparingInt(m -> m.mention().begin()));
        for (LinkedMention lm : mentions) {
            MentionType type = lm.entityId().map(entities::get).map(Entity::type).orElse(lm.mention().type());
            String label = label(type);
            if (label == null) continue;
            int mb = lm.mention().begin(), me = lm.mention().end();
            List<int[]> covered = new ArrayList<>();
            boolean free = true;
            for (int s = 0; s < doc.size(); s++) {
                int[] b = begins.get(s), e = ends.get(s);
                for (int i = 0; i < b.length; i++) {
                    if (b[i] < me && mb < e[i]) {
                        covered.add(new int[] {s, i});
                        if (!labels.get(s)[i].equals("O")) free = false;
                    }
                }
            }
            if (!free || covered.isEmpty()) continue;
            boolean first = true;
            for (int[] w : covered) {
                labels.get(w[0])[w[1]] = (first ? "B-" : "I-") + label;
                first = false;
            }
        }
        return labels;
    }
}

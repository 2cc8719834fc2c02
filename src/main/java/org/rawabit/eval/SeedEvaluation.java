package org.rawabit.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.read.ArticleReader;
import org.rawabit.read.ArticleSink;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;

/**
 * Runs the pipeline on the articles of a folder that have a gold annotation (GOLD/ID.tsv) and
 * scores each (see {@link SeedScorer}).
 */
public final class SeedEvaluation {
    private SeedEvaluation() {}

    /** The scores of every annotated article, in article order, and their sums. */
    public record Report(List<SeedScorer.ArticleScore> articles) {
        public SeedScorer.Counts entities() {
            return articles.stream().map(SeedScorer.ArticleScore::entities).reduce(SeedScorer.Counts.ZERO, SeedScorer.Counts::plus);
        }

        public SeedScorer.Counts posts() {
            return articles.stream().map(SeedScorer.ArticleScore::posts).reduce(SeedScorer.Counts.ZERO, SeedScorer.Counts::plus);
        }

        public SeedScorer.Counts ofType(String type) {
            return articles.stream().map(a -> a.byType().get(type)).reduce(SeedScorer.Counts.ZERO, SeedScorer.Counts::plus);
        }

        public int factsFound() {
            return articles.stream().mapToInt(SeedScorer.ArticleScore::factsFound).sum();
        }

        public int factsTotal() {
            return articles.stream().mapToInt(SeedScorer.ArticleScore::factsTotal).sum();
        }

        /** Share of gold facts found, in percent. */
        public double factShare() {
            return factsTotal() == 0 ? 0 : 100.0 * factsFound() / factsTotal();
        }

        /** Prints one Markdown table (per article, per type, overall); with {@code details}, what was missed or spurious. */
        public void print(PrintWriter out, boolean details) {
            out.println("| article | entity P | entity R | entity F1 | gold entities | posts F1 | facts found |");
            out.println("|---|---|---|---|---|---|---|");
            for (SeedScorer.ArticleScore a : articles) row(out, a.articleId(), a.entities(), a.posts(), a.factsFound(), a.factsTotal());
            row(out, "**overall**", entities(), posts(), factsFound(), factsTotal());
            out.println();
            out.println("| type | P | R | F1 | gold |");
            out.println("|---|---|---|---|---|");
            for (String t : GoldAnnotation.TYPES) {
                SeedScorer.Counts c = ofType(t);
                out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", t, c.precision(), c.recall(), c.f1(), c.truePositives() + c.falseNegatives());
            }
            if (!details) return;
            for (SeedScorer.ArticleScore a : articles) {
                out.println();
                out.println("## " + a.articleId());
                a.missed().forEach(m -> out.println("missed    " + m));
                a.spurious().forEach(s -> out.println("spurious  " + s));
                a.missedFacts().forEach(f -> out.println("fact missed (line " + f.line() + ")  " + f));
            }
        }

        private static void row(PrintWriter out, String name, SeedScorer.Counts e, SeedScorer.Counts p, int found, int total) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %.1f | %d / %d (%.0f %%) |%n", name, e.precision(), e.recall(), e.f1(),
                    e.truePositives() + e.falseNegatives(), p.f1(), found, total, total == 0 ? 0 : 100.0 * found / total);
        }
    }

    /**
     * @param articles folder (or file) of articles, read as {@code ingest} reads them
     * @param goldDir  folder of ID.tsv gold files; articles without one are skipped, and a gold
     *                 file without its article is an error
     */
    public static Report run(Pipeline pipeline, Path articles, Path goldDir) throws IOException {
        Map<String, GoldAnnotation> gold = new TreeMap<>();
        if (!Files.isDirectory(goldDir)) throw new IllegalArgumentException("no gold folder at " + goldDir);
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                GoldAnnotation g = GoldAnnotation.read(f);
                gold.put(g.articleId(), g);
            }
        }
        Map<String, Article> read = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        ArticleCleaner cleaner = pipeline.cleaner();
        new ArticleReader().read(List.of(articles), new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                if (!gold.containsKey(raw.id())) return;
                try {
                    read.put(raw.id(), cleaner.clean(raw));
                } catch (InputProblem p) {
                    problems.add(p.getMessage());
                }
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem.getMessage());
            }
        });
        if (!problems.isEmpty()) throw new IllegalArgumentException("cannot read the annotated articles: " + String.join("; ", problems));
        List<String> lost = gold.keySet().stream().filter(id -> !read.containsKey(id)).toList();
        if (!lost.isEmpty()) throw new IllegalArgumentException("gold files without their article in " + articles + ": " + lost);
        SeedScorer scorer = new SeedScorer();
        List<SeedScorer.ArticleScore> scores = new ArrayList<>();
        for (Map.Entry<String, Article> e : read.entrySet()) {
            Article a = e.getValue();
            scores.add(scorer.score(gold.get(e.getKey()), pipeline.process(a), RdfMapper.graphIri(a)));
        }
        return new Report(scores);
    }
}

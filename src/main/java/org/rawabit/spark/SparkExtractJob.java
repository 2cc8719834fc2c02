package org.rawabit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleReader;
import org.rawabit.read.ArticleSink;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;
import org.rawabit.spark.Records.Doc;
import org.rawabit.spark.Records.Extracted;
import org.rawabit.spark.Records.Input;
import org.rawabit.spark.Records.Read;
import org.rawabit.spark.Records.Reject;
import org.rawabit.store.CorpusLinks;
import scala.Tuple2;

/**
 * Extraction on Apache Spark: reads articles from any Hadoop file system path (folders of
 * {@code .txt}, CSV and JSONL, as {@code ingest} reads them), runs the pipeline on every article
 * (the models are loaded once per executor), applies the cross-document rules as aggregations over
 * the whole corpus, and writes each document's named graph as gzipped N-Quads — the graph
 * {@code ingest} would store. {@code rawabit load} builds a store from them.
 *
 * <p>Output: {@code OUT/quads/part-*.gz} (N-Quads) and {@code OUT/rejects/part-*} (one line per
 * input that gave no document: origin, a tab, the cause). Bad inputs never fail the job.
 *
 * <p>Entry point for {@code spark-submit --class org.rawabit.spark.SparkExtractJob
 * rawabit-spark.jar --input PATH --output PATH [--partitions N]}; nothing in it is specific to
 * a cluster manager.
 */
public final class SparkExtractJob {
    /** Totals of one run. */
    public record Summary(long documents, long rejected, long merged, long settled, long millis) {}

    /** Sub-folders of the output. */
    public static final String QUADS = "quads", REJECTS = "rejects";

    private SparkExtractJob() {}

    public static void main(String[] args) {
        Map<String, String> opts = options(args);
        SparkConf conf = new SparkConf().setAppName("rawabit-extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, opts.get("--input"), opts.get("--output"), Integer.parseInt(opts.getOrDefault("--partitions", "0")));
            System.out.println(describe(s, opts.get("--output")));
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!Set.of("--input", "--output", "--partitions").contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --input PATH --output PATH [--partitions N] (got '" + args[i] + "')");
            }
            out.put(args[i], args[++i]);
        }
        if (!out.containsKey("--input") || !out.containsKey("--output")) {
            throw new IllegalArgumentException("usage: --input PATH --output PATH [--partitions N]");
        }
        return out;
    }

    public static String describe(Summary s, String output) {
        return String.format(Locale.ROOT, "extracted %d document(s), %d rejected, %d surname(s) linked, %d label(s) settled in %.1f s into %s",
                s.documents(), s.rejected(), s.merged(), s.settled(), s.millis() / 1000.0, output);
    }

    /**
     * Runs the job. {@code partitions} is how many tasks share the extraction (0: four per core of
     * the cluster), independent of how the input is split into files.
     *
     * @throws IllegalArgumentException when the output exists already (nothing is overwritten)
     */
    public static Summary run(JavaSparkContext sc, String input, String output, int partitions) {
        long start = System.nanoTime();
        var hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        try {
            var out = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out)) throw new IllegalArgumentException("output " + output + " exists already; give a new folder");
            var in = new org.apache.hadoop.fs.Path(input);
            if (!in.getFileSystem(hadoop).exists(in)) throw new IllegalArgumentException("input " + input + ": no such file or directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tasks = partitions > 0 ? partitions : 4 * sc.defaultParallelism();

        // 1. Read: cheap, one task per group of files; then spread the articles over all tasks.
        JavaRDD<Read> read = sc.binaryFiles(input).filter(f -> ArticleReader.isArticleFileName(fileName(f._1())))
                .flatMap(f -> readFile(f._1(), f._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Reject> unreadable = read.filter(r -> r.reject() != null).map(Read::reject);

        // 2. Extract: the pipeline, per article, on the executor's one pipeline.
        JavaRDD<Extracted> extracted = read.filter(r -> r.article() != null).map(Read::article).repartition(tasks)
                .map(SparkExtractJob::extract)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Reject> failed = extracted.filter(e -> e.reject() != null).map(Extracted::reject);

        // Two articles with one id: the first read is kept, as ingest does.
        JavaPairRDD<String, Iterable<Doc>> byId = extracted.filter(e -> e.doc() != null).mapToPair(e -> new Tuple2<>(e.doc().id(), e.doc()))
                .groupByKey();
        JavaRDD<Doc> docs = byId.map(g -> first(g._2()));
        JavaRDD<Reject> duplicates = byId.flatMap(g -> duplicatesOf(g._2()).iterator());

        // 3. Person linking (lineages, surnames), as aggregations over every person of the corpus.
        JavaPairRDD<String, Set<String>> keysByPerson = docs
                .flatMapToPair(d -> pairs(CorpusLinks.personNameKeys(DocumentQuads.parse(d.nquads()))).iterator())
                .distinct().groupByKey().mapValues(SparkExtractJob::toSet);
        JavaPairRDD<String, String> surnameOnly = keysByPerson.flatMapToPair(p -> CorpusLinks.surnameOnly(p._2())
                .map(s -> List.of(new Tuple2<>(s, p._1()))).orElse(List.of()).iterator());
        JavaPairRDD<String, Set<String>> fullNamesBySurname = keysByPerson
                .flatMapToPair(p -> CorpusLinks.surnamesOf(p._2()).stream().map(s -> new Tuple2<>(s, p._1())).iterator())
                .groupByKey().mapValues(SparkExtractJob::toSet);
        // lineage names first, within their group (given name and nearest father), as CorpusLinks.personMerges does
        Map<String, String> merges = new HashMap<>(keysByPerson
                .flatMapToPair(p -> CorpusLinks.lineageGroup(p._2()).map(g -> List.of(new Tuple2<>(g, p))).orElse(List.of()).iterator())
                .groupByKey()
                .flatMapToPair(g -> {
                    Map<String, Set<String>> group = new HashMap<>();
                    g._2().forEach(p -> group.put(p._1(), p._2()));
                    return CorpusLinks.lineageMerges(group).entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator();
                })
                .collectAsMap());
        surnameOnly.join(fullNamesBySurname)
                .flatMapToPair(j -> CorpusLinks.mergeTarget(j._2()._1(), j._2()._2())
                        .map(target -> List.of(new Tuple2<>(j._2()._1(), target))).orElse(List.of()).iterator())
                .collectAsMap().forEach(merges::putIfAbsent);
        merges = CorpusLinks.followed(merges);
        Broadcast<Map<String, String>> mergeTable = sc.broadcast(merges);
        JavaRDD<Doc> linked = docs.map(d -> mergeTable.value().isEmpty() ? d
                : d.withQuads(DocumentQuads.toNQuads(CorpusLinks.applyMerges(DocumentQuads.parse(d.nquads()), nodes(mergeTable.value())))))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 4. Canonical labels: how many documents use each Arabic spelling of each entity.
        Map<String, String> canonical = new HashMap<>(linked.flatMapToPair(d -> arabicLabels(d).iterator())
                .reduceByKey(Integer::sum)
                .mapToPair(c -> new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())))
                .groupByKey()
                .flatMapToPair(e -> canonicalLabel(e._1(), e._2()).iterator())
                .collectAsMap());
        Broadcast<Map<String, String>> labelTable = sc.broadcast(canonical);
        JavaRDD<String> settled = linked.map(d -> labelTable.value().isEmpty() ? d.nquads()
                : DocumentQuads.toNQuads(CorpusLinks.applyCanonicalLabels(DocumentQuads.parse(d.nquads()), labelNodes(labelTable.value()))))
                .map(q -> q.endsWith("\n") ? q.substring(0, q.length() - 1) : q);

        settled.saveAsTextFile(output + "/" + QUADS, GzipCodec.class);
        JavaRDD<Reject> rejects = unreadable.union(failed).union(duplicates).persist(StorageLevel.MEMORY_AND_DISK_SER());
        rejects.map(Reject::line).coalesce(1).saveAsTextFile(output + "/" + REJECTS);
        Summary s = new Summary(linked.count(), rejects.count(), merges.size(), canonical.size(), (System.nanoTime() - start) / 1_000_000);
        for (JavaRDD<?> r : List.of(read, extracted, linked, rejects)) r.unpersist(false);
        return s;
    }

    static String fileName(String hadoopPath) {
        return hadoopPath.substring(hadoopPath.lastIndexOf('/') + 1);
    }

    /**
     * Reads one file with {@link ArticleReader}, so that containers, limits and messages are
     * exactly {@code ingest}'s: the file is copied to local disk first (it may live on HDFS, S3…).
     */
    static List<Read> readFile(String file, PortableDataStream stream) throws IOException {
        List<Read> out = new ArrayList<>();
        Path dir = Files.createTempDirectory("rawabit-read-");
        Path local = dir.resolve(fileName(file));
        try {
            try (InputStream in = stream.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            String localName = local.toString();
            new ArticleReader().read(List.of(local), new ArticleSink() {
                @Override
                public void article(RawArticle a) {
                    RawArticle named = new RawArticle(a.id(), rename(a.origin()), a.title(), a.date(), a.source(), a.url(), a.text());
                    out.add(new Read(Input.of(file, out.size(), named), null));
                }

                @Override
                public void problem(InputProblem p) {
                    String cause = p.getMessage().startsWith(p.input() + ": ") ? p.getMessage().substring(p.input().length() + 2) : p.getMessage();
                    out.add(new Read(null, new Reject(rename(p.input()), cause)));
                }

                private String rename(String origin) {
                    return origin.startsWith(localName) ? file + origin.substring(localName.length()) : origin;
                }
            });
        } catch (IOException | RuntimeException e) {
            out.add(new Read(null, new Reject(file, "cannot be read: " + e.getMessage())));
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
        return out;
    }

    /** One article through the pipeline, as {@code ingest}'s workers do it; any failure is a reject. */
    static Extracted extract(Input in) {
        try {
            Pipeline pipeline = ExecutorPipeline.get();
            Article a = pipeline.cleaner().clean(in.raw());
            String graph = RdfMapper.graphIri(a);
            String quads = DocumentQuads.toNQuads(graph, pipeline.process(a));
            return new Extracted(new Doc(a.id(), graph, in.file(), in.index(), a.origin(), quads), null);
        } catch (InputProblem p) {
            return new Extracted(null, new Reject(p.input(), p.getMessage().substring(Math.min(p.getMessage().length(), p.input().length() + 2))));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Extracted(null, new Reject(in.origin(), "could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private static Doc first(Iterable<Doc> docs) {
        Doc best = null;
        for (Doc d : docs) if (best == null || d.readBefore(best)) best = d;
        return best;
    }

    private static List<Reject> duplicatesOf(Iterable<Doc> docs) {
        Doc kept = first(docs);
        List<Reject> out = new ArrayList<>();
        for (Doc d : docs) {
            if (d != kept) {
                out.add(new Reject(d.origin(), "article id '" + d.id() + "' was already read from " + kept.origin()
                        + " in this run; give articles distinct ids or file names"));
            }
        }
        return out;
    }

    private static List<Tuple2<String, String>> pairs(Map<String, Set<String>> keysByPerson) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        keysByPerson.forEach((person, keys) -> keys.forEach(k -> out.add(new Tuple2<>(person, k))));
        return out;
    }

    private static <T> Set<T> toSet(Iterable<T> values) {
        Set<T> out = new HashSet<>();
        values.forEach(out::add);
        return out;
    }

    private static Map<Node, Node> nodes(Map<String, String> iris) {
        Map<Node, Node> out = new HashMap<>();
        iris.forEach((k, v) -> out.put(NodeFactory.createURI(k), NodeFactory.createURI(v)));
        return out;
    }

    /** Each (entity, Arabic spelling) a document uses, once. */
    private static List<Tuple2<Tuple2<String, String>, Integer>> arabicLabels(Doc d) {
        Set<Tuple2<String, String>> seen = new HashSet<>();
        for (Quad q : DocumentQuads.parse(d.nquads())) {
            if (CorpusLinks.isArabicLabel(q) && q.getSubject().isURI()) {
                seen.add(new Tuple2<>(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            }
        }
        List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
        for (var s : seen) out.add(new Tuple2<>(s, 1));
        return out;
    }

    private static List<Tuple2<String, String>> canonicalLabel(String entity, Iterable<Tuple2<String, Integer>> counts) {
        Map<Node, Integer> byLabel = new LinkedHashMap<>();
        for (var c : counts) byLabel.put(NodeFactory.createLiteralLang(c._1(), "ar"), c._2());
        return CorpusLinks.canonicalLabel(byLabel).map(best -> List.of(new Tuple2<>(entity, best.getLiteralLexicalForm()))).orElse(List.of());
    }

    private static Map<Node, Node> labelNodes(Map<String, String> labels) {
        Map<Node, Node> out = new HashMap<>();
        labels.forEach((e, l) -> out.put(NodeFactory.createURI(e), NodeFactory.createLiteralLang(l, "ar")));
        return out;
    }
}

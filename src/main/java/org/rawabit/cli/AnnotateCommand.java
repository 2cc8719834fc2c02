package org.rawabit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.annotate.Annotation;
import org.rawabit.annotate.AnnotationHtml;
import org.rawabit.annotate.AnnotationJson;
import org.rawabit.annotate.AnnotationText;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.query.TextTable;
import org.rawabit.read.ArticleReader;
import org.rawabit.read.ArticleSink;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;
import org.rawabit.read.TextDecoder;
import org.rawabit.resolve.ResolvedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on one article and show what it finds, without touching any store:",
                "mentions (type, span, entity, confidence, finder), entities and facts.",
                "FILE is a .txt article (or a .csv / .jsonl holding one); '-' reads the text from standard input."})
final class AnnotateCommand implements Callable<Integer> {
    enum Format { table, json, html }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The article, or - for standard input.")
    String input;

    @Option(names = "--format", defaultValue = "table", description = "table, json or html (a page with the entities highlighted; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base CSV (repeatable), as for ingest.")
    List<Path> kbFiles = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws InputProblem, IOException {
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        RawArticle raw = read();
        Pipeline pipeline = Pipelines.standard(KnowledgeBase.withUserFiles(kbFiles), gate);
        var article = pipeline.cleaner().clean(raw);
        ResolvedDocument doc = pipeline.resolve(article);
        Annotation a = Annotation.of(doc, pipeline.facts(doc));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case table -> AnnotationText.render(a, TextTable.onTerminal());
            case json -> AnnotationJson.render(a);
            case html -> AnnotationHtml.render(a);
        });
        out.flush();
        return ExitCodes.OK;
    }

    private RawArticle read() throws InputProblem, IOException {
        if (input.equals("-")) {
            String text = TextDecoder.decode(System.in.readAllBytes(), "standard input");
            return new RawArticle("stdin", "standard input", "", "", "", "", text);
        }
        List<RawArticle> found = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader().read(List.of(Path.of(input)), new ArticleSink() {
            @Override
            public void article(RawArticle a) {
                found.add(a);
            }

            @Override
            public void problem(InputProblem p) {
                problems.add(p);
            }
        });
        if (!problems.isEmpty()) throw problems.get(0);
        if (found.size() != 1) {
            throw new UserError(input + " holds " + (found.isEmpty() ? "no article" : found.size() + " articles")
                    + "; annotate takes one (ingest reads many)");
        }
        return found.get(0);
    }
}

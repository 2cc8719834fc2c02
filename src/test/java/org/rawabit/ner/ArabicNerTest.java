package org.rawabit.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.TestArticles;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.ner.cli.EvalNerCommand;
import org.rawabit.ner.cli.NerCommand;
import org.rawabit.ner.cli.TrainNerCommand;
import picocli.CommandLine;

/** The statistical NER: corpus I/O, label mapping, scoring, training, the shipped model and its finder. */
class ArabicNerTest {

    static final Path ANERCORP = Path.of("../shared/anercorp/ANERCorp_CamelLab_train.conll");
    static final Path NERSCORE = Path.of("../shared/tools/nerscore.py");

    static List<String> words(String sentence) {
        return Arrays.asList(sentence.trim().split("\\s+"));
    }

    // ---- corpus I/O ------------------------------------------------------------------------

    @Test
    void readsConllWithCrlfTrailingSpacesAndBareWords() throws IOException {
        String tagged = "\uFEFFفرانكفورت B-LOC  \r\n(د O\r\n\r\n\r\nأعلن\tO\r\nاتحاد B-ORG \r\n";
        List<ConllCorpus.Sentence> s = ConllCorpus.read(new StringReader(tagged), "t");
        assertEquals(2, s.size());
        assertEquals(List.of("فرانكفورت", "(د"), s.get(0).words());
        assertEquals(List.of("B-LOC", "O"), s.get(0).tags());
        assertEquals(List.of("O", "B-ORG"), s.get(1).tags());

        List<ConllCorpus.Sentence> bare = ConllCorpus.read(new StringReader("ذهب \nإلى\n\nالرباط\n"), "b");
        assertEquals(2, bare.size());
        assertFalse(bare.get(0).tagged());
        assertEquals(List.of("ذهب", "إلى"), bare.get(0).words());

        assertThrowsFormat("a O\nb\n");
    }

    private static void assertThrowsFormat(String text) {
        try {
            ConllCorpus.read(new StringReader(text), "mixed");
        } catch (ConllCorpus.FormatException e) {
            assertTrue(e.getMessage().startsWith("mixed:2:"), e.getMessage());
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("mixed tagged and untagged lines were accepted");
    }

    // ---- labels ----------------------------------------------------------------------------

    @Test
    void mapsAnercorpLabelsToMentionTypes() {
        assertEquals(Optional.of(MentionType.PER), AnercorpLabels.toMentionType("B-PERS"));
        assertEquals(Optional.of(MentionType.PER), AnercorpLabels.toMentionType("I-PERS"));
        assertEquals(Optional.of(MentionType.LOC), AnercorpLabels.toMentionType("LOC"));
        assertEquals(Optional.of(MentionType.ORG), AnercorpLabels.toMentionType("B-ORG"));
        assertEquals(Optional.empty(), AnercorpLabels.toMentionType("B-MISC"));
        assertEquals(Optional.empty(), AnercorpLabels.toMentionType("O"));
        assertEquals(Optional.of("PERS"), AnercorpLabels.toAnercorp(MentionType.PER));
        assertEquals(Optional.of("LOC"), AnercorpLabels.toAnercorp(MentionType.LOC));
        assertEquals(Optional.of("ORG"), AnercorpLabels.toAnercorp(MentionType.ORG));
        assertEquals(Optional.empty(), AnercorpLabels.toAnercorp(MentionType.DATE));
        assertEquals(Optional.empty(), AnercorpLabels.toAnercorp(MentionType.POST));
        for (String t : AnercorpLabels.TYPES) {
            AnercorpLabels.toMentionType(t).ifPresent(m -> assertEquals(Optional.of(t), AnercorpLabels.toAnercorp(m)));
        }
    }

    @Test
    void convertsBetweenIob2AndIobes() {
        List<String> iob2 = List.of("B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "O", "B-MISC", "I-MISC");
        List<String> iobes = AnercorpLabels.iob2ToIobes(iob2);
        assertEquals(List.of("B-PERS", "I-PERS", "E-PERS", "O", "S-LOC", "S-LOC", "S-ORG", "O", "B-MISC", "E-MISC"), iobes);
        assertEquals(List.of("B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "B-ORG", "O", "B-MISC", "I-MISC"),
                AnercorpLabels.toIob2(iobes));
        // stray inside/end tags start an entity; an end tag closes it
        assertEquals(List.of("B-LOC", "I-LOC", "B-LOC", "B-ORG"), AnercorpLabels.toIob2(List.of("I-LOC", "E-LOC", "E-LOC", "I-ORG")));
    }

    // ---- scoring ---------------------------------------------------------------------------

    @Test
    void evaluationAgreesWithNerscore(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(NERSCORE), "nerscore.py not available");
        String[] words = "a b c d e f g h i j k l m n o p".split(" ");
        List<String> gold = List.of("B-PERS", "I-PERS", "O", "B-LOC", "I-LOC", "O", "I-ORG", "I-ORG", "B-MISC", "O",
                "B-LOC", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG");
        List<String> pred = List.of("B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
                "B-LOC", "I-LOC", "I-PERS", "B-ORG", "I-LOC", "I-ORG");
        Path g = dir.resolve("gold.conll"), p = dir.resolve("pred.conll");
        ConllCorpus.write(g, List.of(List.of(words).subList(0, 8), List.of(words).subList(8, 16)),
                List.of(gold.subList(0, 8), gold.subList(8, 16)));
        ConllCorpus.write(p, List.of(List.of(words)), List.of(pred));
        NerEvaluation e = NerEvaluation.score(gold, pred);
        Process proc = new ProcessBuilder("python3", NERSCORE.toString(), g.toString(), p.toString()).redirectErrorStream(true).start();
        String py = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), py);
        assertEquals(py, e.table());
        // and the exact numbers: gold spans PERS, LOC, ORG(I-ORG start), MISC, LOC, LOC, ORG = 7
        assertEquals(7, e.overall().gold());
        assertEquals(2, e.overall().correct());
    }

    @Test
    void formatsLikePython() {
        assertEquals("3.12", NerEvaluation.fixed2(3.125));
        assertEquals("0.28", NerEvaluation.fixed2(0.285));
        assertEquals("66.67", NerEvaluation.fixed2(200.0 / 3));
        assertEquals("0.00", NerEvaluation.fixed2(0.0));
    }

    // ---- training --------------------------------------------------------------------------

    @Test
    void trainsATinyModelAndTagsWithIt(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(ANERCORP), "ANERcorp training file not available");
        List<ConllCorpus.Sentence> slice = ConllCorpus.read(ANERCORP).subList(0, 250);
        Properties crf = new Properties();
        crf.setProperty("maxQNItr", "60");
        NerTrainer.Options o = new NerTrainer.Options(Set.copyOf(WordFeatures.DEFAULT_GROUPS), List.of(16), 0.2, null, crf, null, 0.0);
        NerTrainer.Result r = NerTrainer.train(slice, o, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertNotNull(r.dev());
        assertEquals(50, r.devPredictions().size());
        assertTrue(r.dev().overall().f1() > 0.2, "a model trained on 200 sentences finds something: " + r.dev().table());

        Path file = dir.resolve("tiny.ser.gz");
        r.model().save(file);
        ArabicNerModel back = ArabicNerModel.load(file);
        ConllCorpus.Sentence first = slice.get(0);
        List<String> tags = back.tag(first.words());
        assertEquals(first.size(), tags.size());
        assertEquals("B-LOC", tags.get(first.words().indexOf("ألمانيا")), "a training sentence is tagged as learnt: " + tags);
        assertEquals(r.model().tag(first.words()), tags, "the saved model tags as the trained one");
        assertEquals(List.of(), back.tag(List.of()));

        Path biased = dir.resolve("biased.ser.gz");
        r.model().withEntityBias(1.5).save(biased);
        assertEquals(1.5, ArabicNerModel.load(biased).entityBias());
        assertEquals(0.0, back.entityBias(), "the original model keeps its own bias");
    }

    @Test
    void entityBiasTradesPrecisionForRecall() {
        ArabicNerModel m = ArabicNerModel.loadDefault();
        List<List<String>> s = List.of(
                words("وقال رئيس الوزراء الياباني شيغيرو إيشيبا إن بلاده ستعزز تعاونها مع الاتحاد الأوروبي ."),
                words("وشارك في الاجتماع ممثلون عن منظمة الصحة العالمية وصندوق النقد الدولي في جنيف ."));
        List<Double> biases = List.of(-40.0, -1.0, m.entityBias(), 1.0, 40.0);
        List<List<List<String>>> tagged = m.tagAll(s, 1, biases);
        assertEquals(m.tagAll(s, 1), tagged.get(2), "the model's own bias is the default");
        int previous = -1;
        for (int i = 0; i < biases.size(); i++) {
            int entityWords = 0;
            for (List<String> sentence : tagged.get(i)) for (String t : sentence) if (!t.equals("O")) entityWords++;
            assertTrue(entityWords >= previous, "a larger bias never tags fewer words as entities: " + biases + " → " + tagged);
            previous = entityWords;
            if (i == 0) assertEquals(0, entityWords, "a strongly negative bias leaves everything O");
            if (i == biases.size() - 1) assertEquals(s.get(0).size() + s.get(1).size(), entityWords, "a strongly positive one tags every word");
        }
        assertTrue(tagged.get(2).get(0).contains("B-PERS"), tagged.get(2).toString());
        assertTrue(m.withEntityBias(-40.0).tag(s.get(0)).stream().allMatch("O"::equals));
    }

    @Test
    void listsGroupMarksGivenNamesTitlesAndOrganisationHeadsFromTheLexicons() {
        NerLexicon lex = NerLexicon.empty().withWordLists(NerLexicon.lexiconWordLists());
        List<String> w = words("وقال المستشار غيرهارد فايسمان إن شركة نوردمارك للطاقة ستفتح مكتبا في ليون .");
        List<List<WordSegmenter.Segment>> segs = WordSegmenter.segment(w, true);
        Set<String> groups = Set.of("stem", "lists");
        List<edu.stanford.nlp.ling.CoreLabel> labels = WordFeatures.labels(w, segs, lex, groups);
        java.util.function.IntFunction<List<String>> atoms = i -> labels.get(i).get(NerAnnotations.Window.class);
        assertTrue(atoms.apply(w.indexOf("غيرهارد")).contains("gn=B"), "a foreign given name: " + atoms.apply(w.indexOf("غيرهارد")));
        assertFalse(atoms.apply(w.indexOf("فايسمان")).contains("gn=B"), "the unseen surname after it is not one");
        assertTrue(atoms.apply(w.indexOf("المستشار")).contains("ti=B"), "a title: " + atoms.apply(w.indexOf("المستشار")));
        assertTrue(atoms.apply(w.indexOf("شركة")).contains("oh=B"), "an organisation head: " + atoms.apply(w.indexOf("شركة")));
        assertFalse(atoms.apply(w.indexOf("ستفتح")).stream().anyMatch(a -> a.startsWith("gn=") || a.startsWith("ti=") || a.startsWith("oh=")));
        // in the context of a later sentence, the surname alone carries "came after a given name"
        Map<String, Set<String>> ev = WordFeatures.evidence(w, segs, lex, groups);
        assertTrue(ev.get("فايسمان").contains("x=afterGN"), ev.toString());
        // models trained without the group carry no lists and get no such atoms
        List<edu.stanford.nlp.ling.CoreLabel> plain = WordFeatures.labels(w, segs, NerLexicon.empty(), groups);
        assertFalse(plain.get(w.indexOf("غيرهارد")).get(NerAnnotations.Window.class).contains("gn=B"));
    }

    @Test
    void commonGroupMarksDictionaryWordsButNotNames() {
        java.util.Set<String> common = NerLexicon.lexiconCommonWords();
        assertTrue(common.size() > 50_000, "the list built from hunspell-ar: " + common.size());
        for (String name : List.of("محمد", "مصر", "فرنسا", "باريس", "كريم"))
            assertFalse(common.contains(NerTrainer.gazetteerKey(name)), name + " is a name of the lexicons or the knowledge base");
        NerLexicon lex = NerLexicon.empty().withCommonWords(common);
        List<String> w = words("وأعلن فريق التحقيق التابع لوزارة الداخلية الكينية أن المهندس أوتينو كاماو غادر نيروبي أمس .");
        List<List<WordSegmenter.Segment>> segs = WordSegmenter.segment(w, true);
        Set<String> groups = Set.of("stem", "common");
        List<edu.stanford.nlp.ling.CoreLabel> labels = WordFeatures.labels(w, segs, lex, groups);
        java.util.function.IntFunction<String> cw = i -> labels.get(i).get(NerAnnotations.Window.class).stream()
                .filter(a -> a.startsWith("cw=")).findFirst().orElse(null);
        for (String c : List.of("وأعلن", "فريق", "التحقيق", "الداخلية", "المهندس", "غادر"))
            assertNotEquals("cw=0", cw.apply(w.indexOf(c)), c + " is a common word");
        for (String n : List.of("أوتينو", "كاماو", "نيروبي"))
            assertEquals("cw=0", cw.apply(w.indexOf(n)), n + " is no common word");
        // models trained without the group get no such atom
        List<edu.stanford.nlp.ling.CoreLabel> plain = WordFeatures.labels(w, segs, NerLexicon.empty(), groups);
        assertTrue(plain.get(w.indexOf("فريق")).get(NerAnnotations.Window.class).stream().noneMatch(a -> a.startsWith("cw=")));
    }

    @Test
    void defaultGazetteerIsTheBundledKnowledgeBase() throws IOException {
        Map<String, String> g = NerTrainer.bundledGazetteer();
        assertEquals(NerTrainer.readGazetteer(Path.of("ontology/kb")), g, "the same names as --gazetteer ontology/kb");
        assertEquals("LOC", g.get(NerTrainer.gazetteerKey("المغرب")));
        assertTrue(WordFeatures.DEFAULT_GROUPS.contains("gaz") && WordFeatures.DEFAULT_GROUPS.contains("lists"));
    }

    @Test
    void trainCommandRejectsMissingInput(@TempDir Path dir) {
        CommandLine cl = new CommandLine(new TrainNerCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, cl.execute("--conll", dir.resolve("nope.conll").toString(), "--out", dir.resolve("m").toString()));
            assertEquals(2, new CommandLine(new NerCommand()).execute("--conll", dir.resolve("nope.conll").toString(), "--out", dir.resolve("o").toString()));
            assertEquals(2, new CommandLine(new EvalNerCommand()).execute("--conll", dir.resolve("nope.conll").toString()));
        } finally {
            System.setErr(old);
        }
        String msg = buf.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("train-ner: training file not found"), msg);
        assertTrue(msg.contains("ner: input file not found"), msg);
        assertFalse(msg.contains("Exception"), msg);
    }

    // ---- the shipped model -----------------------------------------------------------------

    @Test
    void shippedModelFindsUnseenPeopleAndPlaces() {
        ArabicNerModel m = ArabicNerModel.loadDefault();
        List<String> w = words("التقى وزير الخارجية الإسباني خوسيه ألباريس نظيره المغربي في الرباط يوم الأحد .");
        List<String> tags = m.tag(w);
        assertEquals(w.size(), tags.size());
        assertEquals("B-PERS", tags.get(w.indexOf("خوسيه")), w + " → " + tags);
        assertEquals("I-PERS", tags.get(w.indexOf("ألباريس")), w + " → " + tags);
        assertEquals("B-LOC", tags.get(w.indexOf("الرباط")), w + " → " + tags);
        assertEquals("O", tags.get(w.indexOf("التقى")));
        List<String> w2 = words("استقبل الرئيس التونسي قيس سعيد وفدا من رجال الأعمال .");
        List<String> t2 = m.tag(w2);
        assertEquals(List.of("B-PERS", "I-PERS"), t2.subList(3, 5), w2 + " → " + t2);
    }

    @Test
    void nerCommandTagsABareWordFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.conll"), out = dir.resolve("out.conll");
        Files.writeString(in, "وأكد\r\nرئيس \nالوزراء\nالهندي\nناريندرا\nمودي\n.\n\nوصل\nإلى\nنيودلهي\n", StandardCharsets.UTF_8);
        assertEquals(0, new CommandLine(new NerCommand()).execute("--conll", in.toString(), "--out", out.toString()));
        List<ConllCorpus.Sentence> tagged = ConllCorpus.read(out);
        assertEquals(2, tagged.size());
        assertEquals(List.of("وأكد", "رئيس", "الوزراء", "الهندي", "ناريندرا", "مودي", "."), tagged.get(0).words());
        assertEquals(7, tagged.get(0).tags().size());
        assertEquals("B-PERS", tagged.get(0).tags().get(4), tagged.get(0).tags().toString());
        assertEquals("I-PERS", tagged.get(0).tags().get(5), tagged.get(0).tags().toString());
    }

    @Test
    void shippedModelTagsConcurrently() throws Exception {
        ArabicNerModel m = ArabicNerModel.loadDefault();
        List<List<String>> sentences = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sentences.add(words(i % 2 == 0
                    ? "وقال رئيس الوزراء الياباني شيغيرو إيشيبا إن بلاده ستعزز تعاونها مع الاتحاد الأوروبي ."
                    : "أعلنت شركة سامسونغ الكورية الجنوبية عن هاتف جديد في مدينة سيول ."));
        }
        List<List<String>> serial = m.tagAll(sentences, 1);
        List<List<String>> parallel = m.tagAll(sentences, 4);
        assertEquals(serial, parallel);
    }

    @Test
    void modelMentionFinderEmitsTrimmedTypedMentions() {
        AnalysedDocument doc = TestArticles.analyse("واستقبل الرئيس الكيني وليام روتو في نيروبي وفدا من رجال الأعمال. "
                + "وقال للصحفيين إن كينيا شريك أساسي. وأعلن الوزير برونو ريتايو أنه سيزور بالجزائر الأسبوع المقبل.");
        List<Mention> ms = new ModelMentionFinder(ArabicNerModel.loadDefault()).find(doc);
        String summary = ms.stream().map(x -> x.type() + ":" + x.surface()).collect(Collectors.joining(", "));
        for (Mention x : ms) {
            assertEquals(doc.text().substring(x.begin(), x.end()), x.surface());
            assertEquals("crf", x.finder());
            assertTrue(x.confidence() > 0 && x.confidence() <= 1);
            assertTrue(x.kbId().isEmpty() && x.value().isEmpty());
            assertTrue(x.type() == MentionType.PER || x.type() == MentionType.LOC || x.type() == MentionType.ORG, summary);
        }
        assertTrue(ms.stream().anyMatch(x -> x.type() == MentionType.PER && x.surface().equals("وليام روتو")), summary);
        assertTrue(ms.stream().anyMatch(x -> x.type() == MentionType.LOC && x.surface().equals("نيروبي")), summary);
        assertTrue(ms.stream().anyMatch(x -> x.type() == MentionType.LOC && x.surface().equals("كينيا")), summary);
        // "بالجزائر": the segmenter splits ب off, and the mention starts after it
        assertTrue(ms.stream().anyMatch(x -> x.type() == MentionType.LOC && x.surface().equals("الجزائر")), summary);
        assertFalse(ms.stream().anyMatch(x -> x.surface().startsWith("بالجزائر")), summary);
    }
}

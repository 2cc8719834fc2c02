package org.rawabit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.ner.ConllCorpus;

/** {@code ner-pipeline}: a CoNLL file tagged by the whole pipeline, its mentions as ANERcorp labels on the file's words. */
class NerPipelineCommandTest {

    private static Path conll(Path dir, String... sentences) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            for (String w : s.split(" ")) sb.append(w).append(" O\n");
            sb.append('\n');
        }
        return Files.writeString(dir.resolve("in.conll"), sb.toString());
    }

    private static List<String> tags(List<ConllCorpus.Sentence> out, int sentence) {
        return out.get(sentence).tags();
    }

    @Test
    void mentionsBecomeLabelsOfTheFilesWords(@TempDir Path tmp) throws Exception {
        Path in = conll(tmp,
                "وقالت منظمة الصحة العالمية إن الحالات تراجعت بالعاصمة الكينية نيروبي .",
                "واستقبل الرئيس الكيني وليام روتو أمس الأول وفدا من البنك الدولي في 3 مارس 2025 .");
        Path out = tmp.resolve("out.conll");
        CliRun r = CliRun.run("ner-pipeline", "--conll", in.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<ConllCorpus.Sentence> tagged = ConllCorpus.read(out);
        assertEquals(2, tagged.size());
        assertEquals(List.of("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"), tags(tagged, 0));
        List<String> second = tags(tagged, 1);
        assertEquals(List.of("B-PERS", "I-PERS"), second.subList(3, 5), second.toString());
        assertEquals(List.of("B-ORG", "I-ORG"), second.subList(9, 11), second.toString());
        // a date is no ANERcorp entity, nor the post before the name
        assertTrue(second.subList(11, 16).stream().allMatch("O"::equals), second.toString());
        assertEquals("O", second.get(1));
    }

    @Test
    void aNameAfterACliticLabelsTheWholeWord(@TempDir Path tmp) throws Exception {
        Path in = conll(tmp, "وعقد الوزراء اجتماعهم بالقاهرة ثم سافروا إلى بيروت .");
        Path out = tmp.resolve("out.conll");
        assertEquals(0, CliRun.run("ner-pipeline", "--conll", in.toString(), "--out", out.toString()).exit());
        assertEquals(List.of("O", "O", "O", "B-LOC", "O", "O", "O", "B-LOC", "O"), tags(ConllCorpus.read(out), 0));
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path tmp) throws Exception {
        CliRun missing = CliRun.run("ner-pipeline", "--conll", tmp.resolve("none.conll").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("input file not found"), missing.err());
        Path mixed = Files.writeString(tmp.resolve("mixed.conll"), "كلمة O\nكلمة\n");
        CliRun bad = CliRun.run("ner-pipeline", "--conll", mixed.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("mixed.conll:2"), bad.err());
        Path ok = conll(tmp, "زار الوفد بيروت .");
        CliRun model = CliRun.run("ner-pipeline", "--conll", ok.toString(), "--out", tmp.resolve("o").toString(), "--model", tmp.resolve("no.ser.gz").toString());
        assertEquals(2, model.exit());
        assertTrue(model.err().contains("model file not found"), model.err());
        CliRun block = CliRun.run("ner-pipeline", "--conll", ok.toString(), "--out", tmp.resolve("o").toString(), "--block", "0");
        assertEquals(2, block.exit());
        assertTrue(block.err().contains("--block"), block.err());
    }
}

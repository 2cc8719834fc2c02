package org.rawabit.ner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rawabit.ner.ArabicNerModel;
import org.rawabit.ner.ConllCorpus;

/** Shared plumbing of the NER commands: user errors become one line on stderr and exit code 2. */
final class NerCli {
    private NerCli() {}

    static final int USER_ERROR = 2;

    /** A problem the user can fix (missing file, bad format); its message is printed as is. */
    static final class UserProblem extends Exception {
        UserProblem(String message) {
            super(message);
        }
    }

    static ArabicNerModel model(Path path) throws UserProblem {
        if (path == null) {
            try {
                return ArabicNerModel.loadDefault();
            } catch (IllegalStateException | UncheckedIOException e) {
                throw new UserProblem(e.getMessage());
            }
        }
        if (!Files.isRegularFile(path)) throw new UserProblem("model file not found: " + path);
        try {
            return ArabicNerModel.load(path);
        } catch (IOException e) {
            throw new UserProblem("cannot load model " + path + ": " + e.getMessage());
        }
    }

    static List<ConllCorpus.Sentence> corpus(Path path) throws UserProblem {
        if (!Files.isRegularFile(path)) throw new UserProblem("input file not found: " + path);
        try {
            return ConllCorpus.read(path);
        } catch (IOException e) {
            throw new UserProblem("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Writes "WORD TAG" lines; a failure is the user's to fix (a folder, no permission). */
    static void write(Path out, List<List<String>> words, List<List<String>> tags) throws UserProblem {
        try {
            ConllCorpus.write(out, words, tags);
        } catch (IOException e) {
            throw new UserProblem("cannot write " + out + ": " + e.getMessage());
        }
    }

    /** {@code bias} itself, when it is a finite number. */
    static double entityBias(double bias) throws UserProblem {
        if (!Double.isFinite(bias)) throw new UserProblem("--entity-bias must be a finite number, got " + bias);
        return bias;
    }

    /** {@code t}, when it is a confidence in [0, 1]. */
    static double minConfidence(double t) throws UserProblem {
        if (!(t >= 0 && t <= 1)) throw new UserProblem("--min-confidence must be in [0, 1], got " + t);
        return t;
    }

    static List<List<String>> words(List<ConllCorpus.Sentence> corpus) {
        List<List<String>> out = new ArrayList<>(corpus.size());
        for (ConllCorpus.Sentence s : corpus) out.add(s.words());
        return out;
    }
}

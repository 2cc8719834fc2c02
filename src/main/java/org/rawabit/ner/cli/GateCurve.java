package org.rawabit.ner.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rawabit.ner.NerEvaluation;
import org.rawabit.ner.PrecisionGate;

/**
 * The precision gate's precision/recall curve on gold data: for each minimum confidence, the PERS,
 * ORG and LOC entities kept (supported by the text, or confident enough) scored exactly against the
 * gold ones, next to confidence alone. Counts are printed so that folds can be pooled.
 */
final class GateCurve {
    private GateCurve() {}

    private static final Set<String> PIPELINE_TYPES = Set.of("PERS", "ORG", "LOC");

    private record Entity(int sentence, NerEvaluation.Span span) {}

    static String of(List<PrecisionGate.Found> found, List<List<String>> gold, List<Double> thresholds) {
        Set<Entity> goldSet = new HashSet<>();
        for (int s = 0; s < gold.size(); s++) {
            for (NerEvaluation.Span sp : NerEvaluation.spans(gold.get(s))) {
                if (PIPELINE_TYPES.contains(sp.type())) goldSet.add(new Entity(s, sp));
            }
        }
        List<PrecisionGate.Found> kept = found.stream().filter(f -> PIPELINE_TYPES.contains(f.span().type())).toList();
        StringBuilder b = new StringBuilder();
        int supported = 0, supportedRight = 0, right = 0;
        for (PrecisionGate.Found f : kept) {
            boolean ok = goldSet.contains(new Entity(f.sentence(), f.span()));
            if (ok) right++;
            if (!f.support().isEmpty()) {
                supported++;
                if (ok) supportedRight++;
            }
        }
        b.append(String.format("PERS/ORG/LOC: %d gold, %d tagged (%d right); %d supported by the text (%d right), %d not (%d right)%n",
                goldSet.size(), kept.size(), right, supported, supportedRight, kept.size() - supported, right - supportedRight));
        for (PrecisionGate.Support k : PrecisionGate.Support.values()) {
            long n = kept.stream().filter(f -> f.support().contains(k)).count();
            long r = kept.stream().filter(f -> f.support().contains(k) && goldSet.contains(new Entity(f.sentence(), f.span()))).count();
            b.append(String.format("  %-10s %5d tagged, %5d right%n", k, n, r));
        }
        b.append("min-conf   gate: P       R      F1  right  kept  gold   confidence alone: P       R      F1\n");
        for (double t : thresholds) {
            PrecisionGate gate = new PrecisionGate(t);
            int[] g = count(kept, goldSet, f -> gate.admits(f.confidence(), f.support()));
            int[] c = count(kept, goldSet, f -> f.confidence() >= t);
            b.append(String.format("%8.3f  %7.2f %7.2f %7.2f %6d %5d %5d  %19.2f %7.2f %7.2f%n", t,
                    pct(g[0], g[1]), pct(g[0], goldSet.size()), f1(g[0], g[1], goldSet.size()), g[0], g[1], goldSet.size(),
                    pct(c[0], c[1]), pct(c[0], goldSet.size()), f1(c[0], c[1], goldSet.size())));
        }
        return b.toString();
    }

    /** One line per tagged entity: sentence, start, end, type, confidence, support, whether it is in the gold. */
    static void write(java.nio.file.Path file, List<PrecisionGate.Found> found, List<List<String>> gold) throws NerCli.UserProblem {
        Set<Entity> goldSet = new HashSet<>();
        for (int s = 0; s < gold.size(); s++) for (NerEvaluation.Span sp : NerEvaluation.spans(gold.get(s))) goldSet.add(new Entity(s, sp));
        StringBuilder b = new StringBuilder();
        for (PrecisionGate.Found f : found) {
            b.append(f.sentence()).append('\t').append(f.span().start()).append('\t').append(f.span().end()).append('\t')
                    .append(f.span().type()).append('\t').append(f.confidence()).append('\t').append(f.support()).append('\t')
                    .append(goldSet.contains(new Entity(f.sentence(), f.span()))).append('\n');
        }
        try {
            java.nio.file.Files.writeString(file, b.toString());
        } catch (java.io.IOException e) {
            throw new NerCli.UserProblem("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static int[] count(List<PrecisionGate.Found> kept, Set<Entity> gold, java.util.function.Predicate<PrecisionGate.Found> keep) {
        int right = 0, n = 0;
        for (PrecisionGate.Found f : kept) {
            if (!keep.test(f)) continue;
            n++;
            if (gold.contains(new Entity(f.sentence(), f.span()))) right++;
        }
        return new int[] {right, n};
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static double f1(int right, int kept, int gold) {
        double p = pct(right, kept), r = pct(right, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package org.rawabit.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rawabit.analysis.AnalysedDocument;

/**
 * Runs finders and reconciles their mentions. Finders come in tiers: the knowledge base and rules
 * first (precise, and they carry identity), statistical models after (they find unseen names).
 * Within a tier the longer span wins, then the earlier finder. A lower tier never overrides a
 * higher one; it only adds what does not overlap. Events and posts may contain the
 * organisations and places they name.
 */
public final class MentionCombiner implements MentionFinder {
    private final List<List<MentionFinder>> tiers;

    public MentionCombiner(List<List<MentionFinder>> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    @Override
    public String name() {
        return "combined";
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        List<Mention> accepted = new ArrayList<>();
        for (List<MentionFinder> tier : tiers) {
            List<Ranked> candidates = new ArrayList<>();
            for (int f = 0; f < tier.size(); f++) {
                for (Mention m : tier.get(f).find(doc)) candidates.add(new Ranked(m, f));
            }
            candidates.sort(Comparator.comparingInt((Ranked r) -> -r.mention().length()).thenComparingInt(Ranked::finder)
                    .thenComparingInt(r -> r.mention().begin()));
            for (Ranked r : candidates) {
                if (accepted.stream().noneMatch(a -> conflicts(a, r.mention()))) accepted.add(r.mention());
            }
        }
        accepted.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(m -> -m.length()));
        return accepted;
    }

    private record Ranked(Mention mention, int finder) {}

    private static boolean conflicts(Mention kept, Mention candidate) {
        if (!kept.overlaps(candidate)) return false;
        if (kept.equals(candidate)) return true;
        boolean container = kept.type() == MentionType.EVENT || kept.type() == MentionType.POST;
        boolean nestable = candidate.type() == MentionType.ORG || candidate.type() == MentionType.LOC
                || candidate.type() == MentionType.DATE;
        if (container && nestable && kept.contains(candidate)) return false;
        if (candidate.type() == MentionType.POST && candidate.contains(kept)
                && (kept.type() == MentionType.ORG || kept.type() == MentionType.LOC)) {
            return false;
        }
        return true;
    }
}

package org.rawabit.mention;

import org.rawabit.text.Affixes;
import org.rawabit.kb.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rawabit.analysis.AnalysedDocument;

/**
 * Runs finders and reconciles their mentions. Finders come in tiers: the knowledge base and rules
 * first (precise, and they carry identity), statistical models after (they find unseen names).
 * Within a tier the longer span wins, then the earlier finder. A lower tier never overrides a
 * higher one; it only adds what does not overlap. Events and posts may contain the
 * organisations and places they name. A statistical tier's spans are first held to what a name
 * looks like ({@link ModelSpans}). One span is one mention: a second finder's reading of the very
 * same span (a post the gazetteer knows, an organisation for the model) is dropped.
 */
public final class MentionCombiner implements MentionFinder {
    private final List<List<MentionFinder>> tiers;
    private final ModelSpans modelSpans = new ModelSpans(Lexicon.get());

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
        Words words = null;
        for (int t = 0; t < tiers.size(); t++) {
            List<MentionFinder> tier = tiers.get(t);
            if (t > 0 && words == null) words = Words.of(doc);
            List<Ranked> candidates = new ArrayList<>();
            for (int f = 0; f < tier.size(); f++) {
                for (Mention m : tier.get(f).find(doc)) {
                    if (t == 0) {
                        candidates.add(new Ranked(m, f));
                    } else {
                        final int finder = f;
                        modelSpans.clean(m, words).ifPresent(c -> candidates.add(new Ranked(c, finder)));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((Ranked r) -> -r.mention().length()).thenComparingInt(Ranked::finder)
                    .thenComparingInt(r -> r.mention().begin()));
            for (Ranked r : candidates) {
                if (accepted.stream().noneMatch(a -> conflicts(a, r.mention()))) accepted.add(r.mention());
            }
        }
        accepted.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(m -> -m.length()));
        return withoutDatelineCredit(doc, withQuotedNamesAgain(doc.text(), withoutGivenNamesOfThings(
                acronymsAsOrganisations(doc.text(), withoutPlacesNamingThings(words != null ? words : Words.of(doc), accepted)))));
    }

    /**
     * "المبادرة الرئاسية "حياة كريمة"" then "ضمن مبادرة حياة كريمة": words that read as given names ("حياة", "كريمة") but
     * that the article names an event, a body or a place with are that thing, not a person, wherever only the given-name
     * rule saw a person in them: there they name the thing again.
     */
    private static List<Mention> withoutGivenNamesOfThings(List<Mention> found) {
        java.util.Map<String, Mention> things = new java.util.HashMap<>();
        for (Mention m : found) {
            if (m.type() == MentionType.EVENT || m.type() == MentionType.ORG || m.type() == MentionType.LOC) things.putIfAbsent(m.key(), m);
        }
        if (things.isEmpty()) return found;
        return found.stream().map(m -> {
            Mention thing = m.type() == MentionType.PER && GIVEN_NAME_RULE.equals(m.finder()) ? things.get(m.key()) : null;
            return thing == null ? m : new Mention(thing.type(), m.begin(), m.end(), m.surface(), NAMED_AGAIN, m.confidence(), thing.kbId(), thing.value());
        }).toList();
    }

    private static final String NAMED_AGAIN = "rules.named-again";
    /** Finders of names that quotes delimit: once found, the same words elsewhere in the article are that name again. */
    private static final java.util.Set<String> QUOTED_NAMES = java.util.Set.of("rules.quoted-operation", "rules.quoted-event", "rules.publication");

    /**
     * "ضمن المبادرة الوطنية "أمل جديد"" then "وقالت إن أمل جديد وصلت …": a name of two words or more that quotes delimited
     * once names the same thing where the article writes it again without them (a single word may be a common one:
     * «الخبر», «الصباح»).
     */
    private static List<Mention> withQuotedNamesAgain(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        for (Mention q : found) {
            if (!QUOTED_NAMES.contains(q.finder()) || q.surface().strip().split("\\s+").length < 2) continue;
            for (int at = text.indexOf(q.surface()); at >= 0; at = text.indexOf(q.surface(), at + 1)) {
                int begin = at, end = at + q.surface().length();
                boolean whole = (begin == 0 || !Character.isLetter(text.charAt(begin - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)));
                if (!whole || out.stream().anyMatch(m -> m.begin() < end && begin < m.end())) continue;
                out.add(new Mention(q.type(), begin, end, q.surface(), NAMED_AGAIN, 0.75, q.kbId(), q.value()));
            }
        }
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(m -> -m.length()));
        return out;
    }

    private static final String GIVEN_NAME_RULE = "rules.given-name";

    /**
     * "عمّان - بترا: …": the agency a dateline credits is the article's source (metadata), never a mention of the story;
     * the dateline's city stays, where the story was filed.
     */
    private static List<Mention> withoutDatelineCredit(AnalysedDocument doc, List<Mention> found) {
        org.rawabit.read.Article a = doc.article();
        java.util.OptionalInt begin = a.datelineBegin(), headEnd = a.datelineHeadEnd();
        if (begin.isEmpty() || headEnd.isEmpty() || a.dateline().isEmpty()) return found;
        int creditFrom = begin.getAsInt() + a.dateline().get().length();
        return found.stream().filter(m -> !(m.begin() >= creditFrom && m.end() <= headEnd.getAsInt())).toList();
    }

    /**
     * "منظمة التعاون الاقتصادي الإقليمي (أسيكو)": a one-word name in parentheses right after an
     * organisation is its acronym, an organisation wherever the article uses it, whatever type a
     * finder gave it.
     */
    private static List<Mention> acronymsAsOrganisations(String text, List<Mention> found) {
        List<Mention> mentions = withUnfoundAcronyms(text, found);
        java.util.Set<String> acronyms = new java.util.HashSet<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            if (a.type() != MentionType.ORG) continue;
            for (int j = i + 1; j < mentions.size() && mentions.get(j).begin() - a.end() <= 4; j++) {
                Mention b = mentions.get(j);
                if (b.begin() < a.end() || b.key().isEmpty() || b.key().contains(" ")) continue;
                boolean inParentheses = enclosedAfter(text, a, b);
                if (inParentheses && (b.type() == MentionType.PER || b.type() == MentionType.LOC) && b.kbId().isEmpty()) acronyms.add(b.key());
            }
        }
        if (acronyms.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean retype = (m.type() == MentionType.PER || m.type() == MentionType.LOC) && m.kbId().isEmpty() && acronyms.contains(m.key());
            out.add(retype ? new Mention(MentionType.ORG, m.begin(), m.end(), m.surface(), m.finder(), m.confidence(), m.kbId(), m.value(), m.key()) : m);
        }
        return out;
    }

    /** One Arabic word in parentheses right after an organisation: "(ألكسو)". */
    private static final java.util.regex.Pattern ACRONYM_AFTER = java.util.regex.Pattern.compile("\\G\\s{0,2}\\(\\s?(\\p{IsArabic}{2,15})\\s?\\)");

    /**
     * "المنظمة العربية للتربية والثقافة والعلوم (ألكسو)": the acronym in parentheses after an organisation is a mention
     * of it even when no finder read the word.
     */
    private static List<Mention> withUnfoundAcronyms(String text, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        for (Mention a : mentions) {
            if (a.type() != MentionType.ORG) continue;
            java.util.regex.Matcher m = ACRONYM_AFTER.matcher(text);
            m.region(a.end(), text.length());
            if (!m.lookingAt()) continue;
            int b = m.start(1), e = m.end(1);
            if (mentions.stream().anyMatch(x -> x.begin() < e && x.end() > b)) continue;
            String surface = text.substring(b, e);
            added.add(new Mention(MentionType.ORG, b, e, surface, "rules.acronym", 0.8, java.util.Optional.empty(), java.util.Optional.empty(),
                    org.rawabit.text.ArabicNormaliser.nameKey(surface)));
        }
        if (added.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(x -> -x.length()));
        return out;
    }

    /**
     * "اتفاقية أغادير", "اتفاق الصخيرات": a place right after the noun of an agreement or a process names that
     * thing, whichever finder read it. Where the article does so, a bare repeat of the place ("وزراء تجارة أغادير")
     * is the agreement's too; only a preposition, glued or not, or a place noun before it makes it the place again.
     */
    private static List<Mention> withoutPlacesNamingThings(Words w, List<Mention> mentions) {
        java.util.Set<String> things = Lexicon.get().placeNamedThings;
        java.util.Map<Integer, Integer> wordAt = new java.util.HashMap<>();
        for (int i = 0; i < w.size(); i++) wordAt.put(w.get(i).begin(), i);
        java.util.Set<String> naming = new java.util.HashSet<>();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer i = wordAt.get(m.begin());
            boolean afterThing = m.type() == MentionType.LOC && i != null && i > 0 && w.isPhrase(i - 1, i) && things.contains(w.get(i - 1).key());
            if (afterThing) naming.add(m.key());
            else out.add(m);
        }
        if (naming.isEmpty()) return mentions;
        out.removeIf(m -> {
            if (m.type() != MentionType.LOC || !naming.contains(m.key())) return false;
            Integer i = wordAt.get(m.begin());
            if (i == null) return false; // the span starts at a clitic: "بأغادير"
            Words.Word prev = i > 0 ? w.get(i - 1) : null;
            boolean placeExpected = !w.get(i).clitic().isEmpty() || prev != null && !prev.isPunctuation()
                    && (prev.pos().equals("IN") || Lexicon.get().placeHeads.contains(prev.key()));
            return !placeExpected;
        });
        return out;
    }

    private static final java.util.Map<String, String> BRACKETS = java.util.Map.of("(", ")", "\"", "\"", "«", "»", "“", "”", "”", "”");

    /**
     * True when {@code b} stands in parentheses or quotes right after {@code a}: "… الإفريقية (أفريبول)",
     * "… الإفريقية\"أفريبول\"", "… «أفريبول»", or after a dash at the end of a line ("… للأنباء - سانا").
     */
    public static boolean enclosedAfter(String text, Mention a, Mention b) {
        if (b.begin() < a.end()) return false;
        String open = text.substring(a.end(), b.begin()).strip();
        String after = text.substring(b.end(), Math.min(text.length(), b.end() + 3)).strip();
        // "الوكالة العربية السورية للأنباء - سانا (@Sana__gov)": a dash and a last word, as news agencies sign
        if ((open.equals("-") || open.equals("–")) && (after.isEmpty() || after.startsWith("("))) return true;
        String close = BRACKETS.get(open);
        return close != null && after.startsWith(close);
    }

    private record Ranked(Mention mention, int finder) {}

    /** "بفاس": the mention's text starts with the preposition ب, which its key has not ("بي بي" starts with the letter). */
    private static boolean baGlued(Mention m) {
        return m.surface().startsWith(Affixes.BA) && !m.key().startsWith(Affixes.BA);
    }

    private static final String SEAT_PREPOSITION = " في ";

    private static boolean conflicts(Mention kept, Mention candidate) {
        if (!kept.overlaps(candidate)) return false;
        if (kept.begin() == candidate.begin() && kept.end() == candidate.end()) return true;
        boolean container = kept.type() == MentionType.EVENT || kept.type() == MentionType.POST;
        boolean nestable = candidate.type() == MentionType.ORG || candidate.type() == MentionType.LOC
                || candidate.type() == MentionType.DATE;
        if (container && nestable && kept.contains(candidate)) return false;
        // "محكمة الاستئناف بفاس": the seat that ends an organisation's name is also a place; "غرفة الجنايات بمحكمة الاستئناف":
        // the body a unit belongs to, after ب, is also an organisation
        boolean seat = candidate.type() == MentionType.LOC && candidate.kbId().isPresent() || candidate.type() == MentionType.ORG;
        // ("محكمة الاستئناف في سيدي بلعباس": so is the place a seated body names after في)
        if (kept.type() == MentionType.ORG && seat && kept.contains(candidate) && kept.end() == candidate.end()
                && candidate.begin() > kept.begin() && (baGlued(candidate)
                        || kept.surface().charAt(candidate.begin() - kept.begin() - 1) == Affixes.BA.charAt(0)
                        || candidate.type() == MentionType.LOC && kept.surface().substring(0, candidate.begin() - kept.begin()).endsWith(SEAT_PREPOSITION))) {
            return false;
        }
        // "مجلس محافظة كربلاء": a body of a province or a region, named by it, and the province itself
        if (kept.type() == MentionType.ORG && candidate.type() == MentionType.LOC && candidate.kbId().isPresent() && kept.contains(candidate)
                && kept.end() == candidate.end() && candidate.begin() > kept.begin()
                && Lexicon.get().placeHeads.contains(candidate.key().split(" ")[0])) {
            return false;
        }
        if (candidate.type() == MentionType.POST && candidate.contains(kept)
                && (kept.type() == MentionType.ORG || kept.type() == MentionType.LOC)) {
            return false;
        }
        return true;
    }
}

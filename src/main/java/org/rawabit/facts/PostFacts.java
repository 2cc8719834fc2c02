package org.rawabit.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.core.Fact;

/**
 * Who holds which post, from appositions: "عبد اللطيف حموشي، المدير العام للأمن الوطني …" and
 * "الأمين العام للإنتربول، فالديسي أوركيزا" (titles such as "اللواء" may stand between). The post is
 * a node of its own (org:Post), so a post held by several people over time stays one post; the
 * organisation named inside the post becomes its org:postIn.
 */
public final class PostFacts implements FactExtractor {
    static final String HOLDS = Vocab.ORG + "holds";
    static final String POST_IN = Vocab.ORG + "postIn";
    private static final Set<String> TITLES = Set.of("السيد", "السيده", "اللواء", "العميد", "الفريق", "الجنرال", "الدكتور",
            "الشيخ", "الملك", "الامير", "العقيد", "المستشار", "السفير");

    /** A person named next to a post in one sentence ("X، المدير العام لـ…" or "رئيس …، اللواء X"). */
    record Holding(LinkedMention person, LinkedMention post, Sentence sentence) {}

    /** Every apposition of a (resolved) person and post in the document, in text order. */
    static List<Holding> holdings(DocumentView v) {
        List<Holding> out = new ArrayList<>();
        for (Sentence s : v.sentences()) {
            List<LinkedMention> people = v.in(s, MentionType.PER);
            for (LinkedMention post : v.in(s, MentionType.POST)) {
                if (!DocumentView.linked(post)) continue;
                for (LinkedMention p : people) {
                    if (!DocumentView.linked(p)) continue;
                    boolean before = p.mention().end() <= post.mention().begin()
                            && isComma(v.between(p.mention().end(), post.mention().begin()));
                    boolean after = post.mention().end() <= p.mention().begin()
                            && onlyTitles(v.between(post.mention().end(), p.mention().begin()));
                    if (before || after) out.add(new Holding(p, post, s));
                }
            }
        }
        return out;
    }

    /** Posts (IRI) that the article names exactly one holder of, with that holder's first apposition. */
    static Map<String, Holding> soleHolders(DocumentView v) {
        Map<String, Holding> first = new LinkedHashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (Holding h : holdings(v)) {
            String post = DocumentView.iri(h.post());
            first.putIfAbsent(post, h);
            people.computeIfAbsent(post, k -> new HashSet<>()).add(DocumentView.iri(h.person()));
        }
        first.keySet().removeIf(post -> people.get(post).size() > 1);
        return first;
    }

    /**
     * The one holder the article names for the post {@code post} mentions, if that mention can name
     * the same office as the apposition: one's words include the other's ("المدير العام للأمن الوطني"
     * and "… ولمراقبة التراب الوطني"), so "وزير الداخلية الإسباني" is not the holder of "وزير الداخلية
     * المغربي", although both are the knowledge base's one interior-minister post.
     */
    static Optional<LinkedMention> holderOf(LinkedMention post, Map<String, Holding> soleHolders) {
        Holding h = soleHolders.get(DocumentView.iri(post));
        if (h == null) return Optional.empty();
        Set<String> a = words(post), b = words(h.post());
        return a.containsAll(b) || b.containsAll(a) ? Optional.of(h.person()) : Optional.empty();
    }

    private static Set<String> words(LinkedMention m) {
        Set<String> out = new HashSet<>();
        for (String w : m.mention().surface().split("[\\s،,]+")) if (!w.isEmpty()) out.add(ArabicNormaliser.nameKey(w));
        return out;
    }

    /**
     * The entity a mention stands for as a party to an event (an agreement, an award): a person or an
     * organisation, a country, or a post's one holder in the article; empty for anything else.
     */
    static Optional<String> partyIri(DocumentView v, LinkedMention l, Map<String, Holding> soleHolders) {
        return switch (l.mention().type()) {
            case PER, ORG -> Optional.of(DocumentView.iri(l));
            case LOC -> "Country".equals(v.kbType(l).orElse("")) ? Optional.of(DocumentView.iri(l)) : Optional.empty();
            case POST -> holderOf(l, soleHolders).map(DocumentView::iri);
            default -> Optional.empty();
        };
    }

    /** Whether {@code l} lies inside one of {@code posts} (the organisation in "المدير العام لـ…"). */
    static boolean insideAPost(LinkedMention l, List<LinkedMention> posts) {
        return l.mention().type() != MentionType.POST && posts.stream().anyMatch(p -> p.mention().contains(l.mention()));
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Holding h : holdings(v)) {
            LinkedMention p = h.person(), post = h.post();
            int b = Math.min(p.mention().begin(), post.mention().begin());
            int e = Math.max(p.mention().end(), post.mention().end());
            out.fact(new Fact(DocumentView.iri(p), HOLDS, Fact.Value.iri(DocumentView.iri(post)), h.sentence().index(), b, e,
                    "facts.post-apposition", 0.85));
            organisationOf(v, h.sentence(), post).ifPresent(org -> out.fact(new Fact(DocumentView.iri(post), POST_IN,
                    Fact.Value.iri(DocumentView.iri(org)), h.sentence().index(), post.mention().begin(), post.mention().end(),
                    "facts.post-organisation", 0.9)));
        }
    }

    /** The organisation named inside a post ("الأمين العام للإنتربول" → INTERPOL), preferring known ones. */
    static java.util.Optional<LinkedMention> organisationOf(DocumentView v, Sentence s, LinkedMention post) {
        return v.in(s, MentionType.ORG).stream()
                .filter(o -> DocumentView.linked(o) && post.mention().contains(o.mention()))
                .min(java.util.Comparator.comparing((LinkedMention o) -> o.mention().kbId().isEmpty())
                        .thenComparingInt(o -> -o.mention().begin()));
    }

    private static boolean isComma(String between) {
        return between.equals("،") || between.equals(",");
    }

    private static boolean onlyTitles(String between) {
        String rest = between.replaceAll("^[،,]\\s*", "").strip();
        if (rest.isEmpty()) return true;
        for (String w : rest.split("\\s+")) if (!TITLES.contains(w)) return false;
        return true;
    }
}

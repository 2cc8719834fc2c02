package org.rawabit.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.Affixes;
import org.rawabit.text.ArabicNormaliser;

/**
 * The pre-pass over a document that several relations read (never a rule itself): every apposition
 * of a person and a post ("عبد اللطيف حموشي، المدير العام للأمن الوطني", "الأمين العام للإنتربول،
 * فالديسي أوركيزا", titles such as "اللواء" may stand between), the posts the article names one holder
 * of, and how a mention stands as a party to an event.
 */
public final class PostHolders {
    private static final Set<String> TITLES = DocumentView.SHARED.words("apposition-titles");
    private static final java.util.regex.Pattern PLACE_PREPOSITION = DocumentView.SHARED.pattern("place-preposition");

    /** A person named next to a post in one sentence. */
    public record Holding(LinkedMention person, LinkedMention post, Sentence sentence) {}

    private final DocumentView view;
    private final List<Holding> holdings;
    private final Map<String, Holding> soleHolders;

    PostHolders(DocumentView v) {
        this.view = v;
        this.holdings = List.copyOf(holdings(v));
        Map<String, Holding> first = new LinkedHashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (Holding h : holdings) {
            String post = DocumentView.iri(h.post());
            first.putIfAbsent(post, h);
            people.computeIfAbsent(post, k -> new HashSet<>()).add(DocumentView.iri(h.person()));
        }
        first.keySet().removeIf(post -> people.get(post).size() > 1);
        this.soleHolders = Map.copyOf(first);
    }

    /** Every apposition of a (resolved) person and post in the document, in text order. */
    public List<Holding> holdings() {
        return holdings;
    }

    private static List<Holding> holdings(DocumentView v) {
        List<Holding> out = new ArrayList<>();
        for (Sentence s : v.sentences()) {
            List<LinkedMention> people = v.in(s, MentionType.PER);
            for (LinkedMention post : v.in(s, MentionType.POST)) {
                if (!DocumentView.linked(post)) continue;
                for (LinkedMention p : people) {
                    if (!DocumentView.linked(p)) continue;
                    boolean before = p.mention().end() <= post.mention().begin()
                            && (PERSON_POST.matcher(v.between(p.mention().end(), post.mention().begin())).matches()
                                    || beforeDefinitePost(v, p, post));
                    boolean after = post.mention().end() <= p.mention().begin()
                            && (onlyTitles(withoutPlaces(v, s, post.mention().end(), p.mention().begin()))
                                    || restOfTitle(v, s, post.mention().end(), p.mention().begin()));
                    if (before || after) out.add(new Holding(p, post, s));
                }
            }
        }
        // "X، مدير الشرطة القضائية ورئيس المكتب …": a post joined by و to a held one is held too
        List<Holding> joined = new ArrayList<>();
        for (Holding h : out) {
            for (LinkedMention next : v.in(h.sentence(), MentionType.POST)) {
                if (!DocumentView.linked(next) || next.mention().begin() < h.post().mention().end()) continue;
                String between = v.between(h.post().mention().end(), next.mention().begin());
                boolean glued = between.isEmpty() && ArabicNormaliser.normalise(next.mention().surface()).startsWith(Affixes.CONJUNCTION);
                if ((between.equals(Affixes.CONJUNCTION) || glued) && h.person().mention().end() <= h.post().mention().begin()) {
                    joined.add(new Holding(h.person(), next, h.sentence()));
                }
                break;
            }
        }
        for (Holding j : joined) if (out.stream().noneMatch(h -> h.person() == j.person() && h.post() == j.post())) out.add(j);
        return out;
    }

    /**
     * Whether what stands between a post and a name is the rest of the title up to a comma ("السفير
     * الممثل الدائم للمغرب لدى مكتب الأمم المتحدة في فيينا، X", "المدير العام … في المغرب، X"), with no
     * other person named in it.
     */
    private static boolean restOfTitle(DocumentView v, Sentence s, int from, int to) {
        String between = v.between(from, to);
        java.util.regex.Matcher m = TITLE_REST.matcher(between);
        if (!m.lookingAt() || !onlyTitles(between.substring(m.end()))) return false;
        return v.in(s, MentionType.PER).stream().noneMatch(l -> l.mention().begin() >= from && l.mention().end() <= to);
    }

    private static final java.util.regex.Pattern PERSON_POST = DocumentView.SHARED.pattern("person-post");
    private static final java.util.regex.Pattern DEFINITE_POST = DocumentView.SHARED.pattern("definite-post");
    private static final Set<String> OBJECT_VERBS = DocumentView.SHARED.words("verbs-taking-a-person");

    /**
     * "استقبل في نونبر فرانسيسكا بوستين المديرة العامة لأمن الدولة": a name of two words or more right
     * before a definite post, nothing between, is its holder (as the span rule reads it); not when a verb
     * that takes a person stands right before the name ("استقبل عمر الفاسي المدير العام …": the post is
     * the object).
     */
    private static boolean beforeDefinitePost(DocumentView v, LinkedMention p, LinkedMention post) {
        if (!v.between(p.mention().end(), post.mention().begin()).isEmpty()) return false;
        if (!DEFINITE_POST.matcher(ArabicNormaliser.normalise(post.mention().surface())).find()) return false;
        if (p.mention().surface().strip().split("\\s+").length < 2) return false;
        String[] before = v.between(Math.max(0, p.mention().begin() - 30), p.mention().begin()).split("\\s+");
        String verb = before[before.length - 1].replaceFirst("^[وف]", "");
        return !OBJECT_VERBS.contains(verb) && !OBJECT_VERBS.contains(before[before.length - 1]);
    }
    private static final java.util.regex.Pattern TITLE_REST = DocumentView.SHARED.pattern("title-rest");

    /**
     * The one holder the article names for the post {@code post} mentions, if that mention can name
     * the same office as the apposition: one's words include the other's ("المدير العام للأمن الوطني"
     * and "… ولمراقبة التراب الوطني"), so "وزير الداخلية الإسباني" is not the holder of "وزير الداخلية
     * المغربي", although both are the knowledge base's one interior-minister post.
     */
    public Optional<LinkedMention> holderOf(LinkedMention post) {
        Holding h = soleHolders.get(DocumentView.iri(post));
        if (h == null) return Optional.empty();
        Set<String> a = words(post), b = words(h.post());
        return a.containsAll(b) || b.containsAll(a) ? Optional.of(h.person()) : Optional.empty();
    }

    /**
     * A post mention's words, each organisation named inside it standing as its entity: "رئيس الإنتربول"
     * and "رئيس المنظمة الدولية للشرطة الجنائية" have the same words.
     */
    private Set<String> words(LinkedMention m) {
        Set<String> out = new HashSet<>();
        StringBuilder rest = new StringBuilder();
        int at = m.mention().begin();
        for (LinkedMention o : view.in(sentenceOf(m), MentionType.ORG)) {
            if (!DocumentView.linked(o) || !m.mention().contains(o.mention()) || o.mention().begin() < at) continue;
            rest.append(view.text(), at, o.mention().begin()).append(' ');
            out.add(DocumentView.iri(o));
            at = o.mention().end();
        }
        rest.append(view.text(), at, m.mention().end());
        for (String w : rest.toString().split("[\\s،,]+")) if (!w.isEmpty()) out.add(ArabicNormaliser.nameKey(w));
        out.remove("");
        return out;
    }

    private Sentence sentenceOf(LinkedMention m) {
        for (Sentence s : view.sentences()) if (s.begin() <= m.mention().begin() && m.mention().end() <= s.end()) return s;
        return new Sentence(-1, m.mention().begin(), m.mention().end(), 0, 0);
    }

    /**
     * The entity a mention stands for as a party to an event (an agreement, an award): a person or an
     * organisation, a country, or a post's one holder in the article; empty for anything else.
     */
    public Optional<String> partyIri(DocumentView v, LinkedMention l) {
        return switch (l.mention().type()) {
            case PER, ORG -> Optional.of(DocumentView.iri(l));
            case LOC -> "Country".equals(v.kbType(l).orElse("")) ? Optional.of(DocumentView.iri(l)) : Optional.empty();
            case POST -> holderOf(l).map(DocumentView::iri);
            default -> Optional.empty();
        };
    }

    /** Whether {@code l} lies inside one of {@code posts} (the organisation in "المدير العام لـ…"). */
    public static boolean insideAPost(LinkedMention l, List<LinkedMention> posts) {
        return l.mention().type() != MentionType.POST && posts.stream().anyMatch(p -> p.mention().contains(l.mention()));
    }

    /** The organisation named inside a post ("الأمين العام للإنتربول" → INTERPOL), preferring known ones. */
    public static Optional<LinkedMention> organisationOf(DocumentView v, Sentence s, LinkedMention post) {
        return v.in(s, MentionType.ORG).stream()
                .filter(o -> DocumentView.linked(o) && post.mention().contains(o.mention()))
                .min(Comparator.comparing((LinkedMention o) -> o.mention().kbId().isEmpty())
                        .thenComparingInt(o -> -o.mention().begin()));
    }

    /**
     * The folded text between two offsets with the places named there and the preposition before them
     * left out: "المدير العام … في المغرب، X" reads as "المدير العام …، X".
     */
    private static String withoutPlaces(DocumentView v, Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        int at = from;
        for (LinkedMention place : v.in(s, MentionType.LOC)) {
            if (place.mention().begin() < from || place.mention().end() > to) continue;
            b.append(v.text(), at, place.mention().begin()).append(' ');
            at = place.mention().end();
        }
        b.append(v.text(), at, to);
        return PLACE_PREPOSITION.matcher(ArabicNormaliser.normalise(b.toString()).strip()).replaceAll("").strip();
    }

    private static boolean isComma(String between) {
        return between.equals("\u060C") || between.equals(",");
    }

    /** Whether only a comma and titles ("اللواء", "السيد") stand in {@code between} (folded). */
    static boolean onlyTitles(String between) {
        String rest = between.replaceAll("^[،,]\\s*", "").strip();
        if (rest.isEmpty()) return true;
        for (String w : rest.split("\\s+")) if (!TITLES.contains(w)) return false;
        return true;
    }
}

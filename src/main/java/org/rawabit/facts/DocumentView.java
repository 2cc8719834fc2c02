package org.rawabit.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.NormalisedText;

/** A resolved document seen sentence by sentence, with the helpers the fact rules share. */
public final class DocumentView {
    private final ResolvedDocument doc;
    private final List<LinkedMention> mentions;
    private final int datelineEnd;
    /** What several relations share ({@code ontology/rules/document.rules}). */
    static final RuleFile SHARED = RuleFile.load("document");
    private PostHolders postHolders; // the pre-pass, computed on first use, read by the fact rules
    private Optional<LinkedMention> mainPerson; // likewise
    private final NormalisedText[] normalised; // each sentence folded once, on first use, for every rule
    static final int MAIN_PERSON_MIN_MENTIONS = SHARED.number("main-person-min-mentions");

    DocumentView(ResolvedDocument doc) {
        this.doc = doc;
        this.mentions = doc.mentions().stream().sorted(Comparator.comparingInt(l -> l.mention().begin())).toList();
        String text = doc.doc().text();
        this.datelineEnd = doc.doc().article().dateline().map(d -> text.indexOf(d) < 0 ? -1 : text.indexOf(d) + d.length()).orElse(-1);
        this.normalised = new NormalisedText[doc.doc().sentences().size()];
    }

    public ResolvedDocument doc() {
        return doc;
    }

    public String text() {
        return doc.doc().text();
    }

    public String docIri() {
        return Vocab.documentIri(doc.doc().article().id());
    }

    public List<Sentence> sentences() {
        return doc.doc().sentences();
    }

    /**
     * Whether a mention lies in the article's dateline ("الرباط -"): where the story was filed, not
     * what it is about.
     */
    public boolean inDateline(LinkedMention l) {
        return l.mention().begin() < datelineEnd;
    }

    /** A sentence's text, without the dateline ("طنجة - ") when the sentence starts with it. */
    public String sentenceText(Sentence s) {
        int from = s.begin();
        if (datelineEnd > from && datelineEnd < s.end()) {
            from = datelineEnd;
            while (from < s.end() && (Character.isWhitespace(text().charAt(from)) || "-–—".indexOf(text().charAt(from)) >= 0)) from++;
        }
        return text().substring(from, s.end()).strip();
    }

    /**
     * The name-like phrase starting at {@code from}: its words up to a comma, a full stop or "بين",
     * at most {@code maxWords} ("اتفاقية للتعاون الأمني، …" → "اتفاقية للتعاون الأمني").
     */
    public String phrase(int from, int sentenceEnd, int maxWords) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : text().substring(from, sentenceEnd).split("\\s+")) {
            if (w.isEmpty()) continue;
            if (w.equals("بين") || words.size() == maxWords) break;
            boolean stop = w.endsWith("،") || w.endsWith(",") || w.endsWith(".");
            words.add(stop ? w.substring(0, w.length() - 1) : w);
            if (stop) break;
        }
        return String.join(" ", words);
    }

    /** Mentions inside a sentence, in text order. */
    public List<LinkedMention> in(Sentence s) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention l : mentions) {
            if (l.mention().begin() >= s.begin() && l.mention().end() <= s.end()) out.add(l);
        }
        return out;
    }

    public List<LinkedMention> in(Sentence s, MentionType type) {
        return in(s).stream().filter(l -> l.mention().type() == type).toList();
    }

    /**
     * The linked mentions of a sentence of one of {@code types}, in text order, without the names
     * inside a post (the organisation in "المدير العام للأمن الوطني" is the post's, not a party).
     */
    public List<LinkedMention> named(Sentence s, MentionType... types) {
        Set<MentionType> wanted = EnumSet.copyOf(Arrays.asList(types));
        List<LinkedMention> posts = in(s, MentionType.POST);
        return in(s).stream().filter(l -> linked(l) && wanted.contains(l.mention().type()) && !PostHolders.insideAPost(l, posts)).toList();
    }

    /** The first match of {@code cue} in each sentence that has one, in text order. */
    public List<Cue> cues(Pattern cue) {
        List<Cue> out = new ArrayList<>();
        for (Sentence s : sentences()) cue(s, cue).ifPresent(out::add);
        return out;
    }

    /** The first match of {@code cue} in a sentence's folded text. */
    public Optional<Cue> cue(Sentence s, Pattern cue) {
        NormalisedText nt = normalised(s);
        Matcher m = cue.matcher(nt.text());
        return m.find() ? Optional.of(new Cue(s, nt, m.toMatchResult())) : Optional.empty();
    }

    /** Folded text between two offsets, trimmed ("" when they touch). */
    public String between(int from, int to) {
        if (to <= from) return "";
        return ArabicNormaliser.normalise(text().substring(from, to)).strip();
    }

    /**
     * An event a sentence speaks of: the event mention itself, or the event an anaphor ("هذه
     * الفعالية", "هذا التجمع السنوي") refers back to, with the span in the sentence that names it.
     */
    public record EventReference(LinkedMention event, int begin, int end) {}

    private static final java.util.regex.Pattern EVENT_ANAPHOR = SHARED.pattern("event-anaphor");
    private static final int ANAPHOR_REACH = SHARED.number("event-anaphor-sentences");

    /**
     * The events a sentence speaks of: its linked event mentions, else the last event named in the
     * few sentences before when the sentence refers back to one ("وتقام هذه الفعالية بين …"); a
     * sentence between that refers back too carries the chain on.
     */
    public List<EventReference> eventsOf(Sentence s) {
        List<EventReference> own = in(s, MentionType.EVENT).stream().filter(DocumentView::linked)
                .map(l -> new EventReference(l, l.mention().begin(), l.mention().end())).toList();
        if (!own.isEmpty()) return own;
        NormalisedText nt = normalised(s);
        java.util.regex.Matcher m = EVENT_ANAPHOR.matcher(nt.text());
        if (!m.find()) return List.of();
        // back to the last sentence naming an event, each sentence that refers back to it carrying the chain on
        int gap = 0;
        for (int i = s.index() - 1; i >= 0 && gap < ANAPHOR_REACH; i--) {
            Sentence before = sentences().get(i);
            // "الدورة القادمة لـ…" names a session to come (or past), not the one the article reports: never what "هذه التظاهرة" is
            List<LinkedMention> named = in(before, MentionType.EVENT).stream().filter(DocumentView::linked).filter(l -> !relative(l)).toList();
            if (!named.isEmpty()) {
                return List.of(new EventReference(named.get(named.size() - 1), s.begin() + nt.begin(m.start()), s.begin() + nt.end(m.end())));
            }
            gap = EVENT_ANAPHOR.matcher(folded(before)).find() ? 0 : gap + 1;
        }
        return List.of();
    }

    /** Whether an event mention names a session by where it stands from another ("الدورة القادمة", "الدورة الماضية"). */
    static boolean relative(LinkedMention l) {
        return l.mention().value().filter(org.rawabit.mention.MentionValue.EventValue.class::isInstance)
                .map(v -> ((org.rawabit.mention.MentionValue.EventValue) v).relative().isPresent()).orElse(false);
    }

    /** Who holds which post in this article (the pre-pass), computed once per document. */
    public PostHolders postHolders() {
        if (postHolders == null) postHolders = new PostHolders(this);
        return postHolders;
    }

    /**
     * The article's main person (pre-pass): the person it names most often, at least
     * {@value #MAIN_PERSON_MIN_MENTIONS} times and more often than anyone else. A verb without a
     * subject ("كما زار تركيا …", "واستقبل في نونبر X") is most often theirs. Their first mention.
     */
    public Optional<LinkedMention> mainPerson() {
        if (mainPerson == null) {
            Map<String, List<LinkedMention>> byPerson = new LinkedHashMap<>();
            for (LinkedMention l : mentions) {
                if (l.mention().type() == MentionType.PER && linked(l)) byPerson.computeIfAbsent(iri(l), k -> new ArrayList<>()).add(l);
            }
            List<List<LinkedMention>> ranked = byPerson.values().stream().sorted(Comparator.comparingInt(l -> -l.size())).toList();
            boolean clear = !ranked.isEmpty() && ranked.get(0).size() >= MAIN_PERSON_MIN_MENTIONS
                    && (ranked.size() == 1 || ranked.get(1).size() < ranked.get(0).size());
            mainPerson = clear ? Optional.of(ranked.get(0).get(0)) : Optional.empty();
        }
        return mainPerson;
    }

    /** The publication date, if the article states one. */
    public Optional<java.time.LocalDate> published() {
        return doc.doc().article().published();
    }

    /** A sentence folded for matching, with the map back to its original characters. */
    public NormalisedText normalised(Sentence s) {
        if (normalised[s.index()] == null) normalised[s.index()] = NormalisedText.of(text().substring(s.begin(), s.end()));
        return normalised[s.index()];
    }

    public String folded(Sentence s) {
        return normalised(s).text();
    }

    public static String iri(LinkedMention l) {
        return Vocab.entityIri(l.entityId().orElseThrow());
    }

    public static boolean linked(LinkedMention l) {
        return l.entityId().isPresent();
    }

    /**
     * How a fact's label names what a mention stands for: its entity's name ("عبد العزيز بن سعود بن نايف آل
     * سعود"), not the words of this one mention ("سعود"); the words when it has no entity.
     */
    public String label(LinkedMention l) {
        return l.entityId().flatMap(id -> doc.entities().stream().filter(e -> e.id().equals(id)).findFirst())
                .map(e -> e.label()).orElse(l.mention().surface());
    }

    public Optional<String> kbType(LinkedMention l) {
        return doc.entities().stream().filter(e -> l.entityId().map(e.id()::equals).orElse(false)).map(e -> e.kind()).findFirst();
    }

    static int distance(Mention a, Mention b) {
        if (a.end() <= b.begin()) return b.begin() - a.end();
        if (b.end() <= a.begin()) return a.begin() - b.end();
        return 0;
    }
}

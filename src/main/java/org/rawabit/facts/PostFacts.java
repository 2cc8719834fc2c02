package org.rawabit.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Description;
import org.rawabit.core.Fact;
import org.rawabit.core.Ids;
import org.rawabit.core.Vocab;
import org.rawabit.kb.KbEntry;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.Affixes;
import org.rawabit.text.ArabicNormaliser;

/**
 * Who holds which post, from the appositions the pre-pass found ({@link PostHolders}), and which
 * organisation each post belongs to. The post is a node of its own (org:Post), so a post held by
 * several people over time stays one post. Its organisation (org:postIn) is an organisation named
 * inside it, else read off the title: the title's head ("المدير العام") and what it is the head of
 * ("للأمن الوطني ولمراقبة التراب الوطني", each part of a coordination apart) give the body
 * ("المديرية العامة للأمن الوطني") when the article or the bundled knowledge base knows it, else the
 * part itself names the body ("المدير العام للاستعلامات التركية" → "الاستعلامات التركية"), a node of
 * its own; an organisation right after the post ("الوزير المنتدب في وزارة الداخلية") is its body.
 */
public final class PostFacts implements FactExtractor {
    static final String HOLDS = Vocab.ORG + "holds";
    static final String POST_IN = Vocab.ORG + "postIn";
    private static final RuleFile RULES = RuleFile.load("post");
    private static final Set<String> TITLE_WORDS = keys(RULES.words("title-words"));
    private static final Pattern LINK_WORD = RULES.pattern("link-word");
    private static final Set<String> ORG_HEADS = keys(RULES.words("org-heads"));
    private static final Set<String> TITLES_NAMING_NO_BODY = keys(RULES.words("titles-naming-no-body"));
    private static final Set<String> GENERIC_BODIES = org.rawabit.kb.Lexicon.get().genericBodies;

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (PostHolders.Holding h : v.postHolders().holdings()) {
            LinkedMention p = h.person(), post = h.post();
            int b = Math.min(p.mention().begin(), post.mention().begin());
            int e = Math.max(p.mention().end(), post.mention().end());
            out.fact(RULES.fact("facts.post-apposition", DocumentView.iri(p), HOLDS, Fact.Value.iri(DocumentView.iri(post)),
                    h.sentence().index(), b, e));
        }
        Set<String> done = new HashSet<>();
        for (Sentence s : v.sentences()) {
            for (LinkedMention post : v.in(s, MentionType.POST)) {
                if (!DocumentView.linked(post)) continue;
                for (Body body : bodies(v, s, post)) {
                    if (!done.add(DocumentView.iri(post) + " " + body.iri())) continue;
                    body.describe(out);
                    out.fact(RULES.fact(body.rule(), DocumentView.iri(post), POST_IN, Fact.Value.iri(body.iri()), s.index(),
                            post.mention().begin(), body.end()));
                }
            }
        }
    }

    /** An organisation a post belongs to; {@code label} and {@code kind} are set when the node must be described here. */
    private record Body(String iri, String rule, int end, String label, String kind) {
        void describe(FactSink out) {
            if (label == null) return;
            out.describe(new Description(iri, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Organization")));
            if (kind.equals("GovernmentOrganization")) {
                out.describe(new Description(iri, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "GovernmentOrganization")));
            }
            out.describe(new Description(iri, Vocab.RDFS + "label", Fact.Value.arabic(label)));
        }
    }

    private static List<Body> bodies(DocumentView v, Sentence s, LinkedMention post) {
        List<Body> out = new ArrayList<>();
        int pb = post.mention().begin(), pe = post.mention().end();
        List<LinkedMention> orgsInside = v.in(s, MentionType.ORG).stream()
                .filter(o -> DocumentView.linked(o) && post.mention().contains(o.mention())).toList();
        List<int[]> words = words(v.text(), pb, pe);
        // "… التراب الوطني المغربي" resolved to a post whose name stops before the adjective: the adjective is the post's
        int canonical = canonicalWords(v, post);
        if (canonical > 0 && canonical < words.size()) words = words.subList(0, canonical);
        int head = 1;
        while (head < words.size() && TITLE_WORDS.contains(key(v, words.get(head)))) head++;
        String headKey = ArabicNormaliser.nameKey(v.text().substring(pb, words.get(head - 1)[1]));
        if (head == words.size()) {
            // "الوزير المنتدب في وزارة الداخلية": the organisation named right after the post
            v.in(s, MentionType.ORG).stream().filter(o -> DocumentView.linked(o) && o.mention().begin() >= pe).findFirst()
                    .filter(o -> LINK_WORD.matcher(v.between(pe, o.mention().begin())).find())
                    .ifPresent(o -> out.add(new Body(DocumentView.iri(o), "facts.post-title-organisation", o.mention().end(), null, null)));
            return out;
        }
        int from = head;
        if (LINK_WORD.matcher(key(v, words.get(from))).find()) from++;
        if (from == words.size()) return out;
        // the parts of a coordination: "للأمن الوطني ولمراقبة التراب الوطني", "للأمن الوطني ومراقبة التراب الوطني"
        List<List<int[]>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (int i = from; i < words.size(); i++) {
            String w = ArabicNormaliser.normalise(v.text().substring(words.get(i)[0], words.get(i)[1]));
            if (i > from && w.startsWith(Affixes.CONJUNCTION) && w.length() > 3 && !parts.get(parts.size() - 1).isEmpty()) parts.add(new ArrayList<>());
            parts.get(parts.size() - 1).add(words.get(i));
        }
        boolean glued = ArabicNormaliser.normalise(v.text().substring(words.get(from)[0], words.get(from)[1])).startsWith(Affixes.LAM);
        if (parts.size() > 1 && !parts.stream().allMatch(p -> known(v, headKey, stripConjunction(v.text().substring(p.get(0)[0], p.get(p.size() - 1)[1])),
                glued).isPresent())) {
            parts = List.of(words.subList(from, words.size())); // "وزارة" starts with و but coordinates nothing
        }
        for (List<int[]> part : parts) {
            int b = part.get(0)[0], e = part.get(part.size() - 1)[1];
            // an organisation named where the part starts ("رئيس المنظمة الدولية للشرطة الجنائية", "رئيس الإنتربول المغرب")
            // (not one cut before a genitive that goes on naming it: "مدير الإدارة العامة للشرطة الدولية" is not in "الإدارة العامة")
            // ("رئيس مجلس إدارة اتحاد مكافحة العمى": or right after an organ of it, the board, the general assembly)
            Optional<LinkedMention> named = orgsInside.stream().filter(o -> o.mention().begin() >= b - 2 && o.mention().begin() <= b + 2
                            || o.mention().begin() > b && org.rawabit.kb.Lexicon.get().organs.containsKey(ArabicNormaliser.nameKey(v.between(b, o.mention().begin()).strip())))
                    .filter(o -> !RULES.pattern("genitive-after").matcher(v.between(o.mention().end(), e)).find()).findFirst();
            if (named.isPresent()) {
                out.add(new Body(DocumentView.iri(named.get()), "facts.post-organisation", e, null, null));
                continue;
            }
            String text = v.text().substring(b, e);
            if (parts.size() > 1) text = stripConjunction(text);
            Optional<Body> body = known(v, headKey, text, glued).map(k -> new Body(k.iri(), "facts.post-title-organisation", e, k.label(), k.kind()));
            if (body.isEmpty() && !TITLES_NAMING_NO_BODY.contains(headKey)) body = minted(v, s, b, e, stripPreposition(text));
            body.ifPresent(out::add);
        }
        // an organisation inside the post that no part named: "رئيس المنظمة الدولية للشرطة الجنائية" is covered above;
        // "نائب رئيس اللجنة التنفيذية للإنتربول" names the committee, not INTERPOL itself
        if (out.isEmpty()) {
            PostHolders.organisationOf(v, s, post).ifPresent(o -> out.add(new Body(DocumentView.iri(o), "facts.post-organisation", pe, null, null)));
        }
        return out;
    }

    /** How many words the post's canonical name has, when the mention's words start with it; 0 otherwise. */
    private static int canonicalWords(DocumentView v, LinkedMention post) {
        String id = post.entityId().orElse("");
        String canonical = v.doc().entities().stream().filter(e -> e.id().equals(id)).map(Entity::label).findFirst().orElse("");
        String[] name = ArabicNormaliser.nameKey(canonical).split(" "), mention = ArabicNormaliser.nameKey(post.mention().surface()).split(" ");
        if (canonical.isEmpty() || name.length >= mention.length) return 0;
        for (int i = 0; i < name.length; i++) if (!name[i].equals(mention[i])) return 0;
        return name.length;
    }

    private record Known(String iri, String label, String kind) {}

    /**
     * The organisation a title part names, when the article or the bundled knowledge base knows it:
     * the body of the title's head with the part ("المديرية العامة" + "للأمن الوطني"), else the part
     * itself. No adjective is dropped: "… للأمن الوطني الليبي" is not Morocco's DGSN.
     */
    private static Optional<Known> known(DocumentView v, String headKey, String part, boolean glued) {
        String body = RULES.map("organisation-of-title").get(headKey);
        String p = part.strip();
        List<String> names = new ArrayList<>();
        if (body != null) {
            String name = body + " " + (glued && !ArabicNormaliser.normalise(p).startsWith(Affixes.LAM) ? Affixes.LAM + p : p);
            names.add(name);
            // "وزير الداخلية السعودي" heads "وزارة الداخلية السعودية": the body's adjective agrees with it
            if (name.endsWith("ي") && body.endsWith("ة")) names.add(name + "ة");
        }
        names.add(stripPreposition(p));
        for (String name : names) {
            Optional<Known> k = lookUp(v, ArabicNormaliser.nameKey(name));
            if (k.isPresent()) return k;
        }
        return Optional.empty();
    }

    private static Optional<Known> lookUp(DocumentView v, String key) {
        if (key.isEmpty()) return Optional.empty();
        for (Entity e : v.doc().entities()) {
            if (e.type() != MentionType.ORG) continue;
            if (e.nameKey().equals(key) || ArabicNormaliser.nameKey(e.label()).equals(key)
                    || e.altLabels().stream().anyMatch(a -> ArabicNormaliser.nameKey(a).equals(key))) {
                return Optional.of(new Known(Vocab.entityIri(e.id()), null, null));
            }
        }
        List<KbEntry> same = KnowledgeBase.bundled().byNameKey(key).stream().filter(e -> MentionType.of(e.type()) == MentionType.ORG).toList();
        if (same.size() != 1) return Optional.empty();
        KbEntry e = same.get(0);
        return Optional.of(new Known(Vocab.entityIri(e.id()), e.labelAr(), e.type().name()));
    }

    /**
     * A body named only in the title ("للاستعلامات التركية"): a node of its own, when the part is a
     * name of two words or more, or opens with an organisation head, and names no place or person.
     */
    private static Optional<Body> minted(DocumentView v, Sentence s, int b, int e, String part) {
        // what qualifies the post, not the body: "وزير الصحة العراقي", "رئيس الوزراء الأسبق" (a feminine or plural body keeps its
        // adjective: "الاستعلامات التركية")
        String[] ws = part.strip().split("\\s+");
        int n = ws.length;
        while (n > 1 && RULES.pattern("post-qualifier").matcher(ArabicNormaliser.normalise(ws[n - 1])).find()) n--;
        String label = String.join(" ", java.util.Arrays.copyOf(ws, n));
        String key = ArabicNormaliser.nameKey(label);
        String[] words = key.split(" ");
        if (key.isEmpty() || key.matches(".*\\d.*") || GENERIC_BODIES.contains(key)) return Optional.empty();
        // "سفير خادم الحرمين الشريفين": a part that is itself a known post or person names whom the post serves, not a body
        if (KnowledgeBase.bundled().byNameKey(key).stream().anyMatch(k -> MentionType.of(k.type()) == MentionType.POST
                || MentionType.of(k.type()) == MentionType.PER)) {
            return Optional.empty();
        }
        boolean nisba = RULES.pattern("nisba").matcher(words[0]).find();
        if ((words.length < 2 || nisba) && !ORG_HEADS.contains(words[0])) return Optional.empty();
        // "رئيس الحكومة": a body every state has, named alone, is no body of its own (whose it is, the post does not say)
        if (words.length < 2 && org.rawabit.kb.Lexicon.get().isStateOfficeNamedWhole(key)) return Optional.empty();
        boolean namesOther = v.in(s).stream().anyMatch(l -> l.mention().begin() < e && l.mention().end() > b
                && (l.mention().type() == MentionType.LOC || l.mention().type() == MentionType.PER));
        if (namesOther) return Optional.empty();
        return Optional.of(new Body(Vocab.entityIri("org-" + Ids.sha256Hex(key).substring(0, 12)), "facts.post-title-organisation", e, label,
                "Organization"));
    }

    /** "ولمراقبة التراب الوطني" → "لمراقبة التراب الوطني": the conjunction off a coordinated part. */
    private static String stripConjunction(String part) {
        String p = part.strip();
        return p.startsWith(Affixes.CONJUNCTION) && p.length() > 3 ? p.substring(1) : p;
    }

    /** "للاستعلامات التركية" → "الاستعلامات التركية", "لأمن الدولة" → "أمن الدولة". */
    private static String stripPreposition(String part) {
        String p = part.strip();
        if (p.startsWith(Affixes.LAM + Affixes.LAM)) return Affixes.ALIF + p.substring(1);
        if (p.startsWith(Affixes.LAM) && p.length() > 3 && !p.startsWith("لجن") && !p.startsWith("لدى")) return p.substring(1);
        return p;
    }

    /** Word spans (begin, end) in {@code text} between two offsets. */
    private static List<int[]> words(String text, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("[^\\s،,]+").matcher(text.substring(begin, end));
        while (m.find()) out.add(new int[] {begin + m.start(), begin + m.end()});
        return out;
    }

    private static String key(DocumentView v, int[] word) {
        return ArabicNormaliser.nameKey(v.text().substring(word[0], word[1]));
    }

    private static Set<String> keys(Set<String> folded) {
        Set<String> out = new HashSet<>();
        for (String w : folded) out.add(ArabicNormaliser.nameKey(w));
        return out;
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}

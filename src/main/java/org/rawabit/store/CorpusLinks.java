package org.rawabit.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.RDF;
import org.rawabit.core.Vocab;
import org.rawabit.text.PersonNames;

/**
 * The cross-document rules, free of any store: which surname-only person is the same as a
 * full-name person, which lineage name is the same as a fuller one, which spelling of a name is canonical, and how one document's quads change for
 * either. {@link SurnameLinker} applies them to a TDB2 store, the Spark job to a corpus of
 * documents; both therefore give the same graph.
 */
public final class CorpusLinks {
    static final Node LABEL = RDFS.label.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node NAME_KEY = Vocab.rwp("nameKey").asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PERSON = Vocab.schemap("Person").asNode();

    private CorpusLinks() {}

    /** The name keys each person has in one document's quads (persons are {@code a schema:Person}). */
    public static Map<String, Set<String>> personNameKeys(Collection<Quad> quads) {
        Set<Node> persons = new HashSet<>();
        for (Quad q : quads) if (q.getPredicate().equals(TYPE) && q.getObject().equals(PERSON)) persons.add(q.getSubject());
        Map<String, Set<String>> out = new HashMap<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(NAME_KEY) && persons.contains(q.getSubject()) && q.getObject().isLiteral()) {
                out.computeIfAbsent(q.getSubject().getURI(), k -> new HashSet<>()).add(q.getObject().getLiteralLexicalForm());
            }
        }
        return out;
    }

    /** The last word of each multi-word name key: the surnames a full-name person can be referred to by. */
    public static Set<String> surnamesOf(Set<String> nameKeys) {
        Set<String> out = new HashSet<>();
        for (String key : nameKeys) {
            String[] words = key.split(" ");
            if (words.length >= 2) out.add(words[words.length - 1]);
        }
        return out;
    }

    /** The surname a person is known by when its only name key is one word, else empty. */
    public static Optional<String> surnameOnly(Set<String> nameKeys) {
        if (nameKeys.size() != 1) return Optional.empty();
        String key = nameKeys.iterator().next();
        return key.contains(" ") ? Optional.empty() : Optional.of(key);
    }

    /**
     * The full-name person a surname-only person merges into: the one person whose full name ends
     * with the surname; empty when none or several do.
     */
    public static Optional<String> mergeTarget(String person, Set<String> fullNamesWithSurname) {
        if (fullNamesWithSurname.size() != 1 || fullNamesWithSurname.contains(person)) return Optional.empty();
        return Optional.of(fullNamesWithSurname.iterator().next());
    }

    /** Surname-only person → full-name person, over the name keys of every person in a corpus. */
    public static Map<String, String> surnameMerges(Map<String, Set<String>> keysByPerson) {
        Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
        keysByPerson.forEach((person, keys) -> {
            for (String surname : surnamesOf(keys)) fullNamesBySurname.computeIfAbsent(surname, k -> new HashSet<>()).add(person);
        });
        Map<String, String> merges = new HashMap<>();
        keysByPerson.forEach((person, keys) -> surnameOnly(keys)
                .flatMap(s -> mergeTarget(person, fullNamesBySurname.getOrDefault(s, Set.of())))
                .ifPresent(full -> merges.put(person, full)));
        return merges;
    }

    /**
     * The lineage group of a person whose name keys spell lineages ("عبدالعزيز بن سعود …"): its given name and
     * nearest father, which every name of the same person shares. Empty for other names.
     */
    public static Optional<String> lineageGroup(Set<String> nameKeys) {
        Set<String> groups = new HashSet<>();
        for (String key : nameKeys) {
            Optional<PersonNames.Lineage> l = PersonNames.lineage(key);
            if (l.isEmpty()) return Optional.empty();
            groups.add(l.get().given() + " " + l.get().fathers().get(0));
        }
        return groups.size() == 1 ? Optional.of(groups.iterator().next()) : Optional.empty();
    }

    /**
     * Lineage person → the fullest person of the same lineage: "عبدالعزيز بن سعود" and "عبد العزيز بن سعود بن نايف
     * آل سعود" → "عبدالعزيز بن سعود بن نايف بن عبدالعزيز", when each chain of fathers starts the other and the
     * families agree ({@link PersonNames.Lineage#compatible}). Conservative: a person merges only when every
     * person it agrees with agrees with every other, so "عبدالعزيز بن سعود" stays apart beside both "… بن سعود بن
     * نايف" and "… بن سعود بن فهد". The target is a known person (not minted from a name, {@code /per-}) if there is
     * one, else the fullest name, then the first id; the result does not depend on the order persons come in.
     */
    public static Map<String, String> lineageMerges(Map<String, Set<String>> keysByPerson) {
        Map<String, List<PersonNames.Lineage>> lineages = new java.util.TreeMap<>();
        keysByPerson.forEach((person, keys) -> {
            if (lineageGroup(keys).isPresent()) lineages.put(person, keys.stream().map(k -> PersonNames.lineage(k).orElseThrow()).toList());
        });
        Map<String, String> merges = new HashMap<>();
        for (String person : lineages.keySet()) {
            if (!person.contains(MINTED_PERSON)) continue;
            List<String> agreeing = lineages.keySet().stream().filter(q -> agree(lineages.get(person), lineages.get(q))).toList();
            boolean clique = agreeing.stream().allMatch(a -> agreeing.stream().allMatch(b -> agree(lineages.get(a), lineages.get(b))));
            if (!clique) continue;
            Comparator<String> fullest = Comparator.<String>comparingInt(q -> q.contains(MINTED_PERSON) ? 1 : 0)
                    .thenComparingInt(q -> -lineages.get(q).stream().mapToInt(PersonNames.Lineage::detail).max().orElse(0))
                    .thenComparing(Comparator.naturalOrder());
            String target = agreeing.stream().min(fullest).orElseThrow();
            if (!target.equals(person)) merges.put(person, target);
        }
        return merges;
    }

    /** The IRI part of a person minted from its name rather than taken from the knowledge base. */
    private static final String MINTED_PERSON = "/per-";

    private static boolean agree(List<PersonNames.Lineage> a, List<PersonNames.Lineage> b) {
        return a.stream().allMatch(x -> b.stream().allMatch(x::compatible));
    }

    /**
     * Every cross-document person merge: lineages first ({@link #lineageMerges}), then surnames
     * ({@link #surnameMerges}), each merge followed to the person it finally lands on.
     */
    public static Map<String, String> personMerges(Map<String, Set<String>> keysByPerson) {
        Map<String, String> merges = new HashMap<>(lineageMerges(keysByPerson));
        surnameMerges(keysByPerson).forEach(merges::putIfAbsent);
        return followed(merges);
    }

    /** Merges with each target replaced by the person it merges into in turn (A → B → C: A → C). */
    public static Map<String, String> followed(Map<String, String> merges) {
        Map<String, String> out = new HashMap<>();
        merges.forEach((from, to) -> {
            String t = to;
            for (int hops = 0; merges.containsKey(t) && hops < merges.size(); hops++) t = merges.get(t);
            if (!t.equals(from)) out.put(from, t);
        });
        return out;
    }

    /**
     * One document's quads with every merged person replaced by the person it merges into: its
     * label becomes an alternative label of that person and its name key goes.
     */
    public static List<Quad> applyMerges(Collection<Quad> quads, Map<Node, Node> merges) {
        if (merges.isEmpty()) return List.copyOf(quads);
        Set<Quad> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            Node from = merges.containsKey(q.getSubject()) ? q.getSubject() : null;
            Node objectTo = merges.get(q.getObject());
            if (from == null && objectTo == null) {
                out.add(q);
                continue;
            }
            if (from != null && q.getPredicate().equals(NAME_KEY)) continue;
            Node s = from != null ? merges.get(from) : q.getSubject();
            Node p = from != null && q.getPredicate().equals(LABEL) ? ALT_LABEL : q.getPredicate();
            Node o = objectTo != null ? objectTo : q.getObject();
            out.add(Quad.create(q.getGraph(), s, p, o));
        }
        return new ArrayList<>(out);
    }

    /** True for an Arabic {@code rdfs:label}: the labels whose spellings are settled across documents. */
    public static boolean isArabicLabel(Quad q) {
        return q.getPredicate().equals(LABEL) && q.getObject().isLiteral() && "ar".equals(q.getObject().getLiteralLanguage());
    }

    /**
     * The canonical spelling among an entity's Arabic labels, given how many documents use each:
     * the one most documents use, ties to the longer, then the first in Unicode order. Empty when
     * there is only one spelling (nothing to settle).
     */
    public static Optional<Node> canonicalLabel(Map<Node, Integer> documentsByLabel) {
        if (documentsByLabel.size() < 2) return Optional.empty();
        Comparator<Map.Entry<Node, Integer>> order = Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> -e.getKey().getLiteralLexicalForm().length())
                .thenComparing(e -> e.getKey().getLiteralLexicalForm());
        return documentsByLabel.entrySet().stream().sorted(order).map(Map.Entry::getKey).findFirst();
    }

    /**
     * One document's quads with every other Arabic spelling of a settled entity turned into an
     * alternative label, and the canonical label added in its place.
     */
    public static List<Quad> applyCanonicalLabels(Collection<Quad> quads, Map<Node, Node> canonical) {
        if (canonical.isEmpty()) return List.copyOf(quads);
        Set<Quad> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            Node best = canonical.get(q.getSubject());
            if (best == null || !isArabicLabel(q) || q.getObject().equals(best)) {
                out.add(q);
                continue;
            }
            out.add(Quad.create(q.getGraph(), q.getSubject(), ALT_LABEL, q.getObject()));
            out.add(Quad.create(q.getGraph(), q.getSubject(), LABEL, best));
        }
        return new ArrayList<>(out);
    }
}

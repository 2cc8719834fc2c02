package org.rawabit.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.rawabit.core.Vocab;
import org.rawabit.text.ArabicNormaliser;

/**
 * Scores one article's graph against its gold annotation.
 *
 * <p>Entities: an entity of the graph is one that a mention of the article links to; its names are
 * its labels and the anchors of those mentions. It matches a gold entity of the same type when one
 * of its names equals one of the gold names (canonical or form) after folding ({@link
 * ArabicNormaliser#nameKey}). Matching is one-to-one, so an entity split in two nodes counts once
 * right and once wrong, and each entity counts once per article however often it is named.
 *
 * <p>Facts: a gold fact is found when the graph holds {@code ?s PATH ?o} with ?s and ?o matching
 * its subject and object (a node by its names, a literal by its value).
 */
public final class SeedScorer {
    private static final Map<String, String> CLASS_TO_TYPE = new LinkedHashMap<>();

    static {
        CLASS_TO_TYPE.put(Vocab.SCHEMA + "Person", "Person");
        CLASS_TO_TYPE.put(Vocab.SCHEMA + "Organization", "Organization");
        CLASS_TO_TYPE.put(Vocab.SCHEMA + "Place", "Place");
        CLASS_TO_TYPE.put(Vocab.SCHEMA + "Event", "Event");
        CLASS_TO_TYPE.put(Vocab.ORG + "Post", "Post");
    }

    /** Counts for one entity type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : 100.0 * truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : 100.0 * truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The score of one article.
     *
     * @param byType   counts per gold type (Person, Organization, Place, Event, Post)
     * @param missed   gold entities not found, "Type name"
     * @param spurious graph entities matching no gold entity, "Type label"
     */
    public record ArticleScore(String articleId, Map<String, Counts> byType, List<String> missed, List<String> spurious,
            int factsFound, List<GoldAnnotation.Fact> missedFacts) {

        /** Person, Organization, Place and Event together: the entity figure. */
        public Counts entities() {
            return byType.entrySet().stream().filter(e -> !e.getKey().equals("Post")).map(Map.Entry::getValue).reduce(Counts.ZERO, Counts::plus);
        }

        public Counts posts() {
            return byType.getOrDefault("Post", Counts.ZERO);
        }

        public int factsTotal() {
            return factsFound + missedFacts.size();
        }
    }

    /** A graph entity: its IRI, type and folded names. */
    private record Found(Resource node, String type, String label, Set<String> keys) {}

    public ArticleScore score(GoldAnnotation gold, Model graph, String docIri) {
        List<Found> found = entities(graph);
        Map<String, Counts> byType = new LinkedHashMap<>();
        for (String t : GoldAnnotation.TYPES) byType.put(t, Counts.ZERO);
        // one-to-one matching, the pairs sharing most names first
        record Pair(int gold, int found, int shared) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.entities().size(); g++) {
            GoldAnnotation.Entity ge = gold.entities().get(g);
            Set<String> keys = goldKeys(ge.names());
            for (int f = 0; f < found.size(); f++) {
                if (!found.get(f).type().equals(ge.type())) continue;
                Set<String> shared = new HashSet<>(found.get(f).keys());
                shared.retainAll(keys);
                if (!shared.isEmpty()) pairs.add(new Pair(g, f, shared.size()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::shared).reversed());
        Set<Integer> goldDone = new HashSet<>(), foundDone = new HashSet<>();
        for (Pair p : pairs) {
            if (goldDone.contains(p.gold()) || foundDone.contains(p.found())) continue;
            goldDone.add(p.gold());
            foundDone.add(p.found());
            byType.merge(gold.entities().get(p.gold()).type(), new Counts(1, 0, 0), Counts::plus);
        }
        List<String> missed = new ArrayList<>(), spurious = new ArrayList<>();
        for (int g = 0; g < gold.entities().size(); g++) {
            if (goldDone.contains(g)) continue;
            GoldAnnotation.Entity ge = gold.entities().get(g);
            byType.merge(ge.type(), new Counts(0, 0, 1), Counts::plus);
            missed.add(ge.type() + " " + ge.canonical());
        }
        for (int f = 0; f < found.size(); f++) {
            if (foundDone.contains(f)) continue;
            byType.merge(found.get(f).type(), new Counts(0, 1, 0), Counts::plus);
            spurious.add(found.get(f).type() + " " + found.get(f).label());
        }
        int factsFound = 0;
        List<GoldAnnotation.Fact> missedFacts = new ArrayList<>();
        for (GoldAnnotation.Fact fact : gold.facts()) {
            if (holds(gold, graph, docIri, fact)) factsFound++;
            else missedFacts.add(fact);
        }
        return new ArticleScore(gold.articleId(), byType, missed, spurious, factsFound, missedFacts);
    }

    private static List<Found> entities(Model graph) {
        Map<Resource, String> types = new LinkedHashMap<>();
        Map<Resource, String> labels = new LinkedHashMap<>();
        Map<Resource, Set<String>> names = new LinkedHashMap<>();
        for (QuerySolution row : select(graph, "SELECT DISTINCT ?e ?t ?a WHERE { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?a . ?e a ?t }")) {
            String type = CLASS_TO_TYPE.get(row.getResource("t").getURI());
            if (type == null) continue;
            Resource e = row.getResource("e");
            types.putIfAbsent(e, type);
            names.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(row.getLiteral("a").getString());
        }
        for (Resource e : types.keySet()) {
            names.get(e).addAll(names(graph, e));
            labels.put(e, label(graph, e));
        }
        return types.keySet().stream().map(e -> new Found(e, types.get(e), labels.get(e), keys(names.get(e)))).toList();
    }

    private boolean holds(GoldAnnotation gold, Model graph, String docIri, GoldAnnotation.Fact fact) {
        List<QuerySolution> rows;
        try {
            rows = select(graph, "SELECT ?s ?o WHERE { ?s " + fact.predicate() + " ?o }");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(gold.articleId() + ".tsv:" + fact.line() + ": bad predicate path '" + fact.predicate() + "': "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return rows.stream().anyMatch(r -> matches(gold, graph, docIri, fact.subject(), r.get("s"))
                && matches(gold, graph, docIri, fact.object(), r.get("o")));
    }

    /** Whether a node of the graph is what a gold term names. */
    private static boolean matches(GoldAnnotation gold, Model graph, String docIri, String term, RDFNode node) {
        if (term.equals("DOC")) return node.isURIResource() && node.asResource().getURI().equals(docIri);
        if (term.startsWith("«") && term.endsWith("»")) {
            String words = ArabicNormaliser.nameKey(term.substring(1, term.length() - 1));
            Set<String> texts = new LinkedHashSet<>();
            if (node.isLiteral()) texts.add(node.asLiteral().getLexicalForm());
            else {
                graph.listObjectsOfProperty(node.asResource(), graph.createProperty(Vocab.SCHEMA + "text"))
                        .forEachRemaining(t -> texts.add(t.asLiteral().getLexicalForm()));
            }
            return texts.stream().anyMatch(t -> ArabicNormaliser.nameKey(t).contains(words));
        }
        Set<String> wanted = goldKeys(gold.entity(term).map(GoldAnnotation.Entity::names).orElse(Set.of(term)));
        if (node.isLiteral()) {
            String lexical = node.asLiteral().getLexicalForm();
            return wanted.contains(ArabicNormaliser.nameKey(lexical)) || sameNumber(term, lexical);
        }
        Set<String> have = new LinkedHashSet<>(names(graph, node.asResource()));
        graph.listSubjectsWithProperty(graph.createProperty(Vocab.ITSRDF + "taIdentRef"), node)
                .forEachRemaining(m -> m.listProperties(graph.createProperty(Vocab.NIF + "anchorOf"))
                        .forEachRemaining(a -> have.add(a.getString())));
        return keys(have).stream().anyMatch(wanted::contains);
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Set<String> names(Model graph, Resource e) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : List.of(Vocab.RDFS + "label", Vocab.SKOS + "altLabel")) {
            graph.listObjectsOfProperty(e, graph.createProperty(p)).forEachRemaining(l -> {
                if (l.isLiteral()) out.add(l.asLiteral().getLexicalForm());
            });
        }
        return out;
    }

    /** The Arabic label, else any label, else the IRI. */
    private static String label(Model graph, Resource e) {
        String any = null;
        for (var it = graph.listObjectsOfProperty(e, graph.createProperty(Vocab.RDFS + "label")); it.hasNext(); ) {
            RDFNode l = it.next();
            if (!l.isLiteral()) continue;
            if (l.asLiteral().getLanguage().equals("ar")) return l.asLiteral().getLexicalForm();
            any = l.asLiteral().getLexicalForm();
        }
        return any != null ? any : e.getURI();
    }

    /**
     * The keys of gold names, each also without the proclitics it was copied with: gold forms are written as the text
     * has them ("ووزارة الصحة", "بالرياض"), the graph's names are the mentions' words without them.
     */
    private static Set<String> goldKeys(Set<String> names) {
        Set<String> out = keys(names);
        for (String n : names) {
            String rest = n.strip();
            for (int letters = 0; letters < MAX_PROCLITICS && rest.length() > MIN_NAME_LETTERS
                    && NOUN_PROCLITICS.contains(rest.substring(0, 1)); letters++) {
                rest = rest.substring(1);
                String k = ArabicNormaliser.nameKey(rest);
                if (!k.isEmpty()) out.add(k);
            }
        }
        return out;
    }

    private static final int MAX_PROCLITICS = 2, MIN_NAME_LETTERS = 3;
    /** Proclitics a name can carry in running text (the future marker س goes on verbs only). */
    private static final Set<String> NOUN_PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");

    private static Set<String> keys(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            String k = ArabicNormaliser.nameKey(n);
            if (!k.isEmpty()) out.add(k);
        }
        return out;
    }

    private static List<QuerySolution> select(Model graph, String query) {
        try (QueryExecution qe = QueryExecution.model(graph).query(Vocab.sparqlPrologue() + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}

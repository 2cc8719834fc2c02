package org.rawabit.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.rawabit.core.Vocab;

/**
 * Links, across documents, a person named only by surname ("حموشي") to the one person in the
 * store whose full name ends with it ("عبد اللطيف حموشي"), and a lineage name to the fullest one it agrees with
 * ("عبدالعزيز بن سعود" → "عبدالعزيز بن سعود بن نايف بن عبدالعزيز"): every reference in the documents that
 * use the surname is rewritten to the full-name entity, and the surname becomes one of its
 * alternative labels. When several full names share the surname nothing is merged. The result
 * depends only on what the store holds, not on the order documents arrived in, and re-running it
 * changes nothing. The rules themselves are {@link CorpusLinks}', which the Spark job applies too.
 */
public final class SurnameLinker {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node NAME_KEY = Vocab.rwp("nameKey").asNode();

    private final Dataset dataset;

    public SurnameLinker(RawabitStore store) {
        this.dataset = store.dataset();
    }

    /** Links what can be linked, then settles labels; returns the number of surname entities merged. */
    public int run() {
        int merged = linkSurnames();
        settleLabels();
        return merged;
    }

    /**
     * One canonical Arabic label per entity across documents: where documents spelled a name
     * differently ("عبد اللطيف حموشي" / "عبداللطيف حموشي"), the spelling most documents use wins
     * (ties: the longer, then the first in Unicode order); the others become skos:altLabel.
     */
    private void settleLabels() {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            String q = Vocab.sparqlPrologue() + "SELECT ?e ?l (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label ?l "
                    + "FILTER(lang(?l) = \"ar\") } } GROUP BY ?e ?l";
            Map<String, List<Object[]>> labels = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> labels.computeIfAbsent(s.getResource("e").getURI(), k -> new ArrayList<>())
                        .add(new Object[] {s.getLiteral("l").asNode(), s.getLiteral("n").getInt()}));
            }
            for (var e : labels.entrySet()) {
                Map<Node, Integer> documentsByLabel = new HashMap<>();
                for (Object[] l : e.getValue()) documentsByLabel.put((Node) l[0], (int) l[1]);
                Optional<Node> canonical = CorpusLinks.canonicalLabel(documentsByLabel);
                if (canonical.isEmpty()) continue;
                Node best = canonical.get();
                Node entity = NodeFactory.createURI(e.getKey());
                List<Quad> others = new ArrayList<>();
                dsg.find(Node.ANY, entity, LABEL, Node.ANY).forEachRemaining(qd -> {
                    if (!qd.isDefaultGraph() && !qd.getObject().equals(best) && "ar".equals(qd.getObject().getLiteralLanguage())) others.add(qd);
                });
                for (Quad qd : others) {
                    dsg.delete(qd);
                    dsg.add(qd.getGraph(), entity, ALT_LABEL, qd.getObject());
                    dsg.add(qd.getGraph(), entity, LABEL, best);
                }
            }
        });
    }

    private int linkSurnames() {
        return Txn.calculateWrite(dataset, () -> {
            Map<String, Set<String>> keysByPerson = new HashMap<>();
            String q = Vocab.sparqlPrologue() + "SELECT DISTINCT ?e ?k WHERE { GRAPH ?g { ?e a schema:Person ; rw:nameKey ?k } }";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> keysByPerson
                        .computeIfAbsent(s.getResource("e").getURI(), k -> new HashSet<>()).add(s.getLiteral("k").getString()));
            }
            int merged = 0;
            for (var m : CorpusLinks.personMerges(keysByPerson).entrySet()) {
                rewrite(dataset.asDatasetGraph(), NodeFactory.createURI(m.getKey()), NodeFactory.createURI(m.getValue()), g -> true);
                merged++;
            }
            return merged;
        });
    }

    /**
     * Makes {@code from} one with {@code to} in the named graphs {@code inGraph} accepts: every
     * triple moves to {@code to}, {@code from}'s labels become alternative labels and its name key
     * goes. Returns the number of triples rewritten.
     */
    static int rewrite(DatasetGraph dsg, Node from, Node to, java.util.function.Predicate<Node> inGraph) {
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        int n = 0;
        for (Quad q : old) {
            if (q.isDefaultGraph() || !inGraph.test(q.getGraph())) continue;
            n++;
            dsg.delete(q);
            if (q.getPredicate().equals(NAME_KEY) && q.getSubject().equals(from)) continue;
            Node s = q.getSubject().equals(from) ? to : q.getSubject();
            Node p = q.getPredicate().equals(LABEL) && q.getSubject().equals(from) ? ALT_LABEL : q.getPredicate();
            Node o = q.getObject().equals(from) ? to : q.getObject();
            dsg.add(q.getGraph(), s, p, o);
        }
        return n;
    }
}

package org.rawabit.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.rawabit.core.Vocab;
import org.rawabit.rdf.RelationLabels;
import org.rawabit.store.RawabitStore;

/** Short human-readable summaries of a store. */
final class Reports {
    private Reports() {}

    /** The most mentioned entities of each type, with mention and document counts. */
    static void topEntities(RawabitStore s, PrintWriter out, int perType) {
        for (String type : new String[] {"Person", "Organization", "Place", "Event"}) {
            String q = Vocab.sparqlPrologue() + """
                    SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?q) AS ?wd) (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?docs)
                    WHERE { ?e a schema:%s ; rdfs:label ?l . FILTER(lang(?l) = "ar")
                            GRAPH ?g { ?m itsrdf:taIdentRef ?e }
                            OPTIONAL { ?e owl:sameAs ?q } }
                    GROUP BY ?e ORDER BY DESC(?mentions) ?label LIMIT %d
                    """.formatted(type, perType);
            out.println(type + ":");
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution r = rs.next();
                        String wd = r.contains("wd") ? "  " + r.getResource("wd").getURI().replace(Vocab.WD, "wd:") : "";
                        int mentions = r.getLiteral("mentions").getInt();
                        int docs = r.getLiteral("docs").getInt();
                        out.printf("  %-40s %3d %s in %d %s%s%n", r.getLiteral("label").getString(),
                                mentions, mentions == 1 ? "mention " : "mentions", docs, docs == 1 ? "article" : "articles", wd);
                    }
                }
            });
        }
    }

    /** The relations a first look at the graph should show, in this order. */
    private static final String[] SAMPLE_RELATIONS = {"org:holds", "rw:met", "rw:visited", "rw:elected", "schema:location",
        "schema:startDate", "schema:attendee", "schema:organizer"};

    /**
     * A few extracted facts as readable lines, the best attested first: at most {@code perRelation} of each of
     * {@link #SAMPLE_RELATIONS} and {@code max} in all, so that one relation cannot fill the list.
     */
    static void sampleFacts(RawabitStore s, PrintWriter out, int perRelation, int max) {
        String q = Vocab.sparqlPrologue() + """
                SELECT ?p ?o (SAMPLE(?sl) AS ?subject) (SAMPLE(?ol) AS ?object) (COUNT(DISTINCT ?g) AS ?docs)
                WHERE { VALUES ?p { %s }
                        GRAPH ?g { ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
                        ?s rdfs:label ?sl . FILTER(lang(?sl) = "ar")
                        OPTIONAL { ?o rdfs:label ?ol . FILTER(lang(?ol) = "ar") } }
                GROUP BY ?s ?p ?o ORDER BY DESC(?docs) ?subject ?object
                """.formatted(String.join(" ", SAMPLE_RELATIONS));
        Txn.executeRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                Map<String, Integer> shown = new HashMap<>();
                int total = 0;
                while (rs.hasNext() && total < max) {
                    QuerySolution r = rs.next();
                    String predicate = r.getResource("p").getURI();
                    String object = r.contains("object") ? r.getLiteral("object").getString()
                            : r.get("o").isLiteral() ? r.getLiteral("o").getLexicalForm() : null;
                    // an object without a name is not shown and takes no place of its relation's
                    if (object == null || shown.merge(predicate, 1, Integer::sum) > perRelation) continue;
                    int docs = r.getLiteral("docs").getInt();
                    out.printf("  %s — %s — %s  (%d %s)%n", r.getLiteral("subject").getString(), RelationLabels.of(predicate).ar(),
                            object, docs, docs == 1 ? "article" : "articles");
                    total++;
                }
            }
        });
    }
}

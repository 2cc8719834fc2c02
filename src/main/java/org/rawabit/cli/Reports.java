package org.rawabit.cli;

import java.io.PrintWriter;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.rawabit.core.Vocab;
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
}

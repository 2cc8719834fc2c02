package org.rawabit.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rawabit.query.QueryRunner;
import org.rawabit.query.ResultFormat;
import org.rawabit.store.RawabitStore;
import org.rawabit.text.ArabicNormaliser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"List entities with their mention and document counts, most mentioned first.",
                "An entity no span names (an election known from one sentence) counts the sentences that state facts about it."})
final class EntitiesCommand implements Callable<Integer> {
    enum EntityType { Person, Organization, Place, Event }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--type", description = "Person, Organization, Place or Event.")
    EntityType type;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only entities one of whose Arabic or English names contains TEXT (spelling variants folded).")
    String search;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String typeFilter = type == null ? "VALUES ?t { schema:Person schema:Organization schema:Place schema:Event }" : "BIND(schema:" + type + " AS ?t)";
        String searchFilter = "";
        if (search != null && !search.isBlank()) {
            // Fold both sides the way the matcher does: alef/hamza forms, ى/ي, ة/ه, diacritics.
            String needle = ArabicNormaliser.normalise(search.strip());
            searchFilter = "?e rdfs:label|skos:altLabel ?any . FILTER(CONTAINS(" + folded("LCASE(str(?any))") + ", \""
                    + escape(needle) + "\"))";
        }
        String q = """
                SELECT ?entity ?type (SAMPLE(?l) AS ?label) (SAMPLE(?en0) AS ?en) (SAMPLE(?wd0) AS ?wikidata)
                       (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?documents)
                WHERE { %s ?e a ?t ; rdfs:label ?l . FILTER(lang(?l) = "ar") %s
                        OPTIONAL { ?e rdfs:label ?en0 FILTER(lang(?en0) = "en") }
                        OPTIONAL { ?e owl:sameAs ?wd0 }
                        OPTIONAL { { GRAPH ?g { ?m itsrdf:taIdentRef ?e } }
                                   UNION { GRAPH ?g { ?f a rw:Fact ; rdf:subject|rdf:object ?e ; prov:wasDerivedFrom ?m } FILTER NOT EXISTS { ?named itsrdf:taIdentRef ?e } } }
                        BIND(?e AS ?entity) BIND(STRAFTER(str(?t), "http://schema.org/") AS ?type) }
                GROUP BY ?entity ?type ORDER BY DESC(?mentions) ?label LIMIT %d
                """.formatted(typeFilter, searchFilter, limit);
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            new QueryRunner(s.dataset(), 60_000).run(q, format, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** SPARQL expression folding Arabic spelling variants of {@code expr}, like ArabicNormaliser. */
    private static String folded(String expr) {
        String e = expr;
        String[][] pairs = {{"[أإآٱ]", "ا"}, {"ى", "ي"}, {"ئ", "ي"}, {"ؤ", "و"}, {"ة", "ه"}, {"[\\u064B-\\u065F\\u0670ـ]", ""}};
        for (String[] p : pairs) e = "REPLACE(" + e + ", \"" + p[0] + "\", \"" + p[1] + "\")";
        return e;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

}

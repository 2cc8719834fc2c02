package org.rawabit.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries/ folder: headers, typed parameters, and values that can never change a query's structure. */
class NamedQueriesTest {
    @TempDir
    Path dir;

    private NamedQueries load() throws Exception {
        Files.writeString(dir.resolve("by-name.rq"), """
                # People whose label contains a name.
                #
                # @param name string  part of the name
                # @param type iri default=schema:Person  the class
                # @param limit_n integer default=3  unused here
                SELECT ?e ?label WHERE { ?e a ?type ; rdfs:label ?label . FILTER(CONTAINS(STR(?label), ?name)) }
                """);
        Files.writeString(dir.resolve("free.rq"), "# No declared parameters.\nSELECT ?e WHERE { ?e a ?t }\n");
        Files.writeString(dir.resolve("broken.rq"), "# @param x wibble\nSELECT ?x WHERE { ?x ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        return NamedQueries.load(dir);
    }

    @Test
    void readsNamesDescriptionsAndParameters() throws Exception {
        NamedQueries qs = load();
        assertEquals(java.util.List.of("by-name", "free"), qs.all().stream().map(NamedQuery::name).toList());
        NamedQuery q = qs.get("by-name").orElseThrow();
        assertEquals("People whose label contains a name.", q.description());
        assertEquals(java.util.List.of("name", "type", "limit_n"), q.params().stream().map(NamedQuery.Param::name).toList());
        assertEquals("by-name name=<string> type=[schema:Person] limit_n=[3]", q.usage());
        assertEquals(1, qs.problems().size(), qs.problems().toString());
        assertTrue(qs.problems().get(0).contains("broken.rq") && qs.problems().get(0).contains("wibble"));
        assertTrue(NamedQueries.load(dir.resolve("missing")).all().isEmpty());
    }

    @Test
    void valuesBecomeTypedTermsWithDefaults() throws Exception {
        NamedQuery q = load().get("by-name").orElseThrow();
        Query bound = SparqlSyntax.parse(NamedQueries.bind(q, Map.of("name", "حموشي")));
        String s = bound.toString();
        assertTrue(s.contains("\"حموشي\""), s);
        assertTrue(s.contains("<http://schema.org/Person>") || s.contains("schema:Person"), s);
        assertFalse(s.contains("?name") || s.contains("?type"), s);
        s = NamedQueries.bind(q, Map.of("name", "x", "type", "<https://w3id.org/rawabit/ontology#Post>"));
        assertTrue(s.contains("https://w3id.org/rawabit/ontology#Post") || s.contains("rw:Post"), s);
    }

    @Test
    void aValueCannotInjectSparql() throws Exception {
        NamedQuery q = load().get("by-name").orElseThrow();
        String evil = "x\")) } ; DROP ALL ; SELECT * WHERE { ?a ?b ?c FILTER(\"1";
        Query bound = SparqlSyntax.parse(NamedQueries.bind(q, Map.of("name", evil)));
        // Still the same one-pattern query, with the whole value as one string literal.
        assertEquals(java.util.List.of("e", "label"), bound.getResultVars());
        assertTrue(bound.toString().contains("DROP ALL"), "the value is kept as data");
        assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of("name", "x", "type", "<http://a> } . ?s ?p <http://b>")));
    }

    @Test
    void unknownMissingAndIllTypedParametersAreOneLineErrors() throws Exception {
        NamedQuery q = load().get("by-name").orElseThrow();
        assertEquals("by-name has no parameter 'nom' (its parameters: name, type, limit_n)",
                assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of("name", "x", "nom", "y"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of())).getMessage().startsWith("by-name needs name=<string>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of("name", "x", "limit_n", "many"))).getMessage().contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of("name", "x", "type", "Person"))).getMessage().contains("expected an IRI"));
    }

    @Test
    void undeclaredQueriesTakeAnyOfTheirVariables() throws Exception {
        NamedQuery q = load().get("free").orElseThrow();
        String s = NamedQueries.bind(q, Map.of("t", "schema:Place"));
        assertTrue(s.contains("http://schema.org/Place") || s.contains("schema:Place"), s);
        assertThrows(IllegalArgumentException.class, () -> NamedQueries.bind(q, Map.of("zzz", "1")));
    }

    @Test
    void theProjectQueriesFolderLoadsCleanly() {
        NamedQueries qs = NamedQueries.load(Path.of("queries"));
        assertTrue(qs.problems().isEmpty(), qs.problems().toString());
        NamedQuery q = qs.get("entities-by-type").orElseThrow();
        for (NamedQuery each : qs.all()) {
            // Every project query parses, and binds with its defaults where it has them.
            SparqlSyntax.parse(each.text());
        }
        SparqlSyntax.parse(NamedQueries.bind(q, Map.of("type", "schema:Place")));
    }
}

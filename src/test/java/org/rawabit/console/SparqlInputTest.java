package org.rawabit.console;

import org.rawabit.query.SparqlSyntax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where console input ends: a top-level ';' or an empty line after a complete query, never inside brackets or strings. */
class SparqlInputTest {
    @Test
    void semicolonInsideBracesIsSparqlNotTheEnd() {
        String q = "SELECT ?e WHERE {\n  ?e a schema:Person ;\n     rdfs:label ?l .\n}";
        assertEquals(-1, SparqlInput.statementEnd(q));
        assertEquals(q.length(), SparqlInput.statementEnd(q + ";"));
    }

    @Test
    void semicolonsInStringsIrisAndCommentsDoNotCount() {
        assertEquals(-1, SparqlInput.statementEnd("SELECT * WHERE { ?s ?p \"a;b\" } # done;\n"));
        assertEquals(-1, SparqlInput.statementEnd("SELECT * WHERE { ?s ?p '''x\n;y''' }"));
        assertEquals(-1, SparqlInput.statementEnd("SELECT * FROM <http://x/a;b> WHERE { ?s ?p ?o }"));
        // '<' as "less than" is not an IRI
        String q = "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) };";
        assertEquals(q.length() - 1, SparqlInput.statementEnd(q));
    }

    @Test
    void anUnclosedShortStringEndsAtTheLineSoLaterStatementsStillRun() {
        String q = "SELECT * WHERE { ?s ?p \"x }\n};";
        assertEquals(q.length() - 1, SparqlInput.statementEnd(q));
    }

    @Test
    void blanksAndComments() {
        assertTrue(SparqlInput.isBlank("  \n # only a comment\n"));
        assertFalse(SparqlInput.isBlank("# c\nASK {}"));
    }

    @Test
    void anEmptyLineRunsACompleteQueryButWaitsForAnUnfinishedOne() {
        assertTrue(SparqlInput.completeAtBlankLine("SELECT * WHERE { ?s ?p ?o }\n"));
        assertTrue(SparqlInput.completeAtBlankLine("SELECT * WHERE { ?s ?p ?o } LIMIT 5\n"));
        assertFalse(SparqlInput.completeAtBlankLine("SELECT * WHERE {\n ?s ?p ?o .\n"));
        assertFalse(SparqlInput.completeAtBlankLine("PREFIX ex: <http://example.org/>\n"));
        // An error before the end is shown at once rather than waiting for more lines.
        assertTrue(SparqlInput.completeAtBlankLine("SELECT * WHERE { ?s ?p }\n"));
    }

    @Test
    void syntaxErrorsNameLineAndColumnOfTheUsersText() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.rawabit.query.QueryRunner.QueryProblem.class,
                () -> SparqlSyntax.parse("SELECT ?x\nWHERE { ?x ?y }"));
        assertEquals("syntax error at line 2, column 15: unexpected '}'", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.rawabit.query.QueryRunner.QueryProblem.class,
                () -> SparqlSyntax.parse("SELECT ?x WHERE {\n  ?x foo:y ?z }"));
        assertTrue(e.getMessage().startsWith("syntax error at line 2, column 6: ") && e.getMessage().contains("foo:y"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.rawabit.query.QueryRunner.QueryProblem.class,
                () -> SparqlSyntax.parse("SELECT ?x WHERE { ?x ?y \"abc }"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("unclosed string"), e.getMessage());
    }
}

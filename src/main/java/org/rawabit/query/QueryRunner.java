package org.rawabit.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.rawabit.core.Vocab;

/**
 * Runs SPARQL against the store with the project's prefixes predeclared and a timeout, and writes
 * the results in the requested format.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final long timeoutMillis;
    private final boolean bidiIsolation;
    private final String timeoutHint;

    /** Tables isolate cells with bidi marks only when standard output is a terminal; the hint names {@code --timeout}. */
    public QueryRunner(Dataset dataset, long timeoutMillis) {
        this(dataset, timeoutMillis, TextTable.onTerminal(), "--timeout");
    }

    private QueryRunner(Dataset dataset, long timeoutMillis, boolean bidiIsolation, String timeoutHint) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.bidiIsolation = bidiIsolation;
        this.timeoutHint = timeoutHint;
    }

    /** The same runner, with tables' cells wrapped in bidi isolation marks or not. */
    public QueryRunner bidiIsolation(boolean isolate) {
        return new QueryRunner(dataset, timeoutMillis, isolate, timeoutHint);
    }

    /** The same runner, whose timeout message tells the user to raise the limit with {@code setting}. */
    public QueryRunner timeoutHint(String setting) {
        return new QueryRunner(dataset, timeoutMillis, bidiIsolation, setting);
    }

    /** A query that cannot run: syntax error (with line and column) or timeout. */
    public static final class QueryProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public QueryProblem(String message) {
            super(message);
        }
    }

    /** Parses a query, adding the project prefixes; syntax errors name the line and column of the user's text. */
    public static Query parse(String sparql) {
        return SparqlSyntax.parse(sparql);
    }

    /** Runs {@code sparql} and writes its result to {@code out}. Returns the number of rows or triples. */
    public long run(String sparql, ResultFormat format, OutputStream out) {
        Query q = parse(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                if (q.isSelectType()) return writeSelect(qe.execSelect(), format, out);
                if (q.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == ResultFormat.json) ResultSetFormatter.outputAsJSON(out, b);
                    else write(out, (b ? "yes" : "no") + "\n");
                    return b ? 1L : 0L;
                }
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(Vocab.PREFIXES);
                RDFDataMgr.write(out, m, format == ResultFormat.json ? Lang.JSONLD : Lang.TURTLE);
                return m.size();
            } catch (QueryCancelledException e) {
                throw new QueryProblem("query stopped after the " + timeoutMillis / 1000.0 + " s timeout (use " + timeoutHint + " to allow more)");
            }
        });
    }

    private long writeSelect(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case json -> ResultSetFormatter.outputAsJSON(out, rs);
            case xml -> ResultSetFormatter.outputAsXML(out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
            case csv -> {
                return writeCsv(rs, out);
            }
            default -> {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(rows::add);
                write(out, TextTable.render(vars, rows, bidiIsolation));
                return rows.size();
            }
        }
        return rs.getRowNumber();
    }

    /** RFC 4180 CSV with plain values (IRIs as text, literals by their lexical form). */
    private static long writeCsv(ResultSet rs, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(rs.getResultVars().toArray(String[]::new)).get());
            long n = 0;
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                for (String v : rs.getResultVars()) p.print(plain(s.get(v)));
                p.println();
                n++;
            }
            p.flush();
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String plain(RDFNode n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isURIResource()) return n.asResource().getURI();
        return "_:" + n.asResource().getId().getLabelString();
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

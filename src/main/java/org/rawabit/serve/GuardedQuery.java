package org.rawabit.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query handler with the server's {@link ServicePolicy} checked before the query
 * runs, so that a refused {@code SERVICE} answers 403 with its reason instead of failing midway,
 * and every running query known to the {@link MemoryGuard}, which may stop it.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final ServicePolicy policy;
    private final MemoryGuard memory;

    GuardedQuery(ServicePolicy policy, MemoryGuard memory) {
        this.policy = policy;
        this.memory = memory;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        memory.started(exec);
        return exec;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action); // runs the query and sends its results, on this thread
        } catch (RuntimeException e) {
            // ARQ may fail in other ways than QueryCancelledException when stopped midway (a sort spilling to disk)
            if (!memory.stoppedCurrentQuery() || e instanceof ActionErrorException) throw e;
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query stopped: the server was running out of memory");
        } finally {
            memory.finished();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        for (Node endpoint : serviceEndpoints(query)) {
            String why = policy.refusal(endpoint.isURI() ? endpoint.getURI() : null);
            if (why != null) ServletOps.error(HttpSC.FORBIDDEN_403, why);
        }
    }

    /** The endpoints of every SERVICE in the query, sub-queries and EXISTS included. */
    static List<Node> serviceEndpoints(Query query) {
        List<Node> found = new ArrayList<>();
        Op op = Algebra.compile(query);
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found.add(s.getService());
            }
        };
        Walker.walk(op, visitor, new ExprVisitorBase());
        return found;
    }
}

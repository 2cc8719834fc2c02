package org.rawabit.serve;

import java.util.ArrayList;
import java.util.List;
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
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query handler with the server's {@link ServicePolicy} checked before the query
 * runs, so that a refused {@code SERVICE} answers 403 with its reason instead of failing midway.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final ServicePolicy policy;

    GuardedQuery(ServicePolicy policy) {
        this.policy = policy;
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

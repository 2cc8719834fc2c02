package org.rawabit.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} endpoints a served query may call. Off by default: a query is the
 * client's, and fetching a URL on its behalf lets any web page read or poke at hosts only this
 * machine can reach. {@code --allow-service} turns it on for http(s) endpoints, all of them or
 * the listed ones; other schemes ({@code file:}, …) are never fetched.
 *
 * @param enabled   federated queries allowed at all
 * @param endpoints the allowed endpoint IRIs (empty: any http or https endpoint)
 */
public record ServicePolicy(boolean enabled, List<String> endpoints) {
    public ServicePolicy {
        endpoints = List.copyOf(endpoints);
    }

    public static ServicePolicy off() {
        return new ServicePolicy(false, List.of());
    }

    /** Null when a query may call {@code endpoint}, else why not (one line). */
    public String refusal(String endpoint) {
        if (!enabled) return "SERVICE <" + endpoint + "> refused: federated queries are off; start the server with --allow-service";
        if (endpoint == null) return "SERVICE with a variable endpoint is refused: name the endpoint";
        String lower = endpoint.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return "SERVICE <" + endpoint + "> refused: only http and https endpoints can be called";
        }
        if (!endpoints.isEmpty() && !endpoints.contains(endpoint)) {
            return "SERVICE <" + endpoint + "> refused: not in --allow-service " + String.join(",", endpoints);
        }
        return null;
    }

    /**
     * Installs the policy in a query context: ARQ's own switch for HTTP services, and a gate in
     * front of the service executors, so that even a SERVICE the request check did not see (an
     * endpoint bound at run time) is not fetched.
     */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, enabled);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.standardRegistry().copy();
        registry.addSingleLink(new Gate(this));
        ServiceExecutorRegistry.set(context, registry);
    }

    /** Thrown when a query reaches a SERVICE it may not call. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private record Gate(ServicePolicy policy) implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding, ExecutionContext cxt,
                ServiceExecutor chain) {
            String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
            String why = policy.refusal(endpoint);
            if (why != null) throw new Refused(why);
            return chain.createExecution(opExecute, original, binding, cxt);
        }
    }
}

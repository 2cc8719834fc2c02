package org.rawabit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.store.RawabitStore;

/**
 * The store over HTTP with embedded Fuseki: the SPARQL 1.1 Protocol and the Graph Store Protocol
 * (read) at {@code /rawabit}, the Fuseki UI at {@code /}, and the explorer page at
 * {@code /explore/}. Read-only unless {@link Settings#update}: then SPARQL Update, GSP write and
 * {@code POST /rawabit/ingest} (articles through the same pipeline as {@code rawabit ingest}) are
 * enabled. Queries stop at the configured timeout.
 *
 * <p>The server holds the TDB2 store for its whole run (TDB2 allows one process per store);
 * readers and the single writer share it through TDB2's transactions, so a document ingested
 * through the server is visible to the next query.
 */
public final class RawabitServer implements AutoCloseable {
    public static final String DATASET = "/rawabit";
    /** Rows a sort or DISTINCT holds in memory before spilling to disk. */
    static final long SPILL_ROWS = 100_000;

    /**
     * How to serve.
     *
     * @param host          interface to listen on (127.0.0.1 by default; 0.0.0.0 for all)
     * @param port          TCP port, 0 for any free port
     * @param update        enable SPARQL Update, GSP write and the ingest endpoint
     * @param timeoutMillis query timeout (overall), also the ceiling for a request's own {@code timeout=}
     * @param corsOrigins   null for no CORS headers, else comma-separated allowed origins ("*" for any)
     * @param ui            serve the Fuseki UI at {@code /}
     * @param service       which SERVICE endpoints queries may call (none by default)
     * @param updateToken   null, or the bearer token writes must carry
     */
    public record Settings(String host, int port, boolean update, long timeoutMillis, String corsOrigins, boolean ui,
            ServicePolicy service, String updateToken) {
        public Settings {
            if (service == null) service = ServicePolicy.off();
        }

        public Settings(String host, int port, boolean update, long timeoutMillis, String corsOrigins, boolean ui) {
            this(host, port, update, timeoutMillis, corsOrigins, ui, ServicePolicy.off(), null);
        }

        public static Settings defaults() {
            return new Settings("127.0.0.1", 3030, false, 30_000, null, true);
        }

        public Settings withPort(int p) {
            return new Settings(host, p, update, timeoutMillis, corsOrigins, ui, service, updateToken);
        }

        public Settings withUpdate(boolean u) {
            return new Settings(host, port, u, timeoutMillis, corsOrigins, ui, service, updateToken);
        }

        public Settings withTimeoutMillis(long t) {
            return new Settings(host, port, update, t, corsOrigins, ui, service, updateToken);
        }

        public Settings withCors(String origins) {
            return new Settings(host, port, update, timeoutMillis, origins, ui, service, updateToken);
        }

        public Settings withService(ServicePolicy policy) {
            return new Settings(host, port, update, timeoutMillis, corsOrigins, ui, policy, updateToken);
        }

        public Settings withUpdateToken(String token) {
            return new Settings(host, port, update, timeoutMillis, corsOrigins, ui, service, token);
        }
    }

    private final FusekiServer server;
    private final Settings settings;
    private final Path scratch;

    private final MemoryGuard memory;

    private RawabitServer(FusekiServer server, Settings settings, Path scratch, MemoryGuard memory) {
        this.server = server;
        this.settings = settings;
        this.scratch = scratch;
        this.memory = memory;
    }

    /**
     * Builds and starts the server on {@code store}. {@code pipeline} is asked for the ingest
     * pipeline the first time a document is posted (only with {@code update}).
     */
    public static RawabitServer start(RawabitStore store, Settings s, Supplier<Pipeline> pipeline) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("rawabit-serve");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Context timeouts = new Context();
        timeouts.set(ARQ.queryTimeout, Long.toString(s.timeoutMillis()));
        // ORDER BY and DISTINCT keep at most this many rows in memory, the rest goes to temporary
        // files: one query sorting a cross product must not fill the heap before its timeout.
        timeouts.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        s.service().applyTo(timeouts);

        MemoryGuard memory = new MemoryGuard(); // GROUP BY keeps its groups in memory: stop the query, not the server

        DataService.Builder data = DataService.newBuilder(dsg);
        // The standard Fuseki endpoints (as FusekiConfig.populateStdServices), each carrying the timeout.
        Map<String, Operation> named = new LinkedHashMap<>();
        named.put("sparql", Operation.Query);
        named.put("query", Operation.Query);
        named.put("get", Operation.GSP_R);
        if (s.update()) {
            named.put("update", Operation.Update);
            named.put("data", Operation.GSP_RW);
        } else {
            named.put("data", Operation.GSP_R);
        }
        named.forEach((name, op) -> data.addEndpoint(endpoint(op, name, timeouts)));
        data.addEndpoint(endpoint(Operation.Query, "", timeouts));
        data.addEndpoint(endpoint(s.update() ? Operation.GSP_RW : Operation.GSP_R, "", timeouts));
        if (s.update()) data.addEndpoint(endpoint(Operation.Update, "", timeouts));

        FusekiServer.Builder b = FusekiServer.create()
                .port(s.port())
                .loopback(isLoopback(s.host()))
                .enablePing(true)
                .enableStats(true)
                .registerOperation(Operation.Query, new GuardedQuery(s.service(), memory))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphStore.Read())
                .registerOperation(Operation.GSP_RW, new UnionDefaultGraphStore.ReadWrite())
                .addFilter("/*", new RequestGuard(s.host(), s.update(), s.corsOrigins(), s.updateToken()))
                .add(DATASET, data);
        if (s.update()) {
            b.registerOperation(IngestService.OPERATION, new IngestService(store, pipeline, scratch));
            b.addEndpoint(DATASET, "ingest", IngestService.OPERATION);
        }
        if (s.corsOrigins() != null) b.enableCors(true, corsConfig(scratch, s).toString());
        else b.enableCors(false);
        b.addServlet("/explore/api/*", new ExplorerApi(store.dataset(), s.timeoutMillis()));
        b.addServlet("/explore/*", new StaticResources());
        b.addServlet("/explore", new StaticResources());
        if (s.ui()) {
            b.fusekiModules(FusekiModules.create(new UiSupport(scratch.resolve("fuseki-base")), FMod_UI.create()));
        } else {
            b.fusekiModules(FusekiModules.create());
        }
        FusekiServer server;
        try {
            server = b.build();
            bindHost(server, s.host());
            server.start();
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
        return new RawabitServer(server, s, scratch, memory);
    }

    private static Endpoint endpoint(Operation op, String name, Context cxt) {
        return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
    }

    /** True when {@code host} only accepts connections from this machine. */
    public static boolean isLoopbackHost(String host) {
        try {
            return isLoopback(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isLoopback(String host) {
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("*") || host.equals("::")) return false;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }

    /** Listens on exactly the requested interface (Fuseki's builder knows only loopback or all). */
    private static void bindHost(FusekiServer server, String host) {
        String h = host == null || host.equals("*") || host.equals("0.0.0.0") || host.equals("::") ? null : host;
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(h);
        }
    }

    /** CORS for the given origins, with write methods only when updates are on. */
    private static Path corsConfig(Path scratch, Settings s) {
        StringBuilder b = new StringBuilder();
        b.append("allowedOrigins=").append(s.corsOrigins().strip()).append('\n');
        b.append("allowedMethods=").append(s.update() ? "GET,POST,PUT,DELETE,PATCH,HEAD,OPTIONS" : "GET,POST,HEAD,OPTIONS").append('\n');
        b.append("allowedHeaders=X-Requested-With, Content-Type, Accept, Origin, Last-Modified\n");
        b.append("exposedHeaders=Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma\n");
        b.append("chainPreflight=false\n");
        try {
            Path f = scratch.resolve("cors.properties");
            Files.writeString(f, b.toString());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives FMod_UI the server-control attribute it looks for, without FMod_Admin's dataset
     * creation, deletion, backup and compaction endpoints: the UI needs only {@code /$/server}
     * (the dataset list), {@code /$/ping} and {@code /$/stats}, all read-only.
     */
    static final class UiSupport implements FusekiModule {
        private final Path base;

        UiSupport(Path base) {
            this.base = base;
        }

        @Override
        public String name() {
            return "Rawabit UI support";
        }

        @Override
        public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
            // No webapp/ folder under this base, so FMod_UI serves the UI from the jena-fuseki-ui jar.
            builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(base));
            builder.addServlet("/$/server", new ActionServerStatus());
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public Settings settings() {
        return settings;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String h = settings.host() == null || settings.host().equals("0.0.0.0") || settings.host().equals("*") ? "localhost" : settings.host();
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h + ":" + port();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/rawabit}. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        memory.close();
        try (var files = Files.walk(scratch)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}

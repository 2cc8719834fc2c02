package org.rawabit.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before Fuseki sees it, answering a refusal with a 4xx status and a one-line
 * reason:
 * <ul>
 *   <li>the {@code Host} header must name this server (loopback names, the {@code --host} value),
 *       so a page on another site cannot reach it through DNS rebinding (403);</li>
 *   <li>a request body is at most {@link #MAX_BODY_BYTES} (the ingest endpoint its own limit) (413);</li>
 *   <li>writes (SPARQL Update, Graph Store writes, ingest) on a read-only server are refused on
 *       every route with the same answer naming {@code --update} (403);</li>
 *   <li>writes from a browser page of another origin are refused, unless that origin is one of
 *       the {@code --cors} origins (403);</li>
 *   <li>with an update token, writes need {@code Authorization: Bearer TOKEN} (401).</li>
 * </ul>
 */
final class RequestGuard implements Filter {
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private final Set<String> hosts;
    private final boolean update;
    private final Set<String> corsOrigins;
    private final byte[] token;

    RequestGuard(String boundHost, boolean update, String corsOrigins, String updateToken) {
        this.hosts = allowedHosts(boundHost);
        this.update = update;
        this.corsOrigins = new HashSet<>();
        if (corsOrigins != null) {
            for (String o : corsOrigins.split(",")) if (!o.isBlank()) this.corsOrigins.add(o.strip().toLowerCase(Locale.ROOT));
        }
        this.token = updateToken == null ? null : updateToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The names a client may use for this server: loopback names, the bound host, and for a wildcard bind this machine's addresses. */
    static Set<String> allowedHosts(String boundHost) {
        Set<String> names = new HashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        String bound = boundHost == null ? "" : strip(boundHost.toLowerCase(Locale.ROOT));
        boolean wildcard = bound.isEmpty() || bound.equals("0.0.0.0") || bound.equals("*") || bound.equals("::");
        if (!wildcard) {
            names.add(bound);
            return names;
        }
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName().toLowerCase(Locale.ROOT));
            names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) names.add(strip(a.getHostAddress().replaceFirst("%.*", "")));
            }
        } catch (IOException e) {
            // no more names than the loopback ones
        }
        return names;
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The host name in a {@code Host} header value ({@code name}, {@code name:port}, {@code [v6]:port}). */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String host = req.getHeader("Host");
        if (host != null && !hosts.contains(hostName(host))) {
            refuse(res, HttpServletResponse.SC_FORBIDDEN, "Host '" + host.strip() + "' is not served here (this server answers to "
                    + String.join(", ", new java.util.TreeSet<>(hosts)) + ")");
            return;
        }
        boolean ingest = req.getRequestURI().endsWith("/ingest");
        long length = req.getContentLengthLong();
        if (!ingest && length > MAX_BODY_BYTES) {
            refuse(res, 413, "request body too large: " + length + " bytes, at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
            return;
        }
        boolean write;
        try {
            write = isWrite(req);
        } catch (IllegalStateException | IllegalArgumentException e) { // Jetty: form too large or malformed
            refuse(res, 413, "cannot read the form: " + e.getMessage());
            return;
        }
        if (write) {
            if (!update) {
                refuse(res, HttpServletResponse.SC_FORBIDDEN, "this server is read-only: start it with 'rawabit serve --update' "
                        + "to allow SPARQL Update, Graph Store writes and /rawabit/ingest");
                return;
            }
            String origin = req.getHeader("Origin");
            if (origin != null && !sameOrigin(origin, req.getLocalPort()) && !corsOrigins.contains(origin.strip().toLowerCase(Locale.ROOT))) {
                refuse(res, HttpServletResponse.SC_FORBIDDEN, "write refused from the web page of another origin (" + origin.strip()
                        + "); allow it with --cors");
                return;
            }
            if (token != null && !hasToken(req)) {
                res.setHeader("WWW-Authenticate", "Bearer realm=\"rawabit\"");
                refuse(res, HttpServletResponse.SC_UNAUTHORIZED, "writes need the update token: send 'Authorization: Bearer TOKEN'");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean sameOrigin(String origin, int port) {
        try {
            URI u = URI.create(origin.strip());
            if (u.getHost() == null) return false;
            int p = u.getPort() < 0 ? ("https".equalsIgnoreCase(u.getScheme()) ? 443 : 80) : u.getPort();
            return hosts.contains(strip(u.getHost().toLowerCase(Locale.ROOT))) && p == port;
        } catch (IllegalArgumentException e) {
            return false; // "null" and other opaque origins
        }
    }

    private boolean hasToken(HttpServletRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        return MessageDigest.isEqual(token, auth.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * True for a request that would change the store: PUT, DELETE and PATCH anywhere, and a POST
     * that is not a SPARQL query (update, Graph Store POST, ingest, unknown routes).
     */
    static boolean isWrite(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        switch (method) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> {
                return false;
            }
            case "POST" -> { /* below */ }
            default -> {
                return true;
            }
        }
        String path = req.getRequestURI();
        if (path.startsWith("/explore/api/")) return false;
        if (path.endsWith("/sparql") || path.endsWith("/query")) return false;
        if (path.equals(RawabitServer.DATASET) || path.equals(RawabitServer.DATASET + "/")) {
            String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
            if (ct.equals("application/sparql-query")) return false;
            if (ct.equals("application/x-www-form-urlencoded")) return req.getParameter("update") != null || req.getParameter("query") == null;
        }
        return true;
    }

    private static void refuse(HttpServletResponse res, int status, String reason) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.getOutputStream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
    }
}

package org.rawabit.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The explorer page's files: {@code explore/*} from the classpath at {@code /explore/}, and the
 * graph library from its webjar (Cytoscape.js, a Maven dependency, so the page needs no CDN) at
 * {@code /explore/lib/cytoscape.min.js}.
 */
final class StaticResources extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CYTOSCAPE = "/lib/cytoscape.min.js";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            // "/explore" → "/explore/", so the page's relative links resolve.
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (path.equals("/")) path = "/index.html";
        if (!path.matches("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+")) {
            resp.sendError(404);
            return;
        }
        String resource = path.equals(CYTOSCAPE) ? cytoscapeResource() : "explore" + path;
        ClassLoader cl = StaticResources.class.getClassLoader();
        try (InputStream in = resource == null ? null : cl.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(contentType(path));
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (path.endsWith(".html")) {
                resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
            }
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The library inside the webjar, whatever version Maven resolved. */
    static String cytoscapeResource() {
        try (InputStream in = StaticResources.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/cytoscape.min.js";
        } catch (IOException e) {
            return null;
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".svg")) return "image/svg+xml";
        if (path.endsWith(".png")) return "image/png";
        if (path.endsWith(".json")) return "application/json";
        return "application/octet-stream";
    }
}

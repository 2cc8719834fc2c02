package org.rawabit.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.rawabit.pipeline.Ingester;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.Hashing;
import org.rawabit.read.InputProblem;
import org.rawabit.store.RawabitStore;

/**
 * {@code POST /rawabit/ingest} (only with {@code serve --update}): the body is one input as
 * {@code rawabit ingest} reads it — an article as plain text ({@code text/plain}), a CSV of articles
 * ({@code text/csv}) or JSON lines ({@code application/x-ndjson}). {@code ?name=FILE.txt} names it;
 * for text the name (without extension) is the article id, as with files. The documents go
 * through the same pipeline and are stored one write transaction each, so the next query sees
 * them. Requests are handled one at a time. The reply is a JSON report.
 */
final class IngestService extends ActionService {
    static final Operation OPERATION = Operation.alloc("https://w3id.org/rawabit/ontology#ingest", "ingest",
            "Ingest Arabic articles through the Rawabit pipeline");
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RawabitStore store;
    private final Supplier<Pipeline> pipelineSupplier;
    private final Path scratch;
    private Pipeline pipeline;

    IngestService(RawabitStore store, Supplier<Pipeline> pipeline, Path scratch) {
        this.store = store;
        this.pipelineSupplier = pipeline;
        this.scratch = scratch;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execOptions(HttpAction action) {
        action.setResponseHeader("Allow", "POST, OPTIONS");
        ServletOps.success(action);
    }

    @Override
    public void validate(HttpAction action) {
        String ct = contentType(action);
        if (ct.equals("application/x-www-form-urlencoded") || ct.startsWith("multipart/")) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "send the article as the request body with a Content-Type of "
                    + "text/plain; charset=utf-8, text/csv or application/x-ndjson (e.g. curl --data-binary @file.txt -H 'Content-Type: text/plain; charset=utf-8')");
        }
        long len = action.getRequestContentLengthLong();
        if (len > MAX_BYTES) ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "at most " + MAX_BYTES / (1024 * 1024) + " MB per request");
    }

    @Override
    public void execute(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStreamRaw()) {
            body = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the request body: " + e.getMessage());
            return;
        }
        if (body.length > MAX_BYTES) ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "at most " + MAX_BYTES / (1024 * 1024) + " MB per request");
        if (body.length == 0) ServletOps.errorBadRequest("empty body: send an article (text/plain), a CSV or JSON lines");
        String given = queryParam(action, "name");
        String why = badName(given);
        if (why != null) {
            replyPlain(action, HttpSC.BAD_REQUEST_400, why);
            return;
        }
        String name = fileName(given, contentType(action), body);
        ObjectNode report = JSON.createObjectNode();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Ingester.Report r;
        synchronized (this) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory(scratch, "ingest");
                Path file = dir.resolve(name);
                Files.write(file, body);
                if (pipeline == null) pipeline = pipelineSupplier.get();
                boolean force = "true".equalsIgnoreCase(queryParam(action, "force"));
                r = new Ingester(pipeline, store, force, 1).ingest(List.of(file), new Ingester.Listener() {
                    @Override
                    public void done(String origin, Ingester.Outcome outcome) {}

                    @Override
                    public void problem(InputProblem p) {
                        problems.add(p.getMessage().replace(file.getParent().toString() + "/", ""));
                    }
                });
            } catch (IOException e) {
                ServletOps.errorOccurred("cannot stage the upload: " + e.getMessage());
                return;
            } finally {
                if (dir != null) deleteTree(dir);
            }
        }
        report.put("name", name);
        report.put("stored", r.stored());
        report.put("unchanged", r.unchanged());
        report.put("failed", r.failed());
        report.put("millis", r.millis());
        ArrayNode p = report.putArray("problems");
        problems.forEach(p::add);
        int status = r.failed() > 0 && r.stored() + r.unchanged() == 0 ? HttpSC.UNPROCESSABLE_ENTITY_422 : HttpSC.OK_200;
        try {
            action.setResponseStatus(status);
            action.setResponseContentType("application/json");
            action.setResponseCharacterEncoding("utf-8");
            OutputStream out = action.getResponseOutputStream();
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    /** A one-line plain-text answer (Fuseki's own error writer fails on some messages with "too much content written"). */
    private static void replyPlain(HttpAction action, int status, String message) {
        try {
            action.setResponseStatus(status);
            action.setResponseContentType("text/plain");
            action.setResponseCharacterEncoding("utf-8");
            OutputStream out = action.getResponseOutputStream();
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    private static String contentType(HttpAction action) {
        String ct = action.getRequestContentType();
        return ct == null ? "" : ct.toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
    }

    /** Reads a parameter from the query string only, never from the body. */
    private static String queryParam(HttpAction action, String key) {
        String qs = action.getRequestQueryString();
        if (qs == null) return null;
        for (String kv : qs.split("&")) {
            int eq = kv.indexOf('=');
            String k = java.net.URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            if (k.equals(key)) return eq < 0 ? "" : java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
        }
        return null;
    }

    /** Null when {@code name=} is absent or usable, else why not (one line). */
    static String badName(String given) {
        if (given == null) return null;
        if (given.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return "name= contains a control character (NUL, newline, …)";
        String base = given.replace('\\', '/').replaceAll("/+$", "");
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "-").replaceAll("^[.-]+", "");
        if (base.isEmpty()) return "name= must be a file name such as article-1.txt, not '" + given + "'";
        return null;
    }

    /** A safe file name: the given one (letters, digits, . _ -), with an extension matching the content type. */
    static String fileName(String given, String contentType, byte[] body) {
        String ext = switch (contentType) {
            case "text/csv" -> "csv";
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq" -> "jsonl";
            default -> "txt";
        };
        if (given != null && !given.isBlank()) {
            String base = given.replace('\\', '/').replaceAll("/+$", "");
            base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "-").replaceAll("^[.-]+", "");
            if (!base.isEmpty()) {
                String lower = base.toLowerCase(Locale.ROOT);
                boolean known = lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".csv")
                        || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
                return known ? base : base + "." + ext;
            }
        }
        return "upload-" + Hashing.sha256Hex(normalised(body)).substring(0, 12) + "." + ext;
    }

    /**
     * The body as text, the same for the same article whatever the client did to it (line ends,
     * a byte-order mark, surrounding blank space), so that an unnamed upload sent twice gets one id.
     */
    static String normalised(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \t]+\n", "\n").strip();
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}

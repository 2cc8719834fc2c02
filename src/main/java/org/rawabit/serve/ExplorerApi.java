package org.rawabit.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.rawabit.core.Vocab;
import org.rawabit.rdf.RelationLabels;

/**
 * The explorer page's JSON endpoints, each a few SPARQL queries over the store:
 * <ul>
 * <li>{@code GET /explore/api/search?q=TEXT} — the full-text index (clitics and spellings folded):
 *     entities named so, then entities with a mention so spelled, and the matching articles; when
 *     the index matches no entity, names containing TEXT (folded). Without {@code q}: the most
 *     mentioned entities.</li>
 * <li>{@code GET /explore/api/entity?iri=IRI[&comentions=1][&doc=IRI]} — the entity and the facts
 *     linking it to other entities, with readable relation names; co-mentions (same sentence, same
 *     article) only with {@code comentions=1}; only one article's facts with {@code doc}.</li>
 * <li>{@code GET /explore/api/article?iri=DOC} — an article's text with its entity mentions.</li>
 * <li>{@code GET /explore/api/timeline?iri=IRI} — the entity's dated events and quotations.</li>
 * <li>{@code GET /explore/api/mentions?iri=IRI} — where the entity is mentioned: document,
 *     surface form, and the source sentence with the mention's offsets in it.</li>
 * </ul>
 */
final class ExplorerApi extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrefixMapping PM = Vocab.prefixMapping();
    private static final org.apache.jena.rdf.model.Model TERMS = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
    /** SPARQL expression normalising a name the way {@link #normalise} does. */
    private static final String NORM = """
            REPLACE(REPLACE(REPLACE(REPLACE(LCASE(STR(%s)), "[\\u064B-\\u065F\\u0670\\u0640]", ""), "[\\u0622\\u0623\\u0625\\u0671]", "\\u0627"), "\\u0649", "\\u064A"), "\\u0629", "\\u0647")""";

    private final transient Dataset dataset;
    private final long timeoutMillis;

    ExplorerApi(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** A request the client got wrong: answered with this status and a JSON error. */
    private static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        ObjectNode body;
        int status = 200;
        try {
            body = Txn.calculateRead(dataset, () -> switch (path) {
                case "/search" -> search(req.getParameter("q"), limit(req, 20, 100));
                case "/entity" -> entity(iri(req), limit(req, 30, 150), "1".equals(req.getParameter("comentions")),
                        req.getParameter("doc") == null || req.getParameter("doc").isBlank() ? null : iri(req, "doc"));
                case "/mentions" -> mentions(iri(req), limit(req, 100, 1000));
                case "/article" -> article(iri(req));
                case "/timeline" -> timeline(iri(req), limit(req, 100, 500));
                default -> throw new ApiError(404, "unknown API path '" + path + "' (use search, entity, mentions, article or timeline)");
            });
        } catch (ApiError e) {
            status = e.status;
            body = JSON.createObjectNode().put("error", e.getMessage());
        } catch (QueryCancelledException e) {
            status = 503;
            body = JSON.createObjectNode().put("error", "the query took longer than the server's " + timeoutMillis / 1000.0 + " s timeout");
        }
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), body);
    }

    private static int limit(HttpServletRequest req, int dflt, int max) {
        String s = req.getParameter("limit");
        if (s == null || s.isBlank()) return dflt;
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "limit must be a number");
        }
    }

    private static Node iri(HttpServletRequest req) {
        return iri(req, "iri");
    }

    private static Node iri(HttpServletRequest req, String param) {
        String s = req.getParameter(param);
        if (s == null || s.isBlank()) throw new ApiError(400, "missing " + param + " parameter");
        s = s.strip();
        String expanded = PM.expandPrefix(s);
        if (expanded.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) || !expanded.contains(":")) {
            throw new ApiError(400, "not an IRI: " + s);
        }
        return NodeFactory.createURI(expanded);
    }

    // ---- search

    private ObjectNode search(String q, int limit) {
        String needle = q == null ? "" : normalise(q);
        Map<String, Hit> hits = new LinkedHashMap<>();
        ArrayNode articles = JSON.createArrayNode();
        if (needle.isEmpty()) {
            select("""
                    SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } }
                    GROUP BY ?e ORDER BY DESC(?n) LIMIT %d""".formatted(limit), Map.of(), s ->
                    hits.put(s.getResource("e").getURI(), new Hit(s.getResource("e").getURI(), 3)));
        } else {
            textSearch(q, limit, hits, articles);
            if (hits.isEmpty()) substringSearch(needle, hits);
        }
        Map<String, ObjectNode> described = describe(hits.keySet());
        List<ObjectNode> results = new ArrayList<>();
        hits.values().stream()
                .filter(h -> described.containsKey(h.iri))
                .sorted(Comparator.<Hit>comparingInt(h -> h.rank)
                        .thenComparing(h -> -described.get(h.iri).path("mentions").asLong())
                        .thenComparing(h -> described.get(h.iri).path("label").asText()))
                .limit(limit)
                .forEach(h -> results.add(described.get(h.iri)));
        ObjectNode out = JSON.createObjectNode();
        out.put("query", q == null ? "" : q);
        ArrayNode arr = out.putArray("results");
        results.forEach(arr::add);
        out.set("articles", articles);
        return out;
    }

    /**
     * The store's full-text index ({@code text:query}, Arabic clitics and spellings folded): entities
     * whose name matches (rank 0), entities with a matching mention (rank 1), and the articles whose
     * text, headline, mentions or quotations match, best first.
     */
    private void textSearch(String q, int limit, Map<String, Hit> hits, ArrayNode articles) {
        String lucene = FmtUtils.stringForNode(NodeFactory.createLiteralString(
                org.apache.lucene.queryparser.classic.QueryParserBase.escape(q.strip())));
        select("""
                SELECT ?e (MIN(?rank) AS ?best) WHERE {
                  (?s ?score) text:query (%s 500) .
                  { BIND(?s AS ?e) BIND(0 AS ?rank) FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(rwid:))) }
                  UNION { ?s itsrdf:taIdentRef ?e BIND(1 AS ?rank) }
                } GROUP BY ?e""".formatted(lucene), Map.of(), s -> {
            String iri = s.getResource("e").getURI();
            hits.put(iri, new Hit(iri, s.getLiteral("best").getInt()));
        });
        select("""
                SELECT ?g (MAX(?score) AS ?best) (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) WHERE {
                  (?s ?score ?t ?g) text:query (%s 500) .
                  ?g a schema:NewsArticle .
                  OPTIONAL { ?g schema:headline ?h } OPTIONAL { ?g schema:datePublished ?d }
                } GROUP BY ?g ORDER BY DESC(?best) LIMIT %d""".formatted(lucene, limit), Map.of(), s -> {
            ObjectNode a = articles.addObject();
            a.put("iri", s.getResource("g").getURI());
            a.put("id", PM.shortForm(s.getResource("g").getURI()));
            if (s.contains("headline")) a.put("headline", s.getLiteral("headline").getLexicalForm());
            if (s.contains("date")) a.put("date", s.getLiteral("date").getLexicalForm());
        });
    }

    /** Names containing the text (folded), for parts of words the index does not match. */
    private void substringSearch(String needle, Map<String, Hit> hits) {
        select("""
                SELECT DISTINCT ?e ?name WHERE {
                  ?e rdfs:label|skos:altLabel ?name .
                  FILTER(isIRI(?e) && STRSTARTS(STR(?e), STR(rwid:)))
                  FILTER(CONTAINS(%s, ?q))
                } LIMIT 500""".formatted(NORM.formatted("?name")), Map.of("q", NodeFactory.createLiteralString(needle)), s -> {
            String iri = s.getResource("e").getURI();
            String name = normalise(s.getLiteral("name").getLexicalForm());
            int rank = name.equals(needle) ? 0 : name.startsWith(needle) || name.contains(" " + needle) ? 1 : 2;
            hits.merge(iri, new Hit(iri, rank), (a, b) -> a.rank <= b.rank ? a : b);
        });
    }

    private record Hit(String iri, int rank) {}

    /** Lower case, no Arabic diacritics or tatweel, one form of alef, yaa and taa marbuta, single spaces. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "").replaceAll("[\\u0622\\u0623\\u0625\\u0671]", "\u0627")
                .replace('\u0649', '\u064A').replace('\u0629', '\u0647');
        return n.strip().replaceAll("\\s+", " ");
    }

    /** Label, English label, kind, types, alternative names, Wikidata link and mention counts of entities. */
    private Map<String, ObjectNode> describe(Collection<String> iris) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        if (iris.isEmpty()) return out;
        String values = values(iris);
        Map<String, Set<String>> types = new LinkedHashMap<>();
        select("""
                SELECT ?e ?p ?o WHERE {
                  VALUES ?e { %s }
                  VALUES ?p { rdfs:label skos:altLabel rdf:type owl:sameAs }
                  ?e ?p ?o .
                }""".formatted(values), Map.of(), s -> {
            String e = s.getResource("e").getURI();
            ObjectNode n = out.computeIfAbsent(e, ExplorerApi::node);
            String p = s.getResource("p").getURI();
            RDFNode o = s.get("o");
            if (p.equals(Vocab.RDFS + "label") && o.isLiteral()) {
                String lang = o.asLiteral().getLanguage();
                if (lang.equals("en")) {
                    if (!n.has("labelEn")) n.put("labelEn", o.asLiteral().getLexicalForm());
                } else if (!n.has("label") || lang.equals("ar") && !n.path("labelIsAr").asBoolean()) {
                    n.put("label", o.asLiteral().getLexicalForm());
                    n.put("labelIsAr", lang.equals("ar"));
                }
            } else if (p.equals(Vocab.SKOS + "altLabel") && o.isLiteral()) {
                addUnique(n.withArray("altLabels"), o.asLiteral().getLexicalForm());
            } else if (p.equals(Vocab.RDF + "type") && o.isURIResource()) {
                types.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(o.asResource().getURI());
            } else if (p.equals(Vocab.OWL + "sameAs") && o.isURIResource()) {
                addUnique(n.withArray("sameAs"), o.asResource().getURI());
            }
        });
        select("""
                SELECT ?e (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?g) AS ?documents) WHERE {
                  VALUES ?e { %s }
                  GRAPH ?g { ?m itsrdf:taIdentRef ?e }
                } GROUP BY ?e""".formatted(values), Map.of(), s -> {
            ObjectNode n = out.get(s.getResource("e").getURI());
            if (n != null) {
                n.put("mentions", s.getLiteral("mentions").getLong());
                n.put("documents", s.getLiteral("documents").getLong());
            }
        });
        for (var e : out.entrySet()) {
            ObjectNode n = e.getValue();
            n.remove("labelIsAr");
            Set<String> t = types.getOrDefault(e.getKey(), Set.of());
            n.put("kind", kind(t));
            ArrayNode ta = n.putArray("types");
            t.forEach(x -> ta.add(PM.shortForm(x)));
            if (!n.has("label")) n.put("label", n.path("labelEn").asText(PM.shortForm(e.getKey())));
            if (!n.has("mentions")) {
                n.put("mentions", 0);
                n.put("documents", 0);
            }
        }
        // Keep the caller's order.
        Map<String, ObjectNode> ordered = new LinkedHashMap<>();
        for (String iri : iris) if (out.containsKey(iri)) ordered.put(iri, out.get(iri));
        return ordered;
    }

    private static ObjectNode node(String iri) {
        ObjectNode n = JSON.createObjectNode();
        n.put("iri", iri);
        n.put("id", PM.shortForm(iri));
        return n;
    }

    private static void addUnique(ArrayNode a, String v) {
        for (var x : a) if (x.asText().equals(v)) return;
        a.add(v);
    }

    /** The kind the page colours by. */
    static String kind(Set<String> types) {
        if (types.contains(Vocab.SCHEMA + "Person")) return "person";
        if (types.contains(Vocab.SCHEMA + "Event") || types.stream().anyMatch(t -> t.endsWith("Event") || t.endsWith("Session"))) return "event";
        if (types.contains(Vocab.SCHEMA + "Place") || types.contains(Vocab.SCHEMA + "City") || types.contains(Vocab.SCHEMA + "Country")) return "place";
        if (types.contains(Vocab.ORG + "Post") || types.contains(Vocab.RW + "Post")) return "post";
        if (types.stream().anyMatch(t -> t.endsWith("Organization"))) return "organization";
        return "other";
    }

    // ---- entity and neighbours

    /**
     * The entity and its relations: edges are the facts and descriptions linking it to other
     * entities (holds post, met, visited, elected, said, located in, organised…), with their
     * Arabic and English names, plus the relations among those neighbours. Co-mentions (named in
     * the same sentence or article) only when asked for. With {@code doc}, only what that article says.
     */
    private ObjectNode entity(Node e, int limit, boolean comentions, Node doc) {
        String center = e.getURI();
        Map<String, ObjectNode> self = describe(List.of(center));
        if (self.isEmpty()) throw new ApiError(404, "no entity " + PM.shortForm(center) + " in the store");
        Map<String, Node> bind = new LinkedHashMap<>();
        bind.put("e", e);
        if (doc != null) bind.put("doc", doc);
        String graph = doc != null ? "?doc" : "?g";
        Map<String, ObjectNode> edges = new LinkedHashMap<>();
        Set<String> neighbours = new LinkedHashSet<>();
        select("""
                SELECT ?s ?p ?o (COUNT(DISTINCT %1$s) AS ?docs) WHERE {
                  GRAPH %1$s { { ?e ?p ?o BIND(?e AS ?s) } UNION { ?s ?p ?e BIND(?e AS ?o) } }
                  FILTER(isIRI(?s) && isIRI(?o) && ?s != ?o && STRSTARTS(STR(?s), STR(rwid:)) && STRSTARTS(STR(?o), STR(rwid:)))
                } GROUP BY ?s ?p ?o LIMIT %2$d""".formatted(graph, limit * 4), bind, s -> {
            String from = s.getResource("s").getURI(), to = s.getResource("o").getURI();
            neighbours.add(from.equals(center) ? to : from);
            addRelation(edges, from, s.getResource("p").getURI(), to, s.getLiteral("docs").getLong());
        });
        if (!neighbours.isEmpty()) {
            Map<String, Node> among = new LinkedHashMap<>(bind);
            select("""
                    SELECT ?s ?p ?o (COUNT(DISTINCT %1$s) AS ?docs) WHERE {
                      VALUES ?s { %2$s } VALUES ?o { %2$s }
                      GRAPH %1$s { ?s ?p ?o }
                      FILTER(?s != ?o)
                    } GROUP BY ?s ?p ?o LIMIT %3$d""".formatted(graph, values(neighbours), limit * 4), among, s ->
                    addRelation(edges, s.getResource("s").getURI(), s.getResource("p").getURI(), s.getResource("o").getURI(),
                            s.getLiteral("docs").getLong()));
        }
        if (comentions) {
            select("""
                    SELECT ?n (COUNT(DISTINCT ?s) AS ?sentences) (COUNT(DISTINCT %1$s) AS ?docs) WHERE {
                      GRAPH %1$s {
                        ?m1 itsrdf:taIdentRef ?e . ?m2 itsrdf:taIdentRef ?n .
                        FILTER(?n != ?e)
                        OPTIONAL { ?m1 nif:sentence ?s . ?m2 nif:sentence ?s }
                      }
                    } GROUP BY ?n ORDER BY DESC(?sentences) DESC(?docs) LIMIT %2$d""".formatted(graph, limit), bind, s -> {
                String n = s.getResource("n").getURI();
                long sentences = s.getLiteral("sentences").getLong();
                long docs = s.getLiteral("docs").getLong();
                neighbours.add(n);
                ObjectNode edge = JSON.createObjectNode();
                edge.put("source", center);
                edge.put("target", n);
                edge.put("kind", "co-mention");
                edge.put("sentences", sentences);
                edge.put("documents", docs);
                edge.put("label", sentences > 0 ? sentences + (sentences == 1 ? " جملة" : " جمل") : docs + (docs == 1 ? " مقال" : " مقالات"));
                edge.put("labelEn", sentences > 0 ? sentences + " sentence(s)" : docs + " article(s)");
                edges.put("co " + n, edge);
            });
        }
        Map<String, ObjectNode> described = describe(neighbours);
        ObjectNode out = JSON.createObjectNode();
        ObjectNode entity = self.get(center);
        out.set("entity", entity);
        ArrayNode nodes = out.putArray("nodes");
        ObjectNode c = entity.deepCopy();
        c.put("center", true);
        nodes.add(c);
        described.values().forEach(nodes::add);
        ArrayNode ea = out.putArray("edges");
        edges.values().stream().filter(x -> known(x.get("source").asText(), center, described) && known(x.get("target").asText(), center, described))
                .forEach(ea::add);
        out.set("documents", documentsOf(e));
        if (doc != null) out.put("document", doc.getURI());
        return out;
    }

    private static boolean known(String iri, String center, Map<String, ObjectNode> described) {
        return iri.equals(center) || described.containsKey(iri);
    }

    private static void addRelation(Map<String, ObjectNode> edges, String from, String predicate, String to, long docs) {
        String key = from + " " + predicate + " " + to;
        if (edges.containsKey(key)) return;
        RelationLabels.Label l = RelationLabels.of(predicate);
        ObjectNode edge = JSON.createObjectNode();
        edge.put("source", from);
        edge.put("target", to);
        edge.put("kind", "fact");
        edge.put("predicate", PM.shortForm(predicate));
        edge.put("label", l.ar());
        edge.put("labelEn", l.en());
        edge.put("documents", docs);
        edges.put(key, edge);
    }

    /** The articles that mention the entity, newest first: the graph's article filter. */
    private ArrayNode documentsOf(Node e) {
        ArrayNode out = JSON.createArrayNode();
        select("""
                SELECT ?g (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) WHERE {
                  GRAPH ?g { ?m itsrdf:taIdentRef ?e }
                  OPTIONAL { ?g schema:headline ?h } OPTIONAL { ?g schema:datePublished ?d }
                } GROUP BY ?g ORDER BY DESC(?date) ?g LIMIT 200""", Map.of("e", e), s -> {
            ObjectNode d = out.addObject();
            d.put("iri", s.getResource("g").getURI());
            d.put("id", PM.shortForm(s.getResource("g").getURI()));
            if (s.contains("headline")) d.put("headline", s.getLiteral("headline").getLexicalForm());
            if (s.contains("date")) d.put("date", s.getLiteral("date").getLexicalForm());
        });
        return out;
    }

    // ---- article

    /** One article: its text and every entity mention in it (offsets, entity, kind), for highlighting. */
    private ObjectNode article(Node doc) {
        ObjectNode out = JSON.createObjectNode();
        out.put("iri", doc.getURI());
        out.put("id", PM.shortForm(doc.getURI()));
        select("""
                SELECT ?text ?headline ?date ?source WHERE {
                  GRAPH ?doc { ?doc rw:context ?c . ?c nif:isString ?text
                    OPTIONAL { ?doc schema:headline ?headline } OPTIONAL { ?doc schema:datePublished ?date }
                    OPTIONAL { ?doc rw:sourceName ?source } }
                } LIMIT 1""", Map.of("doc", doc), s -> {
            out.put("text", s.getLiteral("text").getLexicalForm());
            for (String k : List.of("headline", "date", "source")) if (s.contains(k)) out.put(k, s.getLiteral(k).getLexicalForm());
        });
        if (!out.has("text")) throw new ApiError(404, "no article " + PM.shortForm(doc.getURI()) + " in the store");
        Map<String, ObjectNode> spans = new LinkedHashMap<>();
        Set<String> entities = new LinkedHashSet<>();
        select("""
                SELECT ?m ?b ?end ?e ?type WHERE {
                  GRAPH ?doc { ?m nif:beginIndex ?b ; nif:endIndex ?end ; rw:mentionType ?type . OPTIONAL { ?m itsrdf:taIdentRef ?e } }
                } ORDER BY ?b""", Map.of("doc", doc), s -> {
            ObjectNode m = JSON.createObjectNode();
            m.put("begin", s.getLiteral("b").getInt());
            m.put("end", s.getLiteral("end").getInt());
            m.put("type", s.getLiteral("type").getLexicalForm());
            if (s.contains("e")) {
                m.put("entity", s.getResource("e").getURI());
                entities.add(s.getResource("e").getURI());
            }
            spans.put(s.getResource("m").getURI(), m);
        });
        Map<String, ObjectNode> described = describe(entities);
        ArrayNode arr = out.putArray("mentions");
        for (ObjectNode m : spans.values()) {
            ObjectNode d = m.has("entity") ? described.get(m.get("entity").asText()) : null;
            if (d != null) {
                m.put("kind", d.path("kind").asText());
                m.put("label", d.path("label").asText());
            } else {
                m.put("kind", m.get("type").asText().toLowerCase(Locale.ROOT));
            }
            arr.add(m);
        }
        return out;
    }

    // ---- timeline

    /**
     * The entity's dated events, oldest first: events it is (or takes part in, organises, is elected
     * at…) with their start and end dates, and its quotations dated by their article.
     */
    private ObjectNode timeline(Node e, int limit) {
        Map<String, ObjectNode> self = describe(List.of(e.getURI()));
        if (self.isEmpty()) throw new ApiError(404, "no entity " + PM.shortForm(e.getURI()) + " in the store");
        List<ObjectNode> items = new ArrayList<>();
        Set<String> events = new LinkedHashSet<>();
        select("""
                SELECT ?ev ?p ?dir (MIN(?s) AS ?start) (MAX(?t) AS ?end) WHERE {
                  { BIND(?e AS ?ev) BIND("self" AS ?dir) } UNION { ?e ?p ?ev BIND("out" AS ?dir) } UNION { ?ev ?p ?e BIND("in" AS ?dir) }
                  ?ev a schema:Event .
                  OPTIONAL { ?ev schema:startDate ?s } OPTIONAL { ?ev schema:endDate ?t }
                  FILTER(BOUND(?s) || BOUND(?t))
                } GROUP BY ?ev ?p ?dir LIMIT %d""".formatted(limit), Map.of("e", e), s -> {
            String ev = s.getResource("ev").getURI();
            if (!events.add(ev)) return;
            ObjectNode item = JSON.createObjectNode();
            item.put("kind", "event");
            item.put("event", ev);
            if (s.contains("start")) item.put("start", s.getLiteral("start").getLexicalForm());
            if (s.contains("end")) item.put("end", s.getLiteral("end").getLexicalForm());
            if (s.contains("p")) {
                RelationLabels.Label l = RelationLabels.of(s.getResource("p").getURI());
                item.put("relation", l.ar());
                item.put("relationEn", l.en());
            }
            items.add(item);
        });
        Map<String, ObjectNode> described = describe(events);
        for (ObjectNode item : items) {
            ObjectNode d = described.get(item.get("event").asText());
            if (d != null) item.put("label", d.path("label").asText());
        }
        select("""
                SELECT ?q ?text ?doc ?date ?headline WHERE {
                  ?q schema:creator ?e ; schema:text ?text ; schema:isPartOf ?doc .
                  OPTIONAL { ?doc schema:datePublished ?date } OPTIONAL { ?doc schema:headline ?headline }
                } LIMIT %d""".formatted(limit), Map.of("e", e), s -> {
            ObjectNode item = JSON.createObjectNode();
            item.put("kind", "quotation");
            item.put("label", s.getLiteral("text").getLexicalForm());
            RelationLabels.Label l = RelationLabels.of(Vocab.SCHEMA + "creator");
            item.put("relation", l.ar());
            item.put("relationEn", l.en());
            item.put("document", s.getResource("doc").getURI());
            if (s.contains("date")) item.put("start", s.getLiteral("date").getLexicalForm());
            if (s.contains("headline")) item.put("headline", s.getLiteral("headline").getLexicalForm());
            items.add(item);
        });
        items.sort(Comparator.comparing((ObjectNode i) -> i.path("start").asText(i.path("end").asText("9999"))));
        ObjectNode out = JSON.createObjectNode();
        out.set("entity", self.get(e.getURI()));
        ArrayNode arr = out.putArray("items");
        items.forEach(arr::add);
        return out;
    }

    // ---- mentions

    private ObjectNode mentions(Node e, int limit) {
        Map<String, ObjectNode> self = describe(List.of(e.getURI()));
        if (self.isEmpty()) throw new ApiError(404, "no entity " + PM.shortForm(e.getURI()) + " in the store");
        record Row(String doc, String anchor, int begin, int end, int sBegin, int sEnd, String context) {}
        List<Row> rows = new ArrayList<>();
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        select("""
                SELECT ?g ?anchor ?b ?end ?sb ?se ?ctx ?headline ?date ?source WHERE {
                  GRAPH ?g {
                    ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?end ;
                       nif:referenceContext ?ctx .
                    OPTIONAL { ?m nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se }
                    OPTIONAL { ?g schema:headline ?headline }
                    OPTIONAL { ?g schema:datePublished ?date }
                    OPTIONAL { ?g rw:sourceName ?source }
                  }
                } ORDER BY DESC(?date) ?g ?b LIMIT %d""".formatted(limit), Map.of("e", e), s -> {
            String g = s.getResource("g").getURI();
            docs.computeIfAbsent(g, k -> {
                ObjectNode d = JSON.createObjectNode();
                d.put("iri", g);
                d.put("id", PM.shortForm(g));
                if (s.contains("headline")) d.put("headline", s.getLiteral("headline").getLexicalForm());
                if (s.contains("date")) d.put("date", s.getLiteral("date").getLexicalForm());
                if (s.contains("source")) d.put("source", s.getLiteral("source").getLexicalForm());
                return d;
            });
            int b = s.getLiteral("b").getInt(), en = s.getLiteral("end").getInt();
            int sb = s.contains("sb") ? s.getLiteral("sb").getInt() : -1, se = s.contains("se") ? s.getLiteral("se").getInt() : -1;
            rows.add(new Row(g, s.getLiteral("anchor").getLexicalForm(), b, en, sb, se, s.getResource("ctx").getURI()));
        });
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> contexts = new LinkedHashSet<>();
        rows.forEach(r -> contexts.add(r.context()));
        if (!contexts.isEmpty()) {
            select("SELECT ?c ?t WHERE { VALUES ?c { %s } ?c nif:isString ?t }".formatted(values(contexts)), Map.of(),
                    s -> texts.put(s.getResource("c").getURI(), s.getLiteral("t").getLexicalForm()));
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("entity", self.get(e.getURI()));
        ArrayNode arr = out.putArray("mentions");
        for (Row r : rows) {
            String text = texts.getOrDefault(r.context(), "");
            ObjectNode m = JSON.createObjectNode();
            m.set("document", docs.get(r.doc()));
            m.put("anchor", r.anchor());
            m.put("begin", r.begin());
            m.put("end", r.end());
            // The sentence, or a window of text around the mention when no sentence is recorded.
            int from = r.sBegin() >= 0 ? r.sBegin() : Math.max(0, r.begin() - 120);
            int to = r.sEnd() >= 0 ? r.sEnd() : Math.min(text.length(), r.end() + 120);
            from = Math.max(0, Math.min(from, text.length()));
            to = Math.max(from, Math.min(to, text.length()));
            String sentence = text.substring(from, to);
            int hb = r.begin() - from, he = r.end() - from;
            if (hb < 0 || he > sentence.length() || hb > he || !sentence.substring(hb, he).equals(r.anchor())) {
                int i = sentence.indexOf(r.anchor());
                hb = i < 0 ? 0 : i;
                he = i < 0 ? 0 : i + r.anchor().length();
            }
            m.put("sentence", sentence);
            m.put("highlightBegin", hb);
            m.put("highlightEnd", he);
            m.put("before", sentence.substring(0, hb));
            m.put("match", sentence.substring(hb, he));
            m.put("after", sentence.substring(he));
            arr.add(m);
        }
        return out;
    }

    // ---- helpers

    private static String values(Collection<String> iris) {
        StringBuilder b = new StringBuilder();
        for (String iri : iris) b.append(FmtUtils.stringForNode(NodeFactory.createURI(iri))).append(' ');
        return b.toString();
    }

    private void select(String query, Map<String, Node> bindings, Consumer<QuerySolution> row) {
        var builder = QueryExecution.dataset(dataset).query(Vocab.sparqlPrologue() + query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        bindings.forEach((k, v) -> builder.substitution(k, TERMS.asRDFNode(v)));
        try (QueryExecution qe = builder.build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) row.accept(rs.next());
        }
    }
}

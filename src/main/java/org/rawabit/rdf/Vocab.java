package org.rawabit.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The IRIs Rawabit writes: its own ontology terms, and the terms it reuses. */
public final class Vocab {
    private Vocab() {}

    public static final String RW = "https://w3id.org/rawabit/ontology#";
    public static final String ID = "https://w3id.org/rawabit/id/";
    public static final String DOC = "https://w3id.org/rawabit/doc/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Prefixes declared in exports and predeclared in queries. */
    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("rw", RW), Map.entry("rwid", ID), Map.entry("rwdoc", DOC), Map.entry("schema", SCHEMA),
            Map.entry("nif", NIF), Map.entry("itsrdf", ITSRDF), Map.entry("prov", PROV), Map.entry("skos", SKOS),
            Map.entry("org", ORG), Map.entry("wd", WD), Map.entry("owl", OWL), Map.entry("rdfs", RDFS),
            Map.entry("rdf", RDF), Map.entry("xsd", XSD));

    /** jena-text's namespace, for {@code text:query} (see the store's full-text index). */
    public static final String TEXT = "http://jena.apache.org/text#";

    /** Prefixes predeclared in queries: the data's own, and {@code text:} for full-text search. */
    public static final Map<String, String> QUERY_PREFIXES = withText();

    private static Map<String, String> withText() {
        Map<String, String> m = new java.util.HashMap<>(PREFIXES);
        m.put("text", TEXT);
        return Map.copyOf(m);
    }

    public static PrefixMapping prefixMapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PREFIXES);
        return pm.lock();
    }

    /** SPARQL PREFIX lines for every project prefix (and {@code text:}). */
    public static String sparqlPrologue() {
        StringBuilder b = new StringBuilder();
        QUERY_PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return b.toString();
    }

    public static Resource rw(String local) {
        return ResourceFactory.createResource(RW + local);
    }

    public static Property rwp(String local) {
        return ResourceFactory.createProperty(RW + local);
    }

    public static Resource schema(String local) {
        return ResourceFactory.createResource(SCHEMA + local);
    }

    public static Property schemap(String local) {
        return ResourceFactory.createProperty(SCHEMA + local);
    }

    public static Resource nif(String local) {
        return ResourceFactory.createResource(NIF + local);
    }

    public static Property nifp(String local) {
        return ResourceFactory.createProperty(NIF + local);
    }

    public static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    public static String entityIri(String id) {
        return ID + id;
    }

    public static String documentIri(String articleId) {
        return DOC + encode(articleId);
    }

    /** Percent-encodes everything but unreserved ASCII, so any article id makes a valid IRI segment. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}

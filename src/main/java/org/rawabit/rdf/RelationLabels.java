package org.rawabit.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;

/**
 * Readable Arabic and English names of the relations the explorer and the demo show: the ontology's own labels
 * ({@code ontology/rawabit.ttl}) for {@code rw:} terms, and {@code ontology/labels.ttl} for the
 * schema.org and W3C Org terms the fact rules use.
 */
public final class RelationLabels {
    public record Label(String ar, String en) {}

    private static final Map<String, Label> LABELS = load();

    private RelationLabels() {}

    private static Map<String, Label> load() {
        Model labels = ModelFactory.createDefaultModel();
        for (String file : new String[] {"ontology/rawabit.ttl", "ontology/labels.ttl"}) {
            try (InputStream in = RelationLabels.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) throw new IllegalStateException("missing bundled " + file);
                RDFDataMgr.read(labels, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Label> out = new HashMap<>();
        labels.listSubjects().forEach(s -> {
            if (!s.isURIResource()) return;
            String ar = null, en = null;
            for (var st : s.listProperties(RDFS.label).toList()) {
                if (!st.getObject().isLiteral()) continue;
                if (st.getLanguage().equals("ar")) ar = st.getString();
                else if (st.getLanguage().equals("en")) en = st.getString();
            }
            if (ar != null || en != null) out.put(s.getURI(), new Label(ar != null ? ar : en, en != null ? en : ar));
        });
        return Map.copyOf(out);
    }

    /** The relation's names; an unknown one is named by its local name. */
    public static Label of(String predicateIri) {
        Label l = LABELS.get(predicateIri);
        if (l != null) return l;
        String local = predicateIri.replaceFirst("^.*[#/]", "");
        return new Label(local, local);
    }
}

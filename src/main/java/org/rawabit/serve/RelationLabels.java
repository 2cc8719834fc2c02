package org.rawabit.serve;

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
import org.rawabit.rdf.Vocab;

/**
 * Readable Arabic and English names of the relations the explorer draws: the ontology's own labels
 * ({@code ontology/rawabit.ttl}) for {@code rw:} terms, and names for the schema.org and W3C Org
 * terms the fact rules use.
 */
final class RelationLabels {
    record Label(String ar, String en) {}

    private static final Map<String, Label> LABELS = load();

    private RelationLabels() {}

    private static Map<String, Label> load() {
        Map<String, Label> out = new HashMap<>();
        out.put(Vocab.ORG + "holds", new Label("يشغل منصب", "holds post"));
        out.put(Vocab.ORG + "postIn", new Label("منصب في", "post in"));
        out.put(Vocab.SCHEMA + "location", new Label("في", "located in"));
        out.put(Vocab.SCHEMA + "containedInPlace", new Label("يقع في", "located in"));
        out.put(Vocab.SCHEMA + "organizer", new Label("نظّم", "organised"));
        out.put(Vocab.SCHEMA + "creator", new Label("قال", "said"));
        out.put(Vocab.SCHEMA + "superEvent", new Label("جزء من", "part of"));
        out.put(Vocab.SCHEMA + "attendee", new Label("شارك", "attended"));
        out.put(Vocab.SCHEMA + "memberOf", new Label("عضو في", "member of"));
        out.put(Vocab.SCHEMA + "locationCreated", new Label("مكان الإرسال", "dateline"));
        Model ontology = ModelFactory.createDefaultModel();
        try (InputStream in = RelationLabels.class.getClassLoader().getResourceAsStream("ontology/rawabit.ttl")) {
            if (in != null) RDFDataMgr.read(ontology, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ontology.listSubjects().forEach(s -> {
            if (!s.isURIResource() || !s.getURI().startsWith(Vocab.RW)) return;
            String ar = null, en = null;
            for (var st : s.listProperties(RDFS.label).toList()) {
                if (!st.getObject().isLiteral()) continue;
                if (st.getLanguage().equals("ar")) ar = st.getString();
                else if (st.getLanguage().equals("en")) en = st.getString();
            }
            if (ar != null || en != null) out.putIfAbsent(s.getURI(), new Label(ar != null ? ar : en, en != null ? en : ar));
        });
        return Map.copyOf(out);
    }

    /** The relation's names; an unknown one is named by its local name. */
    static Label of(String predicateIri) {
        Label l = LABELS.get(predicateIri);
        if (l != null) return l;
        String local = predicateIri.replaceFirst("^.*[#/]", "");
        return new Label(local, local);
    }
}

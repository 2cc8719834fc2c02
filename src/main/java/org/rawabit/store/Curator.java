package org.rawabit.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.rawabit.core.Vocab;
import org.rawabit.store.CurationFile.Action;
import org.rawabit.store.CurationFile.Rule;
import org.rawabit.text.ArabicNormaliser;

/**
 * Applies analysts' corrections ({@link CurationFile}) to the store so that they survive re-ingest.
 *
 * <p>Each curation file is kept in the store as its own named graph,
 * {@code https://w3id.org/rawabit/curation/<file name>}: the rules (one {@code rw:CurationRule}
 * node a row), a {@code rw:Curation} PROV activity that used the file and generated the graph, and
 * every triple the corrections assert (a new label, type or Wikidata link, a merge's
 * {@code owl:sameAs}). Extracted triples stay in the document graphs, so a curated triple is told
 * apart by its graph. What a correction takes away (a rejected mention, a replaced label, type or
 * link) is removed from the document graphs. After every ingest the stored rules run again over
 * the store ({@link #applyStored}), so a re-ingested document is corrected again; applying the
 * same rules twice changes nothing.
 */
public final class Curator {
    public static final String CURATION_NS = "https://w3id.org/rawabit/curation/";

    private static final Node TYPE = RDF.type.asNode(), LABEL = RDFS.label.asNode(), ALT_LABEL = SKOS.altLabel.asNode(),
            SAME_AS = OWL.sameAs.asNode(), SUBJECT = RDF.subject.asNode(), OBJECT = RDF.object.asNode();
    private static final Node ANCHOR = NodeFactory.createURI(Vocab.NIF + "anchorOf");
    private static final Node IDENT = NodeFactory.createURI(Vocab.ITSRDF + "taIdentRef");
    private static final Node NAME_KEY = NodeFactory.createURI(Vocab.RW + "nameKey");
    private static final Node RULE = NodeFactory.createURI(Vocab.RW + "CurationRule");
    private static final Node CURATION = NodeFactory.createURI(Vocab.RW + "Curation");
    private static final Node ACTION = p("action"), FORM = p("form"), ENTITY = p("entity"), VALUE = p("value"), LINE = p("line");

    private final RawabitStore store;

    public Curator(RawabitStore store) {
        this.store = store;
    }

    /** What one application changed; all zero when the store was already curated. */
    public record Changes(int mentionsRemoved, int entitiesRemoved, int merged, int retyped, int relabelled, int linked) {
        public int total() {
            return mentionsRemoved + entitiesRemoved + merged + retyped + relabelled + linked;
        }

        Changes plus(Changes o) {
            return new Changes(mentionsRemoved + o.mentionsRemoved, entitiesRemoved + o.entitiesRemoved, merged + o.merged,
                    retyped + o.retyped, relabelled + o.relabelled, linked + o.linked);
        }
    }

    /** The named graph that holds a curation file's rules and curated triples. */
    public static String graphIri(String fileName) {
        return CURATION_NS + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static boolean isCurationGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(CURATION_NS);
    }

    private static boolean isDocumentGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(Vocab.DOC);
    }

    /**
     * Stores {@code file}'s rules (replacing an earlier version of the same file) and applies every
     * stored rule, all in one write transaction: on any error nothing is changed.
     */
    public Changes install(CurationFile file) {
        Dataset ds = store.dataset();
        return Txn.calculateWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g = NodeFactory.createURI(graphIri(file.name()));
            // Replace the earlier rules of this file; the triples they asserted are derived again by applyAll.
            List<Quad> earlierRules = new ArrayList<>();
            dsg.find(g, Node.ANY, TYPE, RULE).forEachRemaining(q -> dsg.find(g, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(earlierRules::add));
            earlierRules.forEach(dsg::delete);
            writeHeader(dsg, g, file.name());
            for (Rule r : file.rules()) writeRule(dsg, g, r);
            return applyAll(dsg);
        });
    }

    /** Applies the rules already stored (after an ingest or a delete); idempotent. */
    public Changes applyStored() {
        Dataset ds = store.dataset();
        return Txn.calculateWrite(ds, () -> applyAll(ds.asDatasetGraph()));
    }

    /** True when the store holds any curation. */
    public boolean hasRules() {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> !curationGraphs(ds.asDatasetGraph()).isEmpty());
    }

    // ---- the rules as stored

    private static Node p(String local) {
        return NodeFactory.createURI(Vocab.RW + local);
    }

    private static void writeHeader(DatasetGraph dsg, Node g, String fileName) {
        Node activity = NodeFactory.createURI(g.getURI() + "#activity");
        Node prov = NodeFactory.createURI(Vocab.PROV + "Activity");
        dsg.add(g, activity, TYPE, CURATION);
        dsg.add(g, activity, TYPE, prov);
        dsg.add(g, activity, NodeFactory.createURI(Vocab.PROV + "used"), NodeFactory.createLiteralString(fileName));
        dsg.add(g, activity, LABEL, NodeFactory.createLiteralString("curation from " + fileName));
        dsg.add(g, g, TYPE, NodeFactory.createURI(Vocab.PROV + "Entity"));
        dsg.add(g, g, NodeFactory.createURI(Vocab.PROV + "wasGeneratedBy"), activity);
    }

    private static void writeRule(DatasetGraph dsg, Node g, Rule r) {
        Node n = NodeFactory.createURI(g.getURI() + "#line-" + r.line());
        dsg.add(g, n, TYPE, RULE);
        dsg.add(g, n, LINE, NodeFactory.createLiteralDT(String.valueOf(r.line()), XSDDatatype.XSDinteger));
        dsg.add(g, n, ACTION, NodeFactory.createLiteralString(r.action().name()));
        // Entities are kept as strings: a merge must never rewrite the rules that name it.
        if (!r.form().isEmpty()) dsg.add(g, n, FORM, NodeFactory.createLiteralString(r.form()));
        if (!r.entity().isEmpty()) dsg.add(g, n, ENTITY, NodeFactory.createLiteralString(r.entity()));
        if (!r.value().isEmpty()) dsg.add(g, n, VALUE, NodeFactory.createLiteralString(r.value()));
    }

    private static List<Node> curationGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (isCurationGraph(g)) out.add(g);
        });
        return out;
    }

    private static List<Rule> rulesIn(DatasetGraph dsg, Node g) {
        List<Rule> rules = new ArrayList<>();
        dsg.find(g, Node.ANY, TYPE, RULE).forEachRemaining(q -> {
            Node n = q.getSubject();
            rules.add(new Rule(Integer.parseInt(one(dsg, g, n, LINE)), Action.valueOf(one(dsg, g, n, ACTION)),
                    one(dsg, g, n, FORM), one(dsg, g, n, ENTITY), one(dsg, g, n, VALUE)));
        });
        rules.sort(Comparator.comparing(Rule::action).thenComparingInt(Rule::line));
        return rules;
    }

    private static String one(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    // ---- applying them

    /** Rebuilds each curation graph's curated triples from its rules and applies the rules to the document graphs. */
    private Changes applyAll(DatasetGraph dsg) {
        Changes total = new Changes(0, 0, 0, 0, 0, 0);
        for (Node g : curationGraphs(dsg)) {
            List<Rule> rules = rulesIn(dsg, g);
            // Keep the header and the rules; the asserted triples are derived again below.
            Set<Node> keep = new HashSet<>(List.of(g, NodeFactory.createURI(g.getURI() + "#activity")));
            dsg.find(g, Node.ANY, TYPE, RULE).forEachRemaining(q -> keep.add(q.getSubject()));
            List<Quad> derived = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!keep.contains(q.getSubject())) derived.add(q);
            });
            derived.forEach(dsg::delete);
            Set<Quad> before = new HashSet<>(derived);
            for (Rule r : rules) total = total.plus(apply(dsg, g, r, before));
        }
        return total;
    }

    private Changes apply(DatasetGraph dsg, Node curation, Rule r, Set<Quad> curatedBefore) {
        switch (r.action()) {
            case reject -> {
                return r.form().isEmpty() ? rejectEntity(dsg, NodeFactory.createURI(r.entity())) : rejectForm(dsg, r.form());
            }
            case merge -> {
                Node from = NodeFactory.createURI(r.entity()), to = NodeFactory.createURI(r.value());
                int n = SurnameLinker.rewrite(dsg, from, to, Curator::isDocumentGraph);
                if (n > 0 || exists(dsg, to)) dsg.add(curation, from, SAME_AS, to);
                return new Changes(0, 0, n > 0 ? 1 : 0, 0, 0, 0);
            }
            case retype -> {
                int changed = 0;
                for (Node e : targets(dsg, r)) {
                    List<Quad> types = docQuads(dsg, e, TYPE);
                    Set<String> wanted = new HashSet<>(CurationFile.TYPES.get(r.value()));
                    boolean same = types.stream().map(q -> q.getObject().getURI()).collect(java.util.stream.Collectors.toSet()).equals(wanted);
                    if (!types.isEmpty() && !same) changed++;
                    types.forEach(dsg::delete);
                    for (String c : CurationFile.TYPES.get(r.value())) dsg.add(curation, e, TYPE, NodeFactory.createURI(c));
                }
                return new Changes(0, 0, 0, changed, 0, 0);
            }
            case relabel -> {
                int changed = 0;
                Node label = NodeFactory.createLiteralLang(r.value(), "ar");
                for (Node e : targets(dsg, r)) {
                    for (Quad q : docQuads(dsg, e, LABEL)) {
                        if (!"ar".equals(q.getObject().getLiteralLanguage())) continue;
                        dsg.delete(q);
                        if (!q.getObject().equals(label)) dsg.add(q.getGraph(), e, ALT_LABEL, q.getObject());
                        changed++;
                    }
                    dsg.add(curation, e, LABEL, label);
                }
                return new Changes(0, 0, 0, 0, changed, 0);
            }
            case link -> {
                int changed = 0;
                Node wd = NodeFactory.createURI(Vocab.WD + r.value());
                for (Node e : targets(dsg, r)) {
                    for (Quad q : docQuads(dsg, e, SAME_AS)) {
                        if (q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.WD)) {
                            dsg.delete(q);
                            if (!q.getObject().equals(wd)) changed++;
                        }
                    }
                    if (!curatedBefore.contains(Quad.create(curation, e, SAME_AS, wd))) changed++;
                    dsg.add(curation, e, SAME_AS, wd);
                }
                return new Changes(0, 0, 0, 0, 0, changed);
            }
            default -> throw new IllegalStateException(r.action().name());
        }
    }

    /** The entity a rule names, or the entities whose name key is its form's, that some document holds. */
    private static List<Node> targets(DatasetGraph dsg, Rule r) {
        Set<Node> out = new LinkedHashSet<>();
        if (!r.entity().isEmpty()) {
            Node e = NodeFactory.createURI(r.entity());
            if (exists(dsg, e)) out.add(e);
        } else {
            // An entity is named by the form when its name key, or the key of one of its labels, is the form's.
            String key = ArabicNormaliser.nameKey(r.form());
            for (Node p : List.of(NAME_KEY, LABEL, ALT_LABEL)) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (isDocumentGraph(q.getGraph()) && q.getObject().isLiteral()
                            && (p == NAME_KEY ? q.getObject().getLiteralLexicalForm().equals(key)
                                    : ArabicNormaliser.nameKey(q.getObject().getLiteralLexicalForm()).equals(key))) {
                        out.add(q.getSubject());
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    private static boolean exists(DatasetGraph dsg, Node e) {
        var it = dsg.find(Node.ANY, e, Node.ANY, Node.ANY);
        while (it.hasNext()) if (isDocumentGraph(it.next().getGraph())) return true;
        return false;
    }

    private static List<Quad> docQuads(DatasetGraph dsg, Node s, Node p) {
        List<Quad> out = new ArrayList<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph())) out.add(q);
        });
        return out;
    }

    /** Removes the mentions whose text has {@code form}'s name key, and the entities left without a mention in that document. */
    private static Changes rejectForm(DatasetGraph dsg, String form) {
        String key = ArabicNormaliser.nameKey(form);
        List<Quad> hits = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, ANCHOR, Node.ANY).forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph()) && q.getObject().isLiteral()
                    && ArabicNormaliser.nameKey(q.getObject().getLiteralLexicalForm()).equals(key)
                    && dsg.find(q.getGraph(), q.getSubject(), IDENT, Node.ANY).hasNext()) {
                hits.add(q);
            }
        });
        int mentions = 0, entities = 0;
        Set<Quad> orphans = new LinkedHashSet<>(); // (graph, entity) pairs to check afterwards
        for (Quad q : hits) {
            dsg.find(q.getGraph(), q.getSubject(), IDENT, Node.ANY).forEachRemaining(i -> orphans.add(Quad.create(q.getGraph(), i.getObject(), IDENT, i.getObject())));
            removeNode(dsg, q.getGraph(), q.getSubject());
            mentions++;
        }
        for (Quad o : orphans) {
            if (!dsg.find(o.getGraph(), Node.ANY, IDENT, o.getSubject()).hasNext()) {
                removeEntity(dsg, o.getGraph(), o.getSubject());
                entities++;
            }
        }
        return new Changes(mentions, entities, 0, 0, 0, 0);
    }

    /** Removes an entity, its mentions and the facts about it from every document graph. */
    private static Changes rejectEntity(DatasetGraph dsg, Node e) {
        int mentions = 0, entities = 0;
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, e, Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        dsg.find(Node.ANY, Node.ANY, Node.ANY, e).forEachRemaining(q -> graphs.add(q.getGraph()));
        for (Node g : graphs) {
            if (!isDocumentGraph(g)) continue;
            List<Node> ms = new ArrayList<>();
            dsg.find(g, Node.ANY, IDENT, e).forEachRemaining(q -> ms.add(q.getSubject()));
            for (Node m : ms) removeNode(dsg, g, m);
            mentions += ms.size();
            removeEntity(dsg, g, e);
            entities++;
        }
        return new Changes(mentions, entities, 0, 0, 0, 0);
    }

    /** Removes every triple about {@code e} or pointing at it in graph {@code g}, and the fact statements about it. */
    private static void removeEntity(DatasetGraph dsg, Node g, Node e) {
        List<Node> statements = new ArrayList<>();
        dsg.find(g, Node.ANY, SUBJECT, e).forEachRemaining(q -> statements.add(q.getSubject()));
        dsg.find(g, Node.ANY, OBJECT, e).forEachRemaining(q -> statements.add(q.getSubject()));
        for (Node s : statements) removeNode(dsg, g, s);
        removeNode(dsg, g, e);
    }

    private static void removeNode(DatasetGraph dsg, Node g, Node n) {
        List<Quad> qs = new ArrayList<>();
        dsg.find(g, n, Node.ANY, Node.ANY).forEachRemaining(qs::add);
        dsg.find(g, Node.ANY, Node.ANY, n).forEachRemaining(qs::add);
        qs.forEach(dsg::delete);
    }
}

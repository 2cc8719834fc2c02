package org.rawabit.serve;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Graph Store Protocol handlers whose default graph is what SPARQL queries see as the default
 * graph: the union of the document graphs. (TDB2's stored default graph is empty here; Fuseki's
 * GSP would answer {@code GET ?default} with no triples.)
 */
final class UnionDefaultGraphStore {
    private UnionDefaultGraphStore() {}

    /** Answers {@code GET ?default} with the union graph; false for any other request. */
    static boolean getDefault(HttpAction action) {
        if (action.getRequestParameter("default") == null || action.getRequestParameter("graph") != null) return false;
        MediaType type = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        action.beginRead();
        try {
            ActionLib.graphResponse(action, action.getActiveDSG().getUnionGraph(), lang);
            ServletOps.success(action);
        } finally {
            action.endRead();
        }
        return true;
    }

    /** Read-only Graph Store. */
    static final class Read extends GSP_R {
        @Override
        protected void execGetGSP(HttpAction action) {
            if (!getDefault(action)) super.execGetGSP(action);
        }
    }

    /** Read-write Graph Store (writes to the default graph still go to TDB2's stored default graph). */
    static final class ReadWrite extends GSP_RW {
        @Override
        protected void execGetGSP(HttpAction action) {
            if (!getDefault(action)) super.execGetGSP(action);
        }
    }
}

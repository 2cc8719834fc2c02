package org.rawabit.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.rawabit.core.Vocab;

/**
 * A plain-text table of results that stays aligned with Arabic: widths count what a terminal
 * draws (combining marks take no column, wide characters two), and on a terminal each cell is isolated
 * with Unicode bidi marks so right-to-left text cannot reorder the columns around it.
 */
public final class TextTable {
    private TextTable() {}

    private static final PrefixMapping PREFIXES = Vocab.prefixMapping();
    /** First-strong isolate … pop directional isolate: keeps each cell's direction to itself. */
    private static final char FSI = '\u2068', PDI = '\u2069';

    /**
     * True when standard output is a terminal: only there do bidi isolation marks help, while in a
     * pipe or a file they are invisible bytes that break {@code grep}, {@code cut} and diffs.
     */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    /** The table, with each cell in bidi isolation marks when {@code isolate} is set. */
    public static String render(List<String> vars, List<QuerySolution> rows, boolean isolate) {
        List<List<String>> cells = new ArrayList<>();
        for (QuerySolution s : rows) {
            List<String> r = new ArrayList<>();
            for (String v : vars) r.add(show(s.get(v)));
            cells.add(r);
        }
        return grid(vars, cells, isolate) + rows.size() + (rows.size() == 1 ? " row\n" : " rows\n");
    }

    /** A bordered grid of {@code cells} under {@code headers}, columns as wide as their widest cell. */
    public static String grid(List<String> headers, List<List<String>> cells, boolean isolate) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            width[i] = displayWidth(headers.get(i));
            for (List<String> r : cells) width[i] = Math.max(width[i], displayWidth(r.get(i).replace('\n', ' ')));
        }
        StringBuilder b = new StringBuilder();
        rule(b, width);
        row(b, headers, width, isolate);
        rule(b, width);
        for (List<String> r : cells) row(b, r, width, isolate);
        rule(b, width);
        return b.toString();
    }

    static String show(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return PREFIXES.shortForm(n.asResource().getURI());
        if (n.isLiteral()) {
            var l = n.asLiteral();
            if (!l.getLanguage().isEmpty()) return l.getLexicalForm() + "@" + l.getLanguage();
            return l.getLexicalForm();
        }
        return "_:" + n.asResource().getId().getLabelString();
    }

    private static void rule(StringBuilder b, int[] width) {
        b.append('+');
        for (int w : width) b.append("-".repeat(w + 2)).append('+');
        b.append('\n');
    }

    private static void row(StringBuilder b, List<String> cells, int[] width, boolean isolate) {
        b.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replace('\n', ' ');
            b.append(' ').append(isolate ? FSI + c + PDI : c).append(" ".repeat(width[i] - displayWidth(c))).append(" |");
        }
        b.append('\n');
    }

    /** Columns a terminal uses for {@code s}. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}

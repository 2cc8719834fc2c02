package org.rawabit.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.rawabit.core.Vocab;

/**
 * The named queries of a folder (by default {@code queries/} in the working directory): every
 * {@code NAME.rq} file is a SPARQL query (project prefixes predeclared) with a comment header:
 *
 * <pre>
 * # Entities of one type, most mentioned first.          ← description (comment lines before the first @)
 * #
 * # @param type iri default=schema:Person  the class      ← @param NAME TYPE [default=VALUE] [description]
 * # @param name string@ar  part of an Arabic label
 * SELECT … WHERE { ?e a ?type … }                          ← parameters are the variables of the same name
 * </pre>
 *
 * TYPE is {@code string}, {@code string@LANG}, {@code iri}, {@code integer}, {@code decimal},
 * {@code date}, {@code gYear} or {@code boolean}. Values are never pasted into the query text:
 * each is parsed into an RDF term of its type and substituted for the variable in the parsed
 * query (Jena's syntax substitution), so a value cannot change the query's structure. A query
 * without any {@code @param} line accepts any of its variables as a parameter (strings by
 * default; IRIs when written {@code <…>} or {@code prefix:name}; numbers when numeric).
 */
public final class NamedQueries {
    private static final Pattern PARAM = Pattern.compile("^@param\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s*(.*)$");
    private static final Pattern DEFAULT = Pattern.compile("^default=(\"[^\"]*\"|'[^']*'|\\S+)\\s*(.*)$");

    private final Path dir;
    private final Map<String, NamedQuery> queries;
    private final List<String> problems;

    private NamedQueries(Path dir, Map<String, NamedQuery> queries, List<String> problems) {
        this.dir = dir;
        this.queries = queries;
        this.problems = problems;
    }

    /** Reads {@code dir/*.rq}; a missing folder gives an empty set. Bad headers are reported, not fatal. */
    public static NamedQueries load(Path dir) {
        Map<String, NamedQuery> out = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                    try {
                        NamedQuery q = parse(f, Files.readString(f, StandardCharsets.UTF_8));
                        out.put(q.name(), q);
                    } catch (IOException | IllegalArgumentException e) {
                        problems.add(f + ": " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                problems.add(dir + ": " + e.getMessage());
            }
        }
        return new NamedQueries(dir, out, problems);
    }

    /** Reads one query file with its header (for {@code rawabit query FILE.rq --param k=v}). */
    public static NamedQuery read(Path file) throws IOException {
        return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses one file's header. */
    static NamedQuery parse(Path file, String text) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        List<String> description = new ArrayList<>();
        List<NamedQuery.Param> params = new ArrayList<>();
        boolean inDescription = true;
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break;
            String c = l.replaceFirst("^#+\\s?", "").strip();
            if (c.startsWith("@param")) {
                inDescription = false;
                params.add(param(c));
            } else if (c.startsWith("@")) {
                inDescription = false;
            } else if (c.isEmpty()) {
                if (!description.isEmpty()) inDescription = false;
            } else if (inDescription) {
                description.add(c);
            }
        }
        return new NamedQuery(name, String.join(" ", description), List.copyOf(params), text, file);
    }

    private static NamedQuery.Param param(String line) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) throw new IllegalArgumentException("bad header line '" + line + "' (expected '@param NAME TYPE [default=VALUE] description')");
        String typeText = m.group(2);
        String lang = "";
        if (typeText.startsWith("string@")) {
            lang = typeText.substring("string@".length());
            typeText = "string";
        }
        NamedQuery.Type type = switch (typeText.toLowerCase(Locale.ROOT)) {
            case "string", "text", "literal" -> NamedQuery.Type.string;
            case "iri", "uri", "resource" -> NamedQuery.Type.iri;
            case "integer", "int" -> NamedQuery.Type.integer;
            case "decimal", "number" -> NamedQuery.Type.decimal;
            case "date" -> NamedQuery.Type.date;
            case "gyear", "year" -> NamedQuery.Type.gYear;
            case "boolean", "bool" -> NamedQuery.Type.bool;
            default -> throw new IllegalArgumentException("parameter " + m.group(1) + ": unknown type '" + typeText
                    + "' (use string, string@LANG, iri, integer, decimal, date, gYear or boolean)");
        };
        String rest = m.group(3);
        Optional<String> dflt = Optional.empty();
        Matcher d = DEFAULT.matcher(rest);
        if (d.matches()) {
            dflt = Optional.of(unquote(d.group(1)));
            rest = d.group(2);
        }
        NamedQuery.Param p = new NamedQuery.Param(m.group(1), type, lang, dflt, rest.strip());
        dflt.ifPresent(v -> term(p, v)); // a bad default is reported when the folder is loaded
        return p;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    public Path dir() {
        return dir;
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name));
    }

    /** Files that could not be read, one message each. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The query with {@code args} bound, as SPARQL text for {@link QueryRunner}. Throws
     * {@link IllegalArgumentException} with a one-line message for unknown or missing parameters,
     * ill-typed values and syntax errors in the file.
     */
    public static String bind(NamedQuery q, Map<String, String> args) {
        Query parsed;
        try {
            parsed = SparqlSyntax.parse(q.text());
        } catch (QueryRunner.QueryProblem e) {
            throw new IllegalArgumentException(q.file() + ": " + e.getMessage());
        }
        Map<Var, Node> subst = new LinkedHashMap<>();
        boolean declared = !q.params().isEmpty();
        for (var e : args.entrySet()) {
            Optional<NamedQuery.Param> p = q.param(e.getKey());
            if (p.isPresent()) {
                subst.put(Var.alloc(e.getKey()), term(p.get(), e.getValue()));
            } else if (!declared && mentionsVariable(parsed, e.getKey())) {
                subst.put(Var.alloc(e.getKey()), guessTerm(e.getKey(), e.getValue()));
            } else {
                String known = q.params().isEmpty() ? "it has no parameters" : "its parameters: "
                        + String.join(", ", q.params().stream().map(NamedQuery.Param::name).toList());
                throw new IllegalArgumentException(q.name() + " has no parameter '" + e.getKey() + "' (" + known + ")");
            }
        }
        for (NamedQuery.Param p : q.params()) {
            if (args.containsKey(p.name())) continue;
            if (p.defaultValue().isPresent()) subst.put(Var.alloc(p.name()), term(p, p.defaultValue().get()));
            else throw new IllegalArgumentException(q.name() + " needs " + p.name() + "=<" + p.typeName() + ">"
                    + (p.description().isEmpty() ? "" : " (" + p.description() + ")"));
        }
        if (subst.isEmpty()) return q.text();
        try {
            return QueryTransformOps.replaceVars(parsed, subst).serialize();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(q.name() + ": cannot bind parameters (" + e.getMessage() + ")");
        }
    }

    private static boolean mentionsVariable(Query q, String name) {
        return q.toString().matches("(?s).*[?$]" + Pattern.quote(name) + "\\b.*");
    }

    /** The RDF term for a value of a declared type. */
    static Node term(NamedQuery.Param p, String v) {
        try {
            return switch (p.type()) {
                case string -> p.lang().isEmpty() ? NodeFactory.createLiteralString(v) : NodeFactory.createLiteralLang(v, p.lang());
                case iri -> iri(v);
                case integer -> typed(new java.math.BigInteger(v.strip()).toString(), XSDDatatype.XSDinteger);
                case decimal -> typed(new java.math.BigDecimal(v.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                case date -> typed(java.time.LocalDate.parse(v.strip()).toString(), XSDDatatype.XSDdate);
                case gYear -> typed(String.format("%04d", Integer.parseInt(v.strip())), XSDDatatype.XSDgYear);
                case bool -> switch (v.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> typed("true", XSDDatatype.XSDboolean);
                    case "false", "no", "0" -> typed("false", XSDDatatype.XSDboolean);
                    default -> throw new IllegalArgumentException("not a boolean");
                };
            };
        } catch (RuntimeException e) {
            String hint = switch (p.type()) {
                case iri -> "an IRI such as schema:Person or <https://w3id.org/rawabit/id/…>";
                case integer -> "a whole number";
                case decimal -> "a number";
                case date -> "a date such as 2025-11-24";
                case gYear -> "a year such as 2025";
                case bool -> "true or false";
                case string -> "text";
            };
            throw new IllegalArgumentException(p.name() + "=" + v + ": expected " + hint);
        }
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node guessTerm(String name, String v) {
        String s = v.strip();
        if (s.startsWith("<") && s.endsWith(">") || s.matches("[A-Za-z][\\w-]*:[^\\s]*") && Vocab.PREFIXES.containsKey(s.substring(0, s.indexOf(':')))
                || s.startsWith("http://") || s.startsWith("https://")) {
            return term(new NamedQuery.Param(name, NamedQuery.Type.iri, "", Optional.empty(), ""), s);
        }
        if (s.matches("-?\\d+")) return typed(s, XSDDatatype.XSDinteger);
        if (s.matches("-?\\d+\\.\\d+")) return typed(s, XSDDatatype.XSDdecimal);
        return NodeFactory.createLiteralString(v);
    }

    /** {@code <…>}, a full http(s)/urn IRI, or {@code prefix:local} with a project prefix. */
    static Node iri(String v) {
        String s = v.strip();
        String full;
        if (s.startsWith("<") && s.endsWith(">")) {
            full = s.substring(1, s.length() - 1);
        } else if (s.matches("(?i)(https?|urn):.*")) {
            full = s;
        } else {
            int colon = s.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("no prefix");
            String ns = Vocab.PREFIXES.get(s.substring(0, colon));
            if (ns == null) throw new IllegalArgumentException("unknown prefix");
            full = ns + s.substring(colon + 1);
        }
        if (full.isEmpty() || full.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) || !full.contains(":")) {
            throw new IllegalArgumentException("not an IRI");
        }
        return NodeFactory.createURI(full);
    }
}

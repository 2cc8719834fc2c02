package org.rawabit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages point one way: the graph of which package names which (imports and fully qualified
 * names in src/main/java) has no cycle. A cycle is reported as its packages and, for each edge,
 * one file that makes it.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/rawabit");
    private static final Pattern REFERENCE = Pattern.compile("org\\.rawabit\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    /** Package → packages it names → one file that names it. */
    static Map<String, Map<String, String>> graph(Path root) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = root.relativize(f.getParent()).toString().replace('/', '.');
                Map<String, String> edges = out.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(from)) edges.putIfAbsent(m.group(1), f.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Strongly connected groups of more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Map<String, String>> g) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : g.keySet()) if (!index.containsKey(v)) strong(v, g, index, low, stack, out);
        return out;
    }

    private static void strong(String v, Map<String, Map<String, String>> g, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : g.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                strong(w, g, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) out.add(group);
        }
    }

    @Test
    void noPackageCycle() {
        Map<String, Map<String, String>> g = graph(SOURCES);
        assertTrue(g.size() > 10, "found the packages");
        List<String> report = new ArrayList<>();
        for (Set<String> cycle : cycles(g)) {
            for (String p : cycle) {
                g.get(p).forEach((q, file) -> {
                    if (cycle.contains(q)) report.add(p + " -> " + q + " (" + file + ")");
                });
            }
        }
        assertEquals(List.of(), report, "package cycles");
    }

    @Test
    void findsACycleWhenThereIsOne(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("a/A.java"), "package org.rawabit.a; import org.rawabit.b.B; class A {}");
        Files.writeString(dir.resolve("b/B.java"), "package org.rawabit.b; class B { org.rawabit.a.A a; }");
        Files.writeString(dir.resolve("c/C.java"), "package org.rawabit.c; import org.rawabit.a.A; class C {}");
        assertEquals(List.of(Set.of("a", "b")), cycles(graph(dir)));
    }

    @Test
    void factsNeverNamesRdf() {
        assertTrue(!graph(SOURCES).get("facts").containsKey("rdf"), "facts must not depend on rdf");
    }
}

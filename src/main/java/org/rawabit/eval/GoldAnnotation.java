package org.rawabit.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reader's annotation of one article (seeds/gold/ID.tsv, format in seeds/README.md): its
 * entities, each with a type, a canonical name and every surface form, and its facts as
 * (subject, predicate path, object).
 */
public record GoldAnnotation(String articleId, List<Entity> entities, List<Fact> facts) {

    /** The types a gold entity may have; Person … Event are scored together, Post apart. */
    public static final List<String> TYPES = List.of("Person", "Organization", "Place", "Event", "Post");

    public GoldAnnotation {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** One entity: type, canonical name and the surface forms the article uses. */
    public record Entity(String type, String canonical, List<String> forms) {
        public Entity {
            forms = List.copyOf(forms);
        }

        /** The canonical name and every form. */
        public Set<String> names() {
            Set<String> all = new LinkedHashSet<>(forms);
            all.add(canonical);
            return all;
        }
    }

    /**
     * One fact. {@code subject} and {@code object} are a gold entity's canonical name, {@code DOC}
     * (the article itself), {@code «words»} (a text the node's schema:text contains) or a value.
     *
     * @param predicate a SPARQL property path with the project's prefixes ("org:holds", "^rw:elected/rw:voteCount")
     * @param line      line of the gold file, for messages
     */
    public record Fact(String subject, String predicate, String object, int line) {
        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }

    public Optional<Entity> entity(String canonical) {
        return entities.stream().filter(e -> e.canonical().equals(canonical)).findFirst();
    }

    /** Reads ID.tsv; a malformed line is reported with the file and line number. */
    public static GoldAnnotation read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".tsv")) throw new IllegalArgumentException(file + ": a gold file ends in .tsv");
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = lines.get(i).split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (f.length != 4 || Arrays.stream(f).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(where + "expected 4 non-empty tab-separated fields, found " + f.length);
            }
            switch (f[0].strip()) {
                case "E" -> {
                    if (!TYPES.contains(f[1].strip())) throw new IllegalArgumentException(where + "unknown type '" + f[1] + "' (one of " + TYPES + ")");
                    entities.add(new Entity(f[1].strip(), f[2].strip(), Arrays.stream(f[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
                }
                case "F" -> facts.add(new Fact(f[1].strip(), f[2].strip(), f[3].strip(), i + 1));
                default -> throw new IllegalArgumentException(where + "a line starts with E (entity) or F (fact), not '" + f[0] + "'");
            }
        }
        return new GoldAnnotation(name.substring(0, name.length() - 4), entities, facts);
    }
}

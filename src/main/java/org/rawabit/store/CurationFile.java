package org.rawabit.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rawabit.core.Vocab;
import org.rawabit.read.InputProblem;

/**
 * A curation file: CSV with the header {@code action,form,entity,value}, one correction a row.
 * The whole file is checked before anything is applied; the first bad row is reported with its
 * line number.
 *
 * <ul>
 *   <li>{@code reject}: the {@code form} (a surface text) or the {@code entity} is never an entity;
 *   <li>{@code merge}: {@code entity} and {@code value} (an entity) are one thing, kept as {@code value};
 *   <li>{@code retype}: {@code entity} (or the entities named {@code form}) has the type {@code value};
 *   <li>{@code relabel}: its Arabic label is {@code value};
 *   <li>{@code link}: it is the Wikidata item {@code value} ({@code Q} and digits).
 * </ul>
 * Entities are given as {@code rwid:ID}, a full IRI or a bare id.
 */
public record CurationFile(String name, List<Rule> rules) {
    public enum Action { reject, merge, retype, relabel, link }

    /**
     * One row. {@code entity} is a full IRI or empty; {@code form} a surface text or empty;
     * {@code value} the row's value (an entity IRI for merge).
     */
    public record Rule(int line, Action action, String form, String entity, String value) {}

    /** The types {@code retype} accepts, with the classes each one means. */
    public static final Map<String, List<String>> TYPES = Map.of(
            "Person", List.of(Vocab.SCHEMA + "Person"),
            "Organization", List.of(Vocab.SCHEMA + "Organization"),
            "GovernmentOrganization", List.of(Vocab.SCHEMA + "Organization", Vocab.SCHEMA + "GovernmentOrganization"),
            "Place", List.of(Vocab.SCHEMA + "Place"),
            "Country", List.of(Vocab.SCHEMA + "Place", Vocab.SCHEMA + "Country"),
            "City", List.of(Vocab.SCHEMA + "Place", Vocab.SCHEMA + "City"),
            "Region", List.of(Vocab.SCHEMA + "Place", Vocab.RW + "Region"),
            "Event", List.of(Vocab.SCHEMA + "Event"));

    private static final List<String> HEADER = List.of("action", "form", "entity", "value");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9]\\d*");

    public CurationFile {
        rules = List.copyOf(rules);
    }

    public static CurationFile read(Path file) throws InputProblem {
        String name = file.toString();
        if (!Files.isRegularFile(file)) throw new InputProblem(name, Files.exists(file) ? "not a file" : "no such file");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            List<String> header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw new InputProblem(name + ":1", "the header must be action,form,entity,value, not " + String.join(",", header));
            }
            List<Rule> rules = new ArrayList<>();
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                if (rec.size() != 4) throw new InputProblem(name + ":" + line, "expected 4 fields (action,form,entity,value), found " + rec.size());
                rules.add(rule(name, line, rec.get(0), rec.get(1), rec.get(2), rec.get(3)));
            }
            if (rules.isEmpty()) throw new InputProblem(name, "no corrections below the header");
            return new CurationFile(file.getFileName().toString(), rules);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InputProblem(name, "not a readable CSV file: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static Rule rule(String file, int line, String actionText, String form, String entityText, String value) throws InputProblem {
        String where = file + ":" + line;
        Action action;
        try {
            action = Action.valueOf(actionText.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputProblem(where, "unknown action '" + actionText + "' (reject, merge, retype, relabel or link)");
        }
        form = form.strip();
        value = value.strip();
        String entity = entityText.isBlank() ? "" : entityIri(where, entityText);
        switch (action) {
            case reject -> {
                if (form.isEmpty() == entity.isEmpty()) throw new InputProblem(where, "reject takes a form or an entity (one of the two)");
            }
            case merge -> {
                if (entity.isEmpty() || value.isEmpty()) throw new InputProblem(where, "merge takes an entity and, in value, the entity it is the same as");
                value = entityIri(where, value);
                if (value.equals(entity)) throw new InputProblem(where, "merge of an entity with itself");
            }
            case retype, relabel, link -> {
                if (form.isEmpty() == entity.isEmpty()) throw new InputProblem(where, action + " takes a form or an entity (one of the two)");
                if (value.isEmpty()) throw new InputProblem(where, action + " needs a value");
                if (action == Action.retype && !TYPES.containsKey(value)) {
                    throw new InputProblem(where, "unknown type '" + value + "' (" + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ")");
                }
                if (action == Action.link && !WIKIDATA.matcher(value).matches()) {
                    throw new InputProblem(where, "link needs a Wikidata id such as Q1028 in value, not '" + value + "'");
                }
            }
        }
        return new Rule(line, action, form, entity, value);
    }

    /** {@code rwid:ID}, {@code <IRI>}, a full IRI or a bare id, as the entity's IRI. */
    static String entityIri(String where, String given) throws InputProblem {
        String s = given.strip().replaceAll("^<|>$", "");
        if (s.startsWith(Vocab.ID)) return s;
        if (s.startsWith("rwid:")) s = s.substring(5);
        if (s.isEmpty() || !s.matches("[\\p{L}\\p{N}_.\\-]+")) {
            throw new InputProblem(where, "'" + given + "' is not an entity id (rwid:ID or " + Vocab.ID + "ID)");
        }
        return Vocab.entityIri(s);
    }
}

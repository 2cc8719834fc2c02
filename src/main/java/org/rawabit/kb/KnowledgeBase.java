package org.rawabit.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rawabit.read.InputProblem;
import org.rawabit.text.Affixes;
import org.rawabit.text.ArabicNormaliser;

/**
 * Known entities from the bundled CSVs under {@code ontology/kb/} and from users' own CSVs
 * ({@code --kb FILE}), indexed by the word keys of every Arabic spelling for gazetteer matching.
 */
public final class KnowledgeBase {
    /** Bundled files, in load order; a later file may not redefine an id. */
    public static final List<String> BUNDLED = List.of(
            "ontology/kb/countries.csv", "ontology/kb/cities.csv", "ontology/kb/organizations.csv",
            "ontology/kb/posts.csv", "ontology/kb/regions.csv", "ontology/kb/provinces.csv", "ontology/kb/places.csv");

    public static final List<String> COLUMNS = List.of("id", "type", "label_ar", "label_en", "variants_ar", "variants_en", "wikidata", "part_of");

    private final Map<String, KbEntry> byId = new LinkedHashMap<>();
    private String fingerprint;
    /** First word (folded, article kept) → the names starting with it, as word arrays, longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** Lower-cased English name or acronym → entities (for "… (FSB)"). */
    private final Map<String, List<KbEntry>> byEnglish = new HashMap<>();
    /** Whole-name key → entities spelled that way. */
    private final Map<String, List<KbEntry>> byNameKey = new HashMap<>();

    /** A spelling of a known entity, split into word keys. */
    public record Name(String[] words, KbEntry entry) {}

    public static KnowledgeBase bundled() {
        return Cache.BUNDLED_KB;
    }

    private static final class Cache {
        static final KnowledgeBase BUNDLED_KB = loadBundled();
    }

    private static KnowledgeBase loadBundled() {
        KnowledgeBase kb = new KnowledgeBase();
        for (String file : BUNDLED) {
            try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) continue; // optional bundled file
                kb.load(new InputStreamReader(in, StandardCharsets.UTF_8), file);
            } catch (IOException | InputProblem e) {
                throw new IllegalStateException("bundled knowledge base is broken: " + e.getMessage(), e);
            }
        }
        return kb;
    }

    /** The bundled entities plus the users' CSV files. */
    public static KnowledgeBase withUserFiles(List<Path> files) throws InputProblem {
        if (files.isEmpty()) return bundled();
        KnowledgeBase kb = loadBundled();
        for (Path f : files) {
            if (!Files.isReadable(f)) throw new InputProblem(f.toString(), "knowledge-base file not found or not readable");
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                kb.load(r, f.toString());
            } catch (IOException e) {
                throw new InputProblem(f.toString(), "cannot read knowledge-base file: " + e.getMessage());
            }
        }
        return kb;
    }

    void load(Reader reader, String origin) throws IOException, InputProblem {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String c : List.of("id", "type", "label_ar")) {
                if (!parser.getHeaderMap().containsKey(c)) {
                    throw new InputProblem(origin, "knowledge-base CSV needs columns " + COLUMNS + "; missing '" + c + "'");
                }
            }
            for (CSVRecord r : parser) {
                String where = origin + ":" + r.getRecordNumber();
                String id = get(r, "id");
                KbType type;
                try {
                    type = KbType.valueOf(get(r, "type"));
                } catch (IllegalArgumentException e) {
                    throw new InputProblem(where, "unknown type '" + get(r, "type") + "' (one of " + Arrays.toString(KbType.values()) + ")");
                }
                if (id.isEmpty() || get(r, "label_ar").isEmpty()) throw new InputProblem(where, "id and label_ar are required");
                String qid = get(r, "wikidata");
                if (!qid.isEmpty() && !qid.matches("Q[0-9]+")) throw new InputProblem(where, "wikidata must look like Q1028, got '" + qid + "'");
                if (byId.containsKey(id)) throw new InputProblem(where, "duplicate id '" + id + "'");
                KbEntry e = new KbEntry(id, type, get(r, "label_ar"), get(r, "label_en"), split(get(r, "variants_ar")),
                        split(get(r, "variants_en")), qid.isEmpty() ? Optional.empty() : Optional.of(qid),
                        get(r, "part_of").isEmpty() ? Optional.empty() : Optional.of(get(r, "part_of")));
                add(e);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputProblem(origin, "malformed CSV: " + e.getMessage());
        }
    }

    private void add(KbEntry e) {
        byId.put(e.id(), e);
        List<String> english = new ArrayList<>(e.variantsEn());
        if (!e.labelEn().isBlank()) english.add(e.labelEn());
        for (String en : english) {
            List<KbEntry> same = byEnglish.computeIfAbsent(en.strip().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>());
            if (!same.contains(e)) same.add(e);
        }
        for (String name : e.arabicNames()) {
            String key = ArabicNormaliser.nameKey(name);
            if (key.isEmpty()) continue;
            List<KbEntry> same = byNameKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!same.contains(e)) same.add(e);
            String[] words = ArabicNormaliser.gazetteerWords(name);
            if (words.length == 0) continue;
            List<Name> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
            if (list.stream().anyMatch(n -> n.entry() == e && Arrays.equals(n.words(), words))) continue;
            list.add(new Name(words, e));
            list.sort((a, b) -> b.words().length - a.words().length);
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    private static List<String> split(String s) {
        if (s.isEmpty()) return List.of();
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public Optional<KbEntry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<KbEntry> entries() {
        return byId.values();
    }

    /** Names that start with the given word key, longest first. */
    public List<Name> namesStartingWith(String wordKey) {
        return byFirstWord.getOrDefault(wordKey, List.of());
    }

    /** Entities with this English name or acronym (case-insensitive). */
    public List<KbEntry> byEnglishName(String name) {
        return byEnglish.getOrDefault(name.strip().toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Entities one of whose spellings has exactly this name key (see {@code ArabicNormaliser.nameKey}). */
    public List<KbEntry> byNameKey(String key) {
        return byNameKey.getOrDefault(key, List.of());
    }

    /** Whether a name, as written, is a spelling of a known country, city or region ("بغداد", "الدار البيضاء"). */
    public boolean isPlaceName(String name) {
        return byNameKey(ArabicNormaliser.nameKey(name)).stream()
                .anyMatch(e -> e.type() == KbType.Country || e.type() == KbType.City || e.type() == KbType.Region || e.type() == KbType.Place);
    }

    /**
     * The country a nationality adjective names, given as a name key ("سعودي", "عراقيه", "اسباني", "فرنسيه"):
     * its stem with the endings a country's name takes (سعود+يه, فرنس+ا, اسبان+يا, عراق), when exactly one
     * country has that name.
     */
    public Optional<KbEntry> countryOfAdjective(String adjectiveKey) {
        // the longest nisba ending first ("يه" before "ي")
        String ending = Affixes.NISBA_ENDINGS.stream().filter(adjectiveKey::endsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (ending == null || adjectiveKey.length() - ending.length() < 2) return Optional.empty();
        String stem = adjectiveKey.substring(0, adjectiveKey.length() - ending.length());
        List<String> names = new ArrayList<>(List.of(stem));
        for (String e : Affixes.COUNTRY_NAME_ENDINGS) names.add(stem + e);
        for (String name : names) {
            List<KbEntry> countries = byNameKey(name).stream().filter(e -> e.type() == KbType.Country).toList();
            // "المانيه": the key of "ألمانيا" lost its first two letters as if they were the article ("مانيا")
            if (countries.isEmpty()) countries = byNameKey(ArabicNormaliser.nameKey(name)).stream().filter(e -> e.type() == KbType.Country).toList();
            if (countries.size() == 1) return Optional.of(countries.get(0));
        }
        return Optional.empty();
    }

    /**
     * The masculine nationality adjective of a one-word country name, with its article ("العراق" → "العراقي",
     * "السعودية" → "السعودي", "فرنسا" → "الفرنسي"), when {@link #countryOfAdjective} reads it back as that
     * country; empty otherwise (names of several words, irregular adjectives).
     */
    public Optional<String> nationalityAdjective(KbEntry country) {
        Optional<String> fromLabel = nationalityAdjective(country, country.labelAr());
        if (fromLabel.isPresent() || !country.labelAr().strip().contains(" ")) return fromLabel;
        // "سلطنة عمان": a long label, whose one-word spelling ("عمان") gives the adjective
        for (String variant : country.variantsAr()) {
            Optional<String> a = nationalityAdjective(country, variant);
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private Optional<String> nationalityAdjective(KbEntry country, String spelling) {
        String name = spelling.strip();
        if (name.contains(" ")) return Optional.empty();
        if (name.startsWith(Affixes.ARTICLE)) name = name.substring(Affixes.ARTICLE.length());
        String stem;
        if (name.endsWith("ية")) stem = name.substring(0, name.length() - 1);
        else if (name.endsWith("ا")) stem = name.substring(0, name.length() - 1);
        else stem = name;
        String adjective = stem.endsWith("ي") ? stem : stem + "ي";
        Optional<KbEntry> back = countryOfAdjective(ArabicNormaliser.nameKey(adjective));
        return back.isPresent() && back.get().id().equals(country.id()) ? Optional.of(Affixes.ARTICLE + adjective) : Optional.empty();
    }

    /** Hash of every entity, so stores know when they were built with a different knowledge base. */
    public synchronized String fingerprint() {
        if (fingerprint == null) fingerprint = org.rawabit.core.Ids.sha256Hex(byId.values().toString());
        return fingerprint;
    }

    public int size() {
        return byId.size();
    }
}

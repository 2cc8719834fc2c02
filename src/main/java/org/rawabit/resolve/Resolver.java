package org.rawabit.resolve;

import org.rawabit.text.Affixes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.kb.KbEntry;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.kb.Lexicon;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Ids;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.PartialDate;
import org.rawabit.text.PersonNames;

/**
 * Links mentions to entities. Known entities take their knowledge-base id; others get an id derived
 * from their normalised name, so the same name yields the same entity in every document. Within a
 * document a short form ("حموشي") joins the one full name it ends ("عبد اللطيف حموشي"); when
 * several full names end with it, it stays apart rather than guess.
 */
public final class Resolver {
    private final KnowledgeBase kb;

    /** Known posts by a key without conjunctions and prepositions glued on ("ولمراقبة" → "مراقبه"). */
    private final Map<String, List<KbEntry>> postsByLooseKey = new HashMap<>();

    public Resolver(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            if (MentionType.of(e.type()) != MentionType.POST) continue;
            for (String name : e.arabicNames()) {
                List<KbEntry> same = postsByLooseKey.computeIfAbsent(looseKey(ArabicNormaliser.nameKey(name)), k -> new ArrayList<>());
                if (!same.contains(e)) same.add(e);
            }
        }
    }

    /**
     * "للبنك الأوروبي", "للجنة الأمنية": the segmenter split one lam off and the mention starts after it; the name is read
     * with that ل (ل + the article, written لل), so that it gets its article back. A head with a lam of its own is definite
     * only before its adjective ("للجنة الوطنية"), not in construct ("للجنة الأمم المتحدة"). The surface otherwise.
     */
    private static String namingSurface(String text, Mention m) {
        int lam = m.begin() - 1;
        if (lam < 0 || !m.surface().startsWith(Affixes.LAM) || !text.startsWith(Affixes.LAM, lam)) return m.surface();
        String[] words = m.surface().strip().split("\\s+");
        if (headWithOwnLam(words[0])) {
            String next = words.length > 1 ? ArabicNormaliser.normalise(words[1]) : "";
            if (!next.startsWith(Affixes.ARTICLE) || !Affixes.isNisba(next)) return m.surface();
        }
        int wordStart = lam > 0 && text.startsWith(Affixes.CONJUNCTION, lam - 1) ? lam - 1 : lam;
        return wordStart == 0 || !Character.isLetter(text.charAt(wordStart - 1)) ? Affixes.LAM + m.surface() : m.surface();
    }

    /** "لجنة": an organisation's or post's head noun whose first letter is a lam of its own, not the article's. */
    private static boolean headWithOwnLam(String word) {
        String key = ArabicNormaliser.nameKey(word);
        return Lexicon.get().orgHeads.contains(key) || Lexicon.get().postHeads.contains(key);
    }

    /** A name key with the conjunction و and the preposition ل dropped from its words. */
    private static String looseKey(String key) {
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            if (w.length() > 3 && w.startsWith(Affixes.CONJUNCTION)) w = w.substring(1);
            if (w.length() > 3 && w.startsWith(Affixes.LAM)) w = ArabicNormaliser.stripArticle(Affixes.ALIF + w);
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    public ResolvedDocument resolve(AnalysedDocument doc, List<Mention> mentions) {
        Map<Mention, String> ids = new HashMap<>();
        Map<String, Builder> entities = new LinkedHashMap<>();

        resolvePeople(doc.text(), mentions, ids, entities);
        Map<String, Mention> acronymOf = parenthesisedAcronyms(doc.text(), mentions);
        Map<String, Builder> byAcronymKey = new HashMap<>();
        Set<String> countries = countriesNamed(doc.text(), mentions);
        for (Mention m : mentions) {
            if (m.type() == MentionType.ORG || m.type() == MentionType.LOC || m.type() == MentionType.POST) {
                Mention acronym = m.type() == MentionType.ORG ? acronymOf.get(m.begin() + ":" + m.end()) : null;
                Builder b = known(m).filter(e -> !anotherStates(e, m, countries))
                        .or(() -> byAcronym(doc.text(), m)).or(() -> Optional.ofNullable(acronym).flatMap(this::known))
                        .map(e -> entities.computeIfAbsent(e.id(), k -> Builder.of(e)))
                        .or(() -> Optional.ofNullable(m.type() == MentionType.ORG ? byAcronymKey.get(m.key()) : null))
                        .or(() -> Optional.ofNullable(m.type() == MentionType.POST ? knownPostWithAdjectives(m) : null)
                                .map(e -> entities.computeIfAbsent(e.id(), k -> Builder.of(e))))
                        .orElseGet(() -> {
                            String key = m.key();
                            String id = prefix(m.type()) + "-" + hash(key);
                            return entities.computeIfAbsent(id, k -> new Builder(id, m.type(), kindOf(m.type()), key));
                        });
                b.add(m, namingSurface(doc.text(), m));
                ids.put(m, b.id);
                // "منظمة … (أفريبول)": the acronym, here and wherever the article repeats it, is the same organisation
                if (acronym != null) byAcronymKey.putIfAbsent(acronym.key(), b);
            }
        }
        joinShortPosts(mentions, ids, entities);
        // (before the organs: "الجمعية العامة" is that of the company the article names most, its brand included)
        joinBrandsToTheirCompany(mentions, ids, entities);
        resolveOrgans(mentions, ids, entities);
        String documentScope = "doc" + Ids.sha256Hex(doc.article().id()).substring(0, 10);
        Set<String> ofAState = scopeStateOffices(doc.text(), mentions, ids, entities, documentScope);
        // after the state offices: "محكمة الجنايات", an office every state has, is here the longer court the article names
        // (not one that is a named state's: "وزارة الداخلية" of Bahrain is no longer body the article names)
        joinShortOrganisations(mentions, ids, entities, ofAState);
        // an event whose organiser the article does not name is known only within it
        resolveEvents(doc, mentions, ids, entities, documentScope);

        Map<Mention, MentionValue.Span> within = placesWithin(doc.text(), mentions, ids);
        List<LinkedMention> linked = new ArrayList<>();
        for (Mention m : mentions) {
            MentionValue.Span container = within.get(m);
            Mention x = container == null ? m : new Mention(m.type(), m.begin(), m.end(), m.surface(), m.finder(), m.confidence(), m.kbId(),
                    Optional.of(new MentionValue.Within(new MentionValue.Span(container.begin(), container.end()))), m.key());
            linked.add(new LinkedMention(x, Optional.ofNullable(ids.get(m))));
        }
        return new ResolvedDocument(doc, linked, entities.values().stream().map(Builder::build).toList());
    }

    /**
     * "اللجنة التنفيذية", "الجمعية العامة لمنظمة الأنتربول", "الأمانة العامة للمنظمة": an organ is one
     * entity per organisation it belongs to: the known one named after it, else (bare, or with "the
     * organisation") the known organisation the article names most. Without either it names nothing.
     */
    private void resolveOrgans(List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities) {
        Map<String, String> organs = Lexicon.get().organs;
        Set<String> orgHeads = Lexicon.get().orgHeads;
        String main = mainOrganisation(mentions, ids);
        Set<String> left = new java.util.HashSet<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            if (m.type() != MentionType.ORG || id == null || kb.get(id).isPresent()) continue;
            String[] w = words(m);
            if (w.length < 2 || !organs.containsKey(w[0] + " " + w[1])) continue;
            String owner = null;
            if (w.length == 2) {
                owner = main;
            } else {
                String rest = looseKey(String.join(" ", Arrays.copyOfRange(w, 2, w.length)));
                List<KbEntry> known = kb.byNameKey(rest).stream().filter(e -> MentionType.of(e.type()) == MentionType.ORG).toList();
                if (known.size() == 1) owner = known.get(0).id();
                else if (orgHeads.contains(rest)) owner = main;
                else continue;
            }
            left.add(id);
            if (owner == null) {
                ids.remove(m);
                continue;
            }
            KbEntry ownerEntry = kb.get(owner).orElseThrow();
            String organ = w[0] + " " + w[1];
            String newId = "org-" + hash(organ + " " + owner);
            Builder b = entities.computeIfAbsent(newId, k -> {
                Builder x = new Builder(k, MentionType.ORG, "Organization", organ + " " + ArabicNormaliser.nameKey(ownerEntry.labelAr()));
                x.label = organs.get(organ) + " " + genitive(ownerEntry.labelAr());
                x.fixedLabel = true;
                return x;
            });
            b.add(m);
            ids.put(m, newId);
        }
        // entities whose every mention moved to an organ go
        left.removeAll(ids.values());
        left.forEach(entities::remove);
    }

    /** The known organisation the article names most (at least twice), or null. */
    private String mainOrganisation(List<Mention> mentions, Map<Mention, String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            if (m.type() == MentionType.ORG && id != null && kb.get(id).isPresent()) counts.merge(id, 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * A name as the second term of a construct: "الإنتربول" → "للإنتربول", "أفريبول" → "لأفريبول", and a word that
     * starts with ل after its article keeps two lams, not three: "اللجنة" → "للجنة".
     */
    static String genitive(String name) {
        if (name.startsWith(Affixes.ARTICLE + Affixes.LAM)) return Affixes.LAM + name.substring(2);
        return name.startsWith(Affixes.ARTICLE) ? Affixes.LAM + name.substring(1) : Affixes.LAM + name;
    }

    /**
     * Organisation mentions followed by another organisation mention in parentheses ("منظمة الشرطة
     * الجنائية الإفريقية (أفريبول)"), keyed by the span of the first, so that the two are one.
     */
    private static Map<String, Mention> parenthesisedAcronyms(String text, List<Mention> mentions) {
        Map<String, Mention> out = new HashMap<>();
        List<Mention> orgs = mentions.stream().filter(m -> m.type() == MentionType.ORG).toList();
        for (Mention a : orgs) {
            for (Mention b : orgs) {
                if (b.begin() <= a.end() || b.begin() - a.end() > 4) continue;
                if (org.rawabit.mention.MentionCombiner.enclosedAfter(text, a, b) && b.key().split(" ").length == 1) {
                    out.put(a.begin() + ":" + a.end(), b);
                }
            }
        }
        return out;
    }

    /**
     * "غلاسكو باسكتلندا", "مراكش بالمغرب": a place, then ب and a second place, names where the first
     * lies. Not when the first is a country or the second a city ("أشاد المغرب بفرنسا" praises).
     */
    private Map<Mention, MentionValue.Span> placesWithin(String text, List<Mention> mentions, Map<Mention, String> ids) {
        Map<Mention, MentionValue.Span> out = new HashMap<>();
        List<Mention> places = mentions.stream().filter(m -> m.type() == MentionType.LOC && ids.containsKey(m))
                .sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
        for (int i = 0; i + 1 < places.size(); i++) {
            Mention x = places.get(i), y = places.get(i + 1);
            if (y.begin() < x.end() || y.begin() - x.end() > 4 || ids.get(x).equals(ids.get(y))) continue;
            String between = text.substring(x.end(), y.begin());
            // "بإنجلترا" found with its clitic: the span starts with ب, the name (its key) does not
            boolean glued = between.isBlank() && y.surface().startsWith(Affixes.BA) && !y.key().startsWith(Affixes.BA);
            if (!between.strip().equals(Affixes.BA) && !glued) continue;
            String xKind = kb.get(ids.get(x)).map(e -> e.type().name()).orElse("");
            String yKind = kb.get(ids.get(y)).map(e -> e.type().name()).orElse("");
            if (xKind.equals("Country") || yKind.equals("City")) continue;
            out.put(x, new MentionValue.Span(y.begin(), y.end()));
        }
        return out;
    }

    /**
     * "وزير الداخلية", "وزارة الصحة", "البرلمان", "السفير": a body or office every state has names a different
     * one in each article (nine interior ministers of nine countries are not one post), unless a nationality
     * adjective says whose: "وزير الداخلية السعودي" is Saudi Arabia's in every article. Such a node, a generic
     * post of the knowledge base or one minted from its name, is kept within its article. A bare mention does
     * not join a qualified one there: an article on a meeting of interior ministers names several countries'.
     * A name with a place or a known organisation inside ("سفير المغرب") is as specific as that name.
     * Returns the ids of the offices given a state.
     */
    private Set<String> scopeStateOffices(String text, List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities, String documentScope) {
        Lexicon lexicon = Lexicon.get();
        List<Office> offices = new ArrayList<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            if (id == null || (m.type() != MentionType.POST && m.type() != MentionType.ORG)) continue;
            if (entities.get(id) == null || entities.get(id).type != m.type()) continue;
            Optional<KbEntry> known = kb.get(id);
            if (known.isPresent() && known.get().type() != org.rawabit.kb.KbType.Post) continue;
            String[] w = words(m);
            // "سفارة الولايات المتحدة الأميركية" is the body "السفارة الأميركية" names: an office abroad governing a country
            Optional<KbEntry> governed = known.isEmpty() && w.length >= 2 && lexicon.servesAbroad(w[0]) && lexicon.isStateOffice(w[0])
                    ? countryGoverned(w) : Optional.empty();
            if (governed.isPresent()) {
                offices.add(new Office(m, known, prefix(m.type()) + "-" + hash(w[0]), w[0], governed, false));
                continue;
            }
            // "وزير خارجية جيبوتي": a state's office in construct with the state's name is that state's
            if (m.type() == MentionType.POST) {
                Optional<Office> ofCountry = officeOfNamedCountry(m, w, lexicon);
                if (ofCountry.isPresent()) {
                    offices.add(ofCountry.get());
                    continue;
                }
            }
            Optional<KbEntry> country = w.length >= 2 ? kb.countryOfAdjective(w[w.length - 1]) : Optional.empty();
            boolean adjectiveWritten = country.isPresent();
            String baseKey = country.isPresent() ? String.join(" ", Arrays.copyOf(w, w.length - 1)) : String.join(" ", w);
            String officeKey = known.map(e -> ArabicNormaliser.nameKey(e.labelAr())).orElse(baseKey);
            if (!lexicon.isStateOffice(officeKey) || namesSomethingInside(m, mentions, ids)) continue;
            // "وزير الداخلية بجمهورية العراق" is Iraq's, as "وزير الداخلية العراقي" is; an ambassador "في لبنان" serves there
            if (country.isEmpty() && !lexicon.servesAbroad(officeKey)) country = countryAfter(text, m, mentions, ids);
            String baseId = known.map(KbEntry::id).orElseGet(() -> prefix(m.type()) + "-" + hash(baseKey));
            offices.add(new Office(m, known, baseId, officeKey, country, adjectiveWritten));
        }
        Set<String> ofAState = new java.util.HashSet<>();
        if (offices.isEmpty()) return ofAState;
        Set<String> replaced = new java.util.HashSet<>();
        for (Office o : offices) {
            replaced.add(ids.get(o.mention()));
            Builder old = entities.get(ids.get(o.mention()));
            // "الداخلية" of "وزير الداخلية بمملكة البحرين": the state's own body, known as "وزارة الداخلية البحرينية"
            Optional<String> stateNamed = o.mention().type() == MentionType.ORG && o.known().isEmpty() && !o.adjectiveWritten()
                    ? o.country().flatMap(c -> kb.nationalityAdjective(c).map(a -> old.label + " " + a + "ة")) : Optional.empty();
            Optional<KbEntry> statesOwn = stateNamed.flatMap(name -> kb.byNameKey(ArabicNormaliser.nameKey(name)).stream()
                    .filter(e -> MentionType.of(e.type()) == MentionType.ORG).findFirst());
            String newId = statesOwn.map(KbEntry::id)
                    .orElseGet(() -> o.country().map(c -> qualifiedId(o.baseId(), c)).orElseGet(() -> o.baseId() + "-" + documentScope));
            Builder b = entities.computeIfAbsent(newId, k -> statesOwn.map(Builder::of).orElseGet(() -> {
                Builder x = new Builder(k, old.type, old.kind, o.officeKey());
                x.labelEn = old.labelEn;
                stateNamed.ifPresent(name -> {
                    x.label = name;
                    x.fixedLabel = true;
                });
                return x;
            }));
            if (o.country().isPresent() && o.known().isPresent() && b.label == null) {
                // the knowledge base's name of the office with the adjective as written, in the masculine of the office's name
                KbEntry office = o.known().get(), country = o.country().get();
                String[] surface = o.mention().surface().strip().split("\\s+");
                // "وزير الداخلية بجمهورية العراق": no adjective written, the country's own ("العراقي") or its name
                String adjective = o.adjectiveWritten() ? surface[surface.length - 1]
                        : kb.nationalityAdjective(country).orElse("في " + country.labelAr());
                if (o.adjectiveWritten() && adjective.endsWith("ة")) adjective = adjective.substring(0, adjective.length() - 1);
                // "سفير" + "الأمريكي" is "السفير الأمريكي": a one-word office takes the adjective's article
                String name = office.labelAr();
                if (!name.contains(" ") && adjective.startsWith(Affixes.ARTICLE) && !name.startsWith(Affixes.ARTICLE)) name = Affixes.ARTICLE + name;
                b.label = name + " " + adjective;
                b.fixedLabel = true;
                if (!office.labelEn().isBlank() && !country.labelEn().isBlank()) b.labelEn = Optional.of(office.labelEn() + " (" + country.labelEn() + ")");
            } else if (b.label == null && old.fixedLabel) {
                b.label = old.label;
                b.fixedLabel = true;
            }
            b.add(o.mention());
            ids.put(o.mention(), newId);
            if (o.country().isPresent()) ofAState.add(newId);
        }
        dropUnused(replaced, ids, entities);
        return ofAState;
    }

    /**
     * The country an office's name governs right after its head, perhaps followed by that country's adjective only
     * ("سفارة الولايات المتحدة الأميركية", "سفارة المغرب"); empty when anything else follows ("… في لبنان").
     */
    private Optional<KbEntry> countryGoverned(String[] w) {
        for (int n = w.length; n >= 2; n--) {
            Optional<KbEntry> country = countryNamed(w, 1, n);
            if (country.isEmpty()) continue;
            boolean sameAdjectives = true;
            for (int k = n; k < w.length && sameAdjectives; k++) sameAdjectives = kb.countryOfAdjective(w[k]).equals(country);
            return sameAdjectives ? country : Optional.empty();
        }
        return Optional.empty();
    }

    /** The country the name keys {@code w[from..to)} spell, if one does. */
    private Optional<KbEntry> countryNamed(String[] w, int from, int to) {
        return kb.byNameKey(String.join(" ", Arrays.copyOfRange(w, from, to))).stream()
                .filter(e -> e.type() == org.rawabit.kb.KbType.Country).findFirst();
    }

    private record Office(Mention mention, Optional<KbEntry> known, String baseId, String officeKey, Optional<KbEntry> country,
            boolean adjectiveWritten) {}

    /** "وزير خارجية جيبوتي": the office's words, then a country's name that ends the post. */
    private Optional<Office> officeOfNamedCountry(Mention m, String[] w, Lexicon lexicon) {
        for (int k = 1; k < w.length; k++) {
            String officeKey = String.join(" ", Arrays.copyOfRange(w, 0, k));
            if (!lexicon.isStateOffice(officeKey) || lexicon.servesAbroad(officeKey)) continue;
            Optional<KbEntry> country = countryNamed(w, k, w.length);
            if (country.isEmpty()) continue;
            Optional<KbEntry> office = kb.byNameKey(officeKey).stream().filter(e -> e.type() == org.rawabit.kb.KbType.Post).findFirst();
            String baseId = office.map(KbEntry::id).orElseGet(() -> prefix(m.type()) + "-" + hash(officeKey));
            return Optional.of(new Office(m, office, baseId, officeKey, country, false));
        }
        return Optional.empty();
    }

    /** The country named right after {@code m} by "ب" or "في" (and a noun such as "جمهورية"): "… بدولة فلسطين". */
    private Optional<KbEntry> countryAfter(String text, Mention m, List<Mention> mentions, Map<Mention, String> ids) {
        Mention next = null;
        for (Mention x : mentions) if (x.begin() >= m.end() && (next == null || x.begin() < next.begin())) next = x;
        if (next == null || next.type() != MentionType.LOC || ids.get(next) == null) return Optional.empty();
        Optional<KbEntry> place = kb.get(ids.get(next)).filter(e -> e.type() == org.rawabit.kb.KbType.Country);
        if (place.isEmpty()) return Optional.empty();
        String between = ArabicNormaliser.normalise(text.substring(m.end(), next.begin())).strip();
        String rest;
        if (between.startsWith(Affixes.BA)) rest = between.substring(Affixes.BA.length());
        else if (between.equals("في") || between.startsWith("في ")) rest = between.substring(2);
        else return Optional.empty();
        rest = rest.strip();
        return rest.isEmpty() || Lexicon.get().stateNouns.contains(ArabicNormaliser.nameKey(rest)) ? place : Optional.empty();
    }

    private static String qualifiedId(String baseId, KbEntry country) {
        return baseId + "-" + country.id().replaceFirst("^country-", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** A place, a person, or an organisation the knowledge base knows, named inside {@code m} ("سفير المغرب"). */
    private boolean namesSomethingInside(Mention m, List<Mention> mentions, Map<Mention, String> ids) {
        for (Mention x : mentions) {
            if (x == m || !m.contains(x) || x.end() - x.begin() >= m.end() - m.begin()) continue;
            // (the ministry read off a minister's post is the post's own body, not something else it names)
            if (x.finder().equals(org.rawabit.mention.RuleFinder.MINISTRY_OF_MINISTER)) continue;
            if (x.type() == MentionType.LOC || x.type() == MentionType.PER) return true;
            if (x.type() == MentionType.ORG && ids.get(x) != null && kb.get(ids.get(x)).isPresent()) return true;
        }
        return false;
    }

    /** Nationality adjectives a post may carry after its name ("… التراب الوطني المغربي"): nisba forms. */
    private static boolean nisba(String word) {
        return word.length() >= 4 && Affixes.isNisba(word);
    }

    /**
     * A post the knowledge base knows, followed only by one or two nationality adjectives
     * ("المدير العام للأمن الوطني ولمراقبة التراب الوطني المغربي"), is that post.
     */
    private KbEntry knownPostWithAdjectives(Mention m) {
        String[] words = words(m);
        for (int n = words.length - 1; n >= Math.max(1, words.length - 2); n--) {
            boolean adjectives = true;
            for (int k = n; k < words.length; k++) adjectives &= nisba(words[k]);
            if (!adjectives) break;
            List<KbEntry> same = postsByLooseKey.getOrDefault(looseKey(String.join(" ", Arrays.copyOf(words, n))), List.of());
            if (same.size() == 1) return same.get(0);
        }
        return null;
    }

    /**
     * Within an article a post named by the start of a longer post it also names ("المدير العام
     * للأمن الوطني" beside "المدير العام للأمن الوطني ومراقبة التراب الوطني") is that post, when only
     * one longer post begins so.
     */
    private static void joinShortPosts(List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities) {
        List<Builder> posts = entities.values().stream().filter(b -> b.type == MentionType.POST).toList();
        Map<String, String> into = new HashMap<>();
        for (Builder shorter : posts) {
            String[] s = looseKey(shorter.nameKey).split(" ");
            if (s.length < 3) continue;
            List<Builder> longer = posts.stream().filter(b -> b != shorter && startsWith(looseKey(b.nameKey).split(" "), s)).toList();
            if (longer.size() == 1) into.put(shorter.id, longer.get(0).id);
        }
        if (into.isEmpty()) return;
        for (Mention m : mentions) {
            String target = ids.get(m) == null ? null : into.get(ids.get(m));
            if (target == null) continue;
            ids.put(m, target);
            entities.get(target).add(m);
        }
        into.keySet().forEach(entities::remove);
    }

    /**
     * "دورة محكمة الجنايات" beside "محكمة الجنايات الابتدائية بالدار البيضاء": within an article an
     * organisation the knowledge base does not know, named by the start (two words or more) of one
     * longer organisation name the article also uses, is that organisation. With two such longer
     * names ("الجمعية العامة للأمم المتحدة", "… للإنتربول") it stays apart rather than guess.
     */
    private void joinShortOrganisations(List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities, Set<String> ofAState) {
        Map<String, Set<String>> keysOf = new LinkedHashMap<>(), rawKeysOf = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            if (m.type() == MentionType.ORG && id != null) {
                keysOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(looseKey(m.key()));
                rawKeysOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(m.key() + "\t" + ArabicNormaliser.normalise(m.surface()));
            }
        }
        Map<String, String> into = new HashMap<>();
        for (Map.Entry<String, Set<String>> shorter : keysOf.entrySet()) {
            if (kb.get(shorter.getKey()).isPresent() || ofAState.contains(shorter.getKey())) continue;
            Set<String> targets = new LinkedHashSet<>();
            for (Map.Entry<String, Set<String>> other : keysOf.entrySet()) {
                if (!other.getKey().equals(shorter.getKey()) && startsAnother(shorter.getValue(), other.getValue())) targets.add(other.getKey());
            }
            // "محكمة الجنايات الابتدائية" beside "محكمة الجنايات الابتدائية بالدار البيضاء": a longer name that is itself the
            // start of another is that other body, not a second candidate
            if (targets.size() > 1) targets.removeIf(t -> targets.stream().anyMatch(u -> !u.equals(t) && startsAnother(keysOf.get(t), keysOf.get(u))));
            if (targets.size() == 1) into.put(shorter.getKey(), targets.iterator().next());
        }
        // "وزارة التعليم العالي والبحث العلمي" beside "وزارة التعليم العالي اليمنية": the one longer name that the qualified
        // name, without its country's adjective, starts and that goes on with a field joined by و is that country's body,
        // named with all its fields (not "مجلس وزراء الصحة العرب" beside "مجلس الوزراء المصري")
        for (Map.Entry<String, Set<String>> qualified : keysOf.entrySet()) {
            if (into.containsKey(qualified.getKey())) continue;
            Set<String> longer = new LinkedHashSet<>();
            for (String key : qualified.getValue()) {
                String[] q = key.split(" ");
                if (q.length < 3 || !countryAdjective(q[q.length - 1])) continue;
                String[] s = Arrays.copyOf(q, q.length - 1);
                for (Map.Entry<String, Set<String>> other : keysOf.entrySet()) {
                    if (other.getKey().equals(qualified.getKey()) || kb.get(other.getKey()).isPresent() || into.containsKey(other.getKey())) continue;
                    if (rawKeysOf.get(other.getKey()).stream().anyMatch(keyAndText -> {
                        String[] o = looseKey(keyAndText.split("\t")[0]).split(" "), r = keyAndText.split("\t")[1].strip().split("\\s+");
                        return o.length > s.length && r.length == o.length && startsWith(o, s) && r[s.length].startsWith(Affixes.CONJUNCTION)
                                && !countryAdjective(o[o.length - 1]);
                    })) {
                        longer.add(other.getKey());
                    }
                }
            }
            if (longer.size() == 1) into.put(longer.iterator().next(), qualified.getKey());
        }
        // a chain (A ⊂ B ⊂ C) ends at its longest name
        into.replaceAll((from, to) -> {
            String t = to;
            for (int hops = 0; into.containsKey(t) && hops < 8; hops++) t = into.get(t);
            return t;
        });
        into.values().removeIf(to -> !entities.containsKey(to));
        if (into.isEmpty()) return;
        for (Mention m : mentions) {
            String target = ids.get(m) == null ? null : into.get(ids.get(m));
            if (target == null || target.equals(ids.get(m))) continue;
            ids.put(m, target);
            entities.get(target).add(m);
        }
        into.forEach((from, to) -> { if (!from.equals(to)) entities.remove(from); });
    }

    /**
     * "«زين» تربح …" beside "مجموعة زين": a company named without its head noun (company-heads.txt: شركة، مجموعة، بنك…)
     * is, within the article, the one company named with it.
     */
    private void joinBrandsToTheirCompany(List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities) {
        Lexicon lexicon = Lexicon.get();
        Map<String, Set<String>> companiesOfBrand = new HashMap<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            if (m.type() != MentionType.ORG || id == null) continue;
            String[] w = m.key().split(" ");
            if (w.length >= 2 && lexicon.companyHeads.contains(w[0])) {
                companiesOfBrand.computeIfAbsent(String.join(" ", Arrays.copyOfRange(w, 1, w.length)), k -> new LinkedHashSet<>()).add(id);
            }
        }
        if (companiesOfBrand.isEmpty()) return;
        Set<String> moved = new java.util.HashSet<>();
        for (Mention m : mentions) {
            String id = ids.get(m);
            Set<String> companies = m.type() == MentionType.ORG && id != null ? companiesOfBrand.get(m.key()) : null;
            if (companies == null || companies.size() != 1 || companies.contains(id) || kb.get(id).isPresent()) continue;
            String company = companies.iterator().next();
            if (!entities.containsKey(company)) continue;
            ids.put(m, company);
            entities.get(company).add(m);
            moved.add(id);
        }
        dropUnused(moved, ids, entities);
    }

    /** Drops the entities among {@code left} that no mention is linked to any more. */
    private static void dropUnused(Set<String> left, Map<Mention, String> ids, Map<String, Builder> entities) {
        Set<String> used = new java.util.HashSet<>(ids.values());
        entities.keySet().removeIf(id -> left.contains(id) && !used.contains(id));
    }

    /** Whether a word of a loose key is a country's adjective (the loose key drops a first ل or و: "لبنانية" is "بنانيه"). */
    private boolean countryAdjective(String word) {
        return kb.countryOfAdjective(word).isPresent() || kb.countryOfAdjective(Affixes.LAM + word).isPresent()
                || kb.countryOfAdjective(Affixes.CONJUNCTION + word).isPresent();
    }

    /** Whether one of the {@code shorter} keys (two words or more) starts one of the {@code longer} keys. */
    private static boolean startsAnother(Set<String> shorter, Set<String> longer) {
        return shorter.stream().map(k -> k.split(" ")).filter(s -> s.length >= 2)
                .anyMatch(s -> longer.stream().anyMatch(k -> startsWith(k.split(" "), s)));
    }

    private static boolean startsWith(String[] full, String[] head) {
        if (head.length >= full.length) return false;
        for (int i = 0; i < head.length; i++) if (!full[i].equals(head[i])) return false;
        return true;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("^\\s*\\(\\s*([A-Za-z][A-Za-z.\\-]{1,14})\\s*\\)");

    /** "مديرية الأمن الفيدرالي الروسي (FSB)": a description followed by a known acronym names that entity. */
    private Optional<KbEntry> byAcronym(String text, Mention m) {
        java.util.regex.Matcher a = ACRONYM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)));
        if (!a.find()) return Optional.empty();
        List<KbEntry> same = kb.byEnglishName(a.group(1)).stream().filter(e -> MentionType.of(e.type()) == m.type()).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /**
     * "إدارة مكافحة المخدرات" in an article on Jordan: a state body whose name says its state ("… الأمريكية"), written
     * without that adjective, is that state's only where the article names that state, or names no country at all.
     */
    private boolean anotherStates(KbEntry e, Mention m, Set<String> countries) {
        if (e.type() != org.rawabit.kb.KbType.GovernmentOrganization || e.partOf().isEmpty() || countries.isEmpty()
                || countries.contains(e.partOf().get())) {
            return false;
        }
        String state = e.partOf().get();
        boolean labelSaysState = Arrays.stream(ArabicNormaliser.nameKey(e.labelAr()).split(" "))
                .anyMatch(w -> kb.countryOfAdjective(w).map(c -> c.id().equals(state)).orElse(false));
        boolean mentionSaysState = Arrays.stream(m.key().split(" "))
                .anyMatch(w -> kb.countryOfAdjective(w).map(c -> c.id().equals(state)).orElse(false));
        return labelSaysState && !mentionSaysState;
    }

    /** Countries the article names: a country, the country of a known city or region, or a country's adjective ("الأردنية"). */
    private Set<String> countriesNamed(String text, List<Mention> mentions) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.LOC || m.kbId().isEmpty()) continue;
            kb.get(m.kbId().get()).ifPresent(e -> {
                if (e.type() == org.rawabit.kb.KbType.Country) out.add(e.id());
                else e.partOf().ifPresent(out::add);
            });
        }
        for (String word : text.split("[^\\p{IsArabic}]+")) {
            if (word.isEmpty()) continue;
            String key = ArabicNormaliser.nameKey(word);
            kb.countryOfAdjective(key).ifPresent(c -> out.add(c.id()));
        }
        return out;
    }

    private Optional<KbEntry> known(Mention m) {
        if (m.kbId().isPresent()) return kb.get(m.kbId().get());
        List<KbEntry> same = kb.byNameKey(m.key()).stream()
                .filter(e -> MentionType.of(e.type()) == m.type()).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    // ---- people ----------------------------------------------------------------------------

    private void resolvePeople(String text, List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities) {
        List<Mention> people = new ArrayList<>(mentions.stream().filter(m -> m.type() == MentionType.PER).toList());
        people.sort((a, b) -> personWords(b).length - personWords(a).length);
        List<Cluster> clusters = new ArrayList<>();
        for (Mention m : people) {
            String[] w = personWords(m);
            if (w.length == 0) continue;
            Cluster target = null;
            for (Cluster c : clusters) if (Arrays.equals(c.words, w)) target = c;
            if (target == null) {
                // keys join "بن محمد" into one word: "محمد" alone does not end "تركي بن محمد" (the father's name is no surname)
                List<Cluster> endingWith = clusters.stream().filter(c -> endsWith(c.words, w)).toList();
                if (endingWith.size() == 1) target = endingWith.get(0);
            }
            if (target == null) {
                // "الأمير تركي بن محمد" after "تركي بن محمد بن فهد بن عبدالعزيز": the one longer lineage it starts
                Optional<PersonNames.Lineage> lineage = PersonNames.lineage(String.join(" ", w));
                List<Cluster> longer = lineage.isEmpty() ? List.of() : clusters.stream().filter(c -> c.words.length > w.length
                        && PersonNames.lineage(String.join(" ", c.words)).filter(lineage.get()::compatible).isPresent()).toList();
                if (longer.size() == 1) target = longer.get(0);
            }
            if (target == null && w.length >= 2) {
                // "فيصل القحطاني" in a headline, "فيصل بن ناصر القحطاني" in the body: the one longer name with the same
                // first and last words, the middle ones (a father's name, a second given name) left out
                List<Cluster> fuller = clusters.stream().filter(c -> c.words.length > w.length && c.words[0].equals(w[0])
                        && c.words[c.words.length - 1].equals(w[w.length - 1]) && isSubsequence(w, c.words)).toList();
                if (fuller.size() == 1) target = fuller.get(0);
            }
            if (target == null) {
                target = new Cluster(w);
                clusters.add(target);
            }
            target.mentions.add(m);
        }
        for (Cluster c : clusters) {
            // "محمد.ا" beside "محمد بن معاشو": an anonymised name is someone else
            if (c.words.length == 1 && c.mentions.stream().allMatch(m -> m.kbId().isEmpty()) && !anonymised(text, c) && !joinFragment(c, clusters)) {
                c.dropped = !supportedGivenName(c);
            }
        }
        clusters.removeIf(c -> c.joined);
        for (Cluster c : clusters) {
            if (c.dropped) continue;
            Optional<KbEntry> known = c.mentions.stream().map(this::known).flatMap(Optional::stream).findFirst();
            String key = String.join(" ", c.words);
            Builder b = known.map(e -> entities.computeIfAbsent(e.id(), k -> Builder.of(e)))
                    .orElseGet(() -> entities.computeIfAbsent("per-" + hash(key), id -> new Builder(id, MentionType.PER, "Person", key)));
            for (Mention m : c.mentions) {
                b.add(m);
                ids.put(m, b.id);
            }
        }
    }

    /**
     * "عبد العزيز" or "بن عبدالله" beside "عبدالعزيز بن سعود بن عبدالله": a one-word fragment of a name, a given
     * name or a father's, is the one person of the article whose name starts with that given name or holds that
     * father. True when it joined one.
     */
    private static boolean joinFragment(Cluster fragment, List<Cluster> clusters) {
        String word = fragment.words[0];
        boolean father = PersonNames.father(word).isPresent();
        // "بندر" beside "بندر بن خالد": the first word of a lineage is a given name, known to the lexicon or not
        boolean given = isGivenName(word) || clusters.stream().anyMatch(c -> PersonNames.lineage(String.join(" ", c.words))
                .filter(l -> l.given().equals(word)).isPresent());
        if (!father && !given) return false;
        List<Cluster> holders = clusters.stream().filter(c -> c != fragment && !c.joined && c.words.length > 1
                && (father ? Arrays.asList(c.words).subList(1, c.words.length).contains(word) : c.words[0].equals(word))).toList();
        if (holders.size() != 1) return false;
        holders.get(0).mentions.addAll(fragment.mentions);
        fragment.joined = true;
        return true;
    }

    /**
     * A lone given name ("وكان عبد الرحمان يسكن …") is no person unless something in the text says it names one:
     * a title or a post before it (the initial of an anonymised surname after it, "عبد الرحمان.ا", is checked
     * before). Whether it names a person; a word that is no given name (a surname) does.
     */
    private static boolean supportedGivenName(Cluster c) {
        if (!isGivenName(c.words[0])) return true;
        for (Mention m : c.mentions) {
            if (m.finder().equals("rules.person-title") || m.finder().equals("rules.post-apposition") || m.finder().equals("rules.person-post")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention of the cluster is followed by the initial of an anonymised surname. */
    private static boolean anonymised(String text, Cluster c) {
        return c.mentions.stream().anyMatch(m -> ANONYMISED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).lookingAt());
    }

    /** "عبد الرحمان.ا": a full stop and one letter, the initial a court report leaves of a surname. */
    private static final java.util.regex.Pattern ANONYMISED = java.util.regex.Pattern.compile("\\.\\p{IsArabic}(?!\\p{IsArabic})");

    /** A given name of the lexicon, or a compound "عبدX" (every such name is a given name). */
    private static boolean isGivenName(String key) {
        return Lexicon.get().givenNames.contains(key) || key.startsWith(Affixes.ABD) && key.length() > Affixes.ABD.length() + 2;
    }

    /** A person mention's key words, with "بن X" and compounds joined as across articles ({@link PersonNames#key}). */
    private static String[] personWords(Mention m) {
        String key = PersonNames.key(m.key());
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    private static final class Cluster {
        final String[] words;
        final List<Mention> mentions = new ArrayList<>();
        /** Its mentions moved to a fuller name's cluster. */
        boolean joined;
        /** A lone given name nothing supports: its mentions name no entity. */
        boolean dropped;

        Cluster(String[] words) {
            this.words = words;
        }
    }

    private static String[] words(Mention m) {
        String key = m.key();
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    /** Whether the words of {@code part} occur in {@code full} in the same order. */
    private static boolean isSubsequence(String[] part, String[] full) {
        int k = 0;
        for (String word : full) if (k < part.length && word.equals(part[k])) k++;
        return k == part.length;
    }

    private static boolean endsWith(String[] full, String[] tail) {
        if (tail.length >= full.length) return false;
        for (int i = 0; i < tail.length; i++) {
            if (!full[full.length - tail.length + i].equals(tail[i])) return false;
        }
        return true;
    }

    // ---- events ------------------------------------------------------------------------------

    /** Event kinds that name a numbered occurrence without saying of what ("الدورة الـ92"). */
    private static final Set<String> GENERIC_EVENT_KINDS = Set.of("session", "edition", "event");
    /** What a fuller name of the same event adds to it, as keys: its year, or the sport ("لكرة القدم", "لألعاب القوى"). */
    private static final java.util.regex.Pattern SAME_EVENT_FULLER = java.util.regex.Pattern.compile(
            "\\d{4}|ل?" + org.rawabit.text.ArabicNormaliser.normalise("كرة") + " .+|ل?" + org.rawabit.text.ArabicNormaliser.normalise("ألعاب") + " .+");

    private record EventParts(Mention mention, String kind, Optional<Integer> ordinal, Optional<String> organiser, Optional<String> qualifier,
            Optional<Integer> relative) {
        boolean specific() {
            return !GENERIC_EVENT_KINDS.contains(kind) && organiser.isPresent();
        }
    }

    /**
     * Events are identified by kind (with its adjectives), number and organiser (or, without an organiser, by the document:
     * "the 12th conference" of two articles need not be the same). A mention that lacks some of them
     * ("جمعيته العامة الـ93", "الدورة الـ92") takes them from a fuller mention in the same document:
     * first one with the same number, else the one series (kind and organiser) the document is about.
     */
    private void resolveEvents(AnalysedDocument doc, List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities,
            String documentScope) {
        List<EventParts> events = new ArrayList<>();
        Set<String> fullNames = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.value().orElse(null) instanceof MentionValue.NamedEvent named && !named.ofTheArticle()) fullNames.add(m.key());
        }
        Map<Mention, Mention> namedSeries = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.EVENT) continue;
            // "منتدى عُمان للاستثمار" in the headline of an article on "الدورة الرابعة من منتدى عُمان للاستثمار والتمويل":
            // the series the one numbered session belongs to names that session (decided once the sessions are)
            Optional<Mention> session = m.value().orElse(null) instanceof MentionValue.NamedEvent named && !named.ofTheArticle()
                    ? sessionNaming(mentions, m) : Optional.empty();
            if (session.isPresent()) {
                namedSeries.put(m, session.get());
                continue;
            }
            if (m.value().orElse(null) instanceof MentionValue.NamedEvent named) {
                // "كأس العالم 2026": its name identifies it, in every article; "الانتخابات المحلية" is the article's, the one
                // "الانتخابات المحلية التركية" it also names if it does
                String id = "evt-" + hash(m.key());
                if (named.ofTheArticle()) {
                    List<String> fuller = fullNames.stream().filter(k -> k.startsWith(m.key() + " ")).toList();
                    id = fuller.size() == 1 ? "evt-" + hash(fuller.get(0)) : id + "-" + documentScope;
                } else {
                    // "معرض دبي للطيران" in an article on "معرض دبي للطيران 2025" is that year's; "دوري أبطال إفريقيا" in one on
                    // "دوري أبطال إفريقيا لكرة القدم" is that one, the sport said or not
                    List<String> thatYear = fullNames.stream().filter(k -> k.startsWith(m.key() + " ")
                            && SAME_EVENT_FULLER.matcher(k.substring(m.key().length() + 1)).matches()).toList();
                    if (thatYear.size() == 1) id = "evt-" + hash(thatYear.get(0));
                }
                Builder b = entities.computeIfAbsent(id, x -> new Builder(x, MentionType.EVENT, named.kind(), m.key()));
                b.event = new Entity.EventDetails(named.kind(), Optional.empty(), Optional.empty());
                b.add(m);
                ids.put(m, id);
                continue;
            }
            MentionValue.EventValue v = eventValue(m);
            events.add(new EventParts(m, v.kind(), v.ordinal(), organiser(v, mentions, ids), v.qualifier(), v.relative()));
        }
        List<EventParts> specific = events.stream().filter(EventParts::specific).toList();
        // of a kind, with or without organiser: "الدورة الـ12" joins "الدورة الـ12 للمؤتمر"
        List<EventParts> ofAKind = events.stream().filter(e -> !GENERIC_EVENT_KINDS.contains(e.kind())).toList();
        Set<String> series = new LinkedHashSet<>();
        for (EventParts e : specific) series.add(e.kind() + "|" + e.organiser().get() + "|" + e.qualifier().orElse(""));
        // relative sessions ("الدورة القادمة لـ…") last: they count from the numbered sessions resolved before them
        List<EventParts> ordered = Stream.concat(events.stream().filter(e -> e.relative().isEmpty()), events.stream().filter(e -> e.relative().isPresent()))
                .toList();
        for (EventParts e : ordered) {
            String kind = e.kind();
            Optional<String> org = e.organiser();
            Optional<String> qualifier = e.qualifier();
            if (!e.specific()) {
                Optional<EventParts> sameNumber = Stream.concat(specific.stream(), ofAKind.stream())
                        .filter(x -> x != e && x.ordinal().isPresent() && x.ordinal().equals(e.ordinal())
                                && (GENERIC_EVENT_KINDS.contains(e.kind()) || x.kind().equals(e.kind())))
                        .findFirst();
                // "الدورة ال58" beside "الدورة العادية ال58": without adjectives, the one session of that number that has some
                Optional<String> onlyQualifier = e.qualifier().isPresent() || e.ordinal().isEmpty() ? Optional.empty()
                        : onlyQualifier(events, e);
                if (sameNumber.isPresent()) {
                    kind = sameNumber.get().kind();
                    org = sameNumber.get().organiser();
                    // a mention's own adjectives stay its own ("البطولة العربية الثانية" beside the headline's "البطولة الثانية")
                    qualifier = e.qualifier().or(() -> sameNumber.get().qualifier());
                } else if (onlyQualifier.isPresent()) {
                    qualifier = onlyQualifier;
                } else if (series.size() == 1) {
                    String[] only = series.iterator().next().split("\\|", -1);
                    if (GENERIC_EVENT_KINDS.contains(kind) || kind.equals(only[0])) {
                        kind = only[0];
                        org = Optional.of(only[1]);
                        qualifier = only[2].isEmpty() ? Optional.empty() : Optional.of(only[2]);
                    }
                } else if (org.isEmpty()) {
                    // "عقد مجلس وزراء الداخلية العرب دورته الـ41": the organisation just named owns the session
                    org = precedingOrganisation(mentions, ids, e.mention());
                }
            }
            final String k = kind;
            Optional<Integer> ordinal = e.ordinal().isPresent() || org.isEmpty() ? e.ordinal() : onlyNumber(events, kind, org.get());
            // "الدورة القادمة لـ…": the session after (or before) the one the article names, when their dates say so; else its own
            String unnumbered = "";
            if (e.relative().isPresent()) {
                ordinal = org.isEmpty() ? Optional.empty() : countedFrom(doc, mentions, ids, entities, org.get(), e);
                if (ordinal.isEmpty()) unnumbered = (e.relative().get() > 0 ? "-next-" : "-previous-") + documentScope;
            }
            // "الدورة الـ93 للإنتربول" is the 93rd session of its General Assembly: one id for both
            String idKind = kind.equals("general-assembly") && org.isPresent() ? "session" : kind;
            String id = "evt-" + org.orElse(documentScope) + "-" + idKind + qualifier.map(q -> "-" + Ids.sha256Hex(q).substring(0, 6)).orElse("")
                    + ordinal.map(n -> "-" + n).orElse("") + unnumbered;
            Builder b = entities.computeIfAbsent(id, x -> new Builder(x, MentionType.EVENT, k, x));
            // the fuller kind names the event: a plain "session" never overrides "general-assembly"
            boolean fuller = b.event == null || !(b.event.kind().equals("general-assembly") && kind.equals("session"));
            if (fuller) {
                b.kind = kind;
                b.event = new Entity.EventDetails(kind, ordinal, org);
            }
            b.add(e.mention());
            if (fuller && ordinal.isPresent() && org.isPresent() && qualifier.isEmpty() && entities.containsKey(org.get())) {
                nameNumberedEvent(b, kind, ordinal.get(), entities.get(org.get()));
            }
            ids.put(e.mention(), id);
        }
        for (Map.Entry<Mention, Mention> named : namedSeries.entrySet()) {
            Mention m = named.getKey();
            String id = ids.get(named.getValue());
            entities.get(id).add(m);
            ids.put(m, id);
        }
    }

    /**
     * The one numbered session of the article whose name holds the series {@code named} names, by its words or by more of
     * them ("منتدى عُمان للاستثمار" and "الدورة الرابعة من منتدى عُمان للاستثمار والتمويل"), if there is one.
     */
    private static Optional<Mention> sessionNaming(List<Mention> mentions, Mention named) {
        List<Mention> sessions = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.EVENT || !(m.value().orElse(null) instanceof MentionValue.EventValue v) || v.ordinal().isEmpty()) continue;
            // the series' words, whole, after the session's head and number
            if ((" " + m.key() + " ").contains(" " + named.key() + " ") && !m.key().startsWith(named.key())) sessions.add(m);
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (Mention m : sessions) numbers.add(((MentionValue.EventValue) m.value().get()).ordinal().get());
        return numbers.size() == 1 ? Optional.of(sessions.get(0)) : Optional.empty();
    }

    /** The adjectives of the one other event of the article with {@code e}'s kind, number and organiser that has some. */
    private static Optional<String> onlyQualifier(List<EventParts> events, EventParts e) {
        Set<String> qualifiers = new java.util.HashSet<>();
        for (EventParts x : events) {
            if (x != e && x.qualifier().isPresent() && x.kind().equals(e.kind()) && x.ordinal().equals(e.ordinal())
                    && x.organiser().equals(e.organiser())) {
                qualifiers.add(x.qualifier().get());
            }
        }
        return qualifiers.size() == 1 ? Optional.of(qualifiers.iterator().next()) : Optional.empty();
    }

    /**
     * "أشغال الجمعية العامة للإنتربول" in an article about the 93rd session: an unnumbered meeting of a
     * series is the one numbered session of that series the article names, if there is exactly one.
     */
    /**
     * The number of a relative session: the one numbered session of the same organiser the article names
     * (resolved already), plus the offset, when the dates the article gives both stand as the offset says
     * ("الدورة القادمة … في نونبر 2025" after "دورتها الثانية والتسعين … خلال نونبر من 2024"). Each event's
     * date is the date named nearest to it in its sentence; without both, nothing is decided.
     */
    private static Optional<Integer> countedFrom(AnalysedDocument doc, List<Mention> mentions, Map<Mention, String> ids, Map<String, Builder> entities,
            String organiser, EventParts relative) {
        Map<Integer, List<Mention>> numbered = new java.util.TreeMap<>();
        for (Mention m : mentions) {
            Builder b = m.type() == MentionType.EVENT && ids.containsKey(m) ? entities.get(ids.get(m)) : null;
            if (b == null || b.event == null || b.event.ordinal().isEmpty() || !b.event.organiserId().equals(Optional.of(organiser))) continue;
            numbered.computeIfAbsent(b.event.ordinal().get(), k -> new ArrayList<>()).add(m);
        }
        if (numbered.size() != 1) return Optional.empty();
        int number = numbered.keySet().iterator().next();
        Optional<PartialDate> own = dateNear(doc, mentions, relative.mention());
        Optional<PartialDate> base = numbered.get(number).stream().map(m -> dateNear(doc, mentions, m)).flatMap(Optional::stream).findFirst();
        if (own.isEmpty() || base.isEmpty()) return Optional.empty();
        int order = Integer.compare(own.get().year(), base.get().year());
        if (order == 0 && own.get().month() > 0 && base.get().month() > 0) order = Integer.compare(own.get().month(), base.get().month());
        return order != 0 && Integer.signum(order) == Integer.signum(relative.relative().get())
                ? Optional.of(number + relative.relative().get()) : Optional.empty();
    }

    /** The first date of the date mention nearest to {@code event} in its sentence. */
    private static Optional<PartialDate> dateNear(AnalysedDocument doc, List<Mention> mentions, Mention event) {
        org.rawabit.analysis.Sentence s = doc.sentences().stream().filter(x -> x.begin() <= event.begin() && event.begin() < x.end()).findFirst().orElse(null);
        if (s == null) return Optional.empty();
        return mentions.stream().filter(m -> m.type() == MentionType.DATE && m.begin() >= s.begin() && m.end() <= s.end())
                .filter(m -> m.value().orElse(null) instanceof MentionValue.DateValue)
                .min(java.util.Comparator.comparingInt(m -> Math.abs(m.begin() - event.begin())))
                .map(m -> ((MentionValue.DateValue) m.value().get()).first());
    }

    private static Optional<Integer> onlyNumber(List<EventParts> events, String kind, String organiser) {
        Set<Integer> numbers = new java.util.HashSet<>();
        for (EventParts x : events) {
            boolean sameKind = x.kind().equals(kind) || Set.of(x.kind(), kind).equals(Set.of("session", "general-assembly"));
            if (x.ordinal().isPresent() && sameKind && x.organiser().equals(Optional.of(organiser))) numbers.add(x.ordinal().get());
        }
        return numbers.size() == 1 ? Optional.of(numbers.iterator().next()) : Optional.empty();
    }

    private static Optional<String> precedingOrganisation(List<Mention> mentions, Map<Mention, String> ids, Mention event) {
        Mention best = null;
        for (Mention m : mentions) {
            // "تنظم وزارة الثقافة مهرجان قرطاج في دورته الـ57": a named event nearer than the body owns the session, and
            // it organises nothing, so the session stays the article's own
            boolean owner = m.type() == MentionType.ORG && ids.containsKey(m) || m.type() == MentionType.EVENT && m != event;
            if (owner && m.end() <= event.begin() && event.begin() - m.end() <= 40 && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best == null || best.type() != MentionType.ORG ? Optional.empty() : Optional.of(ids.get(best));
    }

    /**
     * Canonical names of a numbered event ("الدورة الـ93 للجمعية العامة للإنتربول", "93rd INTERPOL
     * General Assembly"), so that every document names it the same way.
     */
    private static void nameNumberedEvent(Builder b, String kind, int n, Builder organiser) {
        List<String> names = Lexicon.get().eventNames.get(kind);
        if (names == null || names.size() < 2) return;
        String org = organiser.label;
        b.label = names.get(0).formatted(n) + " " + genitive(org);
        b.fixedLabel = true;
        organiser.labelEn.ifPresent(en -> b.labelEn = Optional.of(names.get(1).formatted(englishOrdinal(n), en)));
    }

    static String englishOrdinal(int n) {
        int mod100 = n % 100, mod10 = n % 10;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    private static MentionValue.EventValue eventValue(Mention m) {
        return m.value().filter(MentionValue.EventValue.class::isInstance).map(MentionValue.EventValue.class::cast)
                .orElse(new MentionValue.EventValue("event", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static Optional<String> organiser(MentionValue.EventValue v, List<Mention> mentions, Map<Mention, String> ids) {
        if (v.organiser().isEmpty()) return Optional.empty();
        MentionValue.Span s = v.organiser().get();
        return mentions.stream().filter(m -> m.type() == MentionType.ORG && m.begin() == s.begin() && m.end() == s.end())
                .map(ids::get).filter(java.util.Objects::nonNull).findFirst();
    }

    // ---- ids -----------------------------------------------------------------------------------

    private static String prefix(MentionType t) {
        return switch (t) {
            case PER -> "per";
            case ORG -> "org";
            case LOC -> "loc";
            case EVENT -> "evt";
            case POST -> "post";
            default -> throw new IllegalArgumentException(t + " is not an entity type");
        };
    }

    private static String kindOf(MentionType t) {
        return switch (t) {
            case PER -> "Person";
            case ORG -> "Organization";
            case LOC -> "Place";
            case POST -> "Post";
            default -> "Event";
        };
    }

    static String hash(String key) {
        return Ids.sha256Hex(key).substring(0, 12);
    }

    /** Accumulates an entity's surface forms while mentions are linked. */
    private static final class Builder {
        final String id;
        final MentionType type;
        String kind;
        final String nameKey;
        String label;
        Optional<String> labelEn = Optional.empty();
        Optional<String> wikidata = Optional.empty();
        Entity.EventDetails event;
        boolean fixedLabel;
        final Set<String> forms = new LinkedHashSet<>();

        Builder(String id, MentionType type, String kind, String nameKey) {
            this.id = id;
            this.type = type;
            this.kind = kind;
            this.nameKey = nameKey;
        }

        static Builder of(KbEntry e) {
            Builder b = new Builder(e.id(), MentionType.of(e.type()), e.type().name(), ArabicNormaliser.nameKey(e.labelAr()));
            b.label = e.labelAr();
            b.fixedLabel = true;
            b.labelEn = e.labelEn().isBlank() ? Optional.empty() : Optional.of(e.labelEn());
            b.wikidata = e.wikidata();
            return b;
        }

        void add(Mention m) {
            add(m, m.surface());
        }

        /** {@code naming}: the text the entity's name is read from, the surface with a genitive ل glued before it. */
        void add(Mention m, String naming) {
            // ("الداخلية" read off "وزير الداخلية" is named "وزارة الداخلية")
            if (m.value().orElse(null) instanceof org.rawabit.mention.MentionValue.FullName full) naming = full.name();
            String surface = m.surface().strip().replaceAll("\\s+", " ");
            forms.add(surface);
            // ("تحالف "نبني"" is named تحالف نبني: the quotes mark the name in the sentence, they are not the name's)
            String name = type == MentionType.ORG || type == MentionType.POST || type == MentionType.EVENT
                    ? withoutGenitive(naming.replaceAll("[\"«»“”]", "").strip().replaceAll("\\s+", " ")) : surface;
            if (type == MentionType.POST) name = nominativePost(name);
            if (!fixedLabel && (label == null || name.length() > label.length())) label = name;
        }

        /**
         * "رئيسا لمجلس النواب" → "رئيس مجلس النواب": a post someone was elected or appointed to is named as the office is,
         * its head out of the accusative and without the ل that followed it.
         */
        private static String nominativePost(String name) {
            java.util.regex.Matcher m = TAKEN_UP.matcher(name);
            if (!m.matches() || !org.rawabit.kb.Lexicon.get().postHeads.contains(ArabicNormaliser.normalise(m.group(1)))) return name;
            // ("مديرا للمعهد": ل and the article, written لل, leave the body's article)
            String body = m.group(2).startsWith("ل") ? withoutGenitive("ل" + m.group(2)) : m.group(2);
            return m.group(1) + " " + body;
        }

        private static final java.util.regex.Pattern TAKEN_UP = java.util.regex.Pattern.compile("^(\\S+)ا ل(\\S.*)$");

        /**
         * "للاستعلامات التركية" → "الاستعلامات التركية", "للجنة الإقليمية …" → "اللجنة الإقليمية …": a name found with
         * the genitive ل glued on (ل + the article, written لل) is named with its article. A head noun that itself
         * starts with ل ("لجنة") kept its own: لل + جنة is ل + اللجنة. Places are left alone ("للبنان" is ل + لبنان).
         * A conjunction before it goes too ("وللحكومة الأردنية" → "الحكومة الأردنية").
         */
        private static String withoutGenitive(String surface) {
            String doubled = Affixes.LAM + Affixes.LAM;
            for (String conjunction : CONJUNCTIONS_BEFORE_GENITIVE) {
                if (surface.startsWith(conjunction + doubled)) {
                    surface = surface.substring(conjunction.length());
                    break;
                }
            }
            int space = surface.indexOf(' ');
            String first = space < 0 ? surface : surface.substring(0, space);
            if (!first.startsWith(doubled) || first.length() < 4) return surface;
            String rest = surface.substring(2);
            String firstRest = first.substring(2);
            return Affixes.ARTICLE + (headWithOwnLam(Affixes.LAM + firstRest) ? Affixes.LAM : "") + rest;
        }

        private static final List<String> CONJUNCTIONS_BEFORE_GENITIVE = List.of(Affixes.CONJUNCTION, "ف");

        Entity build() {
            List<String> alt = forms.stream().filter(f -> !f.equals(label)).toList();
            return new Entity(id, type, kind, label, labelEn, alt, wikidata, nameKey, Optional.ofNullable(event));
        }
    }
}

package org.rawabit.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rawabit.text.ArabicNormaliser;

/**
 * Word lists the rules use, loaded from {@code ontology/lexicon/} and stored as name keys (folded,
 * article-free, compound names joined) so that they compare directly with the mention finder's word keys.
 */
public final class Lexicon {
    public final Set<String> personTitles;
    /** "عميد الشرطة الممتاز": police ranks as phrases, titles not posts (rank-titles.txt, keys). */
    public final Set<String> rankTitles;
    /** "الأفارقة", "العرب": broken plurals naming peoples (people-plurals.txt). */
    public final Set<String> peoplePlurals;
    public final Set<String> postHeads;
    public final Set<String> orgHeads;
    public final Set<String> placeHeads;
    public final Map<String, String> eventHeads;
    public final Set<String> speechVerbs;
    public final Set<String> meetingVerbs;
    public final Set<String> givenNames;
    /** Given names of both lists, the statistical NER's too (ner-given-names.txt holds some common words). */
    public final Set<String> anyGivenNames;
    public final Set<String> nameStops;
    /** "بحث", "مناقشة": verbal nouns of purpose, name stops after ل, nouns of a body's name with the article (purpose-nouns.txt). */
    public final Set<String> purposeNouns;
    public final Set<String> descriptiveAdjectives;
    /** Post head ("المدير العام", as a name key) → the body such a post heads, as written ("المديرية العامة"). */
    public final Map<String, String> postBodies;
    /** Nouns that name a state service by themselves ("الشرطة", "الاستعلامات"): with an adjective, a name. */
    public final Set<String> institutionNouns;
    /** Adjectives too general to make an institution noun a name ("الوطنية", "المحلية"). */
    public final Set<String> genericAdjectives;
    /** Organs of an organisation: two-word name key ("جمعيه عامه") → as written ("الجمعية العامة"). */
    public final Map<String, String> organs;
    /** Nouns that make the organ after them a meeting ("أشغال", "اجتماع"). */
    public final Set<String> meetingNouns;
    /** Nouns for a publication ("موقع", "صحيفة"): a quoted name after them is an organisation. */
    public final Set<String> mediaHeads;
    /** Canonical names of a numbered event by kind: {Arabic format, English format} (event-names.tsv). */
    public final Map<String, List<String>> eventNames;
    /** Words that link the parts of a person's name ("بن", "أبو", "آل"). */
    public final Set<String> nameConnectors;
    /** Particles inside European names ("فان", "فون", "دي"): name-particles.txt. */
    public final Set<String> nameParticles;
    /** Heads of an operation or campaign named in quotes ("عملية", "حملة") → the event kind (operation-heads.txt). */
    public final Map<String, String> operationHeads;
    /** Words before a quoted name that say it is one ("اسم", "شعار"; name-introducers.txt). */
    public final Set<String> nameIntroducers;
    /** Heads of a state's divisions, part of the division's name ("إقليم", "محافظة"; division-heads.txt). */
    public final Set<String> divisionHeads;
    /** Nouns of a unit named by what it does ("إدارة", "وحدة"; unit-nouns.txt) and what it does ("مكافحة"; unit-functions.txt). */
    public final Set<String> unitNouns, unitFunctions;
    /** Heads of bodies named with the place they sit in after "في" ("محكمة الاستئناف في جبل لبنان"; seated-heads.txt), as keys. */
    public final Set<String> seatedHeads;
    /** Heads of a representative's post and the adjectives that make it a standing office (representative-*.txt). */
    public final Set<String> representativeHeads, representativeStanding;
    /** Adjectives of efforts after a body's bare name ("المستمرة"; effort-adjectives.txt). */
    public final Set<String> effortAdjectives;
    /** "القادمة" → 1, "الحالية" → 0, "الماضية" → -1: a session named by where it stands from the one the article dates. */
    public final Map<String, Integer> relativeOccurrences;
    /** Nouns that open an event named without a number ("كأس", "انتخابات") → the event kind. */
    public final Map<String, String> namedEventHeads;
    /** Nouns for what someone says to an outlet ("تصريح", "حديث"): interview-nouns.txt. */
    public final Set<String> interviewNouns;
    /** Nouns for a named storm ("الإعصار", "عاصفة"): storm-heads.txt. */
    public final Set<String> stormHeads;
    /** Plural nouns of the people a meeting gathers ("وزراء", "قادة"): "الاجتماع التنسيقي لوزراء التجارة". */
    public final Set<String> eventParticipants;
    /** "الأسبوع" → period, "الأحد" → day: words that end an event's name (time-nouns.tsv). */
    public final Map<String, String> timeNouns;
    /** "مساعد": heads a post before another post's head only (deputy-heads.txt). */
    public final Set<String> deputyHeads;
    /** "المتحدث", "الناطقة": with "باسم" after them, a post that names whom it speaks for (on-behalf-heads.txt). */
    public final Set<String> onBehalfHeads;
    /** "عضو", "الخبير": after a comma they say what the person named before is (apposition-heads.txt). */
    public final Set<String> appositionHeads;
    /** "بني", "أولاد", "عين": words that open a place name of two words or more (compound-place-starts.txt). */
    public final Set<String> compoundPlaceStarts;
    /** "محافظات", "ولايات": plural place heads a list of places follows (plural-place-heads.txt). */
    public final Set<String> pluralPlaceHeads;
    /** "قيادة", "زعامة": with ب they say who leads, never a body's head (led-by.txt). */
    public final Set<String> ledBy;
    /** "حزب", "كتلة": heads whose name may be one indefinite word, "حزب تواصل" (party-heads.txt). */
    public final Set<String> partyHeads;
    /** Deputies' nouns that take a rank, then ل and the post deputised for ("النائب الأول لرئيس …"; ranked-deputy-heads.txt). */
    public final Set<String> rankedDeputyHeads;
    /** Adjectives that make "مدينة X" a complex, with the type it then is ("مدينة الحسين الطبية"; complex-adjectives.txt). */
    public final Map<String, String> complexAdjectives;
    /** Titles that are also family names, the name's last word where no name follows them ("منى السيد،"; title-surnames.txt), as keys. */
    public final Set<String> titleSurnames;
    /** Portfolios that alone name their ministry as a verb's subject ("وأكدت الداخلية"; ministry-short-forms.txt), as keys. */
    public final Set<String> ministryShortForms;
    /** Nouns of an electoral list, named in quotes after them ("لائحة «بيروت مدينتي»"; list-heads.txt), as keys. */
    public final Set<String> listHeads;
    /** "الحاكم", "المعارض": where a party stands, said after its name, never part of it (party-stances.txt). */
    public final Set<String> partyStances;
    /** "الجديدة" after a known city: another town ("حلفا الجديدة"; new-town-words.txt). */
    public final Set<String> newTownWords;
    /** "محافظتي", "ولايتي": a place head in the dual, two places after it (dual-place-heads.txt). */
    public final Set<String> dualPlaceHeads;
    /** "مكتب", "فرع": a known body's office somewhere, "مكتب منظمة العمل الدولية في الدوحة" (branch-heads.txt). */
    public final Set<String> branchHeads;
    /** "دائرة": a body's head only without the article and in a name of three words or more (construct-org-heads.txt). */
    public final Set<String> constructOrgHeads;
    /** "الله", "الدين": second words of compound names, never a surname alone (compound-name-ends.txt). */
    public final Set<String> compoundNameEnds;
    /** "الكوليرا", "الحصبة": common nouns the model reads as names when alone (common-nouns-read-as-names.txt). */
    public final Set<String> commonNounsReadAsNames;
    /** "عشر", "ثلاثة", "ألف": cardinal number words (cardinals.txt). */
    public final Set<String> cardinals;
    /** "باسم": given names that are also a preposition phrase (preposition-names.txt). */
    public final Set<String> prepositionNames;
    /** "وسط", "شمال": nouns of position that end a venue's name (position-nouns.txt). */
    public final Set<String> positionNouns;
    /** Nouns for a company: the quoted name after them is an organisation ("مصنع "النور" للإسمنت"). */
    public final Set<String> companyHeads;
    /** Last words that make an organisation-like name a venue, a place ("المركز الدولي للمؤتمرات"). */
    public final Set<String> venueWords;
    /** Nouns of an agreement or a process named after a place ("اتفاقية …", "مسار …"): that place is not mentioned. */
    public final Set<String> placeNamedThings;
    /** Nouns that make one place name with the known place after them ("ريف دمشق"). */
    public final Set<String> placePrefixes;
    /** Nouns that open a venue's name, the whole phrase a place ("مطار معيتيقة الدولي", "استاد القاهرة"). */
    public final Set<String> venueHeads;
    /** Bodies and offices every state has ("وزير داخليه", "برلمان", "وزاره …"; state-offices.txt). */
    private final NamesAndHeads stateOffices;
    /** Offices serving in another country ("سفير", "القنصل …"; offices-abroad.txt). */
    private final NamesAndHeads officesAbroad;
    /** Nouns before a country's name ("جمهورية", "دولة"; state-nouns.txt), as name keys. */
    public final Set<String> stateNouns;
    /** Heads of a body often named after a person ("جامعة", "مستشفى"): the name, title included, is the body's. */
    public final Set<String> eponymHeads;
    /** Adjectives that place a body in the story ("الأخير", "التابعة"): a name ends before them. */
    public final Set<String> storyAdjectives;
    /** Adjectives that name a recurring event after a definite head of its series ("الألعاب الأولمبية"; series-adjectives.txt). */
    public final Set<String> seriesAdjectives;
    /** Two-word phrases with an event head that name no event ("ألعاب القوى"; not-events.txt), as phrase keys. */
    public final Set<String> notEvents;
    /** Adjectives that say how wide a body's reach is ("الدولي", "الإقليمي"; scope-adjectives.txt), as keys. */
    public final Set<String> scopeAdjectives;
    /** Participles of a body's remit, followed by ب ("المختصة بقضايا النزاهة"; remit-participles.txt), as keys. */
    public final Set<String> remitParticiples;
    /** Common Arabic words of an independent dictionary (common-words.txt, from hunspell-ar), as keys. */
    public final Set<String> commonWords;
    /** One-word names of clubs that are also ordinary words ("الهلال", "النصر"; sport-only-names.txt), as keys. */
    public final Set<String> sportOnlyNames;
    /** Compass points before a country or region ("شرق", "جنوب شرق"; compass-points.txt), as phrase keys. */
    public final Set<String> compassPoints;
    /** Compass adjectives after a country or region ("الوسطى", "الشرقية"; compass-points.txt), as keys. */
    public final Set<String> compassAdjectives;
    /** Honorifics written after a given name ("باشا", "بك"; name-honorifics.txt), as keys. */
    public final Set<String> nameHonorifics;
    /** Loanwords that end a venue's name ("أرينا", "بارك"; venue-name-ends.txt), as keys. */
    public final Set<String> venueNameEnds;
    /** Venue nouns whose names hold their city ("فندق"; city-named-venues.txt), as keys. */
    public final Set<String> cityNamedVenues;
    /** Words that make an article one about sport ("مباراة", "الدوري"; sport-words.txt), as keys. */
    public final Set<String> sportWords;
    /**
     * Nouns of geographic features that are part of the place's name ("جزيرة جربة"; feature-heads.txt), as keys, with
     * "same" when the feature is the known place of that name ("جزيرة صقلية") or "own" ("مضيق هرمز").
     */
    public final Map<String, String> featureHeads;
    /** Adjectives that belong to such a place's name ("الحدودي"; feature-adjectives.txt), as keys. */
    public final Set<String> featureAdjectives;
    /** Feature nouns whose name may be a definite common word ("حي الرمل"). */
    public final Set<String> definiteNameHeads;
    /** Words that end a company's name after its own name ("القابضة"). */
    public final Set<String> companyNameEnds;
    /** Who a union is for, whose ب-phrase is the body's name ("للعاملين بقطاع النفط"). */
    public final Set<String> workerParticiples;
    /** Departments and roles every body has, as name keys ("اداره عامه", "شوون قانونيه"): no organisation alone. */
    public final Set<String> genericBodies;
    /** Relative pronouns and verbal particles ("التي", "لم"): the indefinite word after them is a verb. */
    public final Set<String> verbMarkers;
    /** Words that make a club of the place beside them → "before" or "after" the place ("ريال مدريد", "مانشستر سيتي"). */
    public final Map<String, String> clubAffixes;
    /** Heads that are also verbal nouns ("إدارة"): no body in a construct of two words ("إدارة الأزمة"; verbal-heads.txt). */
    public final Set<String> verbalHeads;
    /** Units of a body ("غرفة", "شعبة"): ب and the body after the unit's name are part of it (unit-heads.txt). */
    public final Set<String> unitHeads;
    /** Heads whose names coordinate fields, plurals included ("وزارة الخارجية والمغتربين"; portfolio-heads.txt). */
    public final Set<String> portfolioHeads;
    /** Verbal nouns that keep their preposition in a name → the preposition's key ("دفاع" → "عن"; name-prepositions.txt). */
    public final Map<String, String> namePrepositions;
    /** Prepositions of where an office abroad serves ("في", "لدى"; abroad-prepositions.txt), as keys. */
    public final Set<String> abroadPrepositions;
    /** "الخارج": after في or ب, the end of a portfolio of expatriates (abroad-words.txt). */
    public final Set<String> abroadWords;
    /** Plurals of bodies ("المنظمات", "الأجهزة"; body-plurals.txt): after و they open a list. */
    public final Set<String> bodyPlurals;

    private Lexicon() {
        personTitles = keys("person-titles.txt");
        rankTitles = keys("rank-titles.txt");
        peoplePlurals = keys("people-plurals.txt");
        postHeads = keys("post-heads.txt");
        orgHeads = keys("org-heads.txt");
        placeHeads = keys("place-heads.txt");
        eventHeads = pairs("event-heads.txt");
        speechVerbs = keys("speech-verbs.txt");
        meetingVerbs = keys("meeting-verbs.txt");
        givenNames = keys("given-names.txt");
        anyGivenNames = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(
                java.util.stream.Stream.concat(givenNames.stream(), keys("ner-given-names.txt").stream()).toList()));
        purposeNouns = keys("purpose-nouns.txt");
        Set<String> stops = new HashSet<>(keys("name-stops.txt"));
        stops.addAll(purposeNouns);
        nameStops = Set.copyOf(stops);
        descriptiveAdjectives = keys("descriptive-adjectives.txt");
        postBodies = pairs("post-bodies.txt");
        institutionNouns = keys("institution-nouns.txt");
        genericAdjectives = keys("generic-adjectives.txt");
        organs = written("organs.txt");
        meetingNouns = keys("meeting-nouns.txt");
        mediaHeads = keys("media-heads.txt");
        eventNames = columns("event-names.tsv");
        nameConnectors = keys("name-connectors.txt");
        nameParticles = keys("name-particles.txt");
        operationHeads = pairs("operation-heads.txt");
        nameIntroducers = keys("name-introducers.txt");
        divisionHeads = keys("division-heads.txt");
        unitNouns = keys("unit-nouns.txt");
        unitFunctions = keys("unit-functions.txt");
        seatedHeads = keys("seated-heads.txt");
        representativeHeads = keys("representative-heads.txt");
        representativeStanding = keys("representative-standing.txt");
        effortAdjectives = keys("effort-adjectives.txt");
        Map<String, Integer> relative = new HashMap<>();
        pairs("relative-occurrences.txt").forEach((k, v) -> relative.put(k, Integer.parseInt(v)));
        relativeOccurrences = Map.copyOf(relative);
        namedEventHeads = pairs("named-event-heads.txt");
        stormHeads = keys("storm-heads.txt");
        interviewNouns = keys("interview-nouns.txt");
        eventParticipants = keys("event-participants.txt");
        timeNouns = pairs("time-nouns.tsv");
        deputyHeads = keys("deputy-heads.txt");
        onBehalfHeads = keys("on-behalf-heads.txt");
        appositionHeads = keys("apposition-heads.txt");
        compoundPlaceStarts = keys("compound-place-starts.txt");
        pluralPlaceHeads = keys("plural-place-heads.txt");
        ledBy = keys("led-by.txt");
        partyHeads = keys("party-heads.txt");
        rankedDeputyHeads = keys("ranked-deputy-heads.txt");
        complexAdjectives = pairs("complex-adjectives.txt");
        for (String type : complexAdjectives.values()) {
            if (java.util.Arrays.stream(KbType.values()).noneMatch(k -> k.name().equals(type))) {
                throw new IllegalStateException("complex-adjectives.txt: unknown type '" + type + "' (a knowledge-base type such as Organization or Place)");
            }
        }
        titleSurnames = keys("title-surnames.txt");
        ministryShortForms = keys("ministry-short-forms.txt");
        listHeads = keys("list-heads.txt");
        partyStances = keys("party-stances.txt");
        newTownWords = keys("new-town-words.txt");
        dualPlaceHeads = keys("dual-place-heads.txt");
        branchHeads = keys("branch-heads.txt");
        constructOrgHeads = keys("construct-org-heads.txt");
        compoundNameEnds = keys("compound-name-ends.txt");
        commonNounsReadAsNames = keys("common-nouns-read-as-names.txt");
        cardinals = keys("cardinals.txt");
        prepositionNames = keys("preposition-names.txt");
        positionNouns = keys("position-nouns.txt");
        companyHeads = keys("company-heads.txt");
        venueWords = keys("venue-words.txt");
        placeNamedThings = keys("place-named-things.txt");
        placePrefixes = keys("place-prefixes.txt");
        venueHeads = keys("venue-heads.txt");
        stateOffices = NamesAndHeads.read("state-offices.txt");
        officesAbroad = NamesAndHeads.read("offices-abroad.txt");
        stateNouns = keys("state-nouns.txt");
        eponymHeads = keys("eponym-heads.txt");
        storyAdjectives = keys("story-adjectives.txt");
        seriesAdjectives = keys("series-adjectives.txt");
        notEvents = keys("not-events.txt");
        scopeAdjectives = keys("scope-adjectives.txt");
        remitParticiples = keys("remit-participles.txt");
        commonWords = keys("common-words.txt");
        sportOnlyNames = keys("sport-only-names.txt");
        sportWords = keys("sport-words.txt");
        nameHonorifics = keys("name-honorifics.txt");
        venueNameEnds = keys("venue-name-ends.txt");
        cityNamedVenues = keys("city-named-venues.txt");
        Map<String, String> compass = pairs("compass-points.txt");
        compassPoints = compass.keySet();
        compassAdjectives = compass.values().stream().filter(a -> !a.equals("-")).map(ArabicNormaliser::nameKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        featureHeads = pairs("feature-heads.txt");
        featureAdjectives = keys("feature-adjectives.txt");
        definiteNameHeads = keys("definite-name-heads.txt");
        companyNameEnds = keys("company-name-ends.txt");
        workerParticiples = keys("worker-participles.txt");
        genericBodies = keys("generic-bodies.txt");
        verbMarkers = keys("verb-markers.txt");
        clubAffixes = pairs("club-affixes.txt");
        verbalHeads = keys("verbal-heads.txt");
        unitHeads = keys("unit-heads.txt");
        portfolioHeads = keys("portfolio-heads.txt");
        Map<String, String> prepositions = new HashMap<>();
        pairs("name-prepositions.txt").forEach((k, v) -> prepositions.put(k, ArabicNormaliser.nameKey(v)));
        namePrepositions = Map.copyOf(prepositions);
        abroadPrepositions = keys("abroad-prepositions.txt");
        abroadWords = keys("abroad-words.txt");
        bodyPlurals = keys("body-plurals.txt");
    }

    /**
     * "فاتح أربكان مفاجأة", "شي جين بينغ كلمة": an indefinite feminine common noun of the dictionary, never a given name,
     * after two words of a name is the sentence's (its object, its predicate), not the name's third word. (Not any common
     * noun: many family names are words, "محمد صالح طريق"; few end in ة.)
     */
    public boolean commonNounAfterName(String key, String pos) {
        return (pos.equals("NN") || pos.equals("NNS")) && key.endsWith(org.rawabit.text.Affixes.FEMININE) && commonWords.contains(key) && !givenNames.contains(key);
    }

    /** Whether a name key names an office that serves in another country ("سفير", "القنصل العام"). */
    public boolean servesAbroad(String nameKey) {
        return officesAbroad.contains(nameKey);
    }

    /**
     * Names listed whole, and heads ("وزارة …", a line ending in " …") that make every name they begin one
     * of the list; both as name keys.
     */
    private record NamesAndHeads(Set<String> names, Set<String> heads) {
        static NamesAndHeads read(String file) {
            Set<String> names = new HashSet<>(), heads = new HashSet<>();
            for (String line : lines(file)) {
                if (line.endsWith("…")) heads.add(ArabicNormaliser.nameKey(line.substring(0, line.length() - 1)));
                else names.add(ArabicNormaliser.nameKey(line));
            }
            return new NamesAndHeads(Set.copyOf(names), Set.copyOf(heads));
        }

        boolean contains(String nameKey) {
            if (names.contains(nameKey)) return true;
            int space = nameKey.indexOf(' ');
            return heads.contains(space < 0 ? nameKey : nameKey.substring(0, space));
        }

        @Override
        public String toString() {
            return new java.util.TreeSet<>(names) + "|" + new java.util.TreeSet<>(heads);
        }
    }

    /** Whether a name key is listed whole as a body or office every state has ("نيابه عامه"), not only by its head ("وزارة …"). */
    public boolean isStateOfficeNamedWhole(String nameKey) {
        return stateOffices.names().contains(nameKey);
    }

    /** Whether a name key names a body or office every state has ("وزاره صحه", "سفير"). */
    public boolean isStateOffice(String nameKey) {
        return stateOffices.contains(nameKey);
    }

    /** Hash of every word list, part of the pipeline's fingerprint. */
    public String fingerprint() {
        return org.rawabit.core.Ids.sha256Hex(String.join("|", new java.util.TreeSet<>(personTitles).toString(),
                new java.util.TreeSet<>(postHeads).toString(), new java.util.TreeSet<>(orgHeads).toString(),
                new java.util.TreeSet<>(placeHeads).toString(), new java.util.TreeMap<>(eventHeads).toString(),
                new java.util.TreeSet<>(speechVerbs).toString(), new java.util.TreeSet<>(meetingVerbs).toString(),
                new java.util.TreeSet<>(givenNames).toString(),
                new java.util.TreeSet<>(nameStops).toString(), new java.util.TreeSet<>(descriptiveAdjectives).toString(),
                new java.util.TreeMap<>(postBodies).toString(), new java.util.TreeSet<>(institutionNouns).toString(),
                new java.util.TreeSet<>(genericAdjectives).toString(), new java.util.TreeMap<>(organs).toString(),
                new java.util.TreeSet<>(meetingNouns).toString(), new java.util.TreeSet<>(mediaHeads).toString(),
                new java.util.TreeMap<>(eventNames).toString(), new java.util.TreeSet<>(nameConnectors).toString(), new java.util.TreeSet<>(nameParticles).toString(),
                new java.util.TreeMap<>(operationHeads).toString(), new java.util.TreeSet<>(nameIntroducers).toString(), new java.util.TreeSet<>(divisionHeads).toString(),
                new java.util.TreeSet<>(unitNouns).toString(), new java.util.TreeSet<>(unitFunctions).toString(),
                new java.util.TreeSet<>(seatedHeads).toString(),
                new java.util.TreeSet<>(representativeHeads).toString(), new java.util.TreeSet<>(representativeStanding).toString(),
                new java.util.TreeSet<>(effortAdjectives).toString(),
                new java.util.TreeMap<>(relativeOccurrences).toString(),
                new java.util.TreeMap<>(namedEventHeads).toString(), new java.util.TreeSet<>(eventParticipants).toString(),
                new java.util.TreeMap<>(timeNouns).toString(), new java.util.TreeSet<>(deputyHeads).toString(), new java.util.TreeSet<>(onBehalfHeads).toString(), new java.util.TreeSet<>(appositionHeads).toString(), new java.util.TreeSet<>(compoundPlaceStarts).toString(), new java.util.TreeSet<>(pluralPlaceHeads).toString(), new java.util.TreeSet<>(ledBy).toString(), new java.util.TreeSet<>(partyHeads).toString(), new java.util.TreeSet<>(listHeads).toString(), new java.util.TreeSet<>(rankedDeputyHeads).toString(), new java.util.TreeMap<>(complexAdjectives).toString(), new java.util.TreeSet<>(titleSurnames).toString(), new java.util.TreeSet<>(ministryShortForms).toString(), new java.util.TreeSet<>(partyStances).toString(), new java.util.TreeSet<>(newTownWords).toString(), new java.util.TreeSet<>(dualPlaceHeads).toString(), new java.util.TreeSet<>(branchHeads).toString(), new java.util.TreeSet<>(constructOrgHeads).toString(), new java.util.TreeSet<>(compoundNameEnds).toString(), new java.util.TreeSet<>(commonNounsReadAsNames).toString(), new java.util.TreeSet<>(cardinals).toString(), new java.util.TreeSet<>(prepositionNames).toString(), new java.util.TreeSet<>(positionNouns).toString(),
                new java.util.TreeSet<>(companyHeads).toString(), new java.util.TreeSet<>(venueWords).toString(),
                new java.util.TreeSet<>(placeNamedThings).toString(), new java.util.TreeSet<>(placePrefixes).toString(),
                new java.util.TreeSet<>(venueHeads).toString(),
                stateOffices.toString(), officesAbroad.toString(),
                new java.util.TreeSet<>(stateNouns).toString(),
                new java.util.TreeSet<>(eponymHeads).toString(), new java.util.TreeSet<>(storyAdjectives).toString(),
                new java.util.TreeSet<>(genericBodies).toString(), new java.util.TreeSet<>(verbMarkers).toString(),
                new java.util.TreeMap<>(clubAffixes).toString(), new java.util.TreeSet<>(verbalHeads).toString(),
                new java.util.TreeSet<>(unitHeads).toString(), new java.util.TreeSet<>(portfolioHeads).toString(),
                new java.util.TreeMap<>(namePrepositions).toString(), new java.util.TreeSet<>(abroadPrepositions).toString(), new java.util.TreeSet<>(abroadWords).toString(), new java.util.TreeSet<>(purposeNouns).toString(), new java.util.TreeSet<>(rankTitles).toString(), new java.util.TreeSet<>(peoplePlurals).toString(),
                new java.util.TreeSet<>(bodyPlurals).toString(), new java.util.TreeSet<>(stormHeads).toString(),
                new java.util.TreeSet<>(interviewNouns).toString()));
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    private static Set<String> keys(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) out.add(ArabicNormaliser.nameKey(line));
        return Set.copyOf(out);
    }

    /** First column → the other columns, as written (tab-separated). */
    private static Map<String, List<String>> columns(String file) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] cells = line.split("\t");
            if (cells.length < 2) throw new IllegalStateException(file + ": expected tab-separated columns, got: " + line);
            out.put(cells[0].strip(), java.util.Arrays.stream(cells).skip(1).map(String::strip).toList());
        }
        return Map.copyOf(out);
    }

    /** Each entry's name key → the entry as written. */
    private static Map<String, String> written(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) out.put(ArabicNormaliser.nameKey(line), line);
        return Map.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] kv = line.split("\t");
            if (kv.length == 2) out.put(ArabicNormaliser.nameKey(kv[0]), kv[1].strip());
        }
        return Map.copyOf(out);
    }

    /** The entries of a bundled word list ({@code "speech-verbs.txt"}) as written, without comments and blank lines. */
    public static java.util.List<String> lines(String file) {
        return org.rawabit.text.WordLists.lines(file);
    }
}

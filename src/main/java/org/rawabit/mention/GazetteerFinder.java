package org.rawabit.mention;

import org.rawabit.text.Affixes;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.kb.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.kb.KnowledgeBase;

/**
 * Finds every spelling of a known entity, longest match first, over the document's {@link Words}.
 */
public final class GazetteerFinder implements MentionFinder {
    private final KnowledgeBase kb;
    private final Lexicon lexicon = Lexicon.get();
    private final java.util.Set<String> placeHeads = lexicon.placeHeads;

    public GazetteerFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        return find(Words.of(doc));
    }

    public List<Mention> find(Words words) {
        List<Mention> out = new ArrayList<>();
        java.util.Set<String> countriesNamed = null;
        Boolean sportArticle = null;
        for (int i = 0; i < words.size(); ) {
            Match match = longestAt(words, i);
            if (match == null) {
                cliticLeftOn(words, i).ifPresent(out::add);
                i++;
                continue;
            }
            List<KnowledgeBase.Name> alike = spelledAlike(match.name());
            boolean sportOnly = match.name().words().length == 1 && lexicon.sportOnlyNames.contains(words.get(i).key());
            if (sportOnly) {
                if (sportArticle == null) sportArticle = isAboutSport(words);
                if (!sportArticle || qualifiesNounBefore(words, i)) {
                    // the ordinary word, or an entity spelt alike that is no club ("الكاف": El Kef, not the CAF)
                    List<KnowledgeBase.Name> others = java.util.stream.Stream.concat(java.util.stream.Stream.of(match.name()), alike.stream())
                            .filter(n -> MentionType.of(n.entry().type()) != MentionType.ORG).toList();
                    if (others.isEmpty()) {
                        i++;
                        continue;
                    }
                    match = new Match(others.get(0), match.withClitic(), match.cliticDropped());
                    alike = others.subList(1, others.size());
                    sportOnly = false;
                }
            }
            // "السيول" (floods) is Seoul only in an article that names Korea: a city spelt like a common noun needs its country
            if (match.name().words().length == 1 && match.name().entry().type() == org.rawabit.kb.KbType.City
                    && lexicon.commonNounsReadAsNames.contains(words.get(i).key())) {
                if (countriesNamed == null) countriesNamed = countriesNamed(words);
                java.util.Optional<String> country = match.name().entry().partOf();
                if (country.isEmpty() || !countriesNamed.contains(country.get())) {
                    i++;
                    continue;
                }
            }
            if (!alike.isEmpty()) {
                if (countriesNamed == null) countriesNamed = countriesNamed(words);
                match = new Match(meant(words, i, match.name(), alike, countriesNamed), match.withClitic(), match.cliticDropped());
            }
            int last = i + match.name().words().length - 1;
            boolean place = MentionType.of(match.name().entry().type()) == MentionType.LOC;
            // (a club in a match report gets no adjective test)
            if (!sportOnly && (last == i && !match.withClitic() && (adjectiveOutOfPlace(words, i) || place && nationalityAfterNoun(words, i))
                    || place && lineageAfterName(words, i))) {
                i++;
                continue;
            }
            if (place && last == i && hamzaTheNameLacks(words, i, match.name().entry())) {
                // "وأدان" (and he condemned) folds like "وادان" (Ouadane), which no spelling writes with a hamza
                i++;
                continue;
            }
            if (!place && last > i && adjectiveOfNounBefore(words, i)) {
                // "السياسة الخارجية العراقية": a short name that starts with an adjective ("الخارجية العراقية", the ministry)
                // describes the definite noun before it
                i++;
                continue;
            }
            if (place && publicationNamedAfter(words, i)) {
                // "جريدة "الخبر"": a newspaper's quoted name, not the city it is spelt like
                i = last + 1;
                continue;
            }
            if (headedDivisionMisread(words, i, last, match)) {
                // nor is the name after the head the city it is called after ("ولاية بشار الأسد")
                i = last + 1;
                continue;
            }
            int begin = match.withClitic() ? words.get(i).cliticBegin() + match.cliticDropped() : words.get(i).begin();
            MentionType type = MentionType.of(match.name().entry().type());
            // "ووزير الداخلية العراقي": a nationality adjective after a known post says whose post it is
            if (type == MentionType.POST) last = nationalityAfter(words, last);
            if (mayBeCity(match.name()) && last + 1 < words.size() && words.isPhrase(last, last + 1) && words.get(last + 1).clitic().isEmpty()
                    && lexicon.newTownWords.contains(words.get(last + 1).key())) {
                // "حلفا الجديدة": the new town beside the city, a place of its own
                out.add(words.mentionFrom(MentionType.LOC, begin, last + 1, name(), 0.9, Optional.empty(), Optional.empty()));
                i = last + 2;
                continue;
            }
            // "جامعة الملك عبد العزيز بجدة": a known university, court or hospital, and its seat after ب, is one name, as the
            // rules read an unknown one ("المحكمة الابتدائية بالرباط")
            if (type == MentionType.ORG && last + 1 < words.size() && words.isPhrase(last, last + 1) && words.get(last + 1).clitic().equals(Affixes.BA)
                    && (lexicon.eponymHeads.contains(words.get(i).key()) || lexicon.seatedHeads.contains(words.get(i).key()))) {
                Match seat = longestAt(words, last + 1);
                if (seat != null && mayBeCity(seat.name()) && words.isPhrase(last + 1, last + seat.name().words().length)) {
                    last += seat.name().words().length;
                }
            }
            out.add(words.mentionFrom(type, begin, last, name(), 0.95, Optional.of(match.name().entry().id()), Optional.empty()));
            // "جامعة القاضي عياض بمراكش", "الجامعة الأمريكية في بيروت": a known body named with its seat; the seat is a
            // place too (the combiner keeps both)
            if (type == MentionType.ORG && last > i) seatOf(words, i, last).ifPresent(out::add);
            // A post names its organisation ("الأمين العام للإنتربول"): keep looking inside it.
            i = type == MentionType.POST ? i + 1 : last + 1;
        }
        return out;
    }

    /** Whether the word at {@code i} opens a quoted name right after a publication's noun ("صحيفة «…»", "جريدة "…""). */
    private boolean publicationNamedAfter(Words words, int i) {
        if (i < 2 || !words.get(i).clitic().isEmpty()) return false;
        return Words.OPENING_QUOTES.contains(words.get(i - 1).folded()) && lexicon.mediaHeads.contains(words.get(i - 2).key());
    }

    /** The place a known body's name ends with after ب or في ("… بمراكش", "… في بيروت"), if the knowledge base knows it. */
    private Optional<Mention> seatOf(Words words, int first, int last) {
        for (int k = last; k > first; k--) {
            Words.Word x = words.get(k);
            boolean afterIn = words.get(k - 1).clitic().isEmpty() && words.get(k - 1).folded().equals(IN);
            if (!x.clitic().equals(Affixes.BA) && !(afterIn && x.clitic().isEmpty())) continue;
            Match place = longestAt(words, k);
            if (place == null || MentionType.of(place.name().entry().type()) != MentionType.LOC || k + place.name().words().length - 1 != last) continue;
            return Optional.of(words.mention(MentionType.LOC, k, last, name(), 0.95, Optional.of(place.name().entry().id()), Optional.empty()));
        }
        return Optional.empty();
    }

    private static final String IN = ArabicNormaliser.normalise("في");

    /** Whether a known name is a city's, or spelt like one ("عمان": Oman, and Amman). */
    public boolean mayBeCity(KnowledgeBase.Name n) {
        return n.entry().type() == org.rawabit.kb.KbType.City || spelledAlike(n).stream().anyMatch(o -> o.entry().type() == org.rawabit.kb.KbType.City);
    }

    /** Other entities with a name of the same words as {@code n} ("عمان": Oman; "عمّان", Amman, folds alike). */
    private List<KnowledgeBase.Name> spelledAlike(KnowledgeBase.Name n) {
        List<KnowledgeBase.Name> out = new ArrayList<>();
        for (KnowledgeBase.Name other : kb.namesStartingWith(n.words()[0])) {
            if (other.entry() != n.entry() && java.util.Arrays.equals(other.words(), n.words())
                    && out.stream().noneMatch(o -> o.entry() == other.entry())) out.add(other);
        }
        return out;
    }

    /**
     * Which of the entities spelt alike the text means: the one whose spelling the text writes with its
     * vowel marks ("عمّان"), else the one whose country the article names elsewhere (Amman in an article
     * on Jordan), else the knowledge base's first.
     */
    private KnowledgeBase.Name meant(Words words, int i, KnowledgeBase.Name found, List<KnowledgeBase.Name> alike, java.util.Set<String> countriesNamed) {
        List<KnowledgeBase.Name> all = new ArrayList<>(alike);
        all.add(0, found);
        int last = i + found.words().length - 1;
        String written = words.doc().surface(words.get(i).begin(), words.get(last).end()).strip();
        if (written.chars().anyMatch(ArabicNormaliser::isVowelMark)) {
            List<KnowledgeBase.Name> exact = all.stream().filter(n -> n.entry().arabicNames().stream().anyMatch(written::equals)).toList();
            if (exact.size() == 1) return exact.get(0);
        }
        // "عمان - قالت الوزيرة …": a dateline names the city the story was filed in (Amman, not Oman)
        java.util.OptionalInt dateline = words.doc().article().datelineBegin();
        if (dateline.isPresent() && dateline.getAsInt() == words.get(i).begin()) {
            List<KnowledgeBase.Name> cities = all.stream().filter(n -> n.entry().type() == org.rawabit.kb.KbType.City).toList();
            if (cities.size() == 1) return cities.get(0);
        }
        List<KnowledgeBase.Name> supported = all.stream().filter(n -> countriesNamed.contains(n.entry().id())
                || n.entry().partOf().map(countriesNamed::contains).orElse(false)).toList();
        return supported.size() == 1 ? supported.get(0) : found;
    }

    /** Countries the article names by a name no other entity shares, by a city of theirs, or by their adjective ("الأردني"). */
    private java.util.Set<String> countriesNamed(Words words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Match m = longestAt(words, i);
            if (m != null && spelledAlike(m.name()).isEmpty() && !lexicon.commonNounsReadAsNames.contains(words.get(i).key())) {
                org.rawabit.kb.KbEntry e = m.name().entry();
                if (e.type() == org.rawabit.kb.KbType.Country) out.add(e.id());
                else if (e.type() == org.rawabit.kb.KbType.City) e.partOf().ifPresent(out::add);
            }
            Words.Word w = words.get(i);
            if (w.hasArticle() && w.clitic().isEmpty()) kb.countryOfAdjective(w.key()).ifPresent(c -> out.add(c.id()));
        }
        return out;
    }

    /**
     * "وجيزي", "وطنجة": a one-word organisation or place the segmenter left the conjunction و on (a list "موبيليس، وجيزي،
     * وأوريدو"), when the whole word is no known name. Never a person ("وليد" is no و + "ليد"). "لوهران", "بعنابة": the
     * prepositions ل and ب too, when the tagger reads the whole word as a proper noun (a common word it is not).
     */
    private Optional<Mention> cliticLeftOn(Words words, int i) {
        Words.Word x = words.get(i);
        if (x.isPunctuation() || !x.clitic().isEmpty() || x.hasArticle() || x.folded().length() < 4) return Optional.empty();
        String letter = x.folded().substring(0, 1);
        boolean conjunction = letter.equals(Affixes.CONJUNCTION) && x.folded().length() >= 5;
        boolean preposition = (letter.equals(Affixes.LAM) || letter.equals(Affixes.BA)) && x.isProperNoun()
                && !lexicon.givenNames.contains(x.key()) && !NER_GIVEN_NAMES.contains(x.key());
        if (!conjunction && !preposition) return Optional.empty();
        String rest = x.folded().substring(letter.length());
        for (KnowledgeBase.Name n : kb.namesStartingWith(rest)) {
            MentionType type = MentionType.of(n.entry().type());
            if (n.words().length != 1 || type != MentionType.ORG && type != MentionType.LOC) continue;
            int begin = x.begin() + letter.length();
            String text = words.doc().text();
            if (!ArabicNormaliser.normalise(text.substring(begin, begin + 1)).equals(rest.substring(0, 1))) return Optional.empty();
            return Optional.of(new Mention(type, begin, x.end(), text.substring(begin, x.end()), name(), 0.9, Optional.of(n.entry().id()), Optional.empty()));
        }
        return Optional.empty();
    }

    /** The last of the words from {@code last} on: {@code last}, or the definite adjective naming a country right after it. */
    int nationalityAfter(Words words, int last) {
        if (last + 1 >= words.size()) return last;
        Words.Word next = words.get(last + 1);
        if (next.sentence() != words.get(last).sentence() || !next.clitic().isEmpty() || !next.hasArticle()) return last;
        return kb.countryOfAdjective(next.key()).isPresent() ? last + 1 : last;
    }

    /** The knowledge-base id of the one place spelt {@code name} (clitics and article aside), if any. */
    public Optional<String> knownPlace(String name) {
        List<org.rawabit.kb.KbEntry> places = kb.byNameKey(org.rawabit.text.ArabicNormaliser.nameKey(name)).stream()
                .filter(e -> MentionType.of(e.type()) == MentionType.LOC).toList();
        return places.size() == 1 ? Optional.of(places.get(0).id()) : Optional.empty();
    }

    /** Whether a word key is a country's nationality adjective ("اسباني", "مصريه"). */
    public boolean isNationality(String key) {
        return kb.countryOfAdjective(key).isPresent();
    }

    /** The knowledge-base id of the one organisation named {@code name} (clitics and article aside), if any. */
    public Optional<String> knownOrganisation(String name) {
        List<org.rawabit.kb.KbEntry> orgs = kb.byNameKey(org.rawabit.text.ArabicNormaliser.nameKey(name)).stream()
                .filter(e -> MentionType.of(e.type()) == MentionType.ORG).toList();
        return orgs.size() == 1 ? Optional.of(orgs.get(0).id()) : Optional.empty();
    }

    /** Whether the word at {@code i} is written with a hamza on its alef that none of the entry's spellings has. */
    private static boolean hamzaTheNameLacks(Words words, int i, org.rawabit.kb.KbEntry entry) {
        Words.Word x = words.get(i);
        String written = words.doc().text().substring(x.cliticBegin(), x.end());
        if (written.chars().noneMatch(c -> HAMZA_ALEFS.indexOf(c) >= 0)) return false;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(entry.labelAr()), entry.variantsAr().stream())
                .noneMatch(n -> n.chars().anyMatch(c -> HAMZA_ALEFS.indexOf(c) >= 0));
    }

    private static final String HAMZA_ALEFS = "أإآ";

    /** Whether the word at {@code i} is a definite adjective (no clitic) right after a definite common noun it can describe. */
    private static boolean adjectiveOfNounBefore(Words words, int i) {
        Words.Word x = words.get(i);
        if (i == 0 || !x.clitic().isEmpty() || !x.hasArticle() || !(x.pos().contains("JJ") || Affixes.isNisba(x.key()))) return false;
        Words.Word prev = words.get(i - 1);
        return words.isPhrase(i - 1, i) && prev.hasArticle() && prev.pos().startsWith("DTNN") && !prev.isProperNoun()
                && prev.key().endsWith(Affixes.FEMININE) == x.key().endsWith(Affixes.FEMININE);
    }

    /**
     * "التحديات الأمنية الجديدة": a one-word known name the tagger reads as an adjective (El Jadida,
     * "الجديدة" = new) names the place only where a place is expected: after a place noun ("مدينة
     * الجديدة"), a preposition ("في الجديدة") or with one glued on ("بالجديدة").
     */
    private boolean adjectiveOutOfPlace(Words words, int i) {
        Words.Word x = words.get(i);
        if (!x.pos().contains("JJ") || !x.clitic().isEmpty()) return false;
        if (i == 0) return true;
        Words.Word prev = words.get(i - 1);
        if (prev.isPunctuation() || prev.sentence() != x.sentence()) return true;
        return !(prev.pos().equals("IN") || placeHeads.contains(prev.key()));
    }

    /** An article about sport: two different words of sport-words.txt or more. */
    private boolean isAboutSport(Words words) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < words.size() && seen.size() < 2; i++) {
            String key = words.get(i).key();
            if (lexicon.sportWords.contains(key)) seen.add(key);
        }
        return seen.size() >= 2;
    }

    /**
     * "الفريق الأهلي", "المنتخب الوطني": a club's one-word name right after a definite noun, with no clitic of
     * its own, agrees with that noun as its adjective.
     */
    private static boolean qualifiesNounBefore(Words words, int i) {
        return words.get(i).clitic().isEmpty() && words.definiteNounBefore(i);
    }

    /**
     * "أحمد بن سليمان العيسى": a place spelt with a name connector ("بن سليمان", the town) right after a given
     * name or a proper noun is the lineage of a person's name, not the place.
     */
    private boolean lineageAfterName(Words words, int i) {
        Words.Word x = words.get(i);
        if (i == 0 || !x.clitic().isEmpty() || !Lexicon.get().nameConnectors.contains(x.key()) || !words.isPhrase(i - 1, i)) return false;
        Words.Word prev = words.get(i - 1);
        return prev.clitic().isEmpty() && (prev.isProperNoun() || Lexicon.get().givenNames.contains(prev.key()));
    }

    /**
     * "العاصمة السعودية", "الحكومة السورية": a known place spelt like a nationality adjective (a definite
     * nisba) right after a definite noun agrees with it: an adjective, not the country.
     */
    private boolean nationalityAfterNoun(Words words, int i) {
        Words.Word x = words.get(i);
        if (!x.clitic().isEmpty() || !x.hasArticle() || !Affixes.isNisba(x.key()) || !words.definiteNounBefore(i)) return false;
        return words.get(i - 1).clitic().isEmpty() && longestAt(words, i - 1) == null;
    }

    /**
     * A state's division named with its head ("ولاية بشار", "المنطقة الشرقية") that the words around it read otherwise:
     * a definite head and adjective followed by "من" describe part of what follows ("المنطقة الشرقية من المدينة"), and a
     * proper noun right after the name continues a person's name ("ولاية بشار الأسد الثالثة" is his term of office).
     */
    private boolean headedDivisionMisread(Words words, int i, int last, Match match) {
        if (match.name().entry().type() != org.rawabit.kb.KbType.Region || last == i || !placeHeads.contains(words.get(i).key())) return false;
        if (last + 1 >= words.size() || !words.isPhrase(last, last + 1)) return false;
        Words.Word next = words.get(last + 1);
        if (words.get(i).hasArticle()) return next.clitic().isEmpty() && next.key().equals(FROM);
        // (only a division whose name is also a given name, "بشار", or starts a known person's: "ولاية وهران سعيد سعيود" is
        // Oran's governor and his name)
        if (!next.clitic().isEmpty() || !next.isProperNoun() || longestAt(words, last + 1) != null) return false;
        if (lexicon.givenNames.contains(words.get(last).key()) || NER_GIVEN_NAMES.contains(words.get(last).key())) return true;
        KnowledgeBase.Name person = longest(words, last, words.get(last).folded());
        return person != null && MentionType.of(person.entry().type()) == MentionType.PER;
    }

    private static final String FROM = "من";
    /** Given names the statistical tier's lists add ("بشار"), as keys. */
    private static final java.util.Set<String> NER_GIVEN_NAMES = Lexicon.lines("ner-given-names.txt").stream()
            .map(org.rawabit.text.ArabicNormaliser::nameKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A known name found at a word; {@code withClitic} when only the clitic-glued spelling matched, less the first
     * {@code cliticDropped} letters of the clitics ("وبسكرة": و + Biskra, whose ب the segmenter took for a preposition).
     */
    public record Match(KnowledgeBase.Name name, boolean withClitic, int cliticDropped) {
        public Match(KnowledgeBase.Name name, boolean withClitic) {
            this(name, withClitic, 0);
        }
    }

    /** Whether a folded adjective key is the nationality adjective of a known country ("كندي" of Canada). */
    public boolean isCountryAdjective(String adjectiveKey) {
        return kb.countryOfAdjective(adjectiveKey).isPresent();
    }

    /** The longest known name starting at word {@code i}, or null. */
    public Match longestAt(Words words, int i) {
        Words.Word first = words.get(i);
        if (first.isPunctuation()) return null;
        if (first.clitic().equals(Affixes.COMPARISON)) {
            // "كسلا": a whole word that is a known name is the name (Kassala), not "like" + another name ("سلا", Salé);
            // "like" rarely comes right before a bare place or body
            KnowledgeBase.Name whole = longest(words, i, first.clitic() + first.folded());
            if (whole != null) return new Match(whole, true);
        }
        KnowledgeBase.Name n = longest(words, i, first.folded());
        if (n != null) return new Match(n, false);
        if (first.clitic().isEmpty()) return unsplitPlace(words, i);
        n = longest(words, i, first.clitic() + first.folded());
        if (n == null && first.clitic().endsWith(Affixes.LAM) && first.folded().startsWith(Affixes.LAM) && !first.folded().startsWith(Affixes.ARTICLE)) {
            // "للولايات": ل + ال contracted to لل, which the segmenter at times leaves as ل + "لولايات"
            n = longest(words, i, Affixes.ALIF + first.folded());
        }
        if (n == null && first.clitic().startsWith(Affixes.CONJUNCTION) && first.clitic().length() > 1) {
            // "وبسكرة": و + a name the segmenter split as a preposition + a word ("ب" + "سكرة"); the name keeps the
            // letters after the conjunction
            String rest = first.clitic().substring(Affixes.CONJUNCTION.length());
            n = longest(words, i, rest + first.folded());
            if (n != null) return new Match(n, true, Affixes.CONJUNCTION.length());
        }
        return n == null ? null : new Match(n, true);
    }

    /**
     * "قصر معاشيق بعدن", "وصل إلى بعدن": a known place behind a preposition or conjunction the segmenter left on it (it
     * splits names it knows, not rarer ones). Only a place, never a body, and only when the whole word is no common word
     * ("بلد" is "country", not ب + اللد).
     */
    private Match unsplitPlace(Words words, int i) {
        String folded = words.get(i).folded();
        if (folded.length() < 4 || !UNSPLIT_PROCLITICS.contains(folded.substring(0, 1)) || folded.startsWith(Affixes.ARTICLE, 1)) return null;
        KnowledgeBase.Name n = longest(words, i, folded.substring(1));
        if (n == null || MentionType.of(n.entry().type()) != MentionType.LOC) return null;
        // ("بأديس أبابا": a place of two words or more is that place even where its first word with ب spells a given name, "باديس")
        if (n.words().length == 1 && (lexicon.commonWords.contains(folded) || lexicon.givenNames.contains(folded))) return null;
        return new Match(n, true, 1);
    }

    /** One-letter proclitics the segmenter may leave on a rare name: ب, و, ل. */
    private static final java.util.Set<String> UNSPLIT_PROCLITICS = java.util.Set.of(Affixes.BA, Affixes.CONJUNCTION, Affixes.LAM);

    private KnowledgeBase.Name longest(Words words, int i, String firstKey) {
        for (KnowledgeBase.Name n : kb.namesStartingWith(firstKey)) {
            int len = n.words().length;
            if (!words.isPhrase(i, i + len - 1)) continue;
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) ok = words.get(i + k).spells(n.words()[k]);
            if (ok) return n;
        }
        return null;
    }
}

package org.rawabit.mention;

import org.rawabit.text.Affixes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.text.ArabicOrdinals;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.kb.Lexicon;

/**
 * Hand-written rules for Arabic news: people after titles, in "post، name" appositions and after
 * speech verbs; organisations opened by a head noun ("منظمة/وزارة/المديرية العامة ل…"); places
 * after "مدينة"; and numbered events ("الدورة الـ93 للجمعية العامة للإنتربول").
 */
public final class RuleFinder implements MentionFinder {
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_PHRASE_WORDS = 8;

    private final Lexicon lex;
    private final GazetteerFinder gazetteer;

    public RuleFinder(Lexicon lex, GazetteerFinder gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        return find(Words.of(doc));
    }

    public List<Mention> find(Words w) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).isPunctuation()) continue;
            personAfterTitle(w, i, out);
            personAfterNationality(w, i, out);
            postApposition(w, i, out);
            postTakenUp(w, i, out);
            rankedDeputy(w, i, out);
            personBeforePost(w, i, out);
            personBeforeDefinitePost(w, i, out);
            personFromGivenName(w, i, out);
            personFromLineage(w, i, out);
            placeNameOpensLineage(w, i, out);
            personAfterSpeechVerb(w, i, out);
            personAfterLedBy(w, i, out);
            organisation(w, i, out);
            companyBeforeItsEnd(w, i, out);
            ministryByItsPortfolio(w, i, out);
            bodiesNamedByPost(w, i, out);
            ministryOfMinister(w, i, out);
            quotedPublication(w, i, out);
            placeAfterHead(w, i, out);
            placesAfterDualHead(w, i, out);
            event(w, i, out);
            namedEvent(w, i, out);
            storm(w, i, out);
            outletSpokenTo(w, i, out);
            quotedEvent(w, i, out);
            operationNamedInQuotes(w, i, out);
            brandOfACountry(w, i, out);
            placeWithPrefix(w, i, out);
            venue(w, i, out);
            feature(w, i, out);
            compassPart(w, i, out);
            organ(w, i, out);
            club(w, i, out);
        }
        surnames(w, out);
        titlesBeforeSurnames(w, out);
        ranksAreNoPosts(w, out);
        return out;
    }

    private static final int MAX_RANK_WORDS = 4;

    /**
     * "عميد الشرطة الممتاز ياسين الزرهوني", "المراقب العام للشرطة عبد القادر بوزيدي": a police rank (rank-titles.txt) is a
     * title of the person after it; no post or body is read inside it ("الشرطة الممتاز").
     */
    private void ranksAreNoPosts(Words w, List<Mention> out) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).isPunctuation()) continue;
            int end = -1;
            for (int n = MAX_RANK_WORDS; n >= 2 && end < 0; n--) {
                if (i + n - 1 < w.size() && w.isPhrase(i, i + n - 1) && lex.rankTitles.contains(w.keyOf(i, i + n - 1))) end = i + n - 1;
            }
            if (end < 0) continue;
            int begin = w.get(i).begin(), stop = w.get(end).end();
            out.removeIf(m -> (m.type() == MentionType.POST || m.type() == MentionType.ORG) && m.begin() >= begin && m.end() <= stop);
            i = end;
        }
    }

    /**
     * "الرئيس السيسي", "العميد الخطايبة": a post's head and one definite word that is the family name of someone named in
     * full in the article ("عبد الفتاح السيسي") is a title before his name, not an office ("الرئيس التنفيذي"): the tagger
     * reads both words after the head as adjectives, so only the article's names tell them apart.
     */
    private void titlesBeforeSurnames(Words w, List<Mention> out) {
        List<Mention> surnames = out.stream().filter(m -> m.type() == MentionType.PER && m.finder().equals("rules.surname")).toList();
        if (surnames.isEmpty()) return;
        out.removeIf(m -> {
            if (m.type() != MentionType.POST || !m.finder().equals("rules.post")) return false;
            int first = w.indexAt(m.begin());
            return first >= 0 && first + 1 < w.size() && w.get(first + 1).end() == m.end() && w.get(first + 1).hasArticle()
                    && surnames.stream().anyMatch(s -> s.begin() == w.get(first + 1).begin() && s.end() == m.end());
        });
    }

    /**
     * Once a full name is found, its last word alone names the same person elsewhere in the
     * document ("حموشي", "للحموشي", "وقال الدخيسي").
     */
    private void surnames(Words w, List<Mention> out) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : out) {
            String[] parts = m.key().split(" ");
            if (m.type() == MentionType.PER && parts.length >= 2 && parts[parts.length - 1].length() >= 3
                    && !lex.compoundNameEnds.contains(parts[parts.length - 1])) {
                surnames.add(parts[parts.length - 1]);
            }
        }
        if (surnames.isEmpty()) return;
        withoutGluedSurnames(w, out);
        for (int i = 0; i < w.size(); i++) {
            Words.Word x = w.get(i);
            if (x.isPunctuation() || !surnames.contains(x.key()) || lex.givenNames.contains(x.key())) continue;
            int begin = x.begin();
            if (out.stream().anyMatch(m -> m.type() == MentionType.PER && m.begin() <= begin && begin < m.end())) continue;
            // ("القاضي محمد الساعدي": a title that is also someone's family name is the title before a name)
            if (lex.titleSurnames.contains(x.key()) && i + 1 < w.size() && w.isPhrase(i, i + 1) && nameStart(w.get(i + 1))) continue;
            out.add(name(w, i, i, "rules.surname", 0.75));
        }
    }

    /**
     * "وجهها وزير الداخلية لوران نونيز لحموشي": a name read on over a preposition glued to the family name of someone
     * else named in the article ends before it (the surname pass then finds that person).
     */
    private static void withoutGluedSurnames(Words w, List<Mention> out) {
        for (int n = 0; n < out.size(); n++) {
            Mention m = out.get(n);
            if (m.type() != MentionType.PER) continue;
            int first = w.indexAt(m.begin()), last = first;
            if (first < 0) continue;
            while (last + 1 < w.size() && w.get(last + 1).end() <= m.end()) last++;
            if (last - first < 2 || w.get(last).clitic().isEmpty() || w.get(last).hasArticle()) continue;
            String glued = w.get(last).key();
            boolean someoneElses = out.stream().anyMatch(o -> o != m && o.type() == MentionType.PER && (o.end() <= m.begin() || o.begin() >= m.end())
                    && o.key().endsWith(" " + glued));
            if (someoneElses) out.set(n, w.mentionFrom(MentionType.PER, m.begin(), last - 1, m.finder(), m.confidence(), Optional.empty(), Optional.empty()));
        }
    }

    // ---- people ----------------------------------------------------------------------------

    private void personAfterTitle(Words w, int i, List<Mention> out) {
        int n = phraseIn(w, i, lex.personTitles);
        // "المحاسبة نيرمين فؤاد عبد الملاك": a definite noun of what someone is, right before a proper noun, acts as a title
        if (n == 0 && w.get(i).hasArticle() && w.get(i).clitic().isEmpty() && lex.appositionHeads.contains(w.get(i).key())
                && i + 1 < w.size() && w.isPhrase(i, i + 1) && w.get(i + 1).isProperNoun() && !w.get(i + 1).hasArticle()
                && w.get(i + 1).clitic().isEmpty()) {
            n = 1;
        }
        if (n == 0) return;
        // "أحمدو ولد الشيخ سيديا": after "ولد"/"بن" a title's word is the father's name, inside a lineage
        if (i > 0 && w.isPhrase(i - 1, i) && w.get(i - 1).clitic().isEmpty() && lex.nameConnectors.contains(w.get(i - 1).key())) return;
        // "فريق الوداد", "نادي …": a head noun without its article opens a team or a body, not a rank
        if (n == 1 && !w.get(i).hasArticle() && lex.orgHeads.contains(w.get(i).key())) return;
        // "شارع الملك فهد", "فندق الأمير سلطان": a title after a venue or place noun names that thing, not a person
        // ("جامعة الملك سعود": after the head of a body named after a person, the title and name are the body's)
        if (i > 0 && w.isPhrase(i - 1, i) && !w.get(i - 1).hasArticle() && (lex.venueHeads.contains(w.get(i - 1).key())
                || lex.placeHeads.contains(w.get(i - 1).key()) || lex.eponymHeads.contains(w.get(i - 1).key()))) {
            return;
        }
        // "الفريق أول ركن …", "اللواء الدكتور …": titles chain
        int single = n;
        for (int more; (more = phraseIn(w, i + n, lex.personTitles)) > 0; ) n += more;
        // "شيخ الأزهر", "أمير منطقة …": a one-word title without its article governs the definite noun after it (a post)
        if (n == 1 && single == 1 && !w.get(i).hasArticle() && i + 1 < w.size() && w.get(i + 1).hasArticle() && !isNationality(w.get(i + 1))) return;
        // "نظيره الأردني مازن الفراية", "الوزير الفرنسي …": a nationality adjective may stand between
        if (i + n < w.size() && isNationality(w.get(i + n)) && i + n + 1 < w.size() && nameStart(w.get(i + n + 1))) n++;
        // "القاضية “سارة منير”": court reports quote the name after the title
        boolean quoted = i + n + 1 < w.size() && OPENING_QUOTES.contains(w.get(i + n).folded()) && w.get(i + n + 1).sentence() == w.get(i).sentence();
        if (quoted) n++;
        // "الشيخ ولد بيده": a title's word before "ولد"/"منت" and a name is the given name that opens a lineage
        if (i + n + 1 < w.size() && w.isPhrase(i + n - 1, i + n + 1) && w.get(i + n).clitic().isEmpty()
                && LINEAGE_ONLY.contains(w.get(i + n).key()) && lineageName(w.get(i + n + 1))) {
            int lineageEnd = nameEnd(w, i + n + 1, true);
            if (lineageEnd >= i + n + 1) out.add(name(w, i + n - 1, lineageEnd, "rules.person-title", 0.8));
            return;
        }
        // a title governs a name, never a ministry or a common noun ("وزير خارجية إسبانيا", "رئيس أركان الجيش")
        if (i + n >= w.size() || !nameStart(w.get(i + n)) && !misSplitName(w.get(i + n)) && !givenNameBeforeConnector(w, i + n)
                && !aliReadAsOn(w, i + n) || prepositionMeant(w, i + n)) return;
        int end = nameEnd(w, i + n, false);
        if (!quoted) end = familyNameAfter(w, i + n, end);
        if (quoted && (end + 1 >= w.size() || !CLOSING_QUOTES.contains(w.get(end + 1).folded()))) return;
        if (end >= i + n) out.add(name(w, i + n, end, "rules.person-title", 0.85));
    }

    /**
     * "أكد الألماني ماتياس يايسله"، "بقيادة السلوفيني سلافكو فينتشيتش": a nationality adjective that describes no noun
     * before it (after a verb, a preposition, a noun in construct or at the start) stands for a person, whose name follows.
     * A foreign name's words are read while they are no words of the dictionary, whatever the tagger made of them
     * ("يايسله" as a verb with a pronoun, "فينتشيتش" as ف + a verb).
     */
    private void personAfterNationality(Words w, int i, List<Mention> out) {
        Words.Word x = w.get(i);
        if (!x.clitic().isEmpty() || !x.hasArticle() || !gazetteer.isCountryAdjective(x.key()) || x.key().endsWith(Affixes.FEMININE)
                || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) {
            return;
        }
        if (i > 0 && w.isPhrase(i - 1, i)) {
            Words.Word prev = w.get(i - 1);
            // ("المدرب الألماني …", "ألمانيا الاتحادية": it describes the noun or name before it)
            if (prev.hasArticle() || prev.isProperNoun() && !prev.pos().startsWith("VB") || prev.pos().startsWith("JJ")) return;
        }
        int first = i + 1;
        Words.Word name = w.get(first);
        if (!nameStart(name) || isKnownNonPerson(w, first) || gazetteer.longestAt(w, first) != null) return;
        int end = first;
        for (int j = first + 1; j < w.size() && j <= first + 2 && w.isPhrase(first, j); j++) {
            Words.Word y = w.get(j);
            String whole = y.clitic() + y.folded();
            if (y.hasArticle() || lex.commonWords.contains(whole) || lex.commonWords.contains(y.key()) && y.clitic().isEmpty()
                    || lex.nameStops.contains(y.key()) || titleOrPostHead(y) || y.key().chars().anyMatch(Character::isDigit)
                    || accusativeNoun(y) || gazetteer.longestAt(w, j) != null) {
                break;
            }
            end = j;
        }
        out.add(w.mention(MentionType.PER, first, end, "rules.person-nationality", 0.8, Optional.empty(), Optional.empty()));
    }

    /**
     * "الأمين العام للاتحاد", "المدير السابق للشركة", "رئيس المجلس": a post whose body is only a body's head noun with the
     * article, pointing back to a body named before, names no office of its own; a body every state has ("رئيس الحكومة",
     * "رئيس البرلمان") and one the knowledge base knows do.
     */
    private boolean ofBodyNamedBefore(Words w, int i, int end) {
        int body = i + 1;
        while (body <= end && w.get(body).clitic().isEmpty() && w.get(body).pos().startsWith("DTJJ")) body++;
        if (body > end) return false;
        Words.Word x = w.get(body);
        boolean bare = x.hasArticle() && (x.clitic().isEmpty() || x.clitic().equals(Affixes.LAM)) && (lex.orgHeads.contains(x.key()) || lex.listHeads.contains(x.key()))
                && !lex.isStateOffice(x.key()) && gazetteer.longestAt(w, body) == null && !w.hasPronounSuffix(body);
        if (!bare) return false;
        // ("القائد الأعلى للقوات المسلحة": an adjective after the body's noun may name it; only what places it in the story
        // may follow a back-reference)
        for (int k = body + 1; k <= end; k++) {
            if (!w.get(k).clitic().isEmpty() || !lex.storyAdjectives.contains(w.get(k).key())) return false;
        }
        return true;
    }

    /**
     * "انتخب أحمد الصفدي رئيسا لمجلس النواب", "عين المجلس القاضي كارلوس الحاج رئيسا لمحكمة الاستئناف": the post someone is
     * elected or appointed to, its head in the accusative ("رئيسا", "مديرا"), then ل and the body. The accusative alone
     * ("بصفته رئيسا") names no post.
     */
    private void postTakenUp(Words w, int i, List<Mention> out) {
        Words.Word x = w.get(i);
        String key = x.key();
        if (!x.clitic().isEmpty() || x.hasArticle() || !key.endsWith(ACCUSATIVE_ALEF) || key.length() < 4
                || !lex.postHeads.contains(key.substring(0, key.length() - ACCUSATIVE_ALEF.length()))) {
            return;
        }
        // ("رئيسا لها": ل and a pronoun point back to the body, named before)
        if (i + 1 >= w.size() || !w.isPhrase(i, i + 1) || !w.get(i + 1).clitic().equals(Affixes.LAM) || w.hasPronounSuffix(i)
                || !w.get(i + 1).pos().startsWith("NN") && !w.get(i + 1).pos().startsWith("DTNN") || saysWhen(w, i + 1)) {
            return;
        }
        // "82 مديرا للشرطة", "نحو 25 وزيرا للداخلية": after a number the accusative counts holders, it names no post
        if (i > 0 && w.isPhrase(i - 1, i) && (w.get(i - 1).pos().equals("CD") || w.get(i - 1).folded().matches("\\d+")
                || lex.cardinals.contains(w.get(i - 1).key()))) {
            return;
        }
        // ("ممثلا للحق العام": a representative is a post only as a standing office, representative-heads.txt)
        String nominativeKey = key.substring(0, key.length() - ACCUSATIVE_ALEF.length());
        if (lex.representativeHeads.contains(nominativeKey)) return;
        int end = postPhraseEnd(w, i);
        // ("رئيسا للمجلس": a bare definite noun after ل points back to a body named before; a known one is named)
        if (end <= i || end == i + 1 && w.get(i + 1).hasArticle() && gazetteer.longestAt(w, i + 1) == null) return;
        // keyed as the post is named elsewhere, "رئيس مجلس النواب" (the accusative and the preposition are the sentence's)
        Mention taken = w.mention(MentionType.POST, i, end, "rules.post", 0.7, Optional.empty(), Optional.empty());
        String rest = w.doc().text().substring(w.get(i + 1).begin(), w.get(end).end());
        String nominative = x.folded().substring(0, x.folded().length() - ACCUSATIVE_ALEF.length());
        out.add(new Mention(taken.type(), taken.begin(), taken.end(), taken.surface(), taken.finder(), taken.confidence(), taken.kbId(),
                taken.value(), ArabicNormaliser.nameKey(nominative + " " + rest)));
    }

    private static final String ACCUSATIVE_ALEF = ArabicNormaliser.normalise("ا");

    /**
     * "النائب الأول لرئيس مجلس النواب", "النائب الثاني لرئيس مجلس الوزراء": a deputy's noun, his rank, then ل and the post
     * he deputises for are one post, the deputy's (not the post after ل, nor a member of parliament;
     * ranked-deputy-heads.txt).
     */
    private void rankedDeputy(Words w, int i, List<Mention> out) {
        Words.Word x = w.get(i);
        if (!lex.rankedDeputyHeads.contains(x.key()) || !x.clitic().isEmpty() && !x.clitic().equals(Affixes.CONJUNCTION)) return;
        if (i + 2 >= w.size() || !w.isPhrase(i, i + 2) || w.hasPronounSuffix(i)) return;
        Words.Word rank = w.get(i + 1), post = w.get(i + 2);
        if (!rank.clitic().isEmpty() || !rank.hasArticle() || ArabicOrdinals.unit(rank.key()) <= 0) return;
        if (!post.clitic().equals(Affixes.LAM)) return;
        int end;
        if (!post.hasArticle() && lex.postHeads.contains(post.key())) {
            end = Math.max(postPhraseEnd(w, i + 2), i + 2);
        } else {
            // "الأمين الأول لجبهة القوى الاشتراكية": the rank of a body's own office, then the body
            GazetteerFinder.Match known = gazetteer.longestAt(w, i + 2);
            end = known != null && MentionType.of(known.name().entry().type()) == MentionType.ORG ? i + 1 + known.name().words().length
                    : lex.orgHeads.contains(post.key()) ? organisationEnd(w, i + 2) : -1;
            if (end < i + 2) return;
        }
        out.add(w.mention(MentionType.POST, i, end, "rules.post", 0.7, Optional.empty(), Optional.empty()));
    }

    /** "الأمين العام للإنتربول، فالديسي أوركيزا": a post, then the name of who holds it. */
    private void postApposition(Words w, int i, List<Mention> out) {
        // "ورئيس المكتب …": a post may follow a conjunction
        // "مساعد وزير الداخلية": a deputy's noun heads the post of whom it assists
        boolean deputy = lex.deputyHeads.contains(w.get(i).key()) && i + 1 < w.size() && w.isPhrase(i, i + 1)
                && w.get(i + 1).clitic().isEmpty() && lex.postHeads.contains(w.get(i + 1).key());
        boolean governor = governorSplit(w, i);
        // ("اجتمع … برئيس مجلس إدارة المؤسسة الوطنية للنفط": after ب or ل too, whom the verb governs)
        String clitic = w.get(i).clitic();
        if (!lex.postHeads.contains(w.get(i).key()) && !deputy && !governor
                || !clitic.isEmpty() && !clitic.equals(Affixes.CONJUNCTION) && !(POST_HEAD_CLITICS.contains(clitic) && !w.get(i).hasArticle())) {
            return;
        }
        int postEnd = bodyReadFurther(w, i, postPhraseEnd(w, i));
        // "وزير الصناعة الأسبق", "مدير الجمارك المكلف": when the holder held it, at the end, is not part of the office
        // (inside it stays: "وزير الخارجية الأسبق لمدغشقر"); the holder's name comes after it all the same
        int officeEnd = postEnd;
        while (officeEnd > i && w.get(officeEnd).clitic().isEmpty() && lex.storyAdjectives.contains(w.get(officeEnd).key())) officeEnd--;
        // "النائب السابق في مجلس الأمة بدر الداهوم": where the post is held, then its holder
        int heldInEnd = bodyAfterInEnd(w, postEnd + 1);
        // ("النائب السابق": a bare head is no post of its own, but after when or where he held it his name may follow all the
        // same; a head read no further is followed by no name: "النائب الثاني لرئيس …")
        if (postEnd == i && heldInEnd == postEnd) return;
        if (adHocRepresentative(w, i, Math.max(postEnd, heldInEnd))) return;
        // "المديرة التنفيذية لقطاع الفضاء في وكالة الإمارات للفضاء": a unit's post is held in the body the unit is part of
        if (heldInEnd > postEnd && officeEnd == postEnd && java.util.stream.IntStream.rangeClosed(i + 1, postEnd)
                .anyMatch(k -> lex.unitNouns.contains(w.get(k).key()) && (w.get(k).clitic().isEmpty() || w.get(k).clitic().equals(Affixes.LAM)))) {
            officeEnd = Math.max(heldInEnd, lex.orgHeads.contains(w.get(postEnd + 2).key()) ? organisationEnd(w, postEnd + 2) : -1);
        }
        if (officeEnd > i && !ofBodyNamedBefore(w, i, officeEnd)) {
            out.add(governor ? w.mentionFrom(MentionType.POST, w.get(i).cliticBegin(), officeEnd, "rules.post", 0.7, Optional.empty(), Optional.empty())
                    : w.mention(MentionType.POST, i, officeEnd, "rules.post", 0.7, Optional.empty(), Optional.empty()));
        }
        int j = heldInEnd + 1;
        // "رئيس هيئة الكوارث والطوارئ التركية (آفاد) أوكاي ميميش": the body's acronym in parentheses, then the holder
        j = bracketedAcronymEnd(w, j) + 1;
        boolean betweenCommas = j < w.size() && isComma(w.get(j));
        if (betweenCommas) j++;
        // "مدرب الوداد، البلجيكي يان …": the holder's nationality before the name
        if (j + 1 < w.size() && j > postEnd + 1 && isNationality(w.get(j)) && w.isPhrase(j, j + 1)) j++;
        int titles = phraseIn(w, j, lex.personTitles);
        j += titles;
        if (j >= w.size() || !nameStart(w.get(j)) && !givenNameBeforeConnector(w, j) && !(titles > 0 && aliReadAsOn(w, j))
                || prepositionMeant(w, j)) return;
        int end = familyNameAfter(w, j, nameEnd(w, j, false));
        // "وزير الداخلية، كمال الدين الصغير، في كلمة": set off by commas, the one definite word left before the next comma
        // is the name's too, whatever the tagger read it as
        if (betweenCommas && end >= j && end - j < MAX_NAME_WORDS - 1 && end + 2 < w.size() && isComma(w.get(end + 2))
                && isFamilyName(w, end + 1, j) && !gazetteer.isCountryAdjective(w.get(end + 1).key())) {
            end++;
        }
        if (end >= j) out.add(name(w, j, end, "rules.post-apposition", 0.8));
    }

    /** Proclitics a post's head may carry and still govern its body: و, and ب or ل of the verb that governs it. */
    private static final Set<String> POST_HEAD_CLITICS = Set.of(Affixes.CONJUNCTION, Affixes.BA, Affixes.LAM,
            Affixes.CONJUNCTION + Affixes.BA, Affixes.CONJUNCTION + Affixes.LAM);

    /**
     * "بحضور ممثل الإنتربول": a representative with no standing adjective and no place where he serves names who attended
     * for a body, no post (representative-heads.txt).
     */
    private boolean adHocRepresentative(Words w, int i, int end) {
        if (!lex.representativeHeads.contains(w.get(i).key())) return false;
        for (int k = i + 1; k <= end + 2 && k < w.size() && w.isPhrase(i, k); k++) {
            Words.Word x = w.get(k);
            if (x.clitic().isEmpty() && (lex.representativeStanding.contains(x.key()) || x.key().equals(AT)
                    || k <= end + 1 && x.key().equals(IN))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "في مجلس الأمة", "في البرلمان الأوروبي" at {@code j}: "في" and a body named by the knowledge base or by a body's
     * head in construct, closed by its adjectives. The body's last word, or {@code j - 1} when there is none.
     */
    private int bodyAfterInEnd(Words w, int j) {
        if (j + 1 >= w.size() || !w.get(j).folded().equals(IN) || !w.isPhrase(j, j + 1) || !w.get(j + 1).clitic().isEmpty()) return j - 1;
        GazetteerFinder.Match known = gazetteer.longestAt(w, j + 1);
        int end;
        if (known != null && MentionType.of(known.name().entry().type()) == MentionType.ORG) {
            end = j + known.name().words().length;
        } else if (lex.orgHeads.contains(w.get(j + 1).key()) && !w.get(j + 1).hasArticle()) {
            // "مجلس الأمة", "مجلس إدارة الشركة": the head governs a definite noun, or a chain of nouns that ends in one
            if (j + 2 >= w.size()) return j - 1;
            end = w.get(j + 2).clitic().isEmpty() && w.get(j + 2).hasArticle() ? j + 2 : constructRunEnd(w, j + 2);
        } else {
            return j - 1;
        }
        if (end < 0 || end >= w.size() || !w.isPhrase(j, end)) return j - 1;
        while (end + 1 < w.size() && w.isPhrase(end, end + 1) && isNationality(w.get(end + 1))) end++;
        return end;
    }

    /**
     * "والي بجاية", "والي ولاية وهران": the segmenter reads the governor's title as "و" + "إلى" ("and to"); written "والي"
     * (no hamza, a dotted ya) before a known place or a province's head, it is the title.
     */
    private boolean governorSplit(Words w, int i) {
        Words.Word x = w.get(i);
        if (!x.clitic().equals(Affixes.CONJUNCTION) || x.cliticBegin() < 0 || !lex.postHeads.contains(x.clitic() + x.folded())
                || !w.doc().text().substring(x.cliticBegin(), x.end()).equals(GOVERNOR) || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) {
            return false;
        }
        GazetteerFinder.Match place = gazetteer.longestAt(w, i + 1);
        return place != null && MentionType.of(place.name().entry().type()) == MentionType.LOC || lex.placeHeads.contains(w.get(i + 1).key());
    }

    private static final String GOVERNOR = "والي";

    /**
     * "للطاقة المستدامة", "للطاقة المتجددة": a derived participle ("مست…", "مت…") the tagger read as a noun, agreeing
     * with the feminine noun before it, is its adjective.
     */
    private static boolean participleAgreeing(Words.Word x, Words.Word prev) {
        String k = x.key();
        return x.pos().startsWith("DTNN") && prev.hasArticle() && prev.key().endsWith(Affixes.FEMININE) && k.endsWith(Affixes.FEMININE)
                && (k.startsWith(PARTICIPLE_ISTAF) || k.startsWith(PARTICIPLE_TAF)) && k.length() >= 6;
    }

    private static final String PARTICIPLE_ISTAF = ArabicNormaliser.normalise("مست");
    private static final String PARTICIPLE_TAF = ArabicNormaliser.normalise("مت");

    /** "(آفاد)" at {@code j}: one or two words in parentheses; the closing one's index, or {@code j - 1} when there is none. */
    private static int bracketedAcronymEnd(Words w, int j) {
        if (j >= w.size() || !w.get(j).folded().equals("(")) return j - 1;
        for (int k = j + 2; k < w.size() && k <= j + 3; k++) {
            if (w.get(k).folded().equals(")")) return k;
            if (w.get(k).isPunctuation()) break;
        }
        return j - 1;
    }

    /** "عبد اللطيف حموشي، المدير العام …": a name, a comma, then a post. */
    private void personBeforePost(Words w, int i, List<Mention> out) {
        if (!nameStart(w.get(i)) || i > 0 && !w.get(i - 1).isPunctuation() && nameLike(w.get(i - 1))) return;
        int end = nameEnd(w, i, false);
        if (end < i + 1 || end + 2 >= w.size()) return;
        if (isComma(w.get(end + 1)) && lex.postHeads.contains(w.get(end + 2).key())) {
            out.add(name(w, i, end, "rules.person-post", 0.8));
        }
    }

    /**
     * "استقبل في نونبر فرانسيسكا بوستين المديرة العامة لأمن الدولة": a name of two or more words right
     * before a definite post that governs a complement is the post holder, even without a comma. A
     * month before the name is not part of it.
     */
    private void personBeforeDefinitePost(Words w, int i, List<Mention> out) {
        Words.Word first = w.get(i);
        if (!nameStart(first) || isMonth(first)) return;
        if (i > 0 && !w.get(i - 1).isPunctuation() && nameLike(w.get(i - 1)) && !isMonth(w.get(i - 1))) return;
        int end = nameEnd(w, i, false);
        if (end < i + 1 || end + 2 >= w.size()) return;
        Words.Word post = w.get(end + 1), next = w.get(end + 2);
        if (post.hasArticle() && post.clitic().isEmpty() && lex.postHeads.contains(post.key()) && next.sentence() == post.sentence()
                && (next.pos().startsWith("DTJJ") || next.clitic().equals(Affixes.LAM))) {
            out.add(name(w, i, end, "rules.person-post", 0.8));
        }
    }

    private static boolean isYear(Words.Word x) {
        return x.folded().matches("(19|20)\\d\\d");
    }

    private static boolean isMonth(Words.Word x) {
        return org.rawabit.text.ArabicMonths.month(x.folded()) > 0 || org.rawabit.text.ArabicMonths.month(x.key()) > 0;
    }

    private void personFromGivenName(Words w, int i, List<Mention> out) {
        Words.Word first = w.get(i);
        // "حافظ الأختام": a given name that opens a two-word title is the title
        if (phraseIn(w, i, lex.personTitles) == 2) return;
        int compound = phraseIn(w, i, lex.givenNames);
        if (compound == 2 && first.clitic().isEmpty() && w.isPhrase(i, i + 1)) {
            // "محيي الدين قدح": a compound given name ends in a definite word, so the surname after it is the name's end
            int end = nameEnd(w, i + 2, true);
            if (end >= i + 2 && (i == 0 || w.get(i - 1).isPunctuation() || !nameLike(w.get(i - 1)))) {
                out.add(name(w, i, end, "rules.given-name", 0.75));
            }
            return;
        }
        if (!lex.givenNames.contains(first.key()) || first.hasArticle() && !first.isProperNoun()) return;
        // "صوت النواب لصالح الزعبي": a preposition phrase spelt like a clitic and a given name ("in favour of"), then whom
        if (!first.clitic().isEmpty() && lex.prepositionNames.contains(first.clitic() + first.key())) return;
        // "بطاقات بأسماء وهمية", "بأسماء شركات": after a preposition, a given name the tagger reads as a common noun
        // ("names"), with an adjective, a plural or a word of the dictionary after it, is that noun
        if (!first.clitic().isEmpty() && !first.isProperNoun() && i + 1 < w.size() && w.isPhrase(i, i + 1)) {
            Words.Word next = w.get(i + 1);
            if (next.clitic().isEmpty() && !next.hasArticle() && !next.isProperNoun() && !lex.givenNames.contains(next.key())
                    && (next.pos().equals("JJ") || next.pos().equals("NNS") || lex.commonWords.contains(next.key()))) {
                return;
            }
        }
        if (i > 0 && !w.get(i - 1).isPunctuation() && nameLike(w.get(i - 1)) && w.get(i - 1).clitic().isEmpty()
                && w.get(i).clitic().isEmpty()) {
            return; // inside a longer name found from its start
        }
        int end = nameEnd(w, i, true);
        if (end >= i + 1) out.add(name(w, i, end, "rules.given-name", 0.75));
    }

    /**
     * "فاز المرشح أحمدو ولد الشيخ سيديا": a proper noun no list knows, followed by "ولد"/"بن" and a name, opens a lineage
     * (the given name is the tagger's proper noun; "ولد" alone after another word is also "was born").
     */
    private void personFromLineage(Words w, int i, List<Mention> out) {
        Words.Word first = w.get(i);
        // (the tagger may read an unknown name as a common noun: one the dictionary lacks will do)
        boolean name = first.isProperNoun() || first.pos().startsWith("NN") && !lex.commonWords.contains(first.key());
        if (!name || first.hasArticle() || !first.clitic().isEmpty() || lex.givenNames.contains(first.key())
                || !connectorFollows(w, i) || isKnownNonPerson(w, i)) {
            return;
        }
        if (gluedPlaceHead(first)) {
            // the place is named by "بن" and the word after it
            if (w.get(i + 2).clitic().isEmpty() && !w.get(i + 2).hasArticle()) {
                out.add(w.mention(MentionType.LOC, i + 1, i + 2, "rules.place-head", 0.75, Optional.empty(), Optional.empty()));
            }
            return;
        }
        Words.Word after = w.get(i + 2);
        if (!after.clitic().isEmpty() || !(after.isProperNoun() || after.hasArticle() && after.pos().startsWith("DTNN"))) return;
        if (i > 0 && !w.get(i - 1).isPunctuation() && w.isPhrase(i - 1, i) && nameLike(w.get(i - 1)) && w.get(i - 1).clitic().isEmpty()) return;
        int end = nameEnd(w, i, true);
        if (end >= i + 2) out.add(name(w, i, end, "rules.lineage", 0.7));
    }

    /** "ولد", "منت": connectors that only stand inside a lineage ("بن" also opens Maghrebi family names). */
    private static final Set<String> LINEAGE_ONLY = Set.of(ArabicNormaliser.normalise("ولد"), ArabicNormaliser.normalise("منت"));

    /**
     * A word that can follow "ولد"/"منت" in a lineage: no preposition, verb or number, without a clitic but one the
     * segmenter split off a name ("بيده" read as ب + يد).
     */
    private boolean lineageName(Words.Word x) {
        return (x.clitic().isEmpty() || misSplitName(x)) && !x.isPunctuation() && !lex.nameStops.contains(x.key())
                && !x.pos().startsWith("IN") && !x.pos().startsWith("VB") && !x.pos().equals("CD") && !x.hasArticle();
    }

    /**
     * "سيدي محمد ولد اعلي": a known place's name ("سيدي امحمد") followed by "ولد"/"منت" and a name is a person's given
     * name, opening a lineage.
     */
    private void placeNameOpensLineage(Words w, int i, List<Mention> out) {
        GazetteerFinder.Match known = gazetteer.longestAt(w, i);
        if (known == null || MentionType.of(known.name().entry().type()) != MentionType.LOC || known.withClitic()) return;
        int last = i + known.name().words().length - 1;
        if (last + 2 >= w.size() || !w.isPhrase(i, last + 2) || !w.get(last + 1).clitic().isEmpty()
                || !LINEAGE_ONLY.contains(w.get(last + 1).key()) || !lineageName(w.get(last + 2))) {
            return;
        }
        if (i > 0 && w.isPhrase(i - 1, i) && (lex.placeHeads.contains(w.get(i - 1).key()) || lex.nameConnectors.contains(w.get(i - 1).key()))) return;
        int end = nameEnd(w, last + 2, true);
        if (end >= last + 2) out.add(name(w, i, end, "rules.lineage", 0.8));
    }

    /**
     * "بحي بن عكنون": a place or feature noun the segmenter left glued to ب or ل, so that the place named after it ("بن
     * عكنون") reads as a lineage.
     */
    private boolean gluedPlaceHead(Words.Word x) {
        String k = x.key();
        if (k.length() < 3 || !(k.startsWith(Affixes.BA) || k.startsWith(Affixes.LAM))) return false;
        String head = k.substring(1);
        return lex.placeHeads.contains(head) || lex.featureHeads.containsKey(head);
    }

    /** "تحالف السيادة بزعامة خميس الخنجر", "وفد برئاسة سالم الهاشمي": ب and a noun of leading, then the leader's name. */
    private void personAfterLedBy(Words w, int i, List<Mention> out) {
        Words.Word lead = w.get(i);
        if (!lead.clitic().equals(Affixes.BA) || !lex.ledBy.contains(lead.key()) || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) return;
        // "بقيادة السعودية": a country or a body leads, not a person
        if (isKnownNonPerson(w, i + 1)) return;
        Words.Word first = w.get(i + 1);
        if (!nameStart(first)) {
            // "بزعامة مقتدى الصدر": a given name the tagger read as an adjective, with its family name after it
            boolean given = first.clitic().isEmpty() && !first.hasArticle() && (first.pos().startsWith("NN") || first.pos().startsWith("JJ"))
                    && !lex.nameStops.contains(first.key()) && !titleOrPostHead(first) && !accusativeNoun(first)
                    // ("برئاسة رجل الأعمال …": a title of two words)
                    && !(i + 2 < w.size() && lex.personTitles.contains(w.keyOf(i + 1, i + 2)))
                    // ("بقيادة مشتركة الأسبوع الماضي": an adjective agrees with the feminine noun of leading; a time is no family)
                    && !first.folded().endsWith(Affixes.FEMININE);
            if (given && i + 2 < w.size() && isFamilyName(w, i + 2, i + 1) && !lex.timeNouns.containsKey(w.get(i + 2).key())) {
                out.add(name(w, i + 1, i + 2, "rules.led-by", 0.7));
            }
            return;
        }
        int end = familyNameAfter(w, i + 1, nameEnd(w, i + 1, false));
        if (end > i + 1 || lex.givenNames.contains(w.get(i + 1).key())) out.add(name(w, i + 1, end, "rules.led-by", 0.75));
    }

    private void personAfterSpeechVerb(Words w, int i, List<Mention> out) {
        String verb = w.get(i).key();
        if (!lex.speechVerbs.contains(verb) && !lex.meetingVerbs.contains(verb) || i + 1 >= w.size()) return;
        Words.Word next = w.get(i + 1);
        if (!next.isProperNoun() || next.hasArticle() && !next.pos().equals("DTNNP") || !next.clitic().isEmpty()) return;
        if (isKnownNonPerson(w, i + 1)) return;
        int end = nameEnd(w, i + 1, false);
        if (end >= i + 1) out.add(name(w, i + 1, end, "rules.speech-verb", 0.7));
    }

    /** A definite relational adjective such as "الأردني", "الفرنسية" (nisba). */
    private static boolean isNationality(Words.Word x) {
        return x.clitic().isEmpty() && x.hasArticle() && x.pos().startsWith("DTJJ") && Affixes.isNisba(x.key());
    }

    private boolean nameStart(Words.Word x) {
        return !x.isPunctuation() && x.clitic().isEmpty() && nameLike(x)
                && (x.isProperNoun() || lex.givenNames.contains(x.key()));
    }

    private static final String FAMILY = ArabicNormaliser.normalise("آل");

    /** "مدير مكتب الوزير للدراسات والبحوث", "معرض الرياض الدولي للكتاب والنشر": a second genitive joined by و, not a post or a person. */
    private boolean coordinatedGenitive(Words w, int j) {
        Words.Word x = w.get(j), prev = w.get(j - 1);
        return x.clitic().equals(Affixes.CONJUNCTION) && x.hasArticle() && prev.clitic().endsWith(Affixes.LAM) && prev.hasArticle()
                && w.isPhrase(j - 1, j) && !titleOrPostHead(x) && !opensAnotherName(x);
    }

    /**
     * "وإعادة إعمار غزة", "وشلل الأطفال": و and an indefinite noun in construct with the word after it, no head of another
     * name, title or post.
     */
    private boolean andAnotherTask(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().equals(Affixes.CONJUNCTION) || x.hasArticle() || !x.pos().startsWith("NN") || w.hasPronounSuffix(j)
                || titleOrPostHead(x) || opensAnotherName(x) || j + 1 >= w.size() || !w.isPhrase(j - 1, j + 1)) {
            return false;
        }
        Words.Word next = w.get(j + 1);
        return next.clitic().isEmpty() && (next.hasArticle() && next.pos().startsWith("DTNN") || constructRunEnd(w, j + 1) >= 0);
    }

    /** "مؤتمر ميونخ للأمن والمنتدى الاقتصادي العالمي": after "و" the head of an event or a body names something else. */
    private boolean opensAnotherName(Words.Word x) {
        return lex.eventHeads.containsKey(x.key()) || lex.namedEventHeads.containsKey(x.key()) || lex.orgHeads.contains(x.key());
    }

    /** A word that opens a person's title or a post ("الأمير", "وزير"): what follows it is someone, not the name before. */
    private boolean titleOrPostHead(Words.Word x) {
        return lex.postHeads.contains(x.key()) || lex.personTitles.contains(x.key());
    }

    /** "المتحدث الرسمي باسم وزارة الصحة": a name that is also a preposition phrase, before a definite noun or a body's head. */
    private boolean prepositionMeant(Words w, int j) {
        Words.Word x = w.get(j);
        if (!lex.prepositionNames.contains(x.key()) && !lex.prepositionNames.contains(x.clitic() + x.key()) || j + 1 >= w.size()) {
            return false;
        }
        Words.Word next = w.get(j + 1);
        // ("باسم «نزاهة»": a quoted name after it too)
        if (OPENING_QUOTES.contains(next.folded()) && next.sentence() == x.sentence()) return true;
        return w.isPhrase(j, j + 1) && (next.hasArticle() || lex.orgHeads.contains(next.key()));
    }

    /**
     * "وكيل وزارة المالية", "رئيس أركان الجيش": a chain of common nouns in construct from {@code j} up to a definite
     * one, inside a post; its last word, or -1. A name ends the chain ("وزير خارجية مصر بدر عبد العاطي": the name after
     * it is the holder's), and so does a noun with a pronoun ("مدير مكتبه محيي الدين").
     */
    private int postChainEnd(Words w, int j) {
        Words.Word x = w.get(j), prev = w.get(j - 1);
        // ("رئيس أكاديمية الشرطة": a body's head the tagger read as an adjective, "academic", is the body's head all the same)
        if (prev.isProperNoun() || !prev.pos().equals("NN") && !prev.pos().equals("NNS") || namesAPlace(w, j - 1) || lex.givenNames.contains(x.key())
                || !x.clitic().isEmpty() || x.hasArticle() || !x.pos().startsWith("NN") && !lex.orgHeads.contains(x.key())) {
            return -1;
        }
        int run = constructRunEnd(w, j);
        // "رئيس مجلس إدارة غرفة تجارة وصناعة عمان": the chain reaches the head of a body whose name the organisation rule
        // reads further than a run of nouns goes
        if (run <= 0) run = chainToBodyEnd(w, j);
        if (run <= 0) return -1;
        for (int k = j; k <= run; k++) if (w.hasPronounSuffix(k)) return -1;
        return run;
    }

    /** The end of the body an indefinite chain from {@code j} reaches within two words ("مجلس إدارة غرفة …"), or -1. */
    private int chainToBodyEnd(Words w, int j) {
        for (int k = j + 1; k <= j + 2 && k < w.size() && w.isPhrase(j, k); k++) {
            Words.Word x = w.get(k);
            if (!x.clitic().isEmpty() || x.hasArticle() || !x.pos().startsWith("NN")) return -1;
            // ("إدارة" in "مجلس إدارة غرفة …" heads no body here: the next head may)
            int body = lex.orgHeads.contains(x.key()) ? organisationEnd(w, k) : -1;
            if (body > k) return body;
        }
        return -1;
    }

    /** Whether the word at {@code j} is a place the knowledge base knows by that one word ("جيبوتي"). */
    private boolean namesAPlace(Words w, int j) {
        GazetteerFinder.Match m = gazetteer.longestAt(w, j);
        return m != null && m.name().words().length == 1 && MentionType.of(m.name().entry().type()) == MentionType.LOC;
    }

    /** Last word of a name starting at {@code from}, or {@code from - 1} when there is none. */
    private int nameEnd(Words w, int from, boolean afterGivenName) {
        int end = from - 1;
        // "عبدالعزيز بن سعود بن نايف بن عبدالعزيز": each بن/أبو lets the lineage run one word longer
        int limit = from + MAX_NAME_WORDS;
        for (int j = from; j < w.size() && j < limit; j++) {
            Words.Word x = w.get(j);
            if (lex.nameConnectors.contains(x.key())) limit++;
            if (x.isPunctuation() || x.sentence() != w.get(from).sentence()) break;
            // "يان فان دير بيرغ": a European name's particle is the name's, with the word after it
            if (j > from && nameParticle(w, j)) {
                limit++;
                end = j;
                continue;
            }
            // ("محمد بدفع غرامة", "أحمد بتقديم استقالته": after the first word, a ب-word before a noun is the verbal noun and
            // its object, unless tagged as a name; "عبد الإله بنكيران إن" is a split name)
            // ("محمد سالم ولد مرزوك بصفة موريتانيا رئيسة …": a feminine noun of the dictionary is the preposition's noun)
            boolean prepositionNoun = j > from && !x.isProperNoun() && x.key().endsWith(Affixes.FEMININE) && lex.commonWords.contains(x.key());
            // ("هنري ووستر": a foreign family name that starts with و, which the segmenter took for the conjunction; "و" then a
            // word starting with "و" is that, unless the word is a given name, "ووليد" being "and Walid")
            boolean wawName = j > from && x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && x.isProperNoun()
                    && x.folded().startsWith(Affixes.CONJUNCTION) && !lex.givenNames.contains(x.key());
            // ("كريم بنعمر", "محمد بنعلي بمقعد": a Maghrebi family name "بن" + given name in one word, which the segmenter
            // split as ب + a verb or noun)
            boolean gluedLineage = j > from && gluedLineage(x);
            // ("… أحمد الصاوي ووليد محمود غنيم": a name coordinated with the one before it starts after و)
            boolean andGivenName = j == from && x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && x.isProperNoun()
                    && lex.givenNames.contains(x.key());
            // "وللعميد جيدي زيارة مرتقبة": a noun of the dictionary with an indefinite adjective agreeing after it is the
            // sentence's ("a visit expected"), not a family name
            if (j > from && x.clitic().isEmpty() && !x.hasArticle() && x.key().endsWith(Affixes.FEMININE) && lex.commonWords.contains(x.key())
                    && !lex.givenNames.contains(x.key()) && j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty()
                    && !w.get(j + 1).hasArticle() && w.get(j + 1).pos().equals("JJ") && w.get(j + 1).key().endsWith(Affixes.FEMININE)) {
                break;
            }
            // "حسن كادش لرياض محرز": a preposition glued to a given name opens someone else's name
            if (j > from && !gluedLineage && prepositionBeforeGivenName(x) && j + 1 < w.size() && w.isPhrase(j, j + 1)
                    && w.get(j + 1).isProperNoun()) {
                break;
            }
            if (!x.clitic().isEmpty() && !wawName && !gluedLineage && !andGivenName
                    && !(misSplitName(x) && !prepositionNoun && (j == from || x.isProperNoun() || !nounFollows(w, j)))) break;
            // "محمد مبديع بعشر سنوات": a number after a preposition is the sentence's, not a split name
            if (!x.clitic().isEmpty() && lex.cardinals.contains(x.key())) break;
            // "فاطمة الزهراء أيت بلعيد بذهبية 3000 متر": nor is a ب-word a number follows
            if (j > from && !x.clitic().isEmpty() && j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).pos().equals("CD")) break;
            // "محمد السادس": a regnal number ends the name
            if (j > from && ArabicOrdinals.unit(x.key()) > 0 && x.hasArticle()) { end = j; break; }
            // after "بن"/"أبو" a word belongs to the name even when it folds to a function word ("بن علي" ≠ "على")
            boolean afterConnector = j > from && (lex.nameConnectors.contains(w.get(j - 1).key()) || nameParticle(w, j - 1)
                    || gluedServantOf(w.get(j - 1)));
            // "أحمد المنصوري ولد في مراكش": a preposition that is no given name makes the connector a verb ("was born")
            if (afterConnector && x.pos().equals("IN") && !lex.givenNames.contains(x.key())) break;
            // "… بن إبراهيم آل صقيه": the family word, whatever tag it got
            boolean connector = j > from && lex.nameConnectors.contains(x.key()) && x.clitic().isEmpty();
            // "آل صقيه": after بن/آل the word is a name even when the segmenter read a pronoun at its end
            // "محمود علي يوسف": inside a name, a given name tagged as one is the name's even where it spells a
            // preposition once folded ("علي" / "على")
            // ("علي حسن الجابر": first too, when a name word follows it)
            boolean givenName = x.isProperNoun() && x.clitic().isEmpty() && lex.givenNames.contains(x.key())
                    && (j > from || j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).isProperNoun() && w.get(j + 1).clitic().isEmpty());
            boolean surnameAsVerb = j == from + 1 && w.surnameTaggedAsVerb(j, lex.givenNames);
            boolean beforeConnector = j == from && (givenNameBeforeConnector(w, j) || aliReadAsOn(w, j));
            // "وتوقعت منى السيد، المحللة …", "القاضي كارلوس الحاج رئيسا": a title that is also a family name ends the name
            // when no name follows it (title-surnames.txt)
            if (j > from && x.clitic().isEmpty() && lex.titleSurnames.contains(x.key()) && !w.hasPronounSuffix(j)
                    && (j + 1 >= w.size() || !w.isPhrase(j, j + 1) || !nameStart(w.get(j + 1)) && !w.get(j + 1).isProperNoun())) {
                end = j;
                break;
            }
            if (!afterConnector && !connector && !givenName && !surnameAsVerb && !beforeConnector && !gluedLineage && !nameLike(x)
                    || w.hasPronounSuffix(j) && !afterConnector) break;
            // "سالم المطيري سبل …": after a surname with the article, an indefinite common word is not the name's
            // ("الطيب لوح": not after a given name spelt with the article, the name's first word)
            // ("محمد الأمين زروقي", "محمد الطاهر بوزيان": nor after the second word of a compound given name)
            boolean definiteGivenName = j > from && lex.givenNames.contains(w.get(j - 1).key())
                    && (j - 1 == from || lex.givenNames.contains(w.get(j - 2).key()));
            if (j > from && !afterConnector && w.get(j - 1).hasArticle() && !x.hasArticle() && !lex.nameConnectors.contains(x.key())
                    && !x.isProperNoun() && !definiteGivenName) {
                break;
            }
            // "الطاهر بن سليمان": after a name, بن and the word after it are the name's, whatever place they also spell
            boolean lineage = j > from && (lex.nameConnectors.contains(x.key()) || afterConnector);
            if (!lineage && isKnownNonPerson(w, j) && !placeWordInsideName(w, j)) break;
            // "رشيد طبي اجتماعا": an indefinite accusative common noun is the verb's object, not the name's
            if (j > from && !afterConnector && (accusativeNoun(x) || dualOfCommonNoun(x))) break;
            // "شي جين بينغ كلمة": after two words of a name, a common noun of the dictionary
            if (j >= from + 2 && w.commonNounAfterName(j, lex)) break;
            // "كريستالينا غورغييفا سبل التعاون", "فاطمة الزهراء عمور معرض السياحة": after two words of a name, a noun of
            // the dictionary in construct with a common definite noun is the sentence's object (not "عبد الرحمن")
            // (the words of a compound given name before `from` count: "فاطمة الزهراء عمور معرض …")
            boolean nameBefore = from > 0 && w.isPhrase(from - 1, from) && w.get(from - 1).isProperNoun();
            if (j >= from + (nameBefore ? 1 : 2) && !afterConnector && constructObject(w, j)) break;
            // "محمد بن راشد آل مكتوم معرض …": the family's name after آل is the last of a name
            if (j >= from + 2 && w.get(j - 2).folded().equals(FAMILY) && !lex.nameConnectors.contains(x.key())) break;
            end = j;
        }
        if (end >= from) end = throughToApposition(w, end);
        // a name never ends on "بن"
        while (end > from && (lex.nameConnectors.contains(w.get(end).key()) || nameParticle(w, end))) end--;
        // "جينين هينيس-بلاسخارت": a double family name joined by a hyphen
        if (end > from && !w.get(end).hasArticle()) {
            int joined = hyphenJoinedEnd(w, end);
            if (joined > end && !w.get(joined).hasArticle() && w.get(joined).key().chars().noneMatch(Character::isDigit) && nameLike(w.get(joined))) end = joined;
        }
        return end;
    }

    /**
     * Whether the word at {@code j} is a particle of a European name ("فان", "فون", "دي") with a name word or another
     * particle after it. The segmenter reads some as a clitic and a word ("فان" → ف + "ان"), so the whole word is
     * matched; a word written with a hamza is Arabic ("فإن"), never a particle.
     */
    private boolean nameParticle(Words w, int j) {
        Words.Word x = w.get(j);
        if (x.hasArticle() || x.clitic().length() > 1 || !lex.nameParticles.contains(x.clitic() + x.key())
                || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) {
            return false;
        }
        String written = w.doc().text().substring(x.cliticBegin(), x.end());
        if (written.chars().anyMatch(c -> "أإآؤئء".indexOf(c) >= 0)) return false;
        Words.Word next = w.get(j + 1);
        if (lex.nameParticles.contains(next.clitic() + next.key())) return true;
        return next.clitic().isEmpty() && !next.hasArticle() && nameLike(next) && !isKnownNonPerson(w, j + 1);
    }

    /**
     * "مصطفى بنعبد الله الكتاني", "بوعبد الله": a lineage word written together with "عبد" (the segmenter reads ب + "نعبد"),
     * so the word after it completes a compound name as after "بن عبد".
     */
    private boolean gluedServantOf(Words.Word x) {
        String whole = x.clitic() + x.key();
        if (x.hasArticle() || !whole.endsWith(SERVANT) || whole.length() == SERVANT.length()) return false;
        String lineage = whole.substring(0, whole.length() - SERVANT.length());
        return lex.nameConnectors.contains(lineage) || lineage.equals(BU);
    }

    private static final String SERVANT = "عبد";

    /** The word at j is an indefinite dictionary noun governing the common definite noun after it ("سبل التعاون"). */
    private boolean constructObject(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().isEmpty() || x.hasArticle() || !(x.pos().equals("NN") || x.pos().equals("NNS")) || !lex.commonWords.contains(x.key())
                || lex.nameConnectors.contains(x.key()) || lex.givenNames.contains(x.key()) || phraseIn(w, j, lex.givenNames) >= 2
                || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) {
            return false;
        }
        Words.Word next = w.get(j + 1);
        return next.clitic().isEmpty() && next.hasArticle() && next.pos().startsWith("DTNN") && !next.isProperNoun()
                && gazetteer.longestAt(w, j + 1) == null;
    }

    /**
     * "رشيد العلوي الإسماعيلي، عضو هيئة الدفاع", "محمد الصادق بوعزيزي، الأستاذ بجامعة صفاقس": one or two words between
     * the name found (ending at {@code end}) and a comma before an apposition saying what the person is, are the name's
     * last words, whatever their tags; not a nationality ("… المصري، رئيس …"), a place, a verb or a word that heads something
     * else.
     */
    private int throughToApposition(Words w, int end) {
        for (int k = 1; k <= 2 && end + k + 2 < w.size(); k++) {
            Words.Word x = w.get(end + k);
            if (x.isPunctuation() || !x.clitic().isEmpty() && !misSplitName(x) || x.sentence() != w.get(end).sentence() || !w.isPhrase(end, end + k)) return end;
            String pos = x.pos();
            boolean nameWord = pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("DTNN") || pos.startsWith("DTJJ");
            // (a given name opens another person's: "ووشح الملك محمد السادس يوسف العلوي، المدير العام …")
            if (!nameWord || lex.givenNames.contains(x.key()) || ArabicOrdinals.unit(w.get(end).key()) > 0
                    || gazetteer.isNationality(x.key()) || lex.nameStops.contains(x.key()) || titleOrPostHead(x)
                    || lex.orgHeads.contains(x.key()) || lex.placeHeads.contains(x.key()) || isKnownPlace(w, end + k)
                    || lex.timeNouns.containsKey(x.key()) || accusativeNoun(x) || dualOfCommonNoun(x)) {
                return end;
            }
            Words.Word after = w.get(end + k + 2);
            if (isComma(w.get(end + k + 1)) && after.clitic().isEmpty()
                    && (lex.appositionHeads.contains(after.key()) || titleOrPostHead(after))) {
                return end + k;
            }
        }
        return end;
    }

    /**
     * Whether a common noun of the same phrase follows the word at {@code j}: not the sentence's object ("بلقاسم اجتماعا")
     * nor a post in apposition ("بنعلي وزيرة للطاقة").
     */
    private boolean nounFollows(Words w, int j) {
        if (j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return false;
        Words.Word next = w.get(j + 1);
        // ("مصطفى مدبولي بمقر الحكومة": a definite noun in construct too, not one after a preposition: "كريم بنعلي بالوفد")
        boolean construct = next.pos().startsWith("DTNN") && next.clitic().isEmpty();
        return (next.pos().startsWith("NN") || construct) && !next.isProperNoun() && !accusativeNoun(next) && !titleOrPostHead(next);
    }

    /**
     * "وسجل ألكسندر ميتروفيتش هدفين": the dual object of a dictionary noun ("هدف" → "هدفين"), not tagged as a name, is
     * what the sentence counts, not a family name (a given name's spelling is kept: "حسنين"; "-ان" is left alone, being
     * the end of many family names: "مطران").
     */
    private boolean dualOfCommonNoun(Words.Word x) {
        String k = x.key();
        if (!x.clitic().isEmpty() || x.hasArticle() || x.isProperNoun() || k.length() < 5 || !k.endsWith("ين")) return false;
        String stem = k.substring(0, k.length() - 2);
        return lex.commonWords.contains(stem) && !lex.givenNames.contains(k) && !lex.givenNames.contains(stem);
    }

    /** An indefinite common noun in the accusative ("اجتماعا", "وفدا"): never a word of a name. */
    private static boolean accusativeNoun(Words.Word x) {
        return x.clitic().isEmpty() && !x.hasArticle() && (x.pos().equals("NN") || x.pos().equals("NNS"))
                && x.folded().length() >= 4 && x.folded().endsWith(Affixes.ALIF);
    }

    /**
     * "اللواء عبيدالله المعايطة": after a title or a post, a one-word name (or one ending in its father's name) goes on to
     * the definite word after it, the family name the tagger read as an adjective or a common noun. {@code end} when
     * there is no such word.
     */
    private int familyNameAfter(Words w, int start, int end) {
        // "الدكتور عبدالعزيز بن علي الصقر": after the father's name too (not without a title: "بحث … مع محمد بن زايد التعاون")
        boolean open = end == start || end > start && (lex.nameConnectors.contains(w.get(end - 1).key()) || gluedServantOf(w.get(end - 1)));
        // "الوزير خالد محمود العلي": after a given and a father's name, a relational family name, or one that is no word of
        // the dictionary ("عبد الكريم هاشم البدران")
        boolean fathersName = end == start + 1 && w.get(end).clitic().isEmpty() && !w.get(end).hasArticle() && end + 1 < w.size()
                && (Affixes.isNisba(w.get(end + 1).key()) || !lex.commonWords.contains(w.get(end + 1).key()));
        return (open || fathersName) && end + 1 < w.size() && isFamilyName(w, end + 1, start) ? end + 1 : end;
    }

    /** A definite word of the phrase that can be a family name: no country's adjective, title, head noun, stop word or known non-person. */
    private boolean isFamilyName(Words w, int j, int nameStart) {
        Words.Word x = w.get(j);
        // most family names are nisba adjectives ("الحارثي"); a country's ("الأردني", "الكندي") says where the person is from,
        // unless the post before the name already says it of another country ("رئيس الوزراء العراقي محمد شياع السوداني"), or
        // it follows a given and a father's name that no country's adjective introduced ("رئيس مجلس الوزراء محمد شياع السوداني")
        boolean countrys = gazetteer.isCountryAdjective(x.key()) && !otherCountryBefore(w, nameStart, x.key())
                && !(j - nameStart >= 2 && !countryBefore(w, nameStart));
        if (!w.isPhrase(j - 1, j) || !x.clitic().isEmpty() || !x.hasArticle() || countrys || w.hasPronounSuffix(j)) return false;
        if (!(x.pos().equals("DTNN") || x.pos().equals("DTJJ") || x.pos().equals("DTNNP"))) return false;
        return !(lex.nameStops.contains(x.key()) || lex.personTitles.contains(x.key()) || lex.postHeads.contains(x.key()) || lex.orgHeads.contains(x.key())
                || lex.placeHeads.contains(x.key()) || isKnownNonPerson(w, j) || ArabicOrdinals.unit(x.key()) > 0);
    }

    /** Whether one of the few words before a name is the adjective of a country other than {@code adjectiveKey}'s. */
    private boolean otherCountryBefore(Words w, int nameStart, String adjectiveKey) {
        return countryBefore(w, nameStart, key -> !key.equals(adjectiveKey));
    }

    /** Whether one of the few words before a name is a country's adjective. */
    private boolean countryBefore(Words w, int nameStart) {
        return countryBefore(w, nameStart, key -> true);
    }

    private boolean countryBefore(Words w, int nameStart, java.util.function.Predicate<String> which) {
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 3 && w.isPhrase(k, nameStart); k--) {
            String key = w.get(k).key();
            if (gazetteer.isCountryAdjective(key) && which.test(key)) return true;
        }
        return false;
    }

    /** A person mention over words [from, to], taking in a clitic letter the segmenter split off the name. */
    private Mention name(Words w, int from, int to, String finder, double confidence) {
        Words.Word first = w.get(from);
        // ("خلفا لسعيد شيبا": a given name after the letter is a name after a preposition)
        int begin = misSplitName(first) && !lex.givenNames.contains(first.key()) ? first.cliticBegin() : first.begin();
        return w.mentionFrom(MentionType.PER, begin, to, finder, confidence, Optional.empty(), Optional.empty());
    }

    /**
     * A name the segmenter split as if it began with a preposition ("بنعلي" → ب + نعلي): one
     * non-conjunction clitic letter on a word with no article.
     */
    private static boolean misSplitName(Words.Word x) {
        // ("بوعزيزي", "بوشناق": "ب" + "و" never come in that order, so the name starts with "بو")
        return (x.clitic().length() == 1 && Affixes.MISREAD_PREPOSITIONS.contains(x.clitic()) || x.clitic().equals(BU)) && !x.hasArticle();
    }

    private static final String BU = Affixes.BA + Affixes.CONJUNCTION;

    /**
     * Whether a word the segmenter split as ب + stem is a family name "بن" + given name written as one word ("بنعلي",
     * "بنموسى", "بنعمر" whatever the tagger read the stem as: "نعمر" is also "we build").
     */
    private boolean gluedLineage(Words.Word x) {
        if (!x.clitic().equals(Affixes.BA) || x.hasArticle() || x.key().length() < 3) return false;
        return x.key().startsWith(NUN) && lex.givenNames.contains(x.key().substring(NUN.length()));
    }

    private static final String NUN = "ن";

    /**
     * "المهندس علي الحسن": the given name علي, written with ي, which the tagger read as the preposition على (they fold
     * alike), before a name word.
     */
    private boolean aliReadAsOn(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().isEmpty() || !x.pos().equals("IN") || !lex.givenNames.contains(x.key()) || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return false;
        if (!w.doc().text().substring(x.begin(), x.end()).endsWith("ي")) return false;
        Words.Word next = w.get(j + 1);
        return next.clitic().isEmpty() && (next.isProperNoun() || lex.givenNames.contains(next.key())) && !isKnownNonPerson(w, j + 1);
    }

    /** "لرياض", "لياسين" (which the segmenter may leave whole): ل or ب and a given name. */
    private boolean prepositionBeforeGivenName(Words.Word x) {
        if (x.hasArticle()) return false;
        if (x.clitic().length() == 1) return lex.anyGivenNames.contains(x.key());
        String f = x.folded();
        return x.clitic().isEmpty() && f.length() >= 4 && (f.startsWith(Affixes.LAM) || f.startsWith(Affixes.BA))
                && !lex.anyGivenNames.contains(f) && !lex.commonWords.contains(f) && lex.anyGivenNames.contains(f.substring(1));
    }

    /**
     * "هيئة المجتمعات العمرانية الجديدة": "new" after a genitive noun and its own adjective inside a body's name names what
     * the body deals with (new-town-words.txt); right after the head or a nationality it dates the body ("الحكومة
     * الجديدة", "الإدارة الأمريكية الجديدة").
     */
    private boolean newThingNamed(Words w, int head, int j) {
        if (j < head + 3 || !lex.newTownWords.contains(w.get(j).key())) return false;
        Words.Word adjective = w.get(j - 1), genitive = w.get(j - 2);
        return adjective.clitic().isEmpty() && adjective.pos().startsWith("DTJJ") && !gazetteer.isCountryAdjective(adjective.key())
                && !lex.storyAdjectives.contains(adjective.key()) && genitive.hasArticle() && genitive.pos().startsWith("DTNN");
    }

    private boolean nameLike(Words.Word x) {
        if (x.isPunctuation()) return false;
        String k = x.key(), pos = x.pos();
        if (lex.nameStops.contains(k) || lex.personTitles.contains(k) || lex.postHeads.contains(k)
                || lex.orgHeads.contains(k) || lex.placeHeads.contains(k) || lex.speechVerbs.contains(k) || lex.meetingVerbs.contains(k)) {
            return false;
        }
        if (pos.startsWith("VB") || pos.equals("IN") || pos.equals("CC") || pos.startsWith("PRP") || pos.equals("RP")
                || pos.equals("CD") || pos.startsWith("W") || pos.equals("DT") || pos.equals("NOUN_QUANT")) {
            return false;
        }
        if (k.chars().anyMatch(Character::isDigit) || k.length() < 2) return false;
        // ("عطية الله", "فضل الله": the tagger reads the definite proper noun as NNP, not DTNNP)
        if (x.hasArticle() && !x.isProperNoun() && !x.key().startsWith(Affixes.ABD)) return false;
        return true;
    }

    /** A place the knowledge base knows starts at j (a one-word club or company there may be a family name: "الإسماعيلي"). */
    private boolean isKnownPlace(Words w, int j) {
        GazetteerFinder.Match m = gazetteer.longestAt(w, j);
        return m != null && MentionType.of(m.name().entry().type()) == MentionType.LOC;
    }

    private boolean isKnownNonPerson(Words w, int j) {
        GazetteerFinder.Match m = gazetteer.longestAt(w, j);
        return m != null && MentionType.of(m.name().entry().type()) != MentionType.PER;
    }

    // ---- posts, organisations, places ---------------------------------------------------------

    /**
     * "الوزير الناني ولد اشروقه", "المدير الحبيب بن يحيى": a definite word the tagger read as an adjective, then "ولد" or
     * "بن" and a word, is the given name of the person after a title, not the title's adjective (a country's adjective
     * and a story adjective stay the post's: "الرئيس التونسي بن علي").
     */
    private boolean givenNameBeforeConnector(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().isEmpty() || !x.hasArticle() || !(x.pos().startsWith("DTJJ") || x.isProperNoun())) return false;
        if (gazetteer.isCountryAdjective(x.key()) || lex.storyAdjectives.contains(x.key())) return false;
        return connectorFollows(w, j);
    }

    /** Whether "بن", "ولد"… (clitic-free) and a word follow the word at {@code j}, which is no connector itself. */
    private boolean connectorFollows(Words w, int j) {
        return j + 2 < w.size() && w.isPhrase(j, j + 2) && !lex.nameConnectors.contains(w.get(j).key()) && w.get(j + 1).clitic().isEmpty()
                && lex.nameConnectors.contains(w.get(j + 1).key()) && !w.get(j + 2).isPunctuation();
    }

    /**
     * "المدير التنفيذي لمؤسسة المرور والطرق", "مدير الإدارة العامة للمرور في شرطة دبي": the post's body, read by the
     * organisation rule, runs past where the post was read only through a coordinated field or the body a department
     * belongs to ("في", "لدى"); then the post runs with it. {@code end} otherwise.
     */
    private int bodyReadFurther(Words w, int i, int end) {
        for (int k = i + 1; k <= end; k++) {
            Words.Word x = w.get(k);
            boolean genitive = x.clitic().endsWith(Affixes.LAM) || k == i + 1 && x.clitic().isEmpty();
            if (!genitive || !lex.orgHeads.contains(x.key()) && !lex.unitNouns.contains(x.key())) continue;
            int body = organisationEnd(w, k);
            if (body <= end || !w.isPhrase(end, end + 1)) return end;
            Words.Word next = w.get(end + 1);
            // (a ministry in construct with the post keeps the post's own reading of its fields: "وكيل وزارة الثقافة والرياضة …")
            boolean through = k > i + 1 && next.clitic().equals(Affixes.CONJUNCTION) && next.hasArticle()
                    || next.clitic().isEmpty() && (next.key().equals(AT) || next.key().equals(IN));
            return through ? body : end;
        }
        return end;
    }

    /** End of a post phrase opened at {@code i}: its genitive chain ("العام للأمن الوطني ولمراقبة …"). */
    private int postPhraseEnd(Words w, int i) {
        int end = i;
        // "المتحدث باسم وزارة الطاقة": whom a spokesperson speaks for, after "باسم", is part of the post
        // ("الناطق الرسمي باسم الحكومة": an adjective of the head may come first)
        int onBehalfAt = i + 1 < w.size() && w.get(i + 1).clitic().isEmpty() && w.get(i + 1).pos().startsWith("DTJJ") ? i + 2 : i + 1;
        boolean onBehalf = lex.onBehalfHeads.contains(w.get(i).key()) && onBehalfAt + 1 < w.size() && w.isPhrase(i, onBehalfAt)
                && (w.isPhrase(onBehalfAt, onBehalfAt + 1) || OPENING_QUOTES.contains(w.get(onBehalfAt + 1).folded()))
                && w.get(onBehalfAt).clitic().equals(Affixes.BA) && w.get(onBehalfAt).key().equals(NAME_NOUN);
        // ("الناطق باسمه مبارك الفاضل": whom it speaks for is named before; the post ends with the pronoun)
        if (onBehalf && w.hasPronounSuffix(onBehalfAt)) return onBehalfAt;
        if (onBehalf) end = onBehalfAt;
        // "المتحدث الرسمي باسم «نزاهة»": whom it speaks for, named in quotes, ends the post with the closing quote's word
        if (onBehalf && onBehalfAt + 2 < w.size() && OPENING_QUOTES.contains(w.get(onBehalfAt + 1).folded())) {
            for (int k = onBehalfAt + 2; k < w.size() && k <= onBehalfAt + MAX_QUOTED_WORDS + 2; k++) {
                if (w.get(k).sentence() != w.get(i).sentence()) break;
                if (CLOSING_QUOTES.contains(w.get(k).folded())) return k > onBehalfAt + 2 ? k : onBehalfAt;
            }
        }
        for (int j = onBehalf ? onBehalfAt + 1 : i + 1; j < w.size() && j <= i + MAX_PHRASE_WORDS; j++) {
            Words.Word x = w.get(j);
            int abroad = end == j - 1 && j > i + 1 ? abroadEnd(w, j) : -1;
            if (abroad >= j) return abroad;
            // "الوزير للمرة الثانية": ل and a word of time say when, not whose the post is
            if (x.clitic().endsWith(Affixes.LAM) && saysWhen(w, j)) break;
            if (hyphenatedName(w, j + (x.isPunctuation() ? 0 : 1)) > j + 1 && x.clitic().isEmpty()) {
                return hyphenatedName(w, j + (x.isPunctuation() ? 0 : 1));
            }
            // "النائب الأكبر سنا": "in age" completes a comparative ("the eldest member")
            if (x.clitic().isEmpty() && x.key().equals(IN_AGE) && w.get(j - 1).pos().equals("DTJJR")) {
                end = j;
                continue;
            }
            // ("والبحث العلمي": with the article a stop word's spelling is a noun, not the verb "بحث")
            boolean definiteConjunct = x.hasArticle() && x.clitic().equals(Affixes.CONJUNCTION) && lex.portfolioHeads.contains(w.get(i).key())
                    // ("مدير إدارة البحث الجنائي": a verbal noun of purpose with the article is the body's noun)
                    || j > i + 1 && definitePurposeNoun(x);
            if (x.isPunctuation() || x.sentence() != w.get(i).sentence() || lex.nameStops.contains(x.key()) && !definiteConjunct) break;
            if (givenNameBeforeConnector(w, j) || j > i + 2 && !x.hasArticle() && x.clitic().isEmpty() && connectorFollows(w, j)) break;
            // "وزير العدل الصادق شعبان", "حافظ الأختام الطيب لوح": a given name spelt with the article, then a word of a
            // name, opens the holder's name, not an adjective of the post
            if (j > i + 1 && x.clitic().isEmpty() && x.hasArticle() && lex.givenNames.contains(x.key()) && j + 1 < w.size()
                    && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty() && !w.get(j + 1).hasArticle()
                    && (w.get(j + 1).isProperNoun() || nameLike(w.get(j + 1)))) {
                break;
            }
            if (pluralAfterFeminineAdjective(w, j)) break;
            // "المدير العام لوزارة الصحة بولاية كسلا": the body's branch in a division named with its head is the post's
            if (j > i + 1 && branchInDivision(x)) {
                int seat = seatEnd(w, j);
                if (seat >= j) return seat;
            }
            // "مدير العلاقات العامة بوزارة الداخلية", "مدير الإدارة العامة للتحريات بشرطة دبي": after the department, ب and
            // the body it belongs to
            // ("رئيس قسم مكافحة الجريمة بالفرقة الوطنية": a definite body only after a department's head, "أشاد رئيس المجلس
            // بالحكومة" being praise)
            boolean ofDepartment = !x.hasArticle() || java.util.stream.IntStream.rangeClosed(i + 1, end).anyMatch(k -> isDepartmentHead(w.get(k)));
            if (j > i + 1 && end == j - 1 && x.clitic().equals(Affixes.BA) && ofDepartment) {
                int body = bodyOfDepartmentEnd(w, j);
                if (body >= j) return gazetteer.nationalityAfter(w, body);
            }
            boolean genitive = x.clitic().equals(Affixes.LAM) || x.clitic().equals(Affixes.CONJUNCTION + Affixes.LAM);
            // "ورئيس المكتب …": the conjunction on a coordinated post's head leaves it in construct
            Words.Word prev = w.get(j - 1);
            genitive |= coordinatedGenitive(w, j);
            boolean construct = !prev.hasArticle() && (prev.clitic().isEmpty() || j - 1 == i && POST_HEAD_CLITICS.contains(prev.clitic()))
                    || genitiveOpen(w, j) || onBehalf && j == onBehalfAt + 1 || j == i + 1 && governorSplit(w, i);
            // "وزير الصحة والسكان", "وزير التعليم العالي والبحث العلمي": a minister's portfolio coordinates fields, as the
            // ministry's name does (portfolio-heads.txt); "وزير الزراعة واستصلاح الأراضي": a noun in construct among them
            boolean portfolio = lex.portfolioHeads.contains(w.get(i).key()) && x.clitic().equals(Affixes.CONJUNCTION) && j > i + 1
                    && (prev.hasArticle() || lamLeftOn(prev)) && !x.isProperNoun() && !opensOtherName(w, j, false);
            if (portfolio && !x.hasArticle() && x.pos().startsWith("NN") && j + 1 < w.size() && w.isPhrase(j, j + 1)
                    && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).hasArticle() && !lex.nameStops.contains(w.get(j + 1).key())) {
                end = ++j;
                continue;
            }
            // "ووصف رئيس الإنتربول المغرب": a definite name after a definite word is not its genitive
            // "رئيس جامعة الملك سعود الدكتور …": a definite title after the post's body opens its holder's name
            if (j > i + 1 && x.clitic().isEmpty() && x.hasArticle() && lex.personTitles.contains(x.key()) && !w.get(j - 1).hasArticle()
                    && j + 1 < w.size() && nameStart(w.get(j + 1))) {
                break;
            }
            // "رئيس جامعة الملك سعود": a body named after a person, the person's title and name the body's
            int eponym = construct && x.clitic().isEmpty() ? eponymNameEnd(w, j) : j;
            if (eponym > j) {
                end = eponym;
                j = eponym;
                continue;
            }
            // ("والي بجاية": a known name the segmenter split, "ب" + "جاية", is the name whole)
            GazetteerFinder.Match known = construct ? gazetteer.longestAt(w, j) : null;
            if (known != null && !x.clitic().isEmpty() && !(known.withClitic() && known.cliticDropped() == 0)) known = null;
            // ("مدرب الترجي الرياضي التونسي": a definite one too, whatever tags its words got)
            // ("سفير المملكة المغربية لدى فرنسا": or a country's long name, then where the office serves)
            MentionType knownType = known == null ? null : MentionType.of(known.name().entry().type());
            if (known != null && (!x.hasArticle() || knownType == MentionType.ORG || knownType == MentionType.LOC) && known.name().words().length > 1) {
                // "رئيس حركة أمل": a known name in construct is the post's body whole (its last word is no person's name)
                end = j + known.name().words().length - 1;
                // "ممثل منظمة الصحة العالمية في اليمن": an office that serves abroad, and where it serves
                int seat = j == i + 1 && lex.servesAbroad(w.get(i).key()) ? seatAbroadEnd(w, end + 1) : -1;
                if (seat > end) return seat;
                j = end;
            } else if (genitive || x.hasArticle() && (x.pos().startsWith("DTJJ") || construct || portfolio && x.pos().startsWith("DTNN")
                    // ("الممثل المقيم": the standing adjective, whatever the tagger read it as)
                    || x.clitic().isEmpty() && lex.representativeStanding.contains(x.key()))
                    || known != null) {
                end = j;
            } else if (construct && postChainEnd(w, j) > 0) {
                end = postChainEnd(w, j);
                j = end;
            } else {
                break;
            }
        }
        // "السفير الباكستاني في عمان", "السفير السعودي لدى الأردن": an office abroad, whose it is, and where it serves
        if (lex.servesAbroad(w.get(i).key()) && end > i && end + 1 < w.size() && w.isPhrase(end, end + 1)
                && w.get(end).clitic().isEmpty() && gazetteer.isNationality(w.get(end).key())) {
            int seat = seatAbroadEnd(w, end + 1);
            if (seat > end) return seat;
        }
        // "ممثلة اليونيسف في العراق", "الممثل المقيم لبرنامج الأمم المتحدة الإنمائي في سوريا", "رئيس فرع الهلال الأحمر في
        // اللاذقية": an office abroad, or the head of a body's branch, and where it serves
        if (end > i && (lex.servesAbroad(w.get(i).key()) || java.util.stream.IntStream.rangeClosed(i + 1, end)
                .anyMatch(k -> w.get(k).clitic().isEmpty() && lex.branchHeads.contains(w.get(k).key())))) {
            int seat = seatAbroadEnd(w, end + 1);
            if (seat > end) return seat;
        }
        return throughBodyNamed(w, i, end);
    }

    /**
     * "رئيس مجلس إدارة الشركة القابضة لمياه الشرب والصرف الصحي": a post runs to the end of the body it names, when the
     * organisation rule reads that body's name further than the post's own phrase went.
     */
    private int throughBodyNamed(Words w, int i, int end) {
        for (int k = i + 1; k <= end; k++) {
            Words.Word x = w.get(k);
            if (!lex.orgHeads.contains(x.key()) || !x.clitic().isEmpty() && !x.clitic().endsWith(Affixes.LAM)) continue;
            int body = organisationEnd(w, k);
            if (body > end) return body;
        }
        return end;
    }

    private static final String NAME_NOUN = ArabicNormaliser.normalise("اسم");
    private static final String IN_AGE = ArabicNormaliser.normalise("سنا");
    private static final String ASSISTANT = ArabicNormaliser.normalise("مساعد");

    /**
     * "أشعر رئيس غرفة الجنايات الابتدائية المتهمين المدانين": a masculine plural ("-ين", "-ون") right after a feminine
     * adjective agrees with nothing before it; it is the verb's object, not more of the name.
     */
    private static boolean pluralAfterFeminineAdjective(Words w, int j) {
        Words.Word x = w.get(j), prev = w.get(j - 1);
        return x.clitic().isEmpty() && x.hasArticle() && Affixes.isMasculinePlural(x.key())
                && prev.clitic().isEmpty() && prev.hasArticle() && isFeminineAdjective(prev);
    }

    /** A definite adjective in the feminine ("الابتدائية"). */
    private static boolean isFeminineAdjective(Words.Word x) {
        return x.pos().startsWith("DTJJ") && x.key().endsWith(Affixes.FEMININE);
    }

    /**
     * "المكتب المركزي الوطني-إنتربول الرباط": a hyphen glued on both sides, then a known organisation and
     * perhaps its city, continues the name. The last word of the name, or {@code j} when there is none.
     */
    private int hyphenatedName(Words w, int j) {
        if (j >= w.size()) return j;
        Words.Word dash = w.get(j);
        if (!dash.folded().equals("-") || j == 0 || j + 1 >= w.size() || w.get(j - 1).end() != dash.begin()
                || w.get(j + 1).begin() != dash.end() || w.get(j + 1).sentence() != dash.sentence()) {
            return j;
        }
        GazetteerFinder.Match org = gazetteer.longestAt(w, j + 1);
        if (org == null || MentionType.of(org.name().entry().type()) != MentionType.ORG) return j;
        int end = j + org.name().words().length;
        GazetteerFinder.Match city = end + 1 < w.size() && w.get(end + 1).clitic().isEmpty() && w.get(end + 1).sentence() == dash.sentence()
                ? gazetteer.longestAt(w, end + 1) : null;
        if (city != null && MentionType.of(city.name().entry().type()) == MentionType.LOC) end += city.name().words().length;
        return end;
    }

    private static boolean genitiveOpen(Words w, int j) {
        Words.Word prev = w.get(j - 1);
        return !prev.hasArticle() && (prev.clitic().endsWith(Affixes.LAM));
    }

    /** Whether the knowledge base knows an organisation named from the word at {@code j}. */
    private boolean knownOrganisationAt(Words w, int j) {
        GazetteerFinder.Match known = gazetteer.longestAt(w, j);
        return known != null && MentionType.of(known.name().entry().type()) == MentionType.ORG;
    }

    private static final String HOUSE = ArabicNormaliser.normalise("دار");
    private static final String TEAM = ArabicNormaliser.normalise("فريق");

    private void organisation(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        // "تنظيمها …", "جمعيتنا": a head with a pronoun suffix is a possessed noun, not the start of a name
        // "والمخابرات البريطانية": a service noun may follow a conjunction
        boolean institution = lex.institutionNouns.contains(head.key()) && head.hasArticle()
                && (head.clitic().isEmpty() || head.clitic().equals(Affixes.CONJUNCTION));
        boolean constructOnly = lex.constructOrgHeads.contains(head.key()) && !head.hasArticle() && !lex.orgHeads.contains(head.key());
        // "إدارة مكافحة المخدرات", "وحدة التحريات المالية": a unit named by what it does
        boolean functionalUnit = functionalUnit(w, i);
        if (!lex.orgHeads.contains(head.key()) && !institution && !constructOnly && !functionalUnit || adjectiveOfPrecedingNoun(w, i)
                || w.hasPronounSuffix(i)) {
            return;
        }
        // "مركز حدود جابر": a head that opens a crossing's or a feature's name (feature-heads.txt) is read by feature()
        if (phraseIn(w, i, lex.featureHeads.keySet()) > 1) return;
        boolean inConstruct = !head.hasArticle() && i + 1 < w.size() && w.isPhrase(i, i + 1) && w.get(i + 1).clitic().isEmpty();
        // "فريق مولودية الجزائر": "team" before a club the knowledge base knows describes it, the club is named alone
        if (inConstruct && head.key().equals(TEAM) && knownOrganisationAt(w, i + 1)) return;
        // "أمام دار مجلس الأمة": a house in construct with a body (a known one, or a body's head) is that body's building
        if (inConstruct && head.key().equals(HOUSE) && (lex.orgHeads.contains(w.get(i + 1).key()) || knownOrganisationAt(w, i + 1))) return;
        // "الجمعية العامة": an organ that also names sessions is read by organ() and event(), not as a body of its own
        if (lex.organs.containsKey(phraseKey(w, i, 2)) && lex.eventHeads.containsKey(phraseKey(w, i, 2))) return;
        // "مجلس إدارة المؤسسة الوطنية للنفط": an organ in construct with the body it belongs to names that body, found on its own
        if (i + 2 < w.size() && lex.organs.containsKey(phraseKey(w, i, 2)) && !w.get(i + 1).hasArticle() && w.isPhrase(i, i + 2)
                && w.get(i + 2).clitic().isEmpty() && (lex.orgHeads.contains(w.get(i + 2).key()) || gazetteer.longestAt(w, i + 2) != null)) {
            return;
        }
        // ("لجمعية الإنتربول العامة": the same organ written around its organisation's name)
        GazetteerFinder.Match inside = i + 1 < w.size() ? gazetteer.longestAt(w, i + 1) : null;
        if (inside != null && !head.hasArticle() && i + 1 + inside.name().words().length < w.size()
                && lex.organs.containsKey(head.key() + " " + w.get(i + 1 + inside.name().words().length).key())) {
            return;
        }
        // "تحالف بقيادة السعودية", "بزعامة نوري المالكي": ب and a noun of leading say who leads
        if (head.clitic().endsWith(Affixes.BA) && lex.ledBy.contains(head.key())) return;
        // "بناء مكتب للتجارة الخارجية", "إنشاء بنك للعيون": an indefinite head right before ل and a definite noun describes a
        // body ("an office for …"); a name puts its field in construct first ("بنك التنمية", "صندوق أبوظبي للتنمية")
        if (!head.hasArticle() && i + 1 < w.size() && w.isPhrase(i, i + 1) && w.get(i + 1).clitic().endsWith(Affixes.LAM)
                && (w.get(i + 1).hasArticle() || lamLeftOn(w.get(i + 1))) && gazetteer.longestAt(w, i) == null) {
            return;
        }
        // "إدارة الأزمة": a verbal noun without the article names an action
        if (lex.verbalHeads.contains(head.key()) && !head.hasArticle() && !functionalUnit
                && !(i + 1 < w.size() && lex.isStateOfficeNamedWhole(phraseKey(w, i, 2)))) {
            return;
        }
        // "العلاقات التي تجمع البلدين": after a relative pronoun or a verbal particle an indefinite word is a verb
        if (!head.hasArticle() && head.clitic().isEmpty() && i > 0 && w.isPhrase(i - 1, i) && lex.verbMarkers.contains(w.get(i - 1).key())) return;
        // "مجموعة أوريدو", "شركة زين": a company's head noun and a company the knowledge base knows are that company
        if (lex.companyHeads.contains(head.key()) && !head.hasArticle() && head.clitic().isEmpty() && i + 1 < w.size() && w.isPhrase(i, i + 1)
                && w.get(i + 1).clitic().isEmpty()) {
            GazetteerFinder.Match company = gazetteer.longestAt(w, i + 1);
            if (company != null && MentionType.of(company.name().entry().type()) == MentionType.ORG) {
                out.add(w.mention(MentionType.ORG, i, i + company.name().words().length, "rules.org-head", 0.8,
                        Optional.of(company.name().entry().id()), Optional.empty()));
                return;
            }
        }
        int end = i;
        boolean named = false;
        int eponym = eponymNameEnd(w, i);
        if (eponym > i) {
            // "جامعة القاضي عياض", "صندوق محمد السادس للاستثمار": the person's name is part of the body's
            end = eponym;
        } else if (governsPerson(w, i + 1)) {
            // "بقيادة عبد اللطيف حموشي", "قيادة ملك البحرين": a noun governing a person is not an organisation
            return;
        }
        boolean portfolioCoordinated = false;
        int placeEnd = -1; // the last word of a known place in construct with the head ("مجلس محافظة نينوى")
        boolean partyNamed = partyName(w, i);
        if (partyNamed) end = i + 1;
        // ("وإدارة البحث الجنائي": what the unit does is its name's, whatever else the word spells)
        if (functionalUnit && end == i) end = i + 1;
        for (int j = end + 1; j < w.size() && j <= i + MAX_PHRASE_WORDS; j++) {
            Words.Word x = w.get(j);
            // "مجلس الأمن الدولي الأخير", "… للأطباء التابعة للاتحاد": what places the body in the story ends its name
            // "محكمة تحقيق الكرخ المختصة بقضايا النزاهة", "لجنة الخبراء المعنية بليبيا": what the body deals with is its name's
            // (agreeing with the body's head: "وكيل وزارة الصحة المكلف بمهام الوزير" is the under-secretary's remit)
            // "جهاز تنمية مدينة الشيخ زايد": a town named after a titled person, inside the body's name
            if (j > i + 1 && x.clitic().isEmpty() && !x.hasArticle() && lex.placeHeads.contains(x.key())) {
                int titles = phraseIn(w, j + 1, lex.personTitles);
                int townNameEnd = titles > 0 && j + titles + 1 < w.size() && w.isPhrase(j, j + titles + 1) && nameStart(w.get(j + titles + 1))
                        ? nameEnd(w, j + titles + 1, false) : -1;
                // ("… الملك عبدالله تراخيص البناء": a common noun after the name is the verb's object)
                while (townNameEnd > j + titles + 1 && !w.get(townNameEnd).isProperNoun() && lex.commonWords.contains(w.get(townNameEnd).key())) townNameEnd--;
                if (townNameEnd > j + titles) {
                    // (the town's name ends the body's: "… مدينة الملك عبدالله تراخيص البناء" goes on with the verb's object)
                    end = townNameEnd;
                    break;
                }
            }
            // "وزارة الخارجية والتعاون والسنغاليين في الخارج": "abroad" ends the portfolio of a ministry of expatriates
            int abroad = end == j - 1 && j > i + 1 ? abroadEnd(w, j) : -1;
            if (abroad >= j) {
                end = abroad;
                break;
            }
            // "النقابة العامة للعاملين بقطاع النفط": where the workers a union is for work (worker-participles.txt)
            int workplace = j > i + 1 && w.get(j - 1).clitic().endsWith(Affixes.LAM) && lex.workerParticiples.contains(w.get(j - 1).key())
                    ? workplaceEnd(w, j) : -1;
            if (workplace >= j) {
                end = workplace;
                j = workplace;
                continue;
            }
            int remit = remitEnd(w, j);
            // ("منظمة الصحة العالمية الخاصة بالنصف الشمالي": after a known body's whole name it is what the story is about)
            GazetteerFinder.Match whole = remit > j ? gazetteer.longestAt(w, i) : null;
            if (whole != null && i + whole.name().words().length == j && MentionType.of(whole.name().entry().type()) == MentionType.ORG) break;
            if (remit > j && head.key().endsWith(Affixes.FEMININE) == x.key().endsWith(Affixes.FEMININE)) {
                end = remit;
                j = remit;
                continue;
            }
            // "جهاز مكافحة الهجرة غير الشرعية": "غير" and the adjective it negates
            // ("غير الشرعية": the tagger may read the negated adjective as a noun; its nisba ending says what it is)
            if (j > i + 1 && x.clitic().isEmpty() && x.key().equals(NOT) && j + 1 < w.size() && w.isPhrase(j, j + 1)
                    && w.get(j + 1).clitic().isEmpty() && (w.get(j + 1).pos().startsWith("DTJJ")
                            || w.get(j + 1).hasArticle() && Affixes.isNisba(w.get(j + 1).key()))) {
                end = ++j;
                continue;
            }
            if (lex.storyAdjectives.contains(x.key()) && x.clitic().isEmpty() && !newThingNamed(w, i, j)) break;
            // "وكيل وزارة الصحة المساعد لشؤون …": the assistant is the post's, not the ministry's
            if (j > i + 1 && x.clitic().isEmpty() && x.hasArticle() && x.key().equals(ASSISTANT)) break;
            // "حزب الإنصاف الحاكم", "حزب الشعب الجمهوري المعارض": where a party stands is the story's
            if (j > i + 1 && x.clitic().isEmpty() && lex.partyStances.contains(x.key())) break;
            // "رئيس حزب تواصل حمادي ولد سيدي المختار": after the body's own name, a word and "ولد"/"بن" open a person's name
            if (j > i + 1 && eponym <= i && x.clitic().isEmpty() && !x.hasArticle() && connectorFollows(w, j)) break;
            // "هيئة دفاع بن سالم": "بن" opens a person's name (a body named after one is read by eponymNameEnd)
            if (j > i + 1 && eponym <= i && x.clitic().isEmpty() && lex.nameConnectors.contains(x.key())) break;
            // "غرفة الجنايات الابتدائية المتهمين", "قادة الشرطة والاستخبارات الإماراتيين": a masculine plural after a feminine
            // adjective or a service noun agrees with neither (people are meant), so it is not the name's
            boolean feminineBefore = j > i + 1 && isFeminineAdjective(w.get(j - 1)) || j == i + 1 && institution;
            if (x.clitic().isEmpty() && x.hasArticle() && feminineBefore && (Affixes.isMasculinePlural(x.key()) || lex.peoplePlurals.contains(x.key()))) break;
            if (hyphenatedName(w, j + (x.isPunctuation() ? 0 : 1)) > j + 1 && x.clitic().isEmpty()) {
                end = hyphenatedName(w, j + (x.isPunctuation() ? 0 : 1));
                named = true;
                break;
            }
            if (x.isPunctuation() || x.sentence() != head.sentence()) break;
            // "المتحدث باسم حكومة إقليم كوردستان بيشوا هوراماني": a proper noun after a known body's whole name opens the
            // name of someone, not more of the body's
            if (j > i + 1 && x.clitic().isEmpty() && !x.hasArticle() && x.isProperNoun() && knownOrganisationEndsBefore(w, i, j)) break;
            // "المجموعة المالية هيرميس": a company's head, its adjectives, then its own foreign name (with no adjective the
            // definite head points back, and a name after it is someone's: "محافظ المصرف ناجي عيسى")
            if (j > i + 1 && lex.companyHeads.contains(head.key()) && head.hasArticle() && x.clitic().isEmpty() && !x.hasArticle() && x.isProperNoun()
                    && !lex.givenNames.contains(x.key()) && gazetteer.longestAt(w, j) == null
                    && java.util.stream.IntStream.range(i + 1, j).allMatch(k -> w.get(k).clitic().isEmpty() && w.get(k).pos().startsWith("DTJJ"))) {
                end = j;
                named = true;
                break;
            }
            // "الرابطة المحترفة الأولى للمرة الثالثة": a time after the body's name is the story's
            if (saysWhen(w, j)) break;
            // "سفارة الولايات المتحدة في لبنان", "القنصلية العامة للمملكة العربية السعودية في إسطنبول": an office abroad
            // and the country or city where it serves are one body
            // ("محكمة الاستئناف في جبل لبنان", "الجامعة الأمريكية في الشارقة": so are a court or a university and its seat)
            int seat = j > i + 1 && (lex.servesAbroad(head.key()) || lex.seatedHeads.contains(head.key())) ? seatAbroadEnd(w, j) : -1;
            if (seat > j) {
                end = seat;
                named = true;
                break;
            }
            // "النيابة العامة لدى محكمة الاستئناف بطنجة", "الإدارة العامة للمرور في شرطة دبي": an office attached to a body
            // ("لدى"), or a department in the body it belongs to ("في"), is named with that body
            int parent = j > i + 1 && x.clitic().isEmpty() && (x.key().equals(AT) || x.key().equals(IN) && isDepartmentHead(head))
                    ? parentBodyEnd(w, j + 1) : -1;
            if (parent > j) {
                end = parent;
                named = true;
                break;
            }
            // "للدفاع عن حقوق الإنسان": a verbal noun that keeps its preposition in the name
            // ("هيئة الدفاع عن الوزاني": not when a person is defended, a proper noun no list knows as a place or a body)
            if (j > i + 1 && keptPreposition(w, j)) continue;
            // "الجمعية اللبنانية من أجل ديمقراطية الانتخابات", "المنظمة العربية من أجل انتخابات حرة": the cause a body stands for
            // (after the body's adjective: "القيادة من أجل إحداث التغيير" is what it leads for)
            int cause = j > i + 1 && w.get(j - 1).clitic().isEmpty() && w.get(j - 1).pos().startsWith("DTJJ") ? causeEnd(w, j) : -1;
            if (cause > j) {
                end = cause;
                j = cause;
                continue;
            }
            // "إدارة مكافحة جرائم الاتجار بالأشخاص": a verbal noun that keeps the preposition ب, glued to a definite noun
            if (j > i + 1 && x.clitic().equals(Affixes.BA) && x.hasArticle() && Affixes.BA.equals(lex.namePrepositions.get(w.get(j - 1).key()))) {
                end = j;
                continue;
            }
            // ("وزارة التعليم العالي والبحث العلمي": with the article a stop word's spelling is a field, not the verb)
            boolean definiteConjunct = x.hasArticle() && x.clitic().equals(Affixes.CONJUNCTION) && lex.portfolioHeads.contains(head.key());
            // ("المركز الوطني للبحث العلمي": so is it in a genitive after ل)
            boolean definiteGenitiveNoun = x.hasArticle() && x.clitic().equals(Affixes.LAM) && j > i + 1;
            if (lex.nameStops.contains(x.key()) && !definiteConjunct && !definiteGenitiveNoun) break;
            // "غرفة الجنايات بمحكمة الاستئناف": a unit, then ب and the body it belongs to
            if (x.clitic().equals(Affixes.BA) && j > i + 1 && lex.unitHeads.contains(head.key()) && lex.orgHeads.contains(x.key())) {
                int body = organisationEnd(w, j);
                if (body > j) {
                    end = body;
                    named = true;
                    break;
                }
            }
            // ("وزارة الصحة بولاية كسلا": a known body's branch in a division named with its head)
            int seatEnd = j > i + 1 && (gazetteer.longestAt(w, i) == null || branchInDivision(x)) ? seatEnd(w, j) : -1;
            // "وزارة الداخلية بمملكة البحرين": a state's office and ب + the state is that state's office, not a branch
            // sitting there (the resolver reads the state after it)
            if (seatEnd >= j && lex.isStateOffice(w.keyOf(i, j - 1)) && namesACountry(w, j)) break;
            if (seatEnd >= j) {
                // ("جامعة الملك عبد العزيز بجدة": after a person's name too)
                // "المحكمة الابتدائية بالرباط", "جامعة محمد الخامس بالرباط": the seat ends the name
                named = true;
                end = seatEnd;
                break;
            }
            // after a person's name only genitives, adjectives and the seat go on ("مؤسسة محمد بن راشد المشروع")
            boolean prevConstruct = !w.get(j - 1).hasArticle() && (eponym == i || j - 1 != eponym);
            // "مجلس محافظة نينوى", "مستشفى كسلا التعليمي", "حكومة إقليم كردستان": a body of a known place, in construct with
            // the place's name, is named by it
            // ("كسلا": a whole word the segmenter split, "ك" + "سلا", is the name; "بالرباط" is a seat, not a genitive)
            GazetteerFinder.Match placeOf = prevConstruct && (w.get(j - 1).clitic().isEmpty() || j - 1 == i) ? gazetteer.longestAt(w, j) : null;
            // "مكتب منظمة العمل الدولية في الدوحة": an office of a known body, then where it serves
            if (placeOf != null && j == i + 1 && !placeOf.withClitic() && x.clitic().isEmpty() && !head.hasArticle()
                    && (lex.servesAbroad(head.key()) || lex.branchHeads.contains(head.key()))
                    && MentionType.of(placeOf.name().entry().type()) == MentionType.ORG) {
                int known = j + placeOf.name().words().length - 1;
                int servesIn = seatAbroadEnd(w, known + 1);
                if (servesIn > known) {
                    end = servesIn;
                    named = true;
                    break;
                }
            }
            if (placeOf != null && (placeOf.withClitic() ? placeOf.cliticDropped() == 0 : x.clitic().isEmpty())
                    && MentionType.of(placeOf.name().entry().type()) == MentionType.LOC
                    && !w.hasPronounSuffix(j - 1)) {
                end = j + placeOf.name().words().length - 1;
                named = true;
                placeEnd = end;
                j = end;
                continue;
            }
            // "فريق خبراء مجلس الأمن المعني باليمن": a panel of a known body, named by its remit after the body's name
            if (placeOf != null && x.clitic().isEmpty() && !placeOf.withClitic() && j > i + 1
                    && MentionType.of(placeOf.name().entry().type()) == MentionType.ORG) {
                int known = j + placeOf.name().words().length;
                int remitAfter = known < w.size() ? remitEnd(w, known) : -1;
                if (remitAfter > known && head.key().endsWith(Affixes.FEMININE) == w.get(known).key().endsWith(Affixes.FEMININE)) {
                    end = remitAfter;
                    named = true;
                    break;
                }
            }
            // "أحيل الطعن إلى محكمة استئناف إربد للنظر فيه": after a chain of nouns that the place closes, ل says what for
            // (right after the head the place opens a name that goes on: "مركز دبي للإحصاء")
            // (a company's chain goes on with its field: "شركة رؤى الخليج للاستثمار العقاري")
            if (j - 1 == placeEnd && placeEnd > i + 1 && !w.get(i + 1).isProperNoun() && !lex.companyHeads.contains(head.key())
                    && x.clitic().endsWith(Affixes.LAM)) {
                break;
            }
            // "المتحدث باسم حكومة إقليم كوردستان بيشوا هوراماني", "رئيس جامعة القاهرة محمد سامي": a proper noun after the place
            // that names the body opens someone's name (not a company's: "بنك مصر إيران")
            if (j - 1 == placeEnd && x.clitic().isEmpty() && !x.hasArticle() && x.isProperNoun() && !lex.companyHeads.contains(head.key())
                    && !lex.mediaHeads.contains(head.key())) {
                break;
            }
            // "وكيل وزارة الداخلية الكويتي": a masculine country adjective after a feminine body's name is the post's
            if (j > i + 1 && x.clitic().isEmpty() && gazetteer.isCountryAdjective(x.key()) && !x.key().endsWith(Affixes.FEMININE)
                    && head.key().endsWith(Affixes.FEMININE) && w.get(j - 1).key().endsWith(Affixes.FEMININE)) {
                break;
            }
            // ("محكمة سيدي امحمد المتهمين": after the place that names the body only an adjective goes on, "مستشفى كسلا التعليمي")
            if (j - 1 == placeEnd && x.clitic().isEmpty() && x.hasArticle() && x.pos().startsWith("DTNN") && !x.isProperNoun()
                    && !Affixes.isNisba(x.key())) {
                break;
            }
            // "لألعاب القوى": ل and a noun in construct with the definite word after it
            boolean genitiveConstruct = x.clitic().equals(Affixes.LAM) && !x.hasArticle() && x.pos().startsWith("NN") && j + 1 < w.size()
                    && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).hasArticle() && w.get(j + 1).sentence() == x.sentence();
            // "وزارة العدل الإيطالية لتسليم المتهم", "مجلس الأمن الدولي لوقف العدوان": after a head, its field and the adjective
            // that says whose or how wide the body is, ل and an indefinite noun say what it does now, not its name (right after
            // the head the adjective leaves the name open: "الجمعية المغربية لحماية المال العام")
            // ("مجموعة موانئ أبوظبي لتطوير الميناء": so does a place the name ends with)
            if (genitiveConstruct && j > i + 2 && w.get(j - 1).clitic().isEmpty()
                    && (gazetteer.isCountryAdjective(w.get(j - 1).key()) || lex.scopeAdjectives.contains(w.get(j - 1).key())
                            || gazetteer.knownPlace(w.get(j - 1).folded()).isPresent())) {
                break;
            }
            // "أحيل الملف إلى النيابة العامة لاستكمال الإجراءات": after a body every state has, named whole, too
            if (genitiveConstruct && j > i + 1 && lex.isStateOfficeNamedWhole(w.keyOf(i, j - 1))) break;
            // "دول المجلس لتحقيق الأمن": right after a bare definite head (the body named before), what it does; and after
            // such a head and an adjective of efforts ("جهود الوزارة المستمرة لملاحقة …": effort-adjectives.txt)
            if (genitiveConstruct && j == i + 1 && head.hasArticle()) break;
            // ("نائب رئيس الشركة للمشاريع الدولية": so does a definite genitive; a name puts its adjective first, "الشركة
            // الوطنية للنفط", and the knowledge base knows the rest, "الاتحاد للطيران")
            if (j == i + 1 && head.hasArticle() && head.clitic().isEmpty() && x.clitic().equals(Affixes.LAM) && x.hasArticle()
                    && !institution && gazetteer.longestAt(w, i) == null) {
                break;
            }
            if (genitiveConstruct && j == i + 2 && head.hasArticle() && w.get(i + 1).clitic().isEmpty()
                    && lex.effortAdjectives.contains(w.get(i + 1).key()) && gazetteer.longestAt(w, i) == null) {
                break;
            }
            // "لجنة من وزارة الداخلية لتفقد المعبر", "وفد من وزارة الصحة لمتابعة الحملة": a ministry is named by its
            // portfolio, so ل and an indefinite noun after it say why it is there
            // ("وزارة الدولة لشؤون الاستثمار": the minister of state's ministry is the exception)
            if (genitiveConstruct && j == i + 2 && lex.portfolioHeads.contains(head.key()) && !head.hasArticle()
                    && w.get(i + 1).clitic().isEmpty() && w.get(i + 1).pos().startsWith("DTNN") && !w.get(i + 1).key().equals(STATE)) {
                break;
            }
            // "للغذاء", "للكهرباء": the segmenter left the article's lam on the noun (ل + لغذاء), a definite genitive all the same
            boolean definiteGenitive = x.clitic().equals(Affixes.LAM) && (x.hasArticle() || lamLeftOn(x));
            // "محكمة جنايات القاهرة": an indefinite noun in construct with the definite name after it
            // ("قيادة قوات شرطة حرس الحدود": a run of them)
            // (not after a place that named the body: "حكومة إقليم كردستان نتائج الفرز" is the verb's object)
            // ("محكمة جنايات مستأنف القاهرة": an indefinite adjective of the court's kind, in the chain before the place)
            boolean kindAdjective = x.pos().equals("JJ") && j > i + 1 && !w.get(j - 1).hasArticle() && w.get(j - 1).clitic().isEmpty()
                    && w.get(j - 1).pos().startsWith("NN") && j + 1 < w.size() && gazetteer.knownPlace(w.get(j + 1).folded()).isPresent();
            boolean constructChain = x.clitic().isEmpty() && !x.hasArticle() && prevConstruct && j - 1 != placeEnd
                    && (x.pos().startsWith("NN") || kindAdjective) && !x.isProperNoun()
                    && gazetteer.longestAt(w, j) == null // "مكتب منظمة الصحة العالمية": a known name starts there, its own mention
                    && j + 1 < w.size() && w.isPhrase(j, j + 1) && (w.get(j + 1).clitic().isEmpty()
                    && (w.get(j + 1).hasArticle() || w.get(j + 1).isProperNoun() || constructRunEnd(w, j) > j + 1
                            // ("محكمة استئناف إربد": a known place the tagger read as a common noun)
                            || gazetteer.knownPlace(w.get(j + 1).key()).isPresent())
                    && !lex.nameStops.contains(w.get(j + 1).key()) || coordinatedConstruct(w, j + 1));
            // "للامتحانات والمسابقات", "العدالة والتنمية", "التجارة والصناعة", "الاقتصادي والاجتماعي": a definite noun or
            // adjective joined by و to the definite word before it, when it opens no other body or list ("والمنظمات الدولية")
            // ("لشؤون المخدرات والمؤثرات العقلية", "وزارة الخارجية والمغتربين": inside a genitive, or after a head that
            // coordinates fields, a plural continues the name too)
            Words.Word prev = w.get(j - 1);
            boolean inGenitive = prev.clitic().endsWith(Affixes.LAM) || j - 2 > i && w.get(j - 2).clitic().endsWith(Affixes.LAM)
                    && !w.get(j - 2).hasArticle() && prev.clitic().isEmpty() && prev.hasArticle() && prev.pos().startsWith("DTNN");
            // ("وزارة الحج والعمرة": a field the tagger read as a name, a word of the dictionary all the same)
            boolean coordinated = x.clitic().equals(Affixes.CONJUNCTION) && x.hasArticle() && j > i + 1 && (prev.hasArticle() || lamLeftOn(prev))
                    && (x.pos().startsWith("DTNN") || x.pos().startsWith("DTJJ"))
                    && (!x.isProperNoun() || lex.commonWords.contains(x.key()) && gazetteer.longestAt(w, j) == null)
                    && !opensOtherName(w, j, !inGenitive && !lex.portfolioHeads.contains(head.key()));
            // "غرفة تجارة وصناعة الكويت": و and an indefinite noun in construct, coordinated with the one before it
            boolean coordinatedConstruct = j > i + 1 && coordinatedConstruct(w, j);
            // "وزارة الصحة ووقاية المجتمع", "وزارة الزراعة واستصلاح الأراضي": a ministry's fields, one a noun in construct
            // with a definite one (as a minister's: postPhraseEnd); a unit's tasks ("وحدة مكافحة غسل الأموال وتمويل الإرهاب")
            if (j > i + 1 && (lex.portfolioHeads.contains(head.key()) || functionalUnit) && x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle()
                    && x.pos().startsWith("NN") && !x.isProperNoun() && (prev.hasArticle() || lamLeftOn(prev)) && j + 1 < w.size()
                    && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).hasArticle()
                    && !lex.nameStops.contains(w.get(j + 1).key()) && !opensOtherName(w, j, false)) {
                end = ++j;
                portfolioCoordinated = true;
                continue;
            }
            // "السلطة العليا للشفافية والوقاية من الفساد ومكافحته": a task coordinated with the field before it, by a pronoun
            // that stands for that field, closes the name
            if (j > i + 1 && pronounTask(w, j)) {
                end = j;
                break;
            }
            boolean ok = constructChain || coordinated || coordinatedConstruct
                    || definiteGenitive
                    || x.clitic().equals(Affixes.LAM) && (x.isProperNoun() || genitiveConstruct)
                    || x.clitic().isEmpty() && x.hasArticle() && (x.pos().startsWith("DTJJ") || prevConstruct || x.isProperNoun()
                            || participleAgreeing(x, prev)
                            || ArabicOrdinals.unit(x.key()) > 0
                            // "البنك التونسي": a country's adjective, whatever tag it got, agrees with the head
                            || gazetteer.isCountryAdjective(x.key()))
                    || x.clitic().isEmpty() && prevConstruct && x.isProperNoun();
            // "وكيل وزارة التعليم العالي والبحث العلمي لشؤون البعثات": after the coordinated fields a genitive is the post's
            if (!ok || portfolioCoordinated && x.clitic().endsWith(Affixes.LAM)) break;
            portfolioCoordinated |= coordinated && lex.portfolioHeads.contains(head.key());
            named |= gazetteer.longestAt(w, j) != null;
            end = j;
        }
        // "للدفاع عن" with nothing after it: the preposition is not the name's
        if (end > i + 1 && w.get(end).key().equals(lex.namePrepositions.get(w.get(end - 1).key()))) end--;
        // "شركة سيمنز الألمانية", "مجموعة يلدز القابضة التركية": after a company's own name, its country's adjective says
        // where it is from (a name of Arabic words keeps it: "البنك الأهلي المصري", "بنك مسقط العماني")
        Words.Word own = end > i + 1 ? w.get(i + 1) : null;
        boolean foreignName = own != null && own.clitic().isEmpty() && !own.hasArticle() && (own.isProperNoun() || !lex.commonWords.contains(own.key()));
        if (foreignName && lex.companyHeads.contains(head.key())
                && w.get(end).clitic().isEmpty() && gazetteer.isCountryAdjective(w.get(end).key()) && gazetteer.longestAt(w, i + 1) == null) {
            end--;
        }
        // A generic description ("هيئة حاكمة", "الأمانة العامة للمنظمة") is not a name: keep phrases that
        // contain a known entity, or are long and do not end in another bare head noun.
        int length = end - i + 1;
        // "لجنة لتقييم الأضرار", "مكتب للتجارة الخارجية": an indefinite head with ل right after it is a description
        if (length >= 2 && !head.hasArticle() && w.get(i + 1).clitic().endsWith(Affixes.LAM) && eponym <= i && !named) return;
        boolean descriptive = length >= 3 && !lex.orgHeads.contains(w.get(end).key());
        // "فريق الوداد", "شركة أوريدو": a head and a proper name
        boolean properName = length >= 2 && w.get(i + 1).isProperNoun() && w.get(i + 1).clitic().isEmpty() && !agreeingAdjective(head, w.get(i + 1));
        // "مجلس الأمة", "وزارة الداخلية", "محكمة النقض": an indefinite head governing a definite noun names the body
        // ("التابعة لوزارة الداخلية", "وهيئة الدواء": after a preposition or a conjunction too)
        boolean construct = length == 2 && !head.hasArticle() && w.get(i + 1).clitic().isEmpty()
                && w.get(i + 1).hasArticle() && w.get(i + 1).pos().startsWith("DTNN") && gazetteer.longestAt(w, i + 1) == null;
        // "الشرطة الوطنية": an institution noun needs an adjective that says which service
        boolean namedService = institution && java.util.stream.IntStream.rangeClosed(i + 1, end)
                .anyMatch(k -> !lex.genericAdjectives.contains(w.get(k).key()));
        // "الإدارة العامة", "هيئة الدفاع": a department or a role every body has
        if (lex.genericBodies.contains(w.keyOf(i, end))) return;
        // "اللجنة المنظمة للمعرض": such a body of the event named before (a bare definite event head after ل)
        // ("للمهرجان": the segmenter may leave the article's lam on the noun)
        String eventKey = lamLeftOn(w.get(end)) ? w.get(end).key().substring(Affixes.LAM.length()) : w.get(end).key();
        if (end > i + 1 && lex.genericBodies.contains(w.keyOf(i, end - 1)) && w.get(end).clitic().equals(Affixes.LAM)
                && (w.get(end).hasArticle() || lamLeftOn(w.get(end)))
                && (lex.eventHeads.containsKey(eventKey) || lex.namedEventHeads.containsKey(eventKey))) {
            return;
        }
        // "السفارة الأميركية": an office abroad is named by the country whose it is
        // "النيابة العامة", "المحكمة الدستورية", "رئاسة الجمهورية": a body every state has, named whole
        boolean stateBody = length >= 2 && lex.isStateOfficeNamedWhole(w.keyOf(i, end));
        // ("الحكومة اللبنانية": so is a body every state has)
        boolean national = length == 2 && (lex.servesAbroad(head.key()) || lex.isStateOfficeNamedWhole(head.key())) && w.get(end).clitic().isEmpty()
                && gazetteer.isNationality(w.get(end).key());
        // ("في دائرة بدو الجنوب": after في it is the electoral district the votes were cast in)
        boolean afterIn = i > 0 && w.isPhrase(i - 1, i) && w.get(i - 1).key().equals(IN);
        if (constructOnly && (length < 3 || w.get(i + 1).clitic().length() > 0 || afterIn)) return;
        if (end > i && (named || partyNamed || eponym > i || descriptive || properName || namedService || construct || national || stateBody) && !genericDescription(w, i, end)) {
            // "المركز الدولي للمؤتمرات": a body named for what it hosts is a venue, a place
            boolean venue = lex.venueWords.contains(w.get(end).key()) || lex.venueWords.contains(w.get(end).clitic() + w.get(end).key());
            out.add(w.mention(venue ? MentionType.LOC : MentionType.ORG, i, end, venue ? "rules.venue" : "rules.org-head", 0.75,
                    Optional.empty(), Optional.empty()));
        }
    }

    /**
     * "وأكدت الداخلية أن …", "ونفت الخارجية": a portfolio alone, right after the verb it is the subject of, names its
     * ministry (ministry-short-forms.txt). After a noun it is that noun's adjective ("السياحة الداخلية").
     */
    private void ministryByItsPortfolio(Words w, int i, List<Mention> out) {
        Words.Word x = w.get(i);
        if (i == 0 || !x.clitic().isEmpty() || !x.hasArticle() || !lex.ministryShortForms.contains(x.key()) || !w.isPhrase(i - 1, i)) return;
        Words.Word verb = w.get(i - 1);
        if (!verb.pos().equals("VBD") && !verb.pos().equals("VBP") || w.hasPronounSuffix(i - 1)) return;
        // ("وأكدت الداخلية المصرية": with the country's adjective)
        int end = gazetteer.nationalityAfter(w, i);
        out.add(w.mention(MentionType.ORG, i, end, "rules.ministry-short-form", 0.75, Optional.empty(), Optional.empty()));
    }

    /**
     * "حزب تواصل", "تحالف تقدم": a party's head without its article, then one indefinite word that is no adjective, is the
     * party and its name; "شركة شل": a company's head, then a foreign name the tagger read as a verb. A verb that agrees
     * with the head is what the body does ("حزب يطالب", "شركة تعمل", "شركة قامت"), not its name.
     */
    private boolean partyName(Words w, int i) {
        Words.Word head = w.get(i);
        boolean party = lex.partyHeads.contains(head.key()), company = lex.companyHeads.contains(head.key());
        if (head.hasArticle() || !party && !company || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) return false;
        Words.Word x = w.get(i + 1);
        String pos = x.pos();
        boolean verb = pos.equals("VBP") || pos.equals("VBD");
        boolean noun = pos.equals("NN") || pos.equals("NNS") || pos.equals("NNP");
        if (!(verb || party && noun) || !x.clitic().isEmpty() || x.hasArticle() || w.hasPronounSuffix(i + 1) || lex.nameStops.contains(x.key())
                || accusativeNoun(x) || gazetteer.longestAt(w, i + 1) != null) {
            return false;
        }
        boolean feminine = head.folded().endsWith(Affixes.FEMININE);
        boolean agrees = feminine ? pos.equals("VBP") && x.folded().startsWith(Affixes.FEMININE_IMPERFECT)
                || pos.equals("VBD") && x.folded().endsWith(Affixes.FEMININE_PAST)
                : pos.equals("VBP") && x.folded().startsWith(Affixes.MASCULINE_IMPERFECT);
        return !agrees;
    }

    /**
     * "وصناعة" in "غرفة تجارة وصناعة الكويت": و and an indefinite noun in construct after another one, the definite or
     * proper noun both govern right after it.
     */
    private boolean coordinatedConstruct(Words w, int j) {
        if (j < 1 || j + 1 >= w.size()) return false;
        Words.Word x = w.get(j), prev = w.get(j - 1), next = w.get(j + 1);
        return x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && x.pos().startsWith("NN") && !x.isProperNoun() && w.isPhrase(j - 1, j + 1)
                && prev.clitic().isEmpty() && !prev.hasArticle() && prev.pos().startsWith("NN") && !prev.isProperNoun()
                && next.clitic().isEmpty() && (next.hasArticle() || next.isProperNoun()) && !opensOtherName(w, j, false);
    }

    /** "للغذاء" read as ل + "لغذاء": a lam left on a noun without the article after the preposition ل (written "لل"). */
    private static boolean lamLeftOn(Words.Word x) {
        return x.clitic().endsWith(Affixes.LAM) && !x.hasArticle() && x.folded().startsWith(Affixes.LAM);
    }

    /**
     * "في لبنان", "لدى الأردن", "في إسطنبول" at {@code j}: في or لدى and a known place; the place's last word, or -1.
     */
    private int seatAbroadEnd(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().isEmpty() || !lex.abroadPrepositions.contains(x.key()) || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return -1;
        GazetteerFinder.Match place = gazetteer.longestAt(w, j + 1);
        if (place == null || place.withClitic() || MentionType.of(place.name().entry().type()) != MentionType.LOC) return -1;
        return j + place.name().words().length;
    }

    private static final String NOT = "غير";
    private static final String IN = "في";
    /** "الدولة" as a word key ("وزارة الدولة لشؤون …"). */
    private static final String STATE = org.rawabit.text.ArabicNormaliser.stripArticle(org.rawabit.text.ArabicNormaliser.normalise("الدولة"));

    /**
     * "عن" in "للدفاع عن حقوق الإنسان", "من" in "للوقاية من الفساد": the preposition a verbal noun keeps in a name
     * (name-prepositions.txt), before the noun it governs; not when a person is meant, a proper noun no list knows as a
     * place or a body ("هيئة الدفاع عن الوزاني").
     */
    private boolean keptPreposition(Words w, int j) {
        Words.Word x = w.get(j);
        return x.clitic().isEmpty() && j > 0 && x.key().equals(lex.namePrepositions.get(w.get(j - 1).key()))
                && j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty()
                && !(w.get(j + 1).isProperNoun() && gazetteer.longestAt(w, j + 1) == null);
    }

    private static final String SAKE = ArabicNormaliser.normalise("أجل");

    /**
     * "من أجل" at {@code j} and the cause a body stands for: a noun, with its indefinite adjectives or the definite noun
     * it governs ("من أجل انتخابات حرة", "من أجل ديمقراطية الانتخابات"); the cause's last word, or -1.
     */
    private static int causeEnd(Words w, int j) {
        boolean forTheSakeOf = j + 2 < w.size() && w.isPhrase(j, j + 2) && w.get(j).clitic().isEmpty() && w.get(j).key().equals(OF)
                && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).key().equals(SAKE) && w.get(j + 2).clitic().isEmpty()
                && w.get(j + 2).pos().contains("NN");
        if (!forTheSakeOf) return -1;
        int k = j + 2;
        if (w.get(k).hasArticle()) return k;
        while (k + 1 < w.size() && w.isPhrase(k, k + 1) && w.get(k + 1).clitic().isEmpty() && !w.get(k + 1).hasArticle()
                && w.get(k + 1).pos().equals("JJ")) {
            k++;
        }
        if (k == j + 2 && k + 1 < w.size() && w.isPhrase(k, k + 1) && w.get(k + 1).clitic().isEmpty() && w.get(k + 1).hasArticle()) k++;
        return k;
    }

    /**
     * "ومكافحته" in "للوقاية من الفساد ومكافحته", "ومكافحتها" after "حرائق الغابات": a task (unit-functions.txt,
     * verbal-heads.txt) joined by و to the definite field before it, with a pronoun that stands for that field.
     */
    private boolean pronounTask(Words w, int j) {
        Words.Word x = w.get(j), prev = w.get(j - 1);
        return x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && w.hasPronounSuffix(j) && w.isPhrase(j - 1, j)
                && (prev.hasArticle() || lamLeftOn(prev)) && (lex.unitFunctions.contains(x.key()) || lex.verbalHeads.contains(x.key()));
    }

    /**
     * "المختصة بقضايا النزاهة", "المعنية بليبيا", "المكلفة بجرائم الأموال" at {@code j}: a participle of remit
     * (remit-participles.txt) and its ب-phrase, a definite noun, a known place or a noun in construct with a definite
     * one; the phrase's last word, or -1.
     */
    private int remitEnd(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().isEmpty() || !x.hasArticle() || !lex.remitParticiples.contains(x.key()) || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return -1;
        Words.Word y = w.get(j + 1);
        // ("المعني بليبيا": the segmenter may leave ب on a known place's name)
        if (y.clitic().isEmpty() && !y.hasArticle() && y.folded().startsWith(Affixes.BA)
                && gazetteer.knownPlace(y.folded().substring(Affixes.BA.length())).isPresent()) {
            return j + 1;
        }
        if (!y.clitic().equals(Affixes.BA)) return -1;
        if (y.hasArticle() || gazetteer.knownPlace(y.key()).isPresent()) return j + 1;
        boolean construct = y.pos().startsWith("NN") && j + 2 < w.size() && w.isPhrase(j + 1, j + 2) && w.get(j + 2).clitic().isEmpty()
                && w.get(j + 2).hasArticle();
        return construct ? j + 2 : -1;
    }

    /** A head of a department or unit ("الإدارة", "دائرة", "غرفة"), which may be named with the body it belongs to. */
    private boolean isDepartmentHead(Words.Word head) {
        return lex.unitNouns.contains(head.key()) || lex.unitHeads.contains(head.key());
    }

    /** The last word of the body starting at {@code j}: a known organisation or one an organisation's head opens; or -1. */
    private int parentBodyEnd(Words w, int j) {
        if (j >= w.size() || !w.isPhrase(j - 1, j) || !w.get(j).clitic().isEmpty()) return -1;
        int known = knownOrganisationEnd(w, j);
        if (known != NOT_KNOWN) return known < 0 ? -1 : gazetteer.nationalityAfter(w, known);
        if (!lex.orgHeads.contains(w.get(j).key())) return -1;
        int body = organisationEnd(w, j);
        return body > j ? body : -1;
    }

    /** "لدى" as a word key. */
    private static final String AT = org.rawabit.text.ArabicNormaliser.stripArticle(org.rawabit.text.ArabicNormaliser.normalise("لدى"));

    /** An indefinite unit noun ("إدارة", "وحدة") in construct with what the unit does ("مكافحة", "التحريات"). */
    private boolean functionalUnit(Words w, int i) {
        Words.Word head = w.get(i);
        if (head.hasArticle() || !lex.unitNouns.contains(head.key()) || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) return false;
        Words.Word next = w.get(i + 1);
        return next.clitic().isEmpty() && (lex.unitFunctions.contains(next.folded()) || lex.unitFunctions.contains(next.key())
                || i + 2 < w.size() && lex.unitFunctions.contains(next.folded() + " " + w.get(i + 2).folded()));
    }

    /** The last word of a body opened at {@code j} by ب and an organisation's head or a known organisation's name, or -1. */
    private int bodyOfDepartmentEnd(Words w, int j) {
        int known = knownOrganisationEnd(w, j);
        if (known != NOT_KNOWN) return known;
        if (!lex.orgHeads.contains(w.get(j).key())) return -1;
        int body = organisationEnd(w, j);
        if (body > j) return body;
        // "رئيس قسم مكافحة الجريمة المنظمة بالفرقة الوطنية": a definite head and its adjectives, the body the story named
        int end = j;
        while (w.get(j).hasArticle() && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty()
                && w.get(end + 1).pos().startsWith("DTJJ")) {
            end++;
        }
        return end > j ? end : -1;
    }

    /**
     * The last word of the known organisation whose name (not glued to a clitic) starts at {@code j}: -1 when its name
     * runs out of the phrase, {@link #NOT_KNOWN} when no known organisation starts there.
     */
    private int knownOrganisationEnd(Words w, int j) {
        GazetteerFinder.Match known = gazetteer.longestAt(w, j);
        if (known == null || known.withClitic() || MentionType.of(known.name().entry().type()) != MentionType.ORG) return NOT_KNOWN;
        int last = j + known.name().words().length - 1;
        return w.isPhrase(j, last) ? last : -1;
    }

    private static final int NOT_KNOWN = -2;

    /** "بولاية", "بمحافظة": ب and an indefinite division head, which a known place's name follows in a body's branch. */
    private boolean branchInDivision(Words.Word x) {
        return x.clitic().equals(Affixes.BA) && !x.hasArticle() && lex.placeHeads.contains(x.key());
    }

    /** Whether the known place at {@code j} ("بمملكة البحرين", "بدولة قطر") is a country. */
    private boolean namesACountry(Words w, int j) {
        GazetteerFinder.Match place = gazetteer.longestAt(w, j);
        return place != null && place.name().entry().type() == org.rawabit.kb.KbType.Country;
    }

    /** "بالرباط", "بالدار البيضاء": the last word of the seat, glued to ب, that ends a body's name at {@code j}, or -1. */
    private int seatEnd(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().equals(Affixes.BA)) return -1;
        int place = knownPlaceEnd(w, j);
        return place >= 0 ? place : gazetteer.knownPlace(x.key()).isPresent() ? j : -1;
    }

    /** The last word of the known place (of one or more words) that starts at {@code j}, within its phrase; or -1. */
    private int knownPlaceEnd(Words w, int j) {
        GazetteerFinder.Match place = gazetteer.longestAt(w, j);
        if (place == null || MentionType.of(place.name().entry().type()) != MentionType.LOC) return -1;
        int end = j + place.name().words().length - 1;
        return w.isPhrase(j, end) ? end : -1;
    }

    /** Last word of the organisation a head noun opens at {@code j}, or {@code j - 1} when it names none. */
    private int organisationEnd(Words w, int j) {
        List<Mention> tmp = new ArrayList<>();
        organisation(w, j, tmp);
        if (tmp.isEmpty() || tmp.get(0).type() != MentionType.ORG) return j - 1;
        for (int k = j; k < w.size(); k++) if (w.get(k).end() == tmp.get(0).end()) return k;
        return j - 1;
    }

    /**
     * "المدير العام للأمن الوطني ولمراقبة التراب الوطني", "مدير الشرطة القضائية", "المديرة العامة لأمن
     * الدولة": the complements of a director's post name the bodies he heads. Each becomes an
     * organisation, the known one when the knowledge base has the body's full name ("المديرية العامة
     * للأمن الوطني"); a one-word complement ("مدير المدرسة") only when it is known.
     */
    private void bodiesNamedByPost(Words w, int i, List<Mention> out) {
        int n = phraseIn(w, i, lex.postBodies.keySet());
        if (n == 0) return;
        String body = lex.postBodies.get(phraseKey(w, i, n));
        // ("وزير الداخلية": a minister's ministry is read by ministryOfMinister)
        if (lex.portfolioHeads.contains(ArabicNormaliser.nameKey(body))) return;
        boolean construct = !w.get(i + n - 1).hasArticle();
        int j = i + n;
        for (int complements = 0; j < w.size() && complements < 3; complements++) {
            Words.Word x = w.get(j);
            if (x.isPunctuation() || x.sentence() != w.get(i).sentence()) return;
            boolean genitive = x.clitic().endsWith(Affixes.LAM);
            // "… ومراقبة التراب الوطني": و and a noun in construct joins a second body; "والوفد …", "ورئيس …" do not
            boolean joined = complements > 0 && x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && !lex.postHeads.contains(x.key())
                    && !lex.personTitles.contains(x.key());
            if (!genitive && !joined && !(complements == 0 && construct && x.clitic().isEmpty() && x.hasArticle())) return;
            if (lex.nameStops.contains(x.key())) return;
            int end = j;
            while (end + 1 < w.size() && end + 1 < j + 4 && w.get(end + 1).clitic().isEmpty() && w.get(end + 1).hasArticle()
                    && w.get(end + 1).sentence() == x.sentence() && !w.get(end + 1).isPunctuation()
                    && !lex.nameStops.contains(w.get(end + 1).key()) && !lex.storyAdjectives.contains(w.get(end + 1).key())
                    && phraseIn(w, end + 1, lex.personTitles) == 0) {
                end++;
            }
            if (joined && end == j) return;
            // "مدير الإدارة العامة للشرطة الدولية": a department every body has is named by the genitive after it; alone
            // ("مدير الإدارة العامة", "مدير عام الشؤون القانونية") it names no body
            boolean department = lex.genericBodies.contains(w.keyOf(j, end));
            if (department) {
                int named = genitiveChainEnd(w, end + 1);
                if (named <= end) return;
                end = named;
            }
            GazetteerFinder.Match m = department ? null : gazetteer.longestAt(w, j);
            boolean knownOther = m != null && MentionType.of(m.name().entry().type()) != MentionType.ORG;
            if (m == null && !genericDescription(w, j, end)) {
                String complement = w.doc().text().substring(x.begin(), w.get(end).end());
                String governed = w.doc().text().substring(x.cliticBegin(), w.get(end).end());
                if (x.clitic().startsWith(Affixes.CONJUNCTION)) governed = governed.substring(1);
                String asWritten = governed;
                Optional<String> known = gazetteer.knownOrganisation(body + " " + asWritten).or(() -> gazetteer.knownOrganisation(complement));
                if (known.isPresent() || end > j) {
                    out.add(w.mention(MentionType.ORG, j, end, "rules.post-body", 0.75, known, Optional.empty()));
                }
            } else if (knownOther) {
                return;
            }
            if (m != null) end = Math.max(end, j + m.name().words().length - 1);
            j = end + 1;
        }
    }

    /** Finder name of a ministry read off its minister's post; a meeting does not take it for the post's stand-in. */
    public static final String MINISTRY_OF_MINISTER = "rules.minister-ministry";

    /**
     * "وزير الداخلية اللبناني", "وزيرة المالية", "وزير العدل والشؤون الإسلامية والأوقاف": a minister's post names the
     * ministry of its portfolio (post-bodies.txt), as the seeds' gold counts a body named inside a post. The mention is the
     * portfolio's words; its key is the ministry's, the minister's nationality adjective made feminine, so that it is one
     * entity with "وزارة الداخلية اللبنانية" named elsewhere. "وزير الدولة" and "الوزير الأول" name no ministry.
     */
    private void ministryOfMinister(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        if (w.hasPronounSuffix(i) || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) return;
        String body = lex.postBodies.get(head.key());
        if (body == null || !lex.portfolioHeads.contains(ArabicNormaliser.nameKey(body))) return;
        if (head.hasArticle()) {
            ministryAfterDefiniteMinister(w, i, body, out);
            return;
        }
        int j = i + 1;
        Words.Word first = w.get(j);
        if (!first.clitic().isEmpty() || !first.hasArticle() || !(first.pos().startsWith("DTNN") || first.pos().startsWith("DTJJ"))
                || first.key().equals(STATE) || ArabicOrdinals.unit(first.key()) > 0 || w.hasPronounSuffix(j)
                || lex.nameStops.contains(first.key()) || lex.storyAdjectives.contains(first.key())) {
            return;
        }
        GazetteerFinder.Match known = gazetteer.longestAt(w, j);
        if (known != null && MentionType.of(known.name().entry().type()) != MentionType.ORG) return;
        // the portfolio runs to the first word that says whose or when the post is, or what it adds: the minister's
        // nationality ("وزير الداخلية اللبناني"), a story adjective ("وزير الخارجية الأسبق لمدغشقر"), a ل-phrase
        // ("مساعد وزير الداخلية لشؤون العمليات")
        int postEnd = postPhraseEnd(w, i), end = j, nationality = -1;
        for (int k = j + 1; k <= postEnd; k++) {
            Words.Word x = w.get(k);
            if (x.clitic().isEmpty() && gazetteer.isCountryAdjective(x.key())) {
                nationality = k;
                break;
            }
            if (x.clitic().isEmpty() && lex.storyAdjectives.contains(x.key()) || x.clitic().endsWith(Affixes.LAM) || !x.hasArticle()
                    || x.clitic().equals(Affixes.BA)) {
                break;
            }
            end = k;
        }
        // "والموريتانيين في الخارج": "abroad" ends a portfolio of expatriates
        int abroad = nationality < 0 ? abroadEnd(w, end + 1) : -1;
        if (abroad > end) end = abroad;
        // ("والمغاربة المقيمين بالخارج،": a definite ب-phrase that ends the phrase is the portfolio's own; not a place it is in)
        if (nationality < 0 && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().equals(Affixes.BA)
                && w.get(end + 1).hasArticle() && (end + 2 >= w.size() || !w.isPhrase(end + 1, end + 2)) && gazetteer.longestAt(w, end + 1) == null) {
            end++;
        }
        String key = ArabicNormaliser.nameKey(body) + " " + w.keyOf(j, end);
        String name = body + " " + w.doc().text().substring(first.begin(), w.get(end).end());
        // "وزير الصحة الاتحادي": an adjective of the minister, not of his feminine field, is the ministry's in the feminine
        Words.Word last = w.get(end);
        if (end > j && nationality < 0 && last.clitic().isEmpty() && last.pos().startsWith("DTJJ") && Affixes.isNisba(last.key())
                && !last.key().endsWith(Affixes.FEMININE) && w.get(end - 1).key().endsWith(Affixes.FEMININE)) {
            name += "ة";
            key += Affixes.FEMININE;
        }
        if (nationality >= 0) {
            String adjective = w.get(nationality).key();
            key += " " + (adjective.endsWith(Affixes.FEMININE) ? adjective : adjective + Affixes.FEMININE);
            String written = w.doc().text().substring(w.get(nationality).begin(), w.get(nationality).end());
            // ("المغربى" is written for "المغربي" too)
            name += " " + (written.endsWith("ة") ? written : written.endsWith("ى") ? written.substring(0, written.length() - 1) + "ية" : written + "ة");
        }
        // (the knowledge base may know the ministry by another spelling of its long name: "الأفريقي" / "الإفريقي")
        Optional<String> kbId = gazetteer.knownOrganisation(name);
        if (kbId.isEmpty() && known != null && j + known.name().words().length - 1 == end) kbId = Optional.of(known.name().entry().id());
        int begin = first.begin(), e = w.get(end).end();
        out.add(new Mention(MentionType.ORG, begin, e, w.doc().surface(begin, e), MINISTRY_OF_MINISTER, 0.75, kbId,
                Optional.of(new MentionValue.FullName(name)), key));
    }

    /**
     * "فرانسيسكو باردو بيكيراس": a place the knowledge base knows by one word ("باردو", Bardo), between two proper nouns of a
     * name with nothing glued to it, is a word of that name.
     */
    private boolean placeWordInsideName(Words w, int j) {
        if (j < 1 || j + 1 >= w.size() || !w.isPhrase(j - 1, j + 1)) return false;
        Words.Word x = w.get(j), before = w.get(j - 1), after = w.get(j + 1);
        GazetteerFinder.Match known = gazetteer.longestAt(w, j);
        return x.clitic().isEmpty() && !x.hasArticle() && known != null && known.name().words().length == 1
                && MentionType.of(known.name().entry().type()) == MentionType.LOC && before.isProperNoun() && !before.hasArticle()
                && after.isProperNoun() && after.clitic().isEmpty() && !after.hasArticle() && gazetteer.longestAt(w, j + 1) == null;
    }

    /** Whether the knowledge base knows an organisation named by the words from {@code i} to just before {@code j}. */
    private boolean knownOrganisationEndsBefore(Words w, int i, int j) {
        GazetteerFinder.Match known = gazetteer.longestAt(w, i);
        return known != null && i + known.name().words().length == j && MentionType.of(known.name().entry().type()) == MentionType.ORG;
    }

    /**
     * "في الخارج", "بالخارج" at {@code j}, after a definite word of a name: the last word of that "abroad", which ends a
     * portfolio of expatriates ("والموريتانيين في الخارج"); -1 when there is none.
     */
    private int abroadEnd(Words w, int j) {
        if (j < 1 || j >= w.size() || !w.isPhrase(j - 1, j) || !w.get(j - 1).hasArticle()) return -1;
        Words.Word x = w.get(j);
        if (x.clitic().equals(Affixes.BA) && x.hasArticle() && lex.abroadWords.contains(x.key())) return j;
        boolean in = x.clitic().isEmpty() && x.key().equals(IN) && j + 1 < w.size() && w.isPhrase(j, j + 1);
        return in && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).hasArticle() && lex.abroadWords.contains(w.get(j + 1).key()) ? j + 1 : -1;
    }

    /**
     * "الوزير الأسبق للصناعة والمناجم", "الوزيرة المنتدبة للتجارة الخارجية": the Maghreb's definite minister, what he was or is
     * in the story, then ل and his portfolio, names the ministry of that portfolio as "وزير الصناعة" does.
     */
    private void ministryAfterDefiniteMinister(Words w, int i, String body, List<Mention> out) {
        int j = i + 1;
        // ("الوزير الأول للحكومة" is the prime minister: no ministry)
        while (j < w.size() && j < i + 3 && w.isPhrase(i, j) && w.get(j).clitic().isEmpty() && w.get(j).pos().startsWith("DTJJ")
                && ArabicOrdinals.unit(w.get(j).key()) <= 0) {
            j++;
        }
        if (j >= w.size() || !w.isPhrase(i, j)) return;
        Words.Word first = w.get(j);
        GazetteerFinder.Match known = gazetteer.longestAt(w, j);
        if (!first.clitic().equals(Affixes.LAM) || !first.hasArticle() || !first.pos().startsWith("DTNN") || w.hasPronounSuffix(j)
                || lex.nameStops.contains(first.key()) || lex.stateNouns.contains(first.key()) || lex.isStateOffice(first.key())
                || known != null || ArabicOrdinals.unit(first.key()) > 0 || saysWhen(w, j)) {
            return;
        }
        int end = j;
        // "والمناجم", "الخارجية": the fields joined to it and their adjectives
        while (end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).hasArticle() && !w.hasPronounSuffix(end + 1)
                && (w.get(end + 1).clitic().isEmpty() && w.get(end + 1).pos().startsWith("DTJJ") && !gazetteer.isCountryAdjective(w.get(end + 1).key())
                        && !lex.storyAdjectives.contains(w.get(end + 1).key())
                    || w.get(end + 1).clitic().equals(Affixes.CONJUNCTION) && w.get(end + 1).pos().startsWith("DTNN") && !opensOtherName(w, end + 1, false))) {
            end++;
        }
        // ("للصناعة": the word's text starts with the preposition's lam, whose article the ministry's name takes back)
        String fields = w.doc().text().substring(first.begin(), w.get(end).end());
        if (fields.startsWith(Affixes.LAM + Affixes.LAM)) {
            fields = Affixes.ALIF + fields.substring(Affixes.LAM.length());
        }
        String name = body + " " + fields;
        String key = ArabicNormaliser.nameKey(body) + " " + w.keyOf(j, end);
        Optional<String> kbId = gazetteer.knownOrganisation(name);
        int begin = first.begin(), e = w.get(end).end();
        out.add(new Mention(MentionType.ORG, begin, e, w.doc().surface(begin, e), MINISTRY_OF_MINISTER, 0.75, kbId,
                Optional.of(new MentionValue.FullName(name)), key));
    }

    /**
     * "للشرطة الدولية", "للجمارك والضرائب": definite genitives (ل + ال) and the definite adjectives after them, from
     * {@code j}; the last word, or {@code j - 1} when none starts there.
     */
    private int genitiveChainEnd(Words w, int j) {
        int end = j - 1;
        for (int k = j; k < w.size() && k < j + 4 && w.isPhrase(j - 1, k); k++) {
            Words.Word x = w.get(k);
            boolean genitive = x.clitic().equals(Affixes.LAM) && x.hasArticle();
            boolean adjective = k > j && x.clitic().isEmpty() && x.pos().startsWith("DTJJ");
            if (!genitive && !adjective || lex.nameStops.contains(x.key()) || lex.storyAdjectives.contains(x.key())) break;
            end = k;
        }
        return end;
    }

    /**
     * "اللجنة التنفيذية", "الأمانة العامة للمنظمة": an organ named bare or with "the organisation"
     * (the resolver gives it the organisation the article is about).
     */
    private void organ(Words w, int i, List<Mention> out) {
        if (phraseIn(w, i, lex.organs.keySet()) != 2 || !w.get(i).hasArticle() || w.hasPronounSuffix(i) || w.hasPronounSuffix(i + 1)) return;
        // "الدورة الـ92 للجمعية العامة للمنظمة …", "الجمعية العامة الأولى": an organ in a session's name is part of it
        int at = w.get(i).begin();
        if (out.stream().anyMatch(m -> m.type() == MentionType.EVENT && m.begin() <= at && at < m.end())) return;
        if (i > 0 && w.get(i - 1).sentence() == w.get(i).sentence() && lex.meetingNouns.contains(w.get(i - 1).key())) {
            meetingOfOrgan(w, i, out);
            return;
        }
        int end = i + 1;
        if (end + 1 < w.size() && w.get(end + 1).clitic().equals(Affixes.LAM) && w.get(end + 1).hasArticle()
                && lex.orgHeads.contains(w.get(end + 1).key()) && w.get(end + 1).sentence() == w.get(i).sentence()
                && (end + 2 >= w.size() || !w.get(end + 2).hasArticle() || !w.get(end + 2).clitic().isEmpty())) {
            end++;
        }
        out.add(w.mention(MentionType.ORG, i, end, "rules.organ", 0.7, Optional.empty(), Optional.empty()));
    }

    /**
     * "أشغال الجمعية العامة الحالية للأنتربول", "اجتماع الجمعية العامة للإنتربول": a meeting of an organ
     * that holds numbered sessions is one of them, unnumbered (the resolver gives it the one session of
     * the article); the meeting noun is part of the name when it names events itself ("اجتماع").
     */
    private void meetingOfOrgan(Words w, int i, List<Mention> out) {
        String kind = lex.eventHeads.get(phraseKey(w, i, 2));
        if (kind == null) return;
        int j = i + 2;
        while (j < w.size() && j < i + 4 && isEventAdjective(w, j, i)) j++;
        if (j >= w.size() || w.get(j).isPunctuation() || w.get(j).sentence() != w.get(i).sentence() || !w.get(j).clitic().equals(Affixes.LAM)) return;
        int orgEnd = organiserEnd(w, j);
        if (orgEnd < j) return;
        int begin = lex.eventHeads.containsKey(w.get(i - 1).key()) ? i - 1 : i;
        out.add(w.mention(MentionType.EVENT, begin, orgEnd, "rules.event", 0.75, Optional.empty(),
                Optional.of(new MentionValue.EventValue(kind, Optional.empty(),
                        Optional.of(new MentionValue.Span(w.get(j).begin(), w.get(orgEnd).end())), Optional.empty()))));
    }

    private static final Set<String> OPENING_QUOTES = Words.OPENING_QUOTES;
    private static final Set<String> CLOSING_QUOTES = Words.CLOSING_QUOTES;
    private static final int MAX_QUOTED_WORDS = 4;

    /** "وفق موقع "مدار 21" المغربي", "صحيفة «الصباح»": the quoted name after a publication noun is an organisation. */
    private void quotedPublication(Words w, int i, List<Mention> out) {
        // "مصنع "النور" للإسمنت": a company's quoted name, as a publication's
        // ("كتيبة "جند الخلافة"", "منظمة «أطباء بلا حدود»": any body's head without its article before a quoted name)
        boolean head = lex.mediaHeads.contains(w.get(i).key()) || lex.companyHeads.contains(w.get(i).key())
                || lex.orgHeads.contains(w.get(i).key()) && !w.get(i).hasArticle() && !lex.partyHeads.contains(w.get(i).key())
                        // ("فريقه "لعب بشخصية البطل"": a quotation after "his team"; "مجمع «…»": a building's name, read by venue)
                        && !w.hasPronounSuffix(i) && !lex.venueHeads.contains(w.get(i).key())
                        && i + 2 < w.size() && !w.get(i + 2).pos().startsWith("VB");
        // "تحالف "نبني"", "ائتلاف «تصميم»": a party or a bloc is named with its head
        // ("لائحة «بيروت مدينتي»": so is an electoral list, in quotes only: list-heads.txt)
        boolean party = !head && (lex.partyHeads.contains(w.get(i).key()) || lex.listHeads.contains(w.get(i).key())) && !w.get(i).hasArticle();
        if (!head && !party || i + 2 >= w.size()) return;
        // "لموقع IQ NEWS", "قناة BBC": a name in Latin letters after the noun
        int latin = i + 1;
        while (latin < w.size() && latin <= i + MAX_QUOTED_WORDS && w.isPhrase(i, latin) && isLatin(w, latin)) latin++;
        if (latin > i + 1) {
            out.add(w.mention(MentionType.ORG, i + 1, latin - 1, "rules.publication", 0.8, Optional.empty(), Optional.empty()));
            return;
        }
        if (!OPENING_QUOTES.contains(w.get(i + 1).folded())) return;
        for (int j = i + 2; j < w.size() && j <= i + 1 + MAX_QUOTED_WORDS; j++) {
            Words.Word x = w.get(j);
            if (x.sentence() != w.get(i).sentence()) return;
            if (x.isPunctuation()) {
                if (j > i + 2 && (OPENING_QUOTES.contains(x.folded()) || x.folded().equals("»"))) {
                    if (party) out.add(w.mention(MentionType.ORG, i, j, "rules.party", 0.8, Optional.empty(), Optional.empty()));
                    else out.add(w.mention(MentionType.ORG, i + 2, j - 1, "rules.publication", 0.8, Optional.empty(), Optional.empty()));
                }
                return;
            }
        }
    }

    /**
     * Whether a person's name starts at {@code j} ("عبد اللطيف حموشي"), or a title or post naming one person: before a
     * name or a place ("ملك البحرين", "الرئيس عباس"); not "مكتب الوزير للدراسات", "مكتب رئيس الوزراء" (offices).
     */
    private boolean governsPerson(Words w, int j) {
        if (j >= w.size() || !w.isPhrase(j - 1, j)) return false;
        Words.Word x = w.get(j);
        // ("محكمة سيدي امحمد": a place the knowledge base knows by a saint's or a title's name is that place)
        GazetteerFinder.Match place = x.clitic().isEmpty() ? gazetteer.longestAt(w, j) : null;
        if (place != null && place.name().words().length > 1 && MentionType.of(place.name().entry().type()) == MentionType.LOC) return false;
        if (startsPersonName(x)) return true;
        if (!x.clitic().isEmpty() || !lex.personTitles.contains(x.key()) && !lex.postHeads.contains(x.key())) return false;
        if (j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return false;
        Words.Word next = w.get(j + 1);
        GazetteerFinder.Match known = gazetteer.longestAt(w, j + 1);
        return next.clitic().isEmpty() && (next.isProperNoun() || startsPersonName(next)
                || known != null && MentionType.of(known.name().entry().type()) != MentionType.ORG);
    }

    /**
     * "والمنظمات الدولية", "والحكومة", "والصندوق العربي": a conjunct that opens another body, a known name, a body
     * every state has, or a plural after a word that is no genitive ("للامتحانات والمسابقات" is one name), is a list.
     */
    private boolean opensOtherName(Words w, int j, boolean pluralOpens) {
        Words.Word x = w.get(j);
        String k = x.key();
        return lex.orgHeads.contains(k) || lex.unitNouns.contains(k) || lex.bodyPlurals.contains(k) || lex.institutionNouns.contains(k) || lex.placeHeads.contains(k) || lex.postHeads.contains(k)
                || lex.isStateOffice(k) || gazetteer.longestAt(w, j) != null || pluralOpens && Affixes.isPlural(k) && qualifiedAfter(w, j);
    }

    /**
     * Whether an adjective follows the word at {@code j}: "والمنظمات الدولية" is another body with its own adjective, while
     * a bare plural coordinated with the field before it is the name's ("هيئة الطرق والمواصلات").
     */
    private static boolean qualifiedAfter(Words w, int j) {
        if (j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return false;
        Words.Word next = w.get(j + 1);
        return next.clitic().isEmpty() && next.pos().startsWith("DTJJ");
    }

    /**
     * "جامعة القاضي عياض", "مستشفى ابن سينا", "المستشفى الجامعي الحبيب بورقيبة", "صندوق محمد السادس": the last word
     * of a person's name (its title included) that names a body opened by an eponym head at {@code i}, or {@code i}.
     * An indefinite head governs the name; a definite one needs an adjective between ("رئيس الجامعة فوزي لقجع" is an
     * apposition: the president's name).
     */
    private int eponymNameEnd(Words w, int i) {
        Words.Word head = w.get(i);
        if (!lex.eponymHeads.contains(head.key())) return i;
        int k = i + 1;
        while (k < w.size() && k < i + 3 && w.isPhrase(i, k) && w.get(k).clitic().isEmpty() && w.get(k).pos().startsWith("DTJJ")) k++;
        if (head.hasArticle() == (k == i + 1) || k >= w.size() || !w.isPhrase(i, k)) return i;
        GazetteerFinder.Match known = gazetteer.longestAt(w, k);
        if (known != null) return MentionType.of(known.name().entry().type()) == MentionType.PER ? k + known.name().words().length - 1 : i;
        // "رئيس المحكمة الدستورية عادل الرواشدة": after a post's head, a name no list knows that follows the definite body and
        // its adjectives is the holder's
        if (head.hasArticle() && i > 0 && w.isPhrase(i - 1, i) && lex.postHeads.contains(w.get(i - 1).key())) return i;
        int titles = 0;
        for (int more; (more = phraseIn(w, k + titles, lex.personTitles)) > 0; ) titles += more;
        int first = k + titles;
        if (first >= w.size() || !w.isPhrase(i, first)) return i;
        Words.Word x = w.get(first);
        // ("كتيبة عقبة بن نافع": a word no list knows as a given name, opening a lineage, is one)
        boolean lineage = x.clitic().isEmpty() && !x.hasArticle() && nameLike(x) && connectorFollows(w, first);
        if (titles > 0 ? nameStart(x) || x.clitic().isEmpty() && !x.hasArticle() && nameLike(x) && x.pos().startsWith("NN") : startsPersonName(x) || lineage) {
            int end = nameEnd(w, first, titles == 0);
            // "جامعة الملك سعود اتفاقية تعاون": an indefinite common noun after the name is the verb's object, not the name's
            for (int n = first + 1; n <= end; n++) {
                Words.Word y = w.get(n);
                if (y.clitic().isEmpty() && !y.hasArticle() && (y.pos().equals("NN") || y.pos().equals("NNS")) && !lex.givenNames.contains(y.key())
                        && !lex.nameConnectors.contains(y.key()) && !lex.nameConnectors.contains(w.get(n - 1).key()) && !lex.nameHonorifics.contains(y.key())) {
                    end = n - 1;
                    break;
                }
            }
            // "مستشفى مصطفى باشا": the honorific after the name
            if (end >= first && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty()
                    && lex.nameHonorifics.contains(w.get(end + 1).key())) end++;
            return end >= first ? end : i;
        }
        // "الحبيب بورقيبة": two proper nouns
        if (titles == 0 && x.clitic().isEmpty() && x.isProperNoun() && first + 1 < w.size() && w.isPhrase(first, first + 1)
                && w.get(first + 1).clitic().isEmpty() && w.get(first + 1).pos().equals("NNP") && gazetteer.longestAt(w, first) == null) {
            return first + 1;
        }
        return i;
    }

    /** A word written in Latin letters ("IQ", "BBC", "France24"). */
    private static boolean isLatin(Words w, int j) {
        String t = w.doc().text().substring(w.get(j).begin(), w.get(j).end());
        return w.get(j).clitic().isEmpty() && t.matches("[A-Za-z][A-Za-z0-9&.\\-]*");
    }

    /** "الجريمة المنظمة": a definite head noun that agrees with the definite noun before it is its adjective. */
    private static boolean adjectiveOfPrecedingNoun(Words w, int i) {
        Words.Word head = w.get(i);
        if (!head.hasArticle() || !head.clitic().isEmpty()) return false;
        return head.pos().startsWith("DTJJ") || w.definiteNounBefore(i);
    }

    /** "هيئة حاكمة": an indefinite word after an indefinite feminine head, feminine too, is its adjective (ة folds to ه). */
    private static boolean agreeingAdjective(Words.Word head, Words.Word x) {
        return !x.hasArticle() && !head.hasArticle() && head.folded().endsWith(Affixes.FEMININE) && x.folded().endsWith(Affixes.FEMININE);
    }

    /** A word that opens a person's name: a given name, or a compound "عبد …" name. */
    private boolean startsPersonName(Words.Word x) {
        return !x.isPunctuation() && x.clitic().isEmpty() && !x.hasArticle()
                && (lex.givenNames.contains(x.key()) || x.key().startsWith(Affixes.ABD) && x.key().length() > 4);
    }

    /**
     * "الجهاز الأمني المغربي", "الأجهزة الأمنية": a definite head followed only by adjectives, one of
     * which says what kind of body it is, describes an organisation without naming it.
     */
    private boolean genericDescription(Words w, int from, int to) {
        if (!w.get(from).hasArticle() || to == from || lex.institutionNouns.contains(w.get(from).key())) return false;
        boolean descriptor = false;
        for (int k = from + 1; k <= to; k++) {
            Words.Word x = w.get(k);
            if (!x.clitic().isEmpty() || !x.pos().startsWith("DTJJ")) return false;
            descriptor |= lex.descriptiveAdjectives.contains(x.key());
        }
        return descriptor;
    }

    /** "محافظتي صعدة وحجة", "ولايتي تيزي وزو وبجاية": a dual place head, then two places joined by و. */
    private void placesAfterDualHead(Words w, int i, List<Mention> out) {
        if (!w.get(i).clitic().isEmpty() && !w.get(i).clitic().equals(Affixes.CONJUNCTION)) return;
        if (lex.pluralPlaceHeads.contains(w.get(i).key())) {
            placesAfterPluralHead(w, i, out);
            return;
        }
        if (!lex.dualPlaceHeads.contains(w.get(i).key())) return;
        int first = dualMemberEnd(w, i + 1, false);
        if (first < 0) return;
        int second = dualMemberEnd(w, first + 1, true);
        if (second < 0) return;
        out.add(w.mention(MentionType.LOC, i + 1, first, "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
        out.add(w.mention(MentionType.LOC, first + 1, second, "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
    }

    /** "محافظات شبوة وأبين ولحج": a list of places after a plural head, two at the least, each a place of its own. */
    private void placesAfterPluralHead(Words w, int i, List<Mention> out) {
        List<int[]> members = new ArrayList<>();
        int end = dualMemberEnd(w, i + 1, false);
        while (end >= 0 && members.size() < MAX_LISTED_PLACES) {
            members.add(new int[] {members.isEmpty() ? i + 1 : members.get(members.size() - 1)[1] + 1, end});
            end = dualMemberEnd(w, end + 1, true);
        }
        if (members.size() < 2) return;
        for (int[] m : members) out.add(w.mention(MentionType.LOC, m[0], m[1], "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
    }

    private static final int MAX_LISTED_PLACES = 8;

    /** The last word of one place of a dual at {@code j} (the second glued to و), or -1. */
    private int dualMemberEnd(Words w, int j, boolean second) {
        if (j >= w.size() || !w.isPhrase(j - 1, j)) return -1;
        Words.Word x = w.get(j);
        if (x.isPunctuation() || !x.clitic().equals(second ? Affixes.CONJUNCTION : "")) return -1;
        int known = knownPlaceEnd(w, j);
        if (known >= j) return known;
        boolean nameish = x.isProperNoun() || !x.hasArticle() && x.pos().startsWith("NN") && !lex.nameStops.contains(x.key()) && !accusativeNoun(x);
        return nameish && x.key().chars().noneMatch(Character::isDigit) ? j : -1;
    }

    private void placeAfterHead(Words w, int i, List<Mention> out) {
        if (!lex.placeHeads.contains(w.get(i).key()) || i + 1 >= w.size()) return;
        // "العاصمة السعودية الرياض": the nationality adjective describes the head; the name follows it
        if (isNationality(w.get(i + 1)) && w.isPhrase(i, i + 2)) i++;
        Words.Word x = w.get(i + 1);
        // "في بلدة ببنين": after an indefinite head, a proper noun whose first letter the segmenter took for ب is the name
        if (!w.get(i).hasArticle() && misSplitName(x) && x.isProperNoun() && x.sentence() == w.get(i).sentence() && !w.hasPronounSuffix(i + 1)) {
            // (its key is the whole word's: "ببنين" is not Benin)
            out.add(new Mention(MentionType.LOC, x.cliticBegin(), x.end(), w.doc().text().substring(x.cliticBegin(), x.end()), "rules.place-head", 0.8,
                    Optional.empty(), Optional.empty()));
            return;
        }
        if (x.isPunctuation() || !x.clitic().isEmpty() || x.sentence() != w.get(i).sentence()) return;
        // "إقليم الدريوش", "إقليم صفرو": an indefinite division head is its name's first word
        boolean division = !w.get(i).hasArticle() && lex.divisionHeads.contains(w.get(i).key());
        int nameFrom = division ? i : i + 1;
        // "جهة الدار البيضاء-سطات", "إقليم بني شنقول-قمز": names joined by hyphens are one place
        int known = knownPlaceEnd(w, i + 1);
        if (division && known >= 0 && hyphenJoinedEnd(w, known) == known) {
            // a division named after its chief town is a place of its own; one the knowledge base knows by that name is its
            GazetteerFinder.Match town = gazetteer.longestAt(w, i + 1);
            if (town.name().entry().type() == org.rawabit.kb.KbType.City && gazetteer.longestAt(w, i) == null) {
                out.add(w.mention(MentionType.LOC, i, known, "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
            }
            return;
        }
        int joined = hyphenJoinedEnd(w, known >= 0 ? known : i + 1);
        if (joined > Math.max(known, i + 1) && (known >= 0 || x.isProperNoun())) {
            out.add(w.mention(MentionType.LOC, nameFrom, joined, "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
            return;
        }
        // "مدينة الملك فهد الرياضية": a complex named after a titled person, the title, the name and the adjective
        if (!w.get(i).hasArticle() && phraseIn(w, i + 1, lex.personTitles) > 0) {
            int k = i + 1 + phraseIn(w, i + 1, lex.personTitles);
            while (k < w.size() && k <= i + 4 && w.isPhrase(i, k) && w.get(k).clitic().isEmpty() && nameLike(w.get(k))
                    && !lex.complexAdjectives.containsKey(w.get(k).key())) {
                k++;
            }
            String complex = k > i + 2 && k < w.size() && w.isPhrase(i, k) && w.get(k).clitic().isEmpty() ? lex.complexAdjectives.get(w.get(k).key()) : null;
            if (complex != null) {
                complex(w, i, k, complex, out);
                return;
            }
        }
        // "قناة الجزيرة تقريرا": a definite head ("الجزيرة", "المنطقة") is followed by a name only in apposition: a proper
        // noun or a known place, never a common noun
        boolean apposition = !w.get(i).hasArticle() || x.isProperNoun() || gazetteer.knownPlace(x.folded()).isPresent();
        boolean nameish = apposition && (x.isProperNoun() || !x.hasArticle() && x.pos().startsWith("NN") && !lex.nameStops.contains(x.key()));
        // "قرية العوينة", "منطقة الفتائح": after an indefinite head, a definite noun no dictionary has is the place's name
        // ("قرية الصيادين", "منطقة النزاع" are common words)
        if (!nameish && !w.get(i).hasArticle() && definiteName(w, i + 1) && !x.pos().equals("DTNNS") && !Affixes.isMasculinePlural(x.key())
                && x.key().length() >= 3 && unknownWord(x)) {
            nameish = true;
        }
        if (!nameish || x.key().chars().anyMatch(Character::isDigit)) return;
        int end = i + 1;
        // ("قرية اسطامو بريفها": a word carrying a pronoun points back, it is not the name's)
        if (end + 1 < w.size() && w.get(end + 1).isProperNoun() && w.get(end + 1).clitic().isEmpty() && !w.get(end + 1).hasArticle()
                && !inPlace(w, end + 1) && !w.hasPronounSuffix(end + 1)) {
            end++;
        } else if (compoundGivenName(w, end)) {
            // "حي صلاح الدين", "شارع نور الدين": a compound given name is the place's name whole
            end++;
        } else if (end + 1 < w.size() && w.isPhrase(end, end + 1) && lex.compoundPlaceStarts.contains(w.get(end).key())
                && w.get(end + 1).clitic().isEmpty() && !w.get(end + 1).isPunctuation()) {
            // "دوار أولاد علي": after "أولاد", "بني" … the next word is the name's
            end++;
        }
        // "مدينة حلفا الجديدة": the new town beside it (new-town-words.txt)
        if (end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty() && lex.newTownWords.contains(w.get(end + 1).key())) end++;
        // "مدينة الحسين الطبية", "مدينة الملك عبدالله الاقتصادية": a complex named after someone or somewhere, the head and its
        // adjective included; a hospital complex is a body, the others places (complex-adjectives.txt)
        String complex = !w.get(i).hasArticle() && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty()
                ? lex.complexAdjectives.get(w.get(end + 1).key()) : null;
        if (complex != null) {
            complex(w, i, end + 1, complex, out);
            return;
        }
        out.add(w.mention(MentionType.LOC, nameFrom, end, "rules.place-head", 0.8, Optional.empty(), Optional.empty()));
        placeItLiesIn(w, end + 1, out);
    }

    /**
     * "ورغة" read as و + "رغة": the conjunction glued to a noun that is no word of the dictionary, no verb, no definite word,
     * where the construct before it wants a name.
     */
    private boolean nameSplitAsAnd(Words.Word x) {
        return x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && !x.pos().startsWith("VB") && x.key().length() >= 2
                && (x.pos().startsWith("NN") || x.pos().equals("JJ")) && unknownWord(x);
    }

    /** Whether neither the dictionary of common words nor the given names have the word ("رغة", "أربعات"). */
    private boolean unknownWord(Words.Word x) {
        return !lex.commonWords.contains(x.key()) && !lex.givenNames.contains(x.key());
    }

    /** A complex from the word at {@code i} to {@code end}, of the type its adjective says (complex-adjectives.txt). */
    private static void complex(Words w, int i, int end, String kbType, List<Mention> out) {
        MentionType type = MentionType.of(org.rawabit.kb.KbType.valueOf(kbType));
        out.add(w.mention(type, i, end, type == MentionType.ORG ? "rules.org-head" : "rules.venue", 0.8, Optional.empty(), Optional.empty()));
    }

    /**
     * "جزيرة جربة", "مضيق هرمز", "منفذ القائم الحدودي": a feature's noun (feature-heads.txt) and the proper or
     * known name after it are one place, the noun included, with the adjectives that belong to such names.
     */
    private void feature(Words w, int i, List<Mention> out) {
        int n = phraseIn(w, i, lex.featureHeads.keySet());
        // "وحي الرمل": the segmenter leaves و on a head that spells another word with it ("وحي", revelation)
        boolean gluedAnd = n == 0 && gluedAndHead(w, i);
        if (gluedAnd) n = 1;
        if (n == 0 || w.get(i).hasArticle() || w.hasPronounSuffix(i + n - 1)) return;
        int j = i + n;
        if (j >= w.size() || !w.isPhrase(i, j)) return;
        // "واد ورغة": in construct with the head, a name that starts with و is the name whole, not "and"
        boolean nameWithWaw = !w.get(j).clitic().isEmpty() && nameSplitAsAnd(w.get(j));
        if (!w.get(j).clitic().isEmpty() && !nameWithWaw) return;
        int end = nameWithWaw ? -1 : knownPlaceEnd(w, j);
        Optional<String> same = Optional.empty();
        if (nameWithWaw) {
            end = j;
        } else if (end >= j) {
            // "جزيرة صقلية" is Sicily; "مضيق هرمز" is not the island
            if ("same".equals(lex.featureHeads.get(phraseKey(w, i, n)))) same = Optional.of(gazetteer.longestAt(w, j).name().entry().id());
        } else if (w.get(j).isProperNoun() && !lex.nameStops.contains(w.get(j).key())) {
            end = j;
            // "جزر الأمير إدوارد": a second proper noun goes on the name, not a city it lies in ("… بتونس")
            if (end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).isProperNoun() && w.get(end + 1).clitic().isEmpty()
                    && !w.get(end + 1).hasArticle() && !lex.givenNames.contains(w.get(end + 1).key())) {
                end++;
            } else if (end + 1 < w.size() && w.isPhrase(end, end + 1) && lex.compoundPlaceStarts.contains(w.get(end).key())
                    && w.get(end + 1).clitic().isEmpty() && !w.get(end + 1).isPunctuation()) {
                // "غابة بني صالح": after "بني", "عين" … the next word is the name's, a given name or not
                end++;
            } else if (compoundGivenName(w, end)) {
                // "حي صلاح الدين": a compound given name is the name whole
                end++;
            }
        } else if (n == 1 && (gluedAnd || lex.definiteNameHeads.contains(w.get(i).key())) && definiteName(w, j)) {
            // "حي الرمل الجنوبي", "حي الصليبة": a neighbourhood named by a definite word, and its compass adjective
            end = j;
            // (compass-points.txt gives the feminine: "الجنوبية", whose masculine is "الجنوبي")
            String next = end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty() ? w.get(end + 1).key() : "";
            if (lex.compassAdjectives.contains(next) || lex.compassAdjectives.contains(next + Affixes.FEMININE)) end++;
        } else if (phraseIn(w, j, lex.venueHeads) > 0 && (end = venue(w, j, new ArrayList<>())) > j) {
            // "منفذ جسر الملك فهد": a crossing named after a venue
        } else if (!w.get(j).hasArticle() && (w.get(j).pos().startsWith("NN") || w.get(j).pos().equals("JJ")) && !lex.nameStops.contains(w.get(j).key())
                && j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty() && lex.featureAdjectives.contains(w.get(j + 1).key())) {
            // "منفذ أرقين البري": a name the tagger read as a common noun, with the adjective such names take
            end = j;
        } else if (!w.get(j).hasArticle() && w.get(j).pos().startsWith("NN") && w.get(j).key().length() >= 4 && !w.hasPronounSuffix(j)
                && unknownWord(w.get(j)) && !lex.nameStops.contains(w.get(j).key())) {
            // "سد أربعات": a name the tagger read as a common noun (here a plural) that no dictionary has
            end = j;
        } else {
            return;
        }
        while (end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty()
                && lex.featureAdjectives.contains(w.get(end + 1).key())) {
            end++;
        }
        if (gluedAnd) {
            // (the head's key without the و, so that "وحي الرمل" and "حي الرمل" are one place)
            int begin = w.get(i).begin() + Affixes.CONJUNCTION.length(), e = w.get(end).end();
            out.add(new Mention(MentionType.LOC, begin, e, w.doc().surface(begin, e), "rules.feature", 0.8, same, Optional.empty(),
                    w.get(i).key().substring(Affixes.CONJUNCTION.length()) + " " + w.keyOf(i + 1, end)));
        } else {
            out.add(w.mention(MentionType.LOC, i, end, "rules.feature", 0.8, same, Optional.empty()));
        }
        placeItLiesIn(w, end + 1, out);
    }

    /**
     * "دليس القابضة", "مجموعة بولينا القابضة", "سهم وان تك القابضة": a word that ends a company's name
     * (company-name-ends.txt) after the company's own words, which are no words of the dictionary (up to three, the first
     * may carry a preposition), and the company head before them if there is one.
     */
    private void companyBeforeItsEnd(Words w, int i, List<Mention> out) {
        Words.Word last = w.get(i);
        if (!last.clitic().isEmpty()) return;
        // ("موزاييك أف أم": an end of two words, a radio's "FM")
        int endFrom = i > 0 && w.isPhrase(i - 1, i) && w.get(i - 1).clitic().isEmpty() && lex.companyNameEnds.contains(w.keyOf(i - 1, i)) ? i - 1
                : lex.companyNameEnds.contains(last.key()) ? i : -1;
        if (endFrom < 0) return;
        int start = endFrom;
        boolean wholeFirstWord = false;
        for (int k = endFrom - 1; k >= 0 && k >= endFrom - 3 && w.isPhrase(k, i); k--) {
            Words.Word x = w.get(k);
            // ("وان تك": a name the segmenter split as و + a particle is one word, its first letter included)
            boolean misread = !x.clitic().isEmpty() && x.key().length() <= 2;
            if (x.hasArticle() || x.key().chars().anyMatch(Character::isDigit) || lex.companyHeads.contains(x.key())
                    || x.pos().startsWith("VB") && !misread || lex.commonWords.contains(x.key()) && !x.isProperNoun() && !misread) {
                break;
            }
            start = k;
            wholeFirstWord = misread;
            if (!x.clitic().isEmpty()) break;
        }
        if (start == endFrom) return;
        if (wholeFirstWord) {
            out.add(w.mentionFrom(MentionType.ORG, w.get(start).cliticBegin(), i, "rules.org-head", 0.8, Optional.empty(), Optional.empty()));
            return;
        }
        // ("مجموعة بولينا القابضة": with its head)
        if (start > 0 && w.isPhrase(start - 1, start) && w.get(start).clitic().isEmpty() && !w.get(start - 1).hasArticle()
                && lex.companyHeads.contains(w.get(start - 1).key())) {
            start--;
        }
        Mention company = w.mention(MentionType.ORG, start, i, "rules.org-head", 0.8, Optional.empty(), Optional.empty());
        // the end word says what it is, over a person read in the same words after a post ("المتحدث لراديو إكسبريس أف أم")
        out.removeIf(m -> m.type() == MentionType.PER && m.begin() == company.begin() && m.end() == company.end());
        out.add(company);
    }

    /** "بالبترول", "بقطاع النفط" at {@code j}: ب and a definite noun, or a noun in construct with one; the last word, or -1. */
    private int workplaceEnd(Words w, int j) {
        Words.Word x = w.get(j);
        if (!x.clitic().equals(Affixes.BA) || !w.isPhrase(j - 1, j)) return -1;
        if (x.hasArticle()) return gazetteer.longestAt(w, j) == null ? j : -1;
        return x.pos().startsWith("NN") && j + 1 < w.size() && w.isPhrase(j, j + 1) && w.get(j + 1).clitic().isEmpty()
                && w.get(j + 1).hasArticle() ? j + 1 : -1;
    }

    /** Whether the word at {@code i} is و glued to a head of definite-name-heads.txt, a definite name after it. */
    private boolean gluedAndHead(Words w, int i) {
        Words.Word x = w.get(i);
        return x.clitic().isEmpty() && !x.hasArticle() && x.key().startsWith(Affixes.CONJUNCTION)
                && lex.definiteNameHeads.contains(x.key().substring(Affixes.CONJUNCTION.length()))
                && i + 1 < w.size() && w.isPhrase(i, i + 1) && definiteName(w, i + 1);
    }

    /** Whether the word at {@code j} is a given name and the next one ends a compound given name ("صلاح الدين", "نور الله"). */
    private boolean compoundGivenName(Words w, int j) {
        if (j + 1 >= w.size() || !w.isPhrase(j, j + 1) || !w.get(j + 1).clitic().isEmpty()) return false;
        return lex.givenNames.contains(phraseKey(w, j, 2)) || lex.givenNames.contains(w.get(j).key())
                && lex.compoundNameEnds.contains(w.get(j + 1).key()) && ArabicOrdinals.unit(w.get(j + 1).key()) == 0;
    }

    /** A definite noun at {@code j} that can be a name: no clitic or pronoun, no word that ends or places a name. */
    private boolean definiteName(Words w, int j) {
        Words.Word x = w.get(j);
        return x.hasArticle() && x.clitic().isEmpty() && x.pos().startsWith("DTNN") && !w.hasPronounSuffix(j)
                && !lex.nameStops.contains(x.key()) && !lex.storyAdjectives.contains(x.key()) && !lex.positionNouns.contains(x.key());
    }

    /**
     * "شرق السودان", "جنوب شرق تركيا", "آسيا الوسطى", "الجنوب الجزائري": a compass point and a country or region are one
     * place, a part of it (compass-points.txt); so are a country or region and the compass adjective after it, and the
     * definite compass point with a country's adjective. Before a city or a named feature a compass point is a direction
     * ("شرق عمّان", "جنوب نهر الليطاني").
     */
    private void compassPart(Words w, int i, List<Mention> out) {
        Words.Word x = w.get(i);
        int n = phraseIn(w, i, lex.compassPoints);
        if (n > 0 && !x.hasArticle() && !w.hasPronounSuffix(i + n - 1)) {
            int end = i + n < w.size() && w.isPhrase(i, i + n) && w.get(i + n).clitic().isEmpty() ? countryOrRegionEnd(w, i + n) : -1;
            if (end >= 0) {
                out.add(w.mention(MentionType.LOC, i, end, "rules.compass", 0.8, Optional.empty(), Optional.empty()));
                return;
            }
        }
        if (n == 1 && x.hasArticle() && i + 1 < w.size() && w.isPhrase(i, i + 1) && isNationality(w.get(i + 1))
                && gazetteer.isNationality(w.get(i + 1).key())) {
            out.add(w.mention(MentionType.LOC, i, i + 1, "rules.compass", 0.8, Optional.empty(), Optional.empty()));
            return;
        }
        int end = countryOrRegionEnd(w, i);
        if (end >= 0 && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).clitic().isEmpty()
                && w.get(end + 1).hasArticle() && lex.compassAdjectives.contains(w.get(end + 1).key())) {
            out.add(w.mention(MentionType.LOC, i, end + 1, "rules.compass", 0.8, Optional.empty(), Optional.empty()));
        }
    }

    /** The last word of a country or region the knowledge base knows at word {@code j} (not a city), or -1. */
    private int countryOrRegionEnd(Words w, int j) {
        GazetteerFinder.Match m = gazetteer.longestAt(w, j);
        // "جنوب نهر الليطاني": south of a river, sea or strait is a direction too
        if (m == null || m.withClitic() || gazetteer.mayBeCity(m.name()) || lex.featureHeads.containsKey(w.get(j).key())) return -1;
        org.rawabit.kb.KbType type = m.name().entry().type();
        return type == org.rawabit.kb.KbType.Country || type == org.rawabit.kb.KbType.Region ? j + m.name().words().length - 1 : -1;
    }

    /**
     * The last word of "طنجة-تطوان-الحسيمة" from its first word's end {@code end}: words joined by hyphens with no space
     * around them (the hyphen is a word of its own), or {@code end} itself.
     */
    private static int hyphenJoinedEnd(Words w, int end) {
        String text = w.doc().text();
        while (end + 2 < w.size()) {
            Words.Word hyphen = w.get(end + 1), next = w.get(end + 2);
            boolean joined = hyphen.begin() == w.get(end).end() && hyphen.end() == hyphen.begin() + 1 && HYPHENS.indexOf(text.charAt(hyphen.begin())) >= 0
                    && next.begin() == hyphen.end() && next.clitic().isEmpty() && !next.isPunctuation() && next.sentence() == hyphen.sentence();
            if (!joined) break;
            end += 2;
        }
        return end;
    }

    private static final String HYPHENS = "-‐–";

    /** "مدينة غلاسكو باسكتلندا": the word at {@code j} is the place the one before lies in, its ب left on by the segmenter. */
    private void placeItLiesIn(Words w, int j, List<Mention> out) {
        if (j >= w.size() || !inPlace(w, j)) return;
        Words.Word y = w.get(j);
        String container = w.doc().text().substring(y.begin() + 1, y.end());
        out.add(new Mention(MentionType.LOC, y.begin() + 1, y.end(), container, "rules.place-in", 0.8, gazetteer.knownPlace(container), Optional.empty()));
    }

    /** "باسكتلندا": a known place glued to ب, the segmenter having left the preposition on. */
    private boolean inPlace(Words w, int j) {
        Words.Word y = w.get(j);
        // ("بعدن": a three-letter place too, unless the whole word is a common one)
        return y.clitic().isEmpty() && y.folded().startsWith(Affixes.BA) && y.folded().length() >= 4 && y.sentence() == w.get(j - 1).sentence()
                && (y.folded().length() >= 5 || !lex.commonWords.contains(y.folded())) && gazetteer.knownPlace(y.folded().substring(1)).isPresent();
    }


    // ---- events --------------------------------------------------------------------------------

    private void event(Words w, int i, List<Mention> out) {
        int n = phraseIn(w, i, lex.eventHeads.keySet());
        if (n == 0) return;
        String kind = lex.eventHeads.get(phraseKey(w, i, n));
        int j = i + n;
        // adjectives between head and number: "المؤتمر الإقليمي الإفريقي الـ26"
        List<String> qualifier = new ArrayList<>();
        // "الدورة القادمة لـ…": a session named by where it stands from the one the article dates (0, "الحالية", is that one)
        Optional<Integer> relative = Optional.empty();
        while (j < w.size() && j < i + n + 3 && isEventAdjective(w, j, i)) {
            Integer offset = lex.relativeOccurrences.get(w.get(j).key());
            if (offset != null && relative.isEmpty()) relative = Optional.of(offset);
            else qualifier.add(w.get(j).key());
            j++;
        }
        OrdinalAt ord = ordinalAt(w, j);
        if (ord == null && relative.isEmpty()) return;
        // "حصدت في البطولة 39 ميدالية": a bare number before an indefinite noun counts it
        if (ord != null && ord.lastWord() == j && w.get(j).folded().matches("\\d+") && w.isPhrase(j, j + 1)
                && !w.get(j + 1).hasArticle() && w.get(j + 1).clitic().isEmpty() && w.get(j + 1).pos().startsWith("NN")) {
            return;
        }
        int end = ord == null ? j - 1 : ord.lastWord();
        if (ord != null) relative = Optional.empty();
        j = end + 1;
        // "الدورة الجنائية الأولى العادية": relational adjectives after the number still describe the session
        // (not a predicate: "جمعيته العامة الـ93 الأكبر")
        for (int limit = j + 2; j < w.size() && j < limit && isEventAdjective(w, j, i) && Affixes.isNisba(w.get(j).key()); j++) end = j;
        // "النسخة الثانية من مؤتمر بغداد الدولي": "من" and the series' head, as "ل" and the head
        boolean ofSeries = j + 1 < w.size() && w.get(j).key().equals(OF) && w.isPhrase(end, j + 1) && w.get(j + 1).clitic().isEmpty()
                && (lex.eventHeads.containsKey(w.get(j + 1).key()) || lex.namedEventHeads.containsKey(w.get(j + 1).key()));
        if (ofSeries) j++;
        int m = phraseIn(w, j, lex.eventHeads.keySet());
        // "الدورة الثلاثين للمعرض الدولي للنشر والكتاب", "الدورة 57 لمهرجان قرطاج الدولي": the session of a fair or a
        // festival, named as the fair or festival is
        String series = j < w.size() && (ofSeries || w.get(j).clitic().equals(Affixes.LAM)) && w.isPhrase(end, j) && !namesNoEvent(w, j)
                ? lex.namedEventHeads.get(w.get(j).key()) : null;
        int seriesEnd = series == null || m > 0 ? j : namedExtent(w, j).end();
        if (seriesEnd > j) {
            kind = series;
            qualifier.clear();
            end = seriesEnd;
            j = end + 1;
        }
        if (m > 0) {
            // "الدورة الـ12 للمؤتمر الإقليمي الإفريقي": the second head gives the kind, its adjectives the qualifier
            kind = lex.eventHeads.get(phraseKey(w, j, m));
            qualifier.clear();
            end = j + m - 1;
            j = end + 1;
            // "الدورة التاسعة والعشرين لمؤتمر الأطراف": a second head in construct is named by what it governs
            if (!w.get(end).hasArticle() && j < w.size() && w.isPhrase(end, j) && w.get(j).clitic().isEmpty()) {
                // ("الدورة الثالثة لقمة ليبيا للطاقة": or by a proper or known name)
                GazetteerFinder.Match known = gazetteer.longestAt(w, j);
                int named = w.get(j).hasArticle() && w.get(j).pos().startsWith("DTNN") ? j
                        : known != null && w.isPhrase(j, j + known.name().words().length - 1) ? j + known.name().words().length - 1
                        : w.get(j).isProperNoun() ? j : constructRunEnd(w, j);
                if (named >= j) {
                    end = named;
                    j = end + 1;
                }
            }
            int limit = j + 3;
            // ("… الاتحاد الإفريقي المقررة في فبراير": what places it in the story is not its name's)
            while (j < w.size() && j < limit && isEventAdjective(w, j, i) && !lex.storyAdjectives.contains(w.get(j).key())) {
                qualifier.add(w.get(j).key());
                end = j++;
            }
        }
        Optional<MentionValue.Span> organiser = Optional.empty();
        int[] split = splitOrgan(w, j, i);
        if (split != null) {
            // "لجمعية الإنتربول العامة": the organ's words around its organisation's name give the kind
            kind = lex.eventHeads.get(w.get(j).key() + " " + w.get(split[1] + 1).key());
            qualifier.clear();
            organiser = Optional.of(new MentionValue.Span(w.get(split[0]).begin(), w.get(split[1]).end()));
            end = split[1] + 1;
        } else if (j < w.size() && !w.get(j).isPunctuation() && w.get(j).sentence() == w.get(i).sentence()
                && w.get(j).clitic().equals(Affixes.LAM)) {
            int orgEnd = organiserEnd(w, j);
            if (orgEnd >= j) {
                organiser = Optional.of(new MentionValue.Span(w.get(j).begin(), w.get(orgEnd).end()));
                end = orgEnd;
            }
        }
        // "الذكرى 200 لتأسيس الشرطة الإسبانية": an anniversary is named by what it is the anniversary of
        if (organiser.isEmpty() && KINDS_NAMED_BY_COMPLEMENT.contains(kind)) {
            int complementEnd = complementEnd(w, j, i);
            if (complementEnd > j) {
                qualifier.add(w.keyOf(j, complementEnd));
                end = complementEnd;
            }
        }
        // "المؤتمر الخليجي الثالث للأمراض المعدية والتطعيمات", "… لقمة ليبيا للطاقة والاقتصاد": a conference's or a
        // summit's topic after its number is part of its name
        if (organiser.isEmpty() && KINDS_NAMED_BY_TOPIC.contains(kind) && j < w.size() && w.isPhrase(end, j) && w.get(j).clitic().equals(Affixes.LAM)
                && end + 1 == j) {
            int topicEnd = namedExtent(w, end).end();
            if (topicEnd >= j) {
                qualifier.add(w.keyOf(j, topicEnd));
                end = topicEnd;
            }
        }
        // "الاجتماع الثالث لمجموعة العمل المغربية الفرنسية حول الإرهاب": the topic after "حول" is the name's
        if (ord != null || organiser.isPresent()) end = topicAfterAboutEnd(w, end, i);
        // "الدورة الحالية" alone says of what series it is no more than "الدورة" does
        if (ord == null && organiser.isEmpty()) return;
        // ("الجلسة الأولى التي عقدها المجلس": a sitting is an event of its own only with whose it is, named or a pronoun)
        if (KINDS_NEEDING_THEIR_BODY.contains(kind) && organiser.isEmpty() && !w.hasPronounSuffix(i + n - 1)) return;
        out.add(w.mention(MentionType.EVENT, i, end, "rules.event", 0.85, Optional.empty(),
                Optional.of(new MentionValue.EventValue(kind, ord == null ? Optional.empty() : Optional.of(ord.value()), organiser,
                        qualifier.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", qualifier)),
                        relative.filter(r -> r != 0)))));
    }

    private static final String OF = "من";
    /** "حول", "بشأن": a topic follows. */
    private static final Set<String> ABOUT = Set.of(ArabicNormaliser.normalise("حول"), ArabicNormaliser.normalise("بشأن"));

    /**
     * "… حول الإرهاب", "… حول الأمن السيبراني", "مؤتمر لندن بشأن السودان": "حول" or "بشأن" right after an event's name
     * and a definite noun with its adjectives (or a known place), the topic the event is named by; the topic's last
     * word, or {@code end} when none follows.
     */
    private int topicAfterAboutEnd(Words w, int end, int head) {
        int j = end + 1;
        if (j + 1 >= w.size() || !w.isPhrase(end, j + 1)) return end;
        // (the segmenter reads "بشأن" as ب + "شأن")
        if (!ABOUT.contains(w.get(j).clitic() + w.get(j).key())) return end;
        Words.Word topic = w.get(j + 1);
        // ("مؤتمر لندن بشأن السودان": or a place the knowledge base knows)
        boolean knownPlace = topic.clitic().isEmpty() && gazetteer.knownPlace(topic.folded()).isPresent();
        if (knownPlace) return j + 1;
        if (!topic.clitic().isEmpty() || !topic.hasArticle() || !topic.pos().startsWith("DTNN") || topic.sentence() != w.get(head).sentence()) return end;
        int last = j + 1;
        while (last + 1 < w.size() && last < j + 3 && w.isPhrase(last, last + 1) && w.get(last + 1).clitic().isEmpty()
                && w.get(last + 1).pos().startsWith("DTJJ")) {
            last++;
        }
        return last;
    }

    /** Event kinds named by a complement after the number rather than by an organiser. */
    private static final Set<String> KINDS_NAMED_BY_COMPLEMENT = Set.of("anniversary");
    private static final Set<String> KINDS_NAMED_BY_THEIR_BODY = Set.of("summit");
    /** Event kinds whose topic, after the number, is part of the name ("المؤتمر الثالث للأمراض المعدية", "البطولة العربية 21 لألعاب القوى"). */
    private static final Set<String> KINDS_NAMED_BY_TOPIC = Set.of("conference", "forum", "summit", "championship");
    /** Kinds of numbered event that are one only with whose they are ("الجلسة الأسبوعية رقم 42 لمجلس الوزراء", "جلسته"). */
    private static final Set<String> KINDS_NEEDING_THEIR_BODY = Set.of("sitting");
    /** Kinds of numbered event that a name they govern also names, without a number ("منتدى دافوس", "مؤتمر ميونخ للأمن"). */
    private static final Set<String> KINDS_NAMED_BY_WHAT_THEY_GOVERN = Set.of("conference", "forum");

    /**
     * "لتأسيس الشرطة الإسبانية", "لإنشاء مجمع الإنتربول العالمي للابتكار": ل and a noun without the article,
     * nouns in construct, a definite noun, then its adjectives and definite genitives (ل + ال). The last
     * word, or {@code j} when there is no such phrase (none after the first definite noun but those).
     */
    private static int complementEnd(Words w, int j, int head) {
        if (j >= w.size() || !w.get(j).clitic().equals(Affixes.LAM) || w.get(j).hasArticle() || !w.get(j).pos().startsWith("NN")
                || w.get(j).sentence() != w.get(head).sentence()) {
            return j;
        }
        int k = j + 1;
        while (k < w.size() && k < j + 3 && w.get(k).clitic().isEmpty() && !w.get(k).hasArticle() && w.get(k).pos().startsWith("NN")
                && w.get(k).sentence() == w.get(head).sentence()) {
            k++;
        }
        if (k >= w.size() || !w.get(k).clitic().isEmpty() || !w.get(k).hasArticle() || w.get(k).sentence() != w.get(head).sentence()) return j;
        int end = k;
        for (int x = k + 1; x < w.size() && x <= k + 3 && w.get(x).sentence() == w.get(head).sentence() && w.get(x).hasArticle(); x++) {
            if (!(w.get(x).clitic().isEmpty() && w.get(x).pos().startsWith("DTJJ") || w.get(x).clitic().equals(Affixes.LAM))) break;
            end = x;
        }
        return end;
    }

    /**
     * "لجمعية الإنتربول العامة" (for "للجمعية العامة للإنتربول"): ل and the first word of a two-word event
     * head without its article, a known organisation, then the head's second word. The organisation's
     * first and last word, or null.
     */
    private int[] splitOrgan(Words w, int j, int head) {
        if (j + 2 >= w.size() || !w.get(j).clitic().equals(Affixes.LAM) || w.get(j).hasArticle() || w.get(j).sentence() != w.get(head).sentence()) {
            return null;
        }
        GazetteerFinder.Match org = gazetteer.longestAt(w, j + 1);
        if (org == null || MentionType.of(org.name().entry().type()) != MentionType.ORG) return null;
        int orgEnd = j + org.name().words().length;
        if (orgEnd + 1 >= w.size() || w.get(orgEnd + 1).sentence() != w.get(head).sentence() || !w.get(orgEnd + 1).hasArticle()
                || !w.get(orgEnd + 1).clitic().isEmpty() || !lex.eventHeads.containsKey(w.get(j).key() + " " + w.get(orgEnd + 1).key())) {
            return null;
        }
        return new int[] {j + 1, orgEnd};
    }

    private static final int MAX_EVENT_NAME_WORDS = 7;

    /**
     * "انعقاد "ملتقى المدن العربية للمياه" الذي …": an event's head at the start of a quoted phrase; the quotes are the
     * name's bounds, whatever its words.
     */
    private void quotedEvent(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        String kind = lex.namedEventHeads.getOrDefault(head.key(), lex.eventHeads.get(head.key()));
        if (kind == null || i == 0 || !head.clitic().isEmpty() || !OPENING_QUOTES.contains(w.get(i - 1).folded())
                || w.hasPronounSuffix(i) || namesNoEvent(w, i)) return;
        int close = closingQuote(w, i + 1, i + MAX_QUOTED_EVENT_WORDS);
        if (close > i + 1) {
            out.add(w.mention(MentionType.EVENT, i, close - 1, "rules.quoted-event", 0.8, Optional.empty(),
                    Optional.of(new MentionValue.NamedEvent(kind))));
        }
    }

    /**
     * The closing quote of a quoted name whose words run from {@code from} (at most to {@code last}): -1 at a verb (a
     * quoted sentence, "المنتدى بات يمثل …", is words said, no name), at other punctuation or at the sentence's end.
     */
    private static int closingQuote(Words w, int from, int last) {
        for (int j = from; j < w.size() && j <= last; j++) {
            Words.Word x = w.get(j);
            if (x.sentence() != w.get(from - 1).sentence() || x.pos().startsWith("VB")) return -1;
            if (x.isPunctuation()) return CLOSING_QUOTES.contains(x.folded()) ? j : -1;
        }
        return -1;
    }

    private static final int MAX_QUOTED_EVENT_WORDS = 10;

    /**
     * "عملية نوعية حملت اسم "الفخ الرقمي"", "حملة "صيف بلا حوادث"", "مناورات "درع الخليج 3"": an operation's or campaign's
     * head (operation-heads.txt), then its name in quotes, right after the head and its adjectives or after a word that
     * introduces a name ("اسم", "شعار"); the quoted words are the event, whatever they are, but not a quoted sentence.
     */
    private void operationNamedInQuotes(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        String kind = lex.operationHeads.get(head.key());
        if (kind == null || w.hasPronounSuffix(i)) return;
        int open = -1;
        for (int j = i + 1; j < w.size() && j <= i + MAX_WORDS_BEFORE_OPERATION_NAME + 1 && w.get(j).sentence() == head.sentence(); j++) {
            Words.Word x = w.get(j);
            if (OPENING_QUOTES.contains(x.folded())) {
                Words.Word before = w.get(j - 1);
                boolean adjectivesOnly = true;
                for (int k = i + 1; k < j; k++) adjectivesOnly &= w.get(k).pos().contains("JJ");
                if (adjectivesOnly || lex.nameIntroducers.contains(before.clitic() + before.key()) || lex.nameIntroducers.contains(before.key())) open = j;
                break;
            }
            if (x.isPunctuation()) return;
        }
        if (open < 0) return;
        int close = closingQuote(w, open + 1, open + MAX_QUOTED_WORDS + 2);
        if (close > open + 1) {
            // (the quotes bound the name: a letter the segmenter split off its first word is the name's, "كسلا بلا كوليرا")
            out.add(w.mentionFrom(MentionType.EVENT, w.get(open + 1).cliticBegin(), close - 1, "rules.quoted-operation", 0.8,
                    Optional.empty(), Optional.of(new MentionValue.NamedEvent(kind))));
        }
    }

    private static final int MAX_WORDS_BEFORE_OPERATION_NAME = 4;

    /**
     * "«زين السعودية»", "«أورنج مصر»": a brand and a country's name, quoted as one name, are the brand's company in that
     * country. The brand is a proper noun or no word of the dictionary, and no place; an operation's quoted name is read by
     * operationNamedInQuotes.
     */
    private void brandOfACountry(Words w, int b, List<Mention> out) {
        int i = b - 1; // the opening quote
        if (i < 0 || !OPENING_QUOTES.contains(w.get(i).folded()) || i + 3 >= w.size()) return;
        if (i > 0 && (lex.operationHeads.containsKey(w.get(i - 1).key()) || lex.nameIntroducers.contains(w.get(i - 1).key()))) return;
        Words.Word brand = w.get(i + 1);
        GazetteerFinder.Match known = gazetteer.longestAt(w, i + 1);
        boolean knownCompany = known != null && known.name().words().length == 1 && MentionType.of(known.name().entry().type()) == MentionType.ORG;
        if (brand.isPunctuation() || !brand.clitic().isEmpty() || brand.hasArticle() || known != null && !knownCompany
                || !knownCompany && !brand.isProperNoun() && lex.commonWords.contains(brand.key())) {
            return;
        }
        GazetteerFinder.Match country = gazetteer.longestAt(w, i + 2);
        if (country == null || country.name().entry().type() != org.rawabit.kb.KbType.Country || !w.get(i + 2).clitic().isEmpty()) return;
        int end = i + 1 + country.name().words().length;
        if (end + 1 >= w.size() || !CLOSING_QUOTES.contains(w.get(end + 1).folded()) || !w.isPhrase(i + 1, end)) return;
        out.add(w.mention(MentionType.ORG, i + 1, end, "rules.brand-of-country", 0.8, Optional.empty(), Optional.empty()));
    }

    /** Whether an event's head comes just before the number at {@code j} ("الدورة ال 41", not "اليوم الأول"). */
    private boolean eventHeadBefore(Words w, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 3) && w.isPhrase(k, j); k--) {
            if (lex.eventHeads.containsKey(w.get(k).key())) return true;
        }
        return false;
    }

    /**
     * "كأس العالم 2026", "كأس أمم آسيا 2027", "انتخابات التجديد النصفي", "التصفيات الآسيوية المؤهلة": an event
     * named by its complement, without a number. An event head of the numbered kind ("منتدى", "الاجتماع") names
     * one so only when a year ends the name ("منتدى الاستثمار السوري السعودي 2025") or the complement says who
     * meets ("الاجتماع التنسيقي لوزراء التجارة العرب"); a bare head with one adjective ("الانتخابات المقبلة") does not.
     */
    private void namedEvent(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        String kind = lex.namedEventHeads.get(head.key());
        boolean numberedKind = kind == null;
        if (numberedKind) kind = lex.eventHeads.get(head.key());
        // "الحملة الوطنية للتطعيم ضد الإنفلونزا": a definite campaign or operation named by its reach and its field (the
        // scoped-field test in namedEventEnd), without quotes
        if (kind == null && head.hasArticle()) kind = lex.operationHeads.get(head.key());
        if (kind == null || w.hasPronounSuffix(i) || namesNoEvent(w, i)) return;
        // "الاجتماع الدوري لمجلس إدارته": a head the tagger reads as an adjective of the definite noun before it ("periodic")
        if (head.pos().equals("DTJJ") && head.clitic().isEmpty() && w.definiteNounBefore(i)) return;
        // "قمة مجموعة العشرين": a summit is named by the body that holds it (whose name may hold a number)
        int body = KINDS_NAMED_BY_THEIR_BODY.contains(kind) && !head.hasArticle() && i + 1 < w.size() && w.isPhrase(i, i + 1)
                && w.get(i + 1).clitic().isEmpty() ? organiserEnd(w, i + 1) : i;
        if (body > i) {
            out.add(w.mention(MentionType.EVENT, i, body, "rules.named-event", 0.75, Optional.empty(),
                    Optional.of(new MentionValue.NamedEvent(kind))));
            return;
        }
        if (numberedKind && (ordinalAt(w, i + 1) != null || i + 2 < w.size() && ordinalAt(w, i + 2) != null)) return; // numbered: event()
        // "دورة الألعاب العربية الخامسة عشرة": a session of a series in construct with the series' name, its number after
        String series = numberedKind && !head.hasArticle() && i + 1 < w.size() && w.isPhrase(i, i + 1) && w.get(i + 1).clitic().isEmpty()
                && !namesNoEvent(w, i + 1) ? lex.namedEventHeads.get(w.get(i + 1).key()) : null;
        int seriesEnd = series == null ? -1 : namedEventEnd(w, i + 1, series, false);
        if (seriesEnd > i + 1) {
            OrdinalAt number = seriesEnd + 1 < w.size() && w.isPhrase(seriesEnd, seriesEnd + 1) ? ordinalAt(w, seriesEnd + 1) : null;
            out.add(w.mention(MentionType.EVENT, i, number == null ? seriesEnd : number.lastWord(), "rules.named-event", 0.75, Optional.empty(),
                    Optional.of(new MentionValue.NamedEvent(series))));
            return;
        }
        // "الدورة ال 41 للمؤتمر العربي …": after a session's number the head is that session's complement
        if (head.clitic().equals(Affixes.LAM) && i > 0 && w.isPhrase(i - 1, i)
                && (w.get(i - 1).folded().matches("\\d+") || ordinalAt(w, i - 1) != null) && eventHeadBefore(w, i - 1)) return;
        int end = namedEventEnd(w, i, kind, numberedKind);
        if (end < 0) return;
        // "الانتخابات الرئاسية": an election named by its kind alone is this article's
        boolean ofTheArticle = end == i + 1 && "election".equals(kind) && lex.seriesAdjectives.contains(w.get(end).key());
        if (!ofTheArticle && end > i) end = topicAfterAboutEnd(w, end, i);
        out.add(w.mention(MentionType.EVENT, i, end, "rules.named-event", 0.75, Optional.empty(),
                Optional.of(new MentionValue.NamedEvent(kind, ofTheArticle))));
    }

    /**
     * "في تصريح لهسبريس", "في حديث للشروق", "في تصريحه لموزاييك": after a noun of speaking to the press
     * (interview-nouns.txt), ل and a proper noun the tagger reads so is the outlet, unless it is a given name, a title or
     * a post's head, or a place or person the knowledge base knows.
     */
    private void outletSpokenTo(Words w, int i, List<Mention> out) {
        if (!lex.interviewNouns.contains(w.get(i).key()) || i + 1 >= w.size() || !w.isPhrase(i, i + 1)) return;
        Words.Word x = w.get(i + 1);
        if (!x.clitic().equals(Affixes.LAM) || !x.isProperNoun() || w.hasPronounSuffix(i + 1) || lex.givenNames.contains(x.key())
                || titleOrPostHead(x) || lex.orgHeads.contains(x.key()) || x.key().chars().anyMatch(Character::isDigit)) {
            return;
        }
        GazetteerFinder.Match known = gazetteer.longestAt(w, i + 1);
        if (known != null && MentionType.of(known.name().entry().type()) != MentionType.ORG) return;
        // (a name of one word: the outlet's; a second proper noun makes it someone's name, "لأحمد سالم")
        if (i + 2 < w.size() && w.isPhrase(i + 1, i + 2) && w.get(i + 2).clitic().isEmpty() && w.get(i + 2).isProperNoun()) return;
        out.add(w.mention(MentionType.ORG, i + 1, i + 1, "rules.publication", 0.75, Optional.empty(), Optional.empty()));
    }

    /** How many adjectives may stand between a storm's noun and its name ("العاصفة الاستوائية المدارية X"). */
    private static final int MAX_STORM_ADJECTIVES = 2;

    /**
     * "الإعصار دانيال", "إعصار شاهين", "العاصفة الاستوائية «ميديا»": a storm noun (storm-heads.txt), its adjectives and
     * one name word make a disaster event. The name is a proper noun, a given name or a word no dictionary has, never
     * a common word ("العاصفة الثلجية قوية").
     */
    private void storm(Words w, int i, List<Mention> out) {
        Words.Word head = w.get(i);
        if (!lex.stormHeads.contains(head.key()) || w.hasPronounSuffix(i)) return;
        int k = i + 1;
        while (k < w.size() && k <= i + MAX_STORM_ADJECTIVES && w.isPhrase(i, k) && w.get(k).clitic().isEmpty()
                && w.get(k).hasArticle() == head.hasArticle() && w.get(k).pos().contains("JJ")) {
            k++;
        }
        boolean quoted = k < w.size() && OPENING_QUOTES.contains(w.get(k).folded());
        int name = quoted ? k + 1 : k;
        if (name >= w.size() || !w.isPhrase(i, name) && !quoted) return;
        Words.Word x = w.get(name);
        if (x.isPunctuation() || !x.clitic().isEmpty() || x.hasArticle() || x.key().chars().anyMatch(Character::isDigit)
                || x.sentence() != head.sentence() || lex.nameStops.contains(x.key())
                || !(x.isProperNoun() || lex.givenNames.contains(x.key()) || unknownWord(x))) {
            return;
        }
        if (quoted && (name + 1 >= w.size() || !CLOSING_QUOTES.contains(w.get(name + 1).folded()))) return;
        out.add(w.mention(MentionType.EVENT, i, name, "rules.storm", 0.8, Optional.empty(), Optional.of(new MentionValue.NamedEvent("disaster"))));
    }

    /** "ألعاب القوى", "الألعاب النارية": an event head and the word after it name a sport or a thing. */
    private boolean namesNoEvent(Words w, int i) {
        return i + 1 < w.size() && w.isPhrase(i, i + 1) && lex.notEvents.contains(w.keyOf(i, i + 1));
    }

    /**
     * Kinds of event a name must follow ("أسبوع القاهرة للمياه", "أيام قرطاج السينمائية", "ديربي جدة", "زلزال تركيا"; not
     * "أسبوع العمل", "أيام العيد", "الديربي", "زلزال سياسي").
     */
    private static final Set<String> KINDS_NAMED_ONLY_BY_A_NAME = Set.of("week", "days", "derby", "disaster", "battle");

    /** The last word of the event named by its complement after the head at i, or -1 when the complement names none. */
    private int namedEventEnd(Words w, int i, String kind, boolean numberedKind) {
        Words.Word head = w.get(i);
        NamedExtent extent = namedExtent(w, i);
        int end = extent.end();
        boolean year = extent.year(), participants = extent.participants(), proper = extent.proper();
        int words = end - i - (extent.jointHead() ? 1 : 0);
        // "كأس العالم": an indefinite head governing a definite noun names the event, as it names a body
        // "الدوري الإسباني": a league or a cup and the country whose it is
        boolean national = words == 1 && head.hasArticle() && w.get(end).clitic().isEmpty() && gazetteer.isNationality(w.get(end).key());
        // "الألعاب الأولمبية", "البطولة العربية": the head of a recurring series and the adjective that names it
        boolean series = words == 1 && head.hasArticle() && w.get(end).clitic().isEmpty() && lex.seriesAdjectives.contains(w.get(end).key());
        // "منتدى دافوس", "مؤتمر الأمم المتحدة للتغير المناخي": a conference or forum in construct with a name
        boolean governsName = KINDS_NAMED_BY_WHAT_THEY_GOVERN.contains(kind) && !head.hasArticle() && words >= 1 && w.get(i + 1).clitic().isEmpty()
                && (w.get(i + 1).isProperNoun() || gazetteer.longestAt(w, i + 1) != null);
        // "المؤتمر الدولي للأمن الداخلي", "المنتدى العربي للمياه": a conference or forum, how wide its reach, and the definite
        // field it is of (not "الاجتماع الدولي لمناقشة …", what a meeting is for)
        boolean scopedField = (KINDS_NAMED_BY_WHAT_THEY_GOVERN.contains(kind) || lex.operationHeads.containsValue(kind)) && words >= 2 && w.get(i + 1).clitic().isEmpty()
                && (lex.scopeAdjectives.contains(w.get(i + 1).key()) || lex.seriesAdjectives.contains(w.get(i + 1).key()))
                && w.get(i + 2).clitic().equals(Affixes.LAM) && (w.get(i + 2).hasArticle() || lamLeftOn(w.get(i + 2)));
        boolean named = numberedKind ? year || participants || governsName || scopedField
                : KINDS_NAMED_ONLY_BY_A_NAME.contains(kind) ? proper || year || seriesNamed(w, i, end)
                : year || proper || national || series || words >= 2 || !head.hasArticle();
        if (words == 0 || !named) return -1;
        // "انتخابات مجلس النواب العشرين": the number of a named series' occurrence after its name
        OrdinalAt number = !numberedKind && !year && end + 1 < w.size() && w.isPhrase(end, end + 1) && w.get(end + 1).hasArticle()
                ? ordinalAt(w, end + 1) : null;
        return number == null ? end : number.lastWord();
    }

    /**
     * "أسبوع المرور الخليجي الموحد": a week or days named by what they are about and the adjective of the series that holds
     * them (series-adjectives.txt), after at least one word of their own.
     */
    private boolean seriesNamed(Words w, int i, int end) {
        for (int k = i + 2; k <= end; k++) {
            if (w.get(k).clitic().isEmpty() && lex.seriesAdjectives.contains(w.get(k).key())) return true;
        }
        return false;
    }

    /**
     * How far an event's name runs after its head, and what it holds: a year, who meets ("لوزراء …"), a name, and
     * whether a second head joined by "و" shares the name ("معرض ومؤتمر الصحة العربي").
     */
    private record NamedExtent(int end, boolean year, boolean participants, boolean proper, boolean jointHead) {}

    /** "سنة", "عام": after ل and before a year, the year an event's name ends with. */
    private static final Set<String> YEAR_NOUNS = Set.of(ArabicNormaliser.normalise("سنة"), ArabicNormaliser.normalise("عام"));

    private NamedExtent namedExtent(Words w, int i) {
        Words.Word head = w.get(i);
        int end = i;
        boolean year = false, participants = false, proper = false, jointHead = false, task = false;
        for (int j = i + 1; j < w.size() && j <= i + MAX_EVENT_NAME_WORDS; j++) {
            Words.Word x = w.get(j);
            if (x.sentence() != head.sentence()) break;
            // "معرض ومؤتمر الصحة العربي 2024": two events of one name, the second head joined to the first
            if (j == i + 1 && x.clitic().equals(Affixes.CONJUNCTION) && x.hasArticle() == head.hasArticle()
                    && (lex.eventHeads.containsKey(x.key()) || lex.namedEventHeads.containsKey(x.key()))) {
                jointHead = true;
                end = j;
                continue;
            }
            if (isYear(x)) {
                // ("رئاسيات 2019", "انتخابات 2024": right after an indefinite head the year names it alone)
                if (j > i + 1 || !head.hasArticle() && lex.namedEventHeads.containsKey(head.key())) { end = j; year = true; }
                break;
            }
            // "رئاسيات ديسمبر 2019": after an indefinite head, the month and year of the election name it
            if (j == i + 1 && !head.hasArticle() && isMonth(x) && j + 1 < w.size() && w.isPhrase(j, j + 1)
                    && isYear(w.get(j + 1)) && lex.namedEventHeads.containsKey(head.key())) {
                end = j + 1;
                year = true;
                break;
            }
            // "الانتخابات التشريعية لسنة 2026", "الدورة الرئيسية لعام 2025": the year after "لسنة"/"لعام" names the event
            if (j > i + 1 && x.clitic().equals(Affixes.LAM) && YEAR_NOUNS.contains(x.key()) && j + 1 < w.size() && w.isPhrase(j, j + 1)
                    && isYear(w.get(j + 1))) {
                end = j + 1;
                year = true;
                break;
            }
            // "للوقاية من حرائق الغابات ومكافحتها", "للتطعيم ضد الإنفلونزا": a verbal noun's preposition, a task for its field
            if (j > i + 1 && keptPreposition(w, j)) {
                task = true;
                continue;
            }
            if (j > i + 1 && pronounTask(w, j)) {
                end = j;
                break;
            }
            if (x.isPunctuation() || lex.nameStops.contains(x.key()) || ordinalAt(w, j) != null || saysWhen(w, j)) break;
            task |= x.clitic().equals(Affixes.LAM);
            // "الانتخابات التشريعية المبكرة المقررة في يونيو": what places the event in the story ends its name
            if (x.clitic().isEmpty() && lex.storyAdjectives.contains(x.key())) break;
            // "الانتخابات النتائج الأولية": a definite noun after a definite word is no genitive of it (only an adjective follows)
            if (x.clitic().isEmpty() && x.hasArticle() && w.get(j - 1).hasArticle() && x.pos().startsWith("DTNN") && !x.isProperNoun()
                    && !Affixes.isNisba(x.key()) && !lex.seriesAdjectives.contains(x.key())) {
                break;
            }
            boolean indefinite = x.clitic().isEmpty() && !x.hasArticle();
            boolean nextDefinite = j + 1 < w.size() && w.isPhrase(j, j + 1) && (w.get(j + 1).hasArticle() || w.get(j + 1).isProperNoun());
            boolean ok = x.clitic().isEmpty() && x.hasArticle() && !x.pos().startsWith("VB")
                    // "لوزراء تجارة أغادير", "لأعضاء مجلس الأمة": ل and a noun governing a construct that ends in a name
                    || x.clitic().equals(Affixes.LAM) && (x.hasArticle() || x.isProperNoun()
                            || x.pos().startsWith("NN") && (nextDefinite || j + 1 < w.size() && w.isPhrase(j, j + 1) && constructRunEnd(w, j + 1) >= 0))
                    || indefinite && x.isProperNoun()
                    // "منتدى أسوان": a name the knowledge base knows, whatever its tag
                    || indefinite && j == i + 1 && gazetteer.longestAt(w, j) != null
                    || indefinite && x.pos().startsWith("NN") && !w.get(j - 1).hasArticle() && constructRunEnd(w, j) >= 0
                    || coordinatedGenitive(w, j)
                    // "للتعافي المبكر وإعادة إعمار غزة", "ضد الحصبة وشلل الأطفال": after the event's task, a second noun in
                    // construct joined to it
                    || task && end == j - 1 && andAnotherTask(w, j)
                    // "الانتخابات الرئاسية والبرلمانية": an adjective joined to the one before it
                    // "معرض النفط والغاز": a second genitive noun joined to the one an indefinite head governs
                    || x.clitic().equals(Affixes.CONJUNCTION) && x.hasArticle() && x.pos().startsWith("DTNN")
                            && (!head.hasArticle() || j - 2 > i && w.get(j - 2).clitic().equals(Affixes.LAM) && !w.get(j - 2).hasArticle())
                            && end == j - 1 && w.get(j - 1).clitic().isEmpty() && w.get(j - 1).hasArticle()
                            && w.get(j - 1).pos().startsWith("DTNN") && !titleOrPostHead(x) && !opensAnotherName(x)
                            && gazetteer.longestAt(w, j) == null
                    // "الانتخابات التشريعية والجهوية والبلدية": and a third joined to the second
                    || x.clitic().equals(Affixes.CONJUNCTION) && x.hasArticle() && (x.pos().startsWith("DTJJ") || Affixes.isNisba(x.key()))
                            && w.get(j - 1).hasArticle() && end == j - 1
                            && (w.get(j - 1).clitic().isEmpty() && w.get(j - 1).pos().startsWith("DTJJ")
                                || w.get(j - 1).clitic().equals(Affixes.CONJUNCTION) && j - 1 > i + 1
                                    && (w.get(j - 1).pos().startsWith("DTJJ") || Affixes.isNisba(w.get(j - 1).key())));
            if (!ok) break;
            participants |= x.clitic().equals(Affixes.LAM) && lex.eventParticipants.contains(x.key());
            proper |= x.isProperNoun() || gazetteer.longestAt(w, j) != null;
            end = j;
        }
        return new NamedExtent(end, year, participants, proper, jointHead);
    }

    /** "الأسبوع المقبل", "يوم الأحد", "المقبلة", "للمرة": the word at j starts a time after an event's name, not its complement. */
    private boolean saysWhen(Words w, int j) {
        String kind = lex.timeNouns.get(w.get(j).key());
        if ("day".equals(kind) || "occasion".equals(kind) || lex.relativeOccurrences.containsKey(w.get(j).key())) return true;
        if (!"period".equals(kind) || j + 1 >= w.size() || !w.isPhrase(j, j + 1)) return false;
        String next = w.get(j + 1).key();
        return lex.relativeOccurrences.containsKey(next) || "day".equals(lex.timeNouns.get(next));
    }

    /** "البحث" in "إدارة البحث الجنائي": a verbal noun of purpose with the article is a noun of a body's name, not a stop. */
    private boolean definitePurposeNoun(Words.Word x) {
        return x.hasArticle() && x.clitic().isEmpty() && lex.purposeNouns.contains(x.key());
    }

    /**
     * "هيئة قناة السويس" in "استاد هيئة قناة السويس": indefinite nouns in construct, each governing the next, up
     * to the definite or proper noun that ends the chain. The index of that last word, or -1 when there is none.
     */
    private int constructRunEnd(Words w, int j) {
        for (int k = j; k < w.size() && k < j + 4 && w.isPhrase(j, k); k++) {
            Words.Word x = w.get(k);
            // "رؤساء دول وحكومات الاتحاد": a second indefinite noun joined by و to the one before shares its genitive
            boolean joinedNoun = k > j && x.clitic().equals(Affixes.CONJUNCTION) && !x.hasArticle() && x.pos().startsWith("NN")
                    && !w.get(k - 1).hasArticle() && w.get(k - 1).clitic().isEmpty() && w.get(k - 1).pos().startsWith("NN")
                    && k + 1 < w.size() && w.isPhrase(k, k + 1) && w.get(k + 1).clitic().isEmpty() && w.get(k + 1).hasArticle();
            if (!x.clitic().isEmpty() && !joinedNoun || lex.nameStops.contains(x.key()) && !definitePurposeNoun(x)) return -1;
            // "حزب تواصل حمادي ولد …": a word with "ولد"/"بن" after it opens a person's name, after the run
            if (k > j + 1 && connectorFollows(w, k)) return k - 1;
            if (x.hasArticle() || x.isProperNoun()) return k > j ? k : -1;
            // "معيتيقة" in "مطار معيتيقة الدولي": an unknown name the tagger may read as an adjective
            if (!x.pos().startsWith("NN") && !x.pos().startsWith("JJ")) return -1;
        }
        return -1;
    }

    /**
     * "مطار معيتيقة الدولي", "بملاعب استاد هيئة قناة السويس", "ملعب محمد الخامس": a venue noun and the name
     * after it are one place, the noun included. The venue's last word, or -1.
     */
    private int venue(Words w, int i, List<Mention> out) {
        int n = phraseIn(w, i, lex.venueHeads);
        if (n == 0 || w.hasPronounSuffix(i + n - 1)) return -1;
        // "أم قصر": a venue noun that ends a known name begun by the word before it heads no venue of its own
        if (i > 0 && w.isPhrase(i - 1, i)) {
            GazetteerFinder.Match before = gazetteer.longestAt(w, i - 1);
            if (before != null && before.name().words().length > 1) return -1;
        }
        // "ملاعب استاد …": the second venue noun heads the place's name, the first says where in it (a hotel's name may
        // begin with one: "فندق قصر البستان")
        if (i + n < w.size() && w.isPhrase(i, i + n) && phraseIn(w, i + n, lex.venueHeads) > 0
                && !lex.cityNamedVenues.contains(w.keyOf(i, i + n - 1))) {
            return -1;
        }
        // "بفندق "ريتز كارلتون"": the venue's name in quotes after its head is the place
        if (i + n + 1 < w.size() && OPENING_QUOTES.contains(w.get(i + n).folded()) && w.get(i + n).sentence() == w.get(i).sentence()) {
            int close = closingQuote(w, i + n + 1, i + n + MAX_QUOTED_WORDS + 1);
            if (close > i + n + 1) {
                out.add(w.mentionFrom(MentionType.LOC, w.get(i + n + 1).cliticBegin(), close - 1, "rules.venue", 0.8, Optional.empty(), Optional.empty()));
                return close - 1;
            }
        }
        int end = i + n - 1;
        boolean named = false;
        boolean cityInName = lex.cityNamedVenues.contains(w.keyOf(i, i + n - 1));
        for (int j = i + n; j < w.size() && j < i + n + MAX_NAME_WORDS && w.isPhrase(i, j); ) {
            Words.Word x = w.get(j);
            // "ميناء أم قصر", "مطار ود مدني": a known place of several words right after the head names the venue whole
            // (its words are not read one by one: "قصر" is a venue noun of its own)
            GazetteerFinder.Match place = j == i + n && x.clitic().isEmpty() ? gazetteer.longestAt(w, j) : null;
            if (place != null && place.name().words().length > 1 && MentionType.of(place.name().entry().type()) == MentionType.LOC
                    && w.isPhrase(i, j + place.name().words().length - 1)) {
                end = j + place.name().words().length - 1;
                named = true;
                j = end + 1;
                continue;
            }
            // "ساحة محمد علي الحامي": inside the name a word tagged as a name is the name's, though it folds like "على"
            boolean nameWord = j > i + n && x.isProperNoun() && lex.givenNames.contains(x.key());
            if (lex.nameStops.contains(x.key()) && !nameWord || !x.clitic().isEmpty() && !x.clitic().equals(Affixes.LAM)) break;
            // "… وسط العاصمة", "… شمال المدينة": where the venue is, not its name
            if (j > i + n && x.clitic().isEmpty() && !x.hasArticle() && lex.positionNouns.contains(x.key())) break;
            // "ميناء سواكن التاريخي", "فندق مينا هاوس المطل …": what the story says of the place
            if (j > i + n && x.clitic().isEmpty() && lex.storyAdjectives.contains(x.key())) break;
            // "ملعب محمد الخامس الدار البيضاء": once named, a known city or country right after it is where the venue is (a
            // chain's hotel holds it in its name: "فندق شيراتون الدوحة"; city-named-venues.txt)
            GazetteerFinder.Match known = named && x.clitic().isEmpty() ? gazetteer.longestAt(w, j) : null;
            if (known != null && (gazetteer.mayBeCity(known.name()) || known.name().entry().type() == org.rawabit.kb.KbType.Country)) {
                // ("فندق ريتز كارلتون الرياض الوفود": the chain's city closes the hotel's name; what follows is the verb's)
                if (cityInName && w.isPhrase(i, j + known.name().words().length - 1)) end = j + known.name().words().length - 1;
                break;
            }
            // "ملعب المملكة أرينا", "سي سايد أرينا": a loanword that ends a venue's name (venue-name-ends.txt)
            if (j > i + n && x.clitic().isEmpty() && lex.venueNameEnds.contains(x.key())) {
                end = j++;
                named = true;
                continue;
            }
            // "في قصر الشعب وزير الخارجية التركي": once the place has its name, a post or title after it is the object;
            // after adjectives only it opens the name ("المركب الرياضي الأمير مولاي عبد الله")
            if (named && titleOrPostHead(x)) break;
            // "ملعب ميلود هدفي بوهران": the city the venue lies in, its ب left on, is not the venue's name
            if (j > i + n && inPlace(w, j)) break;
            // "في قصر الإليزيه إيمانويل ماكرون": after a definite name, an indefinite proper noun opens someone else's
            // (not after a title: "ملعب الأمير مولاي عبد الله")
            if (named && w.get(j - 1).hasArticle() && !titleOrPostHead(w.get(j - 1)) && x.isProperNoun() && !x.hasArticle()
                    && x.clitic().isEmpty()) {
                break;
            }
            // ("قصر الإمارات حفل التوقيع": a definite word closes the name's construct; a new one after it is the verb's object)
            int run = x.clitic().isEmpty() && !x.hasArticle() && !x.isProperNoun() && (j == i + n || !w.get(j - 1).hasArticle())
                    ? constructRunEnd(w, j) : -1;
            if (run > 0) {
                // "في قصر قرطاج الأمير تركي الفيصل": the construct ends before a title, whose name is the object's
                // ("… هدفي بوهران": and before the city it lies in)
                // ("ميناء سواكن التاريخي": and before what the story says of it; "ملعب مدينة الملك عبد الله": a title right after a
                // common noun in construct is its genitive, the name's)
                for (int t = j + 1; t <= run; t++) {
                    Words.Word before = w.get(t - 1);
                    boolean genitiveTitle = before.clitic().isEmpty() && !before.hasArticle() && !before.isProperNoun() && before.pos().startsWith("NN")
                            && lex.commonWords.contains(before.key());
                    if (titleOrPostHead(w.get(t)) && !genitiveTitle || inPlace(w, t) || lex.storyAdjectives.contains(w.get(t).key())) {
                        run = t - 1;
                        break;
                    }
                }
                for (int k = j; k <= run; k++) named |= !w.get(k).pos().contains("JJ");
                end = run;
                j = run + 1;
                continue;
            }
            // "قصر قرطاج": a name the knowledge base knows, whatever its tag
            boolean ok = x.clitic().isEmpty() && (x.isProperNoun() || x.hasArticle() && !x.pos().startsWith("VB") || gazetteer.longestAt(w, j) != null)
                    || x.clitic().equals(Affixes.LAM) && x.hasArticle() && j > i + n;
            if (!ok) break;
            named |= !x.pos().contains("JJ");
            end = j++;
        }
        if (end < i + n) return -1;
        // "الساحة الدولية", "الشارع المغربي": with its article the noun is described unless a proper name follows
        final int last = end;
        if (w.get(i).hasArticle() && java.util.stream.IntStream.rangeClosed(i + n, last).noneMatch(k -> w.get(k).isProperNoun())) return -1;
        // a venue that is also a venue noun's name ("ملاعب استاد …"): the longer phrase wins in the combiner
        out.add(w.mention(MentionType.LOC, i, end, "rules.venue", 0.8, Optional.empty(), Optional.empty()));
        placeItLiesIn(w, end + 1, out);
        return end;
    }

    /**
     * "ريال مدريد", "أتلتيكو مدريد", "مانشستر سيتي": a known place with a club word before or after it is the club, an
     * organisation (the place is not mentioned).
     */
    private void club(Words w, int i, List<Mention> out) {
        GazetteerFinder.Match place = gazetteer.longestAt(w, i);
        if (place == null || MentionType.of(place.name().entry().type()) != MentionType.LOC || place.withClitic()) return;
        int last = i + place.name().words().length - 1;
        int begin = i, end = last;
        if (i > 0 && w.isPhrase(i - 1, i) && "before".equals(lex.clubAffixes.get(w.get(i - 1).key()))) begin = i - 1;
        else if (last + 1 < w.size() && w.isPhrase(last, last + 1) && w.get(last + 1).clitic().isEmpty()
                && "after".equals(lex.clubAffixes.get(w.get(last + 1).key()))) end = last + 1;
        else return;
        out.add(w.mention(MentionType.ORG, begin, end, "rules.club", 0.8, Optional.empty(), Optional.empty()));
    }

    /** "بريف دمشق": a place prefix and the known place after it are one place, not the city. */
    private void placeWithPrefix(Words w, int i, List<Mention> out) {
        Words.Word prefix = w.get(i);
        // "بريف" may reach us unsplit: its ب is a preposition before the name
        boolean glued = prefix.clitic().isEmpty() && prefix.folded().startsWith(Affixes.BA) && lex.placePrefixes.contains(prefix.folded().substring(1));
        if (!lex.placePrefixes.contains(prefix.key()) && !glued || prefix.hasArticle() || !w.isPhrase(i, i + 1)) return;
        Words.Word place = w.get(i + 1);
        if (!place.clitic().isEmpty() || gazetteer.knownPlace(place.folded()).isEmpty()) return;
        int begin = prefix.begin() + (glued ? Affixes.BA.length() : 0);
        String text = w.doc().text();
        out.add(new Mention(MentionType.LOC, begin, place.end(), text.substring(begin, place.end()), "rules.place-prefix", 0.8,
                Optional.empty(), Optional.empty()));
    }

    /** A definite adjective of the same sentence that is not a number: "الإقليمي", "الإفريقية". */
    private boolean isEventAdjective(Words w, int j, int head) {
        Words.Word x = w.get(j);
        return x.pos().startsWith("DTJJ") && x.clitic().isEmpty() && x.sentence() == w.get(head).sentence() && ordinalAt(w, j) == null;
    }

    private int organiserEnd(Words w, int j) {
        GazetteerFinder.Match m = gazetteer.longestAt(w, j);
        if (m != null && MentionType.of(m.name().entry().type()) == MentionType.ORG) return j + m.name().words().length - 1;
        if (lex.orgHeads.contains(w.get(j).key())) {
            List<Mention> tmp = new ArrayList<>();
            organisation(w, j, tmp);
            if (!tmp.isEmpty()) {
                int endOffset = tmp.get(0).end();
                for (int k = j; k < w.size(); k++) if (w.get(k).end() == endOffset) return k;
            }
        }
        return j - 1;
    }

    private record OrdinalAt(int value, int lastWord) {}

    private static final String NUMBER_WORD = ArabicNormaliser.normalise("رقم");

    private static OrdinalAt ordinalAt(Words w, int j) {
        if (j >= w.size() || w.get(j).isPunctuation()) return null;
        String one = w.get(j).folded();
        // "الدورة ال 93": the article written apart from the number
        if (one.equals(Affixes.ARTICLE) && j + 1 < w.size() && w.get(j + 1).folded().matches("\\d{1,4}")) {
            return new OrdinalAt(Integer.parseInt(w.get(j + 1).folded()), j + 1);
        }
        // "الجلسة الأسبوعية رقم 42", "رقم (42)": "number" and the digits
        if (one.equals(NUMBER_WORD) && j + 1 < w.size() && w.get(j + 1).sentence() == w.get(j).sentence()) {
            if (w.get(j + 1).folded().matches("\\d{1,4}")) return new OrdinalAt(Integer.parseInt(w.get(j + 1).folded()), j + 1);
            if (j + 3 < w.size() && w.get(j + 1).folded().equals("(") && w.get(j + 2).folded().matches("\\d{1,4}") && w.get(j + 3).folded().equals(")")) {
                return new OrdinalAt(Integer.parseInt(w.get(j + 2).folded()), j + 3);
            }
        }
        ArabicOrdinals.Match m1 = ArabicOrdinals.parseAtStart(one);
        if (m1 == null || m1.length() < one.length()) return null;
        if (j + 1 < w.size() && !w.get(j + 1).isPunctuation()) {
            String two = one + " " + w.get(j + 1).clitic() + w.get(j + 1).folded();
            ArabicOrdinals.Match m2 = ArabicOrdinals.parseAtStart(two);
            if (m2 != null && m2.length() > one.length() && m2.value() != m1.value()) return new OrdinalAt(m2.value(), j + 1);
            String three = j + 2 < w.size() ? two + " " + w.get(j + 2).clitic() + w.get(j + 2).folded() : two;
            ArabicOrdinals.Match m3 = ArabicOrdinals.parseAtStart(three);
            if (m3 != null && m3.length() > two.length()) return new OrdinalAt(m3.value(), j + 2);
        }
        return new OrdinalAt(m1.value(), j);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Number of words (1 or 2) at {@code i} that spell an entry of {@code keys}, or 0. */
    private static int phraseIn(Words w, int i, Set<String> keys) {
        if (i >= w.size() || w.get(i).isPunctuation()) return 0;
        if (i + 1 < w.size() && !w.get(i + 1).isPunctuation() && keys.contains(phraseKey(w, i, 2))) return 2;
        return keys.contains(w.get(i).key()) ? 1 : 0;
    }

    /** The keys of the {@code n} (1 or 2) words at {@code i}; the last word of the text has no second ("… إلى النيابة"). */
    private static String phraseKey(Words w, int i, int n) {
        return n == 1 || i + 1 >= w.size() ? w.get(i).key() : w.get(i).key() + " " + w.get(i + 1).key();
    }

    private static boolean isComma(Words.Word x) {
        return x.isPunctuation() && Affixes.COMMAS.contains(x.folded());
    }
}

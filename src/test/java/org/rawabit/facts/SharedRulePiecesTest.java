package org.rawabit.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.facts.HandBuilt.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.rawabit.core.Description;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;

/** The pieces every relation's rule is built of (cues, named mentions, event nodes), on hand-built documents. */
class SharedRulePiecesTest {
    private static final RuleFile RULES = RuleFile.parse("shared-test", """
            cue sign: وقع | وقعت
            pattern role: مديرا|سفيرا
            rule facts.test 0.6: rw:arrested rw:met schema:startDate
            rule facts.test-date 0.55: schema:startDate
            """);

    @Test
    void aCueIsFoundOncePerSentenceAndMapsBackThroughDiacritics() {
        ResolvedDocument doc = HandBuilt.doc("انعقد الاجتماع في الصباح. ثم وَقَّعَ الوزيران اتفاقية ووقعت الوفود محضرا.");
        DocumentView v = new DocumentView(doc);
        List<Cue> cues = v.cues(RULES.pattern("sign"));
        assertEquals(1, cues.size(), "the first sentence has no cue, the second one counts once");
        Cue cue = cues.get(0);
        assertEquals(1, cue.sentence().index());
        assertEquals("وَقَّعَ", v.text().substring(cue.begin(), cue.end()), "the span keeps the word's diacritics");
        assertEquals("وقع", cue.match().group(1));
    }

    @Test
    void followedByHonoursTheGapAfterTheCue() {
        DocumentView v = new DocumentView(HandBuilt.doc("وقع الوزير بحضور السفراء والمديرين وممثلي الهيئات وثيقة بصفته سفيرا."));
        Cue cue = v.cues(RULES.pattern("sign")).get(0);
        Optional<java.util.regex.MatchResult> near = cue.followedBy(RULES.pattern("role"), 80);
        assertTrue(near.isPresent());
        assertEquals("سفيرا", v.text().substring(cue.at(near.get().start()), cue.endAt(near.get().end())));
        assertTrue(cue.followedBy(RULES.pattern("role"), 10).isEmpty(), "the role word is too far after the verb");
    }

    @Test
    void namedLeavesOutUnlinkedNamesAndNamesInsideAPost() {
        ResolvedDocument built = HandBuilt.doc(
                "استقبل [PER:per-a:Person سمير الإدريسي] [POST:post-d:Post مدير المكتب الوطني للسكك] وزائرا اسمه نبيل.");
        String text = built.doc().text();
        int org = text.indexOf("المكتب الوطني للسكك"), guest = text.indexOf("نبيل");
        List<LinkedMention> mentions = new ArrayList<>(built.mentions());
        mentions.add(new LinkedMention(new Mention(MentionType.ORG, org, org + "المكتب الوطني للسكك".length(), "المكتب الوطني للسكك", "hand", 1.0,
                Optional.of("org-onc"), Optional.empty()), Optional.of("org-onc")));
        mentions.add(new LinkedMention(new Mention(MentionType.PER, guest, guest + 4, "نبيل", "hand", 1.0, Optional.empty(), Optional.empty()),
                Optional.empty()));
        DocumentView v = new DocumentView(new ResolvedDocument(built.doc(), mentions, built.entities()));
        var s = v.sentences().get(0);
        assertEquals(List.of("سمير الإدريسي"), surfaces(v.named(s, MentionType.PER)), "the unlinked name is left out");
        assertEquals(List.of(), surfaces(v.named(s, MentionType.ORG)), "the organisation inside the post is the post's");
        assertEquals(List.of("سمير الإدريسي", "مدير المكتب الوطني للسكك"), surfaces(v.named(s, MentionType.PER, MentionType.POST)));
    }

    @Test
    void anEventNodeStatesItsFactsFromItsSentenceWithTheRulesConfidence() {
        ExtractedFacts f = run("جرى اللقاء أمس. أوقفت الشرطة [PER:per-a:Person يونس الحداد] في [DATE:2026-04:d أبريل] ثم في [DATE:2026-04-09:d 9 أبريل 2026].",
                (v, out) -> {
                    Cue cue = v.cues(RuleFile.parse("c", "cue arrest: أوقفت\n").pattern("arrest")).get(0);
                    EventNode node = EventNode.mint(RULES, out, cue.sentence(), "Arrest", "توقيف", "doc", cue.sentence().index());
                    node.has("facts.test", Vocab.RW + "arrested", Vocab.ID + "per-a", cue.begin(), cue.end());
                    node.startOnFirstFullDate(v, cue.begin(), "facts.test-date");
                });
        Fact arrested = HandBuilt.with(f, Vocab.RW + "arrested").get(0);
        assertEquals(1, arrested.sentence());
        assertEquals(0.6, arrested.confidence());
        assertEquals(Vocab.ID + "per-a", obj(arrested));
        String node = arrested.subject();
        assertTrue(node.startsWith(Vocab.ID + "evt-arrest-"), node);
        Fact start = HandBuilt.with(f, Vocab.SCHEMA + "startDate").get(0);
        assertEquals("2026-04-09", obj(start), "a date known only to the month is not a start");
        assertEquals(node, start.subject());
        assertEquals(0.55, start.confidence());
        assertTrue(f.descriptions().contains(new Description(node, Vocab.RW + "eventKind", Fact.Value.plain("arrest"))), f.descriptions().toString());
    }

    private static ExtractedFacts run(String marked, BiConsumer<DocumentView, FactExtractor.FactSink> rule) {
        return FactExtractor.runAll(List.of(new FactExtractor() {
            @Override
            public void extract(DocumentView v, FactSink out) {
                rule.accept(v, out);
            }

            @Override
            public RuleFile rules() {
                return RULES;
            }
        }), HandBuilt.doc(marked));
    }

    private static List<String> surfaces(List<LinkedMention> named) {
        return named.stream().map(l -> l.mention().surface()).toList();
    }
}

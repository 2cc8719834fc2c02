package org.rawabit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** {@code rawabit annotate} on a new Arabic article, through the real pipeline, in its three formats. */
class AnnotateCommandTest {
    static final String TEXT = """
            عمّان - التقى وزير الخارجية الأردني أيمن الصفدي، يوم 14 أبريل 2025 في عمّان، المديرَ العام للأمن الوطني عبد اللطيف حموشي، \
            وبحث الجانبان التعاون بين الأردن والمغرب في مكافحة الإرهاب.
            وأكد الصفدي أن البلدين يعملان معا منذ سنوات طويلة.
            """;

    @TempDir
    static Path tmp;
    static Path article;

    @BeforeAll
    static void write() throws Exception {
        article = tmp.resolve("amman-meeting.txt");
        Files.writeString(article, TEXT);
    }

    @Test
    void jsonListsMentionsWithSpansIntoTheTextEntitiesAndFacts() throws Exception {
        CliRun r = CliRun.run("annotate", article.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        String text = root.get("text").asText();
        assertEquals("amman-meeting", root.get("id").asText());
        List<String> people = new ArrayList<>();
        for (JsonNode m : root.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("begin").asInt(), m.get("end").asInt()), "span " + m);
            double c = m.get("confidence").asDouble();
            assertTrue(c > 0 && c <= 1, "confidence " + m);
            assertFalse(m.get("foundBy").asText().isBlank(), "finder " + m);
            if (m.get("type").asText().equals("PER")) people.add(m.get("text").asText());
        }
        assertTrue(people.contains("أيمن الصفدي") && people.contains("الصفدي"), "both forms of the minister: " + people);
        assertTrue(people.contains("عبد اللطيف حموشي"), people.toString());
        String safadi = null;
        for (JsonNode e : root.get("entities")) if (e.get("label").asText().equals("أيمن الصفدي")) safadi = e.get("id").asText();
        assertTrue(safadi != null, "an entity for the minister: " + root.get("entities"));
        int safadiMentions = 0;
        for (JsonNode m : root.get("mentions")) if (m.has("entity") && m.get("entity").asText().equals(safadi)) safadiMentions++;
        assertEquals(2, safadiMentions, "the surname resolves to the full name");
        boolean met = false, said = false;
        for (JsonNode f : root.get("facts")) {
            String p = f.get("predicate").asText();
            assertEquals(f.get("evidence").asText(), text.substring(f.get("begin").asInt(), f.get("end").asInt()));
            if (p.endsWith("#met") && f.get("subject").asText().equals(safadi)) met = true;
            if (p.equals("http://schema.org/creator") && f.get("object").asText().equals(safadi)) said = true;
        }
        assertTrue(met, "the meeting: " + root.get("facts"));
        assertTrue(said, "the quotation's speaker: " + root.get("facts"));
    }

    @Test
    void htmlIsOneWellFormedRightToLeftPageWithTheTextHighlighted() throws Exception {
        CliRun r = CliRun.run("annotate", article.toString(), "--format", "html");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("http://") && r.out().matches("(?s).*(src|href)=\"https?://.*"), "self-contained: nothing fetched");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document html = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        Element root = html.getDocumentElement();
        assertEquals("rtl", root.getAttribute("dir"));
        assertEquals("ar", root.getAttribute("lang"));
        Element text = null, legend = null;
        NodeList divs = html.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element d = (Element) divs.item(i);
            if (d.getAttribute("class").equals("entities")) text = d;
            if (d.getAttribute("class").equals("legend")) legend = d;
        }
        assertTrue(text != null && legend != null, r.out());
        assertEquals("rtl", text.getAttribute("dir"));
        // The highlighted text reads back as the article once the type tags are left out.
        StringBuilder read = new StringBuilder();
        List<String> marked = new ArrayList<>();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) read.append(n.getTextContent());
            else {
                Element mark = (Element) n;
                assertEquals("mark", mark.getTagName());
                String type = mark.getAttribute("class");
                Element label = (Element) mark.getElementsByTagName("span").item(0);
                assertEquals(type, label.getTextContent(), "each mark is tagged with its type");
                String surface = mark.getFirstChild().getTextContent();
                read.append(surface);
                marked.add(type + ":" + surface);
            }
        }
        assertEquals(TEXT.strip(), read.toString().strip());
        assertTrue(marked.contains("PER:أيمن الصفدي") && marked.contains("LOC:الأردن") && marked.contains("DATE:14 أبريل 2025"), marked.toString());
        String legendText = legend.getTextContent();
        for (String type : List.of("PER", "LOC", "DATE")) assertTrue(legendText.contains(type), legendText);
        assertTrue(r.out().contains("mark.PER{background:"), "one colour per type");
    }

    @Test
    void tableReadsFromStandardInputWithoutBidiMarksWhenPiped() {
        InputStream saved = System.in;
        CliRun r;
        try {
            System.setIn(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
            r = CliRun.run("annotate", "-");
        } finally {
            System.setIn(saved);
        }
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Mentions (") && r.out().contains("Entities (") && r.out().contains("Facts ("), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("| PER ") && l.contains("أيمن الصفدي")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("rw:met")), r.out());
        assertFalse(r.out().contains("\u2068"), "not a terminal: no isolation marks");
    }

    @Test
    void aMissingOrEmptyInputIsOneLine() throws Exception {
        CliRun r = CliRun.run("annotate", tmp.resolve("none.txt").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("none.txt") && r.err().contains("no such file"), r.err());
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        r = CliRun.run("annotate", empty.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}

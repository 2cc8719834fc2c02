package org.rawabit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** The demo a new user runs first: it stores the articles and shows entities and readable facts. */
class DemoCommandTest {
    @Test
    void showsTopEntitiesAndReadableFacts(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(seeds.resolve("glasgow.txt"), """
                انتخاب المغرب نائبا لرئيس اللجنة التنفيذية للأنتربول

                احتضنت مدينة غلاسكو الدورة الثانية والتسعين للجمعية العامة للأنتربول من 4 إلى 7 نونبر 2024، بمشاركة وفود 150 دولة.

                وترأس عبد اللطيف حموشي، المدير العام للأمن الوطني، الوفد المغربي المشارك في أشغال هذه الدورة.
                """);
        CliRun r = CliRun.run("demo", "--seeds", seeds.toString(), "--db", tmp.resolve("db").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 stored"), r.out());
        assertTrue(r.out().contains("عبد اللطيف حموشي"), r.out());
        // facts read as sentences with the relation's Arabic name, not as IRIs
        assertTrue(r.out().lines().anyMatch(l -> l.contains("الدورة الـ92") && l.contains(" — في — غلاسكو")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains(" — بدأ في — 2024-11-04")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("http://")), r.out());
    }

    @Test
    void aMissingSeedsFolderIsOneClearLine(@TempDir Path tmp) {
        CliRun r = CliRun.run("demo", "--seeds", tmp.resolve("nowhere").toString(), "--db", tmp.resolve("db").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no seeds folder at"), r.err());
    }
}

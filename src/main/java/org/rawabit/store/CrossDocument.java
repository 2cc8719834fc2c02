package org.rawabit.store;

/**
 * The step that looks across documents, run after every ingest and delete: surname links and
 * canonical labels ({@link SurnameLinker}), then the stored curation ({@link Curator}), which has
 * the last word. Clears the link-pending marker only when both finished.
 */
public final class CrossDocument {
    private CrossDocument() {}

    public static void run(RawabitStore store) {
        new SurnameLinker(store).run();
        Curator curator = new Curator(store);
        if (curator.hasRules()) curator.applyStored();
        store.clearLinkPending();
    }
}

package org.rawabit.spark;

import java.io.Serializable;
import org.rawabit.read.RawArticle;

/** The immutable records that travel between the job's stages (Java-serialisable for Spark). */
final class Records {
    private Records() {}

    /**
     * An article as read, with where it was read: {@code file} and {@code index} (its place in the
     * file) order the articles as {@code ingest} reads them, which decides which of two articles
     * with the same id is kept.
     */
    record Input(String file, long index, String id, String origin, String title, String date, String source, String url,
            String text) implements Serializable {
        static Input of(String file, long index, RawArticle a) {
            return new Input(file, index, a.id(), a.origin(), a.title(), a.date(), a.source(), a.url(), a.text());
        }

        RawArticle raw() {
            return new RawArticle(id, origin, title, date, source, url, text);
        }
    }

    /** An input that gave no document, and why. */
    record Reject(String origin, String cause) implements Serializable {
        String line() {
            return origin + "\t" + cause.replace('\n', ' ').replace('\t', ' ');
        }
    }

    /** What reading or extracting one input gave: an article or document, or a reject. */
    record Read(Input article, Reject reject) implements Serializable {}

    /** A document's graph, as N-Quads of its named graph. */
    record Doc(String id, String graph, String file, long index, String origin, String nquads) implements Serializable {
        Doc withQuads(String quads) {
            return new Doc(id, graph, file, index, origin, quads);
        }

        boolean readBefore(Doc other) {
            int byFile = file.compareTo(other.file);
            return byFile != 0 ? byFile < 0 : index < other.index;
        }
    }

    /** What extraction gave for one article. */
    record Extracted(Doc doc, Reject reject) implements Serializable {}
}

package org.rawabit.rdf;

/**
 * Jena reads RDF/XML with the JDK's StAX parser. When Spark's jars are on the class path (tests,
 * 'rawabit spark'), Hadoop's shaded Woodstox registers itself as the StAX provider and rejects a
 * property Jena sets, which Jena logs as an error on every parse; so the JDK's parser is asked for.
 */
public final class JdkStax {
    private JdkStax() {}

    /** Selects the JDK's StAX input factory unless the user chose one with a system property. */
    public static void use() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }
}

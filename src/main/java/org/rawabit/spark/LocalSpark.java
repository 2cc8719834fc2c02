package org.rawabit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The Spark job on an embedded local Spark, for trying it without a cluster ({@code rawabit spark}). */
public final class LocalSpark {
    private LocalSpark() {}

    /** A local Spark context bound to localhost, without the web UI. */
    public static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf().setAppName("rawabit-extract").setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        JavaSparkContext sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        return sc;
    }

    public static SparkExtractJob.Summary run(String master, String input, String output, int partitions) {
        try (JavaSparkContext sc = context(master)) {
            return SparkExtractJob.run(sc, input, output, partitions);
        }
    }
}

package org.rawabit.query;

/** How SELECT results are written. */
public enum ResultFormat {
    table, csv, tsv, json, xml
}

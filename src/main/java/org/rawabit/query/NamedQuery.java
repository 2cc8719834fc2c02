package org.rawabit.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A query kept in a {@code .rq} file of the {@code queries/} folder, run by name from the console
 * with {@code \run NAME key=value …}. See {@link NamedQueries} for the header format.
 *
 * @param name        the file name without {@code .rq}
 * @param description first comment lines of the header
 * @param params      declared parameters, in header order
 * @param text        the whole file (header comments included, so error positions match the file)
 * @param file        where it was read from
 */
public record NamedQuery(String name, String description, List<Param> params, String text, Path file) {

    /** Kinds of value a parameter takes; each becomes a properly typed RDF term. */
    public enum Type { string, iri, integer, decimal, date, gYear, bool }

    /**
     * A declared parameter, bound to the query variable of the same name.
     *
     * @param lang language tag for {@code string@xx} parameters, empty for plain strings
     */
    public record Param(String name, Type type, String lang, Optional<String> defaultValue, String description) {
        public String typeName() {
            return type == Type.string && !lang.isEmpty() ? "string@" + lang : type == Type.bool ? "boolean" : type.name();
        }
    }

    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** One line for listings: {@code name key=<type> … — description}. */
    public String usage() {
        StringBuilder b = new StringBuilder(name);
        for (Param p : params) {
            b.append(' ').append(p.name()).append('=');
            b.append(p.defaultValue().map(d -> "[" + d + "]").orElse("<" + p.typeName() + ">"));
        }
        return b.toString();
    }
}

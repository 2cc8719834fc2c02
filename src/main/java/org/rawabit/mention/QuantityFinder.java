package org.rawabit.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.text.ArabicMonths;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.NormalisedText;

/**
 * Counted amounts: a number and the noun it counts ("179 دولة", "نحو 800 مندوب", "96 صوتا"), and
 * percentages ("37 في المئة", "37%"). Numbers that are days, months or years belong to dates.
 */
public final class QuantityFinder implements MentionFinder {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,](\\d+))?\\s*(%|٪|"
            + ArabicNormaliser.normalise("في المئة|في المائة|في المائه|بالمئة|بالمائة").replace(" ", "\\s+")
            + "|([\\p{IsArabic}]{2,}))");
    /** Counted nouns that are time units or ordinals, not quantities of things. */
    private static final Set<String> NOT_UNITS = Set.of("يوم", "ايام", "شهر", "اشهر", "سنه", "سنوات", "عام", "اعوام",
            "ساعه", "ساعات", "دقيقه", "دقائق", "الي", "و", "من", "في", "حتي", "الجاري", "الماضي", "المقبل");

    /** The article before a number ("ال 93", "الـ93" once folded): the number is an ordinal, not a count. */
    private static final Pattern ORDINAL_ARTICLE = Pattern.compile("(?<![\\p{IsArabic}])ال\\s*$");

    @Override
    public String name() {
        return "rules.quantity";
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        NormalisedText nt = NormalisedText.of(doc.text());
        List<Mention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(nt.text());
        while (m.find()) {
            String unit = m.group(4);
            boolean percent = unit == null;
            if (!percent && (NOT_UNITS.contains(unit) || ArabicMonths.month(unit) > 0)) continue;
            if (m.group(2) != null) continue; // decimals: not counts
            if (ORDINAL_ARTICLE.matcher(nt.text().substring(Math.max(0, m.start(1) - 4), m.start(1))).find()) continue; // "الدورة ال 93": an ordinal
            long amount;
            try {
                amount = Long.parseLong(m.group(1).replaceAll("[,.]", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            if (!percent && amount >= 1900 && amount <= 2100) continue; // a year
            int b = nt.begin(m.start(1)), e = nt.end(m.end());
            String unitSurface = percent ? "%" : doc.surface(nt.begin(m.start(4)), nt.end(m.end(4)));
            out.add(new Mention(MentionType.QUANTITY, b, e, doc.surface(b, e), name(), 0.8, Optional.empty(),
                    Optional.of(new MentionValue.Quantity(amount, unitSurface, percent))));
        }
        return out;
    }
}

package org.chokepoint.reference.geo;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name into the key used for lookup, so that case, full-width forms, punctuation and the
 * choice of traditional or simplified script do not matter: "ＫＡＺ", "kaz"; "哈薩克", "哈萨克";
 * "U.S.", "us" each fold to one key. Traditional characters are folded with HanLP's conversion.
 */
final class NameKey {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern IGNORED = Pattern.compile("[\\s.,'’()\\-·・]+");

    private NameKey() {}

    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (HAN.matcher(folded).find()) {
            folded = HanLP.convertToSimplifiedChinese(folded);
        }
        return IGNORED.matcher(folded).replaceAll("");
    }
}

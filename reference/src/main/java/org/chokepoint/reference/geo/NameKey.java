package org.chokepoint.reference.geo;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name into the key used for lookup, so that case, full-width forms, punctuation and the
 * choice of traditional or simplified script do not matter: "ＫＡＺ" and "kaz"; "哈薩克" and "哈萨克";
 * "U.S." and "us" each fold to one key. NFKC turns full-width letters and digits into ASCII;
 * HanLP's table turns traditional characters into simplified ones. Its first call loads that table
 * from the HanLP jar (about 0.1 s); it prints nothing and writes no cache files.
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

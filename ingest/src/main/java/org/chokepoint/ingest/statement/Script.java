package org.chokepoint.ingest.statement;

/**
 * Tells the language of a quote by its script, as statements record it (BCP 47): {@code zh-Hant} or {@code zh-Hans}
 * by the characters that differ between the two scripts (國/国, 這/这, 萬/万), {@code en} for Latin text. A quote
 * that uses only characters both scripts share takes the article's language.
 */
public final class Script {

    /** Characters written differently in the two scripts, traditional and simplified at the same index. */
    private static final String TRADITIONAL =
            "國這個們來會說為與對時後發過實東經關區車門長開問間題應體點當據動兩產業進從還頭電見現將學報價萬億貿儲礦屬額統計氣煉鐵銷場務際質種歲稱術機導資噸鋰鎢鎵鍺鈷鎳鋁貨麥灣歐龍戰軍選總們織調論億紀錄圖";

    private static final String SIMPLIFIED =
            "国这个们来会说为与对时后发过实东经关区车门长开问间题应体点当据动两产业进从还头电见现将学报价万亿贸储矿属额统计气炼铁销场务际质种岁称术机导资吨锂钨镓锗钴镍铝货麦湾欧龙战军选总们织调论亿纪录图";

    public static final String TRADITIONAL_CHINESE = "zh-Hant";
    public static final String SIMPLIFIED_CHINESE = "zh-Hans";
    public static final String ENGLISH = "en";
    /** Chinese in characters both scripts share. */
    public static final String CHINESE = "zh";

    private Script() {}

    /** The language of {@code text}; {@code fallback} where it is Chinese in shared characters only. */
    public static String language(String text, String fallback) {
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (TRADITIONAL.indexOf(c) >= 0) {
                    traditional++;
                } else if (SIMPLIFIED.indexOf(c) >= 0) {
                    simplified++;
                }
            } else if (c < 128 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (han == 0 || han * 4 < latin) { // a Han character carries about a word of four or five letters
            return latin > 0 ? ENGLISH : fallback;
        }
        if (traditional != simplified) {
            return traditional > simplified ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
        }
        return fallback.startsWith(CHINESE) ? fallback : CHINESE;
    }

    /** The language of a whole article. */
    public static String language(String text) {
        return language(text, CHINESE);
    }
}

package org.twintowns.partnerships.municipality.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds a place name into the key that name search compares, so that spellings of the same
 * name meet: case and diacritics go ("Łódź" → "lodz"), Cyrillic is transliterated ("Київ" →
 * "kiv", "Новый Уренгой" → "novi urengoi"), and the letters transliteration schemes disagree on
 * are folded together (w/v, y/j/i, h/g, ae/a, oe/o, ue/u, doubled letters), so "Nowy Urengoi", "Novy Urengoy" and
 * "Новый Уренгой" all become "novi urengoi", and Ukrainian "Чернігів" meets "Chernihiv". The key is
 * only ever compared with other keys, never shown.
 */
public final class SearchKeys {

    private static final Map<Character, String> CYRILLIC = cyrillic();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

    private SearchKeys() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder(name.length() + 8);
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String folded = latin.toString()
                .replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("đ", "d").replace("ı", "i");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        // German umlauts written out (Muenchen) meet their folded form (München → munchen).
        folded = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        folded = folded.replace('w', 'v').replace('y', 'i').replace('j', 'i').replace('h', 'g');
        folded = NON_ALNUM.matcher(folded).replaceAll(" ").trim();
        return DOUBLED.matcher(folded).replaceAll("$1");
    }

    private static Map<Character, String> cyrillic() {
        // Ukrainian and Russian letters, close to the common English-language transliterations.
        return Map.ofEntries(
                Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
                Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"),
                Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"),
                Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
                Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
                Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
                Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
                Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
                Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
                Map.entry('я', "ia"), Map.entry('ў', "u"));
    }
}

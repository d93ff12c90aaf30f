package io.warta.text.morph;

/**
 * One way to read an Indonesian word as affixes around a root, e.g. dimusnahkan = di + musnah + kan.
 *
 * @param root root form (lower case)
 * @param prefix the prefix group removed, "" if none (di, me, ber, ter, ke, pe, per, se, ...)
 * @param suffix the derivational suffix removed: "", "kan", "an" or "i"
 * @param clitic the enclitic removed: "", "nya", "lah", "kah", "pun", "ku" or "mu"
 * @param reduplicated whether the word was a full reduplication (buku-buku), usually a plural
 */
public record Analysis(String root, String prefix, String suffix, String clitic, boolean reduplicated) {

    /** Passive di-/ter- forms, whose English is usually a past participle. */
    public boolean passive() {
        return prefix.startsWith("di") || prefix.equals("ter");
    }

    /** ke-...-an and pe-...-an are nominalizations. */
    public boolean nominal() {
        return suffix.equals("an") && (prefix.startsWith("ke") || prefix.startsWith("pe") || prefix.isEmpty());
    }
}

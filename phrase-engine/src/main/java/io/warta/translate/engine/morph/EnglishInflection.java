package io.warta.translate.engine.morph;

import java.util.Map;

/** Regular English plurals, past tenses and past participles, with the common irregular verbs, for translating affixed Indonesian forms. */
public final class EnglishInflection {

    private static final Map<String, String> IRREGULAR_PARTICIPLES = Map.ofEntries(
            Map.entry("be", "been"), Map.entry("begin", "begun"), Map.entry("break", "broken"), Map.entry("bring", "brought"),
            Map.entry("build", "built"), Map.entry("buy", "bought"), Map.entry("catch", "caught"), Map.entry("choose", "chosen"),
            Map.entry("come", "come"), Map.entry("cut", "cut"), Map.entry("do", "done"), Map.entry("draw", "drawn"),
            Map.entry("drive", "driven"), Map.entry("eat", "eaten"), Map.entry("fall", "fallen"), Map.entry("feel", "felt"),
            Map.entry("fight", "fought"), Map.entry("find", "found"), Map.entry("forget", "forgotten"), Map.entry("get", "got"),
            Map.entry("give", "given"), Map.entry("go", "gone"), Map.entry("grow", "grown"), Map.entry("have", "had"),
            Map.entry("hear", "heard"), Map.entry("hide", "hidden"), Map.entry("hit", "hit"), Map.entry("hold", "held"),
            Map.entry("hurt", "hurt"), Map.entry("keep", "kept"), Map.entry("know", "known"), Map.entry("lay", "laid"),
            Map.entry("lead", "led"), Map.entry("leave", "left"), Map.entry("lend", "lent"), Map.entry("let", "let"),
            Map.entry("lose", "lost"), Map.entry("make", "made"), Map.entry("mean", "meant"), Map.entry("meet", "met"),
            Map.entry("pay", "paid"), Map.entry("put", "put"), Map.entry("read", "read"), Map.entry("ride", "ridden"),
            Map.entry("run", "run"), Map.entry("say", "said"), Map.entry("see", "seen"), Map.entry("sell", "sold"),
            Map.entry("send", "sent"), Map.entry("set", "set"), Map.entry("shoot", "shot"), Map.entry("show", "shown"),
            Map.entry("shut", "shut"), Map.entry("sing", "sung"), Map.entry("sit", "sat"), Map.entry("speak", "spoken"),
            Map.entry("spend", "spent"), Map.entry("stand", "stood"), Map.entry("steal", "stolen"), Map.entry("strike", "struck"),
            Map.entry("take", "taken"), Map.entry("teach", "taught"), Map.entry("tell", "told"), Map.entry("think", "thought"),
            Map.entry("throw", "thrown"), Map.entry("understand", "understood"), Map.entry("win", "won"), Map.entry("write", "written"));

    /** Irregular verbs whose simple past differs from their past participle (took, taken). */
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(
            Map.entry("begin", "began"), Map.entry("break", "broke"), Map.entry("choose", "chose"), Map.entry("come", "came"),
            Map.entry("draw", "drew"), Map.entry("drive", "drove"), Map.entry("eat", "ate"), Map.entry("fall", "fell"),
            Map.entry("forget", "forgot"), Map.entry("give", "gave"), Map.entry("go", "went"), Map.entry("grow", "grew"),
            Map.entry("hide", "hid"), Map.entry("know", "knew"), Map.entry("ride", "rode"), Map.entry("run", "ran"),
            Map.entry("see", "saw"), Map.entry("show", "showed"), Map.entry("sing", "sang"), Map.entry("speak", "spoke"),
            Map.entry("steal", "stole"), Map.entry("take", "took"), Map.entry("throw", "threw"), Map.entry("write", "wrote"),
            Map.entry("rise", "rose"), Map.entry("become", "became"), Map.entry("wear", "wore"), Map.entry("fly", "flew"));

    private EnglishInflection() {
    }

    public static String plural(String noun) {
        if (noun.isEmpty() || noun.endsWith("s") && !noun.endsWith("ss")) {
            return noun;
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("ss") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x") || noun.endsWith("z")) {
            return noun + "es";
        }
        return noun + "s";
    }

    public static String pastParticiple(String verb) {
        String irregular = IRREGULAR_PARTICIPLES.get(verb);
        if (irregular != null) {
            return irregular;
        }
        if (verb.endsWith("ed") && !verb.endsWith("eed")) {
            return verb;
        }
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (singleSyllableCvc(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ed";
        }
        return verb + "ed";
    }

    /** Simple past: the participle, except for the irregular verbs that differ (take: took, taken). */
    public static String past(String verb) {
        return IRREGULAR_PAST.getOrDefault(verb, pastParticiple(verb));
    }

    /** The -ing form: meet: meeting, make: making, see: seeing, die: dying, stop: stopping. */
    public static String gerund(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe") && verb.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (singleSyllableCvc(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    /** stop, plan, ban: one vowel letter between consonants at the end of a one-syllable word doubles the consonant. */
    private static boolean singleSyllableCvc(String w) {
        int n = w.length();
        if (n < 3 || n > 4 || "wxy".indexOf(w.charAt(n - 1)) >= 0) {
            return false;
        }
        int vowels = 0;
        for (int i = 0; i < n; i++) {
            if ("aeiou".indexOf(w.charAt(i)) >= 0) {
                vowels++;
            }
        }
        return vowels == 1 && "aeiou".indexOf(w.charAt(n - 1)) < 0 && "aeiou".indexOf(w.charAt(n - 2)) >= 0
                && "aeiou".indexOf(w.charAt(n - 3)) < 0;
    }

    /** Inflects the last word of a phrase (a multiword sense "carry out" becomes "carried out" only at its head). */
    public static String inflectHead(String phrase, boolean plural, boolean participle) {
        String[] words = phrase.split(" ");
        int head = participle ? 0 : words.length - 1;
        if (plural) {
            words[head] = plural(words[head]);
        } else if (participle) {
            words[head] = pastParticiple(words[head]);
        }
        return String.join(" ", words);
    }
}

package io.warta.translate.engine.morph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rule-based Indonesian affix stripping (after Nazief and Adriani): clitics, the derivational
 * suffixes -kan/-an/-i, one or two prefixes with nasal assimilation (menulis = meN + tulis,
 * memukul = meN + pukul, mengirim = meN + kirim, menyapu = meN + sapu), and full reduplication.
 * It proposes every reading; the caller keeps the ones whose root it knows.
 */
public final class IndonesianMorphology {

    private static final String[] CLITICS = {"nya", "lah", "kah", "pun", "ku", "mu"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};
    private static final int MIN_ROOT = 3;

    private IndonesianMorphology() {
    }

    /** All readings of a lower-case word, most plausible (least stripped) first; never the word itself unchanged. */
    public static List<Analysis> analyze(String word) {
        Map<String, Analysis> out = new LinkedHashMap<>();
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            String left = word.substring(0, dash);
            String right = word.substring(dash + 1);
            if (left.equals(right)) {
                out.putIfAbsent(left, new Analysis(left, "", "", "", true));
                for (Analysis a : analyze(left)) {
                    out.putIfAbsent(a.root(), new Analysis(a.root(), a.prefix(), a.suffix(), a.clitic(), true));
                }
                return new ArrayList<>(out.values());
            }
            // Affixed reduplication: bermain-main, sayur-mayur, kemerah-merahan -> analyse the right half's stem.
            if (right.endsWith("an") && left.length() >= 2 && right.startsWith(left.substring(Math.max(0, left.length() - right.length() + 2)))) {
                String r = right.substring(0, right.length() - 2);
                out.putIfAbsent(r, new Analysis(r, "", "an", "", true));
            }
            if (left.endsWith(right) && right.length() >= MIN_ROOT) {
                out.putIfAbsent(right, new Analysis(right, left.substring(0, left.length() - right.length()), "", "", true));
            }
            for (Analysis a : analyze(left)) {
                if (a.root().equals(right) || right.startsWith(a.root())) {
                    out.putIfAbsent(a.root(), new Analysis(a.root(), a.prefix(), a.suffix(), a.clitic(), true));
                }
            }
            return new ArrayList<>(out.values());
        }
        List<String[]> cliticSplits = new ArrayList<>();
        cliticSplits.add(new String[] {word, ""});
        for (String c : CLITICS) {
            if (word.endsWith(c) && word.length() - c.length() >= MIN_ROOT) {
                cliticSplits.add(new String[] {word.substring(0, word.length() - c.length()), c});
            }
        }
        for (String[] cs : cliticSplits) {
            String w = cs[0];
            List<String[]> suffixSplits = new ArrayList<>();
            suffixSplits.add(new String[] {w, ""});
            for (String s : SUFFIXES) {
                if (w.endsWith(s) && w.length() - s.length() >= MIN_ROOT) {
                    suffixSplits.add(new String[] {w.substring(0, w.length() - s.length()), s});
                }
            }
            for (String[] ss : suffixSplits) {
                String body = ss[0];
                if (!cs[1].isEmpty() || !ss[1].isEmpty()) {
                    add(out, body, "", ss[1], cs[1]);
                }
                for (String[] p : stripPrefix(body)) {
                    add(out, p[0], p[1], ss[1], cs[1]);
                    for (String[] p2 : stripPrefix(p[0])) {
                        if (!p2[1].startsWith("me") && !p2[1].startsWith("di")) {
                            add(out, p2[0], p[1] + "+" + p2[1], ss[1], cs[1]);
                        }
                    }
                }
            }
        }
        out.remove(word);
        List<Analysis> list = new ArrayList<>(out.values());
        // Least stripped first: a longer root is the safer reading.
        list.sort((a, b) -> Integer.compare(b.root().length(), a.root().length()));
        return list;
    }

    /** The first reading whose root the predicate knows, or null. */
    public static Analysis firstKnown(String word, Predicate<String> known) {
        for (Analysis a : analyze(word)) {
            if (known.test(a.root())) {
                return a;
            }
        }
        return null;
    }

    private static void add(Map<String, Analysis> out, String root, String prefix, String suffix, String clitic) {
        if (root.length() >= MIN_ROOT && hasVowel(root)) {
            out.putIfAbsent(root, new Analysis(root, prefix, suffix, clitic, false));
        }
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aiueo".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every (root, prefix) from removing one prefix, including the roots nasal assimilation hid. */
    static List<String[]> stripPrefix(String w) {
        List<String[]> out = new ArrayList<>();
        if (w.length() < MIN_ROOT + 2) {
            return out;
        }
        // meN- and peN- with nasal assimilation.
        for (String base : new String[] {"me", "pe"}) {
            if (!w.startsWith(base)) {
                continue;
            }
            String r = w.substring(2);
            String tag = base;
            if (r.startsWith("nge") && r.length() > 5) {
                out.add(new String[] {r.substring(3), tag});
            }
            if (r.startsWith("ng")) {
                String rest = r.substring(2);
                out.add(new String[] {rest, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"k" + rest, tag});
                }
            } else if (r.startsWith("ny")) {
                out.add(new String[] {"s" + r.substring(2), tag});
                out.add(new String[] {r, tag});
            } else if (r.startsWith("m")) {
                String rest = r.substring(1);
                out.add(new String[] {rest, tag});
                out.add(new String[] {r, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"p" + rest, tag});
                }
                if (rest.startsWith("per")) {
                    out.add(new String[] {rest.substring(3), tag + "+per"});
                }
            } else if (r.startsWith("n")) {
                String rest = r.substring(1);
                out.add(new String[] {rest, tag});
                // Roots that begin with n keep it (menegosiasikan = meN + negosiasi + kan, menikmati = meN + nikmat + i).
                out.add(new String[] {r, tag});
                if (startsWithVowel(rest)) {
                    out.add(new String[] {"t" + rest, tag});
                }
            } else if (r.startsWith("r") && base.equals("pe")) {
                out.add(new String[] {r.substring(1), "per"});
                out.add(new String[] {r, tag});
            } else {
                out.add(new String[] {r, tag});
            }
        }
        for (String p : new String[] {"di", "ter", "ber", "ke", "se"}) {
            if (w.startsWith(p)) {
                out.add(new String[] {w.substring(p.length()), p});
            }
        }
        if (w.startsWith("be") && !w.startsWith("ber")) {
            out.add(new String[] {w.substring(2), "ber"});
        }
        if (w.startsWith("te") && !w.startsWith("ter")) {
            out.add(new String[] {w.substring(2), "ter"});
        }
        return out;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aiueo".indexOf(s.charAt(0)) >= 0;
    }
}

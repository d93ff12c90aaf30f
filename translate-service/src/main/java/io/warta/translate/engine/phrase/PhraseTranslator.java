package io.warta.translate.engine.phrase;

import io.warta.text.Deadline;
import io.warta.translate.engine.lexicon.Gazetteer;
import io.warta.translate.engine.lexicon.LexiconTranslator;
import io.warta.translate.engine.morph.Misspellings;
import io.warta.translate.engine.morph.OovGuesser;
import io.warta.translate.engine.morph.ReportingVerbs;
import io.warta.translate.engine.morph.VerbReadings;
import io.warta.translate.engine.text.Detokenizer;
import io.warta.translate.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phrase-based translation of one sentence: tokenize, collect options (gazetteer, phrase table,
 * numbers, morphological guesses for unknown words, names copied), beam search, then truecase and
 * detokenize.
 */
public final class PhraseTranslator {

    /** How an option's words are written out. */
    record Rendering(String[] words, boolean fixedCase, int fixedPrefix) {
        Rendering(String[] words, boolean fixedCase) {
            this(words, fixedCase, 0);
        }
    }

    /** A gazetteer span; {@code adjective} is the country's English adjective, or null. */
    private record FixedSpan(int start, int end, String[] words, String[] adjective) {
    }

    /** Words that never head a noun phrase a country adjective could precede (prepositions, conjunctions, ...). */
    private static final Set<String> NOT_A_HEAD = Set.of("di", "ke", "dari", "dan", "atau", "dengan", "untuk", "oleh", "pada",
            "dalam", "yang", "bahwa", "tentang", "terhadap", "antara", "bagi", "sebagai", "seperti", "kepada", "daripada",
            "akan", "telah", "sudah", "juga", "tidak", "bukan", "ini", "itu", "para", "sejak", "hingga", "sampai", "menuju",
            "melawan", "atas", "serta", "namun", "tetapi", "tapi", "karena", "saat", "ketika", "setelah", "sebelum",
            "selama", "menurut", "kata", "ujar", "adalah", "ialah", "merupakan", "yakni", "yaitu", "lalu", "pun",
            "se", "sang", "si", "sebuah", "seorang", "sejumlah", "semua", "seluruh", "beberapa", "banyak", "mengatakan");

    /** Adverbs, auxiliaries and pronouns: neither the head nor the modifier of a noun phrase. */
    private static final Set<String> NOT_A_MODIFIER = Set.of("tersebut", "saja", "lagi", "pula", "sendiri", "masih",
            "belum", "sangat", "lebih", "paling", "hanya", "cukup", "bisa", "dapat", "harus", "boleh", "mau", "ingin",
            "perlu", "sedang", "pernah", "segera", "kembali", "langsung", "terus", "tetap", "tak", "jangan", "agar",
            "supaya", "jika", "kalau", "apabila", "bila", "maka", "ia", "dia", "mereka", "kami", "kita", "saya", "aku",
            "anda", "kamu", "beliau", "nya", "lain", "hal", "ada", "jadi", "mungkin", "tentu", "pasti", "sekitar",
            "hampir", "kurang", "begitu", "demikian", "sini", "sana", "situ", "kini", "sekarang", "tadi", "nanti");

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at",
            "and", "or", "is", "are", "was", "were", "be", "been", "by", "for", "with", "from", "that", "this", "it",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "not", "will", "would", "can", "has",
            "have", "had", "as", "but", "if", "so", "also", "very", "more", "most", "who", "which", "what", "there",
            ",", ".", "'s", "\"");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "my", "our",
            "your", "this", "that", "these", "those");

    private static final Set<String> LOWER_IN_TITLES = Set.of("of", "the", "and", "in", "for", "a", "an", "to", "on", "at", "'s");

    private static final java.util.Map<String, String> DIRECTIONS = java.util.Map.of(
            "Timur", "East", "Barat", "West", "Utara", "North", "Selatan", "South", "Tengah", "Central",
            "Tenggara", "Southeast");

    /** Administrative units before a place name; English names the place first (Kecamatan Kramatjati -> Kramatjati Sub-District). */
    private static final java.util.Map<String, String[]> PLACE_TYPES = java.util.Map.ofEntries(
            java.util.Map.entry("Kelurahan", new String[] {"Urban", "Village"}),
            java.util.Map.entry("Kecamatan", new String[] {"Sub-District"}),
            java.util.Map.entry("Kabupaten", new String[] {"Regency"}), java.util.Map.entry("Provinsi", new String[] {"Province"}),
            java.util.Map.entry("Desa", new String[] {"Village"}), java.util.Map.entry("Kota", new String[] {"City"}),
            java.util.Map.entry("Sungai", new String[] {"River"}), java.util.Map.entry("Kali", new String[] {"River"}),
            java.util.Map.entry("RS", new String[] {"Hospital"}), java.util.Map.entry("RSUD", new String[] {"General", "Hospital"}),
            // Heads of a sub-district and of an urban village are named by their office: Camat Kembangan.
            java.util.Map.entry("Camat", new String[] {"Sub-District", "Head"}),
            java.util.Map.entry("Lurah", new String[] {"Urban", "Village", "Head"}));

    /**
     * Offices named by their field (Dinas Kesehatan, Sudin Pertamanan); English names the field first (Health
     * Department, Parks Sub-Department).
     */
    private static final java.util.Map<String, String[]> INSTITUTION_TYPES = java.util.Map.of(
            "dinas", new String[] {"Department"}, "sudin", new String[] {"Sub-Department"},
            "suku dinas", new String[] {"Sub-Department"});

    /** Conjunctions after which English puts a verb in the -ing form: sebelum bertemu, before meeting. */
    private static final Set<String> GERUND_AFTER = Set.of("sebelum", "setelah", "sesudah", "usai", "seusai", "tanpa",
            "sambil");

    private static final Set<String> STREET_PREFIXES = Set.of("Jl", "Jl.", "Jln", "Jln.");

    /** A date in brackets after one of these (Kamis (13/12)) is day/month. */
    private static final Set<String> WEEKDAYS = Set.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu");

    private final PhraseTable table;
    private final LanguageModel lm;
    private final Truecaser truecaser;
    private final Gazetteer gazetteer;
    private final Weights weights;
    private final Decoder decoder;
    private final int optionsPerSpan;

    public PhraseTranslator(PhraseTable table, LanguageModel lm, Truecaser truecaser, Gazetteer gazetteer, Weights weights,
            int beam, int distortionLimit, int optionsPerSpan) {
        this.table = table;
        this.lm = lm;
        this.truecaser = truecaser;
        this.gazetteer = gazetteer;
        this.weights = weights;
        this.optionsPerSpan = optionsPerSpan;
        this.decoder = new Decoder(lm, weights.get(Weights.LM), weights.get(Weights.DISTORTION),
                weights.get(Weights.REORDER_PREVIOUS), weights.get(Weights.REORDER_NEXT), weights.get(Weights.LM_UNKNOWN),
                beam, distortionLimit);
    }

    public PhraseTranslator withWeights(Weights w, int beam, int distortionLimit, int optionsPerSpan) {
        return new PhraseTranslator(table, lm, truecaser, gazetteer, w, beam, distortionLimit, optionsPerSpan);
    }

    public String translate(String sentence) {
        List<String> tokens = Tokenizer.tokenizeIndonesian(sentence);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            Deadline.current().check(); // the request's deadline, between the pieces of a long sentence
            int end = chunkEnd(tokens, start);
            out.addAll(translateChunk(tokens.subList(start, end), start == 0));
            start = end;
        }
        if (!tokens.isEmpty() && isTitleCaseHeadline(tokens)) {
            out = titleCase(out);
        }
        return Detokenizer.detokenize(capitalizeSentenceStarts(LexiconTranslator.capitalizeFirst(out)));
    }

    /** Capitalizes the first word after sentence punctuation and after an opening double quote. */
    public static List<String> capitalizeSentenceStarts(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        boolean insideQuote = false;
        boolean capitalizeNext = false;
        for (String t : tokens) {
            if (t.equals("\"")) {
                insideQuote = !insideQuote;
                // A quote that opens a sentence of direct speech (at the start or after a colon); after a comma it
                // is usually the closing quote of speech begun in an earlier sentence (...saja," kata Jokowi).
                String before = out.isEmpty() ? "" : out.get(out.size() - 1);
                capitalizeNext = insideQuote && (out.isEmpty() || before.equals(":"));
                out.add(t);
                continue;
            }
            if (capitalizeNext && Tokenizer.hasLetter(t) && Character.isLowerCase(t.charAt(0))) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            if (Tokenizer.hasLetter(t) || Tokenizer.isNumber(t)) {
                capitalizeNext = false;
            }
            if (t.equals(".") || t.equals("?") || t.equals("!")) {
                capitalizeNext = true;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Where a capital letter says nothing about being a name: the chunk's first word, the first word after
     * sentence punctuation or an opening quote, and every word of a headline written in title case.
     */
    public static boolean[] capitalizedByPosition(List<String> tokens, boolean sentenceStart) {
        int n = tokens.size();
        boolean[] out = new boolean[n];
        boolean headline = isTitleCaseHeadline(tokens);
        boolean start = sentenceStart;
        boolean insideQuote = false;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            if (t.equals("\"")) {
                insideQuote = !insideQuote;
                start |= insideQuote;
                continue;
            }
            if (Tokenizer.hasLetter(t) || Tokenizer.isNumber(t)) {
                out[i] = start || headline;
                start = false;
            } else if (t.equals(".") || t.equals("?") || t.equals("!")) {
                start = true;
            }
        }
        return out;
    }

    /** At least four words, 70% of them capitalized, and no final full stop: a headline written in title case. */
    public static boolean isTitleCaseHeadline(List<String> tokens) {
        int words = 0;
        int capitalized = 0;
        for (String t : tokens) {
            if (Tokenizer.hasLetter(t) && !Tokenizer.isNumber(t)) {
                words++;
                if (Tokenizer.isCapitalized(t)) {
                    capitalized++;
                }
            }
        }
        return words >= 4 && capitalized >= 0.7 * words && !tokens.get(tokens.size() - 1).equals(".");
    }

    /** An English headline in title case: every word capitalized but short function words after the first. */
    public static List<String> titleCase(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (Tokenizer.hasLetter(t) && Character.isLowerCase(t.charAt(0)) && (out.isEmpty() || !LOWER_IN_TITLES.contains(t))) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            out.add(t);
        }
        return out;
    }

    /** Long sentences are searched in pieces of at most 60 tokens, cut after punctuation where possible. */
    private static int chunkEnd(List<String> tokens, int start) {
        int limit = 60;
        if (tokens.size() - start <= limit) {
            return tokens.size();
        }
        for (int i = start + limit - 1; i > start + limit / 2; i--) {
            String t = tokens.get(i);
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals(".")) {
                return i + 1;
            }
        }
        return start + limit;
    }

    List<String> translateChunk(List<String> tokens, boolean sentenceStart) {
        List<String> lower = Tokenizer.lower(tokens);
        int n = tokens.size();
        List<Decoder.Option> options = new ArrayList<>();
        double perPhrase = weights.get(Weights.PHRASE);
        double perWord = weights.get(Weights.WORD);
        // Fixed spans: gazetteer names and place names with a compass point (Jakarta Timur -> East Jakarta) are
        // not left to the statistics, which would otherwise copy them (the LM scores a copied word as <unk>).
        boolean[] startLike = capitalizedByPosition(tokens, sentenceStart);
        boolean[] fixed = new boolean[n];
        List<FixedSpan> fixedSpans = new ArrayList<>();
        for (int i = 0; i < n;) {
            String[] attribution = ReportingVerbs.attribution(tokens, lower, i);
            ReportingVerbs.Span passive = attribution == null ? ReportingVerbs.passiveAttribution(tokens, lower, i) : null;
            Gazetteer.Match g = attribution == null && passive == null ? gazetteer.match(tokens, lower, i) : null;
            String[] words = null;
            int len = 0;
            if (attribution != null) {
                words = attribution;
                len = 1;
            } else if (passive != null) {
                words = passive.words();
                len = passive.length();
            } else if (g != null) {
                words = g.english().toArray(new String[0]);
                len = g.length();
            } else if (i + 1 < n && Tokenizer.isCapitalized(tokens.get(i)) && DIRECTIONS.containsKey(tokens.get(i + 1))
                    && !DIRECTIONS.containsKey(tokens.get(i))) {
                words = new String[] {DIRECTIONS.get(tokens.get(i + 1)), tokens.get(i)};
                len = 2;
            }
            if (words == null && STREET_PREFIXES.contains(tokens.get(i))) {
                // Jl Taman Aries Utama: a street keeps its Indonesian name, as English-language news writes it.
                int end = i + 1;
                while (end < n && end - i <= 5 && Tokenizer.isCapitalized(tokens.get(end)) && !startLike[end]) {
                    end++;
                }
                if (end > i + 1) {
                    words = tokens.subList(i, end).toArray(new String[0]);
                    len = end - i;
                }
            }
            if (words == null && PLACE_TYPES.containsKey(tokens.get(i))) {
                List<String> name = new ArrayList<>();
                int end = i + 1;
                while (end < n && name.size() < 3 && placeNameWord(tokens, lower, end) != null) {
                    name.add(placeNameWord(tokens, lower, end));
                    end++;
                }
                if (!name.isEmpty() && (end >= n || !DIRECTIONS.containsKey(tokens.get(end)))) {
                    words = concat(name.toArray(new String[0]), PLACE_TYPES.get(tokens.get(i)));
                    len = end - i;
                }
            }
            if (words == null) {
                i++;
                continue;
            }
            options.add(new Decoder.Option(i, i + len, lmIds(words), perPhrase + perWord * words.length, new Rendering(words, true)));
            fixedSpans.add(new FixedSpan(i, i + len, words,
                    g != null && g.adjective() != null ? g.adjective().toArray(new String[0]) : null));
            for (int k = i; k < i + len; k++) {
                fixed[k] = true;
            }
            i += len;
        }
        double[] copyScore = new double[n];
        java.util.Arrays.fill(copyScore, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                continue;
            }
            boolean singleFound = false;
            PhraseTable.Option[] singles = null;
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(table.maxSourceLength(), n - i); len++) {
                if (fixed[i + len - 1]) {
                    break;
                }
                if (len > 1) {
                    key.append(' ');
                }
                key.append(lower.get(i + len - 1));
                PhraseTable.Option[] opts = table.get(key.toString());
                if (opts == null) {
                    continue;
                }
                if (len == 1) {
                    singleFound = true;
                    singles = opts;
                }
                int limit = Math.min(optionsPerSpan, opts.length);
                for (int k = 0; k < limit; k++) {
                    PhraseTable.Option o = opts[k];
                    if (!englishLetters(o.words())) {
                        continue;
                    }
                    double s = perPhrase + perWord * o.words().length;
                    for (int f = 0; f < PhraseTable.SCORES; f++) {
                        s += weights.get(Weights.TM0 + f) * o.scores()[f];
                    }
                    options.add(new Decoder.Option(i, i + len, lmIds(o.words()), s, o.reorder(), new Rendering(o.words(), false)));
                }
            }
            String token = tokens.get(i);
            boolean number = Tokenizer.isNumber(token);
            boolean letters = Tokenizer.hasLetter(token);
            if (Tokenizer.isWebAddress(token)) {
                options.add(copy(i, token, perPhrase + perWord));
                continue;
            }
            if (number || !letters) {
                if (!singleFound) {
                    String w = number ? Tokenizer.englishNumber(token) : token;
                    if (number && i >= 2 && tokens.get(i - 1).equals("(") && WEEKDAYS.contains(tokens.get(i - 2))) {
                        w = Tokenizer.monthFirstDate(w);
                    }
                    options.add(copy(i, w, perPhrase + perWord));
                }
                continue;
            }
            if (Tokenizer.isCapitalized(token) && !startLike[i]) {
                // A name is usually written as is, even when its lower-case form is also a word; not when the
                // phrase table knows a proper-noun translation (Eropa -> Europe, Selasa -> Tuesday). Acronyms
                // (KCNA, DPRK) keep the copy in any case: their table entries are mostly chance alignments.
                if (!singleFound || !hasProperNoun(singles) || isAcronym(token)) {
                    double score = perPhrase + perWord + weights.get(singleFound ? Weights.COPY_NAME : Weights.UNKNOWN);
                    options.add(copy(i, token, score));
                    copyScore[i] = score;
                }
                continue;
            }
            if (!singleFound) {
                String guess = OovGuesser.guess(lower.get(i), root -> {
                    PhraseTable.Option[] o = table.get(root);
                    return o == null ? null : String.join(" ", o[0].words());
                });
                // A misspelt word, but not a name at a sentence start (Tatang) or an English word (voting).
                if (guess == null && !Tokenizer.isCapitalized(token) && lm.id(lower.get(i)) == LanguageModel.UNK) {
                    String corrected = Misspellings.correct(lower.get(i), w -> table.get(w) != null);
                    guess = corrected == null ? null : String.join(" ", table.get(corrected)[0].words());
                }
                if (guess != null) {
                    String[] words = guess.split(" ");
                    options.add(new Decoder.Option(i, i + 1, lmIds(words),
                            perPhrase + perWord * words.length + weights.get(Weights.MORPH), new Rendering(words, false)));
                }
                options.add(copy(i, token, perPhrase + perWord + weights.get(Weights.UNKNOWN)));
            }
        }
        // Runs of copied names (Heru Bambang Ernanto) also as one block, so reordering cannot split them.
        for (int i = 0; i < n; i++) {
            int j = i;
            double score = 0;
            while (j < n && !Double.isNaN(copyScore[j]) && j - i < Decoder.MAX_WORDS) {
                score += copyScore[j];
                j++;
            }
            if (j - i >= 2) {
                String[] words = tokens.subList(i, j).toArray(new String[0]);
                int[] ids = new int[words.length];
                for (int k = 0; k < words.length; k++) {
                    ids[k] = lm.id(Tokenizer.lower(words[k]));
                }
                options.add(new Decoder.Option(i, j, ids, score - (j - i - 1) * perPhrase, new Rendering(words, true)));
            }
            i = Math.max(i, j - 1);
        }
        addCountryAdjectives(tokens, lower, fixed, fixedSpans, options);
        addModifierSwaps(tokens, lower, fixed, startLike, options);
        addInstitutionNames(tokens, lower, fixed, options);
        addVerbReadings(lower, options);
        List<Decoder.Option> best = decoder.decode(n, options);
        List<String> out = new ArrayList<>();
        for (Decoder.Option o : best) {
            Rendering r = (Rendering) o.payload;
            boolean titleCase = !r.fixedCase() && allCapitalized(tokens, o.start(), o.end()) && !startLike[o.start()];
            int before = out.size();
            for (String w : r.words()) {
                String source = r.fixedCase() ? null : sourceSpelling(tokens, lower, o.start(), o.end(), w);
                if (r.fixedCase() || out.size() - before < r.fixedPrefix()) {
                    out.add(w);
                } else if (source != null) {
                    out.add(source);
                } else {
                    String cased = truecaser.apply(w);
                    if (titleCase && !LOWER_IN_TITLES.contains(w)) {
                        cased = Character.toUpperCase(cased.charAt(0)) + cased.substring(1);
                    }
                    out.add(cased);
                }
            }
        }
        return out;
    }

    /**
     * Indonesian puts a country after the noun it modifies (militer Rusia, Presiden Rusia); English puts its
     * adjective first (Russian military, Russian President). For a country from the gazetteer, the one or two
     * words before it become one option with the adjective in front, next to the literal reading.
     */
    private void addCountryAdjectives(List<String> tokens, List<String> lower, boolean[] fixed, List<FixedSpan> spans,
            List<Decoder.Option> options) {
        double perPhrase = weights.get(Weights.PHRASE);
        double perWord = weights.get(Weights.WORD);
        for (FixedSpan c : spans) {
            if (c.adjective() == null) {
                continue;
            }
            for (FixedSpan h : spans) {
                if (h.end() == c.start() && h.adjective() == null) {
                    String[] words = concat(c.adjective(), h.words());
                    options.add(new Decoder.Option(h.start(), c.end(), lmIds(words), perPhrase + perWord * words.length,
                            new Rendering(words, true)));
                }
            }
            for (int h = Math.max(0, c.start() - 2); h < c.start(); h++) {
                boolean ok = true;
                for (int k = h; k < c.start() && ok; k++) {
                    ok = !fixed[k] && Tokenizer.hasLetter(tokens.get(k)) && !NOT_A_HEAD.contains(lower.get(k))
                            && !looksVerbal(lower.get(k));
                }
                if (!ok) {
                    continue;
                }
                PhraseTable.Option[] opts = table.get(String.join(" ", lower.subList(h, c.start())));
                if (opts == null) {
                    continue;
                }
                for (int k = 0; k < Math.min(3, opts.length); k++) {
                    PhraseTable.Option o = opts[k];
                    String[] words = concat(c.adjective(), o.words());
                    double s = perPhrase + perWord * words.length;
                    for (int f = 0; f < PhraseTable.SCORES; f++) {
                        s += weights.get(Weights.TM0 + f) * o.scores()[f];
                    }
                    options.add(new Decoder.Option(h, c.end(), lmIds(words), s, o.reorder(),
                            new Rendering(words, false, c.adjective().length)));
                }
            }
        }
    }

    /**
     * Indonesian noun phrases are head-first: the modifier follows its head (monyet kecil "small monkey", korban
     * banjir "flood victims", kemiskinan global "global poverty"). For a word after a head of one or two words, its
     * one-word English senses also go in front of the head's translation, as one option carrying both phrases'
     * scores and the {@code nounPhraseSwap} weight; the language model decides between that and the literal order.
     * Function words, verb forms, numbers, fixed spans and names are never swapped.
     */
    private void addModifierSwaps(List<String> tokens, List<String> lower, boolean[] fixed, boolean[] startLike,
            List<Decoder.Option> options) {
        double penalty = weights.get(Weights.NP_SWAP);
        double perPhrase = weights.get(Weights.PHRASE);
        double perWord = weights.get(Weights.WORD);
        int n = tokens.size();
        for (int c = 1; c < n; c++) {
            if (!swappable(tokens, lower, fixed, startLike, c) || placeNameWord(tokens, lower, c) != null) {
                continue;
            }
            PhraseTable.Option[] mods = table.get(lower.get(c));
            if (mods == null) {
                continue;
            }
            for (int h = Math.max(0, c - 2); h < c; h++) {
                boolean ok = true;
                for (int k = h; k < c && ok; k++) {
                    // A name (Putin in a title-case headline) is neither head nor modifier.
                    ok = swappable(tokens, lower, fixed, startLike, k) && placeNameWord(tokens, lower, k) == null;
                }
                PhraseTable.Option[] heads = ok ? table.get(String.join(" ", lower.subList(h, c))) : null;
                if (heads == null) {
                    continue;
                }
                int modCount = 0;
                for (int m = 0; m < mods.length && modCount < 2; m++) {
                    PhraseTable.Option mod = mods[m];
                    if (mod.words().length != 1 || ENGLISH_FUNCTION_WORDS.contains(mod.words()[0])) {
                        continue;
                    }
                    modCount++;
                    for (int k = 0; k < Math.min(3, heads.length); k++) {
                        PhraseTable.Option head = heads[k];
                        if (java.util.Arrays.asList(head.words()).contains(mod.words()[0])) {
                            continue;
                        }
                        String[] words = modifierFirst(mod.words()[0], head.words());
                        double s = perPhrase + perWord * words.length + penalty;
                        for (int f = 0; f < PhraseTable.SCORES; f++) {
                            s += weights.get(Weights.TM0 + f) * (head.scores()[f] + mod.scores()[f]);
                        }
                        options.add(new Decoder.Option(h, c + 1, lmIds(words), s, head.reorder(), new Rendering(words, false)));
                    }
                }
            }
        }
    }

    /**
     * An office named by its field (Dinas Kesehatan, Suku Dinas Pekerjaan Umum) also gets an option with the field's
     * English first (Health Department, Public Works Sub-Department), priced like a modifier swap; the literal
     * reading stays. The field is one to three capitalized words the phrase table knows as a whole.
     */
    private void addInstitutionNames(List<String> tokens, List<String> lower, boolean[] fixed, List<Decoder.Option> options) {
        double perPhrase = weights.get(Weights.PHRASE);
        double perWord = weights.get(Weights.WORD);
        double penalty = weights.get(Weights.NP_SWAP);
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int typeLength = 0;
            String[] type = null;
            for (int len = 2; len >= 1 && type == null; len--) {
                if (i + len <= n && Tokenizer.isCapitalized(tokens.get(i))) {
                    type = INSTITUTION_TYPES.get(String.join(" ", lower.subList(i, i + len)));
                    typeLength = len;
                }
            }
            if (type == null) {
                continue;
            }
            int fieldStart = i + typeLength;
            for (int end = fieldStart + 1; end <= Math.min(n, fieldStart + 3); end++) {
                int last = end - 1;
                if (fixed[last] || !Tokenizer.isCapitalized(tokens.get(last)) || NOT_A_HEAD.contains(lower.get(last))) {
                    break;
                }
                PhraseTable.Option[] fields = table.get(String.join(" ", lower.subList(fieldStart, end)));
                if (fields == null) {
                    continue;
                }
                for (int k = 0; k < Math.min(2, fields.length); k++) {
                    PhraseTable.Option field = fields[k];
                    if (ENGLISH_FUNCTION_WORDS.contains(field.words()[0])) {
                        continue;
                    }
                    String[] words = concat(field.words(), type);
                    double s = perPhrase + perWord * words.length + penalty;
                    for (int f = 0; f < PhraseTable.SCORES; f++) {
                        s += weights.get(Weights.TM0 + f) * field.scores()[f];
                    }
                    options.add(new Decoder.Option(i, end, lmIds(words), s, field.reorder(), new Rendering(words, false)));
                }
            }
        }
    }

    /**
     * Each statistical option for a verb form (meN-, ber-, ter-, di-) that starts with a bare English verb also in the
     * past tense, priced by the {@code pastTense} weight, and after sebelum, setelah or tanpa also as a gerund (before
     * meeting), priced like the literal reading.
     */
    private void addVerbReadings(List<String> lower, List<Decoder.Option> options) {
        double price = weights.get(Weights.PAST_TENSE);
        java.util.function.Predicate<String> known = w -> lm.id(w) != LanguageModel.UNK;
        int count = options.size();
        for (int i = 0; i < count; i++) {
            Decoder.Option o = options.get(i);
            Rendering r = (Rendering) o.payload;
            // A source word written as is (a name such as Dee) is no verb.
            if (r.fixedCase() || r.fixedPrefix() > 0 || r.words().length == 0 || !looksVerbal(lower.get(o.start()))
                    || lower.subList(o.start(), o.end()).contains(r.words()[0])) {
                continue;
            }
            String[] past = VerbReadings.past(r.words(), known);
            if (past != null) {
                options.add(new Decoder.Option(o.start(), o.end(), lmIds(past), o.staticScore() + price, o.reorder(),
                        new Rendering(past, false)));
            }
            String[] gerund = o.start() > 0 && GERUND_AFTER.contains(lower.get(o.start() - 1))
                    ? VerbReadings.gerund(r.words(), known) : null;
            if (gerund != null) {
                options.add(new Decoder.Option(o.start(), o.end(), lmIds(gerund), o.staticScore(), o.reorder(),
                        new Rendering(gerund, false)));
            }
        }
    }

    /** The modifier goes after a leading article or possessive of the head's translation (the big monkey). */
    public static String[] modifierFirst(String modifier, String[] head) {
        int at = head.length > 1 && DETERMINERS.contains(head[0]) ? 1 : 0;
        String[] out = new String[head.length + 1];
        System.arraycopy(head, 0, out, 0, at);
        out[at] = modifier;
        System.arraycopy(head, at, out, at + 1, head.length - at);
        return out;
    }

    private static boolean swappable(List<String> tokens, List<String> lower, boolean[] fixed, boolean[] startLike, int i) {
        String t = tokens.get(i);
        String w = lower.get(i);
        return !fixed[i] && Tokenizer.hasLetter(t) && !Tokenizer.isNumber(t) && !NOT_A_HEAD.contains(w)
                && !NOT_A_MODIFIER.contains(w) && !looksVerbal(w) && !(Tokenizer.isCapitalized(t) && !startLike[i])
                && w.chars().allMatch(Character::isLetter);
    }

    /**
     * A word of a place's name: capitalized, and either unknown to the phrase table, copied by it, or translated as a
     * proper noun (Meksiko -> Mexico); null otherwise.
     */
    private String placeNameWord(List<String> tokens, List<String> lower, int i) {
        String t = tokens.get(i);
        if (!Tokenizer.isCapitalized(t) || PLACE_TYPES.containsKey(t) || DIRECTIONS.containsKey(t)) {
            return null;
        }
        PhraseTable.Option[] o = table.get(lower.get(i));
        if (o == null || (o[0].words().length == 1 && o[0].words()[0].equals(lower.get(i)))) {
            return t;
        }
        String cased = o[0].words().length == 1 ? truecaser.apply(o[0].words()[0]) : "";
        return !cased.isEmpty() && Character.isUpperCase(cased.charAt(0)) ? cased : null;
    }

    /** Verb forms (meN-, ber-, ter-, di-) rarely take a country adjective: menyerang Rusia is "attack Russia". */
    private static boolean looksVerbal(String w) {
        if (w.startsWith("menteri") || w.startsWith("dinas") || w.startsWith("direktur") || w.startsWith("diplomat")) {
            return false;
        }
        return w.length() > 4 && (w.startsWith("me") || w.startsWith("ber") || w.startsWith("ter") || w.startsWith("di"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether every letter is a plain Latin letter: the training English holds stray foreign words (pukul -> "à")
     * that an Indonesian source never needs.
     */
    static boolean englishLetters(String[] words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c) && (c > 'z' || c < 'A')) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean hasProperNoun(PhraseTable.Option[] singles) {
        for (int k = 0; k < Math.min(1, singles.length); k++) {
            String[] w = singles[k].words();
            if (w.length == 1 && Character.isUpperCase(truecaser.apply(w[0]).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private Decoder.Option copy(int i, String surface, double score) {
        String[] words = {surface};
        return new Decoder.Option(i, i + 1, new int[] {lm.id(Tokenizer.lower(surface))}, score, new Rendering(words, true));
    }

    /** The source token a target word copies, when that token carries capitals (Un in Kim Jong Un, KCNA), else null. */
    private static String sourceSpelling(List<String> tokens, List<String> lower, int start, int end, String word) {
        for (int i = start; i < end; i++) {
            if (lower.get(i).equals(word) && !tokens.get(i).equals(word) && (i > 0 || isAcronym(tokens.get(i)))) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static boolean allCapitalized(List<String> tokens, int start, int end) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            String t = tokens.get(i);
            if (Tokenizer.hasLetter(t)) {
                if (!Tokenizer.isCapitalized(t)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private int[] lmIds(String[] words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = lm.id(Tokenizer.lower(words[i]));
        }
        return ids;
    }
}

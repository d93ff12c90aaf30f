package io.warta.text;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words (and a few words every news story has) of the Latin-script languages a newsroom
 * receives, by ISO 639-1 code, for {@link LanguageDetector}. Chosen from general knowledge of each language, not
 * tuned on any evaluation text. The order is the tie-break order: Indonesian first.
 */
final class LatinFunctionWords {

    static final Map<String, Set<String>> BY_LANGUAGE;

    static {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put(LanguageDetector.INDONESIAN, words("yang dan di ke dari ini itu dengan untuk tidak dalam akan pada "
                + "juga ada adalah oleh karena saya kami kita mereka bahwa atau sudah telah bisa dapat lebih harus kata ia "
                + "dia jika namun tetapi serta para sebagai seperti hanya masih belum sangat tersebut setelah saat ketika "
                + "secara antara menjadi hingga sejak tahun orang bagi atas agar pun lagi sedang kepada terhadap"));
        words.put(LanguageDetector.ENGLISH, words("the of and to in is that for it with as was on be by this are at from "
                + "have has had not but or an they which you he she we their his her its were been will would there what "
                + "when who about into than them can said also more after over our most some such these those should could"));
        words.put("jv", words("ing lan sing kang ora iku karo wis uga marang saka dening kanggo nanging menawa yaiku "
                + "punika ingkang kaliyan sampun boten badhe aku kowe dheweke lagi arep"));
        words.put("su", words("nu jeung teu anu kana ku mah oge geus bakal urang sanes pikeun ieu eta tina kalayan "
                + "aya dina ka ti sareng abdi anjeun"));
        words.put("de", words("der die das und ist nicht zu den von mit sich des auf für im dem eine ein als auch es "
                + "werden aus er hat dass sie nach wird bei einer einem eines einen zum zur war wurde wurden sind noch wie "
                + "über vor nur oder aber kann am um man diese dieser dieses sowie seit gegen bereits am sollen soll "
                + "haben hatte ihre ihr sein seine unter wieder wenn weil mehr dann durch"));
        words.put("fr", words("le la les des et est un une du que qui dans pour pas sur au avec ce il sont par plus ne "
                + "se aux elle ont été de en à son sa ses leur leurs nous vous ils elles mais ou où dont cette ces être "
                + "fait était sera selon après avant depuis sans sous entre lors contre très aussi même comme tout tous "
                + "deux ans"));
        words.put("es", words("el los las del y que en un una es por con para no se al lo como más pero sus le ha "
                + "fue este entre de la su sobre también sin hasta desde cuando muy año años ya donde todo esta son está "
                + "han sido según tras dijo era ser hay otro otra esto eso ante ni nos"));
        words.put("pt", words("o os as do da dos das e que em um uma para com não se por mais como ao foi pelo pela "
                + "são está de no na nos nas à seu sua seus suas também já ou quando muito ser após entre disse sobre "
                + "até ele ela foram eram tem têm será pelos pelas num numa aos às isso este esta"));
        words.put("nl", words("de het een en van is dat op te niet zijn voor met die als er maar om aan ook bij door "
                + "wordt heeft naar in zich uit tot was werd worden nog over dan dit deze hij zij ze we wij hun kan na al "
                + "volgens tegen geen meer moet zou zal hebben had"));
        words.put("it", words("il lo gli le di del della e che è per un una non con si da al sono come anche ma nel "
                + "alla dei delle degli nella nelle sul sulla ha hanno stato stata essere questo questa dopo tra fra più "
                + "secondo dal dalla ai agli al all dell nell sull un uno"));
        words.put("tl", words("ang ng mga sa na at ay si ni ito hindi para kay niya siya ako ka namin kami sila nang "
                + "kung pa rin din lamang lang may mayroon noong dahil ayon kanilang kaniyang ngayon isang sinabi upang "
                + "ngunit pero kanila amin atin natin tayo"));
        words.put("vi", words("của và là các có được trong cho những với không người này đã một khi để theo về năm sẽ "
                + "tại từ nhiều đến ra làm nhưng cũng như vào đó sau hơn bị nhà nước ông bà ở thì mà hai ba đang"));
        BY_LANGUAGE = Collections.unmodifiableMap(words);
    }

    private LatinFunctionWords() {
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(new HashSet<>(List.of(spaceSeparated.strip().split(" +"))));
    }
}

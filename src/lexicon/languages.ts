/**
 * Language identification data: the most frequent function words of each language
 * written in the Latin or Cyrillic script (a compact profile, not a full stopword
 * list: long lists blur the vote between close languages), and the Unicode scripts
 * that identify a language on their own. Keys are BCP 47 primary language subtags.
 */

/** Frequent function words per language, space-separated, lower case. */
export const FUNCTION_WORDS: Record<string, string> = {
  en: "the of and to in is that for it was on with as are be by this at from have has had not but or an which they you he she we his her their were been will would there said its who about more can one all also",
  de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man",
  fr: "de la le et les des en un du une est que pour qui dans par sur au pas plus ne il elle avec ce se sont aux son ont cette mais ou été nous vous leur sa ses été aussi comme être tout fait",
  es: "de la que el en y los del se las por un para con una su al lo como más pero sus le ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde desde todo nos durante uno ni contra ese eso",
  it: "di e il la che in un per è non una del con si da le i al della sono gli lo ma più come anche ha nel alla dei delle questo ci o se suo sua ad tra essere stato cui degli hanno",
  pt: "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso ela entre depois sem mesmo aos são",
  nl: "de en van het een in is dat op te zijn met voor niet aan er die ook als maar bij om door wordt over naar uit dan nog kan worden hij ze heeft deze wat geen was werd tot hun wel",
  pl: "i w na z do że się nie to jest o jak a po przez od za dla co ale jego tym tak czy już są go jej przy może tylko być by ich był było lub oraz także tego które który która",
  cs: "a se na v je že to s z do o jako ale by jsou pro k po jeho které který která tak jen už od za byl bylo být také jak nebo ve při má mezi této tento",
  sk: "a sa na v je že to s z do o ako ale by sú pre k po jeho ktoré ktorý ktorá tak len už od za bol bolo byť tiež alebo vo pri má medzi aj",
  sv: "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år ska också efter hade skulle eller",
  da: "og i at det er en til på som de med af for ikke den har et der var men om han vi sig kan fra jeg skal også efter havde blev være eller når hun hvor",
  nb: "og i det er som på en til av at for med ikke den har de et om var vi han men seg kan fra jeg skal også etter hadde ble være eller når hun hvor",
  fi: "ja on ei se että oli hän ovat kun mutta myös tai kuin sen joka jos niin hänen vain ole olla mukaan voi tämä nyt jo sitä siitä vuonna",
  hu: "a az és hogy nem is egy van meg már csak de ez azt volt mint még el kell ki ha vagy lesz után pedig mert sem őket között szerint",
  ro: "de și în a la cu pe nu că din o un care pentru mai este să se au ca fost sunt ce lui prin după dar sau acest această fi iar",
  tr: "ve bir bu da de için ile olarak çok daha gibi olan ama en ne kadar sonra ise her veya değil var göre mi diye şekilde ancak",
  id: "dan yang di ini itu dengan untuk dari dalam tidak ke akan pada juga ada karena oleh bisa atau sudah saat lebih mereka kami kita telah seperti",
  sw: "na ya wa za kwa katika ni kuwa hiyo hii huo ambao ambayo lakini pia kwamba cha vya hadi baada kabla zaidi sana yake wake wao kutoka bila watu mwaka",
  ca: "de la i el que a en les els del per un una amb no es va al és com més però seu seva també són dels aquesta aquest fins molt",
  hr: "i je u da se na za su od s kao što ne o iz to koji koja koje ali bi sa biti će ili nije samo još po",
  sl: "in je v na da se za so z s pa tudi ki kot ne od po iz bi so ali le še bo smo",
  et: "ja on ei et see oli kui ka mis ta nad aga või oma selle seda tema mida kes pärast nii veel",
  lv: "un ir ar par no uz kā ka bet arī to tas vai lai kas pēc viņš tika var bija savu",
  lt: "ir kad yra į su iš o bet tai kaip buvo jo jos už dėl per ar tik taip pat apie",
  vi: "và của là có được trong cho không những các người một với này đã để khi từ cũng như về",
  ru: "и в не на что с по как это он к а из у за но от о то же для так все его было она бы мы их только был еще при был были или",
  uk: "і в на не що з та до у як це за від але про й його її він вона був була було вже так ще які який яка має",
  bg: "и на в да се не за с от че е по са като това които която който но ще от при към са бъде след",
  sr: "и у да је на се за су од са као што не из то који која које али би ће или није само још",
  mk: "и на во да се не за со од што е ќе како тоа кои која кој но по",
};

/**
 * Scripts that name a language by themselves, with the code to report. Han, Kana,
 * Hangul and the Arabic and Cyrillic scripts are handled apart (they need a vote).
 */
export const SCRIPT_LANGUAGES: ReadonlyArray<readonly [script: string, lang: string]> = [
  ["Greek", "el"],
  ["Hebrew", "he"],
  ["Thai", "th"],
  ["Devanagari", "hi"],
  ["Bengali", "bn"],
  ["Tamil", "ta"],
  ["Telugu", "te"],
  ["Kannada", "kn"],
  ["Malayalam", "ml"],
  ["Gujarati", "gu"],
  ["Gurmukhi", "pa"],
  ["Georgian", "ka"],
  ["Armenian", "hy"],
  ["Ethiopic", "am"],
  ["Khmer", "km"],
  ["Lao", "lo"],
  ["Myanmar", "my"],
  ["Sinhala", "si"],
];

/** Letters that only Persian (not Arabic) uses: پ چ ژ گ and Persian yeh/keheh. */
export const PERSIAN_LETTERS = "پچژگیک";
/** Letters that mark Urdu among Arabic-script languages. */
export const URDU_LETTERS = "ٹڈڑںےھ";

/**
 * Letters that one Cyrillic language writes and the other never does: Ukrainian
 * і ї є ґ; Russian ы э ъ ё. Their function words overlap (на, не, за, до, по), and
 * the commonest Ukrainian ones are single letters (і, в, у, з) that the vote skips.
 */
export const UKRAINIAN_LETTERS = "іїєґІЇЄҐ";
export const RUSSIAN_LETTERS = "ыэъёЫЭЪЁ";

/**
 * Letters of Turkish (and Azerbaijani) that other languages written in Latin letters
 * lack: dotless ı, dotted İ, ğ. Turkish joins its suffixes to the word, so a short
 * story has few free function words to vote with ("Merkez Bankası faizi sabit tuttu"),
 * while ı alone is some 5% of its letters.
 */
export const TURKISH_LETTERS = "ıİğĞ";

/**
 * Stopwords per language: the most frequent function words (articles, pronouns,
 * prepositions, conjunctions, auxiliaries), as in jusText's lists but shorter, so
 * that stopword density separates running prose (~0.35-0.5) from menus, teasers and
 * labels (~0-0.2). Used for stopword density and by meta's language vote, so every
 * list has roughly the same length (about 100 words) to keep the vote fair.
 * For Chinese and Japanese (no spaces between words) the entries are single
 * characters, counted per character.
 */
const W = (s: string): readonly string[] => s.trim().split(/\s+/);

export const STOPWORDS: Record<string, readonly string[]> = {
  en: W(`a about after all also an and any are as at be because been before but by can could did do does
    for from had has have he her here him his how i if in into is it its just like many may me more most my
    no not now of on one only or other our out over said she should so some such than that the their them
    then there these they this those through to too under up us very was we were what when where which while
    who will with would you your`),
  de: W(`aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits bin bis
    bisher da dabei damit dann das dass davon dem den denn der des deshalb die dies diese diesem diesen dieser
    doch dort du durch ein eine einem einen einer eines er es etwa für gegen habe haben hat hatte hier ich ihm
    ihn ihr ihre im immer in ist jedoch jetzt kann kein keine können man mehr mich mit muss nach nicht noch nun
    nur ob oder ohne schon sein seine sich sie sind so soll sollen um und uns unter vom von vor war waren was
    weil wenn werden wie wieder wir wird wurde wurden zu zum zur zwar zwischen über`),
  fr: W(`a ai au aussi autre aux avait avec avoir bien c ce cela celle ces cet cette comme d dans de depuis des
    deux donc dont du elle elles en encore est et eux fait faire il ils j je l la le les leur leurs lui m
    mais me même moi mon n ne ni nos notre nous on ont ou où par pas peu peut plus pour qu quand que quel qui
    s sa sans se selon ses si sont son sous sur t ta tout tous toute très tu un une vers vos votre vous y à
    été être`),
  es: W(`a al algo algunos ante antes así aunque cada como con contra cual cuando de del desde donde dos durante
    e el ella ellas ellos en entre era es esa ese eso esta estaba estar este esto estos fue fueron ha había
    hace hasta hay la las le les lo los mas me mi muy más mí ni no nos o otra otro otros para pero poco por
    porque que quien se sea ser si sido sin sobre son su sus también tan tanto te tiene todo todos tu un una
    uno unos y ya él`),
  it: W(`a ad al alla alle anche ancora che chi ci come con cosa così da dal dalla dei del della delle dello
    di dopo e ed era essere fa fatto gli ha hanno i il in io la le lei lo loro lui ma mi molto ne negli nei
    nel nella nelle no noi non nostro o ogni ora per perché più poi prima qual quale quando quello questa
    questi questo se sempre senza si sia siamo sono sta stato su sua sue sui sul sulla suo tra tutti tutto
    un una uno è`),
  pt: W(`a ao aos as até com como da das de dela dele depois do dos e ela ele eles em entre era essa esse esta
    este eu foi for foram há isso isto já lhe mais mas me mesmo meu muito na nas nem no nos não o os ou para
    pela pelas pelo pelos por qual quando que quem se seja sem ser seu seus sobre sua suas são também te tem
    um uma umas uns à às é está estão ter tinha todo todos vai`),
  nl: W(`aan al als bij dan dat de die dit door een en er haar had heb heeft hem het hij hoe hun ik in is je
    kan maar me meer men met mij na naar niet nog nu of om onder ons ook op over te tegen toch tot u uit van
    veel voor want waren was wat we wel werd wie wij wil worden wordt zal ze zich zij zijn zo zou`),
  pl: W(`a aby ale bardzo bo by być był była było były co czy dla do gdy go i ich im jak jako jednak jego jej
    jest jeszcze jeśli już ma mi może na nas nie nich nim o od oraz po pod przez przy się so są ta tak także
    tam te tego tej ten to tu tych tylko w we więc z za ze że żeby`),
  sv: W(`alla att av blev bli de dem den denna deras dess det detta dig din dit du där efter ej eller en er
    ett från för ha hade han hans har henne hennes hon honom hur här i icke in inte jag kan kunde man med mellan
    men mig min mot mycket ni nu när och om oss på sig sin sina sitt skulle som till under upp ut utan vad var
    vara varit vi vid vilka vilken än är över`),
  da: W(`af alle andet at blev bliver da de dem den denne der deres det dette dig din du efter eller en end er
    et for fra ham han hans har havde hende hendes her hun hvad hvis hvor i ikke ind jeg kan kunne man med mig
    min mod meget men når og også om op os på sig sin skal som til ud under var vi vil ville være været`),
  no: W(`alle at av bare ble blir da de deg dem den denne der det dette din du eller en enn er et etter for fra
    han hans har hadde henne hun hva hvis hvor i ikke inn jeg kan kunne man med meg men mot mye må når og også
    om opp oss på seg sin skal som til ut under var ved vi vil være vært`),
  fi: W(`ei eivät että he hän häntä ja jo joka jos kanssa kuin kun me mikä minä mitä mukaan mutta myös niin
    noin nyt ole olen oli olivat olla on ovat se sekä sen siitä sitä tai tämä tässä vaan vain voi`),
  cs: W(`a aby ale ani bez by byl byla bylo být co či do i jak jako je jeho její jejich jen ještě již jsem
    jsou k kde kdy když která které který ku má mezi mi na nad než o od on ona ono po pod podle pro před při
    s se si so tak také tam to tak u v ve však z za ze že`),
  ru: W(`а без бы был была были было быть в вам вас весь во вот все всё вы где да даже для до его ее если есть
    ещё же за здесь и из или им их к как когда ко который ли либо между мне мы на над не него нее нет ни них
    но ну о об однако он она они оно от по под при с со так также такой там те тем то того тоже только том
    ты у уже хотя чем что чтобы эта эти это я`),
  uk: W(`а але б би був була були було бути в вже від він вона вони все для до є же з за і із й їх його її
    к коли котрий на над не ні но під по при про та так також те то тому у це цей ця що щоб як який`),
  tr: W(`acaba ama ancak bana bazı belki ben benim beni bir biri birkaç biz bu buna bunu bunun da daha de defa
    diye en gibi hem hep hepsi her hiç ile ise için kadar ki kim mi mu mı mü ne neden nasıl o olan olarak
    oldu olduğu olmak on ona onu onun sadece siz şey şu ve veya ya yani`),
  hu: W(`a az azt azok be csak de egy egyes el én és ez ezt fel hogy ha hanem így is ki le meg mert mi mint
    mit most nagy nem sem már még után van volt vagy voltak lesz kell`),
  ro: W(`a acest această acesta al ale asta au avea că ce cu de din după el ea este eu fi fost iar în la le lor
    lui mai mult ne nici nu o pe pentru prin sa se si să și sub sunt tot un una unei unui va`),
  id: W(`ada adalah akan atau bahwa banyak belum bisa dalam dan dari dengan di dia ini itu juga karena ke kami
    kita lagi lebih masih mereka oleh pada para saat saya sebagai sudah tak telah tersebut tidak untuk yang`),
  sw: W(`na ya wa za kwa la katika ni kuwa hiyo hii huo hizo hao ambao ambayo ambaye lakini pia au kwamba cha vya kama hadi baada kabla zaidi sana yake wake wao yao wetu sisi mimi yeye wewe kutoka bila tu pamoja huku hapa pale kila ili kwenye ndani nje juu chini siku leo jana`),
  ar: W(`في من على إلى عن أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت يكون قد لا لم لن ما مع عند بعد قبل
    كل بين حتى أو ثم أي هو هي هم نحن أنا منذ خلال حول ضد غير بعض فيه فيها به بها له لها إذا كما أيضا وقال
    قال وفي ومن وأن التى إلا لكن`),
  fa: W(`و در به از که این را با است برای آن یک خود تا کرد شد شده بود های ها می هم نیز اما یا اگر چه بر
    پس هر وی او ما من آنها ایشان کند کنند دارد داشت باید نه بی بین روی زیر پیش همه دیگر چون
    هیچ شود گفت وجود`),
  he: W(`של את על עם זה זו לא כי גם אבל או אם כל הוא היא הם הן אני אנחנו היה היתה היו יש אין מה מי
    כמו לפי אחרי לפני בין אל עד רק עוד כבר כך לו לה להם בו בה שלא אשר ואת`),
  el: W(`ο η το οι τα του της των τον την στο στη στην στον στα στις στους και να σε με για από που είναι
    ήταν θα δεν μη ένα μια ενός μιας αυτό αυτή αυτός αυτά αλλά ή ως όπως όταν πως ότι μετά πριν
    κατά μέχρι χωρίς έχει είχε έχουν`),
  bg: W(`и в на да се не за от с по че е са то как като но или ако който която което които този тази това
    тези той тя те ние аз ще би бил била било били има няма към при след преди между само още също
    вече така там тук когато защото`),
  vi: W(`và của là có được trong cho này những các một người không đã với để khi từ thì sẽ về như nhưng
    cũng đến ra rằng tại theo nên vì đó này nó họ chúng tôi bị do lại còn mà đang nhiều hơn rất`),
  ca: W(`de la el i que a en les els del un una per amb no es és al als com més però o ho li hi ja també
    seu seva seus seves aquest aquesta aquests va van ha han era eren fer ser sobre fins quan on perquè
    entre després abans tot tots`),
  hi: W(`का के की है में और को से यह वह एक पर भी था थी थे हैं कि जो तो ने लिए या इस उस कर किया
    गया गई हो होने होता रहा रही रहे कुछ सब अपने अपनी बहुत साथ बाद तक अब जब नहीं ही`),
  sk: W(`a aby ale ani ako aj alebo bez by bol bola bolo byť čo do ešte i ich je jeho jej k kde keď ktorá
    ktoré ktorý len ma na nad než o od on ona po pod podľa pre pred pri s sa si so sú tak tiež to u v
    vo však z za že`),
  hr: W(`i u je da se na za su od s sa kao iz ili to ne a ali bi bio bila bilo biti koji koja koje kako
    kada jer što još samo te ta taj tu ih im mu joj nije nisu će po pri prema nakon prije između`),
  sl: W(`in je v na da se za so z s pa ki ni bi bil bila bilo biti kot tudi to ta te so že še le ali
    ker kjer ko ga jih jim mu ji po pri od do iz med pred nad pod brez samo lahko`),
  et: W(`ja on ei et see oli kui ka mis ta nad aga ning siis või selle seda oma kes nii veel juba kõik
    pärast enne üle ilma kuid sest mida tema nende olid oleks`),
  lv: W(`un ir ar par no uz kā ka bet tā arī to tas šo šī vai kas lai pie pēc līdz jau vēl tikai ne
    nav bija būs viņš viņa viņi mēs es tu jūs savu savas kad kur kāpēc`),
  lt: W(`ir kad yra į su iš o bet tai jis ji jie mes aš tu jūs buvo bus nuo iki po per prie dėl kaip
    kur kai tik dar jau ar ne nėra apie tačiau taip pat savo šis ši tas ta`),
  sr: W(`и у да је на се за су од с са као из или то не а али би био била било бити који која које
    како када јер што још само те та тај ту их им му јој није нису ће по при према након пре између`),
  mk: W(`и на во да се не за од со што е се тоа тој таа тие како но или ако кој која кое кои овој оваа
    ова овие ќе би бил била било има нема кон при по пред меѓу само уште исто веќе така таму тука`),
  // Single characters: particles and function characters that dominate running text.
  zh: W(`的 了 是 在 和 有 我 他 她 这 也 就 不 人 都 一 个 上 们 到 说 要 会 着 对 中 以 为 与 而 及 其 被 将 从 把 但 还 又 或 很 那 之 等 所 于`),
  ja: W(`の に は を た が で て と し れ さ ある いる も な い か から こと する です ます だ この その また よう として れる られ`),
};

/** Codes the language detector gives for a list kept under another code (Norwegian Bokmål and Nynorsk, Bosnian). */
const STOPWORD_ALIASES: Record<string, string> = { nb: "no", nn: "no", bs: "hr" };

const stopwordSets = new Map<string, ReadonlySet<string>>();

/** Whether a language (or an alias of one) has a stopword list. */
export function hasStopwords(language: string): boolean {
  return Object.hasOwn(STOPWORDS, language) || Object.hasOwn(STOPWORD_ALIASES, language);
}

/**
 * The stopwords of a language that hasStopwords, as a set: made the first time the
 * language is asked for (a one-file run needs one of the 60-odd; making them all cost
 * ~2 ms of its start-up).
 */
export function stopwordSet(language: string): ReadonlySet<string> {
  let set = stopwordSets.get(language);
  if (!set) {
    const words = STOPWORDS[Object.hasOwn(STOPWORD_ALIASES, language) ? STOPWORD_ALIASES[language]! : language];
    if (!words) throw new Error(`no stopwords for ${language}`);
    set = new Set(words);
    stopwordSets.set(language, set);
  }
  return set;
}

/** Languages whose stopwords are single characters (no spaces between words). */
export const CHARACTER_STOPWORD_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja"]);

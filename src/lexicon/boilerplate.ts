/**
 * Boilerplate phrases: whole blocks that are navigation, buttons, badges or prompts
 * rather than story text. Matched case-insensitively against a whole block (after
 * trimming punctuation), so "Share" is dropped but a sentence containing "share" is not.
 */
import { charFlags, PUNCT_SYMBOL, SPACE } from "../unicode/chars.js";

export const BOILERPLATE_BLOCKS: Record<string, readonly string[]> = {
  // "Skip to main content" in other languages: the first line of many dumps.
  skip: [
    "skip to main content", "skip to content", "skip to navigation", "zum inhalt springen", "aller au contenu", "ir al contenido",
    "passer au contenu", "passer au contenu principal", "aller au contenu principal", "aller au menu", "aller à la navigation", "aller à la recherche",
    "saltar al contenido", "saltar al contenido principal", "ir al contenido principal", "saltar a la navegación",
    "zum hauptinhalt springen", "direkt zum inhalt", "zur navigation springen", "zum inhalt", "zur hauptnavigation",
    "vai al contenuto", "vai al contenuto principale", "salta al contenuto", "salta al contenuto principale",
    "pular para o conteúdo", "ir para o conteúdo", "saltar para o conteúdo", "ir para o conteúdo principal",
    "ga naar de inhoud", "direct naar de inhoud", "naar de inhoud", "przejdź do treści", "przejdź do głównej treści",
    "перейти к содержанию", "перейти к основному содержанию", "本文へスキップ", "本文へ移動", "メインコンテンツへスキップ", "メインコンテンツにスキップ", "コンテンツへスキップ", "跳至主要内容", "跳到内容",
    "본문 바로가기", "içeriğe geç", "i̇çeriğe geç", "ana içeriğe atla", "hoppa till innehållet", "gå til indhold", "siirry sisältöön",
    "μετάβαση στο περιεχόμενο", "μετάβαση στο κύριο περιεχόμενο", "παράκαμψη προς το περιεχόμενο", "דלג לתוכן", "דלג לתוכן הראשי",
    "עבור לתוכן", "עבור לתוכן הראשי", "الانتقال إلى المحتوى", "تخطي إلى المحتوى",
    // Ukrainian, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian,
    // Bulgarian, Croatian/Serbian/Bosnian, Slovenian, Lithuanian, Latvian, Estonian,
    // Indonesian/Malay, Vietnamese, Persian, Hindi, Thai, Catalan.
    "перейти до основного вмісту", "перейти до вмісту", "перейти до змісту", "přeskočit na obsah", "přejít na obsah",
    "přejít k obsahu", "preskočiť na obsah", "prejsť na obsah", "hoppa till huvudinnehåll", "hoppa till innehåll",
    "gå til hovedindhold", "spring til indhold", "gå til innhold", "gå til hovedinnhold", "hopp til innhold",
    "siirry pääsisältöön", "hyppää sisältöön", "ugrás a tartalomra", "ugrás a fő tartalomra", "sari la conținut",
    "salt la conținut", "treci la conținut", "към съдържанието", "премини към съдържанието", "prijeđi na sadržaj",
    "preskoči na sadržaj", "idi na sadržaj", "пређи на садржај", "skoči na vsebino", "preskoči na vsebino",
    "pereiti prie turinio", "pāriet uz saturu", "liigu sisu juurde", "mine sisu juurde", "langsung ke konten",
    "lompat ke konten", "langkau ke kandungan", "chuyển đến nội dung", "bỏ qua nội dung", "پرش به محتوا",
    "رفتن به محتوا", "सामग्री पर जाएं", "मुख्य सामग्री पर जाएं", "ข้ามไปยังเนื้อหา", "salta al contingut",
    "vés al contingut", "ir al contenido principal", "hoppa över navigering", "skip navigation", "skip to main navigation",
    "skip to footer", "skip to search", "jump to content", "jump to main content", "go to content", "go to main content",
    // Swahili.
    "ruka hadi maudhui", "ruka hadi kwenye maudhui", "nenda kwenye maudhui", "ruka kwenda kwenye maudhui",
    // Whole forms the prefix rule cannot reach: unspaced Thai, Persian's "محتوای اصلی"
    // (the ezafe form), Chinese (traditional and simplified), Korean, Urdu, Bengali, Tamil.
    "ข้ามไปยังเนื้อหาหลัก", "ข้ามไปที่เนื้อหา", "ข้ามไปที่เนื้อหาหลัก", "ไปยังเนื้อหาหลัก", "پرش به محتوای اصلی",
    "رفتن به محتوای اصلی", "پرش به منو", "跳至主要內容", "跳到主要內容", "跳至主要内容", "跳至内容", "跳到内容",
    "跳過導覽", "본문으로 바로가기", "메뉴 바로가기", "주메뉴 바로가기", "مرکزی مواد پر جائیں", "مواد پر جائیں",
    "মূল বিষয়বস্তুতে যান", "বিষয়বস্তুতে যান", "முதன்மை உள்ளடக்கத்திற்குச் செல்", "உள்ளடக்கத்திற்குச் செல்",
  ],
  en: [
    "share", "share this", "share this article",
    "share on facebook", "share on twitter", "share via email", "share on linkedin", "share on whatsapp",
    "tweet", "email", "print", "menu", "search", "home", "advertisement", "sign in", "log in", "subscribe",
    "close", "more", "read more", "comments", "show comments", "back to top", "accept", "accept all cookies",
    "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "instagram", "youtube", "copy link",
    "next", "previous", "load more", "see more", "show more", "view comments", "leave a comment", "reply",
    "sponsored content", "continue reading", "related", "tags", "topics", "loading", "top", "accept all",
    "reject all", "manage preferences", "manage cookies", "cookie settings", "terms and conditions", "terms of use",
    "terms of service", "privacy policy", "cookie policy", "privacy", "contact us", "about us", "key events",
    "show key events only", "email address", "sign up", "sign in to comment", "live", "more information",
    "listen", "listen to this article", "save", "saved", "follow", "copy", "copied", "gift this article",
    "print recipe", "jump to recipe", "pin recipe", "rate this recipe", "save recipe", "buy now", "shop now", "read the full story", "read full article", "see all", "view all", "show all",
    // Share bars list the services one per line; "X" is Twitter's name since 2023.
    "x", "flipboard", "telegram", "threads", "bluesky", "mastodon", "tumblr", "messenger", "sms", "link copied",
    "copy url", "copy article link", "share article", "share story", "share this story", "share full article",
    "more sharing options", "gift article", "bookmark", "bookmark it", "text size", "font size", "listen to article",
    "increase font size", "decrease font size", "increase text size", "decrease text size",
    "published", "last updated", "image source", "image caption", "media caption", "tags for this article", "topics in this article",
    "article with gallery", "article with video", "article with audio", "suggested topics",
    // Layer names and the generator note of SVG icons exported from Sketch, dumped as text.
    "created with sketch", "combined shape", "fill 1", "fill 2", "path 1", "path 2", "group 2", "group 3", "oval", "rectangle",
    // Ad slot labels ("ADVERTISING", the Teads video player's "inRead invented by Teads").
    "advertising", "ad", "ads", "inread invented by teads", "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "scroll to continue with content", "tap to unmute", "click to unmute", "tap for sound", "view this post on instagram", "advertisement - scroll to continue", "paid content", "partner content",
    // Tables of contents and poll widgets.
    "in this article", "table of contents", "contents", "jump to", "on this page", "in this story",
    "vote", "view results", "see results", "show results", "cast your vote",
  ],
  de: [
    "inhalt", "inhaltsverzeichnis", "in diesem artikel", "abstimmen", "ergebnis anzeigen", "ergebnisse anzeigen",
    "teilen", "drucken", "anzeige", "werbung", "mehr", "weiterlesen", "schließen", "suche",
    "anmelden", "abmelden", "startseite", "nach oben", "kommentare", "kommentieren", "antworten", "zurück", "weiter",
    "mehr anzeigen", "akzeptieren", "alle akzeptieren", "ablehnen", "einstellungen", "mehr erfahren", "artikel teilen", "per e-mail teilen", "impressum", "datenschutz", "kontakt", "newsletter",
    "weitere informationen", "mehr informationen", "buch bestellen", "zum shop", "jetzt kaufen", "ausgabe kaufen", "jetzt abonnieren", "rezept drucken", "alle anzeigen", "artikel merken", "vorlesen", "pingback",
    "link kopieren", "link kopiert", "merken", "artikel anhören", "anhören", "teilen auf facebook", "auf facebook teilen", "per whatsapp teilen",
    "schlagwörter", "schlagwörter zu diesem artikel", "themen zu diesem artikel", "dieses thema im programm",
  ],
  fr: [
    "sommaire", "dans cet article", "voter", "voir les résultats",
    "accepter", "tout accepter", "tout refuser", "paramétrer", "en savoir plus", "mentions légales",
    "partager", "imprimer", "publicité", "lire la suite", "fermer", "rechercher", "se connecter",
    "accueil", "commentaires", "répondre", "suivant", "précédent", "s'abonner", "voir plus",
    "plus d'informations", "acheter", "voir tout", "lire l'article",
    "offrir l'article", "lire plus tard", "copier le lien", "lien copié", "écouter", "écouter cet article", "sauvegarder",
    "partager sur facebook", "partager sur x", "partager sur twitter", "envoyer par e-mail",
  ],
  es: [
    "índice", "en este artículo", "contenido", "votar", "ver resultados",
    "aceptar", "rechazar", "más información", "aviso legal", "política de privacidad",
    "compartir", "imprimir", "publicidad", "leer más", "cerrar", "buscar", "iniciar sesión",
    "inicio", "comentarios", "responder", "siguiente", "anterior", "suscríbete", "ver más",
    "más información", "ver todo", "comprar", "síguenos",
    "copiar enlace", "enlace copiado", "compartir en whatsapp", "compartir en facebook", "compartir en twitter", "compartir en x",
    "compartir en linkedin", "enviar por correo", "guardar", "escuchar", "escuchar noticia",
  ],
  it: ["condividi", "stampa", "pubblicità", "leggi anche", "chiudi", "cerca", "accedi", "commenti", "rispondi"],
  pl: ["udostępnij", "drukuj", "reklama", "czytaj więcej", "zamknij", "szukaj", "zaloguj się", "komentarze", "odpowiedz", "więcej informacji", "zobacz więcej", "czytaj dalej"],
  nl: ["delen", "printen", "advertentie", "lees meer", "sluiten", "zoeken", "inloggen", "reacties", "deel artikel", "naar hoofdinhoud"],
  pt: ["compartilhar", "compartilhe", "imprimir", "publicidade", "leia mais", "fechar", "buscar", "entrar", "comentários", "responder", "siga-nos", "saiba mais", "mais informações", "nos siga no",
    "copiar link", "link copiado", "aumentar fonte", "diminuir fonte", "ouvir o texto", "ouvir", "salvar", "ícone fechar",
    "continua após a publicidade", "continua depois da publicidade", "publicidade continua após o anúncio"],
  ja: [
    "メインコンテンツへスキップ", "シェア", "この記事をシェア", "記事をシェア", "ツイート", "ログイン", "会員登録", "印刷", "広告",
    "続きを読む", "もっと見る", "閉じる", "検索", "ホーム", "トップへ戻る", "ページの先頭へ", "コメント", "ブックマーク", "保存",
    "このページのトップへ", "ページトップへ", "ページの先頭に戻る",
  ],
  zh: [
    "纠错", "跳到主要内容", "分享", "分享到", "分享此文", "打印", "广告", "阅读全文", "查看更多", "更多", "关闭", "搜索", "登录", "注册",
    "首页", "返回顶部", "评论", "收藏", "举报", "分享至", "打印本页", "關閉", "登入", "註冊", "回到頂部", "閱讀全文", "廣告",
    // Share services one per line: Weibo, WeChat, QQ, Qzone, LinkedIn, Douban.
    "新浪微博", "腾讯微博", "微博", "微信", "微信好友", "朋友圈", "微信朋友圈", "qq空间", "qq好友", "领英分享", "豆瓣", "二维码",
    "分享到微信", "分享到微博", "分享到qq空间", "扫一扫",
  ],
  ko: ["공유", "공유하기", "인쇄", "광고", "더보기", "닫기", "검색", "로그인", "회원가입", "댓글", "맨 위로"],
  ru: [
    "поделиться", "распечатать", "реклама", "читать далее", "закрыть", "поиск", "войти", "главная", "наверх", "комментарии", "ответить",
    "подписаться", "добавить в избранное", "в избранное", "скопировать ссылку", "ссылка скопирована", "лента новостей",
  ],
  ar: [
    "تخطى إلى المحتوى", "انتقل إلى المحتوى", "شارك", "مشاركة", "شارك المقال", "طباعة", "إعلان", "اقرأ المزيد", "إغلاق", "بحث",
    "تسجيل الدخول", "الرئيسية", "تعليقات", "التعليقات", "رد", "نسخ الرابط", "تم نسخ الرابط", "حفظ", "اشترك", "المزيد",
    "البث المباشر", "سياسة الخصوصية", "اتصل بنا", "من نحن", "حول",
  ],
  tr: ["paylaş", "yazdır", "reklam", "devamını oku", "kapat", "ara", "giriş yap", "ana sayfa", "yorumlar", "bağlantıyı kopyala"],
  he: ["ראשי", "שתף", "שיתוף", "הדפס", "פרסומת", "קרא עוד", "סגור", "חיפוש", "התחברות", "תגובות", "העתק קישור", "הירשם"],
  el: ["αρχική", "κοινοποίηση", "μοιραστείτε", "εκτύπωση", "διαφήμιση", "διαβάστε περισσότερα", "κλείσιμο", "αναζήτηση", "σύνδεση", "σχόλια", "αντιγραφή συνδέσμου", "εγγραφή"],
  hi: ["शेयर करें", "शेयर", "होम", "विज्ञापन", "और पढ़ें", "टिप्पणियां", "लॉग इन"],
  th: ["แชร์", "หน้าแรก", "โฆษณา", "อ่านต่อ", "ความคิดเห็น", "ค้นหา"],
  vi: ["chia sẻ", "trang chủ", "quảng cáo", "đọc tiếp", "bình luận", "tìm kiếm", "đăng nhập", "in bài"],
  id: ["bagikan", "beranda", "iklan", "baca selengkapnya", "komentar", "cari", "masuk"],
  // Czech, Slovak, Hungarian, Romanian, Swedish, Danish, Norwegian, Finnish, Ukrainian:
  // the share bar, print and ad labels, and the buttons around them.
  cs: ["sdílet", "sdílejte", "tisk", "vytisknout", "reklama", "zavřít", "hledat", "přihlásit se", "diskuse", "komentáře", "zkopírovat odkaz", "odkaz zkopírován", "uložit", "více", "titulní strana"],
  sk: ["zdieľať", "zdieľajte", "tlačiť", "vytlačiť", "reklama", "zavrieť", "hľadať", "prihlásiť sa", "diskusia", "komentáre", "kopírovať odkaz", "uložiť", "viac"],
  hu: ["megosztás", "megosztom", "nyomtatás", "hirdetés", "bezárás", "keresés", "belépés", "bejelentkezés", "hozzászólások", "kommentek", "link másolása", "mentés", "címlap", "tovább"],
  ro: ["distribuie", "partajează", "trimite", "printează", "publicitate", "închide", "caută", "autentificare", "comentarii", "copiază linkul", "salvează", "acasă"],
  sv: ["dela", "dela artikeln", "skriv ut", "annons", "stäng", "sök", "logga in", "kommentarer", "kopiera länk", "spara"],
  da: ["del", "del artiklen", "print", "annonce", "luk", "søg", "log ind", "kommentarer", "kopiér link", "gem"],
  no: ["del", "del artikkelen", "skriv ut", "annonse", "lukk", "søk", "logg inn", "kommentarer", "kopier lenke", "lagre"],
  fi: ["jaa", "jaa artikkeli", "tulosta", "mainos", "sulje", "hae", "kirjaudu", "kirjaudu sisään", "kommentit", "kopioi linkki", "tallenna"],
  uk: ["поділитися", "друк", "реклама", "закрити", "пошук", "увійти", "коментарі", "копіювати посилання", "головна"],
  sw: ["shiriki", "shiriki habari hii", "tafuta", "menyu", "ingia", "jiandikishe", "maoni", "tangazo", "soma zaidi", "nyumbani"],
};

/** Badges printed next to teasers; they become the teaser's label. */
export const BADGES: readonly string[] = [
  "new", "watch live", "live", "updated", "breaking", "exclusive", "video", "opinion", "analysis", "sponsored",
  "neu", "exklusiv", "nouveau", "en direct", "exclusif", "nuevo", "en vivo", "directo", "exclusiva", "premium",
];

/** Headings that introduce a run of teasers for other stories. */
export const SIDEBAR_HEADINGS: Record<string, readonly string[]> = {
  en: [
    "top stories", "related", "related stories", "related articles", "related content", "related posts", "most read",
    "most popular", "most viewed", "trending", "trending now", "local spotlight", "more from", "read next",
    "recommended", "recommended for you", "you may also like", "you might also like", "latest news", "latest",
    "editor's picks", "more stories", "more news", "more on this story", "popular", "read more", "also read",
    "see also", "in case you missed it", "read", "read also", "related reading", "recommended reading", "what to read next", "more in", "top headlines", "latest stories",
    "also in", "also on", "more from", "most shared", "most commented", "related coverage", "recent posts", "popular posts",
    "more news from", "more stories from", "more headlines", "other news",
  ],
  de: [
    "meistgelesen", "meistgelesene artikel", "mehr zum thema", "das könnte sie auch interessieren", "top-themen",
    "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "weitere artikel", "neueste artikel",
    "auch interessant", "lesen sie auch", "empfehlungen", "aktuelle nachrichten", "beliebte artikel", "weitere themen",
    "das könnte dich auch interessieren", "das thema könnte dich auch interessieren", "weitere beiträge", "weitere beiträge zu", "weitere beiträge aus der kolumne", "vorschau auf den nächsten artikel", "auch lesenswert", "passend zum thema", "mehr aus dem ressort", "ebenfalls interessant", "beliebte beiträge", "neueste beiträge",
    "mehr nachrichten", "mehr nachrichten aus", "mehr aus", "weitere nachrichten", "weitere meldungen", "mehr meldungen",
  ],
  fr: ["les plus lus", "à lire aussi", "sur le même sujet", "à la une", "articles similaires", "lire aussi", "à voir aussi", "vous aimerez aussi", "vous pourriez aussi aimer", "à découvrir", "nos derniers articles", "dans la même rubrique", "lire également", "à lire également", "voir aussi", "lire", "à lire"],
  es: ["lo más leído", "noticias relacionadas", "te puede interesar", "más noticias", "artículos relacionados", "lee también", "le puede interesar", "también te puede interesar", "también le puede interesar", "te recomendamos", "más leídas", "lo último", "lea también", "lea más", "lee más", "lea", "lee", "lea además", "ver también", "relacionado", "relacionada", "relacionadas", "quizás te interese", "puede interesarte"],
  it: ["i più letti", "articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "potrebbe interessarti anche", "ultime notizie", "leggi", "leggi pure", "vedi anche"],
  pl: ["najczęściej czytane", "zobacz też", "czytaj także", "polecane", "podobne artykuły", "czytaj też", "zobacz także", "polecamy", "przeczytaj też", "przeczytaj także"],
  nl: ["meest gelezen", "gerelateerde artikelen", "lees ook", "lees meer", "zie ook", "bekijk ook", "meer over dit onderwerp", "ook interessant"],
  pt: ["mais lidas", "leia também", "notícias relacionadas", "veja também", "leia mais", "você pode gostar", "mais notícias", "leia", "saiba mais", "veja", "confira também", "leia ainda"],
  ru: ["читайте также", "похожие новости", "самое читаемое", "новости по теме", "смотрите также", "главное", "популярное"],
  ar: ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "الأكثر قراءة", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "اقرأ المزيد", "الأكثر مشاهدة", "آخر الأخبار"],
  // (toSet adds "İlgili Haberler" and "İLGİLİ HABERLER" as they lower-case.)
  tr: ["ilgili haberler", "en çok okunanlar", "bunlar da ilginizi çekebilir", "son dakika"],
  ko: ["관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "인기 기사", "최신 기사", "추천 기사"],
  hi: ["यह भी पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें:", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई", "ताज़ा खबरें", "ताजा खबरें"],
  th: ["ข่าวที่เกี่ยวข้อง", "ข่าวล่าสุด", "ข่าวยอดนิยม", "อ่านเพิ่มเติม", "บทความที่เกี่ยวข้อง"],
  vi: ["xem thêm", "tin liên quan", "đọc thêm", "tin mới nhất", "xem nhiều nhất", "tin nổi bật", "bài liên quan"],
  id: ["baca juga", "berita terkait", "terpopuler", "berita terkini", "artikel terkait"],
  sw: ["habari zaidi", "habari nyingine", "habari zinazohusiana", "zilizosomwa zaidi", "soma pia", "habari kuu"],
  ja: ["関連記事", "関連ニュース", "アクセスランキング", "ランキング", "人気記事", "おすすめ記事", "最新記事"],
  zh: ["相关新闻", "相关阅读", "热门文章", "推荐阅读", "热点新闻", "相关文章", "最新文章", "热门排行", "热门排行榜", "排行榜", "热门新闻", "猜你喜欢", "延伸阅读", "相關新聞", "熱門新聞", "推薦閱讀", "延伸閱讀", "熱門排行"],
  cs: ["související", "související články", "nejčtenější", "mohlo by vás zajímat", "další články", "přečtěte si také", "čtěte také", "čtěte též"],
  sk: ["súvisiace", "súvisiace články", "najčítanejšie", "mohlo by vás zaujímať", "prečítajte si aj", "čítajte aj"],
  hu: ["kapcsolódó cikkek", "legolvasottabb", "ajánlott cikkek", "további híreink", "ezt is ajánljuk"],
  ro: ["articole similare", "cele mai citite", "citește și", "citeste si", "știri similare"],
  sv: ["relaterat", "relaterade artiklar", "läs också", "läs även", "mest läst", "mest lästa"],
  da: ["læs også", "mest læste", "relaterede artikler", "seneste nyt", "flere nyheder"],
  no: ["les også", "mest lest", "relaterte artikler", "siste saker", "siste nytt", "flere saker", "anbefalte saker"],
  hr: ["pročitajte još", "pročitajte i", "najčitanije", "povezani članci", "vezane vijesti", "izdvojeno"],
  sr: ["pročitajte još", "najčitanije", "povezane vesti", "прочитајте још", "најчитаније", "повезане вести"],
  sl: ["preberite še", "najbolj brano", "sorodne novice", "sorodni članki"],
  lt: ["skaitykite taip pat", "skaitomiausi", "susiję straipsniai"],
  lv: ["lasi arī", "lasītākie", "saistītie raksti"],
  et: ["loe ka", "loetumad", "seotud artiklid"],
  mk: ["прочитајте повеќе", "најчитани", "поврзани вести"],
  bg: ["прочетете още", "още по темата", "най-четени", "свързани новини", "последни новини"],
  ca: ["també et pot interessar", "et pot interessar", "més llegides", "notícies relacionades", "llegeix també"],
  fa: ["مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین", "بیشتر بخوانید", "آخرین اخبار"],
  fi: ["lue myös", "luetuimmat", "aiheeseen liittyvät", "aiheesta muualla"],
  el: ["διαβάστε επίσης", "σχετικά άρθρα", "δημοφιλή", "περισσότερα άρθρα", "δείτε επίσης", "τα πιο δημοφιλή", "ροή ειδήσεων", "τελευταία νέα"],
  he: ["עוד בנושא", "כתבות נוספות", "עוד כתבות", "הנקראות ביותר", "הכי נקראות", "מומלצים", "כתבות קשורות", "חדשות אחרונות"],
  uk: ["читайте також", "схожі новини", "новини за темою", "популярне"],
};

/**
 * First words of a sidebar heading made of one of them and a section's name: "More
 * Opinion", "More Reviews", "Mehr Sport", "Plus de Sport", "Más Deportes" (lower case).
 */
export const SECTION_HEADING_WORDS: readonly string[] = ["more", "mehr", "plus", "más", "altro", "altri", "meer", "więcej", "ещё", "еще", "daha", "több", "další", "mais"];

/**
 * Words that mark a block as a site prompt rather than story when they occur in a
 * short block: cookie banners, newsletter and subscription prompts, copyright and
 * legal footers, comment and share widgets. Matched as whole lowercase words.
 */
export const BOILERPLATE_CUES: Record<string, readonly string[]> = {
  en: [
    "cookie", "cookies", "newsletter", "newsletters", "subscribe", "subscription", "subscribers", "unsubscribe",
    "privacy", "policy", "terms", "copyright", "rights", "reserved", "login", "signup", "sign", "advertisement",
    "advertise", "sponsored", "comments", "comment", "share", "facebook", "twitter", "instagram", "linkedin",
    "whatsapp", "pinterest", "email", "password", "username", "register", "inbox", "javascript", "browser",
    "download", "app", "podcast", "follow", "rss", "consent", "preferences", "personalised", "personalized",
    "partners", "settings",
  ],
  de: [
    "cookie", "cookies", "newsletter", "abonnieren", "abonnement", "abo", "datenschutz", "datenschutzerklärung",
    "impressum", "nutzungsbedingungen", "agb", "rechte", "vorbehalten", "anmelden", "registrieren", "anzeige",
    "werbung", "kommentare", "kommentar", "teilen", "passwort", "einwilligung", "zustimmen", "verwenden", "nutzererlebnis", "partner",
    "postfach",
  ],
  fr: ["cookies", "newsletter", "abonnez", "abonnement", "confidentialité", "droits", "réservés", "connexion", "inscrivez", "publicité", "commentaires", "partager"],
  es: ["cookies", "utilizamos", "navegando", "boletín", "suscríbete", "suscripción", "privacidad", "derechos", "reservados", "registrarse", "publicidad", "comentarios", "compartir"],
  it: ["cookie", "newsletter", "iscriviti", "abbonati", "privacy", "diritti", "riservati", "pubblicità", "commenti", "condividi"],
  pl: ["cookies", "newsletter", "subskrybuj", "prywatności", "prawa", "zastrzeżone", "reklama", "komentarze", "udostępnij"],
  nl: ["cookies", "nieuwsbrief", "abonneer", "privacy", "rechten", "voorbehouden", "advertentie", "reacties", "delen"],
};

/** A character phraseKey trims from the ends: white space, punctuation or a symbol ([\s\p{P}\p{S}]). */
function isEdge(cp: number): boolean {
  return (charFlags(cp) & (SPACE | PUNCT_SYMBOL)) !== 0;
}

/**
 * Normalise a block for phrase lookup: lowercase, trim surrounding punctuation and space.
 * Both ends are trimmed by walking code points with the class table (../unicode/chars.ts):
 * the regex `[\s\p{P}\p{S}]+$` retries from every position of a long run that does not
 * reach the end ("A - - - ... - x") and is quadratic.
 */
export function phraseKey(text: string): string {
  const s = text.toLowerCase();
  let start = 0;
  while (start < s.length) {
    const cp = s.codePointAt(start)!;
    if (!isEdge(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = s.length;
  while (end > start) {
    // The last code point before end: a surrogate pair counts as one.
    let at = end - 1;
    const c = s.charCodeAt(at);
    if (c >= 0xdc00 && c <= 0xdfff && at > start) {
      const h = s.charCodeAt(at - 1);
      if (h >= 0xd800 && h <= 0xdbff) at--;
    }
    if (!isEdge(s.codePointAt(at)!)) break;
    end = at;
  }
  return s.slice(start, end);
}

/**
 * The first character of phraseKey(text) (lower-cased; "" when the key is empty),
 * found without lower-casing the whole text: enough to rule out that a long block's
 * key is, or begins, a given key. (The edge classes are the same for a character and
 * its lower case, and a key's first character is never a final sigma.)
 */
export function phraseKeyStart(text: string): string {
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (!isEdge(cp)) return String.fromCodePoint(cp).toLowerCase();
    i += cp > 0xffff ? 2 : 1;
  }
  return "";
}

/**
 * Each phrase, and the same with a typographic apostrophe ("lire l'article", "lire
 * l’article"); a Turkish one also as a capital İ lower-cases (to i and a combining dot
 * above): at the start of its words ("İlgili Haberler") and everywhere ("İLGİLİ HABERLER").
 */
function toSet(lists: Record<string, readonly string[]>): Set<string> {
  const set = new Set<string>();
  for (const [lang, phrases] of Object.entries(lists)) {
    for (const p of phrases) {
      set.add(p);
      if (p.includes("'")) set.add(p.replaceAll("'", "\u2019"));
      if (lang === "tr" && p.includes("i")) {
        set.add(p.replace(/(^|\s)i/gu, "$1i\u0307"));
        set.add(p.replaceAll("i", "i\u0307"));
      }
    }
  }
  return set;
}

/**
 * Links after a cut-off teaser excerpt ("… Read more", "… Weiterlesen"): the excerpt
 * is another story's summary.
 */
export const READ_MORE_LINKS: readonly string[] = [
  "read more", "continue reading", "read full story", "read the full story", "more", "weiterlesen", "mehr lesen", "mehr",
  "lire la suite", "lire plus", "leer más", "seguir leyendo", "leia mais", "continue lendo", "continua a leggere", "leggi tutto",
  "lees meer", "lees verder", "czytaj dalej", "czytaj więcej", "читать далее", "подробнее", "devamını oku", "devamı",
  "続きを読む", "阅读全文", "더보기", "và xem thêm", "xem thêm", "baca selengkapnya", "اقرأ المزيد", "आगे पढ़ें",
  "les mer", "læs mere", "läs mer", "lue lisää", "číst dál", "čítať ďalej", "olvass tovább", "tovább", "citește mai mult",
  "διαβάστε περισσότερα", "קרא עוד", "ادامه مطلب", "llegeix més", "pročitaj više", "preberi več", "skaityti daugiau",
  "lasīt vairāk", "loe edasi", "читати далі", "прочети още", "детальніше",
];

/** READ_MORE_LINKS as phrase keys. */
export const READ_MORE_SET: ReadonlySet<string> = new Set(READ_MORE_LINKS.map((p) => phraseKey(p)));

/**
 * Labels of an embedded video or gallery promo inside the story, before its title:
 * "Video Now: Drone footage shows …", "WATCH: …", "VIDÉO - …", "Смотрите: …".
 */
export const MEDIA_TEASER_LABELS: readonly string[] = [
  "video", "video now", "watch", "watch now", "watch live", "watch video", "watch the video", "more video", "photos", "photo gallery", "gallery", "listen",
  "vidéo", "en vidéo", "à voir", "vídeo", "en vídeo", "assista", "veja o vídeo", "guarda", "guarda il video", "bilder", "fotostrecke",
  "видео", "смотрите", "смотрите видео", "فيديو", "视频", "動画",
];
export const MEDIA_TEASER_LABEL_SET: ReadonlySet<string> = new Set(MEDIA_TEASER_LABELS);

/**
 * "Page" and the word between the page and the count ("Page 1 of 3", "Seite 2 von 4",
 * "Página 1 de 3", "Strona 1 z 3"), lower case: the counter of an article split over pages.
 */
export const PAGE_WORDS: readonly string[] = [
  "page", "seite", "página", "pagina", "pagină", "strona", "страница", "сторінка", "sayfa", "halaman", "oldal", "strana",
  "stránka", "σελίδα", "sida", "side", "sivu", "trang", "pag.", "s.",
];
export const PAGE_OF_WORDS: readonly string[] = ["of", "von", "de", "sur", "di", "z", "ze", "из", "з", "van", "af", "av", "/", "dari", "από", "din"];

/**
 * Labels of the line of tags or topics under a story ("Tags: python, docker",
 * "Schlagwörter: MDR", "Etiketler: faiz, enflasyon", "Tagi: …"), lower case.
 */
export const TAG_LINE_LABELS: readonly string[] = [
  "tags", "tag", "tagged", "tagged with", "topics", "keywords", "related topics", "filed under",
  "themen", "schlagwörter", "schlagworte", "stichwörter", "stichworte", "mots-clés", "mots clés", "étiquettes", "thèmes",
  "etiquetas", "palabras clave", "temas", "tópicos", "assuntos", "parole chiave", "argomenti", "trefwoorden", "onderwerpen",
  "tagi", "tematy", "słowa kluczowe", "теги", "метки", "ключевые слова", "теми", "etiketler", "anahtar kelimeler",
  "štítky", "témata", "klíčová slova", "címkék", "kulcsszavak", "etichete", "cuvinte cheie", "ετικέτες", "λέξεις κλειδιά",
  "תגיות", "kata kunci", "label", "từ khóa", "thẻ", "taggar", "nøgleord", "emneord", "avainsanat", "タグ", "标签", "標籤", "태그",
];

/** Words that join the last item of a list in a sentence or subhead ("Fire, floods and fear"): a line of category tags has none. */
export const LIST_JOINERS: readonly string[] = ["and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "en", "of", "и"];

export const BOILERPLATE_SET: ReadonlySet<string> = toSet(BOILERPLATE_BLOCKS);
/** "Skip to main content" in any language. */
export const SKIP_LINK_SET: ReadonlySet<string> = new Set(BOILERPLATE_BLOCKS.skip);
/**
 * The skip links of three words or more, which a longer skip link can begin with
 * ("pular para o conteúdo" in "pular para o conteúdo principal"). Shorter ones begin
 * ordinary lines too: "Zum Inhalt des Vertrags" is a German subhead.
 */
const SKIP_LINK_PREFIXES: ReadonlySet<string> = new Set([...SKIP_LINK_SET].filter((p) => p.split(" ").length >= 3));
/** Their first words ("skip", "pular", "перейти"). */
const SKIP_LINK_FIRST_WORDS: ReadonlySet<string> = new Set([...SKIP_LINK_PREFIXES].map((p) => p.split(" ")[0]!));
/** Most words of a skip link that begins with a listed one. */
const MAX_SKIP_LINK_WORDS = 6;

/**
 * A phrase key that is a skip link: a listed one, or a short line that begins with
 * a listed one of three words or more ("pular para o conteúdo principal", "skip to
 * main content and accessibility"): sites word their skip links in more ways than
 * any list holds.
 */
export function isSkipLink(key: string): boolean {
  return SKIP_LINK_SET.has(key) || beginsWithSkipLink(key);
}

/** Longest key beginsWithSkipLink looks at (six words). */
const MAX_SKIP_LINK_CHARS = 100;

/** A key of at most six words that begins with a listed skip link of three words or more (see isSkipLink). */
export function beginsWithSkipLink(key: string): boolean {
  if (key.length > MAX_SKIP_LINK_CHARS) return false;
  const first = key.indexOf(" ");
  if (first < 0 || !SKIP_LINK_FIRST_WORDS.has(key.slice(0, first))) return false;
  let words = 1;
  for (let at = first; at >= 0; at = key.indexOf(" ", at + 1)) words++;
  if (words > MAX_SKIP_LINK_WORDS) return false;
  for (let at = key.indexOf(" ", first + 1); at >= 0; at = key.indexOf(" ", at + 1)) if (SKIP_LINK_PREFIXES.has(key.slice(0, at))) return true;
  return false;
}

/** A phrase key that is a button, menu entry or prompt (BOILERPLATE_SET), or a skip link. */
export function isBoilerplateKey(key: string): boolean {
  // (BOILERPLATE_SET holds the listed skip links.)
  return BOILERPLATE_SET.has(key) || beginsWithSkipLink(key);
}
export const BADGE_SET: ReadonlySet<string> = new Set(BADGES);
export const SIDEBAR_HEADING_SET: ReadonlySet<string> = toSet(SIDEBAR_HEADINGS);
export const BOILERPLATE_CUE_SET: ReadonlySet<string> = toSet(BOILERPLATE_CUES);

/**
 * Headings that open a comment section ("13 Comments", "Leave a Reply",
 * "3 thoughts on “Title”"). Digits are matched as "#". Whole keys, or the
 * beginning of a key for the prefixes in COMMENT_HEADING_PREFIXES.
 */
export const COMMENT_HEADINGS: Record<string, readonly string[]> = {
  en: [
    "comments", "# comments", "# comment", "there are # comments", "there is # comment", "# responses",
    "# response", "# replies", "leave a reply", "leave a comment", "leave a response", "post a comment", "add a comment",
    "add your comment", "join the conversation", "join the discussion", "reader comments", "show comments",
    "view comments", "comments are closed", "discussion", "# thoughts", "write a comment", "what do you think",
  ],
  de: ["kommentare", "# kommentare", "# kommentar", "kommentar schreiben", "kommentar verfassen", "diskussion", "leserkommentare", "schreibe einen kommentar"],
  fr: ["commentaires", "# commentaires", "# commentaire", "laisser un commentaire", "ajouter un commentaire", "réagir", "réactions", "# réactions"],
  es: ["comentarios", "# comentarios", "# comentario", "deja un comentario", "dejar un comentario", "deja una respuesta", "añadir comentario"],
  it: ["commenti", "# commenti", "# commento", "lascia un commento"],
  pt: ["comentários", "# comentários", "deixe um comentário", "deixe uma resposta"],
  nl: ["reacties", "# reacties", "reageer", "laat een reactie achter"],
  pl: ["komentarze", "# komentarze", "# komentarzy", "dodaj komentarz"],
  ru: ["комментарии", "# комментариев", "# комментария", "оставить комментарий"],
  zh: ["留言列表", "發表留言", "发表留言", "发表评论", "發表評論", "网友评论", "網友評論", "全部评论", "最新评论", "热门评论", "评论列表", "# 条评论", "#条评论", "# 則留言"],
  ja: ["コメント一覧", "コメントする", "コメントを書く", "コメントを投稿", "# 件のコメント", "#件のコメント"],
  ko: ["댓글 쓰기", "댓글쓰기", "댓글 목록", "댓글 #개", "전체 댓글"],
};

/** Comment-section heading beginnings ("3 thoughts on “…”", "12 responses to “…”", "2 Comments on …"). */
export const COMMENT_HEADING_PREFIXES: readonly string[] = [
  "# thoughts on ", "# responses to ", "# replies to ", "# comments on ", "# comments to ", "one thought on ", "one response to ",
  "# kommentare zu ", "# commentaires sur ", "# comentarios en ", "# commenti su ", "# antworten zu ", "# antworten auf ",
  "# réponses à ", "# respuestas a ", "# risposte a ", "# reacties op ",
];

export const COMMENT_HEADING_SET: ReadonlySet<string> = toSet(COMMENT_HEADINGS);

/** Words of a cookie-consent prompt ("We use cookies … Accept all"), any language, lower case. */
export const CONSENT_WORDS: ReadonlySet<string> = new Set([
  "cookie", "cookies", "consent", "accept", "akzeptieren", "zustimmen", "einwilligung", "accepter", "consentement", "aceptar",
  "consentimiento", "aceitar", "accettare", "accetta", "consenso", "accepteren", "toestemming", "akceptuję", "zaakceptuj", "принять", "согласие",
]);

/**
 * Byline and dateline data: the words that introduce an author, the words that join
 * several authors, news agencies, job titles printed next to names, name particles,
 * and all-caps kickers that look like a dateline place but are not one.
 */

/** Words that introduce the author ("By", "Von", "Par", ...), matched case-insensitively, longest first. */
export const BYLINE_PREFIXES: readonly string[] = [
  "written by", "words by", "story by", "text by", "posted by", "reported by",
  // A kind of piece, then its author: "Analysis by Jane Doe, CNN", "Opinion by …",
  // "Match commentary by …" (live sports pages), "Review by …".
  "analysis by", "opinion by", "commentary by", "live commentary by", "match commentary by", "match report by", "review by", "interview by", "publié par", "geschrieben von", "escrito por", "scritto da",
  "by", "von", "par", "por", "di", "door", "av", "af", "przez", "autor", "autorin", "autora", "auteur", "auteure", "author", "autore", "text", "texte", "tekst", "texto", "testo",
  "автор", "авторы", "автор текста", "текст", "autorka", "yazar", "skrevet af", "skrevet av", "skrivet av", "kirjoittanut",
  "γράφει ο", "γράφει η", "γράφει", "מאת", "بقلم", "كتب", "كتبت", "إعداد",
  "szerző", "írta", "teksti", "kirjoittaja", "tác giả", "penulis", "napisał", "napisała", "autorzy", "autori",
  "per", "نویسنده", "گزارش", "oleh",
  // The reporter named as such: "Reporter: Dimas Pratama", "Wartawan: …" (Indonesian
  // papers print "Reporter:" and "Editor:" lines under the headline), "Muhabir: …" (Turkish).
  "reporter", "wartawan", "jurnalis", "muhabir",
];

/**
 * Byline prefixes that are common words of other languages, looked for only in text of
 * their language: Swahili "Na Amina Juma" ("na" is "on" in Polish and Czech: "Na Dolnym
 * Śląsku" is a subhead).
 */
export const LANGUAGE_BYLINE_PREFIXES: Record<string, readonly string[]> = {
  sw: ["na"],
};

/** Words that join authors: "Jane Doe and John Roe", "Hans Müller und Eva Schmidt", "avec". */
export const BYLINE_JOINERS: readonly string[] = [
  "and", "und", "et", "y", "e", "en", "og", "och", "ja", "és", "i", "oraz", "with", "mit", "avec", "con", "com", "met", "med", "z", "&",
];

/** Markers after which a byline lists other roles, not authors ("Edited by", "Photos by"). */
export const BYLINE_ROLE_MARKERS: readonly string[] = [
  "edited by", "editing by", "photos by", "photo by", "photography by", "illustrations by", "illustration by", "video by", "graphics by",
  "additional reporting by", "fotos von", "foto:", "photo :", "photos :", "bearbeitet von",
];

/** News agencies and outlets credited next to (or instead of) author names. */
export const AGENCIES: readonly string[] = [
  "reuters", "thomson reuters", "ap", "the associated press", "associated press", "afp", "agence france-presse", "agence france presse",
  "dpa", "deutsche presse-agentur", "apa", "sda", "kna", "epd", "efe", "europa press", "ansa", "adnkronos", "anp", "belga", "pap",
  "ctk", "čtk", "tass", "ria novosti", "interfax", "xinhua", "kyodo", "yonhap", "bloomberg", "upi", "pa", "pa media", "press association",
  "cnn", "bbc", "bbc news", "nbc news", "abc news", "cbs news", "npr", "staff", "staff and agencies", "agencies", "wire services", "newsroom",
  "redaktion", "la rédaction", "redacción", "redazione", "redactie", "redakcja",
  "риа новости", "тасс", "интерфакс", "прайм", "рбк", "укринформ", "укрінформ", "уніан", "белта", "казинформ",
];

/** AGENCIES for lookup (lower case). */
export const AGENCY_SET: ReadonlySet<string> = new Set(AGENCIES);

/** Job titles printed after a name ("Jane Doe, Staff Writer"), lower case. */
export const ROLES: readonly string[] = [
  "staff writer", "staff reporter", "writer", "reporter", "correspondent", "senior correspondent", "chief correspondent", "foreign correspondent",
  "political correspondent", "editor", "senior editor", "deputy editor", "associate editor", "contributing editor", "managing editor", "columnist",
  "contributor", "special correspondent", "senior writer", "senior reporter", "health reporter", "science writer", "technology reporter",
  "business reporter", "political reporter", "freelance writer", "guest writer", "guest author", "for the times", "for the post",
  "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "journaliste", "correspondant", "correspondante",
  "envoyé spécial", "envoyée spéciale", "periodista", "corresponsal", "redactor", "redactora", "inviato", "inviata", "corrispondente", "giornalista",
  "verslaggever", "redacteur", "dziennikarz", "dziennikarka", "korespondent",
  // Broadcast newsrooms and desks: "Chief Meteorologist", "Evening Anchor", "Sports Producer".
  "meteorologist", "chief meteorologist", "anchor", "news anchor", "producer", "photographer", "photojournalist",
  "videographer", "news editor", "web editor", "digital producer",
  // Degrees printed after names: "Jane Doe, MD".
  "ma", "md", "phd", "ph.d.", "mph", "rn", "mba", "msc", "bsc", "dr.",
];

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Jan de Jong". */
export const NAME_PARTICLES: readonly string[] = [
  "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le", "ter", "ten", "zu", "af", "bin", "ibn", "al", "el", "y", "st.",
];

/** All-caps words that open a paragraph like a dateline place but are kickers or labels. */
export const NOT_DATELINE_PLACES: readonly string[] = [
  "update", "updated", "breaking", "breaking news", "exclusive", "watch", "watch live", "live", "video", "photos", "opinion", "analysis",
  "editor's note", "editors note", "note", "correction", "fact check", "review", "interview", "comment", "advertisement", "sponsored",
  "eilmeldung", "exklusiv", "kommentar", "dernière minute", "exclusif", "última hora", "exclusiva", "ultim'ora", "esclusivo", "faq", "q&a",
  "tl;dr", "ps", "nb", "ok", "usa", "us", "uk", "eu", "un",
  // Sentence openers that a mixed-case "Place - Sentence" dateline must not be.
  "meanwhile", "however", "also", "today", "yesterday", "tonight", "now", "here", "so", "but", "and", "first", "finally", "plus", "again",
  "overall", "indeed", "still", "yes", "no", "heute", "gestern", "aber", "und", "auch", "inzwischen", "hier",
];

/** Titles written after a name in Korean and Japanese bylines: "김민수 기자", "山田太郎記者". */
export const BYLINE_SUFFIXES: readonly string[] = ["기자", "특파원", "선임기자", "객원기자", "記者", "特派員", "編集委員", "論説委員"];

/**
 * Words of navigation links that a bare name line never has: "Newer Article",
 * "Older Posts", "Next Story", "Related Stories" sit where a bare byline would.
 */
export const NON_NAME_WORDS: readonly string[] = [
  "newer", "older", "next", "previous", "prev", "article", "articles", "posts", "stories", "home", "menu", "read", "latest",
  "related", "share", "comments", "search", "subscribe", "contact", "privacy", "terms", "topics", "sections",
];

/**
 * A newsroom credited alone on the byline's line ("Redacción", "Redaktion",
 * "Staff Reports", "Agencias"): a byline without a person's name. Lower case.
 */
export const NEWSROOM_BYLINES: readonly string[] = [
  "redacción", "redaccion", "la redacción", "redacción / agencias", "redaktion", "la rédaction", "rédaction", "redazione", "la redazione",
  "redactie", "redakcja", "redação", "da redação", "redacția", "редакция", "staff", "staff reports", "staff report", "newsroom", "news desk",
  "web desk", "digital desk", "online desk", "agencias", "agencies", "staff and agencies", "wire services",
];

/**
 * Endings of a Japanese, Chinese or Korean outlet's name ("地域ニュース", "朝日新聞",
 * "共同通信", "新华日报", "연합뉴스", "KBS 방송"): the provider credited under the date.
 */
export const CJK_OUTLET_ENDINGS: readonly string[] = [
  "ニュース", "新聞", "通信", "テレビ", "放送", "新闻", "日报", "日報", "晚报", "電視台", "电视台", "뉴스", "일보", "신문", "방송", "통신",
];

/**
 * Data for the title picker: the separators sites put between a headline and the
 * site or section name in the HTML <title> ("Headline | Site", "Headline - Site",
 * "Headline — Section — Site", "Headline · Blog", "Site » Headline").
 */

/** Separators that join headline and site parts; they must stand between spaces. */
export const TITLE_SEPARATORS: readonly string[] = ["|", "||", "-", "--", "–", "—", "·", "•", "»", "«", "/", "\\", "~", ">", "✩", "★", "☆", "◆", "►", "▶"];

/** Words that mark a part of a title line as a site name rather than a headline. */
export const SITE_WORDS: readonly string[] = [
  "news", "times", "post", "journal", "magazine", "daily", "blog", "tribune", "herald", "gazette", "online", "tv",
  "radio", "network", "press", "media", "wiki", "wikipedia", "zeitung", "nachrichten", "presse", "journal", "noticias",
  "diario", "giornale", "notizie", "nieuws", "wiadomości",
  // Newspaper names: "The Valley Courier", "Harbour Chronicle", "Metro Ledger".
  "courier", "chronicle", "ledger", "observer", "telegraph", "examiner", "sentinel", "inquirer", "enquirer",
  "gazzetta", "corriere", "tagblatt", "anzeiger", "kurier", "rundschau", "abendblatt", "quotidien", "periódico",
  "periodico", "jornal", "folha", "correio", "dagblad", "tidning", "sanomat", "gazeta", "dziennik", "noviny",
  "газета", "новости",
];

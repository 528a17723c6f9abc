/**
 * Boilerplate phrases: whole blocks that are navigation, buttons, badges or prompts
 * rather than story text. Matched case-insensitively against a whole block (after
 * trimming punctuation), so "Share" is dropped but a sentence containing "share" is not.
 */
export const BOILERPLATE_BLOCKS: Record<string, readonly string[]> = {
  en: [
    "skip to main content", "skip to content", "skip to navigation", "share", "share this", "share this article",
    "tweet", "email", "print", "menu", "search", "home", "advertisement", "sign in", "log in", "subscribe",
    "close", "more", "read more", "comments", "show comments", "back to top", "accept", "accept all cookies",
  ],
  de: ["zum inhalt springen", "teilen", "drucken", "anzeige", "werbung", "mehr", "weiterlesen", "schließen", "suche", "anmelden"],
  fr: ["aller au contenu", "partager", "imprimer", "publicité", "lire la suite", "fermer", "rechercher", "se connecter"],
  es: ["ir al contenido", "compartir", "imprimir", "publicidad", "leer más", "cerrar", "buscar", "iniciar sesión"],
};

/** Badges printed next to teasers; they become the teaser's label. */
export const BADGES: readonly string[] = ["new", "watch live", "live", "updated", "breaking", "exclusive", "video", "opinion", "analysis", "sponsored"];

/** Headings that introduce a run of teasers for other stories. */
export const SIDEBAR_HEADINGS: Record<string, readonly string[]> = {
  en: ["top stories", "related", "related stories", "related articles", "most read", "most popular", "trending", "local spotlight", "more from", "read next", "recommended", "you may also like", "latest news", "editor's picks"],
  de: ["meistgelesen", "mehr zum thema", "das könnte sie auch interessieren", "top-themen"],
  fr: ["les plus lus", "à lire aussi", "sur le même sujet", "à la une"],
  es: ["lo más leído", "noticias relacionadas", "te puede interesar", "más noticias"],
};

const LEADING_EDGE_RE = /^[\s\p{P}\p{S}]+/u;
const EDGE_CHAR_RE = /^[\s\p{P}\p{S}]$/u;

/**
 * Normalise a block for phrase lookup: lowercase, trim surrounding punctuation and space.
 * The trailing trim is a loop: the regex `[\s\p{P}\p{S}]+$` retries from every position
 * of a long run that does not reach the end ("A - - - ... - x") and is quadratic.
 */
export function phraseKey(text: string): string {
  const s = text.toLowerCase().replace(LEADING_EDGE_RE, "");
  let end = s.length;
  while (end > 0) {
    let start = end - 1;
    const c = s.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff && start > 0) {
      const h = s.charCodeAt(start - 1);
      if (h >= 0xd800 && h <= 0xdbff) start--;
    }
    if (!EDGE_CHAR_RE.test(s.slice(start, end))) break;
    end = start;
  }
  return s.slice(0, end);
}

function toSet(lists: Record<string, readonly string[]>): Set<string> {
  return new Set(Object.values(lists).flat());
}

export const BOILERPLATE_SET: ReadonlySet<string> = toSet(BOILERPLATE_BLOCKS);
export const BADGE_SET: ReadonlySet<string> = new Set(BADGES);
export const SIDEBAR_HEADING_SET: ReadonlySet<string> = toSet(SIDEBAR_HEADINGS);

#!/usr/bin/env node
// Deterministic synthetic corpus of scraped news dumps for the benchmark. Each dump imitates
// the structure of a real page's text: navigation and "Skip to main content" lines, the
// headline, a byline and a date, a dateline paragraph, body paragraphs with a subhead,
// "Related"/"READ MORE" teasers inside the story, a sidebar of teasers with badges,
// cookie and newsletter prompts, and a copyright footer; in English, German, French,
// Spanish and Russian; some dumps damaged (mojibake, HTML entities, invisible characters,
// CRLF, a glyph junk line, windows-1252 bytes). Same seed → same bytes.
//
//   node bench/generate.mjs OUT_DIR [--files N] [--seed S] [--size small|normal]
//
// Files go into sub-folders of 1000 (OUT_DIR/0000/000000.txt ...), as crawls usually store them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rng } from "./rng.mjs";


const LANGS = {
  en: {
    words:
      "the of and to in that said government minister officials on Tuesday week city council would for with new plan about after people report police year which their was were has have been from more than by an as its at water energy prices talks market company court ruling workers health region".split(
        " ",
      ),
    by: "By",
    cities: ["LONDON", "WASHINGTON", "SYDNEY", "TORONTO", "NAIROBI"],
    agency: "(Reuters)",
    nav: ["Skip to main content", "Home", "World", "Business", "Sport", "Menu", "Sign in", "Share", "WATCH LIVE"],
    sidebar: ["Top Stories", "Most read", "Related"],
    teaser: ["Storm closes schools across the region", "Prices rise for a third month", "Court rejects appeal in fraud case", "Team wins final after extra time", "Minister resigns over spending row"],
    cookie: "We use cookies to improve your experience. Accept all cookies",
    news: "Sign up for our newsletter. Get the top stories in your inbox every morning.",
    copy: "© 2024 News Group. All rights reserved.",
    credit: "(Reporting by Jane Doe; Editing by John Roe)",
    read: "READ MORE:",
  },
  de: {
    words: "der die das und zu in dass sagte Regierung Minister am Dienstag Woche Stadt Rat würde für mit neuen Plan über nach Menschen Bericht Polizei Jahr welche ihre war waren hat haben wurde von mehr als durch ein eine Wasser Energie Preise Gespräche Markt Unternehmen Gericht Urteil".split(" "),
    by: "Von",
    cities: ["BERLIN", "MÜNCHEN", "WIEN", "ZÜRICH"],
    agency: "(dpa)",
    nav: ["Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Menü", "Anmelden", "Teilen"],
    sidebar: ["Meistgelesen", "Top-Themen", "Mehr zum Thema"],
    teaser: ["Sturm schließt Schulen in der Region", "Preise steigen den dritten Monat", "Gericht weist Berufung zurück", "Mannschaft gewinnt Finale"],
    cookie: "Wir verwenden Cookies. Alle akzeptieren",
    news: "Jetzt den Newsletter abonnieren und keine Nachricht verpassen.",
    copy: "© 2024 Zeitung GmbH. Alle Rechte vorbehalten.",
    credit: "(Bericht: Anna Beispiel; Redaktion: Max Muster)",
    read: "LESEN SIE AUCH:",
  },
  fr: {
    words: "le la les de et à en que a dit gouvernement ministre mardi semaine ville conseil pour avec nouveau plan sur après personnes rapport police année leur était été plus par un une eau énergie prix négociations marché entreprise tribunal décision travailleurs santé région".split(" "),
    by: "Par",
    cities: ["PARIS", "LYON", "BRUXELLES", "GENÈVE"],
    agency: "(AFP)",
    nav: ["Aller au contenu principal", "Accueil", "Monde", "Économie", "Sport", "Menu", "Se connecter", "Partager"],
    sidebar: ["À la une", "Les plus lus", "Sur le même sujet"],
    teaser: ["La tempête ferme les écoles de la région", "Les prix augmentent pour le troisième mois", "Le tribunal rejette l'appel"],
    cookie: "Nous utilisons des cookies. Tout accepter",
    news: "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.",
    copy: "© 2024 Le Journal. Tous droits réservés.",
    credit: "(Reportage de Jeanne Exemple ; édité par Jean Modèle)",
    read: "LIRE AUSSI :",
  },
  es: {
    words: "el la los las de y a en que dijo gobierno ministro martes semana ciudad consejo para con nuevo plan sobre después personas informe policía año su era fueron ha han sido más por un una agua energía precios negociaciones mercado empresa tribunal fallo trabajadores salud región".split(" "),
    by: "Por",
    cities: ["MADRID", "BARCELONA", "BUENOS AIRES", "MÉXICO"],
    agency: "(EFE)",
    nav: ["Saltar al contenido principal", "Inicio", "Internacional", "Economía", "Deportes", "Menú", "Iniciar sesión", "Compartir"],
    sidebar: ["Lo más leído", "Últimas noticias", "Relacionadas"],
    teaser: ["La tormenta cierra escuelas en la región", "Los precios suben por tercer mes", "El tribunal rechaza la apelación"],
    cookie: "Utilizamos cookies. Aceptar todas",
    news: "Suscríbete a nuestro boletín y recibe las noticias cada mañana.",
    copy: "© 2024 Diario. Todos los derechos reservados.",
    credit: "(Información de Juana Ejemplo; editado por Juan Modelo)",
    read: "LEA TAMBIÉN:",
  },
  ru: {
    words: "в и на что не с по для заявил правительство министр во вторник неделе города совет будет новый план о после люди доклад полиция году которые их был были было от более чем вода энергия цены переговоры рынок компания суд решение работники здоровье регион".split(" "),
    by: "Автор:",
    cities: ["МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КИЕВ"],
    agency: "(Рейтер)",
    nav: ["Перейти к содержанию", "Главная", "В мире", "Экономика", "Спорт", "Меню", "Войти", "Поделиться"],
    sidebar: ["Главное", "Самое читаемое", "По теме"],
    teaser: ["Шторм закрыл школы в регионе", "Цены растут третий месяц", "Суд отклонил апелляцию"],
    cookie: "Мы используем файлы cookie. Принять все",
    news: "Подпишитесь на нашу рассылку, чтобы получать главные новости.",
    copy: "© 2024 Новости. Все права защищены.",
    credit: "(Репортаж Анны Примеровой; редактор Иван Образцов)",
    read: "ЧИТАЙТЕ ТАКЖЕ:",
  },
};
const LANG_KEYS = Object.keys(LANGS);
const NAMES = ["Jane Doe", "John Roe", "Maria Garcia", "Li Wei", "Ahmed Khan", "Olga Ivanova", "Pierre Martin", "Anna Schmidt"];
const BADGES = ["NEW", "WATCH LIVE", "UPDATED", "VIDEO"];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function sentence(r, L, min = 8, max = 22) {
  const n = min + Math.floor(r() * (max - min));
  const w = [];
  for (let i = 0; i < n; i++) w.push(pick(r, L.words));
  if (r() < 0.3) w.splice(Math.floor(r() * n), 0, String(Math.floor(r() * 2000)));
  const s = w.join(" ");
  return s[0].toUpperCase() + s.slice(1) + (r() < 0.1 ? "?" : ".");
}

function paragraph(r, L, sentences) {
  const s = [];
  for (let i = 0; i < sentences; i++) s.push(sentence(r, L));
  if (r() < 0.25) s.push(`"${sentence(r, L, 6, 14)}" ${pick(r, NAMES)} said.`);
  return s.join(" ");
}

/** Re-decode UTF-8 bytes as windows-1252 (approximated by latin-1 plus the cp1252 punctuation row). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function mojibake(text) {
  let out = "";
  for (const b of Buffer.from(text, "utf8")) out += b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
  return out;
}

const DAMAGE = ["none", "none", "none", "mojibake", "entities", "invisible", "crlf", "junk", "cp1252-bytes"];

/** One dump: returns { bytes, lang, damage }. */
export function makeDump(seed, size = "normal") {
  const r = rng(seed * 2654435761 + 17);
  const lang = LANG_KEYS[Math.floor(r() * LANG_KEYS.length)];
  const L = LANGS[lang];
  const paras = size === "small" ? 2 + Math.floor(r() * 3) : 6 + Math.floor(r() * 14);
  const lines = [];
  if (r() < 0.7) lines.push(...L.nav.slice(0, 3 + Math.floor(r() * (L.nav.length - 3))));
  if (r() < 0.3) lines.push(L.cookie);
  const sidebarFirst = r() < 0.3;
  const sidebar = () => {
    const out = [pick(r, L.sidebar)];
    const n = 2 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      if (r() < 0.2) out.push(pick(r, BADGES));
      out.push(pick(r, L.teaser) + (r() < 0.5 ? ` ${1 + Math.floor(r() * 59)} min ago` : ""));
    }
    return out;
  };
  if (sidebarFirst) lines.push(...sidebar());
  lines.push(sentence(r, L, 6, 13).replace(/[.?]$/, ""));
  if (r() < 0.5) lines.push(sentence(r, L, 10, 20));
  lines.push(`${L.by} ${pick(r, NAMES)}${r() < 0.5 ? ` and ${pick(r, NAMES)}` : ""}`);
  lines.push(`2024-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")} ${String(Math.floor(r() * 24)).padStart(2, "0")}:${String(Math.floor(r() * 60)).padStart(2, "0")}`);
  for (let p = 0; p < paras; p++) {
    let text = paragraph(r, L, 1 + Math.floor(r() * 4));
    if (p === 0) text = `${pick(r, L.cities)} ${L.agency} - ${text}`;
    lines.push(text);
    if (p === Math.floor(paras / 2) && r() < 0.5) lines.push(sentence(r, L, 2, 4).toUpperCase().replace(/[.?]$/, ""));
    if (r() < 0.08) lines.push(`${L.read} ${pick(r, L.teaser)}`);
  }
  lines.push(L.credit);
  if (!sidebarFirst || r() < 0.5) lines.push(...sidebar());
  if (r() < 0.3) lines.push(L.news);
  lines.push(L.copy);
  const blankLines = r() < 0.8;
  let text = lines.join(blankLines ? "\n\n" : "\n") + "\n";
  const damage = DAMAGE[Math.floor(r() * DAMAGE.length)];
  let bytes;
  switch (damage) {
    case "mojibake":
      text = mojibake(text);
      break;
    case "entities":
      text = text.replace(/'/g, "&#8217;").replace(/ - /g, " &mdash; ").replace(/ (?=\w{2,3} )/g, () => (r() < 0.05 ? "&nbsp;" : " "));
      break;
    case "invisible":
      text = text.replace(/ /g, () => (r() < 0.03 ? "\u00a0" : r() < 0.01 ? "\u200b " : " "));
      break;
    case "crlf":
      text = text.replace(/\n/g, "\r\n");
      break;
    case "junk":
      text = "۴ý ¤ ۰ ý¢\n" + text;
      break;
    case "cp1252-bytes":
      if (lang !== "ru") bytes = Buffer.from(text.replace(/[^\x00-\xff’“”–—€]/g, "?"), "latin1");
      break;
  }
  return { bytes: bytes ?? Buffer.from(text, "utf8"), lang, damage };
}

export function generate(outDir, { files = 1000, seed = 1, size = "normal" } = {}) {
  let total = 0;
  for (let i = 0; i < files; i++) {
    const dir = join(outDir, String(Math.floor(i / 1000)).padStart(4, "0"));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const { bytes } = makeDump(seed * 1_000_003 + i, size);
    writeFileSync(join(dir, `${String(i).padStart(6, "0")}.txt`), bytes);
    total += bytes.length;
  }
  return { files, bytes: total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (n, d) => {
    const i = args.indexOf(n);
    return i >= 0 ? args[i + 1] : d;
  };
  const out = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
  if (!out) {
    process.stderr.write("usage: node bench/generate.mjs OUT_DIR [--files N] [--seed S] [--size small|normal]\n");
    process.exit(2);
  }
  const r = generate(out, { files: Number(opt("--files", 1000)), seed: Number(opt("--seed", 1)), size: opt("--size", "normal") });
  process.stdout.write(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${out}\n`);
}

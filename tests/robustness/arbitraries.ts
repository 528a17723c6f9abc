/** fast-check generators shared by the robustness tests. */
import fc from "fast-check";

/**
 * Pieces of text that mean something to Markdown, HTML, terminals or regexes. Strings
 * built from them hit every escaping rule and their combinations.
 */
export const HOSTILE_PIECES: readonly string[] = [
  "#", "##", "# ", "*", "**", "_", "__", "[", "]", "(", ")", "[x](javascript:alert(1))", "![i](x.png)",
  "<", ">", "> ", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- c -->", "<http://a.example>",
  "<me@a.example>", "http://a.example/x", "www.a.example", "`", "```", "~~~", "~~x~~", "|", "| a | b |\n|---|---|",
  "!", "&", "&amp;", "&#38;", "&#x26;", "&copy;", "&nbsp", ";", "=", "===", "-", "---", "- ", "+ ", "* * *",
  "1.", "1)", "2024.", "1. ", "    ", "\t", "\n", "\r\n", "\r", "\\", "\\*", ":", "/", " ", "  ", "a", "word",
  "Ünïcödé", "é", "e\u0301", "مرحبا", "שלום", "\u202e", "\u200b", "\u00a0", "·", "—", "’", "😀", "\ud83d",
  "\ude00", "\u0000", "\u0007", "\u001b[31m", "\u001b]0;title\u0007", "\u009b2J", "\u0085", "\u007f", "[ ] ", "[^1]",
  "[a]: http://x", "{#id}", "$$", "@", "%", "A-A-A-", "....", "\u2028",
];

/** Strings made of hostile pieces and arbitrary characters. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) }), { maxLength: 12 })
  .map((xs) => xs.join(""));

/** Arbitrary bytes, biased towards UTF-8 text with some damage. */
export const arbitraryBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
  fc
    .tuple(fc.string({ unit: "grapheme", maxLength: 200 }), fc.uint8Array({ maxLength: 8 }), fc.nat(200))
    .map(([s, junk, at]) => {
      const b = new TextEncoder().encode(s);
      const i = Math.min(at, b.length);
      const out = new Uint8Array(b.length + junk.length);
      out.set(b.subarray(0, i), 0);
      out.set(junk, i);
      out.set(b.subarray(i), i + junk.length);
      return out;
    }),
);

const WORDS = [
  "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", "in", "Geneva", "and", "of",
  "a", "to", "was", "it", "der", "und", "die", "le", "la", "el", "con", "Kyiv", "Moscow", "police", "report",
];
const SHORT_LINES = [
  "Skip to main content", "Share", "NEW", "WATCH LIVE", "Top Stories", "Related", "Most read", "Advertisement",
  "(Reporting by Jane Doe; Editing by John Roe)", "© 2024 Example News", "MOSCOW -", "By Jane Doe and John Roe",
  "NO OTHER CHOICE", "Local Spotlight", "Read more", "January 5, 2024", "2024-01-05",
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }).map((ws) => {
  const s = ws.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
});

/** A line of a dump: story sentences, headline-like lines, boilerplate, hostile text. */
const dumpLine = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" ")) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }).map((ws) => ws.join(" ")) },
  { weight: 2, arbitrary: fc.constantFrom(...SHORT_LINES) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" ").toUpperCase()) },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
);

/** Something shaped like a scraped dump: lines joined by single or double newlines. */
export const dumpText: fc.Arbitrary<string> = fc
  .array(fc.tuple(dumpLine, fc.constantFrom("\n", "\n\n", "\n\n", "\r\n", "\n \n")), { maxLength: 30 })
  .map((xs) => xs.map(([l, sep]) => l + sep).join(""));

/** Any string input worth trying: arbitrary unicode, hostile pieces, dump-shaped. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  hostileText,
  dumpText,
);

/**
 * A story-shaped dump: a headline, paragraphs of sentences (some with hostile text
 * inside), maybe an upper-case subhead between paragraphs and a credits line, with
 * boilerplate lines around. What the tool is for; the idempotence property holds here.
 */
export const storyText: fc.Arbitrary<string> = fc
  .record({
    before: fc.array(fc.constantFrom("Skip to main content", "Share", "Menu", "Advertisement"), { maxLength: 3 }),
    headline: fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 12 }).map((ws) => ws.join(" ").replace(/^./, (c) => c.toUpperCase())),
    paras: fc.array(
      fc.tuple(fc.array(sentence, { minLength: 2, maxLength: 5 }), fc.option(hostileText.map((h) => h.replace(/\s+/g, " ")), { nil: null })),
      { minLength: 2, maxLength: 8 },
    ),
    subhead: fc.option(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 }).map((ws) => ws.join(" ").toUpperCase()), { nil: null }),
    credits: fc.boolean(),
    sep: fc.constantFrom("\n", "\n\n"),
  })
  .map(({ before, headline, paras, subhead, credits, sep }) => {
    const body = paras.map(([ss, h]) => (h ? `${ss[0]} ${h} ${ss.slice(1).join(" ")}` : ss.join(" ")));
    if (subhead && body.length > 2) body.splice(2, 0, subhead);
    return [...before, headline, ...body, ...(credits ? ["(Reporting by Jane Doe; Editing by John Roe)"] : [])].join(sep) + "\n";
  });

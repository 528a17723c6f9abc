/**
 * Round-trip properties: correct text in many scripts, damaged in a known way
 * (UTF-8 read as windows-1252, as latin-1, twice; HTML entities; invisible
 * characters; CRLF), comes back exactly; correct text is left exactly as it is.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repair } from "./index.js";
import { CP1252_HIGH } from "./tables.js";

/** Our own sample sentences, news-like, in many scripts. */
const SENTENCES = [
  "The president said on Wednesday that talks would resume in Geneva.",
  "It’s a “deal”, officials said — but not yet…",
  "Le président a déclaré que les négociations reprendraient à Genève après l’été.",
  "« C’est une étape importante », a-t-il ajouté, très ému.",
  "Der Präsident erklärte, dass die Gespräche über die Größe des Pakets fortgesetzt würden.",
  "„Wir sind bereit“, sagte Müller in Köln.",
  "El presidente dijo que el niño pequeño llegó a España el año pasado. ¿Por qué?",
  "O governo não confirmou a ação em São Paulo; a decisão está prevista.",
  "Cumhurbaşkanı, İstanbul’daki görüşmelerin ağır ilerlediğini söyledi.",
  "Prezydent powiedział, że rozmowy w Łodzi będą kontynuowane w przyszłym tygodniu.",
  "Prezident uvedl, že jednání v Příbrami budou pokračovat.",
  "Thủ tướng cho biết các cuộc đàm phán tại Hà Nội sẽ tiếp tục.",
  "Ο πρόεδρος δήλωσε ότι οι συνομιλίες θα συνεχιστούν στην Αθήνα.",
  "Президент заявил, что переговоры в Москве продолжатся на следующей неделе.",
  "Президент заявив, що переговори у Києві продовжаться; їхній ґанок.",
  "قال الرئيس إن المحادثات ستستأنف في جنيف الأسبوع المقبل.",
  "אמר הנשיא כי השיחות יתחדשו בז׳נבה בשבוע הבא.",
  "राष्ट्रपति ने कहा कि जिनेवा में बातचीत अगले सप्ताह फिर से शुरू होगी।",
  "总统周三表示，日内瓦的谈判将于下周恢复。",
  "大統領は水曜日、ジュネーブでの協議を来週再開すると述べた。",
  "대통령은 수요일 제네바 회담이 다음 주에 재개될 것이라고 말했다.",
  "Prices rose 2.5% to €1,200 (£1,050; ¥180,000) at 30°C ± 2 — ½ of µ ≤ ∞.",
  "Fans cheered 🎉👍🏽 and the team ❤️ replied 👨‍👩‍👧.",
  "A naïve Ñandú met Zoë at the Ærø café; Ƶ, təməsew̓txʷ.",
];

const sentence = fc.constantFrom(...SENTENCES);
/** One to four sentences, separated by spaces or newlines (one paragraph per line). */
const text = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "\n", "\n\n")).map(([s, sep]) => s.join(sep));

const CP1252_MAP = (b: number) => (b >= 0x80 && b < 0xa0 ? String.fromCharCode(CP1252_HIGH[b - 0x80]!) : String.fromCharCode(b));
/** UTF-8 bytes read as windows-1252 (holes become C1 controls, as browsers do). */
const asCp1252 = (s: string) => Array.from(Buffer.from(s, "utf8"), CP1252_MAP).join("");
/** UTF-8 bytes read as latin-1 (leaves C1 controls). */
const asLatin1 = (s: string) => Buffer.from(s, "utf8").toString("latin1");
/** HTML-escaped as a careless CMS does. */
const asEntities = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/’/g, "&#8217;").replace(/—/g, "&mdash;").replace(/é/g, "&eacute;").replace(/</g, "&lt;");

/** Text that needs no repair at all (mojibake damage applies to these). */
const noInvisibles = (s: string) => !/[\u200c\u200d\ufe0f]/.test(s);

describe("round trip: damage then repair gives the original", () => {
  it("UTF-8 read as windows-1252", () => {
    fc.assert(fc.property(text, (t) => {
      expect(repair(asCp1252(t)).text).toBe(t);
    }), { numRuns: 300 });
  });
  it("UTF-8 read as latin-1", () => {
    fc.assert(fc.property(text, (t) => {
      expect(repair(asLatin1(t)).text).toBe(t);
    }), { numRuns: 300 });
  });
  it("UTF-8 read as windows-1252 twice", () => {
    fc.assert(fc.property(text, (t) => {
      expect(repair(asCp1252(asCp1252(t))).text).toBe(t);
    }), { numRuns: 300 });
  });
  it("UTF-8 read as windows-1252 three times", () => {
    fc.assert(fc.property(text.filter(noInvisibles), (t) => {
      expect(repair(asCp1252(asCp1252(asCp1252(t)))).text).toBe(t);
    }), { numRuns: 100 });
  });
  /** UTF-8 bytes decoded with another code page, as a misconfigured crawler does. */
  const readAs = (enc: string) => (s: string) => new TextDecoder(enc).decode(Buffer.from(s, "utf8"));
  for (const enc of ["koi8-r", "ibm866", "macintosh", "windows-1251", "windows-1250"]) {
    it(`UTF-8 read as ${enc}`, () => {
      fc.assert(fc.property(text.filter(noInvisibles), (t) => {
        expect(repair(readAs(enc)(t)).text).toBe(t);
      }), { numRuns: 200 });
    });
  }
  it("UTF-8 read as ISO-8859-2", () => {
    // Through ISO-8859-2 and windows-1250 alike, most lines decode to the same text;
    // where they differ, C1 controls, rare letters, capitals inside words or the
    // dump's other lines decide. One line alone can leave it open: "estĂĄ" is "está"
    // (ISO-8859-2) or "estå" (windows-1250), both plausible, so the sentence with
    // "está" is left out here (the unit tests show a dump's other lines deciding).
    const central = text.filter((t) => noInvisibles(t) && !t.includes("está"));
    fc.assert(fc.property(central, (t) => {
      expect(repair(readAs("iso-8859-2")(t)).text).toBe(t);
    }), { numRuns: 200 });
  });
  it("HTML entities, also double-escaped", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, twice) => {
        const once = asEntities(t);
        expect(repair(twice ? once.replace(/&/g, "&amp;") : once).text).toBe(t);
      }),
      { numRuns: 300 },
    );
  });
  it("zero-width characters, soft hyphens, BOMs after Latin letters and CRLF", () => {
    const INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u200c"];
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.boolean(), (t, picks, crlf) => {
        // Insert after ASCII letters only: ZWNJ beside Persian or Indic letters is meaningful.
        const chars = [...t];
        const slots = chars.map((c, i) => (/[A-Za-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
        if (slots.length === 0) return;
        const at = new Map<number, string>();
        for (const p of picks) at.set(slots[p % slots.length]!, INVISIBLE[p % INVISIBLE.length]!);
        let damaged = chars.map((c, i) => c + (at.get(i) ?? "")).join("");
        if (crlf) damaged = damaged.replace(/\n/g, "\r\n");
        expect(repair(damaged).text).toBe(t);
      }),
      { numRuns: 300 },
    );
  });
});

describe("identity: correct text is left exactly as it is", () => {
  it("any mix of the sample sentences", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = repair(t);
        expect(r.text).toBe(t);
        expect(r.repairs).toEqual({});
        expect(r.warnings).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
  it("random words in one script (with ASCII) come back unchanged", () => {
    // Letters of one script block at a time, ASCII letters, spaces and punctuation.
    // Latin-1 letters only (no symbols), so no byte pattern of UTF-8 can form; tokens
    // made only of UTF-8 lead letters ("ÃÐ") are junk by design and skipped.
    const BLOCKS: Array<[number, number]> = [[0xc0, 0xff], [0x100, 0x17f], [0x391, 0x3c9], [0x410, 0x44f], [0x5d0, 0x5ea], [0x627, 0x64a], [0x905, 0x939], [0x4e00, 0x4fff], [0xac00, 0xad00]];
    const words = fc.integer({ min: 0, max: BLOCKS.length - 1 }).chain((b) => {
      const [lo, hi] = BLOCKS[b]!;
      const ch = fc.oneof(
        fc.integer({ min: lo, max: hi }).filter((c) => c !== 0xd7 && c !== 0xf7 && c !== 0x3a2).map((c) => String.fromCodePoint(c)),
        fc.constantFrom("a", "e", "n", "T", " ", " ", ", ", ". "),
      );
      return fc.array(ch, { minLength: 1, maxLength: 40 }).map((a) => a.join("").normalize("NFC"));
    });
    // "Ã " and "Â " are the classic mojibake of "à" and NBSP whose 0xA0 became a space: repaired by design.
    const safe = words.filter((s) => !/[\u00c2\u00c3] /.test(s) && !s.split(/\s+/).some((t) => /^[\u00c2\u00c3\u00d0\u00d1\u00d8\u00d9]{2,4}[,.]?$/.test(t) || t === "\u00c2" || /^\u00c2[,.]$/.test(t)));
    fc.assert(
      fc.property(safe, (s) => {
        expect(repair(s).text).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("no throw: lines made of damage fragments", () => {
  it("repair never throws, whatever mix of mojibake pieces, dropped bytes and tags the lines hold", () => {
    // The pieces real damage leaves, several lines of them: fixes that vote across lines
    // (the dump's code page) once took a step that names no code page for one.
    const PIECES = ["â€œ", "â€", "â€™", "â€¦", "Ã©", "Ã", "Ã ", "Â ", "Â", "Ð", "Ð ", "Ñ\u0081", "Ñ", "æ ·", "Å ", "ðŸ˜", "\u009d", "\u0081", "\u0090", "Р", "Рѕ", "п▓", "<p>", "</p>", "<br>", "&amp;", "&#8217;", "&nbsp;", " ", " ", "said", "Café", "£5", "\u00a0"];
    const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((a) => a.join(""));
    const dump = fc.array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\r\n")), { minLength: 1, maxLength: 8 }).map((ls) => ls.map(([l, sep]) => l + sep).join(""));
    fc.assert(
      fc.property(dump, (t) => {
        expect(typeof repair(t).text).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });
});

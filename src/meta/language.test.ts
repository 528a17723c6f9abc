import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, functionWordVotes, LANGUAGE_PREFIX_CHARS, scriptCounts } from "./language.js";

describe("detectLanguage", () => {
  it.each([
    ["en", "The mayor said on Monday that the new bridge would be open to traffic by the end of the year, and that it was built with money from the state."],
    ["de", "Der Bürgermeister sagte am Montag, dass die neue Brücke bis zum Ende des Jahres für den Verkehr geöffnet werden soll und mit Geld des Landes gebaut wurde."],
    ["fr", "Le maire a déclaré lundi que le nouveau pont serait ouvert à la circulation avant la fin de l'année et qu'il a été construit avec des fonds de l'État."],
    ["es", "El alcalde dijo el lunes que el nuevo puente estará abierto al tráfico antes de que termine el año y que se construyó con dinero del Estado."],
    ["it", "Il sindaco ha detto lunedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno e che è stato costruito con i fondi della regione."],
    ["pt", "O prefeito disse na segunda-feira que a nova ponte será aberta ao tráfego até o fim do ano e que foi construída com dinheiro do estado."],
    ["nl", "De burgemeester zei maandag dat de nieuwe brug voor het einde van het jaar open zal zijn voor het verkeer en dat die met geld van de provincie is gebouwd."],
    ["pl", "Burmistrz powiedział w poniedziałek, że nowy most zostanie otwarty dla ruchu do końca roku i że został zbudowany ze środków, które przekazało województwo."],
    ["sv", "Borgmästaren sa på måndagen att den nya bron ska vara öppen för trafik innan årets slut och att den har byggts med pengar från staten."],
    ["ru", "Мэр заявил в понедельник, что новый мост будет открыт для движения до конца года и что он был построен на деньги из бюджета области."],
    ["uk", "Мер заявив у понеділок, що новий міст буде відкритий для руху до кінця року і що його було збудовано за кошти з бюджету області."],
    ["zh", "市长星期一表示，新桥将在年底前通车，这座桥是用国家的资金建造的。"],
    ["ja", "市長は月曜日、新しい橋が年末までに開通すると述べ、この橋は国の資金で建設されたと語った。"],
    ["ko", "시장은 월요일 새 다리가 연말까지 개통될 것이라고 말했으며 이 다리는 국가 예산으로 건설되었다고 밝혔다."],
    ["ar", "قال رئيس البلدية يوم الاثنين إن الجسر الجديد سيفتح أمام حركة المرور قبل نهاية العام وإنه بني بأموال الدولة."],
    ["fa", "شهردار روز دوشنبه گفت که پل جدید تا پایان سال برای ترافیک باز خواهد شد و با پول دولت ساخته شده است."],
    ["he", "ראש העיר אמר ביום שני כי הגשר החדש ייפתח לתנועה עד סוף השנה וכי הוא נבנה בכספי המדינה."],
    ["el", "Ο δήμαρχος δήλωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει για την κυκλοφορία μέχρι το τέλος του έτους."],
    ["th", "นายกเทศมนตรีกล่าวเมื่อวันจันทร์ว่าสะพานใหม่จะเปิดให้สัญจรได้ภายในสิ้นปีนี้"],
    ["hi", "महापौर ने सोमवार को कहा कि नया पुल साल के अंत तक यातायात के लिए खोल दिया जाएगा।"],
    ["sw", "Meya alisema Jumatatu kwamba daraja jipya litafunguliwa kwa magari kabla ya mwisho wa mwaka na kwamba lilijengwa kwa fedha za serikali."],
  ])("%s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("reads Japanese pages whose markup junk is mostly Latin", () => {
    const junk = '<div style="position:absolute;"><img width=1 height=1 alt="" src="http://example.com/b?P=abcdef"></div> ';
    // More Latin letters than Japanese characters, but each CJK character weighs as a short word.
    expect(junk.match(/[a-z]/gi)!.length).toBeGreaterThan(30);
    expect(detectLanguage(`トレンドマイクロ、公衆無線LANを安全に使うためのアプリを発表した。${junk}`)).toBe("ja");
  });

  it.each([
    ["empty", ""],
    ["too short", "Hello"],
    ["numbers and symbols", "12:30 | 2024-01-05 | +++ | 42 %"],
    ["a menu of names without function words", "Home News Sport Weather Business Technology Science Health Entertainment"],
  ])("null for %s", (_name, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it("looks only at a bounded prefix", () => {
    const en = "The council said that it was the first time in years that the plan had been approved. ";
    const de = "Der Rat sagte, dass es das erste Mal seit Jahren sei, dass der Plan genehmigt wurde. ";
    const text = en.repeat(Math.ceil(LANGUAGE_PREFIX_CHARS / en.length) + 1) + de.repeat(2000);
    expect(detectLanguage(text)).toBe("en");
  });

  it("accepts caller-given stopword sets", () => {
    const sets = { xx: new Set(["foo", "bar"]), yy: new Set(["baz"]) };
    expect(detectLanguage("foo bar qux foo bar quux foo", sets)).toBe("xx");
  });
});

describe("Russian or Ukrainian", () => {
  it("tells them by the letters only one writes when their function words tie", () => {
    // Ukrainian whose two-letter function words (на, за, як, до) Russian shares: і ї є decide.
    expect(detectLanguage("Міська рада у вівторок ввечері проголосувала за скасування плану нової дороги вздовж набережної після того, як петицію проти неї підписали понад 12 тисяч людей. За планом, вулицю мали закрити для пішоходів на два роки.")).toBe("uk");
    expect(detectLanguage("Городской совет во вторник вечером проголосовал за отмену плана новой дороги вдоль набережной после того, как петицию против неё подписали более 12 тысяч человек. По плану улицу должны были закрыть для пешеходов на два года.")).toBe("ru");
  });
});

describe("scriptCounts", () => {
  it("weights CJK characters and separates scripts", () => {
    const c = scriptCounts("abc 中文 カナ 한 Ωμ");
    expect(c.get("latin")).toBe(3);
    expect(c.get("han")).toBe(6);
    expect(c.get("kana")).toBe(6);
    expect(c.get("hangul")).toBe(3);
    expect(c.get("el")).toBe(2);
  });

  it("lists the scripts in the order they first occur, letters and marks only", () => {
    const c = scriptCounts("Ωμ 123 !! abc Жж á 𐍈");
    expect([...c.keys()]).toEqual(["el", "latin", "cyrillic"]);
    expect(c.get("latin")).toBe(4);
  });
});

describe("functionWordVotes", () => {
  it("counts every word of two letters or more and the function words of each language", () => {
    const sets = { en: new Set(["the", "and"]), de: new Set(["und", "die"]) };
    // "a" and "x" are one letter; "Überraschungsei" is longer than every profile word but still counted.
    const v = functionWordVotes("The cat AND the Überraschungsei und a x, DIE-Katze 2024", sets);
    expect(v.get("")).toBe(8);
    expect(v.get("en")).toBe(3);
    expect(v.get("de")).toBe(2);
    // Languages in the order of their first vote, the word count last.
    expect([...v.keys()]).toEqual(["en", "de", ""]);
  });

  it("counts as a plain regex-and-set count does, in any script and case (words looked up in place)", () => {
    const sets = { en: new Set(["the", "and", "it's"]), de: new Set(["und", "die", "über"]), ru: new Set(["и", "не", "что"]), el: new Set(["και", "το"]), x: new Set(["𝐀𝐁", "ǆa"]) };
    const naive = (text: string): Map<string, number> => {
      const ws = text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
      const m = new Map<string, number>();
      for (const w of ws) for (const [lang, set] of Object.entries(sets)) if (set.has(w)) m.set(lang, (m.get(lang) ?? 0) + 1);
      m.set("", ws.length);
      return m;
    };
    const piece = fc.constantFrom("The", "the", "AND", "und", "ÜBER", "über", "И", "не", "Что", "ΚΑΙ", "το", "𝐀𝐁", "ǅA", "Ǆa", "a", " ", ", ", "-", "'", "’", "2024", "\ud800", "É", "ß", "İ", "x", "ΟΔΟΣ", "Σ", "ς", "\u212a", "Ǉ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const text = ps.join("");
        expect(new Map([...functionWordVotes(text, sets)].sort())).toEqual(new Map([...naive(text)].sort()));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Turkish by its letters", () => {
  it("knows a short Turkish story whose suffixes leave few function words to vote", () => {
    const t = "Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 32 seviyesinde sabit tuttu. Karar, ekonomistlerin büyük çoğunluğunun beklentisiyle uyumlu oldu. Kararın ardından Borsa İstanbul'da bankacılık hisseleri öncülüğünde yükseliş yaşandı.";
    expect(detectLanguage(t)).toBe("tr");
  });

  it("leaves a story of another language that names a Turkish politician", () => {
    const t = "President Erdoğan met the opposition leader Kılıçdaroğlu in Ankara on Monday, and the two men said that they would work together on the new constitution in the coming months.";
    expect(detectLanguage(t)).toBe("en");
  });
});

/**
 * Hand-written repair cases, as data (after ftfy's test cases): real-world kinds of
 * damage, synthetic ones, NEGATIVE cases (correct text that must come out exactly
 * as it went in) and known failures (what we do not fix yet; the test checks they
 * still fail, so a fix shows up). Written by hand from what the right answer is.
 */
export type CaseKind = "real-world" | "synthetic" | "negative" | "known-failure";

export interface RepairCase {
  kind: CaseKind;
  label: string;
  input: string;
  /** Expected output; for negative cases the input itself. */
  expected: string;
  /** A warning that must be present (substring). */
  warning?: string;
}

const neg = (label: string, text: string): RepairCase => ({ kind: "negative", label, input: text, expected: text });

export const CASES: readonly RepairCase[] = [
  // ---- Real-world kinds: UTF-8 read as windows-1252 / latin-1 ----
  { kind: "real-world", label: "cp1252 apostrophe", input: "Itâ€™s a deal, Iâ€™m told", expected: "It’s a deal, I’m told" },
  { kind: "real-world", label: "cp1252 curly quotes with C1 from undefined 0x9D", input: "He said â€œnoâ€\u009d twice", expected: "He said “no” twice" },
  { kind: "real-world", label: "cp1252 e-acute in a word", input: "The CafÃ© was full", expected: "The Café was full" },
  { kind: "real-world", label: "German umlauts and sharp s", input: "GrÃ¼ÃŸe aus MÃ¼nchen", expected: "Grüße aus München" },
  { kind: "real-world", label: "Portuguese tilde", input: "SÃ£o Paulo e BrasÃ­lia", expected: "São Paulo e Brasília" },
  { kind: "real-world", label: "Spanish enye", input: "EspaÃ±a y MÃ©xico", expected: "España y México" },
  { kind: "real-world", label: "euro sign", input: "It costs â‚¬100", expected: "It costs €100" },
  { kind: "real-world", label: "pound sign with Â", input: "A Â£5 note", expected: "A £5 note" },
  { kind: "real-world", label: "degree sign", input: "It was 30Â°C in Madrid", expected: "It was 30°C in Madrid" },
  { kind: "real-world", label: "copyright line", input: "Â© 2024 Reuters", expected: "© 2024 Reuters" },
  { kind: "real-world", label: "em dash", input: "Kyiv â€” the capital", expected: "Kyiv — the capital" },
  { kind: "real-world", label: "ellipsis", input: "Wait for itâ€¦", expected: "Wait for it…" },
  { kind: "real-world", label: "closing quote whose undefined third byte was dropped", input: "He said â€œhiâ€ and left", expected: "He said “hi” and left" },
  { kind: "real-world", label: "trade mark sign alone", input: "Appleâ„¢ products", expected: "Apple™ products" },
  { kind: "real-world", label: "Czech read as windows-1252", input: "PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄkÃ½ kÅ¯Åˆ", expected: "Příliš žluťoučký kůň" },
  { kind: "real-world", label: "Polish read as windows-1252", input: "ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„", expected: "Zażółć gęślą jaźń" },
  { kind: "real-world", label: "Vietnamese read as windows-1252", input: "Viá»‡t Nam", expected: "Việt Nam" },
  { kind: "real-world", label: "Hindi read as latin-1", input: "à¤¹à¤¿à¤¨à¥à¤¦à¥", expected: "हिन्दी" },
  { kind: "real-world", label: "Korean read as windows-1252", input: "í•œêµ­ì–´", expected: "한국어" },
  { kind: "real-world", label: "Turkish read as windows-1252", input: "Ä°stanbulâ€™da yaÄŸÄ±ÅŸ", expected: "İstanbul’da yağış" },
  { kind: "real-world", label: "mojibake and correct curly quotes in one line", input: "“CafÃ©” is “open”", expected: "“Café” is “open”" },
  { kind: "real-world", label: "entity-encoded mojibake", input: "Itâ&#128;&#153;s", expected: "It’s" },
  { kind: "real-world", label: "latin-1 C1 controls (UTF-8 read as latin-1)", input: "Itâ\u0080\u0099s here", expected: "It’s here" },
  { kind: "real-world", label: "windows-1252 text read as latin-1", input: "It\u0092s \u0093quoted\u0094", expected: "It’s “quoted”" },
  { kind: "real-world", label: "NBSP lost to a space after Ã", input: "Rendez-vous Ã  Paris", expected: "Rendez-vous à Paris" },
  { kind: "real-world", label: "mojibake NBSP between number and unit", input: "10Â km away", expected: "10 km away" },
  { kind: "real-world", label: "mojibake confined to one word of correct text", input: "Größe: 5 cm, Ã¼ber alles", expected: "Größe: 5 cm, über alles" },
  { kind: "real-world", label: "double-encoded e-acute", input: "ÃƒÂ©tÃƒÂ© ÃƒÂ  Paris", expected: "été à Paris" },
  { kind: "real-world", label: "double-encoded apostrophe", input: "donÃ¢â‚¬â„¢t", expected: "don’t" },
  { kind: "real-world", label: "Cyrillic read as windows-1251", input: "РџСЂРёРІРµС‚, РјРёСЂ", expected: "Привет, мир" },
  { kind: "real-world", label: "Cyrillic read as windows-1252", input: "ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€", expected: "Привет, мир" },
  { kind: "real-world", label: "Greek read as windows-1252", input: "Î•Î»Î»Î¬Î´Î±", expected: "Ελλάδα" },
  { kind: "real-world", label: "Arabic read as windows-1252", input: "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", expected: "العربية" },
  { kind: "real-world", label: "Chinese read as windows-1252", input: "ä¸­æ–‡æ–°é—»", expected: "中文新闻" },
  { kind: "real-world", label: "Japanese read as windows-1252", input: "æ—¥æœ¬èªž", expected: "日本語" },
  { kind: "real-world", label: "emoji read as windows-1252", input: "Great ðŸ˜€", expected: "Great 😀" },
  { kind: "real-world", label: "emoji with a latin-1 C1 byte", input: "ðŸ\u0093° News", expected: "📰 News" },
  { kind: "real-world", label: "MacRoman e-acute", input: "caf√© au lait", expected: "café au lait" },
  { kind: "real-world", label: "MacRoman apostrophe", input: "it‚Äôs", expected: "it’s" },
  { kind: "real-world", label: "windows-1251 reading of a curly apostrophe", input: "PutinвЂ™s words", expected: "Putin’s words" },
  { kind: "real-world", label: "UTF-8 BOM read as windows-1252, alone on a line", input: "ï»¿\n\nHeadline", expected: "Headline" },
  // ---- HTML entities ----
  { kind: "real-world", label: "named and numeric entities", input: "Tom &amp; Jerry&#8217;s &mdash; &quot;fun&quot; &#x2013; &hellip;", expected: "Tom & Jerry’s — \"fun\" – …" },
  { kind: "real-world", label: "double-escaped ampersand", input: "AT&amp;amp;T", expected: "AT&T" },
  { kind: "real-world", label: "double-escaped numeric entity", input: "It&amp;#8217;s", expected: "It’s" },
  { kind: "real-world", label: "accented letters as entities", input: "&Eacute;t&eacute; &agrave; Z&uuml;rich", expected: "Été à Zürich" },
  { kind: "real-world", label: "numeric entity in the C1 range means windows-1252", input: "1990&#150;2000", expected: "1990–2000" },
  { kind: "real-world", label: "nbsp entity becomes a space", input: "10&nbsp;km", expected: "10 km" },
  { kind: "synthetic", label: "unknown entity stays", input: "&notanentity; and AT&T; R&D", expected: "&notanentity; and AT&T; R&D" },
  { kind: "synthetic", label: "entity naming a mojibake sequence", input: "caf&Atilde;&copy;", expected: "café" },
  // ---- Spaces, invisible characters, controls ----
  { kind: "real-world", label: "no-break and narrow spaces", input: "10\u00a0km, «\u202fOui\u202f»", expected: "10 km, « Oui »" },
  { kind: "real-world", label: "zero-width space, word joiner, soft hyphen", input: "in\u200bvisi\u2060ble hy\u00adphen", expected: "invisible hyphen" },
  { kind: "real-world", label: "stray BOM at the start and inside", input: "\ufeffHello \ufeffworld", expected: "Hello world" },
  { kind: "real-world", label: "ZWNJ inside Latin text", input: "Lon\u200cdon", expected: "London" },
  { kind: "real-world", label: "LRM in a line without right-to-left text", input: "Price\u200e: 5", expected: "Price: 5" },
  { kind: "real-world", label: "control characters", input: "Breaking\u0007 news\u0000 now\u001f", expected: "Breaking news now" },
  { kind: "real-world", label: "ANSI colour escapes", input: "\x1b[1;31mALERT\x1b[0m: done", expected: "ALERT: done" },
  { kind: "real-world", label: "CRLF and CR line endings", input: "a\r\nb\rc\n", expected: "a\nb\nc\n" },
  { kind: "real-world", label: "Unicode line and paragraph separators", input: "a\u2028b\u2029c\n", expected: "a\nb\nc\n" },
  { kind: "real-world", label: "decomposed accents to NFC", input: "Cafe\u0301 Zu\u0308rich", expected: "Café Zürich" },
  { kind: "real-world", label: "stray replacement character before a word", input: "the \ufffdcode coverage", expected: "the code coverage" },
  // ---- Unrecoverable junk ----
  { kind: "real-world", label: "glyph junk on the first line", input: "۴ý\n\nSkip to main content", expected: "Skip to main content", warning: "junk removed at line 1" },
  { kind: "real-world", label: "glyph junk inside a sentence", input: "documents obtained by ۴ý Toronto show", expected: "documents obtained by Toronto show", warning: "junk removed at line 1" },
  { kind: "real-world", label: "junk on line 3", input: "Title\n\nÐÐ\n\nBody text.", expected: "Title\n\nBody text.", warning: "line 3" },
  { kind: "synthetic", label: "lone Â on a line", input: "Top\nÂ\nStory", expected: "Top\nStory", warning: "junk" },
  { kind: "synthetic", label: "replacement characters alone", input: "\ufffd\ufffd\n\nStory", expected: "Story", warning: "junk" },
  { kind: "synthetic", label: "double-encoded replacement character", input: "Ã¯Â¿Â½\n\nStory", expected: "Story", warning: "junk" },
  // ---- Negative cases: correct text in many scripts must not change ----
  neg("French", "L’été à Paris, où l’on mange des crêpes — « naïf » ? Ça va, Ève."),
  neg("French all caps", "L’ÉTÉ À PARIS : L’ÉCOLE « CAFÉ »"),
  neg("German", "Größe, Übermut und Äpfel – „Grüß Gott“, sagte Jürgen."),
  neg("Spanish", "¿Dónde está el Ñandú? ¡Olé! El niño, año 2024."),
  neg("Portuguese", "SÃO PAULO — A mãe e o irmão não estão. Ação, coração."),
  neg("Portuguese caps with Ã before space", "IRMÃ E IRMÃO"),
  neg("Turkish", "İstanbul’da ağır yağış; Çağrı Işık açıkladı."),
  neg("Polish", "Zażółć gęślą jaźń. Łódź i Wrocław."),
  neg("Czech", "Příliš žluťoučký kůň úpěl ďábelské ódy. ČTK"),
  neg("Vietnamese", "Hà Nội là thủ đô của Việt Nam; người dân đón Tết."),
  neg("Greek", "Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη."),
  neg("Russian", "Президент России Владимир Путин заявил, что «Россия готова к переговорам»."),
  neg("Ukrainian", "Київ — столиця України; їжак, ґанок, є."),
  neg("Arabic", "قال الرئيس إن المفاوضات ستستمر."),
  neg("Hebrew with RLM", "ראש הממשלה אמר\u200f (ביום שני) כי השיחות יימשכו."),
  neg("Hindi", "प्रधानमंत्री ने कहा कि बातचीत जारी रहेगी।"),
  neg("Chinese", "普京表示，俄罗斯准备就乌克兰问题进行谈判。"),
  neg("Japanese", "プーチン大統領は、ウクライナ問題で交渉する用意があると述べた。Tシャツ"),
  neg("Korean", "푸틴 대통령은 우크라이나 문제에 대해 협상할 준비가 되어 있다고 말했다."),
  neg("Persian ZWNJ", "می\u200cخواهم به خانه بروم."),
  neg("emoji with ZWJ and skin tone", "Great news 🎉👍🏽 👨\u200d👩\u200d👧 ❤️"),
  neg("math and currency", "≤ 5 ± 0.1 × 10³ — ½ £ € ¥ ₹ ° µm ∑ √2 ≠ ∞"),
  neg("odd-looking words", "naïve Ñandú Ƶ Zoë Mötley Crüe Beyoncé Ærø Ålesund Þórshöfn"),
  neg("Salish place name", "təməsew̓txʷ"),
  neg("ordinals and numero", "1ª edición, 2º piso, Nº 5, n° 7"),
  neg("quoted caps word", "“CAFÉ” and «ÉTÉ»"),
  neg("trademark and registered", "Reuters® and Apple™ ©2024"),
  neg("fractions and units", "1 ¼ cups, 2½ tsp, 5 µg"),
  neg("ASCII with ampersands", "R&D, AT&T, Q&A, a && b, &c."),
  neg("curly quotes and dashes", "“Yes,” she said — ‘twice’ – … ‹›"),
  neg("Danish diameter sign", "Ø 12 mm rør"),
  neg("Icelandic", "Ég heiti Þór og bý í Reykjavík."),
  neg("Japanese ideographic space", "\u3000日本語の段落。"),
  neg("Romanian caps", "ROMÂNIA ÎNTÂLNIRE: Președintele României a spus „Da”."),
  neg("Hungarian", "Az elnök szerint a tárgyalások jövő héten folytatódnak; ő és ű."),
  neg("Catalan middle dot", "La col·lecció de l’Ajuntament és a la plaça."),
  neg("Spanish inverted marks before capitals", "¡ÉXITO! ¿ÚLTIMA HORA? «Ñu»"),
  neg("German quotes around capitals", "„Über alles“ und ‚Ärger‘ – »Öl«"),
  neg("Lithuanian and Latvian", "Lietuvos prezidentė sakė; Latvijas ārlietu ministrs ņēma vārdu."),
  neg("Serbian Latin and Croatian", "Đoković je pobijedio; Ćuprija, Šibenik, Žabljak."),
  neg("Greek capitals with tonos", "ΆΡΘΡΟ: Η ΕΛΛΆΔΑ ΚΑΙ Η ΕΥΡΏΠΗ «ΣΉΜΕΡΑ»"),
  neg("Russian with guillemets and dashes", "«Газпром» — крупнейшая компания; В«Р» не мозаика."),
  neg("Welsh and Irish", "Ŵyr a ŷd; Dún na nGall, Gaeilge: Tá sé ag cur báistí."),
  neg("degree, prime and numero", "45°30′15″ N, № 12, 5 °C, 3×4 m²"),
  neg("Thai", "นายกรัฐมนตรีกล่าวว่าการเจรจาจะดำเนินต่อไป"),
  neg("Armenian and Georgian", "Հայաստանի կառավարությունը; საქართველოს მთავრობა"),
  neg("Bengali with ZWJ", "র\u200d্যাব"),
  // ---- Known failures ----
  { kind: "known-failure", label: "windows-1251 mojibake of one word inside Latin text", input: "Café owners in РњРѕСЃРєРІР° said", expected: "Café owners in Москва said" },
  { kind: "known-failure", label: "mojibake whose second byte was lost to U+FFFD", input: "Ã‰cole Ã\ufffd cÃ´tÃ©", expected: "École à côté" },
];

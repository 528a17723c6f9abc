/**
 * Month and weekday names per language (lower case; full names, genitive forms used
 * in dates, and the usual abbreviations without their dot), and the words that
 * introduce a publication or update time. Data for meta/date.ts.
 */

/** For each language, the twelve months; each entry lists the forms separated by spaces. */
export const MONTHS: Record<string, readonly string[]> = {
  en: ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"],
  de: ["januar jänner jan", "februar feber feb", "märz mär mrz", "april apr", "mai", "juni jun", "juli jul", "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez"],
  fr: ["janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc dec"],
  es: ["enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul", "agosto ago", "septiembre setiembre sep sept", "octubre oct", "noviembre nov", "diciembre dic"],
  pt: ["janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun", "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"],
  it: ["gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug", "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"],
  nl: ["januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul", "augustus aug", "september sep sept", "oktober okt", "november nov", "december dec"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember des"],
  pl: ["stycznia styczeń sty", "lutego luty lut", "marca marzec", "kwietnia kwiecień kwi", "maja maj", "czerwca czerwiec cze", "lipca lipiec lip", "sierpnia sierpień sie", "września wrzesień wrz", "października październik paź", "listopada listopad lis", "grudnia grudzień gru"],
  cs: ["ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen", "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec"],
  fi: ["tammikuuta tammikuu", "helmikuuta helmikuu", "maaliskuuta maaliskuu", "huhtikuuta huhtikuu", "toukokuuta toukokuu", "kesäkuuta kesäkuu", "heinäkuuta heinäkuu", "elokuuta elokuu", "syyskuuta syyskuu", "lokakuuta lokakuu", "marraskuuta marraskuu", "joulukuuta joulukuu"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  ro: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  tr: ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
  id: ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
  sw: ["januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba", "novemba", "desemba"],
  ca: ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
  ru: ["января январь янв", "февраля февраль фев", "марта март мар", "апреля апрель апр", "мая май", "июня июнь июн", "июля июль июл", "августа август авг", "сентября сентябрь сен", "октября октябрь окт", "ноября ноябрь ноя", "декабря декабрь дек"],
  uk: ["січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень", "червня червень", "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень", "листопада листопад", "грудня грудень"],
  sk: ["januára január jan", "februára február feb", "marca marec mar", "apríla apríl apr", "mája máj", "júna jún", "júla júl", "augusta august aug", "septembra september sep", "októbra október okt", "novembra november nov", "decembra december dec"],
  sl: ["januarja januar", "februarja februar", "marca marec", "aprila april", "maja maj", "junija junij", "julija julij", "avgusta avgust", "septembra september", "oktobra oktober", "novembra november", "decembra december"],
  // Serbian and Bosnian in Latin letters, then Serbian and Macedonian in Cyrillic.
  sr: ["januara januar", "februara februar", "marta mart", "aprila april", "maja maj", "juna jun", "jula jul", "avgusta avgust", "septembra septembar", "oktobra oktobar", "novembra novembar", "decembra decembar"],
  "sr-Cyrl": ["јануара јануар", "фебруара фебруар", "марта март", "априла април", "маја мај", "јуна јун", "јула јул", "августа август", "септембра септембар", "октобра октобар", "новембра новембар", "децембра децембар"],
  mk: ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември", "декември"],
  lt: ["sausio sausis", "vasario vasaris", "kovo kovas", "balandžio balandis", "gegužės gegužė", "birželio birželis", "liepos liepa", "rugpjūčio rugpjūtis", "rugsėjo rugsėjis", "spalio spalis", "lapkričio lapkritis", "gruodžio gruodis"],
  lv: ["janvāris janvārī", "februāris februārī", "marts martā", "aprīlis aprīlī", "maijs maijā", "jūnijs jūnijā", "jūlijs jūlijā", "augusts augustā", "septembris septembrī", "oktobris oktobrī", "novembris novembrī", "decembris decembrī"],
  et: ["jaanuar jaanuaril", "veebruar veebruaril", "märts märtsil", "aprill aprillil", "mai mail", "juuni juunil", "juuli juulil", "august augustil", "september septembril", "oktoober oktoobril", "november novembril", "detsember detsembril"],
  bg: ["януари яну", "февруари фев", "март мар", "април апр", "май", "юни", "юли", "август авг", "септември сеп", "октомври окт", "ноември ное", "декември дек"],
  el: ["ιανουαρίου ιανουάριος ιαν", "φεβρουαρίου φεβρουάριος φεβ", "μαρτίου μάρτιος μαρ", "απριλίου απρίλιος απρ", "μαΐου μαίου μάιος μαΐ", "ιουνίου ιούνιος ιουν", "ιουλίου ιούλιος ιουλ", "αυγούστου αύγουστος αυγ", "σεπτεμβρίου σεπτέμβριος σεπ", "οκτωβρίου οκτώβριος οκτ", "νοεμβρίου νοέμβριος νοε", "δεκεμβρίου δεκέμβριος δεκ"],
  // Hebrew writes "27 בנובמבר 2026": the month with the prefix ב ("in") as well.
  he: ["ינואר בינואר", "פברואר בפברואר", "מרץ מרס במרץ במרס", "אפריל באפריל", "מאי במאי", "יוני ביוני", "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר", "נובמבר בנובמבר", "דצמבר בדצמבר"],
  // Arabic: the Egyptian and Gulf names, and the Levantine ones written as one word.
  ar: ["يناير", "فبراير شباط", "مارس آذار", "أبريل ابريل نيسان", "مايو أيار", "يونيو يونيه حزيران", "يوليو يوليه تموز", "أغسطس اغسطس آب", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"],
  hi: ["जनवरी", "फरवरी फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर", "अक्टूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"],
};

/**
 * Months of languages whose names clash with another language's: Croatian "listopad"
 * is October where Polish and Czech "listopad" is November. Looked up only for text
 * in that language (DateOptions.language), before MONTHS.
 */
export const LANGUAGE_MONTHS: Record<string, readonly string[]> = {
  hr: ["siječnja siječanj", "veljače veljača", "ožujka ožujak", "travnja travanj", "svibnja svibanj", "lipnja lipanj", "srpnja srpanj", "kolovoza kolovoz", "rujna rujan", "listopada listopad", "studenoga studenog studeni", "prosinca prosinac"],
};

/** Thai months (full names): Thai dates count years in the Buddhist era, 543 ahead ("27 พฤศจิกายน 2569"). */
export const THAI_MONTHS: readonly string[] = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

/** The months of the Persian (Solar Hijri) calendar, Farvardin to Esfand: dates in them are converted (meta/date). */
export const JALALI_MONTHS: readonly string[] = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

/** Weekday names and abbreviations (any language), which may precede a date. */
export const WEEKDAYS: readonly string[] = (
  "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun " +
  "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so " +
  "lundi mardi mercredi jeudi vendredi samedi dimanche " +
  "lunes martes miércoles miercoles jueves viernes sábado sabado domingo " +
  "segunda terça terca quarta quinta sexta feira " +
  "lunedì martedì mercoledì giovedì venerdì sabato domenica " +
  "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
  "poniedziałek wtorek środa czwartek piątek sobota niedziela " +
  // Turkish, Indonesian/Malay, Czech, Slovak, Hungarian, Romanian, Greek, Russian, Swedish/Danish/Norwegian, Finnish.
  "pazartesi salı çarşamba perşembe cuma cumartesi pazar " +
  "senin selasa rabu kamis jumat jum'at sabtu minggu ahad isnin khamis " +
  "pondělí úterý středa čtvrtek pátek neděle pondelok utorok streda štvrtok piatok nedeľa " +
  "hétfő kedd szerda csütörtök péntek szombat vasárnap " +
  "luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica " +
  "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή " +
  "понедельник вторник среда четверг пятница суббота воскресенье " +
  "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag " +
  "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai " +
  // Vietnamese weekdays are two words, "thứ" and an ordinal ("Thứ năm" is Thursday), and "Chủ nhật" (Sunday).
  "thứ hai ba tư năm sáu bảy chủ nhật " +
  // Japanese, Chinese and Korean, also the one-character forms in brackets: "11/26(水) 14:05".
  "月 火 水 木 金 土 日 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 月曜 火曜 水曜 木曜 金曜 土曜 日曜 " +
  "星期一 星期二 星期三 星期四 星期五 星期六 星期日 周一 周二 周三 周四 周五 周六 周日 " +
  "월 화 수 목 금 토 일 월요일 화요일 수요일 목요일 금요일 토요일 일요일"
).split(" ");

/** Words that introduce the publication time of a story. */
export const PUBLISHED_WORDS: readonly string[] = [
  "published", "posted", "first published", "publication", "publié", "publie", "veröffentlicht", "erschienen", "publicado",
  "publicada", "pubblicato", "gepubliceerd", "opublikowano", "publikováno", "publicerad", "publiceret", "julkaistu",
  "配信", "公開", "掲載", "投稿", "发布", "發布", "发表", "發表", "입력", "기사입력", "등록",
];

/**
 * Labels of the source a date line names after the date ("2026-11-27 14:32 来源：新华网",
 * "27.11.2026 | Quelle: dpa"): with what follows them, not leftover words of a date line.
 */
export const SOURCE_LABELS: readonly string[] = [
  "source", "sources", "quelle", "fuente", "fonte", "źródło", "zdroj", "forrás", "kaynak", "sumber", "nguồn",
  "источник", "джерело", "πηγή", "מקור", "المصدر", "منبع", "来源", "來源", "出典", "出所", "출처", "ที่มา",
];

/** Words that introduce an update time (a date after them is not the publication date). */
export const UPDATED_WORDS: readonly string[] = [
  "updated", "last updated", "modified", "last modified", "edited", "mis à jour", "modifié", "aktualisiert", "geändert",
  "actualizado", "actualizada", "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano", "aktualizováno", "uppdaterad",
  "opdateret", "oppdatert", "päivitetty", "更新", "最終更新", "수정", "최종수정", "업데이트",
];

/** Phrases of relative time ("2 hours ago", "yesterday"): a block made of them gives no date. */
export const RELATIVE_TIME_WORDS: readonly string[] = [
  "ago", "yesterday", "today", "just now", "gestern", "heute", "vor", "hier", "aujourd'hui", "il y a", "ayer", "hoy", "hace", "ieri", "oggi", "fa", "gisteren", "vandaag", "geleden",
];

/** Time-zone abbreviations with a fixed offset (ambiguous ones such as "ET" are left out). */
export const TIME_ZONES: Record<string, string> = {
  utc: "Z", gmt: "Z", z: "Z", cet: "+01:00", mez: "+01:00", cest: "+02:00", mesz: "+02:00", bst: "+01:00", wet: "Z", eet: "+02:00",
  est: "-05:00", edt: "-04:00", cst: "-06:00", cdt: "-05:00", mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00",
  ist: "+05:30", jst: "+09:00", kst: "+09:00", aest: "+10:00", aedt: "+11:00",
};

/**
 * US zones written without saying standard or daylight time ("5:30 p.m. ET"): their
 * standard offset in hours; an hour is added from the second Sunday of March to the
 * first Sunday of November.
 */
export const US_ZONES: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };

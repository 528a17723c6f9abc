/**
 * Wire and news agencies, as they sign stories ("Avec AFP", "Mit Material von dpa",
 * "(AP)"). A short line naming one right after the story is a credit line.
 */
export const NEWS_AGENCIES: readonly string[] = [
  "AFP", "AP", "Associated Press", "Reuters", "dpa", "DPA", "EFE", "Efe", "ANSA", "Kyodo", "Xinhua", "PAP", "APA",
  "SDA", "sda", "KNA", "epd", "Europa Press", "TASS", "Tass", "Interfax", "Bloomberg", "UPI", "CP", "AAP", "PA",
  "Belga", "ANP", "TT", "NTB", "Ritzau", "STT", "ČTK", "CTK", "MTI", "Agerpres", "Lusa", "ATS", "Keystone-SDA",
  "Yonhap", "IANS", "PTI", "AA", "Anadolu", "dts", "AFX", "Notimex", "Télam", "Agência Brasil", "CNN",
];

/**
 * Words that label a photo credit or a picture source, in several languages:
 * "Photo: X", "Foto: X", "Bild: X", "Kuva: X", "(crédito: X)", "Beitragsbild: X".
 */
export const PHOTO_CREDIT_LABELS: readonly string[] = [
  "photo", "photos", "photograph", "photography", "picture", "pictures", "image", "images", "image credit", "photo credit",
  "credit", "credits", "illustration", "source", "foto", "fotos", "fotografie", "bild", "bilder", "bildquelle", "quelle",
  "beitragsbild", "titelbild", "aufnahme", "kuva", "kuvat", "crédit", "crédit photo", "crédits", "crédito", "créditos",
  "fotografía", "imagen", "zdjęcie", "fot", "źródło", "foto di", "immagine", "fonte", "bron", "beeld", "фото", "источник",
];

/** Picture agencies and stock libraries that sign photos ("Jane Doe / Getty Images", "(mlharing / iStock.com)"). */
export const PICTURE_AGENCIES: readonly string[] = [
  "getty images", "getty", "shutterstock", "shutterstock.com", "istock", "istockphoto", "istock.com", "unsplash", "pexels",
  "pixabay", "clipdealer", "imago", "imago images", "adobe stock", "adobestock", "alamy", "dreamstime", "123rf", "fotolia",
  "picture alliance", "picture-alliance", "keystone", "epa", "epa-efe", "afp", "ap", "ap photo", "reuters", "dpa", "colourbox",
  "depositphotos", "stock.adobe.com", "wikimedia commons", "wikimedia", "flickr", "corbis", "rex", "rex features",
  "photoshot", "zuma press", "zuma", "sipa", "abaca", "bestimage", "action images", "pa images", "pa wire",
];

/**
 * How a story's last line thanks other reporters ("Jane Doe in Richmond contributed
 * to this report."): the note belongs to the story text, as agencies print it.
 * Matched at the end of a line, lower case.
 */
export const CONTRIBUTION_NOTES: readonly string[] = [
  "contributed to this report", "contributed reporting", "contributed to this story", "contributed to this article",
  "contributed reporting to this story", "contributed research", "a contribué à cet article", "ont contribué à cet article",
  "colaboró en esta información", "colaboró con este reporte", "hat zu diesem bericht beigetragen", "haben zu diesem bericht beigetragen",
];

/**
 * Chinese wire services whose stories open with "<agency><place><date>电（记者 <names>）":
 * "新华社北京11月27日电（记者 王明、李华）".
 */
export const CHINESE_WIRE_AGENCIES: readonly string[] = ["新华社", "中新社", "中新网", "人民网", "央视网", "国际在线"];

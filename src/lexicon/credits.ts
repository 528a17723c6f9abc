/**
 * Wire and news agencies, as they sign stories ("Avec AFP", "Mit Material von dpa",
 * "(AP)"). A short line naming one right after the story is a credit line.
 */
export const NEWS_AGENCIES: readonly string[] = [
  "AFP", "AP", "Associated Press", "Reuters", "dpa", "DPA", "EFE", "Efe", "ANSA", "Kyodo", "Xinhua", "PAP", "APA",
  "SDA", "sda", "KNA", "epd", "Europa Press", "TASS", "Tass", "Interfax", "Bloomberg", "UPI", "CP", "AAP", "PA",
  "Belga", "ANP", "TT", "NTB", "Ritzau", "STT", "ČTK", "CTK", "MTI", "Agerpres", "Lusa", "ATS", "Keystone-SDA",
  "Yonhap", "IANS", "PTI", "AA", "Anadolu", "dts", "AFX", "Notimex", "Télam", "Agência Brasil",
];

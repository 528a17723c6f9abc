import { describe, expect, it } from "vitest";
import type { Block } from "../types.js";
import { cleanTitle, findTitle, menuLine, splitTitleLine, stripSiteFromTitleLine } from "./title.js";

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, index) => ({ index, text, lines: [text], line: index + 1, blankBefore: true, blankAfter: true }));

describe("splitTitleLine", () => {
  it.each([
    ["Headline here | Site", ["Headline here", "Site"]],
    ["A - B – C — D", ["A", "B", "C", "D"]],
    ["Well-known pre-fix stays", ["Well-known pre-fix stays"]],
    ["Site » Section » Story", ["Site", "Section", "Story"]],
  ])("%s", (line, parts) => {
    expect(splitTitleLine(line).map((p) => p.text)).toEqual(parts);
  });
  it("splits at colons only when asked", () => {
    expect(splitTitleLine("Blog Name: The post title").map((p) => p.text)).toEqual(["Blog Name: The post title"]);
    expect(splitTitleLine("Blog Name: The post title", true).map((p) => p.text)).toEqual(["Blog Name", "The post title"]);
  });
});

describe("stripSiteFromTitleLine / cleanTitle", () => {
  it.each([
    ["Council approves new budget for city parks - The Daily Planet", "Council approves new budget for city parks"],
    ["Council approves new budget for city parks | Planet News", "Council approves new budget for city parks"],
    ["Lorem ipsum dolor sit amet – My website", "Lorem ipsum dolor sit amet"],
    // Too short once stripped: the whole line is the title.
    ["Mozilla - Wikipedia", "Mozilla - Wikipedia"],
    ["Google - Site Reliability Engineering", "Google - Site Reliability Engineering"],
    // Head part under three words: the site is in front.
    ["Planet | Council approves new budget for city parks", "Council approves new budget for city parks"],
    ["No separator at all in this headline", "No separator at all in this headline"],
    ["Hyphen-ated words-do not split here", "Hyphen-ated words-do not split here"],
  ])("%s", (line, want) => {
    expect(cleanTitle(line)).toBe(want);
  });
  it("drops the side named again elsewhere in the dump", () => {
    const b = blocks("Daily Planet | Council approves new budget for parks", "Menu", "© 2024 Daily Planet. All rights reserved.");
    expect(stripSiteFromTitleLine(b[0]!.text, b, 0)).toBe("Council approves new budget for parks");
  });
});

describe("findTitle", () => {
  it("takes the headline over a standfirst of twelve words with a comma, four more than the headline's", () => {
    const b = blocks(
      "Skip to content",
      "Home",
      "Sport",
      "Council drops harbour road plan after record petition",
      "After a petition signed by 12,000 people, the council gave up the road",
      "By Jane Doe",
      "The harbour council has scrapped its plan for a new road along the waterfront, officials said on Tuesday.",
    );
    expect(findTitle(b, 6)?.title).toBe("Council drops harbour road plan after record petition");
  });
  it("after a sidebar heading and its teasers, the line right over the byline", () => {
    const b = blocks(
      "Skip to content",
      "Top Stories",
      "Storm closes schools across the region this week",
      "WATCH LIVE",
      "Ferry fares to rise by five percent in January",
      "Council drops harbour road plan after record petition",
      "By Jane Doe",
      "The harbour council has scrapped its plan for a new road along the waterfront, officials said on Tuesday.",
    );
    expect(findTitle(b, 7)?.title).toBe("Council drops harbour road plan after record petition");
  });
  it("knows skip links in more languages: the page's first line is then no title line", () => {
    for (const skip of ["Přeskočit na obsah", "Hoppa till huvudinnehåll", "Перейти до основного вмісту", "Ugrás a tartalomra", "Chuyển đến nội dung"]) {
      const b = blocks(skip, "Coastal News", "Home", "News", "Council scraps the plan for a road along the quay", "By Petra Novak", "27 November 2026", "The council voted seven to two on Tuesday evening to scrap the plan, officials said.");
      expect(findTitle(b, 7)?.title, skip).toBe("Council scraps the plan for a road along the quay");
    }
  });
  it("takes the headline over the byline when the title line names only a section and a site", () => {
    for (const line of ["Opinion | The Harbour Review", "Harbour Sport | Local football"]) {
      const b = blocks(line, "Why the harbour road was the wrong plan all along", "By Dr. Helen Marsh", "November 27, 2026", "Cities that build roads along their waterfronts rarely get back what they lose, planners say.");
      expect(findTitle(b, 4)?.title, line).toBe("Why the harbour road was the wrong plan all along");
    }
  });
  it("takes the whole <h1> when the title line shortened the headline", () => {
    const b = blocks("Harbour Ledger - Council scraps waterfront road plan", "Skip to main content", "Politics", "Council scraps waterfront road plan after record petition", "By Tom Reyes", "November 27, 2026", "The harbour council has scrapped its plan for a new road along the waterfront, officials said.");
    expect(findTitle(b, 6)?.title).toBe("Council scraps waterfront road plan after record petition");
    // A subline glued to the headline in one block is no longer headline.
    const c = blocks("Harbour Ledger - Council scraps waterfront road plan", "Politics", "Council scraps waterfront road plan Traders Celebrate", "By Tom Reyes", "November 27, 2026", "The harbour council has scrapped its plan for a new road along the waterfront, officials said.");
    expect(findTitle(c, 5)?.title).toBe("Council scraps waterfront road plan");
  });
  it("takes a blog post's title between its date and its text, not the blog's name", () => {
    const b = blocks("The Quayside Notebook", "Home", "About", "November 27, 2026", "Why I signed the harbour road petition", "I have lived on Quay Lane for thirty years, and I have never signed a petition before this autumn.");
    expect(findTitle(b, 5)?.title).toBe("Why I signed the harbour road petition");
  });
  it("over a box of key points, the line above the box's heading", () => {
    const b = blocks(
      "Skip to content",
      "Harbour Times",
      "News",
      "Sport",
      "Council drops harbour road plan after record petition",
      "Key points:",
      "The council voted seven to two on Tuesday night",
      "More than 12,000 people signed a petition against it",
      "The money will go to bus lanes and a new ferry",
      "By Jane Doe",
      "The harbour council has scrapped its plan for a new road along the waterfront, officials said on Tuesday.",
    );
    expect(findTitle(b, 10)?.title).toBe("Council drops harbour road plan after record petition");
  });
  it("prefers the <h1> repeat of the title line's headline part", () => {
    const b = blocks(
      "Storm floods coastal towns: thousands evacuated - The Gazette",
      "Home",
      "World",
      "Storm floods coastal towns: thousands evacuated",
      "By Jane Doe",
      "Heavy rain flooded several coastal towns on Sunday, officials said, and thousands of people left their homes.",
    );
    expect(findTitle(b, 5)).toEqual({ index: 3, title: "Storm floods coastal towns: thousands evacuated" });
  });
  it("prefers the repeat above the story to a share box below it, whatever the quote marks", () => {
    const b = blocks(
      'Student says the pills "burned her up" - The Gazette',
      "Home",
      "Student says the pills “burned her up”",
      "A student who bought diet pills online died in hospital, an inquest heard on Tuesday, and her mother has warned others.",
      "Share this story",
      'Student says the pills "burned her up" - The Gazette',
    );
    // The title line's straight quotes are kept; the <h1> (index 2) is the headline block.
    expect(findTitle(b, 3)).toEqual({ index: 2, title: 'Student says the pills "burned her up"' });
  });
  it("takes the <h1> without the short parenthetical the title line adds", () => {
    const b = blocks("Storm floods coastal towns (PHOTOS) - The Gazette", "Home", "Storm floods coastal towns", "Heavy rain flooded several coastal towns on Sunday.");
    expect(findTitle(b, 3)).toEqual({ index: 2, title: "Storm floods coastal towns" });
    // A longer parenthetical is part of the headline.
    const c = blocks("Storm floods coastal towns (and the worst is yet to come) - The Gazette", "Home", "Storm floods coastal towns", "Heavy rain flooded several coastal towns on Sunday.");
    expect(findTitle(c, 3)?.title).toBe("Storm floods coastal towns (and the worst is yet to come)");
  });
  it("finds no headline in a dump of plain paragraphs, and keeps a title line the story start follows", () => {
    const plain = blocks("Cafe owners say the new rules will cost them 500 euros a year.", "The council said it would review the plan in the spring.");
    expect(findTitle(plain, 0)).toBeNull();
    const titled = blocks("Site - Cafe owners fear the new rules", "Cafe owners say the new rules will cost them 500 euros a year.");
    expect(findTitle(titled, 0)?.title).toBe("Cafe owners fear the new rules");
  });
  it("takes the headline under a 'Top Stories' list, right above the front matter, not a teaser", () => {
    const b = blocks(
      "Skip to main content",
      "Top Stories",
      "Man charged after crash on highway near Milton",
      "Police search for missing hiker in the north",
      "Federal budget to include new housing money, minister says",
      "Published March 3, 2025 4:12 p.m. EST",
      "Share",
      "OTTAWA - The federal budget will include new money for housing, the finance minister said on Monday.",
    );
    expect(findTitle(b, 7)).toEqual({ index: 4, title: "Federal budget to include new housing money, minister says" });
  });
  it("passes over a title line of a site name and a navigation word", () => {
    const b = blocks("Le Monde - Accueil", "Actualités", "Publicité", "La Seine sort de son lit à Paris, les quais fermés", "Par Claire Martin", "La crue de la Seine a atteint lundi matin 5,20 mètres au pont d'Austerlitz.");
    expect(findTitle(b, 5)).toEqual({ index: 3, title: "La Seine sort de son lit à Paris, les quais fermés" });
  });
  it("passes over a menu word of a script without spaces at the top", () => {
    const b = blocks("ニュース", "政治", "経済", "東京都、夏の電力不足に備え節電を呼びかけ", "2024年6月10日 12時30分", "東京都は10日、今年の夏に電力の需給がひっ迫するおそれがあるとして、都民や企業に節電への協力を呼びかけました。");
    expect(findTitle(b, 5)).toEqual({ index: 3, title: "東京都、夏の電力不足に備え節電を呼びかけ" });
  });
  it("takes the headline half after a blog-name colon when it is repeated", () => {
    const b = blocks("Silicon Notes: Open flow for programmable logic devices", "Silicon Notes", "Open flow for programmable logic devices", "Body text.");
    expect(findTitle(b, 3)).toEqual({ index: 2, title: "Open flow for programmable logic devices" });
  });
  it("does not take a repeated site name for the headline", () => {
    const b = blocks("Council approves new budget for city parks - The Gazette", "The Gazette", "Some paragraph of the story that goes on.");
    expect(findTitle(b, 2)).toEqual({ index: 0, title: "Council approves new budget for city parks" });
  });
  it("skips junk and buttons before the headline", () => {
    const b = blocks("۴ý", "Skip to main content", "Putin says Russia ready to negotiate over Ukraine", "Share", "MOSCOW -");
    expect(findTitle(b, 5)).toEqual({ index: 2, title: "Putin says Russia ready to negotiate over Ukraine" });
  });
  it("falls back to the first headline-like block when the first line is only the site name", () => {
    const b = blocks(
      "Science Weekly",
      "Physics",
      "All Articles",
      "The Hidden Story of Chaos Theory",
      "Get Science Weekly delivered to your inbox",
      "Science Weekly moderates comments.",
      "It was a long paragraph that starts the story and ends with a full stop.",
    );
    expect(findTitle(b, 6)).toEqual({ index: 3, title: "The Hidden Story of Chaos Theory" });
  });
  it("never takes a file-name slug for the headline part", () => {
    const b = blocks("draft-smith-storage-protocol-04 - Remote Storage Protocol", "Menu", "Remote Storage Protocol", "Body text.");
    expect(findTitle(b, 3)).toEqual({ index: 2, title: "Remote Storage Protocol" });
  });
  it("does not take a story paragraph at the top of the dump for the <title> line", () => {
    const para = "The council met on Monday and, after a long debate that went on late into the night, the members agreed on a new budget for the parks of the city, which will see more money spent on trees and paths than in any year before.";
    const b = blocks(para, "Another paragraph of the story follows here, and it is a long one with many words.");
    expect(findTitle(b, 0)).toBeNull();
  });
  it("returns null on an empty dump", () => {
    expect(findTitle([], 0)).toBeNull();
  });
});

describe("findTitle: the headline above the byline or date", () => {
  const STORY_P = "Farmers in the valley say this year's harvest could be the worst in a decade after the driest summer on record, with some crops yielding half their usual amount.";

  it("prefers it to a title line that is only the site's name", () => {
    const b = blocks(
      "River Valley News",
      "Top Stories",
      "Police arrest man after break-in at pharmacy. Officers say the suspect was found with stolen medicine.",
      "School board votes to extend the academic year by two weeks, citing lost learning time.",
      "Farmers warn of poor harvest after dry summer",
      "Farmers in the valley say this year's harvest could be the worst in a decade.",
      "By Ruth Okafor",
      "November 26, 2026",
      STORY_P,
    );
    expect(findTitle(b, 2)).toEqual({ index: 4, title: "Farmers warn of poor harvest after dry summer" });
  });

  it("takes it when a skip link and menu words open the dump, not a menu word or a cookie prompt", () => {
    const b = blocks("Перейти к содержанию", "Главная", "В мире", "Мы используем cookies. Принять все", "Цены на жильё выросли третий месяц подряд", "Автор: Иван Петров", "2026-11-26 10:50", STORY_P);
    expect(findTitle(b, 7)?.title).toBe("Цены на жильё выросли третий месяц подряд");
    const c = blocks("Skip to main content", "Home", "We use cookies to improve your experience. Accept all cookies", "Farmers warn of poor harvest after dry summer", "By Ruth Okafor", "November 26, 2026", STORY_P);
    expect(findTitle(c, 6)?.title).toBe("Farmers warn of poor harvest after dry summer");
  });

  it("takes the upper of a headline and an unpunctuated standfirst, the one right above the byline otherwise", () => {
    const b = blocks("Skip to main content", "Home", "World", "Farmers warn of poor harvest after dry summer", "Growers in the valley say this year's crop could be the worst in a decade after months without rain", "By Ruth Okafor", STORY_P);
    expect(findTitle(b, 6)?.title).toBe("Farmers warn of poor harvest after dry summer");
    const c = blocks("Skip to main content", "Home", "World", "Prices rise for a third month in a row", "Farmers warn of poor harvest after dry summer", "By Ruth Okafor", STORY_P);
    expect(findTitle(c, 6)?.title).toBe("Farmers warn of poor harvest after dry summer");
  });
});

describe("a logo line under a skip link", () => {
  const story = "Firefighters from four counties spent a second day battling a brush fire near the reservoir, officials said.";

  it("gives way to the headline over the byline and date", () => {
    const b = blocks("Skip to main content", "WKRN News 4 Valley", "WATCH LIVE", "Crews battle brush fire near reservoir for a second day", "by: Dana Whitfield", "Posted: Nov 26, 2026 / 06:12 AM CST", story);
    expect(findTitle(b, 6)).toEqual({ index: 3, title: "Crews battle brush fire near reservoir for a second day" });
  });

  it("takes a logo line under a menu button for the site, when it is no sentence", () => {
    const b = blocks("Menu", "The Harbor Review", "Opinion", "Columns", "Subscribe", "OPINION", "Our towns cannot keep paying for roads they never use", "By Elena Marsh", "November 27, 2026", story);
    expect(findTitle(b, 9)).toEqual({ index: 6, title: "Our towns cannot keep paying for roads they never use" });
  });

  it("knows a Japanese skip link ('メインコンテンツへスキップ') over the logo", () => {
    const b = blocks("メインコンテンツへスキップ", "日刊ニュース", "トップ", "国内", "北海道で記録的な大雪、交通機関に大きな乱れ", "2026年11月27日 11時20分", "北海道では27日、強い寒気の影響で各地で記録的な大雪となり、鉄道や空の便に大きな乱れが出ている。");
    expect(findTitle(b, 6)).toEqual({ index: 4, title: "北海道で記録的な大雪、交通機関に大きな乱れ" });
  });

  it("takes the first block of a headline's length before the story over a three-word menu entry", () => {
    const b = blocks("Skip to main content", "PR Newswire", "News", "Products", "Send a Release", "News provided by", "Northwind Robotics", "Nov 27, 2026, 08:30 ET", "Share this article", "Northwind Robotics Opens $40 Million Assembly Plant in Ohio", "COLUMBUS, Ohio, Nov. 27, 2026 /PRNewswire/ -- Northwind Robotics today announced the opening of an assembly plant in Columbus.");
    expect(findTitle(b, 10)).toEqual({ index: 9, title: "Northwind Robotics Opens $40 Million Assembly Plant in Ohio" });
  });

  it("takes a headline with a badge for its kicker ('Live: …') over the commentator's line", () => {
    const b = blocks("Skip to main content", "SportZone", "Football", "Live Scores", "Premier League", "Live: Riverside United 2-1 Northgate City", "Match commentary by Owen Blake", "November 27, 2026", "Riverside United came from behind to beat Northgate City at the Harbour Ground. Follow every moment below.");
    expect(findTitle(b, 8)).toEqual({ index: 5, title: "Live: Riverside United 2-1 Northgate City" });
  });

  it("keeps a short title under a menu button when no skip link opens the dump", () => {
    const b = blocks("Home", "Time to say goodbye.", "Dear readers, after seven years I am closing this blog and want to thank you all for reading.", "In that spirit: so long, and thanks for all the fish", "26 November 2026", story);
    expect(findTitle(b, 2)?.title).toBe("Time to say goodbye.");
  });
});

describe("a <title> line with the provider in full-width brackets", () => {
  it("takes the <h1> without the bracket", () => {
    const b = blocks("東京都、給食費を無償化へ（地域ニュース） - 日本ニュース", "トップ", "国内", "東京都、給食費を無償化へ", "11/26(水) 14:05配信", "東京都は26日、来年度から都内の公立中学校の給食費を無償化する方針を明らかにした。");
    expect(findTitle(b, 5)).toEqual({ index: 3, title: "東京都、給食費を無償化へ" });
  });
});

describe("findTitle over a fact check's claim and rating", () => {
  const nav = ["Skip to content", "TruthMeter", "Fact Checks", "Politics", "Health", "Submit a claim", "FACT CHECK"];
  const story = ["A post shared thousands of times on social media says the city has banned gas stoves in new homes. The claim is false.", "The council approved rebates for electric cooktops, not a ban."];

  it("finds the headline above 'Claim: …' and 'Rating: …' lines over the byline", () => {
    const b = blocks(...nav, "No, the city did not ban gas stoves in new homes", "Claim: Harbour City has banned gas stoves in all new homes from January.", "Rating: False", "By Daniel Okafor", "November 27, 2026", ...story);
    expect(findTitle(b, nav.length + 5)?.title).toBe("No, the city did not ban gas stoves in new homes");
  });

  it("keeps a headline written as 'Label: …' right above the byline", () => {
    const b = blocks(...nav, "Analysis: Why the city stopped short of a gas stove ban", "By Daniel Okafor", "November 27, 2026", ...story);
    expect(findTitle(b, nav.length + 3)?.title).toBe("Analysis: Why the city stopped short of a gas stove ban");
  });
});

describe("findTitle under a newspaper's name", () => {
  it("takes a name line with a newspaper word ('Courier', 'Ledger') for the site, and the headline over the byline for the title", () => {
    for (const site of ["The Valley Courier", "Metro Ledger", "Harbour Chronicle"]) {
      const b = blocks(site, "Subscribe", "Sign In", "Obituaries", "Peggy Holloway, founder of the Riverside Food Bank, dies at 91", "By Thomas Reed", "Nov. 27, 2026", "Peggy Holloway, who turned a church basement pantry into a food bank, died Tuesday at her home. She was 91.", `© 2026 ${site}`);
      expect(findTitle(b, 7)?.title, site).toBe("Peggy Holloway, founder of the Riverside Food Bank, dies at 91");
    }
  });

  it("takes the upper of two headline-like lines over the byline when the lower is three words longer or more", () => {
    const b = blocks("Skip to main content", "Harbour Daily News", "Blue line ferry fares rise for the first time in over six years", "Commuters will pay 25 cents more a crossing from January, and monthly passes stay at $64", "By Priya Natarajan", "Nov. 27, 2026", "The harbour ferry will raise its fares for the first time since 2020, the transit authority said on Thursday.");
    expect(findTitle(b, 6)?.title).toBe("Blue line ferry fares rise for the first time in over six years");
  });
});

describe("a menu line where the <title> line would be", () => {
  it("is told from a <title> line of short parts", () => {
    for (const t of ["Home | World | Business | Sport | Tech | Video", "首页 | 国内 | 国际 | 财经 | 体育", "Accueil · Monde · Économie · Sport", "หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา"]) expect(menuLine(t), t).toBe(true);
    for (const t of ["Über uns – 2gewinnt | Kabarett | Satire", "Office 365 – HBDI – die Dritte | Damian Duchamps' Blog", "Energie Pressecenter - Pressemitteilungen - IWR-Pressedienst - Presse", "Council votes to close library | Town News", "หอสมุดเมืองเตรียมปิดปรับปรุงสองปี เริ่มฤดูใบไม้ผลิปีหน้า"]) expect(menuLine(t), t).toBe(false);
  });
  it("is never the title, nor is a share bar under it: the headline over the date line is", () => {
    const b = blocks(
      "Skip to main content",
      "Home | World | Business | Sport | Tech | Video",
      "Share: WhatsApp Facebook Twitter Email",
      "City library to close for two years of repairs next spring",
      "2026-11-27 14:32:10 Source: Example News",
      "The city government said on Thursday that the city library, which opened in 1921, will close next spring for two years of repairs.",
    );
    expect(findTitle(b, 5)?.title).toBe("City library to close for two years of repairs next spring");
  });
});

describe("a name over the place an author writes from", () => {
  it("is front matter under the standfirst: the headline over them is the title, not the standfirst", () => {
    const b = blocks(
      "Pular para o conteúdo principal",
      "Folha da Serra",
      "Assine",
      "Entrar",
      "Cotidiano",
      "Chuva forte deixa 300 desalojados no interior de Minas Gerais",
      "Defesa Civil diz que nível do rio Pardo deve baixar apenas na próxima semana",
      "Ana Beatriz Costa",
      "Belo Horizonte",
      "27.nov.2026 às 14h32",
      "A chuva que atinge o sul de Minas Gerais desde segunda-feira deixou ao menos 300 pessoas desalojadas, segundo a Defesa Civil.",
    );
    expect(findTitle(b, 10)?.title).toBe("Chuva forte deixa 300 desalojados no interior de Minas Gerais");
  });
});

describe("a standfirst of ten or eleven words with a comma", () => {
  it("gives way to the shorter headline above it, under a menu line", () => {
    const b = blocks(
      "Vai al contenuto principale",
      "Cronaca | Politica | Economia | Sport | Cultura",
      "La biblioteca civica chiude due anni per lavori",
      "Il Comune investirà 14 milioni per consolidare l'edificio, aperto nel 1921",
      "di Marco Bianchi",
      "27 novembre 2026, 14:32",
      "ROMA - La biblioteca civica chiuderà per due anni a partire dalla prossima primavera per lavori di ristrutturazione.",
    );
    expect(findTitle(b, 6)?.title).toBe("La biblioteca civica chiude due anni per lavori");
  });
});

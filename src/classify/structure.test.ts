import { describe, expect, it } from "vitest";
import { segment } from "../segment/index.js";
import { categoryTags, classify, fluentInside, metaRow, isCommentHeading, promptShape } from "./index.js";
import type { LabeledBlock } from "../types.js";
import { docStats, rawFeatures, words } from "./features.js";
import { STORY } from "../../tests/story-text.js";

const COMMENTS = [
  "I have used that library every week for twenty years and I think the council has made a terrible mistake here.",
  "Reply",
  "Honestly the roof has been leaking since I was a child, so I am not surprised that the repairs would cost so much money.",
  "Reply",
];

function labelled(text: string): { label: string; text: string }[] {
  return classify(segment(text), { language: "en" }).map((b) => ({ label: b.label, text: b.text }));
}

function rawOf(text: string) {
  const blocks = segment(text);
  const ts = blocks.map((b) => words(b.text));
  return rawFeatures(blocks[0]!, ts[0]!, docStats(blocks, ts, "en"), "en");
}

describe("comment sections", () => {
  it("knows comment headings in several languages, with counts", () => {
    for (const h of ["13 Comments", "There are 2 comments", "Leave a Reply", "3 thoughts on “Library to close”", "12 Kommentare", "Laisser un commentaire", "Comentarios", "View comments (27)", "Kommentare (3)", "留言列表 (42)", "發表留言", "12件のコメント"]) {
      expect(isCommentHeading(h, rawOf(h)), h).toBe(true);
    }
    for (const t of ["Comments from the mayor angered traders", "Library to close", STORY[0]!]) expect(isCommentHeading(t, rawOf(t)), t).toBe(false);
  });

  it("drops the readers' comments after the story's comment heading", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "2 Comments", ...COMMENTS].join("\n\n"));
    const body = out.filter((b) => b.label === "paragraph").map((b) => b.text);
    expect(body).toEqual(STORY);
  });

  it("drops the comments under a 'View comments (27)' line (a count in brackets)", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "View comments (27)", ...COMMENTS].join("\n\n"));
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });

  it("drops the comments after two different comment headings ('2 Comments', then 'Leave a Reply')", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "2 Comments", "Leave a Reply", ...COMMENTS].join("\n\n"));
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });

  it("ends a sidebar section that runs on into the comments (one line per block)", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "Related", "The ferry timetable nobody can read", "2 thoughts on “Library on the harbour to close”", "Peter Hale", ...COMMENTS, "Leave a Reply", "Most read", "Harbour festival moves to July", "Council tax to rise by 3%"].join("\n"));
    const sidebar = out.filter((b) => b.label === "sidebar-item").map((b) => b.text);
    expect(sidebar).toEqual(["The ferry timetable nobody can read", "Harbour festival moves to July", "Council tax to rise by 3%"]);
  });

  it("keeps the story when a comment counter sits above it (before most of the story)", () => {
    const out = labelled(["Library on the harbour to close", "14 Comments", ...STORY].join("\n\n"));
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });

  it("ignores a counter repeated under every teaser (a stream, not a comment section)", () => {
    const out = labelled(["Library on the harbour to close", ...STORY.slice(0, 3), "12 Comments", ...STORY.slice(3), "40 Comments"].join("\n\n"));
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });
});

describe("a dump with one block of text", () => {
  it("is body text, not a headline over nothing", () => {
    const out = labelled("Council votes to close the harbour library after two years of debate");
    expect(out).toEqual([{ label: "paragraph", text: "Council votes to close the harbour library after two years of debate" }]);
  });

  it("stays boilerplate when it is a known phrase", () => {
    expect(labelled("Skip to main content").map((b) => b.label)).not.toContain("paragraph");
  });
});

describe("photo captions with their credit", () => {
  it("drops a caption that ends with its credit, in any of several forms", () => {
    for (const caption of [
      "The harbour library at dusk. Photo: Jane Doe",
      "Die Bibliothek am Hafen. Foto: DBT/Max Muster",
      "The reading room on its last day (Jane Doe / Getty Images)",
      "Readers queue at the door © J. Doe / Shutterstock",
      "Getty Images",
      "Volunteers carry books out of the library on Sunday. (Jane Doe/AFP via Getty Images)",
    ]) {
      const out = labelled(["Library on the harbour to close", STORY[0]!, caption, ...STORY.slice(1)].join("\n\n"));
      expect(out.find((b) => b.text === caption)?.label, caption).toBe("boilerplate");
      expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
    }
  });

  it("leaves a wire agency alone on a line to the credits, not the photo credits", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "Reuters"].join("\n\n"));
    expect(out.find((b) => b.text === "Reuters")?.label).toBe("credits");
  });

  it("keeps prose that mentions a photo or a source", () => {
    const prose = "The source: a council memo, seen by this newspaper, said the roof could not be saved.";
    const out = labelled(["Library on the harbour to close", STORY[0]!, prose, ...STORY.slice(1)].join("\n\n"));
    expect(out.find((b) => b.text === prose)?.label).toBe("paragraph");
  });
});

describe("photo galleries", () => {
  const GALLERY = [
    "1/4 Volunteers carry books out of the old reading room",
    "The collection will be stored in the town hall until the new library opens next spring.",
    "2/4 The roof above the children's section",
    "Water damage from last winter's storms closed this part of the building in January.",
    "3/4 A reader in the harbour reading room",
    "Many regular visitors came to say goodbye to the building on its last day.",
    "4/4 The library seen from the harbour",
    "The council has not yet decided what will happen to the building itself.",
  ];

  it("drops a gallery of numbered slides and their captions after the story", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, ...GALLERY].join("\n\n"));
    const body = out.filter((b) => b.label === "paragraph").map((b) => b.text);
    expect(body).toEqual(STORY);
  });

  it("does not take day/month dates or a counter that does not count up for a gallery", () => {
    // Events listed by date: 18/11, 23/11, 25/11 are not slides one after another.
    const events = ["18/11 The council meets traders at the harbour to discuss the plan for visitors", "23/11 Readers are invited to a farewell evening in the old reading room", "25/11 The new library shows its plans to the public in the town centre"];
    const out = classify(segment(["Library on the harbour to close", ...STORY, ...events].join("\n\n")), { language: "en", explain: true });
    for (const b of out) expect(b.reasons.join(" ")).not.toContain("photo gallery");
  });
});

describe("fluent prose inside the story", () => {
  const TEASER = "Readers in the north of the county have been asked to choose the name of the new ferry that will cross the river from the spring.";
  const SHORT = "Share this story";

  /** Runs fluentInside on blocks given as [text, label] with the labels the model gave. */
  function bridge(items: [string, string][]): string[] {
    const blocks = segment(items.map(([t]) => t).join("\n\n"));
    const ts = blocks.map((b) => words(b.text));
    const d = docStats(blocks, ts, "en");
    const raws = blocks.map((b, i) => rawFeatures(b, ts[i]!, d, "en"));
    const out = items.map(([text, label]) => ({ text, label, reasons: [] as string[] })) as unknown as LabeledBlock[];
    const labels = out.map((b) => b.label);
    fluentInside(out, raws, labels.indexOf("paragraph"), labels.lastIndexOf("paragraph"), (i, l) => (out[i]!.label = l));
    return out.map((b) => b.label);
  }

  it("bridges a fluent block a few blocks from story paragraphs on both sides", () => {
    const labels = bridge([[STORY[0]!, "paragraph"], [SHORT, "boilerplate"], [TEASER, "boilerplate"], [SHORT, "boilerplate"], [STORY[1]!, "paragraph"]]);
    expect(labels[2]).toBe("paragraph");
  });

  it("does not bridge a fluent block standing far from any story paragraph", () => {
    const gap: [string, string][] = Array.from({ length: 10 }, () => [SHORT, "boilerplate"]);
    const labels = bridge([[STORY[0]!, "paragraph"], ...gap, [TEASER, "boilerplate"], ...gap, [STORY[1]!, "paragraph"]]);
    expect(labels[11]).toBe("boilerplate");
  });
});

describe("site prompts", () => {
  it("knows cookie banners and newsletter boxes by their density of prompt words", () => {
    for (const t of [
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Privacy policy",
      "Sign up to our newsletter for the latest news in your inbox",
    ]) {
      expect(promptShape(rawOf(t)), t).toBe(true);
    }
  });

  it("keeps a story paragraph that mentions a couple of prompt words", () => {
    const t = "The council said readers could subscribe to a printed guide to the new library for two pounds a year, and that the privacy of their loan records would be protected as before, whatever happens to the building.";
    const r = rawOf(t);
    expect(r.cues, "the paragraph carries prompt words").toBeGreaterThanOrEqual(2);
    expect(promptShape(r)).toBe(false);
  });
});

describe("subheads", () => {
  it("takes a short line between story paragraphs for a subhead, but not a photo credit", () => {
    for (const credit of ["© Jane Doe", "Jane Doe | Harbour Press Agency"]) {
      const out = labelled(["Library on the harbour to close", STORY[0], STORY[1], "What happens to the building", STORY[2], credit, STORY[3], STORY[4]].join("\n\n"));
      expect(out.find((b) => b.text === "What happens to the building")!.label).toBe("heading");
      expect(out.find((b) => b.text === credit)!.label, credit).not.toBe("heading");
    }
  });
});

describe("the headline found below the story", () => {
  it("keeps the story above a share box that repeats the headline", () => {
    const text = ["Library on the harbour to close - The Gazette", "Home", "News", "Local", ...STORY, "Share this story", "Library on the harbour to close"].join("\n\n");
    expect(labelled(text).filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });
});

describe("standfirst", () => {
  const HEAD = "Library on the harbour to close";

  it("takes a line under the headline, before the byline, for the standfirst", () => {
    const out = labelled([HEAD, "Readers and traders fear for the harbour after the council vote", "By Jane Doe", ...STORY].join("\n\n"));
    expect(out.find((b) => b.label === "subtitle")?.text).toBe("Readers and traders fear for the harbour after the council vote");
  });

  it("does not take a photo caption or a line of meta fields for it, but the standfirst after them", () => {
    const sub = "Readers and traders fear for the harbour after the council vote";
    for (const line of ["The old reading room of the harbour library on Tuesday. Photo: Jane Doe", "Libraries | Harbour | Council | Local news from the north"]) {
      const out = labelled([HEAD, line, sub, "By Jane Doe", ...STORY].join("\n\n"));
      expect(out.find((b) => b.label === "subtitle")?.text, line).toBe(sub);
    }
  });
});

describe("front matter", () => {
  const HEAD = "Library on the harbour to close";
  const items = Array.from({ length: 100 }, (_, k) => `Harbour archive ${k + 1}`);
  const bylineOf = (blocks: string[]): string | undefined => labelled(blocks.join("\n\n")).find((b) => b.label === "byline")?.text;

  it("finds the byline right under the headline or right before the story", () => {
    expect(bylineOf([HEAD, "By Jane Doe", ...items, ...STORY])).toBe("By Jane Doe");
    expect(bylineOf([HEAD, ...items, "By Jane Doe", ...STORY])).toBe("By Jane Doe");
  });

  it("does not take a byline-shaped line far from both for the byline", () => {
    expect(bylineOf([HEAD, ...items.slice(0, 30), "By Jane Doe", ...items.slice(30), ...STORY])).toBeUndefined(); // 70 blocks above the story
  });
});

describe("live blogs", () => {
  it("keeps the first entry's time and headline above the first paragraph as subheads", () => {
    const text = [
      "LIVE: Storm closes the harbour library",
      "Updated 2 minutes ago",
      "15:42",
      "Readers asked to return books early",
      STORY[0],
      "15:20",
      "Harbour road closed",
      STORY[1],
    ].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "15:42")!.label).toBe("heading");
    expect(out.find((b) => b.text === "Readers asked to return books early")!.label).toBe("heading");
    expect(out.find((b) => b.text === "Harbour road closed")!.label).toBe("heading");
  });
});

describe("subheads above the first paragraph", () => {
  const top = ["Storm closes the harbour library | Harbour News", "Home", "Local", "Sport", "Weather", "Contact"];
  it("does not take the last buttons of a share bar for subheads", () => {
    const text = [...top, "", "Storm closes the harbour library", "", "By Jane Doe", "Share", "Facebook", "Reader view", "", ...STORY].join("\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "heading").map((b) => b.text)).toEqual([]);
  });

  it("takes a bare name between the date and the author's job title for the byline, even when the page writes it in an e-mail address", () => {
    const text = [...top, "", "Storm closes the harbour library", "", "posted on November 26, 2026, at 9:15 a.m.", "Mark Dale", "Harbour News Reporter", "", ...STORY.join("\n\n").split("\n"), "", "Contact Mark Dale at mark.dale@example.com"].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "Mark Dale")!.label).toBe("byline");
    expect(out.find((b) => b.text === "Harbour News Reporter")!.label).toBe("boilerplate");
  });

  it("takes a 'By' byline followed by the author's bio under the headline for the byline, not a paragraph", () => {
    const bio = "By Alex Rowe, a senior editor and author of the Weekly Wire newsletter. She has covered the courts for a decade at the Gazette and other papers.";
    const text = [...top, "", "Storm closes the harbour library", "", bio, "", "Nov 26, 2026, 9:15 AM UTC", "", ...STORY.join("\n\n").split("\n")].join("\n");
    expect(labelled(text).find((b) => b.text === bio)!.label).toBe("byline");
  });

  it("knows share-bar services and button rows in several languages as boilerplate", () => {
    for (const button of ["X", "Flipboard", "Copiar enlace", "Offrir l’article", "Lire plus tard", "شارك", "Подписаться", "Aumentar fonte", "Copiar link", "Increase font size", "ADVERTISING", "inRead invented by Teads", "Created with Sketch.", "Fill 1", "新浪微博", "微信好友", "领英分享"]) {
      // A share bar after the lead paragraph: a button line there would otherwise read as a subhead.
      const text = [...top, "", "Storm closes the harbour library", "", "By Jane Doe", "", STORY[0], "", button, "", ...STORY.slice(1)].join("\n");
      expect(labelled(text).find((b) => b.text === button)!.label, button).toBe("boilerplate");
    }
  });

  it("keeps a section heading right under the headline's front matter", () => {
    const text = [...top, "", "Storm closes the harbour library", "", "By Jane Doe", "", "What happened", "", STORY[0], "", STORY[1]].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "What happened")!.label).toBe("heading");
  });
});

describe("inline teaser boxes", () => {
  it("lets the story resume after a box of one teaser near a short page's end", () => {
    const text = [
      "Bahn kündigt neue Verbindungen zwischen Berlin und Warschau an | tagesschau.de",
      "Direkt zum Inhalt",
      "Startseite",
      "Inland",
      "Ausland",
      "Wirtschaft",
      "Wissen",
      "Faktenfinder",
      "Investigativ",
      "Wetter",
      "Sport",
      "Sendung verpasst?",
      "",
      "Stand: 26.11.2026 14:05 Uhr",
      "",
      "Die Deutsche Bahn will ab dem kommenden Jahr deutlich mehr Züge zwischen Berlin und Warschau fahren lassen. Die Fahrzeit soll auf unter fünf Stunden sinken.",
      "",
      "Von Anna Schmidt, ARD-Hauptstadtstudio",
      "",
      "Bahn kündigt neue Verbindungen zwischen Berlin und Warschau an",
      "",
      "Ab Dezember nächsten Jahres sollen zwischen den beiden Hauptstädten täglich acht statt bisher vier Fernzüge verkehren. Das kündigte die Bahn gemeinsam mit der polnischen Staatsbahn in Berlin an.",
      "",
      "Möglich werde das durch den Ausbau der Strecke auf der deutschen Seite, der nach jahrelangen Verzögerungen nun fast abgeschlossen sei. Auf polnischer Seite wurden bereits mehrere Brücken erneuert.",
      "",
      "Mehr zum Thema",
      "Neue Nachtzüge nach Skandinavien geplant",
      "",
      "Fahrgastverbände begrüßten die Ankündigung, kritisierten aber, dass die Strecke weiterhin nur eingleisig sei. „Ein einziger Zug mit Verspätung bringt den ganzen Fahrplan durcheinander“, sagte ein Sprecher.",
      "",
      "Kritik an Preisen",
      "",
      "Auch die Ticketpreise stehen in der Kritik. Eine einfache Fahrt kostet derzeit bis zu 90 Euro, deutlich mehr als ein Fernbus.",
      "",
      "Über dieses Thema berichtete Inforadio am 26. November 2026 um 12:00 Uhr.",
      "",
      "Mehr zu diesem Thema",
      "Bahn-Chefin kündigt Sanierungsprogramm an",
      "Schlagworte",
      "Deutsche Bahn",
      "Polen",
      "Dieses Thema im Programm:",
      "Impressum",
      "Datenschutz",
      "Barrierefreiheit",
    ].join("\n");
    const out = classify(segment(text), { language: "de" });
    expect(out.find((b) => b.text.startsWith("Fahrgastverbände"))!.label).toBe("paragraph");
    expect(out.find((b) => b.text.startsWith("Auch die Ticketpreise"))!.label).toBe("paragraph");
    expect(out.find((b) => b.text === "Kritik an Preisen")!.label).toBe("heading");
    expect(out.find((b) => b.text === "Neue Nachtzüge nach Skandinavien geplant")!.label).toBe("sidebar-item");
  });
});

describe("bylines without 'By'", () => {
  const page = (name: string): string =>
    ["Storm closes the harbour library | Harbour News", "Home", "Local", "Sport", "", "Storm closes the harbour library", "", name, "26 November 2026, 14:05", "", ...STORY.flatMap((p) => [p, ""]), "The library industry is watching closely."].join("\n");

  it("takes a name alone under the headline, followed by the date, for the byline", () => {
    const out = labelled(page("Leyland Cecco in Toronto"));
    expect(out.find((b) => b.text === "Leyland Cecco in Toronto")!.label).toBe("byline");
  });

  it("does not take a label of words the page writes in lower case for one", () => {
    const out = labelled(page("Library Industry"));
    expect(out.find((b) => b.text === "Library Industry")!.label).not.toBe("byline");
  });
});

describe("isolated short lines, across a rule line", () => {
  it("keeps one or two words whose neighbour with words is story text", () => {
    // A tiny page of one-word paragraphs with a rule line (or a junk line removed by repair) between them.
    const text = ["Replace javascript: links", "abc", "***", "def", "ghi"].join("\n\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "abc")!.label).toBe("paragraph");
  });
});

describe("isolated short lines", () => {
  it("drops one or two words with no story text on either side (a tag list's last line)", () => {
    const text = [
      "Wildfire smoke blankets northern cities as crews battle blazes | World news | The Guardian",
      "Skip to main content",
      "Skip to navigation",
      "Print subscriptions",
      "Sign in",
      "Search jobs",
      "Search",
      "News",
      "Opinion",
      "Sport",
      "Culture",
      "Lifestyle",
      "World",
      "Europe",
      "US news",
      "Americas",
      "Asia",
      "Australia",
      "Middle East",
      "Africa",
      "Inequality",
      "Global development",
      "",
      "Canada",
      "This article is more than 1 month old",
      "Wildfire smoke blankets northern cities as crews battle blazes",
      "",
      "Authorities urge residents to stay indoors as air quality reaches hazardous levels across three provinces",
      "",
      "Leyland Cecco in Toronto",
      "Wed 26 Nov 2026 18.05 GMT",
      "Share",
      "",
      "Thick smoke from more than 200 wildfires drifted over cities in northern Canada on Wednesday, turning the sky orange and forcing schools to close as officials warned of the worst air quality in years.",
      "",
      "Firefighters from across the country have been sent to the region, where dry conditions and strong winds have allowed blazes to spread faster than crews can contain them.",
      "",
      "Firefighters work on a blaze near the highway on Tuesday. Photograph: Jane Smith/Reuters",
      "",
      "Health officials advised people with asthma or heart conditions to avoid going outside and to keep windows closed. Hospitals reported a rise in visits for breathing problems.",
      "",
      "Evacuations expand",
      "",
      "About 12,000 people have left their homes since the weekend, many of them from small communities reachable only by a single road. Local leaders said some residents had refused to go.",
      "",
      "“People don’t want to leave their animals and their homes,” said one mayor. “We understand that, but the fire does not care.”",
      "",
      "The federal government said it would send military aircraft to help with evacuations if the situation worsened.",
      "",
      "Explore more on these topics",
      "Canada",
      "Wildfires",
      "Climate crisis",
      "Americas",
      "news",
      "Share",
      "Reuse this content",
      "Most viewed",
      "Live",
      "Ukraine war live: talks resume in Geneva",
      "Man arrested after body found in Glasgow flat",
      "The best winter coats, tested",
      "About us",
      "Contact us",
      "Complaints & corrections",
      "© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
    ].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "news")!.label).toBe("boilerplate");
    expect(out.find((b) => b.text === "Evacuations expand")!.label).toBe("heading");
  });
});

describe("long date lines", () => {
  it("takes a published-and-modified line of 14 words for the date line, not story", () => {
    const text = [
      "La Commission européenne propose de réduire les pesticides de moitié d’ici à 2035",
      "Le Monde",
      "Aller au contenu principal",
      "Aller au menu",
      "Actualités",
      "Économie",
      "Vidéos",
      "Débats",
      "Culture",
      "Le Goût du Monde",
      "S’abonner",
      "Se connecter",
      "",
      "Planète",
      "La Commission européenne propose de réduire les pesticides de moitié d’ici à 2035",
      "",
      "Le texte, qui doit encore être approuvé par les Etats membres et le Parlement, suscite déjà l’opposition des syndicats agricoles.",
      "",
      "Par Claire Dubois (Bruxelles, correspondante)",
      "Publié le 26 novembre 2026 à 11h30, modifié le 26 novembre 2026 à 14h12",
      "Temps de Lecture 3 min.",
      "Offrir l’article",
      "Lire plus tard",
      "Partager",
      "",
      "La Commission européenne a présenté, mercredi 26 novembre, un projet de règlement visant à réduire de moitié l’utilisation des pesticides chimiques dans l’Union d’ici à 2035.",
      "",
      "Le texte prévoit des objectifs nationaux contraignants et interdit l’usage de ces produits dans les parcs, les écoles et les zones protégées.",
      "",
      "Lire aussi | Les agriculteurs face à la baisse des rendements",
      "",
      "Les organisations environnementales ont salué un « pas dans la bonne direction », tout en regrettant que la Commission ait renoncé à un calendrier plus ambitieux.",
      "",
      "Les syndicats agricoles dénoncent au contraire une mesure « déconnectée du terrain », qui menacerait selon eux la production de nombreuses cultures.",
      "",
      "Claire Dubois (Bruxelles, correspondante)",
      "Contribuer",
      "Réutiliser ce contenu",
      "Lecture du Monde en cours sur un autre appareil.",
      "Vous pouvez lire Le Monde sur un seul appareil à la fois",
      "Services Le Monde",
      "Le Monde Mémorable",
      "Mentions légales",
    ].join("\n");
    const out = classify(segment(text), { language: "fr" });
    expect(out.find((b) => b.text.startsWith("Publié le"))!.label).toBe("date");
    expect(out.find((b) => b.text.startsWith("Offrir"))!.label).toBe("boilerplate");
  });
});

describe("wire story endings and meta rows", () => {
  it("keeps the contribution note under a wire story's '___' rule", () => {
    const text = [
      "City council approves new flood barrier plan after months of debate | AP News",
      "Skip to main content",
      "AP Logo",
      "World",
      "U.S.",
      "Politics",
      "Sports",
      "Entertainment",
      "Business",
      "Science",
      "Fact Check",
      "Oddities",
      "Be Well",
      "Newsletters",
      "Photography",
      "Climate",
      "Search",
      "Donate",
      "",
      "City council approves new flood barrier plan after months of debate",
      "",
      "By MARIA GONZALEZ and TOM BRENNAN",
      "Updated 4:12 PM EST, November 26, 2026",
      "Share",
      "Share",
      "Copy",
      "Link copied",
      "Email",
      "Facebook",
      "X",
      "Reddit",
      "LinkedIn",
      "Pinterest",
      "Flipboard",
      "Print",
      "",
      "NORFOLK, Va. (AP) — The city council voted 6-2 on Tuesday to build a two-mile flood barrier along the downtown waterfront, ending a dispute that had split neighborhoods and delayed federal money for more than a year.",
      "",
      "The barrier, a mix of concrete walls and earthen berms, is expected to cost about $1.2 billion. Most of the money will come from the Army Corps of Engineers, with the city paying roughly a third over two decades.",
      "",
      "“We have been talking about this since before my kids were born,” said council member Denise Harper, who voted in favor. “Every spring the water comes a little higher, and every spring we say next year.”",
      "",
      "RELATED COVERAGE",
      "Rising seas threaten dozens of coastal military bases, report finds",
      "Insurers pull back from Gulf Coast as hurricane losses mount",
      "How a small town in Louisiana moved itself uphill",
      "",
      "Opponents said the plan would cut off views of the harbor and hurt restaurants along the water. Several business owners spoke for hours at a public hearing last week, and one asked the council to put the question to voters instead.",
      "",
      "Council member Ray Lutz, who voted no, said he supported flood protection but not this design. “We are building a wall around the people who can already afford to leave,” he said.",
      "",
      "Construction could begin as early as 2028 if federal funding is approved in next year’s budget.",
      "",
      "___",
      "",
      "Associated Press writer Hannah Kim in Richmond, Virginia, contributed to this report.",
      "",
      "MARIA GONZALEZ",
      "Gonzalez covers climate and the environment for The Associated Press.",
      "twitter",
      "mailto",
      "",
      "Most read",
      "Storm knocks out power to 200,000 homes across the Northeast",
      "Judge blocks new rules on student loan forgiveness",
      "Stocks climb as inflation cools for third straight month",
      "Police search for suspect after shooting at mall",
      "AP",
      "About",
      "Contact Us",
      "Terms of Use",
      "Privacy Policy",
      "Cookie Settings",
      "Copyright 2026 The Associated Press. All Rights Reserved.",
    ].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text.startsWith("Associated Press writer Hannah Kim"))!.label).toBe("paragraph");
    expect(out.find((b) => b.text.startsWith("Gonzalez covers climate"))!.label).toBe("boilerplate");
    expect(out.filter((b) => b.label === "heading")).toEqual([]);
  });

  it("drops a 'Source: X' meta row above the story", () => {
    const text = [
      "我国新能源汽车产量突破千万辆_新华网",
      "首页",
      "时政",
      "国际",
      "财经",
      "科技",
      "体育",
      "娱乐",
      "我国新能源汽车产量突破千万辆",
      "2026-11-26 15:20:31",
      "来源：新华网",
      "新华社北京11月26日电（记者王明）记者26日从工业和信息化部获悉，今年前十个月，我国新能源汽车产量首次突破一千万辆，同比增长约三成。",
      "工业和信息化部有关负责人表示，新能源汽车产业链不断完善，电池、电机等关键零部件的技术水平持续提升，出口规模也在扩大。",
      "业内专家认为，随着充电设施建设加快和购车成本下降，新能源汽车在三四线城市和农村地区的普及率有望进一步提高。",
      "【纠错】",
      "责任编辑：李华",
      "相关新闻",
      "我国充电桩数量持续增长",
      "新能源汽车下乡活动启动",
      "关于我们",
      "版权所有",
    ].join("\n");
    const out = classify(segment(text), { language: "zh" });
    expect(out.find((b) => b.text === "来源：新华网")!.label).toBe("boilerplate");
    expect(out.find((b) => b.text.startsWith("新华社北京"))!.label).toBe("paragraph");
  });
});

describe("picture labels, a name over a job title, teaser dates", () => {
  const text = [
      "Scientists find new species of deep-sea octopus off Chile - BBC News",
      "Skip to content",
      "British Broadcasting Corporation",
      "Home",
      "News",
      "Sport",
      "Weather",
      "iPlayer",
      "Sounds",
      "Bitesize",
      "CBeebies",
      "CBBC",
      "Food",
      "Home",
      "Israel-Gaza war",
      "War in Ukraine",
      "Climate",
      "Video",
      "World",
      "UK",
      "Business",
      "Tech",
      "Science",
      "Science",
      "Scientists find new species of deep-sea octopus off Chile",
      "26 November 2026",
      "Share",
      "Save",
      "Helen Briggs",
      "Environment correspondent",
      "Image source, Schmidt Ocean Institute",
      "Image caption,",
      "The octopus was filmed at a depth of 2,800 metres",
      "Scientists exploring underwater mountains off the coast of Chile say they have found at least four new species of octopus, along with corals and sponges never seen before.",
      "The discoveries were made during a month-long expedition to seamounts in the south-east Pacific, using a remotely operated vehicle that can dive to 4,500 metres.",
      "\"We far exceeded our hopes,\" said chief scientist Dr Javier Sellanes. \"You always expect to find new species in these remote areas, but the amount we found is mind-blowing.\"",
      "Media caption,",
      "Watch: Footage of the deep-sea creatures",
      "One of the new octopuses belongs to a group known as dumbo octopuses, named for the ear-like fins on their heads.",
      "A hidden world",
      "The seamounts are home to a rich community of life that has been largely cut off from the rest of the ocean for thousands of years.",
      "Researchers say the area should be protected from deep-sea mining and fishing, which could destroy habitats before they are even studied.",
      "More on this story",
      "Why deep-sea mining is so controversial",
      "Published",
      "3 days ago",
      "Related Topics",
      "Oceans",
      "Chile",
      "Marine biology",
      "Top stories",
      "Live",
      "Storms bring flooding to parts of England",
      "Published",
      "1 hour ago",
      "Election campaign enters final week",
      "Published",
      "4 hours ago",
      "Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.",
  ].join("\n");
  const out = labelled(text);
  const label = (t: string): string => out.find((b) => b.text === t)!.label;

  it("drops 'Image source, X', 'Image caption,' and the caption after it", () => {
    expect(label("Image source, Schmidt Ocean Institute")).toBe("boilerplate");
    expect(label("Image caption,")).toBe("boilerplate");
    expect(label("The octopus was filmed at a depth of 2,800 metres")).toBe("boilerplate");
    expect(label("Media caption,")).toBe("boilerplate");
    expect(label("Watch: Footage of the deep-sea creatures")).toBe("boilerplate");
  });

  it("takes a name over a job title for the byline", () => {
    expect(label("Helen Briggs")).toBe("byline");
    expect(label("Environment correspondent")).toBe("boilerplate");
  });

  it("does not take a teaser's time stamp for a teaser", () => {
    expect(label("Why deep-sea mining is so controversial")).toBe("sidebar-item");
    expect(label("3 days ago")).toBe("boilerplate");
    expect(label("1 hour ago")).toBe("boilerplate");
  });
});

describe("a French page laid out like the seed dump", () => {
  const text = [
      "Passer au contenu principal",
      "Les syndicats de la santé déclenchent une grève de trois jours au Québec",
      "Partager",
      "QUÉBEC -",
      "Les syndicats représentant plus de 80 000 travailleurs de la santé ont déclenché mercredi une grève de trois jours, la première de cette ampleur depuis plus de dix ans.",
      "« Nous n’avons pas pris cette décision à la légère », a déclaré la présidente de la principale centrale syndicale lors d’un point de presse devant l’hôpital.",
      "Les services essentiels seront maintenus dans les urgences et les soins intensifs, mais des milliers de rendez-vous et d’opérations non urgentes ont été reportés.",
      "Le gouvernement affirme avoir présenté une offre « généreuse » la semaine dernière et appelle les syndicats à revenir à la table des négociations.",
      "UNE OFFRE JUGÉE INSUFFISANTE",
      "Les syndicats réclament des hausses de salaire plus importantes et des mesures pour réduire le recours aux heures supplémentaires obligatoires.",
      "Selon eux, la pénurie de personnel pousse de nombreuses infirmières à quitter le réseau public pour le privé ou à changer de métier.",
      "(Avec des informations de La Presse Canadienne)",
      "Les plus lus",
      "Un homme de 45 ans accusé de fraude après une enquête de deux ans à Laval.",
      "NOUVEAU",
      "NOUVEAU",
      "Une tempête de neige attendue dans l'est de la province dès jeudi soir.",
      "La Ville de Montréal annonce de nouvelles pistes cyclables pour le printemps.",
  ].join("\n");
  const out = classify(segment(text), { language: "fr" });
  const label = (t: string): string => out.find((b) => b.text === t)!.label;

  it("knows 'Passer au contenu principal' for a skip link, not the headline", () => {
    expect(label("Passer au contenu principal")).toBe("boilerplate");
    expect(label("Les syndicats de la santé déclenchent une grève de trois jours au Québec")).toBe("title");
  });

  it("takes the agency note '(Avec des informations de …)' for credits", () => {
    expect(label("(Avec des informations de La Presse Canadienne)")).toBe("credits");
  });
});

describe("a Czech page with an inline 'Související' box and a caption credited after a bar", () => {
  const text = [
    "Brno otevře novou tramvajovou linku do Bystrce | Zprávy",
    "",
    "Brno otevře novou tramvajovou linku do Bystrce",
    "",
    "26. 11. 2026 14:05",
    "",
    "Dopravní podnik města Brna v pondělí oznámil, že nová tramvajová linka do Bystrce začne jezdit už v prosinci.",
    "",
    "Nová tramvaj na zkušební jízdě v Bystrci. | Foto: ČTK",
    "",
    "Trať měří necelé čtyři kilometry a stavba trvala dva roky. Podle radnice by měla linka ulevit přeplněným autobusům v celé čtvrti.",
    "",
    "Související",
    "",
    "Praha zdraží jízdenky MHD od ledna o pět korun",
    "",
    "Cestující se mohou těšit na interval deset minut ve špičce a patnáct minut večer, uvedl mluvčí podniku Jan Novák.",
    "",
    "Stavba stála přes miliardu korun, většinu nákladů pokryly evropské dotace a zbytek zaplatilo město ze svého rozpočtu.",
  ].join("\n");
  const out = labelled(text);
  const label = (t: string): string => out.find((b) => b.text === t)!.label;

  it("takes the caption ending '| Foto: ČTK' for a caption, not story", () => {
    expect(label("Nová tramvaj na zkušební jízdě v Bystrci. | Foto: ČTK")).toBe("boilerplate");
  });

  it("sets the teaser under 'Související' apart and keeps the story after it", () => {
    expect(label("Související")).toBe("sidebar-heading");
    expect(label("Praha zdraží jízdenky MHD od ledna o pět korun")).toBe("sidebar-item");
    expect(label("Stavba stála přes miliardu korun, většinu nákladů pokryly evropské dotace a zbytek zaplatilo město ze svého rozpočtu.")).toBe("paragraph");
  });
});

describe("categoryTags", () => {
  it("knows a line of capitalised categories", () => {
    for (const t of ["Books, Local business", "Politik, Hamburg, Wahl 2026", "Aus den Ländern, Blog, sonstiges, Termine"]) expect(categoryTags(t), t).toBe(true);
  });

  it("leaves subheads and sentences with commas", () => {
    for (const t of ["Fire, floods and fear", "Yes, the library will close.", "Paris, London, New York and Berlin", "one, two", "Berlin, zwei Tage später", "sonstiges, Blog, Termine"]) expect(categoryTags(t), t).toBe(false);
  });
});

describe("a short closing sentence right before a sidebar heading", () => {
  const text = [
    "Grève SNCF : le trafic fortement perturbé ce jeudi en Île-de-France - Le Quotidien",
    "Aller au contenu principal",
    "Politique",
    "Société",
    "Grève SNCF : le trafic fortement perturbé ce jeudi en Île-de-France",
    "Par Claire Martin",
    "Le 26 novembre 2026 à 18h42",
    "La circulation des trains sera fortement perturbée jeudi en Île-de-France en raison d'un mouvement social des contrôleurs, a annoncé mercredi la SNCF.",
    "Sur les lignes C et D du RER, un train sur deux circulera en moyenne, tandis que le trafic sera quasi normal sur le réseau Transilien nord.",
    "Lire aussi : Les contrôleurs menacent d'une grève pendant les fêtes",
    "Les syndicats réclament une hausse des salaires de 5 % et la création de 300 postes supplémentaires.",
    "La direction dit être prête à discuter.",
    "Les plus lus",
    "Le prix du ticket de métro va augmenter en janvier",
    "Un incendie ravage un entrepôt à Saint-Denis",
  ].join("\n\n");

  it("keeps it as the story's last paragraph", () => {
    const out = classify(segment(text), { language: "fr" });
    expect(out.find((b) => b.text === "La direction dit être prête à discuter.")!.label).toBe("paragraph");
  });
});

describe("metaRow", () => {
  it("knows a row of short fields between bars with a date", () => {
    expect(metaRow("NDR 90,3 | Nachrichten | 26.11.2026 | 12:00 Uhr")).toBe(true);
    expect(metaRow("Politik | 26.11.2026 | 3 Min. Lesezeit")).toBe(true);
  });

  it("leaves rows without a date and sentences with bars", () => {
    expect(metaRow("Home | News | Sport | Weather")).toBe(false);
    expect(metaRow("The council met on 26.11.2026 | the vote was close | nobody was happy with the result.")).toBe(false);
  });
});

describe("'Mehr Nachrichten aus Hamburg' and its teasers", () => {
  it("is a sidebar section; the tag heading under it is no teaser", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "Mehr Nachrichten aus Hamburg", "Elbtower: Bauarbeiten sollen im Frühjahr weitergehen", "Hamburger Weihnachtsmärkte öffnen am Montag", "Schlagwörter zu diesem Artikel", "Verkehr", "Hafen"].join("\n"));
    expect(out.find((b) => b.text === "Mehr Nachrichten aus Hamburg")!.label).toBe("sidebar-heading");
    expect(out.filter((b) => b.label === "sidebar-item").map((b) => b.text)).toEqual(["Elbtower: Bauarbeiten sollen im Frühjahr weitergehen", "Hamburger Weihnachtsmärkte öffnen am Montag"]);
  });
});

describe("the page footer after a sidebar section", () => {
  it("ends the section at a copyright line: the lines under it are no teasers", () => {
    const out = labelled(["Library on the harbour to close", ...STORY, "Most read", "Harbour festival moves to July", "Council tax to rise by 3%", "© 2026 Harbour News. All rights reserved.", "Reproduction only with a link to the source."].join("\n"));
    expect(out.find((b) => b.text === "Reproduction only with a link to the source.")!.label).not.toBe("sidebar-item");
    expect(out.find((b) => b.text === "Council tax to rise by 3%")!.label).toBe("sidebar-item");
  });
});

describe("a newsroom credited as the byline", () => {
  const head = [
    "La sequía obliga a cortar el agua en once municipios | Diario del Sur",
    "Portada",
    "Comarca",
    "Deportes",
    "La sequía obliga a cortar el agua en once municipios",
    "La mancomunidad aplicará restricciones desde el lunes y no descarta ampliarlas si no llueve antes de Navidad",
    "Redacción",
    "Actualizado: 26/11/2026 - 13:42",
  ];
  const story = [
    "La mancomunidad de aguas anunció este miércoles que once municipios de la comarca sufrirán cortes de suministro entre las 23.00 y las 6.00 horas a partir del próximo lunes.",
    "El presidente de la mancomunidad, Julián Serrano, explicó en rueda de prensa que la medida es dolorosa pero imprescindible para garantizar el abastecimiento durante el invierno.",
    "Los cortes afectarán a unos 48.000 vecinos. Los hospitales, las residencias de mayores y los centros de salud quedarán exentos y seguirán recibiendo agua con normalidad.",
  ];

  it("takes 'Redacción' under the headline for the byline, and the line above it for the standfirst", () => {
    const out = labelled([...head, ...story].join("\n"));
    expect(out.find((b) => b.text === "Redacción")!.label).toBe("byline");
    expect(out.find((b) => b.text.startsWith("La mancomunidad aplicará"))!.label).toBe("subtitle");
  });

  it("does not take a menu entry 'Redaktion' under the title line for the byline", () => {
    const out = labelled(["Stadtbibliothek schließt für ein Jahr | Radio Nord", "Über uns", "Redaktion", "Community", "Kontakt", ...story].join("\n"));
    expect(out.find((b) => b.text === "Redaktion")!.label).not.toBe("byline");
  });

  it("does not take a footer link 'La rédaction' for the byline", () => {
    const out = labelled([...head.filter((l) => l !== "Redacción"), ...story, "FAQ", "La rédaction", "Contact", "Publicité"].join("\n"));
    expect(out.find((b) => b.text === "La rédaction")!.label).not.toBe("byline");
  });
});

describe("teaser cards and gallery captions inside a story", () => {
  const card = "How the harbour got its library How the harbour got its library How the harbour got its library";
  const excerpt = "When the first reading room opened on the quay in 1911, fishermen came in to dry off and stayed to… Read more Read more";
  const caption = "Readers outside the harbour library on its last morning, after the council vote.";
  const text = ["Library on the harbour to close", "", STORY[0], "", card, "", excerpt, "", STORY[1], "", "Caption", "", caption, "", ...STORY.slice(2).join("\n\n").split("\n")].join("\n");
  const out = labelled(text);
  const label = (t: string): string => out.find((b) => b.text === t)!.label;

  it("drops a card's repeated title and its cut-off excerpt, and keeps the story around them", () => {
    expect(label(card)).toBe("boilerplate");
    expect(label(excerpt)).toBe("boilerplate");
    expect(label(STORY[1]!)).toBe("paragraph");
  });

  it("drops a caption under a 'Caption' label", () => {
    expect(label("Caption")).toBe("boilerplate");
    expect(label(caption)).toBe("boilerplate");
  });
});

describe("sidebar headings in Korean, Hindi and Vietnamese", () => {
  it.each([
    ["ko", "관련기사", [
        "서울시, 내년부터 심야버스 노선 확대 | 한국일보",
        "본문 바로가기",
        "뉴스",
        "정치",
        "경제",
        "사회",
        "국제",
        "서울시, 내년부터 심야버스 노선 확대",
        "입력 2026.11.26 14:30",
        "수정 2026.11.26 16:02",
        "김민수 기자",
        "서울시가 내년부터 심야버스 노선을 현재 14개에서 20개로 늘린다고 26일 밝혔다.",
        "새로 생기는 노선은 주로 외곽 지역과 도심을 연결하며, 배차 간격도 평균 30분에서 20분으로 줄어든다.",
        "시 관계자는 \"늦은 시간 귀가하는 시민들의 불편을 줄이기 위한 조치\"라고 설명했다.",
        "관련기사",
        "지하철 막차 시간 연장 논의",
        "공유하기",
        "댓글",
      ]],
    ["hi", "यह भी पढ़ें", [
        "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूल बंद करने का आदेश | समाचार",
        "मुख्य सामग्री पर जाएं",
        "होम",
        "देश",
        "विदेश",
        "खेल",
        "मनोरंजन",
        "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, स्कूल बंद करने का आदेश",
        "नई दिल्ली, 26 नवंबर 2026",
        "दिल्ली में वायु प्रदूषण का स्तर एक बार फिर गंभीर श्रेणी में पहुंच गया है, जिसके बाद सरकार ने सभी प्राथमिक स्कूलों को अगले तीन दिनों के लिए बंद करने का आदेश दिया है।",
        "पर्यावरण मंत्री ने कहा कि निर्माण कार्यों पर भी अस्थायी रोक लगा दी गई है और लोगों से निजी वाहनों का कम से कम इस्तेमाल करने की अपील की गई है।",
        "मौसम विभाग के अनुसार अगले कुछ दिनों तक हवा की गति कम रहने की संभावना है, जिससे प्रदूषण में राहत मिलने की उम्मीद कम है।",
        "यह भी पढ़ें",
        "सर्दियों में बढ़ती ठंड से लोग परेशान",
        "शेयर करें",
      ]],
    ["vi", "Xem thêm", [
        "Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài - VnExpress",
        "Trang chủ",
        "Thời sự",
        "Thế giới",
        "Kinh doanh",
        "Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài",
        "Thứ năm, 26/11/2026, 14:30 (GMT+7)",
        "Từ đầu tháng 12, Hà Nội sẽ đưa vào hoạt động tuyến xe buýt điện mới nối trung tâm thành phố với sân bay Nội Bài, với tần suất 15 phút một chuyến.",
        "Theo Sở Giao thông vận tải, tuyến xe dài khoảng 35 km, đi qua nhiều khu dân cư đông đúc và các điểm du lịch nổi tiếng của thủ đô.",
        "Giá vé dự kiến là 45.000 đồng một lượt, học sinh và người cao tuổi được giảm một nửa.",
        "Nguyễn Văn An",
        "Xem thêm",
        "Hà Nội tăng giờ hoạt động tàu điện trên cao",
      ]],
  ])("%s: %s opens a sidebar section", (language, heading, lines) => {
    const out = classify(segment((lines as string[]).join("\n")), { language: language as string });
    expect(out.find((b) => b.text === heading)!.label).toBe("sidebar-heading");
  });
});

describe("teasers closed by their time stamps", () => {
  it("sets a homepage's teasers (headline, summary, '3 hours ago') apart, with no story", () => {
    const text = [
      "The Daily Courier | Local news, sport and weather",
      "Skip to main content",
      "News",
      "Sport",
      "Weather",
      "Top Stories",
      "Council approves new flood barrier plan after months of debate",
      "The city council voted 6-2 on Tuesday to build a two-mile barrier along the waterfront.",
      "2 hours ago",
      "Storm knocks out power to 20,000 homes",
      "Crews expect to restore power to most homes by Thursday evening.",
      "3 hours ago",
      "Local bakery wins national award for its sourdough",
      "The family-run shop beat more than 400 entries from across the country.",
      "5 hours ago",
      "Sport",
      "United seal promotion with late winner",
      "Fans invaded the pitch after the final whistle.",
      "1 hour ago",
      "Weather",
      "Snow expected on high ground this weekend",
      "© 2026 The Daily Courier",
    ].join("\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "paragraph" || b.label === "heading").map((b) => b.text)).toEqual([]);
    expect(out.find((b) => b.text === "Crews expect to restore power to most homes by Thursday evening.")!.label).toBe("sidebar-item");
    expect(out.find((b) => b.text === "3 hours ago")!.label).toBe("boilerplate");
    // The footer's copyright line is no teaser's stamp.
    const explained = classify(segment(text), { language: "en", explain: true });
    expect(explained.find((b) => b.text === "Snow expected on high ground this weekend")!.reasons).not.toContain("teaser closed by its time stamp");
  });

  it("leaves a live blog's entries alone (a bare time opens each)", () => {
    const text = ["Election night: live updates | The Courier", "Election night: live updates", "11:42 PM", "Counting continues in the capital", STORY[0], "11:40 PM", "Polls close in the west", STORY[1], STORY[2]].join("\n\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === STORY[0])!.label).toBe("paragraph");
    expect(out.find((b) => b.text === "Polls close in the west")!.label).toBe("heading");
  });
});

describe("a related box inside the story", () => {
  it("keeps a teaser with one prompt word among its teasers", () => {
    const text = [
      "Train drivers announce new strike dates in pay dispute | National News",
      "Skip to content",
      "Home",
      "UK",
      "World",
      "Business",
      "Train drivers announce new strike dates in pay dispute",
      "By Sam Patel, Transport correspondent",
      "26 November 2026",
      "Train drivers will walk out on three days next month after talks with rail companies broke down, their union has announced.",
      "The strikes on 9, 11 and 13 December are expected to cause disruption across most of the network in England, with some lines running no trains at all.",
      "Read more",
      "Rail fares to rise by 4.6% in March",
      "What are my rights if my train is cancelled?",
      "Strikes: how many days have been lost this year?",
      "The union said drivers had not had a pay rise for two years while the cost of living kept going up.",
      "The companies said their latest offer was fair and linked to changes in working practices.",
      "Passengers are advised to check before they travel.",
      "More on this story",
      "Bus drivers vote to accept new deal",
    ].join("\n");
    const out = labelled(text);
    expect(out.find((b) => b.text === "What are my rights if my train is cancelled?")!.label).toBe("sidebar-item");
    expect(out.find((b) => b.text.startsWith("The union said drivers"))!.label).toBe("paragraph");
  });
});

describe("a gallery of 'k of N' captions under the headline", () => {
  it("drops the captions and finds the byline, date and dateline under them", () => {
    const text = [
      "Wildfire forces thousands to flee homes in southern California | AP News",
      "Skip to main content",
      "AP Logo",
      "World",
      "U.S.",
      "Politics",
      "Wildfire forces thousands to flee homes in southern California",
      "1 of 4 | A firefighter battles flames near homes in Ventura County, Calif., on Tuesday. (AP Photo/Jane Roe)",
      "2 of 4 | Smoke rises over the hills behind a shopping center. (AP Photo/Jane Roe)",
      "3 of 4 | Residents load belongings into a truck as the fire approaches. (AP Photo/Tom Lee)",
      "4 of 4 | A burned car sits in a driveway after the fire passed. (AP Photo/Tom Lee)",
      "By JOHN SMITH",
      "Updated 9:14 PM EST, November 26, 2026",
      "VENTURA, Calif. (AP) — A fast-moving wildfire driven by strong winds forced thousands of people to flee their homes in southern California on Tuesday, officials said.",
      "The fire had burned more than 10,000 acres by evening and destroyed at least 40 buildings, according to the state fire agency.",
      "Firefighters said gusts of up to 60 mph were making it impossible to use aircraft for much of the day.",
      "“It was like a wall of fire coming down the hill,” said one resident who left with only her dog and her passport.",
      "Evacuation centers were opened at two high schools, and the Red Cross said it was sending volunteers from across the state.",
    ].join("\n");
    const out = labelled(text);
    expect(out.filter((b) => /^\d of 4/.test(b.text)).map((b) => b.label)).toEqual(["boilerplate", "boilerplate", "boilerplate", "boilerplate"]);
    expect(out.find((b) => b.text === "By JOHN SMITH")!.label).toBe("byline");
    expect(out.find((b) => b.text.startsWith("Updated 9:14 PM"))!.label).toBe("date");
    expect(out.find((b) => b.text.startsWith("VENTURA, Calif. (AP)"))!.label).toBe("paragraph");
  });
});

describe("Polish and Turkish pages without blank lines", () => {
  it("resumes the story after a one-teaser box with a short sentence of clauses", () => {
    const text = [
      "Rząd przyjął projekt budżetu na 2027 rok. Deficyt niższy niż zakładano - Wiadomości",
      "Przejdź do treści",
      "Wiadomości",
      "Kraj",
      "Świat",
      "Biznes",
      "Sport",
      "Rząd przyjął projekt budżetu na 2027 rok. Deficyt niższy niż zakładano",
      "Anna Kowalska",
      "26 listopada 2026, 14:05",
      "Udostępnij",
      "Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok. Deficyt ma wynieść 180 mld zł, czyli mniej, niż zapowiadano jeszcze latem.",
      "Minister finansów podkreślił, że niższy deficyt to efekt lepszych niż oczekiwano wpływów z podatków.",
      "Czytaj także:",
      "Inflacja w listopadzie spadła do 3,1 proc.",
      "Projekt trafi teraz do Sejmu, który powinien go uchwalić do końca stycznia.",
      "Opozycja zapowiada, że będzie domagać się zmian w wydatkach na obronność i ochronę zdrowia.",
      "Źródło: PAP",
      "Najczęściej czytane",
      "Burza nad Pomorzem. Tysiące domów bez prądu",
      "Komentarze",
    ].join("\n");
    const out = classify(segment(text), { language: "pl" });
    expect(out.find((b) => b.text.startsWith("Projekt trafi teraz do Sejmu"))!.label).toBe("paragraph");
    expect(out.find((b) => b.text.startsWith("Inflacja w listopadzie"))!.label).toBe("sidebar-item");
  });

  it("takes a name between the date line and the story for the byline, and knows 'İlgili Haberler'", () => {
    const text = [
      "İstanbul'da yeni metro hattı hizmete açıldı - Son Dakika Haberleri",
      "İçeriğe geç",
      "Ana Sayfa",
      "Gündem",
      "Ekonomi",
      "Spor",
      "İstanbul'da yeni metro hattı hizmete açıldı",
      "26.11.2026 14:05",
      "Ahmet Yılmaz",
      "İstanbul'da Kadıköy ile Sultanbeyli arasında çalışacak yeni metro hattı bugün düzenlenen törenle hizmete açıldı.",
      "Hattın günde yaklaşık 500 bin yolcu taşıması bekleniyor. Yolculuk süresi de 75 dakikadan 35 dakikaya inecek.",
      "İlgili Haberler",
      "Marmaray seferlerinde yeni düzenleme",
      "Belediye başkanı, hattın iki yıl içinde Sabiha Gökçen Havalimanı'na kadar uzatılacağını söyledi.",
      "Paylaş",
    ].join("\n");
    const out = classify(segment(text), { language: "tr" });
    expect(out.find((b) => b.text === "Ahmet Yılmaz")!.label).toBe("byline");
    expect(out.find((b) => b.text === "İlgili Haberler")!.label).toBe("sidebar-heading");
  });
});

describe("list articles", () => {
  const FERRY = [
    "7 things to know before the new ferry schedule starts Monday",
    "By Priya Natarajan",
    "The harbour ferry switches to its winter timetable on Monday, with fewer crossings at night and a new stop at the north pier.",
    "1. The last boat leaves earlier",
    "The final crossing from the city side now departs at 10:40 p.m., an hour earlier than in summer, and weekend service keeps the later boat.",
    "2. The north pier stop is new",
    "Boats on the blue line will call at the north pier every 30 minutes during the morning and evening rush, from a covered waiting area.",
    "3. Bikes ride free before 7 a.m.",
    "Riders can bring a bike at no charge on boats that leave before 7 a.m. After that, a bike costs $1 each way on every line.",
  ];

  it("takes numbered lines that each stand over a paragraph for subheads", () => {
    const out = labelled([...FERRY, "Related", "Harbour ferry adds electric boat to its fleet", "City council approves new pier lighting"].join("\n\n"));
    const label = (t: string): string | undefined => out.find((b) => b.text === t)?.label;
    expect(label("1. The last boat leaves earlier")).toBe("heading");
    expect(label("2. The north pier stop is new")).toBe("heading");
    expect(label("3. Bikes ride free before 7 a.m.")).toBe("heading");
  });

  it("keeps a numbered list, its items one under the other, as list items", () => {
    const out = labelled([...STORY.slice(0, 2), "Riders will need three things:", "1. A valid ticket for the crossing", "2. A bike with working lights", "3. A helmet for the ride home", ...STORY.slice(2)].join("\n\n"));
    for (const t of ["1. A valid ticket for the crossing", "2. A bike with working lights", "3. A helmet for the ride home"]) expect(out.find((b) => b.text === t)?.label, t).toBe("list-item");
  });

  it("keeps the last paragraph under the last numbered subhead when 'Related' (also a button's word) follows", () => {
    const page = [
      "Harbour Daily News",
      "Menu\nSearch",
      "Life & Style",
      "7 things to know before the new ferry schedule starts Monday",
      "By Priya Natarajan, Staff Writer\nPublished Nov. 27, 2026",
      "The harbour ferry switches to its winter timetable on Monday, with fewer crossings at night and a new stop at the north pier. Here is what commuters need to know.",
      "1. The last boat leaves earlier",
      "The final crossing from the city side now departs at 10:40 p.m., an hour earlier than in summer. Weekend service keeps the later boat until the end of December.",
      "2. The north pier stop is new",
      "Boats on the blue line will call at the north pier every 30 minutes during the morning and evening rush. The stop has a covered waiting area and bike racks.",
      "3. Monthly passes cost the same",
      "The price of a monthly pass stays at $64. Single tickets rise by 25 cents to $3.50.",
      "ADVERTISEMENT",
      "4. Bikes ride free before 7 a.m.",
      "Riders can bring a bike at no charge on boats that leave before 7 a.m. After that, a bike costs $1 each way.",
      "5. The app shows live positions",
      "The ferry app now shows where each boat is on a map, updated every 15 seconds.",
      "6. Service pauses in strong winds",
      "Crossings are cancelled when winds exceed 50 km/h. Alerts go out by text message to registered riders.",
      "7. Parking at the terminal is limited",
      "The terminal lot loses 80 spaces to construction until spring. The city recommends the park-and-ride lot on Mill Road.",
      "Related",
      "Harbour ferry adds electric boat to its fleet",
      "City council approves new pier lighting",
      "© 2026 Harbour Daily News",
    ];
    const last = page[page.length - 5]!;
    expect(last).toMatch(/^The terminal lot/);
    expect(labelled(page.join("\n\n")).find((b) => b.text === last)?.label).toBe("paragraph");
  });
});

describe("Spanish-style front matter and captions", () => {
  const page = [
    "Diario del Valle",
    "Los vecinos del barrio de San Roque reabren el mercado tras dos años de obras",
    "Lucía Fernández",
    "Valle Alto | 27 nov 2026 - 13:45 CET",
    "Los vecinos y comerciantes del mercado de San Roque durante la reapertura, este viernes. / JAVIER MOLINA",
    "El mercado de San Roque volvió a abrir sus puertas este viernes después de más de dos años de obras, con 24 puestos renovados y una nueva cubierta de madera.",
    "La alcaldesa, Carmen Ruiz, inauguró el edificio acompañada de decenas de vecinos, muchos de los cuales recordaban el mercado de su infancia.",
    "La reforma, financiada en parte con fondos europeos, ha costado 3,2 millones de euros y el edificio cuenta ahora con una sala para actividades vecinales.",
  ];
  const label = (out: { label: string; text: string }[], t: string): string | undefined => out.find((b) => b.text === t)?.label;

  it("takes the name over a 'Place | date' line for the byline", () => {
    const out = classify(segment(page.join("\n\n")), { language: "es" }).map((b) => ({ label: b.label, text: b.text }));
    expect(label(out, "Lucía Fernández")).toBe("byline");
    expect(label(out, "Valle Alto | 27 nov 2026 - 13:45 CET")).not.toBe("byline");
  });

  it("drops a caption that ends with its photographer's name in capitals after a slash", () => {
    const out = classify(segment(page.join("\n\n")), { language: "es" }).map((b) => ({ label: b.label, text: b.text }));
    expect(label(out, page[4]!)).toBe("boilerplate");
  });
});

describe("a list written one item per line", () => {
  it("keeps its last line a list item when a subhead follows it", () => {
    const page = "Skip to content\n\nHarbour Kitchen\n\nRecipes\nDinner\nBaking\nSearch\n\nJump to Recipe\nPrint Recipe\n\nLemon and herb baked cod\n\nBy Maria Olsen\nPublished November 27, 2026\n\nThis is the fish supper I make on busy weeknights: ten minutes of work, twenty in the oven, and a bright lemony sauce that pulls it all together.\n\nCod is mild and flaky, and it takes well to the parsley, dill and garlic in the crust. If you cannot find cod, haddock or hake work just as well.\n\nIngredients\n\n4 cod fillets, about 150 g each\n2 tablespoons olive oil\n1 lemon, zest and juice\n2 garlic cloves, finely chopped\nA handful of parsley and dill, chopped\nSalt and black pepper\n\nInstructions\n\nHeat the oven to 200°C. Line a baking tray with parchment.\nLay the fillets on the tray and season with salt and pepper.\nMix the oil, lemon zest, garlic and herbs, and spread over the fish.\nBake for 15 to 20 minutes, until the fish flakes easily. Squeeze over the lemon juice and serve.\n\nRate this recipe\n\nDid you make this recipe? Tag us on Instagram\n\nMore dinner recipes\n\nOne-pan chicken with leeks\n\nCreamy mushroom pasta";
    const out = labelled(page);
    const label = (t: string): string | undefined => out.find((b) => b.text === t)?.label;
    expect(label("A handful of parsley and dill, chopped")).toBe("list-item");
    expect(label("Salt and black pepper")).toBe("list-item");
    expect(label("Instructions")).toBe("heading");
  });
});

describe("the story's last paragraph under an ad slot's label, and a closing quotation", () => {
  const head = ["The Evening Courier", "Menu", "Mystery of the missing lighthouse keeper's log finally solved", "By Rachel Owens", "Published: 09:12 GMT, 27 November 2026", "Share"];
  const paras = [
    "A logbook that vanished from a Cornish lighthouse more than a century ago has been found in a farmhouse attic forty miles away.",
    "The leather-bound book records weather, passing ships and daily chores from 1891 to 1903, and was last seen when the lighthouse was automated.",
    "Historians say it fills a gap in the records of one of the busiest stretches of coast in Britain.",
    "The farmer who found it, Peter Carne, said he had almost thrown the box away. \"I thought it was old accounts,\" he said.",
  ];

  it("keeps a short last paragraph between 'Advertisement' and 'Continue reading below' over a sidebar", () => {
    const last = "The log will go on display at the maritime museum in Falmouth next spring.";
    const text = [...head, paras[0], "Advertisement", paras[1], "Tap to unmute", paras[2], "Continue reading below", paras[3], "Advertisement", last, "Continue reading below", "Read More", "Seal pup rescued from harbour wall", "Village shop saved by community buyout", "Advertisement"].join("\n\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual([...paras, last]);
    expect(out.find((b) => b.text === "Tap to unmute")!.label).toBe("boilerplate");
  });

  it("keeps a closing quotation with its speaker ('…,' said X.) before a republishing note", () => {
    const quote = "\"We are watching a landscape change within a single career,\" said glaciologist Marta Keller.";
    const text = ["Skip to main content", "World Report Daily", "Climate", "Alpine glaciers lost a record share of their ice this summer", "By Jonas Weber", "Nov. 27, 2026",
      "Switzerland's glaciers lost about 4 percent of their remaining volume this year, the second-largest loss on record, according to the national glacier monitoring network.",
      "A snowy winter had raised hopes of a better year, but a long heat wave in July and August, together with Saharan dust that darkened the ice, melted much of the snow by early summer.",
      "Related coverage", "Ski resorts turn to artificial snow as seasons shrink", "Rising rivers threaten villages below melting glaciers",
      "Scientists say smaller glaciers are now disappearing altogether. Several dozen have been removed from the official list since 2020 because too little ice remains to measure.",
      quote, "This article is republished under a Creative Commons license. Read the original article.", "More Climate", "Heat records broken across southern Europe"].join("\n\n");
    expect(labelled(text).find((b) => b.text === quote)!.label).toBe("paragraph");
  });
});

describe("posts embedded in a story", () => {
  it("quotes a tweet's text and its author line, the text with its pic.twitter.com link too", () => {
    const tweet = "I genuinely screamed so loud I lost my voice. Fifteen years I have waited for this pic.twitter.com/aB3dE5fGh1\n— Laura McKenzie (@lauramck_music) November 27, 2026";
    const text = ["Fans flood social media after surprise reunion concert in Glasgow", "By Priya Nair", STORY[0], STORY[1], tweet, STORY[2], STORY[3], STORY[4], "More from Entertainment", "Oscar hopefuls line up for awards season screenings", "Streaming giant raises prices for the second time this year"].join("\n\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "quote").map((b) => b.text)).toEqual(tweet.split("\n"));
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
  });

  it("takes every line of a post written on several lines", () => {
    const post = ["Drinking game for town planners:", "(1) Think of a street", "(2) Search for its bypass plan", "(3) If one exists, drink"];
    const text = ["Planners share their favourite jokes online", "By Priya Nair", STORY[0], STORY[1], [...post, ""].join("\n") + "\n— Sam Okafor (@samokafor) August 22, 2026", STORY[2], STORY[3], STORY[4]].join("\n\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "quote").map((b) => b.text)).toEqual([...post, "— Sam Okafor (@samokafor) August 22, 2026"]);
  });
});

describe("a story that resumes after an inline box, in a language with few stopwords", () => {
  it("keeps the Hebrew paragraph after 'עוד בנושא' and its two teasers", () => {
    const last = "תושבים יוכלו להציע מקומות לשתילה באתר העירייה, והעצים הראשונים יינטעו כבר בחודש הבא.";
    const text = ["דלג לתוכן", "חדשות היום", "חדשות", "עיריית חיפה תשתול עשרת אלפים עצים ברחבי העיר", "מאת נועה כהן", "27.11.2026 | 10:30", "שתף",
      "עיריית חיפה הודיעה ביום חמישי על תוכנית לשתילת עשרת אלפים עצים ברחבי העיר במהלך חמש השנים הקרובות.",
      "לדברי העירייה, התוכנית נועדה להוריד את הטמפרטורות ברחובות בקיץ ולשפר את איכות האוויר בשכונות הצפופות.",
      "עוד בנושא\nמזג האוויר: גשם ראשון בצפון\nתחבורה ציבורית חדשה לקריות", last, "הנקראות ביותר\nשביתה בנמלים נמשכת\nמחירי הדירות עלו שוב\nהפועל ניצחה בדרבי"].join("\n\n");
    const out = classify(segment(text), { language: "he" });
    expect(out.find((b) => b.text === last)!.label).toBe("paragraph");
  });
});

describe("a story told as questions and answers", () => {
  it("keeps its last question and answer after the last answer the model kept", () => {
    const qa = [
      "Will my property taxes go up?", "Yes, but only slightly. The rate rises by 0.4 percent, which works out to about $38 a year for a median home.",
      "What happens to the libraries?", "All branches stay open. Two of them, in Eastfield and Ridgeway, will open on Sundays from March.",
      "Is there money for roads?", "The budget sets aside $84 million for road repairs, the most in a decade. The board has published a list of the streets it plans to fix first.",
      "When does it take effect?", "The new budget starts on January 1.",
    ];
    const text = ["Skip to main content", "Civic Ledger", "News", "Explainers", "EXPLAINER", "What the new county budget means for you", "By Ruth Okafor", "November 27, 2026",
      "The county board approved a $1.2 billion budget on Tuesday. Here is what changes for residents next year.", ...qa,
      "Got a question about the budget? Email us at questions@civicledger.example", "Related Explainers", "How the school board elections work", "What the new transit fares mean for commuters"].join("\n\n");
    const body = labelled(text).filter((b) => b.label === "paragraph").map((b) => b.text);
    expect(body.slice(-4)).toEqual(qa.slice(-4));
  });
});

describe("a newsletter prompt inside a sidebar section", () => {
  it("keeps the prompt's text under it out of the section's teasers", () => {
    const text = ["Water main break closes part of Elm Street", "Nov 27, 2026",
      "A water main broke early Thursday on Elm Street between Second and Fourth avenues, flooding several basements and closing the road to traffic, city officials said.",
      "Crews expected to finish repairs by evening. Residents in the area may notice low water pressure until then.",
      "Latest Obituaries", "Dorothy May Carter\nWalter J. Simmons", "Sign up for our newsletter", "Get the day's top stories delivered to your inbox every morning.", "Contact Us"].join("\n\n");
    const out = labelled(text);
    expect(out.find((b) => b.text.startsWith("Get the day's"))!.label).toBe("boilerplate");
    expect(out.find((b) => b.text === "Dorothy May Carter")!.label).toBe("sidebar-item");
  });
});

describe("the last line of a table or list written without blank lines", () => {
  it("keeps the table's last row and the paragraph after it", () => {
    const rows = ["1 Riverside United 15 11 2 2 35", "2 Northgate City 15 10 3 2 33", "3 Harbour Town 15 9 3 3 30", "4 Westfield Rovers 15 8 4 3 28"];
    const after = "Riverside host Northgate City next Saturday in what is already being called the game of the season.";
    const text = ["Skip to content", "Northern Sports Daily", "Football", "Riverside go top after thrashing Eastport", "By Tom Hughes", "November 27, 2026",
      "Riverside United moved to the top of the table on Saturday with a 4-0 win over Eastport, their biggest away victory in five years.",
      "Two goals in four minutes before half-time from Adebayo and Costa put the visitors in control, and Morales added two more after the break.",
      "Eastport manager Karl Jensen said his side had been \"second to every ball\".", "League table", ["Pos Team P W D L Pts", ...rows].join("\n"), after,
      "More Football", "Northgate keep pace with late winner\nHarbour Town add Danish striker"].join("\n\n");
    const out = labelled(text);
    expect(out.filter((b) => b.label === "list-item").map((b) => b.text)).toEqual(rows);
    expect(out.find((b) => b.text === after)!.label).toBe("paragraph");
  });
});

describe("a subhead left with nothing under it at the story's end", () => {
  const release = (tail: string[]): string =>
    ["Harbor Logistics Reports Record Third-Quarter Volumes | Business Wire", "Business Wire\nHome\nNewsroom", "Harbor Logistics Reports Record Third-Quarter Volumes",
      "November 27, 2026 07:00 AM Eastern Standard Time",
      "SAVANNAH, Ga.--(BUSINESS WIRE)--Harbor Logistics Inc., an operator of inland container terminals, today reported record volumes for the third quarter ended September 30, 2026.",
      "The company handled 1.42 million containers in the quarter, up 14% from a year earlier, driven by new rail connections to the ports of Savannah and Charleston.",
      "\"Our customers are moving more freight inland than ever before,\" said Marcus Webb, chief executive officer. \"We expect that trend to continue into next year.\"",
      "The company now expects full-year revenue of $1.2 billion to $1.22 billion, up from its earlier forecast of $1.15 billion.", ...tail].join("\n\n");

  it("drops a press release's 'About …' heading whose boilerplate paragraph went", () => {
    const out = labelled(release(["About Harbor Logistics", "Harbor Logistics operates 22 inland container terminals across the southeastern United States. For more information, visit www.harborlogistics.example.", "Contacts", "Media:\nSam Ortiz\npress@harborlogistics.example", "More News From Harbor Logistics\nHarbor Logistics Names New Chief Financial Officer"]));
    expect(out.find((b) => b.text === "About Harbor Logistics")!.label).toBe("boilerplate");
  });
});

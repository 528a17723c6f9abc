/**
 * A short composed news story (five paragraphs about a town library) that the
 * classify tests surround with menus, teasers, captions and comments.
 */
export const STORY: string[] = [
  "The city council voted on Tuesday to close the old library on the harbour, ending a debate that has run for more than two years.",
  "Supporters of the library said the building was part of the town's history and that the council had not listened to the people who use it every day.",
  "The council said the cost of repairing the roof and the heating was too high, and that a new library would open in the town centre next spring.",
  "Local traders said they were worried that fewer people would come to the harbour once the library closed, and asked for a plan to bring visitors back.",
  "A final decision on what will happen to the building itself is expected at the next meeting of the council in March.",
];

/** Lines of our own prose wrapped greedily at 72 columns, as lynx, w3m or fmt write them. */
export function wrap72(para: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const w of para.split(" ")) {
    if (cur !== "" && cur.length + 1 + w.length > 72) {
      out.push(cur);
      cur = w;
    } else cur = cur === "" ? w : `${cur} ${w}`;
  }
  return [...out, cur];
}

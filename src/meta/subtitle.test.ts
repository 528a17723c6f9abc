import { describe, expect, it } from "vitest";
import type { Block } from "../types.js";
import { findSubtitle } from "./subtitle.js";

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, index) => ({ index, text, lines: [text], line: index + 1, blankBefore: true, blankAfter: true }));

const STANDFIRST = "After 35 years of climbing the steps every night, the keeper is retiring.";
const LEAD = "The keeper climbed the 112 steps for the last time on Friday evening, watched by neighbours.";

describe("findSubtitle", () => {
  it("takes the block between the headline and the byline", () => {
    expect(findSubtitle(blocks("Headline here", STANDFIRST, "By Jane Doe", LEAD), 0)).toEqual({ index: 1, subtitle: STANDFIRST });
  });
  it("steps over buttons and finds a date line below", () => {
    expect(findSubtitle(blocks("Headline here", "Share", STANDFIRST, "Print", "Saturday 16 September 2023", LEAD), 0)).toEqual({ index: 2, subtitle: STANDFIRST });
  });
  it("works in other languages", () => {
    const sub = "Bis 2028 sollen 14 Kilometer geschützte Radwege entstehen. Der Einzelhandel ist skeptisch.";
    expect(findSubtitle(blocks("Stadtrat beschließt Radwegenetz", sub, "Von Katrin Albers", LEAD), 0)).toEqual({ index: 1, subtitle: sub });
  });
  it.each([
    ["no byline or date below: the lead paragraph", ["Headline here", LEAD, "Another paragraph of the story goes here and on."]],
    ["the byline comes first", ["Headline here", "By Jane Doe", STANDFIRST, LEAD]],
    ["a kicker too short to be a standfirst", ["Headline here", "Science and nature", "By Jane Doe"]],
    ["nothing after the title", ["Headline here"]],
  ])("null: %s", (_name, texts) => {
    expect(findSubtitle(blocks(...texts), 0)).toBeNull();
  });
  it("null without a title", () => {
    expect(findSubtitle(blocks(STANDFIRST, "By Jane Doe"), -1)).toBeNull();
  });
});

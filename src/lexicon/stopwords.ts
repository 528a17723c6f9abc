/**
 * Stopwords per language (short first version; to be replaced by a maintained
 * multilingual list). Used for stopword density, as in jusText.
 */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: "a about after all also an and any are as at be been but by can could did do for from had has have he her his how i if in into is it its just more most no not of on one or our out over said she so some than that the their them then there they this to up was we were what when which who will with would you".split(" "),
  de: "aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen einer es für hat hatte ich ihr im in ist kann mit nach nicht noch nur oder sich sie sind so um und uns von vor war wie wir wird zu zum zur über".split(" "),
  fr: "au aux avec ce ces dans de des du elle en est et il ils je la le les leur mais ne nous on ou par pas pour qu que qui sa se ses son sur une un vous été être".split(" "),
  es: "a al como con de del el ella en es esta este ha la las le lo los más no para pero por que se sin su sus también un una y ya fue son".split(" "),
};

export const STOPWORD_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
);

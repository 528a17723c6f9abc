/**
 * HTML named character references that browsers also read without their ";" (the
 * HTML5 "legacy" names: the Latin-1 set, plus the upper-case AMP, LT, GT, QUOT, COPY
 * and REG), as data. "&eacute" and "&copy 2024" in scraped text are what the page
 * showed as "é" and "© 2024".
 */
export const LEGACY_ENTITY_NAMES: readonly string[] = (
  "AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave " +
  "Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc " +
  "acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth " +
  "euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde " +
  "oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig " +
  "thorn times uacute ucirc ugrave uml uuml yacute yen yuml"
).split(" ");

/** The upper-case legacy names HTML5 also knows (with or without ";"), by their lower-case twins. */
export const UPPER_CASE_ENTITIES: Readonly<Record<string, string>> = { AMP: "amp", LT: "lt", GT: "gt", QUOT: "quot", COPY: "copy", REG: "reg" };

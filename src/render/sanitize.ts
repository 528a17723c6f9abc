/**
 * Text hygiene shared by the renderers. The pipeline's repair stage already removes
 * control characters, but renderers also take Articles built by library users, so
 * nothing that can drive a terminal (ESC, CSI, OSC, BEL, C1 controls) or break UTF-8
 * output (lone surrogates) ever leaves a renderer raw.
 */

/** C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F, e.g. U+009B CSI). */
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops control characters and replaces lone surrogates by U+FFFD; keeps tabs and newlines. */
export function stripControls(text: string): string {
  return text.replace(CONTROL_RE, "").replace(LONE_SURROGATE_RE, "\ufffd");
}

/**
 * One field on one line: controls dropped, any line break or tab becomes a space,
 * surrounding white space trimmed (a block's text is one line; an Article built by
 * hand may still carry newlines, which must not start new Markdown blocks).
 */
export function oneLine(text: string): string {
  return stripControls(text).replace(/[\t\n\r\u2028\u2029]/g, " ").trim();
}

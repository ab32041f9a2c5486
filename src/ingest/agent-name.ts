/**
 * Agent names as matched: NFKC (full-width letters and digits, the
 * ideographic space → their plain forms), zero-width and other invisible
 * format characters removed, runs of spaces made one, trimmed. Two cells that
 * look the same are then one agent; the roster is matched the same way.
 */

/**
 * Invisible characters that change a name without changing how it looks, and
 * control characters (NUL, ESC: a terminal would run `ESC[31m` in a name
 * printed by `score`), but for the spaces and line breaks `\s` makes one space.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Printable ASCII and CJK unified ideographs are NFKC-stable: most names skip the work. */
const PLAIN = /^[\u0021-\u007E\u4E00-\u9FFF]*$/;

export function normaliseName(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  return raw.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * A roster's free text (display name, team, role) without invisible and
 * control characters: a right-to-left override in a display name would turn
 * the page's title and the downloads around it.
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** A name with its invisible characters shown, for messages: `小美<U+200B>`. */
export function visibleName(raw: string): string {
  return raw.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: showing them is the point.
    /[\u0000-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u3000]/g,
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

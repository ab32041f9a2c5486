/**
 * Text from the inputs (names, headers, cells) printed to a terminal: control
 * characters are removed, so a cell cannot move the cursor, recolour, retitle
 * or clear the operator's terminal (ESC sequences, BEL, backspace, C1 codes).
 * Tab is kept; line breaks are shown as `⏎` inside a line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function forTerminal(line: string): string {
  return line.replace(/\r\n|\r|\n/g, "⏎").replace(CONTROL, "");
}

/**
 * The text of a file a manager edits by hand (data/config.yaml, a scheme).
 * Windows Notepad, WPS and older editors save Chinese text as GBK or as
 * "Unicode" (UTF-16 with a BOM); read as UTF-8, 售前 came out as mojibake, so
 * `schemeByRole: { 售前: … }` silently matched no role (everyone scored with
 * the default scheme, exit 0) and a scheme's grade names were published as
 * "�ϸ�". The bytes are decoded as the exports' are (encoding.ts: BOM, UTF-16,
 * strict UTF-8, else GB18030), so every one of these reads the same.
 */
import { readFile } from "node:fs/promises";
import { decodeBytes } from "./encoding.ts";

export async function readYamlText(file: string): Promise<string> {
  return decodeBytes(await readFile(file)).text;
}

/** Full-width punctuation a Chinese input method types where YAML needs its ASCII form. */
const FULL_WIDTH: Record<string, string> = {
  "：": ":",
  "，": ",",
  "｛": "{",
  "｝": "}",
  "［": "[",
  "］": "]",
  "－": "-",
};

/**
 * When YAML refuses a file, the line that holds full-width punctuation outside
 * a comment or quotes (`mode： points`, `{ min: 0.6， points: 30 }`), said
 * plainly: the parser's own words ("Implicit keys need to be on a single
 * line", "Block collections are not allowed within flow collections") name
 * neither the character nor the fix. Null when there is none.
 */
export function fullWidthHint(text: string): string | null {
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    let quote: string | null = null;
    let before = "";
    for (const ch of line) {
      if (quote) {
        if (ch === quote) quote = null;
        continue;
      }
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "#") break;
      // After a key, a number or a bracket (`mode：`, `0.6，`, `}，`), not inside Chinese
      // text, where `售前，售后` is a label's own comma.
      else if (FULL_WIDTH[ch] && (before === "" || /[\w\]}]/.test(before)))
        return `line ${i + 1} has the full-width '${ch}' (typed with a Chinese input method): write '${FULL_WIDTH[ch]}' instead`;
      if (ch !== " " && ch !== "\t") before = ch;
    }
  }
  return null;
}

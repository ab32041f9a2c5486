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

/**
 * Encoding detection from the bytes, never configured: BOM, then the UTF-16
 * zero-byte pattern, then strict UTF-8, else GB18030 (a superset of GBK).
 * Pure: works on a Uint8Array sample; the file reader streams the rest.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

const ENCODINGS: readonly string[] = ["utf-8", "utf-16le", "utf-16be", "gb18030"];

/** A file account's encoding that is a text encoding (a workbook's says `xlsx`, `xls` …). */
export const isEncoding = (name: string): name is Encoding => ENCODINGS.includes(name);

export interface Sniffed {
  encoding: Encoding;
  /** Bytes of BOM to skip. */
  bom: number;
  /** The sample was plain ASCII: UTF-8 is a guess that later bytes must confirm. */
  asciiOnly: boolean;
  /** The bytes look binary (NUL bytes outside a UTF-16 pattern). */
  binary: boolean;
}

function utf16Pattern(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

export function sniffEncoding(sample: Uint8Array): Sniffed {
  const base = { asciiOnly: false, binary: false };
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { ...base, encoding: "utf-8", bom: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { ...base, encoding: "utf-16le", bom: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { ...base, encoding: "utf-16be", bom: 2 };
  const utf16 = utf16Pattern(sample);
  if (utf16) return { ...base, encoding: utf16, bom: 0 };
  if (sample.includes(0)) return { ...base, encoding: "utf-8", bom: 0, binary: true };
  const asciiOnly = sample.every((b) => b < 0x80);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { ...base, encoding: "utf-8", bom: 0, asciiOnly };
  } catch {
    return { ...base, encoding: "gb18030", bom: 0 };
  }
}

/** Whole-buffer decode for small files (roster, tests): sniff, then decode. */
export function decodeBytes(bytes: Uint8Array): { text: string; sniffed: Sniffed } {
  const sniffed = sniffEncoding(bytes.subarray(0, 1 << 20));
  const encoding = sniffed.asciiOnly && !isUtf8(bytes) ? "gb18030" : sniffed.encoding;
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes.subarray(sniffed.bom));
  return { text, sniffed: { ...sniffed, encoding } };
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

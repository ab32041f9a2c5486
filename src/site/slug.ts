/**
 * URL- and file-safe slugs for agent names. A slug keeps the name's ASCII
 * letters and digits for readability and adds a hash of the whole name, so
 * two names that differ only in punctuation or script ("Amy.W" / "Amy W",
 * "小美" / "小羙") still get different slugs. The same name always gets the
 * same slug across builds.
 */

/** cyrb53: a fast, well-distributed 53-bit string hash. */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function asciiPart(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/, "");
}

export function agentSlug(name: string, hashLength = 8): string {
  const hash = hash53(name.normalize("NFC")).toString(36).padStart(11, "0").slice(0, hashLength);
  const readable = asciiPart(name);
  return readable ? `${readable}-${hash}` : `a-${hash}`;
}

/**
 * Slugs for a whole roster. Should two names ever share a short hash, both
 * get the full 11-character hash, which keeps each slug stable for its name.
 */
export function agentSlugs(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)];
  const short = unique.map((n) => agentSlug(n));
  const seen = new Map<string, number>();
  for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
  const out = new Map<string, string>();
  unique.forEach((name, i) => {
    const s = short[i] as string;
    out.set(name, (seen.get(s) ?? 0) > 1 ? agentSlug(name, 11) : s);
  });
  return out;
}

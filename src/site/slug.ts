/**
 * URL- and file-safe slugs for agent names, readable and typeable: a Chinese
 * name is spelt in pinyin (小美 → `xiao-mei`, surnames read as surnames:
 * 曾小贤 → `zeng-xiao-xian`), other names keep their ASCII letters and digits
 * (Amy.W → `amy-w`). Names that come out the same ("Amy.W" / "Amy W",
 * "小美" / "小羙") are told apart by a short hash of the whole name on all
 * but the first of them (the one seen in the earliest month), so the same
 * data always gives the same slugs, and an agent who joins later never takes
 * an address someone already has.
 *
 * The report's first slugs were the ASCII part plus a hash of every name
 * (`a-02yu21me` for 小美); `legacySlugs` still computes them, so the old
 * addresses can redirect to the new ones.
 */
import { pinyin } from "pinyin-pro";

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

function asciiPart(name: string, max = 24): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

const HAN = /\p{Script=Han}/u;

/**
 * Nicknames (小美, 阿杰, 老王, 乐乐) have no surname: reading their first
 * character as one would turn 乐乐 into "yue-le". A full name's first
 * character is read as a surname (曾小贤 → zeng, 单田芳 → shan).
 */
const isNickname = (name: string): boolean =>
  /^[小阿老]/u.test(name) || (name.length === 2 && name[0] === name[1]);

/** The readable part of a name's slug: pinyin for Chinese characters, ASCII letters and digits for the rest ("" when none). */
export function readableSlug(name: string): string {
  const nfc = name.normalize("NFC");
  const words = HAN.test(nfc)
    ? pinyin(nfc, {
        toneType: "none",
        type: "array",
        nonZh: "consecutive",
        v: true,
        surname: isNickname(nfc) ? "off" : "head",
      })
    : [nfc];
  return asciiPart(words.join(" "), 40);
}

const hashOf = (name: string, length: number) =>
  hash53(name.normalize("NFC")).toString(36).padStart(11, "0").slice(0, length);

/**
 * Slugs for a whole site. A name the published site had keeps its slug
 * (`previous`); the others come in priority order (the caller gives them by
 * first month seen, then by name): on a collision the first keeps the bare
 * slug, the others get `-` and 4 characters of their name's hash (longer
 * in the unlikely case that is taken too). A name with nothing readable gets
 * `a-` and a hash, as before.
 */
export function agentSlugs(
  names: Iterable<string>,
  /**
   * The slugs the published site gave (name → slug): each name keeps its own,
   * and none of them goes to another name, whatever this build's data (a
   * `--month` build, months dropped from the data) would order first.
   */
  previous: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const unique = [...new Set(names)];
  const taken = new Set(previous.values());
  const out = new Map<string, string>();
  const rest: string[] = [];
  const kept = new Set<string>();
  for (const name of unique) {
    const slug = previous.get(name);
    if (slug === undefined || kept.has(slug)) continue;
    kept.add(slug);
    out.set(name, slug);
  }
  for (const name of unique) {
    if (out.has(name)) continue;
    const base = readableSlug(name);
    if (base && !taken.has(base)) {
      taken.add(base);
      out.set(name, base);
    } else rest.push(name);
  }
  for (const name of rest) {
    const base = readableSlug(name) || "a";
    let slug = "";
    for (const length of [4, 6, 8, 11]) {
      slug = `${base}-${hashOf(name, length)}`;
      if (!taken.has(slug)) break;
    }
    taken.add(slug);
    out.set(name, slug);
  }
  return out;
}

/** The first slug scheme (readable ASCII part + 8-character hash), kept for redirects from old addresses. */
export function legacySlug(name: string, hashLength = 8): string {
  const hash = hash53(name.normalize("NFC")).toString(36).padStart(11, "0").slice(0, hashLength);
  const readable = asciiPart(name);
  return readable ? `${readable}-${hash}` : `a-${hash}`;
}

/**
 * The first scheme's slugs for a whole roster. Should two names ever share a
 * short hash, both get the full 11-character hash.
 */
export function legacySlugs(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)];
  const short = unique.map((n) => legacySlug(n));
  const seen = new Map<string, number>();
  for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
  const out = new Map<string, string>();
  unique.forEach((name, i) => {
    const s = short[i] as string;
    out.set(name, (seen.get(s) ?? 0) > 1 ? legacySlug(name, 11) : s);
  });
  return out;
}

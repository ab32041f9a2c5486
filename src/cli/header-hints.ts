/**
 * For `check`'s list of headers nobody reads: the known header a typo'd one
 * most likely meant (询单人数廷 for 询单人数, 首次响应时问 for 首次响应时间).
 * Such a header is ignored, so the column it should have given is missing and
 * a KPI goes without points for every agent of the file's months; only a
 * warning about a refused daily rate says so, if anything. Pure.
 */
import { COLUMNS, normalizeHeader } from "../ingest/columns.ts";
import type { Profile } from "../ingest/profiles.ts";

/** Whether two strings of the same length differ in exactly one character (a mistyped one). */
function oneCharApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Every header some column is read from: the catalogue's, the profiles', the schemes' inputs. */
export function knownHeaders(
  profiles: readonly Profile[],
  inputs: readonly { headers: readonly string[] }[],
): string[] {
  return [
    ...COLUMNS.flatMap((c) => c.headers),
    ...profiles.flatMap((p) => Object.values(p.columns).flat()),
    ...inputs.flatMap((i) => i.headers),
  ];
}

/**
 * The known headers `header` is one mistyped character away from (units
 * aside; 询单人数廷 is one from 询单人数延, the settled 询单人数), at most
 * three. Only a replaced character counts: a header with a word more or less
 * is usually another column (新平均响应时长 beside 平均响应时长). None for a
 * header under three characters, or one a profile lists as written but not
 * read (销售量 is not a typo of 销售额).
 */
export function headerLookalikes(
  header: string,
  known: readonly string[],
  profiles: readonly Profile[],
): string[] {
  if (profiles.some((p) => p.other?.includes(header))) return [];
  const mine = [...normalizeHeader(header).key];
  if (mine.length < 3) return [];
  const out: string[] = [];
  for (const other of known) {
    const key = normalizeHeader(other).key;
    // A settled (延) or revised (修) header is read as its plain one: a typo of either counts.
    const forms = [key, `${key}延`, `${key}修`].map((k) => [...k]);
    if (!out.includes(other) && forms.some((f) => oneCharApart(mine, f))) out.push(other);
  }
  return out.slice(0, 3);
}

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

/** A header naming who rated (评分人, 考核人, rater): a sheet kept one row per rater. */
const RATER_COLUMN = /^(评分人|评价人|打分人|考核人|主考人|评分者|rater|reviewer|evaluator)$/i;

/**
 * For a file whose unused headers include a rater column: the sheet lists one
 * row per rater and item, which is not read (a row is one agent-month). Said
 * with the columns to write instead: each rater's score in a column of its
 * own, headed as the scheme's rater inputs. Null when nothing suggests it.
 */
export function raterColumnHint(
  unused: readonly string[],
  raterHeaders: readonly string[],
): string | null {
  const column = unused.find((h) => RATER_COLUMN.test(normalizeHeader(h).key));
  if (column === undefined || raterHeaders.length === 0) return null;
  const shown = raterHeaders.slice(0, 6).join(", ");
  return `a ${column} column (one row per rater) is not read: a rating sheet has one row per agent and month, each rater's score in a column of its own headed as the scheme has it (${shown}${raterHeaders.length > 6 ? ", …" : ""}); \`npm run template\` writes one`;
}

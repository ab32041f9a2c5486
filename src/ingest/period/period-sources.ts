/**
 * The period of a table that has no 日期/月份 column: what the banner lines
 * above its header, its sheet name, its file name and (for a file named on the
 * command line) `--month` say. Sources that name the same month agree; two
 * that disagree are an error naming both; a range that is not one calendar
 * month is refused with the range named. Pure.
 */
import { basename, extname } from "node:path";
import type { ProblemReason } from "../../reasons/reason.ts";
import { periodIn, yearlessMonthIn } from "./period-text.ts";

export interface PeriodInputs {
  /** Rows above the header, as cell texts, and the spreadsheet row of the first. */
  banner: readonly (readonly string[])[];
  bannerFirstRow: number;
  /** The file's path (its base name is read, without the extension). */
  path: string;
  sheet?: string;
  /** `--month`, when the file was named directly on the command line. */
  month?: string;
}

/** A month and where it came from, e.g. "banner row 1 '统计时间：2026-10-01 至 2026-10-31'". */
export type PeriodResolved = { month: string; from: string } | { error: ProblemReason };

interface Claim {
  where: string;
  month?: string;
  notMonth?: { from: string; to: string };
}

function claims(inputs: PeriodInputs): Claim[] {
  const out: Claim[] = [];
  const add = (where: string, text: string) => {
    const found = periodIn(text);
    if (!found) return;
    const quoted = `${where} '${found.text}'`;
    out.push(
      found.month === undefined
        ? { where: quoted, notMonth: found.notMonth }
        : { where: quoted, month: found.month },
    );
  };
  // The first banner line that names a period speaks for the banner.
  for (let i = 0; i < inputs.banner.length; i++) {
    const line = (inputs.banner[i] ?? []).join(" ").trim();
    if (line === "" || !periodIn(line)) continue;
    add(`banner row ${inputs.bannerFirstRow + i}`, line);
    break;
  }
  if (inputs.sheet !== undefined) add("sheet name", inputs.sheet);
  add("file name", basename(inputs.path, extname(inputs.path)));
  if (inputs.month !== undefined) out.push({ where: "--month", month: inputs.month });
  return out;
}

/** The first source naming a month without its year (`10月评分表`), for a table no source gives a period. */
function yearless(inputs: PeriodInputs): ProblemReason | null {
  const sources: [string, string][] = [
    ...inputs.banner.map((cells, i): [string, string] => [
      `banner row ${inputs.bannerFirstRow + i}`,
      cells.join(" ").trim(),
    ]),
    ...(inputs.sheet !== undefined ? [["sheet name", inputs.sheet] as [string, string]] : []),
    ["file name", basename(inputs.path, extname(inputs.path))],
  ];
  for (const [where, text] of sources) {
    const found = yearlessMonthIn(text);
    if (found)
      return {
        code: "period-no-year",
        where: `${where} '${found.text}'`,
        example: `YYYY-${String(found.month).padStart(2, "0")}`,
      };
  }
  return null;
}

export function resolvePeriod(inputs: PeriodInputs): PeriodResolved | null {
  const all = claims(inputs);
  if (all.length === 0) {
    const error = yearless(inputs);
    return error ? { error } : null;
  }
  const refused = all.find((c) => c.notMonth !== undefined);
  if (refused?.notMonth)
    return { error: { code: "period-not-month", where: refused.where, ...refused.notMonth } };
  const first = all[0];
  if (!first?.month) return null;
  const other = all.find((c) => c.month !== first.month);
  if (other?.month)
    return {
      error: {
        code: "period-conflict",
        first: { where: first.where, month: first.month },
        other: { where: other.where, month: other.month },
      },
    };
  return { month: first.month, from: all.map((c) => c.where).join(", ") };
}

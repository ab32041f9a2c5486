/**
 * The committed sample under data/: one shop, two teams, 12 months
 * (2025-11 … 2026-10), one daily export per team per month, plus the roster.
 * Pure apart from the PRNG: returns file paths (relative to data/) and bytes;
 * scripts/generate-sample.ts writes them.
 *
 * Quirks, each exactly once (see data/README.md):
 * - GB18030 with CRLF (saved again by Excel): 售前 2025-12
 * - a 合计 totals row at the bottom, CRLF (Excel): 售前 2026-05
 * - a notice line and a blank line before the header: 售后 2026-03
 * - 满意评价数/评价总数 `-` for a whole month: 甜甜 in 2026-08
 * - a month as 赤兔 downloads it (.xlsx, period only in a banner line): 售前 2026-07
 *
 * And a third team, 抖店组 (the shop's Douyin store, opened 2026-08), whose
 * daily data is the 飞鸽 download as is (see feige-team.ts).
 */

import type { SynthAgent, SynthRole } from "./agent-model.ts";
import { monthsEndingWith } from "./calendar.ts";
import { chituWorkbook } from "./chitu-workbook.ts";
import { aftersalesCells, aftersalesHeader, presalesCells, presalesHeader } from "./columns.ts";
import { type CsvFormat, csvText, encodeText } from "./csv-encode.ts";
import {
  DOUYIN_OPENED,
  douyinAgents,
  type FeigeDay,
  feigeCsv,
  feigeMonthRows,
  feigePath,
} from "./feige-team.ts";
import { type MonthRows, monthRows } from "./month-rows.ts";
import { rosterText } from "./roster.ts";
import { MISSING_REVIEWS, SHOP_NAME, sampleAgents } from "./sample-agents.ts";
import { presalesTotalsCells } from "./totals-row.ts";

export const SAMPLE_SEED = 20261126;
export const SAMPLE_LAST_MONTH = "2026-10";
export const SAMPLE_MONTHS = 12;

export const SAMPLE_QUIRKS = {
  gb18030: { role: "售前", month: "2025-12" },
  totalsRow: { role: "售前", month: "2026-05" },
  notice: { role: "售后", month: "2026-03" },
  chitu: { role: "售前", month: "2026-07" },
} as const satisfies Record<string, { role: SynthRole; month: string }>;

export interface SynthFile {
  /** Relative to the data folder, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

export interface SampleData {
  files: SynthFile[];
  agents: SynthAgent[];
  months: string[];
  /** The typed rows behind each month's files (before encoding), for checks. */
  rows: Map<string, MonthRows>;
  /** The 抖店 team's 飞鸽 rows by month (from DOUYIN_OPENED on). */
  feige: Map<string, FeigeDay[]>;
}

export function exportPath(role: SynthRole, month: string): string {
  return `exports/${month}/${role}-客服绩效-${month}.csv`;
}

/** The 赤兔 workbook's path: no period in its name, so the banner is the only source. */
export const chituPath = (month: string) => `exports/${month}/赤兔-售前明细.xlsx`;

const is = (quirk: { role: SynthRole; month: string }, role: SynthRole, month: string): boolean =>
  quirk.role === role && quirk.month === month;

function formatFor(role: SynthRole, month: string): CsvFormat {
  if (is(SAMPLE_QUIRKS.gb18030, role, month)) return { encoding: "gb18030", eol: "\r\n" };
  if (is(SAMPLE_QUIRKS.totalsRow, role, month)) return { encoding: "utf8-bom", eol: "\r\n" };
  if (is(SAMPLE_QUIRKS.notice, role, month)) {
    const [first, last] = [`${month}-01`, `${month}-${lastDay(month)}`];
    const notice = `数据来源:千牛-接待中心 店铺:${SHOP_NAME} 统计时间:${first}~${last}`;
    return { encoding: "utf8-bom", eol: "\n", notice };
  }
  return { encoding: "utf8-bom", eol: "\n" };
}

function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate());
}

function blankMissingReviews(rows: MonthRows, month: string): void {
  if (month !== MISSING_REVIEWS.month) return;
  for (const row of rows.aftersales) {
    if (row.agent !== `${SHOP_NAME}:${MISSING_REVIEWS.nickname}`) continue;
    row.satisfiedReviews = null;
    row.reviews = null;
  }
}

export function buildSampleData(seed = SAMPLE_SEED): SampleData {
  const tmall = sampleAgents(seed);
  const douyin = douyinAgents(seed);
  const months = monthsEndingWith(SAMPLE_LAST_MONTH, SAMPLE_MONTHS);
  const files: SynthFile[] = [];
  const rows = new Map<string, MonthRows>();
  const feige = new Map<string, FeigeDay[]>();
  months.forEach((month, monthIndex) => {
    const generated = monthRows(tmall, { month, monthIndex, span: months.length }, seed);
    blankMissingReviews(generated, month);
    rows.set(month, generated);
    const presales = generated.presales.map(presalesCells);
    if (is(SAMPLE_QUIRKS.totalsRow, "售前", month))
      presales.push(presalesTotalsCells(generated.presales));
    const presalesFormat = formatFor("售前", month);
    const aftersalesFormat = formatFor("售后", month);
    files.push(
      is(SAMPLE_QUIRKS.chitu, "售前", month)
        ? {
            path: chituPath(month),
            bytes: chituWorkbook(month, lastDay(month), generated.presales),
          }
        : {
            path: exportPath("售前", month),
            bytes: encodeText(csvText(presalesHeader, presales, presalesFormat), presalesFormat),
          },
    );
    const aftersales = generated.aftersales.map(aftersalesCells);
    files.push({
      path: exportPath("售后", month),
      bytes: encodeText(csvText(aftersalesHeader, aftersales, aftersalesFormat), aftersalesFormat),
    });
    if (month >= DOUYIN_OPENED) {
      const days = feigeMonthRows(douyin, month, monthIndex, months.length, seed);
      feige.set(month, days);
      files.push({ path: feigePath(month), bytes: feigeCsv(days) });
    }
  });
  const agents = [...tmall, ...douyin];
  const rosterFormat: CsvFormat = { encoding: "utf8-bom", eol: "\n" };
  files.push({
    path: "roster.csv",
    bytes: encodeText(rosterText(agents, rosterFormat), rosterFormat),
  });
  return { files, agents, months, rows, feige };
}

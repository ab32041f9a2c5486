/**
 * Reasons in words, English and Chinese side by side: the one place a reason
 * code becomes text. English is what the CLI prints and the contract's
 * `reason` fields hold (unchanged wording); Chinese is for the Chinese pages.
 * Rows and KPIs are worded here, files and data problems in problem-text.ts.
 */

import { serialDay } from "../ingest/excel-serial.ts";
import { wrongWeekday } from "../ingest/period-cells.ts";
import { inputErrorText } from "./input-error-text.ts";
import { PROBLEM, periodWhereText, UNREAD } from "./problem-text.ts";
import type { KpiReason, Reason, RowReason, SkipReason } from "./reason.ts";
import { quote, type ReasonLang, type Texts, zhName } from "./words.ts";

const ROW: Texts<RowReason> = {
  "not-a-number": (_, q) => ({ en: `not a number: ${q}`, zh: `不是数字：${q}` }),
  "ratio-above-100": (r, q) =>
    // 4.8 in a help desk's 满意度 is most likely an average of 1–5 stars, which no percent fixes.
    /^\s*[1-5](?:\.\d+)?\s*$/.test(r.value) && Number(r.value) > 1
      ? {
          en: `ratio above 100%: ${q} (write 45.3% or 0.453; if it is an average rating on a 1–5 scale, it is no share: export the share of satisfied reviews, or their counts 满意评价数 and 评价总数)`,
          zh: `比率超过 100%：${q}（请写 45.3% 或 0.453；如果这是 1–5 分的平均评分，它不是比率：请导出满意评价所占比例，或其计数 满意评价数 与 评价总数）`,
        }
      : {
          en: `ratio above 100%: ${q} (write 45.3% or 0.453)`,
          zh: `比率超过 100%：${q}（请写 45.3% 或 0.453）`,
        },
  "not-a-duration": (_, q) => ({ en: `not a duration: ${q}`, zh: `不是时长：${q}` }),
  "day-fraction": (r, q) => ({
    en: `${q} is Excel's time ${r.clock} as a fraction of a day (the cell lost its time format), not seconds: format the column as [h]:mm:ss, or write the seconds`,
    zh: `${q} 是以一天的几分之几保存的 Excel 时间 ${r.clock}（单元格丢了时间格式），不是秒数：请把该列设为 [h]:mm:ss 格式，或填写秒数`,
  }),
  "invalid-month": (r, q) => {
    // An empty cell under a month typed once (cells that look merged but are not), and a
    // month column set to General, showing Excel's serial number: say so, and what to do.
    if (r.value.trim() === "")
      return {
        en: "month is empty (write the month, e.g. 2026-09, on every row; a merged cell: unmerge it and fill every row)",
        zh: "月份为空（每一行都要写月份，如 2026-09；合并单元格请取消合并并逐行填满）",
      };
    const day = serialDay(r.value.trim());
    return day === null
      ? { en: `invalid month: ${q} (expected YYYY-MM)`, zh: `月份无效：${q}（应为 YYYY-MM）` }
      : {
          en: `invalid month: ${q} (expected YYYY-MM; it is Excel's serial number of ${day}: write ${day.slice(0, 7)}, or format the column as a date)`,
          zh: `月份无效：${q}（应为 YYYY-MM；这是 Excel 里 ${day} 的序列号：请写 ${day.slice(0, 7)}，或把该列设为日期格式）`,
        };
  },
  "ambiguous-month": (_, q) => ({
    en: `ambiguous month: ${q} is January, or October whose final 0 Excel dropped (2026.10 typed into a number cell): write 2026-01 or 2026-10, and format the column as text`,
    zh: `月份有歧义：${q} 可能是 1 月，也可能是被 Excel 去掉末尾 0 的 10 月（在数字格式的单元格里输入 2026.10）：请写成 2026-01 或 2026-10，并把该列设为文本格式`,
  }),
  "month-is-date": (r, q) => ({
    en: `a date, not a month: ${q} (write the month, e.g. ${r.month}: a date in a month column is read only as the 1st or the last day of its month)`,
    zh: `是日期而不是月份：${q}（请写月份，如 ${r.month}：月份列中的日期只在是当月 1 日或最后一天时按该月读取）`,
  }),
  "month-no-year": (r, q) =>
    r.period
      ? {
          en: `month without a year: ${q}, and ${r.period.where} says ${r.period.month}, another month (write it with its year, e.g. ${r.example})`,
          zh: `月份缺少年份：${q}，而${periodWhereText(r.period.where, "zh")} 是 ${r.period.month}，不是同一个月（请连同年份填写，如 ${r.example}）`,
        }
      : {
          en: `month without a year: ${q} (write it as ${r.example}, the year first: no one period in the file name, sheet name or lines above the header gives the year)`,
          zh: `月份缺少年份：${q}（请写成 ${r.example}，年份在前：文件名、工作表名和表头上方都没有给出唯一的统计周期可取年份）`,
        },
  "invalid-date": (r, q) => {
    // A date column set to General shows Excel's serial number: say which day it is and what to do.
    const day = serialDay(r.value.trim());
    const weekday = wrongWeekday(r.value);
    if (weekday !== null)
      return {
        en: `invalid date: ${q} (the weekday is not the date's: that day is a 周${weekday}; one of them is mistyped)`,
        zh: `日期无效：${q}（星期与日期不符：这一天是周${weekday}，两者必有一处写错）`,
      };
    return day === null
      ? { en: `invalid date: ${q} (expected YYYY-MM-DD)`, zh: `日期无效：${q}（应为 YYYY-MM-DD）` }
      : {
          en: `invalid date: ${q} (expected YYYY-MM-DD; it is Excel's serial number of ${day}: format the column as a date, yyyy-mm-dd)`,
          zh: `日期无效：${q}（应为 YYYY-MM-DD；这是 Excel 里 ${day} 的序列号：请把该列设为日期格式 yyyy-mm-dd）`,
        };
  },
  "not-a-tick": (_, q) => ({
    en: `not a tick: ${q} (write 1 or 0, 是 or 否, ✓ or ✗)`,
    zh: `不是勾选值：${q}（请写 1 或 0、是 或 否、✓ 或 ✗）`,
  }),
  "not-a-ratio": (_, q) => ({
    en: `not a ratio: ${q} (write 95% or 0.95)`,
    zh: `不是比率：${q}（请写 95% 或 0.95）`,
  }),
  "negative-ratio": (_, q) => ({ en: `negative ratio: ${q}`, zh: `比率为负：${q}` }),
  "not-a-count": (_, q) => ({
    en: `not a count: ${q} (a whole number ≥ 0)`,
    zh: `不是计数：${q}（应为 ≥ 0 的整数）`,
  }),
  "formula-no-value": (_, q) => ({
    en: `a formula without its result: ${q} (the file holds the formula but no value for it, as when a script or some WPS saves write it: open the file in Excel or WPS and save it, so the results are stored, or copy the column and paste it as values)`,
    zh: `公式没有计算结果：${q}（文件里只有公式、没有保存它的值，脚本或部分 WPS 保存的文件会这样：请用 Excel 或 WPS 打开并保存该文件以存下计算结果，或复制该列后“选择性粘贴 → 数值”）`,
  }),
  "out-of-range": (r, q) => ({
    en: `${r.what} outside ${r.range}: ${q}`,
    zh: `${{ ratio: "比率", score: "分数", value: "数值" }[r.what]}超出 ${r.range}：${q}`,
  }),
  "grade-word": (r, q) => ({
    en: `not a number: ${q} (this column wants ${r.range ? `a score ${r.range}` : "a number"}; a grade word is not read as a score)`,
    zh: `不是数字：${q}（此列要填${r.range ? ` ${r.range} 的分数` : "数字"}，等级词不会被当作分数读取）`,
  }),
  "not-a-level": (r, q) => ({
    en: `not a level: ${q} (${r.levels})`,
    zh: `不是有效等级：${q}（${r.levels}）`,
  }),
  "not-a-kind": (r, q) => ({
    en: `not a ${r.kind}: ${q} (a number ${r.range}, no %)`,
    zh: `不是${KIND_ZH[r.kind] ?? r.kind}：${q}（应为 ${r.range} 的数字，不带 %）`,
  }),
  "monthly-only": (r, q) => ({
    en: `${r.header} is given once a month, not per day: put it in a monthly sheet (月份 column) instead of this daily row (${q})`,
    zh: `${r.header} 按月填写，不按天：请放进月度表（含“月份”列），不要写在这一天的行里（${q}）`,
  }),
  negative: (r, q) => ({
    en: `negative ${r.what}: ${q}`,
    zh: `${r.what === "count" ? "计数" : "数值"}为负：${q}`,
  }),
  "part-above-whole": (r) => ({
    en: `${r.part} (${r.partValue}) greater than ${r.whole} (${r.wholeValue})`,
    zh: `${zhName(r.part)}（${r.partValue}）大于 ${zhName(r.whole)}（${r.wholeValue}）`,
  }),
  "agent-empty": () => ({ en: "agent is empty", zh: "客服昵称为空" }),
  "unclosed-quote": () => ({
    en: "unclosed quote: this field runs to the end of the file; the row is rejected",
    zh: "引号未闭合：这个字段一直延续到文件末尾；该行被拒收",
  }),
  "agent-too-long": (r, q) => ({
    en: `agent name longer than ${r.max} characters: ${q}`,
    zh: `客服昵称超过 ${r.max} 个字符：${q}`,
  }),
  "extra-cells": (r, q) => ({
    en: `${r.cells} cells, but the header has ${r.header}: a delimiter inside a cell that is not quoted (a number written 6,022.91?) shifts every cell after it, so the row is not read; the first cell past the header holds ${q}`,
    zh: `该行有 ${r.cells} 个单元格，而表头只有 ${r.header} 个：某个没有加引号的单元格里含有分隔符（例如数字写成 6,022.91？），其后的单元格全部错位，因此该行不读取；表头之外的第一个单元格是 ${q}`,
  }),
  undecodable: (r, q) =>
    r.encoding
      ? {
          en: `agent name with bytes that are not ${r.encoding} text (shown as �): ${q} (part of the file is in another encoding, e.g. GBK lines added to a UTF-8 file: save the whole file in one encoding)`,
          zh: `客服昵称含有无法按 ${r.encoding} 解码的字节（显示为 �）：${q}（文件有一部分是另一种编码，例如在 UTF-8 文件后追加了 GBK 编码的行：请把整个文件存为同一种编码）`,
        }
      : {
          en: `agent name with the replacement character �: ${q} (the name was garbled before it was saved in this file: correct it)`,
          zh: `客服昵称含有替换字符 �：${q}（名字在存入此文件前已经乱码：请改正）`,
        },
  future: (r) => ({
    en: `${r.what} in the future: ${r.stamp} (today is ${r.today})`,
    zh: `${r.what === "date" ? "日期" : "月份"}在未来：${r.stamp}（今天是 ${r.today}）`,
  }),
  duplicate: (r) => ({
    en: `duplicate: ${r.agent} ${r.when}${r.columns.length ? ` (${r.columns.join(", ")})` : ""} already given at ${r.at}${hiddenSheets(r.hidden, "en")}${r.template ? "; both files have every column of this row, and an empty cell still gives its column: if each rater fills in only their own, give each rater's sheet only their own columns" : ""}`,
    zh: `重复：${r.agent} ${r.when}${r.columns.length ? `（${r.columns.join("、")}）` : ""} 已在 ${r.at} 给出${hiddenSheets(r.hidden, "zh")}${r.template ? "；两个文件含有这一行的全部列，空单元格也算给出了该列：如果每位评分人只填自己的部分，请让每人的表只保留自己的列" : ""}`,
  }),
  "table-refused": (r) => ({
    en: `the table cannot be scored: ${reasonText(r.why, "en")}`,
    zh: `整张表无法计分：${reasonText(r.why, "zh")}`,
  }),
};

/**
 * A duplicate one of whose places is a hidden sheet (a 备份 copy of the month): Excel
 * shows no tab for it, so say that it is hidden and how to deal with it.
 */
function hiddenSheets(sheets: readonly string[] | undefined, lang: ReasonLang): string {
  if (!sheets?.length) return "";
  if (lang === "zh") {
    const names = sheets.map((s) => `「${s}」`).join("、");
    return `；工作表${names}是隐藏的（表格里看不到它的标签）：右键任一工作表标签选“取消隐藏”，是备份就删除该表，或删去其中重复的行`;
  }
  const names = sheets.map((s) => `'${s}'`).join(" and ");
  const is = sheets.length > 1 ? "are hidden sheets" : "is a hidden sheet";
  return `; ${names} ${is} (no tab shows it): unhide it (right-click any sheet tab, Unhide) and delete it if it is a backup, or remove the duplicate rows from it`;
}

const KIND_ZH: Record<string, string> = { score: "分数", amount: "金额", count: "计数" };

const SKIP: Record<SkipReason["kind"], { en: string; zh: string }> = {
  totals: { en: "totals row", zh: "合计/汇总行" },
  peer: { en: "peer benchmark row", zh: "同行/行业对比行" },
  average: { en: "average row", zh: "平均值行" },
  blank: { en: "blank row", zh: "空行" },
  "no-values": { en: "no values (every scored cell empty)", zh: "无数据（计分的各列均为空）" },
  note: {
    en: "note line (no agent, date or number)",
    zh: "说明/签字行（无客服、日期和数字）",
  },
  header: {
    en: "the header again (files joined into one, or a second header row)",
    zh: "重复的表头行（多个文件拼成一个，或第二行表头）",
  },
  "outside-month": { en: "outside --month", zh: "不在 --month 所选月份" },
  "summary-sheet": {
    en: "summary sheet row (the workbook's other sheets give its month)",
    zh: "汇总表的行（工作簿的其他工作表已给出该月数据）",
  },
};

/** Why ingest had no value for a column (fold.ts writes these few forms; notices are Chinese). */
function sourceText(text: string, lang: ReasonLang): string {
  if (lang === "en") return text;
  if (text === "empty") return "空";
  // numeric-cells.ts: a daily rate whose file has no denominator column (and no `weights:`).
  if (text === "daily ratio without its denominator") return "按天给出的比率缺少分母列";
  const gap = /^missing on (\d+) of (\d+) days(?: \((.+)\))?$/.exec(text);
  if (gap) return `${gap[2]} 天中缺 ${gap[1]} 天${gap[3] ? `（${sourceText(gap[3], lang)}）` : ""}`;
  const weight = /^no (.+) to weight by$/.exec(text);
  if (weight) return `没有用于加权的 ${weight[1]}`;
  return text;
}

type MissingInput = Extract<KpiReason, { code: "missing-input" }>;

/**
 * "missing input: paid_buyers + inquiries or inquiry_conversion (paid_buyers: empty)"
 * in one language: every missing KPI of a large run has one, so the other language's
 * words are not made with it.
 */
function missingInputText(r: MissingInput, lang: ReasonLang): string {
  const name = lang === "en" ? (id: string) => id : zhName;
  const any = r.any.map((cols) => cols.map(name).join(" + ")).join(lang === "en" ? " or " : " 或 ");
  const sources = r.sources ?? [];
  if (lang === "en") {
    const said = sources.map(([c, t]) => `${c}: ${sourceText(t, lang)}`).join("; ");
    return `missing input: ${any}${sources.length ? ` (${said})` : ""}`;
  }
  const said = sources.map(([c, t]) => `${zhName(c)}：${sourceText(t, lang)}`).join("；");
  return `缺少输入：${any}${sources.length ? `（${said}）` : ""}`;
}

const KPI: Texts<KpiReason> = {
  "missing-input": (r) => ({ en: missingInputText(r, "en"), zh: missingInputText(r, "zh") }),
  // English keeps the contract's words; Chinese names the raters who did not rate.
  "missing-inputs": (r) => ({
    en: `missing input: ${r.inputs.join(", ")}`,
    zh: r.raters
      ? `缺少评分：${r.inputs.map((id, i) => `${r.raters?.[i]?.zh ?? id}（${id}）`).join("、")}`
      : `缺少输入：${r.inputs.map(zhName).join("、")}`,
  }),
  "zero-denominator": () => ({ en: "denominator is 0", zh: "分母为 0" }),
  "no-band": (r) => ({
    en: `value ${r.shown} falls in no band`,
    zh: `数值 ${r.shown} 不在任何一档内`,
  }),
  "input-error": (r) => ({
    en: `input error: ${inputErrorText(r, "en")}`,
    zh: `输入错误：${inputErrorText(r, "zh")}`,
  }),
};
const TABLE = { ...ROW, ...UNREAD, ...KPI, ...PROBLEM } as unknown as Record<
  string,
  (r: Reason, q: string) => { en: string; zh: string }
>;

export function reasonText(r: Reason, lang: ReasonLang): string {
  if (r.code === "text") return r.text;
  if (r.code === "skip") return SKIP[r.kind][lang];
  // Made for every missing KPI of a run, in one language: the table's entry would make both
  // (a getter-per-language Words measured slower still: 52 ms against 16 on 52,000 KPIs).
  if (r.code === "missing-input") return missingInputText(r, lang);
  const q = "value" in r && typeof r.value === "string" ? quote(r.value) : "";
  const render = TABLE[r.code];
  return render ? render(r, q)[lang] : r.code;
}

/** The skip reason for one of ingest's fixed phrases ("totals row", …). */
export function skipReasonOf(phrase: string): SkipReason | null {
  for (const [kind, t] of Object.entries(SKIP))
    if (t.en === phrase) return { code: "skip", kind: kind as SkipReason["kind"] };
  return null;
}

/** What a page shows for an item with a reason: its code in the page's language, else its words. */
export function shownReason(
  item: { reason?: string | undefined; why?: Reason | undefined },
  lang: ReasonLang,
): string | undefined {
  return item.why === undefined ? item.reason : reasonText(item.why, lang);
}

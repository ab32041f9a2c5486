/**
 * Reasons in words, English and Chinese side by side: the one place a reason
 * code becomes text. English is what the CLI prints and the contract's
 * `reason` fields hold (unchanged wording); Chinese is for the Chinese pages.
 */

import { COLUMNS } from "../ingest/columns.ts";
import type {
  KpiReason,
  ProblemReason,
  Reason,
  RowReason,
  SkipReason,
  UnreadReason,
} from "./reason.ts";

export type ReasonLang = "zh" | "en";

/** A catalogue column by its Chinese header (its first) in the Chinese words; scheme inputs by their id. */
const HEADER_ZH = new Map(COLUMNS.map((c) => [c.id, c.headers[0] ?? c.id]));
const zhName = (id: string) => HEADER_ZH.get(id) ?? id;

/** `'abc'`, shortened so a 10 MB cell does not become a 10 MB message. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `'${short.replace(/[\r\n\t]/g, " ")}'`;
}

/** The member of a union whose code (or one of whose codes) is C. */
type Of<R, C> = R extends { code: infer K } ? (C extends K ? R : never) : never;
type Texts<R extends { code: string }> = {
  [C in R["code"]]: (r: Of<R, C>, q: string) => { en: string; zh: string };
};

const ROW: Texts<RowReason> = {
  "not-a-number": (_, q) => ({ en: `not a number: ${q}`, zh: `不是数字：${q}` }),
  "ratio-above-100": (_, q) => ({
    en: `ratio above 100%: ${q} (write 45.3% or 0.453)`,
    zh: `比率超过 100%：${q}（请写 45.3% 或 0.453）`,
  }),
  "not-a-duration": (_, q) => ({ en: `not a duration: ${q}`, zh: `不是时长：${q}` }),
  "invalid-month": (_, q) => ({
    en: `invalid month: ${q} (expected YYYY-MM)`,
    zh: `月份无效：${q}（应为 YYYY-MM）`,
  }),
  "invalid-date": (_, q) => ({
    en: `invalid date: ${q} (expected YYYY-MM-DD)`,
    zh: `日期无效：${q}（应为 YYYY-MM-DD）`,
  }),
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
  "out-of-range": (r, q) => ({
    en: `${r.what} outside ${r.range}: ${q}`,
    zh: `${{ ratio: "比率", score: "分数", value: "数值" }[r.what]}超出 ${r.range}：${q}`,
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
  future: (r) => ({
    en: `${r.what} in the future: ${r.stamp} (today is ${r.today})`,
    zh: `${r.what === "date" ? "日期" : "月份"}在未来：${r.stamp}（今天是 ${r.today}）`,
  }),
  duplicate: (r) => ({
    en: `duplicate: ${r.agent} ${r.when}${r.columns.length ? ` (${r.columns.join(", ")})` : ""} already given at ${r.at}`,
    zh: `重复：${r.agent} ${r.when}${r.columns.length ? `（${r.columns.join("、")}）` : ""} 已在 ${r.at} 给出`,
  }),
};

const KIND_ZH: Record<string, string> = { score: "分数", amount: "金额", count: "计数" };

const SKIP: Record<SkipReason["kind"], { en: string; zh: string }> = {
  totals: { en: "totals row", zh: "合计/汇总行" },
  peer: { en: "peer benchmark row", zh: "同行/行业对比行" },
  average: { en: "average row", zh: "平均值行" },
  blank: { en: "blank row", zh: "空行" },
  "outside-month": { en: "outside --month", zh: "不在 --month 所选月份" },
};

const UNREAD: Texts<UnreadReason> = {
  "lock-file": () => ({
    en: "Office lock file (the workbook is open in Excel or WPS; it holds no data)",
    zh: "Office 锁文件（工作簿正在 Excel 或 WPS 中打开，不含数据）",
  }),
  "hidden-file": () => ({ en: "hidden file", zh: "隐藏文件" }),
  "hidden-folder": () => ({ en: "hidden folder (not searched)", zh: "隐藏文件夹（不搜索）" }),
  "empty-sheet": () => ({ en: "empty sheet", zh: "空工作表" }),
  "not-an-export": (r) => ({
    en: `not an export type (${r.ext === "" ? "no extension" : r.ext}): .csv, .tsv, .txt, .xlsx, .xlsm, .xls and .et are read`,
    zh: `不是导出文件类型（${r.ext === "" ? "无扩展名" : r.ext}）：只读取 .csv、.tsv、.txt、.xlsx、.xlsm、.xls 和 .et`,
  }),
  "no-header": (r) => ({
    en: `no header: no row in the first ${r.rows} names two known columns`,
    zh: `没有表头：前 ${r.rows} 行中没有一行包含两个已知列`,
  }),
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

type InputError = Extract<KpiReason, { code: "input-error" }>;

/** What the value should have been, in words. */
function expectedText(x: InputError["expected"]): { en: string; zh: string } {
  switch (x.kind) {
    case "count":
      return { en: "is not a count", zh: "不是计数" };
    case "tick":
      return x.words === "met"
        ? { en: "is not 1 (met) or 0 (unmet)", zh: "不是 1（达成）或 0（未达成）" }
        : { en: "is not 1 (yes) or 0 (no)", zh: "不是 1（是）或 0（否）" };
    case "level":
      return { en: `is not a level 1–${x.levels}`, zh: `不是 1–${x.levels} 的等级` };
    case "scale":
      return {
        en: `is outside the item's scale ${x.lo}–${x.hi}`,
        zh: `超出该项的分值范围 ${x.lo}–${x.hi}`,
      };
    case "range":
      // The English has always named the level by its Chinese label.
      return {
        en: `is outside ${x.lo}–${x.hi}${x.level ? ` (${x.level.zh})` : ""}`,
        zh: `超出 ${x.lo}–${x.hi}${x.level ? `（${x.level.zh}）` : ""}`,
      };
  }
}

/** "x = 3 is not a count": an input's bad value (also a KPI's `error` field, in English). */
export function inputErrorText(r: InputError, lang: ReasonLang): string {
  return `${r.input} = ${r.value}${lang === "zh" ? "，" : " "}${expectedText(r.expected)[lang]}`;
}

const KPI: Texts<KpiReason> = {
  "missing-input": (r) => {
    const any = (or: string, name = (id: string) => id) =>
      r.any.map((cols) => cols.map(name).join(" + ")).join(or);
    const said = (lang: ReasonLang, sep: string) =>
      (r.sources ?? [])
        .map(([c, t]) =>
          lang === "en" ? `${c}: ${sourceText(t, lang)}` : `${zhName(c)}：${sourceText(t, lang)}`,
        )
        .join(sep);
    return {
      en: `missing input: ${any(" or ")}${r.sources?.length ? ` (${said("en", "; ")})` : ""}`,
      zh: `缺少输入：${any(" 或 ", zhName)}${r.sources?.length ? `（${said("zh", "；")}）` : ""}`,
    };
  },
  "missing-inputs": (r) => ({
    en: `missing input: ${r.inputs.join(", ")}`,
    zh: `缺少输入：${r.inputs.map(zhName).join("、")}`,
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

/** The system's reasons for a path it could not read (list-exports.ts words them). */
const FS_ZH: Record<string, string> = {
  "permission denied": "没有权限",
  "no such file or folder": "文件或文件夹不存在",
  "too many levels of symbolic links": "符号链接层级过多",
};

/**
 * Where a table's period was read, in the fixed forms period-sources.ts
 * writes ("banner row 1 '…'", "sheet name '…'", "file name '…'", "--month",
 * joined by ", " in a file's `periodFrom`), in the reader's language. A
 * banner row's number counts from the top of the sheet, so Chinese says
 * 表格顶部第 N 行 (表头上方第 N 行 would read as counting up from the header).
 */
export function periodWhereText(where: string, lang: ReasonLang): string {
  if (lang === "en") return where;
  return where
    .replace(/, (?=banner row \d+ '|sheet name '|file name '|--month$)/g, "、")
    .replace(/(^|、)banner row (\d+) '/g, "$1表格顶部第 $2 行 '")
    .replace(/(^|、)sheet name '/g, "$1工作表名 '")
    .replace(/(^|、)file name '/g, "$1文件名 '");
}

const NOT_REGULAR = {
  fifo: { en: "a named pipe (FIFO)", zh: "命名管道（FIFO）" },
  socket: { en: "a socket", zh: "套接字" },
  device: { en: "a device", zh: "设备文件" },
  other: { en: "not a regular file", zh: "不是普通文件" },
};

const UNREADABLE = {
  path: { en: "", zh: "" },
  file: { en: "cannot read: ", zh: "无法读取：" },
  folder: { en: "cannot read folder: ", zh: "无法读取文件夹：" },
  roster: { en: "cannot read the roster: ", zh: "无法读取花名册：" },
  link: { en: "symbolic link not followed: ", zh: "未跟随符号链接：" },
};

const PROBLEM: Texts<ProblemReason> = {
  "missing-column": (r) => {
    const options = (or: string, name = (id: string) => id) =>
      r.options.map((set) => set.map(name).join(" + ")).join(or);
    return {
      en: `KPI ${r.kpi} (${r.label}) needs column ${options(" or ")}, which no input file has`,
      zh: `考核项 ${r.kpi}（${r.label}）需要列 ${options(" 或 ", zhName)}，但所有输入文件中都没有`,
    };
  },
  "no-agent-column": (r) => ({
    en: `no agent column (客服/旺旺/坐席/agent) in the header at row ${r.row}`,
    zh: `第 ${r.row} 行的表头里没有客服列（客服/旺旺/坐席/agent）`,
  }),
  "no-period": (r) => ({
    en: `no 日期/date or 月份/month column in the header at row ${r.row}, and no period above it (e.g. 统计时间：2026-10-01 至 2026-10-31), in the ${r.sheet ? "sheet or file" : "file"} name (e.g. 2026-10) or from --month`,
    zh: `第 ${r.row} 行的表头里没有日期或月份列，表头上方、${r.sheet ? "工作表名或文件名" : "文件名"}（如 2026-10）和 --month 也都没有给出统计周期（如 统计时间：2026-10-01 至 2026-10-31）`,
  }),
  "period-not-month": (r) => ({
    en: `${r.where}: the period ${r.from} – ${r.to} is not one calendar month (scores are monthly: export the whole month, 1st to last day)`,
    zh: `${periodWhereText(r.where, "zh")}：统计周期 ${r.from} – ${r.to} 不是一个完整的自然月（按月考核：请导出整月，从 1 日到月末）`,
  }),
  "period-conflict": ({ first, other }) => ({
    en: `period conflict: ${first.where} says ${first.month}, ${other.where} says ${other.month}`,
    zh: `统计周期冲突：${periodWhereText(first.where, "zh")} 是 ${first.month}，${periodWhereText(other.where, "zh")} 是 ${other.month}`,
  }),
  "header-only": () => ({
    en: "header only: the file has no data rows",
    zh: "只有表头：文件里没有数据行",
  }),
  "header-not-found": () => ({
    en: "header not found: no row in the first 40 names two known columns (e.g. 客服, 日期, 询单人数) with a comma, tab or semicolon delimiter",
    zh: "找不到表头：前 40 行中没有一行以逗号、制表符或分号分隔并含两个已知列（如 客服、日期、询单人数）",
  }),
  "binary-file": () => ({
    en: "binary file (contains NUL bytes): not a CSV export",
    zh: "二进制文件（含 NUL 字节）：不是 CSV 导出文件",
  }),
  "roster-no-agent": () => ({ en: "roster has no 'agent' column", zh: "花名册没有 'agent' 列" }),
  "empty-file": (r) =>
    r.zeroBytes
      ? { en: "empty file (0 bytes): nothing to read", zh: "空文件（0 字节）：没有可读的内容" }
      : { en: "empty file: no text", zh: "空文件：没有文字" },
  "duplicate-column": (r) => ({
    en: `duplicate column: '${r.header}' (column ${r.col}) and '${r.firstHeader}' (column ${r.firstCol}) both mean ${r.id}; the first is used`,
    zh: `重复的列：'${r.header}'（第 ${r.col} 列）和 '${r.firstHeader}'（第 ${r.firstCol} 列）都表示 ${zhName(r.id)}；采用第 ${r.firstCol} 列`,
  }),
  "daily-ratio-unweighted": (r) => ({
    en: `daily ${r.column} given without its denominator column ${r.denominator}: refused (daily ratios are never averaged)`,
    zh: `按天给出的 ${zhName(r.column)} 缺少分母列 ${zhName(r.denominator)}：不采用（日比率不能直接平均）`,
  }),
  spelling: (r) => ({
    en: `agent name '${r.value}' read as '${r.agent}' (NFKC, invisible characters removed, spaces trimmed): rows of both spellings are one agent`,
    zh: `客服昵称 '${r.value}' 识别为 '${r.agent}'（NFKC 规范化，去掉不可见字符和首尾空格）：两种写法的行算同一位客服`,
  }),
  "ratio-disagrees": (r) => ({
    en: `${r.agent} ${r.month}: ${r.ratio} given as ${r.given} but ${r.parts[0]}/${r.parts[1]} = ${r.computed}; the parts are used`,
    zh: `${r.agent} ${r.month}：${zhName(r.ratio)} 给出的是 ${r.given}，但 ${zhName(r.parts[0])}/${zhName(r.parts[1])} = ${r.computed}；采用按分子分母算出的值`,
  }),
  "roster-duplicate": (r) => ({
    en: `agent listed twice: '${r.agent}'`,
    zh: `花名册中重复列出的客服：'${r.agent}'`,
  }),
  "roster-window": (r) =>
    r.side === "joined"
      ? {
          en: `${r.agent} has data in ${r.month} but joined on ${r.date}`,
          zh: `${r.agent} 在 ${r.month} 有数据，但入职日期是 ${r.date}`,
        }
      : {
          en: `${r.agent} has data in ${r.month} but left on ${r.date}`,
          zh: `${r.agent} 在 ${r.month} 有数据，但离职日期是 ${r.date}`,
        },
  unreadable: (r) => ({
    en: `${UNREADABLE[r.what].en}${r.detail}`,
    zh: `${UNREADABLE[r.what].zh}${FS_ZH[r.detail] ?? r.detail}`,
  }),
  "not-regular": (r) => ({
    en: `${NOT_REGULAR[r.kind].en}: not read`,
    zh: `${NOT_REGULAR[r.kind].zh}：不读取`,
  }),
  "link-loop": (r) => ({
    en: `symbolic link loop back to ${r.first}: not followed`,
    zh: `符号链接循环指回 ${r.first}：不跟随`,
  }),
  "same-path": (r) => ({
    en: `the same ${r.kind} as ${r.first}: read once`,
    zh: `与 ${r.first} 是同一个${r.kind === "folder" ? "文件夹" : "文件"}：只读取一次`,
  }),
  "workbook-locked": () => ({
    en: "password-protected workbook: open it in Excel or WPS, remove the password (文件 → 加密/密码) and save a copy, or export it as CSV",
    zh: "工作簿有密码保护：请在 Excel 或 WPS 中打开，去掉密码（文件 → 加密/密码）后另存一份，或导出为 CSV",
  }),
  "workbook-no-sheets": () => ({ en: "workbook has no sheets", zh: "工作簿里没有工作表" }),
  "workbook-corrupt": (r) => ({
    en: `corrupt or unsupported ${r.kind} workbook (${r.detail}): open and save it again in Excel or WPS, or export it as CSV`,
    zh: `${r.kind === "spreadsheet" ? "" : `${r.kind} `}工作簿已损坏或格式不受支持（${r.detail}）：请在 Excel 或 WPS 中打开后重新保存，或导出为 CSV`,
  }),
  "no-sheet-header": (r) => ({
    en: `no sheet has a header row (two known columns such as 客服, 日期, 询单人数): ${r.sheets.map((s) => `${s.sheet} (${reasonText(s.why, "en")})`).join("; ")}`,
    zh: `没有一个工作表有表头行（含两个已知列，如 客服、日期、询单人数）：${r.sheets.map((s) => `${s.sheet}（${reasonText(s.why, "zh")}）`).join("；")}`,
  }),
};

const TABLE = { ...ROW, ...UNREAD, ...KPI, ...PROBLEM } as unknown as Record<
  string,
  (r: Reason, q: string) => { en: string; zh: string }
>;

export function reasonText(r: Reason, lang: ReasonLang): string {
  if (r.code === "text") return r.text;
  if (r.code === "skip") return SKIP[r.kind][lang];
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

/**
 * Files and data problems in words: a file or sheet not read, one that could
 * not be read at all, and what ingest and the checks found in the files, the
 * headers, the roster and the data (reason.ts UnreadReason, ProblemReason).
 */
import { inputErrorText } from "./input-error-text.ts";
import type { ProblemReason, UnreadReason } from "./reason.ts";
import { ROSTER_TEXTS } from "./roster-text.ts";
import { type ReasonLang, type Texts, type Words, zhName } from "./words.ts";

export const UNREAD: Texts<UnreadReason> = {
  "lock-file": () => ({
    en: "Office lock file (the workbook is open in Excel or WPS; it holds no data)",
    zh: "Office 锁文件（工作簿正在 Excel 或 WPS 中打开，不含数据）",
  }),
  "hidden-file": () => ({ en: "hidden file", zh: "隐藏文件" }),
  "hidden-folder": () => ({ en: "hidden folder (not searched)", zh: "隐藏文件夹（不搜索）" }),
  "empty-sheet": () => ({ en: "empty sheet", zh: "空工作表" }),
  "not-an-export": (r) => ({
    en: `not an export type (${r.ext === "" ? "no extension" : r.ext}): .csv, .tsv, .txt, .xlsx, .xlsm, .xlsb, .xls, .et and .ods are read`,
    zh: `不是导出文件类型（${r.ext === "" ? "无扩展名" : r.ext}）：只读取 .csv、.tsv、.txt、.xlsx、.xlsm、.xlsb、.xls、.et 和 .ods`,
  }),
  "partial-download": (r) => ({
    en: `unfinished download (${r.ext}): let the browser finish it, or download it again; the finished .csv or .xlsx is read`,
    zh: `未完成的下载（${r.ext}）：等浏览器下载完成，或重新下载；下载完成的 .csv 或 .xlsx 会被读取`,
  }),
  archive: (r) => ({
    en: `archive (${r.ext}): files inside it are not read; extract it into the exports folder`,
    zh: `压缩包（${r.ext}）：不读取其中的文件；请解压到导出文件夹`,
  }),
  "temp-file": () => ({
    en: "temporary file (.tmp, left by Excel or a browser while saving or downloading; it holds no export)",
    zh: "临时文件（.tmp，Excel 或浏览器保存、下载时留下的，不是导出文件）",
  }),
  "no-header": (r) => ({
    en: `no header: no row in the first ${r.rows} names two known columns`,
    zh: `没有表头：前 ${r.rows} 行中没有一行包含两个已知列`,
  }),
};

/** A sheet a workbook passed over, in words (inside "no-sheet-header"). */
const unreadWords = (why: UnreadReason): Words =>
  (UNREAD[why.code] as (r: UnreadReason, q: string) => Words)(why, "");

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

export const PROBLEM: Texts<ProblemReason> = {
  "missing-column": (r) => {
    // Each way once (a metric and its fallback can name the same columns).
    const options = (or: string, name = (id: string) => id) =>
      [...new Set(r.options.map((set) => set.map(name).join(" + ")))].join(or);
    return {
      // The id, and the header an export would carry it under: refunds (客户退款数).
      en: `KPI ${r.kpi} (${r.label}) needs column ${options(" or ", (id) => (zhName(id) === id ? id : `${id} (${zhName(id)})`))}, which no input file has`,
      zh: `考核项 ${r.kpi}（${r.label}）需要列 ${options(" 或 ", zhName)}，但所有输入文件中都没有`,
    };
  },
  "no-agent-column": (r) => ({
    en: `no agent column (客服/旺旺/坐席/agent) in the header at row ${r.row}: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent)${r.sheet === undefined ? "" : `, or, if the sheet '${r.sheet}' is one agent's, add a 客服 column with the agent on every row`}`,
    zh: `第 ${r.row} 行的表头里没有客服列（客服/旺旺/坐席/agent）：请在 data/config.yaml 的 columns: 下映射写客服的那一列（如 工号: agent）${r.sheet === undefined ? "" : `；如果工作表“${r.sheet}”是一位客服的数据，请加一列“客服”，每行写上该客服`}`,
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
  "period-no-year": (r) => ({
    en: `${r.where} names a month without its year: write it as ${r.example}, the year first, or add a 月份/month column`,
    zh: `${periodWhereText(r.where, "zh")} 给出的月份没有年份：请写成 ${r.example}（年份在前），或加上“月份”列`,
  }),
  "day-no-year": (r) => ({
    en: `${r.where} names a day without its year: put the month in the file name (售后-2026-09.xlsx) or add a 日期/date column`,
    zh: `${periodWhereText(r.where, "zh")} 给出的日期没有年份：请在文件名中写明月份（如 售后-2026-09.xlsx），或加上“日期”列`,
  }),
  "rated-input-error": (r) => ({
    en: `${r.agent} ${r.month}: ${r.kpi}: ${inputErrorText(r.error, "en")}: not scored; correct the rating sheet`,
    zh: `${r.agent} ${r.month}：${r.kpi}：${inputErrorText(r.error, "zh")}：未计分；请更正评分表`,
  }),
  "refused-rows": (r) => ({
    en: `${r.rows} rows of this table are rejected for that reason; the first ${r.listed} are listed one by one`,
    zh: `此表共 ${r.rows} 行因此被拒收；只逐行列出前 ${r.listed} 行`,
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
  "roster-no-agent": () => ({
    en: "roster has no 'agent' column: its first row must name the columns: agent, display_name, role, team, joined, left (or 客服, 姓名, 岗位, 组别, 入职日期, 离职日期; agent required)",
    zh: "花名册没有 'agent' 列：第一行须写列名：agent, display_name, role, team, joined, left（或 客服、姓名、岗位、组别、入职日期、离职日期；agent 必填）",
  }),
  "empty-file": (r) =>
    r.zeroBytes
      ? { en: "empty file (0 bytes): nothing to read", zh: "空文件（0 字节）：没有可读的内容" }
      : { en: "empty file: no text", zh: "空文件：没有文字" },
  "duplicate-column": (r) => ({
    en: `duplicate column: '${r.header}' (column ${r.col}) and '${r.firstHeader}' (column ${r.firstCol}) both mean ${r.id}; the first is used; to read the other, map it under columns: in data/config.yaml ('${r.header}': ${r.id})`,
    zh: `重复的列：'${r.header}'（第 ${r.col} 列）和 '${r.firstHeader}'（第 ${r.firstCol} 列）都表示 ${zhName(r.id)}；采用第 ${r.firstCol} 列；如要改用另一列，请在 data/config.yaml 的 columns: 中写明（'${r.header}': ${r.id}）`,
  }),
  "daily-ratio-unweighted": (r) => ({
    en: `daily ${r.column} given without its denominator column ${r.denominator}: refused (daily ratios are never averaged); to weight each day by another column this file has (e.g. received_customers), name it under weights: in data/config.yaml`,
    zh: `按天给出的 ${zhName(r.column)} 缺少分母列 ${zhName(r.denominator)}：不采用（日比率不能直接平均）；如要按本文件的另一列（如 接待人数）加权，请在 data/config.yaml 的 weights: 中写明`,
  }),
  "daily-time-by-day": (r) => ({
    en: `daily ${r.column} without a ${r.weight} (${zhName(r.weight)}) column to weight its days by: each month is the plain mean of its days (a day of 3 customers counts as much as one of 300); if the export counts the contacts under another header (有效会话数 …), map it under columns: in data/config.yaml (有效会话数: ${r.weight}), or add the column to the export`,
    zh: `按天给出的 ${zhName(r.column)} 没有用于加权的 ${zhName(r.weight)} 列：每月的值是各天的简单平均（3 位客户的一天和 300 位的一天同样计）；如果导出里用别的表头记接待量（如 有效会话数），请在 data/config.yaml 的 columns: 下映射（有效会话数: ${r.weight}），或在导出中加上这一列`,
  }),
  "date-order": dateOrderText,
  "repeated-days": (r) => ({
    en: `${r.rows} of the file's ${r.dated} dated rows repeat an agent and day an earlier row gave (the first: ${r.agent} on ${r.date}): the file looks like a log, one row per conversation or ticket, not a per-agent report, and a log's rows are not added up (each agent's day is read from one row). Export the per-agent report instead (坐席工作量 / 客服工作量 / agent summary: one row per agent and day). If the file holds the same rows twice, delete the copy`,
    zh: `本文件 ${r.dated} 行有日期的数据中，有 ${r.rows} 行与前面某行的客服和日期相同（第一处：${r.agent} ${r.date}）：这像是明细记录（每次会话或工单一行），不是按客服汇总的报表，明细行不会被累加（每位客服每天只读一行）。请改为导出按客服汇总的报表（坐席工作量 / 客服工作量 / agent summary：每位客服每天一行）。如果是同一批数据重复了一遍，请删除重复部分`,
  }),
  "repeated-agents": (r) => {
    const col = r.dateLike[0] ?? "时间";
    const named =
      r.dateLike.length > 0
        ? ` (its column ${r.dateLike.map((h) => `'${h}'`).join(", ")} is not read as one)`
        : "";
    const namedZh =
      r.dateLike.length > 0
        ? `（其中的 ${r.dateLike.map((h) => `“${h}”`).join("、")} 列没有被当作日期读取）`
        : "";
    return {
      en: `${r.rows} of the table's ${r.given} rows repeat an agent it gave before (the first: ${r.agent}, ${r.period}): with no 日期/月份 column${named}, the table has one period, from its name or banner, and one row per agent. If a column holds each row's day, map its header under columns: in data/config.yaml ('${col}': date); if the file is a log (one row per conversation or ticket), export the per-agent report instead`,
      zh: `本表 ${r.given} 行中有 ${r.rows} 行与前面某行的客服相同（第一处：${r.agent}，${r.period}）：表里没有日期或月份列${namedZh}，整张表只有一个统计周期（取自文件名、工作表名或表头上方），每位客服一行。如果某一列是每行的日期，请在 data/config.yaml 的 columns: 下映射该列（'${col}': date）；如果这是明细记录（每次会话或工单一行），请改为导出按客服汇总的报表`,
    };
  },
  spelling: (r) => ({
    en: `agent name '${r.value}' read as '${r.agent}' (NFKC, invisible characters removed, spaces trimmed): rows of both spellings are one agent`,
    zh: `客服昵称 '${r.value}' 识别为 '${r.agent}'（NFKC 规范化，去掉不可见字符和首尾空格）：两种写法的行算同一位客服`,
  }),
  "ratio-disagrees": (r) => ({
    en: `${r.agent} ${r.month}: ${r.ratio} given as ${r.given} but ${r.parts[0]}/${r.parts[1]} = ${r.computed}; the parts are used`,
    zh: `${r.agent} ${r.month}：${zhName(r.ratio)} 给出的是 ${r.given}，但 ${zhName(r.parts[0])}/${zhName(r.parts[1])} = ${r.computed}；采用按分子分母算出的值`,
  }),
  ...ROSTER_TEXTS,
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
    en: `no sheet has a header row (two known columns such as 客服, 日期, 询单人数): ${r.sheets.map((s) => `${s.sheet} (${unreadWords(s.why).en})`).join("; ")}`,
    zh: `没有一个工作表有表头行（含两个已知列，如 客服、日期、询单人数）：${r.sheets.map((s) => `${s.sheet}（${unreadWords(s.why).zh}）`).join("；")}`,
  }),
};

/** `09/13/2026` as YYYY-MM-DD in the order its numbers prove, else the pattern. */
function isoOf(example: string, order: string): string {
  const m = /(\d{1,2})\D(\d{1,2})\D(\d{4}|\d{2})/.exec(example);
  if (!m || (order !== "month-first" && order !== "day-first")) return "YYYY-MM-DD";
  const [mo, d] = order === "month-first" ? [m[1], m[2]] : [m[2], m[1]];
  const y = (m[3] as string).length === 2 ? `20${m[3]}` : m[3];
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Dates with the day and month before the year: which order fits, and how to write them instead. */
function dateOrderText(r: Extract<ProblemReason, { code: "date-order" }>): Words {
  const iso = isoOf(r.example, r.order);
  const seen = {
    "month-first": {
      en: `'${r.example}' can only be MM/DD/YYYY (a month is never over 12), but the order of the other dates is not inferred from it`,
      zh: `'${r.example}' 只能是 MM/DD/YYYY（月份不会大于 12），但不据此推断其他日期的顺序`,
    },
    "day-first": {
      en: `'${r.example}' can only be DD/MM/YYYY (a month is never over 12), but the order of the other dates is not inferred from it`,
      zh: `'${r.example}' 只能是 DD/MM/YYYY（月份不会大于 12），但不据此推断其他日期的顺序`,
    },
    either: {
      en: `'${r.example}' may be MM/DD/YYYY or DD/MM/YYYY, and the order is never guessed`,
      zh: `'${r.example}' 可能是 MM/DD/YYYY，也可能是 DD/MM/YYYY，不猜测月日顺序`,
    },
    both: {
      en: `some fit only MM/DD/YYYY and some only DD/MM/YYYY ('${r.example}'): the column mixes the two orders`,
      zh: `有的只能是 MM/DD/YYYY，有的只能是 DD/MM/YYYY（如 '${r.example}'）：这一列混用了两种顺序`,
    },
  }[r.order];
  // Excel's Text to Columns date order: the proven one, else the reader's choice.
  const proven = { "month-first": "MDY", "day-first": "DMY" }[r.order as string];
  const excel = proven ?? "MDY or DMY, as the system wrote them";
  const excelZh = proven ?? "按系统的写法选 MDY 或 DMY";
  return {
    en: `${r.rows} row(s) rejected for a date with the day and month before the year: ${seen.en}. Export the dates as YYYY-MM-DD (${iso}; a help desk's date format is usually a setting of the report or of your profile), or in Excel select the date column, Data → Text to Columns → Date: ${excel}, format the cells as yyyy-mm-dd and save as CSV again`,
    zh: `${r.rows} 行因日期把月和日写在年份前面而被拒收：${seen.zh}。请把日期导出为 YYYY-MM-DD（${iso}；工单/客服系统的日期格式通常可在报表或个人设置中选择），或在 Excel 中选中日期列，数据 → 分列 → 列数据格式：日期 ${excelZh}，再把单元格格式设为 yyyy-mm-dd 后重新另存为 CSV`,
  };
}

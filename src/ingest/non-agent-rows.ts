/** Rows that are not an agent: totals, averages, peer benchmarks. Skipped and counted, never scored. */

const TOTALS = ["汇总", "合计", "总计", "小计", "total", "subtotal", "sum"];
const AVERAGES = ["平均值", "均值", "平均", "average", "avg", "mean"];
const BENCHMARKS = [
  "同行",
  "行业",
  "优秀同行",
  "同行均值",
  "行业平均",
  "peer",
  "industry",
  "benchmark",
];

/** The text without its spaces: a hand-typed 合　计 or `Sub Total` is still the word. */
const compact = (text: string) => text.replace(/\s+/g, "");

function matches(text: string, words: readonly string[]): boolean {
  const t = compact(text)
    .toLowerCase()
    .replace(/[:：]+$/, "");
  return words.some((w) => t === w || (/^[^a-z]/.test(w) && t.startsWith(w)));
}

/** A platform's all-agents line (often with the date range in its date cell): whole names only (全店客服01 is someone). */
const ALL_AGENTS = new Set(["全部", "全部客服", "所有客服", "全店", "全体客服"]);

function reasonFor(text: string): string | null {
  if (matches(text, TOTALS) || ALL_AGENTS.has(compact(text))) return "totals row";
  if (matches(text, BENCHMARKS)) return "peer benchmark row";
  if (matches(text, AVERAGES)) return "average row";
  return null;
}

/** First characters of every word above, either case: any other first character cannot match. */
const FIRST_CHARS = new Set(
  [...TOTALS, ...AVERAGES, ...BENCHMARKS, ...ALL_AGENTS].flatMap((w) => [
    w.charCodeAt(0),
    w.toUpperCase().charCodeAt(0),
  ]),
);

/** Agent names and dates repeat: remember the answer (bounded, so odd files cannot grow it). */
const seen = new Map<string, string | null>();

function cachedReason(text: string): string | null {
  const first = text.charCodeAt(0);
  // Most cells start with a visible ASCII or CJK character no word starts with: no lookup.
  // (Every character `trim()` removes lies outside both ranges, so a padded word still matches.)
  const plain = (first > 32 && first < 127) || (first >= 0x3400 && first !== 0xfeff);
  if (plain && !FIRST_CHARS.has(first)) return null;
  let reason = seen.get(text);
  if (reason === undefined) {
    reason = reasonFor(text);
    if (seen.size < 100_000) seen.set(text, reason);
  }
  return reason;
}

/**
 * The summary-row rule: a name that contains one of these words anywhere
 * (店铺汇总, 全部客服合计, 团队平均) and that the roster does not list is a
 * summary row, not an agent. A name the roster lists is always an agent.
 */
const SUMMARY_WORD = /合计|汇总|总计|小计|平均|均值/;

/** What an agent cell holds on a line that is no one's: nothing, or a dash. */
const NO_AGENT = new Set(["", "-", "--", "—", "/"]);

/** An agent cell that names no one (empty, or a dash as exports write for "none"). */
export const namesNoAgent = (agent: string): boolean => NO_AGENT.has(agent);

/** The skip reason when the agent (or date/month) cell names a non-agent row, else null. */
export function nonAgentReason(
  agent: string,
  period: string,
  rosterAgents?: ReadonlySet<string>,
): string | null {
  if (agent !== "" && rosterAgents?.has(agent)) return null;
  // A totals row names itself in the agent cell, or leaves it empty (or `-`) and says so in the date cell.
  const named = cachedReason(agent) ?? (NO_AGENT.has(agent) ? cachedReason(period) : null);
  if (named !== null) return named;
  return summaryWordReason(agent);
}

/** A summary word in the text: 平均, 均值 → an average row; 合计, 汇总, 总计, 小计 → totals; else null. */
function summaryWordReason(text: string): string | null {
  const word = SUMMARY_WORD.exec(compact(text))?.[0];
  if (word === undefined) return null;
  return word === "平均" || word === "均值" ? "average row" : "totals row";
}

/**
 * The skip reason of a row whose date or month cell names a summary (an
 * agent's 月汇总 or 小计 line under its days): 合计, 汇总, 总计, 小计 → totals,
 * 平均, 均值 → average; else null. Asked only of a period that is not one,
 * so a real date is never read as a summary.
 */
export const summaryPeriodReason = (period: string): string | null => summaryWordReason(period);

/** Roster names the rule above would skip: the only ones it needs to know (and a cache key). */
export function rosterNamesLikeSummaries(names: Iterable<string>): string[] {
  return [...names].filter((n) => nonAgentReason(n, "") !== null).sort();
}

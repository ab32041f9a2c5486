/**
 * The studio's results as HTML: the summary, the checker's findings, grade
 * counts before → after, the pay budget and who changes grade (band
 * occupancy: occupancy-view.ts).
 * Every table carries the numbers; colour and arrows only repeat them.
 */
import { escapeXml as esc } from "../../charts/toSvgString.ts";
import type { Label, SchemeIssue } from "../../engine/types.ts";
import {
  type Counts,
  gain,
  type Money,
  type Mover,
  NO_GRADE,
  type PersonChange,
  type StudioDiff,
  shownTotal,
} from "../../studio/diff.ts";
import { personMatcher } from "../people/people-match.ts";
import { runLangAttr } from "../run-lang.ts";
import { fill, S } from "./studio-strings.ts";

type Lang = "zh" | "en";
const MAX_MOVERS = 300;

/** One formatter per language: creating one per number is what made redrawing slow. */
const formats = {
  zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};
const money = (n: number, lang: Lang) => formats[lang].format(n);
/** The diff lists a total as changed exactly when these differ (shownTotal). */
const total = (n: number) => String(shownTotal(n));

export function delta(before: number, after: number, lang: Lang, unit = ""): string {
  const d = after - before;
  if (Math.abs(d) < 1e-9) return `<span class="same">±0</span>`;
  const sign = d > 0 ? "+" : "−";
  return `<span class="${d > 0 ? "more" : "less"}">${d > 0 ? "▲" : "▼"} ${sign}${money(Math.abs(d), lang)}${unit}</span>`;
}

/**
 * "5 → 3▼": the arrow and not the difference, which the two numbers say, so that
 * six grades and "no grade" fit the results column of a 1280 px screen; not
 * coloured, as more agents in a grade is good or bad by the grade. A phone
 * puts "5 →" above "3▼" (.was).
 */
function countCell(c: Counts, g: string): string {
  const b = c.before.get(g) ?? 0;
  const a = c.after.get(g) ?? 0;
  return `<td class="num"><span class="was">${b} →</span> <b>${a}</b>${a === b ? "" : a > b ? "▲" : "▼"}</td>`;
}

/**
 * One of the checker's findings as `npm run check` prints it, in parts:
 * `where` (file and path), the severity `tag` ("warning", 警告), its
 * separator and the message. The tag is shown once, inside the line, marked
 * (`.sev`); the line's text is exactly the command's.
 */
export interface FindingLine {
  severity: "error" | "warning";
  where: string;
  tag: string;
  sep: string;
  message: string;
}

/** A finding's line as plain text: `presales.yaml: kpis[0].bands[1].min: warning: …`. */
export const findingText = (l: FindingLine): string => `${l.where}${l.tag}${l.sep}${l.message}`;

/** The findings under their heading; `lead`, when the scheme cannot be scored, says so first. */
export function findingsHtml(lines: readonly FindingLine[], lang: Lang, lead = ""): string {
  const t = (l: Label) => l[lang];
  const items = lines
    .map(
      (l) =>
        `<li class="${l.severity}"><code>${esc(l.where)}<span class="sev">${esc(l.tag)}</span>${esc(l.sep)}${esc(l.message)}</code></li>`,
    )
    .join("");
  const first = lead ? `<p class="studio-refused" role="note"><b>${lead}</b></p>` : "";
  return `<h3>${t(S.findings)}</h3>${first}${items ? `<ul class="findings">${items}</ul>` : `<p>${t(S.noFindings)}</p>`}`;
}

const SEVERITY = { error: S.error, warning: S.warning };

/** The checker's lines as `npm run check` prints them; in Chinese on the Chinese page. */
export function issueLines(issues: readonly SchemeIssue[], lang: Lang): FindingLine[] {
  return issues.map((i) => ({
    severity: i.severity,
    where: `${i.source}: ${i.path ? `${i.path}: ` : ""}`,
    tag: lang === "zh" ? SEVERITY[i.severity].zh : i.severity,
    sep: lang === "zh" ? "：" : ": ",
    message: lang === "zh" ? (i.zh ?? i.message) : i.message,
  }));
}

/** What a phone leaves out of a row (the difference, the word beside an arrow): before → after says it. */
const opt = (html: string) => (html ? `<span class="opt">${html}</span>` : "");

/** "80 → <b>78</b>", or just "80" when it stays: what changed stands out. */
const moved = (before: string, after: string) =>
  before === after ? esc(after) : `${esc(before)} → <b>${esc(after)}</b>`;

function totalCell(m: Mover, lang: Lang): string {
  const [b, a] = [total(m.totalBefore), total(m.totalAfter)];
  return b === a ? b : `${moved(b, a)}${opt(` ${delta(m.totalBefore, m.totalAfter, lang)}`)}`;
}

function gradeCell(m: Mover, t: (l: Label) => string): string {
  const grades = moved(m.gradeBefore ?? NO_GRADE, m.gradeAfter ?? NO_GRADE);
  if (m.direction === null) return grades;
  return `${grades} ${m.direction === "up" ? `<span class="more">▲${opt(` ${t(S.up)}`)}</span>` : `<span class="less">▼${opt(` ${t(S.down)}`)}</span>`}`;
}

function payCell(before: number | null, after: number | null, lang: Lang): string {
  const shown = (p: number | null) => (p === null ? NO_GRADE : money(p, lang));
  const change = before !== null && after !== null ? ` ${delta(before, after, lang)}` : "";
  return `${moved(shown(before), shown(after))}${before === after ? "" : opt(change)}`;
}

function moneyRow(head: string, m: Money, lang: Lang): string {
  return `<tr><th scope="row">${head}</th><td class="num">${money(m.before, lang)}</td><td class="num"><b>${money(m.after, lang)}</b></td><td class="num">${delta(m.before, m.after, lang)}</td></tr>`;
}

/** Above this many agents only the first and last PEOPLE_END of them are listed. */
const PEOPLE_END = 100;

/**
 * Who gains and who loses over the range, one row per agent: the largest pay rise first,
 * the largest cut last (a large centre's middle left out, the find box reaching it).
 */
function peopleHtml(
  people: readonly PersonChange[],
  input: {
    agents: readonly { name: string; slug: string }[];
    agentHref: (slug: string) => string;
    lang: Lang;
  },
  t: (l: Label) => string,
): string {
  if (people.length === 0) return "";
  const { lang } = input;
  const row = (p: PersonChange) => {
    const a = input.agents[p.agent];
    const name = a
      ? `<a href="${esc(input.agentHref(a.slug))}"${runLangAttr(a.name, lang)}>${esc(a.name)}</a>`
      : "?";
    const grades =
      p.up + p.down === 0
        ? `<span class="same">–</span>`
        : `${p.up ? `<span class="more">▲${p.up}</span>` : ""}${p.up && p.down ? " " : ""}${p.down ? `<span class="less">▼${p.down}</span>` : ""}`;
    const mark = gain(p) > 0 ? "gain" : gain(p) < 0 ? "loss" : "even";
    return `<tr class="${mark}"><th scope="row">${name}</th><td class="num">${p.months}</td><td class="num">${grades}</td><td class="num">${delta(0, shownTotal(p.total), lang)}</td><td class="num">${delta(0, p.pay, lang)}</td></tr>`;
  };
  const cut = people.length > 2 * PEOPLE_END;
  const rows = cut
    ? `${people.slice(0, PEOPLE_END).map(row).join("")}<tr><td colspan="5" class="muted">${fill(t(S.peopleCut), { n: people.length - 2 * PEOPLE_END })}</td></tr>${people.slice(-PEOPLE_END).map(row).join("")}`
    : people.map(row).join("");
  return `<h3>${t(S.people)} (${people.length})</h3><div class="table-wrap"><table class="people"><thead><tr><th scope="col">${t(S.agent)}</th><th scope="col" class="num">${t(S.peopleMonths)}</th><th scope="col" class="num">${t(S.gradeMoves)}</th><th scope="col" class="num">${t(S.totalSum)}</th><th scope="col" class="num">${t(S.paySum)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A count in bold, classed "up" or "down" to colour it: the summary's and the summary bar's. */
export const boldCount = (x: number, cls = "") => `<b${cls ? ` class="${cls}"` : ""}>${x}</b>`;

/** Grades up and down, totals higher and lower, in bold: both summaries' counts. */
export const moveCounts = (diff: Pick<StudioDiff, "up" | "down" | "higher" | "lower">) => ({
  up: boldCount(diff.up, "up"),
  down: boldCount(diff.down, "down"),
  higher: boldCount(diff.higher, "up"),
  lower: boldCount(diff.lower, "down"),
});

/** The results as parts (summary, grades, pay, movers): each redrawn only when it changed. */
export function resultsParts(input: {
  diff: StudioDiff;
  agents: readonly { name: string; slug: string }[];
  agentHref: (slug: string) => string;
  lang: Lang;
  /** The checker's errors: the commands refuse such a scheme, so the figures are a preview. */
  errors?: number;
  /** Text typed in the list's find box: a name, its pinyin address, or a team. */
  find?: string;
}): { key: string; html: string }[] {
  const { diff, lang } = input;
  const t = (l: Label) => l[lang];
  const n = diff.perMonth.reduce(
    (s, m) => s + [...m.counts.before.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const refused = input.errors
    ? `<p class="studio-refused" role="note"><b>${fill(t(S.refused), { n: input.errors })}</b></p>`
    : "";
  const gainers = diff.people.filter((p) => gain(p) > 0).length;
  const losers = diff.people.filter((p) => gain(p) < 0).length;
  const counts = fill(t(S.summaryMonths), {
    n: boldCount(n),
    agents: boldCount(diff.agents),
    ...moveCounts(diff),
  });
  const people = fill(t(S.summaryPeople), {
    gainers: boldCount(gainers, "up"),
    losers: boldCount(losers, "down"),
  });
  const budget = `${t(S.budget)} ${money(diff.pay.total.before, lang)} → <b>${money(diff.pay.total.after, lang)}</b> ${t(S.yuan)} ${delta(diff.pay.total.before, diff.pay.total.after, lang)}`;
  const summary = `${refused}<p class="studio-summary">${[counts, people, budget].join(lang === "zh" ? "" : " ")}</p>`;

  const gradeHead = diff.grades
    .map((g) => `<th scope="col" class="num">${g === NO_GRADE ? t(S.noGrade) : esc(g)}</th>`)
    .join("");
  const gradeRows = diff.perMonth
    .map(
      (m) =>
        `<tr><th scope="row">${esc(m.month)}</th>${diff.grades.map((g) => countCell(m.counts, g)).join("")}</tr>`,
    )
    .join("");
  const gradeTotal = `<tr class="total"><th scope="row">${t(S.range)}</th>${diff.grades.map((g) => countCell(diff.overall, g)).join("")}</tr>`;
  const grades = `<h3>${t(S.gradeDist)}</h3><div class="table-wrap"><table class="grade-dist"><thead><tr><th scope="col">${t(S.month)}</th>${gradeHead}</tr></thead><tbody>${gradeRows}${gradeTotal}</tbody></table></div>`;

  const moneyHead = (first: string) =>
    `<thead><tr><th scope="col">${first}</th><th scope="col" class="num">${t(S.before)}</th><th scope="col" class="num">${t(S.after)}</th><th scope="col" class="num">${t(S.change)}</th></tr></thead>`;
  const payMonths = diff.pay.perMonth.map((m) => moneyRow(esc(m.month), m.pay, lang)).join("");
  const payTeams = diff.pay.perTeam
    .map((p) =>
      moneyRow(
        p.team === null ? t(S.noTeam) : `<span${runLangAttr(p.team, lang)}>${esc(p.team)}</span>`,
        p.pay,
        lang,
      ),
    )
    .join("");
  const pay = `<h3>${t(S.budget)}</h3><div class="grid two"><div class="table-wrap"><table class="pay-month"><caption>${t(S.payPerMonth)}</caption>${moneyHead(t(S.month))}<tbody>${payMonths}</tbody><tfoot>${moneyRow(t(S.range), diff.pay.total, lang)}</tfoot></table></div><div class="table-wrap"><table class="pay-team"><caption>${t(S.payPerTeam)}</caption>${moneyHead(t(S.team))}<tbody>${payTeams}</tbody></table></div></div><p class="muted">${t(S.unpaid)}: ${diff.pay.unpaid.before} → ${diff.pay.unpaid.after}</p>`;

  const perAgent = peopleHtml(diff.people, input, t);

  // A large centre's list is cut after MAX_MOVERS: the find box reaches anyone in it.
  // As the month pages' find box matches: name, team, pinyin with or without spaces, initials.
  const matches = personMatcher(input.find ?? "");
  const found = matches
    ? diff.movers.filter((m) => {
        const a = input.agents[m.agent];
        return matches(a?.name ?? "", a?.slug ?? "", m.team ?? "", "");
      })
    : diff.movers;
  const moverRows = found
    .slice(0, MAX_MOVERS)
    .map((m) => {
      const a = input.agents[m.agent];
      const name = a
        ? `<a href="${esc(input.agentHref(a.slug))}"${runLangAttr(a.name, lang)}>${esc(a.name)}</a>`
        : "?";
      return `<tr><th scope="row">${name}</th><td>${esc(m.month)}</td><td class="num">${totalCell(m, lang)}</td><td>${gradeCell(m, t)}</td><td class="num">${payCell(m.payBefore, m.payAfter, lang)}</td></tr>`;
    })
    .join("");
  const more =
    found.length > MAX_MOVERS
      ? `<p class="muted">${fill(t(S.more), { n: found.length - MAX_MOVERS })}</p>`
      : "";
  const count = matches ? `${found.length} / ${diff.movers.length}` : String(diff.movers.length);
  const title = `<h3>${t(S.movers)} (${count})</h3>`;
  // Its own part, the same HTML every time (even with nothing to find: a box drawn anew would
  // lose its text while the filter stayed): never redrawn, so typing keeps its text and focus.
  const find = `<p class="studio-find"><label>${t(S.find)} <input type="search" name="find" autocomplete="off"></label></p>`;
  const movers =
    diff.movers.length === 0
      ? `<p>${t(S.noMovers)}</p>`
      : found.length === 0
        ? `<p>${esc(fill(t(S.noneFound), { q: input.find?.trim() ?? "" }))}</p>`
        : `<div class="table-wrap"><table class="movers"><thead><tr><th scope="col">${t(S.agent)}</th><th scope="col">${t(S.month)}</th><th scope="col" class="num">${t(S.total)}</th><th scope="col">${t(S.grade)}</th><th scope="col" class="num">${t(S.payAmount)}</th></tr></thead><tbody>${moverRows}</tbody></table></div>${more}`;
  return [
    { key: "summary", html: summary },
    { key: "people", html: perAgent },
    { key: "grades", html: grades },
    { key: "pay", html: pay },
    { key: "movers-title", html: title },
    { key: "movers-find", html: find },
    { key: "movers", html: movers },
  ];
}

/** A month range without any agent-month of the scheme (抖店 from 2026-08, the range ending in June). */
export function emptyRangeHtml(
  m: { from: string; to: string; first: string | undefined; last: string | undefined },
  lang: Lang,
): string {
  const text =
    m.first === undefined || m.last === undefined
      ? S.noMonths[lang]
      : fill(S.emptyRange[lang], { from: m.from, to: m.to, first: m.first, last: m.last });
  return `<p class="studio-refused" role="note"><b>${esc(text)}</b></p>`;
}

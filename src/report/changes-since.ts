/**
 * What a run changes in the months the previous site published. A late
 * correction (the same export downloaded again with other numbers) or a
 * scheme edited in place re-scored published months without a word: the new
 * site simply replaced the old. The report now compares each month's
 * results.json, the new one staged and the one still published, by
 * agent-month (total, grade, pay, scheme, complete) and says what changed.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { publishedNaming } from "./published-naming.ts";

/** One agent-month's published outcome, as compared. */
interface Outcome {
  total: number | null;
  grade: string | null;
  pay: number | null;
  scheme: string;
  complete: boolean;
  /** KPI id → its value and points, as published. */
  kpis: Map<string, string>;
}

export interface Change {
  month: string;
  agent: string;
  before: Outcome | null;
  after: Outcome | null;
}

export interface Changes {
  /** Months both sites have, compared. */
  compared: number;
  changes: Change[];
  /** Months the previous site had that this run does not (a --month run, or exports removed). */
  dropped: string[];
}

const MONTH = /^\d{4}-\d{2}$/;

async function monthsIn(site: string): Promise<string[]> {
  try {
    return (await readdir(join(site, "months"))).filter((m) => MONTH.test(m)).sort();
  } catch {
    return [];
  }
}

async function outcomes(file: string): Promise<Map<string, Outcome> | null> {
  let doc: {
    results?: Array<
      Omit<Outcome, "kpis"> & {
        agent: string;
        kpis?: { id: string; value: unknown; points: unknown }[];
      }
    >;
  };
  try {
    doc = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return null;
  }
  const out = new Map<string, Outcome>();
  for (const r of doc.results ?? [])
    out.set(r.agent, {
      total: r.total,
      grade: r.grade,
      pay: r.pay,
      scheme: r.scheme,
      complete: r.complete,
      kpis: new Map((r.kpis ?? []).map((k) => [k.id, `${k.value ?? "—"} (${k.points ?? "—"})`])),
    });
  return out;
}

const same = (a: Outcome, b: Outcome) =>
  a.total === b.total &&
  a.grade === b.grade &&
  a.pay === b.pay &&
  a.scheme === b.scheme &&
  a.complete === b.complete &&
  kpiChanges(a, b).length === 0;

/** The KPIs whose value or points differ: `id value (points) → value (points)`. */
function kpiChanges(a: Outcome, b: Outcome): string[] {
  const ids = [...new Set([...a.kpis.keys(), ...b.kpis.keys()])];
  return ids
    .filter((id) => a.kpis.get(id) !== b.kpis.get(id))
    .map((id) => `${id} ${a.kpis.get(id) ?? "—"} → ${b.kpis.get(id) ?? "—"}`);
}

/**
 * Compares the months both `previous` (the published site) and `next` (the
 * staged downloads) have; null when there is no previous site to compare with.
 */
export async function changesSince(previous: string, next: string): Promise<Changes | null> {
  const before = await monthsIn(previous);
  if (before.length === 0) return null;
  const after = new Set(await monthsIn(next));
  const changes: Change[] = [];
  let compared = 0;
  for (const month of before) {
    if (!after.has(month)) continue;
    const file = join("months", month, "results.json");
    const [old, now] = await Promise.all([
      outcomes(join(previous, file)),
      outcomes(join(next, file)),
    ]);
    if (old === null || now === null) continue;
    compared++;
    const agents = [...new Set([...old.keys(), ...now.keys()])].sort();
    for (const agent of agents) {
      const a = old.get(agent) ?? null;
      const b = now.get(agent) ?? null;
      if (a && b && same(a, b)) continue;
      changes.push({ month, agent, before: a, after: b });
    }
  }
  return { compared, changes, dropped: before.filter((m) => !after.has(m)) };
}

/** Changes listed one by one; the rest counted. */
const LISTED = 20;

const text = (o: Outcome) =>
  `${o.total ?? "—"}${o.complete ? "" : " (incomplete)"} ${o.grade ?? "—"} pay ${o.pay ?? "—"}`;

/** Terminal lines: what changed in published months, or that nothing did. */
export function changeLines(c: Changes, out: string): string[] {
  const lines: string[] = [];
  if (c.changes.length === 0)
    lines.push(
      `Since the last report in ${out}/: no published agent-month changed (${c.compared} month${c.compared === 1 ? "" : "s"} compared)`,
    );
  else {
    const months = [...new Set(c.changes.map((x) => x.month))];
    lines.push(
      `Since the last report in ${out}/: ${c.changes.length} published agent-month(s) changed in ${months.join(", ")} (a KPI's value or points, the total, grade, pay, scheme or completeness: a corrected export or an edited scheme):`,
    );
    for (const x of c.changes.slice(0, LISTED)) {
      const schemes =
        x.before && x.after && x.before.scheme !== x.after.scheme
          ? ` (scheme ${x.before.scheme} → ${x.after.scheme})`
          : "";
      const what =
        x.before === null
          ? `new: ${text(x.after as Outcome)}`
          : x.after === null
            ? `gone (was ${text(x.before)})`
            : `${text(x.before)} → ${text(x.after)}${schemes}; ${kpiChanges(x.before, x.after as Outcome).join(", ") || "no KPI value changed"}`;
      lines.push(`  ${x.month} ${x.agent}: ${what}`);
    }
    if (c.changes.length > LISTED) lines.push(`  … and ${c.changes.length - LISTED} more`);
  }
  if (c.dropped.length > 0)
    lines.push(
      `  months the last report had and this one does not publish: ${c.dropped.join(", ")} (a --month run publishes only its month)`,
    );
  return lines;
}

/**
 * The changes from the published site, when it names agents as this run does:
 * both with real names, or both pseudonymised with the same key (report.json's
 * fingerprint of it). Aliases made with another key are other names: compared,
 * every agent-month would be listed as gone and new, so one line says so
 * instead. Null on a first run, or when one site is pseudonymised and the other not.
 */
export async function changesFromPublished(
  target: string,
  staged: string,
  pseudonymKey: string | undefined,
): Promise<Changes | "other-key" | null> {
  const naming = await publishedNaming(target, pseudonymKey);
  return naming === "same" ? changesSince(target, staged) : naming;
}

/**
 * The scheme studio's data (see src/studio/): every scored agent-month's
 * metric values as a columnar file, under the names the site publishes, plus
 * each scheme as its file's data. Only the columns the schemes can read are
 * kept: what a scheme edit can change is bands, weights, grades and pay, not
 * which metrics are read.
 */
import { rawSchemeOf, type Scheme, schemeColumns } from "../engine/index.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import type { SiteAgent } from "../site/model/site-data.ts";
import { encodeTable, type StudioTable, type ValueColumn } from "../studio/columnar.ts";
import type { Json } from "../studio/json-edit.ts";
import type { StudioSiteData } from "../studio/studio-data.ts";

/** A row of the table: its agent-month and the indexes its result is published under. */
interface Row {
  am: AgentMonth;
  agent: number;
  month: number;
  scheme: number;
  team: number;
}

export function studioData(input: {
  agentMonths: readonly AgentMonth[];
  /** Scored results under the export's names… */
  scored: readonly AgentMonthResult[];
  /** …and the same results, in the same order, under their published names. */
  published: readonly AgentMonthResult[];
  schemes: ReadonlyMap<string, Scheme>;
  agents: readonly SiteAgent[];
  months: readonly string[];
}): StudioSiteData {
  // Agent, then month → the result's index: two lookups of strings the data already holds, not
  // a key string made for each of 66k results and again for each agent-month.
  const resultOf = new Map<string, Map<string, number>>();
  input.scored.forEach((r, i) => {
    let months = resultOf.get(r.agent);
    if (months === undefined) {
      months = new Map();
      resultOf.set(r.agent, months);
    }
    months.set(r.month, i);
  });
  const agentIndex = new Map(input.agents.map((a, i) => [a.name, i] as const));
  const monthIndex = new Map(input.months.map((m, i) => [m, i] as const));
  const usedSchemes = [...new Set(input.published.map((r) => r.scheme))].sort();
  const schemes = usedSchemes.flatMap((id) => {
    const s = input.schemes.get(id);
    const raw = s && rawSchemeOf(s);
    return s && raw !== undefined
      ? [{ scheme: s, entry: { id, label: s.label, raw: structuredClone(raw) as Json } }]
      : [];
  });
  const schemeIndex = new Map(schemes.map((s, i) => [s.entry.id, i] as const));
  const teams = [
    ...new Set(input.published.flatMap((r) => (r.team === undefined ? [] : [r.team]))),
  ].sort();
  const teamIndex = new Map(teams.map((t, i) => [t, i + 1] as const));

  const rows: Row[] = [];
  for (const am of input.agentMonths) {
    const i = resultOf.get(am.agent)?.get(am.month);
    const r = i === undefined ? undefined : input.published[i];
    const agent = r && agentIndex.get(r.agent);
    const month = r && monthIndex.get(r.month);
    const scheme = r && schemeIndex.get(r.scheme);
    if (!r || agent === undefined || month === undefined || scheme === undefined) continue;
    rows.push({
      am,
      agent,
      month,
      scheme,
      team: r.team === undefined ? 0 : (teamIndex.get(r.team) ?? 0),
    });
  }
  rows.sort((a, b) => a.agent - b.agent || a.month - b.month);

  const wanted = [...new Set(schemes.flatMap((s) => schemeColumns(s.scheme)))].sort();
  const table: StudioTable = {
    rows: rows.length,
    agent: Uint32Array.from(rows, (r) => r.agent),
    month: Uint32Array.from(rows, (r) => r.month),
    scheme: Uint32Array.from(rows, (r) => r.scheme),
    team: Uint32Array.from(rows, (r) => r.team),
    rejected: Uint32Array.from(rows, (r) => r.am.rejectedRows ?? 0),
    columns: valueColumns(rows, wanted),
  };
  return {
    index: {
      months: [...input.months],
      agents: input.agents.map((a) => ({ name: a.name, slug: a.slug })),
      teams,
      schemes: schemes.map((s) => s.entry),
    },
    data: Buffer.from(encodeTable(table)).toString("base64"),
  };
}

/**
 * The `wanted` columns (in that order) that some row has a value for. Each
 * row's values are read once, name by name, and placed by the name's column:
 * reading every column's name from every row instead is a keyed read whose
 * name changes at each step, several times slower on 66k rows.
 */
function valueColumns(rows: readonly Row[], wanted: readonly string[]): ValueColumn[] {
  const n = rows.length;
  const columns = wanted.map((id) => ({
    id,
    values: new Float64Array(n).fill(Number.NaN),
    present: new Uint8Array(n),
  }));
  const columnOf = new Map(columns.map((c) => [c.id, c] as const));
  rows.forEach(({ am }, i) => {
    for (const id in am.values) {
      const v = am.values[id];
      const c = columnOf.get(id);
      if (c === undefined || v === undefined) continue;
      c.values[i] = v;
      c.present[i] = 1;
    }
  });
  return columns.filter((c) => c.present.includes(1));
}

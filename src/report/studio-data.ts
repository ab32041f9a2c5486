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
import { encodeTable, type StudioTable } from "../studio/columnar.ts";
import type { Json } from "../studio/json-edit.ts";
import type { StudioSiteData } from "../studio/studio-data.ts";

const key = (agent: string, month: string) => `${agent}\u0000${month}`;

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
  const resultOf = new Map<string, number>();
  input.scored.forEach((r, i) => {
    resultOf.set(key(r.agent, r.month), i);
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

  const rows: { am: AgentMonth; agent: number; month: number; scheme: number; team: number }[] = [];
  for (const am of input.agentMonths) {
    const i = resultOf.get(key(am.agent, am.month));
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
  const n = rows.length;
  const columns = wanted.flatMap((id) => {
    const values = new Float64Array(n).fill(Number.NaN);
    const present = new Uint8Array(n);
    let any = false;
    rows.forEach((r, i) => {
      const v = r.am.values[id];
      if (v === undefined) return;
      values[i] = v;
      present[i] = 1;
      any = true;
    });
    return any ? [{ id, values, present }] : [];
  });
  const table: StudioTable = {
    rows: n,
    agent: Uint32Array.from(rows, (r) => r.agent),
    month: Uint32Array.from(rows, (r) => r.month),
    scheme: Uint32Array.from(rows, (r) => r.scheme),
    team: Uint32Array.from(rows, (r) => r.team),
    rejected: Uint32Array.from(rows, (r) => r.am.rejectedRows ?? 0),
    columns,
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

/**
 * What the studio loads: a small JSON index (months, published agent names and
 * slugs, teams, each scheme as its file's data) and the columnar values file.
 * Names are only those the site already publishes (aliases when
 * pseudonymised). Pure types and the row model scoring reads.
 */
import type { AgentMonth, Label } from "../engine/types.ts";
import type { StudioTable } from "./columnar.ts";
import type { Json } from "./json-edit.ts";

export interface StudioScheme {
  id: string;
  label: Label;
  /** The scheme file's data as the report read it. */
  raw: Json;
}

export interface StudioIndex {
  months: string[];
  agents: { name: string; slug: string }[];
  teams: string[];
  schemes: StudioScheme[];
}

/** What the report hands the site for the studio's two files. */
export interface StudioSiteData {
  index: StudioIndex;
  /** The columnar values file (see columnar.ts), base64. */
  data: string;
}

/** One agent-month as scoring reads it, with its table row. */
export interface StudioRow {
  row: number;
  agent: number;
  month: string;
  /** Index into the index's schemes. */
  scheme: number;
  team: string | null;
  input: AgentMonth;
}

/** Agent-months as the engine's inputs, built once when the data loads. */
export function studioRows(index: StudioIndex, table: StudioTable): StudioRow[] {
  const rows: StudioRow[] = [];
  for (let i = 0; i < table.rows; i++) {
    const values: Record<string, number> = {};
    for (const c of table.columns) if (c.present[i]) values[c.id] = c.values[i] as number;
    const agent = table.agent[i] as number;
    const month = index.months[table.month[i] as number] ?? "";
    const team = table.team[i] ? (index.teams[(table.team[i] as number) - 1] ?? null) : null;
    const input: AgentMonth = {
      agent: index.agents[agent]?.name ?? "",
      month,
      values,
      days: 0,
    };
    const rejected = table.rejected[i] as number;
    if (rejected > 0) input.rejectedRows = rejected;
    rows.push({ row: i, agent, month, scheme: table.scheme[i] as number, team, input });
  }
  return rows;
}

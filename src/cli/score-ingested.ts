/**
 * The scoring phase of `score`, `check` and `report`, after every export is
 * ingested: data checks over the agent-months (ratio disagreements, roster
 * windows, columns no file has), roster teams and roles, then the scores.
 * Kept apart so `npm run bench:score-phase` can time it on its own.
 */
import { byMonthThenAgent, type Scheme, scoreAll, scoreEach } from "../engine/index.ts";
import type { Kpi } from "../engine/scheme/types.ts";
import { scoreKpi } from "../engine/score/agent-month.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { type Problem, problemOf } from "../ingest/problems.ts";
import { type RatioPairs, ratioDisagreements, ratioPairsFor } from "../ingest/ratio-consistency.ts";
import { type RoleSource, UnknownRoles } from "../ingest/roles.ts";
import { type RosterEntry, rosterWindowProblems } from "../ingest/roster.ts";
import { rosterAbsences } from "../ingest/roster-absent.ts";
import { type RosterAt, rosterAt } from "../ingest/roster-periods.ts";
import type { Ingested, LoadResult } from "./load-types.ts";
import { missingColumnProblems } from "./missing-columns.ts";
import { noteExplicitWeight, noteExplicitWeights } from "./weight-notes.ts";

/** The checks made on each agent-month before it is scored, and what they found. */
class Checks {
  readonly ratioProblems: Problem[] = [];
  readonly inputProblems: Problem[] = [];
  readonly windowProblems: Problem[] = [];
  readonly notInRoster = new Set<string>();
  /** Month → agents with data in it, for the roster agents who have none (roster-absent.ts). */
  private readonly seen = new Map<string, Set<string>>();
  readonly used = new Map<string, Scheme>();
  /** Roles schemeByRole does not name (null: no schemeByRole, or --scheme picks for everyone). */
  readonly roles: UnknownRoles | null;
  private readonly roster: Map<string, RosterEntry> | null;
  private readonly pick: Ingested["pick"];
  private readonly roleFiles: ReadonlyMap<string, string>;
  // The checks take lists; given one agent-month at a time they say what they would of all.
  private readonly one: AgentMonth[] = [];

  private readonly ratioPairs: RatioPairs;

  constructor(loaded: Ingested) {
    this.ratioPairs = ratioPairsFor(loaded.ingest.columnsSeen);
    this.roster = loaded.roster?.entries ?? null;
    this.pick = loaded.pick;
    // A role schemesFrom names from some month on is a known role too.
    const byRole = new Map([
      ...loaded.config.schemesFrom.flatMap((p) => [...p.schemeByRole]),
      ...loaded.config.schemeByRole,
    ]);
    this.roles =
      byRole !== undefined && byRole.size > 0 && loaded.forced !== true
        ? new UnknownRoles(byRole, "data/roster.csv")
        : null;
    this.roleFiles = loaded.ingest.roleFiles;
  }

  /** Checks the agent-month (ratios, roster window), gives it its roster role and team, and picks its scheme. */
  readonly prepare = (am: AgentMonth): Scheme => {
    const one = this.one;
    one[0] = am;
    for (const p of ratioDisagreements(one, "data", this.ratioPairs)) this.ratioProblems.push(p);
    const roster = this.roster;
    const entry = roster?.get(am.agent);
    if (roster) {
      for (const p of rosterWindowProblems(one, roster, "data/roster.csv"))
        this.windowProblems.push(p);
      if (!entry) this.notInRoster.add(am.agent);
      const agents = this.seen.get(am.month);
      if (agents === undefined) this.seen.set(am.month, new Set([am.agent]));
      else agents.add(am.agent);
    }
    // The roster row in force that month: a move to 售后 in July leaves the months before it 售前.
    const held = entry ? rosterAt(entry, am.month) : undefined;
    if (held?.role !== undefined) am.role = held.role;
    if (held?.team !== undefined) am.team = held.team;
    const s = this.pick(am);
    this.used.set(s.id, s);
    // A role schemeByRole does not name fell back to the default: said once per role.
    if (this.roles?.unknown(am.role)) this.roles.note(am, this.roleSource(am, held), s.id);
    if (ratedKpis(s).length > 0) this.noteInputErrors(s, am);
    return s;
  };

  /**
   * Rated inputs that contradict each other (a rater's score outside the level
   * chosen on the same line) pass ingest, which checks each cell on its own:
   * the rated items' scoring finds them, and they are problems like a rejected
   * cell (exit 1), not only a KPI's status in the output. Those items alone are
   * scored here, ahead of the results, so `score --format json`, which scores as
   * it writes, knows before it writes; a scheme without them pays nothing.
   * (A composite's parts and the ticks are single cells, checked at ingest.)
   */
  private noteInputErrors(s: Scheme, am: AgentMonth): void {
    const month = Number(am.month.slice(5, 7)) || 0;
    for (const k of ratedKpis(s)) {
      const { why } = scoreKpi(k, am.values, month, s.mode);
      if (why?.code !== "input-error") continue;
      this.inputProblems.push(
        problemOf(
          "error",
          "data",
          {
            code: "rated-input-error",
            agent: am.agent,
            month: am.month,
            kpi: `${k.label.zh} / ${k.label.en}`,
            error: why,
          },
          // The sheet's header, as the rater wrote it: 自评, not self_s.
          { column: s.inputs.find((i) => i.id === why.input)?.headers[0] ?? why.input },
        ),
      );
    }
  }

  /** Where the agent-month's role came from: its roster row, else the export that first gave it. */
  private roleSource(am: AgentMonth, entry: RosterAt | undefined): RoleSource {
    if (entry?.role !== undefined) return { roster: entry.row ?? 0 };
    return { file: this.roleFiles.get(am.role as string) ?? "data" };
  }

  /** Every problem of the run, in the order the outputs list them. */
  problems(loaded: Ingested): Problem[] {
    const { ingest } = loaded;
    return [
      ...loaded.listedProblems,
      ...ingest.problems,
      ...this.ratioProblems,
      ...this.inputProblems,
      // Not even --allow-invalid writes an empty result: there is nothing valid to write.
      ...(loaded.empty ? [loaded.empty] : []),
      ...(loaded.roster
        ? [
            ...loaded.roster.problems,
            ...this.windowProblems,
            ...rosterAbsences(this.seen, loaded.roster.entries, "data/roster.csv"),
          ]
        : []),
      ...(this.roles?.problems() ?? []),
      ...missingColumnProblems([...this.used.values()], ingest.columnsSeen, loaded.schemeSource),
    ];
  }
}

/** A scheme's items scored from rated inputs (judgement, deductions, checklists), found once per scheme. */
const rated = new WeakMap<Scheme, Kpi[]>();
function ratedKpis(s: Scheme): Kpi[] {
  let kpis = rated.get(s);
  if (kpis === undefined) {
    kpis = s.kpis.filter((k) => k.kind !== "banded" && k.kind !== "linear");
    rated.set(s, kpis);
  }
  return kpis;
}

/** All of LoadResult but the results. */
export type CheckedLoad = Omit<LoadResult, "results">;

function checkedLoad(loaded: Ingested, checks: Checks): CheckedLoad {
  const { ingest } = loaded;
  return {
    config: loaded.config,
    agentMonths: ingest.agentMonths,
    rejected: ingest.rejected,
    skipped: ingest.skipped,
    files: ingest.files,
    problems: checks.problems(loaded),
    warnings: loaded.warnings,
    schemes: loaded.schemes,
    unknownColumns: ingest.unknownColumns,
    unread: loaded.unread,
    noData: loaded.empty !== null,
    fileHeaders: ingest.headers,
    explicitWeights: ingest.explicitWeights,
    headerRules: loaded.headerRules,
    notInRoster: loaded.roster ? [...checks.notInRoster].sort() : null,
    ...(ingest.firstRows ? { firstRows: ingest.firstRows } : {}),
    ...(ingest.ratedRows ? { ratedRows: ingest.ratedRows } : {}),
    roster: loaded.roster?.entries ?? null,
  };
}

/**
 * Scores what was ingested. Leaves `loaded` as it was, bar roles and teams set on
 * the agent-months: their agents stay as ingest keyed them (a roster alias was read
 * as its agent there), so the months stay sorted. One pass: each agent-month is
 * checked (ratios, roster window), given its roster role and team, and scored
 * while it is at hand. Reading 66,000
 * agent-months scattered over the heap costs more than the arithmetic, so a
 * second pass would cost nearly as much as the first (npm run bench:score-phase).
 */
export function scoreIngested(loaded: Ingested): LoadResult {
  const checks = new Checks(loaded);
  // Roster teams and roles are set on each agent-month (above) before it is scored.
  const results = scoreAll(checks.prepare, loaded.ingest.agentMonths);
  noteExplicitWeights(
    results,
    loaded.ingest.agentMonths,
    loaded.schemes,
    loaded.ingest.explicitWeights,
  );
  return { ...checkedLoad(loaded, checks), results };
}

/** Checked, with the results still to be scored: each is made when read. */
export interface LazyLoad extends CheckedLoad {
  /** The schemes the results use, in the order they first appear. */
  schemeIds: string[];
  /** The results sorted by month, then agent, scored one at a time as they are read (once). */
  results: () => Iterable<AgentMonthResult>;
}

/**
 * Checks what was ingested, and scores each agent-month only when the results
 * are read: a writer that drops each result once written (score --format
 * json) never holds them all. The same checks, problems and results, in the
 * same order, as scoreIngested.
 */
export function checkIngested(loaded: Ingested): LazyLoad {
  const checks = new Checks(loaded);
  const months = loaded.ingest.agentMonths;
  const schemes: Scheme[] = new Array(months.length);
  // Ingest hands the agent-months over sorted; were they not, the results still are. One
  // loop for both: each agent-month is read while it is at hand (see scoreIngested).
  let sorted = true;
  for (let i = 0; i < months.length; i++) {
    const am = months[i] as AgentMonth;
    schemes[i] = checks.prepare(am);
    if (sorted && i > 0 && byMonthThenAgent(months[i - 1] as AgentMonth, am) > 0) sorted = false;
  }
  const order = sorted
    ? null
    : months
        .map((_, i) => i)
        .sort((a, b) => byMonthThenAgent(months[a] as AgentMonth, months[b] as AgentMonth));
  const schemeIds = [
    ...new Set((order ?? months.map((_, i) => i)).map((i) => (schemes[i] as Scheme).id)),
  ];
  const weights = loaded.ingest.explicitWeights;
  function* results(): Generator<AgentMonthResult> {
    for (const { result, index } of scoreEach(months, (i) => schemes[i] as Scheme, order)) {
      noteExplicitWeight(result, months[index] as AgentMonth, schemes[index] as Scheme, weights);
      yield result;
    }
  }
  return { ...checkedLoad(loaded, checks), schemeIds, results };
}

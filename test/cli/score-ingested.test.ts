/**
 * The scoring phase in one pass (score-ingested.ts) says what the former
 * pass-by-pass code said: the same problems in the same order (ratio
 * disagreements, the empty-data error, roster problems, roster windows,
 * missing columns), the same roles and teams, agents not in the roster and results;
 * and leaves the agent-months as they were, bar roles and teams (a roster
 * alias is ingest's to read as its agent, never renamed here).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ingested } from "~/cli/load-types.ts";
import { missingColumnProblems } from "~/cli/missing-columns.ts";
import { checkIngested, scoreIngested } from "~/cli/score-ingested.ts";
import { noteExplicitWeights } from "~/cli/weight-notes.ts";
import { type Scheme, scoreAll } from "~/engine/index.ts";
import type { AgentMonth } from "~/engine/types.ts";
import type { ProjectConfig } from "~/ingest/config.ts";
import type { HeaderRules } from "~/ingest/header-rules.ts";
import type { Problem } from "~/ingest/problems.ts";
import { ratioDisagreements } from "~/ingest/ratio-consistency.ts";
import { type RosterEntry, rosterWindowProblems } from "~/ingest/roster.ts";
import { rosterAbsences } from "~/ingest/roster-absent.ts";
import { builtin } from "../engine/helpers.ts";

const AGENTS = ["小美", "小王", "Amy", "棉语:丁丁0003"];
const MONTHS = ["2026-01", "2026-02", "2026-03"];

const monthArb = fc.record({
  agent: fc.constantFrom(...AGENTS),
  month: fc.constantFrom(...MONTHS),
  values: fc.record(
    {
      paid_buyers: fc.integer({ min: 0, max: 50 }),
      inquiries: fc.integer({ min: 0, max: 100 }),
      // Given beside its parts: often disagreeing with them (a warning).
      inquiry_conversion: fc.double({ min: 0, max: 1, noNaN: true }),
      satisfied_reviews: fc.integer({ min: 0, max: 20 }),
      reviews: fc.integer({ min: 0, max: 20 }),
      satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
      first_response_s: fc.double({ min: 0, max: 60, noNaN: true }),
    },
    { requiredKeys: [] },
  ),
});

const entryArb = (agent: string, aliases: string[] = []) =>
  fc.record(
    {
      agent: fc.constant(agent),
      role: fc.constantFrom("售前", "售后"),
      team: fc.constantFrom("一组", "二组"),
      joined: fc.constantFrom("2026-02-10", "2025-12-01"),
      left: fc.constantFrom("2026-01-31", "2026-03-15"),
      // Ingest reads an alias's rows as the agent's (agent-cells.ts): a month still under
      // the alias here is left as it is, as the reference does.
      aliases: fc.constant(aliases),
    },
    { requiredKeys: ["agent"] },
  );
const rosterArb = fc.option(
  fc
    .tuple(...AGENTS.slice(0, 3).map((a, i) => entryArb(a, i === 0 ? [AGENTS[3] as string] : [])))
    .map((es) => new Map<string, RosterEntry>(es.map((e) => [e.agent, e]))),
);

const presales = builtin("seed-monthly");
const aftersales = builtin("seed-indicators");
const pick = (am: AgentMonth): Scheme => (am.role === "售后" ? aftersales : presales);
const noData: Problem = { severity: "error", file: "data", message: "no data" };

function loaded(
  months: AgentMonth[],
  roster: Map<string, RosterEntry> | null,
  empty: Problem | null,
): Ingested {
  return {
    config: { schemeByRole: new Map(), schemesFrom: [] } as unknown as ProjectConfig,
    schemes: new Map([
      [presales.id, presales],
      [aftersales.id, aftersales],
    ]),
    warnings: [],
    pick,
    schemeSource: (id) => `scheme ${id}`,
    ingest: {
      agentMonths: months,
      rejected: [],
      skipped: [],
      files: [],
      unread: [],
      problems: [{ severity: "warning", file: "a.csv", message: "from ingest" }],
      unknownColumns: new Map(),
      // Ingest's invariant: a month has values only in columns some file gave.
      columnsSeen: new Set([
        "inquiries",
        "paid_buyers",
        "reviews",
        ...months.flatMap((m) => Object.keys(m.values)),
      ]),
      headers: [],
      explicitWeights: new Map(),
      roleFiles: new Map(),
    },
    unread: [],
    listedProblems: [{ severity: "warning", file: "data", message: "listed" }],
    empty,
    roster: roster && {
      entries: roster,
      problems: [{ severity: "warning", file: "data/roster.csv", message: "roster" }],
    },
    headerRules: {} as HeaderRules,
  };
}

/** The phase as it was: a pass per check, then roles, then picks, then scores. */
function passByPass(x: Ingested) {
  const months = x.ingest.agentMonths;
  const problems = [
    ...x.listedProblems,
    ...x.ingest.problems,
    ...ratioDisagreements(months, "data"),
  ];
  if (x.empty) problems.push(x.empty);
  const roster = x.roster?.entries ?? null;
  if (x.roster) {
    problems.push(...x.roster.problems);
    problems.push(...rosterWindowProblems(months, x.roster.entries, "data/roster.csv"));
    const seen = new Map<string, Set<string>>();
    for (const am of months) seen.set(am.month, (seen.get(am.month) ?? new Set()).add(am.agent));
    problems.push(...rosterAbsences(seen, x.roster.entries, "data/roster.csv"));
  }
  const notInRoster = new Set<string>();
  for (const am of months) {
    const entry = roster?.get(am.agent);
    if (roster && !entry) notInRoster.add(am.agent);
    if (entry?.role !== undefined) am.role = entry.role;
    if (entry?.team !== undefined) am.team = entry.team;
  }
  const used = new Map<string, Scheme>();
  for (const am of months) used.set(x.pick(am).id, x.pick(am));
  problems.push(...missingColumnProblems([...used.values()], x.ingest.columnsSeen, x.schemeSource));
  const results = scoreAll(x.pick, months);
  noteExplicitWeights(results, months, x.schemes, x.ingest.explicitWeights);
  return { problems, results, notInRoster: roster ? [...notInRoster].sort() : null };
}

/**
 * Runs `check` on 200 drawn phases: each call of `phase()` gives a fresh copy
 * of the same agent-months, roster and no-data problem (the phase sets roles
 * and teams on its agent-months, so two runs must not share them).
 */
function forDrawnPhases(check: (phase: () => Ingested) => void) {
  fc.assert(
    fc.property(
      fc.uniqueArray(monthArb, { selector: (m) => `${m.agent}\u0000${m.month}`, maxLength: 12 }),
      rosterArb,
      fc.boolean(),
      (drawn, roster, empty) => {
        const copy = () =>
          drawn.map((m): AgentMonth => ({ ...m, values: { ...m.values }, days: 30 }));
        check(() => loaded(copy(), roster, empty ? noData : null));
      },
    ),
    { numRuns: 200 },
  );
}

describe("scoreIngested", () => {
  it("says what the pass-by-pass phase said, in the same order", () => {
    forDrawnPhases((phase) => {
      const ours = phase();
      const theirs = phase();
      const got = scoreIngested(ours);
      const want = passByPass(theirs);
      expect(got.problems).toEqual(want.problems);
      expect(got.results).toEqual(want.results);
      expect(got.notInRoster).toEqual(want.notInRoster);
      expect(ours.ingest.agentMonths).toEqual(theirs.ingest.agentMonths);
    });
  });

  it("checkIngested: the same problems first, then the same results in the same order, each scored when read", () => {
    forDrawnPhases((phase) => {
      const whole = scoreIngested(phase());
      const lazy = checkIngested(phase());
      const { results: _all, ...rest } = whole;
      const { results, schemeIds, ...lazyRest } = lazy;
      expect(lazyRest).toEqual(rest);
      expect(schemeIds).toEqual([...new Set(whole.results.map((r) => r.scheme))]);
      expect([...results()]).toEqual(whole.results);
    });
  });
});

describe("a roster row per period", () => {
  it("scores a month before the agent's move with the role and team of then, not the new ones", () => {
    // 小美 moved from 售前 to 售后 in July: a second roster row from 2026-07.
    const roster = new Map<string, RosterEntry>([
      [
        "小美",
        {
          agent: "小美",
          role: "售前",
          team: "售前一组",
          row: 2,
          periods: [{ from: "2026-07", role: "售后", team: "售后组", row: 9 }],
        },
      ],
    ]);
    const months = ["2026-06", "2026-07", "2026-08"].map(
      (month): AgentMonth => ({ agent: "小美", month, values: { inquiries: 10 }, days: 30 }),
    );
    const got = scoreIngested(loaded(months, roster, null));
    expect(got.problems.filter((p) => p.why?.code === "roster-no-data")).toEqual([]);
    expect(got.results.map((r) => [r.month, r.role, r.team, r.scheme])).toEqual([
      ["2026-06", "售前", "售前一组", presales.id],
      ["2026-07", "售后", "售后组", aftersales.id],
      ["2026-08", "售后", "售后组", aftersales.id],
    ]);
  });
});

describe("roster agents without data", () => {
  it("a month whose 售后 export was left out says the team has no data, not 'no problems'", () => {
    const roster = new Map<string, RosterEntry>([
      ["小美", { agent: "小美", role: "售前", team: "售前一组" }],
      ["阿珍", { agent: "阿珍", role: "售后", team: "售后组" }],
      ["小雨", { agent: "小雨", role: "售后", team: "售后组" }],
    ]);
    const months = [
      ...["小美", "阿珍", "小雨"].map((agent) => ({ agent, month: "2026-09" })),
      { agent: "小美", month: "2026-10" },
    ].map((m): AgentMonth => ({ ...m, values: { inquiries: 10 }, days: 30 }));
    const got = scoreIngested(loaded(months, roster, null));
    const absent = got.problems.filter((p) => p.why?.code === "roster-no-data");
    expect(absent.map((p) => [p.severity, p.file, p.message])).toEqual([
      [
        "warning",
        "data/roster.csv",
        "2026-10: no data for any of the 2 agents of team 售后组 the roster has this month (小雨, 阿珍): the team's export for 2026-10 may be missing; add it and run again (their month is not scored)",
      ],
    ]);
  });
});

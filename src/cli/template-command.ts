/**
 * `template --scheme ID --month YYYY-MM [--data PATH] [--out FILE] [--project DIR]`: writes a
 * rating sheet for the raters to fill (`--out ….xlsx` for a workbook) (see src/output/rating-sheet.ts), one
 * row per agent of that month known from the roster (joined/left window) or
 * the exports whom data/config.yaml gives the scheme (by roster role, else
 * the default; everyone when it gives it to no one). Never overwrites a file:
 * exit 2 if the target exists.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";
import { schemeRefFor } from "../ingest/config.ts";
import { rosterAt, rosterOutside } from "../ingest/roster-periods.ts";
import { ratingSheet, ratingWorkbook } from "../output/rating-sheet.ts";
import { checkMonthOption, inProject } from "./args.ts";
import { CliError } from "./cli-error.ts";
import type { CommandEffects } from "./effects.ts";
import { loadAndScore } from "./load-and-score.ts";
import { printProblems } from "./print-problems.ts";

export async function templateCommand(
  argv: readonly string[],
  effects: CommandEffects,
): Promise<number> {
  let values: { scheme?: string; month?: string; data?: string[]; out?: string; project?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scheme: { type: "string" },
        month: { type: "string" },
        data: { type: "string", multiple: true },
        out: { type: "string" },
        project: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`bad option: ${(err as Error).message}`);
  }
  const { scheme: ref, month } = values;
  if (ref === undefined || month === undefined)
    throw new CliError("template needs --scheme ID and --month YYYY-MM");
  checkMonthOption(month);
  const { options, effects: fx } = inProject(
    { data: values.data ?? [], ...(values.project ? { project: values.project } : {}) },
    effects,
  );
  const loaded = await loadAndScore({ data: options.data, scheme: ref, month }, fx);
  // A roster joined/left that is not a date bounds no month: its agent is listed whatever the month.
  printProblems(
    loaded.problems.filter((p) => p.why?.code === "roster-date"),
    (line) => effects.stderr(`${line}\n`),
    effects.env ?? {},
  );
  const scheme = [...loaded.schemes.values()][0];
  if (!scheme) throw new CliError(`${ref}: no such scheme`);
  if (scheme.inputs.length === 0)
    throw new CliError(
      `${scheme.id} reads platform metrics only: it has no judgement, count or tick columns to rate`,
    );
  // The agents the scheme is theirs by role (data/config.yaml), as `report` would pick it;
  // everyone when the config gives it to no one (a sheet for a scheme being tried out).
  const ours = (role: string | undefined) => {
    const r = schemeRefFor(loaded.config, role, month);
    return r === ref || r === scheme.id;
  };
  // The scheme the report picks: the roster role, else the export's 岗位 (am.role has both).
  const all = new Set<string>();
  const agents = new Set<string>();
  for (const am of loaded.agentMonths)
    if (am.month === month) {
      all.add(am.agent);
      if (ours(am.role)) agents.add(am.agent);
    }
  // Roster agents of the month without data yet, by their roster role: within joined/left,
  // and not in a time away (a leaver who came back), as the roster's checks read it.
  for (const entry of loaded.roster?.values() ?? []) {
    if (all.has(entry.agent) || rosterOutside(entry, month) !== null) continue;
    all.add(entry.agent);
    if (ours(rosterAt(entry, month).role)) agents.add(entry.agent);
  }
  const byRole = agents.size > 0;
  if (!byRole) for (const a of all) agents.add(a);
  const out = values.out ?? `data/exports/ratings/${scheme.id}-${month}.csv`;
  // The default lands in the project's exports; an --out of one's own is where the command runs.
  const path = isAbsolute(out) ? out : join(values.out === undefined ? fx.root : effects.root, out);
  if (existsSync(path))
    throw new CliError(`${out} exists: not overwritten (fill it in, or pass --out elsewhere)`);
  await mkdir(dirname(path), { recursive: true });
  const names = [...agents].sort();
  if (/\.xlsx$/i.test(out)) {
    // A workbook is bytes, not text: written beside its place, then renamed in.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, ratingWorkbook(scheme, month, names));
    await rename(tmp, path);
  } else await effects.writeFile(path, ratingSheet(scheme, month, names));
  effects.stderr(
    `${out}: ${agents.size} agent(s)${byRole ? ` (those data/config.yaml gives ${scheme.id})` : all.size > 0 ? ` (every agent: data/config.yaml gives ${scheme.id} to no one)` : ""}, ${scheme.inputs.length} column(s) to fill; once filled it is read with the exports (${agents.size === 0 ? "no agent known for this month: add rows, or a roster" : "one row per agent"})\n`,
  );
  return 0;
}

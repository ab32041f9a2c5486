/**
 * The end-of-run summary: a few lines for people, and `report.json` for
 * machines. report.json holds no timings so the same input gives a
 * byte-identical dist/.
 */
import type { LoadResult } from "../cli/load-and-score.ts";
import type { QualityData } from "../site/model/site-data.ts";
import type { ReportOptions } from "./options.ts";

/** How many files the parse cache served, or null when it was off (--no-cache). */
export type CacheUse = { reused: number; parsed: number } | null;

export interface ReportSummary {
  machine: {
    ok: boolean;
    months: string[];
    agents: number;
    agentMonths: number;
    incomplete: number;
    rows: { read: number; scored: number; rejected: number; skipped: number };
    files: { file: string; read: number; scored: number; rejected: number; skipped: number }[];
    errors: number;
    warnings: { source: string; path: string; message: string }[];
    schemes: string[];
    base: string;
    pseudonymized: boolean;
    /** Pseudonymised only: a fingerprint of the key (pseudonymize.ts), never the key. */
    pseudonymKeyFingerprint?: string;
  };
  out: string;
  seconds: number;
  cached: CacheUse;
  pages: number;
  /** Agents with data but no roster row, and how many look like a roster agent (null: no roster). */
  notInRoster: { agents: number; alike: number } | null;
  /** Files in the exports not read (another file type, an Office lock file…), with why. */
  unread: { file: string; reason: string }[];
}

/** Files not read named in the summary; the rest are counted (all are on the data-quality page). */
const UNREAD_NAMED = 3;

export function summarise(
  load: LoadResult,
  options: ReportOptions,
  run: {
    cached: CacheUse;
    seconds: number;
    pages: number;
    /** The published (scrubbed) scheme warnings; defaults to the loaded ones. */
    warnings?: { source: string; path: string; message: string }[];
    /** File paths as published (see published-paths.ts); defaults to as loaded. */
    path?: (p: string) => string;
    /** The data-quality page's list (not-in-roster.ts). */
    notInRoster?: QualityData["notInRoster"];
    /** keyFingerprint of the pseudonym key, when pseudonymised. */
    keyFingerprint?: string;
  },
): ReportSummary {
  const sum = (k: "read" | "scored" | "rejected" | "skipped") =>
    load.files.reduce((n, f) => n + f[k], 0);
  const errors = load.problems.filter((p) => p.severity === "error").length;
  return {
    machine: {
      ok: errors === 0 && load.rejected.length === 0,
      months: [...new Set(load.results.map((r) => r.month))].sort(),
      agents: new Set(load.results.map((r) => r.agent)).size,
      agentMonths: load.results.length,
      incomplete: load.results.filter((r) => !r.complete).length,
      rows: {
        read: sum("read"),
        scored: sum("scored"),
        rejected: sum("rejected"),
        skipped: sum("skipped"),
      },
      files: load.files.map(({ file, read, scored, rejected, skipped }) => ({
        file: run.path ? run.path(file) : file,
        read,
        scored,
        rejected,
        skipped,
      })),
      errors,
      warnings: (run.warnings ?? load.warnings).map((w) => ({
        source: w.source,
        path: w.path,
        message: w.message,
      })),
      schemes: [...load.schemes.keys()].sort(),
      base: options.base,
      pseudonymized: options.pseudonymize,
      ...(run.keyFingerprint === undefined ? {} : { pseudonymKeyFingerprint: run.keyFingerprint }),
    },
    out: options.out,
    seconds: run.seconds,
    cached: run.cached,
    pages: run.pages,
    unread: load.unread.map(({ file, reason }) => ({ file, reason })),
    notInRoster:
      run.notInRoster === undefined
        ? null
        : {
            agents: run.notInRoster.length,
            alike: run.notInRoster.filter((o) => o.alike.length > 0).length,
          },
  };
}

export function summaryLines(s: ReportSummary): string[] {
  const m = s.machine;
  const months = m.months.length
    ? `${m.months[0]} … ${m.months.at(-1)} (${m.months.length})`
    : "none";
  return [
    "",
    `Months:        ${months}`,
    `Agents:        ${m.agents} (${m.agentMonths} agent-months, ${m.incomplete} incomplete)`,
    `Rows:          ${m.rows.read} read = ${m.rows.scored} scored + ${m.rows.rejected} rejected + ${m.rows.skipped} skipped`,
    ...unreadLines(s),
    `Problems:      ${m.errors} errors, ${m.warnings.length} scheme warnings`,
    ...(s.notInRoster && s.notInRoster.agents > 0
      ? [
          `Not in roster: ${s.notInRoster.agents} agents (scheme by their 岗位, else the default)${
            s.notInRoster.alike > 0
              ? `, ${s.notInRoster.alike} of them probably another spelling of a roster agent (listed on the data-quality page and by npm run check)`
              : ""
          }`,
        ]
      : []),
    `Parse cache:   ${
      s.cached === null
        ? "off (--no-cache)"
        : `${s.cached.reused} files reused unchanged, ${s.cached.parsed} parsed`
    }`,
    ...(s.pages > 0 ? [`Output:        ${s.out}/ (${s.pages} pages)`] : []),
    ...(s.pages > 0 && (m.rows.rejected + m.rows.skipped > 0 || s.unread.length > 0)
      ? [`Details:       ${s.out}/data-quality/ lists each row and file set aside, and why`]
      : []),
    `Time:          ${s.seconds.toFixed(1)} s`,
  ];
}

/** "Not read: 2 files: notes.docx (…); ~$报表.xlsx (…)": a file the operator may have meant as an export. */
function unreadLines(s: ReportSummary): string[] {
  if (s.unread.length === 0) return [];
  const named = s.unread.slice(0, UNREAD_NAMED).map((u) => `${u.file} (${u.reason})`);
  const more = s.unread.length > UNREAD_NAMED ? `; and ${s.unread.length - UNREAD_NAMED} more` : "";
  return [`Not read:      ${s.unread.length} file(s): ${named.join("; ")}${more}`];
}

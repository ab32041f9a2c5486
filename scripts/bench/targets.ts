/**
 * The targets (GitHub issue 7) and their check against one stage's
 * measurement. Targets are stated for the full set (3,000 agents × 24 months);
 * they are checked at every size, since a smaller set must meet them too.
 */
import type { StageName } from "./args.ts";

export interface Target {
  label: string;
  pass: boolean;
}

export interface StageFigures {
  stage: StageName;
  wallSeconds: number;
  peakRssMb: number | null;
  /** rows/s for ingest, agent-months/s for score, pages/s for report. */
  rate: number;
}

const KB = 1024;
export const LIMITS = {
  ingestSeconds: 5,
  ingestRssMb: 400,
  scoreRate: 200_000,
  reportSeconds: 45,
  reportRssMb: 1536,
  agentPageBytes: 200 * KB,
  monthPageBytes: 200 * KB,
  compareDataBytes: 500 * KB,
};

const atMost = (label: string, value: number | null, limit: number): Target => ({
  label,
  pass: value !== null && value <= limit,
});

export function stageTargets(f: StageFigures): Target[] {
  switch (f.stage) {
    case "ingest":
      return [
        atMost(`≤ ${LIMITS.ingestSeconds} s`, f.wallSeconds, LIMITS.ingestSeconds),
        atMost(`≤ ${LIMITS.ingestRssMb} MB`, f.peakRssMb, LIMITS.ingestRssMb),
      ];
    case "score":
      return [{ label: "≥ 200k am/s", pass: f.rate >= LIMITS.scoreRate }];
    case "report":
      return [
        atMost(`≤ ${LIMITS.reportSeconds} s`, f.wallSeconds, LIMITS.reportSeconds),
        atMost("≤ 1.5 GB", f.peakRssMb, LIMITS.reportRssMb),
      ];
  }
}

export function weightTargets(w: {
  agentPageBytes: number | null;
  compareDataBytes: number | null;
  monthPageBytes?: number | null;
  /** Only when the site has team pages (a month above the team-page threshold). */
  teamPageBytes?: number | null;
}): Target[] {
  return [
    atMost("agent page ≤ 200 KB", w.agentPageBytes, LIMITS.agentPageBytes),
    ...(w.monthPageBytes === undefined
      ? []
      : [atMost("month page ≤ 200 KB", w.monthPageBytes, LIMITS.monthPageBytes)]),
    ...(w.teamPageBytes === undefined || w.teamPageBytes === null
      ? []
      : [atMost("team page ≤ 200 KB", w.teamPageBytes, LIMITS.monthPageBytes)]),
    atMost("compare data file ≤ 500 KB", w.compareDataBytes, LIMITS.compareDataBytes),
  ];
}

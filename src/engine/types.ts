/**
 * The engine's data model: what scoring consumes (agent-months of metric
 * values) and what it produces (explained results). Pure types, no I/O; the
 * same code runs in Node and in the browser.
 */
import type { KpiReason } from "../reasons/reason.ts";

/** A label in both languages the report is built in. */
export interface Label {
  zh: string;
  en: string;
}

/**
 * One agent's month, as ingest hands it to scoring: month-level values of
 * canonical columns (see src/ingest/columns.ts) and of scheme-declared inputs.
 * Counts and amounts are monthly sums; time averages are already weighted;
 * a directly given ratio is already weighted by its denominator. A key that is
 * absent from `values` is missing: it is never read as 0.
 */
export interface AgentMonth {
  agent: string;
  /** `YYYY-MM` */
  month: string;
  role?: string;
  team?: string;
  values: Record<string, number>;
  /** Why a column has no value this month, when known (e.g. "延迟统计", "missing on 3 of 30 days"). */
  missing?: Record<string, string>;
  /**
   * A rated input's cell left empty on its monthly row: column id → `file:row`
   * (check names the cell to fill; kept out of `missing`, whose words reach
   * published reasons, which never name a file).
   */
  emptyAt?: Record<string, string>;
  /** Daily rows folded into this month; 0 when it came from a monthly row. */
  days: number;
  /**
   * Rows of this agent-month that were rejected (scored anyway with
   * --allow-invalid): the month is then built from fewer days than were given,
   * so its result is marked incomplete.
   */
  rejectedRows?: number;
}

export type KpiStatus = "scored" | "missing" | "undefined";

/** The band a value fell in, or the next band up, as a person reads it. */
export interface BandRef {
  index: number;
  /** e.g. "60% > X ≥ 50% → 26" */
  rule: string;
}

/** What it would take to reach the next better band. */
export interface NextBand {
  rule: string;
  /** Signed change of the metric value needed (ratio units, seconds, …). */
  gap: number;
  /** e.g. "+3.2 pp 询单转化率 → +4 points" */
  text: Label;
  pointsGain: number;
}

export interface KpiResult {
  id: string;
  label: Label;
  value: number | null;
  /** Points earned (weighted points in weighted mode); null unless scored. */
  points: number | null;
  max: number;
  /** Weighted mode only: the band's 0–100 rating, and the weight. */
  rating?: number | null;
  weight?: number;
  status: KpiStatus;
  /** Why the KPI is missing or undefined, in English (the contract's words)… */
  reason?: string;
  /** …and as a code, for pages in the reader's language. */
  why?: KpiReason;
  band: BandRef | null;
  next: NextBand | null;
  /** Absent means a KPI; adjustments (penalties/bonuses) and veto items are listed too. */
  kind?: "kpi" | "adjustment" | "veto";
  /** Set when the input was present but invalid (e.g. a rater score outside the chosen band). */
  error?: string;
  /**
   * Set when the value is a daily rate weighted by a column the user named
   * (data/config.yaml `weights:`), not the rate's own parts: that column's
   * name, e.g. "接待人数" (pages and the CSV say "weighted by 接待人数").
   */
  weightedBy?: string;
  /** Letter-grade KPIs: the letter the band gave. */
  letter?: string;
  /** Judgement items: each rater's score and weight (% of the item; equal weights for an average). */
  raters?: RaterScore[];
  /** Checklists: every item, met or not (the page names the unmet ones: "2 of 3 met"). */
  items?: ChecklistItem[];
  /** Deductions, bonuses and penalties: points per occurrence (negative for a deduction); `value` is the count. */
  each?: number;
}

export interface RaterScore {
  input: string;
  label: Label;
  /** null: this rater gave no score (the item is then missing; the others' scores are kept). */
  score: number | null;
  /** Share of the item in %, e.g. 20 and 80; 33.3… each for an equal average of three. */
  weight: number;
}

export interface ChecklistItem {
  input: string;
  label: Label;
  met: boolean;
}

/** A composite's parts: the form as a score out of 100, and each other part, with their weights. */
export interface CompositePart {
  /** `form` for this form; else the part's input id. */
  id: string;
  label: Label;
  /** The part's value on its own scale (the form: its total), null when missing. */
  value: number | null;
  max: number;
  /** The value as a score out of 100. */
  score: number | null;
  /** Weight in % of the final result. */
  weight: number;
  /** The part's points in the final result: weight × score / 100. */
  points: number | null;
  /** A value outside the part's scale, in English; `why` is its code. */
  error?: string;
  why?: KpiReason;
}

export interface AgentMonthResult {
  agent: string;
  month: string;
  role?: string;
  team?: string;
  scheme: string;
  /** Sum of points of scored items, plus bonuses, minus penalties; exact (round at output). */
  total: number;
  max: number;
  /** False when any KPI is missing or undefined. */
  complete: boolean;
  grade: string | null;
  pay: number | null;
  /** Set when a veto item (一票否决) fired. */
  veto?: string;
  /** Rows of this agent-month that were rejected: the result is then incomplete. */
  rejectedRows?: number;
  /** Composite schemes: this form's own total before weighting (total is the final result). */
  formTotal?: number;
  /** Composite schemes: this form's maximum, and every part of the final result. */
  formMax?: number;
  composite?: CompositePart[];
  kpis: KpiResult[];
}

/** A problem found in a scheme by the parser or the checker. */
export interface SchemeIssue {
  severity: "error" | "warning";
  /** The scheme file (or built-in id). */
  source: string;
  /** Path inside the scheme, e.g. `kpis[2].bands[1].min`. */
  path: string;
  /** The line of the scheme file the path was read from (1 = the first), when read from a file. */
  line?: number;
  /** English: what the CLI prints and the English pages show. */
  message: string;
  /** The message in Chinese, for the Chinese pages and the studio (absent where none was written). */
  zh?: string;
}

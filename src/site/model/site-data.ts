/**
 * What the report pipeline hands the site: scored results plus what pages
 * need to explain them (scheme views with bands per month, data quality).
 * Written as JSON by the data step; pages only read it.
 */

import type { RankedResult } from "../../analysis/standing.ts";
import type { BandView } from "../../charts/types.ts";
import type { KpiResult, Label } from "../../engine/types.ts";
import type { LookalikeWhy } from "../../ingest/roster-lookalikes.ts";
import type { Reason } from "../../reasons/reason.ts";
import type { StudioSiteData } from "../../studio/studio-data.ts";

/**
 * A KPI result as the site keeps it: no label (the scheme view has it) and the
 * next band without its text (rebuilt on the page from gap and gain). Labels
 * and hint texts were half of the site data of a large report.
 */
export interface SiteKpi {
  id: string;
  /** Only for items the scheme view does not list (bonuses, penalties, vetoes). */
  label?: Label;
  /** Rounded to 6 significant digits: pages show at most 4. */
  value: number | null;
  points: number | null;
  max: number;
  status: KpiResult["status"];
  /** Why it has no points: the code when there is one (see reason-text.ts), else English words. */
  reason?: string;
  why?: KpiResult["why"];
  /** The column a daily rate was weighted by, when the user named it (see KpiResult). */
  weightedBy?: string;
  weight?: number;
  rating?: number | null;
  /** Why the points are what they are (judgement items, checklists, deductions, letters): see KpiResult. */
  raters?: KpiResult["raters"];
  items?: KpiResult["items"];
  each?: number;
  letter?: string;
  error?: string;
  /** `rule` indexes SiteData.rules: thousands of results share a few dozen rule texts. */
  band: { index: number; rule: number } | null;
  next: { rule: number; gap: number; pointsGain: number } | null;
}

export type SiteResult = Omit<RankedResult, "kpis"> & { kpis: SiteKpi[] };

export type MetricUnit = "ratio" | "seconds" | "multiple" | "count" | "yuan" | "score";

export interface KpiView {
  id: string;
  label: Label;
  formula: Label;
  unit: MetricUnit;
  better: "higher" | "lower";
  max: number;
  weight?: number;
  /** Judgement items: the levels as the form prints them. */
  guidance?: Label;
  /** The letter the form's rules use ("D ≥ 90%"), introduced once next to the KPI's name. */
  symbol?: string;
}

export interface SchemeView {
  id: string;
  label: Label;
  max: number;
  kpis: KpiView[];
  /** Lowest total for each grade, best first (for threshold lines). */
  grades: { grade: string; min: number }[];
  /** The scheme has pay bands (绩效工资): the month page sums them per team. */
  pays?: boolean;
  /** kpi id → month → bands, so charts can shade season-dependent thresholds. */
  bands: Record<string, Record<string, BandView[]>>;
}

export interface SiteAgent {
  /** The name as published (an alias when pseudonymised). */
  name: string;
  slug: string;
  role?: string;
  team?: string;
  /** From the roster (YYYY-MM-DD): the month they joined or left is a part of a month. */
  joined?: string;
  left?: string;
}

export interface FileAccount {
  file: string;
  encoding?: string;
  delimiter?: string;
  read: number;
  scored: number;
  rejected: number;
  skipped: number;
  /** A table without a 日期/月份 column: its month, and where that came from (banner, name, --month). */
  period?: string;
  periodFrom?: string;
  /** The platform profile its header matched (absent: the catalogue's own headers). */
  profile?: Label;
}

export interface RowIssue {
  file: string;
  row: number;
  column?: string;
  /** English (as the CLI prints it); `why`, when given, is shown in the page's language. */
  reason: string;
  why?: Reason;
}

/** A data problem as the CLI prints it (`where: [warning: ]message`), its reason kept for the pages' language. */
export interface ProblemLine {
  severity: "error" | "warning";
  /** `file:row:column`, the parts known. */
  where: string;
  /** English (as the CLI prints it); `why`, when given, is shown in the page's language. */
  message: string;
  why?: Reason;
}

/** A rating-sheet cell a rater left empty: the item it feeds is not scored (see report/empty-ratings.ts). */
export interface EmptyRating {
  agent: string;
  month: string;
  /** The scheme input the cell gives. */
  input: string;
  file: string;
  row: number;
  column: string;
}

export interface QualityData {
  files: FileAccount[];
  /** Files under the exports (and workbook sheets) that were not read, and why. */
  unread?: { file: string; reason: string; why?: Reason }[];
  rejected: RowIssue[];
  skipped: RowIssue[];
  /** Other data problems (missing columns, the roster, spellings); rejected rows are in `rejected`. */
  problems: ProblemLine[];
  /** The scheme checker's warnings: `message` in English, `zh` (when written) in Chinese. */
  warnings: { source: string; path: string; message: string; zh?: string }[];
  /**
   * Built with --allow-invalid although the data had errors: every page says
   * so and links to the data-quality page. Absent in older site data.
   */
  partial?: boolean;
  /**
   * Agents with data but no roster row (published names), each with the
   * roster agents it may have meant. Absent when there is no roster.
   */
  notInRoster?: {
    agent: string;
    alike: { agent: string; why: LookalikeWhy }[];
    /** Its first row, `file:row` (published path). */
    at?: string;
  }[];
  /** Rating-sheet cells left empty, named beside the incomplete items they leave unscored. */
  emptyRatings?: EmptyRating[];
  /**
   * Agent-months only a rating sheet gives, no export (a name written otherwise:
   * 小美美 for 小美): published names, the first row, the exported agents it may mean.
   */
  ratedOnly?: { agent: string; month: string; at?: string; meant: string[] }[];
}

export interface SiteData {
  title: Label;
  pseudonymized: boolean;
  months: string[];
  agents: SiteAgent[];
  /** `agent` is the published name, matching `SiteAgent.name`. */
  results: SiteResult[];
  /** Band rule texts ("60% > X ≥ 50% → 26"), each stored once; see SiteKpi. */
  rules: string[];
  schemes: Record<string, SchemeView>;
  quality: QualityData;
  /** The scheme studio's data (absent in hand-made test data). */
  studio?: StudioSiteData;
}

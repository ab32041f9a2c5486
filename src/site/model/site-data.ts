/**
 * What the report pipeline hands the site: scored results plus what pages
 * need to explain them (scheme views with bands per month, data quality).
 * Written as JSON by the data step; pages only read it.
 */

import type { RankedResult } from "../../analysis/standing.ts";
import type { BandView } from "../../charts/types.ts";
import type { Label } from "../../engine/types.ts";

export type { RankedResult };

export type MetricUnit = "ratio" | "seconds" | "multiple" | "count" | "yuan" | "score";

export interface KpiView {
  id: string;
  label: Label;
  formula: Label;
  unit: MetricUnit;
  better: "higher" | "lower";
  max: number;
  weight?: number;
}

export interface SchemeView {
  id: string;
  label: Label;
  max: number;
  kpis: KpiView[];
  /** Lowest total for each grade, best first (for threshold lines). */
  grades: { grade: string; min: number }[];
  /** kpi id → month → bands, so charts can shade season-dependent thresholds. */
  bands: Record<string, Record<string, BandView[]>>;
}

export interface SiteAgent {
  /** The name as published (an alias when pseudonymised). */
  name: string;
  slug: string;
  role?: string;
  team?: string;
}

export interface FileAccount {
  file: string;
  encoding?: string;
  delimiter?: string;
  read: number;
  scored: number;
  rejected: number;
  skipped: number;
}

export interface RowIssue {
  file: string;
  row: number;
  column?: string;
  reason: string;
}

export interface QualityData {
  files: FileAccount[];
  rejected: RowIssue[];
  skipped: RowIssue[];
  /** Other data problems (duplicates, missing columns) as printed lines. */
  problems: string[];
  warnings: { source: string; path: string; message: string }[];
}

export interface SiteData {
  title: Label;
  pseudonymized: boolean;
  months: string[];
  agents: SiteAgent[];
  /** `agent` is the published name, matching `SiteAgent.name`. */
  results: RankedResult[];
  schemes: Record<string, SchemeView>;
  quality: QualityData;
}

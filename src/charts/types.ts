/**
 * Chart data types. Pure types: the chart modules turn data into plain,
 * serialisable SVG geometry, which `toSvgString` writes as SVG for the pages
 * (at build time) and for browser scripts alike.
 */

export type Lang = "zh" | "en";

/** How a metric value reads: `ratio` 0.521 → 52.1%, `seconds` → 12 s, `multiple` → 1.25×. */
export type Unit = "ratio" | "seconds" | "multiple" | "count" | "yuan" | "score";

export type Tone = "best" | "good" | "fair" | "poor";

/** One scoring band as the engine's `bandsFor(scheme, kpiId, month)` returns it. */
export type { BandView } from "../engine/views.ts";

/** A value for one month; null means missing (drawn as a gap, never as 0). */
export interface MonthValue {
  /** `YYYY-MM` */
  month: string;
  value: number | null;
}

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

/** Drawing primitives; every number is rounded to 1 decimal. */
export type Mark =
  | {
      type: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      cls: string;
      style: string;
      tip?: string;
    }
  | { type: "line"; x1: number; y1: number; x2: number; y2: number; cls: string; style: string }
  | { type: "path"; d: string; cls: string; style: string }
  | {
      type: "point";
      x: number;
      y: number;
      /** Symbol path centred on 0,0 (drawn translated to x,y). */
      d: string;
      shape: MarkerShape;
      /** Circles only: the radius, so the SVG is a `<circle>` (a third of the markup of the path). */
      r?: number;
      cls: string;
      style: string;
      tip: string;
    }
  | {
      type: "text";
      x: number;
      y: number;
      text: string;
      anchor: "start" | "middle" | "end";
      cls: string;
      style: string;
    };

export interface Layer {
  name: string;
  marks: Mark[];
}

/** The text alternative of a chart: already formatted cells. */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

export interface ChartGeometry {
  width: number;
  height: number;
  viewBox: string;
  title: string;
  desc: string;
  /** Drawn in order: the first layer is at the back. */
  layers: Layer[];
  table: DataTable;
}

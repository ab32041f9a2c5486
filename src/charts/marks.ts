/**
 * Builders for the drawing primitives, rounding every coordinate to 1 decimal
 * so the output is deterministic and compact.
 */

import type { SymbolType } from "d3";
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
} from "d3";
import { type Box, FONT, textBox } from "./labelLayout.ts";
import type { Layer, Mark, MarkerShape } from "./types.ts";

export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
};

const symbolPaths = new Map<string, string>();

/** A marker path centred on 0,0; `area` is in square pixels. The same few shapes recur on every chart: drawn once. */
export function symbolPath(shape: MarkerShape, area = 36): string {
  const key = `${shape}:${area}`;
  let d = symbolPaths.get(key);
  if (d === undefined) {
    d = symbol(SYMBOLS[shape], area).digits(1)() ?? "";
    symbolPaths.set(key, d);
  }
  return d;
}

type Opt = { cls?: string; style?: string };

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  o: Opt & { tip?: string } = {},
): Mark {
  const m: Mark = {
    type: "rect",
    x: round1(x),
    y: round1(y),
    width: round1(width),
    height: round1(height),
    cls: o.cls ?? "",
    style: o.style ?? "",
  };
  if (o.tip !== undefined) m.tip = o.tip;
  return m;
}

export function line(x1: number, y1: number, x2: number, y2: number, o: Opt = {}): Mark {
  return {
    type: "line",
    x1: round1(x1),
    y1: round1(y1),
    x2: round1(x2),
    y2: round1(y2),
    cls: o.cls ?? "",
    style: o.style ?? "",
  };
}

export function path(d: string, o: Opt = {}): Mark {
  return { type: "path", d, cls: o.cls ?? "", style: o.style ?? "" };
}

export function point(
  x: number,
  y: number,
  shape: MarkerShape,
  tip: string,
  o: Opt & { area?: number } = {},
): Mark {
  const m: Mark = {
    type: "point",
    x: round1(x),
    y: round1(y),
    d: symbolPath(shape, o.area),
    shape,
    cls: o.cls ?? "",
    style: o.style ?? "",
    tip,
  };
  // d3's circle symbol has radius √(area / π); its path is drawn with that radius to 1 decimal.
  if (shape === "circle") m.r = round1(Math.sqrt((o.area ?? 36) / Math.PI));
  return m;
}

export function text(
  x: number,
  y: number,
  value: string,
  anchor: "start" | "middle" | "end" = "start",
  o: Opt = {},
): Mark {
  return {
    type: "text",
    x: round1(x),
    y: round1(y),
    text: value,
    anchor,
    cls: o.cls ?? "",
    style: o.style ?? "",
  };
}

/** The estimated boxes of the text marks of some layers: obstacles for labels placed later. */
export function textBoxesOf(layers: readonly Layer[]): Box[] {
  const out: Box[] = [];
  // Runs of text marks share a style (tick labels): read its font size once per run.
  let style: string | undefined;
  let fontSize = FONT;
  for (const l of layers) {
    for (const m of l.marks) {
      if (m.type !== "text") continue;
      if (m.style !== style) {
        style = m.style;
        const size = /font-size:(\d+(?:\.\d+)?)px/.exec(style)?.[1];
        fontSize = size ? Number(size) : FONT;
      }
      out.push(textBox(m.x, m.y, m.text, m.anchor, fontSize));
    }
  }
  return out;
}

/** The boxes of a layer's point markers (circles by radius, other shapes by a 5 px half-size). */
export function pointBoxes(layer: Layer): Box[] {
  const out: Box[] = [];
  for (const m of layer.marks) {
    if (m.type !== "point") continue;
    const r = m.r ?? 5;
    out.push({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r });
  }
  return out;
}

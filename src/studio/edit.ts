/**
 * The scheme editing model: a published raw scheme, the edited copy, and the
 * KPIs switched off. Every edit is a path + value on the raw scheme (the file
 * as a manager writes it), so what the studio scores, downloads and links is
 * one document. Pure.
 */
import {
  applyChanges,
  type Change,
  diffJson,
  getAt,
  type Json,
  type Path,
  type PathKey,
  setAt,
} from "./json-edit.ts";
import { splitBand } from "./split-band.ts";

export interface EditState {
  /** The scheme as published (the file's data). */
  published: Json;
  /** The edited scheme, KPIs switched off still in it (they can be switched back on). */
  edited: Json;
  /** Ids of KPIs switched off: left out of the scheme that is scored and downloaded. */
  off: readonly string[];
}

export function startEdit(published: Json): EditState {
  return { published, edited: published, off: [] };
}

export function setValue(state: EditState, path: Path, value: Json | undefined): EditState {
  return { ...state, edited: setAt(state.edited, path, value) };
}

/**
 * Inserts a band after band `index`: the band split in two at a new edge
 * (see splitBand), or a copy where there is nothing to split at (a lone
 * open band). The manager then sets the new band's points and moves the edge.
 */
export function addBand(state: EditState, bandsPath: Path, index: number): EditState {
  const bands = getAt(state.edited, bandsPath);
  if (!Array.isArray(bands) || bands[index] === undefined) return state;
  const split = splitBand(bands, index) ?? [
    ...bands.slice(0, index + 1),
    bands[index] as Json,
    ...bands.slice(index + 1),
  ];
  return { ...state, edited: setAt(state.edited, bandsPath, split) };
}

/** Removes band `index`; the last band of a list stays (a KPI needs one). */
export function removeBand(state: EditState, bandsPath: Path, index: number): EditState {
  const bands = getAt(state.edited, bandsPath);
  if (!Array.isArray(bands) || bands.length <= 1 || bands[index] === undefined) return state;
  return { ...state, edited: setAt(state.edited, [...bandsPath, index], undefined) };
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Appends a season to banded KPI `kpi`: its base bands, in force in the first
 * month no season of the KPI has yet (the manager then sets its months and
 * edges). Unchanged when every month already has a season.
 */
export function addSeason(state: EditState, kpi: number): EditState {
  const k = getAt(state.edited, ["kpis", kpi]);
  const bands = getAt(k, ["bands"]);
  const seasons = getAt(k, ["seasons"]);
  const list = Array.isArray(seasons) ? seasons : [];
  const taken = new Set(list.flatMap((s) => getAt(s, ["months"]) ?? []));
  const month = MONTHS.find((m) => !taken.has(m));
  if (!Array.isArray(bands) || month === undefined || list.length >= 12) return state;
  const season: Json = { months: [month], bands };
  return { ...state, edited: setAt(state.edited, ["kpis", kpi, "seasons"], [...list, season]) };
}

/** Removes season `index` of KPI `kpi`; the last one takes the `seasons` key with it. */
export function removeSeason(state: EditState, kpi: number, index: number): EditState {
  const seasons = getAt(state.edited, ["kpis", kpi, "seasons"]);
  if (!Array.isArray(seasons) || seasons[index] === undefined) return state;
  const path = seasons.length === 1 ? ["kpis", kpi, "seasons"] : ["kpis", kpi, "seasons", index];
  return { ...state, edited: setAt(state.edited, path, undefined) };
}

export function setKpiOn(state: EditState, id: string, on: boolean): EditState {
  const off = state.off.filter((k) => k !== id);
  return { ...state, off: on ? off : [...off, id] };
}

const kpisOf = (doc: Json): Json[] => {
  const kpis = getAt(doc, ["kpis"]);
  return Array.isArray(kpis) ? kpis : [];
};
export const kpiId = (k: Json | undefined): string => {
  const id = getAt(k, ["id"]);
  return typeof id === "string" ? id : "";
};

/** The scheme that is scored and downloaded: the edited one without the KPIs switched off. */
export function effectiveScheme(state: EditState): Json {
  if (state.off.length === 0) return state.edited;
  const off = new Set(state.off);
  return setAt(
    state.edited,
    ["kpis"],
    kpisOf(state.edited).filter((k) => !off.has(kpiId(k))),
  );
}

/** The edit as data (for the link): changes against the published scheme, and the KPIs off. */
export function editChanges(state: EditState): { changes: Change[]; off: string[] } {
  return { changes: diffJson(state.published, state.edited), off: [...state.off] };
}

/** The inverse of editChanges; throws when a change does not fit the published scheme. */
export function restoreEdit(
  published: Json,
  changes: readonly Change[],
  off: readonly string[],
): EditState {
  const ids = new Set(kpisOf(published).map(kpiId));
  return {
    published,
    edited: applyChanges(published, changes),
    off: off.filter((id) => ids.has(id)),
  };
}

export function isEdited(state: EditState): boolean {
  return state.off.length > 0 || diffJson(state.published, state.edited).length > 0;
}

/**
 * The other ends of a band edge: for `…bands[1].min` the bands of the same
 * list whose `max` is the same value (`…bands[0].max` when they touch), so
 * moving an edge moves it for both neighbours, as a manager means it.
 * Empty for anything that is not a band's min or max.
 */
export function edgePartners(state: EditState, path: readonly PathKey[]): PathKey[][] {
  const field = path.at(-1);
  const index = path.at(-2);
  if ((field !== "min" && field !== "max") || typeof index !== "number") return [];
  const listPath = path.slice(0, -2);
  const bands = getAt(state.edited, listPath);
  const value = getAt(state.edited, path);
  // An emptied edge (null) keeps its partner, emptied with it, for the number typed next.
  if (!Array.isArray(bands) || (typeof value !== "number" && value !== null)) return [];
  const other = field === "min" ? "max" : "min";
  // Emptied edges all equal null: only a neighbouring band's can be the one emptied with it.
  const near = (j: number) => value !== null || Math.abs(j - index) === 1;
  return bands.flatMap((b, j) =>
    j !== index && near(j) && getAt(b, [other]) === value ? [[...listPath, j, other]] : [],
  );
}

/**
 * What an emptied number field puts in the scheme, from the value it had when
 * the manager began typing in it: a field that was open (a band without a
 * `min`) is open again (the key left out); one that held a number is empty,
 * null, which the scheme's reading reports as "the lower bound is empty: a
 * number is needed". Never "no bound": deleting 60 to type 55 must not make a
 * band reach down to −∞ and overlap every band below it.
 */
export function emptyValue(before: Json | undefined): null | undefined {
  return before === undefined ? undefined : null;
}

/** Sets an edge and its partners (see edgePartners) to one value (null: emptied, see emptyValue). */
export function moveEdge(
  state: EditState,
  path: readonly PathKey[],
  partners: readonly (readonly PathKey[])[],
  value: number | null | undefined,
): EditState {
  return [path, ...partners].reduce((s, p) => setValue(s, p, value), state);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every points value of a banded or linear KPI, scaled (seasons included; grade bands keep theirs). */
function scaledPoints(kpi: Json, factor: number): Json {
  let out = kpi;
  const scaleList = (path: PathKey[]) => {
    const bands = getAt(out, path);
    if (!Array.isArray(bands)) return;
    bands.forEach((b, j) => {
      const p = getAt(b, ["points"]);
      if (typeof p === "number") out = setAt(out, [...path, j, "points"], round2(p * factor));
    });
  };
  scaleList(["bands"]);
  const seasons = getAt(out, ["seasons"]);
  if (Array.isArray(seasons))
    for (let m = 0; m < seasons.length; m++) scaleList(["seasons", m, "bands"]);
  for (const end of ["from", "to"]) {
    const p = getAt(out, [end, "points"]);
    if (typeof p === "number") out = setAt(out, [end, "points"], round2(p * factor));
  }
  return out;
}

/**
 * Sets KPI `index`'s weight. In points mode, where a band gives points
 * directly, `scale` also scales the KPI's points by new / old weight (from
 * `before`, the KPI as it was when the edit began: 15 → 20 turns 11 points
 * into 14.67), so moving weight between KPIs moves their points.
 */
export function setWeight(
  state: EditState,
  index: number,
  weight: number | undefined,
  before: Json,
  scale: boolean,
): EditState {
  const old = getAt(before, ["weight"]);
  const pointsMode = getAt(state.edited, ["mode"]) === "points";
  let kpi = before;
  if (scale && pointsMode && typeof old === "number" && old > 0 && weight !== undefined)
    kpi = scaledPoints(before, weight / old);
  kpi = setAt(kpi, ["weight"], weight);
  return { ...state, edited: setAt(state.edited, ["kpis", index], kpi) };
}

/**
 * One published result as JSON bytes: exactly the UTF-8 of
 * `JSON.stringify(resultRecord(r), null, 2)` indented to `pad`, written
 * straight from the result into the writer's blocks (no record object, no
 * text to re-indent, join or encode again): the score JSON holds one per
 * agent-month, so this is the output's hot loop. Same members in the same
 * order, optional ones only when set, rounded by the same functions;
 * test/output/result-json.test.ts holds it to resultRecord.
 */
import type {
  AgentMonthResult,
  ChecklistItem,
  CompositePart,
  KpiResult,
  RaterScore,
} from "../engine/types.ts";
import { type JsonWriter, objectShape } from "./json-writer.ts";
import { round, roundOrNull } from "./round.ts";

const RESULT = objectShape([
  "agent",
  "month",
  "role",
  "team",
  "scheme",
  "total",
  "max",
  "complete",
  "grade",
  "pay",
  "veto",
  "rejectedRows",
  "formTotal",
  "formMax",
  "composite",
  "kpis",
]);
const PART = objectShape(["id", "value", "max", "score", "weight", "points", "error"]);
const KPI = objectShape([
  "id",
  "value",
  "points",
  "max",
  "status",
  "rating",
  "weight",
  "reason",
  "letter",
  "each",
  "raters",
  "items",
  "weightedBy",
]);
const RATER = objectShape(["input", "rater", "score", "weight"]);
const ITEM = objectShape(["input", "item", "met"]);

export function writeResult(w: JsonWriter, r: AgentMonthResult, pad: string): void {
  const l = RESULT.at(pad);
  const key = RESULT.key;
  w.open();
  let n = w.str(l, 0, key.agent, r.agent);
  n = w.str(l, n, key.month, r.month);
  n = w.str(l, n, key.role, r.role);
  n = w.str(l, n, key.team, r.team);
  n = w.str(l, n, key.scheme, r.scheme);
  n = w.num(l, n, key.total, round(r.total, 2));
  n = w.num(l, n, key.max, round(r.max, 2));
  n = w.member(l, n, key.complete, r.complete);
  n = w.str(l, n, key.grade, r.grade);
  n = w.num(l, n, key.pay, r.pay);
  n = w.str(l, n, key.veto, r.veto);
  n = w.num(l, n, key.rejectedRows, r.rejectedRows);
  if (r.formTotal !== undefined) n = w.num(l, n, key.formTotal, round(r.formTotal, 2));
  if (r.formMax !== undefined) n = w.num(l, n, key.formMax, round(r.formMax, 2));
  if (r.composite !== undefined) n = w.array(l, n, key.composite, r.composite, writePart);
  n = w.array(l, n, key.kpis, r.kpis, writeKpi);
  w.close(l, n);
}

function writePart(w: JsonWriter, p: CompositePart, pad: string): void {
  const l = PART.at(pad);
  const key = PART.key;
  w.open();
  let n = w.str(l, 0, key.id, p.id);
  n = w.num(l, n, key.value, roundOrNull(p.value, 2));
  n = w.num(l, n, key.max, round(p.max, 2));
  n = w.num(l, n, key.score, roundOrNull(p.score, 2));
  n = w.num(l, n, key.weight, p.weight);
  n = w.num(l, n, key.points, roundOrNull(p.points, 2));
  n = w.str(l, n, key.error, p.error);
  w.close(l, n);
}

function writeKpi(w: JsonWriter, k: KpiResult, pad: string): void {
  const l = KPI.at(pad);
  const key = KPI.key;
  w.open();
  let n = w.str(l, 0, key.id, k.id);
  n = w.num(l, n, key.value, roundOrNull(k.value, 4));
  n = w.num(l, n, key.points, roundOrNull(k.points, 2));
  n = w.num(l, n, key.max, round(k.max, 2));
  n = w.str(l, n, key.status, k.status);
  if (k.rating !== undefined) n = w.num(l, n, key.rating, roundOrNull(k.rating, 2));
  n = w.num(l, n, key.weight, k.weight);
  n = w.str(l, n, key.reason, k.reason);
  n = w.str(l, n, key.letter, k.letter);
  n = w.num(l, n, key.each, k.each);
  if (k.raters !== undefined) n = w.array(l, n, key.raters, k.raters, writeRater);
  if (k.items !== undefined) n = w.array(l, n, key.items, k.items, writeItem);
  n = w.str(l, n, key.weightedBy, k.weightedBy);
  w.close(l, n);
}

function writeRater(w: JsonWriter, x: RaterScore, pad: string): void {
  const l = RATER.at(pad);
  const key = RATER.key;
  w.open();
  let n = w.str(l, 0, key.input, x.input);
  n = w.str(l, n, key.rater, x.label.zh);
  n = w.num(l, n, key.score, roundOrNull(x.score, 2));
  n = w.num(l, n, key.weight, round(x.weight, 2));
  w.close(l, n);
}

function writeItem(w: JsonWriter, x: ChecklistItem, pad: string): void {
  const l = ITEM.at(pad);
  const key = ITEM.key;
  w.open();
  let n = w.str(l, 0, key.input, x.input);
  n = w.str(l, n, key.item, x.label.zh);
  n = w.member(l, n, key.met, x.met);
  w.close(l, n);
}

/**
 * One published result as JSON text: exactly the bytes of
 * `JSON.stringify(resultRecord(r), null, 2)` indented to `pad`, written
 * straight from the result (no record object, no re-indenting pass): the
 * score JSON holds one per agent-month, so this is the output's hot loop.
 * Same members in the same order, optional ones only when set, rounded by
 * the same functions. Pure; test/output/result-json.test.ts holds it to
 * resultRecord.
 */
import type { AgentMonthResult, CompositePart, KpiResult } from "../engine/types.ts";
import { jsonArray, jsonObject, jsonMember as m } from "./json-text.ts";
import { round, roundOrNull } from "./round.ts";

export function resultJson(r: AgentMonthResult, pad: string): string {
  const p = `${pad}  `;
  return jsonObject(
    [
      m("agent", r.agent, p),
      m("month", r.month, p),
      m("role", r.role, p),
      m("team", r.team, p),
      m("scheme", r.scheme, p),
      m("total", round(r.total, 2), p),
      m("max", round(r.max, 2), p),
      m("complete", r.complete, p),
      m("grade", r.grade, p),
      m("pay", r.pay, p),
      m("veto", r.veto, p),
      m("rejectedRows", r.rejectedRows, p),
      r.formTotal === undefined ? undefined : m("formTotal", round(r.formTotal, 2), p),
      r.formMax === undefined ? undefined : m("formMax", round(r.formMax, 2), p),
      r.composite === undefined ? undefined : `"composite": ${jsonArray(r.composite, p, partJson)}`,
      `"kpis": ${jsonArray(r.kpis, p, kpiJson)}`,
    ],
    pad,
  );
}

function partJson(part: CompositePart, pad: string): string {
  const p = `${pad}  `;
  return jsonObject(
    [
      m("id", part.id, p),
      m("value", roundOrNull(part.value, 2), p),
      m("max", round(part.max, 2), p),
      m("score", roundOrNull(part.score, 2), p),
      m("weight", part.weight, p),
      m("points", roundOrNull(part.points, 2), p),
      m("error", part.error, p),
    ],
    pad,
  );
}

function kpiJson(k: KpiResult, pad: string): string {
  const p = `${pad}  `;
  return jsonObject(
    [
      m("id", k.id, p),
      m("value", roundOrNull(k.value, 4), p),
      m("points", roundOrNull(k.points, 2), p),
      m("max", round(k.max, 2), p),
      m("status", k.status, p),
      k.rating === undefined ? undefined : m("rating", roundOrNull(k.rating, 2), p),
      m("weight", k.weight, p),
      m("reason", k.reason, p),
      m("letter", k.letter, p),
      m("each", k.each, p),
      k.raters === undefined
        ? undefined
        : `"raters": ${jsonArray(k.raters, p, (x, q) =>
            jsonObject(
              [
                m("input", x.input, `${q}  `),
                m("rater", x.label.zh, `${q}  `),
                m("score", round(x.score, 2), `${q}  `),
                m("weight", round(x.weight, 2), `${q}  `),
              ],
              q,
            ),
          )}`,
      k.items === undefined
        ? undefined
        : `"items": ${jsonArray(k.items, p, (x, q) =>
            jsonObject(
              [
                m("input", x.input, `${q}  `),
                m("item", x.label.zh, `${q}  `),
                m("met", x.met, `${q}  `),
              ],
              q,
            ),
          )}`,
      m("weightedBy", k.weightedBy, p),
    ],
    pad,
  );
}

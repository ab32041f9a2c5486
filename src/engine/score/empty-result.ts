/** A KPI result with nothing scored yet: status missing, no points, no band. */
import type { KpiReason } from "../../reasons/reason.ts";
import { reasonText } from "../../reasons/reason-text.ts";
import type { KpiResult } from "../types.ts";

export function emptyKpiResult(k: Pick<KpiResult, "id" | "label" | "max" | "weight">): KpiResult {
  return {
    id: k.id,
    label: k.label,
    value: null,
    points: null,
    max: k.max,
    ...(k.weight !== undefined ? { weight: k.weight } : {}),
    status: "missing",
    band: null,
    next: null,
  };
}

/** The result with its reason: the code, and its English words (the contract's `reason`). */
export function because(r: KpiResult, why: KpiReason): KpiResult {
  r.reason = reasonText(why, "en");
  r.why = why;
  return r;
}

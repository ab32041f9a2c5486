/** A KPI result with nothing scored yet: status missing, no points, no band. */
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

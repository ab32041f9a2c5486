/** Grade thresholds out of order, and pay bands with gaps or overlaps (Form 15: 60–69). */
import { trim } from "../format.ts";
import type { Scheme } from "../scheme/types.ts";
import { coverage } from "./coverage.ts";

type Report = (path: string, message: string) => void;

export function checkOutcome(s: Scheme, warning: Report): void {
  for (let i = 1; i < s.grades.length; i++) {
    const prev = s.grades[i - 1]?.min;
    const cur = s.grades[i]?.min;
    if (prev === null || (prev !== undefined && cur !== undefined && cur !== null && cur >= prev))
      warning(
        `grades[${i}].min`,
        `grades out of order: list them best first with falling minimums`,
      );
  }
  const fmt = (v: number | null) => (v === null ? "∞" : trim(v));
  const band = (i: number) => {
    const b = s.pay[i];
    return b
      ? `pay[${i}]: ${b.lo === null ? "−∞" : trim(b.lo)}–${fmt(b.hi)} → ${trim(b.amount)}`
      : "";
  };
  for (const p of coverage(s.pay)) {
    const where = `${band(p.below)}; ${band(p.above)}`;
    if (p.kind === "gap")
      warning(
        `pay[${p.above}]`,
        `pay bands leave a gap: totals from ${fmt(p.from)} to ${fmt(p.to)} get no pay (${where})`,
      );
    else
      warning(
        `pay[${p.above}]`,
        `pay bands overlap from ${fmt(p.from)} to ${fmt(p.to)} (${where})`,
      );
  }
}

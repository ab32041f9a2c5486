/**
 * How an agent's skill (0 = weak, 1 = excellent) moves over the months. Real
 * teams have steady stars, people who improve or slip, people who shine or
 * struggle in promotion peaks, and new joiners who start weak.
 */

export type Trajectory =
  | "steady"
  | "improving"
  | "declining"
  | "peak-strong"
  | "peak-weak"
  | "newcomer"
  | "volatile";

export const trajectories: readonly Trajectory[] = [
  "steady",
  "improving",
  "declining",
  "peak-strong",
  "peak-weak",
  "newcomer",
  "volatile",
];

export interface Persona {
  trajectory: Trajectory;
  /** Skill at the start of the period (or on joining, for a newcomer). */
  base: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Skill in a month. `monthIndex` counts from the start of the data set,
 * `tenureMonths` from the agent's first month, `span` is the number of months.
 * `wobble` is a per-month random in [-1, 1] so no line is perfectly smooth.
 */
export function skillAt(
  persona: Persona,
  at: { monthIndex: number; tenureMonths: number; span: number; peakMonth: boolean },
  wobble: number,
): number {
  const progress = at.span > 1 ? at.monthIndex / (at.span - 1) : 0;
  let skill = persona.base;
  switch (persona.trajectory) {
    case "improving":
      skill += 0.5 * progress;
      break;
    case "declining":
      skill -= 0.5 * progress;
      break;
    case "peak-strong":
      skill += at.peakMonth ? 0.3 : 0;
      break;
    case "peak-weak":
      skill -= at.peakMonth ? 0.35 : 0;
      break;
    case "newcomer":
      skill += Math.min(0.6, 0.13 * at.tenureMonths);
      break;
    case "volatile":
      skill += 0.2 * wobble;
      break;
    case "steady":
      break;
  }
  return clamp01(skill + 0.05 * wobble);
}

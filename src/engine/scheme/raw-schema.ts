/**
 * The scheme file format (YAML or JSON) as a manager writes it, in zod 4.
 * This is the raw shape; parse.ts compiles it into a `Scheme`. The JSON Schema
 * for editors (data/schemes/scheme.schema.json) is generated from this.
 */
import * as z from "zod";

/**
 * Size limits: far above any real form (the largest seed form has 12 KPIs of
 * at most 6 bands), low enough that a hostile or broken file is refused with
 * a clear message instead of exhausting memory. The file size is checked
 * before parsing (src/ingest/schemes.ts).
 */
export const SCHEME_LIMITS = { kpis: 100, bandsPerKpi: 100, seasons: 12, listItems: 100 } as const;

/** Names that are properties of every object (`constructor`, `toString`, `__proto__`): never ids or grades. */
const notReserved = (s: string) => !(s in Object.prototype);
const RESERVED = "is a reserved name (a property of every object): choose another";

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, "use lower-case letters, digits, _ or - (e.g. inquiry_conversion)")
  .refine(notReserved, RESERVED);
const gradeName = z.string().min(1).refine(notReserved, RESERVED);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(SCHEME_LIMITS.listItems);

export const labelSchema = z
  .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
  .describe("A label in Chinese and English");

const bandBounds = {
  min: z.number().optional().describe("Lower bound; omit for no lower bound"),
  max: z.number().optional().describe("Upper bound; omit for no upper bound"),
  minInclusive: z
    .boolean()
    .optional()
    .describe("Default: true when higher is better, false when lower is better"),
  maxInclusive: z
    .boolean()
    .optional()
    .describe("Default: false when higher is better, true when lower is better"),
};
export const bandSchema = z.strictObject({
  ...bandBounds,
  points: z
    .number()
    .optional()
    .describe("Points (points mode) or the 0–100 rating 分值 (weighted mode)"),
  grade: gradeName.optional().describe("Letter grade (letter KPIs); points come from gradePoints"),
});
const bandList = z
  .array(bandSchema)
  .min(1)
  .max(SCHEME_LIMITS.bandsPerKpi, `at most ${SCHEME_LIMITS.bandsPerKpi} bands per KPI`);
const seasonSchema = z.strictObject({
  months: z
    .array(z.number().int().min(1).max(12))
    .min(1)
    .describe("Months 1–12 these bands apply to"),
  label: labelSchema.optional(),
  bands: bandList,
});
const common = {
  id,
  label: labelSchema.optional().describe("Defaults to the metric's label"),
  weight: z.number().min(0).optional().describe("Weight in % (required in weighted mode)"),
  description: labelSchema.optional(),
};
const metricKpi = {
  metric: z.string().optional().describe("Metric from the catalogue; defaults to the KPI id"),
  formula: labelSchema.optional().describe("Formula as people write it; defaults to the metric's"),
  symbol: z.string().optional().describe("Symbol used in rules, e.g. X, ST"),
  integer: z
    .boolean()
    .optional()
    .describe("Values are whole numbers (gap checks ignore fractions)"),
  unit: z.enum(["ratio", "seconds", "multiple", "count", "yuan", "score"]).optional(),
  better: z.enum(["higher", "lower"]).optional().describe("Defaults to the metric's direction"),
};
const bandedKpi = z.strictObject({
  ...common,
  ...metricKpi,
  type: z.literal("banded").optional(),
  bands: bandList,
  seasons: z
    .array(seasonSchema)
    .max(SCHEME_LIMITS.seasons)
    .optional()
    .describe("Bands that replace `bands` in some months"),
  gradePoints: z
    .record(gradeName, z.number())
    .optional()
    .describe("Letter grade → points, for bands given as grades"),
});
const linearKpi = z.strictObject({
  ...common,
  ...metricKpi,
  type: z.literal("linear"),
  from: z.strictObject({ value: z.number(), points: z.number() }),
  to: z.strictObject({ value: z.number(), points: z.number() }),
});
const rangeSchema = z.strictObject({ label: labelSchema, min: z.number(), max: z.number() });
const raterSchema = z.strictObject({
  input: id,
  label: labelSchema.optional(),
  weight: z.number().positive().optional().describe("Omit on all raters for an equal average"),
});
const judgementKpi = z.strictObject({
  ...common,
  type: z.literal("judgement"),
  max: z.number().positive(),
  levels: list(rangeSchema).min(1).describe("Score ranges, best first (e.g. 8–10, 4–7, 0–3)"),
  level: id.optional().describe("Input with the chosen level (1 = first); scores must fall in it"),
  raters: list(raterSchema).min(1),
});
const deductionKpi = z.strictObject({
  ...common,
  type: z.literal("deduction"),
  input: id.describe("Input counting occurrences"),
  max: z.number().positive(),
  each: z.number().positive().describe("Points lost per occurrence"),
  wipeoutAt: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("From this count on, all points are lost"),
});
const checklistKpi = z.strictObject({
  ...common,
  type: z.literal("checklist"),
  max: z.number().positive(),
  each: z.number().positive().describe("Points lost per unmet item"),
  items: list(z.strictObject({ input: id, label: labelSchema })).min(1),
});
export const kpiSchema = z.union([bandedKpi, linearKpi, judgementKpi, deductionKpi, checklistKpi]);

export const rawSchemeSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  label: labelSchema,
  role: z.string().optional().describe("Role this scheme scores, e.g. 售前, 售后"),
  mode: z.enum(["points", "weighted"]),
  source: z.string().optional().describe("Where the scheme comes from, e.g. a seed form"),
  description: labelSchema.optional(),
  inputs: z
    .array(
      z.strictObject({
        id,
        label: labelSchema,
        headers: z.array(z.string().min(1)),
        kind: z
          .enum(["score", "level", "tick", "count", "ratio", "amount"])
          .optional()
          .describe(
            "What the column holds (default: from its use): score, level (1…n), tick (1/0, 是/否, ✓/✗), count (whole ≥ 0, summed over days), ratio (95% or 0.95), amount (summed)",
          ),
        min: z.number().optional().describe("Lowest allowed value (inclusive)"),
        max: z.number().optional().describe("Highest allowed value (inclusive)"),
      }),
    )
    .optional()
    .describe("Extra input columns (rater scores, counts, flags) and their CSV headers"),
  kpis: z
    .array(kpiSchema)
    .min(1)
    .max(SCHEME_LIMITS.kpis, `at most ${SCHEME_LIMITS.kpis} KPIs in one scheme`),
  adjustments: z
    .array(
      z.strictObject({
        id,
        label: labelSchema,
        input: id,
        points: z.number().describe("Per occurrence: negative = penalty, positive = bonus"),
      }),
    )
    .optional()
    .describe("Penalties and bonuses outside the item maxima"),
  veto: z
    .array(
      z.strictObject({
        id,
        label: labelSchema,
        input: id.describe("Tick input: 1 (是/✓) fires the veto (一票否决)"),
        effect: z.union([z.literal("zero"), z.strictObject({ capGrade: z.string() })]),
      }),
    )
    .optional(),
  composite: z
    .strictObject({
      form: z.number().min(0).describe("Weight % of this form's total in the final result"),
      parts: z.array(
        z.strictObject({
          input: id,
          label: labelSchema,
          weight: z.number().min(0),
          max: z.number().positive().optional(),
        }),
      ),
    })
    .optional(),
  grades: z
    .array(z.strictObject({ min: z.number().optional(), grade: gradeName }))
    .optional()
    .describe("Best first: total ≥ min → grade; the last may omit min"),
  pay: z
    .array(z.strictObject({ ...bandBounds, amount: z.number() }))
    .optional()
    .describe("Total → performance pay in yuan; min inclusive, max exclusive by default"),
});

/** Validation shape: KPIs are checked one by one against their `type` for precise paths. */
export const kpiSchemas = {
  banded: bandedKpi,
  linear: linearKpi,
  judgement: judgementKpi,
  deduction: deductionKpi,
  checklist: checklistKpi,
} as const;
export const schemeShellSchema = rawSchemeSchema.extend({
  kpis: z
    .array(z.unknown())
    .min(1)
    .max(SCHEME_LIMITS.kpis, `at most ${SCHEME_LIMITS.kpis} KPIs in one scheme`),
});

export type RawScheme = z.infer<typeof rawSchemeSchema>;
export type RawKpi = z.infer<typeof kpiSchema>;
export type RawBand = z.infer<typeof bandSchema>;

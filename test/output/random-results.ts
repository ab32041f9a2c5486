/**
 * Random agent-month results for the output tests: odd strings (quotes,
 * backslashes, control characters, lone surrogates, `</script>`, U+2028,
 * formula starts), -0, NaN, ±Infinity, null values, and every optional field
 * (composite parts, raters, letters, checklist items, weightedBy) present or
 * not.
 */
import fc from "fast-check";
import type { AgentMonthResult, CompositePart, KpiResult } from "~/engine/types.ts";

const odd = fc.constantFrom(
  'say "hi"',
  "back\\slash",
  "\u0000\u0001\u001f\u007f",
  "tab\there\r\nnew",
  "\ud800",
  "x\udfffy",
  "\udbff\udc00",
  "😀",
  "</script><script>alert(1)</script>",
  "\u2028\u2029",
  "棉语旗舰店:丁丁0003",
  "=SUM(A1)",
  'a,"b"\r\nc',
  "-1",
  "",
);
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), odd);
const num = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -Number.MAX_VALUE,
    1e21,
    1e-7,
    0.1 + 0.2,
  ),
);
const label = fc.record({ zh: text, en: text });
/** A field of the wrong type at run time: JSON.stringify still prints it, so must resultJson. */
export const stray = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

const part: fc.Arbitrary<CompositePart> = fc.record(
  {
    id: text,
    label,
    value: fc.option(num, { nil: null }),
    max: num,
    score: fc.option(num, { nil: null }),
    weight: num,
    points: fc.option(num, { nil: null }),
    error: text,
  },
  { requiredKeys: ["id", "label", "value", "max", "score", "weight", "points"] },
);

const kpi: fc.Arbitrary<KpiResult> = fc.record(
  {
    id: fc.oneof(text, fc.constantFrom("satisfaction", "reply_rate", "letter")),
    label,
    value: fc.option(num, { nil: null }),
    points: fc.option(num, { nil: null }),
    max: num,
    rating: fc.option(num, { nil: null }),
    weight: num,
    status: fc.constantFrom("scored", "missing", "undefined"),
    reason: text,
    band: fc.constant(null),
    next: fc.constant(null),
    letter: text,
    each: num,
    weightedBy: text,
    raters: fc.array(
      fc.record({
        input: fc.oneof(text, fc.constantFrom("lead", "qa", "letter")),
        label,
        score: fc.option(num, { nil: null }), // null: a rater who gave no score
        weight: num,
      }),
      { maxLength: 3 },
    ),
    items: fc.array(fc.record({ input: text, label, met: fc.boolean() }), { maxLength: 3 }),
  },
  { requiredKeys: ["id", "label", "value", "points", "max", "status", "band", "next"] },
);

export const result: fc.Arbitrary<AgentMonthResult> = fc.record(
  {
    agent: text,
    month: fc.constantFrom("2026-08", "2026-09"),
    role: text,
    team: text,
    scheme: text,
    total: num,
    max: num,
    complete: fc.boolean(),
    grade: fc.option(text, { nil: null }),
    pay: fc.option(num, { nil: null }),
    veto: text,
    rejectedRows: fc.nat(),
    formTotal: num,
    formMax: num,
    composite: fc.array(part, { maxLength: 3 }),
    kpis: fc.array(kpi, { maxLength: 4 }),
  },
  {
    requiredKeys: ["agent", "month", "scheme", "total", "max", "complete", "grade", "pay", "kpis"],
  },
);

/**
 * Zod's words a manager editing YAML reads wrong, said plainly with what to
 * write instead: a field left out, a number field left empty, a number
 * written with a percent sign (the advice depends on what the field holds:
 * a fraction, a percent or a plain number) and a label in one language.
 */
import type { z } from "zod";
import { METRICS } from "../metrics.ts";
import { own } from "../own.ts";

/** Zod's zh-CN words for the types a scheme's fields have. */
const ZH_TYPE: Record<string, string> = {
  object: "对象",
  array: "数组",
  number: "数字",
  string: "字符串",
  boolean: "布尔值",
};

/** The value at a Zod issue's path inside the data (undefined where there is none). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** An empty number field's words: a bound (min, max) is named as the studio's form names it. */
const EMPTY = new Map<PropertyKey, { en: string; zh: string }>([
  ["min", { en: "the lower bound is empty: a number is needed", zh: "下限为空：需要填写一个数字" }],
  ["max", { en: "the upper bound is empty: a number is needed", zh: "上限为空：需要填写一个数字" }],
]);

/** The fields that hold a label in both languages (`{ zh, en }`). */
const LABEL_KEYS: ReadonlySet<PropertyKey> = new Set(["label", "description", "formula"]);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** `label: { zh: 售前考核, en: <English> }`: what to write, the text given kept in its language. */
function labelExample(key: PropertyKey, zh: unknown, en: unknown): { en: string; zh: string } {
  const side = (v: unknown, missing: string) =>
    typeof v === "string" && v.trim() !== "" ? v.trim() : missing;
  return {
    en: `${String(key)}: { zh: ${side(zh, "<Chinese>")}, en: ${side(en, "<English>")} }`,
    zh: `${String(key)}: { zh: ${side(zh, "<中文>")}, en: ${side(en, "<英文>")} }`,
  };
}

/** What a number field holds, for the advice on a value written with a percent sign. */
type NumberField = "fraction" | "percent" | "plain";

/** Percent-valued fields, named as a manager reads them. */
const PERCENT_NAMES: Record<string, { en: string; zh: string }> = {
  weight: { en: "a weight", zh: "权重" },
  form: { en: "the form's share (composite.form)", zh: "考核表所占比例（composite.form）" },
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";

/** A KPI's values are ratios or multiples (written as fractions: 0.6 = 60%, 1.35 = 135%). */
function fractionKpi(k: unknown, root: unknown): boolean {
  if (!isObject(k) || (k.type !== undefined && k.type !== "banded" && k.type !== "linear"))
    return false;
  const ref = typeof k.metric === "string" ? k.metric : k.id;
  if (typeof ref !== "string") return false;
  const unit =
    typeof k.unit === "string"
      ? k.unit
      : (own(METRICS, ref)?.unit ?? (declaredInput(root, ref)?.kind === "ratio" ? "ratio" : ""));
  return unit === "ratio" || unit === "multiple";
}

function declaredInput(root: unknown, id: string): Record<string, unknown> | undefined {
  const inputs = isObject(root) && Array.isArray(root.inputs) ? root.inputs : [];
  return inputs.find((i): i is Record<string, unknown> => isObject(i) && i.id === id);
}

/**
 * Whether a number field at a path is a fraction (a band bound or a line's
 * end on a ratio KPI, a ratio input's min or max), a percent (a weight, the
 * composite's shares) or a plain number (points, totals, seconds, counts).
 */
function numberField(path: readonly PropertyKey[], root: unknown): NumberField {
  const last = path.at(-1);
  if (last === "weight" || (path[0] === "composite" && last === "form")) return "percent";
  const bound = last === "min" || last === "max";
  if (path[0] === "kpis" && typeof path[1] === "number") {
    const rest = path.slice(2);
    const onBand =
      bound &&
      ((rest.length === 3 && rest[0] === "bands") ||
        (rest.length === 5 && rest[0] === "seasons" && rest[2] === "bands"));
    const onLine =
      rest.length === 2 && (rest[0] === "from" || rest[0] === "to") && last === "value";
    return (onBand || onLine) && fractionKpi(valueAt(root, path.slice(0, 2)), root)
      ? "fraction"
      : "plain";
  }
  if (path[0] === "inputs" && path.length === 3 && bound) {
    const input = valueAt(root, path.slice(0, 2));
    if (!isObject(input)) return "plain";
    const kpis = isObject(root) && Array.isArray(root.kpis) ? root.kpis : [];
    const usedAsRatio = kpis.some(
      (k) => isObject(k) && (k.metric ?? k.id) === input.id && fractionKpi(k, root),
    );
    return input.kind === "ratio" || (input.kind === undefined && usedAsRatio)
      ? "fraction"
      : "plain";
  }
  return "plain";
}

/** A number written with a percent sign (`60%`, a string): what to write instead, by what the field holds. */
function percentAdvice(
  value: string,
  path: readonly PropertyKey[],
  root: unknown,
): { en: string; zh: string } {
  const written = value.trim();
  const number = Number.parseFloat(written);
  const got = { en: `expected a number, got '${value}'`, zh: `应为数字，实际为 '${value}'` };
  const kind = numberField(path, root);
  if (kind === "fraction") {
    const fraction = number / 100;
    const [en, zh] = Number.isFinite(fraction)
      ? [
          `${Number(fraction.toFixed(6))} for ${written}`,
          `${written} 写 ${Number(fraction.toFixed(6))}`,
        ]
      : ["0.6 for 60%", "60% 写 0.6"];
    return {
      en: `${got.en}: write ratios as fractions (${en})`,
      zh: `${got.zh}：比率请写成小数（${zh}）`,
    };
  }
  if (kind === "percent") {
    const name = PERCENT_NAMES[String(path.at(-1))] ?? { en: "this field", zh: "该项" };
    const n = Number.isFinite(number) ? String(number) : "30";
    return {
      en: `${got.en}: ${name.en} is in percent already: write ${n}, without %`,
      zh: `${got.zh}：${name.zh}本身就以 % 为单位：写 ${n}，不带 %`,
    };
  }
  return {
    en: `${got.en}: write a plain number, without %`,
    zh: `${got.zh}：请写不带 % 的数字`,
  };
}

/**
 * Zod's messages a manager editing YAML reads wrong, said plainly: a field
 * left out ("expected object, received undefined"), a number field left
 * empty (`min:` with nothing after it in YAML, a field the studio's form was
 * emptied in: null, "received null"), a number written with a percent sign
 * (`min: 60%`, a string: the advice depends on the field), and a label given
 * in one language (`label: 售前考核`, or `{ zh: 售前考核 }`). An empty bound
 * is not "no bound": a bound left out is (the key absent).
 */
export function plainer(
  issue: z.core.$ZodIssue,
  value: unknown,
  path: readonly PropertyKey[],
  root: unknown,
): { en: string; zh: string } | null {
  if (issue.code !== "invalid_type") return null;
  const expected = String(issue.expected);
  const key = path.at(-1) ?? "";
  if (expected === "object" && typeof value === "string" && LABEL_KEYS.has(key)) {
    const cjk = CJK.test(value);
    const example = labelExample(key, cjk ? value : undefined, cjk ? undefined : value);
    return {
      en: `expected both languages, got only '${value}': write ${example.en} (zh and en are both required)`,
      zh: `应同时写中文和英文，实际只有 '${value}'：请写成 ${example.zh}（zh 和 en 都必填）`,
    };
  }
  const parentKey = path.at(-2);
  if (value === undefined && (key === "zh" || key === "en") && parentKey !== undefined) {
    if (LABEL_KEYS.has(parentKey)) {
      const label = valueAt(root, path.slice(0, -1));
      const given = isObject(label) ? label : {};
      const example = labelExample(parentKey, given.zh, given.en);
      return key === "en"
        ? {
            en: `the English is missing: a label needs both zh and en (${example.en})`,
            zh: `缺少英文：标签要同时写 zh 和 en（${example.zh}）`,
          }
        : {
            en: `the Chinese is missing: a label needs both zh and en (${example.en})`,
            zh: `缺少中文：标签要同时写 zh 和 en（${example.zh}）`,
          };
    }
  }
  if (value === undefined)
    return {
      en: `required: missing (expected ${expected})`,
      zh: `必填项缺失（应为${ZH_TYPE[expected] ?? ` ${expected}`}）`,
    };
  if (value === null && expected === "number")
    return (
      EMPTY.get(key) ?? {
        en: "empty: a number is needed",
        zh: "为空：需要填写一个数字",
      }
    );
  if (expected === "number" && typeof value === "string" && /%\s*$/.test(value))
    return percentAdvice(value, path, root);
  if (expected === "number" && typeof value === "string") return unitAdvice(value);
  return null;
}

/** Units a form prints after a number: 元 (pay), 分 (points), 秒 (seconds), 次, 人, 天, 小时. */
const UNIT = /^\s*([+\-−]?\d+(?:\.\d+)?)\s*(元|块|分|秒|s|次|人|个|天|小时|h)\s*$/i;

/**
 * `amount: 800元`, `points: 30分`, `max: 6秒` as the forms print them: Zod said
 * only "expected number, received string". The number to write is said;
 * the unit is the field's own (pay in 元, points, seconds).
 */
function unitAdvice(value: string): { en: string; zh: string } | null {
  const m = UNIT.exec(value);
  if (!m) return null;
  const n = String(Number((m[1] ?? "").replace("−", "-")));
  const unit = m[2] ?? "";
  return {
    en: `expected a number, got '${value}': write ${n}, without ${unit} (the field's unit is implied)`,
    zh: `应为数字，实际为 '${value}'：写 ${n}，不带"${unit}"（单位是该项自带的）`,
  };
}

/** A rated input's bad value in words ("x = 3 is not a count"), for the KPI's error and the problem naming it. */
import type { KpiReason } from "./reason.ts";
import type { ReasonLang } from "./words.ts";

export type InputError = Extract<KpiReason, { code: "input-error" }>;

/** What the value should have been, in words. */
function expectedText(x: InputError["expected"]): { en: string; zh: string } {
  switch (x.kind) {
    case "count":
      return { en: "is not a count", zh: "不是计数" };
    case "tick":
      return x.words === "met"
        ? { en: "is not 1 (met) or 0 (unmet)", zh: "不是 1（达成）或 0（未达成）" }
        : { en: "is not 1 (yes) or 0 (no)", zh: "不是 1（是）或 0（否）" };
    case "level":
      return { en: `is not a level 1–${x.levels}`, zh: `不是 1–${x.levels} 的等级` };
    case "scale":
      return {
        en: `is outside the item's scale ${x.lo}–${x.hi}`,
        zh: `超出该项的分值范围 ${x.lo}–${x.hi}`,
      };
    case "range":
      // The English has always named the level by its Chinese label.
      return {
        en: `is outside ${x.lo}–${x.hi}${x.level ? ` (${x.level.zh})` : ""}`,
        zh: `超出 ${x.lo}–${x.hi}${x.level ? `（${x.level.zh}）` : ""}`,
      };
  }
}

/** "x = 3 is not a count": an input's bad value (also a KPI's `error` field, in English). */
export function inputErrorText(r: InputError, lang: ReasonLang): string {
  return `${r.input} = ${r.value}${lang === "zh" ? "，" : " "}${expectedText(r.expected)[lang]}`;
}

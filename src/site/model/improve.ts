/**
 * "What to improve" as a supervisor says it, one sentence per KPI:
 * "客户满意率 再提高 3.8 个百分点（到 90%）可多得 5 分" /
 * "Raise customer satisfaction by 3.8 percentage points (to 90%) for 5 more points".
 * The amount is rounded up at display precision (never shown smaller than it
 * is); English plurals follow Intl.PluralRules.
 */
import { ceilTrim, trim } from "../../engine/format.ts";
import type { Lang } from "../i18n.ts";
import type { KpiView, SiteKpi } from "./site-data.ts";

const plural = new Intl.PluralRules("en-GB");
const en = (n: string, one: string, other: string) =>
  `${n} ${plural.select(Number(n)) === "one" ? one : other}`;

/** The amount to change and the value to reach, in the KPI's unit. */
function amounts(gap: number, target: number, unit: KpiView["unit"]) {
  const abs = Math.abs(gap);
  switch (unit) {
    case "ratio": {
      const pp = ceilTrim(abs * 100, 1);
      const to = `${trim(target * 100, 1)}%`;
      return { zh: `${pp} 个百分点`, en: en(pp, "percentage point", "percentage points"), to };
    }
    case "seconds": {
      const s = ceilTrim(abs, 1);
      return { zh: `${s} 秒`, en: en(s, "second", "seconds"), to: `${trim(target, 1)} s` };
    }
    case "multiple": {
      const n = ceilTrim(abs, 2);
      return { zh: n, en: n, to: `${trim(target, 2)}×` };
    }
    case "yuan": {
      const n = ceilTrim(abs, 2);
      return { zh: `${n} 元`, en: `${n} yuan`, to: `${trim(target, 2)} 元` };
    }
    default: {
      const n = ceilTrim(abs, 2);
      return { zh: n, en: n, to: trim(target, 2) };
    }
  }
}

export function improveSentence(kpi: SiteKpi, view: KpiView, label: string, lang: Lang): string {
  const next = kpi.next;
  if (!next || kpi.value === null) return "";
  const a = amounts(next.gap, kpi.value + next.gap, view.unit);
  const gain = trim(next.pointsGain, 2);
  const up = next.gap > 0;
  if (lang === "zh") {
    const verb = up ? "提高" : view.unit === "seconds" ? "缩短" : "降低";
    return `${label} 再${verb} ${a.zh}（到 ${a.to.replace(" s", " 秒")}）可多得 ${gain} 分`;
  }
  const verb = up ? "Raise" : view.unit === "seconds" ? "Cut" : "Lower";
  return `${verb} ${label} by ${a.en} (to ${a.to}) for ${en(gain, "more point", "more points")}`;
}

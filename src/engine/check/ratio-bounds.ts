/**
 * A percent typed as a number: `min: 60` for 60% on a ratio such as 询单转化率,
 * whose values run 0–1. Every month would then fall in the lowest band and
 * score 0 without a word, so it is an error. Ratios that may pass 1 (答问比,
 * `unbounded` in the catalogue) are exempt; a declared ratio input is held to
 * its own `max` (1 unless declared). Only bounds up to 100 × that limit read
 * as percents.
 */
import { trim } from "../format.ts";
import type { Report } from "../scheme/issues.ts";
import type { BandedKpi, LinearKpi, Scheme } from "../scheme/types.ts";

/** The largest value the KPI's metric can take, or null when it has no such bound. */
export function ratioLimit(k: BandedKpi | LinearKpi, s: Scheme): number | null {
  if (k.metric) return k.metric.unit === "ratio" && !k.metric.unbounded ? 1 : null;
  const input = s.inputs.find((i) => i.id === k.metricRef);
  return input?.kind === "ratio" ? (input.max ?? null) : null;
}

/** Each bound a KPI's rule sets, with its path: bands per set (base, each season), or a line's two ends. */
function boundSets(k: BandedKpi | LinearKpi): { path: string; value: number }[][] {
  if (k.kind === "linear")
    return [
      [
        { path: `${k.path}.from.value`, value: k.from.value },
        { path: `${k.path}.to.value`, value: k.to.value },
      ],
    ];
  return [k.base, ...k.seasons].map((set) =>
    set.bands.flatMap((b) => [
      ...(b.lo === null ? [] : [{ path: `${b.path}.min`, value: b.lo }]),
      ...(b.hi === null ? [] : [{ path: `${b.path}.max`, value: b.hi }]),
    ]),
  );
}

export function checkRatioBounds(s: Scheme, error: Report): void {
  for (const k of s.kpis) {
    if (k.kind !== "banded" && k.kind !== "linear") continue;
    const limit = ratioLimit(k, s);
    if (limit === null) continue;
    for (const bounds of boundSets(k)) {
      // 60 for 60%: above the limit but within 100 × it. A bound far beyond (1e9, an
      // open-ended band written out) is no percent, and matches as written.
      const above = bounds.filter((b) => b.value > limit + 1e-9 && b.value <= 100 * limit + 1e-9);
      const first = above[0];
      if (!first) continue;
      const values = [...new Set(above.map((b) => trim(b.value, 6)))];
      const example = Number((first.value / 100).toFixed(6));
      const most = `${trim(limit, 6)} (${trim(limit * 100, 4)}%)`;
      const mostZh = `${trim(limit, 6)}（${trim(limit * 100, 4)}%）`;
      const many = values.length > 1;
      error(first.path, {
        en: `row ${k.row} (${k.id}): ${many ? `bounds ${values.join(", ")} are` : `bound ${values[0]} is`} above ${trim(limit, 6)}, but ${k.metricRef} is a ratio, at most ${most}: ${many ? "percents" : "a percent"} typed as ${many ? "numbers" : "a number"}? write ratios as fractions (${example} for ${trim(first.value, 6)}%); as written, every value lies below ${many ? "them" : "it"}`,
        zh: `第 ${k.row} 行（${k.id}）：${k.metricRef} 是比率，最大为 ${mostZh}，分档界限 ${values.join("、")} 却比它大：是把百分数直接写成了数字吗？比率请写成小数（${trim(first.value, 6)}% 写 ${example}）；照现在的写法，所有数值都低于${many ? "这些界限" : "这个界限"}`,
      });
    }
  }
}

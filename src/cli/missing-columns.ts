/** A column a scheme needs that no file has: an error naming the column and the KPI. */
import { requiredColumns, type Scheme } from "../engine/index.ts";
import { type Problem, problemOf } from "../ingest/problems.ts";

export function missingColumnProblems(
  schemes: readonly Scheme[],
  columnsSeen: ReadonlySet<string>,
  sourceOf: (schemeId: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  for (const scheme of schemes) {
    for (const need of requiredColumns(scheme)) {
      if (need.alternatives.length === 0) continue;
      if (need.alternatives.some((set) => set.every((c) => columnsSeen.has(c)))) continue;
      const options = need.alternatives.map((set) => set.filter((c) => !columnsSeen.has(c)));
      problems.push(
        problemOf(
          "error",
          sourceOf(scheme.id),
          { code: "missing-column", kpi: need.kpi, label: need.label.zh, options },
          { column: `kpi ${need.kpi}` },
        ),
      );
    }
  }
  return problems;
}

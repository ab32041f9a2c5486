/** A rater's empty cell as the data-quality page names it: published name, path, row and header. */
import { describe, expect, it } from "vitest";
import { scoreAgentMonth } from "~/engine/index.ts";
import type { AgentMonth } from "~/engine/types.ts";
import { emptyRatings } from "~/report/empty-ratings.ts";
import { builtin } from "../engine/helpers.ts";

describe("emptyRatings", () => {
  it("names the file, row and header of each empty rated cell, under published names and paths", () => {
    const form3 = builtin("seed-form3-raters");
    const am: AgentMonth = {
      agent: "棉语旗舰店:阿杰",
      month: "2026-09",
      values: { self_presales: 9, work_plan: 85 },
      days: 0,
      emptyAt: { sup_presales: "data/exports/评分表-阿杰-2026-09.csv:3" },
    };
    const alias = (t: string) => t.replaceAll("阿杰", "Agent-X");
    const out = emptyRatings([am], [scoreAgentMonth(form3, am)], new Map([[form3.id, form3]]), {
      name: (a) => alias(a),
      path: alias,
      text: alias,
    });
    expect(out).toEqual([
      {
        agent: "棉语旗舰店:Agent-X",
        month: "2026-09",
        input: "sup_presales",
        file: "data/exports/评分表-Agent-X-2026-09.csv",
        row: 3,
        column: "主管评-售前服务",
      },
    ]);
  });
});

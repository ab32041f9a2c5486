/** The month page's pay per team, as payroll books it: the sum of the ranking's pay cells. */
import { describe, expect, it } from "vitest";
import { monthGroups } from "~/site/model/month-view.ts";
import { payTotals } from "~/site/model/pay-totals.ts";
import { ranked, schemeView, siteIndex } from "./builders.ts";

const M = "2026-09";

describe("pay totals of a month", () => {
  const rows = [
    ranked("小美", M, 92, { team: "一组", pay: 300, rank: 1 }),
    ranked("阿杰", M, 85, { team: "一组", pay: 200.1, rank: 2 }),
    ranked("丁丁", M, 55, { team: "一组", pay: -50, rank: 3 }),
    // Incomplete: no pay yet, never 0 and never in the sum.
    ranked("七七", M, 40, { team: "二组", pay: null, complete: false, rank: 4 }),
    ranked("木木", M, 65, { team: "二组", pay: 0, rank: 5 }),
    ranked("小鹿", M, 88, { pay: 200.2, rank: 6 }),
  ];

  it("sums each team's pay of complete months, to the fen, and counts the months not paid", () => {
    const ix = siteIndex(rows, [{ ...schemeView("s", []), pays: true }]);
    const [group] = monthGroups(ix.byMonth.get(M) ?? [], ix);
    const totals = group && payTotals(group, ix);
    expect(totals?.teams).toEqual([
      { team: "", agents: 1, paid: 1, unbanded: 0, withheld: 0, total: 200.2 },
      { team: "一组", agents: 3, paid: 3, unbanded: 0, withheld: 0, total: 450.1 },
      { team: "二组", agents: 2, paid: 1, unbanded: 0, withheld: 1, total: 0 },
    ]);
    expect(totals?.all).toEqual({
      team: "",
      agents: 6,
      paid: 5,
      unbanded: 0,
      withheld: 1,
      total: 650.3,
    });
    // The whole is the sum of the download's pay column.
    const sum = rows.reduce((s, r) => s + (r.pay ?? 0), 0);
    expect(totals?.all.total).toBeCloseTo(sum, 9);
  });

  it("counts a complete month outside every pay band apart from the incomplete ones", () => {
    // Bands start at 60: a complete 45 has no pay but nothing missing (a gap or a veto to 0 alike).
    const some = [
      ranked("小美", M, 92, { team: "一组", pay: 300, rank: 1 }),
      ranked("丁丁", M, 45, { team: "一组", pay: null, rank: 2 }),
      ranked("七七", M, 40, { team: "一组", pay: null, complete: false, rank: 3 }),
    ];
    const ix = siteIndex(some, [{ ...schemeView("s", []), pays: true }]);
    const [group] = monthGroups(ix.byMonth.get(M) ?? [], ix);
    const totals = group && payTotals(group, ix);
    expect(totals?.all).toEqual({
      team: "",
      agents: 3,
      paid: 1,
      unbanded: 1,
      withheld: 1,
      total: 300,
    });
  });

  it("is not given for a scheme without pay bands", () => {
    const ix = siteIndex(rows, [schemeView("s", [])]);
    const [group] = monthGroups(ix.byMonth.get(M) ?? [], ix);
    expect(group && payTotals(group, ix)).toBeNull();
  });
});

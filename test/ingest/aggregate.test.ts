import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadAndScore } from "~/cli/load-and-score.ts";
import { project } from "./all-kpis-project.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

describe("months from days", () => {
  it("sums counts, weights times by customers, and keeps the agent's leading zeros", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\n007,2026-09-01,10,5,10,100\n007,2026-09-02,30,9,40,300\n`,
    });
    const m = r.agentMonths[0];
    expect(m).toMatchObject({ agent: "007", month: "2026-09", days: 2 });
    expect(m?.values.inquiries).toBe(40);
    expect(m?.values.paid_buyers).toBe(14);
    expect(m?.values.first_response_s).toBeCloseTo((10 * 100 + 40 * 300) / 400);
    expect(m?.missing).toBeUndefined();
  });

  it("weights time averages by day when there is no 接待人数 column", async () => {
    const r = await ingestTemp({
      "a.csv": "客服,日期,平均响应时间\nA,2026-09-01,00:00:10\nA,2026-09-02,0:30\n",
    });
    expect(r.agentMonths[0]?.values.avg_response_s).toBe(20);
  });

  it("sums a total time over the days (总通话时长), so the month's average handle time is Σ time / Σ customers", async () => {
    const r = await ingestTemp({
      "cc.csv":
        "坐席,日期,接待人数,总通话时长,平均通话时长\n张伟,2026-09-01,10,00:40:00,240\n张伟,2026-09-02,30,01:30:00,180\n",
    });
    const m = r.agentMonths[0];
    expect(m?.values.handle_time_s).toBe(2400 + 5400);
    expect(m?.values.received_customers).toBe(40);
    // The given daily average, weighted by customers, agrees: (240×10 + 180×30) / 40 = 195 = 7800 / 40.
    expect(m?.values.avg_handle_s).toBe(195);
  });

  it("a column missing on some days is missing for the month, with the count of days", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\nA,2026-09-01,10,5,10,100\nA,2026-09-02,-,9,40,300\nA,2026-09-03,延迟统计,9,40,300\n`,
    });
    const m = r.agentMonths[0];
    expect(m?.values.inquiries).toBeUndefined();
    expect(m?.missing?.inquiries).toBe("missing on 2 of 3 days (延迟统计)");
    expect(m?.values.paid_buyers).toBe(23);
  });

  it("a column missing in one of two files of the month is missing on those days", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\nA,2026-09-01,10,5,10,100\n`,
      "b.csv": "客服,日期,询单人数\nA,2026-09-02,20\n",
    });
    expect(r.agentMonths[0]?.values.inquiries).toBe(30);
    expect(r.agentMonths[0]?.missing?.paid_buyers).toBe("missing on 1 of 2 days");
  });

  it("weights a directly given daily ratio by its denominator, and refuses it without one", async () => {
    const weighted = await ingestTemp({
      "a.csv": "客服,日期,询单人数,询单转化率\nA,2026-09-01,100,60%\nA,2026-09-02,10,10%\n",
    });
    expect(weighted.agentMonths[0]?.values.inquiry_conversion).toBeCloseTo((60 + 1) / 110);
    const refused = await ingestTemp({
      "a.csv": "客服,日期,询单转化率\nA,2026-09-01,60%\nA,2026-09-02,10%\n",
    });
    expect(refused.agentMonths[0]?.values.inquiry_conversion).toBeUndefined();
    expect(refused.agentMonths[0]?.missing?.inquiry_conversion).toMatch(/without its denominator/);
    expect(refused.problems.map((p) => p.message).join()).toMatch(/never averaged/);
  });

  it("does not average daily ratios: pooled 最终付款人数/询单人数 lands in a different Form 6 band", async () => {
    // Day 1: 1/1 = 100%, day 2: 10/40 = 25%. Average of days 62.5% (≥ 60% → 30 points);
    // pooled 11/41 = 26.8% (< 38% → 0 points). We deliver the sums; the engine divides.
    const r = await ingestTemp({
      "a.csv": "客服,日期,询单人数,最终付款人数\nA,2026-09-01,1,1\nA,2026-09-02,40,10\n",
    });
    const v = r.agentMonths[0]?.values ?? {};
    const pooled = (v.paid_buyers ?? Number.NaN) / (v.inquiries ?? Number.NaN);
    expect(pooled).toBeCloseTo(11 / 41);
    expect(pooled).toBeLessThan(0.38);
    expect((1 / 1 + 10 / 40) / 2).toBeGreaterThanOrEqual(0.6);
  });

  it("passes monthly rows through as they are", async () => {
    const r = await ingestTemp({
      "m.csv": "旺旺,月份,询单转化率,客户满意率\nB,2026年9月,52.13%,0.91\n",
    });
    expect(r.agentMonths[0]).toMatchObject({ agent: "B", month: "2026-09", days: 0 });
    expect(r.agentMonths[0]?.values.inquiry_conversion).toBeCloseTo(0.5213);
  });

  it("gives the same month whatever the order and split of days over files (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 1, max: 3 }),
        async (days, counts, split) => {
          const rows = days.map(
            (d, i) => `A,2026-09-${String(d).padStart(2, "0")},${counts[i]},0,5,${counts[i]}`,
          );
          const files: Record<string, string> = {};
          rows.forEach((row, i) => {
            const name = `f${i % split}.csv`;
            files[name] = `${files[name] ?? `${HEADER}\n`}${row}\n`;
          });
          const r = await ingestTemp(files);
          const total = days.reduce((s, _d, i) => s + (counts[i] ?? 0), 0);
          expect(r.agentMonths[0]?.values.inquiries).toBe(total);
          expect(r.agentMonths[0]?.days).toBe(days.length);
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** A 飞鸽 接待量 day as the platform writes it (null: `-`, as on a day without customers). */
const FEIGE_HEADER =
  "日期,客服昵称,账号名称,人工已接待人数,人工已接待会话量,CPD,不满意率,3分钟人工回复率 (会话),3分钟人工回复率,首次响应时长（秒）,平均响应时长（秒）,新平均响应时长（秒）,满意率,客服销售额（元）,询单人数,下单人数,支付人数,询单转化率,预警会话量,PC在线时长（时）,PC小休时长（时）,PC离线时长（时）";
interface FeigeDay {
  day: number;
  received: number | null;
  reply3: number | null;
  response: number | null;
  satisfied: number | null;
  inquiries: number;
  paid: number;
}
const pct = (x: number | null) => (x === null ? "-" : `${(x * 100).toFixed(2)}%`);
const num = (x: number | null) => (x === null ? "-" : String(x));
function feige(days: FeigeDay[]): string {
  const lines = days.map((d) => {
    const date = `2026-10-${String(d.day).padStart(2, "0")}`;
    const conv = d.inquiries === 0 ? "-" : pct(d.paid / d.inquiries);
    return [
      date,
      "小橘",
      "棉语抖音店:小橘",
      num(d.received),
      num(d.received),
      "1.0",
      pct(d.satisfied === null ? null : 1 - d.satisfied),
      pct(d.reply3),
      pct(d.reply3),
      num(d.response),
      num(d.response),
      num(d.response),
      pct(d.satisfied),
      "0.00",
      d.inquiries,
      d.inquiries,
      d.paid,
      conv,
      0,
      8,
      0.5,
      15,
    ].join(",");
  });
  return `${FEIGE_HEADER}\n${lines.join("\n")}\n`;
}
const WORK_1 = {
  day: 1,
  received: 100,
  reply3: 0.9,
  response: 20,
  satisfied: 0.95,
  inquiries: 50,
  paid: 25,
};
const WORK_3 = {
  day: 3,
  received: 60,
  reply3: 0.8,
  response: 30,
  satisfied: 0.9,
  inquiries: 20,
  paid: 4,
};
/** 人工已接待人数 0: the platform writes `-` for the day's rates and times. */
const OFF_2 = {
  day: 2,
  received: 0,
  reply3: null,
  response: null,
  satisfied: null,
  inquiries: 0,
  paid: 0,
};
const WEIGHTS =
  "weights:\n  satisfaction: received_customers\n  dissatisfaction_rate: received_customers\n";
const RATES = [
  "reply_3min_rate",
  "avg_response",
  "first_response",
  "satisfaction",
  "dissatisfaction_rate",
];

async function scoreFeige(days: FeigeDay[]) {
  const root = project(
    { "data/exports/飞鸽-客服数据-接待量-20261001-20261031.csv": feige(days) },
    WEIGHTS,
  );
  const loaded = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
  const kpis = loaded.results[0]?.kpis ?? [];
  const status = (id: string) => kpis.find((k) => k.id === id)?.status;
  return { month: loaded.agentMonths[0], status, problems: loaded.problems };
}

describe("a day that weighs 0 (no customers, `-` for its rates)", () => {
  it("is no gap: the month is the ratio of the sums, as when the platform writes 0", async () => {
    const dash = await scoreFeige([WORK_1, OFF_2, WORK_3]);
    const v = dash.month?.values ?? {};
    expect(dash.month?.days).toBe(3);
    expect(dash.month?.missing).toBeUndefined();
    expect(v.reply_3min_rate).toBeCloseTo((0.9 * 100 + 0.8 * 60) / 160, 12);
    expect(v.avg_response_s).toBeCloseTo((20 * 100 + 30 * 60) / 160, 12);
    expect(v.satisfaction).toBeCloseTo((0.95 * 100 + 0.9 * 60) / 160, 12);
    expect(v.received_customers).toBe(160);
    for (const id of [...RATES, "inquiry_conversion"]) expect(dash.status(id)).toBe("scored");
    // The same day with the platform's zeros gives the very same month.
    const zeros = await scoreFeige([
      WORK_1,
      { ...OFF_2, reply3: 0, response: 0, satisfied: 0 },
      WORK_3,
    ]);
    expect(dash.month?.values).toEqual(zeros.month?.values);
  });

  it("a day with customers and a `-` rate is still a gap (never read as 0)", async () => {
    const r = await scoreFeige([WORK_1, { ...OFF_2, received: 40, inquiries: 5 }, WORK_3]);
    expect(r.month?.values.reply_3min_rate).toBeUndefined();
    expect(r.month?.values.avg_response_s).toBeUndefined();
    expect(r.month?.missing?.reply_3min_rate).toBe("missing on 1 of 3 days");
    expect(r.month?.missing?.avg_response_s).toBe("missing on 1 of 3 days");
    expect(r.status("reply_3min_rate")).toBe("missing");
    expect(r.status("avg_response")).toBe("missing");
  });

  it("a day whose weight itself is `-` is still a gap, with or without its rate", async () => {
    const both = await scoreFeige([WORK_1, { ...OFF_2, received: null }, WORK_3]);
    expect(both.month?.values.reply_3min_rate).toBeUndefined();
    expect(both.month?.missing?.reply_3min_rate).toBe("missing on 1 of 3 days");
    expect(both.month?.missing?.received_customers).toBe("missing on 1 of 3 days");
    expect(both.status("reply_3min_rate")).toBe("missing");
    const rateOnly = await scoreFeige([WORK_1, { ...WORK_3, day: 2, received: null }, WORK_3]);
    expect(rateOnly.month?.values.reply_3min_rate).toBeUndefined();
    expect(rateOnly.month?.missing?.reply_3min_rate).toBe("missing on 1 of 3 days");
  });

  it("a month that weighs 0 in all stays not scored (no division by 0)", async () => {
    const r = await scoreFeige([OFF_2, { ...OFF_2, day: 3 }]);
    expect(r.month?.values.reply_3min_rate).toBeUndefined();
    expect(r.month?.values.avg_response_s).toBeUndefined();
    expect(r.month?.missing?.avg_response_s).toBe("no received_customers to weight by");
    expect(r.month?.missing?.reply_3min_rate).toBe("no received_customers to weight by");
    for (const id of [...RATES, "inquiry_conversion"]) expect(r.status(id)).not.toBe("scored");
  });

  it("a part of a whole that is 0 that day is 0, a part of a whole above 0 stays a gap; monthly rows unchanged", async () => {
    const zero = await ingestTemp({
      "a.csv": "客服,日期,询单人数,最终付款人数\nA,2026-09-01,10,4\nA,2026-09-02,0,-\n",
    });
    expect(zero.agentMonths[0]?.values.paid_buyers).toBe(4);
    expect(zero.agentMonths[0]?.missing).toBeUndefined();
    const gap = await ingestTemp({
      "a.csv":
        "客服,日期,询单人数,最终付款人数\nA,2026-09-01,10,4\nA,2026-09-02,5,-\nA,2026-09-03,-,-\n",
    });
    expect(gap.agentMonths[0]?.values.paid_buyers).toBeUndefined();
    expect(gap.agentMonths[0]?.missing?.paid_buyers).toBe("missing on 2 of 3 days");
    const monthly = await ingestTemp({
      "m.csv": "旺旺,月份,询单人数,最终付款人数\nB,2026年9月,0,-\n",
    });
    expect(monthly.agentMonths[0]?.values.paid_buyers).toBeUndefined();
  });

  it("gives the same month whether a 0-weight day's rate is `-` or any number (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 8, maxLength: 8 }),
        async (days, weights, rates) => {
          const file = (dash: boolean) =>
            `客服,日期,接待人数,询单人数,询单转化率,首次响应时间(秒)\n${days
              .map((d, i) => {
                const w = weights[i] ?? 0;
                const x = dash && w === 0 ? "-" : String(rates[i] ?? 0);
                const day = `2026-09-${String(d).padStart(2, "0")}`;
                return `A,${day},${w},${w},${dash && w === 0 ? "-" : `${(rates[i] ?? 0) / 10}%`},${x}`;
              })
              .join("\n")}\n`;
          const [dash, given] = await Promise.all([
            ingestTemp({ "a.csv": file(true) }),
            ingestTemp({ "a.csv": file(false) }),
          ]);
          expect(dash.agentMonths).toEqual(given.agentMonths);
          const total = weights.slice(0, days.length).reduce((s, w) => s + w, 0);
          expect(dash.agentMonths[0]?.values.first_response_s === undefined).toBe(total === 0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("exports as they come", () => {
  it("skips notice lines, totals, averages and peer rows, and accounts for every row", async () => {
    const r = await ingestTemp({
      "a.csv": `数据说明：本表由系统导出\n\n${HEADER}\nA,2026-09-01,10,5,10,100\n合计,,10,5,10,100\n同行均值,2026-09-01,9,4,9,90\n平均值,,1,1,1,1\n,,,,,\nB,2026-09-01,abc,5,10,100\n`,
    });
    const f = r.files[0];
    expect(f).toMatchObject({ read: 6, scored: 1, rejected: 1, skipped: 4 });
    expect((f?.scored ?? 0) + (f?.rejected ?? 0) + (f?.skipped ?? 0)).toBe(f?.read);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [5, "totals row"],
      [6, "peer benchmark row"],
      [7, "average row"],
      [8, "blank row"],
    ]);
    expect(r.rejected).toEqual([
      {
        file: "a.csv",
        row: 9,
        column: "询单人数",
        reason: "not a number: 'abc'",
        why: { code: "not-a-number", value: "abc" },
        cell: "abc",
      },
    ]);
    expect(r.skipped[0]?.why).toEqual({ code: "skip", kind: "totals" });
  });

  it("reports the same agent and day twice with both positions, never summed", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\nA,2026-09-01,10,5,10,100\n`,
      "b.csv": `${HEADER}\nA,2026-09-02,1,1,1,1\nA,2026-09-01,10,5,10,100\n`,
    });
    expect(r.rejected).toMatchObject([
      {
        file: "b.csv",
        row: 3,
        column: "客服",
        reason: "duplicate: A 2026-09-01 already given at a.csv:2",
      },
    ]);
    expect(r.agentMonths[0]?.values.inquiries).toBe(11);
  });

  it("matches headers case- and space-insensitively with unit suffixes, semicolon-delimited", async () => {
    const r = await ingestTemp({
      "a.csv": "Agent ; DATE ; First Response S(s) ; inquiries\nA;2026-09-01;83s;5\n",
    });
    expect(r.files[0]?.delimiter).toBe("semicolon");
    expect(r.agentMonths[0]?.values).toMatchObject({ inquiries: 5 });
  });

  it("keeps quoted delimiters, quotes and newlines inside fields (CRLF file)", async () => {
    const r = await ingestTemp({
      "a.csv": `客服,日期,询单人数,备注\r\n"Li, ""Amy""",2026-09-01,"1,234","a\r\nb"\r\n`,
    });
    expect(r.agentMonths[0]).toMatchObject({ agent: 'Li, "Amy"', values: { inquiries: 1234 } });
    expect([...r.unknownColumns.keys()]).toEqual(["备注"]);
  });

  it("takes scheme-declared extra columns", async () => {
    const r = await ingestTemp(
      { "a.csv": "客服,日期,质检扣分\nA,2026-09-01,2\nA,2026-09-02,3\n" },
      { extraColumns: [{ id: "qa_deduction", headers: ["质检扣分"] }] },
    );
    expect(r.agentMonths[0]?.values.qa_deduction).toBe(5);
  });

  it("filters --month and counts the rest as skipped, without listing them", async () => {
    const r = await ingestTemp(
      { "a.csv": `${HEADER}\nA,2026-09-01,1,1,1,1\nA,2026-10-01,1,1,1,1\n` },
      { month: "2026-10" },
    );
    expect(r.files[0]).toMatchObject({
      read: 2,
      scored: 1,
      skipped: 1,
      skippedBy: { "outside --month": 1 },
    });
    expect(r.skipped).toEqual([]);
  });
});

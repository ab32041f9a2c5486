import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { presalesHeader } from "~/synth/columns.ts";
import { buildSampleData, SAMPLE_QUIRKS } from "~/synth/sample-data.ts";
import { aftersalesKpis, presalesKpis } from "./monthly-kpis.ts";

const sample = buildSampleData();
const exports = sample.files.filter((f) => f.path.startsWith("exports/"));
const csvExports = exports.filter((f) => f.path.endsWith(".csv"));
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const hasBom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const decode = (b: Uint8Array): string =>
  hasBom(b) ? utf8.decode(b).slice(1) : new TextDecoder("gb18030").decode(b);
const allRows = [...sample.rows.values()];

describe("sample data", () => {
  it("is byte-identical on every run", () => {
    const again = buildSampleData();
    expect(again.files.map((f) => f.path)).toEqual(sample.files.map((f) => f.path));
    again.files.forEach((f, i) => {
      expect(Buffer.compare(f.bytes, sample.files[i]?.bytes ?? new Uint8Array())).toBe(0);
    });
  });

  it("matches the files committed under data/ (run `npm run sample` after changing src/synth)", async () => {
    for (const file of sample.files) {
      const committed = await readFile(new URL(`../../data/${file.path}`, import.meta.url));
      expect(Buffer.compare(committed, file.bytes), file.path).toBe(0);
    }
  });

  it("covers 2025-11 … 2026-10 with one file per team per month (抖店 from 2026-08) and no future dates", () => {
    expect(sample.months).toEqual([
      ...["2025-11", "2025-12"],
      ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    ]);
    expect(exports).toHaveLength(24 + 3);
    for (const month of allRows) {
      for (const row of [...month.presales, ...month.aftersales]) {
        expect(row.date <= "2026-10-31" && row.date >= "2025-11-01").toBe(true);
      }
    }
  });

  it("keeps every count consistent", () => {
    for (const { presales, aftersales } of allRows) {
      for (const r of presales) {
        expect(r.paidBuyers).toBeLessThanOrEqual(r.inquiries);
        expect(r.satisfiedReviews ?? 0).toBeLessThanOrEqual(r.reviews ?? 0);
        expect(r.paidOrders).toBeLessThanOrEqual(r.placedOrders);
        expect(r.agentSales).toBeLessThanOrEqual(r.shopSales);
      }
      for (const r of aftersales) {
        expect(r.replied).toBeLessThanOrEqual(r.received);
        expect(r.refunds).toBeLessThanOrEqual(r.deals);
      }
    }
  });

  it("respects joining and leaving dates, and agents take days off", () => {
    for (const agent of sample.agents) {
      const days = allRows.flatMap((m) =>
        [...m.presales, ...m.aftersales].filter((r) => r.agent === agent.agent).map((r) => r.date),
      );
      expect(days.every((d) => d >= agent.joined && (agent.left === null || d <= agent.left))).toBe(
        true,
      );
      expect(new Set(days).size).toBe(days.length);
    }
    const newcomer = sample.agents.find((a) => a.joined.startsWith("2026-04"));
    const leaver = sample.agents.find((a) => a.left?.startsWith("2026-06"));
    expect(newcomer).toBeDefined();
    expect(leaver).toBeDefined();
    const october = sample.rows.get("2026-10");
    expect(october?.presales.length).toBeLessThan(11 * 31);
  });

  it("has one GB18030 file that is not valid UTF-8", () => {
    const gb = csvExports.filter((f) => !hasBom(f.bytes));
    expect(gb.map((f) => f.path)).toEqual([
      `exports/${SAMPLE_QUIRKS.gb18030.month}/${SAMPLE_QUIRKS.gb18030.role}-客服绩效-${SAMPLE_QUIRKS.gb18030.month}.csv`,
    ]);
    const bytes = gb[0]?.bytes ?? new Uint8Array();
    expect(() => utf8.decode(bytes)).toThrow();
    expect(new TextDecoder("gb18030").decode(bytes).split("\r\n")[0]).toBe(
      presalesHeader.join(","),
    );
  });

  it("has exactly one totals row, one notice line, and CRLF only in the Excel-saved files", () => {
    const texts = csvExports.map((f) => ({ path: f.path, text: decode(f.bytes) }));
    expect(texts).toHaveLength(23 + 3);
    const totals = texts.filter((t) => /\r?\n,合计,/.test(t.text));
    expect(totals.map((t) => t.path)).toEqual([
      `exports/${SAMPLE_QUIRKS.totalsRow.month}/售前-客服绩效-${SAMPLE_QUIRKS.totalsRow.month}.csv`,
    ]);
    const notices = texts.filter((t) => t.text.startsWith('"数据来源:千牛'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text.split("\n")[1]).toBe("");
    expect(texts.filter((t) => t.text.includes("\r\n"))).toHaveLength(2);
  });

  it("has the 抖店 team's days as 飞鸽 downloads them: rates without their counts", () => {
    const feige = csvExports.filter((f) => f.path.includes("/飞鸽-客服数据-接待量-"));
    expect(feige.map((f) => f.path)).toEqual([
      "exports/2026-08/飞鸽-客服数据-接待量-20260801-20260831.csv",
      "exports/2026-09/飞鸽-客服数据-接待量-20260901-20260930.csv",
      "exports/2026-10/飞鸽-客服数据-接待量-20261001-20261031.csv",
    ]);
    const fixture = readFileSync(
      new URL("../fixtures/profiles/doudian-feige.csv", import.meta.url),
      "utf8",
    );
    for (const f of feige) {
      const [header, first] = decode(f.bytes).split("\n");
      expect(header).toBe(fixture.split("\n")[0]);
      expect(first).toMatch(/^2026-\d\d-\d\d,(小橘|阿宁|乐乐),棉语抖音店:\1,\d+,/);
    }
    for (const days of sample.feige.values())
      for (const d of days) {
        expect(d.paidBuyers).toBeLessThanOrEqual(d.orderedBuyers);
        expect(d.orderedBuyers).toBeLessThanOrEqual(d.inquiries);
        expect(d.satisfied + d.dissatisfied).toBeLessThanOrEqual(d.reviews);
        expect(d.replied3min).toBeLessThanOrEqual(d.received);
      }
    expect(sample.agents.filter((a) => a.role === "抖店").map((a) => a.displayName)).toEqual([
      "小橘",
      "阿宁",
      "乐乐",
    ]);
  });

  it("has one agent-month whose review counts are all missing", () => {
    const blanks = allRows.flatMap((m) => m.aftersales.filter((r) => r.reviews === null));
    expect(new Set(blanks.map((r) => `${r.agent} ${r.date.slice(0, 7)}`))).toEqual(
      new Set(["棉语旗舰店:甜甜 2026-08"]),
    );
  });

  it("spreads agents across the bands of the schemes", () => {
    const conversionBand = (x: number): number =>
      [0.38, 0.45, 0.5, 0.6].filter((b) => x >= b).length;
    const satisfactionBand = (x: number): number => [0.6, 0.8, 0.9].filter((b) => x >= b).length;
    for (const [month, rows] of sample.rows) {
      const presales = presalesKpis(rows.presales);
      expect(
        new Set(presales.map((k) => conversionBand(k.conversion ?? 0))).size,
        month,
      ).toBeGreaterThanOrEqual(3);
      const aov = presales.map((k) => k.aovRatio ?? 0);
      expect(Math.min(...aov)).toBeLessThan(1.2);
      expect(Math.max(...aov)).toBeGreaterThan(1.25);
      const after = aftersalesKpis(rows.aftersales);
      const satisfaction = after.flatMap((k) => (k.satisfaction === null ? [] : [k.satisfaction]));
      expect(new Set(satisfaction.map(satisfactionBand)).size, month).toBeGreaterThanOrEqual(2);
      const refunds = after.map((k) => k.refundRate ?? 0);
      expect(Math.min(...refunds)).toBeLessThan(0.06);
      expect(Math.max(...refunds)).toBeGreaterThan(0.06);
    }
  });
});

/**
 * scoreAll's fast paths: results in the contract's order whether the input
 * comes sorted (no second sort) or not, the comparator the same order as the
 * plain `<` / `>` one it replaced, and the month number read without a slice.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byMonthThenAgent, scoreAgentMonth, scoreAll } from "~/engine/index.ts";
import { monthNumber } from "~/engine/score/agent-month.ts";
import type { AgentMonth } from "~/engine/types.ts";
import { builtin } from "../helpers.ts";

/** The comparator as it was: four relational comparisons. */
const before = (a: { month: string; agent: string }, b: { month: string; agent: string }) =>
  a.month < b.month
    ? -1
    : a.month > b.month
      ? 1
      : a.agent < b.agent
        ? -1
        : a.agent > b.agent
          ? 1
          : 0;

// Months and agents that collide often (equal keys), with any UTF-16, lone surrogates included.
const key = fc.record({
  month: fc.oneof(fc.constantFrom("2026-01", "2026-02", "2025-12", "2026-1"), fc.string()),
  agent: fc.oneof(
    fc.constantFrom("小美", "小美2", "Amy", "amy", "棉语:丁丁0003"),
    fc.string({ unit: "binary" }),
  ),
});

describe("byMonthThenAgent", () => {
  it("orders every pair as the relational comparator did", () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(byMonthThenAgent(a, b)).toBe(before(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scoreAll", () => {
  const presales = builtin("seed-monthly");
  const indicators = builtin("seed-indicators");
  const input = fc.record({
    agent: fc.constantFrom("小美", "小王", "Amy", "棉语:丁丁0003", "棉语:丁丁0010"),
    month: fc.constantFrom("2026-01", "2026-02", "2026-11", "2025-12"),
    values: fc.record(
      {
        inquiry_conversion: fc.double({ min: 0, max: 1, noNaN: true }),
        satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
        first_response_s: fc.double({ min: 0, max: 60, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    role: fc.constantFrom(undefined, "售前", "售后"),
  });
  const pick = (am: AgentMonth) => (am.role === "售后" ? indicators : presales);
  const toMonth = (x: {
    agent: string;
    month: string;
    values: Record<string, number>;
    role: string | undefined;
  }): AgentMonth => ({
    agent: x.agent,
    month: x.month,
    values: x.values,
    days: 30,
    ...(x.role !== undefined ? { role: x.role } : {}),
  });

  it("equals scoring each input and sorting, for sorted and unsorted input", () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), fc.boolean(), (drawn, presort) => {
        const months = drawn.map(toMonth);
        if (presort) months.sort(before);
        const expected = months.map((am) => scoreAgentMonth(pick(am), am)).sort(before);
        expect(scoreAll(pick, months)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("hands pick each input's index", () => {
    const months = ["小美", "小王"].map((agent) =>
      toMonth({ agent, month: "2026-01", values: {}, role: undefined }),
    );
    const seen: number[] = [];
    scoreAll((_, i) => {
      seen.push(i);
      return presales;
    }, months);
    expect(seen).toEqual([0, 1]);
  });
});

describe("monthNumber", () => {
  it("is Number(month.slice(5, 7)) || 0 for any text", () => {
    const month = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`),
      fc.constantFrom("2026-1", "2026-1x", "2026- 1", "2026-+1", "2026-١٢", "2026-00"),
    );
    fc.assert(
      fc.property(month, (m) => {
        expect(monthNumber(m)).toBe(Number(m.slice(5, 7)) || 0);
      }),
      { numRuns: 2000 },
    );
  });
});

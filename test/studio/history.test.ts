import { describe, expect, it } from "vitest";
import { setValue, startEdit } from "~/studio/edit.ts";
import { noHistory, record, stopTyping, undo } from "~/studio/history.ts";

const published = { kpis: [{ id: "x", weight: 30, bands: [{ min: 0.6, points: 30 }] }] };
const EDGE = ["kpis", 0, "bands", 0, "min"] as const;
const WEIGHT = ["kpis", 0, "weight"] as const;

describe("undo in the studio", () => {
  it("takes back typing in one field as one step (60 → 5 → 55 is one undo)", () => {
    const s0 = startEdit(published);
    const s1 = setValue(s0, EDGE, 0.05);
    const s2 = setValue(s1, EDGE, 0.55);
    let h = record(noHistory, s0, JSON.stringify(EDGE));
    h = record(h, s1, JSON.stringify(EDGE));
    expect(h.past).toEqual([s0]);
    expect(undo(h)?.state).toBe(s0);
    expect(undo(h)?.history.past).toEqual([]);
    // Typed again after leaving the field: a step of its own.
    h = record(stopTyping(h), s2, JSON.stringify(EDGE));
    expect(h.past).toEqual([s0, s2]);
  });

  it("takes back each other edit, a reset included, newest first", () => {
    const s0 = startEdit(published);
    const s1 = setValue(s0, EDGE, 0.55);
    const s2 = setValue(s1, WEIGHT, 35);
    let h = record(noHistory, s0, JSON.stringify(EDGE));
    h = record(h, s1, JSON.stringify(WEIGHT));
    h = record(h, s2); // the reset: back to s0, and undoable
    const first = undo(h);
    expect(first?.state).toBe(s2);
    const second = first && undo(first.history);
    expect(second?.state).toBe(s1);
    const third = second && undo(second.history);
    expect(third?.state).toBe(s0);
    expect(third && undo(third.history)).toBeNull();
  });

  it("a tick or a click is never merged with the step before", () => {
    const s0 = startEdit(published);
    const h = record(record(noHistory, s0), s0);
    expect(h.past).toHaveLength(2);
    expect(undo(noHistory)).toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeTable, encodeTable, type StudioTable } from "~/studio/columnar.ts";

const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n / 100),
  fc.integer().map((n) => n / 3),
);

const table: fc.Arbitrary<StudioTable> = fc.nat({ max: 40 }).chain((rows) => {
  const ints = fc.array(fc.nat({ max: 5000 }), { minLength: rows, maxLength: rows });
  const column = fc.record({
    id: fc.string({ minLength: 1 }),
    cells: fc.array(fc.option(value, { nil: undefined }), { minLength: rows, maxLength: rows }),
  });
  return fc
    .record({
      agent: ints,
      month: ints,
      scheme: ints,
      team: ints,
      rejected: ints,
      columns: fc.array(column, { maxLength: 5 }),
    })
    .map((t) => ({
      rows,
      agent: Uint32Array.from(t.agent),
      month: Uint32Array.from(t.month),
      scheme: Uint32Array.from(t.scheme),
      team: Uint32Array.from(t.team),
      rejected: Uint32Array.from(t.rejected),
      columns: t.columns.map((c) => ({
        id: c.id,
        values: Float64Array.from(c.cells, (v) => v ?? Number.NaN),
        present: Uint8Array.from(c.cells, (v) => (v === undefined ? 0 : 1)),
      })),
    }));
});

describe("the studio's columnar values file", () => {
  it("decodes every value exactly (same double), absent stays absent", () => {
    fc.assert(
      fc.property(table, (t) => {
        const back = decodeTable(encodeTable(t));
        expect(back.rows).toBe(t.rows);
        for (const k of ["agent", "month", "scheme", "team", "rejected"] as const)
          expect([...back[k]]).toEqual([...t[k]]);
        back.columns.forEach((c, j) => {
          const src = t.columns[j];
          expect(c.id).toBe(src?.id);
          expect([...c.present]).toEqual([...(src?.present ?? [])]);
          for (let i = 0; i < t.rows; i++)
            if (c.present[i]) expect(c.values[i] === src?.values[i]).toBe(true);
        });
      }),
    );
  });

  it("stores whole numbers in a few bytes each", () => {
    const n = 1000;
    const t: StudioTable = {
      rows: n,
      agent: Uint32Array.from({ length: n }, (_, i) => i),
      month: new Uint32Array(n),
      scheme: new Uint32Array(n),
      team: new Uint32Array(n),
      rejected: new Uint32Array(n),
      columns: [
        {
          id: "inquiries",
          values: Float64Array.from({ length: n }, (_, i) => 500 + (i % 50)),
          present: new Uint8Array(n).fill(1),
        },
      ],
    };
    expect(encodeTable(t).length).toBeLessThan(n * 8);
  });

  it("refuses a file that is not one", () => {
    expect(() => decodeTable(new Uint8Array([1, 2, 3, 4]))).toThrow(/not a studio file/);
    expect(() => decodeTable(new Uint8Array([0x4b, 0x50, 0x53, 0x31]))).toThrow(/truncated/);
  });
});

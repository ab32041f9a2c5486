import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chineseNumber } from "~/synth/bench-agents.ts";
import { generateBenchData } from "~/synth/bench-data.ts";

const dirs: string[] = [];
async function generate(seed: number) {
  const dir = await mkdtemp(join(tmpdir(), "synth-bench-"));
  dirs.push(dir);
  return { dir, result: await generateBenchData({ dir, agents: 40, months: 3, seed }) };
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("generateBenchData", () => {
  it("writes a roster and one file per role per month, ending 2026-10", async () => {
    const { dir, result } = await generate(3);
    const names = result.files.map((f) => relative(dir, f).replaceAll("\\", "/"));
    expect(names).toEqual([
      "roster.csv",
      ...["2026-08", "2026-09", "2026-10"].flatMap((m) => [
        `${m}/售前-客服绩效-${m}.csv`,
        `${m}/售后-客服绩效-${m}.csv`,
      ]),
    ]);
    expect(await readdir(dir)).toHaveLength(4);
    let lines = 0;
    let bytes = 0;
    for (const file of result.files.slice(1)) {
      const content = await readFile(file);
      bytes += content.length;
      const text = content.toString("utf8");
      expect(text.startsWith("\uFEFF日期,客服昵称,")).toBe(true);
      const rows = text.trimEnd().split("\n").slice(1);
      lines += rows.length;
      expect(rows.every((r) => r.slice(0, 10) <= "2026-10-31")).toBe(true);
    }
    expect(lines).toBe(result.rows);
    expect(result.rows).toBeGreaterThan(40 * 92 * 0.6);
    const roster = await readFile(join(dir, "roster.csv"), "utf8");
    expect(roster).toContain("售前一组");
    expect(roster).toContain("售后一组");
    expect(result.bytes).toBe(bytes + Buffer.byteLength(roster));
  });

  it("is deterministic for a seed and differs across seeds", async () => {
    const a = await generate(5);
    const b = await generate(5);
    const c = await generate(6);
    const read = (f: string | undefined) => readFile(f ?? "");
    expect(await read(a.result.files[1])).toEqual(await read(b.result.files[1]));
    expect(await read(a.result.files[1])).not.toEqual(await read(c.result.files[1]));
  });
});

describe("chineseNumber", () => {
  it("writes team numbers as people do", () => {
    expect([1, 10, 12, 20, 99, 100, 105, 120].map(chineseNumber)).toEqual([
      "一",
      "十",
      "十二",
      "二十",
      "九十九",
      "一百",
      "一百零五",
      "一百二十",
    ]);
  });
});

/** Worker threads parse exactly as the main thread does. */
import { describe, expect, it } from "vitest";
import { inputColumns } from "~/ingest/ingest.ts";
import { parseFile } from "~/ingest/parse-file.ts";
import { ParsePool } from "~/ingest/parse-pool.ts";
import {
  defaultLanes,
  prestartParseWorkers,
  waitingParseWorkers,
} from "~/ingest/parse-prestart.ts";
import { HEADER, tempFiles } from "./temp-files.ts";

describe("ParsePool", () => {
  it("returns the same parse as parseFile, rejections and agent-month sums included", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, "0");
      return i === 7
        ? `小美,2026-09-${day},abc,1,12,20`
        : `${i % 2 ? "小美" : "阿杰"},2026-09-${day},${10 + i},${i % 9},${(i % 40) + 3},${20 + i}`;
    });
    const dir = tempFiles({ "x.csv": `${HEADER}\n${rows.join("\n")}\n` });
    const path = `${dir}/x.csv`;
    const columns = inputColumns();
    const options = { today: "2026-11-26" };
    const direct = await parseFile(path, "x.csv", columns, options);
    // Two lanes, the main thread's and a worker's: two parses at once keep both busy.
    const pool = new ParsePool(2);
    const workersOnly = new ParsePool(1, undefined, false);
    try {
      const job = { path, file: "x.csv", columns, options };
      const lanes = await Promise.all([pool.parse(job), pool.parse(job), workersOnly.parse(job)]);
      for (const viaLane of lanes) expect(viaLane).toEqual(direct);
      const [table] = direct.tables;
      expect(table?.rejected.length).toBeGreaterThan(0);
      expect(table?.parts[0]?.counts.reduce((a, b) => a + b, 0)).toBe(table?.account.scored);
    } finally {
      await pool.close();
      await workersOnly.close();
    }
  });

  it("gives a worker its next job while it runs one, and answers each in order", async () => {
    const dir = tempFiles(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, k) => [
          `m${k}.csv`,
          `${HEADER}\n小美,2026-0${k + 1}-01,${10 + k},5,12,20\n阿杰,2026-0${k + 1}-02,3,1,9,4\n`,
        ]),
      ),
    );
    const columns = inputColumns();
    const options = { today: "2026-11-26" };
    const pool = new ParsePool(1, undefined, false);
    try {
      const jobs = Array.from({ length: 5 }, (_, k) => ({
        path: `${dir}/m${k}.csv`,
        file: `m${k}.csv`,
        columns,
        options,
      }));
      const viaWorker = await Promise.all(jobs.map((j) => pool.parse(j)));
      for (const [k, j] of jobs.entries())
        expect(viaWorker[k]).toEqual(await parseFile(j.path, j.file, columns, options));
    } finally {
      await pool.close();
    }
  });

  it("keeps a file's last jobs for whichever lane is free first, not in a busy worker's backlog", async () => {
    const dir = tempFiles({ "x.csv": `${HEADER}\n小美,2026-09-01,10,5,12,20\n` });
    const job = {
      path: `${dir}/x.csv`,
      file: "x.csv",
      columns: inputColumns(),
      options: { today: "2026-11-26" },
    };
    const pool = new ParsePool(2);
    try {
      // The main lane takes the first, the worker the second; the third waits in the queue
      // (a worker given it as backlog would run it after its own while the main lane idles).
      const three = [pool.parse(job), pool.parse(job), pool.parse(job)];
      expect(pool.queued).toBe(1);
      // With more queued than the other lane could take next, the worker holds a second.
      const four = [pool.parse(job), pool.parse(job), pool.parse(job), pool.parse(job)];
      expect(pool.queued).toBe(4);
      await Promise.all([...three, ...four]);
      expect(pool.queued).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it("adopts the workers started before the command's modules loaded", async () => {
    prestartParseWorkers();
    expect(waitingParseWorkers()).toBe(defaultLanes() - 1);
    const pool = new ParsePool();
    try {
      expect(waitingParseWorkers()).toBe(0);
      const dir = tempFiles({ "x.csv": `${HEADER}\n小美,2026-09-01,10,5,12,20\n` });
      const columns = inputColumns();
      const job = {
        path: `${dir}/x.csv`,
        file: "x.csv",
        columns,
        options: { today: "2026-11-26" },
      };
      const both = await Promise.all([pool.parse(job), pool.parse(job)]);
      const direct = await parseFile(job.path, job.file, columns, job.options);
      for (const p of both) expect(p).toEqual(direct);
    } finally {
      await pool.close();
    }
  });

  it("fails only the file whose worker died, and keeps serving with a new worker", async () => {
    const bad = Array.from({ length: 200_000 }, (_, i) => `a${i % 50},2026-09-01,abc,1,12,20`);
    const good = `${HEADER}\n小美,2026-09-01,10,5,12,20\n`;
    const dir = tempFiles({ "bad.csv": `${HEADER}\n${bad.join("\n")}\n`, "good.csv": good });
    const columns = inputColumns();
    const options = { today: "2026-11-26" };
    // A heap far too small for 200,000 rejected rows: the worker runs out of memory.
    const pool = new ParsePool(
      1,
      { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
      false,
    );
    try {
      await expect(
        pool.parse({ path: `${dir}/bad.csv`, file: "bad.csv", columns, options }),
      ).rejects.toThrow(/memory/);
      const after = await pool.parse({
        path: `${dir}/good.csv`,
        file: "good.csv",
        columns,
        options,
      });
      expect(after).toEqual(await parseFile(`${dir}/good.csv`, "good.csv", columns, options));
    } finally {
      await pool.close();
    }
  }, 60_000);
});

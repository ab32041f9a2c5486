/** Built output set aside during a bench (renamed, not deleted) and deleted only at its end. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SetAside } from "../../scripts/bench/set-aside.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("setting a bench's builds aside", () => {
  it("moves a site out of the way without deleting it, and deletes everything at the end", async () => {
    const dir = tempDir("kpi-aside");
    const site = join(dir, "site");
    const cache = join(dir, ".cache");
    mkdirSync(join(site, "agents"), { recursive: true });
    writeFileSync(join(site, "agents", "index.html"), "<p>");
    // A floor project an earlier, interrupted bench left (no process 2³¹−2 runs), one of a bench
    // running now (this test's own parent), and a file that is not the bench's.
    mkdirSync(join(cache, "astro-floor-2147483646"), { recursive: true });
    mkdirSync(join(cache, `astro-floor-${process.ppid}-0`), { recursive: true });
    writeFileSync(join(cache, "site-data.json"), "{}");
    const aside = new SetAside(join(dir, "trash"));
    await aside.move(site);
    await aside.move(join(dir, "absent"));
    expect(existsSync(site)).toBe(false);
    // Moved, not deleted: the page is still on disk until the end.
    const [moved] = readdirSync(join(dir, "trash"));
    expect(existsSync(join(dir, "trash", moved as string, "agents", "index.html"))).toBe(true);
    const first = aside.fresh(cache, "astro-floor-9");
    const second = aside.fresh(cache, "astro-floor-9");
    expect(first).not.toBe(second);
    mkdirSync(first, { recursive: true });
    await aside.empty(cache);
    expect(existsSync(join(dir, "trash"))).toBe(false);
    expect(existsSync(first)).toBe(false);
    expect(existsSync(join(cache, "astro-floor-2147483646"))).toBe(false);
    expect(existsSync(join(cache, `astro-floor-${process.ppid}-0`))).toBe(true);
    expect(existsSync(join(cache, "site-data.json"))).toBe(true);
  });
});

/** Folders `report --out … --force` never takes over, whatever they hold. */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { whyNeverForced } from "~/report/never-replace.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("whyNeverForced", () => {
  it("a folder directly under the file system's root (/tmp, /srv, /work)", async () => {
    expect(await whyNeverForced("/tmp")).toMatch(/top-level folder of the file system/);
  });

  it("a folder with a repository, a home folder's files or installed packages anywhere inside", async () => {
    for (const [inside, isDir] of [
      ["projects/shop/.git", true],
      ["user/.ssh", true],
      [".bashrc", false],
      ["a/b/c/node_modules", true],
    ] as const) {
      const dir = tempDir("kpi-force");
      const path = join(dir, inside);
      mkdirSync(isDir ? path : join(path, ".."), { recursive: true });
      if (!isDir) writeFileSync(path, "x");
      expect(await whyNeverForced(dir), inside).toBe(
        `holds ${inside}, which no site holds (a repository, a home folder or an installed project inside)`,
      );
    }
  });

  it("a folder far larger than a site: the search gives up and refuses", async () => {
    const dir = tempDir("kpi-force");
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `f${i}.txt`), "x");
    expect(await whyNeverForced(dir, 5)).toBe(
      "holds more than 5 files and folders, far more than a site",
    );
    expect(await whyNeverForced(dir, 100)).toBeNull();
  });

  it("an old site, drafts and notes may be forced; a link out of the folder is not followed", async () => {
    const dir = tempDir("kpi-force");
    mkdirSync(join(dir, "months/2026-10"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<title>old</title>");
    writeFileSync(join(dir, "notes.txt"), "x");
    const elsewhere = tempDir("kpi-force-other");
    mkdirSync(join(elsewhere, ".git"));
    symlinkSync(elsewhere, join(dir, "link"));
    expect(await whyNeverForced(dir)).toBeNull();
  });
});

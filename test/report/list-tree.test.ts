import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listTree } from "../../src/report/list-tree.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "list-tree-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What Node's own recursive listing gives, in listTree's form. */
async function nodeListing(root: string): Promise<string[]> {
  const found = await readdir(root, { withFileTypes: true, recursive: true });
  return found
    .map((e) => {
      const path = relative(root, join(e.parentPath, e.name)).split(sep).join("/");
      return e.isDirectory() ? `${path}/` : path;
    })
    .sort();
}

describe("listTree", () => {
  it("lists what Node's recursive readdir lists: nested and empty folders, files, a link unfollowed", async () => {
    for (let a = 0; a < 40; a++) {
      await mkdir(join(dir, "agents", `a-${a}`, "deep"), { recursive: true });
      await writeFile(join(dir, "agents", `a-${a}`, "index.html"), "x");
    }
    await mkdir(join(dir, "empty"));
    await writeFile(join(dir, "index.html"), "x");
    await writeFile(join(dir, "名字 with space.csv"), "x");
    await symlink(join(dir, "agents"), join(dir, "link"));
    const listed = (await listTree(dir)).sort();
    expect(listed).toEqual(await nodeListing(dir));
    expect(listed).toContain("agents/a-7/deep/");
    expect(listed).toContain("empty/");
    expect(listed).toContain("link");
    expect(listed).not.toContain("link/");
    expect(listed.filter((p) => p.endsWith("/index.html"))).toHaveLength(40);
  });

  it("gives an empty list for an empty folder", async () => {
    expect(await listTree(dir)).toEqual([]);
  });

  it("rejects when the folder is missing", async () => {
    await expect(listTree(join(dir, "missing"))).rejects.toThrow(/ENOENT/);
  });
});

/** `report --out`: folders it refuses, the lock, the atomic swap, and an interrupted build. */
import { type ChildProcess, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { plainProgress } from "~/report/progress.ts";
import { runReport } from "~/report/run-report.ts";
import { tempDir } from "../support/temp-dir.ts";
import { fixtureProject, REPO } from "./fixture-project.ts";

async function report(root: string, argv: string[], build?: (outDir: string) => void) {
  const stderr: string[] = [];
  let builds = 0;
  const code = await runReport(["--quiet", ...argv], {
    root,
    today: "2026-11-26",
    env: {},
    progress: () => plainProgress(() => {}),
    stderr: (line) => stderr.push(line),
    buildSite: async ({ outDir }) => {
      builds++;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, "index.html"), `<title>build ${builds}</title>`);
      build?.(outDir);
    },
    now: () => 0,
  });
  return { code, stderr: stderr.join("\n"), builds };
}

/** Every file under a folder (relative), to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length + 1)] = readFileSync(path, "utf8");
  }
  return out;
}

describe("report --out refuses folders it must not replace (exit 2, nothing touched)", () => {
  const cases: [string, (root: string) => string, RegExp][] = [
    ["the project root", () => ".", /is the project folder/],
    ["an ancestor of the project", () => "..", /holds the project folder/],
    ["the project's data folder", () => "data", /holds the exports/],
    ["the exports", () => "data/exports", /holds the exports/],
    ["a folder inside the exports", () => "data/exports/site", /is inside the exports/],
    ["the repository", () => ".git", /\.git/],
    ["src", () => "src", /src/],
    [
      "a folder holding data/",
      (root) => {
        mkdirSync(join(root, "other/data"), { recursive: true });
        return "other";
      },
      /holds data/,
    ],
    [
      "someone's non-empty folder",
      (root) => {
        mkdirSync(join(root, "mine"));
        writeFileSync(join(root, "mine/notes.txt"), "keep me");
        return "mine";
      },
      /not written by this report.*--force/,
    ],
    [
      "a file",
      (root) => {
        writeFileSync(join(root, "file.txt"), "keep me");
        return "file.txt";
      },
      /not a folder/,
    ],
    [
      "a link to the project",
      (root) => {
        symlinkSync(root, join(root, "link"));
        return "link";
      },
      /is the project folder/,
    ],
  ];
  for (const [what, target, message] of cases) {
    it(what, async () => {
      const root = fixtureProject();
      mkdirSync(join(root, ".git"));
      mkdirSync(join(root, "src"));
      writeFileSync(join(root, "src/keep.ts"), "x");
      writeFileSync(join(root, ".git/HEAD"), "ref");
      const out = target(root);
      const parent = dirname(root);
      const before = snapshot(parent);
      // --force takes over someone's folder, but never any of these.
      const force = message.source.includes("force") ? [] : ["--force"];
      const run = await report(root, ["--out", out, ...force]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(`--out ${out}:`);
      expect(run.builds).toBe(0);
      expect(snapshot(parent)).toEqual(before);
    });
  }

  it("--force takes over a folder it did not write; afterwards it is the report's", async () => {
    const root = fixtureProject();
    mkdirSync(join(root, "mine"));
    writeFileSync(join(root, "mine/old.html"), "old");
    const run = await report(root, ["--out", "mine", "--force"]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(root, "mine/old.html"))).toBe(false);
    expect(existsSync(join(root, "mine/.kefu-kpi-report"))).toBe(true);
    expect((await report(root, ["--out", "mine"])).code).toBe(0);
  });

  it("writes a folder outside the project, and replaces only its own site there", async () => {
    const root = fixtureProject();
    const elsewhere = join(tempDir("kpi-out"), "site");
    const first = await report(root, ["--out", elsewhere]);
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(join(elsewhere, "index.html"), "utf8")).toBe("<title>build 1</title>");
    const second = await report(root, ["--out", elsewhere]);
    expect(second.code, second.stderr).toBe(0);
    expect(readdirSync(dirname(elsewhere))).toEqual(["site"]); // no temp folder or lock left
    expect(readdirSync(join(root, ".cache")).filter((n) => /-\d+$/.test(n))).toEqual([]);
  });
});

describe("publishing is atomic", () => {
  it("a failed build leaves the previous site as it was, and no temp folder", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const before = snapshot(join(root, "dist"));
    await expect(
      report(root, ["--out", "dist"], () => {
        throw new Error("the build broke");
      }),
    ).rejects.toThrow("the build broke");
    expect(snapshot(join(root, "dist"))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith(".dist"))).toEqual([]);
  });

  it("a second run into a locked folder fails clearly while the first is running", async () => {
    const root = fixtureProject();
    writeFileSync(join(root, ".dist.lock"), `${process.pid}\n`); // a live process holds it
    const run = await report(root, ["--out", "dist"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/another report \(process \d+\) is writing this folder/);
    expect(existsSync(join(root, "dist"))).toBe(false);
    // A lock whose process is gone (killed) is stale: taken over.
    writeFileSync(join(root, ".dist.lock"), "999999999\n");
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    expect(existsSync(join(root, ".dist.lock"))).toBe(false);
  });
});

function startChild(
  root: string,
  mode: "hang" | "fail",
): {
  child: ChildProcess;
  building: Promise<string>;
  exited: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(
    process.execPath,
    [join(REPO, "test/report/slow-build-child.ts"), root, "--out", "dist", "--quiet"],
    { env: { ...process.env, SLOW_BUILD: mode }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  child.stderr?.on("data", (d) => {
    err += d;
  });
  const building = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const m = /building (.+)\n/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on("exit", () => reject(new Error(`exited before building: ${err}`)));
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  return { child, building, exited, stderr: () => err };
}

describe("an interrupted build (a real process, killed mid-build)", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal}: the previous site is intact and the temp folders are gone`, async () => {
      const root = fixtureProject();
      expect((await report(root, ["--out", "dist"])).code).toBe(0);
      const before = snapshot(join(root, "dist"));
      const run = startChild(root, "hang");
      const staging = await run.building;
      expect(existsSync(join(staging, "index.html"))).toBe(true);
      run.child.kill(signal);
      expect(await run.exited).toBe(signal === "SIGINT" ? 130 : 143);
      expect(run.stderr()).toContain("the previous site is unchanged");
      expect(snapshot(join(root, "dist"))).toEqual(before);
      expect(existsSync(staging)).toBe(false);
      expect(readdirSync(root).filter((n) => n.startsWith(".dist"))).toEqual([]);
      expect(readdirSync(join(root, ".cache")).filter((n) => /-\d+$/.test(n))).toEqual([]);
    }, 60_000);
  }

  it("SIGKILL: the previous site is intact, and the next run removes what was left", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const before = snapshot(join(root, "dist"));
    const run = startChild(root, "hang");
    const staging = await run.building;
    run.child.kill("SIGKILL");
    await run.exited;
    expect(snapshot(join(root, "dist"))).toEqual(before);
    expect(existsSync(staging)).toBe(true); // a killed process cannot clean up…
    const next = await report(root, ["--out", "dist"]);
    expect(next.code, next.stderr).toBe(0); // …its lock is stale…
    expect(existsSync(staging)).toBe(false); // …and the next run removes its folders.
    expect(readdirSync(root).filter((n) => n.startsWith(".dist"))).toEqual([]);
    expect(readdirSync(join(root, ".cache")).filter((n) => /-\d+$/.test(n))).toEqual([]);
  }, 60_000);
});

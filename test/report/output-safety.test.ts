/** `report --out`: folders it refuses, the lock, the atomic swap, and an interrupted build. */
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { swapSteps } from "~/report/output-folder.ts";
import { plainProgress } from "~/report/progress.ts";
import { runReport } from "~/report/run-report.ts";
import { tempDir } from "../support/temp-dir.ts";
import { fixtureProject, REPO } from "./fixture-project.ts";
import { zombie } from "./zombie.ts";

async function report(
  root: string,
  argv: string[],
  build?: (outDir: string) => void,
  env: Record<string, string> = {},
) {
  const stderr: string[] = [];
  let builds = 0;
  const code = await runReport(["--quiet", ...argv], {
    root,
    today: "2026-11-26",
    env,
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
    ["the exports", () => "data/exports", /is the exports \(/],
    ["node_modules", () => "node_modules", /is the project's own folder \(.*node_modules\)/],
    ["a folder inside public/", () => "public/site", /is inside the project's own folder \(/],
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
      "a link that leads nowhere, before anything is built",
      (root) => {
        symlinkSync(join(root, "gone"), join(root, "dangling"));
        return "dangling";
      },
      /is a link to .*gone, which does not exist: make that folder \(mkdir -p\), or give --out the folder itself/,
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
    // What it held is kept beside it, named in the output, never deleted.
    const kept = readdirSync(root).filter((n) => n.startsWith("mine.replaced-"));
    expect(kept).toEqual([expect.stringMatching(/^mine\.replaced-\d{14}-\d+$/)]);
    expect(readFileSync(join(root, kept[0] as string, "old.html"), "utf8")).toBe("old");
    expect(run.stderr).toContain(
      `report: --force: what mine held before (not all of it the report's) is kept in ${join(root, kept[0] as string)}; delete that folder once nothing in it is needed`,
    );
    expect(readdirSync(root).filter((n) => n.startsWith(".mine"))).toEqual([]);
    // Its own site from now on: the next run replaces it without --force, and keeps nothing.
    expect((await report(root, ["--out", "mine"])).code).toBe(0);
    expect((await report(root, ["--out", "mine", "--force"])).stderr).not.toContain("kept in");
    expect(readdirSync(root).filter((n) => n.startsWith("mine.replaced-"))).toEqual(kept);
  });

  it("--force never takes over the home folder, a folder above it, or one with a checkout inside", async () => {
    const root = fixtureProject();
    const base = tempDir("kpi-home");
    const home = join(base, "home/me");
    mkdirSync(join(home, ".cargo/bin"), { recursive: true });
    writeFileSync(join(home, ".cargo/bin/cargo"), "keep me");
    mkdirSync(join(base, "work/shop/.git"), { recursive: true });
    writeFileSync(join(base, "work/shop/.git/HEAD"), "ref");
    writeFileSync(join(base, "work/notes.txt"), "keep me");
    const before = snapshot(base);
    const cases: [string, string][] = [
      [home, "is your home folder"],
      [join(base, "home"), "holds your home folder"],
      [
        join(base, "work"),
        "holds shop/.git, which no site holds (a repository, a home folder or an installed project inside); it is not replaced, not even with --force",
      ],
    ];
    for (const [out, why] of cases) {
      const run = await report(root, ["--out", out, "--force"], undefined, { HOME: home });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toBe(`report: --out ${out}: ${why}; nothing was written`);
      expect(run.builds).toBe(0);
    }
    expect(snapshot(base)).toEqual(before);
  });

  it("never inside the exports folder config.yaml names, with --data or without", async () => {
    const root = fixtureProject();
    const shared = join(tempDir("kpi-shared"), "exports");
    cpSync(join(root, "data/exports"), shared, { recursive: true });
    writeFileSync(join(root, "data/config.yaml"), `exports: ${shared}\n`);
    for (const data of [[], ["--data", "data/exports"]]) {
      const run = await report(root, ["--out", join(shared, "site"), ...data]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`is inside the exports (${shared})`);
    }
    expect(existsSync(join(shared, "site"))).toBe(false);
  });

  it("--force on the report's own site needs no search: a node_modules the site lists is its own", async () => {
    const root = fixtureProject();
    const out = join(tempDir("kpi-own"), "site");
    // A site whose build wrote a folder named like one no site holds (listed in its marker).
    const first = await report(root, ["--out", out], (dir) => mkdirSync(join(dir, "node_modules")));
    expect(first.code, first.stderr).toBe(0);
    const again = await report(root, ["--out", out, "--force"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain("kept in");
  });

  it("a gh-pages checkout is refused saying how to publish into it", async () => {
    const root = fixtureProject();
    const checkout = join(tempDir("kpi-ghp"), "gh-pages");
    mkdirSync(join(checkout, ".git"), { recursive: true });
    writeFileSync(join(checkout, "index.html"), "old");
    const run = await report(root, ["--out", checkout, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "a git checkout (a gh-pages branch?) is never replaced, as that would delete its history; build into a folder of its own (--out dist) and copy that into the checkout (rsync -a --delete --exclude=.git dist/ CHECKOUT/), then commit; an empty public/.nojekyll keeps a branch-built Pages site from dropping _astro/",
    );
    expect(readFileSync(join(checkout, "index.html"), "utf8")).toBe("old");
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

/** Side folders and the lock beside a `dist` output: none once a run is over. */
const besideDist = (root: string) => readdirSync(root).filter((n) => n.startsWith(".dist"));

describe("what the report did not write in its own output folder is never lost", () => {
  it("a re-run refuses (exit 2), naming what was added since the last build; nothing is touched", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const dist = join(root, "dist");
    writeFileSync(join(dist, "CNAME"), "kpi.example.com\n");
    writeFileSync(join(dist, "MY_NOTES.txt"), "notes");
    writeFileSync(join(dist, "months/2026-10/mine.txt"), "deep inside the report's folders");
    mkdirSync(join(dist, "drafts/2026"), { recursive: true });
    writeFileSync(join(dist, "drafts/2026/a.md"), "draft");
    mkdirSync(join(dist, "empty"));
    const before = snapshot(dirname(root));
    const run = await report(root, ["--out", "dist"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.builds).toBe(0);
    expect(run.stderr).toContain(
      "--out dist: holds what the report did not write: dist/CNAME, dist/MY_NOTES.txt, dist/drafts/, dist/empty/, dist/months/2026-10/mine.txt.",
    );
    expect(run.stderr).toMatch(/in public\/, which every build copies in, and move the others out/);
    expect(run.stderr).toMatch(
      /--force to replace the folder \(what it holds is kept beside it, as dist\.replaced-<time>-<pid>\); nothing was written$/,
    );
    expect(snapshot(dirname(root))).toEqual(before);
    expect(existsSync(join(dist, "empty"))).toBe(true);
    expect(besideDist(root)).toEqual([]);
    // Moved out (the CNAME would go to public/), the next run replaces the site.
    for (const p of ["CNAME", "MY_NOTES.txt", "months/2026-10/mine.txt", "drafts", "empty"])
      rmSync(join(dist, p), { recursive: true });
    const next = await report(root, ["--out", "dist"]);
    expect(next.code, next.stderr).toBe(0);
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("<title>build 1</title>");
  });

  it("a long list is cut, and a name that could mislead is quoted", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    for (let i = 0; i < 12; i++) writeFileSync(join(root, `dist/note-${i}.txt`), "");
    writeFileSync(join(root, "dist/a, b\nc.txt"), "");
    const run = await report(root, ["--out", "dist"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"dist/a, b\\nc.txt", dist/note-0.txt');
    expect(run.stderr).toContain("dist/note-6.txt and 3 more.");
  });

  it("--force replaces the folder all the same", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    writeFileSync(join(root, "dist/CNAME"), "kpi.example.com\n");
    const run = await report(root, ["--out", "dist", "--force"]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(root, "dist/CNAME"))).toBe(false);
    const [kept] = readdirSync(root).filter((n) => n.startsWith("dist.replaced-"));
    expect(readFileSync(join(root, kept as string, "CNAME"), "utf8")).toBe("kpi.example.com\n");
  });

  it("a run killed with what --force replaced set aside: the next run puts it back; once swapped, it is never removed", async () => {
    const root = fixtureProject();
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist/mine.txt"), "keep me");
    // A dead run's journal naming the set-aside folder, the target gone (killed between renames)…
    const kept = "dist.replaced-20261206193000-999999990";
    mkdirSync(join(root, kept));
    writeFileSync(join(root, kept, "mine.txt"), "keep me too");
    writeFileSync(join(root, ".dist.lock"), `999999990\n${kept}\n`);
    rmSync(join(root, "dist"), { recursive: true });
    const run = await report(root, ["--out", "dist"]);
    expect(run.code).toBe(2); // …is put back, and is not the report's: refused as before
    expect(readFileSync(join(root, "dist/mine.txt"), "utf8")).toBe("keep me too");
    expect(existsSync(join(root, kept))).toBe(false);
    // With the target in place, a journal naming a kept folder leaves it alone.
    mkdirSync(join(root, kept));
    writeFileSync(join(root, kept, "mine.txt"), "still mine");
    writeFileSync(join(root, ".dist.lock"), `999999990\n${kept}\n`);
    expect((await report(root, ["--out", "dist", "--force"])).code).toBe(0);
    expect(readFileSync(join(root, kept, "mine.txt"), "utf8")).toBe("still mine");
  });

  it("a file added during the build: the new site is not published, the file and the previous site stay", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const before = snapshot(join(root, "dist"));
    const run = await report(root, ["--out", "dist"], () => {
      writeFileSync(join(root, "dist/CNAME"), "kpi.example.com\n");
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.builds).toBe(1);
    expect(run.stderr).toMatch(
      /--out dist: holds what the report did not write: dist\/CNAME\..*; the new site was not published and dist is as it was$/,
    );
    expect(snapshot(join(root, "dist"))).toEqual({ ...before, CNAME: "kpi.example.com\n" });
    expect(besideDist(root)).toEqual([]);
  });

  it("the check is made with the site in place; a file added just after it is kept with the previous site", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    // Between the check and the swap (the previous site just set aside): someone's file lands.
    swapSteps.at = async (step, old) => {
      if (step === "set-aside") writeFileSync(join(old, "CNAME"), "kpi.example.com\n");
    };
    try {
      const run = await report(root, ["--out", "dist"]);
      expect(run.code, run.stderr).toBe(0);
      const [old] = besideDist(root);
      expect(readFileSync(join(root, old as string, "CNAME"), "utf8")).toBe("kpi.example.com\n");
      expect(run.stderr).toContain(
        `report: warning: something not the report's was added to dist just as the new site went in: the previous site, with it, is left at ${join(root, old as string)}; move out what is yours and delete the rest`,
      );
      expect(existsSync(join(root, "dist/CNAME"))).toBe(false);
    } finally {
      swapSteps.at = undefined;
    }
  });

  it("a folder an earlier version wrote (a marker that lists nothing) is refused until --force", async () => {
    const root = fixtureProject();
    mkdirSync(join(root, "dist"));
    writeFileSync(
      join(root, "dist/.kefu-kpi-report"),
      "This folder was written by kefu-kpi-report (npm run report); the next report replaces it.\n",
    );
    writeFileSync(join(root, "dist/index.html"), "old");
    writeFileSync(join(root, "dist/CNAME"), "kpi.example.com\n");
    const before = snapshot(root);
    const run = await report(root, ["--out", "dist"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not list what the report wrote.*pass --force once/);
    expect(snapshot(root)).toEqual(before);
    expect((await report(root, ["--out", "dist", "--force"])).code).toBe(0);
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
  });

  it("the marker lists every file and folder the report wrote, empty ones too, the same each time", async () => {
    const root = fixtureProject();
    const emptyFolder = (outDir: string) =>
      mkdirSync(join(outDir, "assets/empty"), { recursive: true });
    expect((await report(root, ["--out", "dist"], emptyFolder)).code).toBe(0);
    const first = readFileSync(join(root, "dist/.kefu-kpi-report"), "utf8");
    const { paths } = JSON.parse(first) as { paths: string[] };
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(
      expect.arrayContaining([
        "assets/",
        "assets/empty/",
        "index.html",
        "months/",
        "months/2026-10/results.csv",
        "report.json",
      ]),
    );
    expect(paths).not.toContain(".kefu-kpi-report");
    const second = await report(root, ["--out", "dist"], emptyFolder);
    expect(second.code, second.stderr).toBe(0);
    // Fresh build numbers, same paths: the same marker.
    expect(readFileSync(join(root, "dist/.kefu-kpi-report"), "utf8")).toBe(first);
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

  it("an output whose parent cannot be made or written is exit 2 saying so, not an internal error", async () => {
    const root = fixtureProject();
    writeFileSync(join(root, "notes.txt"), "keep me");
    const run = await report(root, ["--out", "notes.txt/site"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      /^report: --out notes\.txt\/site: cannot write beside it in .*notes\.txt \(EEXIST: .*\): make that folder writable, or choose another --out; nothing was written$/,
    );
    expect(readFileSync(join(root, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("a previous site that cannot be removed after the swap: published, exit 0, the folder named", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    swapSteps.remove = async (old) => {
      throw Object.assign(new Error(`EACCES: permission denied, rmdir '${old}/months'`), {
        code: "EACCES",
      });
    };
    try {
      const run = await report(root, ["--out", "dist"]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(root, "dist/index.html"), "utf8")).toBe("<title>build 1</title>");
      const [old] = besideDist(root);
      expect(old).toMatch(/^\.dist\.old-/);
      expect(run.stderr).toContain(
        `report: warning: the new site is published, but the previous one could not be removed: ${join(root, old as string)} (EACCES: permission denied`,
      );
      expect(run.stderr).toContain("remove that folder yourself (make it writable first)");
    } finally {
      swapSteps.remove = undefined;
    }
  });

  it("a second run into a locked folder fails clearly while the first is running", async () => {
    const root = fixtureProject();
    writeFileSync(join(root, ".dist.lock"), `${process.pid}\n`); // a live process holds it
    const run = await report(root, ["--out", "dist"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /another report \(process \d+\) is writing this folder; run again when it has finished \(if no report is running, delete the lock .*\.dist\.lock\)/,
    );
    expect(existsSync(join(root, "dist"))).toBe(false);
    // A lock whose process is gone (killed) is stale: taken over.
    writeFileSync(join(root, ".dist.lock"), "999999999\n");
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    expect(existsSync(join(root, ".dist.lock"))).toBe(false);
  });
});

describe("what a killed run leaves never holds the next one off", () => {
  it.runIf(process.platform === "linux")(
    "a lock held by a zombie (killed, never reaped) is taken over",
    async () => {
      const root = fixtureProject();
      const z = await zombie();
      try {
        writeFileSync(join(root, ".dist.lock"), `${z.pid}\n`);
        const run = await report(root, ["--out", "dist"]);
        expect(run.code, run.stderr).toBe(0);
        expect(besideDist(root)).toEqual([]);
      } finally {
        z.done();
      }
    },
  );

  it("half-written site data of a dead run is removed from .cache", async () => {
    const root = fixtureProject();
    mkdirSync(join(root, ".cache"));
    writeFileSync(join(root, ".cache/site-data.json.999999999.tmp"), "{");
    writeFileSync(join(root, ".cache/site-data-999999998.json"), "{}");
    writeFileSync(join(root, ".cache/site-data-999999998.json.999999998.tmp"), "{");
    writeFileSync(join(root, `.cache/site-data.json.${process.ppid}.tmp`), "{"); // a live process's
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    expect(readdirSync(join(root, ".cache")).filter((n) => /-\d+\.json|\.tmp$/.test(n))).toEqual([
      `site-data.json.${process.ppid}.tmp`,
    ]);
  });
});

function startChild(
  root: string,
  mode:
    | "hang"
    | "fail"
    | "hang-at:set-aside"
    | "hang-at:removing-old"
    | "pause-at:removing-old"
    | "pause-at:published",
): {
  child: ChildProcess;
  /** The staging folder, once the build has written a page into it. */
  building: Promise<string>;
  /** With `hang-at:STEP`: the previous site's folder beside the target, once at that step. */
  at: Promise<string>;
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
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const m = pattern.exec(out);
        if (m?.[1]) resolve(m[1]);
      };
      child.stdout?.on("data", look);
      child.on("exit", () => reject(new Error(`exited before ${pattern}: ${err}`)));
    });
  const building = line(/^building (.+)\n/m);
  const at = line(/^at \S+ (.+)\n/m);
  // Not every test waits for both.
  building.catch(() => {});
  at.catch(() => {});
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  return { child, building, at, exited, stderr: () => err };
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

  it("npm alone stopped (its shell gone): the run stops too, the previous site intact", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const before = snapshot(join(root, "dist"));
    const log = join(root, "child.log");
    // As `npm run report` runs it: a shell between npm and the report.
    const child = join(REPO, "test/report/slow-build-child.ts");
    const shell = spawn(
      "sh",
      ["-c", `"${process.execPath}" "${child}" "${root}" --out dist --quiet >"${log}" 2>&1`],
      { env: { ...process.env, SLOW_BUILD: "hang", npm_lifecycle_event: "report" } },
    );
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      return ok();
    };
    const logged = () => (existsSync(log) ? readFileSync(log, "utf8") : "");
    expect(await until(() => logged().includes("building "))).toBe(true);
    // What npm does with a SIGTERM sent to it alone: its shell ends, the report is not told.
    shell.kill("SIGTERM");
    expect(await until(() => logged().includes("stopping too"))).toBe(true);
    expect(await until(() => besideDist(root).length === 0)).toBe(true);
    expect(logged()).toContain(
      "report: npm, which ran it, was stopped: stopping too; the previous site is unchanged",
    );
    expect(snapshot(join(root, "dist"))).toEqual(before);
  }, 60_000);

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

  it("SIGKILL while removing the previous site (its marker already gone): the next run removes the rest", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const run = startChild(root, "hang-at:removing-old");
    const old = await run.at;
    expect(existsSync(old)).toBe(true);
    expect(existsSync(join(old, ".kefu-kpi-report"))).toBe(false);
    run.child.kill("SIGKILL");
    await run.exited;
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toContain("new"); // the new site
    expect(existsSync(old)).toBe(true); // part of the previous one beside it…
    const next = await report(root, ["--out", "dist"]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).not.toContain("note:");
    expect(existsSync(old)).toBe(false); // …removed by the next run
    expect(besideDist(root)).toEqual([]);
  }, 60_000);

  for (const signal of ["SIGINT", "SIGTERM"] as const)
    it(`${signal} once the new site is in place: the run removes the previous one and ends as the success it is`, async () => {
      const root = fixtureProject();
      expect((await report(root, ["--out", "dist"])).code).toBe(0);
      const run = startChild(root, "pause-at:removing-old");
      const old = await run.at;
      run.child.kill(signal);
      // Published: exit 0 (130 would say the previous site is unchanged), and it says why.
      expect(await run.exited).toBe(0);
      expect(run.stderr()).toContain(`${signal} came once the new site was in dist`);
      expect(run.stderr()).not.toContain("the previous site is unchanged");
      expect(readFileSync(join(root, "dist/index.html"), "utf8")).toContain("new");
      expect(existsSync(old)).toBe(false);
      expect(besideDist(root)).toEqual([]);
      // The next run finds nothing of this one's to clean up, nor a folder it cannot place.
      const next = await report(root, ["--out", "dist"]);
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr).not.toContain("note:");
    }, 60_000);

  it("SIGINT after the swap and the removal, while the run ends: exit 0, saying the new site is in place", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const run = startChild(root, "pause-at:published");
    await run.at;
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain(
      "interrupted (SIGINT) after the new site was published: it is in place",
    );
    expect(run.stderr()).not.toContain("the previous site is unchanged");
    expect(readFileSync(join(root, "dist/index.html"), "utf8")).toContain("new");
    expect(besideDist(root)).toEqual([]);
    expect(readdirSync(join(root, ".cache")).filter((n) => /-\d+$/.test(n))).toEqual([]);
  }, 60_000);

  it("SIGKILL with the previous site set aside, before the swap: the next run puts it back", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    const before = snapshot(join(root, "dist"));
    const run = startChild(root, "hang-at:set-aside");
    const old = await run.at;
    run.child.kill("SIGKILL");
    await run.exited;
    expect(existsSync(join(root, "dist"))).toBe(false);
    expect(snapshot(old)).toEqual(before);
    // A next run whose build fails leaves the previous site in place, as it was.
    await expect(
      report(root, ["--out", "dist"], () => {
        throw new Error("the build broke");
      }),
    ).rejects.toThrow("the build broke");
    expect(snapshot(join(root, "dist"))).toEqual(before);
    expect(besideDist(root)).toEqual([]);
  }, 60_000);

  it("folders that only look like a run's are left alone, whatever a stale lock says", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--out", "dist"])).code).toBe(0);
    // Someone's copy of the site, named like a set-aside one, marker and all; a dead process id.
    const copy = join(root, ".dist.old-999999999-backup1");
    cpSync(join(root, "dist"), copy, { recursive: true });
    const lookalike = join(root, ".dist.building-999999998-abc");
    mkdirSync(lookalike);
    writeFileSync(join(lookalike, "notes.txt"), "mine");
    mkdirSync(join(root, "victim"));
    writeFileSync(join(root, "victim/keep.txt"), "mine");
    // A stale lock: only names of the target's own side folders are taken from it.
    writeFileSync(
      join(root, ".dist.lock"),
      "999999997\n.dist.building-999999997-gone\nvictim\n../victim\n.dist.old-1-x/../../victim\n",
    );
    const before = { copy: snapshot(copy), lookalike: snapshot(lookalike) };
    const run = await report(root, ["--out", "dist"]);
    expect(run.code, run.stderr).toBe(0);
    expect(snapshot(copy)).toEqual(before.copy);
    expect(snapshot(lookalike)).toEqual(before.lookalike);
    expect(readFileSync(join(root, "victim/keep.txt"), "utf8")).toBe("mine");
    expect(run.stderr).toContain(
      "report: note: .dist.building-999999998-abc is named like a report's temporary folder, but no report recorded it as its own",
    );
    expect(run.stderr).toContain("report: note: .dist.old-999999999-backup1 is named like");
    expect(besideDist(root).sort()).toEqual([
      ".dist.building-999999998-abc",
      ".dist.old-999999999-backup1",
    ]);
  });
});

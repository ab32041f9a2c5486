/** The exit-code contract, the same for report, score and check, seen from outside the process. */
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, faultLines } from "~/cli/exit-codes.ts";
import { fixtureProject, REPO } from "../report/fixture-project.ts";

function run(command: string, args: string[], env: Record<string, string> = {}, fault = false) {
  const root = fixtureProject();
  const preload = fault ? ["--import", join(REPO, "test/cli/fault-preload.mjs")] : [];
  const child = spawnSync(
    process.execPath,
    [...preload, join(REPO, "scripts", `${command}.ts`), ...args],
    { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } },
  );
  return { code: child.status, stderr: child.stderr, stdout: child.stdout, root };
}

const COMMANDS = ["report", "score", "check"] as const;

describe("exit codes", () => {
  it.each([...COMMANDS, "template"])(
    "%s: --help prints its usage and options, reads nothing, exits 0",
    (command) => {
      const r = run(command, ["--help", "--no-such-option"]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.stdout).toMatch(new RegExp(`^Usage: npm run ${command} -- `));
      expect(r.stdout).toContain("--scheme");
      expect(r.stdout).toContain("--help");
      expect(r.stderr).toBe("");
      expect(readdirSync(r.root)).not.toContain("dist");
    },
    120_000,
  );

  it.each(COMMANDS)(
    "%s: a bad option is a usage error (2)",
    (command) => {
      const r = run(command, ["--no-such-option"]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/bad option/);
    },
    120_000,
  );

  it.each(COMMANDS)(
    "%s: an internal fault exits 70 with one line and no stack",
    (command) => {
      const r = run(
        command,
        ["--quiet"].filter(() => command === "report"),
        {},
        true,
      );
      expect(r.code).toBe(EXIT.internal);
      // After report's progress lines: two lines, no stack.
      const [message, hint] = r.stderr.trim().split("\n").slice(-2);
      // report's fault surfaces through Astro, which names its own step first.
      expect(message).toMatch(new RegExp(`^${command}: internal error: (.*: )?simulated fault$`));
      expect(hint).toBe(`${command}: run again with --debug (or DEBUG=1) for the stack trace`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // report: its temp folder and lock are gone too.
      expect(readdirSync(r.root).filter((n) => n.startsWith(".dist"))).toEqual([]);
    },
    120_000,
  );

  it.each(COMMANDS)(
    "%s: --debug or DEBUG=1 adds the stack",
    (command) => {
      const flag = run(command, ["--debug"], {}, true);
      expect(flag.code).toBe(EXIT.internal);
      expect(flag.stderr).toMatch(/simulated fault\n(.*\n)*\s+at /);
      const env = run(command, [], { DEBUG: "1" }, true);
      expect(env.code).toBe(EXIT.internal);
      expect(env.stderr).toMatch(/\n\s+at /);
    },
    240_000,
  );

  it("score: a reader that stops early (`| head`) ends the output quietly, exit 0", async () => {
    // The sample's results (~1 MB of JSON): far more than a pipe holds.
    const child = spawn(process.execPath, [join(REPO, "scripts", "score.ts")], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
    });
    // Like `head -c 1`: the first bytes, then the pipe is closed.
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "close")) as [number | null];
    expect(stderr).not.toMatch(/internal error|EPIPE/);
    expect(code).toBe(EXIT.ok);
  }, 120_000);

  it("faultLines keeps the message to its first line", () => {
    expect(faultLines("score", new Error("a\nb"), false)[0]).toBe("score: internal error: a");
    expect(faultLines("score", "plain", false)[0]).toBe("score: internal error: plain");
  });
});

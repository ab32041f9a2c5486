import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listExportFiles } from "~/ingest/ingest.ts";
import { tempDir } from "../support/temp-dir.ts";
import { ingestTemp } from "./temp-files.ts";

const CSV = "客服,月份,询单人数\n小美,2026-09,10\n";

function exportsDir(): string {
  const dir = tempDir("kpi-walk");
  writeFileSync(join(dir, "a.csv"), CSV);
  return dir;
}

describe("walking the exports", () => {
  it("lists a download's copies after it, so the copy's repeated days are the ones rejected", async () => {
    const dir = tempDir("kpi-walk");
    for (const name of [
      "接待数据 (1).csv",
      "接待数据 - 副本.csv",
      "接待数据.csv",
      "b.csv",
      "a.csv",
    ])
      writeFileSync(join(dir, name), CSV);
    const listed = await listExportFiles([dir]);
    expect(listed.files.map((f) => f.slice(dir.length + 1))).toEqual([
      "a.csv",
      "b.csv",
      "接待数据.csv",
      "接待数据 - 副本.csv",
      "接待数据 (1).csv",
    ]);
    const r = await ingestTemp({ "接待数据 (1).csv": CSV, "接待数据.csv": CSV });
    expect(r.rejected.map((x) => [x.file, x.reason])).toEqual([
      ["接待数据 (1).csv", "duplicate: 小美 2026-09 already given at 接待数据.csv:2"],
    ]);
  });

  it("says what to do with a download not finished, an archive and a temporary file", async () => {
    const dir = exportsDir();
    for (const name of [
      "售后-2026-10.csv.crdownload",
      "售后-2026-11.csv.part",
      "生意参谋-客服绩效-2026-10.zip",
      "客服数据.xlsx.tmp",
      "desktop.ini",
    ])
      writeFileSync(join(dir, name), "x");
    const listed = await listExportFiles([dir]);
    expect(listed.files).toEqual([join(dir, "a.csv")]);
    expect(listed.unread.map((u) => `${u.file.slice(dir.length + 1)}: ${u.reason}`)).toEqual([
      "desktop.ini: not an export type (.ini): .csv, .tsv, .txt, .xlsx, .xlsm, .xlsb, .xls, .et and .ods are read",
      "售后-2026-10.csv.crdownload: unfinished download (.crdownload): let the browser finish it, or download it again; the finished .csv or .xlsx is read",
      "售后-2026-11.csv.part: unfinished download (.part): let the browser finish it, or download it again; the finished .csv or .xlsx is read",
      "客服数据.xlsx.tmp: temporary file (.tmp, left by Excel or a browser while saving or downloading; it holds no export)",
      "生意参谋-客服绩效-2026-10.zip: archive (.zip): files inside it are not read; extract it into the exports folder",
    ]);
  });

  it("follows two self-links once each and finishes (a loop reported, not walked)", async () => {
    const dir = exportsDir();
    symlinkSync(".", join(dir, "loop1"));
    symlinkSync(dir, join(dir, "loop2"));
    const { files, problems } = await listExportFiles([dir]);
    expect(files).toEqual([join(dir, "a.csv")]);
    expect(problems.map((p) => [p.severity, p.file, p.message])).toEqual([
      ["warning", join(dir, "loop1"), `symbolic link loop back to ${dir}: not followed`],
      ["warning", join(dir, "loop2"), `symbolic link loop back to ${dir}: not followed`],
    ]);
  }, 5000);

  it("reads a file reached twice (directly and through a link) once", async () => {
    const dir = exportsDir();
    mkdirSync(join(dir, "sub"));
    symlinkSync(join(dir, "a.csv"), join(dir, "sub", "again.csv"));
    symlinkSync(join(dir, "sub"), join(dir, "sub-link"));
    const { files, problems } = await listExportFiles([dir]);
    expect(files).toEqual([join(dir, "a.csv")]);
    expect(problems.map((p) => p.message)).toEqual([
      `the same file as ${join(dir, "a.csv")}: read once`,
      `the same folder as ${join(dir, "sub")}: read once`,
    ]);
  });

  it("lists a FIFO, a socket and a broken link as problems without opening them", async () => {
    const dir = exportsDir();
    execFileSync("mkfifo", [join(dir, "pipe.csv")]);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, "sock"), done));
    symlinkSync(join(dir, "gone.csv"), join(dir, "broken.csv"));
    try {
      const { files, problems } = await listExportFiles([dir]);
      expect(files).toEqual([join(dir, "a.csv")]);
      expect(problems.map((p) => [p.severity, p.file, p.message])).toEqual([
        ["warning", join(dir, "broken.csv"), "symbolic link not followed: no such file or folder"],
        ["warning", join(dir, "pipe.csv"), "a named pipe (FIFO): not read"],
        ["warning", join(dir, "sock"), "a socket: not read"],
      ]);
    } finally {
      server.close();
    }
  }, 5000);

  it("a FIFO given as --data is an error, not a hang", async () => {
    const dir = tempDir("kpi-walk");
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const { files, problems } = await listExportFiles([join(dir, "pipe")]);
    expect(files).toEqual([]);
    expect(problems).toEqual([
      {
        severity: "error",
        file: join(dir, "pipe"),
        message: "a named pipe (FIFO): not read",
        why: { code: "not-regular", kind: "fifo" },
      },
    ]);
  }, 5000);

  it("an unreadable folder is an error naming it (run as an unprivileged user)", () => {
    const dir = exportsDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "b.csv"), CSV);
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    const script = `const { listExportFiles } = await import(${JSON.stringify(join(process.cwd(), "src/ingest/ingest.ts"))});
      process.stdout.write(JSON.stringify(await listExportFiles([${JSON.stringify(dir)}])));`;
    const isRoot = process.getuid?.() === 0;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    chmodSync(locked, 0o755);
    expect(run.stderr).toBe("");
    const { files, problems } = JSON.parse(run.stdout);
    expect(files).toEqual([join(dir, "a.csv")]);
    expect(problems).toMatchObject([
      { severity: "error", file: locked, message: "cannot read folder: permission denied" },
    ]);
  }, 20000);
});

/** Test helper: a zombie process for a few seconds (Linux): a child of `sleep` (after exec), which never reaps it. */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** /proc/PID/stat, or "" once the process is gone. */
export const procStat = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "";
  }
};

export async function zombie(): Promise<{ pid: number; done: () => void }> {
  const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 5"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const pid = await new Promise<number>((resolve) =>
    parent.stdout.once("data", (d) => resolve(Number(String(d).trim()))),
  );
  for (let i = 0; i < 100 && !/^\S+ \S+ Z/.test(procStat(pid)); i++)
    await new Promise((r) => setTimeout(r, 20));
  return { pid, done: () => parent.kill() };
}

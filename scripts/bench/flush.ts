/**
 * Writes the page cache's dirty pages to disk (`sync`) and waits, so a stage
 * is not timed while the kernel writes back what the stage before it wrote.
 * Where there is no `sync` command, it does nothing.
 */
import { execFile } from "node:child_process";

export function flushDiskWrites(): Promise<void> {
  return new Promise((done) => {
    execFile("sync", () => done());
  });
}

/**
 * Peak memory of a process *and everything it starts* (Linux /proc): the
 * report builds in child processes, whose memory counts as much as the
 * parent's. Samples the summed resident set of the tree every `everyMs`.
 */
import { readdirSync, readFileSync } from "node:fs";

const PAGE_KB = 4;

/** pid → [parent pid, resident kB] for every process visible in /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) in parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * PAGE_KB]);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return table;
}

/** Resident kB of the tree under `root`: the sum, and its largest single process. */
export function treeRssKb(root: number): { total: number; largest: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const rss = table.get(pid)?.[1] ?? 0;
    total += rss;
    largest = Math.max(largest, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** Starts sampling; `stop()` returns the highest sum and single process seen, in kB (0 where /proc is absent). */
export function sampleTreeRss(
  root: number,
  everyMs = 100,
): { stop(): { total: number; largest: number } } {
  const peak = { total: 0, largest: 0 };
  const sample = () => {
    try {
      const now = treeRssKb(root);
      peak.total = Math.max(peak.total, now.total);
      peak.largest = Math.max(peak.largest, now.largest);
    } catch {
      // no /proc (not Linux): the child's own figure stands
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Top self-time functions of a V8 CPU profile (`node --cpu-prof`):
 * `node scripts/bench/profile-summary.ts <file.cpuprofile> [top=25]`.
 * Self time per node is its sample count × the mean sampling interval;
 * nodes are grouped by function name and source location.
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "~nm/")
    .replace(/^.*\/work\/main\//, "");

export function selfTimes(profile: CpuProfile): SelfTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, { name: string; where: string; samples: number }>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || "(anonymous)";
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "";
    const key = `${name}@${where}`;
    const entry = counts.get(key) ?? { name, where, samples: 0 };
    entry.samples += 1;
    counts.set(key, entry);
  }
  const total = profile.samples.length || 1;
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
  return [...counts.values()]
    .map((c) => ({
      name: c.name,
      where: c.where,
      ms: c.samples * msPerSample,
      share: c.samples / total,
    }))
    .sort((a, b) => b.ms - a.ms);
}

if (import.meta.main) {
  const [file, top = "25"] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("usage: node scripts/bench/profile-summary.ts <file.cpuprofile> [top]\n");
    process.exit(2);
  }
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  for (const t of selfTimes(profile).slice(0, Number(top)))
    console.log(
      `${t.ms.toFixed(0).padStart(7)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.name}  ${t.where}`,
    );
}

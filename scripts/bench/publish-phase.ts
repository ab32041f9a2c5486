/**
 * The report's stretch between scoring and the site build, on its own: the
 * publication (src/report/publish-stage.ts: site data, studio data, the
 * downloads' list), the downloads' content and the site data file. Loads and
 * scores a project once, untimed, then times each part over several passes
 * and prints each pass's CPU milliseconds of this thread (steadier than wall
 * time when others share the cores); the first pass is the one a report pays.
 * `npm run bench:publish-phase -- <project folder> [passes=3]`.
 */
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rankResults } from "../../src/analysis/standing.ts";
import { loadAndScore } from "../../src/cli/load-and-score.ts";
import { recycle } from "../../src/output/byte-sink.ts";
import { monthDownloads } from "../../src/report/downloads.ts";
import { parseReportOptions } from "../../src/report/options.ts";
import { publishStage } from "../../src/report/publish-stage.ts";
import { assembleSiteData, publishResults } from "../../src/report/site-data.ts";
import { writeJsonStreamed } from "../../src/report/site-data-file.ts";
import { studioData } from "../../src/report/studio-data.ts";

const gc = (globalThis as { gc?: () => void }).gc;
const threadMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function timed<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  gc?.();
  const start = process.threadCpuUsage();
  const out = await run();
  return [out, threadMs(process.threadCpuUsage(start))];
}

async function main(project: string, passes: number) {
  const load = await loadAndScore({ data: [] }, { root: project, today: "2026-11-30" });
  const options = parseReportOptions(["--project", project, "--no-cache"], process.env);
  const fx = { env: process.env, root: process.cwd() };
  const dataFile = join(tmpdir(), `publish-phase-${process.pid}.json`);
  const figures = new Map<string, number[]>();
  const keep = (label: string, ms: number) =>
    figures.set(label, [...(figures.get(label) ?? []), ms]);
  console.log(`results: ${load.results.length}`);
  for (let pass = 0; pass < passes; pass++) {
    const [published, stageMs] = await timed(() => publishStage(load, options, fx));
    keep("publishStage", stageMs);
    const { data } = published;
    // Its parts, again on their own (the quality lists left out: they are the same each time).
    const [results, publishMs] = await timed(() => publishResults(load.results, (n) => n));
    keep("  publishResults", publishMs);
    keep("  rankResults", (await timed(() => rankResults(results)))[1]);
    const [site, siteMs] = await timed(() =>
      assembleSiteData({
        title: data.title,
        results,
        schemes: load.schemes,
        quality: data.quality,
      }),
    );
    keep("  assembleSiteData", siteMs);
    // The agents as these results name them (the parts publish the export's names).
    const [, studioMs] = await timed(() =>
      studioData({
        agentMonths: load.agentMonths,
        scored: load.results,
        published: results,
        schemes: load.schemes,
        agents: site.agents,
        months: site.months,
      }),
    );
    keep("  studioData", studioMs);
    const empty = { rejected: [], skipped: [], files: [] };
    const months = monthDownloads(results, empty);
    for (const kind of ["csv", "json"]) {
      const [bytes, ms] = await timed(() => {
        let n = 0;
        for (const d of months.filter((m) => m.path.endsWith(kind)))
          for (const piece of d.content()) {
            n += piece.length;
            // As the report's writer gives its blocks back once written.
            if (typeof piece !== "string") recycle(piece);
          }
        return n;
      });
      keep(`downloads' content, results.${kind}`, ms);
      if (pass === 0) console.log(`results.${kind}: ${(bytes / 2 ** 20).toFixed(0)} MB in all`);
    }
    keep("writeJsonStreamed", (await timed(() => writeJsonStreamed(dataFile, data)))[1]);
    await rm(dataFile, { force: true });
  }
  for (const [label, ms] of figures)
    console.log(`${label.padEnd(36)} ${ms.map((x) => x.toFixed(0).padStart(6)).join("")} ms`);
}

if (import.meta.main) {
  const [project, passesArg] = process.argv.slice(2);
  const passes = Number(passesArg ?? 3);
  if (!project || !Number.isInteger(passes) || passes < 1) {
    process.stderr.write(
      "usage: npm run bench:publish-phase -- <project folder> [passes, an integer ≥ 1]\n",
    );
    process.exit(2);
  }
  await main(project, passes);
}

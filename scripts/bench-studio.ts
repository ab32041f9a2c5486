/**
 * `npm run bench:studio -- [--agents 3000] [--months 24] [--edits 9] [--dir bench-data] [--site DIR]`
 *
 * The scheme studio's figures: the script's gzipped size, the data's gzipped
 * size at agents × months, and the time to re-score after an edit in
 * Chromium, on the sample and on the generated centre (whole month range,
 * the scheme with the most agent-months). The sample site is built once
 * (or taken from --site); the large run swaps its studio data for the
 * generated centre's, produced by the report's own load, publish and
 * studio-data steps (exports parsed through a cache in .cache/, so a rerun
 * does not parse them again).
 */
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { localToday } from "../src/cli/effects.ts";
import { loadAndScore } from "../src/cli/load-and-score.ts";
import { ParseCache } from "../src/ingest/parse-cache.ts";
import { publication } from "../src/report/publish.ts";
import { assembleSiteData, publishResults } from "../src/report/site-data.ts";
import { studioData } from "../src/report/studio-data.ts";
import { launchBrowser } from "../test/e2e/browser.ts";
import { ensureDataset } from "./bench/dataset.ts";
import { median, type StudioTiming, stepMedians, timeStudio } from "./bench/studio-browser.ts";
import { gzipBytes, scriptGzipBytes } from "./bench/studio-size.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    agents: { type: "string", default: "3000" },
    months: { type: "string", default: "24" },
    edits: { type: "string", default: "9" },
    seed: { type: "string", default: "7" },
    dir: { type: "string", default: "bench-data" },
    site: { type: "string" },
  },
  strict: true,
});
const agents = Number(values.agents);
const months = Number(values.months);
const edits = Number(values.edits);
const work = resolve(ROOT, values.dir, "studio");
const say = (line: string) => process.stderr.write(`${line}\n`);

function buildSample(out: string): Promise<void> {
  return new Promise((done, fail) =>
    execFile(
      "npm",
      ["run", "--silent", "report", "--", "--quiet", "--out", out],
      { cwd: ROOT, maxBuffer: 16 << 20 },
      (error, _o, stderr) => (error ? fail(new Error(`sample report failed: ${stderr}`)) : done()),
    ),
  );
}

async function largeStudioData(): Promise<{
  index: string;
  values: Uint8Array;
  agentMonths: number;
}> {
  const dataset = await ensureDataset({
    dir: resolve(ROOT, values.dir),
    agents,
    months,
    seed: Number(values.seed),
    skipGenerate: false,
    repoData: join(ROOT, "data"),
  });
  const cache = new ParseCache(join(ROOT, ".cache", "parse-bench-studio"));
  const load = await loadAndScore(
    { data: [] },
    { root: dataset.project, today: localToday(), cache },
  );
  const pub = publication(load, undefined);
  const results = publishResults(load.results, pub.publishedName);
  const site = assembleSiteData({
    title: load.config.title,
    results,
    schemes: load.schemes,
    quality: pub.quality,
  });
  const studio = studioData({
    agentMonths: load.agentMonths,
    scored: load.results,
    published: results,
    schemes: load.schemes,
    agents: site.agents,
    months: site.months,
  });
  return {
    index: JSON.stringify(studio.index),
    values: new Uint8Array(Buffer.from(studio.data, "base64")),
    agentMonths: load.results.length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

async function main(): Promise<void> {
  await mkdir(work, { recursive: true });
  const sampleSite = values.site ? resolve(values.site) : join(work, "sample-site");
  if (!values.site) {
    say("building the sample site…");
    await buildSample(sampleSite);
  }
  const scriptBytes = scriptGzipBytes(sampleSite, "studio/index.html");
  say(
    `loading ${agents} agents × ${months} months (generated once into ${values.dir}/; ${availableParallelism()} cores)…`,
  );
  const large = await largeStudioData();
  const largeSite = join(work, "large-site");
  await rm(largeSite, { recursive: true, force: true });
  await cp(sampleSite, largeSite, { recursive: true });
  await writeFile(join(largeSite, "studio/data/index.json"), large.index);
  await writeFile(join(largeSite, "studio/data/values.bin"), large.values);
  const dataBytes = gzipBytes(large.index) + gzipBytes(large.values);
  const sampleData =
    gzipBytes(await readFile(join(sampleSite, "studio/data/index.json"))) +
    gzipBytes(await readFile(join(sampleSite, "studio/data/values.bin")));

  const browser = await launchBrowser();
  let sample: StudioTiming;
  let big: StudioTiming;
  try {
    say("timing the sample…");
    sample = await timeStudio(browser, sampleSite, edits);
    say("timing the large centre…");
    big = await timeStudio(browser, largeSite, edits);
  } finally {
    await browser.close();
  }
  const lines = [
    `studio script (gzipped, with its chunks): ${kb(scriptBytes)} (budget 80 KB: ${scriptBytes <= 80 * 1024 ? "pass" : "FAIL"})`,
    `studio data, sample (gzipped): ${kb(sampleData)}`,
    `studio data, ${agents} × ${months} = ${large.agentMonths} agent-months (gzipped): ${kb(dataBytes)} (raw ${kb(large.values.length + large.index.length)}; budget 2 MB: ${dataBytes <= 2 * 1024 * 1024 ? "pass" : "FAIL"})`,
    `re-score after an edit, sample (${sample.agentMonths} agent-months in range): ${ms(sample.recomputeMs)}; edit → painted ${ms(sample.paintedMs)} (budget 50 ms: ${median(sample.recomputeMs) < 50 ? "pass" : "FAIL"})`,
    `re-score after an edit, ${agents} × ${months} (${big.agentMonths} agent-months in range): ${ms(big.recomputeMs)}; edit → painted ${ms(big.paintedMs)} (budget 500 ms: ${median(big.recomputeMs) < 500 ? "pass" : "FAIL"})`,
    `  its steps (median ms): ${stepMedians(big)}`,
    `load average (1, 5, 15 min; ${availableParallelism()} cores): ${loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();

/**
 * The one-big-file data set (src/synth/bench-one-file.ts) laid out as a
 * project like dataset.ts's: `<dir>/one-a<N>-m<M>-s<seed>/project/data/
 * {config.yaml, schemes/, roster.csv, exports/客服绩效-全部.csv}`, cached
 * behind a marker written last.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generateOneFileBench } from "../../src/synth/bench-one-file.ts";
import type { Dataset } from "./dataset.ts";

const FORMAT = 1;

export async function ensureOneFileDataset(opts: {
  dir: string;
  agents: number;
  months: number;
  seed: number;
  repoData: string;
}): Promise<Dataset> {
  const home = resolve(opts.dir, `one-a${opts.agents}-m${opts.months}-s${opts.seed}`);
  const project = join(home, "project");
  const data = join(project, "data");
  const exports = join(data, "exports");
  const markerFile = join(home, "dataset.json");
  const paths = { home, project, exports };
  try {
    const marker = JSON.parse(await readFile(markerFile, "utf8"));
    if (marker.format === FORMAT) return { ...paths, ...marker, generatedSeconds: null };
  } catch {
    // Not generated yet (or interrupted): made below.
  }
  await rm(home, { recursive: true, force: true });
  const started = performance.now();
  const made = await generateOneFileBench({
    dir: exports,
    agents: opts.agents,
    months: opts.months,
    seed: opts.seed,
  });
  await rename(join(exports, "roster.csv"), join(data, "roster.csv"));
  await cp(join(opts.repoData, "config.yaml"), join(data, "config.yaml"));
  await cp(join(opts.repoData, "schemes"), join(data, "schemes"), { recursive: true });
  const marker = {
    format: FORMAT,
    agents: opts.agents,
    months: opts.months,
    seed: opts.seed,
    rows: made.rows,
    bytes: made.bytes,
  };
  await mkdir(home, { recursive: true });
  await writeFile(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
  return { ...paths, ...marker, generatedSeconds: (performance.now() - started) / 1000 };
}

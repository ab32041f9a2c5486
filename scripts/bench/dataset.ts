/**
 * A generated data set laid out as a project root the report can use with
 * `--project`: `<dir>/a<N>-m<M>-s<seed>/project/data/{config.yaml, schemes/,
 * roster.csv, exports/}`. Cached: a `dataset.json` marker is written last, so
 * an interrupted generation is redone rather than half-reused.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generateBenchData } from "./generate.ts";

export interface Dataset {
  /** The folder holding this size's project, marker and built site. */
  home: string;
  project: string;
  exports: string;
  agents: number;
  months: number;
  seed: number;
  rows: number;
  bytes: number;
  /** Seconds spent generating now; null when reused from the cache. */
  generatedSeconds: number | null;
}

type Marker = Pick<Dataset, "agents" | "months" | "seed" | "rows" | "bytes"> & { format: number };

/** Bumped when the generator changes what it writes, so an older cached set is made again. */
const FORMAT = 2;

export function datasetHome(dir: string, agents: number, months: number, seed: number): string {
  return resolve(dir, `a${agents}-m${months}-s${seed}`);
}

async function readMarker(file: string): Promise<Marker | null> {
  try {
    const marker = JSON.parse(await readFile(file, "utf8")) as Marker;
    return marker.format === FORMAT ? marker : null;
  } catch {
    return null;
  }
}

export async function ensureDataset(opts: {
  dir: string;
  agents: number;
  months: number;
  seed: number;
  /** Never generate: fail when the cached set is missing. */
  skipGenerate: boolean;
  /** The repository's data/ folder, whose config.yaml and schemes/ are copied. */
  repoData: string;
}): Promise<Dataset> {
  const home = datasetHome(opts.dir, opts.agents, opts.months, opts.seed);
  const project = join(home, "project");
  const data = join(project, "data");
  const exports = join(data, "exports");
  const markerFile = join(home, "dataset.json");
  const cached = await readMarker(markerFile);
  const paths = { home, project, exports };
  if (cached) return { ...paths, ...cached, generatedSeconds: null };
  if (opts.skipGenerate)
    throw new Error(`--skip-generate: no complete data set at ${home} (run once without it)`);

  await rm(home, { recursive: true, force: true });
  const started = performance.now();
  const generated = await generateBenchData({
    dir: exports,
    agents: opts.agents,
    months: opts.months,
    seed: opts.seed,
  });
  // The generator writes the roster beside the exports; the report reads it from data/.
  await rename(join(exports, "roster.csv"), join(data, "roster.csv"));
  await cp(join(opts.repoData, "config.yaml"), join(data, "config.yaml"));
  await cp(join(opts.repoData, "schemes"), join(data, "schemes"), { recursive: true });
  const seconds = (performance.now() - started) / 1000;
  const marker: Marker = {
    format: FORMAT,
    agents: opts.agents,
    months: opts.months,
    seed: opts.seed,
    rows: generated.rows,
    bytes: generated.bytes,
  };
  await mkdir(home, { recursive: true });
  await writeFile(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
  return { ...paths, ...marker, generatedSeconds: seconds };
}

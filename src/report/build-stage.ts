/**
 * The report's build stage (Node only): the site built into the claimed
 * output folder's staging area, with the site data file written alongside
 * for `npm run dev` and build shards.
 */
import { rename, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { SITE_DATA_FILE } from "../site/data.ts";
import type { SiteData } from "../site/model/site-data.ts";
import { removeOnInterrupt } from "./interrupt-cleanup.ts";
import { listTree } from "./list-tree.ts";
import { moveInto } from "./move-files.ts";
import type { ReportOptions } from "./options.ts";
import type { OutputFolder } from "./output-folder.ts";
import type { ReportEffects } from "./run-report.ts";
import { writeJsonStreamed } from "./site-data-file.ts";

/** `.cache/site-data-<pid>.json`: one run's site data while it builds (see buildStage). */
export const runDataFile = (pid: number) => SITE_DATA_FILE.replace(/\.json$/, `-${pid}.json`);

export type SiteBuild = (opts: {
  root: string;
  base: string;
  site: string | undefined;
  outDir: string;
  /** The site data, in memory… */
  data: SiteData;
  /** …and as the JSON file other processes read (`npm run dev`, build shards)… */
  dataFile: string;
  /**
   * …which the report writes while the build starts (its bundling leaves this
   * thread idle); a build that reads the file (shards) awaits this first.
   */
  writeDataFile: () => Promise<void>;
}) => Promise<void>;

/**
 * Builds into the claimed folder's staging area. Astro writes server chunks
 * into its output folder and they must resolve node_modules: a staging folder
 * outside the project is built inside `.cache` first, then moved over.
 */
export async function buildStage(
  data: SiteData,
  options: ReportOptions,
  fx: Pick<ReportEffects, "root" | "buildSite">,
  output: OutputFolder,
): Promise<{ pages: number }> {
  const root = resolve(fx.root);
  const inside = !relative(root, output.staging).startsWith("..");
  const buildDir = inside ? output.staging : join(root, ".cache", `build-${process.pid}`);
  const forget = removeOnInterrupt(buildDir);
  // Read by the build's shards when it runs in several processes: this run's own file, so a
  // second report of the same project at once cannot hand them its data. Renamed to the file
  // `npm run dev` reads once the build is done.
  const dataFile = join(root, runDataFile(process.pid));
  const forgetData = removeOnInterrupt(dataFile);
  const written = writeJsonStreamed(dataFile, data);
  // Awaited below whatever the build does; this keeps a failure from going unhandled meanwhile.
  written.catch(() => {});
  const writeDataFile = () => written;
  try {
    if (!inside) await rm(buildDir, { recursive: true, force: true });
    await fx.buildSite({
      root,
      base: options.base,
      site: options.site,
      outDir: buildDir,
      data,
      dataFile,
      writeDataFile,
    });
    await written;
    if (!inside) await moveInto(buildDir, output.staging);
    await rename(dataFile, join(root, SITE_DATA_FILE));
  } finally {
    if (!inside) await rm(buildDir, { recursive: true, force: true });
    await written.catch(() => {});
    await rm(dataFile, { force: true });
    forget();
    forgetData();
  }
  return { pages: await countPages(output.staging) };
}

async function countPages(dir: string): Promise<number> {
  const entries = await listTree(dir).catch(() => [] as string[]);
  return entries.filter((e) => e === "index.html" || e.endsWith("/index.html")).length;
}

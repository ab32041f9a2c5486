/**
 * The report's build stage (Node only): the site built into the claimed
 * output folder's staging area, with the site data file written alongside
 * for `npm run dev` and build shards.
 */
import { readdir, rm } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { SITE_DATA_FILE } from "../site/data.ts";
import type { SiteData } from "../site/model/site-data.ts";
import { removeOnInterrupt } from "./interrupt-cleanup.ts";
import { moveInto } from "./move-files.ts";
import type { ReportOptions } from "./options.ts";
import type { OutputFolder } from "./output-folder.ts";
import type { ReportEffects } from "./run-report.ts";
import { writeJsonStreamed } from "./site-data-file.ts";

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
  // Kept for `npm run dev`, and read by the build's shards when it runs in several processes.
  const dataFile = join(root, SITE_DATA_FILE);
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
  } finally {
    if (!inside) await rm(buildDir, { recursive: true, force: true });
    forget();
  }
  return { pages: await countPages(output.staging) };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((e) => e === "index.html" || e.endsWith(`${sep}index.html`)).length;
}

/**
 * Build-time access to the report data. The report pipeline writes it
 * (`npm run report` runs that step first); pages only read it, once per build.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SiteData } from "./model/site-data.ts";
import { indexSiteData, type SiteIndex } from "./model/site-index.ts";

export const SITE_DATA_FILE = ".cache/site-data.json";

let cached: SiteIndex | undefined;
let cachedFrom: SiteData | undefined;
/**
 * A global, not a module variable: Astro bundles the pages, so they get their
 * own copy of this module, but they render in the report's process.
 */
const SHARED = Symbol.for("kefu-kpi-report.site-data");
type Shared = { [SHARED]?: SiteData };

export function shareSiteData(data: SiteData): void {
  (globalThis as Shared)[SHARED] = data;
}

export function siteData(): SiteIndex {
  const shared = (globalThis as Shared)[SHARED];
  // Keyed on the shared object: a second build in the same process must not see the first's data.
  if (shared) {
    if (cachedFrom !== shared) {
      cached = indexSiteData(shared);
      cachedFrom = shared;
    }
    return cached as SiteIndex;
  }
  if (cached) return cached;
  cached = indexSiteData(readSiteDataFile(process.env.REPORT_DATA ?? SITE_DATA_FILE));
  return cached;
}

/** The site data as the report wrote it (`npm run dev`, and the shards of a large build). */
export function readSiteDataFile(path: string): SiteData {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(
      `No report data at ${file}: run \`npm run report\` (it prepares the data, then builds).`,
    );
  }
  return JSON.parse(text) as SiteData;
}

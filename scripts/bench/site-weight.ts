/**
 * Page weight of a built site: how many HTML pages, the heaviest agent page,
 * the heaviest month page, the heaviest team page of a large month, and the
 * heaviest file the compare page fetches lazily (under compare/data/).
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface Heaviest {
  path: string;
  bytes: number;
}

export interface SiteWeight {
  pages: number;
  files: number;
  totalBytes: number;
  largestAgentPage: Heaviest | null;
  largestMonthPage: Heaviest | null;
  /** Null when no month is large enough for team pages (see src/site/model/teams.ts). */
  largestTeamPage: Heaviest | null;
  largestCompareData: Heaviest | null;
}

const heavier = (a: Heaviest | null, b: Heaviest) => (a === null || b.bytes > a.bytes ? b : a);

export async function siteWeight(outDir: string): Promise<SiteWeight> {
  const weight: SiteWeight = {
    pages: 0,
    files: 0,
    totalBytes: 0,
    largestAgentPage: null,
    largestMonthPage: null,
    largestTeamPage: null,
    largestCompareData: null,
  };
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(outDir, full).split(sep).join("/");
    const { size } = await stat(full);
    weight.files += 1;
    weight.totalBytes += size;
    if (entry.name === "index.html") weight.pages += 1;
    if (/^(en\/)?agents\/[^/]+\/index\.html$/.test(path))
      weight.largestAgentPage = heavier(weight.largestAgentPage, { path, bytes: size });
    if (/^(en\/)?months\/[^/]+\/index\.html$/.test(path))
      weight.largestMonthPage = heavier(weight.largestMonthPage, { path, bytes: size });
    if (/^(en\/)?months\/[^/]+\/teams\/[^/]+\/index\.html$/.test(path))
      weight.largestTeamPage = heavier(weight.largestTeamPage, { path, bytes: size });
    if (/^(en\/)?compare\/data\//.test(path))
      weight.largestCompareData = heavier(weight.largestCompareData, { path, bytes: size });
  }
  return weight;
}

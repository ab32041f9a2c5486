/** The site build step: Astro's programmatic build with the report's base, site and output folder. */
import { build } from "astro";
import type { SiteBuild } from "./run-report.ts";

export const astroBuild: SiteBuild = async ({ root, base, site, outDir, dataFile }) => {
  process.env.REPORT_DATA = dataFile;
  await build({
    root,
    base,
    outDir,
    ...(site ? { site } : {}),
    logLevel: "error",
  });
};

/** The site build step: Astro's programmatic build with the report's base, site and output folder. */
import { build } from "astro";
import { shareSiteData } from "../site/data.ts";
import type { SiteBuild } from "./run-report.ts";

export const astroBuild: SiteBuild = async ({ root, base, site, outDir, dataFile, data }) => {
  process.env.REPORT_DATA = dataFile;
  // The pages render in this process: hand them the data instead of a second parsed copy.
  shareSiteData(data);
  // Astro lets BASE_URL from the environment override the configured base (test runners and
  // some shells set it), which would break every link: the base given here must win.
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE"]) delete process.env[name];
  await build({
    root,
    base,
    outDir,
    ...(site ? { site } : {}),
    logLevel: "error",
  });
};

/**
 * One shard of a large site build, run by the report in its own process
 * (src/report/astro-build.ts): REPORT_DATA names the site data file and
 * REPORT_SHARD which share of the agent and month pages to render.
 */
import { buildInProcess } from "../src/report/astro-build.ts";
import { readSiteDataFile } from "../src/site/data.ts";

const [root, base, outDir, site] = process.argv.slice(2);
if (!root || !base || !outDir) {
  process.stderr.write("usage: build-shard.ts ROOT BASE OUT_DIR [SITE]\n");
  process.exit(2);
}
const dataFile = process.env.REPORT_DATA ?? "";
await buildInProcess({
  root,
  base,
  outDir,
  site: site || undefined,
  data: readSiteDataFile(dataFile),
  dataFile,
  // The report wrote it before starting the shards.
  writeDataFile: async () => {},
});

/**
 * `npm run sample`: regenerate the committed sample data under data/
 * (exports/ and roster.csv) from a fixed seed. Re-running it reproduces
 * byte-identical files. Options: --dir (default: the repository's data/),
 * --seed.
 */

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSampleData, SAMPLE_SEED } from "../src/synth/sample-data.ts";

const { values } = parseArgs({
  options: { dir: { type: "string" }, seed: { type: "string" } },
  strict: true,
});
const dataDir = values.dir ?? fileURLToPath(new URL("../data", import.meta.url));
const seed = values.seed === undefined ? SAMPLE_SEED : Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed: expected an integer, got '${values.seed}'`);
  process.exit(2);
}

const sample = buildSampleData(seed);
let bytes = 0;
for (const file of sample.files) {
  const target = join(dataDir, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.bytes);
  bytes += file.bytes.length;
}
const rows =
  [...sample.rows.values()].reduce((n, m) => n + m.presales.length + m.aftersales.length, 0) +
  [...sample.feige.values()].reduce((n, days) => n + days.length, 0);
console.log(
  `wrote ${sample.files.length} files, ${rows} daily rows, ${(bytes / 1024).toFixed(0)} KiB to ${dataDir} (seed ${seed})`,
);

/**
 * A process writing an endless output to a file as `score --out` does (argv: the file), with
 * score's signal handling; it prints "writing" once the temp file exists, for a test to interrupt.
 */
import { existsSync } from "node:fs";
import { writeChunksToFile } from "../../src/output/write-chunks.ts";
import { cleanUpOnSignals } from "../../src/report/interrupt-cleanup.ts";

const [file = "out.json"] = process.argv.slice(2);
cleanUpOnSignals(
  (line) => process.stderr.write(`${line}\n`),
  {},
  {
    command: "score",
    unchanged: "an --out file is left as it was",
  },
);
const piece = "x".repeat(64 * 1024);
function* endless() {
  for (let i = 0; ; i++) {
    if (i === 64 && existsSync(`${file}.${process.pid}.tmp`)) process.stdout.write("writing\n");
    yield piece;
  }
}
await writeChunksToFile(file, endless());

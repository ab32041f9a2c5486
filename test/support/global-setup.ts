/** Vitest global setup: leave no temporary folders behind after a run. */
import { rmSync } from "node:fs";
import { TEST_TMP_ROOT } from "./temp-dir.ts";

export default function setup(): () => void {
  return () => rmSync(TEST_TMP_ROOT, { recursive: true, force: true });
}

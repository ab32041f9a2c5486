/**
 * Temporary folders for tests, all under one root per test run that the
 * global teardown removes. Per run (the Vitest main process's id, set in
 * vitest.config.ts), so two runs at once on one machine do not delete each
 * other's files.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEST_TMP_ROOT = join(
  tmpdir(),
  "kefu-kpi-tests",
  process.env.KEFU_TEST_RUN ?? `run-${process.pid}`,
);

export function tempDir(prefix: string): string {
  mkdirSync(TEST_TMP_ROOT, { recursive: true });
  return mkdtempSync(join(TEST_TMP_ROOT, `${prefix}-`));
}

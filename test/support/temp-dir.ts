/** Temporary folders for tests, all under one root that the global teardown removes. */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEST_TMP_ROOT = join(tmpdir(), "kefu-kpi-tests");

export function tempDir(prefix: string): string {
  mkdirSync(TEST_TMP_ROOT, { recursive: true });
  return mkdtempSync(join(TEST_TMP_ROOT, `${prefix}-`));
}

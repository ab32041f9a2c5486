/** Test helper: write small export files into a fresh temp folder, ingest them. */

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type IngestOptions, ingestFiles, listExportFiles } from "~/ingest/ingest.ts";
import { tempDir } from "../support/temp-dir.ts";

export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir("kpi-ingest");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function ingestTemp(
  files: Record<string, string | Uint8Array>,
  options: Partial<IngestOptions> = {},
) {
  const dir = tempFiles(files);
  const { files: paths } = await listExportFiles([dir]);
  const displayName = (p: string) => p.slice(dir.length + 1);
  return ingestFiles(paths, { today: "2026-11-26", displayName, ...options });
}

export const HEADER = "客服,日期,询单人数,最终付款人数,首次响应时间(秒),接待人数";

/**
 * No silent emptiness: a run whose exports give no agent-month must not pass
 * for a clean, empty one (in CI that would publish an empty report over a
 * good one). The problem says what the run saw: the files by type, what each
 * unread one is, and why the rows read gave nothing.
 */
import { extname } from "node:path";
import type { IngestResult } from "../ingest/ingest.ts";
import type { Problem, UnreadFile } from "../ingest/problems.ts";

function typeCounts(files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of files) {
    const ext = extname(f.replace(/#.*$/, "")).toLowerCase() || "(no extension)";
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([ext, n]) => `${n} ${ext}`)
    .join(", ");
}

/** The error for a run that scored no agent-month, or null when it scored some. */
export function noDataProblem(
  where: readonly string[],
  files: readonly string[],
  ingest: Pick<IngestResult, "agentMonths" | "files" | "problems">,
  unread: readonly UnreadFile[],
  month: string | undefined,
): Problem | null {
  if (ingest.agentMonths.length > 0) return null;
  const seen = [...files, ...unread.map((u) => u.file)];
  const lines = [
    seen.length === 0
      ? "no data row: no files at all"
      : `no data row: ${seen.length} file(s) seen (${typeCounts(seen)}), ${files.length} of them read as exports`,
  ];
  const failed = new Map<string, string>();
  for (const p of ingest.problems)
    if (p.severity === "error" && p.row === undefined && !failed.has(p.file))
      failed.set(p.file, p.message);
  for (const [file, message] of failed) lines.push(`  could not read ${file}: ${message}`);
  const read = ingest.files.reduce((n, f) => n + f.read, 0);
  if (read > 0) {
    const skipped = new Map<string, number>();
    for (const f of ingest.files)
      for (const [reason, n] of Object.entries(f.skippedBy))
        skipped.set(reason, (skipped.get(reason) ?? 0) + n);
    const rejected = ingest.files.reduce((n, f) => n + f.rejected, 0);
    const parts = [...skipped].map(([reason, n]) => `${n} ${reason}`);
    if (rejected > 0) parts.unshift(`${rejected} rejected`);
    lines.push(
      `  ${read} row(s) read, none scored: ${parts.join(", ")}${month !== undefined ? ` (--month ${month})` : ""}`,
    );
  } else if (failed.size === 0 && files.length > 0) lines.push("  the exports hold no data rows");
  for (const u of unread) lines.push(`  not read: ${u.file}: ${u.reason}`);
  return { severity: "error", file: where.join(", "), message: lines.join("\n") };
}

/**
 * The parse cache (Node only): each file's parse (its accounting, set-aside
 * rows and agent-month sums) is stored under a key of its display name, its
 * content (a hash, so a fresh checkout in CI still hits), the columns asked
 * for, the --month filter, the roster names ingest reads rows by (summary-like
 * names, aliases) and the ingest code itself. A changed file misses
 * and is parsed again; the others are merged from the cache. A parse stays
 * valid while today is past every date it read (rejections of future dates
 * depend on today).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { version as XLSX_VERSION } from "@e965/xlsx";
import type { InputColumn } from "./columns.ts";
import type { FoldPart } from "./fold-part.ts";
import type { ParsedFile, ParsedSource } from "./parse-file.ts";
import { loadProfiles } from "./profiles.ts";
import type { TableOptions } from "./table.ts";

// 3: rejected rows and problems keep the cell text they quote (publish.ts takes it out).
// 4: rejected, skipped and unread entries keep their reason codes (src/reasons).
// 5: tables report the agent names as written (spellings.ts).
// 7: a part's missing-cell reasons are codes (Int32Array) and their words.
const VERSION = "7";
let codeHash: Promise<string> | undefined;

/** A hash of the ingest sources: a new parser never reads an old cache. */
function ingestCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const h = createHash("sha256").update(VERSION).update(XLSX_VERSION);
    // Sub-folders too (spreadsheet/, period/), and the reasons' words rows are rejected with.
    for (const folder of [dir, join(dir, "..", "reasons")]) {
      const names = (await readdir(folder, { recursive: true }))
        .filter((n) => n.endsWith(".ts"))
        .sort();
      for (const n of names) h.update(n).update(await readFile(join(folder, n)));
    }
    return h.digest("hex");
  })();
  return codeHash;
}

/** sha1 of a file's bytes, streamed (an export can be hundreds of MB). */
async function contentHash(path: string): Promise<string> {
  const h = createHash("sha1");
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest("hex");
}

export class ParseCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  async key(
    path: string,
    file: string,
    columns: readonly InputColumn[],
    options: TableOptions,
  ): Promise<string> {
    return createHash("sha256")
      .update(await ingestCodeHash())
      .update(await contentHash(path))
      .update(
        JSON.stringify([
          file,
          options.month ?? "",
          options.monthOfFile ?? "",
          options.headers ?? null,
          options.rosterAgents ?? [],
          // A changed roster alias changes whose rows they are: parsed again.
          options.aliases ?? [],
          options.scored ?? null,
        ]),
      )
      .update(JSON.stringify(loadProfiles().profiles))
      .update(JSON.stringify(columns))
      .digest("hex");
  }

  async get(key: string, today: string): Promise<ParsedSource | undefined> {
    this.used.add(key);
    try {
      const parsed: unknown = deserialize(await readFile(join(this.dir, `${key}.bin`)));
      if (
        isParsedSource(parsed) &&
        parsed.tables.every((t) => t.futureRejects === 0 && t.latest <= today)
      ) {
        this.hits++;
        return parsed;
      }
    } catch {
      // absent or unreadable: parse again
    }
    this.misses++;
    return undefined;
  }

  async put(key: string, parsed: ParsedSource): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${key}.bin`);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize(parsed));
    await rename(tmp, file);
  }

  /** Drops entries this run did not use, so the cache does not grow with every edit. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      if (n.endsWith(".bin") && !this.used.has(n.slice(0, -4)))
        await rm(join(this.dir, n), { force: true });
    }
  }
}

/** A cached source: its tables each of the expected shape (see isParsedFile). */
function isParsedSource(x: unknown): x is ParsedSource {
  if (x === null || typeof x !== "object") return false;
  const p = x as Partial<Record<keyof ParsedSource, unknown>>;
  return Array.isArray(p.unread) && Array.isArray(p.tables) && p.tables.every(isParsedFile);
}

/**
 * A cache entry that deserialises but is not a parse of the expected shape
 * (written by another version, or by hand) is a miss, never a crash later on.
 */
function isParsedFile(x: unknown): x is ParsedFile {
  if (x === null || typeof x !== "object") return false;
  const p = x as Partial<Record<keyof ParsedFile, unknown>>;
  const account = p.account as Record<string, unknown> | undefined;
  const counts = account ? ["read", "scored", "rejected", "skipped"].map((k) => account[k]) : [];
  return (
    typeof p.latest === "string" &&
    typeof p.futureRejects === "number" &&
    [p.rejected, p.skipped, p.problems, p.columnsSeen, p.unknown].every(Array.isArray) &&
    typeof account?.file === "string" &&
    counts.every((n) => typeof n === "number") &&
    typeof account?.skippedBy === "object" &&
    Array.isArray(p.parts) &&
    p.parts.every(isPart)
  );
}

function isPart(x: unknown): x is FoldPart {
  if (x === null || typeof x !== "object") return false;
  const part = x as Partial<Record<keyof FoldPart, unknown>>;
  const length = Array.isArray(part.agents) ? part.agents.length : -1;
  return (
    typeof part.file === "string" &&
    [part.months, part.roles].every((a) => Array.isArray(a) && a.length === length) &&
    Array.isArray(part.reasonTexts) &&
    part.reasons instanceof Int32Array &&
    part.reasons.length % 3 === 0 &&
    [part.counts, part.masks, part.rejected].every(
      (a) => a instanceof Int32Array && a.length === length,
    ) &&
    part.rows instanceof Int32Array &&
    part.columns instanceof Int32Array &&
    part.header instanceof Int32Array &&
    part.acc instanceof Float64Array
  );
}

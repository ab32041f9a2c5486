/**
 * Writes an output produced in pieces (see resultsJsonChunks) as it is
 * produced: small pieces are gathered into blocks of about 64 KB, each block
 * waits for the stream to take the previous one, so memory stays at one
 * block however large the output.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Writable } from "node:stream";

const BLOCK = 1 << 16;

export async function writeChunks(out: Writable, chunks: Iterable<string>): Promise<void> {
  let block = "";
  for (const chunk of chunks) {
    block += chunk;
    if (block.length < BLOCK) continue;
    const full = block;
    block = "";
    if (!out.write(full)) await drained(out);
  }
  if (block !== "" && !out.write(block)) await drained(out);
}

/** Waits for 'drain' (which fails on an 'error'), or fails if the stream closes first. */
async function drained(out: Writable): Promise<void> {
  const stop = new AbortController();
  const closed = once(out, "close", { signal: stop.signal }).then(() => {
    throw new Error("output closed before it was written");
  });
  closed.catch(() => {});
  try {
    await Promise.race([once(out, "drain", { signal: stop.signal }), closed]);
  } finally {
    stop.abort();
  }
}

/** Writes the pieces to `file` through a temp file renamed into place: a reader never sees half a file. */
export async function writeChunksToFile(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  try {
    await Promise.race([
      writeChunks(out, chunks),
      once(out, "error").then(([e]) => Promise.reject(e)),
    ]);
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
  await rename(tmp, file);
}

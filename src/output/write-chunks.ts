/**
 * Writes an output produced in pieces (see resultsJsonChunks) as it is
 * produced. Each piece's UTF-8 bytes are written straight into a block of
 * 256 KB (no `block += piece` string to flatten and encode again); a full
 * block goes to the stream and a fresh one is taken (the stream may still
 * hold the old one), and the writer waits whenever the stream is full, so
 * memory stays at a few blocks however large the output.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Writable } from "node:stream";

const BLOCK = 1 << 18;
/** UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 units; a lone surrogate is U+FFFD's 3). */
const MAX_BYTES_PER_UNIT = 3;

/** The same bytes as writing `Buffer.from([...chunks].join(""))`, written as produced. */
export async function writeChunks(out: Writable, chunks: Iterable<string>): Promise<void> {
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  const put = async (piece: string) => {
    const most = piece.length * MAX_BYTES_PER_UNIT;
    if (used + most > block.length) {
      if (used > 0) {
        const full = block.subarray(0, used);
        block = Buffer.allocUnsafe(BLOCK);
        used = 0;
        if (!out.write(full)) await drained(out);
      }
      if (most > block.length) {
        if (!out.write(Buffer.from(piece, "utf8"))) await drained(out);
        return;
      }
    }
    used += block.write(piece, used, "utf8");
  };
  // A high surrogate that ends a piece is held back for the next one, so a pair split
  // between two pieces is still encoded as one character.
  let held = "";
  for (let piece of chunks) {
    if (held !== "") {
      piece = held + piece;
      held = "";
    }
    const last = piece.charCodeAt(piece.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      held = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    await put(piece);
  }
  await put(held);
  if (used > 0 && !out.write(block.subarray(0, used))) await drained(out);
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
  // Room for a few blocks, so the next block is produced while the last one is written.
  const out = createWriteStream(tmp, { highWaterMark: 4 * BLOCK });
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

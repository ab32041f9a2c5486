/**
 * Writes an output produced in pieces (see resultsJsonChunks) as it is
 * produced. Text pieces are encoded straight into 256 KB blocks (ByteSink: no
 * `block += piece` string to flatten and encode again); byte pieces are
 * copied in, or handed to the stream as they are when large. The writer waits
 * whenever the stream is full, so memory stays at a few blocks however large
 * the output.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import { removeOnInterrupt } from "../report/interrupt-cleanup.ts";
import { BLOCK_BYTES, ByteSink, recycle } from "./byte-sink.ts";

/**
 * A piece of output: text, or UTF-8 bytes. A byte piece is the writer's once
 * handed over (a stream may still hold it): its producer makes a fresh one.
 */
export type OutputPiece = string | Uint8Array;

/**
 * The bytes of the pieces in order (text as UTF-8, as `Buffer.from(joined
 * text)`), written as produced. With `reuse`, the stream is one that is done
 * with a block when its write callback runs (a file, stdout: not a stream
 * that passes the block on), and blocks are given back to be filled again.
 */
export async function writeChunks(
  out: Writable,
  chunks: Iterable<OutputPiece>,
  reuse = false,
): Promise<void> {
  const sink = new ByteSink();
  const written = (b: Uint8Array) => (error?: Error | null) => {
    if (!error) recycle(b);
  };
  const send = async (blocks: readonly Uint8Array[]) => {
    // A stream that failed (a reader that closed its pipe) takes nothing more: stop producing.
    if (out.destroyed) throw out.errored ?? new Error("output closed before it was written");
    for (const b of blocks) {
      const more = reuse ? out.write(b, written(b)) : out.write(b);
      if (!more) await drained(out);
    }
  };
  // A high surrogate that ends a text piece is held back for the next one, so a pair split
  // between two pieces is still encoded as one character.
  let held = "";
  for (let piece of chunks) {
    if (typeof piece === "string") {
      if (held !== "") {
        piece = held + piece;
        held = "";
      }
      const last = piece.charCodeAt(piece.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        held = piece.slice(-1);
        piece = piece.slice(0, -1);
      }
      sink.text(piece);
    } else {
      sink.text(held);
      held = "";
      if (piece.length >= BLOCK_BYTES / 2) {
        await send(sink.take(true));
        await send([piece]);
        continue;
      }
      sink.bytes(piece);
    }
    // Most pieces fill no block: no promise to wait for then (a writer of many small pieces
    // spent as long in these waits as in encoding), but a closed stream still stops it here.
    const full = sink.take();
    if (full.length > 0 || out.destroyed) await send(full);
  }
  sink.text(held);
  await send(sink.take(true));
}

/** The pieces as one string (in memory: tests, small outputs); text pieces alone are just joined. */
export function piecesText(chunks: Iterable<OutputPiece>): string {
  const bytes: Uint8Array[] = [];
  let text = "";
  for (const c of chunks)
    if (typeof c === "string") text += c;
    else {
      bytes.push(Buffer.from(text, "utf8"), c);
      text = "";
    }
  return bytes.length === 0
    ? text
    : Buffer.concat([...bytes, Buffer.from(text, "utf8")]).toString("utf8");
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
export async function writeChunksToFile(
  file: string,
  chunks: Iterable<OutputPiece>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // Ctrl-C while writing (a 1 GB score output takes seconds) leaves no half file beside `file`.
  const forget = removeOnInterrupt(tmp);
  // Room for a few blocks, so the next block is produced while the last one is written.
  const out = createWriteStream(tmp, { highWaterMark: 4 * BLOCK_BYTES });
  try {
    await Promise.race([
      writeChunks(out, chunks, true),
      once(out, "error").then(([e]) => Promise.reject(e)),
    ]);
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(tmp, { force: true });
    forget();
    throw error;
  }
  await rename(tmp, file);
  forget();
}

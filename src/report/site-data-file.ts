/**
 * Writes the site data as JSON (for `npm run dev` and the build shards)
 * without holding it as one string: a large report's data is ~70 MB of JSON,
 * and the string plus its bytes would raise the report's peak memory by
 * several times that. The output is exactly `JSON.stringify(data)`.
 */

import { writeChunksToFile } from "../output/write-chunks.ts";

/** Arrays longer than this are written element by element. */
const SPLIT_ABOVE = 256;

export async function writeJsonStreamed(file: string, data: object): Promise<void> {
  // Each piece is encoded straight into the writer's blocks (see writeChunks): joining the
  // pieces into a string first cost as much again as making them.
  await writeChunksToFile(file, jsonPieces(data));
}

/** `JSON.stringify(data)` in pieces: a long array an element at a time. */
function* jsonPieces(data: object): Generator<string> {
  let first = true;
  yield "{";
  for (const [key, value] of Object.entries(data)) {
    const json = Array.isArray(value) ? undefined : JSON.stringify(value);
    // As JSON.stringify: a key whose value has no JSON form (undefined, a function) is left out.
    if (!Array.isArray(value) && json === undefined) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value) || value.length <= SPLIT_ABOVE) {
      yield json ?? JSON.stringify(value);
      continue;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      yield JSON.stringify(value[i]) ?? "null";
    }
    yield "]";
  }
  yield "}";
}

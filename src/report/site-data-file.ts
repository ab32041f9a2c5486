/**
 * Writes the site data as JSON (for `npm run dev` and the build shards)
 * without holding it as one string: a large report's data is ~70 MB of JSON,
 * and the string plus its bytes would raise the report's peak memory by
 * several times that. The output is exactly `JSON.stringify(data)`.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";

/** Arrays longer than this are written element by element. */
const SPLIT_ABOVE = 256;
const FLUSH_AT = 1 << 20;

export async function writeJsonStreamed(file: string, data: object): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  let pending = "";
  const put = async (text: string) => {
    pending += text;
    if (pending.length < FLUSH_AT) return;
    const chunk = pending;
    pending = "";
    if (!out.write(chunk)) await once(out, "drain");
  };
  let first = true;
  await put("{");
  for (const [key, value] of Object.entries(data)) {
    const json = Array.isArray(value) ? undefined : JSON.stringify(value);
    // As JSON.stringify: a key whose value has no JSON form (undefined, a function) is left out.
    if (!Array.isArray(value) && json === undefined) continue;
    await put(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value) || value.length <= SPLIT_ABOVE) {
      await put(json ?? JSON.stringify(value));
      continue;
    }
    await put("[");
    for (let i = 0; i < value.length; i++) {
      await put(`${i === 0 ? "" : ","}${JSON.stringify(value[i]) ?? "null"}`);
    }
    await put("]");
  }
  out.end(`${pending}}`);
  await once(out, "finish");
  await rename(tmp, file);
}

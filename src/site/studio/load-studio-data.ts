/** Fetches the studio's two files (the index and the columnar values) and builds the rows scoring reads. */
import { decodeTable } from "../../studio/columnar.ts";
import { type StudioIndex, type StudioRow, studioRows } from "../../studio/studio-data.ts";

async function fetched(url: string): Promise<Response> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${r.url}`);
  return r;
}

export async function loadStudioData(
  dataBase: string,
): Promise<{ index: StudioIndex; rows: StudioRow[] }> {
  const [index, bytes] = await Promise.all([
    fetched(`${dataBase}index.json`).then((r) => r.json() as Promise<StudioIndex>),
    fetched(`${dataBase}values.bin`).then((r) => r.arrayBuffer()),
  ]);
  return { index, rows: studioRows(index, decodeTable(new Uint8Array(bytes))) };
}

/**
 * The peer for ingest: DuckDB reads the same export files and sums their
 * daily rows per agent and month (`read_csv` + `GROUP BY`), writing the
 * monthly table to a CSV — the aggregation the README's "At scale" advises
 * doing upstream. Run as its own process by bench-peers.ts:
 * `node scripts/bench/duckdb-peer.ts <peers-dir> <out.csv> <file>...`.
 * DuckDB is not a dependency of the project: bench-peers.ts installs
 * `@duckdb/node-api` on demand into `<peers-dir>` (under bench-data/).
 * Prints one JSON line: {seconds, agentMonths}.
 */
import { createRequire } from "node:module";
import { join } from "node:path";

type DuckDb = typeof import("./duckdb-types.ts");

const [peersDir, out, ...files] = process.argv.slice(2);
if (!peersDir || !out || files.length === 0) {
  console.error("usage: duckdb-peer.ts <peers-dir> <out.csv> <file>...");
  process.exit(2);
}
const { DuckDBInstance } = createRequire(join(peersDir, "package.json"))(
  "@duckdb/node-api",
) as DuckDb;

const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;
const started = performance.now();
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
// The 千牛 headers: agent 客服昵称, date 日期; "-" is the platform's empty cell; every other
// column is summed as a number (a column whose sampled rows are all "-" is typed as text).
const source = `read_csv([${files.map(sql).join(", ")}], header = true, nullstr = '-', union_by_name = true)`;
await con.run(
  `COPY (
     SELECT "客服昵称" AS agent, strftime("日期", '%Y-%m') AS month, count(*) AS days,
            sum(TRY_CAST(COLUMNS(c -> c NOT IN ('客服昵称', '日期')) AS DOUBLE))
     FROM ${source}
     GROUP BY ALL
   ) TO ${sql(out)} (HEADER)`,
);
const reader = await con.runAndReadAll(`SELECT count(*) AS n FROM read_csv(${sql(out)})`);
const agentMonths = Number(reader.getRows()[0]?.[0] ?? 0);
con.closeSync();
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds: Number(seconds.toFixed(2)), agentMonths }));

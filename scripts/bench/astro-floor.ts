/**
 * The report build's floor: a bare Astro project that emits the same HTML
 * pages as a built report site — every finished page read from disk and put
 * out through `set:html`, nothing else — so the report's build time can be
 * read as a multiple of what Astro itself needs to write those bytes.
 * `node scripts/bench/astro-floor.ts <built-site> <work-dir>` (the work
 * folder must be inside the repository, so that it resolves `astro`); prints
 * one JSON line: {seconds, pages, bytes}.
 */
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const [site, work] = process.argv.slice(2);
if (!site || !work) {
  console.error("usage: astro-floor.ts <built-site> <work-dir>");
  process.exit(2);
}

const pages: [string, string][] = [];
let bytes = 0;
for (const entry of await readdir(site, { recursive: true })) {
  if (entry !== "index.html" && !entry.endsWith(`${sep}index.html`)) continue;
  const file = join(site, entry);
  bytes += (await stat(file)).size;
  pages.push([relative(site, join(file, "..")).split(sep).join("/"), file]);
}

await rm(work, { recursive: true, force: true });
await mkdir(join(work, "src", "pages"), { recursive: true });
const list = join(work, "pages.json");
await writeFile(list, JSON.stringify(pages));
await writeFile(
  join(work, "astro.config.mjs"),
  `export default { output: "static", trailingSlash: "always", build: { format: "directory", concurrency: 8 }, devToolbar: { enabled: false } };\n`,
);
await writeFile(
  join(work, "src", "pages", "[...page].astro"),
  `---
import { readFileSync } from "node:fs";
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(${JSON.stringify(list)}, "utf8"));
  return pages.map(([page, file]) => ({ params: { page: page === "" ? undefined : page }, props: { file } }));
}
const html = readFileSync(Astro.props.file, "utf8");
---
<Fragment set:html={html} />
`,
);

process.env.ASTRO_TELEMETRY_DISABLED = "1";
const started = performance.now();
const { build } = await import("astro");
await build({ root: work, outDir: join(work, "dist"), logLevel: "error" });
const seconds = (performance.now() - started) / 1000;
const built = (await readdir(join(work, "dist"), { recursive: true })).filter(
  (e) => e === "index.html" || e.endsWith(`${sep}index.html`),
).length;
console.log(
  JSON.stringify({
    seconds: Number(seconds.toFixed(2)),
    pages: built,
    sourcePages: pages.length,
    bytes,
  }),
);

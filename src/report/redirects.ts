/**
 * Small pages at the agents' old addresses (the first, opaque slugs such as
 * `/agents/a-02yu21me/`) that send the reader to the readable one
 * (`/agents/xiao-mei/`), so links and bookmarks made before keep working.
 * Relative targets: they work under any base path.
 */
import { escapeXml as e } from "../charts/toSvgString.ts";
import type { SiteAgent } from "../site/model/site-data.ts";
import { legacySlugs } from "../site/slug.ts";
import type { Download } from "./downloads.ts";

export function agentRedirects(agents: readonly SiteAgent[]): Download[] {
  const old = legacySlugs(agents.map((a) => a.name));
  const current = new Set(agents.map((a) => a.slug));
  const out: Download[] = [];
  for (const a of agents) {
    const from = old.get(a.name);
    // Never shadow a page: an old slug that is some agent's current slug stays that agent's.
    if (!from || from === a.slug || current.has(from)) continue;
    for (const [prefix, lang, text] of [
      ["", "zh-CN", "此页已移至"],
      ["en/", "en", "This page has moved to"],
    ] as const) {
      const to = `../${encodeURIComponent(a.slug)}/`;
      const html =
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
        `<meta name="robots" content="noindex"><title>${e(a.name)}</title>` +
        `<link rel="canonical" href="${e(to)}"><meta http-equiv="refresh" content="0; url=${e(to)}"></head>` +
        `<body><p>${text} <a href="${e(to)}">${e(a.name)}</a></p></body></html>\n`;
      out.push({ path: `${prefix}agents/${from}/index.html`, text: html });
    }
  }
  return out;
}

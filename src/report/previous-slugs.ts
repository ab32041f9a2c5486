/**
 * The agents' addresses the site in the output folder gave them (Node only),
 * read back from its compare index, so that a new build keeps each agent's
 * slug: a bookmarked agent page never shows another agent, whatever a
 * `--month` build or months dropped from the data would order first. Only
 * when the site names agents as this run does (both real names, or both
 * pseudonymised with the same key); empty on a first run or a site it cannot
 * read.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publishedNaming } from "./published-naming.ts";

/** A slug as agentSlugs writes one: nothing else is taken from the folder. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function previousSlugs(
  target: string,
  pseudonymKey: string | undefined,
): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  if ((await publishedNaming(target, pseudonymKey)) !== "same") return slugs;
  try {
    const index = JSON.parse(
      await readFile(join(target, "compare", "data", "index.json"), "utf8"),
    ) as { agents?: unknown };
    if (!Array.isArray(index.agents)) return slugs;
    for (const a of index.agents as { name?: unknown; slug?: unknown }[])
      if (typeof a.name === "string" && typeof a.slug === "string" && SLUG.test(a.slug))
        slugs.set(a.name, a.slug);
  } catch {
    // No site there yet, or not one this report can read: slugs come from the data alone.
  }
  return slugs;
}

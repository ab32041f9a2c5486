/**
 * Whether the site in the output folder names agents as this run will (Node
 * only): both with real names, or both pseudonymised with the same key
 * (report.json's fingerprint of it). Only then can a run compare its months
 * with the site's (changes-since.ts) or keep its agents' addresses
 * (previous-slugs.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { keyFingerprint } from "./pseudonymize.ts";

/** "same"; "other-key": pseudonymised with another key; null: no site, or one named otherwise. */
export async function publishedNaming(
  target: string,
  pseudonymKey: string | undefined,
): Promise<"same" | "other-key" | null> {
  try {
    const before = JSON.parse(await readFile(join(target, "report.json"), "utf8"));
    if (before.pseudonymized !== (pseudonymKey !== undefined)) return null;
    if (
      pseudonymKey !== undefined &&
      before.pseudonymKeyFingerprint !== keyFingerprint(pseudonymKey)
    )
      return "other-key";
    return "same";
  } catch {
    return null;
  }
}

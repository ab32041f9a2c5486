/**
 * Platform profiles (Node only): one JSON file per platform export in
 * `src/ingest/profiles/`, each naming the headers that platform writes for
 * the catalogue's columns, where to download the export, and the public code
 * its header list was taken from. Data, not code: a new platform is a new
 * file. Validated with zod; a broken profile is a configuration error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const label = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

const profileSchema = z
  .object({
    $comment: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label,
    /** Where in the platform's back office the export is downloaded. */
    download: label,
    /** Public code of shops' own importers that lists these headers (repository, path or index id). */
    sources: z.array(z.string().min(1)).min(1),
    /** Column id → the headers this platform writes for it. */
    columns: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    /** Headers this export also writes that no column reads: they help recognise the file and are listed as unused. */
    other: z.array(z.string().min(1)).optional(),
    /** Daily-rate column id → the column this platform's rate is counted over (its denominator). */
    weights: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

export const PROFILES_DIR = join(dirname(), "profiles");

function dirname(): string {
  return fileURLToPath(new URL(".", import.meta.url));
}

/** Parses one profile file's JSON; errors are `file: path: message`. */
export function parseProfile(raw: unknown, file: string): { profile?: Profile; errors: string[] } {
  const parsed = profileSchema.safeParse(raw);
  if (parsed.success) return { profile: parsed.data, errors: [] };
  return {
    errors: parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "(top)"}: ${i.message}`),
  };
}

let loaded: { profiles: Profile[]; errors: string[] } | undefined;

/** Every profile in the folder, sorted by file name; read once per process. */
export function loadProfiles(dir = PROFILES_DIR): { profiles: Profile[]; errors: string[] } {
  if (dir === PROFILES_DIR && loaded) return loaded;
  const profiles: Profile[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const file = join(dir, name);
    try {
      const one = parseProfile(JSON.parse(readFileSync(file, "utf8")), file);
      if (one.profile) profiles.push(one.profile);
      errors.push(...one.errors);
    } catch (err) {
      errors.push(`${file}: invalid JSON: ${(err as Error).message}`);
    }
  }
  const result = { profiles, errors };
  if (dir === PROFILES_DIR) loaded = result;
  return result;
}

/**
 * Scheme resolution: a built-in id, a `data/schemes/*.yaml|json` file whose
 * `id` matches, or a scheme file path. Bad schemes are usage errors (exit 2)
 * naming the file and the path inside it.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Document, LineCounter, parseDocument } from "yaml";
import { getBuiltinScheme, parseScheme, type Scheme, type SchemeIssue } from "../engine/index.ts";
import { type LineOf, yamlLines } from "./yaml-lines.ts";
import { fullWidthHint, readYamlText } from "./yaml-text.ts";

export interface SchemeLoad {
  scheme: Scheme | null;
  issues: SchemeIssue[];
  /** The file's line of a path inside it, for a file read (see yaml-lines.ts). */
  lineOf?: LineOf;
}

const SCHEME_FILE = /\.(ya?ml|json)$/i;
/** Scheme files above this size are refused (see SCHEME_LIMITS for the counts inside one). */
export const MAX_SCHEME_BYTES = 1024 * 1024;
/** The JSON Schema beside the schemes (for editors) is not a scheme. */
const JSON_SCHEMA_FILE = /\.schema\.json$/i;

/** Loads and validates one scheme file. */
export async function loadSchemeFile(file: string): Promise<SchemeLoad> {
  let raw: unknown;
  let text = "";
  // Parsed once, keeping positions: a message names the line of its path (yaml-lines.ts).
  const lines = new LineCounter();
  let doc: Document | undefined;
  try {
    // Checked before reading: a runaway file is refused at once, not parsed for minutes.
    const size = (await stat(file)).size;
    if (size > MAX_SCHEME_BYTES) {
      const message = `scheme file is ${size} bytes; the limit is ${MAX_SCHEME_BYTES} (1 MiB): a real scheme is a few KB`;
      return { scheme: null, issues: [{ severity: "error", source: file, path: "", message }] };
    }
    text = await readYamlText(file);
    doc = parseDocument(text, { lineCounter: lines });
    // As yaml's parse(): the first error is thrown, with its position in its message.
    if (doc.errors[0]) throw doc.errors[0];
    raw = doc.toJS();
  } catch (err) {
    const hint = fullWidthHint(text);
    const message =
      (err as NodeJS.ErrnoException).code === "ENOENT"
        ? `no such scheme file (looked for ${resolve(file)})`
        : `invalid YAML/JSON: ${hint ? `${hint}; ` : ""}${(err as Error).message}`;
    return { scheme: null, issues: [{ severity: "error", source: file, path: "", message }] };
  }
  const load = parseScheme(raw, file);
  // `mode： points` on a line of its own parses (as a string, or a key's continuation)
  // and is then refused in words that hide the cause: say it first.
  const hint = load.issues.some((i) => i.severity === "error") ? fullWidthHint(text) : null;
  if (hint) load.issues.unshift({ severity: "error", source: file, path: "", message: hint });
  const lineOf = yamlLines(doc, lines);
  return { ...load, issues: withLines(load.issues, lineOf), lineOf };
}

/** The issues with the line of their path in the file, where it has one. */
export function withLines(issues: readonly SchemeIssue[], lineOf?: LineOf): SchemeIssue[] {
  return issues.map((i) => {
    const line = lineOf?.(i.path);
    return line === undefined ? i : { ...i, line };
  });
}

/** Every scheme file in the folder (a missing folder has none). */
export async function loadSchemeFolder(
  dir: string,
): Promise<Map<string, SchemeLoad & { file: string }>> {
  const found = new Map<string, SchemeLoad & { file: string }>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => SCHEME_FILE.test(n) && !JSON_SCHEMA_FILE.test(n)).sort()) {
    const file = join(dir, name);
    const load = await loadSchemeFile(file);
    const id = load.scheme?.id ?? name.replace(SCHEME_FILE, "");
    const first = found.get(id);
    if (!first) {
      found.set(id, { ...load, file });
      continue;
    }
    // Which file scores would otherwise be a matter of file-name order: the scheme studio's
    // download saved beside the published file ("presales (1).yaml") silently replaced it,
    // or silently did not ("presales_new.yaml").
    const twice = withLines(
      [
        {
          severity: "error",
          source: file,
          path: "id",
          message: `id '${id}' is also the id of ${first.file}: only one file may have it; move one of the two out of ${dir} (or give it another id)`,
          zh: `id '${id}' 与 ${first.file} 的相同：同一个 id 只能有一个方案文件；请把其中一个移出 ${dir}（或改用另一个 id）`,
        },
      ],
      load.lineOf,
    );
    found.set(id, { ...first, issues: [...first.issues, ...twice] });
  }
  return found;
}

/**
 * A scheme by id (built-ins first, then the folder) or by file path. `folder`
 * lets a caller resolving several ids read the folder once.
 */
export async function resolveScheme(
  idOrFile: string,
  schemesDir: string,
  folder: () => ReturnType<typeof loadSchemeFolder> = () => loadSchemeFolder(schemesDir),
): Promise<SchemeLoad & { source: string; unknown?: true }> {
  const builtin = getBuiltinScheme(idOrFile);
  if (builtin) return { scheme: builtin, issues: [], source: idOrFile };
  if (SCHEME_FILE.test(idOrFile)) return { ...(await loadSchemeFile(idOrFile)), source: idOrFile };
  const local = (await folder()).get(idOrFile);
  if (local)
    return {
      scheme: local.scheme,
      issues: local.issues,
      source: local.file,
      ...(local.lineOf ? { lineOf: local.lineOf } : {}),
    };
  return {
    scheme: null,
    issues: [
      {
        severity: "error",
        source: idOrFile,
        path: "",
        message: `unknown scheme '${idOrFile}': not a built-in id, nor a scheme in ${schemesDir}`,
      },
    ],
    source: idOrFile,
    // Found nowhere (a file found but refused has its own issues instead).
    unknown: true,
  };
}

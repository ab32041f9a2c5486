/**
 * GitHub Actions workflow commands for problems (`::error file=…,line=…,col=…::…`),
 * so that every data problem shows in the run's summary and on the file, not
 * only in the log. Printed in addition to the plain line when GITHUB_ACTIONS=true.
 */
import type { Problem } from "../ingest/problems.ts";
import { forTerminal } from "./terminal-text.ts";

/** The escaping GitHub's runner expects in a command's data part. */
const escapeData = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** …and in a property value, where `:` and `,` separate fields. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const inGithubActions = (env: Readonly<Record<string, string | undefined>>) =>
  env.GITHUB_ACTIONS === "true";

export function annotation(p: Problem): string {
  const props = [`file=${escapeProperty(forTerminal(p.file))}`];
  if (p.row !== undefined) props.push(`line=${p.row}`);
  if (p.col !== undefined) props.push(`col=${p.col}`);
  if (p.column !== undefined && p.column !== "")
    props.push(`title=${escapeProperty(forTerminal(p.column))}`);
  const command = p.severity === "warning" ? "warning" : "error";
  return `::${command} ${props.join(",")}::${escapeData(forTerminal(p.message))}`;
}

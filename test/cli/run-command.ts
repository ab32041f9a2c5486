/** Test helper: run a command against a temp project root, capturing its effects in memory. */
import type { CommandEffects } from "~/cli/effects.ts";
import { piecesText } from "~/output/write-chunks.ts";
import { tempFiles } from "../ingest/temp-files.ts";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
  root: string;
}

export async function runCommand(
  command: (argv: readonly string[], effects: CommandEffects) => Promise<number>,
  files: Record<string, string | Uint8Array>,
  argv: string[] = [],
): Promise<Run> {
  const root = tempFiles(files);
  const run: Run = { code: -1, stdout: "", stderr: "", written: new Map(), root };
  const effects: CommandEffects = {
    root,
    today: "2026-11-26",
    stdout: (t) => {
      run.stdout += t;
    },
    stderr: (t) => {
      run.stderr += t;
    },
    writeFile: async (path, text) => {
      run.written.set(path, text);
    },
    writeOutput: async (chunks, path) => {
      const text = piecesText(chunks);
      if (path === undefined) run.stdout += text;
      else run.written.set(path, text);
    },
  };
  try {
    run.code = await command(argv, effects);
  } catch (err) {
    run.code = (err as { exitCode?: number }).exitCode ?? 70;
    run.stderr += `${(err as Error).message}\n`;
  }
  return run;
}

export const FULL_HEADER =
  "客服,日期,询单人数,最终付款人数,客服销售额,店铺销售额,店铺付款人数,首次响应时间,平均响应时间,满意评价数,评价总数,接待人数";
export const dayRow = (agent: string, date: string) =>
  `${agent},${date},100,55,6600,20000,200,8,30,45,50,120`;

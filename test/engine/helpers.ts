/** Test helpers: build agent-months and parse inline schemes. */
import { getBuiltinScheme, parseScheme, type Scheme } from "~/engine/index.ts";
import type { AgentMonth } from "~/engine/types.ts";

export function am(values: Record<string, number>, month = "2026-09", agent = "小美"): AgentMonth {
  return { agent, month, values, days: 0 };
}

export function builtin(id: string): Scheme {
  const s = getBuiltinScheme(id);
  if (!s) throw new Error(`no built-in ${id}`);
  return s;
}

export function scheme(raw: unknown): Scheme {
  const { scheme: s, issues } = parseScheme(raw, "inline");
  if (!s) throw new Error(issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return s;
}

export const label = { zh: "测试", en: "test" };

/**
 * Publishing without names: every agent gets a stable alias derived from a
 * keyed hash of the name, and every string that goes out (results, data
 * quality lines) has the names replaced. With the same key, an agent keeps
 * the same alias from month to month.
 */
import { createHmac } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function aliasFor(name: string, key: string): string {
  const digest = createHmac("sha256", key).update(name.normalize("NFC")).digest();
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[(digest[i] as number) % ALPHABET.length];
  return `Agent-${code}`;
}

/** Aliases for all names; a clash (vanishingly rare) gets a numeric suffix in name order. */
export function aliasMap(names: Iterable<string>, key: string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort()) {
    let alias = aliasFor(name, key);
    for (let n = 2; used.has(alias); n++) alias = `${aliasFor(name, key)}-${n}`;
    used.add(alias);
    out.set(name, alias);
  }
  return out;
}

/** Replaces every occurrence of any name in free text (longest names first, so "小美美" is not half-replaced). */
export function scrubber(aliases: ReadonlyMap<string, string>): (text: string) => string {
  const names = [...aliases.keys()].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  if (names.length === 0) return (text) => text;
  const pattern = new RegExp(
    names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "g",
  );
  return (text) => text.replace(pattern, (m) => aliases.get(m) ?? m);
}

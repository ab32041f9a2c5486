/**
 * Publishing without names: every agent gets a stable alias derived from a
 * keyed hash of the name, and every string that goes out (results, data
 * quality lines, file paths) has the names replaced. With the same key, an
 * agent keeps the same alias from month to month.
 */
import { createHmac } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function aliasFor(name: string, key: string): string {
  const digest = createHmac("sha256", key).update(name.normalize("NFC")).digest();
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[(digest[i] as number) % ALPHABET.length];
  return `Agent-${code}`;
}

/** Consonants only: a fingerprint spells no name, and holds no digits an agent id (007) could be. */
const FINGERPRINT = "BCDFGHJKLMNPQRSTVWXZ";

/**
 * A short fingerprint of the key, written in report.json: the next report
 * compares its agent-months with this site's only when both name agents with
 * the same key (aliases under another key are other names). A keyed hash of
 * a constant, so the key itself is never written and cannot be read back.
 */
export function keyFingerprint(key: string): string {
  const digest = createHmac("sha256", key).update("kefu-kpi-report pseudonym key").digest();
  let code = "";
  for (let i = 0; i < 12; i++) code += FINGERPRINT[(digest[i] as number) % FINGERPRINT.length];
  return code;
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

/**
 * Nicks that name a role or a kind of sheet, not a person (a shared
 * `店:售前1`): replacing them would mangle file names and messages.
 * Compared lower-cased, without trailing digits.
 */
const ORDINARY = new Set([
  ...["客服", "售前", "售后", "主管", "组长", "店长", "质检", "客服主管", "运营", "培训"],
  ...["评分", "评分表", "绩效", "考核", "数据", "明细", "汇总", "合计", "总计", "小计", "平均"],
  ...["报表", "统计", "导出", "月报", "周报", "日报", "工作表", "模板", "旗舰店", "店铺"],
  ...["admin", "test", "demo", "data", "sheet", "total", "kefu", "service", "support"],
  ...["staff", "agent", "team", "shop", "store", "export", "report", "sales"],
]);

/**
 * The nick of a `shop:nick` name (千牛, 赤兔: `棉语旗舰店:丁丁0003`), which a
 * supervisor may write alone (`丁丁0003.xlsx`); null when it cannot stand for
 * the person without mangling ordinary text: shorter than two characters,
 * no letter in it (a number would match inside dates), or an ordinary word.
 */
export function nickOf(name: string): string | null {
  const at = name.indexOf(":");
  if (at < 0) return null;
  const nick = name.slice(at + 1).trim();
  if ([...nick].length < 2 || !/\p{L}/u.test(nick)) return null;
  return ORDINARY.has(nick.toLowerCase().replace(/\d+$/, "")) ? null : nick;
}

/** An alias already in the text is kept as it is: scrubbing twice changes nothing. */
const ALIAS = "Agent-[A-Z2-9]{6}(?:-\\d+)?";

const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

/** Whether `edge`, a name's first or last character, runs on into `next` (letter into letter, digit into digit). */
function runsOn(edge: string | undefined, next: string | undefined): boolean {
  if (edge === undefined || next === undefined) return false;
  return (LETTER.test(edge) && LETTER.test(next)) || (DIGIT.test(edge) && DIGIT.test(next));
}

/** Whether `name` stands whole at `at`: not the inside of a longer word or number ("Ann" in "Annual", "007" in "2007"). */
function wholeAt(text: string, at: number, name: string): boolean {
  return (
    text.startsWith(name, at) &&
    !runsOn(name[0], text[at - 1]) &&
    !runsOn(name.at(-1), text[at + name.length])
  );
}

/**
 * Replaces every occurrence of any name in free text (longest names first, so
 * "小美美" is not half-replaced), but not inside a longer word or number. The
 * regex finds names anywhere (a lookaround on each of 3,000 names made it some
 * 80 times slower); where one runs on into a word, a shorter name that starts
 * there may still stand whole.
 */
export function scrubber(aliases: ReadonlyMap<string, string>): (text: string) => string {
  const names = [...aliases.keys()].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  if (names.length === 0) return (text) => text;
  const literal = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(${ALIAS})|${names.map(literal).join("|")}`, "g");
  // Longest first, by first character: the names that may start where one ran on.
  const byFirst = new Map<string, string[]>();
  for (const n of names) {
    const list = byFirst.get(n[0] as string);
    if (list) list.push(n);
    else byFirst.set(n[0] as string, [n]);
  }
  const whole = (text: string, at: number, found: string) =>
    wholeAt(text, at, found)
      ? found
      : byFirst
          .get(found[0] as string)
          ?.find((n) => n.length < found.length && wholeAt(text, at, n));
  return (text) => {
    let out = "";
    let done = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index;
      const hit = m[1] ?? whole(text, at, m[0]);
      if (hit === undefined) {
        pattern.lastIndex = at + 1; // no whole name starts here
        continue;
      }
      out += text.slice(done, at) + (aliases.get(hit) ?? hit);
      done = at + hit.length;
      pattern.lastIndex = done;
    }
    return out + text.slice(done);
  };
}

/**
 * Roles that data/config.yaml's `schemeByRole` does not name. A role picks
 * the scheme only when it is one of schemeByRole's keys exactly; any other
 * role (`售後` typed in traditional script, `售后客服` for `售后`) falls back
 * to the default scheme, which scores the agent with the wrong KPIs. Said
 * once per role, with where it was first given and the key it probably
 * meant. Pure.
 */
import type { AgentMonth } from "../engine/types.ts";
import type { ProblemReason } from "../reasons/reason.ts";
import { normaliseName } from "./agent-name.ts";
import { type Problem, problemOf } from "./problems.ts";

/**
 * Traditional characters of the words role names are made of (售後, 客服組,
 * 電商, 運營 …) and their simplified forms: a role typed on a traditional
 * keyboard or copied from a Hong Kong or Taiwan sheet.
 */
const TRADITIONAL =
  "後后組组員员電电話话務务銷销貨货發发單单訂订質质檢检運运營营產产門门線线綫线專专導导" +
  "賣卖買买購购諮咨詢询問问題题處处倉仓庫库長长經经號号團团隊队實实習习職职內内評评" +
  "價价際际項项時时間间頭头體体數数據据會会計计財财審审達达談谈資资網网頁页戶户關关" +
  "係系換换鋪铺臺台灣湾預预約约帳账賬账級级優优勢势傳传維维護护層层領领顧顾設设備备" +
  "機机動动業业區区樂乐貓猫東东紅红點点書书視视頻频廣广";

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2)
  SIMPLIFIED.set(TRADITIONAL[i] as string, TRADITIONAL[i + 1] as string);

/** A role as compared with the keys: NFKC, invisible characters and spaces gone, simplified script, lower case. */
function folded(role: string): string {
  let out = "";
  for (const c of normaliseName(role).replace(/\s+/g, "").toLowerCase())
    out += SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * The schemeByRole key a role probably meant: the one it equals once folded
 * (NFKC, spaces, traditional script, letter case), else the one it contains
 * or is contained in (售后客服 ⊃ 售后; the longest when several, none when
 * that is not one). Undefined when no key is close.
 */
export function roleLookalike(role: string, keys: Iterable<string>): string | undefined {
  const f = folded(role);
  if (f === "") return undefined;
  const within: string[] = [];
  for (const key of keys) {
    const k = folded(key);
    if (k === f) return key;
    // One character inside another role is a coincidence more often than a typo.
    const shorter = Math.min(k.length, f.length);
    if (shorter >= 2 && (f.includes(k) || k.includes(f))) within.push(key);
  }
  if (within.length <= 1) return within[0];
  const length = (key: string) => folded(key).length;
  const longest = Math.max(...within.map(length));
  const best = within.filter((key) => length(key) === longest);
  return best.length === 1 ? best[0] : undefined;
}

/** Where a role was given: a roster row, or an export (the file that first gave it). */
export type RoleSource = { roster: number } | { file: string };

interface Seen {
  source: RoleSource;
  agents: Set<string>;
  scheme: string;
}

/**
 * Collects, per agent-month, the roles schemeByRole does not name, then says
 * each once: at the first roster row that gives it (roster order), else at
 * the export that first gave it (in the order met).
 */
export class UnknownRoles {
  private readonly seen = new Map<string, Seen>();
  private readonly byRole: ReadonlyMap<string, string>;
  private readonly rosterFile: string;

  /** `byRole`: data/config.yaml's schemeByRole (nothing is collected when it is empty). */
  constructor(byRole: ReadonlyMap<string, string>, rosterFile: string) {
    this.byRole = byRole;
    this.rosterFile = rosterFile;
  }

  /** Whether the role needs a look (it is given, and schemeByRole does not name it). */
  unknown(role: string | undefined): role is string {
    return role !== undefined && this.byRole.size > 0 && !this.byRole.has(role);
  }

  /** The agent-month's role is unknown (see `unknown`): scored with `scheme`, its role from `source`. */
  note(am: AgentMonth, source: RoleSource, scheme: string): void {
    const role = am.role as string;
    const seen = this.seen.get(role);
    if (!seen) this.seen.set(role, { source, agents: new Set([am.agent]), scheme });
    else {
      seen.agents.add(am.agent);
      // The roster's first row with the role, wherever the agent-months put it.
      const was = seen.source;
      if ("roster" in source && (!("roster" in was) || source.roster < was.roster))
        seen.source = source;
    }
  }

  /** One warning per role, at the roster row or export that first gave it. */
  problems(): Problem[] {
    const known = [...this.byRole.keys()];
    const row = (s: RoleSource) => ("roster" in s ? s.roster : Number.MAX_SAFE_INTEGER);
    const roles = [...this.seen].sort(([, a], [, b]) => row(a.source) - row(b.source));
    return roles.map(([role, { source, agents, scheme }]) => {
      const like = roleLookalike(role, known);
      const why: ProblemReason = {
        code: "unknown-role",
        role,
        from: "roster" in source ? "roster" : "export",
        agents: agents.size,
        known,
        scheme,
        ...(like === undefined ? {} : { like }),
      };
      return "roster" in source
        ? problemOf("warning", this.rosterFile, why, { row: source.roster, column: "role" })
        : problemOf("warning", source.file, why);
    });
  }
}

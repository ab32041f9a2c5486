/**
 * The roster's problems and a role no scheme is given for, in words (English
 * and Chinese side by side), apart from problem-text.ts's file and table
 * problems: a roster row, a month without an agent's data, an alias.
 */
import type { ProblemReason } from "./reason.ts";
import type { Texts } from "./words.ts";

type RosterReason = Extract<ProblemReason, { code: RosterCode }>;
type RosterCode =
  | "roster-duplicate"
  | "roster-no-data"
  | "roster-alias"
  | "roster-display-twice"
  | "roster-from"
  | "roster-window"
  | "roster-date"
  | "unknown-role";

export const ROSTER_TEXTS: Texts<RosterReason> = {
  "roster-duplicate": (r) => {
    const at = r.first === undefined ? "" : ` (first at row ${r.first})`;
    const zhAt = r.first === undefined ? "" : `（首次在第 ${r.first} 行）`;
    return r.from === undefined
      ? {
          en: `agent listed twice: '${r.agent}'${at}; not used. For a change of role or team, give the later row the month it holds from in a 'from' column (2026-07): the earlier months keep the first row's`,
          zh: `花名册中重复列出的客服：'${r.agent}'${zhAt}；此行不采用。若是换岗或换组，请在 from 列写明新行生效的月份（2026-07）：此前各月仍按第一行`,
        }
      : {
          en: `agent listed twice from ${r.from}: '${r.agent}'${at}; not used: give each row of an agent its own 'from' month`,
          zh: `花名册中 '${r.agent}' 有两行都从 ${r.from} 起${zhAt}；此行不采用：同一客服的每一行请写不同的 from 月份`,
        };
  },
  "roster-no-data": (r) => {
    const more = r.absent - r.agents.length;
    const names = `${r.agents.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    const zhNames = `${r.agents.join("、")}${more > 0 ? ` 等 ${r.absent} 人` : ""}`;
    const team = r.team === undefined ? "" : ` of team ${r.team}`;
    const zhTeam = r.team === undefined ? "" : `${r.team} `;
    return r.absent === r.of && r.of > 1
      ? {
          en: `${r.month}: no data for any of the ${r.of} agents${team} the roster has this month (${names}): the team's export for ${r.month} may be missing; add it and run again (their month is not scored)`,
          zh: `${r.month}：花名册中本月的 ${zhTeam}${r.of} 位客服都没有数据（${zhNames}）：可能漏放了该组 ${r.month} 的导出文件；请补上后重新运行（这些客服本月未考核）`,
        }
      : {
          en: `${r.month}: no data for ${r.of === 1 ? "the one agent" : `${r.absent} of the ${r.of} agents`}${team} the roster has this month (${names}): not scored this month; check the export for their names, or write a left date for an agent who has gone (one on leave needs nothing)`,
          zh: `${r.month}：花名册中本月的 ${zhTeam}${r.of} 位客服里有 ${r.absent} 位没有数据（${zhNames}）：本月未考核；请核对导出文件中的名字，已离职的请填写离职日期（休假的无需处理）`,
        };
  },
  "roster-alias": (r) =>
    r.other === r.alias
      ? {
          en: `alias '${r.alias}' of '${r.agent}' is a roster agent of its own: not used (remove that row, or the alias)`,
          zh: `'${r.agent}' 的别名 '${r.alias}' 本身是花名册中的客服：不采用（删去那一行或这个别名）`,
        }
      : {
          en: `alias '${r.alias}' of '${r.agent}' is an alias of '${r.other}' too: not used (give each name to one agent)`,
          zh: `'${r.agent}' 的别名 '${r.alias}' 也是 '${r.other}' 的别名：不采用（一个名字只能属于一位客服）`,
        },
  "roster-display-twice": (r) => ({
    en: `display_name '${r.name}' is also row ${r.first}'s (${r.other}): the pages cannot show two people by one name, so both are shown by their agent column; give each a display name of its own (e.g. ${r.name}·二组)`,
    zh: `显示名 '${r.name}' 与第 ${r.first} 行（${r.other}）相同：页面无法用同一个名字显示两个人，两人都改用 agent 列显示；请给每人一个不同的显示名（如 ${r.name}·二组）`,
  }),
  "roster-from": (_r, q) => ({
    en: `from is not a month: ${q} (write 2026-07 or 2026-07-01); the row is not used`,
    zh: `from 不是月份：${q}（请写 2026-07 或 2026-07-01）；此行不采用`,
  }),
  "roster-window": (r) =>
    r.side === "joined"
      ? {
          en: `${r.agent} has data in ${r.month} but joined on ${r.date}`,
          zh: `${r.agent} 在 ${r.month} 有数据，但入职日期是 ${r.date}`,
        }
      : {
          en: `${r.agent} has data in ${r.month} but left on ${r.date}`,
          zh: `${r.agent} 在 ${r.month} 有数据，但离职日期是 ${r.date}`,
        },
  "roster-date": (r, q) =>
    r.side === "joined"
      ? {
          en: `joined is not a date: ${q} (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it`,
          zh: `入职日期不是日期：${q}（请写 2026-04-07、2026/4/7 或 2026年4月7日，或留空）：不采用，不据此检查各月数据`,
        }
      : {
          en: `left is not a date: ${q} (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it`,
          zh: `离职日期不是日期：${q}（请写 2026-04-07、2026/4/7 或 2026年4月7日，或留空）：不采用，不据此检查各月数据`,
        },
  "unknown-role": (r) => {
    const agents = {
      en: `${r.agents} agent${r.agents === 1 ? "" : "s"}`,
      zh: `${r.agents} 位客服`,
    };
    const like =
      r.like === undefined
        ? undefined
        : { en: `did you mean '${r.like}'? `, zh: `是否应为 '${r.like}'？` };
    return {
      en: `${r.from === "roster" ? "role" : "岗位 (role)"} '${r.role}' (${agents.en}) is not in schemeByRole of data/config.yaml (${r.known.join(", ")}): scored with the default scheme ${r.scheme}; ${like?.en ?? ""}correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)`,
      zh: `${r.from === "roster" ? "花名册岗位" : "导出文件的岗位"} '${r.role}'（${agents.zh}）不在 data/config.yaml 的 schemeByRole 中（${r.known.join("、")}）：按默认方案 ${r.scheme} 考核；${like?.zh ?? ""}请改正岗位，或把它加入 schemeByRole（有意让该岗位使用默认方案则无需修改）`,
    };
  },
};

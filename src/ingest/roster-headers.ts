/**
 * The roster's column headers: the English names, or the Chinese ones an HR
 * sheet has (工号, 客服, 姓名, 岗位, 组别, 入职日期, 离职日期 …). A roster saved
 * from HR's Excel was refused for want of an `agent` header. Pure.
 */
import { normaliseName } from "./agent-name.ts";

/** Chinese headers per roster field (compared without spaces, full-width folded). */
const CHINESE: Record<string, readonly string[]> = {
  agent: ["客服", "客服昵称", "客服账号", "旺旺", "旺旺昵称", "子账号", "账号", "坐席"],
  display_name: ["显示名", "显示名称", "姓名", "员工姓名", "花名"],
  role: ["岗位", "职位"],
  team: ["组别", "小组", "团队", "班组", "所属组", "组"],
  joined: ["入职日期", "入职时间", "入职"],
  left: ["离职日期", "离职时间", "离职"],
  from: ["生效月份", "起始月份", "生效日期", "调岗月份"],
  aliases: ["别名", "曾用名", "其他账号", "旧账号"],
};

const fold = (h: string) => normaliseName(h).replace(/\s+/g, "").toLowerCase();

/** The column of each field: its English name first, else the first of its Chinese ones; −1 when none. */
export function rosterColumns<F extends string>(
  written: readonly string[],
  fields: readonly F[],
): Map<F, number> {
  const header = written.map(fold);
  return new Map(
    fields.map((f) => {
      const english = header.indexOf(f);
      if (english >= 0) return [f, english];
      const names = (CHINESE[f] ?? []).map(fold);
      return [f, header.findIndex((h) => names.includes(h))];
    }),
  );
}

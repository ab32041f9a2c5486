/** The studio's interface text in both languages (scheme labels come from the schemes). */
import type { Label } from "../../engine/types.ts";

const s = (zh: string, en: string): Label => ({ zh, en });

export const S = {
  loading: s("正在加载数据…", "Loading the data…"),
  loadFailed: s("数据加载失败：", "The data could not be loaded: "),
  noData: s("本报告没有可试算的方案。", "This report has no scheme to try."),
  /** A link part of which (an edit of a scheme not on the site, or one that no longer fits it) is left out. */
  linkPartlyUnfit: s(
    "链接中有部分修改与本站的方案不符，已略去，其余已恢复。",
    "Part of the link's edit does not fit this site's schemes and was left out; the rest is restored.",
  ),
  /** A link that cannot be read at all (cut short, or not the studio's): nothing of it is restored. */
  linkUnreadable: s(
    "无法读取链接中的修改（链接可能不完整），显示的是发布的方案。",
    "The link's edit cannot be read (the link may be cut short); the published schemes are shown.",
  ),
  edgeHint: s(
    "移动一个界限时，相邻分档的同一界限随之移动。比率按百分数填写。",
    "Moving an edge moves the neighbouring band's matching edge too. Ratios are entered in percent.",
  ),
  scaleWeight: s(
    "改权重时按比例调整该项各档分值（直接计分的方案）",
    "Changing a weight scales that KPI's points with it (points-mode schemes)",
  ),
  scored: s("计分", "Scored"),
  weightTotal: s("权重合计 {w}%", "Weights add up to {w}%"),
  maxTotal: s("满分合计 {m}", "maxima add up to {m}"),
  notHundred: s("应为 100，{d}", "should be 100, {d}"),
  weight: s("权重 %", "Weight %"),
  bands: s("分档", "Bands"),
  season: s("季节", "Season"),
  months: s("适用月份（如 11,12）", "Months (e.g. 11,12)"),
  addSeason: s("添加季节", "Add a season"),
  removeSeason: s("删除季节", "Remove season"),
  min: s("下限", "Min"),
  max: s("上限", "Max"),
  minInc: s("含下限", "Min incl."),
  maxInc: s("含上限", "Max incl."),
  points: s("分值", "Points"),
  grade: s("等级", "Grade"),
  amount: s("金额（元）", "Amount (yuan)"),
  insert: s("插入一档", "Insert band"),
  remove: s("删除", "Remove"),
  band: s("第{n}档", "band {n}"),
  linear: s("线性计分", "Linear rule"),
  from: s("起点", "From"),
  to: s("终点", "To"),
  value: s("指标值", "Value"),
  readOnly: s(
    "此类指标（评分、扣分、检查表）的规则在此只读，分数来自输入的评分或次数。",
    "Rules of this kind (ratings, deductions, checklists) are read-only here; their points come from the rated inputs.",
  ),
  grades: s("等级线（总分 ≥ 下限）", "Grade cut-offs (total ≥ min)"),
  pay: s("绩效工资", "Performance pay"),
  payNotGrade: s(
    "绩效工资按下方「绩效工资」的总分分档发放，不按等级：只改等级线，工资不变。",
    "Pay follows the total's pay bands below, not the grade: moving a grade cut-off alone changes no pay.",
  ),
  others: s("其他项目（只读）", "Other items (read-only)"),
  adjustment: s("加减分", "Bonus / penalty"),
  veto: s("一票否决", "Veto"),
  composite: s("综合成绩", "Composite"),
  perOccurrence: s("每次", "per occurrence"),
  error: s("错误", "error"),
  warning: s("警告", "warning"),
  findings: s("方案检查（与 npm run check 相同）", "Scheme checker (as npm run check)"),
  noFindings: s("没有发现问题。", "No problems found."),
  notScored: s(
    "方案有错误，无法计分；出错的格子已用红框标出。",
    "The scheme has errors and cannot be scored; the fields in error are outlined in red.",
  ),
  refused: s(
    "方案有 {n} 个错误（见上方方案检查）：npm run check 会报告这些错误，npm run score 和 report 不会用它计分。下面的数字只是预览：落在空档里的数值不得分，这些人月没有等级，也没有绩效工资。",
    "The scheme has {n} error(s) (see the checker above): npm run check reports them, and npm run score and report will not score with it. The figures below are only a preview: a value in a gap gets no points, so its agent-month gets no grade and no pay.",
  ),
  emptyRange: s(
    "此方案在 {from} … {to} 没有人月：它的数据在 {first} … {last}。请改选月份。",
    "This scheme has no agent-months in {from} … {to}: its months are {first} … {last}. Pick months there.",
  ),
  noMonths: s("此方案没有人月。", "This scheme has no agent-months."),
  summary: s("结果对比（发布的方案 → 修改后）", "Published scheme → edited"),
  agentMonths: s("人月", "agent-months"),
  /** The summary in words: the counts of agent-months, then of agents, then the money. */
  summaryMonths: s(
    "{n} 个人月（{agents} 人）中：{up} 个等级上升、{down} 个下降；{higher} 个总分提高、{lower} 个降低。",
    "Of {n} agent-months ({agents} agents): {up} move up a grade, {down} down; {higher} get a higher total, {lower} a lower one.",
  ),
  summaryPeople: s(
    "{gainers} 人得益、{losers} 人受损（先比绩效工资，再比等级、总分）。",
    "Agents who gain: {gainers}; who lose: {losers} (by pay, then grade, then total).",
  ),
  yuan: s("元", "yuan"),
  /** The phone's one-line summary above the form (summary-bar.ts). */
  glance: s(
    "等级 {up} 升 {down} 降 · 总分 {higher} 升 {lower} 降",
    "Grades {up} up, {down} down · totals {higher} up, {lower} down",
  ),
  glancePay: s("绩效工资", "pay"),
  glanceErrors: s("{n} 个错误，仅为预览", "{n} error(s): a preview only"),
  glanceNotScored: s("方案有错误，无法计分", "The scheme has errors and cannot be scored"),
  glanceEmpty: s("所选月份没有此方案的人月", "No agent-months of this scheme in these months"),
  glanceResults: s("看结果", "Results"),
  people: s("每人合计（修改后 − 修改前）", "Per agent over the range (after − before)"),
  peopleMonths: s("有变化的月数", "Months changed"),
  gradeMoves: s("等级升 / 降", "Grades up / down"),
  totalSum: s("总分变化合计", "Total, summed change"),
  paySum: s("绩效工资变化合计（元）", "Pay, summed change (yuan)"),
  peopleCut: s(
    "中间另有 {n} 人未列出（可用找人框）。",
    "{n} more in between, not listed (use the find box).",
  ),
  up: s("升级", "up"),
  down: s("降级", "down"),
  budget: s("绩效工资预算", "Performance-pay budget"),
  gradeDist: s("等级分布", "Grade distribution"),
  month: s("月份", "Month"),
  range: s("合计", "Range"),
  movers: s("总分、等级或绩效工资有变化的人月", "Agent-months whose total, grade or pay changes"),
  noMovers: s("没有人的总分、等级或绩效工资变化。", "Nobody's total, grade or pay changes."),
  noGrade: s("无等级", "No grade"),
  find: s("找人（姓名、拼音或组别）", "Find (name, its address or team)"),
  noneFound: s("没有与「{q}」相符的人月。", "No agent-month matches '{q}'."),
  payAmount: s("绩效工资（元）", "Pay (yuan)"),
  agent: s("客服", "Agent"),
  total: s("总分", "Total"),
  more: s("另有 {n} 条未列出。", "{n} more not listed."),
  payPerMonth: s("每月绩效工资", "Pay per month"),
  payPerTeam: s("各组绩效工资", "Pay per team"),
  team: s("组别", "Team"),
  noTeam: s("（无组别）", "(no team)"),
  before: s("修改前", "Before"),
  after: s("修改后", "After"),
  change: s("变化", "Change"),
  unpaid: s(
    "无绩效工资的人月（数据不完整或总分落在空档）",
    "Agent-months without pay (incomplete, or a total in a pay gap)",
  ),
  occupancy: s("各档人数（人月）", "Agent-months per band"),
  oldEdges: s("原界限", "old edges"),
  newEdges: s("新界限", "new edges"),
  histogram: s(
    "{kpi}的分布：{n} 个人月，虚线为原界限，实线为新界限。",
    "{kpi}: distribution of {n} agent-months; dashed lines are the old edges, solid lines the new.",
  ),
  /** Also the page's own text (StudioPage.astro), as are link, copy and reset; {file} is "(YAML)" until the scheme is known. */
  download: s("下载修改后的方案 {file}", "Download the edited scheme {file}"),
  link: s("分享链接", "Link to this edit"),
  copy: s("复制链接", "Copy link"),
  copied: s("已复制", "Copied"),
  reset: s("恢复发布的方案", "Back to the published scheme"),
  recomputed: s("重新计分用时 {ms} 毫秒", "Re-scored in {ms} ms"),
  /** The count of changes: English says "1 change" (byCount), Chinese has one form. */
  edited: s("已修改 {n} 处", "{n} changes"),
  editedOne: s("已修改 {n} 处", "{n} change"),
  unchanged: s("未修改", "No changes yet"),
  /** The other schemes edited in this visit: in the link, not in this scheme's download. */
  alsoEdited: s(
    "另有修改：{list}（已在链接中；下载其方案请先选中它）",
    "also edited: {list} (in the link; pick a scheme to download its file)",
  ),
  schemeEdits: s("{scheme} {n} 处", "{scheme}, {n} changes"),
  schemeEditsOne: s("{scheme} {n} 处", "{scheme}, {n} change"),
} as const;

/** The singular or the plural form of a text counting `n` things. */
export const byCount = (n: number, one: Label, many: Label): Label => (n === 1 ? one : many);

export const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

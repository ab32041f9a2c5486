/** Interface text in both languages. Labels from schemes come from the schemes. */
import type { Label } from "../engine/types.ts";

const s = (zh: string, en: string): Label => ({ zh, en });

export const T = {
  siteTitle: s("客服绩效考核", "Customer-service appraisal"),
  overview: s("概览", "Overview"),
  months: s("月份", "Months"),
  /** A table column of months: one month a row. */
  month: s("月份", "Month"),
  agents: s("客服", "Agents"),
  agent: s("客服", "Agent"),
  compare: s("对比", "Compare"),
  studio: s("方案试算", "Scheme studio"),
  dataQuality: s("数据质量", "Data quality"),
  latestMonth: s("最新月份", "Latest month"),
  /** Above an agent's headline figures: their own latest month (not the report's, for one who left). */
  lastAppraised: s("最近考核月", "Last appraised"),
  allMonths: s("全部月份", "All months"),
  team: s("组别", "Team"),
  role: s("岗位", "Role"),
  rank: s("排名", "Rank"),
  total: s("总分", "Total"),
  max: s("满分", "Max"),
  grade: s("等级", "Grade"),
  pay: s("绩效工资", "Performance pay"),
  change: s("环比", "vs prev."),
  scheme: s("考核方案", "Scheme"),
  kpi: s("考核指标", "KPI"),
  formula: s("计算公式", "Formula"),
  value: s("实际", "Actual"),
  band: s("标准", "Band"),
  points: s("得分", "Points"),
  weight: s("权重", "Weight"),
  status: s("状态", "Status"),
  incomplete: s("数据不完整", "Incomplete"),
  missing: s("缺数据", "Missing"),
  // Worded as the reason is (reasons/reason-text.ts), so a status and its reason never read differently.
  undefinedValue: s("分母为 0", "Denominator is 0"),
  outlier: s("偏离团队", "Outlier"),
  outlierHigh: s("显著高于团队", "Well above team"),
  outlierLow: s("显著低于团队", "Well below team"),
  agentsScored: s("考核人数", "Agents scored"),
  median: s("中位数", "Median"),
  medianTotal: s("总分中位数", "Median total"),
  teamMedian: s("团队中位数", "Team median"),
  average: s("平均分", "Average"),
  distribution: s("总分分布", "Score distribution"),
  gradeCounts: s("等级人数", "Agents per grade"),
  movers: s("变化最大", "Biggest movers"),
  kpiMedians: s("各指标团队中位数", "Team median per KPI"),
  ranking: s("排名", "Ranking"),
  heatmapNote: s(
    "格中为各项得分，表头“/”后为该项满分。",
    "Cells show each KPI's points, its maximum after the “/” in the header.",
  ),
  /** The heat map's shades, said in words (screen only: print drops the shading). */
  heatmapShades: s(
    "底色：满分绿，六成以上浅绿，不足六成黄，0 分红。",
    "Shading: full marks green, 60% or more light green, less yellow, 0 red.",
  ),
  /** The note where some KPI's rows have different maxima (two scheme versions in one month): its header gives none. */
  heatmapNoteMixed: s(
    "格中为各项得分，表头“/”后为该项满分（本月各行满分不同的项不标：它们按不同版本的方案计分）。",
    "Cells show each KPI's points, its maximum after the “/” in the header where all rows share one (not where the month's rows were scored by different versions of the scheme).",
  ),
  /** Screen only: sorting needs a pointer or a keyboard. */
  sortHint: s("点击表头可排序。", "Click a header to sort."),
  downloads: s("下载", "Downloads"),
  /** Under the downloads: what Excel does to a CSV opened by double-click (the file cannot prevent it). */
  downloadsNote: s(
    "results.csv 为 UTF-8（带 BOM），Excel 与 WPS 可直接打开；以 = + - @ 开头的文字前加了 '，不会被当作公式。注意：双击打开时，Excel 和 WPS 会把像数字或日期的文字改掉——00123 这类以 0 开头的工号丢掉 0，超过 15 位的长工号变成科学计数并丢掉末几位，1E5、3/4、2026-09 变成数字或日期。核对工号时请用“数据 → 自文本/CSV”导入并把 agent、month 列设为“文本”，或以 results.json 为准；要一份每格类型都正确的 Excel 工作簿，请生成本报告的同事运行 npm run score -- --month 月份 --format xlsx --out 文件.xlsx。",
    "results.csv is UTF-8 with a BOM, so Excel and WPS open it; text starting with = + - @ gets a leading ' so it is never run as a formula. Note: opened by double-click, Excel and WPS change text that looks like a number or a date — an id such as 00123 loses its zeros, an id longer than 15 digits turns into a rounded 1.23E+17, 1E5, 3/4 and 2026-09 become numbers or dates. To match ids, import it with Data → From Text/CSV and set the agent and month columns to Text, or take results.json; for a workbook with every cell typed, ask whoever builds this report to run npm run score -- --month YYYY-MM --format xlsx --out FILE.xlsx.",
  ),
  /** The month's pay per team (model/pay-totals.ts), for payroll. */
  payTotals: s("绩效工资合计", "Performance pay in total"),
  payPaid: s("计发人数", "Paid"),
  /** Complete months no pay band holds: nothing missing, so not with the incomplete ones. */
  payUnbanded: s("未达计发档", "No pay band"),
  payWithheld: s("数据不完整，未计发", "Incomplete, not paid"),
  payAll: s("合计", "All teams"),
  payNote: s(
    "只计数据完整的考核月。数据不完整的考核月没有绩效工资（不是 0 元）：results.csv 中其 pay 列为空、complete 为 false，数据质量页列出缺什么；补齐后重新生成报告。",
    "Complete agent-months only. An incomplete one has no pay yet (not ¥0): in results.csv its pay cell is empty and complete is false, and the data-quality page lists what is missing; complete the data and build the report again.",
  ),
  /** Said only when a month has some: the month page's print must stay one page per scheme. */
  payUnbandedNote: s(
    "未达计发档：数据完整，但总分不在任何绩效工资档内（pay 为空，complete 为 true）。",
    "No pay band: complete, but no pay band holds the total (pay empty, complete true).",
  ),
  monthlyForm: s("月度考核表", "Monthly appraisal form"),
  trend: s("指标趋势", "KPI trends"),
  totalTrend: s("总分与排名", "Total and rank"),
  improve: s("提升建议", "What to improve"),
  nextBand: s("下一档", "Next band"),
  atTop: s("已在最高档", "Already in the top band"),
  appraisee: s("被考核人", "Appraisee"),
  date: s("日期", "Date"),
  /** Whole phrases: the English is not the two words run together ("AppraiseeSignature"). */
  appraiseeSignature: s("被考核人签字", "Appraisee's signature"),
  appraiserSignature: s("主考人签字", "Appraiser's signature"),
  print: s("打印", "Print"),
  rejected: s("拒收行", "Rejected rows"),
  skipped: s("跳过行", "Skipped rows"),
  files: s("文件", "Files"),
  read: s("读取", "Read"),
  scored: s("计分", "Scored"),
  reason: s("原因", "Reason"),
  row: s("行", "Row"),
  column: s("列", "Column"),
  file: s("文件", "File"),
  warnings: s("方案检查提示", "Scheme checker warnings"),
  none: s("无", "None"),
  language: s("English", "中文"),
  pseudonymNote: s("本报告已匿名化。", "Agent names in this report are pseudonymised."),
  partialBanner: s(
    "本报告仅由有效数据行生成：部分数据行被拒收或有问题，受影响的客服月份标记为不完整（无等级、无薪酬）。",
    "This report was built from the valid rows only: some rows were rejected or had problems, and the agent-months they belong to are marked incomplete (no grade, no pay).",
  ),
  partialLink: s("查看数据质量", "See data quality"),
  noData: s("本月无数据", "No data this month"),
  newcomer: s("新入职", "New this month"),
  prevMonth: s("上月", "Previous month"),
  nextMonth: s("下月", "Next month"),
  /** Large months (model/teams.ts): the ranking by team, and the filter box. */
  teams: s("各组", "Teams"),
  teamsNote: s(
    "本月人数较多，排名按组分页：点击组名查看该组每个人的得分。",
    "This month has many agents, so the ranking is split by team: open a team for each agent's points.",
  ),
  agentsCount: s("人数", "Agents"),
  bestInTeam: s("组内第一", "Best in team"),
  noTeam: s("未分组", "No team"),
  findAgent: s("查找客服", "Find an agent"),
  findHint: s(
    // Not a name of the sample's: the hint is on every page of a pseudonymised site too.
    "输入姓名、拼音或组别的一部分，如“小王”“xiaowang”“xw”。",
    "Type part of a name, its pinyin or a team, e.g. “小王”, “xiaowang” or “xw”.",
  ),
  teamOf: s("组", "Team"),
} as const;

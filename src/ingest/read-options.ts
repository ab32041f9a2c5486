/** What reading one table is told beyond its records: the day, the month asked for, the user's mappings, the roster. */
import type { HeaderRules } from "./header-rules.ts";

export interface ReadOptions {
  /** `YYYY-MM-DD`; dates after it are rejected. */
  today: string;
  /** Only this `YYYY-MM`; other rows are counted as skipped. */
  month?: string;
  /** The user's own header mapping and weights (data/config.yaml). */
  headers?: HeaderRules;
  /** Roster names that look like summary rows (合计, 平均 …): agents all the same. */
  rosterAgents?: readonly string[];
  /**
   * Roster aliases (a renamed sub-account), `[alias, roster agent]`: a row
   * under the alias is the roster agent's, so its days join the agent's month.
   */
  aliases?: readonly (readonly [alias: string, agent: string])[];
  /**
   * The numeric columns the schemes read (ids); absent: every known one. A
   * header's other numeric columns are passed over: a bad cell, or a day a
   * second platform's export repeats, in a column nothing scores costs no row.
   */
  scored?: readonly string[];
  /**
   * This table is a workbook's summary sheet (汇总, 合计 …), read after the
   * workbook's other sheets; the workbook's name (`file`, whose sheets are
   * `file#sheet`). A row repeating what another of its sheets gave for the
   * agent-month (every column of it) is skipped as that sheet's summary, not
   * rejected as a duplicate.
   */
  summaryOf?: string;
  /** A workbook's hidden sheets, as `file#sheet`: a duplicate on one says it is hidden. */
  hiddenSheets?: readonly string[];
}

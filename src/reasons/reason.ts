/**
 * Why a row was rejected or skipped, a file not read, or a KPI not scored:
 * a code with its parameters, stored so every reader gets it in their own
 * language (reason-text.ts renders English for the CLI and the contract's
 * `reason` strings, and Chinese for the Chinese pages).
 *
 * `value` is always the cell text the reason quotes: a pseudonymised report
 * publishes it as "…" (a name typed into a number cell is still a name).
 */

/** Rejected cells and rows. */
export type RowReason =
  | {
      code:
        | "not-a-number"
        | "ratio-above-100"
        | "not-a-duration"
        | "invalid-month"
        | "invalid-date"
        | "not-a-tick"
        | "not-a-ratio"
        | "negative-ratio"
        | "not-a-count"
        /** A cell holding a formula, not its result (a workbook saved without values). */
        | "formula-no-value";
      value: string;
    }
  /** `2026.1`: January, or October as Excel keeps a month typed 2026.10 (a number). */
  | { code: "ambiguous-month"; value: string }
  /** A date in a month column that is neither the 1st nor the last day of `month`. */
  | { code: "month-is-date"; month: string; value: string }
  /**
   * A month without its year (`10月`) that no one period of the table gives a
   * year to: `period`, when the table's period is another month; `example`,
   * the month written with a year.
   */
  | { code: "month-no-year"; example: string; period?: PeriodClaim; value: string }
  | { code: "out-of-range"; what: "ratio" | "score" | "value"; range: string; value: string }
  /**
   * A grade word (优秀, 良好, A) in a score column: the score's scale from the
   * scheme (`0–100`) when the column is a scheme's rated input.
   */
  | { code: "grade-word"; range?: string; value: string }
  | { code: "not-a-level"; levels: string; value: string }
  | { code: "not-a-kind"; kind: string; range: string; value: string }
  | { code: "monthly-only"; header: string; value: string }
  /** A bare number of seconds that is Excel's time of day without its format (0.000243 = 00:00:21). */
  | { code: "day-fraction"; clock: string; value: string }
  | { code: "negative"; what: "count" | "value"; value: string }
  | { code: "part-above-whole"; part: string; partValue: number; whole: string; wholeValue: number }
  | { code: "agent-empty" | "unclosed-quote" }
  | { code: "agent-too-long"; max: number; value: string }
  /** A text file's record with `cells` cells, text past the header's `header` (`value`, the first). */
  | { code: "extra-cells"; cells: number; header: number; value: string }
  /**
   * An agent cell with bytes its file's encoding cannot decode (shown as
   * U+FFFD): part of the file is in another encoding. `encoding`: the file's,
   * "" for a workbook (whose text was garbled before it was saved).
   */
  | { code: "undecodable"; encoding: string; value: string }
  | { code: "future"; what: "date" | "month"; stamp: string; today: string }
  | {
      code: "duplicate";
      agent: string;
      when: string;
      columns: string[];
      at: string;
      /** The workbook's hidden sheets among the two places (this row's first), by name. */
      hidden?: string[];
      /**
       * Another file with every column this row gives (two raters' copies of
       * one template, each filled in part): an empty cell still gives its column.
       */
      template?: boolean;
    }
  /** A row of a table refused as a whole (no agent column, no period …): `why` is the table's. */
  | { code: "table-refused"; why: ProblemReason };

/** Rows that are not an agent's, or not this run's. */
export type SkipReason = {
  code: "skip";
  kind:
    | "totals"
    | "peer"
    | "average"
    | "blank"
    | "no-values"
    | "note"
    | "header"
    | "outside-month"
    | "summary-sheet";
};

/** Files and sheets under the exports that were not read. */
export type UnreadReason =
  | { code: "lock-file" | "hidden-file" | "hidden-folder" | "empty-sheet" | "temp-file" }
  | { code: "not-an-export" | "partial-download" | "archive"; ext: string }
  | { code: "no-header"; rows: number };

/** KPIs without points. `sources`: why ingest had no value for a column (see `SourceText`). */
export type KpiReason =
  | { code: "missing-input"; any: string[][]; sources?: [string, string][] }
  /** `raters`: a judgement item's raters who gave no score, as the scheme labels them (主管). */
  | { code: "missing-inputs"; inputs: string[]; raters?: { zh: string; en: string }[] }
  | { code: "zero-denominator" }
  | { code: "no-band"; shown: string }
  | { code: "input-error"; input: string; value: number; expected: InputExpectation };

/** What an input's value should have been (the engine refuses it rather than score it). */
export type InputExpectation =
  | { kind: "count" }
  | { kind: "tick"; words: "met" | "yes" }
  | { kind: "level"; levels: number }
  | { kind: "range"; lo: number; hi: number; level?: { zh: string; en: string } }
  | { kind: "scale"; lo: number; hi: number };

/**
 * Problems found in the files, their headers, the roster and the data (rows
 * rejected are RowReasons). Paths, headers and names are the fields'
 * strings, as the English message has always quoted them.
 */
export type ProblemReason =
  | { code: "missing-column"; kpi: string; label: string; options: string[][] }
  /** `sheet`: the workbook sheet's name (a sheet per agent names the agent only there). */
  | { code: "no-agent-column"; row: number; sheet?: string }
  | { code: "no-period"; row: number; sheet: boolean }
  /** `where`: the source's English name as period-sources.ts writes it ("file name '2026-10'"). */
  | { code: "period-not-month"; where: string; from: string; to: string }
  | { code: "period-conflict"; first: PeriodClaim; other: PeriodClaim }
  /** `where`: a source naming a month without its year ("file name '10月评分表'"); `example` with one. */
  | { code: "period-no-year"; where: string; example: string }
  /** A sheet named by a day without its year (`9.1`) in a file no other source gives a month. */
  | { code: "day-no-year"; where: string }
  | { code: "header-only" | "header-not-found" | "binary-file" | "roster-no-agent" }
  /** A rated input that contradicts another of the same month (a rater's score outside the chosen level). */
  | {
      code: "rated-input-error";
      agent: string;
      month: string;
      kpi: string;
      error: Extract<KpiReason, { code: "input-error" }>;
    }
  /** A refused table's rows past the first `listed`: counted as rejected, not listed one by one. */
  | { code: "refused-rows"; rows: number; listed: number }
  | { code: "empty-file"; zeroBytes: boolean }
  | {
      code: "duplicate-column";
      header: string;
      col: number;
      firstHeader: string;
      firstCol: number;
      id: string;
    }
  | { code: "daily-ratio-unweighted"; column: string; denominator: string }
  /** A daily time (response, handle time) without the count its days are weighted by: a plain mean of days. */
  | { code: "daily-time-by-day"; column: string; weight: string }
  /**
   * A log, not a per-agent report: `rows` of its `dated` rows repeat an agent
   * and day an earlier row of the file gave, the first of them `agent` on `date`.
   */
  | { code: "repeated-days"; rows: number; dated: number; agent: string; date: string }
  /** A one-period table (no 日期/月份 column) repeating agents; `dateLike`: headers that may hold the day. */
  | {
      code: "repeated-agents";
      rows: number;
      given: number;
      agent: string;
      period: string;
      dateLike: string[];
    }
  /**
   * Date cells written with the day and month before the year (`09/13/2026`),
   * `rows` of them refused: `order`, what their numbers prove (a number over
   * 12 is the day: `month-first` when only MM/DD/YYYY fits some, `both` when
   * some fit only one order and some only the other); `example`, a cell that
   * shows it. Said once per file: the order is never guessed.
   */
  | {
      code: "date-order";
      rows: number;
      example: string;
      order: "month-first" | "day-first" | "either" | "both";
    }
  /** `value`: the other spelling (a cell text: hidden when published without names). */
  | { code: "spelling"; value: string; agent: string }
  | {
      code: "ratio-disagrees";
      agent: string;
      month: string;
      ratio: string;
      given: string;
      parts: [string, string];
      computed: string;
    }
  /** An agent on two roster rows that no `from` month tells apart (`from`: the month both give). */
  | { code: "roster-duplicate"; agent: string; first?: number; from?: string }
  /**
   * Roster agents (`absent` of the `of` the roster has in `team` that month;
   * the first ones named) with no data in a month the run has: a forgotten
   * export, or an agent on leave or gone without a left date.
   */
  | {
      code: "roster-no-data";
      month: string;
      team?: string;
      agents: string[];
      absent: number;
      of: number;
    }
  /** A roster alias that is another roster agent (`other`) or another agent's alias too. */
  | { code: "roster-alias"; alias: string; agent: string; other: string }
  /** Two roster agents with one display name (`first`: the row of the other, `other` its agent). */
  | { code: "roster-display-twice"; name: string; other: string; first: number }
  /** A roster `from` cell that is not a month: the row cannot be placed in time. */
  | { code: "roster-from"; value: string }
  | { code: "roster-window"; side: "joined" | "left"; agent: string; month: string; date: string }
  /** A roster `joined`/`left` cell that is not a date (`value`: the cell): not used. */
  | { code: "roster-date"; side: "joined" | "left"; value: string }
  /**
   * A role (the roster's, else an export's 岗位: `from`) that data/config.yaml's
   * schemeByRole does not name, so the default `scheme` scored its `agents`:
   * `known`, schemeByRole's roles; `like`, the one it probably meant.
   */
  | {
      code: "unknown-role";
      role: string;
      from: "roster" | "export";
      agents: number;
      known: string[];
      scheme: string;
      like?: string;
    }
  /** `detail`: the system's reason (fs-words.ts), or its error code. */
  | { code: "unreadable"; what: "path" | "file" | "folder" | "roster" | "link"; detail: string }
  | { code: "not-regular"; kind: "fifo" | "socket" | "device" | "other" }
  | { code: "link-loop"; first: string }
  | { code: "same-path"; kind: "file" | "folder"; first: string }
  | { code: "workbook-locked" | "workbook-no-sheets" }
  | { code: "workbook-corrupt"; kind: ".xlsx" | ".xls" | "spreadsheet"; detail: string }
  | { code: "no-sheet-header"; sheets: { sheet: string; why: UnreadReason }[] };

/** A source that names a table's month (see ProblemReason "period-conflict"). */
export interface PeriodClaim {
  where: string;
  month: string;
}

/** A message no code was made for (a parser's own words): shown as written. */
export type TextReason = { code: "text"; text: string };

export type Reason = RowReason | SkipReason | UnreadReason | KpiReason | ProblemReason | TextReason;

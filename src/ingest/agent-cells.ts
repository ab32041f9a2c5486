/**
 * A table's agent cells, checked once per text (see KnownAgents): Excel's
 * `="…"` wrapping taken off, the name normalised, a totals, average or peer
 * row recognised (skipped), an empty or overlong cell told apart, and each
 * name's spellings noted for the one warning two spellings of an agent get
 * (spellings.ts); a roster alias read as its roster agent. What becomes of
 * the row is the RowReader's to decide. Pure.
 */
import type { RowReason } from "../reasons/reason.ts";
import { normaliseName, visibleName } from "./agent-name.ts";
import { formulaText, isNameFormula } from "./cells.ts";
import type { Entry, FoldTarget } from "./fold.ts";
import { type KnownAgent, KnownAgents } from "./known-agents.ts";
import { namesNoAgent, nonAgentReason } from "./non-agent-rows.ts";
import { problemOf } from "./problems.ts";
import { SpellingIndex, type Spellings } from "./spellings.ts";

const MAX_AGENT_LENGTH = 200;

/**
 * A cell that names no agent: `skip`, a summary row's reason (totals, average,
 * peer); `reject`, why the row is refused; neither, an empty cell (a note line
 * or a row that lost its agent, which only the row's other cells tell apart).
 */
export interface NoAgent {
  skip?: string;
  reject?: RowReason;
}

export class AgentCells {
  private readonly file: string;
  /** The agent column: its index (−1: none) and its header as written. */
  private readonly cell: number;
  private readonly header: string;
  /** The file's encoding ("" for a workbook), for an undecodable name's reason. */
  private readonly encoding: string;
  private readonly rosterAgents: ReadonlySet<string> | undefined;
  /** Alias → roster agent (a renamed sub-account): its rows are the agent's. */
  private readonly aliases: ReadonlyMap<string, string> | undefined;
  private readonly names = new SpellingIndex();
  /** Each agent cell's text checked once, and its row's agent-month while the month holds. */
  private readonly known: KnownAgents;

  constructor(
    file: string,
    cell: number,
    header: string,
    fold: Pick<FoldTarget, "entry">,
    rosterAgents?: readonly string[],
    aliases?: readonly (readonly [string, string])[],
    encoding = "",
  ) {
    this.file = file;
    this.cell = cell;
    this.header = header;
    this.encoding = encoding;
    this.known = new KnownAgents(fold);
    this.rosterAgents = rosterAgents ? new Set(rosterAgents) : undefined;
    this.aliases = aliases?.length ? new Map(aliases) : undefined;
  }

  /**
   * The agent the cell names, or why it names none. `periodText`, the row's
   * date or month cell (a totals row often has a range there); `id`, the byte
   * lane's number for the text (−1 for none); `row`, for a spelling's warning.
   */
  read(raw: string, periodText: string, row: number, id: number): KnownAgent | NoAgent {
    const known = this.known.get(raw, id);
    if (known !== undefined) return known;
    const written = formulaText(raw);
    const agent = normaliseName(written);
    // A non-empty name's checks do not depend on the row's other cells.
    const nonAgent = nonAgentReason(agent, formulaText(periodText), this.rosterAgents);
    if (nonAgent) return { skip: nonAgent };
    // `=VLOOKUP(工号, …)` without its result (a workbook saved by a script) names no one yet.
    if (isNameFormula(written)) return { reject: { code: "formula-no-value", value: raw } };
    if (namesNoAgent(agent)) return {};
    // Bytes the file's encoding could not decode: a garbled name is no one's, and must not be scored.
    if (agent.includes("\uFFFD"))
      return { reject: { code: "undecodable", encoding: this.encoding, value: raw } };
    if (agent.length > MAX_AGENT_LENGTH)
      return { reject: { code: "agent-too-long", max: MAX_AGENT_LENGTH, value: agent } };
    // After the checks above: a summary row's or an overlong cell's spelling is no agent's.
    // The first row of a spelling is the one a warning names.
    if (agent === written || agent === written.trim()) this.names.addPlain(agent);
    else this.noteRenamed(written, agent, row);
    // An alias is the roster agent from here on: the fold, its duplicate rule and every
    // list after it see one person. Spellings keep the name as written (above): an
    // alias is no other spelling of the agent's name.
    return this.known.add(raw, this.aliases?.get(agent) ?? agent, id);
  }

  /** The agent's entry for the month. */
  entryOf(known: KnownAgent, month: string): Entry {
    return this.known.entryOf(known, month);
  }

  /** The agent names as this table wrote them (see spellings.ts). */
  spellings(): Spellings {
    return this.names.spellings();
  }

  /**
   * A name that normalisation changed (full-width letters, a zero-width
   * character): its first row, warned about only if the agent is also written
   * another way (spellings.ts).
   */
  private noteRenamed(raw: string, agent: string, row: number): void {
    this.names.addRenamed(agent, raw, () =>
      problemOf(
        "warning",
        this.file,
        { code: "spelling", value: visibleName(raw), agent },
        {
          row,
          column: this.header,
          ...(this.cell >= 0 ? { col: this.cell + 1 } : {}),
          cell: raw,
        },
      ),
    );
  }
}

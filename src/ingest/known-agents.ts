/**
 * The agent cells a table has read: every row names an agent whose checks
 * (normalising, the summary-row words, the spelling index) depend on the
 * cell's text alone, and a big export repeats a few thousand names millions
 * of times. Each text is checked once, and a row finds its agent-month
 * without a lookup while the month holds.
 */
import type { Entry, FoldTarget } from "./fold.ts";

/** An agent cell's text that passed the name checks: the agent it names, and its last agent-month. */
export interface KnownAgent {
  agent: string;
  month: string;
  entry: Entry | undefined;
}

/** Agent cell texts remembered per table: a centre's agents, and then some. */
const KEPT = 100_000;

export class KnownAgents {
  private readonly byText = new Map<string, KnownAgent>();
  /** By the byte lane's number of the cell's text (PlainCells.ids): no string lookup at all. */
  private readonly byId: (KnownAgent | undefined)[] = [];
  private readonly fold: Pick<FoldTarget, "entry">;

  constructor(fold: Pick<FoldTarget, "entry">) {
    this.fold = fold;
  }

  /**
   * The cell text's agent, if it passed the checks before; `id`, the byte
   * lane's number for the text (PlainCells.ids, −1 for none), finds it without
   * a string lookup.
   */
  get(text: string, id = -1): KnownAgent | undefined {
    if (id < 0) return this.byText.get(text);
    const known = this.byId[id] ?? this.byText.get(text);
    if (known !== undefined) this.byId[id] = known;
    return known;
  }

  /** A cell text that passed the checks, naming `agent` (remembered while there is room), with its lane number if any. */
  add(text: string, agent: string, id = -1): KnownAgent {
    const known: KnownAgent = { agent, month: "", entry: undefined };
    if (this.byText.size < KEPT) {
      this.byText.set(text, known);
      if (id >= 0) this.byId[id] = known;
    }
    return known;
  }

  /** The agent's entry for the month. */
  entryOf(known: KnownAgent, month: string): Entry {
    if (known.entry !== undefined && known.month === month) return known.entry;
    known.month = month;
    known.entry = this.fold.entry(known.agent, month);
    return known.entry;
  }
}

/**
 * Agent names as the exports wrote them, for one warning: normalisation
 * (agent-name.ts) made two different spellings one agent. A name that only
 * ever appears in one spelling — even one that normalisation changed — is
 * simply that agent: no warning. Tables report their spellings; the run
 * merges them across files (and a split file's ranges).
 */
import type { Problem } from "./problems.ts";

export interface Spellings {
  /** Agents some row wrote exactly as matched (up to surrounding spaces). */
  plain: string[];
  /** Each other spelling's first row, as the warning it gets if it merged with another. */
  renamed: { agent: string; raw: string; warning: Problem }[];
}

export class SpellingIndex {
  private readonly plain = new Set<string>();
  /** agent → raw spelling → its first row's warning. */
  private readonly renamed = new Map<string, Map<string, Problem>>();

  addPlain(agent: string): void {
    this.plain.add(agent);
  }

  /** A spelling normalisation changed; only its first row is kept. */
  addRenamed(agent: string, raw: string, warning: () => Problem): void {
    let raws = this.renamed.get(agent);
    if (!raws) {
      raws = new Map();
      this.renamed.set(agent, raws);
    }
    if (!raws.has(raw)) raws.set(raw, warning());
  }

  add(s: Spellings | undefined): void {
    if (!s) return;
    for (const agent of s.plain) this.plain.add(agent);
    for (const r of s.renamed) this.addRenamed(r.agent, r.raw, () => r.warning);
  }

  spellings(): Spellings {
    return {
      plain: [...this.plain],
      renamed: [...this.renamed].flatMap(([agent, raws]) =>
        [...raws].map(([raw, warning]) => ({ agent, raw, warning })),
      ),
    };
  }

  /** One warning per changed spelling of an agent written in two or more ways. */
  warnings(): Problem[] {
    const out: Problem[] = [];
    for (const [agent, raws] of this.renamed)
      if (raws.size + (this.plain.has(agent) ? 1 : 0) >= 2) out.push(...raws.values());
    return out;
  }
}

/**
 * Which headers mean which columns in one file: the user's own `columns:`
 * mapping (data/config.yaml) first, then the platform profile the file's
 * header matches best, then the catalogue. Pure; the rules are plain data so
 * they travel to parse workers and into the parse cache key.
 */
import { matchesGlob } from "node:path";
import { HeaderIndex, type InputColumn, normalizeHeader } from "./columns.ts";
import type { Profile } from "./profiles.ts";

/** One header → column line of `columns:` in data/config.yaml, optionally for matching files only. */
export interface ColumnMapping {
  header: string;
  column: string;
  /** A glob over the file's path as messages name it (e.g. `data/exports/京东/*.csv`). */
  files?: string;
}

export interface HeaderRules {
  mappings: readonly ColumnMapping[];
  /** `weights:` in data/config.yaml: daily-rate column → the column to weight it by when its denominator is absent. */
  weights: Readonly<Record<string, string>>;
}

export const NO_RULES: HeaderRules = { mappings: [], weights: {} };

/**
 * Headers any table may have, whoever wrote it: a row number, the shop, a
 * remark. A profile may list one (拼多多's 客服绩效 has a 序号 column), but a
 * rating sheet typed in Excel has them as often: they are no evidence of a
 * platform when a profile is chosen.
 */
const GENERIC_HEADERS = new Set(
  ["序号", "编号", "行号", "No.", "#", "店铺", "店铺名", "店铺名称", "备注", "说明"].map(
    (h) => normalizeHeader(h).key,
  ),
);

/** What one file's header row resolves to. */
export interface FileColumns {
  profile: Profile | null;
  index: HeaderIndex;
  /** Daily-rate column → weight column: the profile's platform definitions. */
  weights: Readonly<Record<string, string>>;
  /** The same, named by the user in data/config.yaml (pages and CSV then say "weighted by …"). */
  explicitWeights: Readonly<Record<string, string>>;
  /** Header keys the user's `columns:` maps for this file: they win over another header of the same column. */
  mapped: ReadonlySet<string>;
}

/** True when a mapping applies to the file (no pattern: every file). */
export function mappingApplies(mapping: ColumnMapping, file: string): boolean {
  if (mapping.files === undefined) return true;
  const path = file.replaceAll("\\", "/");
  const glob = mapping.files;
  // `helpdesk/*` means the files under helpdesk/, in its month subfolders too (exports/helpdesk/2026-09/x.csv).
  const under = glob.endsWith("/*") ? `${glob}*` : null;
  return [glob, `**/${glob}`, ...(under ? [under, `**/${under}`] : [])].some((g) =>
    matchesGlob(path, g),
  );
}

export class HeaderMatcher {
  private readonly byId: Map<string, InputColumn>;
  private readonly catalogue: HeaderIndex;
  private readonly profiles: { profile: Profile; index: HeaderIndex; other: Set<string> }[];
  private readonly rules: HeaderRules;

  constructor(columns: readonly InputColumn[], profiles: readonly Profile[], rules: HeaderRules) {
    this.byId = new Map(columns.map((c) => [c.id, c]));
    this.catalogue = new HeaderIndex().add(columns);
    this.rules = rules;
    this.profiles = profiles.map((profile) => ({
      profile,
      index: this.profileIndex(profile),
      other: new Set((profile.other ?? []).map((h) => normalizeHeader(h).key)),
    }));
  }

  private profileIndex(profile: Profile): HeaderIndex {
    const index = new HeaderIndex();
    for (const [id, headers] of Object.entries(profile.columns)) {
      const column = this.byId.get(id);
      if (column) for (const h of headers) index.set(h, column);
    }
    return index;
  }

  private mappingIndex(file: string): HeaderIndex {
    const index = new HeaderIndex();
    for (const m of this.rules.mappings) {
      const column = this.byId.get(m.column);
      if (column && mappingApplies(m, file)) index.set(m.header, column);
    }
    return index;
  }

  /** Every header anything knows for this file: finds the header row among notice lines. */
  anyIndex(file: string): HeaderIndex {
    const index = this.mappingIndex(file);
    for (const p of this.profiles) {
      for (const [id, headers] of Object.entries(p.profile.columns)) {
        const column = this.byId.get(id);
        if (column) for (const h of headers) index.set(h, column);
      }
    }
    return index.add([...this.byId.values()]);
  }

  /**
   * The profile the header row names best: the one knowing the most cells the
   * catalogue alone does not read (or reads as another column), then the one
   * knowing the most cells, then the narrower profile; none when the catalogue
   * reads the header as it is. A generic header (序号, 店铺, 备注) is no
   * evidence: alone it picks no profile.
   */
  choose(file: string, cells: readonly string[]): FileColumns {
    let best: { profile: Profile; own: number; all: number; size: number } | null = null;
    const keys = cells.map((cell) => normalizeHeader(cell).key);
    for (const p of this.profiles) {
      let own = 0;
      let all = 0;
      cells.forEach((cell, i) => {
        const key = keys[i] as string;
        const hit = p.index.resolve(cell);
        if (!hit) {
          if (p.other.has(key) && !GENERIC_HEADERS.has(key)) own++;
          return;
        }
        all++;
        if (this.catalogue.resolve(cell)?.column.id !== hit.column.id && !GENERIC_HEADERS.has(key))
          own++;
      });
      const size = Object.values(p.profile.columns).flat().length + p.other.size;
      const better =
        !best ||
        own > best.own ||
        (own === best.own && (all > best.all || (all === best.all && size < best.size)));
      if (own > 0 && better) best = { profile: p.profile, own, all, size };
    }
    const index = this.mappingIndex(file);
    if (best) {
      for (const [id, headers] of Object.entries(best.profile.columns)) {
        const column = this.byId.get(id);
        if (column) for (const h of headers) index.set(h, column);
      }
    }
    index.add([...this.byId.values()]);
    return {
      profile: best?.profile ?? null,
      index,
      weights: best?.profile.weights ?? {},
      explicitWeights: this.rules.weights,
      mapped: new Set(
        this.rules.mappings
          .filter((m) => this.byId.has(m.column) && mappingApplies(m, file))
          .map((m) => normalizeHeader(m.header).key),
      ),
    };
  }
}

/**
 * Whether a row repeats what an agent-month already has (fold.ts
 * `duplicateOf`): the earlier row that gave the same period for one of the
 * same column slots. Pure.
 */
import { type Duplicate, type Entry, periodMask, rowAt } from "./fold-entry.ts";

/**
 * Where this agent's day (or month, when day is 0) was already given for one
 * of the column slots a row has, if it was: the earlier row and the slots
 * given twice. Two files with different columns complete each other; two files
 * without numeric columns repeat each other's rows of the same period.
 */
export function repeatOf(
  e: Entry,
  day: number,
  slots: ArrayLike<number>,
  fileColumns: readonly (Uint8Array | undefined)[],
  files: readonly string[],
): Duplicate | null {
  const bit = periodMask(day);
  for (const s of e.sources) {
    if ((s.mask & bit) === 0) continue;
    const has = fileColumns[s.file];
    const shared: number[] = [];
    for (let i = 0; i < slots.length; i++)
      if (has?.[slots[i] as number] === 1) shared.push(slots[i] as number);
    // A row that shares no column with an earlier file's completes it, also where one of the
    // two gives no column at all (a sheet whose columns no scheme reads: 评分人, 分数); two
    // files without columns repeat each other.
    if (shared.length === 0 && (slots.length > 0 || has?.includes(1) === true)) continue;
    return {
      file: files[s.file] ?? "",
      row: rowAt(s, day),
      slots: shared,
      daily: s.mask !== -1,
    };
  }
  return null;
}

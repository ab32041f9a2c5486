/**
 * What the reason tables share: the languages, how a quoted cell and a
 * catalogue column are written, and the shape of a table of codes to words.
 */
import { COLUMNS } from "../ingest/columns.ts";

export type ReasonLang = "zh" | "en";

/** Both languages' words for one reason. */
export interface Words {
  en: string;
  zh: string;
}

/** A catalogue column by its Chinese header (its first) in the Chinese words; scheme inputs by their id. */
const HEADER_ZH = new Map(COLUMNS.map((c) => [c.id, c.headers[0] ?? c.id]));
export const zhName = (id: string) => HEADER_ZH.get(id) ?? id;

/** `'abc'`, shortened so a 10 MB cell does not become a 10 MB message. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `'${short.replace(/[\r\n\t]/g, " ")}'`;
}

/** The member of a union whose code (or one of whose codes) is C. */
type Of<R, C> = R extends { code: infer K } ? (C extends K ? R : never) : never;

/** Per code, the words of a reason with that code (`q`: its quoted cell, when it has one). */
export type Texts<R extends { code: string }> = {
  [C in R["code"]]: (r: Of<R, C>, q: string) => Words;
};

/**
 * Which of a month's people a query finds: part of the name or the team as
 * written (小美, 售前一), or in pinyin as the address spells it, with or
 * without spaces and hyphens (xiaomei, xiao mei, xiao-mei-0071), or the
 * pinyin's initials (xm). Pure, so the browser script and the tests share it.
 */
import type { PersonRow } from "../model/people-index.ts";

export interface PeopleMatches {
  /** How many people match in all. */
  count: number;
  /** The first `limit` of them, in the index's order (scheme, then rank). */
  shown: PersonRow[];
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase().trim();
const squeeze = (text: string) => text.replace(/[\s\-_'’.·]+/g, "");
const ASCII = /^[\x20-\x7e]+$/;

/** `xiao-mei-0071` → `xm0071`: each word's first letter, digits kept whole. */
export function slugInitials(slug: string): string {
  return slug
    .split("-")
    .map((w) => (/^\d+$/.test(w) ? w : w.slice(0, 1)))
    .join("");
}

/**
 * Whether a person matches `query` (name, team, pinyin, initials: as above);
 * null for an empty query. `teamSlug` may be "" where none is known.
 */
export function personMatcher(
  query: string,
): ((name: string, slug: string, team: string, teamSlug: string) => boolean) | null {
  const q = fold(query);
  if (q === "") return null;
  const latin = ASCII.test(q) ? squeeze(q) : "";
  return (name, slug, team, teamSlug) => {
    if (fold(name).includes(q) || (team !== "" && fold(team).includes(q))) return true;
    if (latin === "") return false;
    return (
      squeeze(slug).includes(latin) ||
      slugInitials(slug).startsWith(latin) ||
      (teamSlug !== "" && squeeze(teamSlug).includes(latin))
    );
  };
}

export function matchPeople(
  people: readonly PersonRow[],
  query: string,
  limit = 50,
): PeopleMatches {
  const matches = personMatcher(query);
  if (matches === null) return { count: 0, shown: [] };
  const found = people.filter(([name, slug, team, teamSlug]) =>
    matches(name, slug, team, teamSlug),
  );
  return { count: found.length, shown: found.slice(0, limit) };
}

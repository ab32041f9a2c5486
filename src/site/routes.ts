/**
 * Every link the site makes, under the configured base path and language.
 * Chinese lives at the contract's routes (`/months/2026-09/`), English under
 * `/en/` with the same shape. Pure, so it is tested without a build.
 */
import type { Lang } from "./i18n.ts";

export interface Routes {
  home(): string;
  month(month: string): string;
  /** A team's section on a large month's team pages (see model/team-pages.ts). */
  team(month: string, page: number, slug: string): string;
  agent(slug: string): string;
  compare(): string;
  studio(): string;
  dataQuality(): string;
  asset(path: string): string;
  /** The same page in the other language. */
  switchLang(pathname: string, to: Lang): string;
}

function withSlash(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

export function routes(base: string, lang: Lang): Routes {
  const root = withSlash(base);
  const prefix = lang === "en" ? `${root}en/` : root;
  return {
    home: () => prefix,
    month: (m) => `${prefix}months/${encodeURIComponent(m)}/`,
    team: (m, page, slug) =>
      `${prefix}months/${encodeURIComponent(m)}/teams/${page}/#team-${encodeURIComponent(slug)}`,
    agent: (slug) => `${prefix}agents/${encodeURIComponent(slug)}/`,
    compare: () => `${prefix}compare/`,
    studio: () => `${prefix}studio/`,
    dataQuality: () => `${prefix}data-quality/`,
    asset: (path) => `${root}${path.replace(/^\//, "")}`,
    switchLang(pathname, to) {
      const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
      const bare = rest.startsWith("en/") ? rest.slice(3) : rest === "en" ? "" : rest;
      return to === "en" ? `${root}en/${bare}` : `${root}${bare}`;
    },
  };
}

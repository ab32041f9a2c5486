/**
 * The studio's files, from the site data: the index, the values file, and
 * each published scheme as YAML (the rules the page links to, also without
 * JavaScript).
 */

import { schemeYaml } from "../../studio/scheme-yaml.ts";
import type { StudioIndex } from "../../studio/studio-data.ts";
import type { SiteData } from "../model/site-data.ts";

const EMPTY: StudioIndex = { months: [], agents: [], teams: [], schemes: [] };

export const studioIndex = (data: SiteData): StudioIndex => data.studio?.index ?? EMPTY;

export const studioValues = (data: SiteData): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.from(data.studio?.data ?? "", "base64"));

export const studioSchemePaths = (data: SiteData) =>
  studioIndex(data).schemes.map((s) => ({ params: { id: s.id } }));

export const schemeFileName = (id: string) => `${id}.yaml`;

export function publishedSchemeYaml(data: SiteData, id: string): string {
  const s = studioIndex(data).schemes.find((x) => x.id === id);
  if (!s) return "";
  return schemeYaml(s.raw, [
    `${s.label.zh} · ${s.label.en}`,
    "The scheme as this report scored it. Edit it in the scheme studio (/studio/) or by hand;",
    "`npm run check -- --scheme FILE` checks it.",
  ]);
}

import { compareIndex } from "~/site/compare/compare-data.ts";
import { siteData } from "~/site/data.ts";

export const GET = () => Response.json(compareIndex(siteData()));

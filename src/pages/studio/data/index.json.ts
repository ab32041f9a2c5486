import { siteData } from "~/site/data.ts";
import { studioIndex } from "~/site/studio/studio-files.ts";

export const GET = () => Response.json(studioIndex(siteData()));

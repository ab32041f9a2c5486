import { siteData } from "~/site/data.ts";
import { studioValues } from "~/site/studio/studio-files.ts";

export const GET = () =>
  new Response(studioValues(siteData()), {
    headers: { "Content-Type": "application/octet-stream" },
  });

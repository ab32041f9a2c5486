import { siteData } from "~/site/data.ts";
import { publishedSchemeYaml, studioSchemePaths } from "~/site/studio/studio-files.ts";

export const getStaticPaths = () => studioSchemePaths(siteData());

export const GET = ({ params }: { params: { id: string } }) =>
  new Response(publishedSchemeYaml(siteData(), params.id), {
    headers: { "Content-Type": "text/yaml; charset=utf-8" },
  });

import { compareAgent } from "~/site/compare/compare-data.ts";
import { siteData } from "~/site/data.ts";
import type { SiteAgent } from "~/site/model/site-data.ts";
import { agentPaths } from "~/site/paths.ts";

export const getStaticPaths = () => agentPaths(siteData());

export const GET = ({ props }: { props: { agent: SiteAgent } }) =>
  Response.json(compareAgent(siteData(), props.agent.name, props.agent.slug));

import { siteData } from "~/site/data.ts";
import { peopleIndex } from "~/site/model/people-index.ts";
import { peoplePaths } from "~/site/paths.ts";

export const getStaticPaths = () => peoplePaths(siteData());

export const GET = ({ params }: { params: { month: string } }) =>
  Response.json(peopleIndex(siteData(), params.month));

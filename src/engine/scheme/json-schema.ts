/**
 * The JSON Schema of scheme files, generated from the zod schema, for editor
 * completion (committed as data/schemes/scheme.schema.json; a test keeps the
 * two equal and rewrites the file with UPDATE_SCHEMA=1).
 */
import { z } from "zod";
import { rawSchemeSchema } from "./raw-schema.ts";

export function schemeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rawSchemeSchema, { io: "input" }),
    title: "Appraisal scheme (客服绩效考核方案)",
  };
}

export function schemeJsonSchemaText(): string {
  return `${JSON.stringify(schemeJsonSchema(), null, 2)}\n`;
}

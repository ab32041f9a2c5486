import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { schemeJsonSchemaText } from "~/engine/scheme/json-schema.ts";

const FILE = "data/schemes/scheme.schema.json";

it("the committed JSON Schema equals the one generated from the zod schema", () => {
  const generated = schemeJsonSchemaText();
  if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, generated);
  const committed = readFileSync(FILE, "utf8");
  expect(
    committed,
    `${FILE} is stale: run UPDATE_SCHEMA=1 npx vitest run test/engine/scheme/json-schema.test.ts`,
  ).toBe(generated);
});

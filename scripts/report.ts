/** `npm run report`: build the static report site into dist/. */
import { build } from "astro";

await build({ root: process.cwd(), logLevel: "warn" });

/** Rolldown's allocator is told to give back freed memory, unless the user said otherwise. */
import { describe, expect, it } from "vitest";
import { returnBundlerMemory } from "~/report/astro-build.ts";

describe("returnBundlerMemory", () => {
  it("sets mimalloc to return freed memory at once", () => {
    const env: NodeJS.ProcessEnv = {};
    returnBundlerMemory(env);
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: "0", MIMALLOC_PURGE_DECOMMITS: "1" });
  });

  it("keeps a value already in the environment", () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: "100" };
    returnBundlerMemory(env);
    expect(env.MIMALLOC_PURGE_DELAY).toBe("100");
    expect(env.MIMALLOC_PURGE_DECOMMITS).toBe("1");
  });
});

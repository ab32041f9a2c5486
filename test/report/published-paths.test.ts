import { describe, expect, it } from "vitest";
import { publishedPaths } from "~/report/published-paths.ts";

const paths = publishedPaths("/home/ann/shop", ["/mnt/share/exports", "/home/ann/shop/data/x"]);

describe("publishedPaths", () => {
  it("writes a path inside the project relative to it, and keeps relative paths", () => {
    expect(paths.path("/home/ann/shop/data/roster.csv")).toBe("data/roster.csv");
    expect(paths.path("/home/ann/shop")).toBe(".");
    expect(paths.path("data/exports/a.csv")).toBe("data/exports/a.csv");
  });

  it("writes a path inside an outside exports folder from that folder's name", () => {
    expect(paths.path("/mnt/share/exports/2026-10/a.csv")).toBe("exports/2026-10/a.csv");
    expect(paths.path("/mnt/share/exports")).toBe("exports");
  });

  it("keeps only the file name of any other absolute path", () => {
    expect(paths.path("/etc/kpi/presales.yaml")).toBe("presales.yaml");
    expect(paths.path("/home/ann/shop-old/a.csv")).toBe("a.csv"); // a sibling, not inside
  });

  it("replaces the folders inside free text", () => {
    expect(
      paths.text("no rows in /mnt/share/exports, nor a scheme in /home/ann/shop/data/schemes"),
    ).toBe("no rows in exports, nor a scheme in data/schemes");
  });
});

import { describe, expect, it } from "vitest";
import { CliError } from "~/cli/cli-error.ts";
import { parseReportOptions } from "~/report/options.ts";

const parse = (argv: string[], env: Record<string, string> = {}) => parseReportOptions(argv, env);

function usageError(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return error as CliError;
  }
  throw new Error("expected a CliError");
}

describe("parseReportOptions", () => {
  it("has the contract's defaults", () => {
    expect(parse([])).toMatchObject({
      data: [],
      scheme: undefined,
      month: undefined,
      allowInvalid: false,
      base: "/",
      site: undefined,
      out: "dist",
      pseudonymize: false,
      quiet: false,
    });
  });

  it("normalises the base path to one leading and one trailing slash", () => {
    expect(parse(["--base", "kpi"]).base).toBe("/kpi/");
    expect(parse(["--base", "/kpi"]).base).toBe("/kpi/");
    expect(parse(["--base", "kpi/"]).base).toBe("/kpi/");
    expect(parse(["--base", "/kpi/"]).base).toBe("/kpi/");
    expect(parse(["--base", "a/b"]).base).toBe("/a/b/");
    expect(parse(["--base", " "]).base).toBe("/");
    expect(parse(["--base", "/"]).base).toBe("/");
  });

  it("collapses doubled slashes (//kpi/ would be read as another host)", () => {
    expect(parse(["--base", "//kpi//"]).base).toBe("/kpi/");
  });

  it("refuses a base that is a URL, a Windows path or not a plain path, saying what to write", () => {
    expect(usageError(() => parse(["--base", "https://org.github.io/kpi/"])).message).toBe(
      "--base: 'https://org.github.io/kpi/' is not a path the site can be served under: --base takes the path only (--base /kpi/) and --site the origin (--site https://org.github.io)",
    );
    expect(usageError(() => parse(["--base", "C:/Program Files/Git/kpi/"])).message).toBe(
      "--base: 'C:/Program Files/Git/kpi/' is not a path the site can be served under: a Windows path (Git Bash rewrites /kpi/ into one): run it with MSYS_NO_PATHCONV=1",
    );
    // Quotes and brackets would break out of the attributes the base is written into (a script's src).
    for (const base of [
      "/kpi/../x/",
      "/a b/",
      "/kpi?x",
      "\\kpi",
      '/x"onerror="alert(1)"y="',
      "/<b>/",
      "/x'y/",
    ])
      expect(usageError(() => parse([], { REPORT_BASE: base })).message).toContain(
        "e.g. --base /kpi/",
      );
  });

  it("takes base and site from REPORT_BASE / REPORT_SITE, the options winning", () => {
    const env = { REPORT_BASE: "reports", REPORT_SITE: "https://example.com/" };
    expect(parse([], env)).toMatchObject({ base: "/reports/", site: "https://example.com/" });
    expect(parse(["--base", "/kpi/", "--site", "https://kpi.example.org"], env)).toMatchObject({
      base: "/kpi/",
      site: "https://kpi.example.org",
    });
    expect(parse([], { REPORT_SITE: "" }).site).toBeUndefined();
  });

  it("rejects a bad --site with exit 2 naming the option", () => {
    expect(usageError(() => parse(["--site", "not a url"])).message).toContain("--site");
    expect(usageError(() => parse([], { REPORT_SITE: "nope" })).message).toContain("--site");
    // A URL that is no web address fails here, before any data is read, not in the build.
    for (const site of ["javascript:alert(1)", "ftp://x.com", "mailto:a@b.c"])
      expect(usageError(() => parse(["--site", site])).message).toContain("is not a web address");
    expect(parse(["--site", "http://10.0.0.5:8080/"]).site).toBe("http://10.0.0.5:8080/");
  });

  it("rejects a bad --month with exit 2 naming the option and the value", () => {
    for (const month of ["2026-13", "2026-9", "2026/09", "26-09", "2026-00", ""]) {
      const error = usageError(() => parse(["--month", month]));
      expect(error.message).toContain("--month");
      expect(error.message).toContain(`'${month}'`);
    }
    expect(parse(["--month", "2026-09"]).month).toBe("2026-09");
  });

  it("rejects unknown options and stray arguments with exit 2", () => {
    expect(usageError(() => parse(["--bogus"])).message).toMatch(/bad option/);
    usageError(() => parse(["dist"]));
    usageError(() => parse(["--out"]));
  });

  it("is quiet with --quiet or when CI=true (or 1), not otherwise", () => {
    expect(parse(["--quiet"]).quiet).toBe(true);
    expect(parse([], { CI: "true" }).quiet).toBe(true);
    expect(parse([], { CI: "1" }).quiet).toBe(true);
    expect(parse([], { CI: "false" }).quiet).toBe(false);
  });

  it("collects repeated --data and the switches", () => {
    const o = parse([
      "--data",
      "a.csv",
      "--data",
      "b/",
      "--allow-invalid",
      "--pseudonymize",
      "--out",
      "x",
    ]);
    expect(o).toMatchObject({
      data: ["a.csv", "b/"],
      allowInvalid: true,
      pseudonymize: true,
      out: "x",
    });
  });
});

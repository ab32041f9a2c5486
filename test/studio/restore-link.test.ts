import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { editChanges } from "~/studio/edit.ts";
import { encodeEditLink } from "~/studio/edit-link.ts";
import type { Json } from "~/studio/json-edit.ts";
import { restoreLink } from "~/studio/restore-link.ts";

const raw = (id: string) => parse(readFileSync(`data/schemes/${id}.yaml`, "utf8")) as Json;
const site = {
  schemes: [
    { id: "presales", raw: raw("presales") },
    { id: "aftersales", raw: raw("aftersales") },
  ],
  months: ["2026-01", "2026-02", "2026-03"],
};
const weight = { p: ["kpis", 1, "weight"], v: 20 };
/** An edit that no longer fits: its scheme has no 100th KPI. */
const unfit = { p: ["kpis", 99, "weight"], v: 20 };
const link = (over: Partial<Parameters<typeof encodeEditLink>[0]>) =>
  encodeEditLink({
    scheme: "presales",
    from: "2026-01",
    to: "2026-02",
    changes: [weight],
    off: [],
    others: [{ scheme: "aftersales", changes: [weight], off: [] }],
    ...over,
  });

describe("what a link restores on the site", () => {
  it("restores every scheme's edit and the months of a link that fits", () => {
    const r = restoreLink(link({}), site);
    expect(r.fit).toBe("whole");
    expect(r.shown?.at).toBe(0);
    expect(r.shown?.edit && editChanges(r.shown.edit).changes).toEqual([weight]);
    expect(r.others.map((o) => [o.at, editChanges(o.edit).changes])).toEqual([[1, [weight]]]);
    expect([r.from, r.to]).toEqual(["2026-01", "2026-02"]);
  });

  it("says part of it is left out when another scheme's edit names a scheme the site does not have", () => {
    const r = restoreLink(
      link({
        others: [
          { scheme: "retired", changes: [weight], off: [] },
          { scheme: "aftersales", changes: [weight], off: [] },
        ],
      }),
      site,
    );
    expect(r.fit).toBe("partly");
    expect(r.others.map((o) => o.at)).toEqual([1]);
    expect(r.shown?.at).toBe(0);
  });

  it("says part of it is left out when the shown scheme is not on the site", () => {
    const r = restoreLink(link({ scheme: "retired" }), site);
    expect(r.fit).toBe("partly");
    expect(r.shown).toBeNull();
    expect(r.others.map((o) => o.at)).toEqual([1]);
    expect([r.from, r.to]).toEqual(["2026-01", "2026-02"]);
  });

  it("keeps the link's scheme and months when the shown scheme's own edit does not fit", () => {
    const r = restoreLink(link({ changes: [unfit], from: "2026-02", to: "2026-03" }), site);
    expect(r.fit).toBe("partly");
    expect(r.shown).toEqual({ at: 0, edit: null });
    expect([r.from, r.to]).toEqual(["2026-02", "2026-03"]);
    expect(r.others.map((o) => o.at)).toEqual([1]);
  });

  it("leaves out another scheme's edit that does not fit", () => {
    const r = restoreLink(
      link({ others: [{ scheme: "aftersales", changes: [unfit], off: [] }] }),
      site,
    );
    expect(r.fit).toBe("partly");
    expect(r.others).toEqual([]);
    expect(r.shown?.edit).not.toBeNull();
  });

  it("takes only the months the site has", () => {
    const r = restoreLink(link({ from: "2019-01", to: "2026-03" }), site);
    expect(r.fit).toBe("whole");
    expect([r.from, r.to]).toEqual([null, "2026-03"]);
  });

  it("tells a link that cannot be read from one without an edit", () => {
    expect(restoreLink("", site).fit).toBe("none");
    expect(restoreLink("#from=2026-01", site).fit).toBe("none");
    const cut = restoreLink("#scheme=presales&from=2026-0", site);
    expect(cut).toEqual({ fit: "unreadable", shown: null, others: [], from: null, to: null });
    // Cut in its last part, the other schemes' edits: the rest is read (below).
    expect(restoreLink(`${link({})}`.slice(0, -5), site).fit).toBe("partly");
  });

  it("restores the shown scheme's edit and the months of a link whose other schemes' part was cut short", () => {
    const whole = link({});
    const cut = whole.slice(0, whole.indexOf("others=") + "others=".length + 6);
    const r = restoreLink(cut, site);
    expect(r.fit).toBe("partly");
    expect(r.shown?.edit && editChanges(r.shown.edit).changes).toEqual([weight]);
    expect(r.others).toEqual([]);
    expect([r.from, r.to]).toEqual(["2026-01", "2026-02"]);
  });
});

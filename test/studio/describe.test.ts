import { describe, expect, it } from "vitest";
import { takeAwayHeader } from "~/studio/describe.ts";
import { setValue, startEdit } from "~/studio/edit.ts";

const published = {
  id: "presales",
  role: "售前",
  kpis: [{ id: "inquiry_conversion", weight: 30, bands: [{ min: 0.6, points: 30 }] }],
};

/** An unedited pre-sales scheme scored over January and February, without a role. */
const presalesJanFeb = () => ({
  id: "presales",
  label: { zh: "售前", en: "Pre-sales" },
  role: null,
  from: "2026-01",
  to: "2026-02",
  state: startEdit(published),
});

describe("the downloaded scheme's header", () => {
  const header = takeAwayHeader({
    id: "presales",
    label: { zh: "售前客服月度考核", en: "Pre-sales monthly appraisal" },
    role: "售前",
    from: "2026-10",
    to: "2026-08",
    state: setValue(startEdit(published), ["kpis", 0, "bands", 0, "min"], 0.55),
  });

  it("lists the changes and the months scored (in order, as the studio scored them)", () => {
    expect(header.slice(0, 3)).toEqual([
      "售前客服月度考核 · Pre-sales monthly appraisal: edited in the scheme studio",
      "Scored there over 2026-08 … 2026-10. Changes against the published scheme:",
      "  kpis[0] (inquiry_conversion).bands[0].min: 0.6 → 0.55",
    ]);
  });

  it("says how to get the studio's numbers from the commands: in place of the published file, not --scheme, which scores every role", () => {
    const text = header.join("\n");
    expect(text).toContain("in place of the published file with id: presales");
    expect(text).toContain("two files with one id are refused");
    expect(text).toContain("data/config.yaml gives presales (售前) with it, as the studio did");
    expect(text).toContain("--scheme FILE checks it where it is, but scores every agent with it");
  });

  it("names the other schemes edited in the studio, which the file does not hold", () => {
    const others = takeAwayHeader({
      ...presalesJanFeb(),
      others: [
        { id: "aftersales", changes: 2 },
        { id: "douyin", changes: 1 },
      ],
    });
    expect(others).toContain(
      "Also edited in the studio, and NOT in this file: aftersales (2 changes), douyin (1 change).",
    );
    expect(header.join("\n")).not.toContain("Also edited");
  });

  it("says first when the checker finds errors: the commands refuse such a file", () => {
    const base = presalesJanFeb();
    expect(takeAwayHeader({ ...base, errors: 2 })[1]).toBe(
      "NOT READY: the checker finds 2 error(s) in it (listed in the studio and by",
    );
    expect(takeAwayHeader({ ...base, errors: 0 }).join("\n")).not.toContain("NOT READY");
  });
});

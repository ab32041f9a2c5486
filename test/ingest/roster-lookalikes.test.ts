/** The roster agent a name not in the roster probably meant: display name, nick, or the same but for spaces. */
import { describe, expect, it } from "vitest";
import { parseRoster } from "~/ingest/roster.ts";
import { rosterLookalikes } from "~/ingest/roster-lookalikes.ts";

const { roster } = parseRoster(
  [
    "agent,display_name,role,team,joined,left",
    "暖阳家居旗舰店:林晓,林晓,售前,一组,,",
    "暖阳家居旗舰店:赵磊,,售前,一组,,",
    "暖阳家居旗舰店:小美,小美,售前,一组,,",
    "暖阳家居二店:小美,小美,售前,二组,,",
    "阿杰,,售后,,,",
    "棉语旗舰店:Amy.W,Amy.W,售前,一组,,",
    "007,,售后,,,",
    "00123,小周,售后,,,",
  ].join("\n"),
  "roster.csv",
);
const alike = rosterLookalikes(roster);

describe("roster lookalikes", () => {
  it("finds the agent whose display name or nick a name is", () => {
    expect(alike("林晓")).toEqual([{ agent: "暖阳家居旗舰店:林晓", why: "display name" }]);
    expect(alike("赵磊")).toEqual([{ agent: "暖阳家居旗舰店:赵磊", why: "nick" }]);
  });

  it("names every agent a shared display name may mean", () => {
    expect(alike("小美")).toEqual([
      { agent: "暖阳家居旗舰店:小美", why: "display name" },
      { agent: "暖阳家居二店:小美", why: "display name" },
    ]);
  });

  it("finds a name that differs only by spaces (a full-width one too) or letter case, never the agent itself", () => {
    expect(alike("暖阳家居旗舰店:赵 磊")).toEqual([
      { agent: "暖阳家居旗舰店:赵磊", why: "spaces" },
    ]);
    expect(alike("阿\u3000杰")).toEqual([{ agent: "阿杰", why: "spaces" }]);
    expect(alike("林 晓")).toEqual([{ agent: "暖阳家居旗舰店:林晓", why: "spaces" }]);
    expect(alike("阿杰")).toEqual([]);
    expect(alike("amy.w")).toEqual([{ agent: "棉语旗舰店:Amy.W", why: "case" }]);
    expect(alike("棉语旗舰店:AMY.W")).toEqual([{ agent: "棉语旗舰店:Amy.W", why: "case" }]);
    expect(alike("王五")).toEqual([]);
  });

  it("finds an id whose leading zeros Excel dropped when it saved the sheet as CSV", () => {
    expect(alike("7")).toEqual([{ agent: "007", why: "zeros" }]);
    expect(alike("123")).toEqual([{ agent: "00123", why: "zeros" }]);
    expect(alike("07")).toEqual([]);
    expect(alike("007")).toEqual([]);
    expect(alike("8")).toEqual([]);
  });
});

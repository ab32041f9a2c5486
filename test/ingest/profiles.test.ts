/**
 * Platform profiles end to end: each fixture is written from the header list
 * the profile's sources show (values invented) and scored with a scheme that
 * asks for every platform KPI. Every agent-month is found, no row is rejected,
 * the KPIs the export carries are scored and the others are missing, never 0.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { loadAndScore } from "~/cli/load-and-score.ts";
import { COLUMNS } from "~/ingest/columns.ts";
import { HeaderMatcher, NO_RULES } from "~/ingest/header-rules.ts";
import { inputColumns } from "~/ingest/ingest.ts";
import { loadProfiles } from "~/ingest/profiles.ts";
import { runCommand } from "../cli/run-command.ts";
import { ALL_KPIS_SCHEME, project } from "./all-kpis-project.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/profiles");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

interface Case {
  file: string;
  profile: string;
  agents: string[];
  scored: string[];
}

const CASES: Case[] = [
  {
    file: "qianniu.csv",
    profile: "qianniu",
    agents: ["棉语:小美", "棉语:阿杰"],
    scored: ["inquiry_conversion", "agent_aov", "avg_response", "refund_rate", "answer_ratio"],
  },
  {
    file: "chitu.csv",
    profile: "chitu",
    agents: ["棉语:小美", "棉语:阿杰"],
    scored: [
      "inquiry_conversion",
      "agent_aov",
      "first_response",
      "avg_response",
      "satisfaction",
      "answer_ratio",
    ],
  },
  {
    file: "sycm.csv",
    profile: "sycm",
    agents: ["棉语:小美", "棉语:阿杰"],
    scored: [
      "inquiry_conversion",
      "first_response",
      "avg_response",
      "satisfaction",
      "consultations",
    ],
  },
  {
    file: "jd-dongdong.csv",
    profile: "jd-dongdong",
    agents: ["jd_小美", "jd_阿杰"],
    scored: [
      "first_response",
      "avg_response",
      "consultations",
      "answer_30s_rate",
      "order_conversion",
    ],
  },
  {
    file: "pdd.csv",
    profile: "pdd",
    agents: ["棉语旗舰店:小美", "棉语旗舰店:阿杰"],
    scored: [
      "inquiry_conversion",
      "agent_aov",
      "avg_response",
      "consultations",
      "reply_3min_rate",
      "answer_30s_rate",
      "service_score",
    ],
  },
  {
    file: "doudian-feige.csv",
    profile: "doudian-feige",
    agents: ["小美", "阿杰"],
    scored: [
      "inquiry_conversion",
      "agent_aov",
      "first_response",
      "avg_response",
      "reply_3min_rate",
      "order_conversion",
    ],
  },
  {
    file: "kuaishou.csv",
    profile: "kuaishou",
    agents: ["小美", "阿杰"],
    scored: ["inquiry_conversion", "satisfaction", "reply_3min_rate"],
  },
  {
    file: "xiaohongshu.csv",
    profile: "xiaohongshu",
    agents: ["小美", "阿杰"],
    scored: ["inquiry_conversion", "satisfaction", "reply_3min_rate"],
  },
  {
    file: "callcenter.csv",
    profile: "callcenter",
    agents: ["Li Na", "Wang Wei"],
    scored: ["avg_handle_time", "fcr", "satisfaction", "transfers_out"],
  },
  {
    // 座席 as 天润/阿里云/华为 spell it (坐席 elsewhere), 接待量 as 环信 does: not JD's although JD also says 接待量.
    file: "callcenter-zuoxi.csv",
    profile: "callcenter",
    agents: ["李娜", "王伟"],
    scored: ["avg_handle_time", "satisfaction", "transfers_out"],
  },
  {
    // An online help desk's agent statistics (环信): 接起会话数, times as 3分20秒.
    file: "callcenter-online.csv",
    profile: "callcenter",
    agents: ["李娜", "王伟"],
    scored: ["avg_handle_time", "first_response", "avg_response", "satisfaction"],
  },
];

describe("platform profiles", () => {
  it("are valid, name their sources, and map only catalogue columns", () => {
    const { profiles, errors } = loadProfiles();
    expect(errors).toEqual([]);
    expect(profiles.map((p) => p.id).sort()).toEqual(
      [...new Set(CASES.map((c) => c.profile))].sort(),
    );
    const ids = new Set(COLUMNS.map((c) => c.id));
    for (const p of profiles) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const id of Object.keys(p.columns)) expect(ids, `${p.id}: ${id}`).toContain(id);
      for (const [rate, by] of Object.entries(p.weights ?? {})) {
        expect(ids).toContain(rate);
        expect(ids).toContain(by);
      }
    }
  });

  for (const c of CASES) {
    it(`${c.profile}: ${c.file} scores every agent-month with no row rejected`, async () => {
      const root = project({ [`data/exports/${c.file}`]: fixture(c.file) });
      const loaded = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
      expect(loaded.rejected).toEqual([]);
      expect(loaded.fileHeaders.map((f) => f.profile)).toEqual([c.profile]);
      const account = loaded.files[0];
      expect(account?.rejected).toBe(0);
      expect(account?.scored).toBe(account?.read);
      expect(loaded.results.map((r) => `${r.agent} ${r.month}`)).toEqual(
        c.agents.map((a) => `${a} 2026-10`),
      );
      for (const r of loaded.results) {
        const scored = r.kpis.filter((k) => k.status === "scored").map((k) => k.id);
        expect(scored.sort(), r.agent).toEqual([...c.scored].sort());
        for (const k of r.kpis) {
          if (k.status === "scored") expect(Number.isFinite(k.value)).toBe(true);
          else {
            expect(k.status).toBe("missing");
            expect(k.points).toBeNull();
            expect(k.value).toBeNull();
          }
        }
      }
    });
  }

  it("check names the profile per file and lists the columns it did not use", async () => {
    const run = await runCommand(checkCommand, {
      "data/config.yaml": "defaultScheme: all-kpis\n",
      "data/schemes/all-kpis.json": ALL_KPIS_SCHEME,
      "data/exports/pdd.csv": fixture("pdd.csv"),
      "data/exports/qianniu.csv": fixture("qianniu.csv"),
    });
    expect(run.stdout).toContain(
      "columns: profile pdd (Pinduoduo · agent performance); not used: 序号, 去退销售额",
    );
    expect(run.stdout).toContain("3分钟人工回复率(全天), 30秒应答率(全天)");
    expect(run.stdout).toContain(
      "columns: profile qianniu (Taobao/Tmall · Qianniu reception data)",
    );
    expect(run.stdout).toContain("询单人数 → 询单人数延");
  });

  it("takes no generic header (序号, 店铺, 备注) for evidence of a platform", () => {
    const { profiles } = loadProfiles();
    const matcher = new HeaderMatcher(inputColumns(), profiles, NO_RULES);
    const chosen = (header: string) => matcher.choose("f.csv", header.split(","))?.profile?.id;
    // A rating sheet typed in Excel: 序号 is 拼多多's, 店铺 千牛's, but neither says who wrote it.
    expect(chosen("序号,客服,月份,主管评分,备注")).toBeUndefined();
    expect(chosen("序号,店铺,客服,日期,询单人数,最终付款人数,备注")).toBeUndefined();
    // A real export still picks its platform, with its 序号 column or without it.
    const pdd = (fixture("pdd.csv").split("\n")[0] as string).trim();
    expect(chosen(pdd)).toBe("pdd");
    expect(chosen(pdd.replace("序号,", ""))).toBe("pdd");
    // (千牛's header is under its 数据来源 line.)
    expect(chosen((fixture("qianniu.csv").split("\n")[1] as string).trim())).toBe("qianniu");
  });

  it("check labels a rating sheet with a 序号 column as built-in headers, not profile pdd", async () => {
    const run = await runCommand(checkCommand, {
      "data/config.yaml": "defaultScheme: all-kpis\n",
      "data/schemes/all-kpis.json": ALL_KPIS_SCHEME,
      "data/exports/评分表_2026-10.csv":
        "序号,客服,月份,询单人数,最终付款人数,备注\n1,小美,2026-10,100,40,表现突出\n2,阿杰,2026-10,80,30,\n",
    });
    expect(run.stdout).toContain("columns: built-in headers; not used: 序号, 备注");
    expect(run.stdout).not.toContain("profile pdd");
  });
});

/**
 * config.yaml and scheme files saved by Notepad or WPS in GBK or as "Unicode"
 * (UTF-16 LE with a BOM) read as the same text as UTF-8: before, GBK came in
 * as mojibake, so schemeByRole's 售前 matched no roster role (everyone scored
 * with the default scheme, exit 0) and grade names were published garbled.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "~/ingest/config.ts";
import { loadSchemeFile } from "~/ingest/schemes.ts";
import { tempFiles } from "./temp-files.ts";

const CONFIG = "# 项目配置\ndefaultScheme: seed-monthly\nschemeByRole:\n  售前: shouqian\n";
const SCHEME = `# 售前客服考核
id: shouqian
label: { zh: 售前客服月度考核, en: Pre-sales }
mode: points
kpis:
  - id: inquiry_conversion
    weight: 100
    bands:
      - { min: 0.5, points: 100 }
      - { max: 0.5, points: 0 }
grades:
  - { min: 60, grade: 合格 }
  - { grade: 不合格 }
`;
const gbk = (text: string) => {
  // Node's TextEncoder only writes UTF-8: the GBK bytes of the few characters used, by hand.
  const table: Record<string, number[]> = {
    项: [0xcf, 0xee],
    目: [0xc4, 0xbf],
    配: [0xc5, 0xe4],
    置: [0xd6, 0xc3],
    售: [0xca, 0xdb],
    前: [0xc7, 0xb0],
    客: [0xbf, 0xcd],
    服: [0xb7, 0xfe],
    考: [0xbf, 0xbc],
    核: [0xba, 0xcb],
    月: [0xd4, 0xc2],
    度: [0xb6, 0xc8],
    合: [0xba, 0xcf],
    格: [0xb8, 0xf1],
    不: [0xb2, 0xbb],
  };
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table[ch] ?? (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : null);
    if (!bytes) throw new Error(`no GBK bytes for ${ch} in the test table`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
};
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
};

describe("config.yaml and schemes saved in GBK or UTF-16", () => {
  it.each([
    ["GBK", gbk],
    ["UTF-16 LE with BOM", utf16le],
  ])("reads a %s config.yaml's Chinese role keys as written", async (_, encode) => {
    const dir = tempFiles({ "config.yaml": encode(CONFIG) });
    const { config, errors } = await loadConfig(`${dir}/config.yaml`);
    expect(errors).toEqual([]);
    expect(config.schemeByRole.get("售前")).toBe("shouqian");
  });

  it.each([
    ["GBK", gbk],
    ["UTF-16 LE with BOM", utf16le],
  ])("reads a %s scheme's labels and grade names as written", async (_, encode) => {
    const dir = tempFiles({ "shouqian.yaml": encode(SCHEME) });
    const { scheme, issues } = await loadSchemeFile(`${dir}/shouqian.yaml`);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(scheme?.label.zh).toBe("售前客服月度考核");
    expect(scheme?.grades.map((g) => g.grade)).toEqual(["合格", "不合格"]);
  });
});

describe("full-width punctuation typed with a Chinese input method", () => {
  it("names the line and the ASCII character to write, in a scheme and in config.yaml", async () => {
    const dir = tempFiles({
      "colon.yaml": SCHEME.replace("mode: points", "mode： points"),
      "comma.yaml": SCHEME.replace("{ min: 0.5, points: 100 }", "{ min: 0.5， points: 100 }"),
      "config.yaml": "defaultScheme： presales\n",
    });
    expect((await loadSchemeFile(`${dir}/colon.yaml`)).issues[0]?.message).toMatch(
      /^invalid YAML\/JSON: line 4 has the full-width '：' \(typed with a Chinese input method\): write ':' instead; /,
    );
    expect((await loadSchemeFile(`${dir}/comma.yaml`)).issues[0]?.message).toMatch(
      /^invalid YAML\/JSON: line 9 has the full-width '，' .*: write ',' instead; /,
    );
    // Parsed as one string, then refused as "(top): expected object": the cause comes first.
    expect((await loadConfig(`${dir}/config.yaml`)).errors[0]).toMatch(
      /config\.yaml: line 1 has the full-width '：' .*: write ':' instead$/,
    );
  });

  it("leaves a label's own Chinese comma alone", async () => {
    const dir = tempFiles({
      "label.yaml": SCHEME.replace("zh: 售前客服月度考核", "zh: 售前，售后考核"),
    });
    const { scheme, issues } = await loadSchemeFile(`${dir}/label.yaml`);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(scheme?.label.zh).toBe("售前，售后考核");
  });
});

/** Ingest's skip reasons are fixed English phrases; the Chinese pages show them in Chinese. */
import type { Lang } from "../i18n.ts";

const ZH: Record<string, string> = {
  "totals row": "合计/汇总行",
  "peer benchmark row": "同行/行业对比行",
  "average row": "平均值行",
  "blank row": "空行",
  "outside --month": "不在 --month 所选月份",
};

export function skipReason(reason: string, lang: Lang): string {
  return lang === "zh" ? (ZH[reason] ?? reason) : reason;
}

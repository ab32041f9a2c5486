/**
 * Skill → the KPI levels an agent aims at in a month. The anchors bracket the
 * bands of the built-in schemes (conversion 38/45/50/60 %, AOV ratio
 * 1.10–1.35, first response 6–30 s, average response 30–55 s, satisfaction
 * 60/80/90 %, reply rate 95–99 %, refund rate 3–10 %), so agents spread
 * across the bands. `lean` shifts single KPIs: nobody is equally good at all.
 */

export interface KpiTargets {
  conversion: number;
  aovRatio: number;
  firstResponseS: number;
  avgResponseS: number;
  satisfaction: number;
  replyRate: number;
  refundRate: number;
  /** 支付宝付款笔数 / 拍下笔数: unpaid orders are not the agent's doing mostly. */
  paymentRate: number;
}

export type KpiLean = Record<keyof KpiTargets, number>;

const lerp = (weak: number, strong: number, t: number): number => weak + (strong - weak) * t;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function targetsFor(skill: number, lean: KpiLean): KpiTargets {
  const at = (key: keyof KpiTargets): number => clamp01(skill + lean[key]);
  return {
    conversion: lerp(0.32, 0.66, at("conversion")),
    aovRatio: lerp(1.02, 1.42, at("aovRatio")),
    firstResponseS: lerp(34, 4.5, at("firstResponseS")),
    avgResponseS: lerp(58, 25, at("avgResponseS")),
    satisfaction: lerp(0.57, 0.97, at("satisfaction")),
    replyRate: lerp(0.935, 0.998, at("replyRate")),
    refundRate: lerp(0.115, 0.022, at("refundRate")),
    paymentRate: lerp(0.74, 0.95, at("paymentRate")),
  };
}

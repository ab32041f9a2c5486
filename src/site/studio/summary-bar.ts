/**
 * The summary bar, the results at a glance for a phone: the studio's summary in one short
 * line (grades up and down, totals higher and lower, the pay budget's
 * change) that stays at the top of the screen while the form below is
 * edited, the full results being under the whole form there. A wide screen
 * has the results beside the form and does not show it (StudioPage.astro).
 */
import type { Label } from "../../engine/types.ts";
import type { StudioDiff } from "../../studio/diff.ts";
import type { Lang } from "./studio-context.ts";
import { fill, S } from "./studio-strings.ts";
import { delta, moveCounts } from "./studio-view.ts";

/** What the last re-score gave: a comparison, a scheme not scored, or months without its data. */
export type SummaryBar =
  | { kind: "scored"; diff: StudioDiff; errors: number }
  | { kind: "not-scored" }
  | { kind: "empty" };

/** The button that takes the reader to the full results (not a #link: the fragment is the edit's). */
const toResults = (t: (l: Label) => string) =>
  ` <button type="button" name="to-results">${t(S.glanceResults)}</button>`;

export function summaryBarHtml(g: SummaryBar, lang: Lang): string {
  const t = (l: Label) => l[lang];
  if (g.kind === "not-scored")
    return `<span class="studio-glance-bad">${t(S.glanceNotScored)}</span>${toResults(t)}`;
  if (g.kind === "empty") return `<span>${t(S.glanceEmpty)}</span>${toResults(t)}`;
  const { diff } = g;
  const counts = fill(t(S.glance), moveCounts(diff));
  const pay = `${t(S.glancePay)} ${delta(diff.pay.total.before, diff.pay.total.after, lang)} ${t(S.yuan)}`;
  const errors = g.errors
    ? `<span class="studio-glance-bad">${fill(t(S.glanceErrors), { n: g.errors })}</span> · `
    : "";
  return `${errors}<span>${counts}</span> · <span>${pay}</span>${toResults(t)}`;
}

/**
 * Its button scrolls to the results; its height is kept in `--studio-glance-h`
 * on the page, so that the form's sticky weight total sits below it and a
 * field focused on a phone is scrolled into view below both.
 */
export function wireSummaryBar(root: HTMLElement, glance: HTMLElement): void {
  glance.addEventListener("click", (e) => {
    if ((e.target as HTMLElement).closest("button[name=to-results]"))
      root.querySelector(".studio-results")?.scrollIntoView({ block: "start" });
  });
  const measure = () =>
    document.documentElement.style.setProperty("--studio-glance-h", `${glance.offsetHeight}px`);
  if (typeof ResizeObserver === "function") new ResizeObserver(measure).observe(glance);
  measure();
}

/**
 * On every edit: compiles the edited scheme, runs the checker, re-scores the
 * chosen months and redraws the comparison against the published scheme.
 * The published ("before") side is scored and counted once per scheme and
 * month range; an edit re-scores only the KPIs it changed (RowScorer) and
 * recounts only their band occupancy; only the parts of the page whose HTML
 * changed are redrawn (patch-html.ts). Also keeps the link and the status
 * line current, and stores its timing on the page for `npm run bench:studio`.
 */
import { checkScheme } from "../../engine/check/check-scheme.ts";
import { parseScheme } from "../../engine/scheme/parse.ts";
import { describeEdit } from "../../studio/describe.ts";
import { compareOutcomes } from "../../studio/diff.ts";
import { type EditState, editChanges, effectiveScheme, isEdited } from "../../studio/edit.ts";
import { encodeEditLink } from "../../studio/edit-link.ts";
import { type Occupancy, occupancy, type SetValues, setValues } from "../../studio/occupancy.ts";
import { RowScorer, type Scored } from "../../studio/rescore.ts";
import { flagFields } from "./form-events.ts";
import { occupancyParts } from "./occupancy-view.ts";
import { patchParts, showHtml } from "./patch-html.ts";
import {
  fileName,
  otherEdits,
  type StudioContext,
  say,
  schemeId,
  schemeName,
} from "./studio-context.ts";
import { weightTotalHtml } from "./studio-form.ts";
import { byCount, fill, S } from "./studio-strings.ts";
import { emptyRangeHtml, findingsHtml, issueLines, resultsParts } from "./studio-view.ts";
import { type SummaryBar, summaryBarHtml } from "./summary-bar.ts";

/** The published scheme scored over one month range. */
interface Baseline {
  key: string;
  scorer: RowScorer;
  before: Scored;
  counted: { occupancy: Occupancy; values: SetValues };
}

function baseline(ctx: StudioContext, known: Baseline | null): Baseline | null {
  const scheme = ctx.published[ctx.current];
  const { fromSel, toSel } = ctx.ui;
  const key = `${ctx.current}|${fromSel.value}|${toSel.value}`;
  if (known?.key === key) return known;
  if (!scheme) return null;
  const [lo, hi] = [fromSel.value, toSel.value].sort() as [string, string];
  const rows = (ctx.rowsOf[ctx.current] ?? []).filter((r) => r.month >= lo && r.month <= hi);
  const scorer = new RowScorer(rows);
  const before = scorer.score(scheme, ctx.index.schemes[ctx.current]?.raw ?? null, true);
  const counted = { occupancy: occupancy(before.kpis), values: setValues(before.kpis) };
  return { key, scorer, before, counted };
}

/** Writes the edit into the URL fragment and the link field; says what is edited. */
function showEdit(ctx: StudioContext): void {
  const { edit, ui } = ctx;
  const count = (e: EditState) => describeEdit(e).length;
  const mine = isEdited(edit)
    ? fill(say(ctx, byCount(count(edit), S.editedOne, S.edited)), { n: count(edit) })
    : say(ctx, S.unchanged);
  // The other schemes' edits are named: the download below is this scheme's file only.
  const others = otherEdits(ctx);
  const list = others
    .map((o) =>
      fill(say(ctx, byCount(count(o.edit), S.schemeEditsOne, S.schemeEdits)), {
        scheme: schemeName(ctx, o.at),
        n: count(o.edit),
      }),
    )
    .join(ctx.lang === "zh" ? "、" : "; ");
  ui.editedNote.textContent =
    others.length > 0
      ? `${mine}${ctx.lang === "zh" ? "；" : "; "}${fill(say(ctx, S.alsoEdited), { list })}`
      : mine;
  ui.downloadButton.textContent = fill(say(ctx, S.download), { file: fileName(ctx) });
  const hash = encodeEditLink({
    scheme: schemeId(ctx, ctx.current),
    from: ui.fromSel.value,
    to: ui.toSel.value,
    ...editChanges(edit),
    // The other schemes edited in this visit: a reload or a colleague gets them all back.
    others: others.map((o) => ({ scheme: schemeId(ctx, o.at), ...editChanges(o.edit) })),
  });
  const copied = ui.linkInput.value;
  history.replaceState(null, "", hash);
  ui.linkInput.value = location.href;
  // A new link has not been copied yet: "Copied" would still be about the old one.
  if (ui.linkInput.value !== copied) ui.copyButton.textContent = say(ctx, S.copy);
  // Not `disabled`: a keyboard user who undid the last step keeps the focus on the button.
  ui.undoButton.setAttribute("aria-disabled", String(ctx.history.past.length === 0));
}

export function recomputer(ctx: StudioContext): () => void {
  let base: Baseline | null = null;
  // The findings are a live region: rewritten only when they change, so they are not read out again.
  const showFindings = (html: string) => showHtml(ctx.ui.findings, html);
  const showGlance = (g: SummaryBar) => showHtml(ctx.ui.glance, summaryBarHtml(g, ctx.lang));
  /** Times the re-score, says so, updates the link and tells the page (and the bench) it is done. */
  const finish = (started: number, lap: Record<string, number>) => {
    ctx.root.dataset.timing = JSON.stringify(lap);
    const ms = performance.now() - started;
    ctx.root.dataset.recomputeMs = ms.toFixed(1);
    ctx.ui.status.textContent = fill(say(ctx, S.recomputed), { ms: ms.toFixed(0) });
    showEdit(ctx);
    ctx.root.dispatchEvent(new CustomEvent("studio:recomputed", { detail: { ms } }));
  };
  return () => {
    const started = performance.now();
    const { ui, lang } = ctx;
    base = baseline(ctx, base);
    const lap: Record<string, number> = {};
    let t = started;
    const mark = (name: string) => {
      const now = performance.now();
      lap[name] = Math.round((now - t) * 10) / 10;
      t = now;
    };
    mark("before");
    const raw = effectiveScheme(ctx.edit);
    const { scheme: edited, issues } = parseScheme(raw, fileName(ctx));
    mark("parse");
    const totals = ui.form.querySelector<HTMLElement>(".weight-total");
    if (totals) {
      // A live region: rewritten only when the sums change, so it is read out only then.
      showHtml(totals, weightTotalHtml(raw, new Set(), edited?.formMax ?? null, lang));
    }
    const published = ctx.published[ctx.current];
    if (!base || !published || !edited) {
      showFindings(findingsHtml(issueLines(issues, lang), lang, say(ctx, S.notScored)));
      flagFields(ui.form, issues);
      ctx.errors = issues.filter((i) => i.severity === "error").length;
      ui.out.innerHTML = "";
      showGlance({ kind: "not-scored" });
    } else {
      const checked = checkScheme(edited, fileName(ctx));
      showFindings(findingsHtml(issueLines(checked, lang), lang));
      flagFields(ui.form, checked);
      ctx.errors = checked.filter((i) => i.severity === "error").length;
      mark("check");
      if (base.scorer.rows.length === 0) {
        // Another scheme's months: say where this one's are instead of empty tables.
        const months = (ctx.rowsOf[ctx.current] ?? []).map((r) => r.month).sort();
        const [from, to] = [ui.fromSel.value, ui.toSel.value].sort() as [string, string];
        const html = emptyRangeHtml({ from, to, first: months[0], last: months.at(-1) }, lang);
        patchParts(ui.out, [{ key: "empty", html }]);
        showGlance({ kind: "empty" });
        return finish(started, lap);
      }
      const after = base.scorer.score(edited, raw);
      mark("score");
      const diff = compareOutcomes(base.before.outcomes, after.outcomes, {
        before: published.grades.map((g) => g.grade),
        after: edited.grades.map((g) => g.grade),
      });
      mark("diff");
      const results = resultsParts({
        diff,
        agents: ctx.index.agents,
        agentHref: (slug) => `${ctx.agentBase}${encodeURIComponent(slug)}/`,
        lang,
        errors: ctx.errors,
        find: ctx.find,
      });
      const bands = occupancyParts({
        published,
        edited,
        before: base.counted,
        after: occupancy(after.kpis),
        lang,
      });
      patchParts(ui.out, [...results, ...bands]);
      showGlance({ kind: "scored", diff, errors: ctx.errors });
      mark("render");
    }
    finish(started, lap);
  };
}

/** Runs `recompute` once after the current burst of events (typing fires one per key). */
export function scheduler(recompute: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      recompute();
    }, 0);
  };
}

/**
 * Taking an edit away: the edited scheme as a YAML download with a header of
 * its changes (and naming the other schemes edited, which it does not hold),
 * and the link, which holds every scheme's edit, copied.
 */
import { describeEdit, takeAwayHeader } from "../../studio/describe.ts";
import { effectiveScheme } from "../../studio/edit.ts";
import { getAt } from "../../studio/json-edit.ts";
import { kpiNotes, schemeYaml } from "../../studio/scheme-yaml.ts";
import { fileName, otherEdits, type StudioContext, say, schemeId } from "./studio-context.ts";
import { S } from "./studio-strings.ts";

export function downloadScheme(ctx: StudioContext): void {
  const s = ctx.index.schemes[ctx.current];
  const role = getAt(s?.raw, ["role"]);
  const header = takeAwayHeader({
    id: schemeId(ctx, ctx.current),
    label: s?.label ?? { zh: "", en: "" },
    role: typeof role === "string" ? role : null,
    from: ctx.ui.fromSel.value,
    to: ctx.ui.toSel.value,
    state: ctx.edit,
    errors: ctx.errors,
    others: otherEdits(ctx).map((o) => ({
      id: schemeId(ctx, o.at),
      changes: describeEdit(o.edit).length,
    })),
  });
  const scheme = effectiveScheme(ctx.edit);
  // The KPIs' names, which the published file's comments gave: the ids alone do not say them.
  const names = new Map(
    (ctx.published[ctx.current]?.kpis ?? []).map((k) => [
      k.id,
      { ...k.label, symbol: "symbol" in k ? k.symbol : undefined },
    ]),
  );
  const yaml = schemeYaml(scheme, header, kpiNotes(scheme, names));
  const blob = new Blob([yaml], { type: "text/yaml" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = fileName(ctx);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export async function copyLink(ctx: StudioContext, button: HTMLButtonElement): Promise<void> {
  ctx.ui.linkInput.select();
  try {
    await navigator.clipboard.writeText(ctx.ui.linkInput.value);
    button.textContent = say(ctx, S.copied);
  } catch {
    // The link stays selected for the reader to copy by hand.
  }
}

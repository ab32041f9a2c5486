/**
 * The studio's HTML rewritten only where it changed: an element as a whole
 * (`showHtml`: a live region is then not read out again for nothing), or a
 * container part by part (`patchParts`: each part is a keyed child, so an
 * edit of one KPI leaves the other KPIs' band charts as they were, and the
 * browser parses and lays out only what moved).
 */

const drawn = new WeakMap<Element, string>();

/**
 * Puts `html` into `el` unless it is what this module last put there: the
 * browser parses nothing, and a live region is not read out again.
 */
export function showHtml(el: Element, html: string): void {
  if (drawn.get(el) === html) return;
  el.innerHTML = html;
  drawn.set(el, html);
}

export function patchParts(
  container: HTMLElement,
  parts: readonly { key: string; html: string }[],
) {
  const old = new Map<string, HTMLElement>();
  for (const child of [...container.children])
    if (child instanceof HTMLElement && child.dataset.part !== undefined)
      old.set(child.dataset.part, child);
    else child.remove();
  let at: Element | null = null;
  for (const { key, html } of parts) {
    let el = old.get(key);
    old.delete(key);
    if (el === undefined) {
      el = document.createElement("div");
      el.dataset.part = key;
    }
    showHtml(el, html);
    // Keep the parts in the given order (a no-op when already in place).
    const next: Element | null = at ? at.nextElementSibling : container.firstElementChild;
    if (next !== el) container.insertBefore(el, next);
    at = el;
  }
  for (const el of old.values()) el.remove();
}

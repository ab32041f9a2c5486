// Progressive enhancement for charts: show a mark's tip (its <title> child, or data-tip) in a small
// floating box on hover or keyboard focus. Without this script each point
// still has a native <title> tooltip. Text is set with textContent (no HTML).
(() => {
  const box = document.createElement("div");
  box.className = "chart-tip";
  box.setAttribute("role", "status");
  box.style.cssText =
    "position:fixed;z-index:10;pointer-events:none;display:none;padding:2px 6px;border-radius:3px;" +
    "font-size:12px;background:var(--ink,#1f2328);color:var(--paper,#fff);white-space:nowrap";
  document.body.append(box);

  const tipOf = (el) =>
    el.getAttribute("data-tip") ?? el.querySelector(":scope > title")?.textContent ?? null;
  const target = (e) => {
    const el = e.target instanceof Element ? e.target.closest(".chart-svg g *") : null;
    return el && tipOf(el) !== null ? el : null;
  };
  const show = (el, x, y) => {
    box.textContent = tipOf(el);
    box.style.display = "block";
    const w = box.offsetWidth;
    box.style.left = `${Math.max(4, Math.min(x + 10, innerWidth - w - 4))}px`;
    box.style.top = `${Math.max(4, y - 28)}px`;
  };
  const hide = () => {
    box.style.display = "none";
  };

  document.addEventListener("pointerover", (e) => {
    const el = target(e);
    if (el) show(el, e.clientX, e.clientY);
  });
  document.addEventListener("pointermove", (e) => {
    const el = target(e);
    if (el) show(el, e.clientX, e.clientY);
    else hide();
  });
  document.addEventListener("pointerleave", hide);
  document.addEventListener("focusin", (e) => {
    const el = target(e);
    if (!el) return;
    const r = el.getBoundingClientRect();
    show(el, r.right, r.top);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
})();

/**
 * Browser side of a large month page's filter box: the month's people JSON
 * is fetched the first time the reader focuses or types in the box (never on
 * page load: at 3,000 agents it is a few hundred KB), then every keystroke
 * lists the matches as links to their pages, and a live region says how many.
 * Text goes in through textContent only: names and teams are user data.
 */
import type { PeopleIndex, PersonRow } from "../model/people-index.ts";
import { runLang } from "../run-lang.ts";
import { matchPeople } from "./people-match.ts";

type Lang = "zh" | "en";
const LIMIT = 50;
const plural = new Intl.PluralRules("en-GB");

interface Mount {
  root: HTMLElement;
  src: string;
  agentBase: string;
  teamBase: string;
  lang: Lang;
}

function text(lang: Lang) {
  const zh = lang === "zh";
  return {
    loading: zh ? "正在载入本月名单…" : "Loading this month's list…",
    failed: zh
      ? "名单载入失败，请按组别查看。"
      : "The list could not be loaded; see the teams below.",
    none: zh ? "没有找到匹配的客服。" : "No agent matches.",
    count: (n: number, shown: number) =>
      zh
        ? `找到 ${n} 人${n > shown ? `，显示前 ${shown} 人` : ""}。`
        : `${n} ${plural.select(n) === "one" ? "agent matches" : "agents match"}${n > shown ? `; the first ${shown} are shown` : ""}.`,
    rank: (n: number) => (zh ? `第 ${n} 名` : `#${n}`),
    noTeam: zh ? "未分组" : "No team",
  };
}

export function mountPeopleFilter({ root, src, agentBase, teamBase, lang }: Mount): void {
  const form = root.querySelector("form");
  const input = root.querySelector("input");
  const status = root.querySelector<HTMLElement>("[role=status]");
  const list = root.querySelector("ul");
  if (!form || !input || !status || !list) return;
  const t = text(lang);
  let data: Promise<PeopleIndex | null> | undefined;
  const load = () => {
    data ??= fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<PeopleIndex>) : null))
      .catch(() => null);
    return data;
  };

  const item = (p: PersonRow, index: PeopleIndex): HTMLLIElement => {
    const [name, slug, team, teamSlug, page, scheme, rank, total, grade] = p;
    const li = document.createElement("li");
    const who = document.createElement(slug ? "a" : "span");
    if (who instanceof HTMLAnchorElement) who.href = `${agentBase}${encodeURIComponent(slug)}/`;
    who.textContent = name;
    const nameLang = runLang(name, lang);
    if (nameLang) who.lang = nameLang;
    li.append(who, " ");
    const info = document.createElement("span");
    info.className = "muted";
    const teamLink = document.createElement(teamSlug && page > 0 ? "a" : "span");
    if (teamLink instanceof HTMLAnchorElement)
      teamLink.href = `${teamBase}${page}/#team-${encodeURIComponent(teamSlug)}`;
    teamLink.textContent = team || t.noTeam;
    const teamLang = runLang(team, lang);
    if (teamLang) teamLink.lang = teamLang;
    const label = index.schemes[scheme];
    const schemeText = label ? label[lang] || label.zh : "";
    info.append(
      teamLink,
      ` · ${schemeText} · ${t.rank(rank)} · ${total}${grade ? ` · ${grade}` : ""}`,
    );
    li.append(info);
    return li;
  };

  const render = async () => {
    const query = input.value;
    if (query.trim() === "") {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    if (!data) status.textContent = t.loading;
    const index = await load();
    if (input.value !== query) return; // a later keystroke renders instead
    if (!index) {
      status.textContent = t.failed;
      return;
    }
    const found = matchPeople(index.people, query, LIMIT);
    list.replaceChildren(...found.shown.map((p) => item(p, index)));
    status.textContent = found.count === 0 ? t.none : t.count(found.count, found.shown.length);
  };

  input.addEventListener("focus", () => void load(), { once: true });
  input.addEventListener("input", () => void render());
  // Enter stays on the page: the results are already listed below the box.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void render();
  });
  form.hidden = false;
}

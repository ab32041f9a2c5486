/**
 * The language of a run of text inside a page of the other language: on an
 * English page a Chinese name, team or role gets `lang="zh-CN"`, so a screen
 * reader reads it with a Chinese voice. Pure: used by the pages and by the
 * compare page's script.
 */
type Lang = "zh" | "en";

const HAN = /\p{Script=Han}/u;

/** `zh-CN` for a run with Chinese characters on an English page, else nothing. */
export function runLang(text: string | null | undefined, page: Lang): "zh-CN" | undefined {
  return page === "en" && text && HAN.test(text) ? "zh-CN" : undefined;
}

/** The same as an attribute for HTML built as a string (` lang="zh-CN"` or ""). */
export function runLangAttr(text: string | null | undefined, page: Lang): string {
  return runLang(text, page) ? ' lang="zh-CN"' : "";
}

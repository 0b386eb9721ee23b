// The maker portal's languages. Each language is one file, locales/portal/<code>.json, with
// every message of en.json as an ICU message (plurals, dates, names); a language is offered
// once its file is there. The messages reach the browser as loader data, so the server and
// the browser render the same words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createIntl, createIntlCache, type IntlShape } from "react-intl";
import type { PortalMessageId } from "~/i18n/portal";
import { getEnv } from "~/utils/env.server";
import { MAKER_PUBLIC_FIELDS } from "~/utils/maker-profile";

export const DEFAULT_LANGUAGE = "en";
const COOKIE = "maker_lang";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

export type PortalCatalog = Record<PortalMessageId, string>;

let catalogs: Map<string, PortalCatalog> | undefined;

export function portalLocalesDir() {
  return path.join(process.cwd(), "locales", "portal");
}

/** Every language file, read once. A message missing from one falls back to English. */
function loadCatalogs() {
  if (catalogs) return catalogs;
  const dir = portalLocalesDir();
  const raw = new Map<string, Record<string, string>>();
  for (const file of readdirSync(dir).filter((name) => /^[a-z]{2,3}(-[A-Z]{2})?\.json$/.test(name)).sort()) {
    raw.set(file.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, string>);
  }
  const english = raw.get(DEFAULT_LANGUAGE);
  if (!english) throw new Error(`${dir}/${DEFAULT_LANGUAGE}.json is missing`);
  catalogs = new Map([...raw].map(([code, messages]) => [code, { ...english, ...messages } as PortalCatalog]));
  return catalogs;
}

export function portalCatalog(language: string): PortalCatalog {
  const all = loadCatalogs();
  return all.get(language) ?? all.get(DEFAULT_LANGUAGE)!;
}

/** The languages on offer, each named in itself ("Español"), English first. */
export function portalLanguages() {
  return [...loadCatalogs()]
    .map(([code, messages]) => ({ code, name: messages["language.name"] }))
    .sort((a, b) => (a.code === DEFAULT_LANGUAGE ? -1 : b.code === DEFAULT_LANGUAGE ? 1 : a.code.localeCompare(b.code)));
}

function supported(code: string | null | undefined): string | null {
  if (!code) return null;
  const all = loadCatalogs();
  if (all.has(code)) return code;
  const base = code.split("-")[0]!.toLowerCase();
  return all.has(base) ? base : null;
}

function cookieLanguage(request: Request) {
  const header = request.headers.get("Cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z-]{2,8})`).exec(header);
  return match?.[1] ?? null;
}

function acceptedLanguage(request: Request) {
  const header = request.headers.get("Accept-Language") ?? "";
  const wanted = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag ?? "", q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const code = supported(tag);
    if (code) return code;
  }
  return null;
}

/**
 * Her language: `?lang=` on any portal URL (a link staff hand over, or the language form),
 * else the one she chose before (a cookie), else her browser's, else English. `remember`
 * says the choice came from the URL and should be kept.
 */
export function portalLanguage(request: Request): { language: string; remember: boolean } {
  const asked = supported(new URL(request.url).searchParams.get("lang"));
  if (asked) return { language: asked, remember: asked !== cookieLanguage(request) };
  return { language: supported(cookieLanguage(request)) ?? acceptedLanguage(request) ?? DEFAULT_LANGUAGE, remember: false };
}

/** Kept for a year, sent only to the portal. */
export function languageCookie(language: string) {
  const secure = getEnv().NODE_ENV === "production" ? "; Secure" : "";
  return `${COOKIE}=${language}; Path=/maker; Max-Age=${ONE_YEAR_S}; SameSite=Lax; HttpOnly${secure}`;
}

const cache = createIntlCache();
const intls = new Map<string, IntlShape>();

/** Formats portal messages on the server: dates, lists and the consent wording she approves. */
export function portalIntl(language: string): IntlShape {
  const code = supported(language) ?? DEFAULT_LANGUAGE;
  let intl = intls.get(code);
  if (!intl) {
    const messages = portalCatalog(code);
    intl = createIntl({ locale: messages["language.locale"], defaultLocale: DEFAULT_LANGUAGE, messages }, cache);
    intls.set(code, intl);
  }
  return intl;
}

/** The portal's words for one request, in her language. */
export function portalWords(request: Request) {
  const { language } = portalLanguage(request);
  const intl = portalIntl(language);
  return {
    language,
    intl,
    t: (id: PortalMessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values),
  };
}

/** "3 May 2026" in her language, in UTC; drawn on the server only. */
export function portalDate(intl: IntlShape, date: Date | string) {
  return intl.formatDate(new Date(date), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** "your name, your photo and your skills", in the order of MAKER_PUBLIC_FIELDS. */
export function portalFieldPhrases(intl: IntlShape, fields: readonly string[]) {
  const known = MAKER_PUBLIC_FIELDS.filter((field) => fields.includes(field));
  if (known.length === 0) return intl.formatMessage({ id: "phrase.nothing" });
  return intl.formatList(
    known.map((field) => intl.formatMessage({ id: `phrase.${field}` })),
    { type: "conjunction" },
  );
}

const HISTORY_MESSAGES = { GRANTED: "history.granted", WITHDRAWN: "history.withdrawn", EXPIRED: "history.expired" } as const;

/** One consent event in the words of her history page. */
export function consentEventSentence(
  intl: IntlShape,
  event: { action: keyof typeof HISTORY_MESSAGES; fields: readonly string[]; createdAt: Date | string },
) {
  return intl.formatMessage(
    { id: HISTORY_MESSAGES[event.action] },
    { date: portalDate(intl, event.createdAt), what: portalFieldPhrases(intl, event.fields) },
  );
}

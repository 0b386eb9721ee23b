// The maker portal's words in the browser and on the server alike: react-intl over the
// messages the portal layout's loader sends (locales/portal/<code>.json).
import type { ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import english from "../../locales/portal/en.json";

export type PortalMessageId = keyof typeof english;
export type PortalValues = Record<string, string | number>;
/** A message the server chose and the page words: `{ id, values }` in loader or action data. */
export type PortalMessage = { id: PortalMessageId; values?: PortalValues };

/**
 * Browsers without a language's number or plural data (Debian's Chromium has none for Nepali)
 * fall back to English rules. Dates, lists and country names are drawn on the server, and
 * numbers are written in Latin digits ("language.locale": "ne-u-nu-latn"), so that fallback
 * changes nothing on screen; it is not worth a console error on every page.
 */
function reportIntlError(error: { code?: string }) {
  if (error.code !== "MISSING_DATA") console.error(error);
}

/**
 * `locale` is the language file's own "language.locale" (en-GB for English: "3 May 2026").
 * Without messages (an error page drawn before the portal's loader ran) it speaks English.
 */
export function PortalIntl({ locale, messages, children }: { locale?: string; messages?: Record<string, string>; children: ReactNode }) {
  return (
    <IntlProvider
      locale={messages ? (locale ?? "en") : english["language.locale"]}
      defaultLocale="en"
      messages={messages ?? english}
      onError={reportIntlError}
    >
      {children}
    </IntlProvider>
  );
}

/** `t("nav.public")`, `t("login.throttled", { minutes: 5 })`. */
export function usePortalT() {
  const intl = useIntl();
  return (id: PortalMessageId, values?: PortalValues) => intl.formatMessage({ id }, values);
}

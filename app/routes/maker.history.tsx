import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { Reassurance } from "~/components/maker-portal/notices";
import { type PortalMessageId, usePortalT } from "~/i18n/portal";
import { consentEventSentence, portalLanguage, portalWords } from "~/i18n/portal-language.server";
import { MakerEmailTakenError, setMakerEmail } from "~/models/maker-mail.server";
import { getConsentOverview } from "~/models/maker.server";
import { getEnv } from "~/utils/env.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { requireMaker } from "~/utils/maker-auth.server";
import { type PortalHandle, portalTitle } from "./maker";

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.history");
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { intl } = portalWords(request);
  return json(
    {
      events: overview.events.map((event) => ({ id: event.id, sentence: consentEventSentence(intl, event) })),
      idleHours: getEnv().MAKER_SESSION_IDLE_HOURS,
      email: me.email,
    },
    { headers: NO_STORE },
  );
}

const emailSchema = z.object({
  intent: z.literal("email"),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().email().max(254)]),
});

type EmailResult = { ok: boolean; message: PortalMessageId; email: string };

/** Her email for neutral messages (or none), kept with the language she uses now. */
export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const form = Object.fromEntries(await readForm(request));
  const typed = typeof form.email === "string" ? form.email : "";
  const reply = (result: EmailResult, status = 200) => json(result, { status, headers: NO_STORE });
  const parsed = emailSchema.safeParse(form);
  if (!parsed.success) return reply({ ok: false, message: "email.invalid", email: typed }, 400);
  const email = parsed.data.email || null;
  try {
    await setMakerEmail({ userId: me.userId, email, language: portalLanguage(request).language });
  } catch (error) {
    if (error instanceof MakerEmailTakenError) return reply({ ok: false, message: "email.taken", email: typed }, 409);
    throw error;
  }
  return reply({ ok: true, message: email ? "email.saved" : "email.removed", email: email ?? "" });
}

export default function History() {
  const { events, idleHours, email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = usePortalT();
  return (
    <>
      <h1>{t("title.history")}</h1>
      <p className="portal-lead">{t("history.lead")}</p>
      <p className="muted">{t("history.count", { count: events.length })}</p>
      {events.length ? (
        <ol className="portal-history">
          {events.map((event) => (
            <li key={event.id}>{event.sentence}</li>
          ))}
        </ol>
      ) : (
        <p className="portal-empty">
          <Link to="/maker/preview" replace>
            {t("title.preview")}
          </Link>
        </p>
      )}
      <Reassurance />
      <section aria-labelledby="account-heading" className="portal-section">
        <h2 id="account-heading">{t("account.heading")}</h2>
        <p>{t("account.lead")}</p>
        <Form method="post" action="/maker/logout" replace>
          <button type="submit" name="intent" value="everywhere" className="button button--quiet portal-button">
            {t("account.everywhere")}
          </button>
        </Form>
        <p className="muted">{t("account.everywhereHint")}</p>
        <p className="muted">{t("account.idle", { hours: idleHours })}</p>
        <Form method="post" replace className="portal-form" noValidate>
          <input type="hidden" name="intent" value="email" />
          {actionData?.ok ? <FormMessage tone="success">{t(actionData.message)}</FormMessage> : null}
          <TextField
            key={actionData?.email ?? email ?? ""}
            label={t("email.field")}
            hint={t("email.hint")}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={actionData?.email ?? email ?? ""}
            error={actionData && !actionData.ok ? t(actionData.message) : undefined}
          />
          <button type="submit" className="button button--quiet portal-button">
            {t("email.save")}
          </button>
        </Form>
      </section>
    </>
  );
}

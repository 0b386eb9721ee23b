import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { SecretField } from "~/components/maker-portal/secret-field";
import { type PortalMessage, type PortalMessageId, usePortalT } from "~/i18n/portal";
import { signInMaker } from "~/models/maker-account.server";
import { fieldErrors } from "~/utils/admin-forms";
import { getUser } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { portalRedirect } from "~/utils/maker-auth.server";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { readForm } from "~/utils/request-body.server";
import { portalTitle } from "./maker";

// The portal's headers (never stored, indexed or referred), and the action's Retry-After on a 429.
export const headers: HeadersFunction = ({ parentHeaders, actionHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.login");

const NOTICES: Record<string, PortalMessageId> = {
  "signed-out": "login.signedOut",
  "signed-out-everywhere": "login.signedOutEverywhere",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getUser(request);
  if (user?.role === "MAKER") throw redirect(portalRedirect(url.searchParams.get("redirectTo")), { headers: NO_STORE });
  const notice = url.searchParams.get("notice");
  return json(
    { notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice]! : null, redirectTo: portalRedirect(url.searchParams.get("redirectTo")), minLength: MIN_PASSWORD_LENGTH },
    { headers: NO_STORE },
  );
}

// Messages are the ids of the portal's words: the page says them in her language.
const schema = z.object({
  loginName: z.string({ required_error: "login.error.name", invalid_type_error: "login.error.name" }).trim().min(1, "login.error.name").max(64, "login.error.long"),
  passphrase: z
    .string({ required_error: "login.error.secret", invalid_type_error: "login.error.secret" })
    .min(1, "login.error.secret")
    .min(MIN_PASSWORD_LENGTH, "login.error.short")
    .max(1024, "login.error.long"),
  redirectTo: z.string().optional(),
});

type LoginResult = { errors: Record<string, string>; message: PortalMessage | null; loginName: string };
const reply = (result: LoginResult, status: number, headers: HeadersInit = NO_STORE) => json(result, { status, headers });

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const loginName = typeof form.loginName === "string" ? form.loginName : "";
  const parsed = schema.safeParse(form);
  if (!parsed.success) return reply({ errors: fieldErrors(parsed.error), message: null, loginName }, 400);
  const result = await signInMaker(request, parsed.data.loginName, parsed.data.passphrase);
  if (result.ok) return redirect(portalRedirect(parsed.data.redirectTo), { headers: result.headers });
  if (result.reason === "throttled") {
    const message: PortalMessage = { id: "login.throttled", values: { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) } };
    return reply({ errors: {}, message, loginName }, 429, { ...NO_STORE, "Retry-After": String(result.retryAfterSeconds) });
  }
  // The same words for an unknown name and wrong secret words.
  return reply({ errors: {}, message: { id: "login.invalid" }, loginName }, 401);
}

export default function MakerLogin() {
  const { notice, redirectTo, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = usePortalT();
  const error = (field: string) => {
    const id = actionData?.errors[field] as PortalMessageId | undefined;
    return id ? t(id, { min: minLength }) : undefined;
  };
  return (
    <div className="portal-card">
      <p className="eyebrow">{t("login.eyebrow")}</p>
      <h1>{t("login.heading")}</h1>
      <p className="muted">{t("login.lead")}</p>
      {notice && !actionData ? <FormMessage tone="success">{t(notice)}</FormMessage> : null}
      {actionData?.message ? <FormMessage>{t(actionData.message.id, actionData.message.values)}</FormMessage> : null}
      <Form method="post" replace className="portal-form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          label={t("login.name")}
          name="loginName"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint={t("login.nameHint")}
          defaultValue={actionData?.loginName}
          error={error("loginName")}
        />
        <SecretField label={t("login.secret")} name="passphrase" autoComplete="current-password" error={error("passphrase")} />
        <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
          {t(navigation.state === "submitting" ? "login.submitting" : "login.submit")}
        </button>
      </Form>
      <p className="portal-note">{t("login.forgot")}</p>
    </div>
  );
}

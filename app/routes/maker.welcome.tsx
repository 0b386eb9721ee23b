import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { SecretField } from "~/components/maker-portal/secret-field";
import { type PortalMessageId, usePortalT } from "~/i18n/portal";
import { portalWords } from "~/i18n/portal-language.server";
import { acceptInvitation, findInvitation, suggestPassphrase } from "~/models/maker-account.server";
import { fieldErrors } from "~/utils/admin-forms";
import { startSession } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { portalTitle } from "./maker";

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.welcome");

// The token travels in the query string, never the path: request logs keep paths only.
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = token.safeParse(new URL(request.url).searchParams.get("token"));
  const invitation = parsed.success ? await findInvitation(parsed.data) : null;
  const { t } = portalWords(request);
  const suggestion = suggestPassphrase(t("welcome.exampleWords").split(/\s+/).filter(Boolean));
  return json(
    invitation && parsed.success
      ? { token: parsed.data, loginName: invitation.loginName, suggestion, minLength: MIN_PASSWORD_LENGTH }
      : { token: null, loginName: null, suggestion: null, minLength: MIN_PASSWORD_LENGTH },
    { headers: NO_STORE },
  );
}

// One field with a "Show" box instead of typing it twice; messages are ids of the portal's words.
const schema = z.object({
  token,
  passphrase: z
    .string({ required_error: "welcome.error.short", invalid_type_error: "welcome.error.short" })
    .min(MIN_PASSWORD_LENGTH, "welcome.error.short")
    .max(1024, "welcome.error.long"),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), expired: false }, { status: 400, headers: NO_STORE });
  const userId = await acceptInvitation(parsed.data.token, parsed.data.passphrase);
  if (!userId) return json({ errors: {}, expired: true }, { status: 410, headers: NO_STORE });
  return redirect("/maker?notice=welcome", { headers: await startSession(request, userId) });
}

export default function Welcome() {
  // MIN_PASSWORD_LENGTH comes from a .server module, empty in the browser: use the loader's copy.
  const { token: linkToken, loginName, suggestion, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = usePortalT();
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  if (!linkToken || actionData?.expired) {
    return (
      <div className="portal-card">
        <h1>{t("welcome.expired.heading")}</h1>
        <p>{t("welcome.expired.text")}</p>
        <p>
          <Link to="/maker/login" replace className="button portal-button">
            {t("welcome.expired.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="portal-card">
      <p className="eyebrow">{t("welcome.eyebrow")}</p>
      <h1>{t("welcome.heading")}</h1>
      <p>{t("welcome.lead")}</p>
      <div className="portal-signin-name">
        <p>{t("welcome.nameIs")}</p>
        <p className="portal-signin-name__value">{loginName}</p>
        <p className="muted">{t("welcome.nameKeep")}</p>
      </div>
      {errors.token ? <FormMessage>{t("welcome.error.token")}</FormMessage> : null}
      <Form method="post" replace className="portal-form" noValidate>
        <input type="hidden" name="token" value={linkToken} />
        <input type="hidden" name="username" autoComplete="username" value={loginName ?? ""} />
        <SecretField
          label={t("welcome.secret")}
          name="passphrase"
          autoComplete="new-password"
          minLength={minLength}
          hint={t("welcome.secretHint", { min: minLength, example: suggestion ?? "" })}
          error={errors.passphrase ? t(errors.passphrase as PortalMessageId, { min: minLength }) : undefined}
        />
        <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
          {t(navigation.state === "submitting" ? "welcome.submitting" : "welcome.submit")}
        </button>
      </Form>
    </div>
  );
}

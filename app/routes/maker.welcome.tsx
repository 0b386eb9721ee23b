import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { acceptInvitation, findInvitation, suggestPassphrase } from "~/models/maker-account.server";
import { fieldErrors } from "~/utils/admin-forms";
import { startSession } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "Welcome to your maker pages — Belonging" }, { name: "robots", content: "noindex" }];

// The token travels in the query string, never the path: request logs keep paths only.
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = token.safeParse(new URL(request.url).searchParams.get("token"));
  const invitation = parsed.success ? await findInvitation(parsed.data) : null;
  return json(
    invitation && parsed.success
      ? { token: parsed.data, loginName: invitation.loginName, suggestion: suggestPassphrase(), minLength: MIN_PASSWORD_LENGTH }
      : { token: null, loginName: null, suggestion: null, minLength: MIN_PASSWORD_LENGTH },
    { headers: NO_STORE },
  );
}

const schema = z
  .object({
    token,
    passphrase: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} letters and spaces. A few words together work well.`)
      .max(1024, "That passphrase is too long."),
    confirm: z.string(),
  })
  .refine((value) => value.passphrase === value.confirm, { path: ["confirm"], message: "The two are not the same. Please type it again." });

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
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  if (!linkToken || actionData?.expired) {
    return (
      <div className="portal-card">
        <h1>This link no longer works</h1>
        <p>Links like this work once, for 72 hours. Ask the team for a new one. If you already chose your passphrase, you can sign in.</p>
        <p>
          <Link to="/maker/login" className="button portal-button">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="portal-card">
      <p className="eyebrow">Welcome</p>
      <h1>Your maker pages</h1>
      <p>
        Here you decide what, if anything, the public may see about you. Nothing is shown unless you choose it, and you can
        change your mind at any time. Saying no changes nothing about your work, your pay or your pieces.
      </p>
      <div className="portal-signin-name">
        <p>Your sign-in name is</p>
        <p className="portal-signin-name__value">{loginName}</p>
        <p className="muted">Keep it somewhere safe. You will need it with your passphrase.</p>
      </div>
      {errors.token ? <FormMessage>This link is not complete. Please open it again.</FormMessage> : null}
      <Form method="post" className="portal-form" noValidate>
        <input type="hidden" name="token" value={linkToken} />
        <input type="hidden" name="username" autoComplete="username" value={loginName ?? ""} />
        <TextField
          label="Choose a passphrase"
          name="passphrase"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          hint={
            <>
              At least {minLength} letters and spaces. A few words you will remember work well, for example “{suggestion}”.
            </>
          }
          error={errors.passphrase}
        />
        <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
        <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Saving…" : "Save my passphrase"}
        </button>
      </Form>
    </div>
  );
}

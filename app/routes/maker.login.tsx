import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { signInMaker } from "~/models/maker-account.server";
import { fieldErrors } from "~/utils/admin-forms";
import { getUser } from "~/utils/auth.server";
import { NO_STORE, noStoreWithRetryAfter } from "~/utils/http-cache";
import { portalRedirect } from "~/utils/maker-auth.server";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { readForm } from "~/utils/request-body.server";
import { retryWording } from "~/utils/rate-limit.server";

export const headers = noStoreWithRetryAfter;

export const meta: MetaFunction = () => [{ title: "Sign in to your maker pages — Belonging" }, { name: "robots", content: "noindex" }];

const NOTICES = { "signed-out": "You are signed out. See you soon." } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getUser(request);
  if (user?.role === "MAKER") throw redirect(portalRedirect(url.searchParams.get("redirectTo")), { headers: NO_STORE });
  const notice = url.searchParams.get("notice");
  return json(
    {
      notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : null,
      redirectTo: portalRedirect(url.searchParams.get("redirectTo")),
    },
    { headers: NO_STORE },
  );
}

const schema = z.object({
  loginName: z.string().trim().min(1, "Write your sign-in name.").max(64, "That sign-in name is too long."),
  passphrase: z
    .string()
    .min(1, "Write your passphrase.")
    .min(MIN_PASSWORD_LENGTH, `Your passphrase has at least ${MIN_PASSWORD_LENGTH} letters and spaces.`)
    .max(1024, "That passphrase is too long."),
  redirectTo: z.string().optional(),
});

// The same words for an unknown name and a wrong passphrase.
const INVALID = "That sign-in name and passphrase do not match. Check both and try again.";

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const loginName = typeof form.loginName === "string" ? form.loginName : "";
  const parsed = schema.safeParse(form);
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), message: null, loginName }, { status: 400, headers: NO_STORE });
  const result = await signInMaker(request, parsed.data.loginName, parsed.data.passphrase);
  if (result.ok) return redirect(portalRedirect(parsed.data.redirectTo), { headers: result.headers });
  if (result.reason === "throttled") {
    return json(
      { errors: {}, message: `Too many tries for now. ${retryWording(result.retryAfterSeconds)}`, loginName },
      { status: 429, headers: { ...NO_STORE, "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  return json({ errors: {}, message: INVALID, loginName }, { status: 401, headers: NO_STORE });
}

export default function MakerLogin() {
  const { notice, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <div className="portal-card">
      <p className="eyebrow">Belonging makers</p>
      <h1>Sign in to your maker pages</h1>
      <p className="muted">Here you decide what, if anything, the public may see about you.</p>
      {notice && !actionData ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {actionData?.message ? <FormMessage>{actionData.message}</FormMessage> : null}
      <Form method="post" className="portal-form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          label="Sign-in name"
          name="loginName"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint="It looks like linen-4821."
          defaultValue={actionData?.loginName}
          error={errors.loginName}
        />
        <TextField label="Passphrase" name="passphrase" type="password" autoComplete="current-password" required error={errors.passphrase} />
        <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Signing in…" : "Sign in"}
        </button>
      </Form>
      <p className="portal-note">Forgotten your sign-in name or passphrase? Ask the team for a new link. It happens, and it is quick to fix.</p>
    </div>
  );
}

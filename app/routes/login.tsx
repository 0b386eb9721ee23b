import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import adminStyles from "~/styles/admin.css";
import { fieldErrors } from "~/utils/admin-forms";
import { getUser, homeFor, safeRedirect, signIn } from "~/utils/auth.server";
import { NO_STORE, noStoreWithRetryAfter } from "~/utils/http-cache";
import { retryWording } from "~/utils/rate-limit.server";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];
export const meta: MetaFunction = () => [{ title: "Sign in — Belonging" }, { name: "robots", content: "noindex" }];
export const headers = noStoreWithRetryAfter;

const NOTICES = {
  "signed-out": "You are signed out.",
  "signed-out-everywhere": "You are signed out on every device.",
  "password-set": "Your password is set. Sign in with it now.",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getUser(request);
  if (user) throw redirect(safeRedirect(url.searchParams.get("redirectTo"), homeFor(user.role)), { headers: NO_STORE });
  const notice = url.searchParams.get("notice");
  return json(
    {
      notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : null,
      redirectTo: safeRedirect(url.searchParams.get("redirectTo"), ""),
    },
    { headers: NO_STORE },
  );
}

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254).email("Enter a valid email address."),
  password: z
    .string()
    .min(1, "Enter your password.")
    .min(MIN_PASSWORD_LENGTH, `Passwords are at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024, "That password is too long."),
  redirectTo: z.string().optional(),
});

// The same words for an unknown email, a wrong password and an inactive account.
const INVALID = "That email and password do not match an account. Check both and try again.";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const email = typeof form.get("email") === "string" ? String(form.get("email")) : "";
  if (!parsed.success) {
    return json({ errors: fieldErrors(parsed.error), message: null, email }, { status: 400, headers: NO_STORE });
  }
  const result = await signIn(request, parsed.data.email, parsed.data.password);
  if (result.ok) return redirect(safeRedirect(parsed.data.redirectTo, homeFor(result.role)), { headers: result.headers });
  if (result.reason === "throttled") {
    return json(
      { errors: {}, message: `Too many attempts. ${retryWording(result.retryAfterSeconds)}`, email },
      { status: 429, headers: { ...NO_STORE, "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  return json({ errors: {}, message: INVALID, email }, { status: 401, headers: NO_STORE });
}

export default function Login() {
  const { notice, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <p className="eyebrow">Belonging team</p>
        <h1>Sign in</h1>
        {notice && !actionData ? <FormMessage tone="success">{notice}</FormMessage> : null}
        {actionData?.message ? <FormMessage>{actionData.message}</FormMessage> : null}
        <Form method="post" className="stack" noValidate>
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={actionData?.email}
            error={errors.email}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? "Signing in…" : "Sign in"}
          </button>
        </Form>
        <p className="muted auth-card__note">
          New to the team? Use the set-password link the shop owner gave you. Forgotten your password? Ask an owner
          for a new link.
        </p>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { findPasswordTokenUser, setPasswordWithToken } from "~/models/user.server";
import adminStyles from "~/styles/admin.css";
import { fieldErrors } from "~/utils/admin-forms";
import { clientAddress } from "~/utils/client-address";
import { NO_STORE } from "~/utils/http-cache";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminStyles }];
export const meta: MetaFunction = () => [{ title: "Set your password — Belonging" }, { name: "robots", content: "noindex" }];
export const headers: HeadersFunction = () => NO_STORE;

// The token travels in the query string: request logs keep paths only (scripts/lib/http-server.ts).
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = token.safeParse(new URL(request.url).searchParams.get("token"));
  const user = parsed.success ? await findPasswordTokenUser(parsed.data) : null;
  return json(
    { user: user ? { name: user.name, email: user.email } : null, token: user && parsed.success ? parsed.data : null, minLength: MIN_PASSWORD_LENGTH },
    { headers: NO_STORE },
  );
}

const schema = z
  .object({
    token,
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(1024, "That password is too long."),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "The two passwords are not the same." });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error), expired: false }, { status: 400, headers: NO_STORE });
  const done = await setPasswordWithToken(parsed.data.token, parsed.data.password, clientAddress(request));
  if (!done) return json({ errors: {}, expired: true }, { status: 410, headers: NO_STORE });
  return redirect("/login?notice=password-set", { headers: NO_STORE });
}

export default function SetPassword() {
  const { user, token: linkToken, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  if (!user || !linkToken || actionData?.expired) {
    return (
      <div className="container auth-page">
        <div className="auth-card">
          <h1>This link no longer works</h1>
          <p>
            Set-password links work once, for 72 hours. Ask a shop owner for a new one, or{" "}
            <Link to="/login">sign in</Link> if your password is already set.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <p className="eyebrow">Welcome, {user.name}</p>
        <h1>Set your password</h1>
        <p className="muted">
          For {user.email}. Use at least {minLength} characters; a few unrelated words are easy to remember and
          hard to guess.
        </p>
        {errors.token ? <FormMessage>{errors.token}</FormMessage> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="token" value={linkToken} />
          <input type="hidden" name="username" autoComplete="username" value={user.email ?? ""} />
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={minLength}
            error={errors.password}
          />
          <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
          <button type="submit" className="button">
            Set password
          </button>
        </Form>
      </div>
    </div>
  );
}

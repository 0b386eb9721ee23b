import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import { listMailbox, retryFailedEmail } from "~/models/admin-mailbox.server";
import { mailIsSent, mailQueued } from "~/services/mail.server";
import adminOrderStyles from "~/styles/admin-orders.css";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { orderLabel } from "~/utils/orders";
import { PERMISSIONS } from "~/utils/permissions";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: adminOrderStyles }];
export const meta: MetaFunction = () => [{ title: "Mailbox — Belonging back office" }];

const query = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.orders);
  const { page } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ ...(await listMailbox(page)), page, sending: mailIsSent() }, { headers: NO_STORE });
}

const retry = z.object({ intent: z.literal("retry"), id: z.string().min(1).max(64) });

/** A message that ran out of tries is tried again. */
export async function action({ request }: ActionFunctionArgs) {
  await requireStaff(request, PERMISSIONS.orders);
  const parsed = retry.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ ok: false, message: "That request wasn't recognised." }, { status: 400, headers: NO_STORE });
  if (!(await retryFailedEmail(parsed.data.id))) {
    return json({ ok: false, message: "That message is not waiting for a retry." }, { status: 409, headers: NO_STORE });
  }
  mailQueued();
  return json({ ok: true, message: "It will be sent again in a moment." }, { headers: NO_STORE });
}

const STATUS_WORDS = { PENDING: "Waiting to send", SENDING: "Sending", SENT: "Sent", FAILED: "Not sent: tries used up" } as const;

export default function Mailbox() {
  const { emails, hasMore, page, sending } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1 className="admin-title">Mailbox</h1>
      <p className="muted">
        {sending
          ? "Every email the shop sends, newest first: order confirmations and shipping notices."
          : "SMTP_URL is not set, so no email leaves the shop: each one is kept here instead, newest first."}
      </p>
      {result ? <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage> : null}
      {emails.length === 0 ? (
        <p>No emails yet.</p>
      ) : (
        <ol className="mailbox">
          {emails.map((email) => (
            <li key={email.id} className="mailbox__item">
              <article aria-labelledby={`mail-${email.id}`}>
                <h2 id={`mail-${email.id}`} className="mailbox__subject">
                  {email.subject}
                </h2>
                <p className="mailbox__meta">
                  To {email.to} · {formatDateTime(email.createdAt)} ·{" "}
                  {sending || email.status !== "PENDING" ? STATUS_WORDS[email.status] : "Kept here"}
                  {email.status === "SENT" && email.sentAt ? ` ${formatDateTime(email.sentAt)}` : ""}
                  {email.order ? (
                    <>
                      {" · "}
                      <Link to={`/admin/orders/${email.order.id}`}>{orderLabel(email.order.number)}</Link>
                    </>
                  ) : null}
                </p>
                {email.lastError && email.status !== "SENT" ? (
                  <p className="mailbox__error">
                    Last try ({email.attempts}): {email.lastError}
                  </p>
                ) : null}
                <details>
                  <summary>Read the message</summary>
                  <pre className="mailbox__text">{email.text}</pre>
                </details>
                {email.status === "FAILED" ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={email.id} />
                    <button type="submit" name="intent" value="retry" className="button button--small">
                      Try sending again
                    </button>
                  </Form>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
      <nav className="pager" aria-label="Mailbox pages">
        {page > 1 ? <Link to={`?page=${page - 1}`}>Newer</Link> : <span />}
        {hasMore ? <Link to={`?page=${page + 1}`}>Older</Link> : null}
      </nav>
    </>
  );
}

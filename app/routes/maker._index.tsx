import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { MakerAttribution } from "~/components/maker-attribution";
import { MakerPieces } from "~/components/maker-pieces";
import { ConsentTimeNotice, Reassurance } from "~/components/maker-portal/notices";
import { MakerProfileView } from "~/components/maker-profile";
import { ConsentError, getPortalHome, withdrawConsent } from "~/models/maker.server";
import makersStyles from "~/styles/makers.css";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import { FIELD_LABELS, FIELD_PHRASES, MAKER_PUBLIC_FIELDS, projectPublicProfile, REMINDER_DAYS } from "~/utils/maker-profile";
import type { PortalHandle } from "./maker";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];
export const meta: MetaFunction = () => [{ title: "What is public about me now — Belonging" }, { name: "robots", content: "noindex" }];
export const handle: PortalHandle = { portalNav: true };

const NOTICES = {
  welcome: "Welcome. Your passphrase is saved and you are signed in.",
  approved: "Thank you. What you chose is now public, exactly as in your preview.",
  stopped: "Done. Nothing about you is public any more.",
} as const;

const DAY = 24 * 60 * 60 * 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getPortalHome(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { current, draft, slug } = overview;
  const notice = new URL(request.url).searchParams.get("notice");
  const now = Date.now();
  return json(
    {
      notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : null,
      profile: current ? projectPublicProfile(slug, current.version, current.fields) : null,
      fields: current ? MAKER_PUBLIC_FIELDS.filter((field) => current.fields.includes(field)) : [],
      credits:
        current && current.fields.includes("attribution") && current.fields.includes("displayName")
          ? [{ name: current.version.displayName, href: `/makers/${slug}` }]
          : [],
      endsAt: current?.expiresAt ?? null,
      endsSoon: current ? current.expiresAt.getTime() - now <= REMINDER_DAYS * DAY : false,
      expired: overview.expired,
      unapprovedChanges: Boolean(current && draft && draft.contentHash !== current.version.contentHash),
      pieces: overview.pieces,
    },
    { headers: NO_STORE },
  );
}

const schema = z.object({ intent: z.literal("withdraw-field"), field: z.enum(MAKER_PUBLIC_FIELDS) });

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ ok: false, message: "Nothing changed. Please choose what to stop showing." }, { status: 400, headers: NO_STORE });
  try {
    const { withdrawn } = await withdrawConsent({ makerId: me.makerId, userId: me.userId, fields: [parsed.data.field] });
    const what = FIELD_PHRASES[parsed.data.field];
    return json(
      { ok: true, message: withdrawn.length ? `Done. We stopped showing ${what}.` : `${what[0]!.toUpperCase()}${what.slice(1)} was not shown.` },
      { headers: NO_STORE },
    );
  } catch (error) {
    if (error instanceof ConsentError) return json({ ok: false, message: error.message }, { status: 403, headers: NO_STORE });
    throw error;
  }
}

export default function PublicNow() {
  const { notice, profile, fields, credits, endsAt, endsSoon, expired, unapprovedChanges, pieces } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const actionData = useActionData<typeof action>();
  const result = fetcher.data ?? actionData;
  return (
    <>
      <h1>What is public about me now</h1>
      {notice && !result ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {result ? <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage> : null}
      <ConsentTimeNotice endsAt={endsAt} endsSoon={endsSoon} expired={expired} />
      {profile ? (
        <>
          <section aria-labelledby="shown-heading" className="portal-section">
            <h2 id="shown-heading">What you chose to show</h2>
            <ul className="portal-choices">
              {fields.map((field) => (
                <li key={field}>
                  <span>{FIELD_LABELS[field]}</span>
                  <fetcher.Form method="post">
                    <input type="hidden" name="intent" value="withdraw-field" />
                    <input type="hidden" name="field" value={field} />
                    <button type="submit" className="portal-quiet-button" disabled={fetcher.state !== "idle"}>
                      Stop showing this<span className="visually-hidden">: {FIELD_LABELS[field]}</span>
                    </button>
                  </fetcher.Form>
                </li>
              ))}
            </ul>
            <Link to="/maker/stop" className="button portal-button portal-button--stop">
              Stop showing my profile
            </Link>
          </section>
          <section aria-labelledby="view-heading" className="portal-section">
            <h2 id="view-heading">This is exactly what visitors see</h2>
            {unapprovedChanges ? (
              <p className="portal-note">
                You have changes that are not public yet. <Link to="/maker/preview">Look at them and choose</Link>.
              </p>
            ) : null}
            <div className="portal-frame">
              <MakerProfileView profile={profile} photoUrl={profile.hasPhoto ? `/maker-photos/${profile.slug}/640.jpg` : null} headingLevel={3} />
              <div className="portal-frame__pieces">
                <p className="muted">On the pieces you made:</p>
                <MakerAttribution credits={credits} />
              </div>
            </div>
          </section>
        </>
      ) : (
        <section className="portal-section portal-empty">
          <p className="portal-empty__title">Nothing about you is public.</p>
          <p>
            Your pieces say “Made in our studio by one of our makers”. If you would like to share something, you can{" "}
            <Link to="/maker/preview">look at your draft and choose</Link>.
          </p>
        </section>
      )}
      <section aria-labelledby="pieces-heading" className="portal-section">
        <h2 id="pieces-heading">My pieces</h2>
        <MakerPieces pieces={pieces} voice="maker" />
      </section>
      <Reassurance />
    </>
  );
}

import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { MakerAttribution } from "~/components/maker-attribution";
import { HomeScreenOffer } from "~/components/maker-portal/home-screen-offer";
import { ConsentTimeNotice, Reassurance } from "~/components/maker-portal/notices";
import { MakerProfileView } from "~/components/maker-profile";
import { type PortalMessage, type PortalMessageId, usePortalT } from "~/i18n/portal";
import { portalDate, portalFieldPhrases, portalWords } from "~/i18n/portal-language.server";
import { ConsentError, getPortalHome, withdrawConsent } from "~/models/maker.server";
import makersStyles from "~/styles/makers.css";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { requireMaker } from "~/utils/maker-auth.server";
import { MAKER_PUBLIC_FIELDS, projectPublicProfile, REMINDER_DAYS } from "~/utils/maker-profile";
import { type PortalHandle, portalTitle } from "./maker";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];
export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.public");
export const handle: PortalHandle = { portalNav: true };

const NOTICES: Record<string, PortalMessageId> = {
  welcome: "public.notice.welcome",
  approved: "public.notice.approved",
  stopped: "public.notice.stopped",
};

const DAY = 24 * 60 * 60 * 1000;

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getPortalHome(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { intl } = portalWords(request);
  const { current, draft, slug } = overview;
  const notice = new URL(request.url).searchParams.get("notice");
  const now = Date.now();
  return json(
    {
      notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice]! : null,
      profile: current ? projectPublicProfile(slug, current.version, current.fields) : null,
      fields: current ? MAKER_PUBLIC_FIELDS.filter((field) => current.fields.includes(field)) : [],
      credits:
        current && current.fields.includes("attribution") && current.fields.includes("displayName")
          ? [{ name: current.version.displayName, href: `/makers/${slug}` }]
          : [],
      endsOn: current ? portalDate(intl, current.expiresAt) : null,
      endsSoon: current ? current.expiresAt.getTime() - now <= REMINDER_DAYS * DAY : false,
      expired: overview.expired,
      unapprovedChanges: Boolean(current && draft && draft.contentHash !== current.version.contentHash),
      pieces: overview.pieces,
    },
    { headers: NO_STORE },
  );
}

const schema = z.object({ intent: z.literal("withdraw-field"), field: z.enum(MAKER_PUBLIC_FIELDS) });

type Result = { ok: boolean; message: PortalMessage };
const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return reply({ ok: false, message: { id: "public.chooseWhat" } }, 400);
  try {
    const { withdrawn } = await withdrawConsent({ makerId: me.makerId, userId: me.userId, fields: [parsed.data.field] });
    if (!withdrawn.length) return reply({ ok: true, message: { id: "public.notShown" } });
    const what = portalFieldPhrases(portalWords(request).intl, withdrawn);
    return reply({ ok: true, message: { id: "public.withdrawn", values: { what } } });
  } catch (error) {
    if (error instanceof ConsentError) return reply({ ok: false, message: { id: "preview.notAllowed" } }, 403);
    throw error;
  }
}

export default function PublicNow() {
  const { notice, profile, fields, credits, endsOn, endsSoon, expired, unapprovedChanges, pieces } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const actionData = useActionData<typeof action>();
  const result = fetcher.data ?? actionData;
  const t = usePortalT();
  return (
    <>
      <h1>{t("title.public")}</h1>
      {notice && !result ? <FormMessage tone="success">{t(notice)}</FormMessage> : null}
      {result ? <FormMessage tone={result.ok ? "success" : "error"}>{t(result.message.id, result.message.values)}</FormMessage> : null}
      <ConsentTimeNotice endsOn={endsOn} endsSoon={endsSoon} expired={expired} />
      {notice === "public.notice.welcome" ? <HomeScreenOffer /> : null}
      {profile ? (
        <>
          <section aria-labelledby="shown-heading" className="portal-section">
            <h2 id="shown-heading">{t("public.shown")}</h2>
            <ul className="portal-choices">
              {fields.map((field) => (
                <li key={field}>
                  <span>{t(`field.${field}`)}</span>
                  <fetcher.Form method="post">
                    <input type="hidden" name="intent" value="withdraw-field" />
                    <input type="hidden" name="field" value={field} />
                    <button type="submit" className="portal-quiet-button" disabled={fetcher.state !== "idle"}>
                      {t("public.stopThis")}
                      <span className="visually-hidden">: {t(`field.${field}`)}</span>
                    </button>
                  </fetcher.Form>
                </li>
              ))}
            </ul>
            <Link to="/maker/stop" replace className="button portal-button portal-button--stop">
              {t("public.stopAll")}
            </Link>
          </section>
          <section aria-labelledby="view-heading" className="portal-section">
            <h2 id="view-heading">{t("public.view")}</h2>
            {unapprovedChanges ? (
              <p className="portal-note">
                {t("public.unapproved")}{" "}
                <Link to="/maker/preview" replace>
                  {t("public.unapprovedLink")}
                </Link>
              </p>
            ) : null}
            <p className="portal-frame__caption">{t("public.englishNote")}</p>
            <div className="portal-frame">
              <div lang="en">
                <MakerProfileView profile={profile} photoUrl={profile.hasPhoto ? `/maker-photos/${profile.slug}/640.jpg` : null} headingLevel={3} />
              </div>
              <div className="portal-frame__pieces">
                <p className="muted">{t("public.onPieces")}</p>
                <div lang="en">
                  <MakerAttribution credits={credits} />
                </div>
              </div>
            </div>
          </section>
        </>
      ) : (
        <section className="portal-section portal-empty">
          <p className="portal-empty__title">{t("public.nothing")}</p>
          <p>{t("public.nothingText", { anonymous: t("anonymous") })}</p>
          <Link to="/maker/preview" replace className="button portal-button">
            {t("public.nothingLink")}
          </Link>
        </section>
      )}
      <section aria-labelledby="pieces-heading" className="portal-section">
        <h2 id="pieces-heading">{t("pieces.heading")}</h2>
        {pieces.length ? (
          <ul className="maker-pieces">
            {pieces.map((piece) => (
              <li key={piece.id}>
                <span lang="en">{piece.name}</span>
                <span className="maker-pieces__sold">{t("pieces.sold", { count: piece.sold })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("pieces.none")}</p>
        )}
      </section>
      <Reassurance />
    </>
  );
}

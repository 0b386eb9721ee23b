import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { MakerAttribution } from "~/components/maker-attribution";
import { Reassurance } from "~/components/maker-portal/notices";
import { MakerProfileView } from "~/components/maker-profile";
import { type PortalMessageId, usePortalT } from "~/i18n/portal";
import { portalDate, portalWords } from "~/i18n/portal-language.server";
import { approveProfile, ConsentError, type ConsentProblem, getConsentOverview, isOwnVersion } from "~/models/maker.server";
import makersStyles from "~/styles/makers.css";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { requireMaker } from "~/utils/maker-auth.server";
import { getEnv } from "~/utils/env.server";
import {
  countryOptions,
  fieldsWithContent,
  FIELDS_WAITING_FOR_REVIEW,
  type MakerProfileContent,
  type MakerPublicField,
  projectPublicProfile,
} from "~/utils/maker-profile";
import { type PortalHandle, portalTitle } from "./maker";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];
export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.preview");

const DAY = 24 * 60 * 60 * 1000;

/** The words she agrees to, as they are recorded with her approval (and its language). */
function consentWording(request: Request, expiresAt: Date) {
  const { intl, language } = portalWords(request);
  return { language, wording: intl.formatMessage({ id: "consent.wording" }, { date: portalDate(intl, expiresAt) }) };
}
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { draft, current, hasSafetyReview, slug } = overview;
  const url = new URL(request.url);
  const withContent = draft ? fieldsWithContent(draft) : [];
  const offered = hasSafetyReview ? withContent : withContent.filter((field) => !FIELDS_WAITING_FOR_REVIEW.includes(field));
  const sameAsPublic = Boolean(draft && current && draft.contentHash === current.version.contentHash);
  // Nothing is pre-ticked, except what she already shows when this draft is exactly what she approved.
  const asked = url.searchParams.has("show") ? url.searchParams.getAll("fields") : null;
  const chosen = offered.filter((field) => (asked ? asked.includes(field) : sameAsPublic && current!.fields.includes(field)));
  return json(
    {
      slug,
      draft: draft
        ? {
            id: draft.id,
            contentHash: draft.contentHash,
            content: {
              displayName: draft.displayName,
              usesRealName: draft.usesRealName,
              bio: draft.bio,
              quote: draft.quote,
              makingSince: draft.makingSince,
              country: draft.country,
              skills: draft.skills,
              photoKey: draft.photoKey,
            },
          }
        : null,
      offered,
      chosen,
      waitingForReview: withContent.filter((field) => !offered.includes(field)),
      differsFromPublic: Boolean(current) && !sameAsPublic,
      saved: url.searchParams.get("notice") === "saved",
      // Her country in her language, named here only: the browser's name could differ.
      countryName: draft?.country ? (countryOptions(portalWords(request).language).find((c) => c.code === draft.country)?.name ?? draft.country) : "",
      consent: consentWording(request, new Date(Date.now() + getEnv().MAKER_CONSENT_DAYS * DAY)).wording,
    },
    { headers: NO_STORE },
  );
}

const schema = z.object({
  intent: z.literal("approve"),
  versionId: z.string().min(1).max(64),
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
  fields: z.array(z.string().max(32)).max(20),
});

const PROBLEMS: Partial<Record<ConsentProblem, PortalMessageId>> = {
  changed: "preview.changed",
  "choose-one": "preview.chooseOne",
  "needs-review": "preview.needsReview",
};

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const form = await readForm(request);
  const fields = form.getAll("fields").filter((value): value is string => typeof value === "string");
  const parsed = schema.safeParse({ ...Object.fromEntries(form), fields });
  if (!parsed.success) {
    return json({ message: "preview.missing" as PortalMessageId, fields }, { status: 400, headers: NO_STORE });
  }
  if (!(await isOwnVersion(me.makerId, parsed.data.versionId))) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  try {
    await approveProfile({ makerId: me.makerId, userId: me.userId, ...parsed.data, consentText: (expiresAt) => consentWording(request, expiresAt) });
  } catch (error) {
    if (error instanceof ConsentError) {
      return json({ message: PROBLEMS[error.problem] ?? "preview.missing", fields }, { status: 409, headers: NO_STORE });
    }
    throw error;
  }
  return redirect("/maker?notice=approved", { headers: NO_STORE });
}

export default function Preview() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  const t = usePortalT();
  if (!data.draft || data.offered.length === 0) {
    return (
      <>
        <h1>{t("title.preview")}</h1>
        <p className="portal-lead">{t("preview.empty")}</p>
        <p>{t("preview.emptyText")}</p>
        <Link to="/maker/edit" replace className="button portal-button">
          {t("preview.write")}
        </Link>
        <Reassurance />
      </>
    );
  }
  // A new draft, a "Show preview" or a refused approval starts the switches afresh.
  const key = `${data.draft.id}|${location.search}|${actionData?.fields.join(",") ?? ""}`;
  const chosen = actionData ? data.offered.filter((field) => actionData.fields.includes(field)) : data.chosen;
  return (
    <>
      <h1>{t("title.preview")}</h1>
      <p className="portal-lead">{t("preview.lead")}</p>
      {data.saved && !actionData ? <FormMessage tone="success">{t("preview.saved")}</FormMessage> : null}
      {actionData ? <FormMessage>{t(actionData.message)}</FormMessage> : null}
      {data.differsFromPublic ? <p className="portal-note">{t("preview.differs")}</p> : null}
      <PreviewForm
        key={key}
        slug={data.slug}
        draft={data.draft}
        offered={data.offered}
        initial={chosen}
        waitingForReview={data.waitingForReview}
        countryName={data.countryName}
        consent={data.consent}
      />
      <Reassurance />
    </>
  );
}

function PreviewForm({
  slug,
  draft,
  offered,
  initial,
  waitingForReview,
  countryName,
  consent,
}: {
  slug: string;
  draft: { id: string; contentHash: string; content: MakerProfileContent };
  offered: MakerPublicField[];
  initial: MakerPublicField[];
  waitingForReview: MakerPublicField[];
  countryName: string;
  consent: string;
}) {
  const [chosen, setChosen] = useState<MakerPublicField[]>(initial);
  const navigation = useNavigation();
  const t = usePortalT();
  const profile = projectPublicProfile(slug, draft.content, chosen);
  const credits =
    chosen.includes("attribution") && chosen.includes("displayName") ? [{ name: draft.content.displayName, href: `/makers/${slug}` }] : [];
  const toggle = (field: MakerPublicField, on: boolean) =>
    setChosen((before) => offered.filter((f) => (f === field ? on : before.includes(f))));
  const valueOf = (field: MakerPublicField) => {
    const content = draft.content;
    switch (field) {
      case "displayName":
        return content.displayName;
      case "photo":
        return t("preview.photoValue");
      case "bio":
        return content.bio.length > 90 ? `${content.bio.slice(0, 90).trimEnd()}…` : content.bio;
      case "quote":
        return `“${content.quote}”`;
      case "makingSince":
        return String(content.makingSince);
      case "country":
        return countryName;
      case "skills":
        return content.skills.join(", ");
      case "attribution":
        return t("preview.attributionValue", { name: content.displayName });
    }
  };
  return (
    <Form method="post" replace className="portal-preview">
      <input type="hidden" name="versionId" value={draft.id} />
      <input type="hidden" name="contentHash" value={draft.contentHash} />
      <fieldset className="portal-switches">
        <legend>{t("preview.question")}</legend>
        {offered.map((field) => (
          <label key={field} className="portal-switch">
            <input
              type="checkbox"
              role="switch"
              name="fields"
              value={field}
              checked={chosen.includes(field)}
              onChange={(event) => toggle(field, event.currentTarget.checked)}
              aria-labelledby={`switch-${field}`}
              aria-describedby={`switch-${field}-value`}
            />
            <span className="portal-switch__text">
              <span className="portal-switch__label" id={`switch-${field}`}>
                {t(`field.${field}`)}
              </span>
              <span className="portal-switch__value" id={`switch-${field}-value`}>
                {valueOf(field)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {waitingForReview.length ? <p className="portal-note">{t("preview.review")}</p> : null}
      <noscript>
        <button type="submit" formMethod="get" name="show" value="1" className="button button--quiet portal-button">
          {t("preview.show")}
        </button>
      </noscript>
      <section aria-labelledby="preview-heading" className="portal-section">
        <h2 id="preview-heading">{t("preview.heading")}</h2>
        {chosen.length ? (
          <div className="portal-frame">
            <p className="portal-frame__caption">
              {t("preview.caption")} {t("public.englishNote")}
            </p>
            <div lang="en">
              <MakerProfileView profile={profile} photoUrl={`/maker/photo/640.jpg?v=${draft.id}`} headingLevel={3} />
            </div>
            <div className="portal-frame__pieces">
              <p className="muted">{t("public.onPieces")}</p>
              <div lang="en">
                <MakerAttribution credits={credits} />
              </div>
            </div>
          </div>
        ) : (
          <p className="portal-empty">{t("preview.nothing")}</p>
        )}
      </section>
      <p className="portal-consent">{consent}</p>
      <button
        type="submit"
        name="intent"
        value="approve"
        className="button portal-button portal-button--approve"
        disabled={navigation.state === "submitting"}
      >
        {t("preview.approve")}
      </button>
    </Form>
  );
}

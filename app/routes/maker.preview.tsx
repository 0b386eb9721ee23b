import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { MakerAttribution } from "~/components/maker-attribution";
import { Reassurance } from "~/components/maker-portal/notices";
import { MakerProfileView } from "~/components/maker-profile";
import { approveProfile, ConsentError, getConsentOverview, isOwnVersion } from "~/models/maker.server";
import makersStyles from "~/styles/makers.css";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import {
  countryName,
  FIELD_LABELS,
  fieldsWithContent,
  FIELDS_WAITING_FOR_REVIEW,
  type MakerProfileContent,
  type MakerPublicField,
  projectPublicProfile,
} from "~/utils/maker-profile";
import type { PortalHandle } from "./maker";
import { readForm } from "~/utils/request-body.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];
export const meta: MetaFunction = () => [{ title: "Preview and choose — Belonging" }, { name: "robots", content: "noindex" }];
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

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const form = await readForm(request);
  const fields = form.getAll("fields").filter((value): value is string => typeof value === "string");
  const parsed = schema.safeParse({ ...Object.fromEntries(form), fields });
  if (!parsed.success) {
    return json({ message: "Something was missing. Please look at your preview again.", fields }, { status: 400, headers: NO_STORE });
  }
  if (!(await isOwnVersion(me.makerId, parsed.data.versionId))) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  try {
    await approveProfile({ makerId: me.makerId, userId: me.userId, ...parsed.data });
  } catch (error) {
    if (error instanceof ConsentError) return json({ message: error.message, fields }, { status: 409, headers: NO_STORE });
    throw error;
  }
  return redirect("/maker?notice=approved", { headers: NO_STORE });
}

export default function Preview() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  if (!data.draft || data.offered.length === 0) {
    return (
      <>
        <h1>Preview and choose</h1>
        <p className="portal-lead">There is nothing to preview yet.</p>
        <p>Once you, or the team with you, write something about your craft, you will see it here and choose what to show.</p>
        <Link to="/maker/edit" className="button portal-button">
          Write about my craft
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
      <h1>Preview and choose</h1>
      <p className="portal-lead">Choose what the public may see. Nothing is shown until you approve it.</p>
      {data.saved && !actionData ? (
        <FormMessage tone="success">Your changes are saved. Nothing changes for the public until you approve them.</FormMessage>
      ) : null}
      {actionData ? <FormMessage>{actionData.message}</FormMessage> : null}
      {data.differsFromPublic ? (
        <p className="portal-note">
          This draft is different from what is public now. Visitors keep seeing the earlier version until you approve this one.
        </p>
      ) : null}
      <PreviewForm
        key={key}
        slug={data.slug}
        draft={data.draft}
        offered={data.offered}
        initial={chosen}
        waitingForReview={data.waitingForReview}
      />
      <Reassurance />
    </>
  );
}

function valueOf(field: MakerPublicField, content: MakerProfileContent) {
  switch (field) {
    case "displayName":
      return content.displayName;
    case "photo":
      return "The photo in your preview";
    case "bio":
      return content.bio.length > 90 ? `${content.bio.slice(0, 90).trimEnd()}…` : content.bio;
    case "quote":
      return `“${content.quote}”`;
    case "makingSince":
      return String(content.makingSince);
    case "country":
      return content.country ? countryName(content.country) : "";
    case "skills":
      return content.skills.join(", ");
    case "attribution":
      return `“Made by ${content.displayName}” on your pieces, when your name is shown too`;
  }
}

function PreviewForm({
  slug,
  draft,
  offered,
  initial,
  waitingForReview,
}: {
  slug: string;
  draft: { id: string; contentHash: string; content: MakerProfileContent };
  offered: MakerPublicField[];
  initial: MakerPublicField[];
  waitingForReview: MakerPublicField[];
}) {
  const [chosen, setChosen] = useState<MakerPublicField[]>(initial);
  const navigation = useNavigation();
  const profile = projectPublicProfile(slug, draft.content, chosen);
  const credits =
    chosen.includes("attribution") && chosen.includes("displayName") ? [{ name: draft.content.displayName, href: `/makers/${slug}` }] : [];
  const toggle = (field: MakerPublicField, on: boolean) =>
    setChosen((before) => offered.filter((f) => (f === field ? on : before.includes(f))));
  return (
    <Form method="post" className="portal-preview">
      <input type="hidden" name="versionId" value={draft.id} />
      <input type="hidden" name="contentHash" value={draft.contentHash} />
      <fieldset className="portal-switches">
        <legend>What may the public see?</legend>
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
                {FIELD_LABELS[field]}
              </span>
              <span className="portal-switch__value" id={`switch-${field}-value`}>
                {valueOf(field, draft.content)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {waitingForReview.length ? (
        <p className="portal-note">
          Your name and your photo can be chosen once a storyteller from the team has checked with you that showing them is
          safe. Ask them whenever you like; there is no hurry.
        </p>
      ) : null}
      <noscript>
        <button type="submit" formMethod="get" name="show" value="1" className="button button--quiet portal-button">
          Show preview
        </button>
      </noscript>
      <section aria-labelledby="preview-heading" className="portal-section">
        <h2 id="preview-heading">Your preview</h2>
        {chosen.length ? (
          <div className="portal-frame">
            <p className="portal-frame__caption">This is exactly how your page will look to visitors.</p>
            <MakerProfileView profile={profile} photoUrl={`/maker/photo/640.jpg?v=${draft.id}`} headingLevel={3} />
            <div className="portal-frame__pieces">
              <p className="muted">On the pieces you made:</p>
              <MakerAttribution credits={credits} />
            </div>
          </div>
        ) : (
          <p className="portal-empty">Nothing chosen: nothing about you will be public.</p>
        )}
      </section>
      <button
        type="submit"
        name="intent"
        value="approve"
        className="button portal-button portal-button--approve"
        disabled={navigation.state === "submitting"}
      >
        Approve and show what I chose
      </button>
    </Form>
  );
}

import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage, TextArea, TextField } from "~/components/admin/field";
import { formatDate, formatDateTime } from "~/components/admin/format";
import { ConsentStatusPill, PORTAL_STATE_LABELS } from "~/components/admin/maker-bits";
import { MakerHandover } from "~/components/admin/maker-handover";
import { STAFF_DRAFT_WORDS, STAFF_PHOTO_WORDS } from "~/components/admin/maker-draft-words";
import { DraftFields } from "~/components/maker-portal/draft-fields";
import { DraftPhoto } from "~/components/maker-portal/draft-photo";
import { MakerPieces } from "~/components/maker-pieces";
import { getMakerForStaff, updateMakerRecord } from "~/models/admin-makers.server";
import { INVITATION_HOURS, issueMakerInvitation, resetMakerAccess, revokeMakerInvitations } from "~/models/maker-account.server";
import { ConsentError, MakerNotFoundError, recordSafetyReview, saveDraftText } from "~/models/maker.server";
import { readUploadForm } from "~/services/images.server";
import { PHOTO_TOO_BIG, removeDraftPhoto, uploadDraftPhoto } from "~/services/maker-photo-upload.server";
import makersAdminStyles from "~/styles/admin-makers.css";
import { fieldErrors } from "~/utils/admin-forms";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { clientAddress } from "~/utils/client-address";
import { NO_STORE } from "~/utils/http-cache";
import { countryOptions, FIELD_LABELS, MAKER_PUBLIC_FIELDS } from "~/utils/maker-profile";
import { draftFormValues, makerRecordSchema, profileDraftSchema, type ProfileDraftValues, submittedDraftValues } from "~/utils/maker-profile-form";
import { portalLanguages } from "~/i18n/portal-language.server";
import { handoverQrSvg } from "~/services/handover-qr.server";
import { shopOrigin } from "~/utils/origin.server";
import { PERMISSIONS } from "~/utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersAdminStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.maker.internalLabel ?? "Maker"} — Belonging back office` }];

const notFound = () => json({ message: "No such maker." }, { status: 404, headers: NO_STORE });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.makers);
  const maker = await getMakerForStaff(params.makerId ?? "");
  if (!maker) throw notFound();
  const wroteDraft = maker.draft?.createdById === user.id;
  return json(
    {
      maker,
      // Named on the server only: the browser's country names can differ from Node's.
      countries: countryOptions(),
      languages: portalLanguages(),
      created: new URL(request.url).searchParams.get("notice") === "created",
      review:
        maker.safetyReviews.length > 0
          ? ("done" as const)
          : user.role !== "STORYTELLER"
            ? ("storyteller-only" as const)
            : wroteDraft
              ? ("author" as const)
              : ("can-record" as const),
    },
    { headers: NO_STORE },
  );
}

// No intent here, or anywhere in the back office, can approve: only she can, in her portal.
const INTENTS = ["record", "draft", "upload-photo", "remove-photo", "safety-review", "invite", "revoke", "reset"] as const;
const reviewSchema = z.object({ note: z.string().trim().max(1000, "Keep the note under 1000 characters.").default("") });

type Result = {
  intent: string;
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  draftValues?: ProfileDraftValues;
  invitation?: { link: string; qrSvg: string; loginName: string; expiresAt: string };
};
const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.makers);
  const actor = actorFor(request, user);
  const makerId = params.makerId ?? "";
  const form = await readUploadForm(request);
  if (!form) return reply({ intent: "upload-photo", ok: false, message: PHOTO_TOO_BIG }, 413);
  const fields = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  const intent = z.enum(INTENTS).safeParse(fields.intent);
  if (!intent.success) return reply({ intent: String(fields.intent ?? ""), ok: false, message: "That is not something this page can do." }, 400);
  // Her language (as staff chose it with her) travels in the link: her portal opens in it.
  const language = portalLanguages().find((option) => option.code === fields.lang)?.code;
  const linkFor = (token: string) => `${shopOrigin(request)}/maker/welcome?${new URLSearchParams(language ? { token, lang: language } : { token })}`;
  const staff = { userId: user.id, staff: actor };
  try {
    switch (intent.data) {
      case "record": {
        const parsed = makerRecordSchema.safeParse(fields);
        if (!parsed.success) {
          const values = { internalLabel: String(fields.internalLabel ?? ""), privateNotes: String(fields.privateNotes ?? "") };
          return reply({ intent: "record", ok: false, message: "Nothing was saved.", errors: fieldErrors(parsed.error), values }, 400);
        }
        await updateMakerRecord(actor, makerId, parsed.data);
        return reply({ intent: "record", ok: true, message: "Saved." });
      }
      case "draft": {
        const parsed = profileDraftSchema.safeParse(fields);
        if (!parsed.success) {
          return reply(
            { intent: "draft", ok: false, message: "The draft was not saved.", errors: fieldErrors(parsed.error), draftValues: submittedDraftValues(fields) },
            400,
          );
        }
        const { changed } = await saveDraftText(makerId, parsed.data, staff);
        return reply({
          intent: "draft",
          ok: true,
          message: changed ? "Draft saved. She sees it in her preview; nothing public changes unless she approves it." : "Nothing had changed.",
        });
      }
      case "upload-photo": {
        const { error } = await uploadDraftPhoto(makerId, form.get("photo"), staff);
        if (error) return reply({ intent: "upload-photo", ok: false, message: error }, 422);
        return reply({ intent: "upload-photo", ok: true, message: "Photo added to the draft. Only she can approve showing it." });
      }
      case "remove-photo":
        await removeDraftPhoto(makerId, staff);
        return reply({ intent: "remove-photo", ok: true, message: "Photo taken out of the draft." });
      case "safety-review": {
        const parsed = reviewSchema.safeParse(fields);
        if (!parsed.success) return reply({ intent: "safety-review", ok: false, message: "Not recorded.", errors: fieldErrors(parsed.error) }, 400);
        await recordSafetyReview({ makerId, reviewerId: user.id, note: parsed.data.note }, clientAddress(request));
        return reply({ intent: "safety-review", ok: true, message: "Safety review recorded. She can now choose to show her name and photo." });
      }
      case "invite":
      case "reset": {
        const issued = intent.data === "invite" ? await issueMakerInvitation(actor, makerId) : await resetMakerAccess(actor, makerId);
        return reply({
          intent: intent.data,
          ok: true,
          message:
            intent.data === "invite"
              ? `A new link, for her only. It works once, for ${INVITATION_HOURS} hours; earlier links no longer work.`
              : "Her sessions have ended and her passphrase is cleared. With this link she chooses a new one.",
          invitation: {
            link: linkFor(issued.token),
            qrSvg: await handoverQrSvg(linkFor(issued.token)),
            loginName: issued.loginName,
            expiresAt: issued.expiresAt.toISOString(),
          },
        });
      }
      case "revoke": {
        const count = await revokeMakerInvitations(actor, makerId);
        return reply({ intent: "revoke", ok: true, message: count ? "The link no longer works." : "There was no open link." });
      }
    }
  } catch (error) {
    if (error instanceof MakerNotFoundError) return reply({ intent: intent.data, ok: false, message: "There is no such maker." }, 404);
    if (error instanceof ConsentError) return reply({ intent: intent.data, ok: false, message: error.message }, 403);
    throw error;
  }
}

const HISTORY_VERBS = { GRANTED: "She chose to show", WITHDRAWN: "She stopped showing", EXPIRED: "Ended by time:" } as const;

export default function AdminMaker() {
  const { maker, countries, languages, created, review } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const resultFor = (...intents: string[]) => (actionData && intents.includes(actionData.intent) ? actionData : undefined);
  const draftResult = resultFor("draft");
  const recordResult = resultFor("record");
  const accessResult = resultFor("invite", "reset", "revoke");
  const reviewResult = resultFor("safety-review");
  const unknown = actionData && !(INTENTS as readonly string[]).includes(actionData.intent) ? actionData : undefined;
  const shown = maker.current ? MAKER_PUBLIC_FIELDS.filter((field) => maker.current!.fields.includes(field)) : [];
  const isPublic = maker.status === "public" || maker.status === "expires-soon";
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/makers">Makers</Link>
      </p>
      <div className="admin-head">
        <h1 className="admin-title">{maker.internalLabel}</h1>
        <ConsentStatusPill status={maker.status} />
      </div>
      {created ? <FormMessage tone="success">Maker created. Write her draft with her, then invite her to her maker pages.</FormMessage> : null}
      {unknown ? <FormMessage>{unknown.message}</FormMessage> : null}

      <div className="maker-admin">
        <section className="admin-section maker-admin__card" aria-labelledby="public-heading">
          <h2 id="public-heading">What is public</h2>
          {isPublic && maker.current ? (
            <>
              <p>
                She approved on {formatDate(maker.current.approvedAt)}; it ends on {formatDate(maker.current.expiresAt)} unless she approves
                again.
              </p>
              <ul className="maker-admin__fields">
                {shown.map((field) => (
                  <li key={field}>{FIELD_LABELS[field]}</li>
                ))}
              </ul>
              <p>
                <a href={`/makers/${maker.slug}`}>Her public page</a>
              </p>
            </>
          ) : (
            <p>Nothing about her is public.</p>
          )}
          <p className="muted">Staff cannot publish or change what is public. Only she can, in her maker pages.</p>
        </section>

        <section className="admin-section maker-admin__card" aria-labelledby="access-heading">
          <h2 id="access-heading">Her maker pages</h2>
          <p>
            {PORTAL_STATE_LABELS[maker.portal.state]}
            {maker.portal.loginName ? (
              <>
                {" "}
                · sign-in name <strong className="maker-admin__login">{maker.portal.loginName}</strong>
              </>
            ) : null}
            {maker.portal.invitationExpiresAt ? <> · open link until {formatDateTime(maker.portal.invitationExpiresAt)}</> : null}
          </p>
          {accessResult ? <FormMessage tone={accessResult.ok ? "success" : "error"}>{accessResult.message}</FormMessage> : null}
          {accessResult?.invitation ? (
            <div className="maker-admin__secret">
              <p>
                Sign-in name: <strong className="maker-admin__login">{accessResult.invitation.loginName}</strong>
              </p>
              <p>Link (works once, until {formatDateTime(accessResult.invitation.expiresAt)}):</p>
              <MakerHandover link={accessResult.invitation.link} qrSvg={accessResult.invitation.qrSvg} />
              <p className="muted">She scans the code with her phone&apos;s camera, or you send the link privately. It is shown only now.</p>
            </div>
          ) : null}
          <Form method="post" className="form-actions">
            <label className="maker-admin__language">
              Her language{" "}
              <select name="lang" defaultValue="">
                <option value="">Her phone&apos;s</option>
                {languages.map((option) => (
                  <option key={option.code} value={option.code} lang={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" name="intent" value="invite" className="button button--small" disabled={busy}>
              {maker.portal.state === "invited" ? "New invitation link" : maker.portal.state === "active" ? "New sign-in link" : "Create invitation link"}
            </button>
            {maker.portal.invitationExpiresAt ? (
              <button type="submit" name="intent" value="revoke" className="button button--quiet button--small" disabled={busy}>
                Revoke the open link
              </button>
            ) : null}
            {maker.portal.state === "active" ? (
              <button type="submit" name="intent" value="reset" className="button button--quiet button--small" disabled={busy}>
                Reset access (signs her out)
              </button>
            ) : null}
          </Form>
        </section>

        <section className="admin-section maker-admin__card" aria-labelledby="review-heading">
          <h2 id="review-heading">Safety review</h2>
          <p className="muted">Before her name or photo can be shown, a storyteller who did not write the draft checks with her that it is safe.</p>
          {reviewResult ? <FormMessage tone={reviewResult.ok ? "success" : "error"}>{reviewResult.message}</FormMessage> : null}
          {review === "done" ? (
            <ul className="maker-admin__reviews">
              {maker.safetyReviews.map((item) => (
                <li key={item.id}>
                  Recorded by {item.reviewer.name} on {formatDate(item.createdAt)}
                  {item.note ? <span className="cell-note">{item.note}</span> : null}
                </li>
              ))}
            </ul>
          ) : review === "can-record" ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="safety-review" />
              <TextArea label="Note (optional, staff only)" name="note" rows={2} maxLength={1000} error={reviewResult?.errors?.note} />
              <div className="form-actions">
                <button type="submit" className="button button--small" disabled={busy}>
                  Record safety review
                </button>
              </div>
            </Form>
          ) : (
            <p>
              Not done yet.{" "}
              {review === "author" ? "You wrote the current draft, so another storyteller records it." : "A storyteller records it."}
            </p>
          )}
        </section>
      </div>

      <section className="admin-section" aria-labelledby="pieces-heading">
        <h2 id="pieces-heading">Her pieces</h2>
        <MakerPieces pieces={maker.pieces} voice="staff" />
      </section>

      <section className="admin-section" aria-labelledby="draft-heading">
        <h2 id="draft-heading">Her draft</h2>
        <p className="muted">
          Write it with her, in words she agrees with. Saving makes a new draft: she sees it in her preview, and the public keeps
          seeing what she last approved.
        </p>
        {draftResult ? <FormMessage tone={draftResult.ok ? "success" : "error"}>{draftResult.message}</FormMessage> : null}
        <Form method="post" className="stack maker-admin-form" noValidate>
          <input type="hidden" name="intent" value="draft" />
          <DraftFields words={STAFF_DRAFT_WORDS} countries={countries} values={draftResult?.draftValues ?? draftFormValues(maker.draft)} errors={draftResult?.errors ?? {}} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              Save draft
            </button>
          </div>
        </Form>
      </section>

      <div className="admin-section maker-admin-form">
        <DraftPhoto
          words={STAFF_PHOTO_WORDS}
          photoUrl={maker.draft?.photoKey ? `/admin/makers/${maker.id}/photo/640.jpg?v=${maker.draft.id}` : null}
          result={resultFor("upload-photo", "remove-photo")}
          busy={busy}
        />
      </div>

      <section className="admin-section" aria-labelledby="record-heading">
        <h2 id="record-heading">Staff record</h2>
        {recordResult ? <FormMessage tone={recordResult.ok ? "success" : "error"}>{recordResult.message}</FormMessage> : null}
        <Form method="post" className="stack maker-admin-form" noValidate>
          <input type="hidden" name="intent" value="record" />
          <TextField
            label="Internal label"
            name="internalLabel"
            required
            maxLength={80}
            defaultValue={recordResult?.values?.internalLabel ?? maker.internalLabel}
            error={recordResult?.errors?.internalLabel}
          />
          <TextArea
            label="Private notes"
            name="privateNotes"
            rows={4}
            maxLength={4000}
            hint="Staff only; never shown to the public or in the audit log."
            defaultValue={recordResult?.values?.privateNotes ?? maker.privateNotes}
            error={recordResult?.errors?.privateNotes}
          />
          <div className="form-actions">
            <button type="submit" className="button button--small" disabled={busy}>
              Save record
            </button>
          </div>
        </Form>
      </section>

      <section className="admin-section" aria-labelledby="history-heading">
        <h2 id="history-heading">Consent history</h2>
        {maker.events.length ? (
          <ol className="maker-admin__history">
            {maker.events.map((event) => (
              <li key={event.id}>
                <span className="muted">{formatDateTime(event.createdAt)}</span> {HISTORY_VERBS[event.action]}{" "}
                {event.fields.map((field) => FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field).join(", ")}
              </li>
            ))}
          </ol>
        ) : (
          <p>She has not made a choice yet.</p>
        )}
      </section>
    </>
  );
}

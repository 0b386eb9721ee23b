import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { DraftFields, type DraftWords } from "~/components/maker-portal/draft-fields";
import { DraftPhoto, type PhotoWords } from "~/components/maker-portal/draft-photo";
import { Reassurance } from "~/components/maker-portal/notices";
import { type PortalMessageId, usePortalT } from "~/i18n/portal";
import { portalLanguage } from "~/i18n/portal-language.server";
import { getConsentOverview, saveDraftText } from "~/models/maker.server";
import { readUploadForm } from "~/services/images.server";
import { removeDraftPhoto, uploadDraftPhoto } from "~/services/maker-photo-upload.server";
import { fieldErrors } from "~/utils/admin-forms";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import { countryOptions } from "~/utils/maker-profile";
import { draftFormValues, MAX_SKILLS, profileDraftSchema, type ProfileDraftValues, submittedDraftValues } from "~/utils/maker-profile-form";
import { type PortalHandle, portalTitle } from "./maker";

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.edit");
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { draft } = overview;
  return json(
    {
      values: draftFormValues(draft),
      photoVersion: draft?.photoKey ? draft.id : null,
      // Country names in her language, drawn here only: the browser's could differ.
      countries: countryOptions(portalLanguage(request).language),
    },
    { headers: NO_STORE },
  );
}

const intent = z.enum(["text", "upload-photo", "remove-photo"]);

// Field errors name only the field: the page words each in her language.
type Result = { intent: string; ok: boolean; message: PortalMessageId; errorFields?: string[]; values?: ProfileDraftValues };
const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const author = { userId: me.userId };
  const form = await readUploadForm(request);
  if (!form) return reply({ intent: "upload-photo", ok: false, message: "photo.error.too-large" }, 413);
  const fields = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  const parsedIntent = intent.safeParse(fields.intent);
  if (!parsedIntent.success) return reply({ intent: "", ok: false, message: "edit.nothingChanged" }, 400);
  switch (parsedIntent.data) {
    case "text": {
      const parsed = profileDraftSchema.safeParse(fields);
      if (!parsed.success) {
        const errorFields = Object.keys(fieldErrors(parsed.error));
        return reply({ intent: "text", ok: false, message: "edit.notSaved", errorFields, values: submittedDraftValues(fields) }, 400);
      }
      await saveDraftText(me.makerId, parsed.data, author);
      return redirect("/maker/preview?notice=saved", { headers: NO_STORE });
    }
    case "upload-photo": {
      const { problem } = await uploadDraftPhoto(me.makerId, form.get("photo"), author);
      if (problem) return reply({ intent: "upload-photo", ok: false, message: `photo.error.${problem}` }, 422);
      return reply({ intent: "upload-photo", ok: true, message: "photo.added" });
    }
    case "remove-photo":
      await removeDraftPhoto(me.makerId, author);
      return reply({ intent: "remove-photo", ok: true, message: "photo.removed" });
  }
}

const FIELD_ERRORS: Record<string, PortalMessageId> = {
  displayName: "edit.error.displayName",
  usesRealName: "edit.error.usesRealName",
  bio: "edit.error.bio",
  quote: "edit.error.quote",
  makingSince: "edit.error.makingSince",
  country: "edit.error.country",
  skills: "edit.error.skills",
};

export default function EditDraft() {
  const { values, photoVersion, countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = usePortalT();
  const textResult = actionData?.intent === "text" ? actionData : undefined;
  const errors = Object.fromEntries(
    (textResult?.errorFields ?? []).map((field) => [field, t(FIELD_ERRORS[field] ?? "edit.notSaved", { max: MAX_SKILLS })]),
  );
  const photoResult = actionData && actionData.intent !== "text" ? { ...actionData, message: t(actionData.message) } : undefined;
  const words: DraftWords = {
    displayName: t("edit.displayName"),
    displayNameHint: t("edit.displayNameHint"),
    usesRealName: t("edit.usesRealName"),
    bio: t("edit.bio"),
    bioHint: t("edit.bioHint"),
    quote: t("edit.quote"),
    quoteHint: t("edit.quoteHint"),
    makingSince: t("edit.makingSince"),
    country: t("edit.country"),
    countryHint: t("edit.countryHint"),
    noCountry: t("edit.noCountry"),
    skills: t("edit.skills"),
  };
  const photoWords: PhotoWords = {
    heading: t("photo.heading"),
    none: t("photo.none"),
    alt: t("photo.alt"),
    remove: t("photo.remove"),
    choose: t("photo.choose"),
    hint: t("photo.hint"),
    upload: t("photo.upload"),
    uploading: t("photo.uploading"),
  };
  return (
    <>
      <h1>{t("title.edit")}</h1>
      <p className="portal-lead">{t("edit.lead")}</p>
      <section aria-labelledby="words-heading" className="portal-section">
        <h2 id="words-heading">{t("edit.words")}</h2>
        {textResult ? <FormMessage>{t(textResult.message)}</FormMessage> : null}
        <Form method="post" replace className="portal-form" noValidate>
          <input type="hidden" name="intent" value="text" />
          <DraftFields words={words} values={textResult?.values ?? values} errors={errors} countries={countries} />
          <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
            {t("edit.save")}
          </button>
        </Form>
      </section>
      <DraftPhoto
        words={photoWords}
        photoUrl={photoVersion ? `/maker/photo/640.jpg?v=${photoVersion}` : null}
        result={photoResult}
        busy={navigation.state === "submitting" && String(navigation.formData?.get("intent")).endsWith("-photo")}
      />
      <Reassurance />
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { DraftFields } from "~/components/maker-portal/draft-fields";
import { DraftPhoto } from "~/components/maker-portal/draft-photo";
import { Reassurance } from "~/components/maker-portal/notices";
import { getConsentOverview, saveDraftText } from "~/models/maker.server";
import { readUploadForm } from "~/services/images.server";
import { PHOTO_TOO_BIG, removeDraftPhoto, uploadDraftPhoto } from "~/services/maker-photo-upload.server";
import { fieldErrors } from "~/utils/admin-forms";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import { draftFormValues, profileDraftSchema, type ProfileDraftValues, submittedDraftValues } from "~/utils/maker-profile-form";
import type { PortalHandle } from "./maker";

export const meta: MetaFunction = () => [{ title: "My words and photo — Belonging" }, { name: "robots", content: "noindex" }];
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  const { draft } = overview;
  return json(
    { values: draftFormValues(draft), photoVersion: draft?.photoKey ? draft.id : null },
    { headers: NO_STORE },
  );
}

const intent = z.enum(["text", "upload-photo", "remove-photo"]);

type Result = { intent: string; ok: boolean; message: string; errors?: Record<string, string>; values?: ProfileDraftValues };
const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  const author = { userId: me.userId };
  const form = await readUploadForm(request);
  if (!form) return reply({ intent: "upload-photo", ok: false, message: PHOTO_TOO_BIG }, 413);
  const fields = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  const parsedIntent = intent.safeParse(fields.intent);
  if (!parsedIntent.success) return reply({ intent: "", ok: false, message: "Nothing changed." }, 400);
  switch (parsedIntent.data) {
    case "text": {
      const parsed = profileDraftSchema.safeParse(fields);
      if (!parsed.success) {
        const message = "Nothing was saved yet. Please look at the notes below.";
        return reply({ intent: "text", ok: false, message, errors: fieldErrors(parsed.error), values: submittedDraftValues(fields) }, 400);
      }
      await saveDraftText(me.makerId, parsed.data, author);
      return redirect("/maker/preview?notice=saved", { headers: NO_STORE });
    }
    case "upload-photo": {
      const { error } = await uploadDraftPhoto(me.makerId, form.get("photo"), author);
      if (error) return reply({ intent: "upload-photo", ok: false, message: error }, 422);
      return reply({ intent: "upload-photo", ok: true, message: "Your new photo is in your draft. Nothing changes for the public until you approve it." });
    }
    case "remove-photo":
      await removeDraftPhoto(me.makerId, author);
      return reply({ intent: "remove-photo", ok: true, message: "Your photo is taken out of your draft." });
  }
}

export default function EditDraft() {
  const { values, photoVersion } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const textResult = actionData?.intent === "text" ? actionData : undefined;
  const errors: Record<string, string | undefined> = textResult?.errors ?? {};
  const photoResult = actionData && actionData.intent !== "text" ? actionData : undefined;
  return (
    <>
      <h1>My words and photo</h1>
      <p className="portal-lead">Change anything you like. Nothing you write here is public until you approve it in your preview.</p>
      <section aria-labelledby="words-heading" className="portal-section">
        <h2 id="words-heading">My words</h2>
        {textResult ? <FormMessage>{textResult.message}</FormMessage> : null}
        <Form method="post" className="portal-form" noValidate>
          <input type="hidden" name="intent" value="text" />
          <DraftFields voice="maker" values={textResult?.values ?? values} errors={errors} />
          <button type="submit" className="button portal-button" disabled={navigation.state === "submitting"}>
            Save and see my preview
          </button>
        </Form>
      </section>
      <DraftPhoto
        voice="maker"
        photoUrl={photoVersion ? `/maker/photo/640.jpg?v=${photoVersion}` : null}
        result={photoResult}
        busy={navigation.state === "submitting" && String(navigation.formData?.get("intent")).endsWith("-photo")}
      />
      <Reassurance />
    </>
  );
}

import { Form } from "@remix-run/react";
import { FormMessage, TextField } from "~/components/admin/field";

type Result = { intent: string; ok: boolean; message: string } | undefined;

const WORDS = {
  maker: {
    heading: "My photo",
    none: "There is no photo in your draft. A photo is never needed.",
    alt: "Your photo, as it is in your draft",
    remove: "Remove my photo",
    choose: "Choose a photo",
    hint: "A JPEG, PNG or WebP photo. The place and camera details are taken out before it is kept.",
  },
  staff: {
    heading: "Photo",
    none: "No photo in the draft.",
    alt: "The photo in her draft",
    remove: "Remove the photo from the draft",
    choose: "Photo file",
    hint: "JPEG, PNG or WebP, up to 10 MB, at least 400 pixels on the shorter side. Location and camera details are removed. Only she can approve showing it.",
  },
} as const;

/** The photo in a draft: see it, replace it, take it out. Both forms work without JavaScript. */
export function DraftPhoto({ voice, photoUrl, result, busy }: { voice: "maker" | "staff"; photoUrl: string | null; result: Result; busy: boolean }) {
  const words = WORDS[voice];
  const uploadError = result && !result.ok && result.intent === "upload-photo" ? result.message : undefined;
  return (
    <section aria-labelledby="photo-heading" className="draft-photo">
      <h2 id="photo-heading">{words.heading}</h2>
      {result?.ok ? <FormMessage tone="success">{result.message}</FormMessage> : null}
      {result && !result.ok && !uploadError ? <FormMessage>{result.message}</FormMessage> : null}
      {photoUrl ? (
        <div className="draft-photo__current">
          <img src={photoUrl} alt={words.alt} width={640} height={800} className="draft-photo__img" />
          <Form method="post">
            <button type="submit" name="intent" value="remove-photo" className="button button--quiet" disabled={busy}>
              {words.remove}
            </button>
          </Form>
        </div>
      ) : (
        <p className="muted">{words.none}</p>
      )}
      {/* A new photo remounts the form, so the file input is empty again after an upload. */}
      <Form key={photoUrl ?? "none"} method="post" encType="multipart/form-data" className="draft-photo__upload" noValidate>
        <input type="hidden" name="intent" value="upload-photo" />
        <TextField label={words.choose} hint={words.hint} name="photo" type="file" accept="image/jpeg,image/png,image/webp" error={uploadError} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Uploading…" : "Upload photo"}
        </button>
      </Form>
    </section>
  );
}

import { Form } from "@remix-run/react";
import { FormMessage, TextField } from "~/components/admin/field";

type Result = { intent: string; ok: boolean; message: string } | undefined;

/** The words of the photo section: the maker's own (in her language) or staff's. */
export type PhotoWords = { heading: string; none: string; alt: string; remove: string; choose: string; hint: string; upload: string; uploading: string };

/** The photo in a draft: see it, replace it, take it out. Both forms work without JavaScript. */
export function DraftPhoto({ words, photoUrl, result, busy }: { words: PhotoWords; photoUrl: string | null; result: Result; busy: boolean }) {
  const uploadError = result && !result.ok && result.intent === "upload-photo" ? result.message : undefined;
  return (
    <section aria-labelledby="photo-heading" className="draft-photo">
      <h2 id="photo-heading">{words.heading}</h2>
      {result?.ok ? <FormMessage tone="success">{result.message}</FormMessage> : null}
      {result && !result.ok && !uploadError ? <FormMessage>{result.message}</FormMessage> : null}
      {photoUrl ? (
        <div className="draft-photo__current">
          <img src={photoUrl} alt={words.alt} width={640} height={800} className="draft-photo__img" />
          <Form method="post" replace>
            <button type="submit" name="intent" value="remove-photo" className="button button--quiet" disabled={busy}>
              {words.remove}
            </button>
          </Form>
        </div>
      ) : (
        <p className="muted">{words.none}</p>
      )}
      {/* A new photo remounts the form, so the file input is empty again after an upload. */}
      <Form key={photoUrl ?? "none"} method="post" replace encType="multipart/form-data" className="draft-photo__upload" noValidate>
        <input type="hidden" name="intent" value="upload-photo" />
        <TextField label={words.choose} hint={words.hint} name="photo" type="file" accept="image/jpeg,image/png,image/webp" error={uploadError} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? words.uploading : words.upload}
        </button>
      </Form>
    </section>
  );
}

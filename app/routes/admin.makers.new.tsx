import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { FormMessage, TextArea, TextField } from "~/components/admin/field";
import { createMakerAsStaff } from "~/models/admin-makers.server";
import { fieldErrors } from "~/utils/admin-forms";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { makerRecordSchema } from "~/utils/maker-profile-form";
import { PERMISSIONS } from "~/utils/permissions";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "New maker — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.makers);
  return json({}, { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.makers);
  const form = Object.fromEntries(await readForm(request));
  const parsed = makerRecordSchema.safeParse(form);
  if (!parsed.success) {
    const values = { internalLabel: String(form.internalLabel ?? ""), privateNotes: String(form.privateNotes ?? "") };
    return json({ errors: fieldErrors(parsed.error), values }, { status: 400, headers: NO_STORE });
  }
  const maker = await createMakerAsStaff(actorFor(request, user), parsed.data);
  return redirect(`/admin/makers/${maker.id}?notice=created`, { headers: NO_STORE });
}

export default function NewMaker() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/makers">Makers</Link>
      </p>
      <h1 className="admin-title">New maker</h1>
      <p className="muted">
        This creates the staff record only. Nothing about her is public until she approves it herself in her maker pages.
      </p>
      {actionData ? <FormMessage>Please correct the fields marked below.</FormMessage> : null}
      <Form method="post" className="stack maker-admin-form" noValidate>
        <TextField
          label="Internal label"
          name="internalLabel"
          required
          maxLength={80}
          hint="For staff only, never shown to the public; for example “Maker 042”. Avoid her full name."
          defaultValue={actionData?.values.internalLabel}
          error={errors.internalLabel}
        />
        <TextArea
          label="Private notes"
          name="privateNotes"
          rows={4}
          maxLength={4000}
          hint="For staff only, never shown to the public. Keep to what the team needs to support her work."
          defaultValue={actionData?.values.privateNotes}
          error={errors.privateNotes}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            Create maker
          </button>
        </div>
      </Form>
    </>
  );
}

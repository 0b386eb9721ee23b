import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { CollectionEditor } from "~/components/admin/collection-editor";
import { CollectionConflictError, createCollection } from "~/models/admin-collections.server";
import { useShopCurrency } from "~/root";
import contentStyles from "~/styles/admin-content.css";
import { parseCollectionForm } from "~/utils/admin-collection-form.server";
import { writeWithHero } from "~/utils/admin-editor-submit.server";
import { formValues } from "~/utils/admin-forms";

import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";
import { readUploadForm } from "~/services/images.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: contentStyles }];
export const meta: MetaFunction = () => [{ title: "New collection — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.collections);
  return json(null, { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.collections);
  const form = await readUploadForm(request);
  if (!form) return json({ errors: { heroImage: "The image is larger than 10 MB." } }, { status: 413, headers: NO_STORE });
  const failed = (errors: Record<string, string>) => json({ errors, values: formValues(form) }, { status: 400, headers: NO_STORE });
  const parsed = parseCollectionForm(form);
  if (!parsed.ok) return failed(parsed.errors);
  let id = "";
  const errors = await writeWithHero(
    form,
    { heroAlt: parsed.input.heroAlt, hasHero: false },
    (error) => error instanceof CollectionConflictError,
    async (heroImageKey) => {
      id = await createCollection(actorFor(request, user), parsed.input, heroImageKey);
    },
  );
  if (errors) return failed(errors);
  return redirect(`/admin/collections/${id}?notice=created`, { headers: NO_STORE });
}

export default function NewCollection() {
  const result = useActionData<typeof action>();
  const currency = useShopCurrency();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/collections">Collections</Link>
      </p>
      <h1 className="admin-title">New collection</h1>
      <p className="muted">It starts as a draft; publish it when its pieces and introduction are ready.</p>
      <CollectionEditor collection={null} result={result} submitLabel="Create draft" currency={currency} />
    </>
  );
}

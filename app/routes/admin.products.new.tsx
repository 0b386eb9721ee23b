import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProductEditor } from "~/components/admin/product-editor";
import { createProduct, listCollectionChoices, ProductConflictError } from "~/models/admin-products.server";
import { listMakerChoices } from "~/models/admin-makers.server";
import { formValues } from "~/utils/admin-forms";
import { parseProductForm } from "~/utils/admin-product-form.server";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "New product — Belonging back office" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.products);
  const [collections, makers] = await Promise.all([listCollectionChoices(), listMakerChoices()]);
  return json({ collections, makers }, { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.products);
  const form = await readForm(request);
  const failed = (errors: Record<string, string>) =>
    json({ errors, values: formValues(form), collectionIds: form.getAll("collectionIds").map(String), makerIds: form.getAll("makerIds").map(String) }, { status: 400, headers: NO_STORE });
  const parsed = parseProductForm(form);
  if (!parsed.ok) return failed(parsed.errors);
  try {
    const id = await createProduct(actorFor(request, user), parsed.input);
    return redirect(`/admin/products/${id}?notice=created`, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof ProductConflictError) return failed(error.errors);
    throw error;
  }
}

export default function NewProduct() {
  const { collections, makers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/products">Products</Link>
      </p>
      <h1 className="admin-title">New product</h1>
      <p className="muted">It starts as a draft; publish it once it has an image.</p>
      <ProductEditor product={null} collections={collections} makers={makers} result={result} submitLabel="Create draft" />
    </>
  );
}

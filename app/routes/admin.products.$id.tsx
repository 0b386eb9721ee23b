import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { ProductHeader } from "~/components/admin/product-bits";
import { ProductEditor } from "~/components/admin/product-editor";
import {
  getProductForEdit,
  listCollectionChoices,
  ProductConflictError,
  ProductNotFoundError,
  PublishBlockedError,
  setProductStatus,
  updateProduct,
} from "~/models/admin-products.server";
import { listMakerChoices } from "~/models/admin-makers.server";
import { formValues } from "~/utils/admin-forms";
import { parseProductForm } from "~/utils/admin-product-form.server";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";
import { PublicationStatusBar } from "~/components/admin/publication-status-bar";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.product.name ?? "Product"} — Belonging back office` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.products);
  const [product, collections, makers] = await Promise.all([getProductForEdit(params.id ?? ""), listCollectionChoices(), listMakerChoices()]);
  if (!product) throw json({ message: "No such product." }, { status: 404, headers: NO_STORE });
  const created = new URL(request.url).searchParams.get("notice") === "created";
  return json({ product, collections, makers, created }, { headers: NO_STORE });
}

const statusSchema = z.object({ intent: z.literal("status"), status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.products);
  const actor = actorFor(request, user);
  const id = params.id ?? "";
  const form = await readForm(request);
  try {
    if (form.get("intent") === "status") {
      const parsed = statusSchema.safeParse(Object.fromEntries(form));
      if (!parsed.success) return json({ kind: "status" as const, ok: false, message: "Choose draft, published or archived." }, { status: 400, headers: NO_STORE });
      await setProductStatus(actor, id, parsed.data.status);
      return json({ kind: "status" as const, ok: true, message: STATUS_DONE[parsed.data.status] }, { headers: NO_STORE });
    }
    const failed = (errors: Record<string, string>) =>
      json(
        { kind: "save" as const, ok: false, errors, values: formValues(form), collectionIds: form.getAll("collectionIds").map(String), makerIds: form.getAll("makerIds").map(String) },
        { status: 400, headers: NO_STORE },
      );
    const parsed = parseProductForm(form);
    if (!parsed.ok) return failed(parsed.errors);
    try {
      await updateProduct(actor, id, parsed.input);
    } catch (error) {
      if (error instanceof ProductConflictError) return failed(error.errors);
      throw error;
    }
    return json({ kind: "save" as const, ok: true, message: "Saved." }, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof ProductNotFoundError) throw json({ message: "No such product." }, { status: 404, headers: NO_STORE });
    if (error instanceof PublishBlockedError) return json({ kind: "status" as const, ok: false, message: error.message }, { status: 409, headers: NO_STORE });
    throw error;
  }
}

const STATUS_DONE = { DRAFT: "Unpublished: it is a draft again.", PUBLISHED: "Published: it is in the shop now.", ARCHIVED: "Archived." } as const;

export default function EditProduct() {
  const { product, collections, makers, created } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const saveResult = actionData?.kind === "save" && "errors" in actionData ? actionData : undefined;
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "status";
  return (
    <>
      <ProductHeader product={product} current="details" />
      {created && !actionData ? <FormMessage tone="success">Draft created. Add images, then publish it.</FormMessage> : null}
      {actionData && "message" in actionData && actionData.ok ? <FormMessage tone="success">{actionData.message}</FormMessage> : null}
      {actionData?.kind === "status" && !actionData.ok ? <FormMessage>{actionData.message}</FormMessage> : null}
      <PublicationStatusBar status={product.status} publicPath={`/products/${product.handle}`} busy={busy} />
      <ProductEditor key={product.updatedAt} product={product} collections={collections} makers={makers} result={saveResult} submitLabel="Save changes" />
    </>
  );
}

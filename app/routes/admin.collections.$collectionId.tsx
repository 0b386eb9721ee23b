import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CollectionEditor } from "~/components/admin/collection-editor";
import { FormMessage, SelectField } from "~/components/admin/field";
import { StatusPill } from "~/components/admin/product-bits";
import {
  addCollectionProduct,
  CollectionConflictError,
  CollectionNotFoundError,
  getCollectionForEdit,
  listAddableProducts,
  moveCollectionProduct,
  removeCollectionProduct,
  setCollectionStatus,
  updateCollection,
} from "~/models/admin-collections.server";
import { useShopCurrency } from "~/root";
import contentStyles from "~/styles/admin-content.css";
import { parseCollectionForm } from "~/utils/admin-collection-form.server";
import { writeWithHero } from "~/utils/admin-editor-submit.server";
import { formatMinorUnits, formValues } from "~/utils/admin-forms";
import { NO_STORE } from "~/utils/http-cache";
import { currencyDigits } from "~/utils/money";

import { actorFor, requireStaff } from "~/utils/auth.server";
import { getEnv } from "~/utils/env.server";
import { PERMISSIONS } from "~/utils/permissions";
import { PublicationStatusBar } from "~/components/admin/publication-status-bar";
import { readUploadForm } from "~/services/images.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: contentStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.collection.title ?? "Collection"} — Belonging back office` }];

const notFound = () => json({ message: "No such collection." }, { status: 404, headers: NO_STORE });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.collections);
  const id = params.collectionId ?? "";
  const [collection, addable] = await Promise.all([getCollectionForEdit(id), listAddableProducts(id)]);
  if (!collection) throw notFound();
  const digits = currencyDigits(getEnv().SHOP_CURRENCY);
  const amount = (units: number | null) => (units === null ? "" : formatMinorUnits(units, digits));
  const created = new URL(request.url).searchParams.get("notice") === "created";
  return json(
    { collection: { ...collection, priceMin: amount(collection.priceMin), priceMax: amount(collection.priceMax) }, addable, created },
    { headers: NO_STORE },
  );
}

const productId = z.string().min(1, "Choose a piece.").max(64);
const memberSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("status"), status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]) }),
  z.object({ intent: z.literal("add"), productId }),
  z.object({ intent: z.literal("remove"), productId }),
  z.object({ intent: z.literal("move"), productId, direction: z.enum(["up", "down"]) }),
]);

const DONE = {
  add: "Added.",
  remove: "Removed from the collection.",
  move: "Moved.",
  DRAFT: "Unpublished: it is a draft again.",
  PUBLISHED: "Published: it is in the shop now.",
  ARCHIVED: "Archived.",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.collections);
  const actor = actorFor(request, user);
  const id = params.collectionId ?? "";
  const form = await readUploadForm(request);
  if (!form) return json({ kind: "save" as const, errors: { heroImage: "The image is larger than 10 MB." } }, { status: 413, headers: NO_STORE });
  try {
    if (form.get("intent") === "save") {
      const failed = (errors: Record<string, string>) => json({ kind: "save" as const, errors, values: formValues(form) }, { status: 400, headers: NO_STORE });
      const parsed = parseCollectionForm(form);
      if (!parsed.ok) return failed(parsed.errors);
      const current = await getCollectionForEdit(id);
      if (!current) throw new CollectionNotFoundError();
      const errors = await writeWithHero(
        form,
        { heroAlt: parsed.input.heroAlt, hasHero: current.heroImageKey !== null },
        (error) => error instanceof CollectionConflictError,
        (heroImageKey) => updateCollection(actor, id, parsed.input, heroImageKey),
      );
      if (errors) return failed(errors);
      return json({ kind: "done" as const, message: "Saved." }, { headers: NO_STORE });
    }
    const parsed = memberSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
    if (!parsed.success) return json({ kind: "member" as const, error: "Choose a piece and what to do with it." }, { status: 400, headers: NO_STORE });
    const input = parsed.data;
    switch (input.intent) {
      case "status":
        await setCollectionStatus(actor, id, input.status);
        return json({ kind: "done" as const, message: DONE[input.status] }, { headers: NO_STORE });
      case "add":
        await addCollectionProduct(actor, id, input.productId);
        break;
      case "remove":
        await removeCollectionProduct(actor, id, input.productId);
        break;
      case "move":
        await moveCollectionProduct(actor, id, input.productId, input.direction);
        break;
    }
    return json({ kind: "done" as const, message: DONE[input.intent] }, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof CollectionNotFoundError) throw notFound();
    if (error instanceof CollectionConflictError) {
      return json({ kind: "member" as const, error: Object.values(error.errors)[0]! }, { status: 409, headers: NO_STORE });
    }
    throw error;
  }
}

export default function EditCollection() {
  const { collection, addable, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const currency = useShopCurrency();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") !== "save";
  const handPicked = collection.priceMin === "" && collection.priceMax === "";
  const count = collection.products.length;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/collections">Collections</Link>
      </p>
      <div className="admin-head">
        <h1 className="admin-title">{collection.title}</h1>
        <StatusPill status={collection.status} />
      </div>
      {result?.kind === "done" ? <FormMessage tone="success">{result.message}</FormMessage> : null}
      {created && !result ? <FormMessage tone="success">Draft created.{handPicked ? " Add its pieces below, then publish it." : ""}</FormMessage> : null}
      {result?.kind === "member" ? <FormMessage>{result.error}</FormMessage> : null}
      <PublicationStatusBar status={collection.status} publicPath={`/collections/${collection.handle}`} busy={busy} />

      <section className="admin-section" aria-labelledby="pieces-heading">
        <h2 id="pieces-heading">Pieces, in the order shoppers see them</h2>
        {!handPicked ? (
          <p>This collection fills itself with every published piece in its price band. Remove the band below to choose pieces by hand.</p>
        ) : (
          <>
            {count === 0 ? (
              <p>No pieces yet.</p>
            ) : (
              <ol className="collection-products">
                {collection.products.map((member, index) => (
                  <li key={member.productId} className="collection-product">
                    <span className="collection-product__position" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="collection-product__name">
                      <Link to={`/admin/products/${member.productId}`}>{member.product.name}</Link>
                      {member.product.status !== "PUBLISHED" ? <span className="cell-note"> (not in the shop: {member.product.status.toLowerCase()})</span> : null}
                    </span>
                    <Form method="post">
                      <input type="hidden" name="productId" value={member.productId} />
                      <input type="hidden" name="intent" value="move" />
                      <button type="submit" name="direction" value="up" className="button button--quiet button--small" disabled={busy || index === 0}>
                        Move up<span className="visually-hidden"> {member.product.name}</span>
                      </button>
                      <button type="submit" name="direction" value="down" className="button button--quiet button--small" disabled={busy || index === count - 1}>
                        Move down<span className="visually-hidden"> {member.product.name}</span>
                      </button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="productId" value={member.productId} />
                      <button type="submit" name="intent" value="remove" className="button button--quiet button--small" disabled={busy}>
                        Remove<span className="visually-hidden"> {member.product.name}</span>
                      </button>
                    </Form>
                  </li>
                ))}
              </ol>
            )}
            {addable.length > 0 ? (
              <Form method="post" className="add-product">
                <input type="hidden" name="intent" value="add" />
                <SelectField label="Add a piece" name="productId" defaultValue="">
                  <option value="">Choose a piece</option>
                  {addable.map((product) => (
                    <option key={product.id} value={product.id}>
                      {product.name}
                      {product.status === "DRAFT" ? " (draft)" : ""}
                    </option>
                  ))}
                </SelectField>
                <button type="submit" className="button button--small" disabled={busy}>
                  Add
                </button>
              </Form>
            ) : null}
          </>
        )}
      </section>

      <section className="admin-section" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <CollectionEditor
          key={collection.updatedAt}
          collection={collection}
          result={result?.kind === "save" ? result : undefined}
          submitLabel="Save changes"
          currency={currency}
        />
      </section>
    </>
  );
}

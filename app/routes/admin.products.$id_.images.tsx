import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { FormMessage, TextField } from "~/components/admin/field";
import { ProductHeader } from "~/components/admin/product-bits";
import { ResponsiveImage } from "~/components/responsive-image";
import {
  addProductImage,
  getProductImages,
  ImageNotFoundError,
  moveImage,
  removeImage,
  updateImageAlt,
} from "~/models/admin-product-images.server";
import { ProductNotFoundError } from "~/models/admin-products.server";
import { getImageStore } from "~/services/image-store.server";
import { ImageRejectedError, readUploadForm } from "~/services/images.server";
import { fieldErrors } from "~/utils/admin-forms";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Images of ${data?.product.name ?? "a product"} — Belonging back office` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.products);
  const product = await getProductImages(params.id ?? "");
  if (!product) throw json({ message: "No such product." }, { status: 404, headers: NO_STORE });
  return json({ product }, { headers: NO_STORE });
}

const alt = z
  .string()
  .trim()
  .min(1, "Describe the image for people who cannot see it.")
  .max(300, "Keep the description under 300 characters.");
const imageId = z.string().min(1).max(64);
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("upload"), alt }),
  z.object({ intent: z.literal("alt"), imageId, alt }),
  z.object({ intent: z.literal("move"), imageId, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.literal("remove"), imageId }),
]);

type Result = { intent: string; imageId?: string; ok: boolean; message: string; errors?: Record<string, string>; alt?: string };
const reply = (result: Result, status = 200) => json(result, { status, headers: NO_STORE });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.products);
  const actor = actorFor(request, user);
  const productId = params.id ?? "";
  const form = await readUploadForm(request);
  if (!form) {
    return reply({ intent: "upload", ok: false, message: "Nothing was uploaded.", errors: { image: "The image is larger than 10 MB." } }, 413);
  }
  const fields = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  const intent = typeof fields.intent === "string" ? fields.intent : "";
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const imageIdField = typeof fields.imageId === "string" ? fields.imageId : undefined;
    return reply({ intent, imageId: imageIdField, ok: false, message: "Nothing was saved.", errors: fieldErrors(parsed.error), alt: String(fields.alt ?? "") }, 400);
  }
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "upload": {
        const file = form.get("image");
        if (!(file instanceof File) || file.size === 0) {
          return reply({ intent, ok: false, message: "Nothing was uploaded.", errors: { image: "Choose an image file." }, alt: input.alt }, 400);
        }
        const store = getImageStore();
        let stored;
        try {
          stored = await store.save(Buffer.from(await file.arrayBuffer()));
        } catch (error) {
          if (error instanceof ImageRejectedError) {
            return reply({ intent, ok: false, message: "Nothing was uploaded.", errors: { image: error.message }, alt: input.alt }, 422);
          }
          throw error;
        }
        try {
          await addProductImage(actor, productId, { ...stored, alt: input.alt });
        } catch (error) {
          await store.remove(stored.key);
          throw error;
        }
        return reply({ intent, ok: true, message: "Image added." });
      }
      case "alt":
        await updateImageAlt(actor, productId, input.imageId, input.alt);
        return reply({ intent, imageId: input.imageId, ok: true, message: "Description saved." });
      case "move":
        await moveImage(actor, productId, input.imageId, input.direction);
        return reply({ intent, imageId: input.imageId, ok: true, message: "Moved." });
      case "remove": {
        const key = await removeImage(actor, productId, input.imageId);
        await getImageStore().remove(key);
        return reply({ intent, ok: true, message: "Image removed." });
      }
    }
  } catch (error) {
    if (error instanceof ProductNotFoundError || error instanceof ImageNotFoundError) {
      return reply({ intent, ok: false, message: "That image or product no longer exists; reload the page." }, 404);
    }
    throw error;
  }
}

type ActionData = SerializeFrom<typeof action>;

export default function ProductImages() {
  const { product } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const pageMessage = actionData && (actionData.intent === "upload" || actionData.intent === "remove" || !actionData.imageId) ? actionData : undefined;
  return (
    <>
      <ProductHeader product={product} current="images" />
      {pageMessage && pageMessage.intent !== "upload" ? (
        <FormMessage tone={pageMessage.ok ? "success" : "error"}>{pageMessage.message}</FormMessage>
      ) : null}
      <UploadForm result={pageMessage?.intent === "upload" ? pageMessage : undefined} />
      <section className="admin-section" aria-labelledby="images-heading">
        <h2 id="images-heading">Images, in the order shoppers see them</h2>
        {product.images.length === 0 ? (
          <p>No images yet. A product needs at least one before it can be published.</p>
        ) : (
          <ol className="image-list">
            {product.images.map((image, index) => (
              <ImageCard
                key={image.id}
                image={image}
                index={index}
                count={product.images.length}
                pageResult={actionData?.imageId === image.id ? actionData : undefined}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function UploadForm({ result }: { result: ActionData | undefined }) {
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const uploading = navigation.state === "submitting" && navigation.formData?.get("intent") === "upload";
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  useEffect(() => {
    if (result?.ok) formRef.current?.reset();
  }, [result]);
  return (
    <section className="admin-section" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Add an image</h2>
      {result ? <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage> : null}
      <Form method="post" encType="multipart/form-data" ref={formRef} className="form-grid" noValidate>
        <input type="hidden" name="intent" value="upload" />
        <TextField
          label="Image file"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          hint="JPEG, PNG or WebP, up to 10 MB, at least 400 pixels on the shorter side. Location and camera details are removed."
          error={errors.image}
        />
        <TextField
          label="Description (alt text)"
          name="alt"
          required
          hint="What a shopper would see: the piece, its colours, how it is worn."
          defaultValue={result && !result.ok ? result.alt : undefined}
          error={errors.alt}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={uploading}>
            {uploading ? "Uploading…" : "Upload"}
          </button>
        </div>
      </Form>
    </section>
  );
}

type Image = { id: string; key: string; alt: string; width: number; height: number };

function ImageCard({ image, index, count, pageResult }: { image: Image; index: number; count: number; pageResult: ActionData | undefined }) {
  const fetcher = useFetcher<typeof action>();
  const result = fetcher.data ?? pageResult;
  const altError = result && !result.ok && result.intent === "alt" ? result.errors?.alt : undefined;
  const label = `image ${index + 1}`;
  return (
    <li className="image-card">
      <ResponsiveImage imageKey={image.key} width={image.width} height={image.height} alt={image.alt} sizes="16rem" />
      <fetcher.Form method="post" className="stack">
        <input type="hidden" name="intent" value="alt" />
        <input type="hidden" name="imageId" value={image.id} />
        <TextField
          label={`Description of ${label}`}
          id={`alt-${image.id}`}
          name="alt"
          defaultValue={altError && result?.alt !== undefined ? result.alt : image.alt}
          error={altError}
        />
        <button type="submit" className="button button--quiet button--small">
          Save description<span className="visually-hidden"> of {label}</span>
        </button>
      </fetcher.Form>
      <fetcher.Form method="post" className="image-card__actions">
        <input type="hidden" name="imageId" value={image.id} />
        <input type="hidden" name="intent" value="move" />
        <button type="submit" name="direction" value="up" className="button button--quiet button--small" disabled={index === 0}>
          Earlier<span className="visually-hidden"> ({label})</span>
        </button>
        <button type="submit" name="direction" value="down" className="button button--quiet button--small" disabled={index === count - 1}>
          Later<span className="visually-hidden"> ({label})</span>
        </button>
      </fetcher.Form>
      <fetcher.Form method="post" className="image-card__actions">
        <input type="hidden" name="imageId" value={image.id} />
        <button type="submit" name="intent" value="remove" className="button button--quiet button--small">
          Remove<span className="visually-hidden"> {label}</span>
        </button>
      </fetcher.Form>
      {result && result.intent !== "alt" ? (
        <p role={result.ok ? "status" : "alert"} className={result.ok ? "cell-note" : "field__error"}>
          {result.message}
        </p>
      ) : result?.ok ? (
        <p role="status" className="cell-note">
          {result.message}
        </p>
      ) : null}
    </li>
  );
}

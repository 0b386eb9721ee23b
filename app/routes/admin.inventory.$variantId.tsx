import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { FormMessage, SelectField, TextField } from "~/components/admin/field";
import { formatDateTime } from "~/components/admin/format";
import { StockPill } from "~/components/admin/stock-pill";
import { adjustStock, getVariantLedger, StockBelowReservedError, VariantNotFoundError } from "~/models/admin-inventory.server";
import { ADJUST_REASONS, LEDGER_LIMIT } from "~/utils/admin";
import { fieldErrors, formValues } from "~/utils/admin-forms";
import { actorFor, requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Stock of ${data?.variant.sku ?? "a variant"} — Belonging back office` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.inventory);
  const variant = await getVariantLedger(params.variantId ?? "");
  if (!variant) throw json({ message: "No such variant." }, { status: 404, headers: NO_STORE });
  return json({ variant }, { headers: NO_STORE });
}

const REASON_LABELS: Record<(typeof ADJUST_REASONS)[number] | "INITIAL" | "SOLD", string> = {
  RECEIVED: "Received from the studio",
  CORRECTION: "Correction after a count",
  DAMAGED: "Damaged",
  RETURNED: "Returned by a customer",
  INITIAL: "Opening stock",
  SOLD: "Sold",
};

const schema = z.object({
  delta: z
    .string()
    .trim()
    .regex(/^[+-]?\d{1,5}$/, "Enter a whole number: 5 adds five, -2 takes two away.")
    .transform(Number)
    .refine((n) => n !== 0, "Enter a change other than 0."),
  reason: z.enum(ADJUST_REASONS, { errorMap: () => ({ message: "Choose a reason." }) }),
  note: z
    .string()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .transform((note) => note || null),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request, PERMISSIONS.inventory);
  const form = await readForm(request);
  const parsed = schema.safeParse(Object.fromEntries(form));
  const failed = (errors: Record<string, string>, status = 400) =>
    json({ ok: false as const, errors, values: formValues(form), message: null }, { status, headers: NO_STORE });
  if (!parsed.success) return failed(fieldErrors(parsed.error));
  try {
    const after = await adjustStock(actorFor(request, user), params.variantId ?? "", parsed.data);
    return json({ ok: true as const, errors: {}, values: null, message: `Saved. On hand is now ${after.onHand}; ${after.onHand - after.reserved} available.` }, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof StockBelowReservedError) {
      return failed(
        { delta: `On hand cannot go below the ${error.reserved} reserved for open orders: with ${error.onHand} on hand, take away at most ${error.onHand - error.reserved}.` },
        409,
      );
    }
    if (error instanceof VariantNotFoundError) throw json({ message: "No such variant." }, { status: 404, headers: NO_STORE });
    throw error;
  }
}

export default function VariantStock() {
  const { variant } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const values = result?.values ?? undefined;
  useEffect(() => {
    if (result?.ok) formRef.current?.reset();
  }, [result]);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/inventory">Inventory</Link>
      </p>
      <h1 className="admin-title">
        {variant.product.name}: {variant.title}
      </h1>
      <p className="muted">
        SKU {variant.sku} · <Link to={`/admin/products/${variant.product.id}`}>Edit product</Link>
        {variant.product.status === "PUBLISHED" ? (
          <>
            {" "}
            · <Link to={`/products/${variant.product.handle}`}>See it in the shop</Link>
          </>
        ) : null}
      </p>
      <dl className="stat-grid">
        <div className="stat">
          <dt>On hand</dt>
          <dd>{variant.onHand}</dd>
        </div>
        <div className="stat">
          <dt>Reserved</dt>
          <dd>{variant.reserved}</dd>
        </div>
        <div className="stat">
          <dt>Available</dt>
          <dd>{variant.available}</dd>
        </div>
        <div className="stat">
          <dt>Stock</dt>
          <dd>
            <StockPill available={variant.available} threshold={variant.lowStockThreshold} />
          </dd>
        </div>
      </dl>

      <section className="admin-section" aria-labelledby="adjust-heading">
        <h2 id="adjust-heading">Adjust stock</h2>
        {result?.ok ? <FormMessage tone="success">{result.message}</FormMessage> : null}
        {result && !result.ok ? <FormMessage>Nothing was changed. Please correct the fields marked below.</FormMessage> : null}
        <Form method="post" ref={formRef} className="form-grid" noValidate>
          <TextField
            label="Change in on hand"
            name="delta"
            inputMode="numeric"
            required
            hint="5 adds five; -2 takes two away."
            defaultValue={values?.delta}
            error={errors.delta}
          />
          <SelectField label="Reason" name="reason" required defaultValue={values?.reason ?? ""} error={errors.reason}>
            <option value="">Choose…</option>
            {ADJUST_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </SelectField>
          <TextField label="Note (optional)" name="note" defaultValue={values?.note} error={errors.note} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={navigation.state === "submitting"}>
              Save adjustment
            </button>
          </div>
        </Form>
      </section>

      <section className="admin-section" aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">History</h2>
        {variant.ledger.length === 0 ? (
          <p>No stock changes yet.</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="ledger-caption" tabIndex={0}>
            <table className="admin-table">
              <caption id="ledger-caption"><span>Every change to on-hand stock, newest first (the latest {LEDGER_LIMIT})</span></caption>
              <thead>
                <tr>
                  <th scope="col">When (UTC)</th>
                  <th scope="col" className="num">Change</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Note</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {variant.ledger.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{formatDateTime(entry.createdAt)}</th>
                    <td className="num">{entry.delta > 0 ? `+${entry.delta}` : entry.delta}</td>
                    <td>{REASON_LABELS[entry.reason]}</td>
                    <td>{entry.note ?? (entry.orderId ? `Order ${entry.orderId}` : "—")}</td>
                    <td>{entry.actorName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

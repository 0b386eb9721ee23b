import { Form, Link } from "@remix-run/react";
import { TextField } from "~/components/admin/field";
import { formatMoney } from "~/utils/money";
import type { RefundConfirmation } from "~/utils/refund-form";

type Line = { id: string; productName: string; variantTitle: string; unitPrice: number; quantity: number; refundedQuantity: number };
type Order = { currency: string; total: number; refundedAmount: number; provider: string; lines: Line[] };
type Result = { errors?: Record<string, string>; values?: Record<string, string> } | undefined;

/**
 * Step one of a refund: what was paid, already refunded and left; how many of each piece; an
 * amount that starts empty (the chosen pieces' prices when left empty); whether the pieces go
 * back in stock. Nothing reaches the payment provider from here: it asks for a confirmation.
 */
export function RefundForm({ order, refundKey, result, busy, cancellable }: { order: Order; refundKey: string; result: Result; busy: boolean; cancellable: boolean }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  const errors = result?.errors ?? {};
  const values = result?.values ?? {};
  const left = order.total - order.refundedAmount;
  return (
    <>
      <Form method="post" className="stack order-admin__form" noValidate>
        <h3>Refund</h3>
        <input type="hidden" name="key" value={refundKey} />
        <dl className="order-admin__facts">
          <div>
            <dt>Paid</dt>
            <dd>{money(order.total)}</dd>
          </div>
          <div>
            <dt>Already refunded</dt>
            <dd>{money(order.refundedAmount)}</dd>
          </div>
          <div>
            <dt>Left to refund</dt>
            <dd>{money(left)}</dd>
          </div>
        </dl>
        <fieldset className="refund-lines">
          <legend>Pieces to refund</legend>
          {order.lines.map((line) => {
            const remaining = line.quantity - line.refundedQuantity;
            const name = `qty.${line.id}`;
            return (
              <TextField
                key={line.id}
                label={`${line.productName} (${line.variantTitle}), ${money(line.unitPrice)} each`}
                name={name}
                type="number"
                min={0}
                max={remaining}
                inputMode="numeric"
                disabled={remaining === 0}
                defaultValue={values[name] ?? ""}
                hint={remaining === 0 ? "All refunded." : `Up to ${remaining}.`}
                error={errors[name]}
              />
            );
          })}
        </fieldset>
        <TextField
          label={`Amount (${order.currency})`}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.amount ?? ""}
          hint="Leave empty to refund the chosen pieces' prices. Type an amount to refund something else, such as shipping."
          error={errors.amount}
        />
        <label className="checkbox">
          <input type="checkbox" name="restock" defaultChecked={values.restock === "on"} aria-describedby={errors.restock ? "restock-error" : undefined} />
          Put the refunded pieces back in stock
        </label>
        {errors.restock ? (
          <p className="field__error" id="restock-error">
            {errors.restock}
          </p>
        ) : null}
        <TextField label="Reason (optional)" name="reason" defaultValue={values.reason} error={errors.reason} />
        <div>
          <button type="submit" name="intent" value="refund-review" className="button button--small" disabled={busy}>
            Review refund
          </button>
        </div>
      </Form>
      {cancellable ? (
        <Form method="post" className="stack order-admin__form" noValidate>
          <h3>Cancel this order</h3>
          <input type="hidden" name="key" value={refundKey} />
          <p className="field__hint">It has not shipped. Cancelling refunds the {money(left)} left and closes the order.</p>
          <label className="checkbox">
            <input type="checkbox" name="restock" defaultChecked />
            Put its pieces back in stock
          </label>
          <TextField label="Reason (optional)" name="reason" id="cancel-reason" />
          <div>
            <button type="submit" name="intent" value="cancel-review" className="button button--small button--danger" disabled={busy}>
              Review cancellation
            </button>
          </div>
        </Form>
      ) : null}
    </>
  );
}

/** Step two: the amount in figures and in words, the pieces, the stock choice; only this calls the provider. */
export function RefundConfirmationForm({ confirm, orderPath, busy }: { confirm: RefundConfirmation & { key: string; cancel: boolean }; orderPath: string; busy: boolean }) {
  return (
    <Form method="post" className="stack order-admin__form refund-confirm" aria-labelledby="refund-confirm-heading">
      <h3 id="refund-confirm-heading">{confirm.cancel ? "Cancel this order and refund it?" : "Refund this amount?"}</h3>
      <p className="refund-confirm__amount">
        <strong>{confirm.formatted}</strong>
        <br />
        {confirm.words}
      </p>
      {confirm.pieces.length > 0 ? (
        <ul className="order-admin__list">
          {confirm.pieces.map((piece) => (
            <li key={piece.orderLineId}>
              {piece.quantity} × {piece.name}
            </li>
          ))}
        </ul>
      ) : (
        <p>No pieces: only money is refunded.</p>
      )}
      <p>{confirm.restock ? "The pieces go back in stock." : "Stock stays as it is."}</p>
      {confirm.reason ? <p>Reason: {confirm.reason}</p> : null}
      <input type="hidden" name="key" value={confirm.key} />
      <input type="hidden" name="confirmedAmount" value={confirm.amount} />
      {confirm.cancel ? null : <input type="hidden" name="amount" value={confirm.amountText} />}
      {confirm.cancel ? null : confirm.lines.map((line) => <input key={line.orderLineId} type="hidden" name={`qty.${line.orderLineId}`} value={line.quantity} />)}
      {confirm.restock ? <input type="hidden" name="restock" value="on" /> : null}
      <input type="hidden" name="reason" value={confirm.reason} />
      <div className="form-actions">
        <button type="submit" name="intent" value={confirm.cancel ? "cancel-paid" : "refund"} className="button button--small button--danger" disabled={busy}>
          {confirm.cancel ? `Yes, cancel and refund ${confirm.formatted}` : `Yes, refund ${confirm.formatted}`}
        </button>
        <Link to={orderPath}>No, go back</Link>
      </div>
    </Form>
  );
}

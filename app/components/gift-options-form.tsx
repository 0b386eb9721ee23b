import { useFetcher } from "@remix-run/react";
import { useShopCurrency } from "~/root";
import type { action as cartAction, CartActionData } from "~/routes/cart";
import { formatMoney } from "~/utils/money";
import { GIFT_NOTE_MAX, GIFT_WRAP_PRICE } from "~/utils/shop";

type Props = { giftNote: string; giftWrap: boolean; hidePrices: boolean; answer?: CartActionData };

/** Gift wrap, a note for the card and prices off the packing slip; saved together. */
export function GiftOptionsForm({ giftNote, giftWrap, hidePrices, answer }: Props) {
  const currency = useShopCurrency();
  const fetcher = useFetcher<typeof cartAction>();
  const result = fetcher.state === "idle" ? (fetcher.data ?? answer) : undefined;
  const error = result && !result.ok ? result.error : null;

  return (
    <section className="gift-options" aria-labelledby="gift-heading">
      <h2 id="gift-heading">Sending it as a gift?</h2>
      <fetcher.Form method="post" action="/cart">
        <input type="hidden" name="intent" value="gift" />
        <div className="check">
          <input type="checkbox" id="gift-wrap" name="giftWrap" defaultChecked={giftWrap} aria-describedby="gift-wrap-hint" />
          <label htmlFor="gift-wrap">Gift wrap for {formatMoney(GIFT_WRAP_PRICE, currency)}</label>
          <p id="gift-wrap-hint" className="hint">
            Recycled paper, a cotton ribbon and a plain card.
          </p>
        </div>
        <div className="field">
          <label htmlFor="gift-note">
            Gift note <span className="muted">(optional)</span>
          </label>
          <textarea
            id="gift-note"
            name="giftNote"
            rows={3}
            maxLength={GIFT_NOTE_MAX}
            defaultValue={giftNote}
            aria-describedby={error ? "gift-note-hint gift-error" : "gift-note-hint"}
            aria-invalid={error ? true : undefined}
          />
          <p id="gift-note-hint" className="hint">
            Up to {GIFT_NOTE_MAX} characters, printed on the card in the parcel.
          </p>
        </div>
        <div className="check">
          <input type="checkbox" id="hide-prices" name="hidePrices" defaultChecked={hidePrices} />
          <label htmlFor="hide-prices">Hide prices on the packing slip</label>
        </div>
        <button type="submit" className="button button--quiet">
          Save gift options
        </button>
        <div role="status" id="gift-error" className={error ? "gift-options__status gift-options__status--error" : "gift-options__status"}>
          {result ? (result.ok ? "Gift options saved." : result.error) : null}
        </div>
      </fetcher.Form>
    </section>
  );
}

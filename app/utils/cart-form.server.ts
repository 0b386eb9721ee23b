// The bag's query string and form fields, validated on the server only: kept out of the route
// module so the browser bundle of the bag page does not carry zod.
import { z } from "zod";
import { GIFT_NOTE_MAX, MAX_LINE_QUANTITY } from "~/utils/shop";

export const cartSearch = z.object({ capped: z.string().max(64).optional().catch(undefined) });

const QUANTITY_MESSAGE = `Please enter a quantity from 1 to ${MAX_LINE_QUANTITY}.`;
const quantity = z.coerce
  .number({ invalid_type_error: QUANTITY_MESSAGE })
  .int(QUANTITY_MESSAGE)
  .min(1, QUANTITY_MESSAGE)
  .max(MAX_LINE_QUANTITY, QUANTITY_MESSAGE);
const MISSING = "Something in that form was missing. Please try again.";
const id = z.string({ required_error: MISSING, invalid_type_error: MISSING }).trim().min(1, MISSING).max(64, MISSING);
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const cartAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), variantId: id, quantity }),
  z.object({ intent: z.literal("update"), lineId: id, quantity }),
  z.object({ intent: z.literal("remove"), lineId: id }),
  z.object({
    intent: z.literal("gift"),
    giftNote: z
      .string({ invalid_type_error: MISSING })
      .default("")
      // Browsers send line breaks as CRLF; count each as one character, as the shopper does.
      .transform((note) => note.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().max(GIFT_NOTE_MAX, `Please keep your gift note to ${GIFT_NOTE_MAX} characters or fewer.`)),
    giftWrap: checkbox,
    hidePrices: checkbox,
  }),
]);

export const intents = z.enum(["add", "update", "remove", "gift"]);
export type Intent = z.infer<typeof intents>;

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { Reassurance } from "~/components/maker-portal/notices";
import { ConsentError, getConsentOverview, withdrawConsent } from "~/models/maker.server";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import type { PortalHandle } from "./maker";
import { readForm } from "~/utils/request-body.server";

export const meta: MetaFunction = () => [{ title: "Stop showing my profile — Belonging" }, { name: "robots", content: "noindex" }];
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  return json({ isPublic: overview.current !== null }, { headers: NO_STORE });
}

const schema = z.object({ intent: z.literal("stop-all") });

export async function action({ request }: ActionFunctionArgs) {
  const me = await requireMaker(request);
  if (!schema.safeParse(Object.fromEntries(await readForm(request))).success) {
    return json({ message: "Nothing changed." }, { status: 400, headers: NO_STORE });
  }
  try {
    await withdrawConsent({ makerId: me.makerId, userId: me.userId, fields: "all" });
  } catch (error) {
    if (error instanceof ConsentError) return json({ message: error.message }, { status: 403, headers: NO_STORE });
    throw error;
  }
  return redirect("/maker?notice=stopped", { headers: NO_STORE });
}

export default function StopShowing() {
  const { isPublic } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  if (!isPublic) {
    return (
      <>
        <h1>Nothing about you is public</h1>
        <p>There is nothing to stop. Your pieces say “Made in our studio by one of our makers”.</p>
        <Link to="/maker" className="button portal-button">
          Back to my pages
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>Stop showing my profile?</h1>
      {actionData ? <FormMessage>{actionData.message}</FormMessage> : null}
      <p className="portal-lead">
        Your page, your name, your photo and everything else you chose will stop being shown straight away. Your pieces will
        say “Made in our studio by one of our makers”.
      </p>
      <p>You can choose to show something again later, whenever you like.</p>
      <Form method="post" className="portal-actions">
        <button type="submit" name="intent" value="stop-all" className="button portal-button portal-button--stop" disabled={navigation.state !== "idle"}>
          Yes, stop showing it
        </button>
        <Link to="/maker" className="button button--quiet portal-button">
          No, keep it as it is
        </Link>
      </Form>
      <Reassurance />
    </>
  );
}

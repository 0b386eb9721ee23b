import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormMessage } from "~/components/admin/field";
import { Reassurance } from "~/components/maker-portal/notices";
import { usePortalT } from "~/i18n/portal";
import { ConsentError, getConsentOverview, withdrawConsent } from "~/models/maker.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";
import { requireMaker } from "~/utils/maker-auth.server";
import { type PortalHandle, portalTitle } from "./maker";

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "title.stop");
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
    return json({ message: "edit.nothingChanged" as const }, { status: 400, headers: NO_STORE });
  }
  try {
    await withdrawConsent({ makerId: me.makerId, userId: me.userId, fields: "all" });
  } catch (error) {
    if (error instanceof ConsentError) return json({ message: "preview.notAllowed" as const }, { status: 403, headers: NO_STORE });
    throw error;
  }
  return redirect("/maker?notice=stopped", { headers: NO_STORE });
}

export default function StopShowing() {
  const { isPublic } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = usePortalT();
  const anonymous = t("anonymous");
  if (!isPublic) {
    return (
      <>
        <h1>{t("stop.nothingHeading")}</h1>
        <p>{t("stop.nothingText", { anonymous })}</p>
        <Link to="/maker" replace className="button portal-button">
          {t("stop.back")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("stop.heading")}</h1>
      {actionData ? <FormMessage>{t(actionData.message)}</FormMessage> : null}
      <p className="portal-lead">{t("stop.lead", { anonymous })}</p>
      <p>{t("stop.later")}</p>
      <Form method="post" replace className="portal-actions">
        <button type="submit" name="intent" value="stop-all" className="button portal-button portal-button--stop" disabled={navigation.state !== "idle"}>
          {t("stop.yes")}
        </button>
        <Link to="/maker" replace className="button button--quiet portal-button">
          {t("stop.no")}
        </Link>
      </Form>
      <Reassurance />
    </>
  );
}

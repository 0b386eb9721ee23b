import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Reassurance } from "~/components/maker-portal/notices";
import { getConsentOverview } from "~/models/maker.server";
import { NO_STORE } from "~/utils/http-cache";
import { requireMaker } from "~/utils/maker-auth.server";
import { consentEventSentence } from "~/utils/maker-profile";
import type { PortalHandle } from "./maker";

export const meta: MetaFunction = () => [{ title: "My history — Belonging" }, { name: "robots", content: "noindex" }];
export const handle: PortalHandle = { portalNav: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireMaker(request);
  const overview = await getConsentOverview(me.makerId);
  if (!overview) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  return json({ events: overview.events.map((event) => ({ id: event.id, sentence: consentEventSentence(event) })) }, { headers: NO_STORE });
}

export default function History() {
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>My history</h1>
      <p className="portal-lead">Every choice you made about what is shown, newest first. Nobody can change or delete this list.</p>
      {events.length ? (
        <ol className="portal-history">
          {events.map((event) => (
            <li key={event.id}>{event.sentence}</li>
          ))}
        </ol>
      ) : (
        <p className="portal-empty">
          You have not chosen to show anything yet. When you do, it will be written here. <Link to="/maker/preview">Preview and choose</Link>
        </p>
      )}
      <Reassurance />
    </>
  );
}

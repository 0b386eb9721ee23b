import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { deleteUserSessions } from "~/models/session.server";
import { getUser, signOut } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";

// Signing out changes state, so it is a POST (the buttons in her portal); a GET does nothing.
export async function loader() {
  return redirect("/maker", { headers: NO_STORE });
}

/**
 * Signs out this phone, or (intent=everywhere) every phone and computer she is signed in on.
 * Unlike staff's, hers goes to no audit log: it would keep where she signed out from.
 */
export async function action({ request }: ActionFunctionArgs) {
  const everywhere = (await readForm(request)).get("intent") === "everywhere";
  const user = everywhere ? await getUser(request) : null;
  if (user?.role === "MAKER") {
    await deleteUserSessions(user.id);
    return redirect("/maker/login?notice=signed-out-everywhere", { headers: await signOut(request) });
  }
  return redirect("/maker/login?notice=signed-out", { headers: await signOut(request) });
}

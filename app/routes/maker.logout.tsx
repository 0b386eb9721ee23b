import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";

// Signing out changes state, so it is a POST (the button in her menu); a GET does nothing.
export async function loader() {
  return redirect("/maker", { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/maker/login?notice=signed-out", { headers: await signOut(request) });
}

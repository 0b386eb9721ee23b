import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";

// Signing out changes state, so it is a POST (the button in her menu); a GET does nothing.
export async function loader() {
  return redirect("/maker", { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  // The button sends no fields; a body of another kind is refused like on every other form.
  await readForm(request);
  return redirect("/maker/login?notice=signed-out", { headers: await signOut(request) });
}

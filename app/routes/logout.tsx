import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser, signOut, signOutEverywhere } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { readForm } from "~/utils/request-body.server";

// Signing out changes state, so it is a POST (the forms in the back office); a GET does nothing.
export async function loader() {
  return redirect("/admin", { headers: NO_STORE });
}

const schema = z.object({ scope: z.enum(["this-device", "everywhere"]).default("this-device") });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  const scope = parsed.success ? parsed.data.scope : "this-device";
  if (scope === "everywhere") {
    const user = await requireUser(request);
    return redirect("/login?notice=signed-out-everywhere", { headers: await signOutEverywhere(request, user) });
  }
  return redirect("/login?notice=signed-out", { headers: await signOut(request) });
}

import { json, redirect } from "@remix-run/node";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";

/** `email`: the address she gave for neutral messages, if any. */
export type SignedInMaker = { userId: string; makerId: string; email: string | null };

/**
 * The signed-in maker: her portal pages are hers alone. Nobody signed in goes to the maker
 * sign-in; anyone else (staff included) finds nothing here. Every portal loader and action
 * calls this itself and uses only the makerId it returns, never one from the request.
 */
export async function requireMaker(request: Request): Promise<SignedInMaker> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    url.searchParams.delete("_data");
    throw redirect(`/maker/login?${new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` })}`, { headers: NO_STORE });
  }
  if (user.role !== "MAKER" || !user.makerId) throw json({ message: "Not found" }, { status: 404, headers: NO_STORE });
  return { userId: user.id, makerId: user.makerId, email: user.email };
}

/** A path inside the portal to return to after signing in. */
export function portalRedirect(to: FormDataEntryValue | string | null | undefined) {
  const path = safeRedirect(to, "/maker");
  return path === "/maker" || path.startsWith("/maker/") || path.startsWith("/maker?") ? path : "/maker";
}

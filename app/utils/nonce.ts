import { createContext, useContext } from "react";

/**
 * This response's CSP nonce, for the document's inline scripts. A context rather than root
 * loader data: an error page drawn by the root boundary after an action threw has no root
 * loader data, and its scripts would be blocked. The server provides the request's nonce; the
 * browser reads it back from the document's scripts (the nonce property survives the
 * attribute being hidden).
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce() {
  return useContext(NonceContext);
}

import { createContext, useContext } from "react";

// The CSP nonce of this response, for Remix's inline scripts (empty in the browser, which hides it).
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);

/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    /** CSP nonce for this response's inline scripts (set by server.js). */
    nonce?: string;
    /** The client's address (behind a load balancer, from X-Forwarded-For as TRUST_PROXY allows). */
    clientAddress?: string;
  }
}
export {};

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** Per-response nonce that the Content-Security-Policy allows scripts to carry. */
    cspNonce: string
    /** The client's address as Express sees it (behind a trusted proxy: the forwarded one). */
    clientIp: string | null
  }
}

export {}

import { createContext, useContext } from 'react'

const NonceContext = createContext<string>('')

/** The Content-Security-Policy nonce of this response (empty in the browser after hydration). */
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)

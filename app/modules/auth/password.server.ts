import { hash, verify } from '@node-rs/argon2'

// OWASP's minimum for Argon2id (the library's default algorithm): 19 MiB, 2 iterations, 1 lane.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/** Spends the same time as a real check, so that an unknown email cannot be told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('a password that no account has, only for timing')
  await verifyPassword(await dummyHash, password)
  return false
}

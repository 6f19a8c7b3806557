/** The accounts page's state filter: accounts that can log in, and accounts staff disabled. */
export const accountStates = ['active', 'disabled'] as const
export type AccountState = (typeof accountStates)[number]

import type { Role } from '~/generated/prisma/enums'

/** The demo password of every demo account (also in the README). Never used outside demo data. */
export const demoPassword = 'circular-demo-2026'

/**
 * The authenticator key of the demo staff and admin accounts (and of staff accounts made by tests):
 * staff need two-factor authentication. Add it to an authenticator app, or print the current code
 * with `npm run cli -- demo:code`. Never used outside demo data and tests.
 */
export const demoTotpSecret = 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U'

export type DemoAccount = {
  email: string
  displayName: string
  role: Role
  company?: string
  organisation?: string
}

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@demo.eu-japan.example', displayName: 'Ada Admin', role: 'admin' },
  { email: 'staff@demo.eu-japan.example', displayName: 'Sofia Moreau (EU-Japan Centre)', role: 'staff' },
  {
    email: 'anna@nordic-battery-loop.example',
    displayName: 'Anna Lindqvist',
    role: 'member',
    company: 'Nordic Battery Loop AB (Sweden, Li-ion recycling)',
    organisation: 'nordic-battery-loop',
  },
  {
    email: 'lukas@magnetkreis.example',
    displayName: 'Lukas Becker',
    role: 'member',
    company: 'Magnetkreis GmbH (Germany, rare-earth magnet recovery)',
    organisation: 'magnetkreis',
  },
  {
    email: 'kenji@tokyo-rare-metals.example',
    displayName: 'Kenji Sato',
    role: 'member',
    company: 'Tokyo Rare Metals K.K. (Japan, refining)',
    organisation: 'tokyo-rare-metals',
  },
  {
    email: 'yui@osaka-cell-works.example',
    displayName: 'Yui Tanaka',
    role: 'member',
    company: 'Osaka Cell Works Co., Ltd. (Japan, battery cells)',
    organisation: 'osaka-cell-works',
  },
]

/** The member account of a demo organisation that has no named demo account. */
export const demoMemberEmail = (slug: string) => `${slug}@demo.eu-japan.example`

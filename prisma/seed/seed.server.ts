import { createAccount } from '~/modules/auth/accounts.server'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { anOrganisationRow } from './builders'
import { demoAccounts, demoPassword } from './demo-data'
import { demoOrganisations } from './demo-organisations'

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await prisma.user.count()) === 0
}

const contactFor = (name: string, slug: string) => ({
  name: `Partnerships team, ${name}`,
  email: `partnerships@${slug}.example`,
})

/** Fills an empty database with the demo accounts and organisations; demo members own theirs. */
export async function seedDemoData() {
  const users = new Map<string, string>()
  for (const account of demoAccounts) {
    const user = await createAccount({ ...account, password: demoPassword })
    users.set(account.email, user.id)
  }
  const result = await importOrganisations({
    organisations: demoOrganisations.map(({ status, ...organisation }) =>
      anOrganisationRow({
        ...organisation,
        website: `https://www.${organisation.slug}.example`,
        contact: contactFor(organisation.name, organisation.slug),
        status: status ?? 'approved',
      }),
    ),
  })
  if (!result.ok) throw new Error(`Demo organisations are invalid: ${JSON.stringify(result.problems)}`)
  for (const account of demoAccounts) {
    if (!account.organisation) continue
    const organisation = await prisma.organisation.findUniqueOrThrow({
      where: { slug: account.organisation },
    })
    await prisma.organisationMember.create({
      data: { organisationId: organisation.id, userId: users.get(account.email)!, role: 'owner' },
    })
  }
  return { accounts: demoAccounts.length, organisations: result.created }
}

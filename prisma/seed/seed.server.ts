import { createAccount } from '~/modules/auth/accounts.server'
import { setLogo } from '~/modules/files/files.server'
import { importOrganisations } from '~/modules/profiles/import.server'
import { prisma } from '~/utils/db.server'
import { anOrganisationRow } from './builders'
import { seedDemoEvents } from './demo-events'
import { seedDemoIntroductions } from './demo-introductions'
import { demoAccounts, demoMemberEmail, demoPassword, demoTotpSecret } from './demo-data'
import { aLogoSvg } from './demo-logos'
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
    const staffLike = account.role === 'staff' || account.role === 'admin'
    const user = await createAccount({
      ...account,
      password: demoPassword,
      ...(staffLike ? { totpSecret: demoTotpSecret } : {}),
    })
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
  // Every demo organisation has a member who owns it: a named demo account, or one made for it.
  const namedOwners = new Map(
    demoAccounts.flatMap((account) =>
      account.organisation ? [[account.organisation, account.email] as const] : [],
    ),
  )
  let accounts = demoAccounts.length
  for (const [index, organisation] of demoOrganisations.entries()) {
    const named = namedOwners.get(organisation.slug)
    let userId = named ? users.get(named) : undefined
    if (!userId) {
      const user = await createAccount({
        email: demoMemberEmail(organisation.slug),
        displayName: `Partnerships team, ${organisation.name}`,
        password: demoPassword,
      })
      userId = user.id
      accounts++
    }
    const { id } = await prisma.organisation.findUniqueOrThrow({ where: { slug: organisation.slug } })
    await prisma.organisationMember.create({ data: { organisationId: id, userId, role: 'owner' } })
    // Most demo companies show a logo; a few have none, as on a real directory.
    if (index % 6 !== 5)
      await setLogo({
        organisationId: id,
        userId,
        upload: { name: `${organisation.slug}.svg`, bytes: aLogoSvg(organisation.name) },
      })
  }
  await seedDemoIntroductions()
  await seedDemoEvents()
  return { accounts, organisations: result.created }
}

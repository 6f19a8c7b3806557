import { describe, expect, test } from 'vitest'
import { regionOf } from '~/modules/taxonomy/countries'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { checkLogo } from '~/modules/files/inspect-upload.server'
import { aLogoSvg } from './demo-logos'
import { demoOrganisations } from './demo-organisations'

describe('demo organisations', () => {
  test('at least 40, across the EU, Japan and third countries', () => {
    expect(demoOrganisations.length).toBeGreaterThanOrEqual(40)
    const regions = demoOrganisations.map((organisation) => regionOf(organisation.country))
    for (const region of ['eu', 'jp', 'third'] as const) {
      expect(regions.filter((r) => r === region).length).toBeGreaterThanOrEqual(8)
    }
  })

  test('cover every value-chain role and technology', async () => {
    const taxonomy = await loadTaxonomy()
    const roles = new Set(demoOrganisations.flatMap((organisation) => organisation.roles))
    const technologies = new Set(demoOrganisations.flatMap((organisation) => organisation.technologies))
    expect([...taxonomy.role.map((term) => term.code)].filter((code) => !roles.has(code))).toEqual([])
    expect(
      [...taxonomy.technology.map((term) => term.code)].filter((code) => !technologies.has(code)),
    ).toEqual([])
  })

  test('every organisation that handles material states a stream it supplies or takes, each a known stream', async () => {
    const streams = new Set((await loadTaxonomy()).stream.map((term) => term.code))
    const code = (stream: string | { stream: string }) =>
      typeof stream === 'string' ? stream : stream.stream
    const handlesMaterial = demoOrganisations.filter((organisation) =>
      organisation.roles.some((role) => role !== 'services'),
    )
    expect(
      handlesMaterial
        .filter((organisation) => !organisation.supplies?.length && !organisation.takes?.length)
        .map((organisation) => organisation.slug),
    ).toEqual([])
    const used = demoOrganisations.flatMap((organisation) =>
      [...(organisation.supplies ?? []), ...(organisation.takes ?? [])].map(code),
    )
    expect(used.filter((stream) => !streams.has(stream))).toEqual([])
  })

  test('their logos pass the checks a member’s upload passes, and differ between companies', async () => {
    const logos = await Promise.all(
      demoOrganisations.map(async ({ name }) => (await checkLogo(aLogoSvg(name))).bytes.toString('base64')),
    )
    expect(new Set(logos).size).toBeGreaterThan(20)
  })
})

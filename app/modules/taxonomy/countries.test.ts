import { describe, expect, test } from 'vitest'
import {
  cityWithoutCountry,
  countryName,
  countryOptions,
  isCountryCode,
  marketOf,
  regionOf,
} from './countries'

describe('countries, regions and markets', () => {
  test('the 27 EU member states are the EU region, Japan is jp, everything else third', () => {
    const eu = countryOptions().filter(({ code }) => regionOf(code) === 'eu')
    expect(eu).toHaveLength(27)
    expect(regionOf('DE')).toBe('eu')
    expect(regionOf('JP')).toBe('jp')
    for (const code of ['GB', 'NO', 'CH', 'ID', 'CL', 'US', 'CN']) expect(regionOf(code)).toBe('third')
  })

  test('third countries map to their market, at most one each', () => {
    expect(marketOf('ID')).toBe('asean')
    expect(marketOf('CL')).toBe('latin-america')
    expect(marketOf('ZA')).toBe('africa')
    expect(marketOf('IN')).toBe('india')
    expect(marketOf('KZ')).toBe('central-asia')
    expect(marketOf('RS')).toBe('western-balkans')
    expect(marketOf('UA')).toBe('eastern-partnership')
    expect(marketOf('AU')).toBe('australia-oceania')
    expect(marketOf('US')).toBe('north-america')
    expect(marketOf('SA')).toBe('middle-east')
    expect(marketOf('CN')).toBeNull()
    expect(marketOf('GB')).toBeNull()
  })

  test('EU and Japanese companies belong to no third-country market', () => {
    expect(marketOf('FR')).toBeNull()
    expect(marketOf('JP')).toBeNull()
  })

  test('only ISO 3166-1 alpha-2 codes are countries', () => {
    expect(isCountryCode('SE')).toBe(true)
    expect(isCountryCode('se')).toBe(false)
    expect(isCountryCode('EU')).toBe(false)
    expect(isCountryCode('XX')).toBe(false)
  })

  test('names come in English and Japanese', () => {
    expect(countryName('JP')).toBe('Japan')
    expect(countryName('DE', 'ja')).toBe('ドイツ')
  })

  test('a place names its country once, also when the city was written with it', () => {
    expect(cityWithoutCountry('Tokyo, Japan', 'JP')).toBe('Tokyo')
    expect(cityWithoutCountry('東京、日本', 'JP')).toBe('東京')
    expect(cityWithoutCountry('Lyon', 'FR')).toBe('Lyon')
    expect(cityWithoutCountry('Washington, D.C.', 'US')).toBe('Washington, D.C.')
    expect(cityWithoutCountry('Japan', 'JP')).toBe('Japan')
    expect(cityWithoutCountry(null, 'JP')).toBeNull()
  })
})

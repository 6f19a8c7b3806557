/**
 * Countries (ISO 3166-1 alpha-2), the region each belongs to, and the third-country market, if any.
 * Names come from a fixed table (i18n-iso-countries), not from Intl: the server's and each browser's
 * Intl data differ, and the page must render the same on both.
 */
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json'
import ja from 'i18n-iso-countries/langs/ja.json'

countries.registerLocale(en)
countries.registerLocale(ja)

// prettier-ignore
const isoCountryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
  'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
  'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
  'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
  'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
  'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK ' +
  'YE YT ZA ZM ZW'
).split(' ')

// The 27 member states of the European Union.
const euMemberStates = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
)

// prettier-ignore
const marketCountries: Record<string, string> = {
  asean: 'BN KH ID LA MY MM PH SG TH VN TL',
  india: 'IN',
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT ' +
    'MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  'latin-america':
    'AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE BZ GY SR GF HT JM TT BS BB AG DM GD KN LC VC ' +
    'PR AI AW BQ CW SX MF BL GP MQ KY TC VG VI MS FK',
  'central-asia': 'KZ KG TJ TM UZ MN AF',
  'western-balkans': 'AL BA XK ME MK RS',
  'eastern-partnership': 'AM AZ BY GE MD UA',
  'australia-oceania': 'AU NZ PG FJ SB VU NC PF WS TO KI TV NR FM MH PW CK NU TK WF AS GU MP NF',
  'north-america': 'US CA GL BM PM',
  'middle-east': 'SA AE QA KW BH OM IL JO LB SY IQ IR YE PS TR',
}

const marketOfCountry = new Map<string, string>()
for (const [market, countries] of Object.entries(marketCountries)) {
  for (const country of countries.split(' ')) marketOfCountry.set(country, market)
}

/** The countries of a third-country market (none for an unknown market). */
export const countriesOf = (market: string): string[] => marketCountries[market]?.split(' ') ?? []

export type Region = 'eu' | 'jp' | 'third'
export const regions: readonly Region[] = ['eu', 'jp', 'third']

const validCodes = new Set(isoCountryCodes)

export const isCountryCode = (code: string) => validCodes.has(code)

/** `eu` for the 27 member states, `jp` for Japan, `third` for every other country. */
export function regionOf(country: string): Region {
  if (euMemberStates.has(country)) return 'eu'
  if (country === 'JP') return 'jp'
  return 'third'
}

/** The third-country market a country belongs to, or null (EU, Japan, or a country in none). */
export function marketOf(country: string): string | null {
  return regionOf(country) === 'third' ? (marketOfCountry.get(country) ?? null) : null
}

export type Locale = 'en' | 'ja'

export function countryName(code: string, locale: Locale = 'en'): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code
}

/** Every country, sorted by its name in the given language, for pickers. */
export function countryOptions(locale: Locale = 'en') {
  return isoCountryCodes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .map((option) => ({ ...option, key: option.name.normalize('NFD') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ code, name }) => ({ code, name }))
}

/**
 * The city as written, without the country's name at its end ("Tokyo, Japan" typed as the city reads
 * "Tokyo"), so that a place shows the country once.
 */
export function cityWithoutCountry(city: string | null | undefined, code: string): string | null {
  const names = new Set(['en', 'ja'].map((locale) => countryName(code, locale as Locale).toLowerCase()))
  names.add(code.toLowerCase())
  const parts = (city ?? '').split(/\s*[,、，]\s*/).filter(Boolean)
  while (parts.length > 1 && names.has(parts.at(-1)!.toLowerCase())) parts.pop()
  return parts.length ? parts.join(', ') : null
}

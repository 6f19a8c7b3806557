import { describe, expect, test } from 'vitest'
import {
  stampIn,
  describeMeetingTime,
  effectiveTimeZone,
  NonexistentLocalTimeError,
  wallClockToInstant,
} from './meeting-time'

describe('meeting times across Brussels and Tokyo', () => {
  test('09:30 in Brussels is 16:30 in Tokyo in summer and 17:30 in winter (Japan has no DST)', () => {
    const beforeChange = wallClockToInstant('2027-03-26', '09:30', 'Europe/Brussels')
    const afterChange = wallClockToInstant('2027-03-29', '09:30', 'Europe/Brussels')
    expect(beforeChange.toISOString()).toBe('2027-03-26T08:30:00.000Z')
    expect(afterChange.toISOString()).toBe('2027-03-29T07:30:00.000Z')
    expect(describeMeetingTime(beforeChange, 60, 'Europe/Brussels').brusselsTokyo).toBe(
      'Fri 26 Mar 2027: 09:30 Brussels / 17:30 Tokyo',
    )
    expect(describeMeetingTime(afterChange, 60, 'Europe/Brussels').brusselsTokyo).toBe(
      'Mon 29 Mar 2027: 09:30 Brussels / 16:30 Tokyo',
    )
  })

  test('autumn change: the same Brussels time moves by an hour in Tokyo', () => {
    const summer = wallClockToInstant('2027-10-29', '10:00', 'Europe/Brussels')
    const winter = wallClockToInstant('2027-11-01', '10:00', 'Europe/Brussels')
    expect(describeMeetingTime(summer, 30, 'Asia/Tokyo').brusselsTokyo).toBe(
      'Fri 29 Oct 2027: 10:00 Brussels / 17:00 Tokyo',
    )
    expect(describeMeetingTime(winter, 30, 'Asia/Tokyo').brusselsTokyo).toBe(
      'Mon 1 Nov 2027: 10:00 Brussels / 18:00 Tokyo',
    )
  })

  test('a time entered in Tokyo reads in the viewer’s zone, with Tokyo’s date when it differs', () => {
    const instant = wallClockToInstant('2027-06-01', '08:00', 'Asia/Tokyo')
    const view = describeMeetingTime(instant, 90, 'Europe/Lisbon')
    expect(view.local).toBe('Tue 1 Jun 2027, 00:00–01:30 (Lisbon time)')
    expect(view.brusselsTokyo).toBe('Tue 1 Jun 2027: 01:00 Brussels / 08:00 Tokyo')
    const late = wallClockToInstant('2027-06-01', '20:00', 'Europe/Brussels')
    expect(describeMeetingTime(late, 60, 'Europe/Brussels').brusselsTokyo).toBe(
      'Tue 1 Jun 2027: 20:00 Brussels / 03:00 Tokyo (Wed 2 Jun 2027)',
    )
  })

  test('a time skipped by the clocks going forward is refused, not moved', () => {
    expect(() => wallClockToInstant('2027-03-28', '02:30', 'Europe/Brussels')).toThrow(
      NonexistentLocalTimeError,
    )
    expect(() => wallClockToInstant('not-a-date', '09:00', 'Europe/Brussels')).toThrow(RangeError)
  })

  test('a person’s zone: their choice, else their organisation’s side', () => {
    expect(effectiveTimeZone('Europe/Lisbon', 'jp')).toBe('Europe/Lisbon')
    expect(effectiveTimeZone(null, 'jp')).toBe('Asia/Tokyo')
    expect(effectiveTimeZone(null, 'eu')).toBe('Europe/Brussels')
    expect(effectiveTimeZone('Not/AZone', undefined)).toBe('Europe/Brussels')
  })

  test('when something happened reads in the reader’s zone, with the zone named', () => {
    expect(stampIn('2026-03-05T07:04:00Z', 'Europe/Brussels', 'en')).toBe(
      'Thu 5 Mar 2026, 08:04 (Brussels time)',
    )
    expect(stampIn('2026-11-29T23:59:00Z', 'Asia/Tokyo', 'en')).toBe('Mon 30 Nov 2026, 08:59 (Tokyo time)')
    expect(stampIn('2026-11-29T23:59:00Z', 'Asia/Tokyo', 'ja')).toBe('2026年11月30日(月) 08:59（東京時間）')
  })
})

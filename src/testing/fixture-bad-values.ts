/**
 * The damaging values the fuzz test puts into the fixtures, one table per kind of damage. Each
 * table holds the mistakes a contributor or an attacker would really make, so a run of the fuzz
 * test tries them all over the seeds.
 */
import type { JsonType, JsonValue } from './fixture-json.ts'
import { type Random, pick } from './seeded-random.ts'

/** For each JSON type a field wants, values of the other types to put there instead. */
export const otherTypedValues: Record<Exclude<JsonType, 'null'>, JsonValue[]> = {
  string: [42, true, [], {}, ['text in a list']],
  number: ['42', false, [42], { value: 42 }],
  boolean: ['true', 1, [true], {}],
  array: ['a list as text', {}, 0, true],
  object: ['an object as text', [], 7, false],
}

type BadDate = { value: string; precision: 'day' | 'month' | 'year'; why: string }

/** Dates no precision makes valid: impossible days and months, and other ways of writing them. */
const malformedDates: BadDate[] = [
  { value: '2025-02-30', precision: 'day', why: 'a day February does not have' },
  { value: '2026-02-29', precision: 'day', why: 'a leap day in a common year' },
  { value: '2025-13-01', precision: 'day', why: 'month 13' },
  { value: '2025-00', precision: 'month', why: 'month 0' },
  { value: '23/09/2025', precision: 'day', why: 'day first, with slashes' },
  { value: '2025-9-3', precision: 'day', why: 'no leading zeros' },
  { value: 'September 2025', precision: 'month', why: 'written out' },
  { value: '2025-09-23T10:00:00Z', precision: 'day', why: 'a timestamp' },
]

/**
 * Well-formed dates given a precision they are not written in. Each row: the value, the precision
 * it is written in, and the precision the fixture claims.
 */
const datesUnderAnotherPrecision: BadDate[] = (
  [
    ['2025-09-23', 'day', 'month'],
    ['2025', 'year', 'day'],
    ['2025-09', 'month', 'year'],
  ] as const
).map(([value, written, precision]) => ({
  value,
  precision,
  why: `a ${written} under ${precision} precision`,
}))

/** The order is part of a seed's replay: a draw picks a bad date by its index. */
export const badDates: BadDate[] = [
  ...malformedDates,
  ...datesUnderAnotherPrecision,
  { value: '', precision: 'year', why: 'empty' },
]

export const unsafeLinks = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.com/article.txt',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  '//example.com/no-protocol',
]

/** Keys a strict object must refuse: a misspelt field, and ones that would smuggle in markup. */
export const extraKeys = [
  'ocupation',
  'html',
  'dangerouslySetInnerHTML',
  'onclick',
  'summaryHtml',
  'srcdoc',
]

/** Script and HTML as an attacker or a careless paste would write it; none starts or ends in space. */
export const markupPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script><img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">read more</a>',
  '"><svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<b>bold</b> &amp; <i>italic</i> &lt;not a tag&gt;',
  '{{constructor.constructor("alert(1)")()}}',
]

const hugeStringLength = 100_000

/** Prose far over any length limit, with markup and entities among its words. */
export function hugeString(random: Random): string {
  const words = ['trauma', 'surgeon', 'renewal', '<b>', 'season', '&amp;', 'Baek']
  let text = ''
  while (text.length < hugeStringLength) text += `${pick(random, words)} `
  return `${text.slice(0, hugeStringLength - 1)}x`
}

import type { PartialDate } from '@/content/fact-schemas'

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "24 January 2025", "May 2025" or "2025", with "by" or "from" when the date is a bound. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.value.split('-')
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1]
  const text = [day === undefined ? undefined : String(Number(day)), monthName, year]
    .filter((part) => part !== undefined)
    .join(' ')
  if (date.qualifier === 'on-or-before') return `by ${text}`
  if (date.qualifier === 'on-or-after') return `from ${text}`
  return text
}

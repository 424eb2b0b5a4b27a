/**
 * Orders strings by their UTF-16 code units, as `<` does: right for ISO dates and for the ASCII
 * file names the content uses, and free, where `localeCompare` loads the browser's collation data
 * on its first call (tens of milliseconds on a phone, in the middle of hydrating the page).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

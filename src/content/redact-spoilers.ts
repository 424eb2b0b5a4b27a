/**
 * Prerendered pages carry their data so the app can hydrate without fetching it again. That copy
 * is part of the HTML a crawler or a curious reader can see, so every spoiler-marked fact is
 * blanked in it: the marker stays (pages say what is hidden), the words go. A reader who unlocks
 * plot gets the full document from the data URL instead.
 */

/** Fields of a marked fact that say what is hidden and where it comes from, not the plot itself. */
const keptFields = new Set(['spoiler', 'sources'])

function redactMarked(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, keptFields.has(key) ? field : blank(field)]),
  )
}

function blank(value: unknown): unknown {
  if (typeof value === 'string') return ''
  if (Array.isArray(value)) return value.map(blank)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, blank(field)]))
  }
  return value
}

/** A copy of `value` with the text of every spoiler-marked object blanked, and whether any was. */
export function redactSpoilers(value: unknown): { value: unknown; redacted: boolean } {
  let redacted = false
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (typeof node !== 'object' || node === null) return node
    const record = node as Record<string, unknown>
    if (typeof record.spoiler === 'object' && record.spoiler !== null) {
      redacted = true
      return redactMarked(record)
    }
    return Object.fromEntries(Object.entries(record).map(([key, field]) => [key, walk(field)]))
  }
  return { value: walk(value), redacted }
}

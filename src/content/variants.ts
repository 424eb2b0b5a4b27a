/**
 * How the pages weigh an attested field's values, apart from the schemas: pages import this, and
 * fact-schemas.ts would bring zod into every page's JavaScript (decision 005).
 */
import type { Attested } from './fact-schemas.ts'

/** True when the values differ only in spelling or wording: the later ones are `variant`s. */
export function differsOnlyInWording(values: Attested<unknown>): boolean {
  return values.length > 1 && values.slice(1).every((entry) => entry.variant !== undefined)
}

/** One value, or several that differ only in wording: what a page may state as agreed. */
export function isAgreed(values: Attested<unknown>): boolean {
  return values.length === 1 || differsOnlyInWording(values)
}

/** The value the articles agree on (the first, when the others only word it apart), if they do. */
export function agreedValue<T>(values: Attested<T>): T | undefined {
  return isAgreed(values) ? values[0]?.value : undefined
}

import type { Params } from 'react-router'

/** The slug or id in a detail route's URL; React Router guarantees it for `path: 'x/:slug'`. */
export function requiredParam(params: Params, name: string): string {
  const value = params[name]
  if (value === undefined) throw new Error(`route has no :${name} parameter`)
  return value
}

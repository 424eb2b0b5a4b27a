/**
 * A document checked against its schema in steps (decision 037). zod checks a document in one
 * call; at 100x content the search index's 3,900 entries took one task of 110 to 150 ms to read
 * and check, on a phone about four times as long. Where a document's top level holds a long list,
 * and neither the document's schema nor the list's has a check on the whole, the rest of the
 * document is checked first, then the list an item at a time, with `nextStep` called every few
 * milliseconds. The result is the one `safeParse` gives: the same data, or the same issues at the
 * same paths.
 */
import { z } from 'zod'

export type CheckSteps = {
  /** Ends the current task: the browser's turn. */
  nextStep: () => Promise<void>
  /** How long a step may run. */
  stepMs?: number
  /** A list with more items than this is checked in steps. */
  longList?: number
}

export async function checkInSteps<Body>(
  schema: z.ZodType<Body>,
  document: unknown,
  { nextStep, stepMs = 8, longList = 200 }: CheckSteps,
): Promise<z.ZodSafeParseResult<Body>> {
  const lists = longListsIn(schema, document, longList)
  if (lists === undefined) return schema.safeParse(document)
  const { fields, items } = lists
  const rest = schema.safeParse({
    ...items,
    ...Object.fromEntries(fields.map(([key]) => [key, []])),
  })
  if (!rest.success) return rest
  const issues: z.core.$ZodIssue[] = []
  const checked: Record<string, unknown[]> = {}
  let stepEnds = performance.now() + stepMs
  for (const [key, element] of fields) {
    const list: unknown[] = []
    checked[key] = list
    for (const [position, item] of (items[key] as unknown[]).entries()) {
      if (performance.now() > stepEnds) {
        await nextStep()
        stepEnds = performance.now() + stepMs
      }
      const result = element.safeParse(item)
      if (result.success) list.push(result.data)
      else {
        for (const issue of result.error.issues) {
          issues.push({ ...issue, path: [key, position, ...issue.path] })
        }
      }
    }
  }
  // The issues are of a document of this schema, as safeParse's would be.
  if (issues.length > 0)
    return { success: false, error: new z.ZodError(issues) as z.ZodError<Body> }
  return { success: true, data: { ...rest.data, ...checked } }
}

/** The top-level lists of `document` long enough to check in steps, with their items' schemas. */
function longListsIn(schema: z.ZodType, document: unknown, longList: number) {
  if (!(schema instanceof z.ZodObject) || hasChecks(schema)) return undefined
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined
  const items = document as Record<string, unknown>
  const fields = Object.entries(schema.shape).flatMap(([key, field]): [string, z.ZodType][] => {
    const list = items[key]
    return field instanceof z.ZodArray &&
      !hasChecks(field) &&
      Array.isArray(list) &&
      list.length > longList
      ? [[key, field.element as z.ZodType]]
      : []
  })
  return fields.length > 0 ? { fields, items } : undefined
}

/** A check on the whole (a refinement, a length): it needs every item at once. */
function hasChecks(schema: z.ZodType): boolean {
  return (schema._zod.def.checks?.length ?? 0) > 0
}

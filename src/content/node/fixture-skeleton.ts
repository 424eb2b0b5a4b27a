/**
 * The skeleton of a new fixture, read off its collection's JSON Schema: every required field, each
 * empty ("" for text, [] for a list or one empty entry where it needs one, null where null is
 * allowed), so the file names everything a
 * contributor must fill in and `npm run validate` says what is still empty. A field that can cite
 * articles gets an empty `evidence` beside its `sources`. Fields with a fixed set of values stay
 * "" too: the editor offers the choices from the schema, and validate lists them.
 */
type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  minItems?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  const?: unknown
}

type Skeleton = null | string | number | boolean | Skeleton[] | { [key: string]: Skeleton }

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type
  return schema.type === undefined ? [] : [schema.type]
}

export function skeletonOf(schema: JsonSchema): Skeleton {
  const options = schema.anyOf ?? schema.oneOf
  if (options) {
    if (options.some((option) => types(option).includes('null'))) return null
    const [first] = options
    return first ? skeletonOf(first) : null
  }
  if (schema.const !== undefined) return schema.const as Skeleton
  const [type] = types(schema).filter((name) => name !== 'null')
  if (types(schema).includes('null')) return null
  switch (type) {
    case 'object': {
      const properties = schema.properties ?? {}
      const fields = [...(schema.required ?? [])]
      if ('sources' in properties && 'evidence' in properties) fields.push('evidence')
      return Object.fromEntries(
        fields.map((field) => [field, skeletonOf(properties[field] ?? {})] as const),
      )
    }
    case 'array':
      // A list of records that needs one gets one empty record, to show its shape.
      return (schema.minItems ?? 0) > 0 && schema.items && types(schema.items).includes('object')
        ? [skeletonOf(schema.items)]
        : []
    case 'integer':
    case 'number':
      return 0
    case 'boolean':
      return false
    default:
      return ''
  }
}

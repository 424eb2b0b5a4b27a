/**
 * Where each kind of content lives under src/fixtures, and which schema checks it.
 * The validate command, the JSON Schema writer, the MSW handlers and the build all read this list.
 */
import type { z } from 'zod'
import * as schemas from './schemas.ts'
import { timelineEventSchema } from './timeline-schemas.ts'

export const fixturesFolder = 'src/fixtures'
export const jsonSchemaFolder = 'schemas'

type CollectionDefinition<Schema extends z.ZodType> = {
  /** Folder under src/fixtures that holds one JSON file per entity. */
  folder: string
  schema: Schema
  /** The property that must equal the file name. */
  idField: 'slug' | 'id'
  /** What one entity is called in messages and in the JSON Schema title. */
  singular: string
}

export const collections = {
  series: { folder: 'series', schema: schemas.seriesSchema, idField: 'slug', singular: 'series' },
  origins: { folder: 'origin', schema: schemas.originSchema, idField: 'slug', singular: 'origin' },
  characters: {
    folder: 'characters',
    schema: schemas.characterSchema,
    idField: 'slug',
    singular: 'character',
  },
  people: { folder: 'people', schema: schemas.personSchema, idField: 'slug', singular: 'person' },
  timeline: {
    folder: 'timeline',
    schema: timelineEventSchema,
    idField: 'slug',
    singular: 'timeline-event',
  },
  sources: { folder: 'sources', schema: schemas.sourceSchema, idField: 'id', singular: 'source' },
  outlets: { folder: 'outlets', schema: schemas.outletSchema, idField: 'slug', singular: 'outlet' },
} as const satisfies Record<string, CollectionDefinition<z.ZodType>>

export type CollectionName = keyof typeof collections

export type Content = {
  [Name in CollectionName]: z.infer<(typeof collections)[Name]['schema']>[]
}

export const collectionNames = Object.keys(collections) as CollectionName[]

export function jsonSchemaFileName(name: CollectionName): string {
  return `${collections[name].singular}.schema.json`
}

/** The `$schema` value every fixture in a collection carries, relative to the fixture file. */
export function expectedSchemaPointer(name: CollectionName): string {
  return `../${jsonSchemaFolder}/${jsonSchemaFileName(name)}`
}

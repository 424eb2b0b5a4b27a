/**
 * Writes a synthetic content set `scale` times the real one, for the scale benchmark
 * (tests/bench/scale.ts). Never shipped: the text is the real text with a marker, the names get a
 * made-up given name so search has distinct words to find.
 *
 *   node tests/bench/generate-content.ts --scale 10 [--out <dir>] [--seed 1]
 *
 * Copy 0 is the real content unchanged; copy k (1 ≤ k < scale) repeats every character, person,
 * source, outlet and timeline event under slugs ending in `-c<k>`, and points each reference
 * (cited sources, roles, relationships, outlets, people, answers, disagreeing claims) at the same
 * copy, so every reference stays valid. The series and origin stay single and point at copy 0.
 * The output folder is laid out like the repository (`<out>/src/fixtures/...`), for
 * `WIKI_CONTENT_ROOT=<out> npm run validate` and the build.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { collections, fixturesFolder, jsonSchemaFolder } from '../../src/content/collections.ts'
import { mulberry32, pick } from '../../src/testing/seeded-random.ts'
import type { Character, Outlet, Person, Source } from '../../src/content/schemas.ts'
import type { TimelineEvent } from '../../src/content/timeline-schemas.ts'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')

const syllables = [
  'ba', 'chan', 'dae', 'eun', 'gyu', 'ha', 'hyun', 'jae', 'jin', 'kyung', 'min', 'na', 'rin',
  'seo', 'sol', 'tae', 'woo', 'ye', 'yoon', 'young', 'bin', 'do', 'hee', 'joon', 'mi', 'ra', 'su',
] // prettier-ignore

/** A made-up Korean-style given name per copy ("Tae-rin"), each used once. */
function copyNames(count: number, random: () => number): string[] {
  const names = new Set<string>()
  while (names.size < count) {
    const name = `${pick(random, syllables)}-${pick(random, syllables)}`
    names.add(name.charAt(0).toUpperCase() + name.slice(1))
  }
  return [...names]
}

/** `text` with `suffix` appended, the original shortened so the result fits `max` characters. */
function withSuffix(text: string, suffix: string, max: number): string {
  const room = max - suffix.length
  return `${text.length > room ? text.slice(0, room).trimEnd() : text}${suffix}`
}

// The schema limits (names 120 characters, prose 1200).
const nameMax = 120
const proseMax = 1200

type Collections = {
  characters: Character[]
  people: Person[]
  sources: Source[]
  outlets: Outlet[]
  timeline: TimelineEvent[]
}
type CopiedCollection = keyof Collections

const copied: readonly CopiedCollection[] = [
  'characters',
  'people',
  'sources',
  'outlets',
  'timeline',
]

async function readCollection<T>(name: CopiedCollection): Promise<T[]> {
  const folder = path.join(repositoryRoot, fixturesFolder, collections[name].folder)
  const names = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort()
  return Promise.all(
    names.map(async (file) => JSON.parse(await readFile(path.join(folder, file), 'utf8')) as T),
  )
}

/** Every `sources` array and `evidence` key anywhere in `value`, rewritten to the copy's ids. */
function remapSources(value: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => remapSources(item, rename))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]: [string, unknown]) => {
      if (key === 'sources' && Array.isArray(child)) {
        return [key, (child as unknown[]).map((id) => (typeof id === 'string' ? rename(id) : id))]
      }
      if (key === 'evidence' && child !== null && typeof child === 'object') {
        return [
          key,
          Object.fromEntries(Object.entries(child).map(([id, excerpt]) => [rename(id), excerpt])),
        ]
      }
      return [key, remapSources(child, rename)]
    }),
  )
}

function copyOf<T>(value: T, rename: (id: string) => string): T {
  return remapSources(structuredClone(value), rename) as T
}

export type GenerateOptions = { scale: number; out?: string; seed?: number }
export type GeneratedContent = { root: string; counts: Record<CopiedCollection, number> }

/** Writes the content set and returns its root (the folder to pass as WIKI_CONTENT_ROOT). */
export async function generateContent({
  scale,
  out,
  seed = 1,
}: GenerateOptions): Promise<GeneratedContent> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1`)
  const root = out ?? path.join(os.tmpdir(), `trauma-code-content-${scale}x`)
  const random = mulberry32(seed)
  const real: Collections = {
    characters: await readCollection<Character>('characters'),
    people: await readCollection<Person>('people'),
    sources: await readCollection<Source>('sources'),
    outlets: await readCollection<Outlet>('outlets'),
    timeline: await readCollection<TimelineEvent>('timeline'),
  }
  const generated: Collections = structuredClone(real)
  const givenNames = copyNames(scale, random)
  const seedFiles = new Set(real.sources.map((source) => source.seedFile))

  for (let copy = 1; copy < scale; copy += 1) {
    const slug = (original: string) => `${original}-c${copy}`
    const given = ` ${givenNames[copy] ?? String(copy)}`
    const marker = ` (synthetic copy ${copy})`
    const name = (text: string) => withSuffix(text, given, nameMax)
    const prose = (text: string) => withSuffix(text, marker, proseMax)
    const rename = <T extends { value: string }>(fact: T): T => ({
      ...fact,
      value: name(fact.value),
    })

    for (const source of real.sources) {
      let seedFile: string
      do {
        const hex = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16))
        seedFile = `${String(copy % 1000).padStart(3, '0')}_${hex.join('')}.txt`
      } while (seedFiles.has(seedFile))
      seedFiles.add(seedFile)
      const next = copyOf(source, slug)
      generated.sources.push({
        ...next,
        id: slug(source.id),
        label: withSuffix(source.label, marker, nameMax),
        headline: source.headline === null ? null : withSuffix(source.headline, marker, 300),
        seedFile,
      })
    }

    // Outlets, characters and people are named: a copy takes the copy's slug, and the copy's
    // given name in its name and every variant, so search can tell the copies apart.
    const copyNamed = <T extends Outlet | Character | Person>(entity: T): T => {
      const next = copyOf(entity, slug)
      return {
        ...next,
        slug: slug(entity.slug),
        name: rename(next.name),
        nameVariants: next.nameVariants.map(rename),
      }
    }

    generated.outlets.push(...real.outlets.map(copyNamed))

    for (const next of real.characters.map(copyNamed)) {
      generated.characters.push({
        ...next,
        summary: next.summary.map((fact) => ({ ...fact, value: prose(fact.value) })),
        relationships: next.relationships.map((relationship) => ({
          ...relationship,
          character: slug(relationship.character),
        })),
      })
    }

    for (const next of real.people.map(copyNamed)) {
      generated.people.push({
        ...next,
        roles: next.roles.map((role) => ({
          character: role.character.map((fact) => ({ ...fact, value: slug(fact.value) })),
        })),
      })
    }

    for (const event of real.timeline) {
      const next = copyOf(event, slug)
      generated.timeline.push({
        ...next,
        slug: slug(event.slug),
        title: withSuffix(event.title, given, nameMax),
        ...(next.outlet ? { outlet: { ...next.outlet, value: slug(next.outlet.value) } } : {}),
        summary: { ...next.summary, value: prose(next.summary.value) },
        claims: next.claims.map((claim) => ({
          ...claim,
          text: prose(claim.text),
          ...(claim.disagreesWith
            ? {
                disagreesWith: claim.disagreesWith.map((reference) => ({
                  ...reference,
                  event: slug(reference.event),
                })),
              }
            : {}),
        })),
        ...(next.respondsTo ? { respondsTo: next.respondsTo.map(slug) } : {}),
        ...(next.addresses
          ? {
              addresses: next.addresses.map((reference) => ({
                ...reference,
                event: slug(reference.event),
              })),
            }
          : {}),
        people: next.people.map(slug),
      })
    }
  }

  await rm(root, { recursive: true, force: true })
  const fixtures = path.join(root, fixturesFolder)
  await mkdir(fixtures, { recursive: true })
  // Series, origin and the JSON Schemas are copied as they are.
  for (const folder of [collections.series.folder, collections.origins.folder, jsonSchemaFolder]) {
    await cp(path.join(repositoryRoot, fixturesFolder, folder), path.join(fixtures, folder), {
      recursive: true,
    })
  }
  for (const name of copied) {
    const folder = path.join(fixtures, collections[name].folder)
    await mkdir(folder, { recursive: true })
    const entities: readonly Collections[CopiedCollection][number][] = generated[name]
    await Promise.all(
      entities.map((entity) => {
        const id = 'id' in entity ? entity.id : entity.slug
        return writeFile(path.join(folder, `${id}.json`), `${JSON.stringify(entity, null, 2)}\n`)
      }),
    )
  }
  const counts = Object.fromEntries(copied.map((name) => [name, generated[name].length])) as Record<
    CopiedCollection,
    number
  >
  return { root, counts }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '10' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  })
  const { root, counts } = await generateContent({
    scale: Number(values.scale),
    ...(values.out === undefined ? {} : { out: path.resolve(values.out) }),
    seed: Number(values.seed),
  })
  console.log(
    `Wrote ${values.scale}x content to ${root}: ${Object.entries(counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ')}`,
  )
  process.exitCode = 0
}

import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readFixtureFiles } from './node/read-fixture-files.ts'
import { type FixtureFile, formatProblem } from './content-problems.ts'
import { validateFixtureFiles } from './validate-content.ts'

const baek = 'src/fixtures/characters/baek-kang-hyuk.json'
const juJiHoon = 'src/fixtures/people/ju-ji-hoon.json'
const image = {
  file: '/images/characters/baek-kang-hyuk.jpg',
  alt: 'A surgeon in scrubs on a helicopter pad',
  credit: 'A. Photographer',
  licence: 'CC BY-SA',
  source: 'https://commons.example.org/wiki/File:Example.jpg',
}

let fixtures: FixtureFile[]
beforeAll(async () => {
  fixtures = await readFixtureFiles(path.resolve(import.meta.dirname, '../..'))
})

/** The problems validate reports once `filePath` has `value` as its image. */
function problemsWithImage(filePath: string, value: unknown): string[] {
  const files = fixtures.map((file) => {
    if (file.path !== filePath) return file
    const json = JSON.parse(file.text) as Record<string, unknown>
    return { path: file.path, text: JSON.stringify({ ...json, image: value }) }
  })
  const result = validateFixtureFiles(files)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe("an entity's image", () => {
  it('passes with its file, alt text, credit, licence from the list and source', () => {
    expect(problemsWithImage(baek, image)).toEqual([])
    expect(problemsWithImage(juJiHoon, { ...image, licence: 'public domain' })).toEqual([])
  })

  it('is rejected without its licence or credit, naming the file and the field', () => {
    const { licence: _, credit: __, ...unlicensed } = image
    expect(problemsWithImage(baek, unlicensed)).toEqual([
      `${baek}: $.image.credit: missing: "credit" is required here`,
      `${baek}: $.image.licence: missing: "licence" is required here`,
    ])
  })

  it('is rejected under a licence not on the list', () => {
    expect(problemsWithImage(juJiHoon, { ...image, licence: 'All rights reserved' })).toEqual([
      `${juJiHoon}: $.image.licence: must be one of "CC BY", "CC BY-SA", "CC0", "public domain": the wiki uses no image under any other licence`,
    ])
  })

  it('is rejected without alt text, or with a file outside public/images or a source that is not a web page', () => {
    const { alt: _, ...noAlt } = image
    expect(
      problemsWithImage(baek, { ...noAlt, file: 'photo.jpg', source: 'ftp://example.org/a' }),
    ).toEqual([
      `${baek}: $.image.file: must be a file under public/images written from the site root, like "/images/people/ju-ji-hoon.jpg"`,
      `${baek}: $.image.alt: missing: "alt" is required here`,
      `${baek}: $.image.source: must be an http:// or https:// address`,
    ])
  })
})

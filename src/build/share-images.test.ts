import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { ReadDocument } from '../app/route-table.ts'
import { apiPaths } from '../content/api-paths.ts'
import { shareCardFor } from './share-cards.ts'
import {
  cardNamesPage,
  pageTitleOf,
  shareCardTree,
  shareImagePath,
  shareImagePng,
} from './share-images.ts'

const card = { title: 'Baek Kang-hyuk', section: 'Characters', fact: 'Trauma surgeon' }

/** Every string satori will draw, in document order. */
function textOf(node: ReactElement | string | undefined): string[] {
  if (node === undefined) return []
  if (typeof node === 'string') return [node]
  const { children } = node.props as {
    children?: ReactElement | string | (ReactElement | string)[]
  }
  return (Array.isArray(children) ? children : [children]).flatMap(textOf)
}

describe('share images', () => {
  it('draw the site, the section, the title and the key fact', () => {
    expect(textOf(shareCardTree(card))).toEqual([
      'The Trauma Code wiki',
      'Characters',
      'Baek Kang-hyuk',
      'Trauma surgeon',
    ])
  })

  it('render to a 1200×630 PNG', async () => {
    const png = await shareImagePng(card)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // The IHDR chunk follows the signature: length, "IHDR", then width and height.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
    // A drawn card, not an empty canvas: flat PNGs of this size compress to a few hundred bytes.
    expect(png.length).toBeGreaterThan(10_000)
  }, 30_000)

  it('live beside the pages, one per address', () => {
    expect(shareImagePath('/')).toBe('/og/home.png')
    expect(shareImagePath('/characters')).toBe('/og/characters.png')
    expect(shareImagePath('/people/ju-ji-hoon')).toBe('/og/people/ju-ji-hoon.png')
  })

  it("check that the card names the page, as the build does with each page's <title>", () => {
    const page = (title: string) => `<head><title>${title}</title></head>`
    expect(pageTitleOf(page('Cast &amp; crew · The Trauma Code wiki'))).toBe(
      'Cast & crew · The Trauma Code wiki',
    )
    expect(cardNamesPage(card, page('Baek Kang-hyuk · Characters · The Trauma Code wiki'))).toBe(
      true,
    )
    expect(cardNamesPage(card, page('Ju Ji-hoon · The Trauma Code wiki'))).toBe(false)
  })

  it("put the renewal status on the home page's card", async () => {
    const documents: Record<string, unknown> = {
      [apiPaths.series()]: { series: { title: { value: 'The Trauma Code: Heroes on Call' } } },
      [apiPaths.renewalStatus()]: {
        current: {
          event: { date: { value: '2026-06-22', precision: 'day', qualifier: 'on' } },
          claim: { ledger: { statuses: [{ status: 'in-talks', sources: ['a'] }] } },
          answer: null,
        },
      },
    }
    const read = ((apiPath: string) => Promise.resolve(documents[apiPath])) as ReadDocument
    expect(await shareCardFor('home', {}, read)).toEqual({
      title: 'The Trauma Code: Heroes on Call',
      section: 'Home',
      fact: 'Renewal: In talks as of 22 June 2026',
    })
  })
})

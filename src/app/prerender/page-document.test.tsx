import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PageHead } from '@/components/page-head'
import { type DocumentShell, PageDocument } from './page-document'

const shell: DocumentShell = {
  contentSecurityPolicy: "default-src 'self'; script-src 'self'",
  stylesheets: ['/assets/site.css', '/assets/route.css'],
  boot: { entry: '/assets/index.js', modules: ['/assets/react.js'] },
  sharing: {
    url: 'https://wiki.test/characters/baek-kang-hyuk',
    ogType: 'profile',
    jsonLd: { name: '</script><script>alert(1)</script>' },
    image: {
      url: 'https://wiki.test/og/characters/baek-kang-hyuk.png',
      alt: 'Baek Kang-hyuk: Trauma surgeon. Characters, The Trauma Code wiki.',
      width: 1200,
      height: 630,
    },
  },
}

function renderDocument(documentShell: DocumentShell = shell) {
  const html = renderToString(
    <PageDocument
      shell={documentShell}
      state={{ path: '/x', route: 'character', queries: { mutations: [], queries: [] } }}
    >
      <PageHead title="Baek Kang-hyuk" section="Characters" description="A surgeon & mentor." />
      <h1>Baek Kang-hyuk</h1>
    </PageDocument>,
  )
  const document = new DOMParser().parseFromString(html, 'text/html')
  const content = (selector: string) =>
    document.head.querySelector(selector)?.getAttribute('content')
  return { html, document, content }
}

describe('a prerendered page document', () => {
  it("puts the page's title and description in the head, with the same for link previews", () => {
    const { document, content } = renderDocument()
    expect(document.title).toBe('Baek Kang-hyuk · Characters · The Trauma Code wiki')
    expect(content('meta[property="og:title"]')).toBe(document.title)
    expect(content('meta[name="description"]')).toBe('A surgeon & mentor.')
    expect(content('meta[property="og:description"]')).toBe('A surgeon & mentor.')
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://wiki.test/characters/baek-kang-hyuk',
    )
    expect(content('meta[property="og:url"]')).toBe('https://wiki.test/characters/baek-kang-hyuk')
    expect(content('meta[property="og:type"]')).toBe('profile')
    expect(document.querySelector('#root h1')?.textContent).toBe('Baek Kang-hyuk')
  })

  it('offers the share image as a large card', () => {
    const { content } = renderDocument()
    const image = 'https://wiki.test/og/characters/baek-kang-hyuk.png'
    expect(content('meta[property="og:image"]')).toBe(image)
    expect(content('meta[property="og:image:width"]')).toBe('1200')
    expect(content('meta[property="og:image:height"]')).toBe('630')
    expect(content('meta[property="og:image:alt"]')).toBe(shell.sharing?.image?.alt)
    expect(content('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(content('meta[name="twitter:image"]')).toBe(image)
  })

  it('sets the Content-Security-Policy before any script or stylesheet it governs', () => {
    const { document } = renderDocument()
    const elements = [...document.head.children]
    const policy = elements.findIndex((element) => element.getAttribute('http-equiv') !== null)
    const firstScriptOrStyle = elements.findIndex((element) =>
      element.matches('script, link[rel="stylesheet"]'),
    )
    expect(elements[policy]?.getAttribute('content')).toBe(shell.contentSecurityPolicy)
    expect(policy).toBeGreaterThanOrEqual(0)
    expect(policy).toBeLessThan(firstScriptOrStyle)
  })

  it('links the stylesheets in order and names the modules the boot script starts after the paint', () => {
    const { document } = renderDocument()
    const styles = [...document.head.querySelectorAll('link[rel="stylesheet"]')]
    expect(styles.map((link) => link.getAttribute('href'))).toEqual(shell.stylesheets)
    const boot = document.head.querySelector('script[data-entry]')
    expect(boot?.getAttribute('data-entry')).toBe('/assets/index.js')
    expect(boot?.getAttribute('data-modules')).toBe('/assets/react.js')
    expect(document.querySelectorAll('script[type="module"]')).toHaveLength(0)
  })

  it('keeps JSON inside a script element from closing it', () => {
    const { html, document } = renderDocument()
    expect(html).not.toContain('</script><script>alert(1)')
    const jsonLd = document.head.querySelector('script[type="application/ld+json"]')
    expect(JSON.parse(jsonLd?.textContent ?? '')).toEqual(shell.sharing?.jsonLd)
  })

  it('leaves out the canonical address and sharing tags on the 404 page', () => {
    const { sharing: _, ...notFoundShell } = shell
    const { document } = renderDocument(notFoundShell)
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull()
    expect(document.head.querySelector('meta[property="og:url"]')).toBeNull()
  })
})

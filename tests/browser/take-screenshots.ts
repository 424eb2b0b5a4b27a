/**
 * `npm run screenshots -- [--first-screen] [base URL] [paths…]`: full-page PNGs of each page at
 * 375 px and 1280 px, light and dark, into test-results/screenshots, for a person to look at; with
 * `--first-screen`, only what a reader sees before scrolling (375x812, 1280x800). Start
 * `npm run dev` or `npm run preview` first. Prints console errors and failed requests it sees.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'

const firstScreenFlag = '--first-screen'
const firstScreen = process.argv.includes(firstScreenFlag)
const [baseUrl = 'http://localhost:5173', ...requestedPaths] = process.argv
  .slice(2)
  .filter((argument) => argument !== firstScreenFlag)
const paths = requestedPaths.length > 0 ? requestedPaths : ['/', '/characters', '/no-such-page']
const outputFolder = path.resolve(import.meta.dirname, '../../test-results/screenshots')
await mkdir(outputFolder, { recursive: true })

const browser = await chromium.launch(chromiumLaunchOptions)
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const height = firstScreen ? (width === 375 ? 812 : 800) : 900
    const page = await browser.newPage({ viewport: { width, height }, colorScheme })
    page.on('console', (message) => {
      if (message.type() === 'error')
        console.log(`console error on ${page.url()}: ${message.text()}`)
    })
    page.on('requestfailed', (request) => {
      console.log(`request failed: ${request.url()}`)
    })
    for (const pagePath of paths) {
      await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'networkidle' })
      const name = `${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}${firstScreen ? '-first' : ''}.png`
      await page.screenshot({ path: path.join(outputFolder, name), fullPage: !firstScreen })
      console.log(`${name}: ${await page.title()}`)
    }
    await page.close()
  }
}
await browser.close()

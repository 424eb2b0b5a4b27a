/**
 * Puts the theme script (src/app/prerender/theme-script.ts) inline at the top of index.html's head,
 * as the prerendered pages carry it: the development server's pages and the build's template then
 * apply the saved theme before their first paint too, from the same source.
 */
import type { Plugin } from 'vite'
import { themeScript } from '../app/prerender/theme-script.ts'

export function themeScriptPlugin(): Plugin {
  return {
    name: 'trauma-code-theme-script',
    transformIndexHtml: () => [{ tag: 'script', children: themeScript, injectTo: 'head' }],
  }
}

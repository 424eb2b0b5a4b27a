/**
 * Fired on `window` under `npm run dev` when a saved fixture changed what MSW serves
 * (src/testing/mocks/handlers.ts); the app then refetches the page's data (src/main.tsx).
 */
export const contentChangedEvent = 'wiki:content-changed'

/**
 * When the page's main content hydrates on a prerendered first visit. The page is already on
 * screen and readable, links included, so its code is loaded only once the reader does something
 * (moves the pointer, touches, scrolls, types or focuses) or when what they should see differs from
 * the prerendered HTML. Until then the first visit downloads the framework and the site's shell,
 * not every page component (issue 15, docs/decisions/023).
 */

/** What a reader does first: each one may be about to use a control in the page. */
const interactions = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown', 'focusin']

let deferredUntil: Promise<void> = Promise.resolve()

/**
 * Called just before React hydrates a prerendered page: until its content has, components that
 * mount are hydrating (`useHydrated` in src/lib/use-hydrated.ts reads the mark).
 */
export function startPageHydration(): void {
  document.documentElement.dataset.hydrating = ''
}

/** What a page's content waits for before its code loads. */
export function pageHydrationTrigger(): Promise<void> {
  return deferredUntil
}

/** Resolves on the reader's first interaction with the document. */
function firstInteraction(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const type of interactions) removeEventListener(type, done, true)
      resolve()
    }
    for (const type of interactions) addEventListener(type, done, { capture: true, passive: true })
  })
}

let reportHydrated: () => void = () => undefined
const hydrated = new Promise<void>((resolve) => {
  reportHydrated = resolve
})

/** Called once the page's main content has committed (src/app/app-ready.tsx). */
export function reportPageHydrated(): void {
  delete document.documentElement.dataset.hydrating
  reportHydrated()
}

/**
 * A button in `main` clicked before the page's code is in does nothing on its own (unlike a link, a
 * citation's native popover or a form): the click is held and made again once the page has
 * hydrated, when the button's handler exists. Hydration keeps the prerendered elements, so the
 * held button is still the one in the page.
 */
function replayEarlyClicks(main: Element): void {
  let held: HTMLElement | null = null
  const hold = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null
    const button = target?.closest<HTMLElement>('button[type="button"]:not([popovertarget])')
    if (!button || !main.contains(button)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held = button
  }
  document.addEventListener('click', hold, true)
  void hydrated.then(() => {
    document.removeEventListener('click', hold, true)
    if (held?.isConnected) held.click()
  })
}

/**
 * On a prerendered page: its content's code waits for the reader's first act, a button clicked
 * before then is clicked again once the page has hydrated, and the document says it is waiting
 * (`data-app="waiting"`, which the browser tests and the bench read). Without this call the
 * content hydrates at once.
 */
export function deferPageHydration(main: Element): void {
  deferredUntil = firstInteraction()
  replayEarlyClicks(main)
  document.documentElement.dataset.app = 'waiting'
}

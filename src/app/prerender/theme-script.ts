/**
 * The one script a page runs before its first paint, inline in every page's head: it applies the
 * reader's saved theme (src/lib/theme.ts saves it), so a dark-mode reader never sees a white
 * flash, and marks the page as scripted (without JavaScript the prerendered pages still read in
 * full, and global.css hides the controls, such as search, spoilers and theme, that would do
 * nothing). Inline rather than a file because a classic script in the head holds the first paint
 * until it has downloaded (decision 022). The Content-Security-Policy
 * (src/build/security-policy.ts) allows exactly this text, by its hash, and no other inline script.
 *
 * A string, not a function's source text: the build and Vite's transforms would each print a
 * function differently, and the hash must match the bytes the page carries.
 * theme-script.test.ts runs it.
 */
export const themeScript = [
  "document.documentElement.classList.add('js')",
  'try {',
  "  var theme = localStorage.getItem('theme')",
  "  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme",
  '} catch (blocked) {}',
].join('\n')

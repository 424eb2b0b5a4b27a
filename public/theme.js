// Applies the reader's saved theme before the first paint, so a dark-mode reader never sees a
// white flash. Kept external (not inline) so the site can forbid inline scripts.
// It also marks the page as scripted: without JavaScript the prerendered pages still read in full,
// and global.css hides the controls (search, spoilers, theme) that would do nothing.
document.documentElement.classList.add('js')
try {
  var theme = localStorage.getItem('theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // Storage can be blocked; the system theme applies then.
}

// Applies the reader's saved theme before the first paint, so a dark-mode reader never sees a
// white flash. Kept external (not inline) so the site can forbid inline scripts.
try {
  var theme = localStorage.getItem('theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // Storage can be blocked; the system theme applies then.
}

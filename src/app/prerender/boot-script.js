// Starts the app on a prerendered page once that page has painted (its first "paint" entry). The
// page reads in full without scripts, so the app (about 120 KB) is requested only after the first
// frame, and never competes with the HTML and CSS that paint the content. The build names the
// app's entry and the current route's modules in data attributes on this element
// (src/build/build-site.ts). Inline in the head, like the theme script (decision 022): as a file
// its own request was on the first paint's path. The CSP allows this file's exact text by hash.
;(function () {
  var boot = document.currentScript
  if (!boot) return
  var entry = boot.getAttribute('data-entry')
  var modules = (boot.getAttribute('data-modules') || '').split(' ').filter(Boolean)
  function addModule(tag, url) {
    var element = document.createElement(tag)
    element.crossOrigin = ''
    if (tag === 'link') {
      element.rel = 'modulepreload'
      element.href = url
    } else {
      element.type = 'module'
      element.src = url
    }
    document.head.appendChild(element)
  }
  // One element per task: inserting each starts its request at once, and together, twenty in one
  // task made a task of 60 to 80 ms at Lighthouse's 4x slowdown, right at the page's first paint.
  function start() {
    if (entry) addModule('script', entry)
    var rest = modules.slice()
    function next() {
      var url = rest.shift()
      if (!url) return
      addModule('link', url)
      setTimeout(next, 0)
    }
    next()
  }
  var started = false
  function startOnce() {
    if (started) return
    started = true
    // Out of the paint's own task, so the first frame is on screen before the requests go out.
    setTimeout(start, 0)
  }
  if (document.visibilityState !== 'visible') {
    // A background tab may never paint: start at once.
    startOnce()
  } else if (
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1
  ) {
    new PerformanceObserver(function (_entries, observer) {
      observer.disconnect()
      startOnce()
    }).observe({ type: 'paint', buffered: true })
    // A page that stays blank (an empty document) still gets its app.
    addEventListener('load', function () {
      setTimeout(startOnce, 1000)
    })
  } else {
    addEventListener('load', startOnce)
  }
})()

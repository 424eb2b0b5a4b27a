/**
 * The smallest app built on the wiki's stack, to put the per-route JavaScript in proportion: React
 * hydrating a page, React Router's data router with a loader, links and scroll restoration, and
 * TanStack Query with hydration and a suspense query. Everything the wiki adds comes on top.
 * Built with Vite in a temporary folder (the repository's node_modules linked in), never shipped.
 */
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const repositoryRoot = path.resolve(import.meta.dirname, '../..')

const entry = `
import { QueryClient, QueryClientProvider, hydrate, useSuspenseQuery } from '@tanstack/react-query'
import { hydrateRoot } from 'react-dom/client'
import { Link, NavLink, Outlet, ScrollRestoration, createBrowserRouter, useNavigation, useParams, useRevalidator, useRouteError } from 'react-router'
import { RouterProvider } from 'react-router/dom'

const queryClient = new QueryClient()
hydrate(queryClient, JSON.parse(document.getElementById('state').textContent))
function Page() {
  const navigation = useNavigation()
  const error = useRouteError()
  const revalidator = useRevalidator()
  const params = useParams()
  const { data } = useSuspenseQuery({ queryKey: ['page'], queryFn: async () => 'page' })
  return (
    <>
      <ScrollRestoration />
      <NavLink to="/">{navigation.state}</NavLink>
      <Link to="/other">{String(error) + String(revalidator.state) + String(params.slug) + data}</Link>
      <Outlet />
    </>
  )
}
const router = createBrowserRouter([{ path: '/', Component: Page, loader: () => null }])
hydrateRoot(
  document.getElementById('root'),
  <QueryClientProvider client={queryClient}><RouterProvider router={router} /></QueryClientProvider>,
)
`

/** Gzip bytes (level 9) of the minimal app's JavaScript. */
export async function measureFrameworkFloor(): Promise<number> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'trauma-code-floor-'))
  try {
    await symlink(path.join(repositoryRoot, 'node_modules'), path.join(folder, 'node_modules'))
    await writeFile(
      path.join(folder, 'index.html'),
      '<div id="root"></div><script type="module" src="/main.jsx"></script>',
    )
    await writeFile(path.join(folder, 'main.jsx'), entry)
    const outDir = path.join(folder, 'dist')
    await build({
      root: folder,
      configFile: false,
      logLevel: 'error',
      build: { outDir, target: 'es2023' },
    })
    const assets = path.join(outDir, 'assets')
    let total = 0
    for (const file of await readdir(assets)) {
      if (file.endsWith('.js'))
        total += gzipSync(await readFile(path.join(assets, file)), { level: 9 }).length
    }
    return total
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  console.log(`Framework floor: ${((await measureFrameworkFloor()) / 1024).toFixed(1)} KB gzip`)
}

/// <reference types="vite/client" />
/// <reference types="msw/vite/client" />

// Vite's env types merge by declaration, which only an interface does.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** The repository the "Edit this page" links point at; the links are left out when unset. */
  readonly WIKI_REPOSITORY_URL?: string
  /** Its branch for edit links; "main" when unset. */
  readonly WIKI_REPOSITORY_BRANCH?: string
}

// ESLint flat config. It lives in .config/ to keep the project's top level to the design card;
// `npm run lint` passes it with --config, and .vscode/settings.json points editors at it.
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const sharedFolders = ['src/config/**', 'src/content/**', 'src/lib/**', 'src/components/**']
const testFiles = ['**/*.test.{ts,tsx}', 'src/testing/**', 'tests/**']

/** Imports flow one way: shared (content, lib, components) -> features -> app. */
function restrictImports(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] }
}
const crossFolderRelative = {
  group: ['../../*'],
  message: 'Import from another folder through "@/…", so the layer rules below can see it.',
}
const intoFeatures = {
  group: ['@/features/*', '../features/*'],
  message: 'Shared code must not depend on a feature (shared -> features -> app).',
}
const intoApp = {
  group: ['@/app/*', '../app/*'],
  message: 'Only the app layer may import the app (shared -> features -> app).',
}
const intoTesting = {
  group: ['@/testing/*', '../testing/*'],
  message: 'Test helpers and mocks are for tests; production code must not import them.',
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + '/..' },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // A cycle makes load order matter and hides which layer depends on which: none allowed.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The parser setting lets the rule read the TypeScript files it follows.
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: import.meta.dirname + '/../tsconfig.json' }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: restrictImports([crossFolderRelative]),
  },
  {
    files: sharedFolders,
    ignores: testFiles,
    rules: restrictImports([crossFolderRelative, intoFeatures, intoApp, intoTesting]),
  },
  {
    // Content code also runs under plain Node (validate, build): no aliases, no React.
    files: ['src/content/**'],
    ignores: testFiles,
    rules: restrictImports([
      crossFolderRelative,
      {
        group: ['@/*'],
        message: 'src/content runs under plain Node: use relative imports with .ts.',
      },
      { group: ['react', 'react-*', 'react/*'], message: 'src/content must not depend on React.' },
      {
        group: ['../build/*', '../app/*', '../lib/*', '../components/*', '../features/*'],
        message: 'src/content is the bottom layer: the build and the app depend on it, not back.',
      },
    ]),
  },
  {
    // Page addresses: read by every layer, so it depends on none.
    files: ['src/config/**'],
    rules: restrictImports([{ group: ['*'], message: 'src/config imports nothing.' }]),
  },
  {
    files: ['src/features/**'],
    ignores: testFiles,
    rules: restrictImports([
      crossFolderRelative,
      intoApp,
      intoTesting,
      {
        group: ['@/features/*'],
        message: 'Features never import each other; within a feature use relative imports.',
      },
    ]),
  },
  {
    files: ['src/app/**'],
    ignores: testFiles,
    rules: restrictImports([crossFolderRelative, intoTesting]),
  },
  {
    // Text from the fixtures is rendered by React as text; nothing may turn a string into markup.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render a string as HTML: fixture text is untrusted until validated.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never render a string as HTML: fixture text is untrusted until validated.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never render a string as HTML: fixture text is untrusted until validated.',
        },
      ],
    },
  },
  {
    files: testFiles,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['vite.config.ts', '.config/**', 'tests/**', 'src/content/**', 'src/build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
)

import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layers as in VS Code: shared is the ground floor; main, preload and renderer never import each other.
const layer = (name, forbidden) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `src/${name} may not import ${group}`
        }))
      }
    ]
  }
})
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'electron']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: globals.browser }
  },
  {
    files: ['src/main/**', 'src/preload/**', 'src/cli/**', 'test/**', 'bench/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['test/e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  },
  layer('shared', [
    ...nodeModules,
    'react',
    'react-dom',
    'dexie',
    '**/main/**',
    '**/preload/**',
    '**/renderer/**',
    '**/cli/**'
  ]),
  layer('renderer', [...nodeModules, '**/main/**', '**/preload/**', '**/cli/**']),
  // Dexie loads on first use (drafts/connection.ts), not with the startup script: elsewhere in the
  // renderer only its types may be imported, from it or from drafts/db.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/drafts/db.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', allowTypeImports: true, message: 'load Dexie through drafts/connection.ts' }
          ],
          patterns: [
            {
              group: ['**/drafts/db', './db'],
              allowTypeImports: true,
              message: 'load the database through drafts/connection.ts'
            }
          ]
        }
      ]
    }
  },
  layer('main', ['react', 'react-dom', 'dexie', '**/renderer/**', '**/preload/**', '**/cli/**']),
  layer('preload', ['react', 'react-dom', 'dexie', '**/renderer/**', '**/main/**', '**/cli/**']),
  layer('cli', ['electron', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/main/**', '**/preload/**'])
)

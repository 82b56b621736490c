/**
 * The layer rules of the README's Architecture section: a pure domain, use cases over ports, adapters outside.
 * `npm run lint` fails on any forbidden import.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports nothing outside itself: no npm packages, no node built-ins, no other layer.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'app-only-uses-domain',
      comment: 'Use cases (src/app) depend only on the domain and on their own ports.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { pathNot: '^src/(app|domain)/' },
    },
    {
      name: 'graphql-does-not-touch-adapters',
      comment: 'The GraphQL transport calls use cases; it never reaches the store, renderer, AI or language adapters.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(store|render|ai|lang|jobs|webhooks)/' },
    },
    {
      name: 'adapters-do-not-use-graphql',
      comment: 'Adapters never import the transport.',
      severity: 'error',
      from: { path: '^src/(store|render|ai|lang|jobs|webhooks)/' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|test/generated)/' },
  },
};

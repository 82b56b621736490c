/** Jest runs TypeScript through swc (fast, no type-check: `npm run typecheck` does that). */
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 60000,
  // `npm test` measures coverage of the pure domain (STYLE: 100 % is the aim; below 95 % fails the run).
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './src/domain/': { lines: 95, statements: 95 } },
};

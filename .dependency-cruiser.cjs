/**
 * Module boundaries, checked in the test run (test/architecture) and by `npm run depcheck`.
 * A lib is used only through its face, src/index.ts (imported as @ptc/<lib>).
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-internals',
      comment: "Another lib's internals are off-limits: import @ptc/<lib> (its src/index.ts) instead.",
      severity: 'error',
      from: { path: '^(libs|apps)/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-not-apps',
      comment: 'Libs are reused by several apps; they never depend on one.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'The platform is below every module: modules use it, never the other way round.',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '^libs/(?!platform/)' },
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
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};

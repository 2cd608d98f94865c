// The unit tests wait for states, never for a quiet period: a poll for a
// state (testing-library's waitFor) may take up to 30 s on a machine loaded
// past its cores (`npm run test:busy`), not its default one second. Only the
// DOM files render components, so only they load the library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 30_000 });
}

export {};

// Runs the compiled build (`npm run build`): maps the `@ptc/<lib>` path aliases, which TypeScript
// leaves as written, to the compiled libs in dist/. Development and tests run the sources instead.
import module from 'node:module';

const dist = new URL('./dist/', import.meta.url).href;
const lib = /^@ptc\/([a-z-]+)$/;

if (module.registerHooks) {
  // Node >= 22.15: synchronous, in-thread hooks (no round trip to a loader thread per import).
  module.registerHooks({
    resolve(specifier, context, next) {
      const match = lib.exec(specifier);
      return next(match ? `${dist}libs/${match[1]}/src/index.js` : specifier, context);
    },
  });
} else {
  module.register(
    'data:text/javascript,' +
      encodeURIComponent(`
        export async function resolve(specifier, context, next) {
          const match = /^@ptc\\/([a-z-]+)$/.exec(specifier);
          return next(match ? ${JSON.stringify(dist)} + 'libs/' + match[1] + '/src/index.js' : specifier, context);
        }`),
  );
}

// Runs the compiled build (`npm run build`): maps the `@ptc/<lib>` path aliases, which TypeScript
// leaves as written, to the compiled libs in dist/. Development and tests run the sources instead.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const dist = ${JSON.stringify(new URL('./dist/', import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        const lib = /^@ptc\\/([a-z-]+)$/.exec(specifier);
        return next(lib ? dist + 'libs/' + lib[1] + '/src/index.js' : specifier, context);
      }`),
);

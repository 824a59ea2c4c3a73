import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The variables the configuration reader reads, from its source (every read names its variable). */
function variablesRead(): string[] {
  return [...new Set([...read('libs/platform/src/config/app-config.ts').matchAll(/read\.\w+\('([A-Z0-9_]+)'/g)].map((m) => m[1]))].sort();
}

describe('.env.example', () => {
  it('lists every variable the configuration reads, and nothing it does not', () => {
    const listed = [...read('.env.example').matchAll(/^# ([A-Z0-9_]+)=/gm)].map((m) => m[1]);
    const documentedElsewhere = ['PTC_OPERATOR_PASSWORD']; // read by `cli create-operator` only
    expect([...new Set(listed)].sort()).toEqual([...variablesRead(), ...documentedElsewhere].sort());
  });

  it('is read by the start and CLI scripts when a .env exists', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['start', 'start:prod', 'cli']) expect([name, scripts[name]]).toEqual([name, expect.stringContaining('--env-file-if-exists=.env')]);
  });
});

describe('the README', () => {
  it("documents every variable the configuration reads in its Configuration section", () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const documented = new Set([...section.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]));
    expect(variablesRead().filter((name) => !documented.has(name))).toEqual([]);
  });
});

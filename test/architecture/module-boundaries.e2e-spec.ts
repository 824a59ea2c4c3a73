import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

function cruise(cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [DEPCRUISE, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err', 'apps', 'libs'], {
    cwd,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('module boundaries (dependency-cruiser)', () => {
  it('finds no violation in the code base', () => {
    const { status, output } = cruise(ROOT);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('fails when a lib imports another lib’s internal file, and accepts the same use through its index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptc-boundaries-'));
    try {
      mkdirSync(join(dir, 'apps'), { recursive: true });
      for (const lib of ['alpha', 'beta']) mkdirSync(join(dir, 'libs', lib, 'src'), { recursive: true });
      writeFileSync(join(dir, 'libs/alpha/src/secret.entity.ts'), 'export class Secret {}\n');
      writeFileSync(join(dir, 'libs/alpha/src/index.ts'), "export { Secret } from './secret.entity.js';\n");
      writeFileSync(join(dir, 'libs/beta/src/index.ts'), "import { Secret } from '../../alpha/src/secret.entity.js';\nexport const leaked = Secret;\n");
      cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));

      const forbidden = cruise(dir);
      expect(forbidden.status).not.toBe(0);
      expect(forbidden.output).toContain('lib-internals: libs/beta/src/index.ts → libs/alpha/src/secret.entity.ts');

      writeFileSync(join(dir, 'libs/beta/src/index.ts'), "import { Secret } from '../../alpha/src/index.js';\nexport const used = Secret;\n");
      const allowed = cruise(dir);
      expect(allowed.output).toContain('no dependency violations found');
      expect(allowed.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('types', () => {
  it('type-checks the whole code base (tests run through SWC, which does not)', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../lib/x');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && name !== 'selectors.ts')
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

/*
 * X changes its markup without notice. Keeping every selector in lib/x/selectors.ts means one
 * file to read and fix when that happens; this holds the rest of lib/x to it.
 */
describe('x.com knowledge stays in selectors.ts', () => {
  it.each(sources)('$name names no test id, role or X class of its own', ({ text }) => {
    expect(text).not.toMatch(/data-testid/);
    expect(text).not.toMatch(/\[role=/);
    expect(text).not.toMatch(/querySelector(All)?\(['"`]\./);
  });

  it('finds the files it checks', () => {
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(['coach.ts', 'composers.ts', 'profile.ts']),
    );
  });
});

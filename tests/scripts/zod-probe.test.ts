import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodWithoutEvalProbe } from '../../scripts/bundle';

const require = createRequire(import.meta.url);
/** zod's util.js as installed, the file the build bundles. */
const utilPath = join(dirname(require.resolve('zod/package.json')), 'v4/core/util.js');
const util = readFileSync(utilPath, 'utf8');

type Transform = (
  this: { error(message: string): never },
  code: string,
  id: string,
) => { code: string } | null;
const transform = zodWithoutEvalProbe().transform as unknown as Transform;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe('zodWithoutEvalProbe', () => {
  it('makes the installed zod’s eval probe answer no without calling Function', () => {
    expect(util).toMatch(/new F\(""\)/);
    const result = transform.call(context, util, utilPath);
    expect(result?.code).toContain('export const allowsEval = /* @__PURE__*/ cached(() => false);');
    expect(result?.code).not.toMatch(/new F\(""\)/);
    // Only the probe changes, and every line after it keeps its number.
    expect(result?.code.split('\n').length).toBe(util.split('\n').length);
    expect(result?.code.split('\n').at(-2)).toBe(util.split('\n').at(-2));
  });

  it('stops the build when zod’s probe no longer looks as expected', () => {
    const changed = util.replace('export const allowsEval', 'export const mayEval');
    expect(() => transform.call(context, changed, utilPath)).toThrow(/allowsEval probe has changed/);
  });

  it('leaves every other file alone', () => {
    expect(transform.call(context, util, '/project/node_modules/zod/v4/core/schemas.js')).toBeNull();
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/**
 * The modules of the code, lowest first. A module may import only modules before it in this list
 * (and itself): dependencies point one way, so a low module never pulls a high one along, and no
 * two modules import each other. docs/architecture.md explains each layer.
 */
const layers = [
  'lib/core',
  'lib/text',
  'lib/i18n',
  'lib/advice',
  'lib/strategy',
  'lib/rules',
  'lib/thread',
  'lib/learn',
  'lib/postlog',
  'lib/messaging',
  'lib/checklist',
  'lib/x',
  'lib/background',
  'components',
  'entrypoints',
] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The layer a path in the repository belongs to, or undefined outside them. */
function layerOf(path: string): string | undefined {
  const rel = relative(root, path).replaceAll('\\', '/');
  return layers.find((layer) => rel === layer || rel.startsWith(`${layer}/`) || rel.startsWith(`${layer}.`));
}

/** Every relative import (static, dynamic, type-only, re-export) of a file, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^import\s+['"]([^'"]+)['"]/gm),
  ].map((match) => match[1] as string);
  return specifiers.filter((spec) => spec.startsWith('.')).map((spec) => resolve(dirname(file), spec));
}

const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => sourceFiles(join(root, dir)));

describe('dependencies point one way', () => {
  it('knows the layer of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => layerOf(file) === undefined).map((file) => relative(root, file))).toEqual(
      [],
    );
  });

  it('has no import from a lower layer to a higher one, nor between two layers both ways', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file) as string;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (!to || to === from) continue;
        if (layers.indexOf(to as (typeof layers)[number]) > layers.indexOf(from as (typeof layers)[number])) {
          upward.push(`${relative(root, file)} → ${relative(root, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps lib/core free of the project: it imports nothing of it', () => {
    for (const file of files.filter((f) => layerOf(f) === 'lib/core')) {
      for (const target of importsOf(file)) expect(layerOf(target), relative(root, file)).toBe('lib/core');
    }
  });
});

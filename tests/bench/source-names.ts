/**
 * Names for Kvitter's functions in a profile: the built scripts are minified, so V8 reports names
 * like `e` at line 1. When the build kept source maps (`KVITTER_SOURCEMAP=1 wxt build`, as the
 * benchmark scripts do: hidden maps beside the files, the scripts themselves unchanged), each
 * function is named by its place in the source and the start of that line there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import type { FunctionTime } from './profile';

type Consumer = { map: SourceMapConsumer; sources: Map<string, string[]> };

/** Describes a function of Kvitter's built scripts, given the folder they were built into. */
export function sourceNamer(extensionDir: string): (fn: FunctionTime) => string {
  const consumers = new Map<string, Consumer | null>();
  const consumerFor = (path: string): Consumer | null => {
    if (consumers.has(path)) return consumers.get(path) ?? null;
    const file = join(extensionDir, `${path}.map`);
    let consumer: Consumer | null = null;
    if (existsSync(file)) {
      const map = new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')));
      const sources = new Map<string, string[]>();
      for (const source of map.sources) {
        const content = map.sourceContentFor(source, true);
        if (content) sources.set(source, content.split('\n'));
      }
      consumer = { map, sources };
    }
    consumers.set(path, consumer);
    return consumer;
  };
  return (fn) => {
    const path = fn.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const built = `${path}:${fn.line + 1}:${fn.column + 1} ${fn.functionName}`;
    const consumer = consumerFor(path);
    if (!consumer) return built;
    const at = consumer.map.originalPositionFor({ line: fn.line + 1, column: fn.column });
    if (!at.source || at.line === null) return built;
    const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
    const text = (consumer.sources.get(at.source)?.[at.line - 1] ?? '').trim();
    const excerpt = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return `${source}:${at.line} ${at.name ?? ''} \`${excerpt}\``.replace('  ', ' ');
  };
}

/**
 * Kvitter's ten costliest functions of one or more profiles, by source name, one line each:
 * time over `divisor` (seconds of scrolling, keystrokes...) and the two browser functions each
 * spent most in.
 */
export function costliestLines(
  functions: readonly FunctionTime[],
  divisor: number,
  extensionDir: string,
): string[] {
  const name = sourceNamer(extensionDir);
  const byName = new Map<string, { ms: number; callees: Map<string, number> }>();
  for (const fn of functions) {
    const entry = byName.get(name(fn)) ?? { ms: 0, callees: new Map<string, number>() };
    entry.ms += fn.ms;
    for (const [callee, ms] of fn.callees) entry.callees.set(callee, (entry.callees.get(callee) ?? 0) + ms);
    byName.set(name(fn), entry);
  }
  const f = (ms: number) => (ms / divisor).toFixed(2);
  return [...byName.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 10)
    .map(([where, { ms, callees }]) => {
      const calls = [...callees.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([callee, calleeMs]) => `${callee.slice(0, 40)} ${f(calleeMs)}`)
        .join(', ');
      return `  ${f(ms)}  ${where}${calls ? `  [in ${calls}]` : ''}`;
    });
}

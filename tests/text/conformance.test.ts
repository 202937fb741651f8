import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import twttr from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { extractEmoji, extractHashtags, extractMentions, extractUrls } from '../../lib/text/entities';
import { countWeighted } from '../../lib/text/weighted-length';

// twitter-text's conformance suite (v3.1.0, unmodified: see the folder's README), read at test
// time as its README asks rather than turned into hand-written cases.
const dir = resolve(__dirname, '../fixtures/twitter-text-conformance');
type Case<E> = { description: string; text: string; expected: E };
const load = (file: string) =>
  parse(readFileSync(resolve(dir, file), 'utf8')).tests as Record<string, Case<unknown>[]>;
const validate = load('validate.yml');
const extract = load('extract.yml');

type Weighted = { weightedLength: number; valid: boolean; validRangeEnd: number; permillage: number };

// Config v3 (emoji count as two) is what twitter-text's own tests run these sections with.
const v3Sections = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];

describe('weighted length: validate.yml, config v3', () => {
  const cases = v3Sections.flatMap((s) => (validate[s] ?? []) as Case<Weighted>[]);
  it('has the cases', () => expect(cases.length).toBeGreaterThan(20));
  for (const c of cases) {
    it(c.description, () => {
      const text = c.text.normalize('NFC');
      const count = countWeighted(text, extractUrls(text), extractEmoji(text));
      expect(count.weightedLength).toBe(c.expected.weightedLength);
      expect(count.valid).toBe(c.expected.valid);
      // parseTweet reports the end in the user's text by adding back what NFC removed.
      expect(count.validRangeEnd + (c.text.length - text.length)).toBe(c.expected.validRangeEnd);
      const report = analyzeDraft({ text: c.text, kind: 'post' }, defaultStrategy);
      expect(report.weightedLength).toBe(c.expected.weightedLength);
      expect(report.valid).toBe(c.expected.valid);
      // Past 280 the length rule marks exactly what X would cut.
      const error = report.hints.find(
        (h) => h.ruleId === 'length' && h.severity === 'error' && h.range?.end === c.text.length,
      );
      if (c.expected.weightedLength > 280) expect(error?.range?.start).toBe(c.expected.validRangeEnd + 1);
      else expect(error).toBeUndefined();
    });
  }
});

describe('weighted length: validate.yml tweets section agrees with parseTweet', () => {
  for (const c of (validate.tweets ?? []) as Case<boolean>[]) {
    it(c.description, () => {
      const report = analyzeDraft({ text: c.text, kind: 'post' }, defaultStrategy);
      expect(report.valid).toBe(twttr.parseTweet(c.text).valid);
    });
  }
});

type Indexed = { indices: [number, number] } & Record<string, unknown>;
const range = (i: [number, number]) => ({ start: i[0], end: i[1] });

describe('extract.yml: hashtags', () => {
  for (const section of ['hashtags', 'hashtags_from_astral']) {
    for (const c of (extract[section] ?? []) as Case<string[]>[]) {
      it(`${section}: ${c.description}`, () =>
        expect(extractHashtags(c.text).map((h) => h.tag)).toEqual(c.expected));
    }
  }
  for (const c of (extract.hashtags_with_indices ?? []) as Case<Indexed[]>[]) {
    it(`hashtags_with_indices: ${c.description}`, () =>
      expect(extractHashtags(c.text)).toEqual(
        c.expected.map((e) => ({ tag: e.hashtag, range: range(e.indices) })),
      ));
  }
});

describe('extract.yml: mentions', () => {
  for (const c of (extract.mentions ?? []) as Case<string[]>[]) {
    it(`mentions: ${c.description}`, () =>
      expect(extractMentions(c.text).map((m) => m.screenName)).toEqual(c.expected));
  }
  for (const c of (extract.mentions_with_indices ?? []) as Case<Indexed[]>[]) {
    it(`mentions_with_indices: ${c.description}`, () =>
      expect(extractMentions(c.text)).toEqual(
        c.expected.map((e) => ({ screenName: e.screen_name, range: range(e.indices) })),
      ));
  }
});

describe('extract.yml: URLs', () => {
  for (const section of ['urls', 'tco_urls_with_params']) {
    for (const c of (extract[section] ?? []) as Case<string[]>[]) {
      it(`${section}: ${c.description}`, () =>
        expect(extractUrls(c.text).map((u) => u.url)).toEqual(c.expected));
    }
  }
  for (const section of ['urls_with_indices', 'urls_with_directional_markers']) {
    for (const c of (extract[section] ?? []) as Case<Indexed[]>[]) {
      it(`${section}: ${c.description}`, () =>
        expect(extractUrls(c.text)).toEqual(
          c.expected.map((e) => ({ url: e.url, range: range(e.indices) })),
        ));
    }
  }
});

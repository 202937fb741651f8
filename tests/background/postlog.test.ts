import { storage } from '@wxt-dev/storage';
import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../lib/background/router';
import { startBackground } from '../../lib/background/start';
import {
  appendPost,
  POST_LOG_KEY,
  POST_LOG_MAX,
  type PostLogEntry,
  readPostLog,
} from '../../lib/postlog/log';
import { computeStats, startOfWeek } from '../../lib/postlog/stats';
import { defaultStrategy, presets } from '../../lib/strategy';
import { xTab } from '../messaging/senders';

const DAY = 24 * 60 * 60 * 1000;
const entry = (
  t: number,
  kind: PostLogEntry['kind'] = 'post',
  language: PostLogEntry['language'] = 'nb',
): PostLogEntry => ({
  t,
  kind,
  language,
  hashtags: 0,
});

describe('post log', () => {
  it('keeps at most 5,000 entries, dropping the oldest', async () => {
    await storage.setItem(
      POST_LOG_KEY,
      Array.from({ length: POST_LOG_MAX }, (_, i) => entry(i)),
    );
    await appendPost(entry(POST_LOG_MAX + 10, 'reply'));
    const log = await readPostLog();
    expect(log).toHaveLength(POST_LOG_MAX);
    expect(log[0]?.t).toBe(1);
    expect(log.at(-1)).toEqual(entry(POST_LOG_MAX + 10, 'reply'));
  });

  it('keeps every post logged at the same moment', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendPost(entry(i))));
    expect((await readPostLog()).map((e) => e.t)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('records time, kind, written standard and hashtag count, never the text', async () => {
    const background = startBackground({ coachApis: {}, now: () => 1234 });
    const message = {
      type: 'post-made',
      kind: 'quote',
      language: 'nn',
      hashtagCount: 2,
      text: 'Hemmeleg utkast',
    };
    expect(await routeMessage(message, xTab(), background.deps)).toEqual({ ok: true });
    const stored = await storage.getItem(POST_LOG_KEY);
    expect(stored).toEqual([{ t: 1234, kind: 'quote', language: 'nn', hashtags: 2 }]);
    expect(JSON.stringify(stored)).not.toContain('Hemmeleg');
  });
});

describe('statistics', () => {
  // Wednesday 25 November 2026, noon local time.
  const now = new Date(2026, 10, 25, 12).getTime();

  it('weeks start on Monday at midnight', () => {
    expect(new Date(startOfWeek(now))).toEqual(new Date(2026, 10, 23, 0, 0, 0, 0));
    const sunday = new Date(2026, 10, 29, 23, 59).getTime();
    expect(startOfWeek(sunday)).toBe(startOfWeek(now));
  });

  it('counts posts this week against the target, replies and quotes against originals, and the nynorsk share', () => {
    const monday = new Date(2026, 10, 23, 0, 1).getTime();
    const lastSunday = new Date(2026, 10, 22, 23, 59).getTime();
    const log = [
      entry(now - 40 * DAY, 'post', 'nn'), // outside 30 days: counts for nothing
      entry(now - 20 * DAY, 'reply', 'nn'),
      entry(lastSunday, 'quote', 'en'),
      entry(monday, 'post', 'nb'),
      entry(now - 1000, 'post', 'nb'),
      entry(now - 500, 'reply', 'und'),
    ];
    const strategy = presets.find((p) => p.id === 'public-body')?.strategy ?? defaultStrategy;
    expect(computeStats(log, strategy, now)).toEqual({
      postsThisWeek: 3,
      postsPerWeekTarget: strategy.postsPerWeek,
      originals30d: 2,
      repliesAndQuotes30d: 3,
      nynorskShare30d: 33.3,
      nynorskTarget: 25,
    });
  });

  it('has no nynorsk share when there were no Norwegian posts', () => {
    const stats = computeStats([entry(now - DAY, 'post', 'en')], defaultStrategy, now);
    expect(stats.nynorskShare30d).toBeNull();
    expect(stats.nynorskTarget).toBeNull();
    expect(computeStats([], defaultStrategy, now)).toMatchObject({ postsThisWeek: 0, originals30d: 0 });
  });
});

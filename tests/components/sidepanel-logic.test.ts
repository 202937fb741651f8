import { describe, expect, it } from 'vitest';
import { announcement } from '../../components/sidepanel/announcement';
import { meterLevel } from '../../components/sidepanel/LengthMeter';
import { chooseNextAdvice } from '../../components/sidepanel/nextAdvice';
import { activeComposers } from '../../components/sidepanel/TabCoach';
import type { Stats } from '../../lib/postlog/stats';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { hint, okComposer } from './fakeClient';

const planned: Strategy = {
  ...defaultStrategy,
  audience: 'Lærere',
  topics: [{ name: 'Skole', keywords: ['skole'] }],
  postsPerWeek: 3,
};
const calm: Stats = {
  postsThisWeek: 3,
  postsPerWeekTarget: 3,
  originals30d: 10,
  repliesAndQuotes30d: 8,
  nynorskShare30d: 30,
  nynorskTarget: 25,
};

describe('the one advice to act on', () => {
  it('asks for a strategy while audience, topics or cadence is missing', () => {
    expect(chooseNextAdvice(defaultStrategy, calm).key).toBe('nextStrategy');
    expect(chooseNextAdvice({ ...planned, postsPerWeek: 0 }, calm).key).toBe('nextStrategy');
  });

  it('asks to listen when posts far outnumber replies and quotes', () => {
    expect(chooseNextAdvice(planned, { ...calm, repliesAndQuotes30d: 4 }).adviceId).toBe(
      'listen-not-only-talk',
    );
    // Too few posts to say anything about the balance.
    expect(chooseNextAdvice(planned, { ...calm, originals30d: 2, repliesAndQuotes30d: 0 }).key).toBe(
      'nextRelevant',
    );
  });

  it('points at the nynorsk target when below it', () => {
    expect(chooseNextAdvice(planned, { ...calm, nynorskShare30d: 12.6 })).toEqual({
      key: 'nextNynorsk',
      adviceId: 'channel-fit',
      params: { share: 13, target: 25 },
    });
    expect(chooseNextAdvice(planned, { ...calm, nynorskShare30d: null }).key).toBe('nextRelevant');
  });

  it('asks for the posts still missing this week, else says the user is on track', () => {
    expect(chooseNextAdvice(planned, { ...calm, postsThisWeek: 1 })).toMatchObject({
      key: 'nextPostMore',
      params: { n: 1, target: 3 },
    });
    expect(chooseNextAdvice(planned, calm).key).toBe('nextRelevant');
    expect(chooseNextAdvice(planned, undefined).key).toBe('nextRelevant');
  });
});

describe('the length ring', () => {
  it('changes level past the target, near the limit and over it', () => {
    expect(meterLevel(100, 280, 200)).toBe('ok');
    expect(meterLevel(201, 280, 200)).toBe('target');
    expect(meterLevel(260, 280, 200)).toBe('near');
    expect(meterLevel(280, 280, 200)).toBe('near');
    expect(meterLevel(281, 280, 200)).toBe('over');
  });
});

describe('which composers the panel shows', () => {
  it('shows every part of a surface being written in, in order, and skips empty boxes elsewhere', () => {
    const shown = activeComposers([
      okComposer('home', '', []),
      okComposer('m1', '', [], { surface: 'modal', position: 1 }),
      okComposer('m0', 'Hei', [], { surface: 'modal', position: 0 }),
      { status: 'unreadable', id: 'u', surface: 'mobile', reason: 'x' },
    ]);
    expect(shown.map((c) => c.id)).toEqual(['m0', 'm1']);
    expect(activeComposers([okComposer('home', '  ', [])])).toEqual([]);
  });
});

describe('what the live region says', () => {
  const cheer = hint({
    ruleId: 'empty-cheer',
    severity: 'warning',
    message: { nb: 'Bare jubel', nn: 'B', en: 'E' },
  });
  const long = hint({
    ruleId: 'length',
    severity: 'error',
    message: { nb: 'For langt', nn: 'L', en: 'Too long' },
  });

  it('gives the counts and only the new messages', () => {
    expect(announcement([], [cheer], 'nb')).toBe('Feil: 0, advarsler: 1, forslag: 0. Ny: Bare jubel');
    expect(announcement(['E'], [cheer, long], 'en')).toBe(
      'Errors: 1, warnings: 1, suggestions: 0. New: Too long',
    );
    expect(announcement(['E'], [], 'en')).toBe('No hints.');
  });
});

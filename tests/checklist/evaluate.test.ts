import { describe, expect, it } from 'vitest';
import { adviceIds } from '../../lib/advice';
import {
  type ChecklistItemId,
  checklistItemIds,
  checklistProgress,
  evaluateChecklist,
  type ItemResult,
} from '../../lib/checklist';
import type { ProfileScan } from '../../lib/messaging/protocol';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';

const scan: ProfileScan = {
  handle: 'kvitter_as',
  displayName: 'Kvitter AS',
  hasDefaultAvatar: false,
  hasBanner: true,
  bio: 'Vi lager Kvitter, en skrivecoach for X.',
  location: 'Bergen',
  website: 'https://kvitter.example',
  verified: false,
  followingCount: 120,
  followersCount: 300,
  scannedAt: 1,
};

const company: Strategy = { ...defaultStrategy, accountType: 'company', brandNames: ['Kvitter'] };

function item(results: ItemResult[], id: ChecklistItemId): ItemResult {
  const found = results.find((result) => result.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function evaluate(overrides: Partial<Parameters<typeof evaluateChecklist>[0]> = {}) {
  return evaluateChecklist({ scan, strategy: company, ticked: [], ...overrides });
}

describe('the checklist items', () => {
  it('covers table B of docs/advice.md, each item an advice id', () => {
    expect(checklistItemIds).toHaveLength(12);
    for (const id of checklistItemIds) expect(adviceIds).toContain(id);
  });

  it('is unknown where it needs a profile scan that never happened', () => {
    const results = evaluate({ scan: null });
    for (const id of ['profile-photo', 'bio-who', 'secure-name', 'profile-link', 'verified'] as const) {
      expect(item(results, id)).toMatchObject({ state: 'unknown', reason: 'not-scanned' });
    }
  });
});

describe('automatic items', () => {
  it('profile-photo: done with an own picture, to do with the default one', () => {
    expect(item(evaluate(), 'profile-photo').state).toBe('done');
    expect(item(evaluate({ scan: { ...scan, hasDefaultAvatar: true } }), 'profile-photo')).toMatchObject({
      state: 'todo',
      reason: 'photo-default',
    });
  });

  it('bio-who: needs a bio, and for a company one that names the brand', () => {
    expect(item(evaluate(), 'bio-who')).toMatchObject({ state: 'done', reason: 'bio-names-brand' });
    expect(item(evaluate({ scan: { ...scan, bio: null } }), 'bio-who').state).toBe('todo');
    expect(item(evaluate({ scan: { ...scan, bio: '   ' } }), 'bio-who').state).toBe('todo');
    const noBrand = item(evaluate({ scan: { ...scan, bio: 'Skrivecoach for X.' } }), 'bio-who');
    expect(noBrand).toMatchObject({
      state: 'todo',
      reason: 'bio-lacks-brand',
      params: { brands: 'Kvitter' },
    });
    // A personal account only needs a bio.
    const personal = evaluate({ scan: { ...scan, bio: 'Lærer i Bergen.' }, strategy: defaultStrategy });
    expect(item(personal, 'bio-who')).toMatchObject({ state: 'done', reason: 'bio-present' });
  });

  it('bio-who: the user can confirm it by hand', () => {
    const results = evaluate({ scan: { ...scan, bio: 'Skrivecoach.' }, ticked: ['bio-who'] });
    expect(item(results, 'bio-who')).toMatchObject({ state: 'done', reason: 'confirmed-by-hand' });
    expect(item(evaluate({ scan: null, ticked: ['bio-who'] }), 'bio-who').state).toBe('done');
  });

  it('secure-name: the handle or display name matches a brand name, however written', () => {
    expect(item(evaluate(), 'secure-name')).toMatchObject({ state: 'done', reason: 'name-matches' });
    const spaced = { ...company, brandNames: ['Kvitter AS'] };
    expect(
      item(evaluate({ strategy: spaced, scan: { ...scan, displayName: 'Someone' } }), 'secure-name').state,
    ).toBe('done');
    const other = evaluate({ scan: { ...scan, handle: 'someone', displayName: 'Someone' } });
    expect(item(other, 'secure-name')).toMatchObject({ state: 'todo', reason: 'name-differs' });
    expect(item(evaluate({ strategy: defaultStrategy }), 'secure-name')).toMatchObject({
      state: 'unknown',
      reason: 'no-brand-names',
    });
  });

  it('profile-link: the website field from the scan, the homepage link by hand', () => {
    expect(item(evaluate({ scan: { ...scan, website: null } }), 'profile-link')).toMatchObject({
      state: 'todo',
      reason: 'website-missing',
    });
    expect(item(evaluate(), 'profile-link')).toMatchObject({ state: 'todo', reason: 'homepage-unconfirmed' });
    expect(item(evaluate({ ticked: ['profile-link'] }), 'profile-link').state).toBe('done');
  });

  it('have-strategy: audience, topics and cadence filled in', () => {
    expect(item(evaluate({ strategy: defaultStrategy }), 'have-strategy')).toMatchObject({
      state: 'todo',
      params: { missing: 'audience,topics' },
    });
    const full = { ...defaultStrategy, audience: 'Lærere', topics: [{ name: 'Skole', keywords: [] }] };
    expect(item(evaluate({ strategy: full }), 'have-strategy').state).toBe('done');
    expect(item(evaluate({ strategy: { ...full, postsPerWeek: 0 } }), 'have-strategy').params).toEqual({
      missing: 'cadence',
    });
    expect(item(evaluate({ strategy: null }), 'have-strategy').state).toBe('unknown');
  });

  it('verified is informational: done when detected, never a to-do', () => {
    expect(item(evaluate({ scan: { ...scan, verified: true } }), 'verified').state).toBe('done');
    expect(item(evaluate(), 'verified')).toMatchObject({ state: 'unknown', reason: 'not-verified' });
  });
});

describe('items ticked by hand', () => {
  const hand = ['handle-everywhere', 'embed-feed', 'follow-people', 'use-lists', 'mention-alerts'] as const;

  it('are to do until ticked, then done', () => {
    const before = evaluate();
    const after = evaluate({ ticked: [...hand] });
    for (const id of hand) {
      expect(item(before, id).state).toBe('todo');
      expect(item(after, id)).toMatchObject({ state: 'done', ticked: true });
    }
  });

  it('shows the following count on follow-people when the scan knows it', () => {
    expect(item(evaluate(), 'follow-people').params).toEqual({ following: 120 });
    expect(item(evaluate({ scan: null }), 'follow-people').params).toEqual({});
  });

  it('cannot tick automatic or advice-only items', () => {
    const results = evaluate({
      scan: { ...scan, hasDefaultAvatar: true },
      ticked: ['profile-photo', 'no-bought-followers'],
    });
    expect(item(results, 'profile-photo').state).toBe('todo');
    expect(item(results, 'no-bought-followers')).toMatchObject({ state: 'unknown', reason: 'advice-only' });
  });
});

describe('progress', () => {
  it('counts done items over all but the advice-only ones', () => {
    const results = evaluate({ ticked: ['use-lists'] });
    // photo, bio, name and list: 4 of the 10 countable items.
    expect(checklistProgress(results)).toEqual({ done: 4, total: 10 });
  });
});

import { describe, expect, it } from 'vitest';
import { ChangeGate } from '../../lib/x/snapshot';

describe('ChangeGate', () => {
  it('lets a snapshot through only when it differs from the last one sent', () => {
    const gate = new ChangeGate<{ text: string; hints: string[] }>();
    expect(gate.pass({ text: 'a', hints: [] })).toBe(true);
    expect(gate.pass({ text: 'a', hints: [] })).toBe(false);
    expect(gate.pass({ text: 'a', hints: ['length'] })).toBe(true);
    expect(gate.pass({ text: 'a', hints: [] })).toBe(true);
  });

  it('lets the next snapshot through after a reset', () => {
    const gate = new ChangeGate<number>();
    gate.pass(1);
    gate.reset();
    expect(gate.pass(1)).toBe(true);
  });
});

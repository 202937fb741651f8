import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tabCommandSchema } from '../../lib/messaging/protocol';
import { parseTabCommand } from '../../lib/x/tab-command';

const valid = {
  type: 'apply-fix',
  composerId: 'home:0',
  fix: { label: { nb: 'Fjern', nn: 'Fjern', en: 'Remove' }, range: { start: 3, end: 8 }, text: '' },
};

describe('parseTabCommand', () => {
  it('accepts a well-formed apply-fix command and drops unknown fields', () => {
    expect(parseTabCommand({ ...valid, extra: 1 })).toEqual(valid);
  });

  it.each([
    ['another type', { ...valid, type: 'delete-everything' }],
    ['a negative offset', { ...valid, fix: { ...valid.fix, range: { start: -1, end: 2 } } }],
    ['a fractional offset', { ...valid, fix: { ...valid.fix, range: { start: 1.5, end: 2 } } }],
    ['a label missing nynorsk', { ...valid, fix: { ...valid.fix, label: { nb: 'a', en: 'b' } } }],
    ['no text', { ...valid, fix: { label: valid.fix.label, range: valid.fix.range } }],
  ])('refuses %s', (_, message) => {
    expect(parseTabCommand(message)).toBeNull();
  });

  it('agrees with the protocol schema on arbitrary input', () => {
    const offset = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant('1'));
    const message = fc.record(
      {
        type: fc.constantFrom('apply-fix', 'other'),
        composerId: fc.oneof(fc.string(), fc.integer()),
        fix: fc.record(
          {
            label: fc.record({
              nb: fc.string(),
              nn: fc.oneof(fc.string(), fc.constant(null)),
              en: fc.string(),
            }),
            range: fc.record({ start: offset, end: offset }),
            text: fc.oneof(fc.string(), fc.boolean()),
          },
          { requiredKeys: ['range'] },
        ),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(message, (input) => {
        expect(parseTabCommand(input) !== null).toBe(tabCommandSchema.safeParse(input).success);
      }),
      { numRuns: 500 },
    );
  });
});

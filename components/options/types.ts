import type { Strategy } from '../../lib/strategy/schema';

/** Sets one field of the draft strategy by its path, as the schema's error paths name it. */
export type Update = (path: readonly (string | number)[], value: unknown) => void;

/** What every form section gets: the draft under edit and the way to change it. */
export type SectionProps = { draft: Strategy; update: Update };

import { type AdviceEntry, adviceCatalog } from './catalog';
import { type SeedSource, seedSources } from './sources';

export type { AdviceEntry, AdviceSource } from './catalog';
export type { SeedId, SeedSource } from './sources';
export { adviceCatalog, seedSources };

const byId = new Map(adviceCatalog.map((a) => [a.id, a]));

/** The advice with this id, or undefined for an unknown id. */
export function getAdvice(id: string): AdviceEntry | undefined {
  return byId.get(id);
}

/** Every advice id, in the order of docs/advice.md. */
export const adviceIds: readonly string[] = adviceCatalog.map((a) => a.id);

/** The seed posts an advice comes from, with their titles, for the "Why?" panel. */
export function adviceSources(id: string): Array<SeedSource & { where?: string }> {
  return (byId.get(id)?.sources ?? []).map((s) => ({ ...seedSources[s.seed], where: s.where }));
}

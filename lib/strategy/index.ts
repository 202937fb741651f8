/**
 * The user's strategy: what makes Kvitter their coach. Schema and defaults, presets, parsing with
 * errors a person understands, migrations, storage (sync, else local) and import/export.
 */
export { defaultRuleSettings, defaultStrategy, defaultThreadSettings } from './defaults';
export { fieldName } from './errors';
export { documentVersion, type LegacyStrategyV0, migrateToCurrent } from './migrations';
export { type LoadResult, loadStrategy, type ParseResult, parseStrategy } from './parse';
export { type Preset, presets } from './presets';
export {
  type AccountType,
  accountTypes,
  STRATEGY_VERSION,
  type Strategy,
  strategySchema,
  type ThreadNumbering,
  type Topic,
  threadNumberings,
  type UiLanguage,
  type UiLanguagePreference,
  uiLanguages,
  writtenStandards,
} from './schema';
export { type ResolvedStrategy, readStrategy } from './storage';
export { type StrategySnapshot, StrategyStore, type WriteResult } from './store';
export { EXPORT_FORMAT, exportDocument, MAX_IMPORT_BYTES, parseImport } from './transfer';

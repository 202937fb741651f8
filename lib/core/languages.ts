/** The languages of Kvitter's interface. */
export const uiLanguages = ['nb', 'nn', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The written standards a draft can be in and a strategy can allow. */
export const writtenStandards = ['nb', 'nn', 'en'] as const;

/** What the detector says about a draft: a written standard, or `und` when it cannot tell. */
export const detectedStandards = [...writtenStandards, 'und'] as const;
export type WrittenStandard = (typeof detectedStandards)[number];

/** The user's choice of interface language: one of them, or the browser's (`auto`). */
export const uiLanguagePreferences = ['auto', ...uiLanguages] as const;
export type UiLanguagePreference = (typeof uiLanguagePreferences)[number];

/** The written standards Kvitter tells apart; `und` when a draft is too short to say. */
export type WrittenStandard = 'nb' | 'nn' | 'en' | 'und';

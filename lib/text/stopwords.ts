/**
 * Function words that carry no topic of their own. Used to count "words of the user's own"
 * (link-without-comment, off-topic, empty-cheer), never to judge the language.
 */
const nb = `alle aldri andre at av bare begge bli blir ble blitt bra da de deg dem den denne dere deres
det dette din disse ditt du eller en ene enn er et ett etter for fordi fra før god ha hadde han
har hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor i igjen ikke ingen inn jeg jo kan
kanskje kom komme kommer kunne man mange med meg mellom men mer mest min mine mitt mot mye må
måtte ned noe noen nok nå når og også om opp oss over på sa samme seg selv sin sine sitt skal
skulle slik som så til under ut uten var vi vil ville vår være vært å også der her nei ja litt
veldig helt sånn går gjør gjøre få får fikk si sier`;

const nn = `alle aldri andre at av berre begge bli blir blei vart vorte bra då dei deg dykk dykkar den
denne dette di desse ditt du eller ein eit ei enn er etter for fordi frå før god ha hadde han har
ho kva kven kvar kvifor korleis kvi i igjen ikkje ingen inn eg me jo kan kanskje kom kome kjem
kunne mange med meg mellom men meir mest min mine mitt mot mykje må måtte ned noko nokon nok no
når og òg også om opp oss over på sa same seg sjølv sin sine sitt skal skulle slik som så til
under ut utan var vi vil ville vår vere vore å der her nei ja litt veldig heilt slik går gjer
gjere få får fekk seier`;

const en = `a about after again all also am an and any are as at be because been before being both but
by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off
on once only or other our ours out over own same she should so some such than that the their
them then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yes ok really`;

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** The function words of each language, as sets of lower-case words. */
export const stopwords = { nb: toSet(nb), nn: toSet(nn), en: toSet(en) } as const;

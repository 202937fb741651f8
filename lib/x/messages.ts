import { defineCatalog } from '../i18n/index';

/** What the content script itself says on x.com: the badge and the answers to a quick fix. */
export const xMessages = defineCatalog({
  nb: {
    badgeLabel: 'Kvitter: {errors} feil, {warnings} advarsler, {suggestions} forslag. Åpne coachen.',
    badgeUnreadable: 'Kvitter klarer ikke å lese dette skrivefeltet. Åpne coachen for detaljer.',
    fixNoComposer: 'Fant ikke skrivefeltet lenger. Er innlegget sendt eller lukket?',
    fixRangeOutside: 'Utkastet er endret siden forslaget ble laget. Prøv igjen.',
    fixNotApplied: 'Endringen ble ikke tatt inn i skrivefeltet. Prøv igjen, eller rett det for hånd.',
  },
  nn: {
    badgeLabel: 'Kvitter: {errors} feil, {warnings} åtvaringar, {suggestions} forslag. Opne coachen.',
    badgeUnreadable: 'Kvitter klarar ikkje å lese dette skrivefeltet. Opne coachen for detaljar.',
    fixNoComposer: 'Fann ikkje skrivefeltet lenger. Er innlegget sendt eller lukka?',
    fixRangeOutside: 'Utkastet er endra sidan forslaget vart laga. Prøv igjen.',
    fixNotApplied: 'Endringa vart ikkje teken inn i skrivefeltet. Prøv igjen, eller rett det for hand.',
  },
  en: {
    badgeLabel: 'Kvitter: {errors} errors, {warnings} warnings, {suggestions} suggestions. Open the coach.',
    badgeUnreadable: 'Kvitter cannot read this composer. Open the coach for details.',
    fixNoComposer: 'The composer is gone. Was the post sent or closed?',
    fixRangeOutside: 'The draft has changed since this suggestion was made. Try again.',
    fixNotApplied: 'The composer did not take the change. Try again, or fix it by hand.',
  },
});

export type XMessageKey = keyof typeof xMessages.en;

import type { ChecklistItemId, Reason } from '../checklist';
import type { Catalog } from './index';

type ItemKeys = `item-${ChecklistItemId}`;
type ReasonKeys = `reason-${Reason}`;
type PopupKey =
  | ItemKeys
  | ReasonKeys
  | 'title'
  | 'progress'
  | 'neverScanned'
  | 'openX'
  | 'scanned'
  | 'tickDone'
  | 'tick-bio-who'
  | 'tick-profile-link'
  | 'stateDone'
  | 'stateTodo'
  | 'stateUnknown'
  | 'stateInfo'
  | 'following'
  | 'missing-audience'
  | 'missing-topics'
  | 'missing-cadence'
  | 'openCoach'
  | 'openOptions'
  | 'coachFailed';

/** Strings of the popup: the profile checklist. */
export const popupCatalog: Catalog<PopupKey> = {
  nb: {
    title: 'Profilen din',
    progress: '{done} av {total} gjort',
    neverScanned:
      'Kvitter har ikke sett profilen din ennå. Åpne X og gå til profilen din, så sjekker Kvitter den.',
    openX: 'Åpne X',
    scanned: 'Sjekket @{handle} {date}.',
    tickDone: 'Gjort',
    'tick-bio-who': 'Bioen sier hvem jeg er',
    'tick-profile-link': 'Nettsiden min lenker hit',
    stateDone: 'Gjort',
    stateTodo: 'Å gjøre',
    stateUnknown: 'Ukjent',
    stateInfo: 'Råd',
    following: 'Du følger {following} kontoer.',
    'missing-audience': 'målgruppe',
    'missing-topics': 'emner',
    'missing-cadence': 'hvor ofte du vil poste',
    openCoach: 'Åpne coachen',
    openOptions: 'Endre strategien',
    coachFailed: 'Klarte ikke å åpne coachen. Prøv hurtigtasten Alt+Shift+K.',
    'item-profile-photo': 'Profilbilde',
    'item-bio-who': 'En bio som sier hvem du er',
    'item-secure-name': 'Navnet ditt som brukernavn',
    'item-profile-link': 'Lenke mellom nettsiden og kontoen',
    'item-handle-everywhere': 'Brukernavnet i e-postsignaturen og på visittkortet',
    'item-embed-feed': 'Innleggene dine vist på nettsiden',
    'item-follow-people': 'Følg folk som betyr noe for deg',
    'item-use-lists': 'Lister etter tema',
    'item-mention-alerts': 'Varsler når noen nevner deg',
    'item-have-strategy': 'En strategi',
    'item-no-bought-followers': 'Ikke kjøp følgere',
    'item-verified': 'Verifisert konto',
    'reason-not-scanned': 'Ikke sjekket ennå.',
    'reason-photo-default': 'Du har standardbildet. Last opp et bilde av deg selv eller logoen.',
    'reason-photo-own': 'Du har eget profilbilde.',
    'reason-bio-missing': 'Profilen din har ingen bio.',
    'reason-bio-present': 'Du har en bio.',
    'reason-bio-names-brand': 'Bioen sier hvem du snakker for.',
    'reason-bio-lacks-brand': 'Bioen nevner ikke {brands}. Si hvem du snakker for.',
    'reason-confirmed-by-hand': 'Bekreftet av deg.',
    'reason-no-brand-names': 'Legg inn merkenavn i strategien, så kan Kvitter sjekke dette.',
    'reason-name-matches': '@{handle} passer med merkenavnet.',
    'reason-name-differs': '@{handle} passer ikke med {brands}. Sikre navnet før noen andre tar det.',
    'reason-website-missing': 'Nettstedfeltet i profilen er tomt.',
    'reason-homepage-unconfirmed':
      'Profilen lenker til {website}. Lenker nettsiden tilbake hit? Kryss av når den gjør det.',
    'reason-website-and-homepage': 'Lenket begge veier.',
    'reason-ticked': 'Krysset av.',
    'reason-not-ticked': 'Kryss av når det er gjort.',
    'reason-strategy-complete': 'Målgruppe, emner og hvor ofte du vil poste er på plass.',
    'reason-strategy-incomplete': 'Mangler: {missing}.',
    'reason-strategy-unknown': 'Henter strategien …',
    'reason-advice-only': 'Et råd, ingenting å krysse av.',
    'reason-verified': 'Kontoen er verifisert.',
    'reason-not-verified': 'Ikke verifisert. Offentlige personer kan få kontoen verifisert.',
  },
  nn: {
    title: 'Profilen din',
    progress: '{done} av {total} gjort',
    neverScanned:
      'Kvitter har ikkje sett profilen din enno. Opne X og gå til profilen din, så sjekkar Kvitter han.',
    openX: 'Opne X',
    scanned: 'Sjekka @{handle} {date}.',
    tickDone: 'Gjort',
    'tick-bio-who': 'Bioen seier kven eg er',
    'tick-profile-link': 'Nettstaden min lenkjer hit',
    stateDone: 'Gjort',
    stateTodo: 'Å gjere',
    stateUnknown: 'Ukjent',
    stateInfo: 'Råd',
    following: 'Du følgjer {following} kontoar.',
    'missing-audience': 'målgruppe',
    'missing-topics': 'emne',
    'missing-cadence': 'kor ofte du vil poste',
    openCoach: 'Opne coachen',
    openOptions: 'Endre strategien',
    coachFailed: 'Klarte ikkje å opne coachen. Prøv snarvegen Alt+Shift+K.',
    'item-profile-photo': 'Profilbilete',
    'item-bio-who': 'Ein bio som seier kven du er',
    'item-secure-name': 'Namnet ditt som brukarnamn',
    'item-profile-link': 'Lenkje mellom nettstaden og kontoen',
    'item-handle-everywhere': 'Brukarnamnet i e-postsignaturen og på visittkortet',
    'item-embed-feed': 'Innlegga dine viste på nettstaden',
    'item-follow-people': 'Følg folk som betyr noko for deg',
    'item-use-lists': 'Lister etter tema',
    'item-mention-alerts': 'Varsel når nokon nemner deg',
    'item-have-strategy': 'Ein strategi',
    'item-no-bought-followers': 'Ikkje kjøp følgjarar',
    'item-verified': 'Verifisert konto',
    'reason-not-scanned': 'Ikkje sjekka enno.',
    'reason-photo-default': 'Du har standardbiletet. Last opp eit bilete av deg sjølv eller logoen.',
    'reason-photo-own': 'Du har eige profilbilete.',
    'reason-bio-missing': 'Profilen din har ingen bio.',
    'reason-bio-present': 'Du har ein bio.',
    'reason-bio-names-brand': 'Bioen seier kven du talar for.',
    'reason-bio-lacks-brand': 'Bioen nemner ikkje {brands}. Sei kven du talar for.',
    'reason-confirmed-by-hand': 'Stadfesta av deg.',
    'reason-no-brand-names': 'Legg inn merkenamn i strategien, så kan Kvitter sjekke dette.',
    'reason-name-matches': '@{handle} passar med merkenamnet.',
    'reason-name-differs': '@{handle} passar ikkje med {brands}. Sikre namnet før nokon andre tek det.',
    'reason-website-missing': 'Nettstadfeltet i profilen er tomt.',
    'reason-homepage-unconfirmed':
      'Profilen lenkjer til {website}. Lenkjer nettstaden tilbake hit? Kryss av når han gjer det.',
    'reason-website-and-homepage': 'Lenkja begge vegar.',
    'reason-ticked': 'Kryssa av.',
    'reason-not-ticked': 'Kryss av når det er gjort.',
    'reason-strategy-complete': 'Målgruppe, emne og kor ofte du vil poste er på plass.',
    'reason-strategy-incomplete': 'Manglar: {missing}.',
    'reason-strategy-unknown': 'Hentar strategien …',
    'reason-advice-only': 'Eit råd, ikkje noko å krysse av.',
    'reason-verified': 'Kontoen er verifisert.',
    'reason-not-verified': 'Ikkje verifisert. Offentlege personar kan få kontoen verifisert.',
  },
  en: {
    title: 'Your profile',
    progress: '{done} of {total} done',
    neverScanned:
      'Kvitter has not seen your profile yet. Open X and go to your profile; Kvitter checks it there.',
    openX: 'Open X',
    scanned: 'Checked @{handle} on {date}.',
    tickDone: 'Done',
    'tick-bio-who': 'My bio says who I am',
    'tick-profile-link': 'My website links here',
    stateDone: 'Done',
    stateTodo: 'To do',
    stateUnknown: 'Unknown',
    stateInfo: 'Advice',
    following: 'You follow {following} accounts.',
    'missing-audience': 'audience',
    'missing-topics': 'topics',
    'missing-cadence': 'how often you want to post',
    openCoach: 'Open the coach',
    openOptions: 'Edit the strategy',
    coachFailed: 'Could not open the coach. Try the shortcut Alt+Shift+K.',
    'item-profile-photo': 'Profile picture',
    'item-bio-who': 'A bio that says who you are',
    'item-secure-name': 'Your name as your username',
    'item-profile-link': 'Links between your website and the account',
    'item-handle-everywhere': 'Your handle in your e-mail signature and on business cards',
    'item-embed-feed': 'Your posts shown on your website',
    'item-follow-people': 'Follow people who matter to you',
    'item-use-lists': 'Lists by topic',
    'item-mention-alerts': 'Notifications when someone mentions you',
    'item-have-strategy': 'A strategy',
    'item-no-bought-followers': 'Don’t buy followers',
    'item-verified': 'Verified account',
    'reason-not-scanned': 'Not checked yet.',
    'reason-photo-default': 'You have the default picture. Upload a photo of yourself or your logo.',
    'reason-photo-own': 'You have your own picture.',
    'reason-bio-missing': 'Your profile has no bio.',
    'reason-bio-present': 'You have a bio.',
    'reason-bio-names-brand': 'Your bio says whom you speak for.',
    'reason-bio-lacks-brand': 'Your bio does not mention {brands}. Say whom you speak for.',
    'reason-confirmed-by-hand': 'Confirmed by you.',
    'reason-no-brand-names': 'Add your brand names to the strategy so Kvitter can check this.',
    'reason-name-matches': '@{handle} matches your brand name.',
    'reason-name-differs': '@{handle} does not match {brands}. Secure the name before someone else does.',
    'reason-website-missing': 'The website field of your profile is empty.',
    'reason-homepage-unconfirmed':
      'Your profile links to {website}. Does your website link back? Tick when it does.',
    'reason-website-and-homepage': 'Linked both ways.',
    'reason-ticked': 'Ticked.',
    'reason-not-ticked': 'Tick it when it is done.',
    'reason-strategy-complete': 'Audience, topics and how often you want to post are in place.',
    'reason-strategy-incomplete': 'Missing: {missing}.',
    'reason-strategy-unknown': 'Loading the strategy …',
    'reason-advice-only': 'Advice, nothing to tick.',
    'reason-verified': 'The account is verified.',
    'reason-not-verified': 'Not verified. Public figures can have their account verified.',
  },
};

import type { LocalizedText } from '../core/types';
import type { SeedId } from './sources';

/** Where a piece of advice comes from: a seed post, and where in it (a step, a heading). */
export type AdviceSource = { seed: SeedId; where?: string };

export type AdviceEntry = {
  id: string;
  /** A: live rules on the draft, B: the profile checklist, C: the strategy itself. */
  table: 'A' | 'B' | 'C';
  sources: AdviceSource[];
  /** The advice itself, as the "Why?" panel shows it. */
  text: LocalizedText;
  /** True for advice Kvitter adds on its own, with no seed post behind it. */
  kvitterOwn: boolean;
};

const entry = (
  id: string,
  table: AdviceEntry['table'],
  sources: AdviceSource[],
  text: LocalizedText,
  kvitterOwn = false,
): AdviceEntry => ({ id, table, sources, text, kvitterOwn });

/** Every piece of advice, in the order docs/advice.md lists it (tables A, B, C). */
export const adviceCatalog: readonly AdviceEntry[] = [
  entry('brevity', 'A', [{ seed: '002' }, { seed: '003' }], {
    nb: 'Innlegg er korte meldinger: uttrykk deg kortfattet. Rådet ble skrevet da grensen var 140 tegn, og gjelder fortsatt.',
    nn: 'Innlegg er korte meldingar: uttrykk deg kort og konsist. Rådet vart skrive då grensa var 140 teikn, og gjeld framleis.',
    en: 'Posts are short messages: say it concisely. The advice was written when the limit was 140 characters, and still holds.',
  }),
  entry('links-shortened', 'A', [{ seed: '003' }, { seed: '000' }, { seed: '004' }], {
    nb: 'X forkorter lenker, så en lang lenke bruker ikke opp innlegget (den teller 23 tegn). Men del informasjon av allmenn interesse med en tydelig avsender: si hvorfor lenken er verdt et klikk.',
    nn: 'X kortar ned lenkjer, så ei lang lenkje brukar ikkje opp innlegget (ho tel 23 teikn). Men del informasjon av allmenn interesse med ein tydeleg avsendar: sei kvifor lenkja er verd eit klikk.',
    en: 'X shortens links, so a long link does not use up the post (it counts as 23 characters). But share information of general interest with a clear sender: say why the link is worth a click.',
  }),
  entry(
    'hashtags-relevant',
    'A',
    [
      { seed: '001', where: 'steg 4' },
      { seed: '000', where: '#webforum' },
    ],
    {
      nb: 'Merk innlegg med relevante stikkord, så både du og andre finner dem igjen. En felles emneknagg for et arrangement samler samtalen. Få og treffende emneknagger virker bedre enn mange.',
      nn: 'Merk innlegg med relevante stikkord, så både du og andre finn dei att. Ein felles emneknagg for eit arrangement samlar samtalen. Få og treffande emneknaggar verkar betre enn mange.',
      en: 'Tag posts with relevant keywords so you and others can find them again. A shared event hashtag gathers the conversation. A few fitting hashtags work better than many.',
    },
  ),
  entry(
    'relevant-content',
    'A',
    [{ seed: '001', where: 'steg 3' }, { seed: '003' }, { seed: '000' }, { seed: '004' }],
    {
      nb: 'Del relevant innhold som folk bryr seg om. Vær interessant, nyttig og givende for kundegruppen din, jevnlig. Strategien din sier hvilke budskap og temaer du vil dele.',
      nn: 'Del relevant innhald som folk bryr seg om. Ver interessant, nyttig og givande for kundegruppa di, jamleg. Strategien din seier kva bodskap og tema du vil dele.',
      en: 'Share relevant content that people care about. Be interesting, useful and rewarding for your customer group, regularly. Your strategy says which messages and topics you want to share.',
    },
  ),
  entry('no-empty-cheering', 'A', [{ seed: '001', where: 'steg 6' }], {
    nb: 'Ikke bruk tid og plass på heiarop og trivialiteter. Skriv gode, innsiktsfulle kommentarer: legg til et spørsmål, et faktum eller din egen erfaring.',
    nn: 'Ikkje bruk tid og plass på heiarop og trivialitetar. Skriv gode, innsiktsfulle kommentarar: legg til eit spørsmål, eit faktum eller di eiga erfaring.',
    en: 'Don’t waste time and space on cheering and trivialities. Write good, insightful comments: add a question, a fact or your own experience.',
  }),
  entry('engage-reply', 'A', [{ seed: '001', where: 'steg 6' }], {
    nb: 'Svar når noen snakker til deg, og kommenter andres innlegg. Svar henger sammen som en samtale.',
    nn: 'Svar når nokon snakkar til deg, og kommenter innlegga til andre. Svar heng saman som ein samtale.',
    en: 'Reply when someone talks to you, and comment on others’ posts. Replies thread together as a conversation.',
  }),
  entry('listen-not-only-talk', 'A', [{ seed: '001', where: 'Twittokratiet' }], {
    nb: 'De høyeste stemmene snakker til mange uten å lytte tilbake. Lytt og svar, ikke bare send.',
    nn: 'Dei høgaste røystene snakkar til mange utan å lytte attende. Lytt og svar, ikkje berre send.',
    en: 'The loudest voices talk to many without listening back. Listen and reply, don’t only broadcast.',
  }),
  entry('retweet-wisely', 'A', [{ seed: '001', where: 'steg 7' }], {
    nb: 'Del videre for å gi andre æren og spre det få har sett. Å dele alt en svært stor konto sier er poengløst: følgerne dine har sett det allerede. Et sitat med din egen kommentar gir mer.',
    nn: 'Del vidare for å gje andre æra og spreie det få har sett. Å dele alt ein svært stor konto seier er poenglaust: følgjarane dine har sett det allereie. Eit sitat med din eigen kommentar gjev meir.',
    en: 'Repost to give credit and to spread what few have seen. Reposting everything a very large account says is pointless: your followers saw it already. A quote with your own comment adds more.',
  }),
  entry('official-voice', 'A', [{ seed: '002' }, { seed: '003' }], {
    nb: 'En bedriftskonto taler offisielt, men skal ikke være kjedelig eller statisk. Uforsiktige innlegg og svar kan skade bedriften mye, så hold en rolig og ryddig tone.',
    nn: 'Ein bedriftskonto talar offisielt, men skal ikkje vere kjedeleg eller statisk. Uforsiktige innlegg og svar kan skade bedrifta mykje, så hald ein roleg og ryddig tone.',
    en: 'A company account speaks officially, but must not be boring or static. Careless posts and replies can harm the company badly, so keep a calm, tidy tone.',
  }),
  entry('who-speaks', 'A', [{ seed: '001', where: 'steg 9' }, { seed: '004' }], {
    nb: 'Strategien sier hvem som taler for bedriften og hvor ofte. Når flere deler en konto, viser en signatur hvem som skriver.',
    nn: 'Strategien seier kven som talar for bedrifta og kor ofte. Når fleire deler ein konto, viser ein signatur kven som skriv.',
    en: 'The strategy says who speaks for the company and how often. When several people share an account, a signature shows who is writing.',
  }),
  entry('channel-fit', 'A', [{ seed: '000' }, { seed: '004' }], {
    nb: 'Hver kanal trenger sin egen tilnærming og sin egen form for tilstedeværelse, også språket du skriver på.',
    nn: 'Kvar kanal treng si eiga tilnærming og si eiga form for nærvær, også språket du skriv på.',
    en: 'Each channel needs its own approach and its own kind of presence, including the language you write in.',
  }),
  entry('profile-photo', 'B', [{ seed: '001', where: 'steg 1' }], {
    nb: 'Ha et bilde av deg selv, eller bedriftens logo, så folk ser hvem du er.',
    nn: 'Ha eit bilete av deg sjølv, eller logoen til bedrifta, så folk ser kven du er.',
    en: 'Have a picture of yourself, or the company logo, so people see who you are.',
  }),
  entry('bio-who', 'B', [{ seed: '001', where: 'steg 1' }], {
    nb: 'Profilteksten sier hvem du er og hvem du taler for, særlig på en bedriftskonto.',
    nn: 'Profilteksten seier kven du er og kven du talar for, særleg på ein bedriftskonto.',
    en: 'The bio says who you are and who you speak for, especially on a company account.',
  }),
  entry('secure-name', 'B', [{ seed: '002' }, { seed: '003' }], {
    nb: 'Sikre bedriftens navn som brukernavn før andre tar det.',
    nn: 'Sikre namnet til bedrifta som brukarnamn før andre tek det.',
    en: 'Secure the company’s name as a username before others take it.',
  }),
  entry('profile-link', 'B', [{ seed: '001', where: 'steg 3' }], {
    nb: 'Lenk tydelig fra hjemmesiden eller bloggen din til kontoen, og bruk nettstedfeltet i profilen.',
    nn: 'Lenk tydeleg frå heimesida eller bloggen din til kontoen, og bruk nettstadfeltet i profilen.',
    en: 'Link clearly from your homepage or blog to your account, and use the profile’s website field.',
  }),
  entry('handle-everywhere', 'B', [{ seed: '001', where: 'steg 3' }], {
    nb: 'Ha brukernavnet ditt i e-postsignaturen og på visittkortet.',
    nn: 'Ha brukarnamnet ditt i e-postsignaturen og på visittkortet.',
    en: 'Put your handle in your e-mail signature and on business cards.',
  }),
  entry('embed-feed', 'B', [{ seed: '000' }, { seed: '001', where: 'steg 3' }], {
    nb: 'Vis innleggene dine på nettstedet ditt, som en strøm eller et merke.',
    nn: 'Vis innlegga dine på nettstaden din, som ein straum eller eit merke.',
    en: 'Show a feed or badge of your posts on your website.',
  }),
  entry('follow-people', 'B', [{ seed: '001', where: 'steg 2' }], {
    nb: 'Finn folk å følge ved å søke på stikkord og navn, og se hvem de følger. Sjekk hvem som følger deg, og følg tilbake.',
    nn: 'Finn folk å følgje ved å søkje på stikkord og namn, og sjå kven dei følgjer. Sjekk kven som følgjer deg, og følg attende.',
    en: 'Find people to follow by searching keywords and names, and look at whom they follow. Check who follows you and follow back.',
  }),
  entry('use-lists', 'B', [{ seed: '000' }, { seed: '001', where: 'steg 5' }], {
    nb: 'Bruk lister til å sortere dem du følger etter tema, og abonner på andres lister.',
    nn: 'Bruk lister til å sortere dei du følgjer etter tema, og abonner på listene til andre.',
    en: 'Use lists to sort whom you follow by topic, and subscribe to others’ lists.',
  }),
  entry('mention-alerts', 'B', [{ seed: '001', where: 'steg 6' }], {
    nb: 'Slå på varsler når noen nevner deg, så du kan svare.',
    nn: 'Slå på varsel når nokon nemner deg, så du kan svare.',
    en: 'Turn on notifications for mentions so you can answer.',
  }),
  entry(
    'have-strategy',
    'B',
    [{ seed: '000' }, { seed: '001', where: 'steg 9' }, { seed: '003' }, { seed: '004' }],
    {
      nb: 'Ha en strategi: hvordan du vil fremstå, hvem du vil nå, hvilke budskap og hvilket innhold, hvem som taler og hvor ofte.',
      nn: 'Ha ein strategi: korleis du vil framstå, kven du vil nå, kva bodskap og innhald, kven som talar og kor ofte.',
      en: 'Have a strategy: how you want to appear, whom to reach, what message and content, who speaks and how often.',
    },
  ),
  entry('no-bought-followers', 'B', [{ seed: '000' }], {
    nb: 'Ikke kjøp følgere.',
    nn: 'Ikkje kjøp følgjarar.',
    en: 'Don’t buy followers.',
  }),
  entry('verified', 'B', [{ seed: '003' }], {
    nb: 'Offentlige personer kan bli verifisert, så folk vet at kontoen er ekte.',
    nn: 'Offentlege personar kan bli verifiserte, så folk veit at kontoen er ekte.',
    en: 'Public figures can be verified so people know the account is real.',
  }),
  entry(
    'nynorsk-share',
    'C',
    [],
    {
      nb: 'Offentlige organer skal bruke begge målformer: minst 25 prosent bokmål og 25 prosent nynorsk (språkloven). Kvitter kan følge andelen for deg.',
      nn: 'Offentlege organ skal bruke begge målformene: minst 25 prosent bokmål og 25 prosent nynorsk (språklova). Kvitter kan følgje delen for deg.',
      en: 'Norwegian public bodies must use both written standards, at least 25 % of each (the Language Act). Kvitter can track the share for you.',
    },
    true,
  ),
];

import { defineCatalog } from './index';

/** Strings of the welcome page (issue 16: the first five minutes). */
export const welcomeCatalog = defineCatalog({
  nb: {
    pageTitle: 'Velkommen til Kvitter',
    intro:
      'Kvitter coacher deg mens du skriver på X, etter din egen strategi. Noen korte steg setter den opp. Hvert steg kan hoppes over, og alt kan endres senere i innstillingene.',
    savedNote:
      'Det du velger, lagres når du trykker Neste. Lukker du siden, beholdes strategien slik den er.',
    stepsLabel: 'Steg',
    stepOf: 'Steg {n} av {total}',
    back: 'Tilbake',
    next: 'Neste',
    skip: 'Hopp over',
    finish: 'Ferdig',
    saveFailed: 'Klarte ikke å lagre: {detail}',
    loading: 'Laster …',
    openWelcome: 'Velkomstsiden',
    'step-language': 'Språk',
    'step-speaker': 'Hvem snakker?',
    'step-preset': 'Utgangspunkt',
    'step-audience': 'Målgruppe og mål',
    'step-topics': 'Emner',
    'step-ready': 'Klar',
    languageIntro: 'Hvilket språk skal Kvitter snakke? Valget gjelder med en gang.',
    languageLegend: 'Kvitters språk',
    speakerIntro:
      'En strategi sier hvem som snakker, og for hvem: alle i virksomheten eller bare toppsjefen, og hvordan dere svarer på kritikk og ros.',
    speakerLegend: 'Denne kontoen er',
    'speaker-personal': 'Min egen',
    'speaker-personal-help': 'Du snakker for deg selv, om det du kan, lærer og deler.',
    'speaker-company': 'Virksomhetens offisielle konto',
    'speaker-company-help':
      'Virksomheten snakker direkte. Alt som postes, leses som offisielt, men kontoen må ikke bli kjedelig eller stillestående.',
    'speaker-employee': 'Min, som ansatt',
    'speaker-employee-help': 'Du er ansatt og snakker delvis for arbeidsgiveren: personlig og faglig.',
    brandNames: 'Navn på virksomheten eller produktene',
    brandNamesHelp: 'Skill med komma. Kvitter bruker dem til å lytte og til å sjekke profilen.',
    presetIntro:
      'Gartner beskriver fire strategier for virksomheter på X: direkte (en offisiell konto), indirekte (ansatte som snakker for virksomheten), personlig, og intern, som hører hjemme i interne verktøy og ikke på X. Velg et utgangspunkt; du tilpasser det etterpå.',
    presetLegend: 'Ferdige strategier',
    presetKeep: 'Ingen: behold det jeg har',
    presetFits: 'Passer til valget ditt',
    'gartner-company': 'Gartner: direkte',
    'gartner-employee': 'Gartner: indirekte',
    'gartner-personal': 'Gartner: personlig',
    presetReplaces:
      'Et utgangspunkt erstatter emner, målgruppe, mål og regler. Du kan angre det i innstillingene.',
    audienceIntro:
      'Vær interessant og nyttig for dem du vil nå, og gjør det jevnlig. Hvem er de, og hva vil du oppnå?',
    audience: 'Hvem vil du nå?',
    audienceHelp: 'For eksempel «lærere i videregående» eller «kundene våre i Bergen».',
    goals: 'Hva vil du oppnå?',
    goalsHelp: 'For eksempel «dele det jeg lærer» eller «svare kundene raskt».',
    topicsIntro:
      'Emnene er det du vil skrive om. Når et utkast ikke handler om noen av dem, sier Kvitter fra.',
    topicsCurrent: 'Emnene dine: {topics}',
    topicsNone: 'Ingen emner ennå.',
    topicsAdd: 'Skriv inn emner',
    topicsAddHelp: 'Skill med komma, for eksempel «skole, læring».',
    topicsAddButton: 'Legg til emnene',
    topicsAdded: 'La til: {topics}.',
    learnTitle: 'Eller lær dem fra innleggene dine',
    readyIntro: 'Nå coacher Kvitter deg når du skriver på X.',
    openTitle: 'Slik åpner du coachen',
    openToolbar:
      'Verktøylinjen: klikk på Kvitter-knappen (fest den fra puslespillbrikken) og velg «Åpne coachen».',
    openShortcut: 'Hurtigtasten {keys}.',
    openShortcutUnset: 'En hurtigtast du velger selv, i nettleserens innstillinger for utvidelser.',
    openBadge:
      'Merket ved skrivefeltet på X: det viser hvor mange råd Kvitter har, og åpner coachen når du klikker på det.',
    privacyTitle: 'Hva Kvitter leser, og aldri sender',
    privacyReads:
      'Leser: det du skriver i skrivefeltene på X, mens du skriver; din egen profilside, for sjekklisten; dine egne innlegg på profilen din, når læring er på.',
    privacyKeeps:
      'Lagrer: strategien din, antall ord og emneknagger fra innleggene dine, og for hvert innlegg du poster bare type, språk og antall emneknagger. Aldri tekst.',
    privacyNever:
      'Sender aldri noe: Kvitter har ingen server og gjør ingen nettverksforespørsler. Alt skjer i nettleseren din.',
    openOptions: 'Åpne innstillingene',
    openX: 'Åpne X',
  },
  nn: {
    pageTitle: 'Velkomen til Kvitter',
    intro:
      'Kvitter coachar deg medan du skriv på X, etter din eigen strategi. Nokre korte steg set han opp. Kvart steg kan hoppast over, og alt kan endrast seinare i innstillingane.',
    savedNote:
      'Det du vel, vert lagra når du trykkjer Neste. Lukkar du sida, held strategien seg som han er.',
    stepsLabel: 'Steg',
    stepOf: 'Steg {n} av {total}',
    back: 'Tilbake',
    next: 'Neste',
    skip: 'Hopp over',
    finish: 'Ferdig',
    saveFailed: 'Klarte ikkje å lagre: {detail}',
    loading: 'Lastar …',
    openWelcome: 'Velkomstsida',
    'step-language': 'Språk',
    'step-speaker': 'Kven talar?',
    'step-preset': 'Utgangspunkt',
    'step-audience': 'Målgruppe og mål',
    'step-topics': 'Emne',
    'step-ready': 'Klar',
    languageIntro: 'Kva språk skal Kvitter snakke? Valet gjeld med ein gong.',
    languageLegend: 'Språket til Kvitter',
    speakerIntro:
      'Ein strategi seier kven som talar, og for kven: alle i verksemda eller berre toppsjefen, og korleis de svarar på kritikk og ros.',
    speakerLegend: 'Denne kontoen er',
    'speaker-personal': 'Min eigen',
    'speaker-personal-help': 'Du talar for deg sjølv, om det du kan, lærer og deler.',
    'speaker-company': 'Den offisielle kontoen til verksemda',
    'speaker-company-help':
      'Verksemda talar direkte. Alt som vert posta, vert lese som offisielt, men kontoen må ikkje bli kjedeleg eller stillståande.',
    'speaker-employee': 'Min, som tilsett',
    'speaker-employee-help': 'Du er tilsett og talar delvis for arbeidsgivaren: personleg og fagleg.',
    brandNames: 'Namn på verksemda eller produkta',
    brandNamesHelp: 'Skil med komma. Kvitter brukar dei til å lytte og til å sjekke profilen.',
    presetIntro:
      'Gartner skildrar fire strategiar for verksemder på X: direkte (ein offisiell konto), indirekte (tilsette som talar for verksemda), personleg, og intern, som høyrer heime i interne verktøy og ikkje på X. Vel eit utgangspunkt; du tilpassar det etterpå.',
    presetLegend: 'Ferdige strategiar',
    presetKeep: 'Ingen: behald det eg har',
    presetFits: 'Passar til valet ditt',
    'gartner-company': 'Gartner: direkte',
    'gartner-employee': 'Gartner: indirekte',
    'gartner-personal': 'Gartner: personleg',
    presetReplaces:
      'Eit utgangspunkt byter ut emne, målgruppe, mål og reglar. Du kan angre det i innstillingane.',
    audienceIntro:
      'Ver interessant og nyttig for dei du vil nå, og gjer det jamleg. Kven er dei, og kva vil du oppnå?',
    audience: 'Kven vil du nå?',
    audienceHelp: 'Til dømes «lærarar i vidaregåande» eller «kundane våre i Bergen».',
    goals: 'Kva vil du oppnå?',
    goalsHelp: 'Til dømes «dele det eg lærer» eller «svare kundane raskt».',
    topicsIntro:
      'Emna er det du vil skrive om. Når eit utkast ikkje handlar om nokon av dei, seier Kvitter frå.',
    topicsCurrent: 'Emna dine: {topics}',
    topicsNone: 'Ingen emne enno.',
    topicsAdd: 'Skriv inn emne',
    topicsAddHelp: 'Skil med komma, til dømes «skule, læring».',
    topicsAddButton: 'Legg til emna',
    topicsAdded: 'La til: {topics}.',
    learnTitle: 'Eller lær dei frå innlegga dine',
    readyIntro: 'No coachar Kvitter deg når du skriv på X.',
    openTitle: 'Slik opnar du coachen',
    openToolbar:
      'Verktøylinja: klikk på Kvitter-knappen (fest han frå puslespelbrikka) og vel «Opne coachen».',
    openShortcut: 'Snarvegen {keys}.',
    openShortcutUnset: 'Ein snarveg du vel sjølv, i innstillingane for utvidingar i nettlesaren.',
    openBadge:
      'Merket ved skrivefeltet på X: det viser kor mange råd Kvitter har, og opnar coachen når du klikkar på det.',
    privacyTitle: 'Kva Kvitter les, og aldri sender',
    privacyReads:
      'Les: det du skriv i skrivefelta på X, medan du skriv; di eiga profilside, for sjekklista; dine eigne innlegg på profilen din, når læring er på.',
    privacyKeeps:
      'Lagrar: strategien din, talet på ord og emneknaggar frå innlegga dine, og for kvart innlegg du postar berre type, språk og talet på emneknaggar. Aldri tekst.',
    privacyNever:
      'Sender aldri noko: Kvitter har ingen tenar og gjer ingen nettverksførespurnader. Alt skjer i nettlesaren din.',
    openOptions: 'Opne innstillingane',
    openX: 'Opne X',
  },
  en: {
    pageTitle: 'Welcome to Kvitter',
    intro:
      'Kvitter coaches you while you write on X, against your own strategy. A few short steps set it up. Every step can be skipped, and everything can be changed later in the settings.',
    savedNote:
      'What you choose is saved when you press Next. If you close this page, your strategy stays as it is.',
    stepsLabel: 'Steps',
    stepOf: 'Step {n} of {total}',
    back: 'Back',
    next: 'Next',
    skip: 'Skip',
    finish: 'Done',
    saveFailed: 'Could not save: {detail}',
    loading: 'Loading …',
    openWelcome: 'Welcome page',
    'step-language': 'Language',
    'step-speaker': 'Who speaks?',
    'step-preset': 'Starting point',
    'step-audience': 'Audience and goals',
    'step-topics': 'Topics',
    'step-ready': 'Ready',
    languageIntro: 'Which language should Kvitter speak? The choice applies at once.',
    languageLegend: 'Kvitter’s language',
    speakerIntro:
      'A strategy says who speaks, and for whom: everyone in the business or only the top boss, and how you answer criticism and praise.',
    speakerLegend: 'This account is',
    'speaker-personal': 'My own',
    'speaker-personal-help': 'You speak for yourself, about what you know, learn and share.',
    'speaker-company': 'The business’s official account',
    'speaker-company-help':
      'The business speaks directly. Everything posted reads as official, yet the account must not become dull or static.',
    'speaker-employee': 'Mine, as an employee',
    'speaker-employee-help': 'You work there and speak partly for your employer: personal and professional.',
    brandNames: 'Names of the business or its products',
    brandNamesHelp: 'Separate with commas. Kvitter uses them to listen and to check your profile.',
    presetIntro:
      'Gartner describes four strategies for businesses on X: direct (an official account), indirect (employees speaking for the business), personal, and internal, which belongs in internal tools and not on X. Pick a starting point; you adapt it afterwards.',
    presetLegend: 'Ready-made strategies',
    presetKeep: 'None: keep what I have',
    presetFits: 'Fits your choice',
    'gartner-company': 'Gartner: direct',
    'gartner-employee': 'Gartner: indirect',
    'gartner-personal': 'Gartner: personal',
    presetReplaces:
      'A starting point replaces topics, audience, goals and rules. You can undo it in the settings.',
    audienceIntro:
      'Be interesting and useful to the people you want to reach, and be so regularly. Who are they, and what do you want to achieve?',
    audience: 'Whom do you want to reach?',
    audienceHelp: 'For example “upper-secondary teachers” or “our customers in Bergen”.',
    goals: 'What do you want to achieve?',
    goalsHelp: 'For example “share what I learn” or “answer customers quickly”.',
    topicsIntro:
      'Topics are what you want to write about. When a draft is about none of them, Kvitter says so.',
    topicsCurrent: 'Your topics: {topics}',
    topicsNone: 'No topics yet.',
    topicsAdd: 'Type topics',
    topicsAddHelp: 'Separate with commas, for example “school, learning”.',
    topicsAddButton: 'Add the topics',
    topicsAdded: 'Added: {topics}.',
    learnTitle: 'Or learn them from your posts',
    readyIntro: 'Kvitter now coaches you when you write on X.',
    openTitle: 'How to open the coach',
    openToolbar:
      'The toolbar: click the Kvitter button (pin it from the puzzle piece) and choose “Open the coach”.',
    openShortcut: 'The shortcut {keys}.',
    openShortcutUnset: 'A keyboard shortcut of your own, set in the browser’s extension settings.',
    openBadge:
      'The badge by the composer on X: it shows how many hints Kvitter has, and opens the coach when you click it.',
    privacyTitle: 'What Kvitter reads, and never sends',
    privacyReads:
      'Reads: what you type in X’s composers, while you type; your own profile page, for the checklist; your own posts on your profile, when learning is on.',
    privacyKeeps:
      'Keeps: your strategy, counts of words and hashtags from your posts, and for each post you make only its kind, language and number of hashtags. Never text.',
    privacyNever:
      'Never sends anything: Kvitter has no server and makes no network requests. Everything happens in your browser.',
    openOptions: 'Open the settings',
    openX: 'Open X',
  },
});

export type WelcomeKey = keyof typeof welcomeCatalog.en;

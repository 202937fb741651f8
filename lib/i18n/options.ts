import { defineCatalog } from './index';

type OptionsKey =
  | 'pageTitle'
  | 'intro'
  | 'storedSync'
  | 'storedLocal'
  | 'refused'
  | 'presetsTitle'
  | 'presetsHelp'
  | 'presetChoose'
  | 'presetNone'
  | 'presetPreview'
  | 'presetApply'
  | 'presetCancel'
  | 'presetApplied'
  | 'presetTopics'
  | 'presetAudience'
  | 'presetLength'
  | 'presetCadence'
  | 'presetHashtags'
  | 'presetLanguages'
  | 'presetNynorsk'
  | 'presetRulesOff'
  | 'presetSignature'
  | 'presetAvoid'
  | 'sectionAccount'
  | 'accountType'
  | 'account-personal'
  | 'account-personal-help'
  | 'account-company'
  | 'account-company-help'
  | 'account-employee'
  | 'account-employee-help'
  | 'internalNote'
  | 'brandNames'
  | 'brandNamesHelp'
  | 'sectionAudience'
  | 'audience'
  | 'audienceHelp'
  | 'goals'
  | 'sectionTopics'
  | 'topicsHelp'
  | 'topicName'
  | 'topicKeywords'
  | 'topicKeywordsHelp'
  | 'topicNumber'
  | 'addTopic'
  | 'removeTopic'
  | 'noTopics'
  | 'sectionHashtags'
  | 'preferredHashtags'
  | 'preferredHashtagsHelp'
  | 'maxHashtags'
  | 'sectionLength'
  | 'softTarget'
  | 'softTargetHelp'
  | 'hardLimit'
  | 'hardLimitHelp'
  | 'postsPerWeek'
  | 'sectionSignatures'
  | 'signaturesRequired'
  | 'signaturesList'
  | 'signaturesListHelp'
  | 'sectionAvoid'
  | 'avoidHelp'
  | 'avoidPhrase'
  | 'avoidReplacement'
  | 'addAvoid'
  | 'removeAvoid'
  | 'noAvoid'
  | 'sectionLanguages'
  | 'allowedLanguages'
  | 'lang-nb'
  | 'lang-nn'
  | 'lang-en'
  | 'nynorskTarget'
  | 'nynorskTargetHelp'
  | 'sectionRules'
  | 'rulesHelp'
  | 'ruleColumn'
  | 'ruleOn'
  | 'ruleSeverity'
  | 'severityDefault'
  | 'severity-error'
  | 'severity-warning'
  | 'severity-suggestion'
  | 'sectionUi'
  | 'uiLanguage'
  | 'save'
  | 'saving'
  | 'saved'
  | 'unsaved'
  | 'invalidSummary'
  | 'saveFailed'
  | 'undo'
  | 'undone'
  | 'undoFailed'
  | 'discard'
  | 'showProblem'
  | 'sectionTransfer'
  | 'exportButton'
  | 'importFile'
  | 'importPaste'
  | 'importPasteButton'
  | 'imported'
  | 'importFailed'
  | 'importUnsavedNote'
  | 'reset'
  | 'resetConfirm'
  | 'resetYes'
  | 'resetNo'
  | 'resetDone'
  | 'backgroundFailed';

/** Strings of the options page: the strategy editor. */
export const optionsCatalog = defineCatalog<OptionsKey>({
  nb: {
    pageTitle: 'Strategien din',
    intro:
      'Strategien sier hvordan du vil fremstå, hvem du vil nå, hva du vil dele og hvor ofte. Kvitter bruker den til rådene mens du skriver.',
    storedSync: 'Lagret i nettleserkontoen din og synkronisert mellom nettleserne dine.',
    storedLocal: 'Lagret bare på denne enheten (for stor til å synkroniseres).',
    refused: 'Den lagrede strategien kunne ikke leses, så standardverdiene vises. Lagrer du, erstattes den.',
    presetsTitle: 'Start fra en mal',
    presetsHelp: 'Se hva malen inneholder før du bruker den. Ingenting lagres før du trykker «Lagre».',
    presetChoose: 'Mal',
    presetNone: 'Velg en mal …',
    presetPreview: 'Dette setter malen:',
    presetApply: 'Bruk malen i skjemaet',
    presetCancel: 'Avbryt',
    presetApplied: 'Malen er lagt inn i skjemaet. Se over og lagre.',
    presetTopics: 'Emner: {topics}',
    presetAudience: 'Målgruppe: {audience}',
    presetLength: 'Mållengde {soft} av {limit} tegn',
    presetCadence: '{n} innlegg i uka',
    presetHashtags: 'Høyst {max} emneknagger',
    presetLanguages: 'Skriftspråk: {languages}',
    presetNynorsk: 'mål: {n} % nynorsk',
    presetRulesOff: 'Slått av: {rules}',
    presetSignature: 'Signatur påkrevd',
    presetAvoid: 'Ord å unngå: {phrases}',
    sectionAccount: 'Konto',
    accountType: 'Hvem snakker?',
    'account-personal': 'Personlig',
    'account-personal-help': 'Du snakker for deg selv.',
    'account-company': 'Offisiell bedriftskonto',
    'account-company-help': 'Bedriften snakker direkte, med offisiell stemme.',
    'account-employee': 'Ansatt som ambassadør',
    'account-employee-help': 'Du er ansatt og snakker delvis for bedriften.',
    internalNote: 'Intern prat hører hjemme i interne verktøy, ikke på X.',
    brandNames: 'Merkenavn',
    brandNamesHelp: 'Navn på bedriften eller produktene, skilt med komma.',
    sectionAudience: 'Målgruppe og mål',
    audience: 'Hvem vil du nå?',
    audienceHelp: 'For eksempel «lærere i videregående» eller «kundene våre i Bergen».',
    goals: 'Hva vil du oppnå?',
    sectionTopics: 'Emner',
    topicsHelp:
      'Det du vil snakke om. Kvitter kjenner igjen nøkkelordene på bokmål, nynorsk og engelsk, også bøyd og i sammensetninger.',
    topicName: 'Emne',
    topicKeywords: 'Nøkkelord',
    topicKeywordsHelp: 'Skilt med komma.',
    topicNumber: 'Emne {n}',
    addTopic: 'Legg til emne',
    removeTopic: 'Fjern emnet «{name}»',
    noTopics: 'Ingen emner ennå.',
    sectionHashtags: 'Emneknagger',
    preferredHashtags: 'Foretrukne emneknagger',
    preferredHashtagsHelp: 'Skilt med komma, for eksempel #skolechat, #dsfnorge.',
    maxHashtags: 'Høyst antall emneknagger per innlegg',
    sectionLength: 'Lengde og takt',
    softTarget: 'Mållengde',
    softTargetHelp: 'Ditt eget mål, under grensen. Kort er bra.',
    hardLimit: 'Grense',
    hardLimitHelp: '280 for de fleste kontoer. Sett høyere bare om kontoen din har lengre innlegg.',
    postsPerWeek: 'Innlegg per uke',
    sectionSignatures: 'Signaturer',
    signaturesRequired: 'Hvert innlegg skal signeres (delt konto)',
    signaturesList: 'Signaturene',
    signaturesListHelp: 'For eksempel ^KH, ^OJ. Skilt med komma.',
    sectionAvoid: 'Ord å unngå',
    avoidHelp: 'Ord og uttrykk du ikke vil bruke, med et forslag til noe bedre.',
    avoidPhrase: 'Unngå',
    avoidReplacement: 'Skriv heller',
    addAvoid: 'Legg til ord',
    removeAvoid: 'Fjern «{phrase}»',
    noAvoid: 'Ingen ord ennå.',
    sectionLanguages: 'Skriftspråk',
    allowedLanguages: 'Skriftspråk du skriver på',
    'lang-nb': 'Bokmål',
    'lang-nn': 'Nynorsk',
    'lang-en': 'Engelsk',
    nynorskTarget: 'Mål for nynorskandel (%)',
    nynorskTargetHelp: 'Tomt betyr ikke noe mål. Offentlige organer skal ha minst 25 %.',
    sectionRules: 'Regler',
    rulesHelp: 'Slå av regler du ikke vil ha, eller velg hvor alvorlig en merknad skal være.',
    ruleColumn: 'Regel',
    ruleOn: 'På',
    ruleSeverity: 'Alvorsgrad',
    severityDefault: 'Regelen bestemmer',
    'severity-error': 'Feil',
    'severity-warning': 'Advarsel',
    'severity-suggestion': 'Forslag',
    sectionUi: 'Språk i Kvitter',
    uiLanguage: 'Språk',
    save: 'Lagre',
    saving: 'Lagrer …',
    saved: 'Lagret.',
    unsaved: 'Du har endringer som ikke er lagret.',
    invalidSummary: 'Rett feltene som er merket før du lagrer. Ingenting er lagret.',
    saveFailed: 'Klarte ikke å lagre. Ingenting er endret.',
    undo: 'Angre siste lagring',
    undone: 'Siste lagring er angret.',
    undoFailed: 'Klarte ikke å angre.',
    discard: 'Forkast endringene',
    showProblem: 'Vis første feil',
    sectionTransfer: 'Eksport og import',
    exportButton: 'Eksporter strategien',
    importFile: 'Importer fra fil',
    importPaste: 'Eller lim inn en eksportert strategi',
    importPasteButton: 'Importer teksten',
    imported: 'Strategien er importert. Du kan angre.',
    importFailed: 'Importen ble avvist, og ingenting er endret:',
    importUnsavedNote: 'Importen erstatter skjemaet, også endringer du ikke har lagret.',
    reset: 'Tilbakestill til standard …',
    resetConfirm: 'Vil du erstatte hele strategien med standardverdiene? Du kan angre etterpå.',
    resetYes: 'Ja, tilbakestill',
    resetNo: 'Avbryt',
    resetDone: 'Strategien er tilbakestilt.',
    backgroundFailed: 'Får ikke kontakt med Kvitter. Last siden på nytt.',
  },
  nn: {
    pageTitle: 'Strategien din',
    intro:
      'Strategien seier korleis du vil framstå, kven du vil nå, kva du vil dele og kor ofte. Kvitter brukar han til råda medan du skriv.',
    storedSync: 'Lagra i nettlesarkontoen din og synkronisert mellom nettlesarane dine.',
    storedLocal: 'Lagra berre på denne eininga (for stor til å synkroniserast).',
    refused:
      'Den lagra strategien kunne ikkje lesast, så standardverdiane blir viste. Lagrar du, blir han erstatta.',
    presetsTitle: 'Start frå ein mal',
    presetsHelp: 'Sjå kva malen inneheld før du brukar han. Ingenting blir lagra før du trykkjer «Lagre».',
    presetChoose: 'Mal',
    presetNone: 'Vel ein mal …',
    presetPreview: 'Dette set malen:',
    presetApply: 'Bruk malen i skjemaet',
    presetCancel: 'Avbryt',
    presetApplied: 'Malen er lagd inn i skjemaet. Sjå over og lagre.',
    presetTopics: 'Emne: {topics}',
    presetAudience: 'Målgruppe: {audience}',
    presetLength: 'Mållengd {soft} av {limit} teikn',
    presetCadence: '{n} innlegg i veka',
    presetHashtags: 'Høgst {max} emneknaggar',
    presetLanguages: 'Skriftspråk: {languages}',
    presetNynorsk: 'mål: {n} % nynorsk',
    presetRulesOff: 'Slått av: {rules}',
    presetSignature: 'Signatur påkravd',
    presetAvoid: 'Ord å unngå: {phrases}',
    sectionAccount: 'Konto',
    accountType: 'Kven talar?',
    'account-personal': 'Personleg',
    'account-personal-help': 'Du talar for deg sjølv.',
    'account-company': 'Offisiell bedriftskonto',
    'account-company-help': 'Bedrifta talar direkte, med offisiell røyst.',
    'account-employee': 'Tilsett som ambassadør',
    'account-employee-help': 'Du er tilsett og talar delvis for bedrifta.',
    internalNote: 'Internprat høyrer heime i interne verktøy, ikkje på X.',
    brandNames: 'Merkenamn',
    brandNamesHelp: 'Namn på bedrifta eller produkta, skilde med komma.',
    sectionAudience: 'Målgruppe og mål',
    audience: 'Kven vil du nå?',
    audienceHelp: 'Til dømes «lærarar i vidaregåande» eller «kundane våre i Bergen».',
    goals: 'Kva vil du oppnå?',
    sectionTopics: 'Emne',
    topicsHelp:
      'Det du vil snakke om. Kvitter kjenner att nøkkelorda på bokmål, nynorsk og engelsk, også bøygde og i samansetjingar.',
    topicName: 'Emne',
    topicKeywords: 'Nøkkelord',
    topicKeywordsHelp: 'Skilde med komma.',
    topicNumber: 'Emne {n}',
    addTopic: 'Legg til emne',
    removeTopic: 'Fjern emnet «{name}»',
    noTopics: 'Ingen emne enno.',
    sectionHashtags: 'Emneknaggar',
    preferredHashtags: 'Føretrekte emneknaggar',
    preferredHashtagsHelp: 'Skilde med komma, til dømes #skulechat, #nynorsk.',
    maxHashtags: 'Høgst tal på emneknaggar per innlegg',
    sectionLength: 'Lengd og takt',
    softTarget: 'Mållengd',
    softTargetHelp: 'Ditt eige mål, under grensa. Kort er bra.',
    hardLimit: 'Grense',
    hardLimitHelp: '280 for dei fleste kontoar. Set høgare berre om kontoen din har lengre innlegg.',
    postsPerWeek: 'Innlegg per veke',
    sectionSignatures: 'Signaturar',
    signaturesRequired: 'Kvart innlegg skal signerast (delt konto)',
    signaturesList: 'Signaturane',
    signaturesListHelp: 'Til dømes ^KH, ^OJ. Skilde med komma.',
    sectionAvoid: 'Ord å unngå',
    avoidHelp: 'Ord og uttrykk du ikkje vil bruke, med eit forslag til noko betre.',
    avoidPhrase: 'Unngå',
    avoidReplacement: 'Skriv heller',
    addAvoid: 'Legg til ord',
    removeAvoid: 'Fjern «{phrase}»',
    noAvoid: 'Ingen ord enno.',
    sectionLanguages: 'Skriftspråk',
    allowedLanguages: 'Skriftspråk du skriv på',
    'lang-nb': 'Bokmål',
    'lang-nn': 'Nynorsk',
    'lang-en': 'Engelsk',
    nynorskTarget: 'Mål for nynorskdel (%)',
    nynorskTargetHelp: 'Tomt tyder at det ikkje er noko mål. Offentlege organ skal ha minst 25 %.',
    sectionRules: 'Reglar',
    rulesHelp: 'Slå av reglar du ikkje vil ha, eller vel kor alvorleg ein merknad skal vere.',
    ruleColumn: 'Regel',
    ruleOn: 'På',
    ruleSeverity: 'Alvorsgrad',
    severityDefault: 'Regelen avgjer',
    'severity-error': 'Feil',
    'severity-warning': 'Åtvaring',
    'severity-suggestion': 'Forslag',
    sectionUi: 'Språk i Kvitter',
    uiLanguage: 'Språk',
    save: 'Lagre',
    saving: 'Lagrar …',
    saved: 'Lagra.',
    unsaved: 'Du har endringar som ikkje er lagra.',
    invalidSummary: 'Rett felta som er merkte før du lagrar. Ingenting er lagra.',
    saveFailed: 'Klarte ikkje å lagre. Ingenting er endra.',
    undo: 'Angre siste lagring',
    undone: 'Siste lagring er angra.',
    undoFailed: 'Klarte ikkje å angre.',
    discard: 'Forkast endringane',
    showProblem: 'Vis første feil',
    sectionTransfer: 'Eksport og import',
    exportButton: 'Eksporter strategien',
    importFile: 'Importer frå fil',
    importPaste: 'Eller lim inn ein eksportert strategi',
    importPasteButton: 'Importer teksten',
    imported: 'Strategien er importert. Du kan angre.',
    importFailed: 'Importen vart avvist, og ingenting er endra:',
    importUnsavedNote: 'Importen erstattar skjemaet, også endringar du ikkje har lagra.',
    reset: 'Tilbakestill til standard …',
    resetConfirm: 'Vil du erstatte heile strategien med standardverdiane? Du kan angre etterpå.',
    resetYes: 'Ja, tilbakestill',
    resetNo: 'Avbryt',
    resetDone: 'Strategien er tilbakestilt.',
    backgroundFailed: 'Får ikkje kontakt med Kvitter. Last sida på nytt.',
  },
  en: {
    pageTitle: 'Your strategy',
    intro:
      'Your strategy says how you want to come across, whom you want to reach, what you share and how often. Kvitter uses it for the advice while you write.',
    storedSync: 'Stored in your browser account and synced between your browsers.',
    storedLocal: 'Stored on this device only (too large to sync).',
    refused: 'The stored strategy could not be read, so the defaults are shown. Saving replaces it.',
    presetsTitle: 'Start from a preset',
    presetsHelp: 'See what a preset holds before you use it. Nothing is saved until you press “Save”.',
    presetChoose: 'Preset',
    presetNone: 'Choose a preset …',
    presetPreview: 'This preset sets:',
    presetApply: 'Use this preset in the form',
    presetCancel: 'Cancel',
    presetApplied: 'The preset is in the form. Look it over and save.',
    presetTopics: 'Topics: {topics}',
    presetAudience: 'Audience: {audience}',
    presetLength: 'Target length {soft} of {limit} characters',
    presetCadence: '{n} posts a week',
    presetHashtags: 'At most {max} hashtags',
    presetLanguages: 'Written standards: {languages}',
    presetNynorsk: 'target: {n} % nynorsk',
    presetRulesOff: 'Turned off: {rules}',
    presetSignature: 'Signature required',
    presetAvoid: 'Words to avoid: {phrases}',
    sectionAccount: 'Account',
    accountType: 'Who speaks?',
    'account-personal': 'Personal',
    'account-personal-help': 'You speak for yourself.',
    'account-company': 'Official company account',
    'account-company-help': 'The company speaks directly, in an official voice.',
    'account-employee': 'Employee ambassador',
    'account-employee-help': 'You are an employee and speak partly for the company.',
    internalNote: 'Internal chatter belongs in internal tools, not on X.',
    brandNames: 'Brand names',
    brandNamesHelp: 'Names of the company or its products, separated by commas.',
    sectionAudience: 'Audience and goals',
    audience: 'Whom do you want to reach?',
    audienceHelp: 'For example “upper-secondary teachers” or “our customers in Bergen”.',
    goals: 'What do you want to achieve?',
    sectionTopics: 'Topics',
    topicsHelp:
      'What you want to talk about. Kvitter recognises the keywords in Bokmål, Nynorsk and English, inflected and in compounds too.',
    topicName: 'Topic',
    topicKeywords: 'Keywords',
    topicKeywordsHelp: 'Separated by commas.',
    topicNumber: 'Topic {n}',
    addTopic: 'Add a topic',
    removeTopic: 'Remove the topic “{name}”',
    noTopics: 'No topics yet.',
    sectionHashtags: 'Hashtags',
    preferredHashtags: 'Preferred hashtags',
    preferredHashtagsHelp: 'Separated by commas, for example #edchat, #norway.',
    maxHashtags: 'Most hashtags per post',
    sectionLength: 'Length and cadence',
    softTarget: 'Target length',
    softTargetHelp: 'Your own target, below the limit. Short is good.',
    hardLimit: 'Limit',
    hardLimitHelp: '280 for most accounts. Set it higher only if your account has longer posts.',
    postsPerWeek: 'Posts per week',
    sectionSignatures: 'Signatures',
    signaturesRequired: 'Every post must be signed (shared account)',
    signaturesList: 'Your signatures',
    signaturesListHelp: 'For example ^KH, ^OJ. Separated by commas.',
    sectionAvoid: 'Words to avoid',
    avoidHelp: 'Words and phrases you do not want to use, with a better suggestion.',
    avoidPhrase: 'Avoid',
    avoidReplacement: 'Write instead',
    addAvoid: 'Add a word',
    removeAvoid: 'Remove “{phrase}”',
    noAvoid: 'No words yet.',
    sectionLanguages: 'Written standards',
    allowedLanguages: 'Written standards you write in',
    'lang-nb': 'Bokmål',
    'lang-nn': 'Nynorsk',
    'lang-en': 'English',
    nynorskTarget: 'Target share of nynorsk (%)',
    nynorskTargetHelp: 'Empty means no target. Norwegian public bodies must reach at least 25 %.',
    sectionRules: 'Rules',
    rulesHelp: 'Turn off rules you do not want, or choose how serious a hint should be.',
    ruleColumn: 'Rule',
    ruleOn: 'On',
    ruleSeverity: 'Severity',
    severityDefault: 'The rule decides',
    'severity-error': 'Error',
    'severity-warning': 'Warning',
    'severity-suggestion': 'Suggestion',
    sectionUi: 'Kvitter’s language',
    uiLanguage: 'Language',
    save: 'Save',
    saving: 'Saving …',
    saved: 'Saved.',
    unsaved: 'You have unsaved changes.',
    invalidSummary: 'Correct the marked fields before saving. Nothing has been saved.',
    saveFailed: 'Could not save. Nothing has changed.',
    undo: 'Undo the last save',
    undone: 'The last save is undone.',
    undoFailed: 'Could not undo.',
    discard: 'Discard the changes',
    showProblem: 'Show the first problem',
    sectionTransfer: 'Export and import',
    exportButton: 'Export the strategy',
    importFile: 'Import from a file',
    importPaste: 'Or paste an exported strategy',
    importPasteButton: 'Import the text',
    imported: 'The strategy is imported. You can undo it.',
    importFailed: 'The import was refused and nothing has changed:',
    importUnsavedNote: 'An import replaces the form, including changes you have not saved.',
    reset: 'Reset to the defaults …',
    resetConfirm: 'Replace your whole strategy with the defaults? You can undo it afterwards.',
    resetYes: 'Yes, reset',
    resetNo: 'Cancel',
    resetDone: 'The strategy is reset.',
    backgroundFailed: 'Cannot reach Kvitter. Reload the page.',
  },
});

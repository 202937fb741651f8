import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { splitIntoThread, type ThreadNumbering } from '../../lib/thread/index';

/** The parts' texts, after checking each one against twitter-text itself. */
function split(draft: string, numbering: ThreadNumbering = 'none', limit = 280): string[] {
  const parts = splitIntoThread(draft, { limit, numbering });
  for (const part of parts) {
    const parsed = twitterText.parseTweet(part.text);
    expect(parsed.weightedLength).toBe(part.weightedLength);
    expect(part.weightedLength).toBeLessThanOrEqual(limit);
  }
  return parts.map((p) => p.text);
}

const nb700 = `Vi har brukt det siste året på å finne ut hvordan små bedrifter bruker sosiale medier, og takk til @kari_n som har hjulpet oss med intervjuene. Svaret er enklere enn vi trodde: de som lykkes, har en plan for hva de vil si og hvem de vil snakke med. De andre poster når de får tid, og det merkes. Planen trenger ikke være lang. Skriv ned tre temaer dere kan mer om enn de fleste, og hvilke kunder dere vil nå. Hele rapporten ligger her: https://kvitter.no/rapport/2025/smaa-bedrifter-og-sosiale-medier

Det viktigste er likevel å være til stede over tid. En konto som svarer i dag og er stille i tre måneder, gjør mer skade enn nytte. Sett av ti minutter hver morgen, og les hva kundene skriver før dere skriver selv. #sosialemedier #smb`;

describe('bokmål', () => {
  it('a 700-character draft with a link, a mention and hashtags becomes 3 parts, cut at a sentence end and at the blank line', () => {
    expect(nb700.length).toBe(736);
    expect(split(nb700)).toEqual([
      'Vi har brukt det siste året på å finne ut hvordan små bedrifter bruker sosiale medier, og takk til @kari_n som har hjulpet oss med intervjuene. Svaret er enklere enn vi trodde: de som lykkes, har en plan for hva de vil si og hvem de vil snakke med.',
      'De andre poster når de får tid, og det merkes. Planen trenger ikke være lang. Skriv ned tre temaer dere kan mer om enn de fleste, og hvilke kunder dere vil nå. Hele rapporten ligger her: https://kvitter.no/rapport/2025/smaa-bedrifter-og-sosiale-medier',
      'Det viktigste er likevel å være til stede over tid. En konto som svarer i dag og er stille i tre måneder, gjør mer skade enn nytte. Sett av ti minutter hver morgen, og les hva kundene skriver før dere skriver selv. #sosialemedier #smb',
    ]);
  });

  it('takes one post more rather than cut a long paste between two words', () => {
    const sentence = 'Dette er ei setning om nettverk og samarbeid, f.eks. i kommunen, bl.a. med skulane. ';
    const paste = sentence.repeat(40).trim();
    const parts = splitIntoThread(paste, { limit: 280, numbering: 'fraction' });
    // Three sentences (3 × 85 characters and " k/14") fill a post: 40 of them need 14 posts.
    expect(parts).toHaveLength(14);
    expect(parts.map((p) => p.breakAfter).filter((kind) => kind !== 'sentence' && kind !== 'clause')).toEqual(
      ['end'],
    );
    expect(parts.map((p) => p.text.replace(/ \d+\/14$/, '')).join(' ')).toBe(paste);
  });

  it('numbers the same parts " 1/3" … " 3/3" at their ends, and the start/end offsets locate them in the draft', () => {
    const parts = splitIntoThread(nb700, { limit: 280, numbering: 'fraction' });
    expect(parts.map((p) => p.text.slice(-4))).toEqual([' 1/3', ' 2/3', ' 3/3']);
    expect(parts.map((p) => [p.start, p.end])).toEqual([
      [0, 248],
      [249, 500],
      [502, 736],
    ]);
    expect(parts.map((p) => p.breakAfter)).toEqual(['sentence', 'paragraph', 'end']);
    // The URL counts 23 however long it is.
    expect(parts[1]?.weightedLength).toBe(214);
  });

  it('does not take "f.eks. Tweetdeck" or "bl.a. Buffer" for sentence ends, even where they would give equal halves', () => {
    const draft =
      'Vi har testet seks verktøy for planlegging av innlegg i vinter og sammenlignet dem på pris og hvor enkle de er å bruke. Det som betyr mest er hvor lett det er å komme i gang med f.eks. Tweetdeck eller bl.a. Buffer og Later som mange av kundene våre allerede bruker hver dag uten opplæring eller hjelp fra oss og det sier egentlig alt om markedet';
    expect(split(draft)).toEqual([
      'Vi har testet seks verktøy for planlegging av innlegg i vinter og sammenlignet dem på pris og hvor enkle de er å bruke.',
      'Det som betyr mest er hvor lett det er å komme i gang med f.eks. Tweetdeck eller bl.a. Buffer og Later som mange av kundene våre allerede bruker hver dag uten opplæring eller hjelp fra oss og det sier egentlig alt om markedet',
    ]);
  });

  it('balances a 290-character draft without punctuation into two similar halves, not 280 + 10', () => {
    const draft =
      'Jeg har lurt på hvorfor så mange bedrifter legger ut de samme innleggene på alle kanaler samtidig uten å tilpasse tonen eller lengden til plattformen og publikummet som faktisk er der og så blir de overrasket når ingen svarer eller deler noe av det de har brukt timer på å lage for kundene.';
    expect(draft.length).toBe(290);
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => p.text)).toEqual([
      'Jeg har lurt på hvorfor så mange bedrifter legger ut de samme innleggene på alle kanaler samtidig uten å tilpasse tonen eller lengden til plattformen',
      'og publikummet som faktisk er der og så blir de overrasket når ingen svarer eller deler noe av det de har brukt timer på å lage for kundene.',
    ]);
    expect(parts.map((p) => p.weightedLength)).toEqual([149, 140]);
  });

  it('keeps "1 000" whole even where its space is the exact middle', () => {
    const draft =
      'Festivalen i parken har vokst hvert eneste år siden starten og nå har vi nådd et mål vi har snakket om lenge for i fjor fikk vi en omsetning på 1 000 millioner og det er nesten dobbelt så mye som året før selv om prisene har steget med 3,5 prosent siden 2024–2025 og dørene åpner kl. 12.30';
    expect(split(draft)).toEqual([
      'Festivalen i parken har vokst hvert eneste år siden starten og nå har vi nådd et mål vi har snakket om lenge for i fjor fikk vi en omsetning på',
      '1 000 millioner og det er nesten dobbelt så mye som året før selv om prisene har steget med 3,5 prosent siden 2024–2025 og dørene åpner kl. 12.30',
    ]);
  });

  it('ends a sentence after a closing quote and after "kl. 8–16.", but not after "17." before "mai"', () => {
    const draft =
      'Hun sa det rett ut på møtet i går: «Vi må svare kundene samme dag.» Alle var enige, og fra 17. mai har vi derfor egen vakt på X hver dag kl. 8–16. Det er en stor endring for et lite team som vårt, men vi tror det er verdt det. Har du spørsmål om ordningen? Send oss en melding, så svarer vi så fort vi kan.';
    expect(split(draft)).toEqual([
      'Hun sa det rett ut på møtet i går: «Vi må svare kundene samme dag.» Alle var enige, og fra 17. mai har vi derfor egen vakt på X hver dag kl. 8–16.',
      'Det er en stor endring for et lite team som vårt, men vi tror det er verdt det. Har du spørsmål om ordningen? Send oss en melding, så svarer vi så fort vi kan.',
    ]);
  });

  it('cuts between words when emoji sequences (family, skin tone, flag, keycaps) sit all along the draft', () => {
    const draft =
      'Dagens oppsummering 👨‍👩‍👧 Familiedagen var en suksess med over 400 besøkende 🎉🎉 Takk til alle frivillige 👍🏽 og til sponsorene våre 🇳🇴 Neste år satser vi enda større 1️⃣ flere aktiviteter 2️⃣ mer mat 3️⃣ bedre skilting 🙌 Vi ses i juni ☀️ og husk å melde dere på nyhetsbrevet vårt 📬 Bilder fra dagen kommer i morgen 📸';
    expect(split(draft, 'emoji')).toEqual([
      'Dagens oppsummering 👨‍👩‍👧 Familiedagen var en suksess med over 400 besøkende 🎉🎉 Takk til alle frivillige 👍🏽 og til sponsorene våre 🇳🇴 Neste år satser vi enda 🧵',
      'større 1️⃣ flere aktiviteter 2️⃣ mer mat 3️⃣ bedre skilting 🙌 Vi ses i juni ☀️ og husk å melde dere på nyhetsbrevet vårt 📬 Bilder fra dagen kommer i morgen 📸',
    ]);
  });
});

describe('nynorsk', () => {
  it('cuts a list at a line break', () => {
    const draft = `Dette må du hugse før du legg ut ein tråd på X:
- Skriv kort og klart, og sei det viktigaste fyrst.
- Bruk éin eller to emneknaggar, ikkje fleire.
- Svar på spørsmåla du får, helst same dag.
- Lenk til kjelda når du viser til tal eller undersøkingar.
- Les gjennom heile tråden før du publiserer, sjølv om det tek tid.`;
    expect(split(draft, 'fraction')).toEqual([
      'Dette må du hugse før du legg ut ein tråd på X:\n- Skriv kort og klart, og sei det viktigaste fyrst.\n- Bruk éin eller to emneknaggar, ikkje fleire. 1/2',
      '- Svar på spørsmåla du får, helst same dag.\n- Lenk til kjelda når du viser til tal eller undersøkingar.\n- Les gjennom heile tråden før du publiserer, sjølv om det tek tid. 2/2',
    ]);
  });

  it('reads "m.a." and "t.d." as abbreviations and cuts at the sentence end nearest the middle', () => {
    const draft =
      'Vi har snakka med over hundre lesarar om kva dei vil ha meir av, m.a. lokale nyheiter og fleire intervju. Mange nemner t.d. kultursidene og sporten. Kva meiner du? Skriv gjerne til oss! Vi les alt, og vi svarar så godt vi kan. Neste veke kjem ein ny runde med spørsmål, og då vil vi gjerne høyre frå deg òg.';
    expect(split(draft)).toEqual([
      'Vi har snakka med over hundre lesarar om kva dei vil ha meir av, m.a. lokale nyheiter og fleire intervju. Mange nemner t.d. kultursidene og sporten.',
      'Kva meiner du? Skriv gjerne til oss! Vi les alt, og vi svarar så godt vi kan. Neste veke kjem ein ny runde med spørsmål, og då vil vi gjerne høyre frå deg òg.',
    ]);
  });
});

describe('English', () => {
  it('reads "e.g.", "Dr.", "St." and "vs." as abbreviations and cuts after a question', () => {
    const draft =
      'Some tools, e.g. Buffer or Hootsuite, help you plan posts ahead. Dr. Smith from St. Olaf College compared them vs. posting by hand. Did it help? Not much! The teams that did best simply replied to people quickly… and they did it every single day, without exception, for a whole year.';
    expect(split(draft, 'fraction')).toEqual([
      'Some tools, e.g. Buffer or Hootsuite, help you plan posts ahead. Dr. Smith from St. Olaf College compared them vs. posting by hand. Did it help? 1/2',
      'Not much! The teams that did best simply replied to people quickly… and they did it every single day, without exception, for a whole year. 2/2',
    ]);
  });

  it('cuts a long sentence at a clause mark rather than at a plain space', () => {
    const draft =
      'We spent the whole spring rebuilding the onboarding flow for new customers and cutting every step that did not earn its place — the welcome video, the survey, the second password prompt — and the share of people who finish the setup on their first visit went from about half to almost everyone who starts it';
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => p.text)).toEqual([
      'We spent the whole spring rebuilding the onboarding flow for new customers and cutting every step that did not earn its place — the welcome video, the survey,',
      'the second password prompt — and the share of people who finish the setup on their first visit went from about half to almost everyone who starts it',
    ]);
    expect(parts[0]?.breakAfter).toBe('clause');
  });

  it('keeps a reply’s mentions in the first part and the hashtags in the last', () => {
    const draft =
      '@kari_n @ola_n @support_team Thanks for all the replies today! We fixed the login bug around 2 pm and the app works again for everyone. If you still see an error, please clear the cache and log in again. Still stuck? Send us a DM with your user name and the time it happened, and we will look at it first thing tomorrow. #status #update';
    expect(split(draft)).toEqual([
      '@kari_n @ola_n @support_team Thanks for all the replies today! We fixed the login bug around 2 pm and the app works again for everyone.',
      'If you still see an error, please clear the cache and log in again. Still stuck? Send us a DM with your user name and the time it happened, and we will look at it first thing tomorrow. #status #update',
    ]);
  });

  it('leaves a 330-character draft whole when its long link counts 23', () => {
    const draft =
      'Thanks to @kari_n and @ola_n for the workshop today! The slides and the recording are here: https://www.example.com/events/2025/social-media-workshop-for-small-businesses/slides-and-recording?utm_source=x&utm_medium=social&utm_campaign=workshop&utm_content=slides-and-recording-link #workshop';
    expect(draft.length).toBeGreaterThan(280);
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'fraction' });
    expect(parts).toEqual([
      { text: draft, weightedLength: 125, start: 0, end: draft.length, breakAfter: 'end' },
    ]);
  });
});

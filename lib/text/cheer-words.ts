/**
 * Words of cheering, thanks, agreement and praise in bokmål, nynorsk and English. A draft made
 * of these (plus function words and at most a name or two) says nothing of its own.
 */
export const cheerWords: ReadonlySet<string> = new Set(
  `gratulerer gratulera gratulere gratulasjon gratulasjoner gratulasjonar grattis lykke heia heie heiar
  hurra jippi jess takk takker takkar tusen hjertelig hjarteleg enig einig enige einige helt heilt
  absolutt sant bra flott flotte fint fine supert super kjempebra kjempeflott knallbra strålende
  strålande herlig herleg nydelig nydeleg fantastisk fantastiske rått sykt konge wow vakkert bravo
  jobba jobbet sagt skrevet skrive levert fortjent velfortjent velfortent imponerende imponerande
  gøy kult digg deilig deileg nettopp akkurat stemmer riktig korrekt presist godt haha hehe hihi lol
  jaja elsker elskar liker likar likte innlegg tråd poeng dagen
  congrats congratulations thanks thank thx ty well done said great awesome amazing love loved agree
  agreed exactly absolutely true nice cool yay hooray brilliant excellent fantastic perfect beautiful
  lovely post thread job work omg totally indeed spot legend wonderful superb incredible best happy
  birthday yes`.split(/\s+/),
);

/**
 * Greetings to the timeline and the words that address it ("God morgen alle sammen!", "happy
 * friday everyone"): a draft of only these says nothing either. Not cheering on their own, since
 * "god" and "good" open many posts with substance.
 */
export const greetingWords: ReadonlySet<string> = new Set(
  `hei heisann hallo hallais morn morna god godt good morgen morgon morning godmorgen
  godmorgon godmorn gm natt night godnatt goodnight gn kveld kvelden evening ettermiddag afternoon
  helg helga helgen weekend mandag måndag tirsdag tysdag onsdag torsdag fredag lørdag laurdag søndag
  sundag monday tuesday wednesday thursday friday saturday sunday hi hey hello hiya howdy greetings
  velkommen welcome happy everyone everybody folks folkens guys sammen saman y'all gang twitter x`.split(
    /\s+/,
  ),
);

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

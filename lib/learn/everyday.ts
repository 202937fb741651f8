/**
 * Everyday words of posts that are no subject of their own, added to the stop-word lists: those
 * lists hold function words, but posts are also full of "today", "think", "new", "week". Kvitter's
 * own list (same licence as the project), written for the learner from common bokmål, nynorsk and
 * English usage. Base forms are enough where the Snowball stemmer folds the inflections
 * ("dag" covers "dager"); irregular forms are listed.
 */
export const everydayNorwegian = `
dag døgn uke uka uken uker ukene veke helg kveld morgen morgenen morgon natt år året årene
gang gong ganger gonger ting sak saker
menneske mennesker folk stund minutt minutter time timer
ny nye nytt stor store stort større størst liten lita lite små mindre minst god godt gode bedre best
fin fint vakker viktig viktige enkel enkelt lett vanskelig vanskeleg mulig mogleg umulig
egentlig eigentleg faktisk sikkert sikkert visst snart endelig endeleg ofte alltid nesten ganske
heller fortsatt framleis fremdeles allerede allereie akkurat hele heile siste første fyrste
forrige førre neste annen anna annet egen eige eigen eget gjerne derfor difor dessverre
heldigvis uansett plutselig plutseleg samtidig sammen saman først sist
hei hallo heisann morn okei javel jaså nja tja uff haha hehe
tror trur synes synest syns tenker tenkjer mener meiner vet veit ser sjå såg lurer håper håpar
ønsker ønskjer prøver prøvar trenger treng skriver skriv leser les lest snakker snakkar
hører høyrer tar tek gir gjev kommer kjem går gikk gjekk gjør gjer gjort gjorde skjer hender
finner finn fant fann viser syner laga sett setter sette legger legge
bedre betre tips klokka klokke
mandag måndag tirsdag tysdag onsdag torsdag fredag lørdag laurdag søndag sundag
januar februar mars april mai juni juli august september oktober november desember
`;

export const everydayEnglish = `
people person time day days week weekend morning evening tonight tomorrow yesterday month months
lot lots stuff guy guys fun nice cool pretty kinda gonna wanna gotta yeah yep nope haha lol omg
wow hey tweet tweets post posts thread amazing awesome love happy glad hope hoping excited
check read watch listen talk talking share sharing news worth finally
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
`;

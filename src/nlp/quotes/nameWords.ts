/** Word lists for reading speaker names: honorifics, titles and role nouns, gendered nouns, calendar words. */

const words = (s: string) => new Set(s.split(' ').filter(Boolean))

/** Honorifics that give a gender ("Mr. Trump" is a man); lower case, without the period. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['madam', 'female'],
  ['lady', 'female'], ['lord', 'male'],
])

/** Words of titles and roles that stand before a name ("Secretary of State", "House Speaker", "spokesman"). */
export const TITLE_WORDS = words(
  'mr mrs ms miss dr sen sens senator rep reps representative gov governor lt lieutenant president vice ' +
  'secretary state speaker house minister foreign prime chancellor premier mayor judge justice chief director ' +
  'deputy assistant attorney general ambassador adviser advisor aide spokesman spokeswoman spokesperson ' +
  'press campaign manager chairman chairwoman chair co-chair chairperson ceo founder executive officer leader ' +
  'majority minority whip leader commissioner councilman councilwoman councilmember congressman congresswoman ' +
  'delegate del sheriff pastor rev reverend bishop pope cardinal rabbi imam gen adm col maj capt sgt cmdr ' +
  'former then-candidate candidate nominee presidential vice-presidential republican democratic democrat gop ' +
  'independent libertarian strategist pollster consultant analyst economist professor prof lawyer ' +
  'treasurer comptroller auditor superintendent trustee counsel solicitor prosecutor agent officer ' +
  'defense homeland security national treasury interior energy labor commerce education health justice ' +
  'department ministry white u.s. us fbi cia nsa dnc rnc white-house first lady queen king prince princess ' +
  'anchor host correspondent reporter columnist editor writer author publisher commentator moderator ' +
  'coach owner partner member members staff staffer communications policy political digital finance ' +
  'special senior top acting interim outgoing incoming longtime retired ex- sen. rep. gov. lt. gen. ' +
  'rapper singer actor actress comedian star businessman businesswoman billionaire activist organizer'
)

/** Role nouns that give a gender ("spokeswoman", "congressman"). */
export const ROLE_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...[...words('spokeswoman congresswoman chairwoman businesswoman councilwoman actress queen princess wife ' +
    'mother daughter sister grandmother aunt niece widow lady woman girl girlfriend mom')].map((w) => [w, 'female'] as const),
  ...[...words('spokesman congressman chairman businessman councilman actor king prince husband father son ' +
    'brother grandfather uncle nephew widower man boy boyfriend dad')].map((w) => [w, 'male'] as const),
])

/** Capitalized words that are never a person's name: days, months, and sentence-initial function words. */
export const NOT_NAME = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
  'september october november december jan feb mar apr jun jul aug sep sept oct nov dec the a an and but or ' +
  'in on at of for to from with by as if when while after before since because though although this that these ' +
  'those there here it its he she they we i you his her their our my your we what who why how where which ' +
  'yes no not so then now today yesterday tomorrow still also even just only however meanwhile instead ' +
  'mr mrs ms dr sen rep gov'
)

/** Words that mark an organization name ("White House", "Clinton campaign", "The Washington Post"). */
export const ORG_WORDS = words(
  'house committee campaign party department ministry agency times post journal news herald tribune ' +
  'gazette globe press review magazine network channel radio tv television university college institute ' +
  'foundation association council court commission bureau office administration government senate congress ' +
  'union corp inc co company group center centre fund organization coalition alliance caucus cnn nbc abc cbs ' +
  'fox msnbc npr ap reuters afp bbc pac super-pac politifact breitbart politico bloomberg axios tass xinhua ' +
  'kcna sinmun fbi cia nsa dnc rnc gop pentagon kremlin police army navy club league federation board service ' +
  'institute clinic hospital church polls poll survey study report statement website newspaper paper daily ' +
  'outlet broadcaster site blog'
)

/** Head nouns of descriptions that can be a source ("a party spokesman", "officials", "the newspaper"). */
export const SOURCE_NOUNS = words(
  'official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors ' +
  'source sources staffer staffers strategist strategists operative operatives analyst analysts expert experts ' +
  'critic critics supporter supporters opponent opponents voter voters resident residents leader leaders member ' +
  'members lawmaker lawmakers senator senators congressman congresswoman representative governor mayor president ' +
  'nominee candidate candidates contender rival rivals challenger frontrunner front-runner campaign campaigns committee ' +
  'administration team group groups organization agency department ministry office newspaper paper daily outlet ' +
  'network channel station magazine website site publication editorial board report reports statement statements ' +
  'study survey poll polls memo letter release ad ads video clip book article piece post tweet tweets email emails ' +
  'document documents filing complaint lawsuit ruling judge court panel commission council union party parties ' +
  'republicans democrats conservatives liberals progressives activists protesters demonstrators organizers ' +
  'delegate delegates donor donors businessman businesswoman billionaire mogul executive executives ceo chairman ' +
  'chairwoman chair director secretary minister ambassador diplomat diplomats general commander officer officers ' +
  'police investigators prosecutors prosecutor attorney attorneys lawyer lawyers counsel judge justices economist ' +
  'economists scientist scientists researchers researcher professor scholar historian author writer writers ' +
  'columnist columnists reporter reporters journalist journalists editor editors anchor host moderator pollster ' +
  'pollsters consultant consultants people person man woman men women friend friends father mother wife husband ' +
  'son daughter brother sister family veteran veterans worker workers student students teacher teachers officer ' +
  'insider insiders observer observers witness witnesses neighbor neighbors customer customers owner owners ' +
  'employee employees manager chief governor senator sheriff pastor bishop pope house white-house pentagon ' +
  'kremlin government governments state states country countries nation nations company companies firm firms ' +
  'bank banks mogul star celebrity actor actress singer rapper comedian audience crowd crowds fans fan others ' +
  'many some both all each either neither one another few several most americans citizens public commentary ' +
  'caller callers participant participants attendee attendees speaker speakers surrogate surrogates allies ally ' +
  'detractors backers backer agent agents guard guards counterpart counterparts predecessor successor user users ' +
  'commenter commenters viewer viewers reader readers narrator announcer message sign banner poster headline caption'
)

/** Words that open a description of a source ("the", "a", "his", "two", "several"). */
export const DETERMINERS = words(
  'the a an his her their its our my your this that these those one two three four five six several some many ' +
  'most few other another both all each every no any such'
)

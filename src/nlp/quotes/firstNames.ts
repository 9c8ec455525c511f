/**
 * Common given names by usual gender: frequent US Social Security names plus the given names of public figures
 * who recur in political news. Used only to pick "he" or "she" antecedents; a name missing here is "unknown",
 * not wrong.
 */
const MALE = (
  'aaron abe abraham adam adrian al alan albert alex alexander alfred allen andre andrew andy angus anthony ' +
  'antonin antonio arnold art arthur austin barack barney barry ben benjamin bernard bernie bill billy bob ' +
  'bobby boris brad bradley brandon brendan brent brett brian bruce bryan buzz byron cal calvin carl carlos ' +
  'cecil chad charles charlie chet chris christian christopher chuck clarence clark claude clay clint clifford ' +
  'cody colin conrad corey cory craig curt curtis dale dallas dan daniel danny darrell darren dave david dean ' +
  'dennis denis derek devin dick don donald doug douglas duane dwight earl ed eddie edgar edward edwin eli ' +
  'elijah elliot elliott emanuel emmanuel eric erik ernest ethan eugene evan frank franklin fred frederick gabriel ' +
  'gary gene geoff geoffrey george gerald gilbert glen glenn gordon grant greg gregory guy hakeem hal hank harold harris ' +
  'harry harvey hector henry herbert herman howard hugh hunter ian isaac jack jacob jake james jamie jared jason jay ' +
  'jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joaquin joe joel joey john johnny jon jonathan jordan ' +
  'jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle lamar lance ' +
  'larry lawrence lee leon leonard leroy lester lewis lincoln lindsey lloyd lou louis luis luke lyndon malcolm ' +
  'manuel marco marcus mario mark marshall martin marty marvin matt matthew maurice max michael miguel mike ' +
  'milton mitch mitchell mitt mohammed muhammad nathan neil newt nicholas nick nigel noah norman oliver omar ' +
  'orrin oscar owen pablo pat patrick paul pedro peter phil philip phillip preet rahm ralph rand randall ' +
  'randy ray raymond reggie reince reid reuben rex ricardo richard rick rob robby robert roberto robin rod ' +
  'rodney roger roland ron ronald ronny ross roy rudy rudolph rush russ russell ryan sam samuel scott sean ' +
  'sergey sergei seth shaun shawn sherrod sid simon stan stanley stephen steve steven stuart ted thad ' +
  'theodore thom thomas tim timothy toby todd tom tommy tony travis trent trey troy ty tyler vernon victor ' +
  'vince vincent vladimir wade walker wally walter warren wayne wesley will william willie wilbur xi zach zachary ' +
  'beto bobby cory elijah ilhan jared jeh kareem kellyanne lanny leon marc mick nate reed reza ' +
  'roger rory shep steny tucker uday vladimir wolf xavier mohammad taro jaime kasim khizr humayun reince'
).split(' ')

const FEMALE = (
  'abby abigail alice alicia alison allison amanda amber amy ana andrea angela angie ann anna anne annie april ' +
  'ashley audrey ava barbara becky betsy betty beverly bonnie brenda bridget brittany brooke camille candy carla ' +
  'carly carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine ' +
  'cindy claire clara claudia colleen connie courtney crystal cynthia dana danielle dawn deanna debbie deborah ' +
  'debra denise diana diane dianne donna dora doris dorothy edith eileen elaine eleanor elena elizabeth ellen ' +
  'emily emma erica erin esther ethel eva evelyn faith fiona frances gabrielle gail geraldine gina ginger ' +
  'gloria grace gretchen hannah harriet heather heidi helen hillary holly hope huma ingrid irene iris ivanka ' +
  'jackie jacqueline jan jane janet janice jean jeanne jeanine jennifer jenny jessica jill jo joan joann joanne ' +
  'jodi joni josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie ' +
  'katrina kay kayleigh kelly kim kimberly kirsten kristen kristin laura lauren leah lena leslie lillian linda ' +
  'lisa liz lois loretta lori louise lucy lynn madeleine maggie mandy marcia margaret maria marie marilyn ' +
  'marion marsha martha mary maureen maxine megan meghan melania melanie melissa meredith mia michele michelle ' +
  'mika mildred mindy miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia pam pamela ' +
  'patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta ' +
  'robyn rosa rose rosemary ruth sally samantha sandra sandy sara sarah sharon sheila shelley sherry shirley ' +
  'sonia sophia stacey stephanie sue susan susana suzanne sylvia tamara tammy tanya tara teresa theresa tiffany ' +
  'tina tracy valerie vanessa vera veronica victoria virginia wanda wendy whitney yolanda yvonne zoe ' +
  'ayanna betsy carly condoleezza dana elise gennifer hope jeanne kamala katy kellyanne kirstjen loretta ' +
  'marsha michele nikki omarosa sarah tulsi kyung-wha angela theresa marine hilary leslie hope huma ghazala'
).split(' ')

/** Lower-case given name → 'male' | 'female'. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const m = new Map<string, 'male' | 'female'>()
  for (const n of MALE) if (n) m.set(n, 'male')
  for (const n of FEMALE) if (n) m.set(n, 'female')
  return m
})()

/** Male given names with a usually female ending. */
const MALE_ENDINGS_EXCEPTIONS = new Set(['joshua', 'luca', 'ezra', 'nikita', 'elisha', 'jonah', 'noah', 'micah', 'isaiah',
  'jeremiah', 'zachariah', 'josiah', 'obadiah', 'andrea', 'mustafa', 'musa', 'moussa', 'kofi', 'dana', 'sasha', 'garcia',
  'costa', 'acosta', 'pena', 'peña', 'ryan', 'jamie', 'eddie', 'charlie', 'ronnie', 'willie', 'bernie', 'jackie', 'louie',
  'reggie', 'ollie', 'archie', 'freddie', 'frankie', 'johnnie', 'marie', 'rahm', 'mikhail', 'ali', 'abdullah'])

/**
 * The usual gender of a given name: from the lists, else by ending ("Rakeyia", "Tyresha", "Jolene" read female;
 * after the ending-based gender guessing of Mihalcea et al. and others), else null.
 */
export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const n = name.toLowerCase()
  const known = GIVEN_NAME_GENDER.get(n)
  if (known) return known
  if (n.length < 3 || MALE_ENDINGS_EXCEPTIONS.has(n) || !/^[a-z-]+$/.test(n)) return null
  if (/(?:a|ette|elle|ine|een|lyn|lynn|ah)$/.test(n)) return 'female'
  return /[^aeiu]o$/.test(n) ? 'male' : null
}

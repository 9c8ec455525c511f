/** Titles and honorifics: a period after them never ends a sentence ("Sen. Kang", "Mr. Trump"). */
export const TITLES = new Set(
  ('mr mrs ms messrs mmes dr drs prof sen sens rep reps gov govs gen lt col capt cmdr adm maj sgt cpl pvt ' +
    'rev fr msgr sr sra srta st supt insp det pres amb hon atty gen lt. ft mt rt brig cdr comdr ens')
    .split(' ')
    .filter(Boolean),
)

/**
 * Abbreviations that usually continue a sentence but may end one ("in the U.S. The next day"): a period after
 * them ends a sentence only when the next word is a typical sentence opener.
 */
export const ABBREVIATIONS = new Set(
  ('jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co cos ltd llc plc bros jr no nos vs etc approx dept est univ assn ave blvd rd hwy ' +
    'ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore ' +
    'pa penn tenn tex va vt wash wis wisc wyo ala alta ont que sask mex fig figs ed eds vol vols op cf ca pp ' +
    'a.m p.m e.g i.e u.s u.k u.n e.u u.s.a d.c n.y n.j n.h n.c s.c n.d s.d n.m w.va l.a')
    .split(' ')
    .filter(Boolean),
)

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i you his her its their our my this that these those there here but and ' +
    'or so yet still however in on at for after before when while if as by with from since though although ' +
    'because once then now today yesterday tomorrow meanwhile also some many most no not what who why how ' +
    'where mr mrs ms dr sen rep gov president officials').split(' '),
)

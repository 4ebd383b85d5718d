/**
 * Words written with a full stop that does not end a sentence: titles, months, company
 * forms, US state abbreviations as news writes them ("Calif."). Lower-case, without the
 * stop. The sentence splitter does not break after them; the tokeniser keeps their stop.
 */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev col lt sgt capt cmdr adm maj pres supt det insp eng engr hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'inc corp co ltd bros pty no vs etc approx dept est fig ave blvd rd ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo ' +
    'u.s u.k u.n e.g i.e a.m p.m d.c ph.d'
  ).split(' '),
);

/**
 * The fifty US states written out, one list for the passes that read them (loc-au-states.ts: a
 * state named in full is a place outside sport; loc-state-abbreviations.ts: a town before its
 * state, "Eagle Pass, Texas,"). Each pass keeps its own exceptions.
 */
export const US_STATES: readonly string[] = [
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(
    ' ',
  ),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
];

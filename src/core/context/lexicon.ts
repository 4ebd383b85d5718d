/**
 * The words the context stage reads news by: speech verbs (the cues of quotes), the nouns
 * that name a role or a kind of organisation, titles written before a name, and the closed
 * classes (determiners, pronouns, prepositions, auxiliaries) that end or shape a noun phrase.
 * All lower case; looked up word by word (no patterns), so a lookup costs the same on any text.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/u));

/**
 * Speech verbs in every form news writes them, with the lemma they belong to. The lemma
 * decides what may follow (a clause, an object and a clause, an object and "to", "of").
 */
const CUE_FORMS = new Map<string, string>();
function forms(lemma: string, list: string): void {
  for (const f of list.split(' ')) CUE_FORMS.set(f, lemma);
}
forms('say', 'say says said saying');
forms('tell', 'tell tells told telling');
forms('add', 'add adds added adding');
forms('write', 'write writes wrote writing');
forms('tweet', 'tweet tweets tweeted tweeting');
forms('post', 'posted');
forms('announce', 'announce announces announced announcing');
forms('warn', 'warn warns warned warning');
forms('argue', 'argue argues argued arguing');
forms('claim', 'claim claims claimed claiming');
forms('deny', 'deny denies denied denying');
forms('confirm', 'confirm confirms confirmed confirming');
forms('insist', 'insist insists insisted insisting');
forms('explain', 'explain explains explained explaining');
forms('note', 'note notes noted noting');
forms('state', 'stated states');
forms('comment', 'comment comments commented commenting');
forms('continue', 'continued');
forms('recall', 'recall recalls recalled recalling');
forms('ask', 'ask asks asked asking');
forms('reply', 'reply replies replied replying');
forms('respond', 'responded');
forms('acknowledge', 'acknowledge acknowledges acknowledged acknowledging');
forms('admit', 'admit admits admitted admitting');
forms('assure', 'assure assures assured assuring');
forms('report', 'report reports reported reporting');
forms('reveal', 'reveal reveals revealed revealing');
forms('find', 'found finds');
forms('indicate', 'indicate indicates indicated indicating');
forms('suggest', 'suggested suggests');
forms('describe', 'describe describes described describing');
forms('mention', 'mention mentions mentioned mentioning');
forms('emphasise', 'emphasized emphasised emphasizes emphasises');
forms('stress', 'stressed stresses');
forms('promise', 'promised promises');
forms('vow', 'vowed vows');
forms('pledge', 'pledged pledges');
forms('urge', 'urge urges urged urging');
forms('accuse', 'accuse accuses accused accusing');
forms('allege', 'allege alleges alleged alleging');
forms('declare', 'declare declares declared declaring');
forms('disclose', 'disclosed discloses');
forms('detail', 'detail details detailed detailing');
forms('testify', 'testified testifies');
forms('concede', 'conceded concedes');
forms('complain', 'complained complains');
forms('contend', 'contended contends');
forms('maintain', 'maintained maintains');
forms('observe', 'observed observes');
forms('remark', 'remarked remarks');
forms('joke', 'joked jokes');
forms('quip', 'quipped quips');
forms('shout', 'shouted shouts');
forms('order', 'ordered');
forms('exclaim', 'exclaimed');
forms('text', 'texted');
forms('email', 'emailed');
forms('caution', 'cautioned cautions');
forms('counter', 'countered counters');
forms('conclude', 'concluded concludes');
forms('boast', 'boasted boasts');
forms('lament', 'lamented laments');
forms('instruct', 'instructed instructs');
forms('advise', 'advised advises');
forms('predict', 'predicted predicts');
forms('estimate', 'estimated estimates');
forms('voice', 'voiced');
forms('call', 'called calls');
forms('recount', 'recounted recounts');
forms('wonder', 'wondered');
forms('agree', 'agreed');
forms('reiterate', 'reiterated reiterates');
forms('recognise', 'recognized recognised recognizes recognises');
forms('establish', 'established');
forms('show', 'shows showed');
forms('point', 'pointed');

/** Cue forms that are as often nouns ("the report says", "with reports that"). */
export const NOUN_FORMS = words(
  'report reports claim claims note notes comment comments details estimates finds states remarks tweet tweets post posts call calls promise promises pledge pledges warning reply replies text voice detail estimate',
);

export function cueLemma(lower: string): string | undefined {
  return CUE_FORMS.get(lower);
}

/** Cues that introduce a direct quote only in the sentence's own words, never reported speech. */
export const DIRECT_ONLY_CUES = words(
  'continue joke quip shout exclaim recount wonder call describe post comment order',
);

/** Cues whose reported clause may follow the verb without "that" ("said the plan failed"). */
export const BARE_CLAUSE_CUES = words(
  'say tell add announce warn argue claim insist explain note state recall admit report reveal find indicate suggest acknowledge confirm predict estimate emphasise stress promise vow concede contend complain assure testify allege declare detail mention disclose reply respond reiterate show point',
);

/** Cues that take the person told before their clause: "told reporters (that)…". */
export const OBJECT_CUES = words('tell assure warn remind inform advise instruct urge ask');

/** Cues with a non-finite complement after the person addressed: "urged DHS to…", "accused X of…". */
export const TO_COMPLEMENT_CUES = words('urge ask tell warn instruct advise');
export const OF_COMPLEMENT_CUES = words('accuse');
/** Cues whose complement may be a gerund: "denied being unfair". */
export const GERUND_CUES = words('deny admit report recall describe');

/** Idioms that contain a cue but report nothing: "That said, …", "so-called". */
export const NOT_A_CUE_BEFORE = words('so');

/**
 * Words before a cue that make it no report of speech: infinitives ("declined to say"),
 * negations, the future and the hypothetical.
 */
export const CUE_BLOCKERS = words(
  "most more less very so too to not never n't will would could might may should cannot can't won't wouldn't didn't doesn't don't did does refused declined",
);

/** Adverbs and auxiliaries between a subject and its cue ("has also said"). */
export const BETWEEN_SUBJECT_AND_CUE = words(
  'has have had also later then previously earlier ultimately consistently twice further first again quickly recently very publicly separately once now still initially repeatedly privately openly reportedly jokingly simply already even only since instead always usually often sometimes generally',
);

/** Pronouns that can be a speaker, and what they can point back to. */
export const PERSON_PRONOUNS = words('he she');
export const GROUP_PRONOUNS = words('they');
export const THING_PRONOUNS = words('it');

export const DETERMINERS = words(
  'the a an this these those his her its their our my your some many several both each every one two three four five six seven eight nine ten another other most all few no any such',
);
/** Determiners that open a description of a source ("a spokesperson", "the agency"). */
export const ARTICLES = words('the a an');

export const PREPOSITIONS = words(
  'in on at by for from with to of into onto over under about after before during since until against among between through across near via per without within toward towards upon despite like unlike behind beyond around throughout inside outside beside amid',
);
/** Prepositions that may sit inside a description of a source ("a spokesperson for the company"). */
export const NP_PREPOSITIONS = words('of for at in on from with into familiar close near behind around');

export const CONJUNCTIONS = words('and or but nor yet so');
/** Words that open a clause: a noun phrase never runs across them. */
export const CLAUSE_OPENERS = words(
  'that which who whom whose when while as because if though although since where whether after before until unless once whereas than meanwhile however also but and or so yet then why how what',
);

/** Finite verbs: auxiliaries, modals and common irregular past forms (a clause has one). */
export const FINITE = words(
  "is are was were be been being am has have had do does did will would can could may might must shall should cannot won't wouldn't can't couldn't didn't doesn't don't isn't aren't wasn't weren't hasn't haven't hadn't made took got went came gave found saw told left became began brought bought built held kept led lost met paid put ran sent set spent stood thought won wrote knew grew fell felt ate said needs wants plans expects remains continues includes means seems looks faces works makes takes gives goes comes says thinks believes knows hopes feels",
);

/** Honorifics: part of how a name is written, not a role. */
export const HONORIFICS = words(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mx mx. messrs messrs.',
);

/**
 * Titles written before a name, with or without their full stop: ranks and offices
 * ("Gov. Kristi Noem", "Cmdr. …", "Sen. …").
 */
export const TITLES = words(
  'president minister premier chancellor secretary governor gov gov. senator sen sen. representative rep rep. congressman congresswoman congressmember mayor judge justice ambassador general gen gen. lt lt. lieutenant col col. colonel maj maj. major capt capt. captain cmdr cmdr. commander adm adm. admiral sgt sgt. sergeant cpl corporal officer detective det det. inspector insp insp. superintendent supt supt. chief king queen prince princess pope cardinal bishop archbishop rabbi imam pastor reverend rev rev. father sister brother sheikh emir sultan speaker chairman chairwoman chair ceo cfo coo cto founder co-founder director commissioner attorney sheriff coach manager marshal auditor treasurer comptroller councilman councilwoman councillor councilor alderman assemblyman assemblywoman delegate lawmaker legislator spokesman spokeswoman spokesperson ombudsman ombudswoman',
);

/**
 * Nouns that name a role of a person or what an organisation is: the head of a role phrase
 * ("chest doctor at…", "the chemicals maker", "e-commerce giant"). Plurals are listed where a
 * role is shared ("founding members").
 */
export const ROLE_HEADS = words(
  `president presidents vice-president minister ministers premier chancellor secretary governor senator senators representative congressman congresswoman mayor judge justice ambassador general lieutenant colonel major captain commander admiral sergeant officer officers detective inspector superintendent chief king queen prince princess pope cardinal bishop rabbi imam pastor sheikh emir sultan speaker chairman chairwoman chair ceo cfo coo cto founder founders co-founder co-founders director directors commissioner attorney sheriff coach manager managers marshal treasurer councilman councilwoman lawmaker lawmakers legislator spokesman spokeswoman spokesperson ombudsman ombudswoman
  executive executives administrator administrators head leader leaders deputy adviser advisor advisers advisors aide aides assistant associate analyst analysts economist economists strategist consultant lawyer lawyers counsel prosecutor prosecutors investigator investigators researcher researchers scientist scientists professor professors lecturer scholar historian expert experts author authors journalist journalists reporter reporters correspondent editor editors columnist commentator pundit critic critics writer producer producers director actor actress singer singers guitarist guitarists singer-guitarist singer-guitarists singer-keyboardist drummer bassist keyboardist multi-instrumentalist musician musicians rapper composer songwriter frontman frontwoman star stars player players striker midfielder defender goalkeeper forward quarterback pitcher champion champions runner-up winner winners athlete athletes boxer golfer cyclist driver rider skier swimmer duo trio pair captain teammate
  doctor doctors physician physicians surgeon pulmonologist nurse psychologist psychiatrist pharmacist dentist epidemiologist virologist officer official officials businessman businesswoman entrepreneur investor investors banker billionaire millionaire owner owners partner partners member members candidate candidates front-runner frontrunner nominee challenger incumbent moderates moderate politician politicians activist activists campaigner organizer organiser volunteer engineer architect designer developer programmer farmer teacher student students worker workers employee employees staffer staffers chef pilot soldier soldiers commander envoy diplomat diplomats negotiator mediator regulator watchdog
  witness witnesses predecessor successor suspect suspects superior supervisor felon deportee deportees rusher linebacker lineman receiver shareholder shareholders stakeholder meteorologist trader traders insider dl qb
  company companies firm firms maker makers manufacturer manufacturers giant giants group conglomerate corporation startup start-up retailer carrier airline bank lender insurer broker brokerage agency agencies authority ministry department office regulator organisation organization organisations organizations charity foundation institute university college school hospital clinic network broadcaster publisher newspaper paper magazine journal outlet site platform app service provider providers operator supplier distributor developer studio label band club side team franchise league association federation union party coalition alliance movement militia faction bourse exchange fund owner subsidiary unit division arm chain brand rival rivals competitor competitors partner`,
);

/** A role phrase never starts with these (lower case, before a name): they are not modifiers. */
export const NOT_MODIFIERS = words(
  `said says told added according including include includes included against with by for from to of in on at as and or but than then when while after before since because if that which who whom whose where also even only just both either neither not no yes is are was were be been being has have had do does did will would can could may might must should shall about over under into onto upon
  like unlike between among during without within via per through across toward towards near behind beyond despite
  beat beats defeated edged topped beating defeating face faces faced facing meet meets met play plays played playing join joins joined joining replace replaced replacing hired fired sacked named appointed elected ousted visited thanked praised criticised criticized attacked backed called asked urged warned accused told let made saw see sees watched
  new first last next other another more most many much some such own same own very well early late top big
  how what why where when whom off up out down away back`,
);

/** Evaluations and ages: not a role ("Wall Street darling", "37-year-old"). */
export const NOT_ROLE_HEADS = words('darling favorite favourite hero villain icon legend sensation');

/**
 * Common first names whose bearers news usually calls "she" or "he": enough to keep "she said"
 * from pointing back to an Oliver. A name in neither list says nothing.
 */
export const FEMALE_NAMES = words(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
  alexandria elena ellen eva fiona greta hillary ilhan irene jane janet jill joanna kamala kate kristi leah lena lucy margot marine melania meghan michelle nadia nancy nicola ursula priya rosa sheryl stella taylor theresa tulsi valerie vanessa wendy yvonne zoe angela christine kristalina letitia nikki elise gretchen kirsten tammy maxine ayanna rashida alexandra camilla diana beyonce rihanna oprah serena venus simone naomi coco petra sanne leyla ana martina gwynne michelle julie emily stephanie`,
);
export const MALE_NAMES = words(
  `james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
  adam barack bernie bill boris carlos cory donald emmanuel evo feliciano jair joe justin mike mitt narendra nicolas oliver olaf pete rafael rishi sergei steve ted tom vladimir volodymyr xi yoshihide ashraf scott marcelo masayoshi tim jeff elon mark jack sundar satya warren jerome jamie owen bruce reilly novak andy roger diego guido denis taylor pierre jose mauricio harry dele kanye scooter gerard neymar anas sirajuddin kevin timothy deval andrew michael patrick jeff jeffrey brent marco steve craig zachary jonathan leif grant eric kofi hiroshi tomasz javier`,
);

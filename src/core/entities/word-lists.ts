/**
 * The project's own small word lists: well-known places and regions, demonyms, titles that
 * precede a person's name, words that end organisation names, months and weekdays, and
 * capitalised words that are not names on their own. Training adds them to the lists from
 * data packages (scripts/ner/gazetteer-lists.ts); the model file carries the result.
 */

const words = (s: string): Set<string> => new Set(s.split('|').map((w) => w.trim().toLowerCase()));

export const PLACES = words(
  'Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Canada|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|Estonia|Ethiopia|Europe|Africa|Asia|America|Finland|France|Georgia|Germany|Ghana|Greece|Haiti|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Mexico|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|England|Yemen|Zambia|Zimbabwe|U.S.|US|USA|UK|U.K.|Britain|Great Britain|Gaza|Crimea|Kyiv|Kiev|Moscow|London|Paris|Berlin|Rome|Madrid|Brussels|Washington|New York|Los Angeles|Chicago|Boston|San Francisco|Beijing|Shanghai|Hong Kong|Tokyo|Seoul|Pyongyang|Delhi|New Delhi|Mumbai|Tehran|Baghdad|Damascus|Beirut|Cairo|Jerusalem|Tel Aviv|Istanbul|Ankara|Athens|Vienna|Warsaw|Prague|Budapest|Geneva|Zurich|Amsterdam|Dublin|Edinburgh|Lisbon|Stockholm|Oslo|Copenhagen|Helsinki|Toronto|Montreal|Vancouver|Ottawa|Sydney|Melbourne|Nairobi|Lagos|Johannesburg|Mexico City|Brasilia|Buenos Aires|Lima|Bogota|Caracas|Havana|Manila|Jakarta|Bangkok|Singapore|Dubai|Riyadh|Doha|Kabul|Islamabad|Karachi|Texas|California|Florida|Ohio|Michigan|Iowa|Arizona|Nevada|Alaska|Hawaii|Oregon|Virginia|Pennsylvania|Massachusetts|Illinois|Colorado|Bavaria|Siberia|Middle East|Europe|Antarctica|Arctic|Pacific|Atlantic|Mediterranean|Baltic|Rhine|Danube|Thames|Seine|Nile|Amazon|Mississippi|Alps|Himalayas|Black Forest|Scandinavia|Balkans|Caribbean|Sahara|Caucasus',
);

export const DEMONYMS = words(
  'American|British|English|French|German|Italian|Spanish|Portuguese|Russian|Ukrainian|Chinese|Japanese|Korean|North Korean|South Korean|Indian|Pakistani|Afghan|Iranian|Iraqi|Syrian|Israeli|Palestinian|Lebanese|Egyptian|Saudi|Turkish|Greek|Polish|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Irish|Scottish|Welsh|Canadian|Mexican|Brazilian|Argentine|Colombian|Venezuelan|Cuban|Australian|African|European|Asian|Arab|Kurdish|Nigerian|Kenyan|Ethiopian|Somali|Sudanese|Libyan|Tunisian|Moroccan|Algerian|Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian|Bosnian|Albanian|Georgian|Armenian|Belarusian|Kazakh|Uzbek|Mongolian|Vietnamese|Thai|Filipino|Indonesian|Malaysian|Taiwanese|Muslim|Christian|Jewish|Catholic|Protestant|Sunni|Shia|Hindu|Buddhist|Republican|Democrat|Democratic|Soviet|Western|Latin',
);

/** Words before a name that mark it as a person and are not part of it (as in CoNLL). */
export const PERSON_TITLES = words(
  'Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Vice President|Prime Minister|Minister|Chancellor|Senator|Sen|Rep|Representative|Congressman|Congresswoman|Governor|Gov|Mayor|General|Gen|Colonel|Col|Captain|Capt|Lieutenant|Sergeant|Admiral|King|Queen|Prince|Princess|Pope|Judge|Justice|Secretary|Ambassador|Chairman|Chairwoman|Director|Coach|Bishop|Archbishop|Rabbi|Imam|Father|Sheikh|Commissioner|Inspector|Detective|Officer|Chief|Speaker|Premier|Emperor|Saint|St',
);

/** Last words of organisation names. */
export const ORG_SUFFIXES = words(
  'Inc|Corp|Corporation|Co|Company|Ltd|LLC|PLC|Group|Holdings|Bank|Bancorp|Partners|Associates|Agency|Association|Authority|Board|Bureau|Council|Commission|Committee|Department|Ministry|Office|Institute|Institution|University|College|School|Academy|Foundation|Trust|Fund|Society|Union|Federation|League|Party|Court|Parliament|Congress|Senate|Assembly|Police|Army|Navy|Force|Forces|Guard|Times|Post|Journal|News|Press|Herald|Tribune|Telegraph|Guardian|Gazette|Network|Television|Radio|Airlines|Airways|Motors|Systems|Technologies|Labs|Laboratories|Pharmaceuticals|Energy|Oil|Club|FC|United|Center|Centre|Hospital|Museum|Organization|Organisation|Alliance|Coalition|Service|Services|Reserve|Exchange|Media|Studios|Records|Games',
);

/** Capitalised words that start sentences or headings and are not names on their own. */
export const NOT_NAMES = words(
  'The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|In|On|At|By|For|From|To|Of|With|Without|After|Before|During|Since|Until|While|When|Where|What|Who|Why|How|Which|But|And|Or|Nor|So|Yet|If|Then|Than|As|Also|Some|Many|Most|More|Much|Few|All|Both|Each|Every|Any|No|Not|None|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Last|Next|New|Other|Another|Such|There|Here|Now|Today|Yesterday|Tomorrow|However|Meanwhile|Although|Though|Because|Still|Even|Just|Only|Instead|Despite|According|Under|Over|About|Above|Below|Into|Through|Between|Among|Against|Around|Across|Along|Behind|Beyond|Near|Asked|Said|Says|Like|Yes|Please|Read|More|Share|Photo|Image|Video|Updated|Posted|Published|Advertisement|Sign|Subscribe|Related|Follow|Click|See|Watch|Listen|Mr|Mrs|Ms|Dr',
);

export const MONTHS_AND_DAYS = words(
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
);

/** Demonyms and the places they belong to ("Ukrainian" -> Ukraine), lower-case. */
export const DEMONYM_PLACES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'afghan:afghanistan|albanian:albania|algerian:algeria|american:united states,us,u.s.,usa,america|' +
    'argentine:argentina|argentinian:argentina|armenian:armenia|australian:australia|austrian:austria|' +
    'azerbaijani:azerbaijan|azeri:azerbaijan|bangladeshi:bangladesh|belarusian:belarus|belgian:belgium|' +
    'bolivian:bolivia|bosnian:bosnia|brazilian:brazil|british:britain,united kingdom,uk,u.k.|bulgarian:bulgaria|' +
    'burmese:myanmar,burma|cambodian:cambodia|canadian:canada|chilean:chile|chinese:china|colombian:colombia|' +
    'congolese:congo|croatian:croatia|cuban:cuba|cypriot:cyprus|czech:czech republic,czechia|danish:denmark|' +
    'dutch:netherlands,holland|ecuadorian:ecuador|egyptian:egypt|english:england|estonian:estonia|' +
    'ethiopian:ethiopia|european:europe|filipino:philippines|philippine:philippines|finnish:finland|french:france|' +
    'georgian:georgia|german:germany|ghanaian:ghana|greek:greece|haitian:haiti|hungarian:hungary|' +
    'icelandic:iceland|indian:india|indonesian:indonesia|iranian:iran|iraqi:iraq|irish:ireland|israeli:israel|' +
    'italian:italy|japanese:japan|jordanian:jordan|kazakh:kazakhstan|kenyan:kenya|korean:korea|' +
    'north korean:north korea|south korean:south korea|kosovar:kosovo|kuwaiti:kuwait|latvian:latvia|' +
    'lebanese:lebanon|libyan:libya|lithuanian:lithuania|malaysian:malaysia|malian:mali|mexican:mexico|' +
    'moldovan:moldova|mongolian:mongolia|moroccan:morocco|nepalese:nepal|new zealander:new zealand|' +
    'nigerian:nigeria|norwegian:norway|pakistani:pakistan|palestinian:palestine,gaza|panamanian:panama|' +
    'peruvian:peru|polish:poland|portuguese:portugal|qatari:qatar|romanian:romania|russian:russia|' +
    'rwandan:rwanda|saudi:saudi arabia|scottish:scotland|serbian:serbia|singaporean:singapore|slovak:slovakia|' +
    'slovenian:slovenia|somali:somalia|south african:south africa|spanish:spain|sri lankan:sri lanka|' +
    'sudanese:sudan|swedish:sweden|swiss:switzerland|syrian:syria|taiwanese:taiwan|tajik:tajikistan|' +
    'tanzanian:tanzania|thai:thailand|tunisian:tunisia|turkish:turkey,turkiye|ugandan:uganda|ukrainian:ukraine|' +
    'uruguayan:uruguay|uzbek:uzbekistan|venezuelan:venezuela|vietnamese:vietnam|welsh:wales|yemeni:yemen|' +
    'zambian:zambia|zimbabwean:zimbabwe|soviet:soviet union,ussr|chechen:chechnya|kurdish:kurdistan|' +
    'texan:texas|californian:california|floridian:florida|bavarian:bavaria|siberian:siberia|' +
    'londoner:london|parisian:paris|muscovite:moscow|african:africa|asian:asia|arab:arab world'
  )
    .split('|')
    .map((pair) => {
      const [demonym = '', places = ''] = pair.split(':');
      return [demonym, places.split(',')] as const;
    }),
);

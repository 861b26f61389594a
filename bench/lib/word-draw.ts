/**
 * What a room types into a word cloud on peace-building in the South
 * Caucasus, for the words scenario: a vocabulary of about 2,000 entries
 * (English, Russian, Georgian, Armenian and German words, a few of them 18
 * to 25 characters long, then a tail of two-word English phrases), drawn
 * with Zipf-like frequencies (the entry of rank r about 1/r as often as the
 * first), each typed the way phones type it: mostly as written, else
 * capitalised or not, in capitals, with an exclamation mark, in quotes,
 * with spaces around or doubled inside, in full-width letters or with a
 * ligature, now and then misspelt. So thousands of keys are given, the top
 * 100 changes places near its end, and each key has several spellings to
 * choose from.
 *
 * An entry is stored as typed, after NFKC: Armenian's "և" as "եւ". An
 * answer holds 3 words of 3 different keys, except a few (1 in 70) that
 * give the same key twice, on purpose: the server keeps the first spelling
 * and counts the key once, and the oracle must do the same. The draw is
 * seeded, so a round's answers can be drawn again.
 */
import { keyOf, spellingOf } from './word-oracle.js';
import { seeded } from './stats.js';

/** Given most often, in this order. */
const HEAD = [
  'peace',
  'hope',
  'trust',
  'dialogue',
  'future',
  'respect',
  'unity',
  'freedom',
  'justice',
  'cooperation',
  'мир',
  'მშვიდობა',
  'reconciliation',
  'խաղաղություն',
  'security',
  'together',
  'Frieden',
  'understanding',
  'friendship',
  'EU',
  'Europe',
  'მშვიდობიანი თანაცხოვრება',
  'compromise',
  'stability',
  'tolerance',
  'empathy',
  'dignity',
  'patience',
  'courage',
  'neighbours',
];

const ENGLISH = `bridges listening openness honesty solidarity responsibility forgiveness memory
truth democracy equality education youth family home borders trade culture language history
negotiation life economy water land mountains sea roads people children women rights law help
support investment tourism science art music sport health prosperity harmony calm faith
opportunity change reform transparency elections participation inclusion integration Caucasus
Tbilisi Yerevan Baku region agreement treaty resilience neutrality mediation recovery refugees
return compassion kindness generosity hospitality diversity identity heritage tradition community
connection partnership diplomacy ceasefire safety accountability fairness integrity leadership
vision wisdom curiosity creativity innovation growth jobs work schools universities students
teachers exchange travel visas railways energy climate environment nature forests rivers
agriculture farmers food wine bread dance films books theatre poetry football chess love care
healing grief remembrance survivors mothers fathers elders grandparents villages cities markets
business startups technology internet media journalism speech protest activism volunteers
institutions parliament government courts peacekeepers monitors observers OSCE UN sanctions aid
grants loans development infrastructure ports corridors connectivity crossings passports
minorities languages religions churches coexistence pluralism humility gratitude optimism
realism pragmatism cooperation patience goodwill apology truthfulness sincerity fraternity
neighbourliness commerce tea coffee hospitality feasts songs laughter sunrise spring light home
roots homeland land mountains valleys Ararat Kazbek Sevan Mtkvari Aragats Gyumri Batumi Kutaisi
Ganja Sumgait Dilijan Kakheti Svaneti Shusha Lori Tavush Borjomi Javakheti Armenia Georgia
Azerbaijan Turkey Iran Russia Brussels Geneva Vienna Istanbul neighbourhood regionalism
multilateralism federalism autonomy sovereignty independence self-determination borders
demarcation delimitation normalisation restoration rehabilitation reintegration demining
landmines prisoners detainees families reunification missing remembrance archives historians
textbooks curriculum scholarships internships mobility backpacking hiking wineries cuisine
khachapuri dolma lavash khinkali pomegranate apricots walnuts grapes festivals concerts cinema
photography podcasts radio television newspapers fact-checking literacy libraries museums
monuments churches monasteries mosques synagogues pilgrims guests strangers friends cousins
brothers sisters daughters sons babies grandchildren generations ancestors descendants legacy
tomorrow today yesterday patiently slowly step-by-step honestly openly bravely kindly fairly
listen talk meet share build learn forgive remember heal grow trust-building peacemaking
peacebuilding mediation facilitation arbitration guarantees verification monitoring compliance
implementation follow-up roadmap timetable milestones deadlines benchmarks commitments promises
principles values norms standards rules procedures protocols mandates missions delegations
envoys ambassadors ministers presidents leaders citizens voters taxpayers workers unions
employers entrepreneurs investors donors partners allies rivals adversaries opponents enemies
strangers compatriots diaspora emigrants migrants returnees exiles nomads shepherds fishermen
miners builders engineers doctors nurses midwives teachers librarians artists poets painters
sculptors musicians singers dancers actors directors writers novelists translators interpreters
linguists scientists researchers scholars professors students pupils children toddlers`;

const RUSSIAN = `надежда доверие диалог будущее свобода справедливость единство уважение
сотрудничество дружба безопасность развитие согласие терпимость прощение память правда
демократия равенство образование молодёжь семья дом граница торговля культура язык история
соседи переговоры компромисс стабильность примирение открытость солидарность ответственность
честность мужество терпение любовь жизнь работа экономика экология вода земля горы море дорога
мост люди дети женщины права закон суд гарантии помощь поддержка инвестиции туризм наука
искусство музыка спорт здоровье благополучие процветание гармония тишина спокойствие вера
возможность перемены реформы прозрачность выборы голос участие интеграция Европа Кавказ
Тбилиси Ереван Баку регион соглашение договор устойчивость нейтралитет посредничество
восстановление беженцы возвращение братство человечность сочувствие доброта щедрость
гостеприимство разнообразие наследие традиции общество партнёрство дипломатия перемирие
взаимопонимание добрососедство миротворчество взаимоуважение человеколюбие`;

const GEORGIAN = `იმედი ნდობა დიალოგი მომავალი თავისუფლება სამართლიანობა ერთობა პატივისცემა
თანამშრომლობა მეგობრობა უსაფრთხოება განვითარება შერიგება სიყვარული სიმართლე დემოკრატია
თანასწორობა განათლება ახალგაზრდობა ოჯახი სახლი საზღვარი ვაჭრობა კულტურა ენა ისტორია
მეზობლები მოლაპარაკება კომპრომისი სტაბილურობა სოლიდარობა პასუხისმგებლობა მოთმინება
ცხოვრება ეკონომიკა წყალი მიწა მთები ზღვა გზა ხიდი ხალხი ბავშვები ქალები უფლებები კანონი
დახმარება მხარდაჭერა ტურიზმი მეცნიერება ხელოვნება მუსიკა ჯანმრთელობა კეთილდღეობა ჰარმონია
რწმენა შესაძლებლობა ცვლილება რეფორმები გამჭვირვალობა არჩევნები ევროპა კავკასია თბილისი
ერევანი ბაქო რეგიონი შეთანხმება ლტოლვილები დაბრუნება ძმობა ღირსება სიმშვიდე თანაგრძნობა
ერთად ურთიერთგაგება თანამშრომლობისთვის სტუმართმოყვარეობა`;

const ARMENIAN = `հույս վստահություն երկխոսություն ապագա ազատություն արդարություն միասնություն
հարգանք համագործակցություն բարեկամություն անվտանգություն զարգացում հաշտություն սեր
ճշմարտություն ժողովրդավարություն հավասարություն կրթություն երիտասարդություն ընտանիք տուն
սահման առևտուր մշակույթ լեզու պատմություն հարևաններ բանակցություններ փոխզիջում
կայունություն համերաշխություն պատասխանատվություն համբերություն կյանք տնտեսություն ջուր հող
լեռներ ծով ճանապարհ կամուրջ մարդիկ երեխաներ կանայք իրավունքներ օրենք օգնություն աջակցություն
զբոսաշրջություն գիտություն արվեստ երաժշտություն առողջություն բարեկեցություն ներդաշնակություն
հավատ հնարավորություն փոփոխություն բարեփոխումներ թափանցիկություն ընտրություններ Եվրոպա
Կովկաս Թբիլիսի Երևան Բաքու տարածաշրջան համաձայնություն փախստականներ վերադարձ եղբայրություն
արժանապատվություն հանգստություն կարեկցանք միասին`;

const GERMAN = `Hoffnung Vertrauen Dialog Zukunft Freiheit Gerechtigkeit Einheit Respekt
Zusammenarbeit Freundschaft Sicherheit Entwicklung Versöhnung Liebe Wahrheit Demokratie
Gleichheit Bildung Jugend Familie Heimat Grenze Handel Kultur Sprache Geschichte Nachbarn
Verhandlungen Kompromiss Stabilität Solidarität Verantwortung Geduld Leben Wirtschaft Wasser
Berge Brücke Menschen Kinder Frauen Menschenrechte Gesetz Hilfe Unterstützung Wissenschaft
Kunst Musik Gesundheit Wohlstand Harmonie Glaube Chance Wandel Reformen Transparenz Wahlen
Mitbestimmung Zusammenhalt Verständigung Gemeinschaft Offenheit Mut Würde Gelassenheit
Mitgefühl gemeinsam Straße Grüße Rückkehr Flüchtlinge Wiederaufbau Vertrauensbildung
Konfliktlösung Zivilgesellschaft Nachhaltigkeit Menschlichkeit Brüderlichkeit Gastfreundschaft`;

/** 18 to 25 characters: the longest a word may be. */
const LONG = [
  'Vertrauensbildungsprozess',
  'Friedensverhandlungen',
  'Völkerverständigung',
  'Menschenrechtsbildung',
  'Wiederaufbauprogramme',
  'interconnectedness',
  'institutionalisation',
  'peacebuilding-initiatives',
  'confidence-building',
  'cross-border cooperation',
  'people-to-people contacts',
  'transitional justice',
  'достопримечательности',
  'межкультурный диалог',
  'мирное сосуществование',
  'პასუხისმგებლობისთვის',
  'ადამიანის უფლებები',
  'պատասխանատվություն',
  'խաղաղ համակեցություն',
  'մարդու իրավունքներ',
];

const ADJECTIVES = `shared open lasting fair honest mutual regional peaceful common brighter safe young
local civil human free equal green inclusive joint new better stable sustainable economic
cultural political public patient brave quiet real long-term practical gradual direct sincere
positive collective independent transparent humane`;

const NOUNS = `future dialogue trust borders trade history values society rights security
institutions cooperation understanding respect growth solutions leadership education media
energy infrastructure neighbours ground goals memory responsibility prosperity tourism exchange
projects networks platforms initiatives steps commitment guarantees negotiations agreements
progress reforms spaces voices stories bridges communities`;

const ENTRIES = 2000;
/** The Zipf exponent: the entry of rank r is drawn in proportion to 1/r^s. */
const EXPONENT = 1;

const split = (text: string) => text.split(/\s+/).filter(Boolean);
/** The key a typed word merges under, or null when it is no word. */
const keyOfTyped = (word: string) => {
  const spelling = spellingOf(word);
  return spelling === null ? null : keyOf(spelling);
};

function shuffled<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The vocabulary in rank order: the head, then every single word (the long
 * ones among them) in a fixed shuffled order, then two-word phrases up to
 * 2,000 entries; one entry per key, each a word as the contract reads it.
 */
export const VOCABULARY: readonly string[] = (() => {
  const random = seeded(2026);
  const singles = shuffled(
    [
      ...split(ENGLISH),
      ...split(RUSSIAN),
      ...split(GEORGIAN),
      ...split(ARMENIAN),
      ...split(GERMAN),
      ...LONG,
    ],
    random,
  );
  const phrases = shuffled(
    split(ADJECTIVES)
      .flatMap((a) => split(NOUNS).map((n) => `${a} ${n}`))
      .filter((phrase) => spellingOf(phrase) !== null), // at most 25 characters
    random,
  );
  const keys = new Set<string>();
  const entries: string[] = [];
  for (const entry of [...HEAD, ...singles, ...phrases]) {
    if (entries.length === ENTRIES) break;
    const key = keyOfTyped(entry);
    if (key === null || spellingOf(entry) !== entry.normalize('NFKC'))
      throw new Error(`not a word as the contract reads it: ${entry}`);
    if (keys.has(key)) continue;
    keys.add(key);
    entries.push(entry);
  }
  return entries;
})();

/** Cumulative Zipf weights over the vocabulary's ranks. */
const CUMULATIVE = (() => {
  let sum = 0;
  const cumulative = VOCABULARY.map((_, r) => (sum += 1 / (r + 1) ** EXPONENT));
  return cumulative.map((c) => c / sum);
})();

function drawRank(random: () => number): number {
  const u = random();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FULL_WIDTH = (text: string) =>
  text
    .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');
const flipFirst = (word: string) => {
  const [first = '', ...rest] = word;
  const flipped = first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase();
  return flipped + rest.join('');
};
const pick = <T>(items: readonly T[], random: () => number) =>
  items[Math.floor(random() * items.length)]!;

/**
 * The one misspelling of `entry` the draw makes: two letters swapped in the
 * middle (or one doubled, where swapping changes nothing), in a single word
 * of 4 letters or more. Another key, as a typo is; always the same one, so
 * the words a round can give are known (and checked clean of profanity).
 */
export function misspelt(entry: string): string {
  const letters = [...entry];
  if (letters.length < 4 || !/^\p{L}+$/u.test(entry)) return entry;
  const at = letters.length >> 1;
  const [a, b] = [letters[at - 1]!, letters[at]!];
  if (a === b) letters.splice(at, 0, b);
  else [letters[at - 1], letters[at]] = [b, a];
  return letters.join('');
}

/**
 * `entry` as a phone might type it, within 25 characters: mostly as written,
 * else in another case, with punctuation, spaces, quotes, full-width letters
 * or a ligature (all the same key); 1 in 25 misspelt (another key).
 */
export function typed(entry: string, random: () => number): string {
  const r = random();
  let word = entry;
  if (r < 0.52) word = entry;
  else if (r < 0.66) word = flipFirst(entry);
  else if (r < 0.72) word = entry.toUpperCase();
  else if (r < 0.8) word = entry + pick(['!', '.', '?', '!!', '…', ','], random);
  else if (r < 0.86) word = pick([` ${entry} `, `  ${flipFirst(entry)}`, `${entry}\u00a0`], random);
  else if (r < 0.9)
    word = pick([`«${entry}»`, `"${entry}"`, `„${entry}“`, `(${entry})`, `#${entry}`], random);
  else if (r < 0.93) word = entry.includes(' ') ? entry.replace(' ', '  ') : entry.toLowerCase();
  else if (r < 0.96)
    word = entry.includes('fi') ? entry.replace('fi', '\ufb01') : FULL_WIDTH(entry);
  else return misspelt(entry);
  // A variant that would be too long, or of another key ("Straße" in capitals), falls back to the entry.
  return keyOfTyped(word) === keyOfTyped(entry) ? word : entry;
}

/** One answer in this many gives its first key a second time, in another spelling. */
const REPEAT_EVERY = 70;

/** `count` answers of `perAnswer` words each, drawn from `seed`. */
export function drawWordAnswers(count: number, seed: number, perAnswer = 3): string[][] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const ranks: number[] = [];
    while (ranks.length < perAnswer) {
      const rank = drawRank(random);
      if (!ranks.includes(rank)) ranks.push(rank);
    }
    const words = ranks.map((rank) => typed(VOCABULARY[rank]!, random));
    if (perAnswer > 1 && random() < 1 / REPEAT_EVERY)
      words[perAnswer - 1] = typed(VOCABULARY[ranks[0]!]!, random);
    return words;
  });
}

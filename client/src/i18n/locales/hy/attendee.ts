/** Armenian: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Լեզու',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Թարգմանված',
  'vote.originalShown': 'Բնօրինակ',
  'vote.showOriginal': 'Ցույց տալ բնօրինակը',
  'vote.showTranslation': 'Ցույց տալ՝ {language}',

  // Words every page uses
  'common.cancel': 'Չեղարկել',
  'common.save': 'Պահպանել',
  'common.saving': 'Պահպանվում է…',
  'common.loading': 'Բեռնվում է…',
  'common.sending': 'ուղարկվում է…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'նիշ', other: 'նիշ' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}-ին',
  'common.ordinal.two': '{n}-րդ',
  'common.ordinal.few': '{n}-րդ',
  'common.ordinal.many': '{n}-րդ',
  'common.ordinal.other': '{n}-րդ',

  // The connection dot on the vote page
  'connection.live': 'Առցանց',
  'connection.connecting': 'Միացում…',
  'connection.offline': 'Անցանց',
  'connection.closed': 'Անջատված է',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Քվեարկությունն ավարտվել է։ Ձեր ձայնը չի հաշվվել։',
  'error.poll_not_open': 'Քվեարկությունը դեռ չի բացվել։ Մի պահից նորից փորձեք։',
  'error.vote_locked': 'Դուք արդեն քվեարկել եք այս հարցին, և այստեղ ձայնը փոխել հնարավոր չէ։',
  'error.invalid_choice': 'Այս տարբերակը վավեր չէ այս հարցի համար։ Խնդրում ենք նորից ընտրել։',
  'error.invalid_answer':
    'Այս պատասխանը չի կարող ընդունվել այս հարցի համար։ Ստուգեք այն և նորից ուղարկեք։',
  'error.poll_not_found': 'Վարողը հեռացրել է այս հարցը։',
  'error.rate_limited': 'Չափազանց շատ սեղմումներ միանգամից։ Սպասեք մի վայրկյան և նորից փորձեք։',
  'error.shutting_down': 'Սերվերը վերագործարկվում է։ Մի պահից նորից փորձեք։',
  'error.store_unavailable':
    'Սերվերն այս պահին չի կարող ձայները պահպանել։ Ձեր ձայնը կրկին կուղարկվի։',
  'error.event_deleted': 'Այս միջոցառումն ավարտվել է։',
  'error.network_error': 'Չհաջողվեց կապ հաստատել voxpop-ի հետ։ Ստուգեք կապը և նորից փորձեք։',
  'error.voteFailed': 'Ձեր ձայնը չհաջողվեց հաշվել։ Խնդրում ենք նորից փորձել։',
  'error.serverUnreachable': 'voxpop սերվերը հասանելի չէ։ Ստուգեք կապը։',
  'error.exportFailed': 'Արտահանումը ձախողվեց։',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop գլխավոր էջ',
  'join.title': 'Միացեք ուղիղ հարցմանը',
  'join.lead': 'Մուտքագրեք էկրանի կոդը և քվեարկեք ձեր հեռախոսից։ Առանց գրանցման։',
  'join.codeLabel': 'Միջոցառման կոդ',
  'join.codeHelp': 'Վեցանիշ կոդը ցուցադրված է ցուցադրման էկրանին։',
  'join.codeEmpty': 'Մուտքագրեք էկրանին ցուցադրված վեցանիշ կոդը։',
  'join.codeShort': {
    one: 'Միջոցառման կոդն ունի 6 թվանշան, այս մեկը՝ {count}։',
    other: 'Միջոցառման կոդն ունի 6 թվանշան, այս մեկը՝ {count}։',
  },
  'join.join': 'Միանալ',
  'join.joining': 'Միացում…',
  'join.error.event_not_found': '{code} կոդով միջոցառում չկա։ Ստուգեք էկրանի կոդը։',
  'join.error.rate_limited': 'Չափազանց շատ փորձեր միանգամից։ Մի պահ սպասեք և նորից փորձեք։',
  'join.lookupFailed': 'Միջոցառումը փնտրելիս ինչ-որ բան սխալ գնաց։ Խնդրում ենք նորից փորձել։',
  'join.demo': 'Կոդ չունե՞ք — {link}',
  'join.demoLink': 'Փորձեք դեմոն',
  'join.footer': 'voxpop · ուղիղ հարցումներ ձեր սեփական սերվերում',

  // The join page: creating an event
  'join.organiserTitle': 'Միջոցառո՞ւմ եք կազմակերպում',
  'join.organiserText':
    'Ստեղծեք ուղիղ հարցումներ և ցույց տվեք արդյունքները մեծ էկրանին՝ ձայներին զուգընթաց։',
  'join.createOpen': 'Ստեղծել միջոցառում',
  'join.createNameLabel': 'Միջոցառման անվանում',
  'join.createNamePlaceholder': 'օրինակ՝ Խաղաղաշինության ֆորում, 1-ին օր',
  'join.createNameMissing': 'Անվանեք ձեր միջոցառումը, օրինակ՝ «Քաղաքային հանդիպում, մարտ»։',
  'join.createTokenLabel': 'Կազմակերպչի մուտքի տոկեն',
  'join.createUnauthorized':
    'Այս սերվերում միջոցառումներ կարող են ստեղծել միայն կազմակերպիչները։ Մուտքագրեք ձեզ տրված մուտքի տոկենը։',
  'join.createForbidden': 'Մուտքի տոկենը սխալ է։ Ստուգեք այն և նորից փորձեք։',
  'join.createFailed': 'Միջոցառումը չհաջողվեց ստեղծել։ Խնդրում ենք նորից փորձել։',
  'join.createHelp':
    'Դուք կստանաք վարողի գաղտնի հղում՝ միջոցառումը վարելու համար։ Պահեք այն — միայն դրանով կարող եք վերադառնալ կառավարման վահանակ։',
  'join.createSubmit': 'Ստեղծել միջոցառումը',
  'join.creating': 'Ստեղծվում է…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Քվեարկություն — voxpop',
  'vote.eventMissing': '{code} կոդով միջոցառում չկա',
  'vote.eventMissingHelp': 'Ստուգեք էկրանի կոդը և նորից փորձեք։ Միջոցառման կոդը վեցանիշ է։',
  'vote.invalidLink': 'Այս հղման մեջ վավեր միջոցառման կոդ չկա',
  'vote.notACode': '«{code}» միջոցառման կոդ չէ։ Միջոցառման կոդը վեցանիշ է։',
  'vote.endedTitle': 'Այս միջոցառումն ավարտվել է',
  'vote.endedText': 'Վարողը փակել է այս միջոցառումը։ Շնորհակալություն մասնակցության համար։',
  'vote.enterAnotherCode': 'Մուտքագրել այլ կոդ',
  'vote.joiningEvent': 'Միանում ենք {code} միջոցառմանը…',
  'vote.joiningSlow':
    'Սա որոշ ժամանակ է պահանջում։ Ստուգեք կապը — մենք ինքներս շարունակում ենք փորձել։',
  'vote.reconnecting': 'Վերամիացում… ձեր ձայնը կուղարկվի, երբ նորից առցանց լինեք։',
  'vote.eventCode': 'Միջոցառման կոդ՝ {code}',
  'vote.joinAnother': 'Միանալ այլ միջոցառման',
  'vote.notConnected': 'Միջոցառմանը միացված չեք։',
  'vote.upNext': 'Հաջորդը',
  'vote.upNextText': 'Քվեարկությունը կբացվի մի պահից։ Պատասխաններն ինքնաբերաբար կհայտնվեն այստեղ։',
  'vote.waitingTitle': 'Սպասում ենք հաջորդ հարցին',
  'vote.waitingText':
    'Վարողը կբացի հաջորդ հարցը։ Այն ինքնաբերաբար կհայտնվի այստեղ — էջը թարմացնել պետք չէ։',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Այս էջը չի կարող ցույց տալ այս տեսակի հարցը։ Թարմացրեք էջը և նորից փորձեք։',
  'vote.badgeOpen': 'Քվեարկությունը բաց է',
  'vote.badgeClosed': 'Քվեարկությունը փակ է',
  'vote.badgeNotOpen': 'Դեռ բաց չէ',
  'vote.sending': 'Ձեր ձայնն ուղարկվում է…',
  'vote.sendingOffline': 'Դեռ չի ուղարկվել — սպասում ենք կապին…',
  'vote.counted': 'Ձեր ձայնը հաշվված է',
  'vote.countedClosed': 'Ձեր ձայնը հաշվվել է',
  'vote.youChose': 'Ձեր ընտրությունը՝ {choice}',
  'vote.didNotVote': 'Դուք չեք քվեարկել այս հարցին։',
  'vote.resultsNotShared': 'Վարողը չի հրապարակել արդյունքները։',
  'vote.yourVote': 'Ձեր ձայնը',
  'vote.answersCount': { one: '{count} պատասխան', other: '{count} պատասխան' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Քվեարկությունն ավարտվել է։',
  'vote.hintNotOpen': 'Քվեարկությունը դեռ չի բացվել։',
  'vote.voteFinal': 'Ձեր ձայնը վերջնական է։',
  'vote.canChange': 'Կարող եք փոխել ձեր ձայնը մինչև քվեարկության ավարտը։',

  // Single and multiple choice
  'choice.ruleOne': 'Ընտրեք մեկը',
  'choice.ruleAny': 'Ընտրեք ցանկացած քանակ',
  'choice.ruleUpTo': { one: 'Ընտրեք մինչև {count}', other: 'Ընտրեք մինչև {count}' },
  'choice.tagAll': 'Ընտրեք բոլոր համապատասխանները',
  'choice.howSingle': 'Քվեարկելու համար սեղմեք պատասխանի վրա։',
  'choice.howSingleOnce':
    'Քվեարկելու համար սեղմեք պատասխանի վրա։ Ուղարկելուց հետո ձայնը վերջնական է։',
  'choice.howAny': 'Ընտրեք որքան ուզում եք, ապա սեղմեք «Քվեարկել»։',
  'choice.howAnyOnce':
    'Ընտրեք որքան ուզում եք, ապա սեղմեք «Քվեարկել»։ Ուղարկելուց հետո ձայնը վերջնական է։',
  'choice.howUpTo': {
    one: 'Ընտրեք մինչև {count} տարբերակ, ապա սեղմեք «Քվեարկել»։',
    other: 'Ընտրեք մինչև {count} տարբերակ, ապա սեղմեք «Քվեարկել»։',
  },
  'choice.howUpToOnce': {
    one: 'Ընտրեք մինչև {count} տարբերակ, ապա սեղմեք «Քվեարկել»։ Ուղարկելուց հետո ձայնը վերջնական է։',
    other:
      'Ընտրեք մինչև {count} տարբերակ, ապա սեղմեք «Քվեարկել»։ Ուղարկելուց հետո ձայնը վերջնական է։',
  },
  'choice.atLimit': {
    one: 'Սա առավելագույնն է՝ {count}։ Այլ տարբերակ ընտրելու համար նախ հանեք նշումներից մեկը։',
    other: 'Սա առավելագույնն է՝ {count}։ Այլ տարբերակ ընտրելու համար նախ հանեք նշումներից մեկը։',
  },
  'choice.chosenCount': { one: 'Ընտրված՝ {count} / {max}', other: 'Ընտրված՝ {count} / {max}' },
  'choice.submit': 'Քվեարկել',
  'choice.update': 'Փոխել իմ ձայնը',

  // Results, whatever the kind
  'results.title': 'Արդյունքներ',
  'results.liveTitle': 'Ուղիղ արդյունքներ',
  'results.voters': { one: '{count} քվեարկող', other: '{count} քվեարկող' },
  'results.captionVoters': {
    one: '{caption} — {count} քվեարկող',
    other: '{caption} — {count} քվեարկող',
  },
  'results.option': 'Տարբերակ',
  'results.percent': 'Տոկոս',
  'results.votes': 'Ձայներ',
  'results.votesCount': { one: '{count} ձայն', other: '{count} ձայն' },
  'results.loadFailed': 'Արդյունքները չհաջողվեց բեռնել։ Թարմացրեք էջը և նորից փորձեք։',
  'results.showAllOptions': {
    one: 'Ցույց տալ բոլոր {count} տարբերակները',
    other: 'Ցույց տալ բոլոր {count} տարբերակները',
  },
  'results.showFewerOptions': 'Ցույց տալ ավելի քիչ տարբերակ',
  'results.showAllValues': {
    one: 'Ցույց տալ բոլոր {count} արժեքները',
    other: 'Ցույց տալ բոլոր {count} արժեքները',
  },
  'results.showFewerValues': 'Ցույց տալ ավելի քիչ արժեք',
} satisfies AttendeeCatalogue;

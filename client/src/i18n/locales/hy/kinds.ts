/** Armenian: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'Գնահատեք 1-ից 5 աստղով',
  'rating.ruleNumbers': 'Գնահատեք 1-ից {max}',
  'rating.stars': { one: '{count} աստղ', other: '{count} աստղ' },
  'rating.starsWord': { one: '{count} աստղ, {word}', other: '{count} աստղ, {word}' },
  'rating.valueOf': '{value}-ը {max}-ից',
  'rating.valueOfWord': '{value}-ը {max}-ից, {word}',
  'rating.sending': '{value} · ուղարկվում է…',
  'rating.yours': 'Ձեր գնահատականը՝ {value}',
  'rating.howStars': 'Գնահատելու համար սեղմեք աստղի վրա։',
  'rating.howStarsOnce': 'Գնահատելու համար սեղմեք աստղի վրա։ Ուղարկելուց հետո ձայնը վերջնական է։',
  'rating.howNumbers': 'Գնահատելու համար սեղմեք թվի վրա։',
  'rating.howNumbersOnce': 'Գնահատելու համար սեղմեք թվի վրա։ Ուղարկելուց հետո ձայնը վերջնական է։',
  'rating.canChange': 'Կարող եք փոխել ձեր գնահատականը մինչև քվեարկության ավարտը։',
  'rating.average': 'միջին',
  'rating.median': 'մեդիան՝ {median}',

  // Ranking
  'ranking.rule': 'Դասավորեք ըստ նախապատվության',
  'ranking.how':
    'Դասավորեք տարբերակները՝ ամենանախընտրելին առաջինը։ Քաշեք դրանք կամ օգտագործեք սլաքները, ապա սեղմեք «Ուղարկել դասակարգումը»։',
  'ranking.howOnce':
    'Դասավորեք տարբերակները՝ ամենանախընտրելին առաջինը։ Քաշեք դրանք կամ օգտագործեք սլաքները, ապա սեղմեք «Ուղարկել դասակարգումը»։ Ուղարկելուց հետո դասակարգումը վերջնական է։',
  'ranking.final': 'Ձեր դասակարգումը վերջնական է։',
  'ranking.canChange': 'Կարող եք փոխել ձեր դասակարգումը մինչև քվեարկության ավարտը։',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (հավասար):',
  'ranking.moveUp': 'Բարձրացնել «{option}» տարբերակը',
  'ranking.moveDown': 'Իջեցնել «{option}» տարբերակը',
  'ranking.drag': 'Քաշեք՝ տեղափոխելու համար',
  'ranking.moved': '{option}, դիրք {position}՝ {count}-ից։',
  'ranking.submit': 'Ուղարկել դասակարգումը',
  'ranking.update': 'Փոխել իմ դասակարգումը',
  'ranking.points': { one: '{count} միավոր', other: '{count} միավոր' },
  'ranking.averagePosition': 'միջ. դիրք՝ {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Մեկ բառ',
  'wordcloud.ruleUpTo': { one: 'Մինչև {count} բառ', other: 'Մինչև {count} բառ' },
  'wordcloud.how': {
    one: 'Գրեք բառ և սեղմեք «Ավելացնել»՝ մինչև {count} բառ։ Ապա սեղմեք «Ուղարկել բառերը»։',
    other: 'Գրեք բառ և սեղմեք «Ավելացնել»՝ մինչև {count} բառ։ Ապա սեղմեք «Ուղարկել բառերը»։',
  },
  'wordcloud.howOnce': {
    one: 'Գրեք բառ և սեղմեք «Ավելացնել»՝ մինչև {count} բառ։ Ապա սեղմեք «Ուղարկել բառերը»։ Ուղարկելուց հետո բառերը վերջնական են։',
    other:
      'Գրեք բառ և սեղմեք «Ավելացնել»՝ մինչև {count} բառ։ Ապա սեղմեք «Ուղարկել բառերը»։ Ուղարկելուց հետո բառերը վերջնական են։',
  },
  'wordcloud.final': 'Ձեր բառերը վերջնական են։',
  'wordcloud.canChange': 'Կարող եք փոխել ձեր բառերը մինչև քվեարկության ավարտը։',
  'wordcloud.wordLabel': 'Բառ',
  'wordcloud.placeholder': 'Գրեք բառ',
  'wordcloud.placeholderFull': 'Այլևս բառ չի կարելի',
  'wordcloud.add': 'Ավելացնել',
  'wordcloud.yourWords': 'Ձեր բառերը',
  'wordcloud.remove': 'Հեռացնել «{word}» բառը',
  'wordcloud.sending': '{words} · ուղարկվում է…',
  'wordcloud.count': { one: '{chosen} / {count} բառ', other: '{chosen} / {count} բառ' },
  'wordcloud.submit': 'Ուղարկել բառերը',
  'wordcloud.update': 'Փոխել իմ բառերը',
  'wordcloud.full': {
    one: 'Սա առավելագույնն է՝ {count} բառ։ Այլ բառ ավելացնելու համար նախ հեռացրեք մեկը։',
    other: 'Սա առավելագույնն է՝ {count} բառ։ Այլ բառ ավելացնելու համար նախ հեռացրեք մեկը։',
  },
  'wordcloud.already': 'Դուք արդեն ավելացրել եք «{word}» բառը։',
  'wordcloud.problemEmpty': 'Բառը չի կարող դատարկ լինել։',
  'wordcloud.problemTooLong': {
    one: 'Բառը կարող է ունենալ առավելագույնը {max} նիշ, իսկ այս մեկը՝ {count}։',
    other: 'Բառը կարող է ունենալ առավելագույնը {max} նիշ, իսկ այս մեկը՝ {count}։',
  },
  'wordcloud.problemMalformed':
    'Բառը պետք է լինի ճիշտ կազմված Unicode (առանց միայնակ սուրոգատների)։',
  'wordcloud.problemOneLine': 'Բառը պետք է լինի մեկ տողում՝ առանց կառավարման նիշերի։',
  'wordcloud.problemNoLetter': 'Բառը պետք է պարունակի առնվազն մեկ տառ կամ թվանշան։',
  'wordcloud.waiting': 'Սպասում ենք առաջին բառերին',
  'wordcloud.word': 'Բառ',
  'wordcloud.countHeader': 'Քանակ',
  'wordcloud.more': { one: 'և ևս {count} բառ', other: 'և ևս {count} բառ' },
  'wordcloud.cloudMore': { one: '+{count} բառ ևս', other: '+{count} բառ ևս' },
  'wordcloud.askOne': 'Ուղարկեք մեկ բառ ձեր հեռախոսից',
  'wordcloud.askUpTo': {
    one: 'Ուղարկեք մինչև {count} բառ ձեր հեռախոսից',
    other: 'Ուղարկեք մինչև {count} բառ ձեր հեռախոսից',
  },

  // Open text
  'text.rule': 'Պատասխանեք ձեր բառերով',
  'text.quoted': '«{text}»',
  'text.howPre':
    'Գրեք ձեր պատասխանը և սեղմեք «Ուղարկել պատասխանը»։ Յուրաքանչյուր պատասխան ցուցադրվում է վարողի հաստատումից հետո։',
  'text.howPreOnce':
    'Գրեք ձեր պատասխանը և սեղմեք «Ուղարկել պատասխանը»։ Յուրաքանչյուր պատասխան ցուցադրվում է վարողի հաստատումից հետո։ Ուղարկելուց հետո պատասխանը վերջնական է։',
  'text.howPost': 'Գրեք ձեր պատասխանը և սեղմեք «Ուղարկել պատասխանը»։',
  'text.howPostOnce':
    'Գրեք ձեր պատասխանը և սեղմեք «Ուղարկել պատասխանը»։ Ուղարկելուց հետո պատասխանը վերջնական է։',
  'text.final': 'Ձեր պատասխանը վերջնական է։',
  'text.canChange': 'Կարող եք խմբագրել ձեր պատասխանը մինչև քվեարկության ավարտը։',
  'text.placeholder': 'Գրեք ձեր պատասխանը',
  'text.tooLong': {
    one: 'Ավելորդ է {count} նիշ — պատասխանը կարող է ունենալ առավելագույնը {max} նիշ։',
    other: 'Ավելորդ է {count} նիշ — պատասխանը կարող է ունենալ առավելագույնը {max} նիշ։',
  },
  'text.empty': 'Նախ գրեք ձեր պատասխանը — դատարկ պատասխան ուղարկել հնարավոր չէ։',
  'text.edit': 'Խմբագրել իմ պատասխանը',
  'text.send': 'Ուղարկել պատասխանը',
  'text.update': 'Թարմացնել պատասխանը',
  'text.mineSending': 'Ձեր պատասխանը',
  'text.mineSent': 'Ձեր ուղարկած պատասխանը',
  'text.onWall': 'Ձեր պատասխանը պատին է։',
  'text.awaitingApproval': 'Կցուցադրվի վարողի հաստատումից հետո։',
  'text.shownAtOnce': 'Պատասխաններն անմիջապես հայտնվում են պատին, վարողը կարող է թաքցնել դրանք։',
  'text.noAnswers': 'Դեռ պատասխաններ չկան',
  'text.emptyPre': 'Պատասխանները կհայտնվեն այստեղ վարողի հաստատումից հետո։',
  'text.emptyPost': 'Պատասխանները կհայտնվեն այստեղ ստացվելուն պես։',
  'text.noneOnWall': 'Պատին դեռ պատասխաններ չկան։',
  'text.listLabel': '{caption}: պատի պատասխանները, նորերը՝ սկզբում',
  'text.showAll': {
    one: 'Ցույց տալ բոլոր {count} պատասխանները',
    other: 'Ցույց տալ բոլոր {count} պատասխանները',
  },
  'text.showFewer': 'Ցույց տալ ավելի քիչ',
  'text.newest': { one: 'Վերջին {count} պատասխանը', other: 'Վերջին {count} պատասխանը' },
  'text.previewTitle': 'Մասնակիցները պատասխանում են իրենց բառերով',
  'text.previewPre': 'Մինչև {max} նիշ · յուրաքանչյուր պատասխան ցուցադրվում է հաստատումից հետո',
  'text.previewPost': 'Մինչև {max} նիշ · պատասխանները ցուցադրվում են ստացվելուն պես',

  // Audience Q&A: the phone
  'qa.rule': 'Հարցրեք և հավանեք հարցեր',
  'qa.badgeOpen': 'Հարցերը բաց են',
  'qa.badgeClosed': 'Հարցերը փակ են',
  'qa.asked': { one: '{count} հարց է տրվել', other: '{count} հարց է տրվել' },
  'qa.limit': {
    one: 'Դուք տվել եք {count} հարց՝ այս հարցման առավելագույնը։',
    other: 'Դուք տվել եք {count} հարց՝ այս հարցման առավելագույնը։',
  },
  'qa.error.poll_closed': 'Հարցերի ընդունումն ավարտվել է։ Ձեր հարցը չի ուղարկվել։',
  'qa.error.poll_not_open': 'Հարցերի ընդունումը դեռ չի բացվել։ Մի պահից նորից փորձեք։',
  'qa.error.question_not_found': 'Այդ հարցն այլևս ցանկում չէ։',
  'qa.error.invalid_answer': 'Հարցը պետք է ունենա 1-ից {max} նիշ։',
  'qa.askFailed': 'Ձեր հարցը չհաջողվեց ուղարկել՝ {reason}',
  'qa.upvoteFailed': 'Հավանումը չհաջողվեց՝ {reason}',
  'qa.unvoteFailed': 'Հավանումը չեղարկել չհաջողվեց՝ {reason}',
  'qa.tooLong': {
    one: 'Ավելորդ է {count} նիշ — հարցը կարող է ունենալ առավելագույնը {max} նիշ։',
    other: 'Ավելորդ է {count} նիշ — հարցը կարող է ունենալ առավելագույնը {max} նիշ։',
  },
  'qa.empty': 'Նախ գրեք ձեր հարցը — դատարկ հարց ուղարկել հնարավոր չէ։',
  'qa.label': 'Ձեր հարցը',
  'qa.placeholder': 'Գրեք ձեր հարցը',
  'qa.send': 'Ուղարկել հարցը',
  'qa.hintDraft': 'Հարցերի ընդունումը դեռ չի բացվել։',
  'qa.hintClosed': 'Հարցերի ընդունումն ավարտվել է։',
  'qa.hintNotOpen': 'Հարցերի ընդունումը բաց չէ։',
  'qa.howPre':
    'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։ Յուրաքանչյուր հարց ցուցադրվում է վարողի հաստատումից հետո։',
  'qa.howPreLeft': {
    one: 'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։ Յուրաքանչյուր հարց ցուցադրվում է վարողի հաստատումից հետո։ Կարող եք տալ ևս {count} հարց։',
    other:
      'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։ Յուրաքանչյուր հարց ցուցադրվում է վարողի հաստատումից հետո։ Կարող եք տալ ևս {count} հարց։',
  },
  'qa.howPost': 'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։',
  'qa.howPostLeft': {
    one: 'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։ Կարող եք տալ ևս {count} հարց։',
    other:
      'Տվեք հարց կամ հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել։ Կարող եք տալ ևս {count} հարց։',
  },
  'qa.mineTitle': 'Ձեր հարցերը, որոնք դեռ ցանկում չեն',
  'qa.listTitle': 'Հարցեր',
  'qa.total': '({count})',
  'qa.topOf': {
    one: '(լավագույն {shown}-ը {count}-ից)',
    other: '(լավագույն {shown}-ը {count}-ից)',
  },
  'qa.waiting': { one: '{count} նոր / թարմացված', other: '{count} նոր / թարմացված' },
  'qa.emptyPre': 'Դեռ հարցեր չկան։ Հարցերը կհայտնվեն այստեղ վարողի հաստատումից հետո։',
  'qa.emptyPost': 'Դեռ հարցեր չկան։ Հարցրեք առաջինը։',
  'qa.onScreen': 'Հիմա էկրանին',
  'qa.answered': 'Պատասխանված',
  'qa.yours': 'Ձերը',
  'qa.upvoteLabel': { one: 'Հավանել ({count} հավանում)', other: 'Հավանել ({count} հավանում)' },
  'qa.awaitingModeration': 'Սպասում է հաստատման',
  'qa.sent': 'Ուղարկված է',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} հարց', other: '{count} հարց' },
  'qa.upvotes': { one: '{count} հավանում', other: '{count} հավանում' },
  'qa.upvoteWord': { one: 'հավանում', other: 'հավանում' },
  'qa.upvotesAnswered': {
    one: '{count} հավանում · Պատասխանված',
    other: '{count} հավանում · Պատասխանված',
  },
  'qa.fromAudience': 'Հարց լսարանից',
  'qa.onScreenNow': 'Հիմա էկրանին՝ {text}',
  'qa.allAnswered': 'Բոլոր հարցերին պատասխանվել է',
  'qa.noQuestions': 'Դեռ հարցեր չկան',
  'qa.noQuestionsPhone': 'Դեռ հարցեր չկան։',
  'qa.screenEmptyPre': 'Հարցրեք ձեր հեռախոսից — հարցերը կհայտնվեն այստեղ վարողի հաստատումից հետո։',
  'qa.screenEmptyPost': 'Հարցրեք ձեր հեռախոսից — հարցերը կհայտնվեն այստեղ ստացվելուն պես։',
  'qa.listLabel': '{caption}: հարցեր, ամենահավանվածները՝ սկզբում',
  'qa.previewTitle': 'Տվեք ձեր հարցերը հեռախոսից',
  'qa.previewPre':
    'Հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել · յուրաքանչյուր հարց ցուցադրվում է հաստատումից հետո',
  'qa.previewPost':
    'Հավանեք այն հարցերը, որոնց պատասխանն ուզում եք լսել · հարցերը ցուցադրվում են ստացվելուն պես',
  'qa.tag': 'Լսարանի հարցեր',
  'qa.tagPre': 'Լսարանի հարցեր · նախնական հաստատմամբ',

  // Quiz: the phone
  'quiz.rule': 'Ընտրեք մեկ պատասխան',
  'quiz.badge': 'Վիկտորինա',
  'quiz.timesUp': 'Ժամանակը սպառվեց',
  'quiz.timesUpHint': 'Ժամանակը սպառվեց։',
  'quiz.notStarted': 'Հարցը դեռ չի սկսվել։',
  'quiz.answerFinal': 'Ձեր պատասխանը վերջնական է։',
  'quiz.how': {
    one: 'Սեղմեք ձեր պատասխանը՝ մեկ սեղմում, առանց փոփոխության։ Որքան արագ, այնքան շատ միավոր (մինչև {count})։',
    other:
      'Սեղմեք ձեր պատասխանը՝ մեկ սեղմում, առանց փոփոխության։ Որքան արագ, այնքան շատ միավոր (մինչև {count})։',
  },
  'quiz.sending': 'Ձեր պատասխանն ուղարկվում է…',
  'quiz.locked': 'Պատասխանն ընդունված է',
  'quiz.lockedDetail': 'Ճիշտ պատասխանը կերևա, երբ ժամանակը սպառվի։',
  'quiz.noAnswer': 'Դուք չպատասխանեցիք',
  'quiz.correct': 'Ճի՛շտ է',
  'quiz.wrong': 'Այս անգամ չստացվեց',
  'quiz.gained': { one: '+{count} միավոր', other: '+{count} միավոր' },
  'quiz.points': { one: '{count} միավոր', other: '{count} միավոր' },
  'quiz.score': '{gained} · ընդամենը {total}',
  'quiz.scoreRanked': '{gained} · ընդամենը {total} · {place} տեղ',
  'quiz.zeroPoints': 'Այս հարցի համար՝ 0 միավոր։',
  'quiz.ofAnswers': 'պատասխանների',
  'quiz.correctTag': 'Ճիշտ',
  'quiz.yourAnswer': 'Ձեր պատասխանը',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: 'Մնաց {count} վայրկյան', other: 'Մնաց {count} վայրկյան' },
  'quiz.unitLeft': { one: 'վ մնաց', other: 'վ մնաց' },
  'quiz.unitTimesUp': 'ժամանակը սպառվեց',
  'quiz.limitSeconds': { one: '{count} վ', other: '{count} վ' },
  'quiz.limitMinutes': { one: '{count} ր', other: '{count} ր' },
  'quiz.limitMinutesSeconds': '{minutes} ր {seconds} վ',

  // Quiz: the results
  'quiz.correctAnswer': { one: 'Ճիշտ պատասխանը՝ {answer}', other: 'Ճիշտ պատասխանները՝ {answer}' },
  'quiz.gotItRight': '— ճիշտ է պատասխանել {percent}-ը',
  'quiz.startsSoon': 'Վիկտորինան շուտով կսկսվի',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Ձեր անունն առաջատարների աղյուսակում {optional}',
  'quiz.nameOptional': '(ըստ ցանկության)',
  'quiz.nameHelp': {
    one: 'Մինչև {count} նիշ։ Առանց անվան կերևաք որպես «Խաղացող» և համար։',
    other: 'Մինչև {count} նիշ։ Առանց անվան կերևաք որպես «Խաղացող» և համար։',
  },
  'quiz.nameSaved': 'Պահպանված է — աղյուսակում դուք «{name}» եք։',
  'quiz.nameEmpty': 'Նախ գրեք անուն։',
  'quiz.nameTooLong': {
    one: '{count} նիշ — անունը կարող է ունենալ առավելագույնը {max}։',
    other: '{count} նիշ — անունը կարող է ունենալ առավելագույնը {max}։',
  },
  'quiz.nameError.invalid_name': 'Այս անունը չի թույլատրվում աղյուսակում — ընտրեք ուրիշը։',
  'quiz.nameError.invalid_message': 'Անունը պետք է ունենա 1-ից {max} նիշ։',
  'quiz.nameError.rate_limited': 'Չափազանց շատ փորձեր միանգամից։ Սպասեք մի վայրկյան։',
  'quiz.nameFailed': 'Ձեր անունը չհաջողվեց պահպանել՝ {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} տոկոսային կետ՝ 95% վստահությամբ',
  'choice.marginMethod':
    'Առաջատար տարբերակի («{option}», {percent}) սխալի սահմանը 95% վստահությամբ՝ նորմալ մոտարկում, 1,96 × √(p(1 − p) / n), որտեղ n = {voters}։',
} satisfies KindsCatalogue;

/** Georgian: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'შეაფასეთ 1-დან 5 ვარსკვლავამდე',
  'rating.ruleNumbers': 'შეაფასეთ 1-დან {max}-მდე',
  'rating.stars': { one: '{count} ვარსკვლავი', other: '{count} ვარსკვლავი' },
  'rating.starsWord': { one: '{count} ვარსკვლავი, {word}', other: '{count} ვარსკვლავი, {word}' },
  'rating.valueOf': '{max}-დან {value}',
  'rating.valueOfWord': '{max}-დან {value}, {word}',
  'rating.sending': '{value} · იგზავნება…',
  'rating.yours': 'თქვენი შეფასება: {value}',
  'rating.howStars': 'შესაფასებლად შეეხეთ ვარსკვლავს.',
  'rating.howStarsOnce': 'შესაფასებლად შეეხეთ ვარსკვლავს. გაგზავნის შემდეგ ხმა საბოლოოა.',
  'rating.howNumbers': 'შესაფასებლად შეეხეთ რიცხვს.',
  'rating.howNumbersOnce': 'შესაფასებლად შეეხეთ რიცხვს. გაგზავნის შემდეგ ხმა საბოლოოა.',
  'rating.canChange': 'შეფასების შეცვლა შეგიძლიათ გამოკითხვის დახურვამდე.',
  'rating.average': 'საშუალო',
  'rating.median': 'მედიანა {median}',

  // Ranking
  'ranking.rule': 'დაალაგეთ',
  'ranking.how':
    'დაალაგეთ ვარიანტები, ყველაზე სასურველი — პირველი: გადაათრიეთ ან გამოიყენეთ ისრები. შემდეგ დააჭირეთ ღილაკს „დალაგების გაგზავნა“.',
  'ranking.howOnce':
    'დაალაგეთ ვარიანტები, ყველაზე სასურველი — პირველი: გადაათრიეთ ან გამოიყენეთ ისრები. შემდეგ დააჭირეთ ღილაკს „დალაგების გაგზავნა“. გაგზავნის შემდეგ დალაგება საბოლოოა.',
  'ranking.final': 'თქვენი დალაგება საბოლოოა.',
  'ranking.canChange': 'დალაგების შეცვლა შეგიძლიათ გამოკითხვის დახურვამდე.',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (თანაბრად):',
  'ranking.moveUp': 'ზემოთ აწევა: {option}',
  'ranking.moveDown': 'ქვემოთ ჩამოწევა: {option}',
  'ranking.drag': 'გადაათრიეთ გადასაადგილებლად',
  'ranking.moved': '{option}, პოზიცია {position}, სულ {count}.',
  'ranking.submit': 'დალაგების გაგზავნა',
  'ranking.update': 'დალაგების შეცვლა',
  'ranking.points': { one: '{count} ქულა', other: '{count} ქულა' },
  'ranking.averagePosition': 'საშ. პოზიცია {position}',

  // Word cloud
  'wordcloud.ruleOne': 'ერთი სიტყვა',
  'wordcloud.ruleUpTo': { one: '{count} სიტყვამდე', other: '{count} სიტყვამდე' },
  'wordcloud.how': {
    one: 'ჩაწერეთ სიტყვა და დააჭირეთ ღილაკს „დამატება“ (სულ {count} სიტყვამდე). შემდეგ დააჭირეთ ღილაკს „სიტყვების გაგზავნა“.',
    other:
      'ჩაწერეთ სიტყვა და დააჭირეთ ღილაკს „დამატება“ (სულ {count} სიტყვამდე). შემდეგ დააჭირეთ ღილაკს „სიტყვების გაგზავნა“.',
  },
  'wordcloud.howOnce': {
    one: 'ჩაწერეთ სიტყვა და დააჭირეთ ღილაკს „დამატება“ (სულ {count} სიტყვამდე). შემდეგ დააჭირეთ ღილაკს „სიტყვების გაგზავნა“. გაგზავნის შემდეგ სიტყვები საბოლოოა.',
    other:
      'ჩაწერეთ სიტყვა და დააჭირეთ ღილაკს „დამატება“ (სულ {count} სიტყვამდე). შემდეგ დააჭირეთ ღილაკს „სიტყვების გაგზავნა“. გაგზავნის შემდეგ სიტყვები საბოლოოა.',
  },
  'wordcloud.final': 'თქვენი სიტყვები საბოლოოა.',
  'wordcloud.canChange': 'სიტყვების შეცვლა შეგიძლიათ გამოკითხვის დახურვამდე.',
  'wordcloud.wordLabel': 'სიტყვა',
  'wordcloud.placeholder': 'ჩაწერეთ სიტყვა',
  'wordcloud.placeholderFull': 'მეტი სიტყვა აღარ შეიძლება',
  'wordcloud.add': 'დამატება',
  'wordcloud.yourWords': 'თქვენი სიტყვები',
  'wordcloud.remove': 'წაშლა: {word}',
  'wordcloud.sending': '{words} · იგზავნება…',
  'wordcloud.count': { one: '{chosen} / {count} სიტყვა', other: '{chosen} / {count} სიტყვა' },
  'wordcloud.submit': 'სიტყვების გაგზავნა',
  'wordcloud.update': 'სიტყვების შეცვლა',
  'wordcloud.full': {
    one: 'უკვე {count} სიტყვაა — ეს მაქსიმუმია. ახლის დასამატებლად ჯერ ერთ-ერთი წაშალეთ.',
    other: 'უკვე {count} სიტყვაა — ეს მაქსიმუმია. ახლის დასამატებლად ჯერ ერთ-ერთი წაშალეთ.',
  },
  'wordcloud.already': '„{word}“ უკვე დაამატეთ.',
  'wordcloud.problemEmpty': 'სიტყვა ცარიელი არ უნდა იყოს.',
  'wordcloud.problemTooLong': {
    one: 'სიტყვაში მაქსიმუმ {max} სიმბოლოა დასაშვები; ამაში კი — {count}.',
    other: 'სიტყვაში მაქსიმუმ {max} სიმბოლოა დასაშვები; ამაში კი — {count}.',
  },
  'wordcloud.problemMalformed':
    'სიტყვა სწორად ფორმირებული Unicode უნდა იყოს (ცალი სუროგატების გარეშე).',
  'wordcloud.problemOneLine': 'სიტყვა ერთ ხაზზე უნდა იყოს, მმართველი სიმბოლოების გარეშე.',
  'wordcloud.problemNoLetter': 'სიტყვაში მინიმუმ ერთი ასო ან ციფრი უნდა იყოს.',
  'wordcloud.waiting': 'ველოდებით პირველ სიტყვებს',
  'wordcloud.word': 'სიტყვა',
  'wordcloud.countHeader': 'რაოდენობა',
  'wordcloud.more': { one: 'და კიდევ {count} სიტყვა', other: 'და კიდევ {count} სიტყვა' },
  'wordcloud.cloudMore': { one: '+ კიდევ {count} სიტყვა', other: '+ კიდევ {count} სიტყვა' },
  'wordcloud.askOne': 'გამოგზავნეთ ერთი სიტყვა ტელეფონიდან',
  'wordcloud.askUpTo': {
    one: 'გამოგზავნეთ {count} სიტყვამდე ტელეფონიდან',
    other: 'გამოგზავნეთ {count} სიტყვამდე ტელეფონიდან',
  },

  // Open text
  'text.rule': 'უპასუხეთ საკუთარი სიტყვებით',
  'text.quoted': '„{text}“',
  'text.howPre':
    'დაწერეთ პასუხი და დააჭირეთ ღილაკს „პასუხის გაგზავნა“. წამყვანი ყველა პასუხს ჩვენებამდე ადასტურებს.',
  'text.howPreOnce':
    'დაწერეთ პასუხი და დააჭირეთ ღილაკს „პასუხის გაგზავნა“. წამყვანი ყველა პასუხს ჩვენებამდე ადასტურებს. გაგზავნის შემდეგ პასუხი საბოლოოა.',
  'text.howPost': 'დაწერეთ პასუხი და დააჭირეთ ღილაკს „პასუხის გაგზავნა“.',
  'text.howPostOnce':
    'დაწერეთ პასუხი და დააჭირეთ ღილაკს „პასუხის გაგზავნა“. გაგზავნის შემდეგ პასუხი საბოლოოა.',
  'text.final': 'თქვენი პასუხი საბოლოოა.',
  'text.canChange': 'პასუხის რედაქტირება შეგიძლიათ გამოკითხვის დახურვამდე.',
  'text.placeholder': 'ჩაწერეთ პასუხი',
  'text.tooLong': {
    one: '{count} სიმბოლოთი მეტია: პასუხში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
    other: '{count} სიმბოლოთი მეტია: პასუხში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
  },
  'text.empty': 'ჯერ დაწერეთ პასუხი: ცარიელი პასუხის გაგზავნა შეუძლებელია.',
  'text.edit': 'პასუხის რედაქტირება',
  'text.send': 'პასუხის გაგზავნა',
  'text.update': 'პასუხის განახლება',
  'text.mineSending': 'თქვენი პასუხი',
  'text.mineSent': 'თქვენი გაგზავნილი პასუხი',
  'text.onWall': 'თქვენი პასუხი კედელზეა.',
  'text.awaitingApproval': 'ჩვენებამდე ელოდება წამყვანის დადასტურებას.',
  'text.shownAtOnce': 'პასუხები კედელზე მაშინვე ჩნდება; წამყვანს მათი დამალვა შეუძლია.',
  'text.noAnswers': 'პასუხები ჯერ არ არის',
  'text.emptyPre': 'პასუხები აქ წამყვანის დადასტურების შემდეგ გამოჩნდება.',
  'text.emptyPost': 'პასუხები აქ შემოსვლისთანავე გამოჩნდება.',
  'text.noneOnWall': 'კედელზე პასუხები ჯერ არ არის.',
  'text.listLabel': '{caption}: პასუხები კედელზე, ჯერ უახლესი',
  'text.showAll': { one: 'ყველა {count} პასუხის ჩვენება', other: 'ყველა {count} პასუხის ჩვენება' },
  'text.showFewer': 'ნაკლების ჩვენება',
  'text.newest': { one: 'ბოლო {count} პასუხი', other: 'ბოლო {count} პასუხი' },
  'text.previewTitle': 'მონაწილეები საკუთარი სიტყვებით პასუხობენ',
  'text.previewPre': '{max} სიმბოლომდე · ყველა პასუხი ჩვენებამდე დასტურდება',
  'text.previewPost': '{max} სიმბოლომდე · პასუხები შემოსვლისთანავე ჩნდება',

  // Audience Q&A: the phone
  'qa.rule': 'დასვით კითხვები და მოიწონეთ სხვებისა',
  'qa.badgeOpen': 'კითხვები ღიაა',
  'qa.badgeClosed': 'კითხვები დახურულია',
  'qa.asked': { one: 'დასმულია {count} კითხვა', other: 'დასმულია {count} კითხვა' },
  'qa.limit': {
    one: 'თქვენ დასვით {count} კითხვა — ამ გამოკითხვაში ეს მაქსიმუმია.',
    other: 'თქვენ დასვით {count} კითხვა — ამ გამოკითხვაში ეს მაქსიმუმია.',
  },
  'qa.error.poll_closed': 'კითხვების მიღება დასრულდა. თქვენი კითხვა არ გაიგზავნა.',
  'qa.error.poll_not_open': 'კითხვების მიღება ჯერ არ დაწყებულა. ცოტა ხანში სცადეთ.',
  'qa.error.question_not_found': 'ეს კითხვა სიაში აღარ არის.',
  'qa.error.invalid_answer': 'კითხვა 1-დან {max} სიმბოლომდე უნდა იყოს.',
  'qa.askFailed': 'კითხვა ვერ გაიგზავნა: {reason}',
  'qa.upvoteFailed': 'მოწონება ვერ მოხერხდა: {reason}',
  'qa.unvoteFailed': 'მოწონების გაუქმება ვერ მოხერხდა: {reason}',
  'qa.tooLong': {
    one: '{count} სიმბოლოთი მეტია: კითხვაში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
    other: '{count} სიმბოლოთი მეტია: კითხვაში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
  },
  'qa.empty': 'ჯერ დაწერეთ კითხვა: ცარიელი კითხვის გაგზავნა შეუძლებელია.',
  'qa.label': 'თქვენი კითხვა',
  'qa.placeholder': 'ჩაწერეთ კითხვა',
  'qa.send': 'კითხვის გაგზავნა',
  'qa.hintDraft': 'კითხვების მიღება ჯერ არ დაწყებულა.',
  'qa.hintClosed': 'კითხვების მიღება დასრულდა.',
  'qa.hintNotOpen': 'კითხვების მიღება არ მიმდინარეობს.',
  'qa.howPre':
    'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ. წამყვანი ყველა კითხვას ჩვენებამდე ადასტურებს.',
  'qa.howPreLeft': {
    one: 'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ. წამყვანი ყველა კითხვას ჩვენებამდე ადასტურებს. შეგიძლიათ დასვათ კიდევ {count}.',
    other:
      'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ. წამყვანი ყველა კითხვას ჩვენებამდე ადასტურებს. შეგიძლიათ დასვათ კიდევ {count}.',
  },
  'qa.howPost': 'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ.',
  'qa.howPostLeft': {
    one: 'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ. შეგიძლიათ დასვათ კიდევ {count}.',
    other: 'დასვით კითხვა ან მოიწონეთ ის, რომლებზეც პასუხი გსურთ. შეგიძლიათ დასვათ კიდევ {count}.',
  },
  'qa.mineTitle': 'თქვენი კითხვები, რომლებიც ჯერ სიაში არ არის',
  'qa.listTitle': 'კითხვები',
  'qa.total': '({count})',
  'qa.topOf': { one: '(ტოპ {shown}, სულ {count})', other: '(ტოპ {shown}, სულ {count})' },
  'qa.waiting': { one: '{count} ახალი / განახლებული', other: '{count} ახალი / განახლებული' },
  'qa.emptyPre': 'კითხვები ჯერ არ არის. ისინი აქ წამყვანის დადასტურების შემდეგ გამოჩნდება.',
  'qa.emptyPost': 'კითხვები ჯერ არ არის. დასვით პირველი.',
  'qa.onScreen': 'ახლა ეკრანზეა',
  'qa.answered': 'პასუხგაცემული',
  'qa.yours': 'თქვენი',
  'qa.upvoteLabel': {
    one: 'მოწონება ({count} მოწონება)',
    other: 'მოწონება ({count} მოწონება)',
  },
  'qa.awaitingModeration': 'ელოდება მოდერაციას',
  'qa.sent': 'გაგზავნილია',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} კითხვა', other: '{count} კითხვა' },
  'qa.upvotes': { one: '{count} მოწონება', other: '{count} მოწონება' },
  'qa.upvoteWord': { one: 'მოწონება', other: 'მოწონება' },
  'qa.upvotesAnswered': {
    one: '{count} მოწონება · პასუხგაცემული',
    other: '{count} მოწონება · პასუხგაცემული',
  },
  'qa.fromAudience': 'კითხვა აუდიტორიიდან',
  'qa.onScreenNow': 'ახლა ეკრანზე: {text}',
  'qa.allAnswered': 'ყველა კითხვას პასუხი გაეცა',
  'qa.noQuestions': 'კითხვები ჯერ არ არის',
  'qa.noQuestionsPhone': 'კითხვები ჯერ არ არის.',
  'qa.screenEmptyPre':
    'დასვით კითხვა ტელეფონიდან: კითხვები აქ წამყვანის დადასტურების შემდეგ გამოჩნდება.',
  'qa.screenEmptyPost': 'დასვით კითხვა ტელეფონიდან: კითხვები აქ მაშინვე გამოჩნდება.',
  'qa.listLabel': '{caption}: კითხვები, ჯერ ყველაზე მოწონებული',
  'qa.previewTitle': 'დასვით კითხვები ტელეფონიდან',
  'qa.previewPre': 'მოიწონეთ ის, რომლებზეც პასუხი გსურთ · ყველა კითხვა ჩვენებამდე დასტურდება',
  'qa.previewPost': 'მოიწონეთ ის, რომლებზეც პასუხი გსურთ · კითხვები მაშინვე ჩნდება',
  'qa.tag': 'კითხვა-პასუხი',
  'qa.tagPre': 'კითხვა-პასუხი · კითხვები წინასწარ დასტურდება',

  // Quiz: the phone
  'quiz.rule': 'აირჩიეთ ერთი პასუხი',
  'quiz.badge': 'ვიქტორინა',
  'quiz.timesUp': 'დრო ამოიწურა',
  'quiz.timesUpHint': 'დრო ამოიწურა.',
  'quiz.notStarted': 'კითხვა ჯერ არ დაწყებულა.',
  'quiz.answerFinal': 'თქვენი პასუხი საბოლოოა.',
  'quiz.how': {
    one: 'შეეხეთ პასუხს: ერთი შეხება, შეცვლა არ შეიძლება. რაც უფრო სწრაფად, მით მეტი ქულა ({count}-მდე).',
    other:
      'შეეხეთ პასუხს: ერთი შეხება, შეცვლა არ შეიძლება. რაც უფრო სწრაფად, მით მეტი ქულა ({count}-მდე).',
  },
  'quiz.sending': 'თქვენი პასუხი იგზავნება…',
  'quiz.locked': 'პასუხი დაფიქსირდა',
  'quiz.lockedDetail': 'სწორი პასუხი დროის ამოწურვისას გამოჩნდება.',
  'quiz.noAnswer': 'თქვენ არ უპასუხეთ',
  'quiz.correct': 'სწორია!',
  'quiz.wrong': 'ამჯერად ვერა',
  'quiz.gained': { one: '+{count} ქულა', other: '+{count} ქულა' },
  'quiz.points': { one: '{count} ქულა', other: '{count} ქულა' },
  'quiz.score': '{gained} · სულ {total}',
  'quiz.scoreRanked': '{gained} · სულ {total} · {place} ადგილი',
  'quiz.zeroPoints': 'ამ კითხვაზე — 0 ქულა.',
  'quiz.ofAnswers': 'პასუხებიდან',
  'quiz.correctTag': 'სწორი',
  'quiz.yourAnswer': 'თქვენი პასუხი',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: 'დარჩა {count} წამი', other: 'დარჩა {count} წამი' },
  'quiz.unitLeft': { one: 'წმ დარჩა', other: 'წმ დარჩა' },
  'quiz.unitTimesUp': 'დრო ამოიწურა',
  'quiz.limitSeconds': { one: '{count} წმ', other: '{count} წმ' },
  'quiz.limitMinutes': { one: '{count} წთ', other: '{count} წთ' },
  'quiz.limitMinutesSeconds': '{minutes} წთ {seconds} წმ',

  // Quiz: the results
  'quiz.correctAnswer': { one: 'სწორი პასუხი: {answer}', other: 'სწორი პასუხები: {answer}' },
  'quiz.gotItRight': '— სწორად უპასუხა {percent}-მა',
  'quiz.startsSoon': 'ვიქტორინა მალე დაიწყება',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'თქვენი სახელი ლიდერების ცხრილში {optional}',
  'quiz.nameOptional': '(არასავალდებულო)',
  'quiz.nameHelp': {
    one: '{count} სიმბოლომდე. სახელის გარეშე იქნებით „მოთამაშე“ ნომრით.',
    other: '{count} სიმბოლომდე. სახელის გარეშე იქნებით „მოთამაშე“ ნომრით.',
  },
  'quiz.nameSaved': 'შენახულია: ლიდერების ცხრილში გამოჩნდებით როგორც „{name}“.',
  'quiz.nameEmpty': 'ჯერ ჩაწერეთ სახელი.',
  'quiz.nameTooLong': {
    one: '{count} სიმბოლო: სახელში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
    other: '{count} სიმბოლო: სახელში მაქსიმუმ {max} სიმბოლოა დასაშვები.',
  },
  'quiz.nameError.invalid_name': 'ეს სახელი ლიდერების ცხრილში დაუშვებელია; აირჩიეთ სხვა.',
  'quiz.nameError.invalid_message': 'სახელი 1-დან {max} სიმბოლომდე უნდა იყოს.',
  'quiz.nameError.rate_limited': 'ძალიან ბევრი მცდელობა ერთდროულად. მოიცადეთ წამით.',
  'quiz.nameFailed': 'სახელი ვერ შეინახა: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} პუნქტი 95%-იანი სანდოობით',
  'choice.marginMethod':
    'ლიდერი ვარიანტის, „{option}“ ({percent}), ცდომილების ზღვარი 95%-იანი სანდოობით: ნორმალური მიახლოება, 1,96 × √(p(1 − p) / n), სადაც n = {voters}.',
} satisfies KindsCatalogue;

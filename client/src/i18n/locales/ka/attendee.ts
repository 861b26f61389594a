/** Georgian: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'ენა',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'ნათარგმნია',
  'vote.originalShown': 'ორიგინალი',
  'vote.showOriginal': 'ორიგინალის ჩვენება',
  'vote.showTranslation': 'თარგმანი: {language}',

  // Words every page uses
  'common.cancel': 'გაუქმება',
  'common.save': 'შენახვა',
  'common.saving': 'ინახება…',
  'common.loading': 'იტვირთება…',
  'common.sending': 'იგზავნება…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'სიმბოლო', other: 'სიმბოლო' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}-ლი',
  'common.ordinal.two': '{n}-ე',
  'common.ordinal.few': '{n}-ე',
  'common.ordinal.many': 'მე-{n}',
  'common.ordinal.other': '{n}-ე',

  // The connection dot on the vote page
  'connection.live': 'ონლაინ',
  'connection.connecting': 'დაკავშირება…',
  'connection.offline': 'ოფლაინ',
  'connection.closed': 'კავშირი გაწყდა',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'ხმის მიცემა დასრულდა. თქვენი ხმა არ ჩაითვალა.',
  'error.poll_not_open': 'ხმის მიცემა ჯერ არ დაწყებულა. ცოტა ხანში სცადეთ.',
  'error.vote_locked': 'ამ კითხვაზე უკვე მიეცით ხმა, აქ კი ხმის შეცვლა შეუძლებელია.',
  'error.invalid_choice': 'ეს არჩევანი ამ კითხვისთვის არ გამოდგება. გთხოვთ, ხელახლა აირჩიოთ.',
  'error.invalid_answer': 'ეს პასუხი ამ კითხვისთვის ვერ მიიღება. შეამოწმეთ და ხელახლა გაგზავნეთ.',
  'error.poll_not_found': 'მოდერატორმა ეს კითხვა წაშალა.',
  'error.rate_limited': 'ძალიან ბევრი შეხება ერთდროულად. მოიცადეთ წამით და სცადეთ ხელახლა.',
  'error.shutting_down': 'სერვერი გადაიტვირთება. ცოტა ხანში სცადეთ.',
  'error.store_unavailable':
    'სერვერს ახლა ხმების შენახვა არ შეუძლია. თქვენი ხმა ხელახლა გაიგზავნება.',
  'error.event_deleted': 'ეს ღონისძიება დასრულდა.',
  'error.network_error':
    'voxpop-თან დაკავშირება ვერ ხერხდება. შეამოწმეთ კავშირი და სცადეთ ხელახლა.',
  'error.voteFailed': 'თქვენი ხმა ვერ ჩაითვალა. გთხოვთ, სცადოთ ხელახლა.',
  'error.serverUnreachable': 'voxpop-ის სერვერთან დაკავშირება ვერ ხერხდება. შეამოწმეთ კავშირი.',
  'error.exportFailed': 'ექსპორტი ვერ მოხერხდა.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop — მთავარი',
  'join.title': 'შემოუერთდით გამოკითხვას',
  'join.lead':
    'ტელეფონიდან ხმის მისაცემად შეიყვანეთ ეკრანზე ნაჩვენები კოდი. რეგისტრაცია საჭირო არ არის.',
  'join.codeLabel': 'ღონისძიების კოდი',
  'join.codeHelp': '6-ციფრიანი კოდი პრეზენტაციის ეკრანზეა.',
  'join.codeEmpty': 'შეიყვანეთ ეკრანზე ნაჩვენები 6-ციფრიანი კოდი.',
  'join.codeShort': {
    one: 'ღონისძიების კოდი 6-ციფრიანია; აქ მხოლოდ {count} ციფრია.',
    other: 'ღონისძიების კოდი 6-ციფრიანია; აქ მხოლოდ {count} ციფრია.',
  },
  'join.join': 'შესვლა',
  'join.joining': 'შესვლა…',
  'join.error.event_not_found': 'კოდით {code} ღონისძიება ვერ მოიძებნა. შეამოწმეთ კოდი ეკრანზე.',
  'join.error.rate_limited': 'ძალიან ბევრი მცდელობა ერთდროულად. მოიცადეთ და სცადეთ ხელახლა.',
  'join.lookupFailed': 'ღონისძიების მოძებნისას რაღაც შეცდომა მოხდა. გთხოვთ, სცადოთ ხელახლა.',
  'join.demo': 'კოდი არ გაქვთ? {link}',
  'join.demoLink': 'სცადეთ დემო',
  'join.footer': 'voxpop · ლაივ გამოკითხვები თქვენს სერვერზე',

  // The join page: creating an event
  'join.organiserTitle': 'ატარებთ ღონისძიებას?',
  'join.organiserText':
    'შექმენით გამოკითხვები და აჩვენეთ შედეგები დიდ ეკრანზე ხმების შემოსვლისთანავე.',
  'join.createOpen': 'ღონისძიების შექმნა',
  'join.createNameLabel': 'ღონისძიების სახელწოდება',
  'join.createNamePlaceholder': 'მაგ. მშვიდობის ფორუმი, დღე 1',
  'join.createNameMissing': 'დაარქვით ღონისძიებას სახელი, მაგალითად „საქალაქო შეხვედრა, მარტი“.',
  'join.createTokenLabel': 'ორგანიზატორის წვდომის ტოკენი',
  'join.createUnauthorized':
    'ამ სერვერზე ღონისძიებას მხოლოდ ორგანიზატორები ქმნიან. შეიყვანეთ თქვენთვის მოცემული წვდომის ტოკენი.',
  'join.createForbidden': 'წვდომის ტოკენი არასწორია. შეამოწმეთ და სცადეთ ხელახლა.',
  'join.createFailed': 'ღონისძიება ვერ შეიქმნა. გთხოვთ, სცადოთ ხელახლა.',
  'join.createHelp':
    'მიიღებთ წამყვანის პირად ბმულს ღონისძიების სამართავად. შეინახეთ: მართვის პანელზე დაბრუნების სხვა გზა არ არსებობს.',
  'join.createSubmit': 'ღონისძიების შექმნა',
  'join.creating': 'იქმნება…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'ხმის მიცემა — voxpop',
  'vote.eventMissing': 'კოდით {code} ღონისძიება არ არსებობს',
  'vote.eventMissingHelp':
    'შეამოწმეთ კოდი ეკრანზე და სცადეთ ხელახლა. ღონისძიების კოდი 6-ციფრიანია.',
  'vote.invalidLink': 'ამ ბმულში ღონისძიების სწორი კოდი არ არის',
  'vote.notACode': '„{code}“ ღონისძიების კოდი არ არის. ღონისძიების კოდი 6-ციფრიანია.',
  'vote.endedTitle': 'ეს ღონისძიება დასრულდა',
  'vote.endedText': 'მოდერატორმა ღონისძიება დახურა. გმადლობთ მონაწილეობისთვის.',
  'vote.enterAnotherCode': 'სხვა კოდის შეყვანა',
  'vote.joiningEvent': 'უერთდებით ღონისძიებას {code}…',
  'vote.joiningSlow': 'ამას ცოტა დრო სჭირდება. შეამოწმეთ კავშირი; ცდას ჩვენ თავად ვაგრძელებთ.',
  'vote.reconnecting': 'ხელახლა დაკავშირება… თქვენი ხმა გაიგზავნება, როგორც კი კავშირი აღდგება.',
  'vote.eventCode': 'ღონისძიების კოდი {code}',
  'vote.joinAnother': 'სხვა ღონისძიებაში შესვლა',
  'vote.notConnected': 'ღონისძიებასთან კავშირი არ არის.',
  'vote.upNext': 'შემდეგი',
  'vote.upNextText': 'ხმის მიცემა მალე დაიწყება. პასუხები აქ თავად გამოჩნდება.',
  'vote.waitingTitle': 'შემდეგი კითხვის მოლოდინში',
  'vote.waitingText':
    'მოდერატორი შემდეგ კითხვას გახსნის. ის აქ თავად გამოჩნდება — გვერდის განახლება საჭირო არ არის.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported': 'ეს გვერდი ამ ტიპის კითხვას ვერ აჩვენებს. სცადეთ გვერდის განახლება.',
  'vote.badgeOpen': 'ხმის მიცემა ღიაა',
  'vote.badgeClosed': 'ხმის მიცემა დახურულია',
  'vote.badgeNotOpen': 'ჯერ არ გახსნილა',
  'vote.sending': 'თქვენი ხმა იგზავნება…',
  'vote.sendingOffline': 'ჯერ არ გაგზავნილა: ველოდებით კავშირს…',
  'vote.counted': 'თქვენი ხმა მიღებულია',
  'vote.countedClosed': 'თქვენი ხმა ჩაითვალა',
  'vote.youChose': 'თქვენი არჩევანი: {choice}',
  'vote.didNotVote': 'ამ კითხვაზე ხმა არ მიგიციათ.',
  'vote.resultsNotShared': 'მოდერატორს შედეგები არ გაუზიარებია.',
  'vote.yourVote': 'თქვენი ხმა',
  'vote.answersCount': { one: '{count} პასუხი', other: '{count} პასუხი' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'ხმის მიცემა დასრულდა.',
  'vote.hintNotOpen': 'ხმის მიცემა ჯერ არ დაწყებულა.',
  'vote.voteFinal': 'თქვენი ხმა საბოლოოა.',
  'vote.canChange': 'ხმის შეცვლა შეგიძლიათ გამოკითხვის დახურვამდე.',

  // Single and multiple choice
  'choice.ruleOne': 'აირჩიეთ ერთი',
  'choice.ruleAny': 'აირჩიეთ ნებისმიერი',
  'choice.ruleUpTo': { one: 'აირჩიეთ {count}-მდე', other: 'აირჩიეთ {count}-მდე' },
  'choice.tagAll': 'აირჩიეთ ყველა შესაფერისი',
  'choice.howSingle': 'ხმის მისაცემად შეეხეთ პასუხს.',
  'choice.howSingleOnce': 'ხმის მისაცემად შეეხეთ პასუხს. გაგზავნის შემდეგ ხმა საბოლოოა.',
  'choice.howAny': 'აირჩიეთ რამდენიც გსურთ, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“.',
  'choice.howAnyOnce':
    'აირჩიეთ რამდენიც გსურთ, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“. გაგზავნის შემდეგ ხმა საბოლოოა.',
  'choice.howUpTo': {
    one: 'აირჩიეთ {count}-მდე, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“.',
    other: 'აირჩიეთ {count}-მდე, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“.',
  },
  'choice.howUpToOnce': {
    one: 'აირჩიეთ {count}-მდე, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“. გაგზავნის შემდეგ ხმა საბოლოოა.',
    other:
      'აირჩიეთ {count}-მდე, შემდეგ დააჭირეთ ღილაკს „ხმის მიცემა“. გაგზავნის შემდეგ ხმა საბოლოოა.',
  },
  'choice.atLimit': {
    one: 'უკვე არჩეულია {count} — ეს მაქსიმუმია. სხვის ასარჩევად ჯერ ერთ-ერთს მოუხსენით მონიშვნა.',
    other:
      'უკვე არჩეულია {count} — ეს მაქსიმუმია. სხვის ასარჩევად ჯერ ერთ-ერთს მოუხსენით მონიშვნა.',
  },
  'choice.chosenCount': { one: 'არჩეულია {count} / {max}', other: 'არჩეულია {count} / {max}' },
  'choice.submit': 'ხმის მიცემა',
  'choice.update': 'ხმის შეცვლა',

  // Results, whatever the kind
  'results.title': 'შედეგები',
  'results.liveTitle': 'მიმდინარე შედეგები',
  'results.voters': { one: '{count} ხმის მიმცემი', other: '{count} ხმის მიმცემი' },
  'results.captionVoters': {
    one: '{caption} — {count} ხმის მიმცემი',
    other: '{caption} — {count} ხმის მიმცემი',
  },
  'results.option': 'ვარიანტი',
  'results.percent': 'პროცენტი',
  'results.votes': 'ხმები',
  'results.votesCount': { one: '{count} ხმა', other: '{count} ხმა' },
  'results.loadFailed': 'შედეგები ვერ ჩაიტვირთა. სცადეთ გვერდის განახლება.',
  'results.showAllOptions': {
    one: 'ყველა {count} ვარიანტის ჩვენება',
    other: 'ყველა {count} ვარიანტის ჩვენება',
  },
  'results.showFewerOptions': 'ნაკლები ვარიანტის ჩვენება',
  'results.showAllValues': {
    one: 'ყველა {count} მნიშვნელობის ჩვენება',
    other: 'ყველა {count} მნიშვნელობის ჩვენება',
  },
  'results.showFewerValues': 'ნაკლები მნიშვნელობის ჩვენება',
} satisfies AttendeeCatalogue;

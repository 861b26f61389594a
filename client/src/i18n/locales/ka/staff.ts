/** Georgian: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'წამყვანი — voxpop',
  'host.homeLink': 'voxpop — მთავარი',
  'host.role': 'წამყვანის პანელი',
  'host.attendeesConnected': {
    one: 'დაკავშირებულია {number} მონაწილე',
    other: 'დაკავშირებულია {number} მონაწილე',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} მონაწილე', other: '{count} მონაწილე' },
  'host.status.online': 'ონლაინ',
  'host.status.connecting': 'დაკავშირება…',
  'host.status.offline': 'ხელახლა დაკავშირება…',
  'host.status.closed': 'კავშირი გაწყდა',
  'host.connecting': 'ღონისძიებასთან დაკავშირება…',
  'host.offlineBanner':
    'კავშირი დაიკარგა — ხელახლა ვუკავშირდებით… მთვლელები და დასწრება შეჩერებულია კავშირის აღდგენამდე.',
  'host.cancel': 'გაუქმება',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'ღონისძიების კოდი {code}',
  'host.pollCount': { one: '{count} გამოკითხვა', other: '{count} გამოკითხვა' },
  'host.openCount': { one: '{count} ღიაა ხმის მისაცემად', other: '{count} ღიაა ხმის მისაცემად' },
  'host.polls': 'გამოკითხვები',
  'host.newPoll': 'ახალი გამოკითხვა',
  'host.noPolls': 'გამოკითხვები ჯერ არ არის',
  'host.noPollsText':
    'დაწერეთ პირველი კითხვა. ეს მონახაზია, რომელსაც მხოლოდ თქვენ ხედავთ, სანამ არ გახსნით ან ეკრანზე არ გამოიტანთ; მონაწილეები ხმას აძლევენ იმ გამოკითხვას, რომელიც ღიაა და ეკრანზეა.',
  'host.createPoll': 'გამოკითხვის შექმნა',

  // The host console: renaming the event
  'host.title.rename': 'ღონისძიების გადარქმევა',
  'host.title.label': 'ღონისძიების სათაური',
  'host.title.save': 'შენახვა',
  'host.title.empty': 'ღონისძიებას სათაური სჭირდება.',
  'host.title.tooLong': {
    one: 'სათაური {count} სიმბოლოა; ზღვარია {limit}.',
    other: 'სათაური {count} სიმბოლოა; ზღვარია {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'შეინახეთ ეს ბმული — ეს ღონისძიების მოდერაციაზე დაბრუნების ერთადერთი გზაა.',
  'host.keyNotice.text':
    'ანგარიშები არ არსებობს: ამ გვერდის ბმულით ნებისმიერს შეუძლია ღონისძიების მართვა, დაკარგვის შემთხვევაში კი მისი აღდგენა შეუძლებელია. დაამატეთ სანიშნეებში ან შეინახეთ პაროლების მენეჯერში.',
  'host.keyNotice.saved': 'შევინახე',
  'host.copyHostLink': 'წამყვანის ბმულის კოპირება',

  // The host console: a poll's card
  'host.card.number': 'გამოკითხვა {number}',
  'host.card.draft': 'მონახაზი',
  'host.card.open': 'ღია',
  'host.card.closed': 'დახურული',
  'host.card.onScreen': 'ეკრანზე',
  'host.card.resultsHidden': 'შედეგები დამალულია',
  'host.card.edit': 'რედაქტირება',
  'host.card.duplicate': 'დუბლირება',
  'host.card.downloadImage': 'სურათის ჩამოტვირთვა',
  'host.card.downloadImageTitle': 'შედეგების ჩამოტვირთვა სურათად (PNG) სლაიდებისთვის',
  'host.card.reset': 'განულება',
  'host.card.resetTitle': 'ხმების განულება',
  'host.card.delete': 'წაშლა',
  'host.card.deleteTitle': 'გამოკითხვის წაშლა',
  'host.card.hintNotOpen':
    'ეკრანზეა, მაგრამ ხმის მიცემა ჯერ არ გახსნილა: მონაწილეები ხედავენ კითხვას და ელოდებიან.',
  'host.card.hintNotOnScreen':
    'ღიაა, მაგრამ ეკრანზე არ არის: მონაწილეები მხოლოდ ეკრანზე გამოტანილ გამოკითხვას ხედავენ.',
  'host.card.hintClosed': 'ხმის მიცემა დასრულდა: ტელეფონებსა და ეკრანზე საბოლოო შედეგები ჩანს.',
  'host.card.hintClosedHidden':
    'ხმის მიცემა დასრულდა, შედეგები დამალულია: ტელეფონებსა და ეკრანზე რიცხვები არ ჩანს.',
  'host.card.openVoting': 'ხმის მიცემის გახსნა',
  'host.card.closeVoting': 'ხმის მიცემის დახურვა',
  'host.card.reopenVoting': 'ხელახლა გახსნა',
  'host.card.putOnScreen': 'ეკრანზე გამოტანა',
  'host.card.takeOffScreen': 'ეკრანიდან მოხსნა',
  'host.card.showResults': 'შედეგების ჩვენება',
  'host.card.hideResults': 'შედეგების დამალვა',
  'host.card.voters': { one: '{number} ხმის მიმცემი', other: '{number} ხმის მიმცემი' },

  // The host console: the poll editor
  'host.editor.newTitle': 'ახალი გამოკითხვა',
  'host.editor.editTitle': 'გამოკითხვის რედაქტირება',
  'host.editor.close': 'დახურვა',
  'host.editor.question': 'კითხვა',
  'host.editor.questionPlaceholder': 'რისი კითხვა გსურთ?',
  'host.editor.questionEmpty': 'დაწერეთ კითხვა, რომელსაც მონაწილეები უპასუხებენ.',
  'host.editor.questionTooLong': {
    one: 'კითხვა {count} სიმბოლოა; ზღვარია {limit}.',
    other: 'კითხვა {count} სიმბოლოა; ზღვარია {limit}.',
  },
  'host.editor.kind': 'პასუხის ფორმატი',
  'host.editor.kindFixed': 'გამოკითხვის ტიპი შექმნის შემდეგ აღარ იცვლება.',
  'host.editor.allowChange': 'მონაწილეებს შეუძლიათ ხმის შეცვლა',
  'host.editor.allowChangeHint': 'სანამ გამოკითხვა ღიაა. გამორთულისას პირველი ხმა საბოლოოა.',
  'host.editor.fixToCreate': 'გამოკითხვის შესაქმნელად შეასწორეთ მონიშნული ველები.',
  'host.editor.fixToSave': 'გამოკითხვის შესანახად შეასწორეთ მონიშნული ველები.',
  'host.editor.create': 'გამოკითხვის შექმნა',
  'host.editor.save': 'ცვლილებების შენახვა',
  'host.editor.saving': 'ინახება…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'დასადასტურებლად ჩაწერეთ {phrase}',
  'host.confirm.working': 'მიმდინარეობს…',
  'host.resetPoll.title': 'გავანულოთ ეს გამოკითხვა?',
  'host.resetPoll.confirm': 'ხმების განულება',
  'host.resetPoll.text': {
    one: 'მისი {count} ხმა წაიშლება და ყველა მონაწილე ხელახლა შეძლებს ხმის მიცემას. კითხვა, ვარიანტები და მდგომარეობა შენარჩუნდება.',
    other:
      'მისი {count} ხმა წაიშლება და ყველა მონაწილე ხელახლა შეძლებს ხმის მიცემას. კითხვა, ვარიანტები და მდგომარეობა შენარჩუნდება.',
  },
  'host.deletePoll.title': 'წავშალოთ ეს გამოკითხვა?',
  'host.deletePoll.confirm': 'გამოკითხვის წაშლა',
  'host.deletePoll.text': {
    one: 'გამოკითხვა და მისი {count} ხმა სამუდამოდ წაიშლება.',
    other: 'გამოკითხვა და მისი {count} ხმა სამუდამოდ წაიშლება.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'გამოკითხვა და მისი {count} ხმა სამუდამოდ წაიშლება და ის პრეზენტაციის ეკრანიდანაც გაქრება.',
    other:
      'გამოკითხვა და მისი {count} ხმა სამუდამოდ წაიშლება და ის პრეზენტაციის ეკრანიდანაც გაქრება.',
  },
  'host.deleteEvent.title': 'წავშალოთ ეს ღონისძიება?',
  'host.deleteEvent.confirm': 'ღონისძიების წაშლა',
  'host.deleteEvent.text':
    'მისი ყველა გამოკითხვა, ხმა და მონაწილე სამუდამოდ წაიშლება. ტელეფონებსა და პრეზენტაციის ეკრანს ეცნობება, რომ ღონისძიება დასრულდა. ამის გაუქმება შეუძლებელია; თუ ხმები გჭირდებათ, ჯერ CSV-ის ექსპორტი გააკეთეთ.',
  'host.newRound.title': 'დავიწყოთ ახალი რაუნდი?',
  'host.newRound.confirm': 'ქულების განულება',
  'host.newRound.text': {
    one: 'ვიქტორინის ყველა ({count}) კითხვა მონახაზში დაბრუნდება, პასუხები წაიშლება და ლიდერების ცხრილის ყველა ქულა განულდება. ამის გაუქმება შეუძლებელია.',
    other:
      'ვიქტორინის ყველა ({count}) კითხვა მონახაზში დაბრუნდება, პასუხები წაიშლება და ლიდერების ცხრილის ყველა ქულა განულდება. ამის გაუქმება შეუძლებელია.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'დახურვა',
  'host.toast.pollCreated': 'გამოკითხვა შეიქმნა — გახსენით, როცა მზად იქნებით',
  'host.toast.pollDuplicated': 'გამოკითხვა დუბლირდა ახალ მონახაზად სიის ბოლოში',
  'host.toast.votesCleared': 'ხმები წაიშალა',
  'host.toast.pollDeleted': 'გამოკითხვა წაიშალა',
  'host.toast.newRound': 'ახალი რაუნდი: ვიქტორინის ყველა კითხვა განულდა, ქულები კი ნულზეა',
  'host.toast.csvDownloaded': 'CSV ჩამოიტვირთა',
  'host.toast.imageDownloaded': 'შედეგების სურათი ჩამოიტვირთა',
  'host.copy.hostLinkDone': 'წამყვანის ბმული დაკოპირდა',
  'host.copy.hostLinkFailed': 'კოპირება ვერ მოხერხდა — მონიშნეთ წამყვანის ბმული და დააკოპირეთ',
  'host.copy.joinLinkDone': 'შესვლის ბმული დაკოპირდა',
  'host.copy.joinLinkFailed': 'კოპირება ვერ მოხერხდა — მონიშნეთ შესვლის ბმული და დააკოპირეთ',
  'host.copy.presenterLinkDone': 'პრეზენტაციის ბმული დაკოპირდა',
  'host.copy.presenterLinkFailed':
    'კოპირება ვერ მოხერხდა — მონიშნეთ პრეზენტაციის ბმული და დააკოპირეთ',
  'host.copy.qrDone': 'QR კოდი დაკოპირდა სურათად',
  'host.copy.qrFailed': 'ეს ბრაუზერი სურათებს ვერ აკოპირებს — გამოიყენეთ „ჩამოტვირთვა“',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'გამოკითხვა ვერ გაიხსნა',
  'host.failed.closePoll': 'გამოკითხვა ვერ დაიხურა',
  'host.failed.changeScreen': 'ეკრანზე ნაჩვენების შეცვლა ვერ მოხერხდა',
  'host.failed.showResults': 'შედეგების ჩვენება ვერ მოხერხდა',
  'host.failed.hideResults': 'შედეგების დამალვა ვერ მოხერხდა',
  'host.failed.createPoll': 'გამოკითხვა ვერ შეიქმნა',
  'host.failed.duplicatePoll': 'გამოკითხვის დუბლირება ვერ მოხერხდა',
  'host.failed.savePoll': 'გამოკითხვა ვერ შეინახა',
  'host.failed.resetPoll': 'გამოკითხვის განულება ვერ მოხერხდა',
  'host.failed.deletePoll': 'გამოკითხვა ვერ წაიშალა',
  'host.failed.renameEvent': 'ღონისძიების გადარქმევა ვერ მოხერხდა',
  'host.failed.changeScreenSetting': 'ეკრანის პარამეტრის შეცვლა ვერ მოხერხდა',
  'host.failed.showLeaderboard': 'ლიდერების ცხრილის ჩვენება ვერ მოხერხდა',
  'host.failed.hideLeaderboard': 'ლიდერების ცხრილის დამალვა ვერ მოხერხდა',
  'host.failed.newRound': 'ახალი რაუნდის დაწყება ვერ მოხერხდა',
  'host.failed.exportVotes': 'ხმების ექსპორტი ვერ მოხერხდა',
  'host.failed.downloadImage': 'შედეგების სურათის ჩამოტვირთვა ვერ მოხერხდა',
  'host.failed.deleteEvent': 'ღონისძიება ვერ წაიშალა',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'პირველი ხმის შემდეგ ვარიანტების რედაქტირება შეუძლებელია — ჯერ გაანულეთ გამოკითხვა.',
  'host.error.invalid_state':
    'ამ გამოკითხვის მდგომარეობა შეიცვალა მას შემდეგ, რაც ეს გვერდი ბოლოს განახლდა. სცადეთ ხელახლა.',
  'host.error.poll_not_found': 'ეს გამოკითხვა აღარ არსებობს — შესაძლოა, სხვა ჩანართში წაიშალა.',
  'host.error.event_not_found': 'ეს ღონისძიება აღარ არსებობს.',
  'host.error.unauthorized':
    'ამ მოქმედებას წამყვანის გასაღები სჭირდება. ხელახლა გახსენით წამყვანის სრული ბმული.',
  'host.error.forbidden':
    'ამ ბმულში არსებული წამყვანის გასაღები ამ ღონისძიებისთვის აღარ მოქმედებს.',
  'host.error.rate_limited': 'ძალიან ბევრი ცვლილება ერთდროულად — მოიცადეთ და სცადეთ ხელახლა.',
  'host.error.payload_too_large': 'ერთი გამოკითხვისთვის ეს ზედმეტად ბევრი ტექსტია.',
  'host.error.network_error':
    'voxpop-ის სერვერთან დაკავშირება ვერ ხერხდება. შეამოწმეთ კავშირი და სცადეთ ხელახლა.',
  'host.error.export_failed': 'ექსპორტი ვერ მოხერხდა. ცოტა ხანში სცადეთ.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. სცადეთ ხელახლა.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'ეს წამყვანის ბმული არ მოქმედებს ღონისძიებისთვის {code} — შეამოწმეთ, მთლიანად დააკოპირეთ თუ არა',
  'host.problem.wrongKeyText':
    '#key=-ის შემდეგ ნაწილი ამ ღონისძიებას არ ემთხვევა. გახსენით წამყვანის ბმული ზუსტად ისე, როგორც ღონისძიების შექმნისას შეინახეთ.',
  'host.problem.missingKey':
    'ეს წამყვანის ბმული არასრულია ღონისძიებისთვის {code} — შეამოწმეთ, მთლიანად დააკოპირეთ თუ არა',
  'host.problem.missingKeyText':
    'წამყვანის ბმული მთავრდება #key=-ით, რასაც გრძელი საიდუმლო კოდი მოსდევს. მის გარეშე ეს გვერდი ღონისძიებას ვერ მართავს. მონაწილეები ღონისძიების ბმულით შედიან.',
  'host.problem.noEvent': 'ღონისძიება {code} არ არსებობს',
  'host.problem.noEventText':
    'შეამოწმეთ ბმულში ექვსი ციფრი. ისიც შესაძლებელია, რომ ღონისძიება წაიშალა.',
  'host.problem.deleted': 'ეს ღონისძიება წაშლილია',
  'host.problem.deletedText':
    'მისი გამოკითხვები, ხმები და მონაწილეები წაიშალა. მონაწილეებსა და პრეზენტაციის ეკრანს ეცნობათ.',
  'host.problem.unreachable': 'voxpop-ის სერვერთან დაკავშირება ვერ ხერხდება',
  'host.problem.unreachableText': 'შეამოწმეთ კავშირი და განაახლეთ გვერდი.',
  'host.problem.badLink': 'ეს წამყვანის ბმული არ არის',
  'host.problem.badLinkText':
    'წამყვანის ბმული ასე გამოიყურება: /host/123456#key=… — შეამოწმეთ, მთლიანად დააკოპირეთ თუ არა.',
  'host.problem.newEvent': 'ახალი ღონისძიების შექმნა',
  'host.problem.home': 'voxpop-ზე გადასვლა',

  // The host console: the side panel
  'host.side.label': 'გაზიარება და ღონისძიების პარამეტრები',
  'host.side.invite': 'მოიწვიეთ მონაწილეები',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'გახსენით {host} და შეიყვანეთ',
  'host.side.qrAlt': 'QR კოდი, რომელიც ხსნის ღონისძიების {code} შესვლის ბმულს',
  'host.side.copy': 'კოპირება',
  'host.side.joinLink': 'შესვლის ბმული',
  'host.side.copyJoinLink': 'შესვლის ბმულის კოპირება',
  'host.side.qrCode': 'QR კოდი',
  'host.side.copyQr': 'QR კოდის კოპირება სურათად',
  'host.side.open': 'გახსნა',
  'host.side.openQr': 'QR კოდის ახალ ჩანართში გახსნა',
  'host.side.download': 'ჩამოტვირთვა',
  'host.side.downloadQr': 'QR კოდის ჩამოტვირთვა',
  'host.side.screen': 'პრეზენტაციის ეკრანი',
  'host.side.screenHint':
    'პროექტორისთვის ან სტრიმისთვის. ის ავტომატურად აჩვენებს ეკრანზე გამოტანილ გამოკითხვას.',
  'host.side.presenterLink': 'პრეზენტაციის ბმული',
  'host.side.copyPresenterLink': 'პრეზენტაციის ბმულის კოპირება',
  'host.side.openScreen': 'პრეზენტაციის ეკრანის გახსნა',
  'host.side.showStats': 'ცდომილების ზღვრის ჩვენება ეკრანზე',
  'host.side.showStatsHint': 'შედეგების ქვეშ დაემატება „±N პუნქტი“ (95%-იანი სანდოობა).',
  'host.side.data': 'შედეგები და წვდომა',
  'host.side.export': 'CSV ექსპორტი',
  'host.side.exporting': 'მზადდება…',
  'host.side.exportHint': 'ყველა მიმდინარე ხმა, თითო სტრიქონად, ცხრილებისთვის.',
  'host.side.hostLinkHint': 'პირადი: ვისაც ეს ბმული აქვს, შეუძლია ღონისძიების მოდერაცია.',
  'host.side.danger': 'საშიში ზონა',
  'host.side.dangerHint':
    'ღონისძიების წაშლა სამუდამოდ შლის მის გამოკითხვებს, ხმებსა და მონაწილეებს.',
  'host.side.deleteEvent': 'ღონისძიების წაშლა',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'ვიქტორინის ლიდერების ცხრილი',
  'leaderboard.title': 'ლიდერების ცხრილი',
  'leaderboard.loading': 'ქულები იტვირთება…',
  'leaderboard.failed': 'ქულები ვერ ჩაიტვირთა.',
  'leaderboard.panelEmpty':
    'ქულები ჯერ არ არის: ისინი ვიქტორინის კითხვების დახურვასთან ერთად გროვდება.',
  'leaderboard.screenEmpty':
    'ქულები ჯერ არ არის: უპასუხეთ ვიქტორინის კითხვას, რომ ცხრილში მოხვდეთ.',
  'leaderboard.topScores': 'საუკეთესო ქულები',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'პირველი სამეული',
  'leaderboard.rest': 'მე-4 და შემდეგი ადგილები',
  'leaderboard.putOn': 'ლიდერების ცხრილის ეკრანზე გამოტანა',
  'leaderboard.takeOff': 'ლიდერების ცხრილის ეკრანიდან მოხსნა',
  'leaderboard.offScreenHint': 'პრეზენტაციის ეკრანზე გამოჩნდება გამოკითხვის ნაცვლად.',
  'leaderboard.onScreenHint':
    'პრეზენტაციის ეკრანზე ლიდერების ცხრილია. გამოკითხვის ეკრანზე გამოტანა მას მოხსნის.',
  'leaderboard.newRound': 'ახალი რაუნდი',
  'leaderboard.newRoundHint': {
    one: 'ანულებს ვიქტორინის ყველა ({count}) კითხვას: პასუხები და ქულები ნულიდან იწყება.',
    other: 'ანულებს ვიქტორინის ყველა ({count}) კითხვას: პასუხები და ქულები ნულიდან იწყება.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'მოდერაცია',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'წინასწარი დადასტურებით',
  'editor.moderation.post': 'მყისიერი ჩვენებით',
  'editor.options.legend': 'ვარიანტები',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} / {max}',
  'editor.options.locked':
    'პირველი ხმის შემდეგ ვარიანტების რედაქტირება შეუძლებელია — ჯერ გაანულეთ გამოკითხვა.',
  'editor.options.option': 'ვარიანტი {number}',
  'editor.options.remove': 'წაშლა: ვარიანტი {number}',
  'editor.options.add': 'ვარიანტის დამატება',
  'editor.options.full': {
    one: 'გამოკითხვაში მაქსიმუმ {count} ვარიანტი შეიძლება.',
    other: 'გამოკითხვაში მაქსიმუმ {count} ვარიანტი შეიძლება.',
  },
  'editor.options.enterHint': 'შემდეგის დასამატებლად ვარიანტში დააჭირეთ Enter-ს.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'ერთი ვარიანტი',
  'editor.single.hint': 'ერთი არჩევანი',
  'editor.single.label': 'ერთი არჩევანი',
  'editor.multiple.title': 'რამდენიმე ვარიანტი',
  'editor.multiple.hint': 'მრავალი არჩევანი',
  'editor.multiple.label': 'მრავალი არჩევანი',
  'editor.multiple.labelUpTo': 'მრავალი არჩევანი · {max}-მდე',
  'editor.multiple.footnote':
    'ხმის მიმცემთა პროცენტი; ერთ მონაწილეს შეუძლია რამდენიმე ვარიანტის არჩევა.',
  'editor.choice.maxChoices': 'თითო მონაწილეს შეუძლია აირჩიოს',
  'editor.choice.anyNumber': 'ნებისმიერი რაოდენობა',
  'editor.choice.upTo': { one: '{count} ვარიანტამდე', other: '{count} ვარიანტამდე' },
  'editor.choice.tooMany': {
    one: '{count} ვარიანტიდან {max}-ის არჩევა შეუძლებელია.',
    other: '{count} ვარიანტიდან {max}-ის არჩევა შეუძლებელია.',
  },

  // The editor: rating
  'editor.rating.title': 'შეფასება',
  'editor.rating.hint': 'შეფასების სკალა',
  'editor.rating.label': 'შეფასება · 1-დან {max}-მდე',
  'editor.rating.scale': 'სკალა',
  'editor.rating.size': '1-დან {max}-მდე',
  'editor.rating.sizeStars': '1-დან {max}-მდე (ვარსკვლავები)',
  'editor.rating.locked': 'პირველი პასუხის შემდეგ სკალა აღარ იცვლება — ჯერ გაანულეთ გამოკითხვა.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'სიტყვა {value}-ისთვის (არასავალდებულო)',
  'editor.rating.lowExample': 'მაგ. სულაც არა',
  'editor.rating.highExample': 'მაგ. სრულიად',
  'editor.rating.wordTooLong': {
    one: '{count} სიმბოლო; სკალის სიტყვაში მაქსიმუმ {limit} სიმბოლოა დასაშვები.',
    other: '{count} სიმბოლო; სკალის სიტყვაში მაქსიმუმ {limit} სიმბოლოა დასაშვები.',
  },
  'editor.rating.sizeProblem': 'სკალა 1-დან {min}–{max}-მდე უნდა იყოს.',
  'editor.rating.summary': 'საშუალო {average} / {max} · მედიანა {median}',

  // The editor: ranking
  'editor.ranking.title': 'თანმიმდევრობა',
  'editor.ranking.hint': 'რანჟირება',
  'editor.ranking.label': {
    one: 'რანჟირება · {count} ვარიანტი',
    other: 'რანჟირება · {count} ვარიანტი',
  },
  'editor.ranking.footnote': {
    one: 'ბორდას მეთოდი: პირველი ადგილი იღებს {count} ქულას, ყოველი შემდეგი — ერთით ნაკლებს.',
    other: 'ბორდას მეთოდი: პირველი ადგილი იღებს {count} ქულას, ყოველი შემდეგი — ერთით ნაკლებს.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'რამდენიმე სიტყვა',
  'editor.wordcloud.hint': 'სიტყვების ღრუბელი',
  'editor.wordcloud.labelOne': 'სიტყვების ღრუბელი · 1 სიტყვა',
  'editor.wordcloud.labelUpTo': {
    one: 'სიტყვების ღრუბელი · {count} სიტყვამდე',
    other: 'სიტყვების ღრუბელი · {count} სიტყვამდე',
  },
  'editor.wordcloud.count': 'თითო მონაწილე აგზავნის',
  'editor.wordcloud.one': 'ერთ სიტყვას',
  'editor.wordcloud.upTo': { one: '{count} სიტყვამდე', other: '{count} სიტყვამდე' },
  'editor.wordcloud.locked':
    'სიტყვების შემცირება მხოლოდ პირველ პასუხამდეა შესაძლებელი — ჯერ გაანულეთ გამოკითხვა.',
  'editor.wordcloud.countProblem': 'თითო მონაწილე აგზავნის {min}-დან {max} სიტყვამდე.',
  'editor.wordcloud.filter': 'უხამსი სიტყვების ფილტრი',
  'editor.wordcloud.filterHint':
    'მონიშნული სიტყვები მხოლოდ თქვენ გეჩვენებათ, ნიშნით; მონაწილეები და ეკრანი მათ ვერ ნახავენ.',

  // The editor: open text
  'editor.text.title': 'წერილობითი პასუხი',
  'editor.text.hint': 'თავისუფალი პასუხი',
  'editor.text.label': 'თავისუფალი პასუხი · {moderation}',
  'editor.text.maxLength': 'პასუხის მაქს. სიგრძე (სიმბოლო)',
  'editor.text.maxLengthHint': '{min}-დან {max}-მდე; {default} — რამდენიმე წინადადებაა.',
  'editor.text.maxLengthLocked':
    'გამოკითხვას უკვე აქვს პასუხები: ზღვარი შეიძლება გაიზარდოს, მაგრამ არა შემცირდეს (ჯერ გაანულეთ გამოკითხვა).',
  'editor.text.maxLengthProblem': 'მიუთითეთ სიმბოლოების მთელი რიცხვი {min}-დან {max}-მდე.',
  'editor.text.postTitle': 'პასუხების მაშინვე ჩვენება (შეგიძლიათ დამალოთ)',
  'editor.text.postHint': 'ყოველი პასუხი კედელზე შემოსვლისთანავე ჩნდება.',
  'editor.text.preTitle': 'ყოველი პასუხის წინასწარ დადასტურება',
  'editor.text.preHint': 'კედელზე არაფერი გამოჩნდება, სანამ არ დაადასტურებთ.',

  // The editor: audience Q&A
  'editor.qa.title': 'კითხვები და მოწონებები',
  'editor.qa.hint': 'კითხვა-პასუხი',
  'editor.qa.label': 'კითხვა-პასუხი · {moderation}',
  'editor.qa.postTitle': 'კითხვების მაშინვე ჩვენება (შეგიძლიათ დამალოთ)',
  'editor.qa.postHint': 'ყოველი კითხვა სიაში დასმისთანავე ჩნდება.',
  'editor.qa.preTitle': 'ყოველი კითხვის წინასწარ დადასტურება',
  'editor.qa.preHint': 'სიაში არაფერი გამოჩნდება, სანამ არ დაადასტურებთ.',

  // The editor: quiz
  'editor.quiz.title': 'ვიქტორინა',
  'editor.quiz.hint': 'დროით, ქულებით',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'ვიქტორინა · {time} · {points} ქულა',
  'editor.quiz.correct': 'სწორი',
  'editor.quiz.correctOption': 'სწორია: ვარიანტი {number}',
  'editor.quiz.noCorrect': 'მონიშნეთ მინიმუმ ერთი ვარიანტი სწორად.',
  'editor.quiz.time': 'პასუხის დრო',
  'editor.quiz.timeProblem': 'დროის ლიმიტი {min}-დან {max} წამამდეა.',
  'editor.quiz.points': 'ქულები სწორი პასუხისთვის',
  'editor.quiz.pointsHint':
    'მყისიერი პასუხისთვის — სრული, ბოლო წამზე — ნახევარი. არასწორი პასუხი — 0.',
  'editor.quiz.pointsNotWhole': 'მიუთითეთ ქულები მთელი რიცხვით, {min}-დან {max}-მდე.',
  'editor.quiz.pointsRange': 'ქულები {min}-დან {max}-მდეა.',
  'editor.quiz.locked':
    'უკვე არის პასუხები: ვარიანტები, სწორი პასუხი, დრო და ქულები ფიქსირებულია, სანამ კითხვას არ გაანულებთ.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (სწორი)',
  'editor.quiz.footnote': 'დროის ამოწურვამდე რაოდენობებსა და სწორ პასუხს მხოლოდ თქვენ ხედავთ.',
  'editor.quiz.answered': { one: 'უპასუხა: {count}', other: 'უპასუხა: {count}' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} მოლოდინში', other: '{number} მოლოდინში' },
  'desk.hiddenCount': { one: '{number} დამალული', other: '{number} დამალული' },
  'desk.queue': 'ელოდება დადასტურებას',
  'desk.queueEmpty': 'მოლოდინში არაფერია.',
  'desk.hiddenTitle': 'დამალული ({count})',
  'desk.approve': 'დადასტურება',
  'desk.hide': 'დამალვა',
  'desk.showAgain': 'ხელახლა ჩვენება',
  'desk.showAll': { one: 'ყველას ჩვენება ({count})', other: 'ყველას ჩვენება ({count})' },
  'desk.showFewer': 'ნაკლების ჩვენება',
  'desk.text.shown': { one: '{number} ნაჩვენები', other: '{number} ნაჩვენები' },
  'desk.text.wall': 'კედელზე',
  'desk.text.wallEmpty': 'კედელზე პასუხები ჯერ არ არის.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'კლავიშები მონიშნულ პასუხზე: {a} დადასტურება · {h} დამალვა · {j} {k} ან ისრები გადაადგილებისთვის',
  'desk.qa.open': { one: '{number} ღია', other: '{number} ღია' },
  'desk.qa.answeredCount': { one: '{number} პასუხგაცემული', other: '{number} პასუხგაცემული' },
  'desk.qa.openTitle': 'ღია კითხვები, ჯერ ყველაზე მოწონებული',
  'desk.qa.openEmpty': 'ღია კითხვები არ არის.',
  'desk.qa.answeredTitle': 'პასუხგაცემული',
  'desk.qa.answered': 'პასუხგაცემული',
  'desk.qa.notAnswered': 'პასუხგაუცემელი',
  'desk.qa.highlight': 'გამოყოფა',
  'desk.qa.onScreen': 'ეკრანზე',
  'desk.qa.upvotesOnScreen': '{upvotes} · ახლა ეკრანზე',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'კლავიშები მონიშნულ კითხვაზე: {a} დადასტურება · {h} დამალვა · {d} პასუხგაცემული · {s} ეკრანზე გამოყოფა · {j} {k} ან ისრები გადაადგილებისთვის',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'სიტყვები ჯერ არ არის.',
  'desk.wordcloud.filtered': 'გაფილტრული',
  'desk.wordcloud.hidden': 'დამალული',
  'desk.wordcloud.hideTitle': 'დარბაზისთვის დამალვა',
  'desk.wordcloud.showTitle': 'დარბაზისთვის ხელახლა ჩვენება',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: დამალვა',
  'desk.wordcloud.flaggedWord': '{word}, {count}, გაფილტრულია როგორც უხამსი: დამალვა',
  'desk.wordcloud.hiddenWord': '{word}, {count}, დამალული: ხელახლა ჩვენება',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, გაფილტრულია როგორც უხამსი, დამალული: ხელახლა ჩვენება',
  'desk.wordcloud.showAll': {
    one: 'ყველა {count} სიტყვის ჩვენება',
    other: 'ყველა {count} სიტყვის ჩვენება',
  },
  'desk.wordcloud.showFewer': 'ნაკლები სიტყვის ჩვენება',
  'desk.wordcloud.footnote':
    'დააწკაპუნეთ სიტყვაზე, რომ მონაწილეებსა და ეკრანს დაუმალოთ; ხელახლა დაწკაპუნებით ისევ გამოჩნდება.',
  'desk.wordcloud.footnoteFiltered':
    'დააწკაპუნეთ სიტყვაზე, რომ მონაწილეებსა და ეკრანს დაუმალოთ; ხელახლა დაწკაპუნებით ისევ გამოჩნდება. „გაფილტრული“: შეაჩერა უხამსობის ფილტრმა.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'კითხვის დადასტურება ვერ მოხერხდა',
  'desk.failed.hideQuestion': 'კითხვის დამალვა ვერ მოხერხდა',
  'desk.failed.markAnswered': 'კითხვის პასუხგაცემულად მონიშვნა ვერ მოხერხდა',
  'desk.failed.highlightQuestion': 'კითხვის გამოყოფა ვერ მოხერხდა',
  'desk.failed.unhighlightQuestion': 'კითხვის ეკრანიდან მოხსნა ვერ მოხერხდა',
  'desk.failed.approveAnswer': 'პასუხის დადასტურება ვერ მოხერხდა',
  'desk.failed.hideAnswer': 'პასუხის დამალვა ვერ მოხერხდა',
  'desk.failed.hideWord': 'სიტყვის დამალვა ვერ მოხერხდა',
  'desk.failed.showWord': 'სიტყვის ხელახლა ჩვენება ვერ მოხერხდა',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'დაკავშირება…',
  'present.status.online': 'ონლაინ',
  'present.status.offline': 'ხელახლა დაკავშირება…',
  'present.status.closed': 'ოფლაინ',
  'present.fullScreen': 'სრული ეკრანი',
  'present.badLink': 'ეს პრეზენტაციის ბმული არ არის',
  'present.badLinkDetail':
    'პრეზენტაციის ბმული ასე გამოიყურება: /present/123456. ღონისძიების ბმული სთხოვეთ წამყვანს.',
  'present.noEvent': 'კოდით {code} ღონისძიება არ არსებობს',
  'present.noEventDetail':
    'შეამოწმეთ ბმული: შესაძლოა, ღონისძიება წაიშალა ან კოდი არასწორადაა აკრეფილი.',
  'present.ended': 'ეს ღონისძიება დასრულდა',
  'present.endedDetail': 'გმადლობთ მონაწილეობისთვის.',
  'present.connecting': 'უკავშირდება ღონისძიებას {code}…',
  'present.opensSoon': 'ხმის მიცემა მალე დაიწყება',
  'present.resultsSoon': 'შედეგები მალე გამოჩნდება',
  'present.votingClosed': 'ხმის მიცემა დასრულდა',
  'present.noVotes': 'ხმები ჯერ არ არის',
  'present.voters': { one: '{count} ხმის მიმცემი', other: '{count} ხმის მიმცემი' },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} დამსწრე', other: '{count} დამსწრე' },
  'present.turnout': {
    one: '{count} დამსწრიდან {percent}',
    other: '{count} დამსწრიდან {percent}',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'როგორ შემოგვიერთდეთ',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'გახსენით',
  'present.withCode': 'კოდი',
  'present.joinAt': 'გახსენით {host}',
  'present.qrAlt': 'QR კოდი, რომელიც ხსნის ხმის მიცემის გვერდს კოდით {code}',
  'present.waiting': 'პირველი კითხვა აქ გამოჩნდება',
  'present.waitingJoined': {
    one: 'პირველი კითხვა აქ გამოჩნდება · შემოგვიერთდა {count} ადამიანი',
    other: 'პირველი კითხვა აქ გამოჩნდება · შემოგვიერთდა {count} ადამიანი',
  },
  'present.scan': 'დაასკანერეთ შესასვლელად',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'გამოკითხვა {id} მიუწვდომელია',
  'present.pin.missingDetail':
    'ამ ღონისძიებას ამ ნომრით საჯარო გამოკითხვა არ აქვს: შესაძლოა, ის არ არსებობს, წაშლილია ან მონახაზია, რომელიც წამყვანს ჯერ არ გაუხსნია. ის აქ გამოჩნდება, როგორც კი გამოქვეყნდება.',
  'present.pin.invalid': '„{value}“ გამოკითხვის ნომერი არ არის',
  'present.pin.invalidDetail':
    'ერთ გამოკითხვაზე დასარჩენად მიუთითეთ მისი ნომერი ბმულში, მაგალითად ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: პასუხები, ჯერ უახლესი',
  'present.wall.newAnswer': 'ახალი პასუხი: {text}',
  'present.wall.newAnswers': {
    one: '{count} ახალი პასუხი. უახლესი: {text}',
    other: '{count} ახალი პასუხი. უახლესი: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'ენები',
  'host.languages.screen': 'ღონისძიებისა და ეკრანის ენა',
  'host.languages.screenHint':
    'პრეზენტაციის ეკრანი ამ ენაზეა; თითოეული ტელეფონი და ეს პანელი — საკუთარ ენაზე.',
  'host.languages.further': 'გამოკითხვების თარგმნა ენებზე',
  'host.languages.furtherHint':
    'ამის შემდეგ თითოეული გამოკითხვის რედაქტორი ამ ენებზე ტექსტსაც მოითხოვს. ტელეფონები, რომელთა ენაზეც თარგმანი არ არის, ორიგინალს აჩვენებს.',
  'host.languages.alternate': 'ენების მონაცვლეობა ეკრანზე',
  'host.languages.alternateHint': 'ეკრანი თითოეულ ენას რიგრიგობით აჩვენებს, {seconds} წამით.',
  'host.failed.changeLanguages': 'ღონისძიების ენების შეცვლა ვერ მოხერხდა',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'ვებჰუკები',
  'host.webhooks.hint':
    'voxpop თითოეულ მისამართზე ხელმოწერილ POST-მოთხოვნას აგზავნის, როცა გამოკითხვა იხსნება ან იხურება, ან ღონისძიება იშლება.',
  'host.webhooks.loading': 'ვებჰუკები იტვირთება…',
  'host.webhooks.loadFailed': 'ვებჰუკების ჩატვირთვა ვერ მოხერხდა; მალე ისევ ვცდით.',
  'host.webhooks.empty': 'ვებჰუკები ჯერ არ არის.',
  'host.webhooks.list': 'ღონისძიების ვებჰუკები',
  'host.webhooks.events': 'მოვლენები',
  'host.webhooks.pollOpened': 'გამოკითხვა გაიხსნა',
  'host.webhooks.pollClosed': 'გამოკითხვა დაიხურა',
  'host.webhooks.eventDeleted': 'ღონისძიება წაიშალა',
  'host.webhooks.none': 'მიწოდება ჯერ არ ყოფილა',
  'host.webhooks.sending': 'იგზავნება…',
  'host.webhooks.delivered': 'მიწოდებულია',
  'host.webhooks.failed': 'ვერ მოხერხდა',
  'host.webhooks.failedBecause': 'ვერ მოხერხდა: {error}',
  'host.webhooks.retrying': {
    one: 'ხელახლა ცდა (რიგშია {count})',
    other: 'ხელახლა ცდა (რიგშია {count})',
  },
  'host.webhooks.pending': { one: 'კიდევ {count} გასაგზავნი', other: 'კიდევ {count} გასაგზავნი' },
  'host.webhooks.justNow': 'ახლახან',
  'host.webhooks.remove': 'წაშლა',
  'host.webhooks.removeLabel': 'ვებჰუკის წაშლა: {url}',
  'host.webhooks.removeTitle': 'წაიშალოს ეს ვებჰუკი?',
  'host.webhooks.removeText':
    'voxpop ამ მისამართზე აღარაფერს გაგზავნის, ხოლო ჯერ გაუგზავნელი მიწოდებები გაუქმდება.',
  'host.webhooks.removeConfirm': 'ვებჰუკის წაშლა',
  'host.webhooks.add': 'ვებჰუკის დამატება',
  'host.webhooks.adding': 'ემატება…',
  'host.webhooks.url': 'მისამართი (URL)',
  'host.webhooks.sendOn': 'გაიგზავნოს, როცა',
  'host.webhooks.needUrl': 'შეიყვანეთ მისამართი, სადაც უნდა გაიგზავნოს.',
  'host.webhooks.needEvent': 'აირჩიეთ ერთი მოვლენა მაინც.',
  'host.webhooks.secret': 'ხელმოწერის საიდუმლო: {url}',
  'host.webhooks.secretHint':
    'ნაჩვენებია მხოლოდ ერთხელ: მისით გადაამოწმეთ მიწოდებები (X-Voxpop-Signature: სხეულის HMAC-SHA256).',
  'host.webhooks.copySecret': 'ხელმოწერის საიდუმლოს კოპირება',
  'host.webhooks.secretCopied': 'ხელმოწერის საიდუმლო დაკოპირდა',
  'host.webhooks.secretCopyFailed': 'კოპირება ვერ მოხერხდა — მონიშნეთ საიდუმლო და დააკოპირეთ',
  'host.webhooks.done': 'მზადაა',
  'host.failed.addWebhook': 'ვებჰუკის დამატება ვერ მოხერხდა',
  'host.failed.removeWebhook': 'ვებჰუკის წაშლა ვერ მოხერხდა',

  // The poll editor's translations
  'host.translations.title': 'თარგმანები',
  'host.translations.hint':
    'ორიგინალის საჩვენებლად ვარიანტი ცარიელი დატოვეთ. მონაწილეების საკუთარი სიტყვები არასდროს ითარგმნება.',
  'host.translations.noLanguages': 'ამ გამოკითხვის სათარგმნად აირჩიეთ ენები ბარათში „ენები“.',
  'host.translations.translated': 'ნათარგმნია',
  'host.translations.notTranslated': 'არ არის ნათარგმნი',
  'host.translations.question': 'კითხვა',
  'host.translations.option': 'ვარიანტი {number}: {original}',
  'host.translations.scaleMin': 'სიტყვა ყველაზე დაბალი მნიშვნელობისთვის',
  'host.translations.scaleMax': 'სიტყვა ყველაზე მაღალი მნიშვნელობისთვის',
  'host.translations.needQuestion': 'თარგმნეთ კითხვაც, ან გაასუფთავეთ ეს ენა.',
  'host.translations.questionTooLong': 'ნათარგმნი კითხვა {limit} სიმბოლოზე გრძელია.',
  'host.translations.optionTooLong': 'ნათარგმნი ვარიანტი {limit} სიმბოლოზე გრძელია.',
  'host.translations.scaleTooLong': 'სკალის ნათარგმნი წარწერა {limit} სიმბოლოზე გრძელია.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} სიმბოლო; ვარიანტის ზღვარია {max}.',
    other: '{count} სიმბოლო; ვარიანტის ზღვარია {max}.',
  },
  'editor.tooFewOptions': {
    one: 'მიუთითეთ მინიმუმ {count} ვარიანტი.',
    other: 'მიუთითეთ მინიმუმ {count} ვარიანტი.',
  },
  'editor.tooManyOptions': {
    one: 'გამოკითხვაში მაქსიმუმ {count} ვარიანტი შეიძლება.',
    other: 'გამოკითხვაში მაქსიმუმ {count} ვარიანტი შეიძლება.',
  },
  'editor.duplicateOption':
    '„{option}“ ორჯერაა მითითებული; ყველა ვარიანტი განსხვავებული უნდა იყოს.',
} satisfies StaffCatalogue;

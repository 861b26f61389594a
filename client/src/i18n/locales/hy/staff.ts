/** Armenian: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Վարող — voxpop',
  'host.homeLink': 'voxpop գլխավոր էջ',
  'host.role': 'Վարողի վահանակ',
  'host.attendeesConnected': {
    one: 'Միացած է {number} մասնակից',
    other: 'Միացած է {number} մասնակից',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} մասնակից', other: '{count} մասնակից' },
  'host.status.online': 'Առցանց',
  'host.status.connecting': 'Միացում…',
  'host.status.offline': 'Վերամիացում…',
  'host.status.closed': 'Անջատված է',
  'host.connecting': 'Միանում ենք ձեր միջոցառմանը…',
  'host.offlineBanner':
    'Կապը կորավ — վերամիացում… Ուղիղ հաշվարկը և ներկաների թիվը կդադարեցվեն մինչև կապի վերականգնումը։',
  'host.cancel': 'Չեղարկել',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Միջոցառման կոդ՝ {code}',
  'host.pollCount': { one: '{count} հարցում', other: '{count} հարցում' },
  'host.openCount': { one: 'բաց է՝ {count}', other: 'բաց է՝ {count}' },
  'host.polls': 'Հարցումներ',
  'host.newPoll': 'Նոր հարցում',
  'host.noPolls': 'Դեռ հարցումներ չկան',
  'host.noPollsText':
    'Գրեք ձեր առաջին հարցը։ Այն սևագիր է, որը միայն դուք եք տեսնում, մինչև այն բացեք կամ ցուցադրեք էկրանին։ Մասնակիցները քվեարկում են այն հարցման համար, որը բաց է և ցուցադրվում է էկրանին։',
  'host.createPoll': 'Ստեղծել հարցում',

  // The host console: renaming the event
  'host.title.rename': 'Վերանվանել միջոցառումը',
  'host.title.label': 'Միջոցառման անվանում',
  'host.title.save': 'Պահպանել',
  'host.title.empty': 'Միջոցառումը պետք է անվանում ունենա։',
  'host.title.tooLong': {
    one: 'Անվանումն ունի {count} նիշ, սահմանը {limit} է։',
    other: 'Անվանումն ունի {count} նիշ, սահմանը {limit} է։',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Պահեք այս հղումը — միայն դրանով կարող եք վերադառնալ այս միջոցառման վարմանը։',
  'host.keyNotice.text':
    'Հաշիվներ չկան։ Ով ունի այս էջի հղումը, կարող է վարել միջոցառումը, իսկ կորցնելու դեպքում այն վերականգնել հնարավոր չէ։ Ավելացրեք էջանիշ կամ պահեք գաղտնաբառերի կառավարիչում։',
  'host.keyNotice.saved': 'Պահել եմ',
  'host.copyHostLink': 'Պատճենել վարողի հղումը',

  // The host console: a poll's card
  'host.card.number': 'Հարցում {number}',
  'host.card.draft': 'Սևագիր',
  'host.card.open': 'Բաց',
  'host.card.closed': 'Փակ',
  'host.card.onScreen': 'Էկրանին',
  'host.card.resultsHidden': 'Արդյունքները թաքցված են',
  'host.card.edit': 'Խմբագրել',
  'host.card.duplicate': 'Կրկնօրինակել',
  'host.card.downloadImage': 'Ներբեռնել պատկերը',
  'host.card.downloadImageTitle': 'Ներբեռնել արդյունքները որպես պատկեր (PNG)՝ սլայդների համար',
  'host.card.reset': 'Զրոյացնել',
  'host.card.resetTitle': 'Զրոյացնել ձայները',
  'host.card.delete': 'Ջնջել',
  'host.card.deleteTitle': 'Ջնջել հարցումը',
  'host.card.hintNotOpen':
    'Էկրանին է, բայց քվեարկությունը դեռ բաց չէ — մասնակիցները տեսնում են հարցը և սպասում։',
  'host.card.hintNotOnScreen':
    'Բաց է, բայց էկրանին չէ — մասնակիցները տեսնում են միայն էկրանին ցուցադրվող հարցումը։',
  'host.card.hintClosed':
    'Քվեարկությունը փակ է — մասնակիցներն ու էկրանը ցույց են տալիս վերջնական արդյունքները։',
  'host.card.hintClosedHidden':
    'Քվեարկությունը փակ է, արդյունքները թաքցված են — մասնակիցներն ու էկրանը թվեր չեն ցուցադրում։',
  'host.card.openVoting': 'Բացել քվեարկությունը',
  'host.card.closeVoting': 'Փակել քվեարկությունը',
  'host.card.reopenVoting': 'Վերաբացել քվեարկությունը',
  'host.card.putOnScreen': 'Ցուցադրել էկրանին',
  'host.card.takeOffScreen': 'Հանել էկրանից',
  'host.card.showResults': 'Ցույց տալ արդյունքները',
  'host.card.hideResults': 'Թաքցնել արդյունքները',
  'host.card.voters': { one: '{number} քվեարկող', other: '{number} քվեարկող' },

  // The host console: the poll editor
  'host.editor.newTitle': 'Նոր հարցում',
  'host.editor.editTitle': 'Խմբագրել հարցումը',
  'host.editor.close': 'Փակել',
  'host.editor.question': 'Հարց',
  'host.editor.questionPlaceholder': 'Ի՞նչ եք ուզում հարցնել',
  'host.editor.questionEmpty': 'Գրեք հարցը, որին կպատասխանեն մասնակիցները։',
  'host.editor.questionTooLong': {
    one: 'Հարցն ունի {count} նիշ, սահմանը {limit} է։',
    other: 'Հարցն ունի {count} նիշ, սահմանը {limit} է։',
  },
  'host.editor.kind': 'Պատասխանի ձևը',
  'host.editor.kindFixed': 'Հարցման տեսակը ստեղծելուց հետո փոխել հնարավոր չէ։',
  'host.editor.allowChange': 'Մասնակիցները կարող են փոխել իրենց ձայնը',
  'host.editor.allowChangeHint':
    'Քանի դեռ հարցումը բաց է։ Անջատված լինելու դեպքում առաջին ձայնը վերջնական է։',
  'host.editor.fixToCreate': 'Ուղղեք նշված դաշտերը՝ հարցումը ստեղծելու համար։',
  'host.editor.fixToSave': 'Ուղղեք նշված դաշտերը՝ հարցումը պահպանելու համար։',
  'host.editor.create': 'Ստեղծել հարցումը',
  'host.editor.save': 'Պահպանել փոփոխությունները',
  'host.editor.saving': 'Պահպանվում է…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Հաստատելու համար մուտքագրեք {phrase}',
  'host.confirm.working': 'Կատարվում է…',
  'host.resetPoll.title': 'Զրոյացնե՞լ այս հարցումը',
  'host.resetPoll.confirm': 'Զրոյացնել ձայները',
  'host.resetPoll.text': {
    one: 'Հարցման {count} ձայնը կջնջվի, և բոլոր մասնակիցները կկարողանան նորից քվեարկել։ Հարցումը կպահպանի իր հարցը, տարբերակներն ու վիճակը։',
    other:
      'Հարցման {count} ձայները կջնջվեն, և բոլոր մասնակիցները կկարողանան նորից քվեարկել։ Հարցումը կպահպանի իր հարցը, տարբերակներն ու վիճակը։',
  },
  'host.deletePoll.title': 'Ջնջե՞լ այս հարցումը',
  'host.deletePoll.confirm': 'Ջնջել հարցումը',
  'host.deletePoll.text': {
    one: 'Հարցումն ու դրա {count} ձայնը կջնջվեն ընդմիշտ։',
    other: 'Հարցումն ու դրա {count} ձայները կջնջվեն ընդմիշտ։',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Հարցումն ու դրա {count} ձայնը կջնջվեն ընդմիշտ, և այն կհանվի ցուցադրման էկրանից։',
    other: 'Հարցումն ու դրա {count} ձայները կջնջվեն ընդմիշտ, և այն կհանվի ցուցադրման էկրանից։',
  },
  'host.deleteEvent.title': 'Ջնջե՞լ այս միջոցառումը',
  'host.deleteEvent.confirm': 'Ջնջել միջոցառումը',
  'host.deleteEvent.text':
    'Դրա բոլոր հարցումները, ձայներն ու մասնակիցները կջնջվեն ընդմիշտ։ Հեռախոսներն ու ցուցադրման էկրանը կտեղեկացվեն, որ միջոցառումն ավարտվել է։ Սա հնարավոր չէ հետարկել։ Եթե ձայները ձեզ պետք են, նախ արտահանեք CSV-ն։',
  'host.newRound.title': 'Սկսե՞լ նոր փուլ',
  'host.newRound.confirm': 'Զրոյացնել միավորները',
  'host.newRound.text': {
    one: 'Վիկտորինայի {count} հարցը կվերադառնա սևագրի, դրա պատասխանները կջնջվեն, և առաջատարների աղյուսակի բոլոր միավորները կզրոյացվեն։ Սա հնարավոր չէ հետարկել։',
    other:
      'Վիկտորինայի բոլոր {count} հարցերը կվերադառնան սևագրի, դրանց պատասխանները կջնջվեն, և առաջատարների աղյուսակի բոլոր միավորները կզրոյացվեն։ Սա հնարավոր չէ հետարկել։',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Փակել',
  'host.toast.pollCreated': 'Հարցումը ստեղծված է — բացեք այն, երբ պատրաստ լինեք',
  'host.toast.pollDuplicated': 'Հարցումը կրկնօրինակվել է որպես նոր սևագիր՝ ցանկի վերջում',
  'host.toast.votesCleared': 'Ձայները ջնջված են',
  'host.toast.pollDeleted': 'Հարցումը ջնջված է',
  'host.toast.newRound': 'Նոր փուլ — վիկտորինայի բոլոր հարցերն ու միավորները զրոյացված են',
  'host.toast.csvDownloaded': 'CSV-ն ներբեռնված է',
  'host.toast.imageDownloaded': 'Արդյունքների պատկերը ներբեռնված է',
  'host.copy.hostLinkDone': 'Վարողի հղումը պատճենված է',
  'host.copy.hostLinkFailed': 'Չհաջողվեց պատճենել — ընտրեք վարողի հղումը և պատճենեք',
  'host.copy.joinLinkDone': 'Միանալու հղումը պատճենված է',
  'host.copy.joinLinkFailed': 'Չհաջողվեց պատճենել — ընտրեք միանալու հղումը և պատճենեք',
  'host.copy.presenterLinkDone': 'Էկրանի հղումը պատճենված է',
  'host.copy.presenterLinkFailed': 'Չհաջողվեց պատճենել — ընտրեք էկրանի հղումը և պատճենեք',
  'host.copy.qrDone': 'QR կոդը պատճենված է որպես պատկեր',
  'host.copy.qrFailed': 'Այս դիտարկիչը չի կարող պատկերներ պատճենել — օգտագործեք «Ներբեռնել»',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Չհաջողվեց բացել հարցումը',
  'host.failed.closePoll': 'Չհաջողվեց փակել հարցումը',
  'host.failed.changeScreen': 'Չհաջողվեց փոխել էկրանի բովանդակությունը',
  'host.failed.showResults': 'Չհաջողվեց ցույց տալ արդյունքները',
  'host.failed.hideResults': 'Չհաջողվեց թաքցնել արդյունքները',
  'host.failed.createPoll': 'Չհաջողվեց ստեղծել հարցումը',
  'host.failed.duplicatePoll': 'Չհաջողվեց կրկնօրինակել հարցումը',
  'host.failed.savePoll': 'Չհաջողվեց պահպանել հարցումը',
  'host.failed.resetPoll': 'Չհաջողվեց զրոյացնել հարցումը',
  'host.failed.deletePoll': 'Չհաջողվեց ջնջել հարցումը',
  'host.failed.renameEvent': 'Չհաջողվեց վերանվանել միջոցառումը',
  'host.failed.changeScreenSetting': 'Չհաջողվեց փոխել էկրանի կարգավորումը',
  'host.failed.showLeaderboard': 'Չհաջողվեց ցուցադրել առաջատարների աղյուսակը',
  'host.failed.hideLeaderboard': 'Չհաջողվեց թաքցնել առաջատարների աղյուսակը',
  'host.failed.newRound': 'Չհաջողվեց սկսել նոր փուլ',
  'host.failed.exportVotes': 'Չհաջողվեց արտահանել ձայները',
  'host.failed.downloadImage': 'Չհաջողվեց ներբեռնել արդյունքների պատկերը',
  'host.failed.deleteEvent': 'Չհաջողվեց ջնջել միջոցառումը',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Առաջին ձայնից հետո տարբերակները խմբագրել հնարավոր չէ — նախ զրոյացրեք հարցումը։',
  'host.error.invalid_state': 'Այդ հարցման վիճակն արդեն փոխվել է։ Նորից փորձեք։',
  'host.error.poll_not_found':
    'Այդ հարցումն այլևս գոյություն չունի — հնարավոր է՝ այն ջնջվել է մեկ այլ ներդիրում։',
  'host.error.event_not_found': 'Այս միջոցառումն այլևս գոյություն չունի։',
  'host.error.unauthorized':
    'Այս գործողության համար անհրաժեշտ է վարողի բանալին։ Նորից բացեք վարողի ամբողջական հղումը։',
  'host.error.forbidden': 'Այս հղման մեջ եղած վարողի բանալին այլևս վավեր չէ այս միջոցառման համար։',
  'host.error.rate_limited':
    'Չափազանց շատ փոփոխություններ միանգամից — մի պահ սպասեք և նորից փորձեք։',
  'host.error.payload_too_large': 'Սա չափազանց շատ տեքստ է մեկ հարցման համար։',
  'host.error.network_error': 'voxpop սերվերը հասանելի չէ։ Ստուգեք կապը և նորից փորձեք։',
  'host.error.export_failed': 'Արտահանումը ձախողվեց։ Մի պահից նորից փորձեք։',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code})։',
  'host.error.failedTryAgain': '{failed}։ Նորից փորձեք։',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Վարողի այս հղումը վավեր չէ {code} միջոցառման համար — ստուգեք, որ պատճենել եք ամբողջ հղումը',
  'host.problem.wrongKeyText':
    'Հղման #key=-ից հետո եկող մասը չի համապատասխանում այս միջոցառմանը։ Բացեք վարողի հղումը ճիշտ այնպես, ինչպես պահել եք միջոցառումը ստեղծելիս։',
  'host.problem.missingKey':
    'Վարողի այս հղումը թերի է {code} միջոցառման համար — ստուգեք, որ պատճենել եք ամբողջ հղումը',
  'host.problem.missingKeyText':
    'Վարողի հղումն ավարտվում է #key= մասով, որին հաջորդում է երկար գաղտնի բանալի։ Առանց դրա այս էջը չի կարող վարել միջոցառումը։ Մասնակիցները միանում են միջոցառման հղումով։',
  'host.problem.noEvent': '{code} կոդով միջոցառում չկա',
  'host.problem.noEventText':
    'Ստուգեք հղման վեց թվանշանները։ Հնարավոր է նաև, որ միջոցառումը ջնջվել է։',
  'host.problem.deleted': 'Այս միջոցառումը ջնջվել է',
  'host.problem.deletedText':
    'Դրա հարցումները, ձայներն ու մասնակիցներն այլևս չկան։ Մասնակիցներն ու ցուցադրման էկրանը տեղեկացվել են։',
  'host.problem.unreachable': 'voxpop սերվերը հասանելի չէ',
  'host.problem.unreachableText': 'Ստուգեք կապը, ապա թարմացրեք այս էջը։',
  'host.problem.badLink': 'Սա վարողի հղում չէ',
  'host.problem.badLinkText':
    'Վարողի հղումն ունի այս տեսքը՝ /host/123456#key=… — ստուգեք, որ պատճենել եք ամբողջ հղումը։',
  'host.problem.newEvent': 'Ստեղծել նոր միջոցառում',
  'host.problem.home': 'Անցնել voxpop',

  // The host console: the side panel
  'host.side.label': 'Հրավեր և միջոցառման կարգավորումներ',
  'host.side.invite': 'Հրավիրել մասնակիցների',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Բացեք {host} և մուտքագրեք',
  'host.side.qrAlt': 'QR կոդ, որը բացում է {code} միջոցառմանը միանալու հղումը',
  'host.side.copy': 'Պատճենել',
  'host.side.joinLink': 'Միանալու հղում',
  'host.side.copyJoinLink': 'Պատճենել միանալու հղումը',
  'host.side.qrCode': 'QR կոդ',
  'host.side.copyQr': 'Պատճենել QR կոդը որպես պատկեր',
  'host.side.open': 'Բացել',
  'host.side.openQr': 'Բացել QR կոդը նոր ներդիրում',
  'host.side.download': 'Ներբեռնել',
  'host.side.downloadQr': 'Ներբեռնել QR կոդը',
  'host.side.screen': 'Ցուցադրման էկրան',
  'host.side.screenHint':
    'Պրոյեկտորի կամ հեռարձակման համար։ Ինքնաբերաբար ցույց է տալիս այն հարցումը, որը դուք ցուցադրում եք էկրանին։',
  'host.side.presenterLink': 'Էկրանի հղում',
  'host.side.copyPresenterLink': 'Պատճենել էկրանի հղումը',
  'host.side.openScreen': 'Բացել ցուցադրման էկրանը',
  'host.side.showStats': 'Ցույց տալ սխալի սահմանը էկրանին',
  'host.side.showStatsHint': 'Արդյունքների տակ ավելացնում է «±N տոկոսային կետ» (95% վստահություն)։',
  'host.side.data': 'Արդյունքներ և մուտք',
  'host.side.export': 'Արտահանել CSV',
  'host.side.exporting': 'Պատրաստվում է…',
  'host.side.exportHint': 'Բոլոր ընթացիկ ձայները՝ յուրաքանչյուրը մեկ տողով, աղյուսակի համար։',
  'host.side.hostLinkHint': 'Գաղտնի է՝ ով ունի այն, կարող է վարել այս միջոցառումը։',
  'host.side.danger': 'Վտանգավոր գոտի',
  'host.side.dangerHint':
    'Միջոցառումը ջնջելիս ընդմիշտ ջնջվում են դրա հարցումները, ձայներն ու մասնակիցները։',
  'host.side.deleteEvent': 'Ջնջել միջոցառումը',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Վիկտորինայի առաջատարներ',
  'leaderboard.title': 'Առաջատարների աղյուսակ',
  'leaderboard.loading': 'Միավորները բեռնվում են…',
  'leaderboard.failed': 'Միավորները չհաջողվեց բեռնել։',
  'leaderboard.panelEmpty':
    'Դեռ միավորներ չկան — դրանք կգումարվեն վիկտորինայի հարցերը փակվելուն զուգընթաց։',
  'leaderboard.screenEmpty':
    'Դեռ միավորներ չկան — պատասխանեք վիկտորինայի հարցին՝ աղյուսակում հայտնվելու համար։',
  'leaderboard.topScores': 'Լավագույն արդյունքներ',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Լավագույն եռյակ',
  'leaderboard.rest': '4-րդ տեղից ներքև',
  'leaderboard.putOn': 'Ցուցադրել աղյուսակը էկրանին',
  'leaderboard.takeOff': 'Հանել աղյուսակը էկրանից',
  'leaderboard.offScreenHint': 'Ցուցադրման էկրանին կհայտնվի հարցման փոխարեն։',
  'leaderboard.onScreenHint':
    'Ցուցադրման էկրանին առաջատարների աղյուսակն է։ Երբ հարցում ցուցադրեք էկրանին, աղյուսակը կհանվի։',
  'leaderboard.newRound': 'Նոր փուլ',
  'leaderboard.newRoundHint': {
    one: 'Զրոյացնում է վիկտորինայի {count} հարցը — պատասխաններն ու միավորները սկսվում են զրոյից։',
    other:
      'Զրոյացնում է վիկտորինայի բոլոր {count} հարցերը — պատասխաններն ու միավորները սկսվում են զրոյից։',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Մոդերացիա',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'նախնական հաստատմամբ',
  'editor.moderation.post': 'անմիջական ցուցադրմամբ',
  'editor.options.legend': 'Տարբերակներ',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} / {max}',
  'editor.options.locked':
    'Առաջին ձայնից հետո տարբերակները խմբագրել հնարավոր չէ — նախ զրոյացրեք հարցումը։',
  'editor.options.option': 'Տարբերակ {number}',
  'editor.options.remove': 'Հեռացնել տարբերակ {number}',
  'editor.options.add': 'Ավելացնել տարբերակ',
  'editor.options.full': {
    one: 'Հարցումը կարող է ունենալ առավելագույնը {count} տարբերակ։',
    other: 'Հարցումը կարող է ունենալ առավելագույնը {count} տարբերակ։',
  },
  'editor.options.enterHint': 'Սեղմեք Enter տարբերակի դաշտում՝ հաջորդն ավելացնելու համար։',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Մեկ տարբերակ',
  'editor.single.hint': 'Մեկ ընտրություն',
  'editor.single.label': 'Մեկ ընտրություն',
  'editor.multiple.title': 'Մի քանի տարբերակ',
  'editor.multiple.hint': 'Բազմակի ընտրություն',
  'editor.multiple.label': 'Բազմակի ընտրություն',
  'editor.multiple.labelUpTo': 'Բազմակի ընտրություն · մինչև {max}',
  'editor.multiple.footnote':
    'Տոկոսը՝ քվեարկողների թվից։ Մեկ քվեարկողը կարող է ընտրել մի քանի տարբերակ։',
  'editor.choice.maxChoices': 'Յուրաքանչյուր մասնակից կարող է ընտրել',
  'editor.choice.anyNumber': 'Ցանկացած քանակով տարբերակ',
  'editor.choice.upTo': { one: 'Մինչև {count} տարբերակ', other: 'Մինչև {count} տարբերակ' },
  'editor.choice.tooMany': {
    one: 'Մասնակիցները չեն կարող ընտրել {max} տարբերակ՝ ընդամենը {count}-ից։',
    other: 'Մասնակիցները չեն կարող ընտրել {max} տարբերակ՝ ընդամենը {count}-ից։',
  },

  // The editor: rating
  'editor.rating.title': 'Գնահատական',
  'editor.rating.hint': 'Գնահատման սանդղակ',
  'editor.rating.label': 'Գնահատում · 1-ից {max}',
  'editor.rating.scale': 'Սանդղակ',
  'editor.rating.size': '1-ից {max}',
  'editor.rating.sizeStars': '1-ից {max} (աստղեր)',
  'editor.rating.locked':
    'Առաջին պատասխանից հետո սանդղակը փոխել հնարավոր չէ — նախ զրոյացրեք հարցումը։',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Բառ {value}-ի համար (ըստ ցանկության)',
  'editor.rating.lowExample': 'օրինակ՝ Բոլորովին',
  'editor.rating.highExample': 'օրինակ՝ Լիովին',
  'editor.rating.wordTooLong': {
    one: '{count} նիշ — սանդղակի բառը կարող է ունենալ առավելագույնը {limit}։',
    other: '{count} նիշ — սանդղակի բառը կարող է ունենալ առավելագույնը {limit}։',
  },
  'editor.rating.sizeProblem': 'Սանդղակը սկսվում է 1-ից և ավարտվում {min}–{max}-ով։',
  'editor.rating.summary': 'Միջինը՝ {average} / {max} · մեդիանը՝ {median}',

  // The editor: ranking
  'editor.ranking.title': 'Հերթականություն',
  'editor.ranking.hint': 'Դասակարգում',
  'editor.ranking.label': {
    one: 'Դասակարգում · {count} տարբերակ',
    other: 'Դասակարգում · {count} տարբերակ',
  },
  'editor.ranking.footnote': {
    one: 'Բորդայի մեթոդ՝ առաջին տեղը ստանում է {count} միավոր, յուրաքանչյուր հաջորդ տեղը՝ մեկով պակաս։',
    other:
      'Բորդայի մեթոդ՝ առաջին տեղը ստանում է {count} միավոր, յուրաքանչյուր հաջորդ տեղը՝ մեկով պակաս։',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Մի քանի բառ',
  'editor.wordcloud.hint': 'Բառերի ամպ',
  'editor.wordcloud.labelOne': 'Բառերի ամպ · 1 բառ',
  'editor.wordcloud.labelUpTo': {
    one: 'Բառերի ամպ · մինչև {count} բառ',
    other: 'Բառերի ամպ · մինչև {count} բառ',
  },
  'editor.wordcloud.count': 'Յուրաքանչյուր մասնակից գրում է',
  'editor.wordcloud.one': 'Մեկ բառ',
  'editor.wordcloud.upTo': { one: 'Մինչև {count} բառ', other: 'Մինչև {count} բառ' },
  'editor.wordcloud.locked':
    'Բառերի քանակը կարելի է նվազեցնել միայն մինչև առաջին պատասխանը — նախ զրոյացրեք հարցումը։',
  'editor.wordcloud.countProblem': 'Յուրաքանչյուր մասնակից գրում է {min}-ից {max} բառ։',
  'editor.wordcloud.filter': 'Զտել անպարկեշտ բառերը',
  'editor.wordcloud.filterHint':
    'Զտված բառերը նշումով տեսնում եք միայն դուք — մասնակիցներն ու էկրանը դրանք երբեք չեն տեսնում։',

  // The editor: open text
  'editor.text.title': 'Գրավոր պատասխան',
  'editor.text.hint': 'Ազատ տեքստ',
  'editor.text.label': 'Ազատ տեքստ · {moderation}',
  'editor.text.maxLength': 'Պատասխանի առավելագույն երկարություն (նիշ)',
  'editor.text.maxLengthHint': '{min}-ից {max}․ {default} նիշը մի քանի նախադասություն է։',
  'editor.text.maxLengthLocked':
    'Հարցումն արդեն պատասխաններ ունի՝ սահմանը կարելի է մեծացնել, բայց ոչ փոքրացնել (նախ զրոյացրեք հարցումը)։',
  'editor.text.maxLengthProblem': 'Նշեք նիշերի ամբողջ թիվ՝ {min}-ից {max}։',
  'editor.text.postTitle': 'Ցուցադրել պատասխաններն անմիջապես (կարող եք թաքցնել)',
  'editor.text.postHint': 'Յուրաքանչյուր պատասխան հայտնվում է պատին ստացվելուն պես։',
  'editor.text.preTitle': 'Նախ հաստատել յուրաքանչյուր պատասխան',
  'editor.text.preHint': 'Ոչինչ չի հայտնվի պատին, քանի դեռ չեք հաստատել։',

  // The editor: audience Q&A
  'editor.qa.title': 'Հարցեր և հավանումներ',
  'editor.qa.hint': 'Լսարանի հարցեր',
  'editor.qa.label': 'Լսարանի հարցեր · {moderation}',
  'editor.qa.postTitle': 'Ցուցադրել հարցերն անմիջապես (կարող եք թաքցնել)',
  'editor.qa.postHint': 'Յուրաքանչյուր հարց հայտնվում է ցանկում տրվելուն պես։',
  'editor.qa.preTitle': 'Նախ հաստատել յուրաքանչյուր հարց',
  'editor.qa.preHint': 'Ոչինչ չի հայտնվի ցանկում, քանի դեռ չեք հաստատել։',

  // The editor: quiz
  'editor.quiz.title': 'Վիկտորինա',
  'editor.quiz.hint': 'Ժամանակով, միավորներով',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Վիկտորինա · {time} · {points} միավոր',
  'editor.quiz.correct': 'Ճիշտ',
  'editor.quiz.correctOption': 'Ճիշտ է՝ տարբերակ {number}',
  'editor.quiz.noCorrect': 'Նշեք առնվազն մեկ տարբերակ որպես ճիշտ։',
  'editor.quiz.time': 'Պատասխանելու ժամանակ',
  'editor.quiz.timeProblem': 'Ժամանակի սահմանը {min}-ից {max} վայրկյան է։',
  'editor.quiz.points': 'Միավորներ ճիշտ պատասխանի համար',
  'editor.quiz.pointsHint':
    'Անմիջապես պատասխանելիս՝ ամբողջը, վերջին վայրկյանին՝ կեսը։ Սխալ պատասխանը՝ 0։',
  'editor.quiz.pointsNotWhole': 'Նշեք միավորներն ամբողջ թվով՝ {min}-ից {max}։',
  'editor.quiz.pointsRange': 'Միավորները՝ {min}-ից {max}։',
  'editor.quiz.locked':
    'Արդեն պատասխաններ կան՝ տարբերակները, ճիշտ պատասխանը, ժամանակը և միավորները հնարավոր չէ փոխել, մինչև չզրոյացնեք հարցը։',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (ճիշտ)',
  'editor.quiz.footnote':
    'Մինչև ժամանակի ավարտը քանակներն ու ճիշտ պատասխանը տեսնում եք միայն դուք։',
  'editor.quiz.answered': { one: '{count} պատասխանել է', other: '{count} պատասխանել է' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} սպասում է', other: '{number} սպասում է' },
  'desk.hiddenCount': { one: '{number} թաքցված', other: '{number} թաքցված' },
  'desk.queue': 'Սպասում են հաստատման',
  'desk.queueEmpty': 'Սպասող չկա։',
  'desk.hiddenTitle': 'Թաքցված ({count})',
  'desk.approve': 'Հաստատել',
  'desk.hide': 'Թաքցնել',
  'desk.showAgain': 'Նորից ցույց տալ',
  'desk.showAll': { one: 'Ցույց տալ բոլոր {count}-ը', other: 'Ցույց տալ բոլոր {count}-ը' },
  'desk.showFewer': 'Ցույց տալ ավելի քիչ',
  'desk.text.shown': { one: '{number} ցուցադրված', other: '{number} ցուցադրված' },
  'desk.text.wall': 'Պատին',
  'desk.text.wallEmpty': 'Պատին դեռ պատասխաններ չկան։',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Ընտրված պատասխանի ստեղներ՝ {a} հաստատել · {h} թաքցնել · {j} {k} կամ սլաքներ՝ տեղաշարժվել',
  'desk.qa.open': { one: '{number} բաց', other: '{number} բաց' },
  'desk.qa.answeredCount': { one: '{number} պատասխանված', other: '{number} պատասխանված' },
  'desk.qa.openTitle': 'Բաց հարցեր՝ ըստ հավանումների',
  'desk.qa.openEmpty': 'Բաց հարցեր չկան։',
  'desk.qa.answeredTitle': 'Պատասխանված',
  'desk.qa.answered': 'Պատասխանված',
  'desk.qa.notAnswered': 'Չպատասխանված',
  'desk.qa.highlight': 'Ընդգծել',
  'desk.qa.onScreen': 'Էկրանին',
  'desk.qa.upvotesOnScreen': '{upvotes} · հիմա էկրանին',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Ընտրված հարցի ստեղներ՝ {a} հաստատել · {h} թաքցնել · {d} պատասխանված · {s} ընդգծել էկրանին · {j} {k} կամ սլաքներ՝ տեղաշարժվել',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Դեռ բառեր չկան։',
  'desk.wordcloud.filtered': 'զտված',
  'desk.wordcloud.hidden': 'թաքցված',
  'desk.wordcloud.hideTitle': 'Թաքցնել դահլիճից',
  'desk.wordcloud.showTitle': 'Նորից ցույց տալ դահլիճին',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}՝ թաքցնել',
  'desk.wordcloud.flaggedWord': '{word}, {count}, զտված որպես անպարկեշտ՝ թաքցնել',
  'desk.wordcloud.hiddenWord': '{word}, {count}, թաքցված՝ նորից ցույց տալ',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, զտված որպես անպարկեշտ, թաքցված՝ նորից ցույց տալ',
  'desk.wordcloud.showAll': {
    one: 'Ցույց տալ բոլոր {count} բառերը',
    other: 'Ցույց տալ բոլոր {count} բառերը',
  },
  'desk.wordcloud.showFewer': 'Ցույց տալ ավելի քիչ բառ',
  'desk.wordcloud.footnote':
    'Սեղմեք բառի վրա՝ այն մասնակիցներից և էկրանից թաքցնելու համար, և նորից՝ վերադարձնելու համար։',
  'desk.wordcloud.footnoteFiltered':
    'Սեղմեք բառի վրա՝ այն մասնակիցներից և էկրանից թաքցնելու համար, և նորից՝ վերադարձնելու համար։ «Զտված»՝ հետ է պահվել անպարկեշտ բառերի զտիչով։',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Չհաջողվեց հաստատել հարցը',
  'desk.failed.hideQuestion': 'Չհաջողվեց թաքցնել հարցը',
  'desk.failed.markAnswered': 'Չհաջողվեց նշել հարցը որպես պատասխանված',
  'desk.failed.highlightQuestion': 'Չհաջողվեց ընդգծել հարցը',
  'desk.failed.unhighlightQuestion': 'Չհաջողվեց հանել հարցը էկրանից',
  'desk.failed.approveAnswer': 'Չհաջողվեց հաստատել պատասխանը',
  'desk.failed.hideAnswer': 'Չհաջողվեց թաքցնել պատասխանը',
  'desk.failed.hideWord': 'Չհաջողվեց թաքցնել բառը',
  'desk.failed.showWord': 'Չհաջողվեց նորից ցույց տալ բառը',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Միացում…',
  'present.status.online': 'Առցանց',
  'present.status.offline': 'Վերամիացում…',
  'present.status.closed': 'Անցանց',
  'present.fullScreen': 'Լիաէկրան',
  'present.badLink': 'Սա ցուցադրման էկրանի հղում չէ',
  'present.badLinkDetail':
    'Էկրանի հղումն ունի այս տեսքը՝ /present/123456։ Խնդրեք միջոցառման հղումը վարողից։',
  'present.noEvent': '{code} կոդով միջոցառում չկա',
  'present.noEventDetail':
    'Ստուգեք հղումը — հնարավոր է՝ միջոցառումը ջնջվել է, կամ կոդը սխալ է մուտքագրված։',
  'present.ended': 'Այս միջոցառումն ավարտվել է',
  'present.endedDetail': 'Շնորհակալություն մասնակցության համար։',
  'present.connecting': 'Միանում ենք {code} միջոցառմանը…',
  'present.opensSoon': 'Քվեարկությունը շուտով կբացվի',
  'present.resultsSoon': 'Արդյունքները շուտով կցուցադրվեն',
  'present.votingClosed': 'Քվեարկությունն ավարտված է',
  'present.noVotes': 'Դեռ ձայներ չկան',
  'present.voters': { one: '{count} քվեարկող', other: '{count} քվեարկող' },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} ներկա', other: '{count} ներկա' },
  'present.turnout': {
    one: '{count} ներկայից {percent}-ը',
    other: '{count} ներկաներից {percent}-ը',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Ինչպես միանալ',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Բացեք',
  'present.withCode': 'և մուտքագրեք կոդը',
  'present.joinAt': 'Բացեք {host}',
  'present.qrAlt': 'QR կոդ, որը բացում է {code} կոդով քվեարկության էջը',
  'present.waiting': 'Առաջին հարցը կհայտնվի այստեղ',
  'present.waitingJoined': {
    one: 'Առաջին հարցը կհայտնվի այստեղ · միացել է {count} մարդ',
    other: 'Առաջին հարցը կհայտնվի այստեղ · միացել է {count} մարդ',
  },
  'present.scan': 'Սկանավորեք՝ միանալու համար',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': '{id} հարցումը հասանելի չէ',
  'present.pin.missingDetail':
    'Այս միջոցառումում այդ համարով հրապարակված հարցում չկա։ Հնարավոր է՝ այն գոյություն չունի, ջնջվել է կամ սևագիր է, որը վարողը դեռ չի բացել։ Այն կհայտնվի այստեղ հենց որ հրապարակվի։',
  'present.pin.invalid': '«{value}» հարցման համար չէ',
  'present.pin.invalidDetail':
    'Մեկ հարցման վրա մնալու համար նշեք դրա համարը հղման մեջ, օրինակ՝ ?poll=3։',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: պատասխաններ, նորերը՝ սկզբում',
  'present.wall.newAnswer': 'Նոր պատասխան՝ {text}',
  'present.wall.newAnswers': {
    one: '{count} նոր պատասխան։ Ամենանորը՝ {text}',
    other: '{count} նոր պատասխան։ Ամենանորը՝ {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Լեզուներ',
  'host.languages.screen': 'Միջոցառման և էկրանի լեզուն',
  'host.languages.screenHint':
    'Ցուցադրման էկրանը կլինի այս լեզվով, իսկ հեռախոսներն ու այս վահանակը՝ իրենց լեզվով։',
  'host.languages.further': 'Թարգմանել հարցումները',
  'host.languages.furtherHint':
    'Յուրաքանչյուր հարցման խմբագրիչը կխնդրի դրա տեքստն այս լեզուներով։ Առանց թարգմանության լեզվով հեռախոսները ցույց կտան բնօրինակը։',
  'host.languages.alternate': 'Հերթափոխել լեզուները էկրանին',
  'host.languages.alternateHint':
    'Էկրանը հերթով ցույց է տալիս յուրաքանչյուր լեզուն՝ {seconds} վայրկյան։',
  'host.failed.changeLanguages': 'Չհաջողվեց փոխել միջոցառման լեզուները',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Վեբհուքեր',
  'host.webhooks.hint':
    'voxpop-ը ստորագրված POST է ուղարկում յուրաքանչյուր հասցեի, երբ հարցումը բացվում կամ փակվում է, կամ միջոցառումը ջնջվում է։',
  'host.webhooks.loading': 'Վեբհուքները բեռնվում են…',
  'host.webhooks.loadFailed': 'Չհաջողվեց բեռնել վեբհուքները, շուտով կփորձենք նորից։',
  'host.webhooks.empty': 'Վեբհուքներ դեռ չկան։',
  'host.webhooks.list': 'Միջոցառման վեբհուքները',
  'host.webhooks.events': 'Իրադարձություններ',
  'host.webhooks.pollOpened': 'Հարցումը բացվեց',
  'host.webhooks.pollClosed': 'Հարցումը փակվեց',
  'host.webhooks.eventDeleted': 'Միջոցառումը ջնջվեց',
  'host.webhooks.none': 'Առաքումներ դեռ չեն եղել',
  'host.webhooks.sending': 'Ուղարկվում է…',
  'host.webhooks.delivered': 'Առաքված է',
  'host.webhooks.failed': 'Ձախողվեց',
  'host.webhooks.failedBecause': 'Ձախողվեց՝ {error}',
  'host.webhooks.retrying': {
    one: 'նոր փորձ ({count} սպասման մեջ)',
    other: 'նոր փորձ ({count} սպասման մեջ)',
  },
  'host.webhooks.pending': { one: 'ևս {count} ուղարկելու', other: 'ևս {count} ուղարկելու' },
  'host.webhooks.justNow': 'հենց նոր',
  'host.webhooks.remove': 'Հեռացնել',
  'host.webhooks.removeLabel': 'Հեռացնել {url} վեբհուքը',
  'host.webhooks.removeTitle': 'Հեռացնե՞լ այս վեբհուքը',
  'host.webhooks.removeText':
    'voxpop-ն այլևս չի ուղարկի այս հասցեին, իսկ դեռ սպասող առաքումները կչեղարկվեն։',
  'host.webhooks.removeConfirm': 'Հեռացնել վեբհուքը',
  'host.webhooks.add': 'Ավելացնել վեբհուք',
  'host.webhooks.adding': 'Ավելացվում է…',
  'host.webhooks.url': 'Հասցե (URL)',
  'host.webhooks.sendOn': 'Ուղարկել, երբ',
  'host.webhooks.needUrl': 'Մուտքագրեք այն հասցեն, որին պետք է ուղարկել։',
  'host.webhooks.needEvent': 'Ընտրեք առնվազն մեկ իրադարձություն։',
  'host.webhooks.secret': 'Ստորագրության գաղտնիքը՝ {url}',
  'host.webhooks.secretHint':
    'Ցուցադրվում է միայն մեկ անգամ․ դրանով ստուգեք առաքումները (X-Voxpop-Signature: մարմնի HMAC-SHA256)։',
  'host.webhooks.copySecret': 'Պատճենել ստորագրության գաղտնիքը',
  'host.webhooks.secretCopied': 'Ստորագրության գաղտնիքը պատճենվեց',
  'host.webhooks.secretCopyFailed': 'Չհաջողվեց պատճենել — ընտրեք գաղտնիքը և պատճենեք',
  'host.webhooks.done': 'Պատրաստ է',
  'host.failed.addWebhook': 'Չհաջողվեց ավելացնել վեբհուքը',
  'host.failed.removeWebhook': 'Չհաջողվեց հեռացնել վեբհուքը',

  // The poll editor's translations
  'host.translations.title': 'Թարգմանություններ',
  'host.translations.hint':
    'Թողեք տարբերակը դատարկ՝ բնօրինակը ցույց տալու համար։ Մասնակիցների սեփական բառերը երբեք չեն թարգմանվում։',
  'host.translations.noLanguages':
    'Այս հարցումը թարգմանելու համար ընտրեք լեզուներ «Լեզուներ» բաժնում։',
  'host.translations.translated': 'թարգմանված',
  'host.translations.notTranslated': 'թարգմանված չէ',
  'host.translations.question': 'Հարց',
  'host.translations.option': 'Տարբերակ {number}՝ {original}',
  'host.translations.scaleMin': 'Ամենացածր արժեքի բառը',
  'host.translations.scaleMax': 'Ամենաբարձր արժեքի բառը',
  'host.translations.needQuestion': 'Թարգմանեք նաև հարցը կամ մաքրեք այս լեզուն։',
  'host.translations.questionTooLong': 'Թարգմանված հարցը {limit} նիշից երկար է։',
  'host.translations.optionTooLong': 'Թարգմանված տարբերակը {limit} նիշից երկար է։',
  'host.translations.scaleTooLong': 'Սանդղակի թարգմանված բառը {limit} նիշից երկար է։',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} նիշ — տարբերակը կարող է ունենալ առավելագույնը {max}։',
    other: '{count} նիշ — տարբերակը կարող է ունենալ առավելագույնը {max}։',
  },
  'editor.tooFewOptions': {
    one: 'Նշեք առնվազն {count} տարբերակ։',
    other: 'Նշեք առնվազն {count} տարբերակ։',
  },
  'editor.tooManyOptions': {
    one: 'Հարցումը կարող է ունենալ առավելագույնը {count} տարբերակ։',
    other: 'Հարցումը կարող է ունենալ առավելագույնը {count} տարբերակ։',
  },
  'editor.duplicateOption': '«{option}» տարբերակը կրկնվում է — տարբերակները պետք է տարբեր լինեն։',
} satisfies StaffCatalogue;

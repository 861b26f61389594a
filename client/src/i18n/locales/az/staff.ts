/** Azerbaijani: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Aparıcı — voxpop',
  'host.homeLink': 'voxpop ana səhifəsi',
  'host.role': 'Aparıcı paneli',
  'host.attendeesConnected': {
    one: '{number} iştirakçı qoşulub',
    other: '{number} iştirakçı qoşulub',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} iştirakçı', other: '{count} iştirakçı' },
  'host.status.online': 'Canlı',
  'host.status.connecting': 'Qoşulur…',
  'host.status.offline': 'Yenidən qoşulur…',
  'host.status.closed': 'Bağlantı kəsildi',
  'host.connecting': 'Tədbirinizə qoşulur…',
  'host.offlineBanner':
    'Bağlantı itdi — yenidən qoşulur… Bağlantı bərpa olunana qədər canlı saylar və iştirak dayanır.',
  'host.cancel': 'Ləğv edin',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Tədbir kodu {code}',
  'host.pollCount': { one: '{count} sorğu', other: '{count} sorğu' },
  'host.openCount': { one: '{count} səsverməyə açıqdır', other: '{count} səsverməyə açıqdır' },
  'host.polls': 'Sorğular',
  'host.newPoll': 'Yeni sorğu',
  'host.noPolls': 'Hələ sorğu yoxdur',
  'host.noPollsText':
    'İlk sualınızı yazın. Onu açana və ya ekrana çıxarana qədər bu, yalnız sizin gördüyünüz qaralamadır; iştirakçılar açıq və ekranda olan sorğuya səs verir.',
  'host.createPoll': 'Sorğu yaradın',

  // The host console: renaming the event
  'host.title.rename': 'Tədbirin adını dəyişin',
  'host.title.label': 'Tədbirin adı',
  'host.title.save': 'Saxlayın',
  'host.title.empty': 'Tədbirin adı olmalıdır.',
  'host.title.tooLong': {
    one: 'Ad {count} simvoldur; limit {limit} simvoldur.',
    other: 'Ad {count} simvoldur; limit {limit} simvoldur.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Bu linki saxlayın — bu tədbiri idarə etməyə qayıtmağın yeganə yolu budur.',
  'host.keyNotice.text':
    'Hesablar yoxdur: bu səhifənin linki olan hər kəs tədbiri idarə edə bilər, link itsə isə onu bərpa etmək olmaz. Onu əlfəcinlərə əlavə edin və ya parol menecerində saxlayın.',
  'host.keyNotice.saved': 'Saxladım',
  'host.copyHostLink': 'Aparıcı linkini kopyalayın',

  // The host console: a poll's card
  'host.card.number': 'Sorğu {number}',
  'host.card.draft': 'Qaralama',
  'host.card.open': 'Açıq',
  'host.card.closed': 'Bağlı',
  'host.card.onScreen': 'Ekranda',
  'host.card.resultsHidden': 'Nəticələr gizlidir',
  'host.card.edit': 'Redaktə edin',
  'host.card.duplicate': 'Surət çıxarın',
  'host.card.downloadImage': 'Şəkli yüklə',
  'host.card.downloadImageTitle': 'Nəticələri slaydlar üçün şəkil (PNG) kimi yüklə',
  'host.card.reset': 'Sıfırlayın',
  'host.card.resetTitle': 'Səsləri sıfırlayın',
  'host.card.delete': 'Silin',
  'host.card.deleteTitle': 'Sorğunu silin',
  'host.card.hintNotOpen':
    'Ekrandadır, amma səsvermə hələ açılmayıb: iştirakçılar sualı görür və gözləyir.',
  'host.card.hintNotOnScreen':
    'Açıqdır, amma ekranda deyil: iştirakçılar yalnız ekrandakı sorğunu görür.',
  'host.card.hintClosed': 'Səsvermə bağlanıb: iştirakçılara və ekranda yekun nəticələr göstərilir.',
  'host.card.hintClosedHidden':
    'Səsvermə bağlanıb, nəticələr gizlidir: iştirakçılara və ekranda heç bir rəqəm göstərilmir.',
  'host.card.openVoting': 'Səsverməni açın',
  'host.card.closeVoting': 'Səsverməni bağlayın',
  'host.card.reopenVoting': 'Səsverməni yenidən açın',
  'host.card.putOnScreen': 'Ekrana çıxarın',
  'host.card.takeOffScreen': 'Ekrandan götürün',
  'host.card.showResults': 'Nəticələri göstərin',
  'host.card.hideResults': 'Nəticələri gizlədin',
  'host.card.voters': { one: '{number} nəfər səs verib', other: '{number} nəfər səs verib' },

  // The host console: the poll editor
  'host.editor.newTitle': 'Yeni sorğu',
  'host.editor.editTitle': 'Sorğunu redaktə edin',
  'host.editor.close': 'Bağlayın',
  'host.editor.question': 'Sual',
  'host.editor.questionPlaceholder': 'Nə soruşmaq istəyirsiniz?',
  'host.editor.questionEmpty': 'İştirakçıların cavab verəcəyi sualı yazın.',
  'host.editor.questionTooLong': {
    one: 'Sual {count} simvoldur; limit {limit} simvoldur.',
    other: 'Sual {count} simvoldur; limit {limit} simvoldur.',
  },
  'host.editor.kind': 'İştirakçılar necə cavab verir',
  'host.editor.kindFixed': 'Sorğunun növü yaradıldıqdan sonra dəyişmir.',
  'host.editor.allowChange': 'İştirakçılar səsini dəyişə bilər',
  'host.editor.allowChangeHint': 'Sorğu açıq olduğu müddətdə. Söndürülübsə, ilk səs qətidir.',
  'host.editor.fixToCreate': 'Sorğunu yaratmaq üçün işarələnmiş sahələri düzəldin.',
  'host.editor.fixToSave': 'Sorğunu saxlamaq üçün işarələnmiş sahələri düzəldin.',
  'host.editor.create': 'Sorğu yaradın',
  'host.editor.save': 'Dəyişiklikləri saxlayın',
  'host.editor.saving': 'Saxlanılır…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Təsdiqləmək üçün {phrase} yazın',
  'host.confirm.working': 'İcra olunur…',
  'host.resetPoll.title': 'Bu sorğu sıfırlansın?',
  'host.resetPoll.confirm': 'Səsləri sıfırlayın',
  'host.resetPoll.text': {
    one: 'Sorğunun {count} səsi silinəcək və hər iştirakçı yenidən səs verə biləcək. Sualı, variantları və vəziyyəti qalır.',
    other:
      'Sorğunun {count} səsi silinəcək və hər iştirakçı yenidən səs verə biləcək. Sualı, variantları və vəziyyəti qalır.',
  },
  'host.deletePoll.title': 'Bu sorğu silinsin?',
  'host.deletePoll.confirm': 'Sorğunu silin',
  'host.deletePoll.text': {
    one: 'Sorğu və onun {count} səsi həmişəlik silinəcək.',
    other: 'Sorğu və onun {count} səsi həmişəlik silinəcək.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Sorğu və onun {count} səsi həmişəlik silinəcək, sorğu təqdimat ekranından da götürüləcək.',
    other:
      'Sorğu və onun {count} səsi həmişəlik silinəcək, sorğu təqdimat ekranından da götürüləcək.',
  },
  'host.deleteEvent.title': 'Bu tədbir silinsin?',
  'host.deleteEvent.confirm': 'Tədbiri silin',
  'host.deleteEvent.text':
    'Onun bütün sorğuları, səsləri və iştirakçıları həmişəlik silinəcək. Telefonlara və təqdimat ekranına tədbirin bitdiyi bildiriləcək. Bunu geri qaytarmaq olmaz; səslər lazımdırsa, əvvəlcə CSV ixrac edin.',
  'host.newRound.title': 'Yeni raund başlansın?',
  'host.newRound.confirm': 'Xalları sıfırlayın',
  'host.newRound.text': {
    one: '{count} viktorina sualı qaralamaya qayıdacaq, onun cavabları silinəcək və liderlər cədvəlindəki bütün xallar sıfırlanacaq. Bunu geri qaytarmaq olmaz.',
    other:
      'Bütün {count} viktorina sualı qaralamaya qayıdacaq, onların cavabları silinəcək və liderlər cədvəlindəki bütün xallar sıfırlanacaq. Bunu geri qaytarmaq olmaz.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Bağlayın',
  'host.toast.pollCreated': 'Sorğu yaradıldı — hazır olanda onu açın',
  'host.toast.pollDuplicated': 'Sorğunun surəti siyahının sonuna yeni qaralama kimi əlavə edildi',
  'host.toast.votesCleared': 'Səslər silindi',
  'host.toast.pollDeleted': 'Sorğu silindi',
  'host.toast.newRound': 'Yeni raund: viktorinanın bütün sualları sıfırlandı, xallar sıfırdır',
  'host.toast.csvDownloaded': 'CSV endirildi',
  'host.toast.imageDownloaded': 'Nəticələrin şəkli yükləndi',
  'host.copy.hostLinkDone': 'Aparıcı linki kopyalandı',
  'host.copy.hostLinkFailed': 'Kopyalamaq alınmadı — aparıcı linkini seçib kopyalayın',
  'host.copy.joinLinkDone': 'Qoşulma linki kopyalandı',
  'host.copy.joinLinkFailed': 'Kopyalamaq alınmadı — qoşulma linkini seçib kopyalayın',
  'host.copy.presenterLinkDone': 'Təqdimat linki kopyalandı',
  'host.copy.presenterLinkFailed': 'Kopyalamaq alınmadı — təqdimat linkini seçib kopyalayın',
  'host.copy.qrDone': 'QR kod şəkil kimi kopyalandı',
  'host.copy.qrFailed': 'Bu brauzer şəkilləri kopyalaya bilmir — əvəzinə «Endirin» seçin',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Sorğunu açmaq mümkün olmadı',
  'host.failed.closePoll': 'Sorğunu bağlamaq mümkün olmadı',
  'host.failed.changeScreen': 'Ekrandakını dəyişmək mümkün olmadı',
  'host.failed.showResults': 'Nəticələri göstərmək mümkün olmadı',
  'host.failed.hideResults': 'Nəticələri gizlətmək mümkün olmadı',
  'host.failed.createPoll': 'Sorğu yaratmaq mümkün olmadı',
  'host.failed.duplicatePoll': 'Sorğunun surətini çıxarmaq mümkün olmadı',
  'host.failed.savePoll': 'Sorğunu saxlamaq mümkün olmadı',
  'host.failed.resetPoll': 'Sorğunu sıfırlamaq mümkün olmadı',
  'host.failed.deletePoll': 'Sorğunu silmək mümkün olmadı',
  'host.failed.renameEvent': 'Tədbirin adını dəyişmək mümkün olmadı',
  'host.failed.changeScreenSetting': 'Ekran ayarını dəyişmək mümkün olmadı',
  'host.failed.showLeaderboard': 'Liderlər cədvəlini göstərmək mümkün olmadı',
  'host.failed.hideLeaderboard': 'Liderlər cədvəlini gizlətmək mümkün olmadı',
  'host.failed.newRound': 'Yeni raund başlatmaq mümkün olmadı',
  'host.failed.exportVotes': 'Səsləri ixrac etmək mümkün olmadı',
  'host.failed.downloadImage': 'Nəticələrin şəklini yükləmək mümkün olmadı',
  'host.failed.deleteEvent': 'Tədbiri silmək mümkün olmadı',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'İlk səsdən sonra variantları redaktə etmək olmaz — əvvəlcə sorğunu sıfırlayın.',
  'host.error.invalid_state':
    'Bu səhifə sonuncu dəfə yenilənəndən bəri sorğunun vəziyyəti dəyişib. Yenə cəhd edin.',
  'host.error.poll_not_found': 'Bu sorğu artıq mövcud deyil — bəlkə başqa tabda silinib.',
  'host.error.event_not_found': 'Bu tədbir artıq mövcud deyil.',
  'host.error.unauthorized':
    'Bu əməliyyat üçün aparıcı açarı lazımdır. Tam aparıcı linkini yenidən açın.',
  'host.error.forbidden': 'Bu linkdəki aparıcı açarı artıq bu tədbir üçün etibarlı deyil.',
  'host.error.rate_limited': 'Eyni anda çox dəyişiklik — bir az gözləyib yenə cəhd edin.',
  'host.error.payload_too_large': 'Bir sorğu üçün mətn çox uzundur.',
  'host.error.network_error':
    'voxpop serveri ilə əlaqə yoxdur. Bağlantınızı yoxlayıb yenə cəhd edin.',
  'host.error.export_failed': 'İxrac alınmadı. Bir azdan yenə cəhd edin.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Yenə cəhd edin.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Bu aparıcı linki {code} tədbiri üçün etibarsızdır — linki tam kopyaladığınızı yoxlayın',
  'host.problem.wrongKeyText':
    '#key= hissəsindən sonrakı hissə bu tədbirə uyğun gəlmir. Aparıcı linkini tədbiri yaradarkən saxladığınız kimi açın.',
  'host.problem.missingKey':
    'Bu aparıcı linki {code} tədbiri üçün natamamdır — linki tam kopyaladığınızı yoxlayın',
  'host.problem.missingKeyText':
    'Aparıcı linki #key= və ardınca gələn uzun gizli açarla bitir. Onsuz bu səhifə tədbiri idarə edə bilməz. İştirakçılar isə tədbir linki ilə qoşulur.',
  'host.problem.noEvent': '{code} tədbiri yoxdur',
  'host.problem.noEventText': 'Linkdəki altı rəqəmi yoxlayın. Tədbir silinmiş də ola bilər.',
  'host.problem.deleted': 'Bu tədbir silinib',
  'host.problem.deletedText':
    'Onun sorğuları, səsləri və iştirakçıları silinib. İştirakçılara və təqdimat ekranına bildirilib.',
  'host.problem.unreachable': 'voxpop serveri ilə əlaqə yoxdur',
  'host.problem.unreachableText': 'Bağlantınızı yoxlayın, sonra bu səhifəni yeniləyin.',
  'host.problem.badLink': 'Bu, aparıcı linki deyil',
  'host.problem.badLinkText':
    'Aparıcı linki /host/123456#key=… kimi görünür — linki tam kopyaladığınızı yoxlayın.',
  'host.problem.newEvent': 'Yeni tədbir yaradın',
  'host.problem.home': 'voxpop ana səhifəsinə keçin',

  // The host console: the side panel
  'host.side.label': 'Paylaşma və tədbir ayarları',
  'host.side.invite': 'İştirakçıları dəvət edin',
  /** Above the event code, in big digits. */
  'host.side.goTo': '{host} ünvanına keçin və bu kodu daxil edin',
  'host.side.qrAlt': '{code} tədbirinin qoşulma linkini açan QR kod',
  'host.side.copy': 'Kopyalayın',
  'host.side.joinLink': 'Qoşulma linki',
  'host.side.copyJoinLink': 'Qoşulma linkini kopyalayın',
  'host.side.qrCode': 'QR kod',
  'host.side.copyQr': 'QR kodu şəkil kimi kopyalayın',
  'host.side.open': 'Açın',
  'host.side.openQr': 'QR kodu yeni tabda açın',
  'host.side.download': 'Endirin',
  'host.side.downloadQr': 'QR kodu endirin',
  'host.side.screen': 'Təqdimat ekranı',
  'host.side.screenHint': 'Proyektor və ya yayım üçün. Ekrana çıxardığınız sorğunu özü izləyir.',
  'host.side.presenterLink': 'Təqdimat linki',
  'host.side.copyPresenterLink': 'Təqdimat linkini kopyalayın',
  'host.side.openScreen': 'Təqdimat ekranını açın',
  'host.side.showStats': 'Ekranda xəta payını göstərin',
  'host.side.showStatsHint': 'Nəticələrin altına «±N faiz bəndi» (95% etibarlılıq) əlavə edir.',
  'host.side.data': 'Nəticələr və giriş',
  'host.side.export': 'CSV ixrac edin',
  'host.side.exporting': 'Hazırlanır…',
  'host.side.exportHint': 'Bütün cari səslər, hər biri ayrı sətirdə, cədvəl proqramı üçün.',
  'host.side.hostLinkHint': 'Şəxsidir: kimdə olsa, bu tədbiri idarə edə bilər.',
  'host.side.danger': 'Təhlükəli zona',
  'host.side.dangerHint':
    'Tədbiri silmək onun sorğularını, səslərini və iştirakçılarını həmişəlik silir.',
  'host.side.deleteEvent': 'Tədbiri silin',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Viktorinanın liderlər cədvəli',
  'leaderboard.title': 'Liderlər cədvəli',
  'leaderboard.loading': 'Xallar yüklənir…',
  'leaderboard.failed': 'Xalları yükləmək mümkün olmadı.',
  'leaderboard.panelEmpty': 'Hələ xal yoxdur: viktorina sualları bağlandıqca toplanacaq.',
  'leaderboard.screenEmpty': 'Hələ xal yoxdur: cədvələ düşmək üçün viktorina sualına cavab verin.',
  'leaderboard.topScores': 'Ən yüksək xallar',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'İlk üçlük',
  'leaderboard.rest': '4-cü və sonrakı yerlər',
  'leaderboard.putOn': 'Liderlər cədvəlini ekrana çıxarın',
  'leaderboard.takeOff': 'Liderlər cədvəlini ekrandan götürün',
  'leaderboard.offScreenHint': 'Təqdimat ekranında sorğunun yerinə göstərilir.',
  'leaderboard.onScreenHint':
    'Təqdimat ekranında liderlər cədvəli göstərilir. Sorğunu ekrana çıxarsanız, cədvəl götürüləcək.',
  'leaderboard.newRound': 'Yeni raund',
  'leaderboard.newRoundHint': {
    one: '{count} viktorina sualını sıfırlayır: cavablar və xallar yenidən sıfırdan başlayır.',
    other:
      'Bütün {count} viktorina sualını sıfırlayır: cavablar və xallar yenidən sıfırdan başlayır.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Moderasiya',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'əvvəlcə təsdiq',
  'editor.moderation.post': 'dərhal göstərilir',
  'editor.options.legend': 'Variantlar',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} / {max}',
  'editor.options.locked':
    'İlk səsdən sonra variantları redaktə etmək olmaz — əvvəlcə sorğunu sıfırlayın.',
  'editor.options.option': 'Variant {number}',
  'editor.options.remove': 'Variant {number}: silin',
  'editor.options.add': 'Variant əlavə edin',
  'editor.options.full': {
    one: 'Sorğuda ən çoxu {count} variant ola bilər.',
    other: 'Sorğuda ən çoxu {count} variant ola bilər.',
  },
  'editor.options.enterHint': 'Növbəti variantı əlavə etmək üçün variantda Enter basın.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Bir variant',
  'editor.single.hint': 'Tək seçim',
  'editor.single.label': 'Tək seçim',
  'editor.multiple.title': 'Bir neçə variant',
  'editor.multiple.hint': 'Çoxlu seçim',
  'editor.multiple.label': 'Çoxlu seçim',
  'editor.multiple.labelUpTo': 'Çoxlu seçim · ən çoxu {max}',
  'editor.multiple.footnote': 'Səs verənlərin faizi; bir nəfər bir neçə variant seçə bilər.',
  'editor.choice.maxChoices': 'Hər iştirakçı seçə bilər',
  'editor.choice.anyNumber': 'İstənilən sayda variant',
  'editor.choice.upTo': { one: 'Ən çoxu {count} variant', other: 'Ən çoxu {count} variant' },
  'editor.choice.tooMany': {
    one: 'İştirakçılar {count} variantdan {max} variant seçə bilməz.',
    other: 'İştirakçılar {count} variantdan {max} variant seçə bilməz.',
  },

  // The editor: rating
  'editor.rating.title': 'Qiymət',
  'editor.rating.hint': 'Qiymət şkalası',
  'editor.rating.label': 'Qiymət · 1–{max}',
  'editor.rating.scale': 'Şkala',
  'editor.rating.size': '1–{max}',
  'editor.rating.sizeStars': '1–{max} (ulduz)',
  'editor.rating.locked': 'İlk cavabdan sonra şkala dəyişmir — əvvəlcə sorğunu sıfırlayın.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': '{value} üçün söz (istəyə görə)',
  'editor.rating.lowExample': 'məs. Heç də yox',
  'editor.rating.highExample': 'məs. Tamamilə',
  'editor.rating.wordTooLong': {
    one: '{count} simvol; şkala sözü ən çoxu {limit} simvol ola bilər.',
    other: '{count} simvol; şkala sözü ən çoxu {limit} simvol ola bilər.',
  },
  'editor.rating.sizeProblem': 'Şkala 1-dən başlayır və {min}–{max} arasında bitir.',
  'editor.rating.summary': 'Orta {average} / {max} · median {median}',

  // The editor: ranking
  'editor.ranking.title': 'Sıra',
  'editor.ranking.hint': 'Sıralama',
  'editor.ranking.label': {
    one: 'Sıralama · {count} variant',
    other: 'Sıralama · {count} variant',
  },
  'editor.ranking.footnote': {
    one: 'Borda üsulu: birinci yer {count} xal qazanır, hər növbəti yer bir xal az.',
    other: 'Borda üsulu: birinci yer {count} xal qazanır, hər növbəti yer bir xal az.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Bir neçə söz',
  'editor.wordcloud.hint': 'Söz buludu',
  'editor.wordcloud.labelOne': 'Söz buludu · 1 söz',
  'editor.wordcloud.labelUpTo': {
    one: 'Söz buludu · ən çoxu {count} söz',
    other: 'Söz buludu · ən çoxu {count} söz',
  },
  'editor.wordcloud.count': 'Hər iştirakçı yazır',
  'editor.wordcloud.one': 'Bir söz',
  'editor.wordcloud.upTo': { one: 'Ən çoxu {count} söz', other: 'Ən çoxu {count} söz' },
  'editor.wordcloud.locked':
    'Söz sayını yalnız ilk cavabdan əvvəl azaltmaq olar — əvvəlcə sorğunu sıfırlayın.',
  'editor.wordcloud.countProblem': 'Hər iştirakçı {min}–{max} söz yazır.',
  'editor.wordcloud.filter': 'Nalayiq sözləri filtrləyin',
  'editor.wordcloud.filterHint':
    'Filtrin tutduğu sözlər işarələnmiş halda yalnız sizə çatır; iştirakçılar və ekran onları heç vaxt görmür.',

  // The editor: open text
  'editor.text.title': 'Yazılı cavab',
  'editor.text.hint': 'Açıq cavab',
  'editor.text.label': 'Açıq cavab · {moderation}',
  'editor.text.maxLength': 'Ən uzun cavab (simvol)',
  'editor.text.maxLengthHint': '{min}–{max}; {default} simvol bir neçə cümlədir.',
  'editor.text.maxLengthLocked':
    'Sorğuda cavablar var: limiti artırmaq olar, azaltmaq yox (əvvəlcə sorğunu sıfırlayın).',
  'editor.text.maxLengthProblem': 'Simvol sayını {min}–{max} arasında tam ədədlə yazın.',
  'editor.text.postTitle': 'Cavabları dərhal göstərin (gizlədə bilərsiniz)',
  'editor.text.postHint': 'Hər cavab gələn kimi divara çıxır.',
  'editor.text.preTitle': 'Hər cavabı əvvəlcə təsdiqləyin',
  'editor.text.preHint': 'Siz təsdiqləməyincə heç nə divara çıxmır.',

  // The editor: audience Q&A
  'editor.qa.title': 'Sual və bəyənmə',
  'editor.qa.hint': 'Sual-cavab',
  'editor.qa.label': 'Sual-cavab · {moderation}',
  'editor.qa.postTitle': 'Sualları dərhal göstərin (gizlədə bilərsiniz)',
  'editor.qa.postHint': 'Hər sual verilən kimi siyahıya düşür.',
  'editor.qa.preTitle': 'Hər sualı əvvəlcə təsdiqləyin',
  'editor.qa.preHint': 'Siz təsdiqləməyincə heç nə siyahıya düşmür.',

  // The editor: quiz
  'editor.quiz.title': 'Viktorina',
  'editor.quiz.hint': 'Vaxtla, xalla',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Viktorina · {time} · {points} xal',
  'editor.quiz.correct': 'Düzgün',
  'editor.quiz.correctOption': 'Düzgün: variant {number}',
  'editor.quiz.noCorrect': 'Ən azı bir variantı düzgün kimi işarələyin.',
  'editor.quiz.time': 'Cavab vaxtı',
  'editor.quiz.timeProblem': 'Vaxt limiti {min}–{max} saniyədir.',
  'editor.quiz.points': 'Düzgün cavab üçün xal',
  'editor.quiz.pointsHint':
    'Dərhal cavab verənə tam xal, son saniyədə yarısı. Səhv cavab 0 xal qazandırır.',
  'editor.quiz.pointsNotWhole': 'Xalı {min}–{max} arasında tam ədədlə yazın.',
  'editor.quiz.pointsRange': 'Xal {min}–{max} arasında olmalıdır.',
  'editor.quiz.locked':
    'Artıq cavab verənlər var: sualı sıfırlayana qədər variantlar, düzgün cavab, vaxt və xallar dəyişmir.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (düzgün)',
  'editor.quiz.footnote': 'Vaxt bitənə qədər sayları və düzgün cavabı yalnız siz görürsünüz.',
  'editor.quiz.answered': { one: '{count} nəfər cavab verib', other: '{count} nəfər cavab verib' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} gözləyir', other: '{number} gözləyir' },
  'desk.hiddenCount': { one: '{number} gizli', other: '{number} gizli' },
  'desk.queue': 'Təsdiq gözləyənlər',
  'desk.queueEmpty': 'Gözləyən yoxdur.',
  'desk.hiddenTitle': 'Gizlədilənlər ({count})',
  'desk.approve': 'Təsdiqləyin',
  'desk.hide': 'Gizlədin',
  'desk.showAgain': 'Yenidən göstərin',
  'desk.showAll': { one: 'Hamısını göstərin ({count})', other: 'Hamısını göstərin ({count})' },
  'desk.showFewer': 'Daha az göstərin',
  'desk.text.shown': { one: '{number} göstərilir', other: '{number} göstərilir' },
  'desk.text.wall': 'Divarda',
  'desk.text.wallEmpty': 'Divarda hələ cavab yoxdur.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Seçilmiş cavabda düymələr: {a} təsdiqlə · {h} gizlət · {j} {k} və ya oxlar — keçid',
  'desk.qa.open': { one: '{number} açıq', other: '{number} açıq' },
  'desk.qa.answeredCount': {
    one: '{number} cavablandırılıb',
    other: '{number} cavablandırılıb',
  },
  'desk.qa.openTitle': 'Açıq suallar, ən çox bəyənilənlər əvvəldə',
  'desk.qa.openEmpty': 'Açıq sual yoxdur.',
  'desk.qa.answeredTitle': 'Cavablandırılanlar',
  'desk.qa.answered': 'Cavablandırılıb',
  'desk.qa.notAnswered': 'Cavablandırılmayıb',
  'desk.qa.highlight': 'Önə çıxarın',
  'desk.qa.onScreen': 'Ekranda',
  'desk.qa.upvotesOnScreen': '{upvotes} · indi ekranda',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Seçilmiş sualda düymələr: {a} təsdiqlə · {h} gizlət · {d} cavablandırıldı · {s} ekranda önə çıxar · {j} {k} və ya oxlar — keçid',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Hələ söz yoxdur.',
  'desk.wordcloud.filtered': 'filtrlənib',
  'desk.wordcloud.hidden': 'gizli',
  'desk.wordcloud.hideTitle': 'Zaldan gizlədin',
  'desk.wordcloud.showTitle': 'Zala yenidən göstərin',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: gizlət',
  'desk.wordcloud.flaggedWord': '{word}, {count}, nalayiq söz kimi filtrlənib: gizlət',
  'desk.wordcloud.hiddenWord': '{word}, {count}, gizli: yenidən göstər',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, nalayiq söz kimi filtrlənib, gizli: yenidən göstər',
  'desk.wordcloud.showAll': {
    one: 'Bütün {count} sözü göstərin',
    other: 'Bütün {count} sözü göstərin',
  },
  'desk.wordcloud.showFewer': 'Daha az söz göstərin',
  'desk.wordcloud.footnote':
    'Sözü iştirakçılardan və ekrandan gizlətmək üçün üzərinə klikləyin, yenidən göstərmək üçün bir də klikləyin.',
  'desk.wordcloud.footnoteFiltered':
    'Sözü iştirakçılardan və ekrandan gizlətmək üçün üzərinə klikləyin, yenidən göstərmək üçün bir də klikləyin. «Filtrlənib»: nalayiq söz filtri tərəfindən saxlanılıb.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Sualı təsdiqləmək mümkün olmadı',
  'desk.failed.hideQuestion': 'Sualı gizlətmək mümkün olmadı',
  'desk.failed.markAnswered': 'Sualı cavablandırılmış kimi qeyd etmək mümkün olmadı',
  'desk.failed.highlightQuestion': 'Sualı önə çıxarmaq mümkün olmadı',
  'desk.failed.unhighlightQuestion': 'Sualı ekrandan götürmək mümkün olmadı',
  'desk.failed.approveAnswer': 'Cavabı təsdiqləmək mümkün olmadı',
  'desk.failed.hideAnswer': 'Cavabı gizlətmək mümkün olmadı',
  'desk.failed.hideWord': 'Sözü gizlətmək mümkün olmadı',
  'desk.failed.showWord': 'Sözü yenidən göstərmək mümkün olmadı',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Qoşulur…',
  'present.status.online': 'Canlı',
  'present.status.offline': 'Yenidən qoşulur…',
  'present.status.closed': 'Oflayn',
  'present.fullScreen': 'Tam ekran',
  'present.badLink': 'Bu, təqdimat linki deyil',
  'present.badLinkDetail':
    'Təqdimat linki /present/123456 kimi görünür. Tədbirin linkini aparıcıdan istəyin.',
  'present.noEvent': '{code} kodlu tədbir yoxdur',
  'present.noEventDetail': 'Linki yoxlayın: tədbir silinmiş və ya kod səhv yazılmış ola bilər.',
  'present.ended': 'Bu tədbir başa çatıb',
  'present.endedDetail': 'İştirakınız üçün təşəkkür edirik.',
  'present.connecting': 'Tədbirə qoşulur: {code}…',
  'present.opensSoon': 'Səsvermə tezliklə açılır',
  'present.resultsSoon': 'Nəticələr tezliklə göstəriləcək',
  'present.votingClosed': 'Səsvermə bağlanıb',
  'present.noVotes': 'Hələ səs yoxdur',
  'present.voters': { one: '{count} nəfər səs verib', other: '{count} nəfər səs verib' },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} iştirakçı', other: '{count} iştirakçı' },
  'present.turnout': {
    one: '{percent} ({count} iştirakçıdan)',
    other: '{percent} ({count} iştirakçıdan)',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Necə qoşulmalı',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Qoşulmaq üçün',
  'present.withCode': 'kodu daxil edin',
  'present.joinAt': '{host} ünvanında qoşulun',
  'present.qrAlt': '{code} kodu üçün səsvermə səhifəsini açan QR kod',
  'present.waiting': 'İlk sual burada görünəcək',
  'present.waitingJoined': {
    one: 'İlk sual burada görünəcək · {count} nəfər qoşulub',
    other: 'İlk sual burada görünəcək · {count} nəfər qoşulub',
  },
  'present.scan': 'Qoşulmaq üçün skan edin',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': '{id} nömrəli sorğu mövcud deyil',
  'present.pin.missingDetail':
    'Bu tədbirdə həmin nömrə ilə hamıya görünən sorğu yoxdur: o, mövcud olmaya, silinmiş ola və ya aparıcının hələ açmadığı qaralama ola bilər. Dərc olunan kimi burada görünəcək.',
  'present.pin.invalid': '«{value}» sorğu nömrəsi deyil',
  'present.pin.invalidDetail':
    'Bir sorğuda qalmaq üçün onun nömrəsini linkə yazın, məsələn, ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: cavablar, ən yeniləri əvvəldə',
  'present.wall.newAnswer': 'Yeni cavab: {text}',
  'present.wall.newAnswers': {
    one: '{count} yeni cavab. Ən yenisi: {text}',
    other: '{count} yeni cavab. Ən yenisi: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Dillər',
  'host.languages.screen': 'Tədbirin və ekranın dili',
  'host.languages.screenHint':
    'Təqdimat ekranı bu dildədir; hər telefon və bu panel öz dilindədir.',
  'host.languages.further': 'Sorğuları bu dillərə tərcümə edin',
  'host.languages.furtherHint':
    'Sonra hər sorğunun redaktoru mətni bu dillərdə də istəyəcək. Tərcüməsi olmayan dildəki telefonlar orijinalı göstərir.',
  'host.languages.alternate': 'Ekranda dilləri növbələşdirin',
  'host.languages.alternateHint': 'Ekran hər dili növbə ilə, hərəsini {seconds} saniyə göstərir.',
  'host.failed.changeLanguages': 'Tədbirin dillərini dəyişmək mümkün olmadı',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Vebhuklar',
  'host.webhooks.hint':
    'Sorğu açılanda və ya bağlananda, yaxud tədbir silinəndə voxpop hər ünvana imzalı POST göndərir.',
  'host.webhooks.loading': 'Vebhuklar yüklənir…',
  'host.webhooks.loadFailed': 'Vebhukları yükləmək alınmadı; tezliklə yenidən cəhd ediləcək.',
  'host.webhooks.empty': 'Hələ vebhuk yoxdur.',
  'host.webhooks.list': 'Tədbirin vebhukları',
  'host.webhooks.events': 'Hadisələr',
  'host.webhooks.pollOpened': 'Sorğu açıldı',
  'host.webhooks.pollClosed': 'Sorğu bağlandı',
  'host.webhooks.eventDeleted': 'Tədbir silindi',
  'host.webhooks.none': 'Hələ çatdırılma olmayıb',
  'host.webhooks.sending': 'Göndərilir…',
  'host.webhooks.delivered': 'Çatdırıldı',
  'host.webhooks.failed': 'Alınmadı',
  'host.webhooks.failedBecause': 'Alınmadı: {error}',
  'host.webhooks.retrying': {
    one: 'yenidən cəhd ({count} gözləyir)',
    other: 'yenidən cəhd ({count} gözləyir)',
  },
  'host.webhooks.pending': { one: 'daha {count} göndəriləcək', other: 'daha {count} göndəriləcək' },
  'host.webhooks.justNow': 'indicə',
  'host.webhooks.remove': 'Silin',
  'host.webhooks.removeLabel': '{url} vebhukunu silin',
  'host.webhooks.removeTitle': 'Bu vebhuk silinsin?',
  'host.webhooks.removeText':
    'voxpop bu ünvana artıq göndərməyəcək, hələ gözləyən çatdırılmalar isə ləğv olunacaq.',
  'host.webhooks.removeConfirm': 'Vebhuku silin',
  'host.webhooks.add': 'Vebhuk əlavə edin',
  'host.webhooks.adding': 'Əlavə edilir…',
  'host.webhooks.url': 'Ünvan (URL)',
  'host.webhooks.sendOn': 'Nə zaman göndərilsin',
  'host.webhooks.needUrl': 'Göndəriləcək ünvanı daxil edin.',
  'host.webhooks.needEvent': 'Ən azı bir hadisə seçin.',
  'host.webhooks.secret': '{url} üçün imza sirri',
  'host.webhooks.secretHint':
    'Yalnız bir dəfə göstərilir: çatdırılmaları onunla yoxlayın (X-Voxpop-Signature: gövdənin HMAC-SHA256 imzası).',
  'host.webhooks.copySecret': 'İmza sirrini kopyalayın',
  'host.webhooks.secretCopied': 'İmza sirri kopyalandı',
  'host.webhooks.secretCopyFailed': 'Kopyalamaq alınmadı — sirri seçib kopyalayın',
  'host.webhooks.done': 'Hazırdır',
  'host.failed.addWebhook': 'Vebhuku əlavə etmək alınmadı',
  'host.failed.removeWebhook': 'Vebhuku silmək alınmadı',

  // The poll editor's translations
  'host.translations.title': 'Tərcümələr',
  'host.translations.hint':
    'Orijinalı göstərmək üçün variantı boş buraxın. İştirakçıların öz sözləri heç vaxt tərcümə olunmur.',
  'host.translations.noLanguages': 'Bu sorğunu tərcümə etmək üçün «Dillər» kartında dilləri seçin.',
  'host.translations.translated': 'tərcümə olunub',
  'host.translations.notTranslated': 'tərcümə olunmayıb',
  'host.translations.question': 'Sual',
  'host.translations.option': 'Variant {number}: {original}',
  'host.translations.scaleMin': 'Ən aşağı qiymət üçün söz',
  'host.translations.scaleMax': 'Ən yüksək qiymət üçün söz',
  'host.translations.needQuestion': 'Sualı da tərcümə edin və ya bu dilin sahələrini təmizləyin.',
  'host.translations.questionTooLong': 'Tərcümə olunmuş sual {limit} simvoldan uzundur.',
  'host.translations.optionTooLong': 'Tərcümə olunmuş variant {limit} simvoldan uzundur.',
  'host.translations.scaleTooLong': 'Şkalanın tərcümə olunmuş sözü {limit} simvoldan uzundur.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} simvol; variant ən çoxu {max} simvol ola bilər.',
    other: '{count} simvol; variant ən çoxu {max} simvol ola bilər.',
  },
  'editor.tooFewOptions': {
    one: 'Ən azı {count} variant yazın.',
    other: 'Ən azı {count} variant yazın.',
  },
  'editor.tooManyOptions': {
    one: 'Sorğuda ən çoxu {count} variant ola bilər.',
    other: 'Sorğuda ən çoxu {count} variant ola bilər.',
  },
  'editor.duplicateOption': '«{option}» iki dəfə yazılıb; hər variant fərqli olmalıdır.',
} satisfies StaffCatalogue;

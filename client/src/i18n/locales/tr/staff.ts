/** Turkish: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Moderatör — voxpop',
  'host.homeLink': 'voxpop ana sayfa',
  'host.role': 'Moderatör paneli',
  'host.attendeesConnected': {
    one: '{number} katılımcı bağlı',
    other: '{number} katılımcı bağlı',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} katılımcı', other: '{count} katılımcı' },
  'host.status.online': 'Canlı',
  'host.status.connecting': 'Bağlanıyor…',
  'host.status.offline': 'Yeniden bağlanılıyor…',
  'host.status.closed': 'Bağlantı kesildi',
  'host.connecting': 'Etkinliğinize bağlanılıyor…',
  'host.offlineBanner':
    'Bağlantı koptu — yeniden bağlanılıyor… Canlı sayılar ve katılım, bağlantı gelene kadar duraklatıldı.',
  'host.cancel': 'İptal',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Etkinlik kodu {code}',
  'host.pollCount': { one: '{count} anket', other: '{count} anket' },
  'host.openCount': { one: '{count} oylamaya açık', other: '{count} oylamaya açık' },
  'host.polls': 'Anketler',
  'host.newPoll': 'Yeni anket',
  'host.noPolls': 'Henüz anket yok',
  'host.noPollsText':
    'İlk sorunuzu yazın. Siz açana ya da ekrana yansıtana kadar yalnızca sizin görebildiğiniz bir taslak olarak kalır; katılımcılar açık ve ekrandaki ankete oy verir.',
  'host.createPoll': 'Anket oluştur',

  // The host console: renaming the event
  'host.title.rename': 'Etkinliği yeniden adlandır',
  'host.title.label': 'Etkinlik başlığı',
  'host.title.save': 'Kaydet',
  'host.title.empty': 'Etkinliğin bir başlığı olmalı.',
  'host.title.tooLong': {
    one: 'Başlık {count} karakter; sınır {limit}.',
    other: 'Başlık {count} karakter; sınır {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Bu bağlantıyı saklayın — bu etkinliği yönetmeye geri dönmenin tek yolu bu.',
  'host.keyNotice.text':
    'Hesap sistemi yok: bu sayfanın bağlantısına sahip olan herkes etkinliği yönetebilir ve bağlantı kaybolursa kimse geri getiremez. Yer imlerine ekleyin ya da bir parola yöneticisine kaydedin.',
  'host.keyNotice.saved': 'Kaydettim',
  'host.copyHostLink': 'Moderatör bağlantısını kopyala',

  // The host console: a poll's card
  'host.card.number': 'Anket {number}',
  'host.card.draft': 'Taslak',
  'host.card.open': 'Açık',
  'host.card.closed': 'Kapalı',
  'host.card.onScreen': 'Ekranda',
  'host.card.resultsHidden': 'Sonuçlar gizli',
  'host.card.edit': 'Düzenle',
  'host.card.duplicate': 'Çoğalt',
  'host.card.downloadImage': 'Görseli indir',
  'host.card.downloadImageTitle': 'Sonuçları slaytlar için görsel (PNG) olarak indir',
  'host.card.reset': 'Sıfırla',
  'host.card.resetTitle': 'Oyları sıfırla',
  'host.card.delete': 'Sil',
  'host.card.deleteTitle': 'Anketi sil',
  'host.card.hintNotOpen':
    'Ekranda, ama oylama henüz açık değil: katılımcılar soruyu görüyor ve bekliyor.',
  'host.card.hintNotOnScreen':
    'Açık, ama ekranda değil: katılımcılar yalnızca ekrandaki anketi görür.',
  'host.card.hintClosed': 'Oylama kapandı: telefonlarda ve ekranda nihai sonuçlar görünüyor.',
  'host.card.hintClosedHidden':
    'Oylama kapandı, sonuçlar gizli: telefonlarda ve ekranda sayı görünmüyor.',
  'host.card.openVoting': 'Oylamayı aç',
  'host.card.closeVoting': 'Oylamayı kapat',
  'host.card.reopenVoting': 'Oylamayı yeniden aç',
  'host.card.putOnScreen': 'Ekrana yansıt',
  'host.card.takeOffScreen': 'Ekrandan kaldır',
  'host.card.showResults': 'Sonuçları göster',
  'host.card.hideResults': 'Sonuçları gizle',
  'host.card.voters': { one: '{number} kişi oy verdi', other: '{number} kişi oy verdi' },

  // The host console: the poll editor
  'host.editor.newTitle': 'Yeni anket',
  'host.editor.editTitle': 'Anketi düzenle',
  'host.editor.close': 'Kapat',
  'host.editor.question': 'Soru',
  'host.editor.questionPlaceholder': 'Ne sormak istersiniz?',
  'host.editor.questionEmpty': 'Katılımcıların yanıtlayacağı soruyu yazın.',
  'host.editor.questionTooLong': {
    one: 'Soru {count} karakter; sınır {limit}.',
    other: 'Soru {count} karakter; sınır {limit}.',
  },
  'host.editor.kind': 'Yanıt türü',
  'host.editor.kindFixed': 'Anket oluşturulduktan sonra türü değiştirilemez.',
  'host.editor.allowChange': 'Katılımcılar oylarını değiştirebilir',
  'host.editor.allowChangeHint': 'Anket açık olduğu sürece. Kapalıysa ilk oy kesindir.',
  'host.editor.fixToCreate': 'Anketi oluşturmak için işaretli alanları düzeltin.',
  'host.editor.fixToSave': 'Anketi kaydetmek için işaretli alanları düzeltin.',
  'host.editor.create': 'Anketi oluştur',
  'host.editor.save': 'Değişiklikleri kaydet',
  'host.editor.saving': 'Kaydediliyor…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Onaylamak için {phrase} yazın',
  'host.confirm.working': 'İşleniyor…',
  'host.resetPoll.title': 'Bu anket sıfırlansın mı?',
  'host.resetPoll.confirm': 'Oyları sıfırla',
  'host.resetPoll.text': {
    one: 'Anketin {count} oyu silinecek ve her katılımcı yeniden oy verebilecek. Soru, seçenekler ve anketin durumu korunur.',
    other:
      'Anketin {count} oyu silinecek ve her katılımcı yeniden oy verebilecek. Soru, seçenekler ve anketin durumu korunur.',
  },
  'host.deletePoll.title': 'Bu anket silinsin mi?',
  'host.deletePoll.confirm': 'Anketi sil',
  'host.deletePoll.text': {
    one: 'Anket ve {count} oyu kalıcı olarak silinir.',
    other: 'Anket ve {count} oyu kalıcı olarak silinir.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Anket ve {count} oyu kalıcı olarak silinir; anket sunum ekranından da kalkar.',
    other: 'Anket ve {count} oyu kalıcı olarak silinir; anket sunum ekranından da kalkar.',
  },
  'host.deleteEvent.title': 'Bu etkinlik silinsin mi?',
  'host.deleteEvent.confirm': 'Etkinliği sil',
  'host.deleteEvent.text':
    'Tüm anketleri, oyları ve katılımcıları kalıcı olarak silinir. Telefonlara ve sunum ekranına etkinliğin sona erdiği bildirilir. Bu işlem geri alınamaz; oylara ihtiyacınız varsa önce CSV olarak dışa aktarın.',
  'host.newRound.title': 'Yeni tur başlatılsın mı?',
  'host.newRound.confirm': 'Puanları sıfırla',
  'host.newRound.text': {
    one: '{count} yarışma sorusu taslağa döner, yanıtları silinir ve skor tablosundaki tüm puanlar sıfırlanır. Bu işlem geri alınamaz.',
    other:
      '{count} yarışma sorusunun hepsi taslağa döner, yanıtları silinir ve skor tablosundaki tüm puanlar sıfırlanır. Bu işlem geri alınamaz.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Kapat',
  'host.toast.pollCreated': 'Anket oluşturuldu — hazır olduğunuzda açın',
  'host.toast.pollDuplicated': 'Anket, listenin sonuna yeni bir taslak olarak çoğaltıldı',
  'host.toast.votesCleared': 'Oylar silindi',
  'host.toast.pollDeleted': 'Anket silindi',
  'host.toast.newRound': 'Yeni tur: tüm yarışma soruları ve puanlar sıfırlandı',
  'host.toast.csvDownloaded': 'CSV indirildi',
  'host.toast.imageDownloaded': 'Sonuç görseli indirildi',
  'host.copy.hostLinkDone': 'Moderatör bağlantısı kopyalandı',
  'host.copy.hostLinkFailed': 'Kopyalanamadı — moderatör bağlantısını seçip kopyalayın',
  'host.copy.joinLinkDone': 'Katılım bağlantısı kopyalandı',
  'host.copy.joinLinkFailed': 'Kopyalanamadı — katılım bağlantısını seçip kopyalayın',
  'host.copy.presenterLinkDone': 'Sunum bağlantısı kopyalandı',
  'host.copy.presenterLinkFailed': 'Kopyalanamadı — sunum bağlantısını seçip kopyalayın',
  'host.copy.qrDone': 'QR kod resim olarak kopyalandı',
  'host.copy.qrFailed': 'Bu tarayıcı resim kopyalayamıyor — bunun yerine İndir düğmesini kullanın',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Anket açılamadı',
  'host.failed.closePoll': 'Anket kapatılamadı',
  'host.failed.changeScreen': 'Ekrandaki içerik değiştirilemedi',
  'host.failed.showResults': 'Sonuçlar gösterilemedi',
  'host.failed.hideResults': 'Sonuçlar gizlenemedi',
  'host.failed.createPoll': 'Anket oluşturulamadı',
  'host.failed.duplicatePoll': 'Anket çoğaltılamadı',
  'host.failed.savePoll': 'Anket kaydedilemedi',
  'host.failed.resetPoll': 'Anket sıfırlanamadı',
  'host.failed.deletePoll': 'Anket silinemedi',
  'host.failed.renameEvent': 'Etkinlik yeniden adlandırılamadı',
  'host.failed.changeScreenSetting': 'Ekran ayarı değiştirilemedi',
  'host.failed.showLeaderboard': 'Skor tablosu gösterilemedi',
  'host.failed.hideLeaderboard': 'Skor tablosu gizlenemedi',
  'host.failed.newRound': 'Yeni tur başlatılamadı',
  'host.failed.exportVotes': 'Oylar dışa aktarılamadı',
  'host.failed.downloadImage': 'Sonuç görseli indirilemedi',
  'host.failed.deleteEvent': 'Etkinlik silinemedi',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes': 'İlk oydan sonra seçenekler düzenlenemez — önce anketi sıfırlayın.',
  'host.error.invalid_state': 'Bu anket, sayfa son güncellendiğinden beri değişti. Tekrar deneyin.',
  'host.error.poll_not_found': 'Bu anket artık yok — başka bir sekmede silinmiş olabilir.',
  'host.error.event_not_found': 'Bu etkinlik artık yok.',
  'host.error.unauthorized':
    'Bu işlem için moderatör anahtarı gerekli. Moderatör bağlantısının tamamını yeniden açın.',
  'host.error.forbidden':
    'Bu bağlantıdaki moderatör anahtarı artık bu etkinlik için geçerli değil.',
  'host.error.rate_limited': 'Aynı anda çok fazla değişiklik — biraz bekleyip tekrar deneyin.',
  'host.error.payload_too_large': 'Bu, tek bir anket için fazla metin.',
  'host.error.network_error':
    'voxpop sunucusuna ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.',
  'host.error.export_failed': 'Dışa aktarma başarısız oldu. Birazdan tekrar deneyin.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Tekrar deneyin.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Bu moderatör bağlantısı {code} etkinliği için geçerli değil — bağlantının tamamını kopyaladığınızdan emin olun',
  'host.problem.wrongKeyText':
    '#key= sonrasındaki kısım bu etkinlikle eşleşmiyor. Moderatör bağlantısını, etkinliği oluştururken kaydettiğiniz haliyle açın.',
  'host.problem.missingKey':
    'Bu moderatör bağlantısı {code} etkinliği için eksik — bağlantının tamamını kopyaladığınızdan emin olun',
  'host.problem.missingKeyText':
    'Moderatör bağlantısı #key= ve ardından gelen uzun bir gizli anahtarla biter. Bu anahtar olmadan bu sayfa etkinliği yönetemez. Katılımcılar ise etkinlik bağlantısından katılır.',
  'host.problem.noEvent': '{code} kodlu bir etkinlik yok',
  'host.problem.noEventText':
    'Bağlantıdaki altı haneyi kontrol edin. Etkinlik silinmiş de olabilir.',
  'host.problem.deleted': 'Bu etkinlik silindi',
  'host.problem.deletedText':
    'Anketleri, oyları ve katılımcıları silindi. Katılımcılara ve sunum ekranına bildirildi.',
  'host.problem.unreachable': 'voxpop sunucusuna ulaşılamıyor',
  'host.problem.unreachableText': 'Bağlantınızı kontrol edin, ardından bu sayfayı yenileyin.',
  'host.problem.badLink': 'Bu bir moderatör bağlantısı değil',
  'host.problem.badLinkText':
    'Moderatör bağlantısı /host/123456#key=… biçimindedir — bağlantının tamamını kopyaladığınızdan emin olun.',
  'host.problem.newEvent': 'Yeni etkinlik oluştur',
  'host.problem.home': "voxpop'a git",

  // The host console: the side panel
  'host.side.label': 'Paylaşım ve etkinlik ayarları',
  'host.side.invite': 'Katılımcıları davet edin',
  /** Above the event code, in big digits. */
  'host.side.goTo': '{host} adresine gidip şu kodu girin',
  'host.side.qrAlt': '{code} etkinliğinin katılım bağlantısını açan QR kod',
  'host.side.copy': 'Kopyala',
  'host.side.joinLink': 'Katılım bağlantısı',
  'host.side.copyJoinLink': 'Katılım bağlantısını kopyala',
  'host.side.qrCode': 'QR kod',
  'host.side.copyQr': 'QR kodu resim olarak kopyala',
  'host.side.open': 'Aç',
  'host.side.openQr': 'QR kodu yeni sekmede aç',
  'host.side.download': 'İndir',
  'host.side.downloadQr': 'QR kodu indir',
  'host.side.screen': 'Sunum ekranı',
  'host.side.screenHint':
    'Projektör ya da canlı yayın için. Ekrana yansıttığınız anketi kendiliğinden takip eder.',
  'host.side.presenterLink': 'Sunum bağlantısı',
  'host.side.copyPresenterLink': 'Sunum bağlantısını kopyala',
  'host.side.openScreen': 'Sunum ekranını aç',
  'host.side.showStats': 'Hata payını ekranda göster',
  'host.side.showStatsHint': 'Sonuçların altına “±N puan” (%95 güven) ekler.',
  'host.side.data': 'Sonuçlar ve erişim',
  'host.side.export': 'CSV olarak dışa aktar',
  'host.side.exporting': 'Hazırlanıyor…',
  'host.side.exportHint': 'Tüm güncel oylar, her biri bir satırda; elektronik tablo için.',
  'host.side.hostLinkHint': 'Gizli: bu bağlantıya sahip olan herkes bu etkinliği yönetebilir.',
  'host.side.danger': 'Tehlikeli bölge',
  'host.side.dangerHint':
    'Etkinliği silmek; anketlerini, oylarını ve katılımcılarını kalıcı olarak kaldırır.',
  'host.side.deleteEvent': 'Etkinliği sil',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Yarışma skor tablosu',
  'leaderboard.title': 'Skor tablosu',
  'leaderboard.loading': 'Puanlar yükleniyor…',
  'leaderboard.failed': 'Puanlar yüklenemedi.',
  'leaderboard.panelEmpty': 'Henüz puan yok: yarışma soruları kapandıkça puanlar toplanır.',
  'leaderboard.screenEmpty': 'Henüz puan yok: tabloya girmek için bir yarışma sorusunu yanıtlayın.',
  'leaderboard.topScores': 'En yüksek puanlar',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'İlk üç',
  'leaderboard.rest': '4. sıra ve sonrası',
  'leaderboard.putOn': 'Skor tablosunu ekrana yansıt',
  'leaderboard.takeOff': 'Skor tablosunu ekrandan kaldır',
  'leaderboard.offScreenHint': 'Sunum ekranında anketin yerine gösterilir.',
  'leaderboard.onScreenHint':
    'Sunum ekranında skor tablosu gösteriliyor. Bir anketi ekrana yansıttığınızda tablo kalkar.',
  'leaderboard.newRound': 'Yeni tur',
  'leaderboard.newRoundHint': {
    one: '{count} yarışma sorusunu sıfırlar: yanıtlar ve puanlar sıfırdan başlar.',
    other: '{count} yarışma sorusunun hepsini sıfırlar: yanıtlar ve puanlar sıfırdan başlar.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Moderasyon',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'önce onay',
  'editor.moderation.post': 'hemen gösterilir',
  'editor.options.legend': 'Seçenekler',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count}/{max}',
  'editor.options.locked': 'İlk oydan sonra seçenekler düzenlenemez — önce anketi sıfırlayın.',
  'editor.options.option': 'Seçenek {number}',
  'editor.options.remove': '{number}. seçeneği kaldır',
  'editor.options.add': 'Seçenek ekle',
  'editor.options.full': {
    one: 'Bir ankette en fazla {count} seçenek olabilir.',
    other: 'Bir ankette en fazla {count} seçenek olabilir.',
  },
  'editor.options.enterHint': 'Sonraki seçeneği eklemek için bir seçenekte Enter tuşuna basın.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Tek seçenek',
  'editor.single.hint': 'Tek seçim',
  'editor.single.label': 'Tek seçim',
  'editor.multiple.title': 'Birden çok seçenek',
  'editor.multiple.hint': 'Çoklu seçim',
  'editor.multiple.label': 'Çoklu seçim',
  'editor.multiple.labelUpTo': 'Çoklu seçim · en fazla {max}',
  'editor.multiple.footnote': 'Oy verenlerin yüzdesi; bir kişi birden çok seçenek seçebilir.',
  'editor.choice.maxChoices': 'Katılımcı başına seçim',
  'editor.choice.anyNumber': 'Dilediği kadar seçenek',
  'editor.choice.upTo': { one: 'En fazla {count} seçenek', other: 'En fazla {count} seçenek' },
  'editor.choice.tooMany': {
    one: 'Katılımcılar {count} seçenekten {max} tanesini seçemez.',
    other: 'Katılımcılar {count} seçenekten {max} tanesini seçemez.',
  },

  // The editor: rating
  'editor.rating.title': 'Derecelendirme',
  'editor.rating.hint': 'Derecelendirme ölçeği',
  'editor.rating.label': 'Derecelendirme · 1–{max}',
  'editor.rating.scale': 'Ölçek',
  'editor.rating.size': '1–{max}',
  'editor.rating.sizeStars': '1–{max} (yıldız)',
  'editor.rating.locked': 'Ölçek ilk yanıttan sonra sabitlenir — önce anketi sıfırlayın.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': '{value} için etiket (isteğe bağlı)',
  'editor.rating.lowExample': 'ör. Hiç',
  'editor.rating.highExample': 'ör. Tamamen',
  'editor.rating.wordTooLong': {
    one: '{count} karakter; ölçek etiketi en fazla {limit} karakter olabilir.',
    other: '{count} karakter; ölçek etiketi en fazla {limit} karakter olabilir.',
  },
  'editor.rating.sizeProblem': 'Ölçeğin üst sınırı {min}–{max} arasında olmalı.',
  'editor.rating.summary': 'Ortalama {average} / {max} · medyan {median}',

  // The editor: ranking
  'editor.ranking.title': 'Sıraya dizme',
  'editor.ranking.hint': 'Sıralama',
  'editor.ranking.label': {
    one: 'Sıralama · {count} seçenek',
    other: 'Sıralama · {count} seçenek',
  },
  'editor.ranking.footnote': {
    one: 'Borda sayımı: birinci sıra {count} puan alır, her alt sıra bir puan daha az.',
    other: 'Borda sayımı: birinci sıra {count} puan alır, her alt sıra bir puan daha az.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Birkaç kelime',
  'editor.wordcloud.hint': 'Kelime bulutu',
  'editor.wordcloud.labelOne': 'Kelime bulutu · 1 kelime',
  'editor.wordcloud.labelUpTo': {
    one: 'Kelime bulutu · en fazla {count} kelime',
    other: 'Kelime bulutu · en fazla {count} kelime',
  },
  'editor.wordcloud.count': 'Katılımcı başına kelime',
  'editor.wordcloud.one': 'Tek kelime',
  'editor.wordcloud.upTo': { one: 'En fazla {count} kelime', other: 'En fazla {count} kelime' },
  'editor.wordcloud.locked':
    'Kelime sayısı yalnızca ilk yanıttan önce azaltılabilir — önce anketi sıfırlayın.',
  'editor.wordcloud.countProblem': 'Her katılımcı {min} ile {max} arasında kelime gönderir.',
  'editor.wordcloud.filter': 'Küfürleri filtrele',
  'editor.wordcloud.filterHint':
    'Filtreye takılan kelimeler yalnızca size, işaretli olarak ulaşır; katılımcılar ve ekran bunları asla görmez.',

  // The editor: open text
  'editor.text.title': 'Yazılı yanıt',
  'editor.text.hint': 'Açık uçlu',
  'editor.text.label': 'Açık uçlu · {moderation}',
  'editor.text.maxLength': 'En uzun yanıt (karakter)',
  'editor.text.maxLengthHint': '{min} ile {max} arası; {default} birkaç cümle eder.',
  'editor.text.maxLengthLocked':
    'Ankette yanıtlar var: sınır artırılabilir ama azaltılamaz (önce anketi sıfırlayın).',
  'editor.text.maxLengthProblem': '{min} ile {max} arasında tam sayı girin.',
  'editor.text.postTitle': 'Yanıtları hemen göster (gizleyebilirsiniz)',
  'editor.text.postHint': 'Her yanıt gelir gelmez panoda görünür.',
  'editor.text.preTitle': 'Her yanıtı önce onayla',
  'editor.text.preHint': 'Siz onaylamadan hiçbir yanıt panoda görünmez.',

  // The editor: audience Q&A
  'editor.qa.title': 'Sor ve beğen',
  'editor.qa.hint': 'Soru-Cevap',
  'editor.qa.label': 'Soru-Cevap · {moderation}',
  'editor.qa.postTitle': 'Soruları hemen göster (gizleyebilirsiniz)',
  'editor.qa.postHint': 'Her soru sorulur sorulmaz listeye girer.',
  'editor.qa.preTitle': 'Her soruyu önce onayla',
  'editor.qa.preHint': 'Siz onaylamadan hiçbir soru listeye girmez.',

  // The editor: quiz
  'editor.quiz.title': 'Bilgi yarışması',
  'editor.quiz.hint': 'Süreli, puanlı',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Yarışma · {time} · {points} puan',
  'editor.quiz.correct': 'Doğru',
  'editor.quiz.correctOption': 'Doğru: {number}. seçenek',
  'editor.quiz.noCorrect': 'En az bir seçeneği doğru olarak işaretleyin.',
  'editor.quiz.time': 'Yanıt süresi',
  'editor.quiz.timeProblem': 'Süre sınırı {min} ile {max} saniye arasında olmalı.',
  'editor.quiz.points': 'Doğru yanıtın puanı',
  'editor.quiz.pointsHint':
    'Anında yanıtta puanın tamamı, son saniyede yarısı. Yanlış yanıt 0 puan alır.',
  'editor.quiz.pointsNotWhole': 'Puanı {min} ile {max} arasında bir tam sayı olarak girin.',
  'editor.quiz.pointsRange': 'Puan {min} ile {max} arasında olmalı.',
  'editor.quiz.locked':
    'Yanıt verilmiş: soruyu sıfırlayana kadar seçenekler, doğru yanıt, süre ve puanlar değiştirilemez.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (doğru)',
  'editor.quiz.footnote': 'Süre dolana kadar sayıları ve doğru yanıtı yalnızca siz görürsünüz.',
  'editor.quiz.answered': { one: '{count} kişi yanıtladı', other: '{count} kişi yanıtladı' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} bekliyor', other: '{number} bekliyor' },
  'desk.hiddenCount': { one: '{number} gizli', other: '{number} gizli' },
  'desk.queue': 'Onay bekleyenler',
  'desk.queueEmpty': 'Bekleyen yok.',
  'desk.hiddenTitle': 'Gizli ({count})',
  'desk.approve': 'Onayla',
  'desk.hide': 'Gizle',
  'desk.showAgain': 'Yeniden göster',
  'desk.showAll': { one: 'Tümünü göster ({count})', other: 'Tümünü göster ({count})' },
  'desk.showFewer': 'Daha azını göster',
  'desk.text.shown': { one: '{number} gösteriliyor', other: '{number} gösteriliyor' },
  'desk.text.wall': 'Panoda',
  'desk.text.wallEmpty': 'Panoda henüz yanıt yok.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys': 'Seçili yanıtta tuşlar: {a} onayla · {h} gizle · {j} {k} ya da oklar ile gezin',
  'desk.qa.open': { one: '{number} açık', other: '{number} açık' },
  'desk.qa.answeredCount': { one: '{number} yanıtlandı', other: '{number} yanıtlandı' },
  'desk.qa.openTitle': 'Açık sorular, en çok beğenilenler önce',
  'desk.qa.openEmpty': 'Açık soru yok.',
  'desk.qa.answeredTitle': 'Yanıtlananlar',
  'desk.qa.answered': 'Yanıtlandı',
  'desk.qa.notAnswered': 'Yanıtlanmadı',
  'desk.qa.highlight': 'Öne çıkar',
  'desk.qa.onScreen': 'Ekranda',
  'desk.qa.upvotesOnScreen': '{upvotes} · şu an ekranda',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Seçili soruda tuşlar: {a} onayla · {h} gizle · {d} yanıtlandı · {s} ekranda öne çıkar · {j} {k} ya da oklar ile gezin',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Henüz kelime yok.',
  'desk.wordcloud.filtered': 'filtrelendi',
  'desk.wordcloud.hidden': 'gizli',
  'desk.wordcloud.hideTitle': 'Salondan gizle',
  'desk.wordcloud.showTitle': 'Salonda yeniden göster',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: gizle',
  'desk.wordcloud.flaggedWord': '{word}, {count}, küfür olarak filtrelendi: gizle',
  'desk.wordcloud.hiddenWord': '{word}, {count}, gizli: yeniden göster',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, küfür olarak filtrelendi, gizli: yeniden göster',
  'desk.wordcloud.showAll': {
    one: '{count} kelimenin tümünü göster',
    other: '{count} kelimenin tümünü göster',
  },
  'desk.wordcloud.showFewer': 'Daha az kelime göster',
  'desk.wordcloud.footnote':
    'Bir kelimeyi katılımcılardan ve ekrandan gizlemek için tıklayın; yeniden göstermek için tekrar tıklayın.',
  'desk.wordcloud.footnoteFiltered':
    'Bir kelimeyi katılımcılardan ve ekrandan gizlemek için tıklayın; yeniden göstermek için tekrar tıklayın. “Filtrelendi”: küfür filtresine takıldı.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Soru onaylanamadı',
  'desk.failed.hideQuestion': 'Soru gizlenemedi',
  'desk.failed.markAnswered': 'Soru yanıtlandı olarak işaretlenemedi',
  'desk.failed.highlightQuestion': 'Soru öne çıkarılamadı',
  'desk.failed.unhighlightQuestion': 'Soru ekrandan kaldırılamadı',
  'desk.failed.approveAnswer': 'Yanıt onaylanamadı',
  'desk.failed.hideAnswer': 'Yanıt gizlenemedi',
  'desk.failed.hideWord': 'Kelime gizlenemedi',
  'desk.failed.showWord': 'Kelime yeniden gösterilemedi',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Bağlanıyor…',
  'present.status.online': 'Canlı',
  'present.status.offline': 'Yeniden bağlanılıyor…',
  'present.status.closed': 'Çevrimdışı',
  'present.fullScreen': 'Tam ekran',
  'present.badLink': 'Bu bir sunum bağlantısı değil',
  'present.badLinkDetail':
    'Sunum bağlantısı /present/123456 biçimindedir. Etkinliğin bağlantısını moderatörden isteyin.',
  'present.noEvent': '{code} kodlu etkinlik yok',
  'present.noEventDetail':
    'Bağlantıyı kontrol edin: etkinlik silinmiş ya da kod yanlış yazılmış olabilir.',
  'present.ended': 'Bu etkinlik sona erdi',
  'present.endedDetail': 'Katıldığınız için teşekkürler.',
  'present.connecting': '{code} etkinliğine bağlanılıyor…',
  'present.opensSoon': 'Oylama birazdan açılıyor',
  'present.resultsSoon': 'Sonuçlar birazdan gösterilecek',
  'present.votingClosed': 'Oylama kapandı',
  'present.noVotes': 'Henüz oy yok',
  'present.voters': { one: '{count} kişi oy verdi', other: '{count} kişi oy verdi' },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} katılımcı', other: '{count} katılımcı' },
  'present.turnout': {
    one: '{count} katılımcı · {percent} oy verdi',
    other: '{count} katılımcı · {percent} oy verdi',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Nasıl katılırım?',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Şu adrese gidin',
  'present.withCode': 've şu kodu girin',
  'present.joinAt': 'Katılmak için: {host}',
  'present.qrAlt': '{code} kodunun oylama sayfasını açan QR kod',
  'present.waiting': 'İlk soru burada görünecek',
  'present.waitingJoined': {
    one: 'İlk soru burada görünecek · {count} kişi katıldı',
    other: 'İlk soru burada görünecek · {count} kişi katıldı',
  },
  'present.scan': 'Katılmak için okutun',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': '{id} numaralı anket kullanılamıyor',
  'present.pin.missingDetail':
    'Bu etkinlikte bu numarayla herkese açık bir anket yok: anket hiç olmayabilir, silinmiş olabilir ya da moderatörün henüz açmadığı bir taslak olabilir. Yayımlandığı anda burada görünür.',
  'present.pin.invalid': '“{value}” bir anket numarası değil',
  'present.pin.invalidDetail':
    'Tek bir ankette kalmak için numarasını bağlantıya yazın, örneğin ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: yanıtlar, en yeniler önce',
  'present.wall.newAnswer': 'Yeni yanıt: {text}',
  'present.wall.newAnswers': {
    one: '{count} yeni yanıt. En yenisi: {text}',
    other: '{count} yeni yanıt. En yenisi: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Diller',
  'host.languages.screen': 'Etkinliğin ve ekranın dili',
  'host.languages.screenHint':
    'Sunum ekranı bu dili kullanır; her telefon ve bu panel kendi dilini kullanır.',
  'host.languages.further': 'Anketleri şu dillere çevir',
  'host.languages.furtherHint':
    'Her anketin düzenleyicisi, metni bu dillerde de ister. Çevirisi olmayan bir dildeki telefonlar orijinali gösterir.',
  'host.languages.alternate': 'Ekranda dilleri dönüşümlü göster',
  'host.languages.alternateHint': 'Ekran her dili sırayla {seconds} saniye gösterir.',
  'host.failed.changeLanguages': 'Etkinliğin dilleri değiştirilemedi',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Webhook’lar',
  'host.webhooks.hint':
    'Bir anket açıldığında ya da kapandığında veya etkinlik silindiğinde voxpop her adrese imzalı bir POST isteği gönderir.',
  'host.webhooks.loading': 'Webhook’lar yükleniyor…',
  'host.webhooks.loadFailed': 'Webhook’lar yüklenemedi; birazdan yeniden denenecek.',
  'host.webhooks.empty': 'Henüz webhook yok.',
  'host.webhooks.list': 'Etkinliğin webhook’ları',
  'host.webhooks.events': 'Olaylar',
  'host.webhooks.pollOpened': 'Anket açıldı',
  'host.webhooks.pollClosed': 'Anket kapandı',
  'host.webhooks.eventDeleted': 'Etkinlik silindi',
  'host.webhooks.none': 'Henüz teslimat yok',
  'host.webhooks.sending': 'Gönderiliyor…',
  'host.webhooks.delivered': 'Teslim edildi',
  'host.webhooks.failed': 'Başarısız',
  'host.webhooks.failedBecause': 'Başarısız: {error}',
  'host.webhooks.retrying': {
    one: 'yeniden deneniyor ({count} bekliyor)',
    other: 'yeniden deneniyor ({count} bekliyor)',
  },
  'host.webhooks.pending': {
    one: '{count} gönderim daha bekliyor',
    other: '{count} gönderim daha bekliyor',
  },
  'host.webhooks.justNow': 'az önce',
  'host.webhooks.remove': 'Kaldır',
  'host.webhooks.removeLabel': '{url} webhook’unu kaldır',
  'host.webhooks.removeTitle': 'Bu webhook kaldırılsın mı?',
  'host.webhooks.removeText':
    'voxpop bu adrese artık gönderim yapmaz ve hâlâ bekleyen teslimatlar iptal edilir.',
  'host.webhooks.removeConfirm': 'Webhook’u kaldır',
  'host.webhooks.add': 'Webhook ekle',
  'host.webhooks.adding': 'Ekleniyor…',
  'host.webhooks.url': 'Adres (URL)',
  'host.webhooks.sendOn': 'Ne zaman gönderilsin',
  'host.webhooks.needUrl': 'Gönderilecek adresi girin.',
  'host.webhooks.needEvent': 'En az bir olay seçin.',
  'host.webhooks.secret': '{url} için gizli imza anahtarı',
  'host.webhooks.secretHint':
    'Yalnızca bir kez gösterilir: teslimatları bununla doğrulayın (X-Voxpop-Signature: gövdenin HMAC-SHA256 değeri).',
  'host.webhooks.copySecret': 'Gizli imza anahtarını kopyala',
  'host.webhooks.secretCopied': 'Gizli imza anahtarı kopyalandı',
  'host.webhooks.secretCopyFailed': 'Kopyalanamadı — anahtarı seçip kopyalayın',
  'host.webhooks.done': 'Tamam',
  'host.failed.addWebhook': 'Webhook eklenemedi',
  'host.failed.removeWebhook': 'Webhook kaldırılamadı',

  // The poll editor's translations
  'host.translations.title': 'Çeviriler',
  'host.translations.hint':
    'Orijinalinin gösterilmesi için seçeneği boş bırakın. Katılımcıların kendi yazdıkları asla çevrilmez.',
  'host.translations.noLanguages': 'Bu anketi çevirmek için Diller kartından dil seçin.',
  'host.translations.translated': 'çevrildi',
  'host.translations.notTranslated': 'çevrilmedi',
  'host.translations.question': 'Soru',
  'host.translations.option': 'Seçenek {number}: {original}',
  'host.translations.scaleMin': 'En düşük değerin etiketi',
  'host.translations.scaleMax': 'En yüksek değerin etiketi',
  'host.translations.needQuestion': 'Soruyu da çevirin ya da bu dili temizleyin.',
  'host.translations.questionTooLong': 'Çevrilen soru {limit} karakterden uzun.',
  'host.translations.optionTooLong': 'Çevrilen bir seçenek {limit} karakterden uzun.',
  'host.translations.scaleTooLong': 'Çevrilmiş bir ölçek sözcüğü {limit} karakterden uzun.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} karakter; bir seçenek en fazla {max} karakter olabilir.',
    other: '{count} karakter; bir seçenek en fazla {max} karakter olabilir.',
  },
  'editor.tooFewOptions': {
    one: 'En az {count} seçenek girin.',
    other: 'En az {count} seçenek girin.',
  },
  'editor.tooManyOptions': {
    one: 'Bir ankette en fazla {count} seçenek olabilir.',
    other: 'Bir ankette en fazla {count} seçenek olabilir.',
  },
  'editor.duplicateOption': '“{option}” iki kez yazılmış; her seçenek farklı olmalı.',
} satisfies StaffCatalogue;

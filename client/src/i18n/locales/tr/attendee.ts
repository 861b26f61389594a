/** Turkish: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Dil',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Çeviri',
  'vote.originalShown': 'Orijinal',
  'vote.showOriginal': 'Orijinalini göster',
  'vote.showTranslation': '{language} olarak göster',

  // Words every page uses
  'common.cancel': 'İptal',
  'common.save': 'Kaydet',
  'common.saving': 'Kaydediliyor…',
  'common.loading': 'Yükleniyor…',
  'common.sending': 'gönderiliyor…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'karakter', other: 'karakter' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}.',
  'common.ordinal.two': '{n}.',
  'common.ordinal.few': '{n}.',
  'common.ordinal.many': '{n}.',
  'common.ordinal.other': '{n}.',

  // The connection dot on the vote page
  'connection.live': 'Canlı',
  'connection.connecting': 'Bağlanıyor…',
  'connection.offline': 'Çevrimdışı',
  'connection.closed': 'Bağlantı kesildi',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Oylama kapandı. Oyunuz sayılmadı.',
  'error.poll_not_open': 'Oylama henüz açılmadı. Birazdan tekrar deneyin.',
  'error.vote_locked': 'Bu soruda zaten oy verdiniz ve buradaki oylar değiştirilemez.',
  'error.invalid_choice': 'Bu seçim bu soru için geçerli değil. Lütfen yeniden seçin.',
  'error.invalid_answer': 'Bu yanıt bu soru için kabul edilemiyor. Kontrol edip yeniden gönderin.',
  'error.poll_not_found': 'Bu soru moderatör tarafından kaldırıldı.',
  'error.rate_limited': 'Aynı anda çok fazla dokunuş. Bir saniye bekleyip tekrar deneyin.',
  'error.shutting_down': 'Sunucu yeniden başlatılıyor. Birazdan tekrar deneyin.',
  'error.store_unavailable': 'Sunucu şu anda oyları kaydedemiyor. Oyunuz yeniden gönderilecek.',
  'error.event_deleted': 'Bu etkinlik sona erdi.',
  'error.network_error': "voxpop'a ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.",
  'error.voteFailed': 'Oyunuz sayılamadı. Lütfen tekrar deneyin.',
  'error.serverUnreachable': 'voxpop sunucusuna ulaşılamıyor. Bağlantınızı kontrol edin.',
  'error.exportFailed': 'Dışa aktarma başarısız oldu.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop ana sayfa',
  'join.title': 'Canlı ankete katılın',
  'join.lead': 'Telefonunuzdan oy vermek için ekrandaki kodu girin. Üyelik gerekmez.',
  'join.codeLabel': 'Etkinlik kodu',
  'join.codeHelp': '6 haneli kod sunum ekranında yazıyor.',
  'join.codeEmpty': 'Ekranda gösterilen 6 haneli kodu girin.',
  'join.codeShort': {
    one: 'Etkinlik kodu 6 hanelidir; girdiğiniz kod {count} haneli.',
    other: 'Etkinlik kodu 6 hanelidir; girdiğiniz kod {count} haneli.',
  },
  'join.join': 'Katıl',
  'join.joining': 'Katılınıyor…',
  'join.error.event_not_found': '{code} kodlu bir etkinlik yok. Ekrandaki kodu kontrol edin.',
  'join.error.rate_limited': 'Aynı anda çok fazla deneme. Biraz bekleyip tekrar deneyin.',
  'join.lookupFailed': 'Etkinlik aranırken bir sorun oluştu. Lütfen tekrar deneyin.',
  'join.demo': 'Kodunuz yok mu? {link}',
  'join.demoLink': 'Demoyu deneyin',
  'join.footer': 'voxpop · kendi sunucunuzda canlı anketler',

  // The join page: creating an event
  'join.organiserTitle': 'Etkinlik mi düzenliyorsunuz?',
  'join.organiserText':
    'Canlı anketler oluşturun, oylar geldikçe sonuçları büyük ekranda gösterin.',
  'join.createOpen': 'Etkinlik oluştur',
  'join.createNameLabel': 'Etkinlik adı',
  'join.createNamePlaceholder': 'ör. Barış İnşası Forumu, 1. gün',
  'join.createNameMissing': 'Etkinliğinize bir ad verin, örneğin “Halk toplantısı, Mart”.',
  'join.createTokenLabel': 'Düzenleyici erişim anahtarı',
  'join.createUnauthorized':
    'Bu sunucuda yalnızca düzenleyiciler etkinlik oluşturabilir. Size verilen erişim anahtarını girin.',
  'join.createForbidden': 'Bu erişim anahtarı doğru değil. Kontrol edip tekrar deneyin.',
  'join.createFailed': 'Etkinlik oluşturulamadı. Lütfen tekrar deneyin.',
  'join.createHelp':
    'Etkinliği yönetmeniz için size özel bir moderatör bağlantısı verilecek. Saklayın: kontrollerinize dönmenin tek yolu bu.',
  'join.createSubmit': 'Etkinliği oluştur',
  'join.creating': 'Oluşturuluyor…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Oy ver — voxpop',
  'vote.eventMissing': '{code} kodlu etkinlik yok',
  'vote.eventMissingHelp':
    'Ekrandaki kodu kontrol edip tekrar deneyin. Etkinlik kodları 6 hanelidir.',
  'vote.invalidLink': 'Bu bağlantıda geçerli bir etkinlik kodu yok',
  'vote.notACode': '“{code}” bir etkinlik kodu değil. Etkinlik kodları 6 hanelidir.',
  'vote.endedTitle': 'Bu etkinlik sona erdi',
  'vote.endedText': 'Moderatör bu etkinliği kapattı. Katıldığınız için teşekkürler.',
  'vote.enterAnotherCode': 'Başka bir kod girin',
  'vote.joiningEvent': '{code} etkinliğine katılınıyor…',
  'vote.joiningSlow':
    'Bu biraz uzun sürüyor. Bağlantınızı kontrol edin; biz kendiliğinden denemeye devam ediyoruz.',
  'vote.reconnecting': 'Yeniden bağlanılıyor… Tekrar çevrimiçi olunca oyunuz gönderilecek.',
  'vote.eventCode': 'Etkinlik kodu {code}',
  'vote.joinAnother': 'Başka bir etkinliğe katılın',
  'vote.notConnected': 'Etkinliğe bağlı değilsiniz.',
  'vote.upNext': 'Sıradaki',
  'vote.upNextText': 'Oylama birazdan açılıyor. Seçenekler burada kendiliğinden görünecek.',
  'vote.waitingTitle': 'Sıradaki soru bekleniyor',
  'vote.waitingText':
    'Moderatör sıradaki soruyu açacak. Soru burada kendiliğinden görünecek; sayfayı yenilemenize gerek yok.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Bu sayfa bu tür bir soruyu gösteremiyor. Tekrar denemek için sayfayı yenileyin.',
  'vote.badgeOpen': 'Oylama açık',
  'vote.badgeClosed': 'Oylama kapandı',
  'vote.badgeNotOpen': 'Henüz açılmadı',
  'vote.sending': 'Oyunuz gönderiliyor…',
  'vote.sendingOffline': 'Henüz gönderilmedi: bağlantı bekleniyor…',
  'vote.counted': 'Oyunuz sayıldı',
  'vote.countedClosed': 'Oyunuz sayıldı',
  'vote.youChose': 'Seçiminiz: {choice}',
  'vote.didNotVote': 'Bu soruda oy vermediniz.',
  'vote.resultsNotShared': 'Moderatör sonuçları paylaşmadı.',
  'vote.yourVote': 'Oyunuz',
  'vote.answersCount': { one: '{count} yanıt', other: '{count} yanıt' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Oylama kapandı.',
  'vote.hintNotOpen': 'Oylama henüz açılmadı.',
  'vote.voteFinal': 'Oyunuz kesinleşti.',
  'vote.canChange': 'Oylama kapanana kadar oyunuzu değiştirebilirsiniz.',

  // Single and multiple choice
  'choice.ruleOne': 'Birini seçin',
  'choice.ruleAny': 'İstediğiniz kadar seçin',
  'choice.ruleUpTo': { one: 'En fazla {count} seçin', other: 'En fazla {count} seçin' },
  'choice.tagAll': 'Uyanların hepsini seçin',
  'choice.howSingle': 'Oy vermek için bir yanıta dokunun.',
  'choice.howSingleOnce': 'Oy vermek için bir yanıta dokunun. Gönderilen oy değiştirilemez.',
  'choice.howAny': 'İstediğiniz kadar seçin, ardından Oyu gönder düğmesine dokunun.',
  'choice.howAnyOnce':
    'İstediğiniz kadar seçin, ardından Oyu gönder düğmesine dokunun. Gönderilen oy değiştirilemez.',
  'choice.howUpTo': {
    one: 'En fazla {count} seçin, ardından Oyu gönder düğmesine dokunun.',
    other: 'En fazla {count} seçin, ardından Oyu gönder düğmesine dokunun.',
  },
  'choice.howUpToOnce': {
    one: 'En fazla {count} seçin, ardından Oyu gönder düğmesine dokunun. Gönderilen oy değiştirilemez.',
    other:
      'En fazla {count} seçin, ardından Oyu gönder düğmesine dokunun. Gönderilen oy değiştirilemez.',
  },
  'choice.atLimit': {
    one: 'En fazla {count} seçebilirsiniz. Başka birini seçmek için önce bir seçimi kaldırın.',
    other: 'En fazla {count} seçebilirsiniz. Başka birini seçmek için önce bir seçimi kaldırın.',
  },
  'choice.chosenCount': { one: '{count}/{max} seçildi', other: '{count}/{max} seçildi' },
  'choice.submit': 'Oyu gönder',
  'choice.update': 'Oyumu güncelle',

  // Results, whatever the kind
  'results.title': 'Sonuçlar',
  'results.liveTitle': 'Canlı sonuçlar',
  'results.voters': { one: '{count} kişi oy verdi', other: '{count} kişi oy verdi' },
  'results.captionVoters': {
    one: '{caption} — {count} kişi oy verdi',
    other: '{caption} — {count} kişi oy verdi',
  },
  'results.option': 'Seçenek',
  'results.percent': 'Yüzde',
  'results.votes': 'Oy',
  'results.votesCount': { one: '{count} oy', other: '{count} oy' },
  'results.loadFailed': 'Sonuçlar yüklenemedi. Tekrar denemek için sayfayı yenileyin.',
  'results.showAllOptions': {
    one: '{count} seçeneğin tümünü göster',
    other: '{count} seçeneğin tümünü göster',
  },
  'results.showFewerOptions': 'Daha az seçenek göster',
  'results.showAllValues': {
    one: '{count} değerin tümünü göster',
    other: '{count} değerin tümünü göster',
  },
  'results.showFewerValues': 'Daha az değer göster',
} satisfies AttendeeCatalogue;

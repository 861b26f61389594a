/** Turkish: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': '1–5 yıldız verin',
  'rating.ruleNumbers': '1 ile {max} arasında puanlayın',
  'rating.stars': { one: '{count} yıldız', other: '{count} yıldız' },
  'rating.starsWord': { one: '{count} yıldız, {word}', other: '{count} yıldız, {word}' },
  'rating.valueOf': '{max} üzerinden {value}',
  'rating.valueOfWord': '{max} üzerinden {value}, {word}',
  'rating.sending': '{value} · gönderiliyor…',
  'rating.yours': 'Değerlendirmeniz: {value}',
  'rating.howStars': 'Puanlamak için bir yıldıza dokunun.',
  'rating.howStarsOnce': 'Puanlamak için bir yıldıza dokunun. Gönderilen oy değiştirilemez.',
  'rating.howNumbers': 'Puanlamak için bir sayıya dokunun.',
  'rating.howNumbersOnce': 'Puanlamak için bir sayıya dokunun. Gönderilen oy değiştirilemez.',
  'rating.canChange': 'Oylama kapanana kadar değerlendirmenizi değiştirebilirsiniz.',
  'rating.average': 'ortalama',
  'rating.median': 'medyan {median}',

  // Ranking
  'ranking.rule': 'Sıraya koyun',
  'ranking.how':
    'Seçenekleri en çok tercih ettiğiniz başta olacak şekilde sıralayın: sürükleyin ya da okları kullanın. Ardından Sıralamayı gönder düğmesine dokunun.',
  'ranking.howOnce':
    'Seçenekleri en çok tercih ettiğiniz başta olacak şekilde sıralayın: sürükleyin ya da okları kullanın. Ardından Sıralamayı gönder düğmesine dokunun. Gönderilen sıralama değiştirilemez.',
  'ranking.final': 'Sıralamanız kesinleşti.',
  'ranking.canChange': 'Oylama kapanana kadar sıralamanızı değiştirebilirsiniz.',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (berabere):',
  'ranking.moveUp': '{option} seçeneğini yukarı taşı',
  'ranking.moveDown': '{option} seçeneğini aşağı taşı',
  'ranking.drag': 'Taşımak için sürükleyin',
  'ranking.moved': '{option}, sıra: {position}/{count}.',
  'ranking.submit': 'Sıralamayı gönder',
  'ranking.update': 'Sıralamamı güncelle',
  'ranking.points': { one: '{count} puan', other: '{count} puan' },
  'ranking.averagePosition': 'ort. sıra {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Tek kelime',
  'wordcloud.ruleUpTo': { one: 'En fazla {count} kelime', other: 'En fazla {count} kelime' },
  'wordcloud.how': {
    one: 'Bir kelime yazıp Ekle düğmesine dokunun (en fazla {count}). Ardından Kelimeleri gönder düğmesine dokunun.',
    other:
      'Bir kelime yazıp Ekle düğmesine dokunun (en fazla {count}). Ardından Kelimeleri gönder düğmesine dokunun.',
  },
  'wordcloud.howOnce': {
    one: 'Bir kelime yazıp Ekle düğmesine dokunun (en fazla {count}). Ardından Kelimeleri gönder düğmesine dokunun. Gönderilen kelimeler değiştirilemez.',
    other:
      'Bir kelime yazıp Ekle düğmesine dokunun (en fazla {count}). Ardından Kelimeleri gönder düğmesine dokunun. Gönderilen kelimeler değiştirilemez.',
  },
  'wordcloud.final': 'Kelimeleriniz kesinleşti.',
  'wordcloud.canChange': 'Oylama kapanana kadar kelimelerinizi değiştirebilirsiniz.',
  'wordcloud.wordLabel': 'Kelime',
  'wordcloud.placeholder': 'Bir kelime yazın',
  'wordcloud.placeholderFull': 'Başka kelime eklenemez',
  'wordcloud.add': 'Ekle',
  'wordcloud.yourWords': 'Kelimeleriniz',
  'wordcloud.remove': 'Kaldır: {word}',
  'wordcloud.sending': '{words} · gönderiliyor…',
  'wordcloud.count': { one: '{chosen}/{count} kelime', other: '{chosen}/{count} kelime' },
  'wordcloud.submit': 'Kelimeleri gönder',
  'wordcloud.update': 'Kelimelerimi güncelle',
  'wordcloud.full': {
    one: 'En fazla {count} kelime verebilirsiniz. Başka bir kelime eklemek için önce birini kaldırın.',
    other:
      'En fazla {count} kelime verebilirsiniz. Başka bir kelime eklemek için önce birini kaldırın.',
  },
  'wordcloud.already': '“{word}” kelimesini zaten eklediniz.',
  'wordcloud.problemEmpty': 'Kelime boş olamaz.',
  'wordcloud.problemTooLong': {
    one: 'Bir kelime en fazla {max} karakter olabilir; bu kelime {count} karakter.',
    other: 'Bir kelime en fazla {max} karakter olabilir; bu kelime {count} karakter.',
  },
  'wordcloud.problemMalformed':
    'Kelime geçerli bir Unicode metni olmalı (tek başına vekil karakter içeremez).',
  'wordcloud.problemOneLine': 'Kelime tek satır olmalı ve denetim karakteri içermemeli.',
  'wordcloud.problemNoLetter': 'Kelimede en az bir harf ya da rakam olmalı.',
  'wordcloud.waiting': 'İlk kelimeler bekleniyor',
  'wordcloud.word': 'Kelime',
  'wordcloud.countHeader': 'Adet',
  'wordcloud.more': { one: 've {count} kelime daha', other: 've {count} kelime daha' },
  'wordcloud.cloudMore': { one: '+{count} kelime daha', other: '+{count} kelime daha' },
  'wordcloud.askOne': 'Telefonunuzdan bir kelime gönderin',
  'wordcloud.askUpTo': {
    one: 'Telefonunuzdan en fazla {count} kelime gönderin',
    other: 'Telefonunuzdan en fazla {count} kelime gönderin',
  },

  // Open text
  'text.rule': 'Kendi sözlerinizle yanıtlayın',
  'text.quoted': '“{text}”',
  'text.howPre':
    'Yanıtınızı yazıp Yanıtı gönder düğmesine dokunun. Moderatör her yanıtı gösterilmeden önce onaylar.',
  'text.howPreOnce':
    'Yanıtınızı yazıp Yanıtı gönder düğmesine dokunun. Moderatör her yanıtı gösterilmeden önce onaylar. Gönderilen yanıt değiştirilemez.',
  'text.howPost': 'Yanıtınızı yazıp Yanıtı gönder düğmesine dokunun.',
  'text.howPostOnce':
    'Yanıtınızı yazıp Yanıtı gönder düğmesine dokunun. Gönderilen yanıt değiştirilemez.',
  'text.final': 'Yanıtınız kesinleşti.',
  'text.canChange': 'Oylama kapanana kadar yanıtınızı düzenleyebilirsiniz.',
  'text.placeholder': 'Yanıtınızı yazın',
  'text.tooLong': {
    one: '{count} karakter fazla: bir yanıt en fazla {max} karakter olabilir.',
    other: '{count} karakter fazla: bir yanıt en fazla {max} karakter olabilir.',
  },
  'text.empty': 'Önce yanıtınızı yazın: boş yanıt gönderilemez.',
  'text.edit': 'Yanıtımı düzenle',
  'text.send': 'Yanıtı gönder',
  'text.update': 'Yanıtı güncelle',
  'text.mineSending': 'Yanıtınız',
  'text.mineSent': 'Gönderdiğiniz yanıt',
  'text.onWall': 'Yanıtınız panoda.',
  'text.awaitingApproval': 'Gösterilmeden önce moderatörün onayı bekleniyor.',
  'text.shownAtOnce': 'Yanıtlar hemen panoda görünür; moderatör bunları gizleyebilir.',
  'text.noAnswers': 'Henüz yanıt yok',
  'text.emptyPre': 'Yanıtlar moderatör onayladıkça burada görünür.',
  'text.emptyPost': 'Yanıtlar geldikçe burada görünür.',
  'text.noneOnWall': 'Panoda henüz yanıt yok.',
  'text.listLabel': '{caption}: panodaki yanıtlar, en yeniler önce',
  'text.showAll': { one: '{count} yanıtın tümünü göster', other: '{count} yanıtın tümünü göster' },
  'text.showFewer': 'Daha azını göster',
  'text.newest': { one: 'En yeni {count} yanıt', other: 'En yeni {count} yanıt' },
  'text.previewTitle': 'Katılımcılar kendi sözleriyle yanıtlıyor',
  'text.previewPre': 'En fazla {max} karakter · her yanıt gösterilmeden önce onaylanır',
  'text.previewPost': 'En fazla {max} karakter · yanıtlar geldikçe gösterilir',

  // Audience Q&A: the phone
  'qa.rule': 'Soru sorun, soruları beğenin',
  'qa.badgeOpen': 'Sorular açık',
  'qa.badgeClosed': 'Sorular kapandı',
  'qa.asked': { one: '{count} soru soruldu', other: '{count} soru soruldu' },
  'qa.limit': {
    one: '{count} soru sordunuz; bu ankette sorulabilecek en fazla soru bu.',
    other: '{count} soru sordunuz; bu ankette sorulabilecek en fazla soru bu.',
  },
  'qa.error.poll_closed': 'Soru alımı kapandı. Sorunuz gönderilmedi.',
  'qa.error.poll_not_open': 'Soru alımı henüz açılmadı. Birazdan tekrar deneyin.',
  'qa.error.question_not_found': 'Bu soru artık listede yok.',
  'qa.error.invalid_answer': 'Bir soru 1 ile {max} karakter arasında olmalı.',
  'qa.askFailed': 'Sorunuz gönderilemedi: {reason}',
  'qa.upvoteFailed': 'Beğeniniz kaydedilemedi: {reason}',
  'qa.unvoteFailed': 'Beğeniniz geri alınamadı: {reason}',
  'qa.tooLong': {
    one: '{count} karakter fazla: bir soru en fazla {max} karakter olabilir.',
    other: '{count} karakter fazla: bir soru en fazla {max} karakter olabilir.',
  },
  'qa.empty': 'Önce sorunuzu yazın: boş soru gönderilemez.',
  'qa.label': 'Sorunuz',
  'qa.placeholder': 'Sorunuzu yazın',
  'qa.send': 'Soruyu gönder',
  'qa.hintDraft': 'Soru alımı henüz başlamadı.',
  'qa.hintClosed': 'Soru alımı kapandı.',
  'qa.hintNotOpen': 'Soru alımı açık değil.',
  'qa.howPre':
    'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin. Moderatör her soruyu gösterilmeden önce onaylar.',
  'qa.howPreLeft': {
    one: 'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin. Moderatör her soruyu gösterilmeden önce onaylar. {count} soru daha sorabilirsiniz.',
    other:
      'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin. Moderatör her soruyu gösterilmeden önce onaylar. {count} soru daha sorabilirsiniz.',
  },
  'qa.howPost': 'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin.',
  'qa.howPostLeft': {
    one: 'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin. {count} soru daha sorabilirsiniz.',
    other:
      'Bir soru sorun ya da yanıtlanmasını istediklerinizi beğenin. {count} soru daha sorabilirsiniz.',
  },
  'qa.mineTitle': 'Henüz listede olmayan sorularınız',
  'qa.listTitle': 'Sorular',
  'qa.total': '({count})',
  'qa.topOf': { one: '({count} sorudan ilk {shown})', other: '({count} sorudan ilk {shown})' },
  'qa.waiting': { one: '{count} yeni / güncellenmiş', other: '{count} yeni / güncellenmiş' },
  'qa.emptyPre': 'Henüz soru yok. Sorular moderatör onayladıkça burada görünür.',
  'qa.emptyPost': 'Henüz soru yok. İlk soruyu siz sorun.',
  'qa.onScreen': 'Şu an ekranda',
  'qa.answered': 'Yanıtlandı',
  'qa.yours': 'Sizin',
  'qa.upvoteLabel': { one: 'Beğen ({count} beğeni)', other: 'Beğen ({count} beğeni)' },
  'qa.awaitingModeration': 'Onay bekliyor',
  'qa.sent': 'Gönderildi',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} soru', other: '{count} soru' },
  'qa.upvotes': { one: '{count} beğeni', other: '{count} beğeni' },
  'qa.upvoteWord': { one: 'beğeni', other: 'beğeni' },
  'qa.upvotesAnswered': {
    one: '{count} beğeni · Yanıtlandı',
    other: '{count} beğeni · Yanıtlandı',
  },
  'qa.fromAudience': 'Katılımcılardan gelen soru',
  'qa.onScreenNow': 'Şu an ekranda: {text}',
  'qa.allAnswered': 'Tüm sorular yanıtlandı',
  'qa.noQuestions': 'Henüz soru yok',
  'qa.noQuestionsPhone': 'Henüz soru yok.',
  'qa.screenEmptyPre': 'Telefonunuzdan sorun: sorular moderatör onayladıkça burada görünür.',
  'qa.screenEmptyPost': 'Telefonunuzdan sorun: sorular geldikçe burada görünür.',
  'qa.listLabel': '{caption}: sorular, en çok beğenilenler önce',
  'qa.previewTitle': 'Sorularınızı telefonunuzdan sorun',
  'qa.previewPre': 'Yanıtlanmasını istediklerinizi beğenin · her soru gösterilmeden önce onaylanır',
  'qa.previewPost': 'Yanıtlanmasını istediklerinizi beğenin · sorular geldikçe gösterilir',
  'qa.tag': 'Soru-Cevap',
  'qa.tagPre': 'Soru-Cevap · sorular önce onaylanır',

  // Quiz: the phone
  'quiz.rule': 'Bir yanıt seçin',
  'quiz.badge': 'Yarışma',
  'quiz.timesUp': 'Süre doldu',
  'quiz.timesUpHint': 'Süre doldu.',
  'quiz.notStarted': 'Soru henüz başlamadı.',
  'quiz.answerFinal': 'Yanıtınız kesinleşti.',
  'quiz.how': {
    one: 'Yanıtınıza dokunun: tek dokunuş, değişiklik yok. Ne kadar hızlı, o kadar çok puan (en fazla {count}).',
    other:
      'Yanıtınıza dokunun: tek dokunuş, değişiklik yok. Ne kadar hızlı, o kadar çok puan (en fazla {count}).',
  },
  'quiz.sending': 'Yanıtınız gönderiliyor…',
  'quiz.locked': 'Yanıtınız kilitlendi',
  'quiz.lockedDetail': 'Doğru yanıt süre dolunca gösterilir.',
  'quiz.noAnswer': 'Yanıt vermediniz',
  'quiz.correct': 'Doğru!',
  'quiz.wrong': 'Bu sefer olmadı',
  'quiz.gained': { one: '+{count} puan', other: '+{count} puan' },
  'quiz.points': { one: '{count} puan', other: '{count} puan' },
  'quiz.score': '{gained} · toplam {total}',
  'quiz.scoreRanked': '{gained} · toplam {total} · {place} sıra',
  'quiz.zeroPoints': 'Bu sorudan 0 puan.',
  'quiz.ofAnswers': 'oranında seçildi',
  'quiz.correctTag': 'Doğru',
  'quiz.yourAnswer': 'Yanıtınız',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: '{count} saniye kaldı', other: '{count} saniye kaldı' },
  'quiz.unitLeft': { one: 'sn kaldı', other: 'sn kaldı' },
  'quiz.unitTimesUp': 'süre doldu',
  'quiz.limitSeconds': { one: '{count} sn', other: '{count} sn' },
  'quiz.limitMinutes': { one: '{count} dk', other: '{count} dk' },
  'quiz.limitMinutesSeconds': '{minutes} dk {seconds} sn',

  // Quiz: the results
  'quiz.correctAnswer': { one: 'Doğru yanıt: {answer}', other: 'Doğru yanıtlar: {answer}' },
  'quiz.gotItRight': '— doğru bilenler: {percent}',
  'quiz.startsSoon': 'Yarışma birazdan başlıyor',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Skor tablosundaki adınız {optional}',
  'quiz.nameOptional': '(isteğe bağlı)',
  'quiz.nameHelp': {
    one: 'En fazla {count} karakter. Ad girmezseniz “Oyuncu” ve bir numara olarak görünürsünüz.',
    other: 'En fazla {count} karakter. Ad girmezseniz “Oyuncu” ve bir numara olarak görünürsünüz.',
  },
  'quiz.nameSaved': 'Kaydedildi: skor tablosunda “{name}” olarak görüneceksiniz.',
  'quiz.nameEmpty': 'Önce bir ad yazın.',
  'quiz.nameTooLong': {
    one: '{count} karakter: bir ad en fazla {max} karakter olabilir.',
    other: '{count} karakter: bir ad en fazla {max} karakter olabilir.',
  },
  'quiz.nameError.invalid_name': 'Bu ad skor tablosunda kullanılamaz; başka bir ad seçin.',
  'quiz.nameError.invalid_message': 'Ad 1 ile {max} karakter arasında olmalı.',
  'quiz.nameError.rate_limited': 'Aynı anda çok fazla deneme. Bir saniye bekleyin.',
  'quiz.nameFailed': 'Adınız kaydedilemedi: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '%95 güvenle ±{margin} puan',
  'choice.marginMethod':
    'Önde giden “{option}” seçeneği ({percent}) için %95 güven düzeyinde hata payı: normal yaklaşım, 1,96 × √(p(1 − p) / n), n = {voters}.',
} satisfies KindsCatalogue;

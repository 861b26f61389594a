/** Azerbaijani: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'Qiymət verin: 1–5 ulduz',
  'rating.ruleNumbers': 'Qiymət verin: 1–{max}',
  'rating.stars': { one: '{count} ulduz', other: '{count} ulduz' },
  'rating.starsWord': { one: '{count} ulduz, {word}', other: '{count} ulduz, {word}' },
  'rating.valueOf': '{value} / {max}',
  'rating.valueOfWord': '{value} / {max}, {word}',
  'rating.sending': '{value} · göndərilir…',
  'rating.yours': 'Qiymətiniz: {value}',
  'rating.howStars': 'Qiymət vermək üçün ulduza toxunun.',
  'rating.howStarsOnce':
    'Qiymət vermək üçün ulduza toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
  'rating.howNumbers': 'Qiymət vermək üçün rəqəmə toxunun.',
  'rating.howNumbersOnce':
    'Qiymət vermək üçün rəqəmə toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
  'rating.canChange': 'Səsvermə bağlanana qədər qiymətinizi dəyişə bilərsiniz.',
  'rating.average': 'orta qiymət',
  'rating.median': 'median {median}',

  // Ranking
  'ranking.rule': 'Sıraya düzün',
  'ranking.how':
    'Variantları sıraya düzün, ən çox bəyəndiyiniz birinci olsun: sürüşdürün və ya oxlardan istifadə edin. Sonra «Sıralamanı göndərin» düyməsinə toxunun.',
  'ranking.howOnce':
    'Variantları sıraya düzün, ən çox bəyəndiyiniz birinci olsun: sürüşdürün və ya oxlardan istifadə edin. Sonra «Sıralamanı göndərin» düyməsinə toxunun. Göndərildikdən sonra sıralamanız dəyişmir.',
  'ranking.final': 'Sıralamanız qətidir.',
  'ranking.canChange': 'Səsvermə bağlanana qədər sıralamanızı dəyişə bilərsiniz.',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (bərabər):',
  'ranking.moveUp': '{option} — yuxarı qaldırın',
  'ranking.moveDown': '{option} — aşağı salın',
  'ranking.drag': 'Yerini dəyişmək üçün sürüşdürün',
  'ranking.moved': '{option}, yer {position} / {count}.',
  'ranking.submit': 'Sıralamanı göndərin',
  'ranking.update': 'Sıralamanı yeniləyin',
  'ranking.points': { one: '{count} xal', other: '{count} xal' },
  'ranking.averagePosition': 'orta yer {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Bir söz',
  'wordcloud.ruleUpTo': { one: 'Ən çoxu {count} söz', other: 'Ən çoxu {count} söz' },
  'wordcloud.how': {
    one: 'Söz yazıb «Əlavə edin» düyməsinə toxunun, ən çoxu {count} söz. Sonra «Sözləri göndərin» düyməsinə toxunun.',
    other:
      'Söz yazıb «Əlavə edin» düyməsinə toxunun, ən çoxu {count} söz. Sonra «Sözləri göndərin» düyməsinə toxunun.',
  },
  'wordcloud.howOnce': {
    one: 'Söz yazıb «Əlavə edin» düyməsinə toxunun, ən çoxu {count} söz. Sonra «Sözləri göndərin» düyməsinə toxunun. Göndərildikdən sonra sözləriniz dəyişmir.',
    other:
      'Söz yazıb «Əlavə edin» düyməsinə toxunun, ən çoxu {count} söz. Sonra «Sözləri göndərin» düyməsinə toxunun. Göndərildikdən sonra sözləriniz dəyişmir.',
  },
  'wordcloud.final': 'Sözləriniz qətidir.',
  'wordcloud.canChange': 'Səsvermə bağlanana qədər sözlərinizi dəyişə bilərsiniz.',
  'wordcloud.wordLabel': 'Söz',
  'wordcloud.placeholder': 'Söz yazın',
  'wordcloud.placeholderFull': 'Söz limiti doldu',
  'wordcloud.add': 'Əlavə edin',
  'wordcloud.yourWords': 'Sözləriniz',
  'wordcloud.remove': '{word} sözünü silin',
  'wordcloud.sending': '{words} · göndərilir…',
  'wordcloud.count': { one: '{chosen} / {count} söz', other: '{chosen} / {count} söz' },
  'wordcloud.submit': 'Sözləri göndərin',
  'wordcloud.update': 'Sözləri yeniləyin',
  'wordcloud.full': {
    one: 'Artıq {count} söz əlavə etmisiniz — bu maksimumdur. Başqasını əlavə etmək üçün əvvəlcə birini silin.',
    other:
      'Artıq {count} söz əlavə etmisiniz — bu maksimumdur. Başqasını əlavə etmək üçün əvvəlcə birini silin.',
  },
  'wordcloud.already': '«{word}» sözünü artıq əlavə etmisiniz.',
  'wordcloud.problemEmpty': 'Söz boş ola bilməz.',
  'wordcloud.problemTooLong': {
    one: 'Söz ən çoxu {max} simvol ola bilər, bu sözdə isə {count} simvol var.',
    other: 'Söz ən çoxu {max} simvol ola bilər, bu sözdə isə {count} simvol var.',
  },
  'wordcloud.problemMalformed': 'Söz düzgün Unicode olmalıdır (tək surroqatlar olmadan).',
  'wordcloud.problemOneLine': 'Söz bir sətir olmalıdır, idarəetmə simvolları olmadan.',
  'wordcloud.problemNoLetter': 'Sözdə ən azı bir hərf və ya rəqəm olmalıdır.',
  'wordcloud.waiting': 'İlk sözlər gözlənilir',
  'wordcloud.word': 'Söz',
  'wordcloud.countHeader': 'Say',
  'wordcloud.more': { one: 'və daha {count} söz', other: 'və daha {count} söz' },
  'wordcloud.cloudMore': { one: '+{count} söz', other: '+{count} söz' },
  'wordcloud.askOne': 'Telefonunuzdan bir söz göndərin',
  'wordcloud.askUpTo': {
    one: 'Telefonunuzdan ən çoxu {count} söz göndərin',
    other: 'Telefonunuzdan ən çoxu {count} söz göndərin',
  },

  // Open text
  'text.rule': 'Öz sözlərinizlə cavab verin',
  'text.quoted': '«{text}»',
  'text.howPre':
    'Cavabınızı yazın, sonra «Cavabı göndərin» düyməsinə toxunun. Aparıcı hər cavabı göstərməzdən əvvəl təsdiqləyir.',
  'text.howPreOnce':
    'Cavabınızı yazın, sonra «Cavabı göndərin» düyməsinə toxunun. Aparıcı hər cavabı göstərməzdən əvvəl təsdiqləyir. Göndərildikdən sonra cavabınız dəyişmir.',
  'text.howPost': 'Cavabınızı yazın, sonra «Cavabı göndərin» düyməsinə toxunun.',
  'text.howPostOnce':
    'Cavabınızı yazın, sonra «Cavabı göndərin» düyməsinə toxunun. Göndərildikdən sonra cavabınız dəyişmir.',
  'text.final': 'Cavabınız qətidir.',
  'text.canChange': 'Səsvermə bağlanana qədər cavabınızı redaktə edə bilərsiniz.',
  'text.placeholder': 'Cavabınızı yazın',
  'text.tooLong': {
    one: '{count} simvol artıqdır: cavab ən çoxu {max} simvol ola bilər.',
    other: '{count} simvol artıqdır: cavab ən çoxu {max} simvol ola bilər.',
  },
  'text.empty': 'Əvvəlcə cavabınızı yazın: boş cavab göndərilə bilməz.',
  'text.edit': 'Cavabı redaktə edin',
  'text.send': 'Cavabı göndərin',
  'text.update': 'Cavabı yeniləyin',
  'text.mineSending': 'Cavabınız',
  'text.mineSent': 'Cavabınız (göndərildiyi kimi)',
  'text.onWall': 'Cavabınız divardadır.',
  'text.awaitingApproval': 'Göstərilməzdən əvvəl aparıcının təsdiqi gözlənilir.',
  'text.shownAtOnce': 'Cavablar dərhal divara çıxır; aparıcı onları gizlədə bilər.',
  'text.noAnswers': 'Hələ cavab yoxdur',
  'text.emptyPre': 'Aparıcı təsdiqlədikdən sonra cavablar burada görünəcək.',
  'text.emptyPost': 'Cavablar gəldikcə burada görünəcək.',
  'text.noneOnWall': 'Divarda hələ cavab yoxdur.',
  'text.listLabel': '{caption}: divardakı cavablar, ən yeniləri əvvəldə',
  'text.showAll': { one: 'Bütün {count} cavabı göstərin', other: 'Bütün {count} cavabı göstərin' },
  'text.showFewer': 'Daha az göstərin',
  'text.newest': { one: 'Ən yeni {count} cavab', other: 'Ən yeni {count} cavab' },
  'text.previewTitle': 'İştirakçılar öz sözləri ilə cavab verir',
  'text.previewPre': 'Ən çoxu {max} simvol · hər cavab göstərilməzdən əvvəl təsdiqlənir',
  'text.previewPost': 'Ən çoxu {max} simvol · cavablar gəldikcə göstərilir',

  // Audience Q&A: the phone
  'qa.rule': 'Sual verin və sualları bəyənin',
  'qa.badgeOpen': 'Suallar açıqdır',
  'qa.badgeClosed': 'Suallar bağlıdır',
  'qa.asked': { one: '{count} sual verilib', other: '{count} sual verilib' },
  'qa.limit': {
    one: '{count} sual vermisiniz — bu sorğuda maksimum budur.',
    other: '{count} sual vermisiniz — bu sorğuda maksimum budur.',
  },
  'qa.error.poll_closed': 'Suallar bağlanıb. Sualınız göndərilmədi.',
  'qa.error.poll_not_open': 'Suallar hələ açılmayıb. Bir azdan yenə cəhd edin.',
  'qa.error.question_not_found': 'Bu sual artıq siyahıda yoxdur.',
  'qa.error.invalid_answer': 'Sual 1–{max} simvol olmalıdır.',
  'qa.askFailed': 'Sualınızı göndərmək alınmadı: {reason}',
  'qa.upvoteFailed': 'Bəyənməniz qeydə alınmadı: {reason}',
  'qa.unvoteFailed': 'Bəyənmənizi geri götürmək alınmadı: {reason}',
  'qa.tooLong': {
    one: '{count} simvol artıqdır: sual ən çoxu {max} simvol ola bilər.',
    other: '{count} simvol artıqdır: sual ən çoxu {max} simvol ola bilər.',
  },
  'qa.empty': 'Əvvəlcə sualınızı yazın: boş sual göndərilə bilməz.',
  'qa.label': 'Sualınız',
  'qa.placeholder': 'Sualınızı yazın',
  'qa.send': 'Sualı göndərin',
  'qa.hintDraft': 'Suallar hələ açılmayıb.',
  'qa.hintClosed': 'Suallar bağlanıb.',
  'qa.hintNotOpen': 'Suallar açıq deyil.',
  'qa.howPre':
    'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin. Aparıcı hər sualı göstərməzdən əvvəl təsdiqləyir.',
  'qa.howPreLeft': {
    one: 'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin. Aparıcı hər sualı göstərməzdən əvvəl təsdiqləyir. Daha {count} sual verə bilərsiniz.',
    other:
      'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin. Aparıcı hər sualı göstərməzdən əvvəl təsdiqləyir. Daha {count} sual verə bilərsiniz.',
  },
  'qa.howPost': 'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin.',
  'qa.howPostLeft': {
    one: 'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin. Daha {count} sual verə bilərsiniz.',
    other:
      'Sual verin və ya cavablandırılmasını istədiyiniz sualları bəyənin. Daha {count} sual verə bilərsiniz.',
  },
  'qa.mineTitle': 'Hələ siyahıda olmayan suallarınız',
  'qa.listTitle': 'Suallar',
  'qa.total': '({count})',
  'qa.topOf': { one: '({count} sualdan ilk {shown})', other: '({count} sualdan ilk {shown})' },
  'qa.waiting': { one: '{count} yeni / yenilənmiş', other: '{count} yeni / yenilənmiş' },
  'qa.emptyPre': 'Hələ sual yoxdur. Aparıcı təsdiqlədikdən sonra suallar burada görünəcək.',
  'qa.emptyPost': 'Hələ sual yoxdur. İlk sualı siz verin.',
  'qa.onScreen': 'İndi ekranda',
  'qa.answered': 'Cavablandırılıb',
  'qa.yours': 'Sizin',
  'qa.upvoteLabel': { one: 'Bəyənin ({count} bəyənmə)', other: 'Bəyənin ({count} bəyənmə)' },
  'qa.awaitingModeration': 'Moderasiya gözlənilir',
  'qa.sent': 'Göndərildi',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} sual', other: '{count} sual' },
  'qa.upvotes': { one: '{count} bəyənmə', other: '{count} bəyənmə' },
  'qa.upvoteWord': { one: 'bəyənmə', other: 'bəyənmə' },
  'qa.upvotesAnswered': {
    one: '{count} bəyənmə · Cavablandırılıb',
    other: '{count} bəyənmə · Cavablandırılıb',
  },
  'qa.fromAudience': 'Auditoriyadan sual',
  'qa.onScreenNow': 'İndi ekranda: {text}',
  'qa.allAnswered': 'Bütün suallar cavablandırılıb',
  'qa.noQuestions': 'Hələ sual yoxdur',
  'qa.noQuestionsPhone': 'Hələ sual yoxdur.',
  'qa.screenEmptyPre':
    'Telefonunuzdan sual verin: aparıcı təsdiqlədikdən sonra suallar burada görünəcək.',
  'qa.screenEmptyPost': 'Telefonunuzdan sual verin: suallar gəldikcə burada görünəcək.',
  'qa.listLabel': '{caption}: suallar, ən çox bəyənilənlər əvvəldə',
  'qa.previewTitle': 'Suallarınızı telefonunuzdan verin',
  'qa.previewPre':
    'Cavablandırılmasını istədiyiniz sualları bəyənin · hər sual göstərilməzdən əvvəl təsdiqlənir',
  'qa.previewPost':
    'Cavablandırılmasını istədiyiniz sualları bəyənin · suallar gəldikcə göstərilir',
  'qa.tag': 'Sual-cavab',
  'qa.tagPre': 'Sual-cavab · suallar əvvəlcə təsdiqlənir',

  // Quiz: the phone
  'quiz.rule': 'Bir cavab seçin',
  'quiz.badge': 'Viktorina',
  'quiz.timesUp': 'Vaxt bitdi',
  'quiz.timesUpHint': 'Vaxt bitdi.',
  'quiz.notStarted': 'Sual hələ başlamayıb.',
  'quiz.answerFinal': 'Cavabınız qətidir.',
  'quiz.how': {
    one: 'Cavabınıza toxunun: bir toxunuş, dəyişmək olmaz. Nə qədər tez, o qədər çox xal (ən çoxu {count}).',
    other:
      'Cavabınıza toxunun: bir toxunuş, dəyişmək olmaz. Nə qədər tez, o qədər çox xal (ən çoxu {count}).',
  },
  'quiz.sending': 'Cavabınız göndərilir…',
  'quiz.locked': 'Cavab qəbul edildi',
  'quiz.lockedDetail': 'Düzgün cavab vaxt bitəndə göstəriləcək.',
  'quiz.noAnswer': 'Cavab vermədiniz',
  'quiz.correct': 'Düzdür!',
  'quiz.wrong': 'Bu dəfə alınmadı',
  'quiz.gained': { one: '+{count} xal', other: '+{count} xal' },
  'quiz.points': { one: '{count} xal', other: '{count} xal' },
  'quiz.score': '{gained} · cəmi {total}',
  'quiz.scoreRanked': '{gained} · cəmi {total} · {place} yer',
  'quiz.zeroPoints': 'Bu sual üçün 0 xal.',
  'quiz.ofAnswers': 'cavabların',
  'quiz.correctTag': 'Düzgün',
  'quiz.yourAnswer': 'Cavabınız',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: '{count} saniyə qaldı', other: '{count} saniyə qaldı' },
  'quiz.unitLeft': { one: 'san. qaldı', other: 'san. qaldı' },
  'quiz.unitTimesUp': 'vaxt bitdi',
  'quiz.limitSeconds': { one: '{count} san.', other: '{count} san.' },
  'quiz.limitMinutes': { one: '{count} dəq.', other: '{count} dəq.' },
  'quiz.limitMinutesSeconds': '{minutes} dəq. {seconds} san.',

  // Quiz: the results
  'quiz.correctAnswer': { one: 'Düzgün cavab: {answer}', other: 'Düzgün cavablar: {answer}' },
  'quiz.gotItRight': '— {percent} düz cavab verdi',
  'quiz.startsSoon': 'Viktorina tezliklə başlayır',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Liderlər cədvəlində adınız {optional}',
  'quiz.nameOptional': '(istəyə görə)',
  'quiz.nameHelp': {
    one: 'Ən çoxu {count} simvol. Ad yazmasanız, «Oyunçu» və nömrə kimi görünəcəksiniz.',
    other: 'Ən çoxu {count} simvol. Ad yazmasanız, «Oyunçu» və nömrə kimi görünəcəksiniz.',
  },
  'quiz.nameSaved': 'Saxlanıldı: liderlər cədvəlində «{name}» kimi görünürsünüz.',
  'quiz.nameEmpty': 'Əvvəlcə ad yazın.',
  'quiz.nameTooLong': {
    one: '{count} simvol: ad ən çoxu {max} simvol ola bilər.',
    other: '{count} simvol: ad ən çoxu {max} simvol ola bilər.',
  },
  'quiz.nameError.invalid_name': 'Bu ada liderlər cədvəlində icazə verilmir; başqasını seçin.',
  'quiz.nameError.invalid_message': 'Ad 1–{max} simvol olmalıdır.',
  'quiz.nameError.rate_limited': 'Eyni anda çox cəhd. Bir saniyə gözləyin.',
  'quiz.nameFailed': 'Adınızı saxlamaq mümkün olmadı: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} faiz bəndi (95% etibarlılıq)',
  'choice.marginMethod':
    'Öndə olan variant «{option}» ({percent}) üçün 95% etibarlılıqla xəta payı: normal yaxınlaşma, 1,96 × √(p(1 − p) / n), burada n = {voters}.',
} satisfies KindsCatalogue;

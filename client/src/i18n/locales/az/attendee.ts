/** Azerbaijani: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Dil',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Tərcümə',
  'vote.originalShown': 'Orijinal',
  'vote.showOriginal': 'Orijinalı göstərin',
  'vote.showTranslation': 'Tərcüməni göstərin ({language})',

  // Words every page uses
  'common.cancel': 'Ləğv edin',
  'common.save': 'Saxlayın',
  'common.saving': 'Saxlanılır…',
  'common.loading': 'Yüklənir…',
  'common.sending': 'göndərilir…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'simvol', other: 'simvol' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}-ci',
  'common.ordinal.two': '{n}-cu',
  'common.ordinal.few': '{n}-cü',
  'common.ordinal.many': '{n}-cı',
  'common.ordinal.other': '{n}-cu',

  // The connection dot on the vote page
  'connection.live': 'Canlı',
  'connection.connecting': 'Qoşulur…',
  'connection.offline': 'Oflayn',
  'connection.closed': 'Bağlantı kəsildi',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Səsvermə bağlanıb. Səsiniz sayılmadı.',
  'error.poll_not_open': 'Səsvermə hələ açılmayıb. Bir azdan yenə cəhd edin.',
  'error.vote_locked': 'Bu suala artıq səs vermisiniz və burada səsi dəyişmək olmur.',
  'error.invalid_choice': 'Bu seçim bu sual üçün keçərli deyil. Yenidən seçin.',
  'error.invalid_answer': 'Bu cavab bu sual üçün qəbul edilə bilməz. Yoxlayın və yenidən göndərin.',
  'error.poll_not_found': 'Bu sual moderator tərəfindən silinib.',
  'error.rate_limited': 'Eyni anda çox toxunuş. Bir saniyə gözləyib yenə cəhd edin.',
  'error.shutting_down': 'Server yenidən başladılır. Bir azdan yenə cəhd edin.',
  'error.store_unavailable': 'Server hazırda səsləri saxlaya bilmir. Səsiniz yenidən göndəriləcək.',
  'error.event_deleted': 'Bu tədbir başa çatıb.',
  'error.network_error': 'voxpop ilə əlaqə yoxdur. Bağlantınızı yoxlayıb yenə cəhd edin.',
  'error.voteFailed': 'Səsinizi saymaq mümkün olmadı. Yenə cəhd edin.',
  'error.serverUnreachable': 'voxpop serveri ilə əlaqə yoxdur. Bağlantınızı yoxlayın.',
  'error.exportFailed': 'İxrac alınmadı.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop ana səhifəsi',
  'join.title': 'Canlı sorğuya qoşulun',
  'join.lead': 'Telefonunuzdan səs vermək üçün ekrandakı kodu daxil edin. Qeydiyyat lazım deyil.',
  'join.codeLabel': 'Tədbir kodu',
  'join.codeHelp': '6 rəqəmli kod təqdimat ekranındadır.',
  'join.codeEmpty': 'Ekranda göstərilən 6 rəqəmli kodu daxil edin.',
  'join.codeShort': {
    one: 'Tədbir kodu 6 rəqəmdən ibarətdir, bu kodda isə {count} rəqəm var.',
    other: 'Tədbir kodu 6 rəqəmdən ibarətdir, bu kodda isə {count} rəqəm var.',
  },
  'join.join': 'Qoşulun',
  'join.joining': 'Qoşulur…',
  'join.error.event_not_found': '{code} kodlu tədbir yoxdur. Ekrandakı kodu yoxlayın.',
  'join.error.rate_limited': 'Eyni anda çox cəhd. Bir az gözləyib yenə cəhd edin.',
  'join.lookupFailed': 'Tədbiri axtararkən xəta baş verdi. Yenə cəhd edin.',
  'join.demo': 'Kod yoxdur? {link}',
  'join.demoLink': 'Demonu sınayın',
  'join.footer': 'voxpop · öz serverinizdə canlı sorğular',

  // The join page: creating an event
  'join.organiserTitle': 'Tədbir keçirirsiniz?',
  'join.organiserText':
    'Canlı sorğular yaradın, səslər gəldikcə nəticələri böyük ekranda göstərin.',
  'join.createOpen': 'Tədbir yaradın',
  'join.createNameLabel': 'Tədbirin adı',
  'join.createNamePlaceholder': 'məs. Sülh quruculuğu forumu, 1-ci gün',
  'join.createNameMissing': 'Tədbirinizə ad verin, məsələn, «Şəhər toplantısı, mart».',
  'join.createTokenLabel': 'Təşkilatçının giriş tokeni',
  'join.createUnauthorized':
    'Bu serverdə tədbirləri yalnız təşkilatçılar yarada bilər. Sizə verilən giriş tokenini daxil edin.',
  'join.createForbidden': 'Bu giriş tokeni düzgün deyil. Yoxlayıb yenə cəhd edin.',
  'join.createFailed': 'Tədbiri yaratmaq mümkün olmadı. Yenə cəhd edin.',
  'join.createHelp':
    'Tədbiri idarə etmək üçün şəxsi aparıcı linki alacaqsınız. Onu saxlayın: idarəetməyə qayıtmağın yeganə yolu budur.',
  'join.createSubmit': 'Tədbir yaradın',
  'join.creating': 'Yaradılır…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Səsvermə — voxpop',
  'vote.eventMissing': '{code} kodlu tədbir yoxdur',
  'vote.eventMissingHelp':
    'Ekrandakı kodu yoxlayıb yenə cəhd edin. Tədbir kodu 6 rəqəmdən ibarətdir.',
  'vote.invalidLink': 'Bu linkdə düzgün tədbir kodu yoxdur',
  'vote.notACode': '«{code}» tədbir kodu deyil. Tədbir kodu 6 rəqəmdən ibarətdir.',
  'vote.endedTitle': 'Bu tədbir başa çatıb',
  'vote.endedText': 'Moderator bu tədbiri bağlayıb. İştirakınız üçün təşəkkür edirik.',
  'vote.enterAnotherCode': 'Başqa kod daxil edin',
  'vote.joiningEvent': 'Tədbirə qoşulur: {code}…',
  'vote.joiningSlow':
    'Bu bir az uzun çəkir. Bağlantınızı yoxlayın; biz avtomatik cəhd etməyə davam edirik.',
  'vote.reconnecting': 'Yenidən qoşulur… Şəbəkə bərpa olunanda səsiniz göndəriləcək.',
  'vote.eventCode': 'Tədbir kodu {code}',
  'vote.joinAnother': 'Başqa tədbirə qoşulun',
  'vote.notConnected': 'Tədbirlə bağlantı yoxdur.',
  'vote.upNext': 'Növbəti',
  'vote.upNextText': 'Səsvermə bir azdan açılır. Cavablar burada özü görünəcək.',
  'vote.waitingTitle': 'Növbəti sual gözlənilir',
  'vote.waitingText':
    'Moderator növbəti sualı açacaq. O, burada özü görünəcək — səhifəni yeniləməyə ehtiyac yoxdur.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Bu səhifə bu növ sualı göstərə bilmir. Yenə cəhd etmək üçün səhifəni yeniləyin.',
  'vote.badgeOpen': 'Səsvermə açıqdır',
  'vote.badgeClosed': 'Səsvermə bağlıdır',
  'vote.badgeNotOpen': 'Hələ açılmayıb',
  'vote.sending': 'Səsiniz göndərilir…',
  'vote.sendingOffline': 'Hələ göndərilməyib: bağlantı gözlənilir…',
  'vote.counted': 'Səsiniz sayıldı',
  'vote.countedClosed': 'Səsiniz sayılmışdı',
  'vote.youChose': 'Seçiminiz: {choice}',
  'vote.didNotVote': 'Bu suala səs vermədiniz.',
  'vote.resultsNotShared': 'Moderator nəticələri paylaşmayıb.',
  'vote.yourVote': 'Səsiniz',
  'vote.answersCount': { one: '{count} cavab', other: '{count} cavab' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Səsvermə bağlanıb.',
  'vote.hintNotOpen': 'Səsvermə hələ açılmayıb.',
  'vote.voteFinal': 'Səsiniz qətidir.',
  'vote.canChange': 'Səsvermə bağlanana qədər səsinizi dəyişə bilərsiniz.',

  // Single and multiple choice
  'choice.ruleOne': 'Birini seçin',
  'choice.ruleAny': 'İstədiyiniz qədər seçin',
  'choice.ruleUpTo': {
    one: 'Ən çoxu {count} variant seçin',
    other: 'Ən çoxu {count} variant seçin',
  },
  'choice.tagAll': 'Uyğun olanların hamısını seçin',
  'choice.howSingle': 'Səs vermək üçün cavaba toxunun.',
  'choice.howSingleOnce': 'Səs vermək üçün cavaba toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
  'choice.howAny': 'İstədiyiniz qədər seçin, sonra «Səs verin» düyməsinə toxunun.',
  'choice.howAnyOnce':
    'İstədiyiniz qədər seçin, sonra «Səs verin» düyməsinə toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
  'choice.howUpTo': {
    one: 'Ən çoxu {count} variant seçin, sonra «Səs verin» düyməsinə toxunun.',
    other: 'Ən çoxu {count} variant seçin, sonra «Səs verin» düyməsinə toxunun.',
  },
  'choice.howUpToOnce': {
    one: 'Ən çoxu {count} variant seçin, sonra «Səs verin» düyməsinə toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
    other:
      'Ən çoxu {count} variant seçin, sonra «Səs verin» düyməsinə toxunun. Göndərildikdən sonra səsiniz dəyişmir.',
  },
  'choice.atLimit': {
    one: '{count} variant seçmisiniz — bu maksimumdur. Başqasını seçmək üçün əvvəlcə birini çıxarın.',
    other:
      '{count} variant seçmisiniz — bu maksimumdur. Başqasını seçmək üçün əvvəlcə birini çıxarın.',
  },
  'choice.chosenCount': {
    one: '{max} variantdan {count} seçilib',
    other: '{max} variantdan {count} seçilib',
  },
  'choice.submit': 'Səs verin',
  'choice.update': 'Səsi yeniləyin',

  // Results, whatever the kind
  'results.title': 'Nəticələr',
  'results.liveTitle': 'Canlı nəticələr',
  'results.voters': { one: '{count} nəfər səs verib', other: '{count} nəfər səs verib' },
  'results.captionVoters': {
    one: '{caption} — {count} nəfər səs verib',
    other: '{caption} — {count} nəfər səs verib',
  },
  'results.option': 'Variant',
  'results.percent': 'Faiz',
  'results.votes': 'Səslər',
  'results.votesCount': { one: '{count} səs', other: '{count} səs' },
  'results.loadFailed':
    'Nəticələri yükləmək mümkün olmadı. Yenə cəhd etmək üçün səhifəni yeniləyin.',
  'results.showAllOptions': {
    one: 'Bütün {count} variantı göstərin',
    other: 'Bütün {count} variantı göstərin',
  },
  'results.showFewerOptions': 'Daha az variant göstərin',
  'results.showAllValues': {
    one: 'Bütün {count} qiyməti göstərin',
    other: 'Bütün {count} qiyməti göstərin',
  },
  'results.showFewerValues': 'Daha az qiymət göstərin',
} satisfies AttendeeCatalogue;

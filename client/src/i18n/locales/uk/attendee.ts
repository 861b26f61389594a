/** Ukrainian: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Мова',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Перекладено',
  'vote.originalShown': 'Оригінал',
  'vote.showOriginal': 'Показати оригінал',
  'vote.showTranslation': 'Показати мовою: {language}',

  // Words every page uses
  'common.cancel': 'Скасувати',
  'common.save': 'Зберегти',
  'common.saving': 'Збереження…',
  'common.loading': 'Завантаження…',
  'common.sending': 'надсилання…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'символ', few: 'символи', many: 'символів', other: 'символу' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}-й',
  'common.ordinal.two': '{n}-й',
  'common.ordinal.few': '{n}-й',
  'common.ordinal.many': '{n}-й',
  'common.ordinal.other': '{n}-й',

  // The connection dot on the vote page
  'connection.live': 'На зв’язку',
  'connection.connecting': 'Підключення…',
  'connection.offline': 'Офлайн',
  'connection.closed': 'Від’єднано',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Голосування завершено. Ваш голос не зараховано.',
  'error.poll_not_open': 'Голосування ще не почалося. Спробуйте трохи згодом.',
  'error.vote_locked': 'Ви вже відповіли на це запитання, а змінювати голос тут не можна.',
  'error.invalid_choice': 'Цей варіант не підходить для цього запитання. Виберіть ще раз.',
  'error.invalid_answer':
    'Ця відповідь не підходить до запитання. Перевірте її та надішліть знову.',
  'error.poll_not_found': 'Модератор вилучив це запитання.',
  'error.rate_limited': 'Забагато натискань поспіль. Зачекайте секунду й спробуйте ще раз.',
  'error.shutting_down': 'Сервер перезапускається. Спробуйте трохи згодом.',
  'error.store_unavailable':
    'Сервер зараз не може зберігати голоси. Ваш голос буде надіслано повторно.',
  'error.event_deleted': 'Цю подію завершено.',
  'error.network_error':
    'Не вдається з’єднатися з voxpop. Перевірте підключення й спробуйте ще раз.',
  'error.voteFailed': 'Не вдалося зарахувати ваш голос. Спробуйте ще раз.',
  'error.serverUnreachable': 'Сервер voxpop недоступний. Перевірте підключення.',
  'error.exportFailed': 'Не вдалося експортувати.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'Головна сторінка voxpop',
  'join.title': 'Приєднайтеся до опитування',
  'join.lead': 'Введіть код з екрана, щоб голосувати з телефона. Без реєстрації.',
  'join.codeLabel': 'Код події',
  'join.codeHelp': 'Шестизначний код показано на екрані презентації.',
  'join.codeEmpty': 'Введіть шестизначний код з екрана.',
  'join.codeShort': {
    one: 'Код події має 6 цифр, а тут лише {count}.',
    few: 'Код події має 6 цифр, а тут лише {count}.',
    many: 'Код події має 6 цифр, а тут лише {count}.',
    other: 'Код події має 6 цифр, а тут лише {count}.',
  },
  'join.join': 'Приєднатися',
  'join.joining': 'Приєднання…',
  'join.error.event_not_found': 'Події з кодом {code} немає. Перевірте код на екрані.',
  'join.error.rate_limited': 'Забагато спроб поспіль. Зачекайте трохи й спробуйте ще раз.',
  'join.lookupFailed': 'Під час пошуку події сталася помилка. Спробуйте ще раз.',
  'join.demo': 'Немає коду? {link}',
  'join.demoLink': 'Спробуйте демо',
  'join.footer': 'voxpop · опитування наживо на власному сервері',

  // The join page: creating an event
  'join.organiserTitle': 'Організовуєте подію?',
  'join.organiserText':
    'Створюйте опитування наживо й показуйте результати на великому екрані, щойно надходять голоси.',
  'join.createOpen': 'Створити подію',
  'join.createNameLabel': 'Назва події',
  'join.createNamePlaceholder': 'напр., Форум миробудування, день 1',
  'join.createNameMissing': 'Дайте події назву, наприклад «Міські збори, березень».',
  'join.createTokenLabel': 'Токен доступу організатора',
  'join.createUnauthorized':
    'На цьому сервері події створюють лише організатори. Введіть токен доступу, який вам видали.',
  'join.createForbidden': 'Неправильний токен доступу. Перевірте його й спробуйте ще раз.',
  'join.createFailed': 'Не вдалося створити подію. Спробуйте ще раз.',
  'join.createHelp':
    'Ви отримаєте приватне посилання ведучого для керування подією. Збережіть його: лише так можна повернутися до керування.',
  'join.createSubmit': 'Створити подію',
  'join.creating': 'Створення…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Голосування — voxpop',
  'vote.eventMissing': 'Немає події з кодом {code}',
  'vote.eventMissingHelp': 'Перевірте код на екрані й спробуйте ще раз. Код події має 6 цифр.',
  'vote.invalidLink': 'У цьому посиланні немає дійсного коду події',
  'vote.notACode': '«{code}» — не код події. Код події має 6 цифр.',
  'vote.endedTitle': 'Цю подію завершено',
  'vote.endedText': 'Модератор закрив цю подію. Дякуємо за участь.',
  'vote.enterAnotherCode': 'Ввести інший код',
  'vote.joiningEvent': 'Приєднання до події {code}…',
  'vote.joiningSlow':
    'Це триває довше, ніж зазвичай. Перевірте підключення; ми й далі пробуємо самі.',
  'vote.reconnecting':
    'Повторне підключення… Ваш голос буде надіслано, щойно ви знову будете онлайн.',
  'vote.eventCode': 'Код події {code}',
  'vote.joinAnother': 'Приєднатися до іншої події',
  'vote.notConnected': 'Немає з’єднання з подією.',
  'vote.upNext': 'Далі',
  'vote.upNextText': 'Голосування ось-ось почнеться. Варіанти відповідей з’являться тут самі.',
  'vote.waitingTitle': 'Чекаємо на наступне запитання',
  'vote.waitingText':
    'Модератор відкриє наступне запитання. Воно з’явиться тут саме — оновлювати сторінку не треба.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Ця сторінка не може показати такий тип запитання. Оновіть її й спробуйте ще раз.',
  'vote.badgeOpen': 'Голосування відкрите',
  'vote.badgeClosed': 'Голосування закрите',
  'vote.badgeNotOpen': 'Ще не відкрите',
  'vote.sending': 'Надсилаємо ваш голос…',
  'vote.sendingOffline': 'Ще не надіслано: чекаємо на з’єднання…',
  'vote.counted': 'Ваш голос зараховано',
  'vote.countedClosed': 'Ваш голос було зараховано',
  'vote.youChose': 'Ваш вибір: {choice}',
  'vote.didNotVote': 'Ви не відповіли на це запитання.',
  'vote.resultsNotShared': 'Модератор не оприлюднив результати.',
  'vote.yourVote': 'Ваш голос',
  'vote.answersCount': {
    one: '{count} відповідь',
    few: '{count} відповіді',
    many: '{count} відповідей',
    other: '{count} відповіді',
  },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Голосування завершено.',
  'vote.hintNotOpen': 'Голосування ще не почалося.',
  'vote.voteFinal': 'Ваш голос остаточний.',
  'vote.canChange': 'Ви можете змінити голос, доки голосування не завершиться.',

  // Single and multiple choice
  'choice.ruleOne': 'Виберіть один',
  'choice.ruleAny': 'Виберіть будь-які',
  'choice.ruleUpTo': {
    one: 'Виберіть до {count}',
    few: 'Виберіть до {count}',
    many: 'Виберіть до {count}',
    other: 'Виберіть до {count}',
  },
  'choice.tagAll': 'Виберіть усі, що підходять',
  'choice.howSingle': 'Торкніться відповіді, щоб проголосувати.',
  'choice.howSingleOnce': 'Торкніться відповіді, щоб проголосувати. Надісланий голос остаточний.',
  'choice.howAny': 'Виберіть скільки завгодно, потім натисніть «Проголосувати».',
  'choice.howAnyOnce':
    'Виберіть скільки завгодно, потім натисніть «Проголосувати». Надісланий голос остаточний.',
  'choice.howUpTo': {
    one: 'Виберіть до {count}, потім натисніть «Проголосувати».',
    few: 'Виберіть до {count}, потім натисніть «Проголосувати».',
    many: 'Виберіть до {count}, потім натисніть «Проголосувати».',
    other: 'Виберіть до {count}, потім натисніть «Проголосувати».',
  },
  'choice.howUpToOnce': {
    one: 'Виберіть до {count}, потім натисніть «Проголосувати». Надісланий голос остаточний.',
    few: 'Виберіть до {count}, потім натисніть «Проголосувати». Надісланий голос остаточний.',
    many: 'Виберіть до {count}, потім натисніть «Проголосувати». Надісланий голос остаточний.',
    other: 'Виберіть до {count}, потім натисніть «Проголосувати». Надісланий голос остаточний.',
  },
  'choice.atLimit': {
    one: 'Вибрано {count} — це максимум. Щоб вибрати інший, спершу зніміть позначку з одного.',
    few: 'Вибрано {count} — це максимум. Щоб вибрати інший, спершу зніміть позначку з одного.',
    many: 'Вибрано {count} — це максимум. Щоб вибрати інший, спершу зніміть позначку з одного.',
    other: 'Вибрано {count} — це максимум. Щоб вибрати інший, спершу зніміть позначку з одного.',
  },
  'choice.chosenCount': {
    one: 'Вибрано {count} з {max}',
    few: 'Вибрано {count} з {max}',
    many: 'Вибрано {count} з {max}',
    other: 'Вибрано {count} з {max}',
  },
  'choice.submit': 'Проголосувати',
  'choice.update': 'Оновити голос',

  // Results, whatever the kind
  'results.title': 'Результати',
  'results.liveTitle': 'Результати наживо',
  'results.voters': {
    one: '{count} учасник',
    few: '{count} учасники',
    many: '{count} учасників',
    other: '{count} учасника',
  },
  'results.captionVoters': {
    one: '{caption} — {count} учасник',
    few: '{caption} — {count} учасники',
    many: '{caption} — {count} учасників',
    other: '{caption} — {count} учасника',
  },
  'results.option': 'Варіант',
  'results.percent': 'Відсоток',
  'results.votes': 'Голоси',
  'results.votesCount': {
    one: '{count} голос',
    few: '{count} голоси',
    many: '{count} голосів',
    other: '{count} голосу',
  },
  'results.loadFailed': 'Не вдалося завантажити результати. Оновіть сторінку й спробуйте ще раз.',
  'results.showAllOptions': {
    one: 'Показати всі {count} варіант',
    few: 'Показати всі {count} варіанти',
    many: 'Показати всі {count} варіантів',
    other: 'Показати всі {count} варіанта',
  },
  'results.showFewerOptions': 'Показати менше варіантів',
  'results.showAllValues': {
    one: 'Показати всі {count} значення',
    few: 'Показати всі {count} значення',
    many: 'Показати всі {count} значень',
    other: 'Показати всі {count} значення',
  },
  'results.showFewerValues': 'Показати менше значень',
} satisfies AttendeeCatalogue;

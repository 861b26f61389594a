/** Ukrainian: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Ведучий — voxpop',
  'host.homeLink': 'Головна сторінка voxpop',
  'host.role': 'Пульт ведучого',
  'host.attendeesConnected': {
    one: '{number} учасник на зв’язку',
    few: '{number} учасники на зв’язку',
    many: '{number} учасників на зв’язку',
    other: '{number} учасника на зв’язку',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': {
    one: '{count} учасник',
    few: '{count} учасники',
    many: '{count} учасників',
    other: '{count} учасника',
  },
  'host.status.online': 'На зв’язку',
  'host.status.connecting': 'Підключення…',
  'host.status.offline': 'Повторне підключення…',
  'host.status.closed': 'Від’єднано',
  'host.connecting': 'Підключення до вашої події…',
  'host.offlineBanner':
    'Зв’язок утрачено — підключаємося знову… Лічильники й присутність наживо призупинено до відновлення.',
  'host.cancel': 'Скасувати',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Код події {code}',
  'host.pollCount': {
    one: '{count} опитування',
    few: '{count} опитування',
    many: '{count} опитувань',
    other: '{count} опитування',
  },
  'host.openCount': {
    one: '{count} відкрите для голосування',
    few: '{count} відкриті для голосування',
    many: '{count} відкритих для голосування',
    other: '{count} відкриті для голосування',
  },
  'host.polls': 'Опитування',
  'host.newPoll': 'Нове опитування',
  'host.noPolls': 'Опитувань ще немає',
  'host.noPollsText':
    'Напишіть перше запитання. Це чернетка, яку бачите лише ви, доки не відкриєте її або не виведете на екран; учасники голосують в опитуванні, яке відкрите й показане на екрані.',
  'host.createPoll': 'Створити опитування',

  // The host console: renaming the event
  'host.title.rename': 'Перейменувати подію',
  'host.title.label': 'Назва події',
  'host.title.save': 'Зберегти',
  'host.title.empty': 'Події потрібна назва.',
  'host.title.tooLong': {
    one: 'Назва має {count} символ; ліміт — {limit}.',
    few: 'Назва має {count} символи; ліміт — {limit}.',
    many: 'Назва має {count} символів; ліміт — {limit}.',
    other: 'Назва має {count} символу; ліміт — {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Збережіть це посилання — лише так можна повернутися до модерування цієї події.',
  'host.keyNotice.text':
    'Облікових записів немає: будь-хто з посиланням на цю сторінку може керувати подією, а втрачене посилання ніхто не відновить. Додайте його в закладки або збережіть у менеджері паролів.',
  'host.keyNotice.saved': 'Посилання збережено',
  'host.copyHostLink': 'Копіювати посилання ведучого',

  // The host console: a poll's card
  'host.card.number': 'Опитування {number}',
  'host.card.draft': 'Чернетка',
  'host.card.open': 'Відкрите',
  'host.card.closed': 'Закрите',
  'host.card.onScreen': 'На екрані',
  'host.card.resultsHidden': 'Результати приховано',
  'host.card.edit': 'Редагувати',
  'host.card.duplicate': 'Дублювати',
  'host.card.downloadImage': 'Завантажити зображення',
  'host.card.downloadImageTitle': 'Завантажити результати як зображення (PNG) для слайдів',
  'host.card.reset': 'Скинути',
  'host.card.resetTitle': 'Скинути голоси',
  'host.card.delete': 'Видалити',
  'host.card.deleteTitle': 'Видалити опитування',
  'host.card.hintNotOpen':
    'На екрані, але голосування ще не відкрите: учасники бачать запитання й чекають.',
  'host.card.hintNotOnScreen':
    'Відкрите, але не на екрані: учасники бачать лише опитування, що на екрані.',
  'host.card.hintClosed': 'Голосування закрите: учасники й екран показують остаточні результати.',
  'host.card.hintClosedHidden':
    'Голосування закрите, результати приховано: учасники й екран не бачать цифр.',
  'host.card.openVoting': 'Відкрити голосування',
  'host.card.closeVoting': 'Закрити голосування',
  'host.card.reopenVoting': 'Відновити голосування',
  'host.card.putOnScreen': 'Вивести на екран',
  'host.card.takeOffScreen': 'Прибрати з екрана',
  'host.card.showResults': 'Показати результати',
  'host.card.hideResults': 'Приховати результати',
  'host.card.voters': {
    one: '{number} учасник',
    few: '{number} учасники',
    many: '{number} учасників',
    other: '{number} учасника',
  },

  // The host console: the poll editor
  'host.editor.newTitle': 'Нове опитування',
  'host.editor.editTitle': 'Редагувати опитування',
  'host.editor.close': 'Закрити',
  'host.editor.question': 'Запитання',
  'host.editor.questionPlaceholder': 'Про що ви хочете запитати?',
  'host.editor.questionEmpty': 'Напишіть запитання, на яке відповідатимуть учасники.',
  'host.editor.questionTooLong': {
    one: 'Запитання має {count} символ; ліміт — {limit}.',
    few: 'Запитання має {count} символи; ліміт — {limit}.',
    many: 'Запитання має {count} символів; ліміт — {limit}.',
    other: 'Запитання має {count} символу; ліміт — {limit}.',
  },
  'host.editor.kind': 'Як відповідають учасники',
  'host.editor.kindFixed': 'Тип опитування не можна змінити після створення.',
  'host.editor.allowChange': 'Учасники можуть змінювати голос',
  'host.editor.allowChangeHint':
    'Поки опитування відкрите. Якщо вимкнено, перший голос остаточний.',
  'host.editor.fixToCreate': 'Виправте виділені поля, щоб створити опитування.',
  'host.editor.fixToSave': 'Виправте виділені поля, щоб зберегти опитування.',
  'host.editor.create': 'Створити опитування',
  'host.editor.save': 'Зберегти зміни',
  'host.editor.saving': 'Збереження…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Щоб підтвердити, введіть {phrase}',
  'host.confirm.working': 'Виконується…',
  'host.resetPoll.title': 'Скинути це опитування?',
  'host.resetPoll.confirm': 'Скинути голоси',
  'host.resetPoll.text': {
    one: 'Його {count} голос буде видалено, і всі учасники зможуть проголосувати знову. Запитання, варіанти й стан опитування збережуться.',
    few: 'Його {count} голоси буде видалено, і всі учасники зможуть проголосувати знову. Запитання, варіанти й стан опитування збережуться.',
    many: 'Його {count} голосів буде видалено, і всі учасники зможуть проголосувати знову. Запитання, варіанти й стан опитування збережуться.',
    other:
      'Його {count} голосу буде видалено, і всі учасники зможуть проголосувати знову. Запитання, варіанти й стан опитування збережуться.',
  },
  'host.deletePoll.title': 'Видалити це опитування?',
  'host.deletePoll.confirm': 'Видалити опитування',
  'host.deletePoll.text': {
    one: 'Опитування та його {count} голос буде видалено назавжди.',
    few: 'Опитування та його {count} голоси буде видалено назавжди.',
    many: 'Опитування та його {count} голосів буде видалено назавжди.',
    other: 'Опитування та його {count} голосу буде видалено назавжди.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Опитування та його {count} голос буде видалено назавжди, і воно зникне з екрана презентації.',
    few: 'Опитування та його {count} голоси буде видалено назавжди, і воно зникне з екрана презентації.',
    many: 'Опитування та його {count} голосів буде видалено назавжди, і воно зникне з екрана презентації.',
    other:
      'Опитування та його {count} голосу буде видалено назавжди, і воно зникне з екрана презентації.',
  },
  'host.deleteEvent.title': 'Видалити цю подію?',
  'host.deleteEvent.confirm': 'Видалити подію',
  'host.deleteEvent.text':
    'Усі її опитування, голоси й учасників буде видалено назавжди. Телефони та екран презентації отримають повідомлення, що подію завершено. Це незворотно; якщо голоси вам потрібні, спершу експортуйте CSV.',
  'host.newRound.title': 'Почати новий раунд?',
  'host.newRound.confirm': 'Обнулити бали',
  'host.newRound.text': {
    one: '{count} запитання вікторини повернеться до чернеток, відповіді на нього буде видалено, а всі бали в таблиці лідерів обнулено. Це незворотно.',
    few: 'Усі {count} запитання вікторини повернуться до чернеток, відповіді на них буде видалено, а всі бали в таблиці лідерів обнулено. Це незворотно.',
    many: 'Усі {count} запитань вікторини повернуться до чернеток, відповіді на них буде видалено, а всі бали в таблиці лідерів обнулено. Це незворотно.',
    other:
      'Усі {count} запитання вікторини повернуться до чернеток, відповіді на них буде видалено, а всі бали в таблиці лідерів обнулено. Це незворотно.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Закрити',
  'host.toast.pollCreated': 'Опитування створено — відкрийте його, коли будете готові',
  'host.toast.pollDuplicated': 'Копію опитування додано як нову чернетку в кінець списку',
  'host.toast.votesCleared': 'Голоси скинуто',
  'host.toast.pollDeleted': 'Опитування видалено',
  'host.toast.newRound': 'Новий раунд: усі запитання вікторини скинуто, бали обнулено',
  'host.toast.csvDownloaded': 'CSV завантажено',
  'host.toast.imageDownloaded': 'Зображення результатів завантажено',
  'host.copy.hostLinkDone': 'Посилання ведучого скопійовано',
  'host.copy.hostLinkFailed':
    'Не вдалося скопіювати — виділіть посилання ведучого й скопіюйте його',
  'host.copy.joinLinkDone': 'Посилання для учасників скопійовано',
  'host.copy.joinLinkFailed':
    'Не вдалося скопіювати — виділіть посилання для учасників і скопіюйте його',
  'host.copy.presenterLinkDone': 'Посилання на екран презентації скопійовано',
  'host.copy.presenterLinkFailed':
    'Не вдалося скопіювати — виділіть посилання на екран і скопіюйте його',
  'host.copy.qrDone': 'QR-код скопійовано як зображення',
  'host.copy.qrFailed': 'Цей браузер не вміє копіювати зображення — скористайтеся «Завантажити»',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Не вдалося відкрити опитування',
  'host.failed.closePoll': 'Не вдалося закрити опитування',
  'host.failed.changeScreen': 'Не вдалося змінити те, що на екрані',
  'host.failed.showResults': 'Не вдалося показати результати',
  'host.failed.hideResults': 'Не вдалося приховати результати',
  'host.failed.createPoll': 'Не вдалося створити опитування',
  'host.failed.duplicatePoll': 'Не вдалося дублювати опитування',
  'host.failed.savePoll': 'Не вдалося зберегти опитування',
  'host.failed.resetPoll': 'Не вдалося скинути опитування',
  'host.failed.deletePoll': 'Не вдалося видалити опитування',
  'host.failed.renameEvent': 'Не вдалося перейменувати подію',
  'host.failed.changeScreenSetting': 'Не вдалося змінити налаштування екрана',
  'host.failed.showLeaderboard': 'Не вдалося показати таблицю лідерів',
  'host.failed.hideLeaderboard': 'Не вдалося прибрати таблицю лідерів',
  'host.failed.newRound': 'Не вдалося почати новий раунд',
  'host.failed.exportVotes': 'Не вдалося експортувати голоси',
  'host.failed.downloadImage': 'Не вдалося завантажити зображення результатів',
  'host.failed.deleteEvent': 'Не вдалося видалити подію',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Після першого голосу варіанти не можна змінювати — спершу скиньте опитування.',
  'host.error.invalid_state':
    'Опитування змінилося відтоді, як ця сторінка востаннє отримала дані. Спробуйте ще раз.',
  'host.error.poll_not_found':
    'Цього опитування вже немає — можливо, його видалили в іншій вкладці.',
  'host.error.event_not_found': 'Цієї події вже немає.',
  'host.error.unauthorized':
    'Для цієї дії потрібен ключ ведучого. Відкрийте повне посилання ведучого ще раз.',
  'host.error.forbidden': 'Ключ ведучого в цьому посиланні більше не дійсний для цієї події.',
  'host.error.rate_limited': 'Забагато змін одночасно — зачекайте трохи й спробуйте ще раз.',
  'host.error.payload_too_large': 'Це забагато тексту для одного опитування.',
  'host.error.network_error':
    'Сервер voxpop недоступний. Перевірте підключення й спробуйте ще раз.',
  'host.error.export_failed': 'Не вдалося експортувати. Спробуйте трохи згодом.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Спробуйте ще раз.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Це посилання ведучого не дійсне для події {code} — перевірте, чи скопіювали його повністю',
  'host.problem.wrongKeyText':
    'Частина після #key= не відповідає цій події. Відкрийте посилання ведучого точно таким, яким ви зберегли його під час створення події.',
  'host.problem.missingKey':
    'Це посилання ведучого для події {code} неповне — перевірте, чи скопіювали його повністю',
  'host.problem.missingKeyText':
    'Посилання ведучого закінчується на #key= і довгий секретний ключ. Без нього ця сторінка не може модерувати подію. Учасники ж приєднуються за посиланням події.',
  'host.problem.noEvent': 'Події {code} не існує',
  'host.problem.noEventText': 'Перевірте шість цифр у посиланні. Можливо також, що подію видалили.',
  'host.problem.deleted': 'Цю подію видалено',
  'host.problem.deletedText':
    'Її опитування, голоси й учасників видалено. Учасників та екран презентації сповіщено.',
  'host.problem.unreachable': 'Сервер voxpop недоступний',
  'host.problem.unreachableText': 'Перевірте підключення й оновіть цю сторінку.',
  'host.problem.badLink': 'Це не посилання ведучого',
  'host.problem.badLinkText':
    'Посилання ведучого має вигляд /host/123456#key=… — перевірте, чи скопіювали його повністю.',
  'host.problem.newEvent': 'Створити нову подію',
  'host.problem.home': 'Перейти до voxpop',

  // The host console: the side panel
  'host.side.label': 'Поширення й налаштування події',
  'host.side.invite': 'Запросіть учасників',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Відкрийте {host} і введіть',
  'host.side.qrAlt': 'QR-код, що відкриває посилання для приєднання до події {code}',
  'host.side.copy': 'Копіювати',
  'host.side.joinLink': 'Посилання для учасників',
  'host.side.copyJoinLink': 'Копіювати посилання для учасників',
  'host.side.qrCode': 'QR-код',
  'host.side.copyQr': 'Копіювати QR-код як зображення',
  'host.side.open': 'Відкрити',
  'host.side.openQr': 'Відкрити QR-код у новій вкладці',
  'host.side.download': 'Завантажити',
  'host.side.downloadQr': 'Завантажити QR-код',
  'host.side.screen': 'Екран презентації',
  'host.side.screenHint':
    'Для проєктора чи трансляції. Сам показує опитування, яке ви виводите на екран.',
  'host.side.presenterLink': 'Посилання на екран',
  'host.side.copyPresenterLink': 'Копіювати посилання на екран',
  'host.side.openScreen': 'Відкрити екран презентації',
  'host.side.showStats': 'Показувати похибку на екрані',
  'host.side.showStatsHint': 'Додає «±N в. п.» (довірчий рівень 95%) під результатами.',
  'host.side.data': 'Результати й доступ',
  'host.side.export': 'Експорт CSV',
  'host.side.exporting': 'Підготовка…',
  'host.side.exportHint': 'Усі поточні голоси, по рядку на кожен, для електронної таблиці.',
  'host.side.hostLinkHint': 'Приватне: будь-хто, хто його має, може модерувати цю подію.',
  'host.side.danger': 'Небезпечна зона',
  'host.side.dangerHint': 'Видалення події назавжди прибирає її опитування, голоси й учасників.',
  'host.side.deleteEvent': 'Видалити подію',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Таблиця лідерів вікторини',
  'leaderboard.title': 'Таблиця лідерів',
  'leaderboard.loading': 'Завантаження балів…',
  'leaderboard.failed': 'Не вдалося завантажити бали.',
  'leaderboard.panelEmpty':
    'Балів ще немає: вони накопичуються, коли закриваються запитання вікторини.',
  'leaderboard.screenEmpty':
    'Балів ще немає: відповідайте на запитання вікторини, щоб потрапити в таблицю.',
  'leaderboard.topScores': 'Найкращі результати',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Трійка лідерів',
  'leaderboard.rest': 'Місця з 4-го',
  'leaderboard.putOn': 'Показати таблицю лідерів на екрані',
  'leaderboard.takeOff': 'Прибрати таблицю лідерів з екрана',
  'leaderboard.offScreenHint': 'З’являється на екрані презентації замість опитування.',
  'leaderboard.onScreenHint':
    'На екрані презентації — таблиця лідерів. Якщо вивести на екран опитування, вона зникне.',
  'leaderboard.newRound': 'Новий раунд',
  'leaderboard.newRoundHint': {
    one: 'Скидає {count} запитання вікторини: відповіді й бали знову з нуля.',
    few: 'Скидає всі {count} запитання вікторини: відповіді й бали знову з нуля.',
    many: 'Скидає всі {count} запитань вікторини: відповіді й бали знову з нуля.',
    other: 'Скидає всі {count} запитання вікторини: відповіді й бали знову з нуля.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Модерація',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'спершу схвалення',
  'editor.moderation.post': 'показ одразу',
  'editor.options.legend': 'Варіанти',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} з {max}',
  'editor.options.locked':
    'Після першого голосу варіанти не можна змінювати — спершу скиньте опитування.',
  'editor.options.option': 'Варіант {number}',
  'editor.options.remove': 'Вилучити варіант {number}',
  'editor.options.add': 'Додати варіант',
  'editor.options.full': {
    one: 'Максимум для опитування — {count} варіант.',
    few: 'Максимум для опитування — {count} варіанти.',
    many: 'Максимум для опитування — {count} варіантів.',
    other: 'Максимум для опитування — {count} варіанта.',
  },
  'editor.options.enterHint': 'Натисніть Enter у варіанті, щоб додати наступний.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Один варіант',
  'editor.single.hint': 'Одиночний вибір',
  'editor.single.label': 'Одиночний вибір',
  'editor.multiple.title': 'Кілька варіантів',
  'editor.multiple.hint': 'Множинний вибір',
  'editor.multiple.label': 'Множинний вибір',
  'editor.multiple.labelUpTo': 'Множинний вибір · до {max}',
  'editor.multiple.footnote': 'Відсоток учасників; кожен може вибрати кілька варіантів.',
  'editor.choice.maxChoices': 'Кожен учасник може вибрати',
  'editor.choice.anyNumber': 'Будь-яку кількість варіантів',
  'editor.choice.upTo': {
    one: 'До {count} варіанта',
    few: 'До {count} варіантів',
    many: 'До {count} варіантів',
    other: 'До {count} варіанта',
  },
  'editor.choice.tooMany': {
    one: 'Учасники не можуть вибрати {max} з {count} варіанта.',
    few: 'Учасники не можуть вибрати {max} з {count} варіантів.',
    many: 'Учасники не можуть вибрати {max} з {count} варіантів.',
    other: 'Учасники не можуть вибрати {max} з {count} варіанта.',
  },

  // The editor: rating
  'editor.rating.title': 'Оцінка',
  'editor.rating.hint': 'Шкала оцінювання',
  'editor.rating.label': 'Оцінка · від 1 до {max}',
  'editor.rating.scale': 'Шкала',
  'editor.rating.size': 'Від 1 до {max}',
  'editor.rating.sizeStars': 'Від 1 до {max} (зірки)',
  'editor.rating.locked':
    'Після першої відповіді шкалу не можна змінити — спершу скиньте опитування.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Підпис для {value} (необов’язково)',
  'editor.rating.lowExample': 'напр., Зовсім ні',
  'editor.rating.highExample': 'напр., Повністю',
  'editor.rating.wordTooLong': {
    one: '{count} символ; підпис шкали може мати щонайбільше {limit}.',
    few: '{count} символи; підпис шкали може мати щонайбільше {limit}.',
    many: '{count} символів; підпис шкали може мати щонайбільше {limit}.',
    other: '{count} символу; підпис шкали може мати щонайбільше {limit}.',
  },
  'editor.rating.sizeProblem': 'Шкала — від 1 до {min}–{max}.',
  'editor.rating.summary': 'Середнє {average} / {max} · медіана {median}',

  // The editor: ranking
  'editor.ranking.title': 'Порядок',
  'editor.ranking.hint': 'Ранжування',
  'editor.ranking.label': {
    one: 'Ранжування · {count} варіант',
    few: 'Ранжування · {count} варіанти',
    many: 'Ранжування · {count} варіантів',
    other: 'Ранжування · {count} варіанта',
  },
  'editor.ranking.footnote': {
    one: 'Метод Борда: перше місце дає {count} бал, кожне наступне — на один менше.',
    few: 'Метод Борда: перше місце дає {count} бали, кожне наступне — на один менше.',
    many: 'Метод Борда: перше місце дає {count} балів, кожне наступне — на один менше.',
    other: 'Метод Борда: перше місце дає {count} бала, кожне наступне — на один менше.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Кілька слів',
  'editor.wordcloud.hint': 'Хмара слів',
  'editor.wordcloud.labelOne': 'Хмара слів · 1 слово',
  'editor.wordcloud.labelUpTo': {
    one: 'Хмара слів · до {count} слова',
    few: 'Хмара слів · до {count} слів',
    many: 'Хмара слів · до {count} слів',
    other: 'Хмара слів · до {count} слова',
  },
  'editor.wordcloud.count': 'Кожен учасник надсилає',
  'editor.wordcloud.one': 'Одне слово',
  'editor.wordcloud.upTo': {
    one: 'До {count} слова',
    few: 'До {count} слів',
    many: 'До {count} слів',
    other: 'До {count} слова',
  },
  'editor.wordcloud.locked':
    'Зменшити кількість слів можна лише до першої відповіді — спершу скиньте опитування.',
  'editor.wordcloud.countProblem': 'Кожен учасник надсилає від {min} до {max} слів.',
  'editor.wordcloud.filter': 'Фільтрувати лайку',
  'editor.wordcloud.filterHint':
    'Позначені фільтром слова бачите лише ви; учасники й екран їх ніколи не побачать.',

  // The editor: open text
  'editor.text.title': 'Письмова відповідь',
  'editor.text.hint': 'Відкрита відповідь',
  'editor.text.label': 'Відкрита відповідь · {moderation}',
  'editor.text.maxLength': 'Макс. довжина відповіді (символів)',
  'editor.text.maxLengthHint': 'Від {min} до {max}; {default} — це кілька речень.',
  'editor.text.maxLengthLocked':
    'В опитуванні вже є відповіді: ліміт можна збільшити, але не зменшити (спершу скиньте опитування).',
  'editor.text.maxLengthProblem': 'Вкажіть ціле число символів від {min} до {max}.',
  'editor.text.postTitle': 'Показувати відповіді одразу (їх можна приховати)',
  'editor.text.postHint': 'Кожна відповідь з’являється на стіні, щойно надійде.',
  'editor.text.preTitle': 'Спершу схвалювати кожну відповідь',
  'editor.text.preHint': 'Ніщо не потрапить на стіну без вашого схвалення.',

  // The editor: audience Q&A
  'editor.qa.title': 'Запитання з підтримкою',
  'editor.qa.hint': 'Запитання із залу',
  'editor.qa.label': 'Запитання із залу · {moderation}',
  'editor.qa.postTitle': 'Показувати запитання одразу (їх можна приховати)',
  'editor.qa.postHint': 'Кожне запитання потрапляє до списку, щойно його поставлять.',
  'editor.qa.preTitle': 'Спершу схвалювати кожне запитання',
  'editor.qa.preHint': 'Ніщо не потрапить до списку без вашого схвалення.',

  // The editor: quiz
  'editor.quiz.title': 'Вікторина',
  'editor.quiz.hint': 'На час, з балами',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Вікторина · {time} · {points} б.',
  'editor.quiz.correct': 'Правильна',
  'editor.quiz.correctOption': 'Правильний: варіант {number}',
  'editor.quiz.noCorrect': 'Позначте принаймні один варіант як правильний.',
  'editor.quiz.time': 'Час на відповідь',
  'editor.quiz.timeProblem': 'Ліміт часу — від {min} до {max} секунд.',
  'editor.quiz.points': 'Бали за правильну відповідь',
  'editor.quiz.pointsHint':
    'Усі — за миттєву відповідь, половина — в останню секунду. За неправильну — 0.',
  'editor.quiz.pointsNotWhole': 'Вкажіть бали цілим числом від {min} до {max}.',
  'editor.quiz.pointsRange': 'Бали — від {min} до {max}.',
  'editor.quiz.locked':
    'Учасники вже відповіли: варіанти, правильна відповідь, час і бали зафіксовані, доки ви не скинете запитання.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (правильна)',
  'editor.quiz.footnote':
    'Лише ви бачите кількість відповідей і правильну відповідь, доки не вийде час.',
  'editor.quiz.answered': {
    one: 'Відповіли: {count}',
    few: 'Відповіли: {count}',
    many: 'Відповіли: {count}',
    other: 'Відповіли: {count}',
  },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': {
    one: 'Чекає: {number}',
    few: 'Чекають: {number}',
    many: 'Чекають: {number}',
    other: 'Чекають: {number}',
  },
  'desk.hiddenCount': {
    one: 'Приховано: {number}',
    few: 'Приховано: {number}',
    many: 'Приховано: {number}',
    other: 'Приховано: {number}',
  },
  'desk.queue': 'Чекають на схвалення',
  'desk.queueEmpty': 'Нічого не чекає.',
  'desk.hiddenTitle': 'Приховані ({count})',
  'desk.approve': 'Схвалити',
  'desk.hide': 'Приховати',
  'desk.showAgain': 'Показати знову',
  'desk.showAll': {
    one: 'Показати всі ({count})',
    few: 'Показати всі ({count})',
    many: 'Показати всі ({count})',
    other: 'Показати всі ({count})',
  },
  'desk.showFewer': 'Показати менше',
  'desk.text.shown': {
    one: 'Показано: {number}',
    few: 'Показано: {number}',
    many: 'Показано: {number}',
    other: 'Показано: {number}',
  },
  'desk.text.wall': 'На стіні',
  'desk.text.wallEmpty': 'На стіні ще немає відповідей.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Клавіші для вибраної відповіді: {a} — схвалити · {h} — приховати · {j} {k} або стрілки — переміщення',
  'desk.qa.open': {
    one: 'Відкриті: {number}',
    few: 'Відкриті: {number}',
    many: 'Відкриті: {number}',
    other: 'Відкриті: {number}',
  },
  'desk.qa.answeredCount': {
    one: 'З відповіддю: {number}',
    few: 'З відповіддю: {number}',
    many: 'З відповіддю: {number}',
    other: 'З відповіддю: {number}',
  },
  'desk.qa.openTitle': 'Відкриті запитання, спершу ті, що мають найбільше голосів',
  'desk.qa.openEmpty': 'Відкритих запитань немає.',
  'desk.qa.answeredTitle': 'З відповіддю',
  'desk.qa.answered': 'Є відповідь',
  'desk.qa.notAnswered': 'Без відповіді',
  'desk.qa.highlight': 'Виділити',
  'desk.qa.onScreen': 'На екрані',
  'desk.qa.upvotesOnScreen': '{upvotes} · зараз на екрані',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Клавіші для вибраного запитання: {a} — схвалити · {h} — приховати · {d} — є відповідь · {s} — виділити на екрані · {j} {k} або стрілки — переміщення',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Слів ще немає.',
  'desk.wordcloud.filtered': 'відфільтровано',
  'desk.wordcloud.hidden': 'приховано',
  'desk.wordcloud.hideTitle': 'Приховати від залу',
  'desk.wordcloud.showTitle': 'Знову показати залу',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: приховати',
  'desk.wordcloud.flaggedWord': '{word}, {count}, відфільтровано як лайку: приховати',
  'desk.wordcloud.hiddenWord': '{word}, {count}, приховано: показати знову',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, відфільтровано як лайку, приховано: показати знову',
  'desk.wordcloud.showAll': {
    one: 'Показати всі {count} слово',
    few: 'Показати всі {count} слова',
    many: 'Показати всі {count} слів',
    other: 'Показати всі {count} слова',
  },
  'desk.wordcloud.showFewer': 'Показати менше слів',
  'desk.wordcloud.footnote':
    'Клацніть слово, щоб приховати його від учасників та екрана, і ще раз — щоб показати.',
  'desk.wordcloud.footnoteFiltered':
    'Клацніть слово, щоб приховати його від учасників та екрана, і ще раз — щоб показати. «Відфільтровано»: затримано фільтром лайки.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Не вдалося схвалити запитання',
  'desk.failed.hideQuestion': 'Не вдалося приховати запитання',
  'desk.failed.markAnswered': 'Не вдалося позначити, що на запитання відповіли',
  'desk.failed.highlightQuestion': 'Не вдалося виділити запитання',
  'desk.failed.unhighlightQuestion': 'Не вдалося прибрати запитання з екрана',
  'desk.failed.approveAnswer': 'Не вдалося схвалити відповідь',
  'desk.failed.hideAnswer': 'Не вдалося приховати відповідь',
  'desk.failed.hideWord': 'Не вдалося приховати слово',
  'desk.failed.showWord': 'Не вдалося знову показати слово',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Підключення…',
  'present.status.online': 'Наживо',
  'present.status.offline': 'Повторне підключення…',
  'present.status.closed': 'Офлайн',
  'present.fullScreen': 'На весь екран',
  'present.badLink': 'Це не посилання на екран презентації',
  'present.badLinkDetail':
    'Посилання на екран має вигляд /present/123456. Попросіть у ведучого посилання для цієї події.',
  'present.noEvent': 'Немає події з кодом {code}',
  'present.noEventDetail':
    'Перевірте посилання: можливо, подію видалили або код введено з помилкою.',
  'present.ended': 'Цю подію завершено',
  'present.endedDetail': 'Дякуємо за участь.',
  'present.connecting': 'Підключення до події {code}…',
  'present.opensSoon': 'Голосування скоро почнеться',
  'present.resultsSoon': 'Результати скоро з’являться',
  'present.votingClosed': 'Голосування закрите',
  'present.noVotes': 'Голосів ще немає',
  'present.voters': {
    one: '{count} учасник',
    few: '{count} учасники',
    many: '{count} учасників',
    other: '{count} учасника',
  },
  /** Attendees connected: "367 present". */
  'present.present': {
    one: '{count} присутній',
    few: '{count} присутні',
    many: '{count} присутніх',
    other: '{count} присутніх',
  },
  'present.turnout': {
    one: '{percent} з {count} присутнього',
    few: '{percent} з {count} присутніх',
    many: '{percent} з {count} присутніх',
    other: '{percent} з {count} присутніх',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Як приєднатися',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Заходьте на',
  'present.withCode': 'з кодом',
  'present.joinAt': 'Заходьте на {host}',
  'present.qrAlt': 'QR-код, що відкриває сторінку голосування для коду {code}',
  'present.waiting': 'Перше запитання з’явиться тут',
  'present.waitingJoined': {
    one: 'Перше запитання з’явиться тут · приєдналася {count} людина',
    few: 'Перше запитання з’явиться тут · приєдналися {count} людини',
    many: 'Перше запитання з’явиться тут · приєдналося {count} людей',
    other: 'Перше запитання з’явиться тут · приєдналося {count} людини',
  },
  'present.scan': 'Скануйте, щоб приєднатися',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'Опитування {id} недоступне',
  'present.pin.missingDetail':
    'У цій події немає публічного опитування з таким номером: можливо, його не існує, його видалено або це чернетка, яку ведучий ще не відкрив. Воно з’явиться тут, щойно його опублікують.',
  'present.pin.invalid': '«{value}» — не номер опитування',
  'present.pin.invalidDetail':
    'Щоб екран показував одне опитування, вкажіть його номер у посиланні, наприклад ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: відповіді, найновіші спершу',
  'present.wall.newAnswer': 'Нова відповідь: {text}',
  'present.wall.newAnswers': {
    one: '{count} нова відповідь. Найновіша: {text}',
    few: '{count} нові відповіді. Найновіша: {text}',
    many: '{count} нових відповідей. Найновіша: {text}',
    other: '{count} нові відповіді. Найновіша: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Мови',
  'host.languages.screen': 'Мова події та екрана',
  'host.languages.screenHint':
    'Нею говорить екран презентації; кожен телефон і цей пульт — своєю мовою.',
  'host.languages.further': 'Мови перекладу опитувань',
  'host.languages.furtherHint':
    'Тоді редактор кожного опитування запитуватиме його текст цими мовами. Телефони з мовою без перекладу показують оригінал.',
  'host.languages.alternate': 'Чергувати мови на екрані',
  'host.languages.alternateHint': 'Екран показує мови по черзі, по {seconds} с кожну.',
  'host.failed.changeLanguages': 'Не вдалося змінити мови події',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Вебхуки',
  'host.webhooks.hint':
    'voxpop надсилає підписаний POST-запит на кожну адресу, коли опитування відкривається чи закривається або подію видаляють.',
  'host.webhooks.loading': 'Завантаження вебхуків…',
  'host.webhooks.loadFailed': 'Не вдалося завантажити вебхуки; незабаром спробуємо знову.',
  'host.webhooks.empty': 'Вебхуків поки немає.',
  'host.webhooks.list': 'Вебхуки події',
  'host.webhooks.events': 'Коли надсилається',
  'host.webhooks.pollOpened': 'Опитування відкрито',
  'host.webhooks.pollClosed': 'Опитування закрито',
  'host.webhooks.eventDeleted': 'Подію видалено',
  'host.webhooks.none': 'Доставок ще не було',
  'host.webhooks.sending': 'Надсилання…',
  'host.webhooks.delivered': 'Доставлено',
  'host.webhooks.failed': 'Помилка',
  'host.webhooks.failedBecause': 'Помилка: {error}',
  'host.webhooks.retrying': {
    one: 'повторна спроба ({count} у черзі)',
    few: 'повторна спроба ({count} у черзі)',
    many: 'повторна спроба ({count} у черзі)',
    other: 'повторна спроба ({count} у черзі)',
  },
  'host.webhooks.pending': {
    one: 'ще {count} до надсилання',
    few: 'ще {count} до надсилання',
    many: 'ще {count} до надсилання',
    other: 'ще {count} до надсилання',
  },
  'host.webhooks.justNow': 'щойно',
  'host.webhooks.remove': 'Видалити',
  'host.webhooks.removeLabel': 'Видалити вебхук {url}',
  'host.webhooks.removeTitle': 'Видалити цей вебхук?',
  'host.webhooks.removeText':
    'voxpop більше не надсилатиме запити на цю адресу, а ще не доставлені буде відкинуто.',
  'host.webhooks.removeConfirm': 'Видалити вебхук',
  'host.webhooks.add': 'Додати вебхук',
  'host.webhooks.adding': 'Додавання…',
  'host.webhooks.url': 'Адреса (URL)',
  'host.webhooks.sendOn': 'Надсилати, коли',
  'host.webhooks.needUrl': 'Введіть адресу, на яку надсилати.',
  'host.webhooks.needEvent': 'Позначте принаймні один пункт.',
  'host.webhooks.secret': 'Секрет підпису для {url}',
  'host.webhooks.secretHint':
    'Показується один раз: перевіряйте ним доставки (X-Voxpop-Signature: HMAC-SHA256 тіла запиту).',
  'host.webhooks.copySecret': 'Копіювати секрет підпису',
  'host.webhooks.secretCopied': 'Секрет підпису скопійовано',
  'host.webhooks.secretCopyFailed': 'Не вдалося скопіювати — виділіть секрет і скопіюйте його',
  'host.webhooks.done': 'Готово',
  'host.failed.addWebhook': 'Не вдалося додати вебхук',
  'host.failed.removeWebhook': 'Не вдалося видалити вебхук',

  // The poll editor's translations
  'host.translations.title': 'Переклади',
  'host.translations.hint':
    'Залиште варіант порожнім, щоб показати оригінал. Власні слова учасників ніколи не перекладаються.',
  'host.translations.noLanguages': 'Щоб перекласти це опитування, виберіть мови в картці «Мови».',
  'host.translations.translated': 'перекладено',
  'host.translations.notTranslated': 'не перекладено',
  'host.translations.question': 'Запитання',
  'host.translations.option': 'Варіант {number}: {original}',
  'host.translations.scaleMin': 'Підпис для найнижчого значення',
  'host.translations.scaleMax': 'Підпис для найвищого значення',
  'host.translations.needQuestion': 'Перекладіть також запитання або очистьте переклад цією мовою.',
  'host.translations.questionTooLong': 'Перекладене запитання довше за {limit} символів.',
  'host.translations.optionTooLong': 'Перекладений варіант довший за {limit} символів.',
  'host.translations.scaleTooLong': 'Переклад підпису шкали довший за {limit} символів.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} символ; варіант може мати щонайбільше {max}.',
    few: '{count} символи; варіант може мати щонайбільше {max}.',
    many: '{count} символів; варіант може мати щонайбільше {max}.',
    other: '{count} символу; варіант може мати щонайбільше {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Додайте щонайменше {count} варіант.',
    few: 'Додайте щонайменше {count} варіанти.',
    many: 'Додайте щонайменше {count} варіантів.',
    other: 'Додайте щонайменше {count} варіанта.',
  },
  'editor.tooManyOptions': {
    one: 'В опитуванні може бути щонайбільше {count} варіант.',
    few: 'В опитуванні може бути щонайбільше {count} варіанти.',
    many: 'В опитуванні може бути щонайбільше {count} варіантів.',
    other: 'В опитуванні може бути щонайбільше {count} варіанта.',
  },
  'editor.duplicateOption': '«{option}» повторюється; усі варіанти мають бути різними.',
} satisfies StaffCatalogue;

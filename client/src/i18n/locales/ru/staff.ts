/** Russian: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Ведущий — voxpop',
  'host.homeLink': 'voxpop — на главную',
  'host.role': 'Пульт ведущего',
  'host.attendeesConnected': {
    one: '{number} участник на связи',
    few: '{number} участника на связи',
    many: '{number} участников на связи',
    other: '{number} участника на связи',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': {
    one: '{count} участник',
    few: '{count} участника',
    many: '{count} участников',
    other: '{count} участника',
  },
  'host.status.online': 'В сети',
  'host.status.connecting': 'Подключение…',
  'host.status.offline': 'Переподключение…',
  'host.status.closed': 'Отключено',
  'host.connecting': 'Подключаемся к мероприятию…',
  'host.offlineBanner':
    'Связь потеряна — переподключаемся… Счётчики голосов и участников обновятся, когда связь вернётся.',
  'host.cancel': 'Отмена',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Код мероприятия {code}',
  'host.pollCount': {
    one: '{count} опрос',
    few: '{count} опроса',
    many: '{count} опросов',
    other: '{count} опроса',
  },
  'host.openCount': {
    one: '{count} открыт для голосования',
    few: '{count} открыто для голосования',
    many: '{count} открыто для голосования',
    other: '{count} открыто для голосования',
  },
  'host.polls': 'Опросы',
  'host.newPoll': 'Новый опрос',
  'host.noPolls': 'Опросов пока нет',
  'host.noPollsText':
    'Напишите первый вопрос. Это черновик, который видите только вы, пока не откроете его или не выведете на экран; участники голосуют в опросе, который открыт и выведен на экран.',
  'host.createPoll': 'Создать опрос',

  // The host console: renaming the event
  'host.title.rename': 'Переименовать мероприятие',
  'host.title.label': 'Название мероприятия',
  'host.title.save': 'Сохранить',
  'host.title.empty': 'Укажите название мероприятия.',
  'host.title.tooLong': {
    one: 'В названии {count} символ, а можно не более {limit}.',
    few: 'В названии {count} символа, а можно не более {limit}.',
    many: 'В названии {count} символов, а можно не более {limit}.',
    other: 'В названии {count} символа, а можно не более {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Сохраните эту ссылку — только по ней можно вернуться к управлению мероприятием.',
  'host.keyNotice.text':
    'Учётных записей нет: любой, у кого есть ссылка на эту страницу, может управлять мероприятием, а потерянную ссылку не восстановить. Добавьте её в закладки или сохраните в менеджере паролей.',
  'host.keyNotice.saved': 'Ссылка сохранена',
  'host.copyHostLink': 'Копировать ссылку ведущего',

  // The host console: a poll's card
  'host.card.number': 'Опрос {number}',
  'host.card.draft': 'Черновик',
  'host.card.open': 'Открыт',
  'host.card.closed': 'Закрыт',
  'host.card.onScreen': 'На экране',
  'host.card.resultsHidden': 'Результаты скрыты',
  'host.card.edit': 'Изменить',
  'host.card.duplicate': 'Дублировать',
  'host.card.downloadImage': 'Скачать изображение',
  'host.card.downloadImageTitle': 'Скачать результаты как изображение (PNG) для слайдов',
  'host.card.reset': 'Сбросить',
  'host.card.resetTitle': 'Сбросить голоса',
  'host.card.delete': 'Удалить',
  'host.card.deleteTitle': 'Удалить опрос',
  'host.card.hintNotOpen':
    'На экране, но голосование ещё не открыто: участники видят вопрос и ждут.',
  'host.card.hintNotOnScreen':
    'Открыт, но не на экране: участники видят только опрос, выведенный на экран.',
  'host.card.hintClosed': 'Голосование закрыто: участники и экран видят итоговые результаты.',
  'host.card.hintClosedHidden':
    'Голосование закрыто, результаты скрыты: участники и экран не видят цифр.',
  'host.card.openVoting': 'Открыть голосование',
  'host.card.closeVoting': 'Закрыть голосование',
  'host.card.reopenVoting': 'Возобновить голосование',
  'host.card.putOnScreen': 'Вывести на экран',
  'host.card.takeOffScreen': 'Убрать с экрана',
  'host.card.showResults': 'Показать результаты',
  'host.card.hideResults': 'Скрыть результаты',
  'host.card.voters': {
    one: 'Проголосовали: {number}',
    few: 'Проголосовали: {number}',
    many: 'Проголосовали: {number}',
    other: 'Проголосовали: {number}',
  },

  // The host console: the poll editor
  'host.editor.newTitle': 'Новый опрос',
  'host.editor.editTitle': 'Редактирование опроса',
  'host.editor.close': 'Закрыть',
  'host.editor.question': 'Вопрос',
  'host.editor.questionPlaceholder': 'О чём вы хотите спросить?',
  'host.editor.questionEmpty': 'Напишите вопрос, на который будут отвечать участники.',
  'host.editor.questionTooLong': {
    one: 'В вопросе {count} символ, а можно не более {limit}.',
    few: 'В вопросе {count} символа, а можно не более {limit}.',
    many: 'В вопросе {count} символов, а можно не более {limit}.',
    other: 'В вопросе {count} символа, а можно не более {limit}.',
  },
  'host.editor.kind': 'Как отвечают участники',
  'host.editor.kindFixed': 'Тип опроса нельзя изменить после создания.',
  'host.editor.allowChange': 'Участники могут изменить голос',
  'host.editor.allowChangeHint': 'Пока опрос открыт. Если выключено, первый голос окончательный.',
  'host.editor.fixToCreate': 'Исправьте выделенные поля, чтобы создать опрос.',
  'host.editor.fixToSave': 'Исправьте выделенные поля, чтобы сохранить опрос.',
  'host.editor.create': 'Создать опрос',
  'host.editor.save': 'Сохранить изменения',
  'host.editor.saving': 'Сохранение…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Для подтверждения введите {phrase}',
  'host.confirm.working': 'Выполняется…',
  'host.resetPoll.title': 'Сбросить этот опрос?',
  'host.resetPoll.confirm': 'Сбросить голоса',
  'host.resetPoll.text': {
    one: '{count} голос будет удалён, и все участники смогут проголосовать снова. Вопрос, варианты и состояние опроса сохранятся.',
    few: '{count} голоса будут удалены, и все участники смогут проголосовать снова. Вопрос, варианты и состояние опроса сохранятся.',
    many: '{count} голосов будут удалены, и все участники смогут проголосовать снова. Вопрос, варианты и состояние опроса сохранятся.',
    other:
      '{count} голоса будут удалены, и все участники смогут проголосовать снова. Вопрос, варианты и состояние опроса сохранятся.',
  },
  'host.deletePoll.title': 'Удалить этот опрос?',
  'host.deletePoll.confirm': 'Удалить опрос',
  'host.deletePoll.text': {
    one: 'Опрос и его {count} голос будут удалены навсегда.',
    few: 'Опрос и его {count} голоса будут удалены навсегда.',
    many: 'Опрос и его {count} голосов будут удалены навсегда.',
    other: 'Опрос и его {count} голоса будут удалены навсегда.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Опрос и его {count} голос будут удалены навсегда, а опрос исчезнет с экрана презентации.',
    few: 'Опрос и его {count} голоса будут удалены навсегда, а опрос исчезнет с экрана презентации.',
    many: 'Опрос и его {count} голосов будут удалены навсегда, а опрос исчезнет с экрана презентации.',
    other:
      'Опрос и его {count} голоса будут удалены навсегда, а опрос исчезнет с экрана презентации.',
  },
  'host.deleteEvent.title': 'Удалить это мероприятие?',
  'host.deleteEvent.confirm': 'Удалить мероприятие',
  'host.deleteEvent.text':
    'Все его опросы, голоса и участники будут удалены навсегда. Телефоны и экран презентации получат сообщение о завершении мероприятия. Это действие нельзя отменить; если голоса нужны, сначала экспортируйте CSV.',
  'host.newRound.title': 'Начать новый раунд?',
  'host.newRound.confirm': 'Обнулить очки',
  'host.newRound.text': {
    one: '{count} вопрос викторины вернётся в черновики, ответы на него будут удалены, а все очки в таблице лидеров обнулятся. Это действие нельзя отменить.',
    few: 'Все {count} вопроса викторины вернутся в черновики, ответы на них будут удалены, а все очки в таблице лидеров обнулятся. Это действие нельзя отменить.',
    many: 'Все {count} вопросов викторины вернутся в черновики, ответы на них будут удалены, а все очки в таблице лидеров обнулятся. Это действие нельзя отменить.',
    other:
      'Все {count} вопроса викторины вернутся в черновики, ответы на них будут удалены, а все очки в таблице лидеров обнулятся. Это действие нельзя отменить.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Закрыть',
  'host.toast.pollCreated': 'Опрос создан — откройте его, когда будете готовы',
  'host.toast.pollDuplicated': 'Копия опроса добавлена черновиком в конец списка',
  'host.toast.votesCleared': 'Голоса сброшены',
  'host.toast.pollDeleted': 'Опрос удалён',
  'host.toast.newRound': 'Новый раунд: все вопросы викторины сброшены, очки обнулены',
  'host.toast.csvDownloaded': 'Файл CSV скачан',
  'host.toast.imageDownloaded': 'Изображение результатов скачано',
  'host.copy.hostLinkDone': 'Ссылка ведущего скопирована',
  'host.copy.hostLinkFailed': 'Не удалось скопировать — выделите ссылку ведущего и скопируйте её',
  'host.copy.joinLinkDone': 'Ссылка для участников скопирована',
  'host.copy.joinLinkFailed':
    'Не удалось скопировать — выделите ссылку для участников и скопируйте её',
  'host.copy.presenterLinkDone': 'Ссылка на экран презентации скопирована',
  'host.copy.presenterLinkFailed':
    'Не удалось скопировать — выделите ссылку на экран презентации и скопируйте её',
  'host.copy.qrDone': 'QR-код скопирован как изображение',
  'host.copy.qrFailed': 'Этот браузер не умеет копировать изображения — нажмите «Скачать»',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Не удалось открыть опрос',
  'host.failed.closePoll': 'Не удалось закрыть опрос',
  'host.failed.changeScreen': 'Не удалось изменить то, что на экране',
  'host.failed.showResults': 'Не удалось показать результаты',
  'host.failed.hideResults': 'Не удалось скрыть результаты',
  'host.failed.createPoll': 'Не удалось создать опрос',
  'host.failed.duplicatePoll': 'Не удалось дублировать опрос',
  'host.failed.savePoll': 'Не удалось сохранить опрос',
  'host.failed.resetPoll': 'Не удалось сбросить опрос',
  'host.failed.deletePoll': 'Не удалось удалить опрос',
  'host.failed.renameEvent': 'Не удалось переименовать мероприятие',
  'host.failed.changeScreenSetting': 'Не удалось изменить настройку экрана',
  'host.failed.showLeaderboard': 'Не удалось показать таблицу лидеров',
  'host.failed.hideLeaderboard': 'Не удалось скрыть таблицу лидеров',
  'host.failed.newRound': 'Не удалось начать новый раунд',
  'host.failed.exportVotes': 'Не удалось экспортировать голоса',
  'host.failed.downloadImage': 'Не удалось скачать изображение результатов',
  'host.failed.deleteEvent': 'Не удалось удалить мероприятие',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Варианты нельзя менять после первого голоса — сначала сбросьте опрос.',
  'host.error.invalid_state':
    'Опрос изменился с тех пор, как эта страница получила о нём данные. Попробуйте снова.',
  'host.error.poll_not_found': 'Этого опроса больше нет — возможно, его удалили в другой вкладке.',
  'host.error.event_not_found': 'Этого мероприятия больше нет.',
  'host.error.unauthorized':
    'Для этого действия нужен ключ ведущего. Снова откройте полную ссылку ведущего.',
  'host.error.forbidden': 'Ключ ведущего в этой ссылке больше не подходит для этого мероприятия.',
  'host.error.rate_limited':
    'Слишком много изменений подряд — подождите немного и попробуйте снова.',
  'host.error.payload_too_large': 'Слишком много текста для одного опроса.',
  'host.error.network_error':
    'Нет связи с сервером voxpop. Проверьте подключение и попробуйте снова.',
  'host.error.export_failed': 'Экспорт не удался. Попробуйте чуть позже.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Попробуйте ещё раз.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Эта ссылка ведущего не подходит для мероприятия {code} — проверьте, что скопировали её целиком',
  'host.problem.wrongKeyText':
    'Часть после #key= не соответствует этому мероприятию. Откройте ссылку ведущего точно в том виде, в каком сохранили её при создании мероприятия.',
  'host.problem.missingKey':
    'Ссылка ведущего для мероприятия {code} неполная — проверьте, что скопировали её целиком',
  'host.problem.missingKeyText':
    'Ссылка ведущего заканчивается на #key= и длинный секретный ключ. Без него эта страница не может управлять мероприятием. Участники входят по ссылке мероприятия.',
  'host.problem.noEvent': 'Мероприятия {code} нет',
  'host.problem.noEventText':
    'Проверьте шесть цифр в ссылке. Возможно также, что мероприятие удалено.',
  'host.problem.deleted': 'Это мероприятие удалено',
  'host.problem.deletedText':
    'Его опросы, голоса и участники удалены. Участники и экран презентации получили уведомление.',
  'host.problem.unreachable': 'Сервер voxpop недоступен',
  'host.problem.unreachableText': 'Проверьте подключение и перезагрузите страницу.',
  'host.problem.badLink': 'Это не ссылка ведущего',
  'host.problem.badLinkText':
    'Ссылка ведущего выглядит так: /host/123456#key=… — проверьте, что скопировали её целиком.',
  'host.problem.newEvent': 'Создать новое мероприятие',
  'host.problem.home': 'Перейти на voxpop',

  // The host console: the side panel
  'host.side.label': 'Доступ и настройки мероприятия',
  'host.side.invite': 'Пригласите участников',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Откройте {host} и введите',
  'host.side.qrAlt': 'QR-код со ссылкой для входа в мероприятие {code}',
  'host.side.copy': 'Копировать',
  'host.side.joinLink': 'Ссылка для участников',
  'host.side.copyJoinLink': 'Копировать ссылку для участников',
  'host.side.qrCode': 'QR-код',
  'host.side.copyQr': 'Копировать QR-код как изображение',
  'host.side.open': 'Открыть',
  'host.side.openQr': 'Открыть QR-код в новой вкладке',
  'host.side.download': 'Скачать',
  'host.side.downloadQr': 'Скачать QR-код',
  'host.side.screen': 'Экран презентации',
  'host.side.screenHint':
    'Для проектора или трансляции. Сам показывает опрос, который вы вывели на экран.',
  'host.side.presenterLink': 'Ссылка на экран презентации',
  'host.side.copyPresenterLink': 'Копировать ссылку на экран',
  'host.side.openScreen': 'Открыть экран презентации',
  'host.side.showStats': 'Показывать погрешность на экране',
  'host.side.showStatsHint':
    'Добавляет «±N п. п.» (доверительная вероятность 95\u00a0%) под результатами.',
  'host.side.data': 'Результаты и доступ',
  'host.side.export': 'Экспорт в CSV',
  'host.side.exporting': 'Подготовка…',
  'host.side.exportHint': 'Все текущие голоса, по строке на каждый, — для электронной таблицы.',
  'host.side.hostLinkHint': 'Личная: любой, у кого она есть, может управлять мероприятием.',
  'host.side.danger': 'Опасная зона',
  'host.side.dangerHint': 'Удаление мероприятия навсегда стирает его опросы, голоса и участников.',
  'host.side.deleteEvent': 'Удалить мероприятие',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Таблица лидеров викторины',
  'leaderboard.title': 'Таблица лидеров',
  'leaderboard.loading': 'Загружаем очки…',
  'leaderboard.failed': 'Не удалось загрузить очки.',
  'leaderboard.panelEmpty': 'Очков пока нет: они начисляются по мере закрытия вопросов викторины.',
  'leaderboard.screenEmpty':
    'Очков пока нет: ответьте на вопрос викторины, чтобы попасть в таблицу.',
  'leaderboard.topScores': 'Лучшие результаты',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Тройка лидеров',
  'leaderboard.rest': 'Места с 4-го и ниже',
  'leaderboard.putOn': 'Показать таблицу лидеров на экране',
  'leaderboard.takeOff': 'Убрать таблицу лидеров с экрана',
  'leaderboard.offScreenHint': 'Показывается на экране презентации вместо опроса.',
  'leaderboard.onScreenHint':
    'На экране презентации — таблица лидеров. Если вывести на экран опрос, она исчезнет.',
  'leaderboard.newRound': 'Новый раунд',
  'leaderboard.newRoundHint': {
    one: 'Сбрасывает {count} вопрос викторины: ответы и очки начнутся с нуля.',
    few: 'Сбрасывает все {count} вопроса викторины: ответы и очки начнутся с нуля.',
    many: 'Сбрасывает все {count} вопросов викторины: ответы и очки начнутся с нуля.',
    other: 'Сбрасывает все {count} вопроса викторины: ответы и очки начнутся с нуля.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Модерация',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'с предмодерацией',
  'editor.moderation.post': 'без предмодерации',
  'editor.options.legend': 'Варианты',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} из {max}',
  'editor.options.locked': 'Варианты нельзя менять после первого голоса — сначала сбросьте опрос.',
  'editor.options.option': 'Вариант {number}',
  'editor.options.remove': 'Удалить вариант {number}',
  'editor.options.add': 'Добавить вариант',
  'editor.options.full': {
    one: '{count} вариант — максимум для опроса.',
    few: '{count} варианта — максимум для опроса.',
    many: '{count} вариантов — максимум для опроса.',
    other: '{count} варианта — максимум для опроса.',
  },
  'editor.options.enterHint': 'Нажмите Enter в поле варианта, чтобы добавить следующий.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Один вариант',
  'editor.single.hint': 'Одиночный выбор',
  'editor.single.label': 'Одиночный выбор',
  'editor.multiple.title': 'Несколько вариантов',
  'editor.multiple.hint': 'Множественный выбор',
  'editor.multiple.label': 'Множественный выбор',
  'editor.multiple.labelUpTo': 'Множественный выбор · до {max}',
  'editor.multiple.footnote': 'Доля от проголосовавших; каждый может выбрать несколько вариантов.',
  'editor.choice.maxChoices': 'Каждый участник может выбрать',
  'editor.choice.anyNumber': 'Любое число вариантов',
  'editor.choice.upTo': {
    one: 'До {count} варианта',
    few: 'До {count} вариантов',
    many: 'До {count} вариантов',
    other: 'До {count} варианта',
  },
  'editor.choice.tooMany': {
    one: 'Участники не могут выбрать {max} из {count} варианта.',
    few: 'Участники не могут выбрать {max} из {count} вариантов.',
    many: 'Участники не могут выбрать {max} из {count} вариантов.',
    other: 'Участники не могут выбрать {max} из {count} варианта.',
  },

  // The editor: rating
  'editor.rating.title': 'Оценка',
  'editor.rating.hint': 'Шкала оценок',
  'editor.rating.label': 'Оценка · от 1 до {max}',
  'editor.rating.scale': 'Шкала',
  'editor.rating.size': 'От 1 до {max}',
  'editor.rating.sizeStars': 'От 1 до {max} (звёзды)',
  'editor.rating.locked': 'Шкалу нельзя изменить после первого ответа — сначала сбросьте опрос.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Подпись для {value} (необязательно)',
  'editor.rating.lowExample': 'например, Совсем нет',
  'editor.rating.highExample': 'например, Полностью',
  'editor.rating.wordTooLong': {
    one: 'В подписи {count} символ, а можно не более {limit}.',
    few: 'В подписи {count} символа, а можно не более {limit}.',
    many: 'В подписи {count} символов, а можно не более {limit}.',
    other: 'В подписи {count} символа, а можно не более {limit}.',
  },
  'editor.rating.sizeProblem': 'Шкала начинается с 1 и заканчивается числом от {min} до {max}.',
  'editor.rating.summary': 'Среднее {average} / {max} · медиана {median}',

  // The editor: ranking
  'editor.ranking.title': 'Порядок',
  'editor.ranking.hint': 'Ранжирование',
  'editor.ranking.label': {
    one: 'Ранжирование · {count} вариант',
    few: 'Ранжирование · {count} варианта',
    many: 'Ранжирование · {count} вариантов',
    other: 'Ранжирование · {count} варианта',
  },
  'editor.ranking.footnote': {
    one: 'Метод Борда: первое место приносит {count} балл, каждое следующее — на один меньше.',
    few: 'Метод Борда: первое место приносит {count} балла, каждое следующее — на один меньше.',
    many: 'Метод Борда: первое место приносит {count} баллов, каждое следующее — на один меньше.',
    other: 'Метод Борда: первое место приносит {count} балла, каждое следующее — на один меньше.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Несколько слов',
  'editor.wordcloud.hint': 'Облако слов',
  'editor.wordcloud.labelOne': 'Облако слов · 1 слово',
  'editor.wordcloud.labelUpTo': {
    one: 'Облако слов · до {count} слова',
    few: 'Облако слов · до {count} слов',
    many: 'Облако слов · до {count} слов',
    other: 'Облако слов · до {count} слова',
  },
  'editor.wordcloud.count': 'Каждый участник отправляет',
  'editor.wordcloud.one': 'Одно слово',
  'editor.wordcloud.upTo': {
    one: 'До {count} слова',
    few: 'До {count} слов',
    many: 'До {count} слов',
    other: 'До {count} слова',
  },
  'editor.wordcloud.locked':
    'Уменьшить число слов можно только до первого ответа — сначала сбросьте опрос.',
  'editor.wordcloud.countProblem': 'Каждый участник отправляет от {min} до {max} слов.',
  'editor.wordcloud.filter': 'Фильтр ненормативной лексики',
  'editor.wordcloud.filterHint':
    'Отмеченные фильтром слова видите только вы, с пометкой; участники и экран их не видят.',

  // The editor: open text
  'editor.text.title': 'Письменный ответ',
  'editor.text.hint': 'Свободный ответ',
  'editor.text.label': 'Свободный ответ · {moderation}',
  'editor.text.maxLength': 'Максимальная длина ответа (символов)',
  'editor.text.maxLengthHint': 'От {min} до {max}; {default} — это несколько предложений.',
  'editor.text.maxLengthLocked':
    'В опросе уже есть ответы: лимит можно увеличить, но не уменьшить (сначала сбросьте опрос).',
  'editor.text.maxLengthProblem': 'Укажите целое число символов от {min} до {max}.',
  'editor.text.postTitle': 'Показывать ответы сразу (их можно скрыть)',
  'editor.text.postHint': 'Каждый ответ попадает на стену сразу после отправки.',
  'editor.text.preTitle': 'Сначала одобрять каждый ответ',
  'editor.text.preHint': 'Ничто не попадёт на стену без вашего одобрения.',

  // The editor: audience Q&A
  'editor.qa.title': 'Вопросы и голоса',
  'editor.qa.hint': 'Вопросы из зала',
  'editor.qa.label': 'Вопросы из зала · {moderation}',
  'editor.qa.postTitle': 'Показывать вопросы сразу (их можно скрыть)',
  'editor.qa.postHint': 'Каждый вопрос попадает в список сразу, как только его зададут.',
  'editor.qa.preTitle': 'Сначала одобрять каждый вопрос',
  'editor.qa.preHint': 'Ничто не попадёт в список без вашего одобрения.',

  // The editor: quiz
  'editor.quiz.title': 'Викторина',
  'editor.quiz.hint': 'На время, с очками',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Викторина · {time} · {points} очк.',
  'editor.quiz.correct': 'Верный',
  'editor.quiz.correctOption': 'Верный: вариант {number}',
  'editor.quiz.noCorrect': 'Отметьте хотя бы один вариант как верный.',
  'editor.quiz.time': 'Время на ответ',
  'editor.quiz.timeProblem': 'Время на ответ — от {min} до {max} секунд.',
  'editor.quiz.points': 'Очки за верный ответ',
  'editor.quiz.pointsHint':
    'Сразу — все очки, в последнюю секунду — половина. За неверный ответ — 0.',
  'editor.quiz.pointsNotWhole': 'Укажите очки целым числом от {min} до {max}.',
  'editor.quiz.pointsRange': 'Очков может быть от {min} до {max}.',
  'editor.quiz.locked':
    'Участники уже ответили: варианты, верный ответ, время и очки не изменить, пока вы не сбросите вопрос.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (верный)',
  'editor.quiz.footnote': 'Пока время не вышло, число ответов и верный ответ видите только вы.',
  'editor.quiz.answered': {
    one: 'Ответил {count}',
    few: 'Ответили {count}',
    many: 'Ответили {count}',
    other: 'Ответили {count}',
  },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': {
    one: '{number} ждёт',
    few: '{number} ждут',
    many: '{number} ждут',
    other: '{number} ждут',
  },
  'desk.hiddenCount': {
    one: '{number} скрыт',
    few: '{number} скрыто',
    many: '{number} скрыто',
    other: '{number} скрыто',
  },
  'desk.queue': 'Ждут одобрения',
  'desk.queueEmpty': 'Очередь пуста.',
  'desk.hiddenTitle': 'Скрытые ({count})',
  'desk.approve': 'Одобрить',
  'desk.hide': 'Скрыть',
  'desk.showAgain': 'Показать снова',
  'desk.showAll': {
    one: 'Показать все ({count})',
    few: 'Показать все ({count})',
    many: 'Показать все ({count})',
    other: 'Показать все ({count})',
  },
  'desk.showFewer': 'Показать меньше',
  'desk.text.shown': {
    one: '{number} показан',
    few: '{number} показано',
    many: '{number} показано',
    other: '{number} показано',
  },
  'desk.text.wall': 'На стене',
  'desk.text.wallEmpty': 'На стене пока нет ответов.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Клавиши для выбранного ответа: {a} одобрить · {h} скрыть · {j} {k} или стрелки — перемещение',
  'desk.qa.open': {
    one: '{number} открыт',
    few: '{number} открыто',
    many: '{number} открыто',
    other: '{number} открыто',
  },
  'desk.qa.answeredCount': {
    one: '{number} отвечен',
    few: '{number} отвечено',
    many: '{number} отвечено',
    other: '{number} отвечено',
  },
  'desk.qa.openTitle': 'Открытые вопросы, сначала самые поддержанные',
  'desk.qa.openEmpty': 'Открытых вопросов нет.',
  'desk.qa.answeredTitle': 'Отвеченные',
  'desk.qa.answered': 'Отвечен',
  'desk.qa.notAnswered': 'Не отвечен',
  'desk.qa.highlight': 'На экран',
  'desk.qa.onScreen': 'На экране',
  'desk.qa.upvotesOnScreen': '{upvotes} · сейчас на экране',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Клавиши для выбранного вопроса: {a} одобрить · {h} скрыть · {d} отвечен · {s} на экран · {j} {k} или стрелки — перемещение',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Слов пока нет.',
  'desk.wordcloud.filtered': 'отфильтровано',
  'desk.wordcloud.hidden': 'скрыто',
  'desk.wordcloud.hideTitle': 'Скрыть от зала',
  'desk.wordcloud.showTitle': 'Снова показать залу',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: скрыть',
  'desk.wordcloud.flaggedWord': '{word}, {count}, отфильтровано как ненормативное: скрыть',
  'desk.wordcloud.hiddenWord': '{word}, {count}, скрыто: показать снова',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, отфильтровано как ненормативное, скрыто: показать снова',
  'desk.wordcloud.showAll': {
    one: 'Показать все слова ({count})',
    few: 'Показать все слова ({count})',
    many: 'Показать все слова ({count})',
    other: 'Показать все слова ({count})',
  },
  'desk.wordcloud.showFewer': 'Показать меньше слов',
  'desk.wordcloud.footnote':
    'Нажмите на слово, чтобы скрыть его от участников и экрана, и ещё раз — чтобы показать.',
  'desk.wordcloud.footnoteFiltered':
    'Нажмите на слово, чтобы скрыть его от участников и экрана, и ещё раз — чтобы показать. «Отфильтровано» — задержано фильтром ненормативной лексики.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Не удалось одобрить вопрос',
  'desk.failed.hideQuestion': 'Не удалось скрыть вопрос',
  'desk.failed.markAnswered': 'Не удалось отметить вопрос как отвеченный',
  'desk.failed.highlightQuestion': 'Не удалось вывести вопрос на экран',
  'desk.failed.unhighlightQuestion': 'Не удалось убрать вопрос с экрана',
  'desk.failed.approveAnswer': 'Не удалось одобрить ответ',
  'desk.failed.hideAnswer': 'Не удалось скрыть ответ',
  'desk.failed.hideWord': 'Не удалось скрыть слово',
  'desk.failed.showWord': 'Не удалось снова показать слово',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Подключение…',
  'present.status.online': 'В сети',
  'present.status.offline': 'Переподключение…',
  'present.status.closed': 'Нет связи',
  'present.fullScreen': 'Во весь экран',
  'present.badLink': 'Это не ссылка на экран презентации',
  'present.badLinkDetail':
    'Ссылка на экран презентации выглядит так: /present/123456. Попросите ссылку у ведущего мероприятия.',
  'present.noEvent': 'Нет мероприятия с кодом {code}',
  'present.noEventDetail': 'Проверьте ссылку: возможно, мероприятие удалено или в коде опечатка.',
  'present.ended': 'Мероприятие завершено',
  'present.endedDetail': 'Спасибо за участие!',
  'present.connecting': 'Подключение к мероприятию {code}…',
  'present.opensSoon': 'Голосование скоро откроется',
  'present.resultsSoon': 'Результаты скоро появятся',
  'present.votingClosed': 'Голосование закрыто',
  'present.noVotes': 'Голосов пока нет',
  'present.voters': {
    one: 'Проголосовали: {count}',
    few: 'Проголосовали: {count}',
    many: 'Проголосовали: {count}',
    other: 'Проголосовали: {count}',
  },
  /** Attendees connected: "367 present". */
  'present.present': {
    one: '{count} в зале',
    few: '{count} в зале',
    many: '{count} в зале',
    other: '{count} в зале',
  },
  'present.turnout': {
    one: '{percent} из {count} в зале',
    few: '{percent} из {count} в зале',
    many: '{percent} из {count} в зале',
    other: '{percent} из {count} в зале',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Как присоединиться',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Заходите на',
  'present.withCode': 'с кодом',
  'present.joinAt': 'Заходите на {host}',
  'present.qrAlt': 'QR-код, открывающий страницу голосования для кода {code}',
  'present.waiting': 'Первый вопрос появится здесь',
  'present.waitingJoined': {
    one: 'Первый вопрос появится здесь · присоединился {count} человек',
    few: 'Первый вопрос появится здесь · присоединились {count} человека',
    many: 'Первый вопрос появится здесь · присоединились {count} человек',
    other: 'Первый вопрос появится здесь · присоединились {count} человека',
  },
  'present.scan': 'Отсканируйте, чтобы войти',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'Опрос {id} недоступен',
  'present.pin.missingDetail':
    'В этом мероприятии нет публичного опроса с таким номером: возможно, его не существует, он удалён или это черновик, который ведущий ещё не открыл. Он появится здесь, как только будет опубликован.',
  'present.pin.invalid': '«{value}» — не номер опроса',
  'present.pin.invalidDetail':
    'Чтобы экран показывал один опрос, укажите его номер в ссылке, например ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: ответы, сначала новые',
  'present.wall.newAnswer': 'Новый ответ: {text}',
  'present.wall.newAnswers': {
    one: '{count} новый ответ. Последний: {text}',
    few: '{count} новых ответа. Последний: {text}',
    many: '{count} новых ответов. Последний: {text}',
    other: '{count} нового ответа. Последний: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Языки',
  'host.languages.screen': 'Язык мероприятия и экрана',
  'host.languages.screenHint':
    'На нём говорит экран презентации; каждый телефон и этот пульт — на своём языке.',
  'host.languages.further': 'Переводить опросы на',
  'host.languages.furtherHint':
    'Тогда редактор каждого опроса попросит текст на этих языках. Телефоны на языке без перевода покажут оригинал.',
  'host.languages.alternate': 'Чередовать языки на экране',
  'host.languages.alternateHint': 'Экран показывает языки по очереди, по {seconds} с на каждый.',
  'host.failed.changeLanguages': 'Не удалось изменить языки мероприятия',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Вебхуки',
  'host.webhooks.hint':
    'voxpop отправляет подписанный POST-запрос на каждый адрес, когда опрос открывается или закрывается либо мероприятие удаляется.',
  'host.webhooks.loading': 'Загрузка вебхуков…',
  'host.webhooks.loadFailed': 'Не удалось загрузить вебхуки; скоро попробуем снова.',
  'host.webhooks.empty': 'Вебхуков пока нет.',
  'host.webhooks.list': 'Вебхуки мероприятия',
  'host.webhooks.events': 'Когда отправляется',
  'host.webhooks.pollOpened': 'Опрос открыт',
  'host.webhooks.pollClosed': 'Опрос закрыт',
  'host.webhooks.eventDeleted': 'Мероприятие удалено',
  'host.webhooks.none': 'Доставок пока не было',
  'host.webhooks.sending': 'Отправка…',
  'host.webhooks.delivered': 'Доставлено',
  'host.webhooks.failed': 'Ошибка',
  'host.webhooks.failedBecause': 'Ошибка: {error}',
  'host.webhooks.retrying': {
    one: 'повторная попытка ({count} в очереди)',
    few: 'повторная попытка ({count} в очереди)',
    many: 'повторная попытка ({count} в очереди)',
    other: 'повторная попытка ({count} в очереди)',
  },
  'host.webhooks.pending': {
    one: 'ещё {count} к отправке',
    few: 'ещё {count} к отправке',
    many: 'ещё {count} к отправке',
    other: 'ещё {count} к отправке',
  },
  'host.webhooks.justNow': 'только что',
  'host.webhooks.remove': 'Удалить',
  'host.webhooks.removeLabel': 'Удалить вебхук {url}',
  'host.webhooks.removeTitle': 'Удалить этот вебхук?',
  'host.webhooks.removeText':
    'voxpop перестанет отправлять запросы на этот адрес, а ещё не доставленные будут отброшены.',
  'host.webhooks.removeConfirm': 'Удалить вебхук',
  'host.webhooks.add': 'Добавить вебхук',
  'host.webhooks.adding': 'Добавление…',
  'host.webhooks.url': 'Адрес (URL)',
  'host.webhooks.sendOn': 'Отправлять, когда',
  'host.webhooks.needUrl': 'Введите адрес, на который отправлять.',
  'host.webhooks.needEvent': 'Выберите хотя бы одно событие.',
  'host.webhooks.secret': 'Секрет подписи для {url}',
  'host.webhooks.secretHint':
    'Показывается один раз: проверяйте им доставки (X-Voxpop-Signature: HMAC-SHA256 тела запроса).',
  'host.webhooks.copySecret': 'Копировать секрет подписи',
  'host.webhooks.secretCopied': 'Секрет подписи скопирован',
  'host.webhooks.secretCopyFailed': 'Не удалось скопировать — выделите секрет и скопируйте его',
  'host.webhooks.done': 'Готово',
  'host.failed.addWebhook': 'Не удалось добавить вебхук',
  'host.failed.removeWebhook': 'Не удалось удалить вебхук',

  // The poll editor's translations
  'host.translations.title': 'Переводы',
  'host.translations.hint':
    'Оставьте вариант пустым, чтобы показывать оригинал. Ответы участников никогда не переводятся.',
  'host.translations.noLanguages': 'Чтобы перевести этот опрос, выберите языки в карточке «Языки».',
  'host.translations.translated': 'переведено',
  'host.translations.notTranslated': 'не переведено',
  'host.translations.question': 'Вопрос',
  'host.translations.option': 'Вариант {number}: {original}',
  'host.translations.scaleMin': 'Подпись наименьшего значения',
  'host.translations.scaleMax': 'Подпись наибольшего значения',
  'host.translations.needQuestion': 'Переведите и вопрос или уберите этот язык.',
  'host.translations.questionTooLong': 'Переведённый вопрос длиннее {limit} символов.',
  'host.translations.optionTooLong': 'Переведённый вариант длиннее {limit} символов.',
  'host.translations.scaleTooLong': 'Перевод подписи шкалы длиннее {limit} символов.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: 'В варианте {count} символ, а можно не более {max}.',
    few: 'В варианте {count} символа, а можно не более {max}.',
    many: 'В варианте {count} символов, а можно не более {max}.',
    other: 'В варианте {count} символа, а можно не более {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Добавьте хотя бы {count} вариант.',
    few: 'Добавьте хотя бы {count} варианта.',
    many: 'Добавьте хотя бы {count} вариантов.',
    other: 'Добавьте хотя бы {count} варианта.',
  },
  'editor.tooManyOptions': {
    one: 'В опросе может быть не более {count} варианта.',
    few: 'В опросе может быть не более {count} вариантов.',
    many: 'В опросе может быть не более {count} вариантов.',
    other: 'В опросе может быть не более {count} варианта.',
  },
  'editor.duplicateOption': 'Вариант «{option}» указан дважды, а варианты не должны повторяться.',
} satisfies StaffCatalogue;

/** Russian: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Язык',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Перевод',
  'vote.originalShown': 'Оригинал',
  'vote.showOriginal': 'Показать оригинал',
  'vote.showTranslation': 'Показать перевод ({language})',

  // Words every page uses
  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.saving': 'Сохранение…',
  'common.loading': 'Загрузка…',
  'common.sending': 'отправка…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'символ', few: 'символа', many: 'символов', other: 'символа' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}-й',
  'common.ordinal.two': '{n}-й',
  'common.ordinal.few': '{n}-й',
  'common.ordinal.many': '{n}-й',
  'common.ordinal.other': '{n}-й',

  // The connection dot on the vote page
  'connection.live': 'В сети',
  'connection.connecting': 'Подключение…',
  'connection.offline': 'Нет сети',
  'connection.closed': 'Отключено',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Голосование закрыто. Ваш голос не засчитан.',
  'error.poll_not_open': 'Голосование ещё не открыто. Попробуйте чуть позже.',
  'error.vote_locked': 'Вы уже ответили на этот вопрос, а изменить голос здесь нельзя.',
  'error.invalid_choice': 'Такого варианта в этом вопросе нет. Выберите ещё раз.',
  'error.invalid_answer': 'Этот ответ не подходит к вопросу. Проверьте его и отправьте снова.',
  'error.poll_not_found': 'Ведущий удалил этот вопрос.',
  'error.rate_limited': 'Слишком много нажатий подряд. Подождите секунду и попробуйте снова.',
  'error.shutting_down': 'Сервер перезапускается. Попробуйте чуть позже.',
  'error.store_unavailable':
    'Сервер сейчас не может сохранить голоса. Ваш голос будет отправлен повторно.',
  'error.event_deleted': 'Мероприятие завершено.',
  'error.network_error': 'Нет связи с voxpop. Проверьте подключение и попробуйте снова.',
  'error.voteFailed': 'Не удалось засчитать ваш голос. Попробуйте ещё раз.',
  'error.serverUnreachable': 'Нет связи с сервером voxpop. Проверьте подключение.',
  'error.exportFailed': 'Не удалось выполнить экспорт.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop — на главную',
  'join.title': 'Присоединяйтесь к опросу',
  'join.lead': 'Введите код с экрана и голосуйте с телефона. Без регистрации.',
  'join.codeLabel': 'Код мероприятия',
  'join.codeHelp': 'Шестизначный код показан на экране презентации.',
  'join.codeEmpty': 'Введите шестизначный код с экрана.',
  'join.codeShort': {
    one: 'В коде мероприятия 6 цифр, а вы ввели {count} цифру.',
    few: 'В коде мероприятия 6 цифр, а вы ввели {count} цифры.',
    many: 'В коде мероприятия 6 цифр, а вы ввели {count} цифр.',
    other: 'В коде мероприятия 6 цифр, а вы ввели {count} цифры.',
  },
  'join.join': 'Войти',
  'join.joining': 'Вход…',
  'join.error.event_not_found': 'Мероприятия с кодом {code} нет. Проверьте код на экране.',
  'join.error.rate_limited': 'Слишком много попыток подряд. Подождите немного и попробуйте снова.',
  'join.lookupFailed': 'При поиске мероприятия что-то пошло не так. Попробуйте ещё раз.',
  'join.demo': 'Нет кода? {link}',
  'join.demoLink': 'Откройте демо',
  'join.footer': 'voxpop · живые опросы на своём сервере',

  // The join page: creating an event
  'join.organiserTitle': 'Проводите мероприятие?',
  'join.organiserText':
    'Создавайте живые опросы и показывайте результаты на большом экране по мере поступления голосов.',
  'join.createOpen': 'Создать мероприятие',
  'join.createNameLabel': 'Название мероприятия',
  'join.createNamePlaceholder': 'например, Форум по миростроительству, день 1',
  'join.createNameMissing': 'Дайте мероприятию название, например «Общее собрание, март».',
  'join.createTokenLabel': 'Токен доступа организатора',
  'join.createUnauthorized':
    'На этом сервере мероприятия создают только организаторы. Введите выданный вам токен доступа.',
  'join.createForbidden': 'Неверный токен доступа. Проверьте его и попробуйте снова.',
  'join.createFailed': 'Не удалось создать мероприятие. Попробуйте ещё раз.',
  'join.createHelp':
    'Вы получите личную ссылку ведущего для управления мероприятием. Сохраните её: другого способа вернуться к управлению нет.',
  'join.createSubmit': 'Создать мероприятие',
  'join.creating': 'Создание…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Голосование — voxpop',
  'vote.eventMissing': 'Нет мероприятия с кодом {code}',
  'vote.eventMissingHelp':
    'Проверьте код на экране и попробуйте снова. Код мероприятия состоит из 6 цифр.',
  'vote.invalidLink': 'В этой ссылке нет правильного кода мероприятия',
  'vote.notACode': '«{code}» — не код мероприятия. Код мероприятия состоит из 6 цифр.',
  'vote.endedTitle': 'Мероприятие завершено',
  'vote.endedText': 'Ведущий завершил мероприятие. Спасибо за участие!',
  'vote.enterAnotherCode': 'Ввести другой код',
  'vote.joiningEvent': 'Подключение к мероприятию {code}…',
  'vote.joiningSlow':
    'Подключение затягивается. Проверьте связь: мы продолжаем попытки автоматически.',
  'vote.reconnecting': 'Переподключение… Ваш голос отправится, как только связь восстановится.',
  'vote.eventCode': 'Код мероприятия {code}',
  'vote.joinAnother': 'Войти в другое мероприятие',
  'vote.notConnected': 'Нет подключения к мероприятию.',
  'vote.upNext': 'Сейчас начнётся',
  'vote.upNextText': 'Голосование вот-вот откроется. Варианты ответа появятся здесь сами.',
  'vote.waitingTitle': 'Ждём следующий вопрос',
  'vote.waitingText':
    'Ведущий откроет следующий вопрос, и он сам появится здесь — перезагружать страницу не нужно.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Эта страница не может показать вопрос такого типа. Перезагрузите её, чтобы попробовать снова.',
  'vote.badgeOpen': 'Голосование открыто',
  'vote.badgeClosed': 'Голосование закрыто',
  'vote.badgeNotOpen': 'Ещё не открыто',
  'vote.sending': 'Отправляем ваш голос…',
  'vote.sendingOffline': 'Ещё не отправлено: ждём подключения…',
  'vote.counted': 'Ваш голос учтён',
  'vote.countedClosed': 'Ваш голос был учтён',
  'vote.youChose': 'Ваш выбор: {choice}',
  'vote.didNotVote': 'Вы не ответили на этот вопрос.',
  'vote.resultsNotShared': 'Ведущий не стал показывать результаты.',
  'vote.yourVote': 'Ваш голос',
  'vote.answersCount': {
    one: '{count} ответ',
    few: '{count} ответа',
    many: '{count} ответов',
    other: '{count} ответа',
  },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Голосование закрыто.',
  'vote.hintNotOpen': 'Голосование ещё не открыто.',
  'vote.voteFinal': 'Изменить голос уже нельзя.',
  'vote.canChange': 'Голос можно изменить, пока голосование открыто.',

  // Single and multiple choice
  'choice.ruleOne': 'Выберите один вариант',
  'choice.ruleAny': 'Выберите любые',
  'choice.ruleUpTo': {
    one: 'Выберите до {count} варианта',
    few: 'Выберите до {count} вариантов',
    many: 'Выберите до {count} вариантов',
    other: 'Выберите до {count} варианта',
  },
  'choice.tagAll': 'Выберите все подходящие',
  'choice.howSingle': 'Нажмите на ответ, чтобы проголосовать.',
  'choice.howSingleOnce':
    'Нажмите на ответ, чтобы проголосовать. Изменить голос после отправки нельзя.',
  'choice.howAny': 'Выберите сколько угодно вариантов и нажмите «Проголосовать».',
  'choice.howAnyOnce':
    'Выберите сколько угодно вариантов и нажмите «Проголосовать». Изменить голос после отправки нельзя.',
  'choice.howUpTo': {
    one: 'Выберите до {count} варианта и нажмите «Проголосовать».',
    few: 'Выберите до {count} вариантов и нажмите «Проголосовать».',
    many: 'Выберите до {count} вариантов и нажмите «Проголосовать».',
    other: 'Выберите до {count} варианта и нажмите «Проголосовать».',
  },
  'choice.howUpToOnce': {
    one: 'Выберите до {count} варианта и нажмите «Проголосовать». Изменить голос после отправки нельзя.',
    few: 'Выберите до {count} вариантов и нажмите «Проголосовать». Изменить голос после отправки нельзя.',
    many: 'Выберите до {count} вариантов и нажмите «Проголосовать». Изменить голос после отправки нельзя.',
    other:
      'Выберите до {count} варианта и нажмите «Проголосовать». Изменить голос после отправки нельзя.',
  },
  'choice.atLimit': {
    one: 'Выбран {count} вариант — это максимум. Чтобы выбрать другой, сначала снимите отметку с одного из них.',
    few: 'Выбрано {count} варианта — это максимум. Чтобы выбрать другой, сначала снимите отметку с одного из них.',
    many: 'Выбрано {count} вариантов — это максимум. Чтобы выбрать другой, сначала снимите отметку с одного из них.',
    other:
      'Выбрано {count} варианта — это максимум. Чтобы выбрать другой, сначала снимите отметку с одного из них.',
  },
  'choice.chosenCount': {
    one: 'Выбрано {count} из {max}',
    few: 'Выбрано {count} из {max}',
    many: 'Выбрано {count} из {max}',
    other: 'Выбрано {count} из {max}',
  },
  'choice.submit': 'Проголосовать',
  'choice.update': 'Изменить голос',

  // Results, whatever the kind
  'results.title': 'Результаты',
  'results.liveTitle': 'Текущие результаты',
  'results.voters': {
    one: 'Проголосовали: {count}',
    few: 'Проголосовали: {count}',
    many: 'Проголосовали: {count}',
    other: 'Проголосовали: {count}',
  },
  'results.captionVoters': {
    one: '{caption} — проголосовали: {count}',
    few: '{caption} — проголосовали: {count}',
    many: '{caption} — проголосовали: {count}',
    other: '{caption} — проголосовали: {count}',
  },
  'results.option': 'Вариант',
  'results.percent': 'Процент',
  'results.votes': 'Голоса',
  'results.votesCount': {
    one: '{count} голос',
    few: '{count} голоса',
    many: '{count} голосов',
    other: '{count} голоса',
  },
  'results.loadFailed': 'Не удалось загрузить результаты. Перезагрузите страницу.',
  'results.showAllOptions': {
    one: 'Показать все варианты ({count})',
    few: 'Показать все варианты ({count})',
    many: 'Показать все варианты ({count})',
    other: 'Показать все варианты ({count})',
  },
  'results.showFewerOptions': 'Показать меньше вариантов',
  'results.showAllValues': {
    one: 'Показать все значения ({count})',
    few: 'Показать все значения ({count})',
    many: 'Показать все значения ({count})',
    other: 'Показать все значения ({count})',
  },
  'results.showFewerValues': 'Показать меньше значений',
} satisfies AttendeeCatalogue;

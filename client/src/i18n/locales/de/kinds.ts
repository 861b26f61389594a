/** German: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'Mit 1 bis 5 Sternen bewerten',
  'rating.ruleNumbers': 'Von 1 bis {max} bewerten',
  'rating.stars': { one: '{count} Stern', other: '{count} Sterne' },
  'rating.starsWord': { one: '{count} Stern, {word}', other: '{count} Sterne, {word}' },
  'rating.valueOf': '{value} von {max}',
  'rating.valueOfWord': '{value} von {max}, {word}',
  'rating.sending': '{value} · wird gesendet…',
  'rating.yours': 'Ihre Bewertung: {value}',
  'rating.howStars': 'Tippen Sie auf einen Stern, um zu bewerten.',
  'rating.howStarsOnce':
    'Tippen Sie auf einen Stern, um zu bewerten. Einmal gesendet, ist Ihre Stimme endgültig.',
  'rating.howNumbers': 'Tippen Sie auf eine Zahl, um zu bewerten.',
  'rating.howNumbersOnce':
    'Tippen Sie auf eine Zahl, um zu bewerten. Einmal gesendet, ist Ihre Stimme endgültig.',
  'rating.canChange': 'Sie können Ihre Bewertung ändern, bis die Abstimmung endet.',
  'rating.average': 'Durchschnitt',
  'rating.median': 'Median {median}',

  // Ranking
  'ranking.rule': 'In Reihenfolge bringen',
  'ranking.how':
    'Bringen Sie die Optionen in Reihenfolge, Favorit zuerst: per Ziehen oder mit den Pfeilen. Tippen Sie dann auf „Rangfolge senden“.',
  'ranking.howOnce':
    'Bringen Sie die Optionen in Reihenfolge, Favorit zuerst: per Ziehen oder mit den Pfeilen. Tippen Sie dann auf „Rangfolge senden“. Einmal gesendet, ist Ihre Rangfolge endgültig.',
  'ranking.final': 'Ihre Rangfolge ist endgültig.',
  'ranking.canChange': 'Sie können Ihre Rangfolge ändern, bis die Abstimmung endet.',
  'ranking.place': '{place} Platz:',
  'ranking.placeTied': '{place} Platz (geteilt):',
  'ranking.moveUp': '{option} nach oben',
  'ranking.moveDown': '{option} nach unten',
  'ranking.drag': 'Zum Verschieben ziehen',
  'ranking.moved': '{option}, Position {position} von {count}.',
  'ranking.submit': 'Rangfolge senden',
  'ranking.update': 'Rangfolge ändern',
  'ranking.points': { one: '{count} Punkt', other: '{count} Punkte' },
  'ranking.averagePosition': 'Ø Position {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Ein Wort',
  'wordcloud.ruleUpTo': { one: 'Bis zu {count} Wort', other: 'Bis zu {count} Wörter' },
  'wordcloud.how': {
    one: 'Geben Sie ein Wort ein und tippen Sie auf „Hinzufügen“, bis zu {count}. Tippen Sie dann auf „Wörter senden“.',
    other:
      'Geben Sie ein Wort ein und tippen Sie auf „Hinzufügen“, bis zu {count}. Tippen Sie dann auf „Wörter senden“.',
  },
  'wordcloud.howOnce': {
    one: 'Geben Sie ein Wort ein und tippen Sie auf „Hinzufügen“, bis zu {count}. Tippen Sie dann auf „Wörter senden“. Einmal gesendet, sind Ihre Wörter endgültig.',
    other:
      'Geben Sie ein Wort ein und tippen Sie auf „Hinzufügen“, bis zu {count}. Tippen Sie dann auf „Wörter senden“. Einmal gesendet, sind Ihre Wörter endgültig.',
  },
  'wordcloud.final': 'Ihre Wörter sind endgültig.',
  'wordcloud.canChange': 'Sie können Ihre Wörter ändern, bis die Abstimmung endet.',
  'wordcloud.wordLabel': 'Ein Wort',
  'wordcloud.placeholder': 'Wort eingeben',
  'wordcloud.placeholderFull': 'Keine weiteren Wörter',
  'wordcloud.add': 'Hinzufügen',
  'wordcloud.yourWords': 'Ihre Wörter',
  'wordcloud.remove': '{word} entfernen',
  'wordcloud.sending': '{words} · wird gesendet…',
  'wordcloud.count': { one: '{chosen} von {count} Wort', other: '{chosen} von {count} Wörtern' },
  'wordcloud.submit': 'Wörter senden',
  'wordcloud.update': 'Wörter ändern',
  'wordcloud.full': {
    one: 'Das ist {count} Wort, mehr geht nicht. Für ein weiteres entfernen Sie zuerst eines.',
    other: 'Das sind {count} Wörter, mehr geht nicht. Für ein weiteres entfernen Sie zuerst eines.',
  },
  'wordcloud.already': 'Sie haben „{word}“ schon hinzugefügt.',
  'wordcloud.problemEmpty': 'Ein Wort darf nicht leer sein.',
  'wordcloud.problemTooLong': {
    one: 'Ein Wort hat höchstens {max} Zeichen; dieses hat {count}.',
    other: 'Ein Wort hat höchstens {max} Zeichen; dieses hat {count}.',
  },
  'wordcloud.problemMalformed': 'Ein Wort muss gültiges Unicode sein (keine einzelnen Surrogate).',
  'wordcloud.problemOneLine': 'Ein Wort steht in einer Zeile, ohne Steuerzeichen.',
  'wordcloud.problemNoLetter': 'Ein Wort braucht mindestens einen Buchstaben oder eine Ziffer.',
  'wordcloud.waiting': 'Warten auf die ersten Wörter',
  'wordcloud.word': 'Wort',
  'wordcloud.countHeader': 'Anzahl',
  'wordcloud.more': { one: 'und {count} weiteres Wort', other: 'und {count} weitere Wörter' },
  'wordcloud.cloudMore': { one: '+{count} weiteres Wort', other: '+{count} weitere Wörter' },
  'wordcloud.askOne': 'Senden Sie ein Wort vom Handy',
  'wordcloud.askUpTo': {
    one: 'Senden Sie bis zu {count} Wort vom Handy',
    other: 'Senden Sie bis zu {count} Wörter vom Handy',
  },

  // Open text
  'text.rule': 'Antworten Sie in eigenen Worten',
  'text.quoted': '„{text}“',
  'text.howPre':
    'Schreiben Sie Ihre Antwort und tippen Sie auf „Antwort senden“. Die Moderation gibt jede Antwort vor der Anzeige frei.',
  'text.howPreOnce':
    'Schreiben Sie Ihre Antwort und tippen Sie auf „Antwort senden“. Die Moderation gibt jede Antwort vor der Anzeige frei. Einmal gesendet, ist Ihre Antwort endgültig.',
  'text.howPost': 'Schreiben Sie Ihre Antwort und tippen Sie auf „Antwort senden“.',
  'text.howPostOnce':
    'Schreiben Sie Ihre Antwort und tippen Sie auf „Antwort senden“. Einmal gesendet, ist Ihre Antwort endgültig.',
  'text.final': 'Ihre Antwort ist endgültig.',
  'text.canChange': 'Sie können Ihre Antwort bearbeiten, bis die Abstimmung endet.',
  'text.placeholder': 'Antwort eingeben',
  'text.tooLong': {
    one: '{count} Zeichen zu viel: Eine Antwort hat höchstens {max} Zeichen.',
    other: '{count} Zeichen zu viel: Eine Antwort hat höchstens {max} Zeichen.',
  },
  'text.empty': 'Schreiben Sie zuerst Ihre Antwort: Eine leere Antwort kann nicht gesendet werden.',
  'text.edit': 'Antwort bearbeiten',
  'text.send': 'Antwort senden',
  'text.update': 'Antwort ändern',
  'text.mineSending': 'Ihre Antwort',
  'text.mineSent': 'Ihre Antwort, wie gesendet',
  'text.onWall': 'Ihre Antwort ist auf der Pinnwand.',
  'text.awaitingApproval': 'Wartet auf Freigabe durch die Moderation.',
  'text.shownAtOnce':
    'Antworten erscheinen sofort auf der Pinnwand; die Moderation kann sie ausblenden.',
  'text.noAnswers': 'Noch keine Antworten',
  'text.emptyPre': 'Antworten erscheinen hier, sobald die Moderation sie freigibt.',
  'text.emptyPost': 'Antworten erscheinen hier, sobald sie eingehen.',
  'text.noneOnWall': 'Noch keine Antworten auf der Pinnwand.',
  'text.listLabel': '{caption}: Antworten auf der Pinnwand, neueste zuerst',
  'text.showAll': { one: '{count} Antwort anzeigen', other: 'Alle {count} Antworten anzeigen' },
  'text.showFewer': 'Weniger anzeigen',
  'text.newest': { one: '{count} neueste Antwort', other: 'Die {count} neuesten Antworten' },
  'text.previewTitle': 'Teilnehmende antworten in eigenen Worten',
  'text.previewPre': 'Bis zu {max} Zeichen · jede Antwort wird vor der Anzeige freigegeben',
  'text.previewPost': 'Bis zu {max} Zeichen · Antworten erscheinen sofort',

  // Audience Q&A: the phone
  'qa.rule': 'Fragen stellen und liken',
  'qa.badgeOpen': 'Fragen offen',
  'qa.badgeClosed': 'Fragen geschlossen',
  'qa.asked': { one: '{count} Frage gestellt', other: '{count} Fragen gestellt' },
  'qa.limit': {
    one: 'Sie haben {count} Frage gestellt, mehr erlaubt diese Umfrage nicht.',
    other: 'Sie haben {count} Fragen gestellt, mehr erlaubt diese Umfrage nicht.',
  },
  'qa.error.poll_closed': 'Die Fragerunde ist beendet. Ihre Frage wurde nicht gesendet.',
  'qa.error.poll_not_open':
    'Die Fragerunde ist noch nicht geöffnet. Versuchen Sie es gleich noch einmal.',
  'qa.error.question_not_found': 'Diese Frage ist nicht mehr in der Liste.',
  'qa.error.invalid_answer': 'Eine Frage hat 1 bis {max} Zeichen.',
  'qa.askFailed': 'Ihre Frage konnte nicht gesendet werden: {reason}',
  'qa.upvoteFailed': 'Ihr Like hat nicht geklappt: {reason}',
  'qa.unvoteFailed': 'Ihr Like konnte nicht zurückgenommen werden: {reason}',
  'qa.tooLong': {
    one: '{count} Zeichen zu viel: Eine Frage hat höchstens {max} Zeichen.',
    other: '{count} Zeichen zu viel: Eine Frage hat höchstens {max} Zeichen.',
  },
  'qa.empty': 'Schreiben Sie zuerst Ihre Frage: Eine leere Frage kann nicht gesendet werden.',
  'qa.label': 'Ihre Frage',
  'qa.placeholder': 'Frage eingeben',
  'qa.send': 'Frage senden',
  'qa.hintDraft': 'Die Fragerunde ist noch nicht geöffnet.',
  'qa.hintClosed': 'Die Fragerunde ist beendet.',
  'qa.hintNotOpen': 'Die Fragerunde ist nicht geöffnet.',
  'qa.howPre':
    'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten. Die Moderation gibt jede Frage vor der Anzeige frei.',
  'qa.howPreLeft': {
    one: 'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten. Die Moderation gibt jede Frage vor der Anzeige frei. Sie können noch {count} stellen.',
    other:
      'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten. Die Moderation gibt jede Frage vor der Anzeige frei. Sie können noch {count} stellen.',
  },
  'qa.howPost': 'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten.',
  'qa.howPostLeft': {
    one: 'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten. Sie können noch {count} stellen.',
    other:
      'Stellen Sie eine Frage oder liken Sie die, auf die Sie eine Antwort möchten. Sie können noch {count} stellen.',
  },
  'qa.mineTitle': 'Ihre Fragen, noch nicht in der Liste',
  'qa.listTitle': 'Fragen',
  'qa.total': '({count})',
  'qa.topOf': { one: '(die Top {shown} von {count})', other: '(die Top {shown} von {count})' },
  'qa.waiting': { one: '{count} neu / geändert', other: '{count} neu / geändert' },
  'qa.emptyPre': 'Noch keine Fragen. Fragen erscheinen hier, sobald die Moderation sie freigibt.',
  'qa.emptyPost': 'Noch keine Fragen. Stellen Sie die erste!',
  'qa.onScreen': 'Jetzt auf der Leinwand',
  'qa.answered': 'Beantwortet',
  'qa.yours': 'Ihre',
  'qa.upvoteLabel': { one: 'Liken ({count} Like)', other: 'Liken ({count} Likes)' },
  'qa.awaitingModeration': 'Wartet auf Freigabe',
  'qa.sent': 'Gesendet',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} Frage', other: '{count} Fragen' },
  'qa.upvotes': { one: '{count} Like', other: '{count} Likes' },
  'qa.upvoteWord': { one: 'Like', other: 'Likes' },
  'qa.upvotesAnswered': { one: '{count} Like · Beantwortet', other: '{count} Likes · Beantwortet' },
  'qa.fromAudience': 'Frage aus dem Publikum',
  'qa.onScreenNow': 'Jetzt auf der Leinwand: {text}',
  'qa.allAnswered': 'Alle Fragen sind beantwortet',
  'qa.noQuestions': 'Noch keine Fragen',
  'qa.noQuestionsPhone': 'Noch keine Fragen.',
  'qa.screenEmptyPre':
    'Fragen Sie per Handy: Fragen erscheinen hier, sobald die Moderation sie freigibt.',
  'qa.screenEmptyPost': 'Fragen Sie per Handy: Fragen erscheinen hier, sobald sie eingehen.',
  'qa.listLabel': '{caption}: Fragen, meiste Likes zuerst',
  'qa.previewTitle': 'Stellen Sie Ihre Fragen per Handy',
  'qa.previewPre':
    'Liken Sie, was beantwortet werden soll · jede Frage wird vor der Anzeige freigegeben',
  'qa.previewPost': 'Liken Sie, was beantwortet werden soll · Fragen erscheinen sofort',
  'qa.tag': 'Publikumsfragen',
  'qa.tagPre': 'Publikumsfragen · mit Freigabe',

  // Quiz: the phone
  'quiz.rule': 'Eine Antwort wählen',
  'quiz.badge': 'Quiz',
  'quiz.timesUp': 'Zeit abgelaufen',
  'quiz.timesUpHint': 'Die Zeit ist abgelaufen.',
  'quiz.notStarted': 'Die Frage hat noch nicht begonnen.',
  'quiz.answerFinal': 'Ihre Antwort ist endgültig.',
  'quiz.how': {
    one: 'Tippen Sie Ihre Antwort an: ein Tipp, keine Änderung. Je schneller, desto mehr Punkte (bis zu {count}).',
    other:
      'Tippen Sie Ihre Antwort an: ein Tipp, keine Änderung. Je schneller, desto mehr Punkte (bis zu {count}).',
  },
  'quiz.sending': 'Ihre Antwort wird gesendet…',
  'quiz.locked': 'Antwort abgegeben',
  'quiz.lockedDetail': 'Die richtige Antwort erscheint, wenn die Zeit abgelaufen ist.',
  'quiz.noAnswer': 'Sie haben nicht geantwortet',
  'quiz.correct': 'Richtig!',
  'quiz.wrong': 'Diesmal nicht',
  'quiz.gained': { one: '+{count} Punkt', other: '+{count} Punkte' },
  'quiz.points': { one: '{count} Punkt', other: '{count} Punkte' },
  'quiz.score': '{gained} · gesamt {total}',
  'quiz.scoreRanked': '{gained} · gesamt {total} · {place} Platz',
  'quiz.zeroPoints': '0 Punkte für diese Frage.',
  'quiz.ofAnswers': 'der Antworten',
  'quiz.correctTag': 'Richtig',
  'quiz.yourAnswer': 'Ihre Antwort',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: 'Noch {count} Sekunde', other: 'Noch {count} Sekunden' },
  'quiz.unitLeft': { one: 's übrig', other: 's übrig' },
  'quiz.unitTimesUp': 'Zeit um',
  'quiz.limitSeconds': { one: '{count} s', other: '{count} s' },
  'quiz.limitMinutes': { one: '{count} Min.', other: '{count} Min.' },
  'quiz.limitMinutesSeconds': '{minutes} Min. {seconds} s',

  // Quiz: the results
  'quiz.correctAnswer': {
    one: 'Richtige Antwort: {answer}',
    other: 'Richtige Antworten: {answer}',
  },
  'quiz.gotItRight': '— {percent} lagen richtig',
  'quiz.startsSoon': 'Das Quiz beginnt gleich',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Ihr Name in der Bestenliste {optional}',
  'quiz.nameOptional': '(optional)',
  'quiz.nameHelp': {
    one: 'Bis zu {count} Zeichen. Ohne Namen erscheinen Sie als „Player“ mit einer Nummer.',
    other: 'Bis zu {count} Zeichen. Ohne Namen erscheinen Sie als „Player“ mit einer Nummer.',
  },
  'quiz.nameSaved': 'Gespeichert: In der Bestenliste erscheinen Sie als „{name}“.',
  'quiz.nameEmpty': 'Geben Sie zuerst einen Namen ein.',
  'quiz.nameTooLong': {
    one: '{count} Zeichen: Ein Name hat höchstens {max}.',
    other: '{count} Zeichen: Ein Name hat höchstens {max}.',
  },
  'quiz.nameError.invalid_name':
    'Dieser Name ist in der Bestenliste nicht erlaubt; wählen Sie einen anderen.',
  'quiz.nameError.invalid_message': 'Ein Name hat 1 bis {max} Zeichen.',
  'quiz.nameError.rate_limited': 'Zu viele Versuche auf einmal. Warten Sie kurz.',
  'quiz.nameFailed': 'Ihr Name konnte nicht gespeichert werden: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} Prozentpunkte bei 95\u00a0% Konfidenz',
  'choice.marginMethod':
    'Fehlermarge für die führende Option „{option}“ ({percent}) bei 95\u00a0% Konfidenz: Normalapproximation, 1,96 × √(p(1 − p) / n) mit n = {voters}.',
} satisfies KindsCatalogue;

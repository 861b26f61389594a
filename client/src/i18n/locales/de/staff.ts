/** German: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Moderation — voxpop',
  'host.homeLink': 'voxpop-Startseite',
  'host.role': 'Moderation',
  'host.attendeesConnected': {
    one: '{number} Person verbunden',
    other: '{number} Personen verbunden',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} Person', other: '{count} Personen' },
  'host.status.online': 'Live',
  'host.status.connecting': 'Verbinden…',
  'host.status.offline': 'Neu verbinden…',
  'host.status.closed': 'Getrennt',
  'host.connecting': 'Verbinde mit Ihrem Event…',
  'host.offlineBanner':
    'Verbindung verloren – wird wiederhergestellt… Live-Zahlen und Teilnehmerzahl pausieren bis dahin.',
  'host.cancel': 'Abbrechen',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Event-Code {code}',
  'host.pollCount': { one: '{count} Umfrage', other: '{count} Umfragen' },
  'host.openCount': { one: '{count} zur Abstimmung offen', other: '{count} zur Abstimmung offen' },
  'host.polls': 'Umfragen',
  'host.newPoll': 'Neue Umfrage',
  'host.noPolls': 'Noch keine Umfragen',
  'host.noPollsText':
    'Schreiben Sie Ihre erste Frage. Sie bleibt ein Entwurf, den nur Sie sehen, bis Sie sie öffnen oder auf die Leinwand bringen; Teilnehmende stimmen über die Umfrage ab, die offen und auf der Leinwand ist.',
  'host.createPoll': 'Umfrage erstellen',

  // The host console: renaming the event
  'host.title.rename': 'Event umbenennen',
  'host.title.label': 'Titel des Events',
  'host.title.save': 'Speichern',
  'host.title.empty': 'Das Event braucht einen Titel.',
  'host.title.tooLong': {
    one: 'Der Titel hat {count} Zeichen; erlaubt sind {limit}.',
    other: 'Der Titel hat {count} Zeichen; erlaubt sind {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Bewahren Sie diesen Link auf – nur damit können Sie dieses Event weiter moderieren.',
  'host.keyNotice.text':
    'Es gibt keine Konten: Wer den Link dieser Seite hat, kann das Event leiten, und geht er verloren, kann ihn niemand wiederherstellen. Setzen Sie ein Lesezeichen oder speichern Sie ihn im Passwortmanager.',
  'host.keyNotice.saved': 'Gespeichert',
  'host.copyHostLink': 'Moderationslink kopieren',

  // The host console: a poll's card
  'host.card.number': 'Umfrage {number}',
  'host.card.draft': 'Entwurf',
  'host.card.open': 'Offen',
  'host.card.closed': 'Beendet',
  'host.card.onScreen': 'Auf der Leinwand',
  'host.card.resultsHidden': 'Ergebnisse verborgen',
  'host.card.edit': 'Bearbeiten',
  'host.card.duplicate': 'Duplizieren',
  'host.card.downloadImage': 'Bild herunterladen',
  'host.card.downloadImageTitle': 'Ergebnisse als Bild (PNG) für Folien herunterladen',
  'host.card.reset': 'Zurücksetzen',
  'host.card.resetTitle': 'Stimmen zurücksetzen',
  'host.card.delete': 'Löschen',
  'host.card.deleteTitle': 'Umfrage löschen',
  'host.card.hintNotOpen':
    'Auf der Leinwand, aber die Abstimmung ist noch nicht offen: Teilnehmende sehen die Frage und warten.',
  'host.card.hintNotOnScreen':
    'Offen, aber nicht auf der Leinwand: Teilnehmende sehen nur die Umfrage auf der Leinwand.',
  'host.card.hintClosed': 'Abstimmung beendet: Teilnehmende und Leinwand zeigen die Endergebnisse.',
  'host.card.hintClosedHidden':
    'Abstimmung beendet, Ergebnisse verborgen: Teilnehmende und Leinwand zeigen keine Zahlen.',
  'host.card.openVoting': 'Abstimmung öffnen',
  'host.card.closeVoting': 'Abstimmung beenden',
  'host.card.reopenVoting': 'Wieder öffnen',
  'host.card.putOnScreen': 'Auf die Leinwand',
  'host.card.takeOffScreen': 'Von der Leinwand',
  'host.card.showResults': 'Ergebnisse zeigen',
  'host.card.hideResults': 'Ergebnisse verbergen',
  'host.card.voters': {
    one: '{number} Person hat abgestimmt',
    other: '{number} Personen haben abgestimmt',
  },

  // The host console: the poll editor
  'host.editor.newTitle': 'Neue Umfrage',
  'host.editor.editTitle': 'Umfrage bearbeiten',
  'host.editor.close': 'Schließen',
  'host.editor.question': 'Frage',
  'host.editor.questionPlaceholder': 'Was möchten Sie fragen?',
  'host.editor.questionEmpty': 'Schreiben Sie die Frage, die Teilnehmende beantworten.',
  'host.editor.questionTooLong': {
    one: 'Die Frage hat {count} Zeichen; erlaubt sind {limit}.',
    other: 'Die Frage hat {count} Zeichen; erlaubt sind {limit}.',
  },
  'host.editor.kind': 'Teilnehmende antworten mit',
  'host.editor.kindFixed': 'Die Art einer Umfrage steht nach dem Erstellen fest.',
  'host.editor.allowChange': 'Teilnehmende können ihre Stimme ändern',
  'host.editor.allowChangeHint': 'Solange die Umfrage offen ist. Aus: Die erste Stimme gilt.',
  'host.editor.fixToCreate': 'Korrigieren Sie die markierten Felder, um die Umfrage zu erstellen.',
  'host.editor.fixToSave': 'Korrigieren Sie die markierten Felder, um die Umfrage zu speichern.',
  'host.editor.create': 'Umfrage erstellen',
  'host.editor.save': 'Änderungen speichern',
  'host.editor.saving': 'Wird gespeichert…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Zum Bestätigen {phrase} eingeben',
  'host.confirm.working': 'Einen Moment…',
  'host.resetPoll.title': 'Diese Umfrage zurücksetzen?',
  'host.resetPoll.confirm': 'Stimmen zurücksetzen',
  'host.resetPoll.text': {
    one: 'Ihre {count} Stimme wird gelöscht, und alle Teilnehmenden können erneut abstimmen. Frage, Optionen und Status der Umfrage bleiben erhalten.',
    other:
      'Ihre {count} Stimmen werden gelöscht, und alle Teilnehmenden können erneut abstimmen. Frage, Optionen und Status der Umfrage bleiben erhalten.',
  },
  'host.deletePoll.title': 'Diese Umfrage löschen?',
  'host.deletePoll.confirm': 'Umfrage löschen',
  'host.deletePoll.text': {
    one: 'Die Umfrage und ihre {count} Stimme werden endgültig entfernt.',
    other: 'Die Umfrage und ihre {count} Stimmen werden endgültig entfernt.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Die Umfrage und ihre {count} Stimme werden endgültig entfernt, und sie verschwindet von der Leinwand.',
    other:
      'Die Umfrage und ihre {count} Stimmen werden endgültig entfernt, und sie verschwindet von der Leinwand.',
  },
  'host.deleteEvent.title': 'Dieses Event löschen?',
  'host.deleteEvent.confirm': 'Event löschen',
  'host.deleteEvent.text':
    'Alle Umfragen, Stimmen und Teilnehmenden werden endgültig entfernt. Handys und Präsentationsansicht erfahren, dass das Event beendet ist. Das lässt sich nicht rückgängig machen; exportieren Sie vorher die CSV, wenn Sie die Stimmen brauchen.',
  'host.newRound.title': 'Neue Runde starten?',
  'host.newRound.confirm': 'Punkte zurücksetzen',
  'host.newRound.text': {
    one: 'Die {count} Quizfrage wird wieder zum Entwurf, ihre Antworten werden gelöscht und alle Punkte in der Bestenliste auf null gesetzt. Das lässt sich nicht rückgängig machen.',
    other:
      'Alle {count} Quizfragen werden wieder zu Entwürfen, ihre Antworten werden gelöscht und alle Punkte in der Bestenliste auf null gesetzt. Das lässt sich nicht rückgängig machen.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Schließen',
  'host.toast.pollCreated': 'Umfrage erstellt – öffnen Sie sie, wenn Sie bereit sind',
  'host.toast.pollDuplicated': 'Umfrage als neuer Entwurf am Ende der Liste dupliziert',
  'host.toast.votesCleared': 'Stimmen gelöscht',
  'host.toast.pollDeleted': 'Umfrage gelöscht',
  'host.toast.newRound':
    'Neue Runde: Alle Quizfragen sind zurückgesetzt und die Punkte stehen wieder auf null',
  'host.toast.csvDownloaded': 'CSV heruntergeladen',
  'host.toast.imageDownloaded': 'Ergebnisbild heruntergeladen',
  'host.copy.hostLinkDone': 'Moderationslink kopiert',
  'host.copy.hostLinkFailed':
    'Kopieren fehlgeschlagen – markieren Sie den Moderationslink und kopieren Sie ihn',
  'host.copy.joinLinkDone': 'Teilnahmelink kopiert',
  'host.copy.joinLinkFailed':
    'Kopieren fehlgeschlagen – markieren Sie den Teilnahmelink und kopieren Sie ihn',
  'host.copy.presenterLinkDone': 'Präsentationslink kopiert',
  'host.copy.presenterLinkFailed':
    'Kopieren fehlgeschlagen – markieren Sie den Präsentationslink und kopieren Sie ihn',
  'host.copy.qrDone': 'QR-Code als Bild kopiert',
  'host.copy.qrFailed':
    'Dieser Browser kann keine Bilder kopieren – nutzen Sie stattdessen „Herunterladen“',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Die Umfrage konnte nicht geöffnet werden',
  'host.failed.closePoll': 'Die Umfrage konnte nicht beendet werden',
  'host.failed.changeScreen': 'Die Leinwand konnte nicht umgestellt werden',
  'host.failed.showResults': 'Die Ergebnisse konnten nicht gezeigt werden',
  'host.failed.hideResults': 'Die Ergebnisse konnten nicht verborgen werden',
  'host.failed.createPoll': 'Die Umfrage konnte nicht erstellt werden',
  'host.failed.duplicatePoll': 'Die Umfrage konnte nicht dupliziert werden',
  'host.failed.savePoll': 'Die Umfrage konnte nicht gespeichert werden',
  'host.failed.resetPoll': 'Die Umfrage konnte nicht zurückgesetzt werden',
  'host.failed.deletePoll': 'Die Umfrage konnte nicht gelöscht werden',
  'host.failed.renameEvent': 'Das Event konnte nicht umbenannt werden',
  'host.failed.changeScreenSetting': 'Die Leinwand-Einstellung konnte nicht geändert werden',
  'host.failed.showLeaderboard': 'Die Bestenliste konnte nicht gezeigt werden',
  'host.failed.hideLeaderboard': 'Die Bestenliste konnte nicht ausgeblendet werden',
  'host.failed.newRound': 'Die neue Runde konnte nicht gestartet werden',
  'host.failed.exportVotes': 'Die Stimmen konnten nicht exportiert werden',
  'host.failed.downloadImage': 'Das Ergebnisbild konnte nicht heruntergeladen werden',
  'host.failed.deleteEvent': 'Das Event konnte nicht gelöscht werden',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Nach der ersten Stimme lassen sich die Optionen nicht mehr ändern – setzen Sie die Umfrage zuerst zurück.',
  'host.error.invalid_state': 'Die Umfrage hat sich inzwischen geändert. Versuchen Sie es erneut.',
  'host.error.poll_not_found':
    'Diese Umfrage gibt es nicht mehr – vielleicht wurde sie in einem anderen Tab gelöscht.',
  'host.error.event_not_found': 'Dieses Event gibt es nicht mehr.',
  'host.error.unauthorized':
    'Dafür ist der Moderationsschlüssel nötig. Öffnen Sie den vollständigen Moderationslink erneut.',
  'host.error.forbidden':
    'Der Moderationsschlüssel in diesem Link gilt für dieses Event nicht mehr.',
  'host.error.rate_limited':
    'Zu viele Änderungen auf einmal – warten Sie kurz und versuchen Sie es erneut.',
  'host.error.payload_too_large': 'Das ist zu viel Text für eine Umfrage.',
  'host.error.network_error':
    'Der voxpop-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'host.error.export_failed': 'Der Export ist fehlgeschlagen. Versuchen Sie es gleich noch einmal.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Versuchen Sie es erneut.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Dieser Moderationslink gilt nicht für Event {code} – haben Sie den ganzen Link kopiert?',
  'host.problem.wrongKeyText':
    'Der Teil nach #key= passt nicht zu diesem Event. Öffnen Sie den Moderationslink genau so, wie Sie ihn beim Erstellen des Events gespeichert haben.',
  'host.problem.missingKey':
    'Dieser Moderationslink für Event {code} ist unvollständig – haben Sie den ganzen Link kopiert?',
  'host.problem.missingKeyText':
    'Ein Moderationslink endet mit #key= und einem langen Geheimschlüssel. Ohne ihn kann diese Seite das Event nicht moderieren. Teilnehmende nutzen stattdessen den Event-Link.',
  'host.problem.noEvent': 'Es gibt kein Event {code}',
  'host.problem.noEventText':
    'Prüfen Sie die sechs Ziffern im Link. Das Event könnte auch gelöscht worden sein.',
  'host.problem.deleted': 'Dieses Event wurde gelöscht',
  'host.problem.deletedText':
    'Seine Umfragen, Stimmen und Teilnehmenden sind entfernt. Teilnehmende und Präsentationsansicht wurden informiert.',
  'host.problem.unreachable': 'Der voxpop-Server ist nicht erreichbar',
  'host.problem.unreachableText': 'Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  'host.problem.badLink': 'Das ist kein Moderationslink',
  'host.problem.badLinkText':
    'Ein Moderationslink sieht so aus: /host/123456#key=… – haben Sie den ganzen Link kopiert?',
  'host.problem.newEvent': 'Neues Event erstellen',
  'host.problem.home': 'Zu voxpop',

  // The host console: the side panel
  'host.side.label': 'Teilen und Event-Einstellungen',
  'host.side.invite': 'Teilnehmende einladen',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Auf {host} diesen Code eingeben:',
  'host.side.qrAlt': 'QR-Code, der den Teilnahmelink für Event {code} öffnet',
  'host.side.copy': 'Kopieren',
  'host.side.joinLink': 'Teilnahmelink',
  'host.side.copyJoinLink': 'Teilnahmelink kopieren',
  'host.side.qrCode': 'QR-Code',
  'host.side.copyQr': 'QR-Code als Bild kopieren',
  'host.side.open': 'Öffnen',
  'host.side.openQr': 'QR-Code in neuem Tab öffnen',
  'host.side.download': 'Herunterladen',
  'host.side.downloadQr': 'QR-Code herunterladen',
  'host.side.screen': 'Präsentationsansicht',
  'host.side.screenHint':
    'Für Beamer oder Stream. Zeigt automatisch die Umfrage, die Sie auf die Leinwand bringen.',
  'host.side.presenterLink': 'Präsentationslink',
  'host.side.copyPresenterLink': 'Präsentationslink kopieren',
  'host.side.openScreen': 'Präsentationsansicht öffnen',
  'host.side.showStats': 'Fehlermarge auf der Leinwand zeigen',
  'host.side.showStatsHint':
    'Zeigt „±N Prozentpunkte“ (95\u00a0% Konfidenz) unter den Ergebnissen.',
  'host.side.data': 'Ergebnisse und Zugang',
  'host.side.export': 'CSV exportieren',
  'host.side.exporting': 'Wird vorbereitet…',
  'host.side.exportHint': 'Alle aktuellen Stimmen, eine pro Zeile, für die Tabellenkalkulation.',
  'host.side.hostLinkHint': 'Privat: Wer ihn hat, kann dieses Event moderieren.',
  'host.side.danger': 'Gefahrenzone',
  'host.side.dangerHint':
    'Wenn Sie das Event löschen, werden Umfragen, Stimmen und Teilnehmende endgültig entfernt.',
  'host.side.deleteEvent': 'Event löschen',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Quiz-Bestenliste',
  'leaderboard.title': 'Bestenliste',
  'leaderboard.loading': 'Punkte werden geladen…',
  'leaderboard.failed': 'Die Punkte konnten nicht geladen werden.',
  'leaderboard.panelEmpty': 'Noch keine Punkte: Sie kommen zusammen, wenn Quizfragen enden.',
  'leaderboard.screenEmpty':
    'Noch keine Punkte: Beantworten Sie eine Quizfrage, um auf die Liste zu kommen.',
  'leaderboard.topScores': 'Beste Punktzahlen',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Top 3',
  'leaderboard.rest': 'Ab Platz 4',
  'leaderboard.putOn': 'Bestenliste auf die Leinwand',
  'leaderboard.takeOff': 'Bestenliste von der Leinwand',
  'leaderboard.offScreenHint': 'Erscheint in der Präsentationsansicht anstelle der Umfrage.',
  'leaderboard.onScreenHint':
    'Die Präsentationsansicht zeigt die Bestenliste. Eine Umfrage auf die Leinwand zu bringen, blendet sie aus.',
  'leaderboard.newRound': 'Neue Runde',
  'leaderboard.newRoundHint': {
    one: 'Setzt die {count} Quizfrage zurück: Antworten und Punkte beginnen wieder bei null.',
    other: 'Setzt alle {count} Quizfragen zurück: Antworten und Punkte beginnen wieder bei null.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Moderation',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'mit Freigabe',
  'editor.moderation.post': 'sofort sichtbar',
  'editor.options.legend': 'Optionen',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} von {max}',
  'editor.options.locked':
    'Nach der ersten Stimme lassen sich die Optionen nicht mehr ändern – setzen Sie die Umfrage zuerst zurück.',
  'editor.options.option': 'Option {number}',
  'editor.options.remove': 'Option {number} entfernen',
  'editor.options.add': 'Option hinzufügen',
  'editor.options.full': {
    one: 'Mehr als {count} Option ist nicht möglich.',
    other: 'Mehr als {count} Optionen sind nicht möglich.',
  },
  'editor.options.enterHint': 'Drücken Sie Enter in einer Option, um die nächste anzulegen.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Eine Option',
  'editor.single.hint': 'Einfachauswahl',
  'editor.single.label': 'Einfachauswahl',
  'editor.multiple.title': 'Mehrere Optionen',
  'editor.multiple.hint': 'Mehrfachauswahl',
  'editor.multiple.label': 'Mehrfachauswahl',
  'editor.multiple.labelUpTo': 'Mehrfachauswahl · bis zu {max}',
  'editor.multiple.footnote': 'Prozent der Abstimmenden; eine Person kann mehrere Optionen wählen.',
  'editor.choice.maxChoices': 'Jede Person darf wählen',
  'editor.choice.anyNumber': 'Beliebig viele Optionen',
  'editor.choice.upTo': { one: 'Bis zu {count} Option', other: 'Bis zu {count} Optionen' },
  'editor.choice.tooMany': {
    one: 'Teilnehmende können nicht {max} von {count} Option wählen.',
    other: 'Teilnehmende können nicht {max} von {count} Optionen wählen.',
  },

  // The editor: rating
  'editor.rating.title': 'Eine Bewertung',
  'editor.rating.hint': 'Bewertungsskala',
  'editor.rating.label': 'Bewertung · 1 bis {max}',
  'editor.rating.scale': 'Skala',
  'editor.rating.size': '1 bis {max}',
  'editor.rating.sizeStars': '1 bis {max} (Sterne)',
  'editor.rating.locked':
    'Nach der ersten Antwort steht die Skala fest – setzen Sie die Umfrage zuerst zurück.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Bezeichnung für {value} (optional)',
  'editor.rating.lowExample': 'z. B. Gar nicht',
  'editor.rating.highExample': 'z. B. Voll und ganz',
  'editor.rating.wordTooLong': {
    one: '{count} Zeichen; eine Skalenbezeichnung hat höchstens {limit}.',
    other: '{count} Zeichen; eine Skalenbezeichnung hat höchstens {limit}.',
  },
  'editor.rating.sizeProblem': 'Eine Skala reicht von 1 bis {min}–{max}.',
  'editor.rating.summary': 'Durchschnitt {average} / {max} · Median {median}',

  // The editor: ranking
  'editor.ranking.title': 'Eine Reihenfolge',
  'editor.ranking.hint': 'Rangfolge',
  'editor.ranking.label': {
    one: 'Rangfolge · {count} Option',
    other: 'Rangfolge · {count} Optionen',
  },
  'editor.ranking.footnote': {
    one: 'Borda-Zählung: Platz 1 bringt {count} Punkt, jeder Platz darunter einen weniger.',
    other: 'Borda-Zählung: Platz 1 bringt {count} Punkte, jeder Platz darunter einen weniger.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Ein paar Wörter',
  'editor.wordcloud.hint': 'Wortwolke',
  'editor.wordcloud.labelOne': 'Wortwolke · 1 Wort',
  'editor.wordcloud.labelUpTo': {
    one: 'Wortwolke · bis zu {count} Wort',
    other: 'Wortwolke · bis zu {count} Wörter',
  },
  'editor.wordcloud.count': 'Jede Person gibt',
  'editor.wordcloud.one': 'Ein Wort',
  'editor.wordcloud.upTo': { one: 'Bis zu {count} Wort', other: 'Bis zu {count} Wörter' },
  'editor.wordcloud.locked':
    'Weniger Wörter nur vor der ersten Antwort – setzen Sie die Umfrage zuerst zurück.',
  'editor.wordcloud.countProblem': 'Jede Person gibt {min} bis {max} Wörter.',
  'editor.wordcloud.filter': 'Schimpfwörter filtern',
  'editor.wordcloud.filterHint':
    'Markierte Wörter sehen nur Sie, gekennzeichnet; Teilnehmende und Leinwand sehen sie nie.',

  // The editor: open text
  'editor.text.title': 'Eine schriftliche Antwort',
  'editor.text.hint': 'Freitext',
  'editor.text.label': 'Freitext · {moderation}',
  'editor.text.maxLength': 'Längste Antwort (Zeichen)',
  'editor.text.maxLengthHint': 'Von {min} bis {max}; {default} reichen für ein paar Sätze.',
  'editor.text.maxLengthLocked':
    'Die Umfrage hat Antworten: Das Limit kann steigen, nicht sinken (setzen Sie die Umfrage zuerst zurück).',
  'editor.text.maxLengthProblem': 'Geben Sie eine ganze Zahl von {min} bis {max} Zeichen an.',
  'editor.text.postTitle': 'Antworten sofort zeigen (Sie können sie ausblenden)',
  'editor.text.postHint': 'Jede Antwort erscheint auf der Pinnwand, sobald sie eingeht.',
  'editor.text.preTitle': 'Jede Antwort zuerst freigeben',
  'editor.text.preHint': 'Nichts erscheint auf der Pinnwand, bevor Sie es freigeben.',

  // The editor: audience Q&A
  'editor.qa.title': 'Fragen und liken',
  'editor.qa.hint': 'Publikumsfragen',
  'editor.qa.label': 'Publikumsfragen · {moderation}',
  'editor.qa.postTitle': 'Fragen sofort zeigen (Sie können sie ausblenden)',
  'editor.qa.postHint': 'Jede Frage erscheint in der Liste, sobald sie gestellt wird.',
  'editor.qa.preTitle': 'Jede Frage zuerst freigeben',
  'editor.qa.preHint': 'Nichts erscheint in der Liste, bevor Sie es freigeben.',

  // The editor: quiz
  'editor.quiz.title': 'Ein Quiz',
  'editor.quiz.hint': 'Auf Zeit, mit Punkten',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Quiz · {time} · {points} Pkt.',
  'editor.quiz.correct': 'Richtig',
  'editor.quiz.correctOption': 'Richtig: Option {number}',
  'editor.quiz.noCorrect': 'Markieren Sie mindestens eine Option als richtig.',
  'editor.quiz.time': 'Zeit zum Antworten',
  'editor.quiz.timeProblem': 'Das Zeitlimit liegt zwischen {min} und {max} Sekunden.',
  'editor.quiz.points': 'Punkte für eine richtige Antwort',
  'editor.quiz.pointsHint':
    'Sofort geantwortet: alle; in der letzten Sekunde: die Hälfte. Falsch: 0.',
  'editor.quiz.pointsNotWhole': 'Geben Sie die Punkte als ganze Zahl an, {min} bis {max}.',
  'editor.quiz.pointsRange': 'Punkte: {min} bis {max}.',
  'editor.quiz.locked':
    'Es wurde schon geantwortet: Optionen, richtige Antwort, Zeit und Punkte stehen fest, bis Sie die Frage zurücksetzen.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (richtig)',
  'editor.quiz.footnote':
    'Bis die Zeit abgelaufen ist, sehen nur Sie die Zahlen und die richtige Antwort.',
  'editor.quiz.answered': { one: '{count} hat geantwortet', other: '{count} haben geantwortet' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} wartet', other: '{number} warten' },
  'desk.hiddenCount': { one: '{number} ausgeblendet', other: '{number} ausgeblendet' },
  'desk.queue': 'Wartet auf Freigabe',
  'desk.queueEmpty': 'Nichts wartet.',
  'desk.hiddenTitle': 'Ausgeblendet ({count})',
  'desk.approve': 'Freigeben',
  'desk.hide': 'Ausblenden',
  'desk.showAgain': 'Wieder zeigen',
  'desk.showAll': { one: '{count} anzeigen', other: 'Alle {count} anzeigen' },
  'desk.showFewer': 'Weniger anzeigen',
  'desk.text.shown': { one: '{number} sichtbar', other: '{number} sichtbar' },
  'desk.text.wall': 'Auf der Pinnwand',
  'desk.text.wallEmpty': 'Noch keine Antworten auf der Pinnwand.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Tasten bei gewählter Antwort: {a} freigeben · {h} ausblenden · {j} {k} oder Pfeile zum Wechseln',
  'desk.qa.open': { one: '{number} offen', other: '{number} offen' },
  'desk.qa.answeredCount': { one: '{number} beantwortet', other: '{number} beantwortet' },
  'desk.qa.openTitle': 'Offene Fragen, meiste Likes zuerst',
  'desk.qa.openEmpty': 'Keine offenen Fragen.',
  'desk.qa.answeredTitle': 'Beantwortet',
  'desk.qa.answered': 'Beantwortet',
  'desk.qa.notAnswered': 'Nicht beantwortet',
  'desk.qa.highlight': 'Hervorheben',
  'desk.qa.onScreen': 'Auf der Leinwand',
  'desk.qa.upvotesOnScreen': '{upvotes} · jetzt auf der Leinwand',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Tasten bei gewählter Frage: {a} freigeben · {h} ausblenden · {d} beantwortet · {s} auf der Leinwand hervorheben · {j} {k} oder Pfeile zum Wechseln',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Noch keine Wörter.',
  'desk.wordcloud.filtered': 'gefiltert',
  'desk.wordcloud.hidden': 'ausgeblendet',
  'desk.wordcloud.hideTitle': 'Vor dem Publikum verbergen',
  'desk.wordcloud.showTitle': 'Dem Publikum wieder zeigen',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: ausblenden',
  'desk.wordcloud.flaggedWord': '{word}, {count}, als Schimpfwort gefiltert: ausblenden',
  'desk.wordcloud.hiddenWord': '{word}, {count}, ausgeblendet: wieder zeigen',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, als Schimpfwort gefiltert, ausgeblendet: wieder zeigen',
  'desk.wordcloud.showAll': {
    one: '{count} Wort anzeigen',
    other: 'Alle {count} Wörter anzeigen',
  },
  'desk.wordcloud.showFewer': 'Weniger Wörter anzeigen',
  'desk.wordcloud.footnote':
    'Klicken Sie auf ein Wort, um es vor Teilnehmenden und Leinwand zu verbergen, und erneut, um es wieder zu zeigen.',
  'desk.wordcloud.footnoteFiltered':
    'Klicken Sie auf ein Wort, um es vor Teilnehmenden und Leinwand zu verbergen, und erneut, um es wieder zu zeigen. „Gefiltert“: vom Schimpfwortfilter zurückgehalten.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Die Frage konnte nicht freigegeben werden',
  'desk.failed.hideQuestion': 'Die Frage konnte nicht ausgeblendet werden',
  'desk.failed.markAnswered': 'Die Frage konnte nicht als beantwortet markiert werden',
  'desk.failed.highlightQuestion': 'Die Frage konnte nicht hervorgehoben werden',
  'desk.failed.unhighlightQuestion': 'Die Frage konnte nicht von der Leinwand genommen werden',
  'desk.failed.approveAnswer': 'Die Antwort konnte nicht freigegeben werden',
  'desk.failed.hideAnswer': 'Die Antwort konnte nicht ausgeblendet werden',
  'desk.failed.hideWord': 'Das Wort konnte nicht ausgeblendet werden',
  'desk.failed.showWord': 'Das Wort konnte nicht wieder gezeigt werden',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Verbinden…',
  'present.status.online': 'Live',
  'present.status.offline': 'Neu verbinden…',
  'present.status.closed': 'Offline',
  'present.fullScreen': 'Vollbild',
  'present.badLink': 'Das ist kein Präsentationslink',
  'present.badLinkDetail':
    'Ein Präsentationslink sieht so aus: /present/123456. Fragen Sie die Moderation nach dem Link des Events.',
  'present.noEvent': 'Kein Event mit dem Code {code}',
  'present.noEventDetail':
    'Prüfen Sie den Link: Das Event wurde vielleicht gelöscht oder der Code falsch eingegeben.',
  'present.ended': 'Dieses Event ist beendet',
  'present.endedDetail': 'Danke fürs Mitmachen!',
  'present.connecting': 'Verbinde mit Event {code}…',
  'present.opensSoon': 'Die Abstimmung startet gleich',
  'present.resultsSoon': 'Die Ergebnisse folgen gleich',
  'present.votingClosed': 'Abstimmung beendet',
  'present.noVotes': 'Noch keine Stimmen',
  'present.voters': {
    one: '{count} Person hat abgestimmt',
    other: '{count} Personen haben abgestimmt',
  },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} anwesend', other: '{count} anwesend' },
  'present.turnout': {
    one: '{percent} von {count} Anwesenden',
    other: '{percent} von {count} Anwesenden',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'So machen Sie mit',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Mitmachen auf',
  'present.withCode': 'mit dem Code',
  'present.joinAt': 'Mitmachen auf {host}',
  'present.qrAlt': 'QR-Code, der die Abstimmungsseite für den Code {code} öffnet',
  'present.waiting': 'Die erste Frage erscheint hier',
  'present.waitingJoined': {
    one: 'Die erste Frage erscheint hier · {count} Person ist dabei',
    other: 'Die erste Frage erscheint hier · {count} Personen sind dabei',
  },
  'present.scan': 'Zum Mitmachen scannen',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'Umfrage {id} ist nicht verfügbar',
  'present.pin.missingDetail':
    'Dieses Event hat keine öffentliche Umfrage mit dieser Nummer: Vielleicht gibt es sie nicht, sie wurde gelöscht oder sie ist ein Entwurf, den die Moderation noch nicht geöffnet hat. Sie erscheint hier, sobald sie veröffentlicht ist.',
  'present.pin.invalid': '„{value}“ ist keine Umfragenummer',
  'present.pin.invalidDetail':
    'Um bei einer Umfrage zu bleiben, schreiben Sie ihre Nummer in den Link, zum Beispiel ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: Antworten, neueste zuerst',
  'present.wall.newAnswer': 'Neue Antwort: {text}',
  'present.wall.newAnswers': {
    one: '{count} neue Antwort. Die neueste: {text}',
    other: '{count} neue Antworten. Die neueste: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Sprachen',
  'host.languages.screen': 'Sprache des Events und der Leinwand',
  'host.languages.screenHint':
    'Die Präsentationsansicht nutzt sie; jedes Handy und diese Konsole nutzen ihre eigene.',
  'host.languages.further': 'Umfragen übersetzen in',
  'host.languages.furtherHint':
    'Der Editor jeder Umfrage fragt dann nach dem Text in diesen Sprachen. Handys in einer Sprache ohne Übersetzung zeigen das Original.',
  'host.languages.alternate': 'Sprachen auf der Leinwand abwechseln',
  'host.languages.alternateHint':
    'Die Leinwand zeigt jede Sprache der Reihe nach, jeweils {seconds} Sekunden.',
  'host.failed.changeLanguages': 'Die Sprachen des Events konnten nicht geändert werden',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Webhooks',
  'host.webhooks.hint':
    'voxpop sendet einen signierten POST an jede Adresse, wenn eine Umfrage geöffnet oder geschlossen oder das Event gelöscht wird.',
  'host.webhooks.loading': 'Webhooks werden geladen…',
  'host.webhooks.loadFailed':
    'Die Webhooks konnten nicht geladen werden; gleich folgt ein neuer Versuch.',
  'host.webhooks.empty': 'Noch keine Webhooks.',
  'host.webhooks.list': 'Die Webhooks des Events',
  'host.webhooks.events': 'Gesendet bei',
  'host.webhooks.pollOpened': 'Umfrage geöffnet',
  'host.webhooks.pollClosed': 'Umfrage geschlossen',
  'host.webhooks.eventDeleted': 'Event gelöscht',
  'host.webhooks.none': 'Noch keine Zustellungen',
  'host.webhooks.sending': 'Wird gesendet…',
  'host.webhooks.delivered': 'Zugestellt',
  'host.webhooks.failed': 'Fehlgeschlagen',
  'host.webhooks.failedBecause': 'Fehlgeschlagen: {error}',
  'host.webhooks.retrying': {
    one: 'neuer Versuch ({count} ausstehend)',
    other: 'neuer Versuch ({count} ausstehend)',
  },
  'host.webhooks.pending': { one: 'noch {count} zu senden', other: 'noch {count} zu senden' },
  'host.webhooks.justNow': 'gerade eben',
  'host.webhooks.remove': 'Entfernen',
  'host.webhooks.removeLabel': 'Webhook {url} entfernen',
  'host.webhooks.removeTitle': 'Diesen Webhook entfernen?',
  'host.webhooks.removeText':
    'voxpop sendet nicht mehr an diese Adresse, und noch wartende Zustellungen werden verworfen.',
  'host.webhooks.removeConfirm': 'Webhook entfernen',
  'host.webhooks.add': 'Webhook hinzufügen',
  'host.webhooks.adding': 'Wird hinzugefügt…',
  'host.webhooks.url': 'Adresse (URL)',
  'host.webhooks.sendOn': 'Senden, wenn',
  'host.webhooks.needUrl': 'Geben Sie die Adresse ein, an die gesendet werden soll.',
  'host.webhooks.needEvent': 'Wählen Sie mindestens ein Ereignis.',
  'host.webhooks.secret': 'Signaturgeheimnis für {url}',
  'host.webhooks.secretHint':
    'Nur einmal angezeigt: Prüfen Sie damit die Zustellungen (X-Voxpop-Signature: HMAC-SHA256 des Bodys).',
  'host.webhooks.copySecret': 'Signaturgeheimnis kopieren',
  'host.webhooks.secretCopied': 'Signaturgeheimnis kopiert',
  'host.webhooks.secretCopyFailed':
    'Kopieren fehlgeschlagen – markieren Sie das Geheimnis und kopieren Sie es',
  'host.webhooks.done': 'Fertig',
  'host.failed.addWebhook': 'Der Webhook konnte nicht hinzugefügt werden',
  'host.failed.removeWebhook': 'Der Webhook konnte nicht entfernt werden',

  // The poll editor's translations
  'host.translations.title': 'Übersetzungen',
  'host.translations.hint':
    'Lassen Sie eine Option leer, um das Original zu zeigen. Eigene Worte der Teilnehmenden werden nie übersetzt.',
  'host.translations.noLanguages':
    'Um diese Umfrage zu übersetzen, wählen Sie Sprachen in der Karte „Sprachen“.',
  'host.translations.translated': 'übersetzt',
  'host.translations.notTranslated': 'nicht übersetzt',
  'host.translations.question': 'Frage',
  'host.translations.option': 'Option {number}: {original}',
  'host.translations.scaleMin': 'Bezeichnung für den niedrigsten Wert',
  'host.translations.scaleMax': 'Bezeichnung für den höchsten Wert',
  'host.translations.needQuestion': 'Übersetzen Sie auch die Frage oder leeren Sie diese Sprache.',
  'host.translations.questionTooLong': 'Die übersetzte Frage ist länger als {limit} Zeichen.',
  'host.translations.optionTooLong': 'Eine übersetzte Option ist länger als {limit} Zeichen.',
  'host.translations.scaleTooLong': 'Ein übersetztes Skalenwort ist länger als {limit} Zeichen.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} Zeichen; eine Option hat höchstens {max}.',
    other: '{count} Zeichen; eine Option hat höchstens {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Geben Sie mindestens {count} Option an.',
    other: 'Geben Sie mindestens {count} Optionen an.',
  },
  'editor.tooManyOptions': {
    one: 'Eine Umfrage hat höchstens {count} Option.',
    other: 'Eine Umfrage hat höchstens {count} Optionen.',
  },
  'editor.duplicateOption':
    '„{option}“ steht zweimal in der Liste; jede Option muss anders lauten.',
} satisfies StaffCatalogue;

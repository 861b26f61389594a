/** German: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Sprache',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Übersetzt',
  'vote.originalShown': 'Original',
  'vote.showOriginal': 'Original anzeigen',
  'vote.showTranslation': 'Auf {language} anzeigen',

  // Words every page uses
  'common.cancel': 'Abbrechen',
  'common.save': 'Speichern',
  'common.saving': 'Wird gespeichert…',
  'common.loading': 'Wird geladen…',
  'common.sending': 'wird gesendet…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'Zeichen', other: 'Zeichen' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}.',
  'common.ordinal.two': '{n}.',
  'common.ordinal.few': '{n}.',
  'common.ordinal.many': '{n}.',
  'common.ordinal.other': '{n}.',

  // The connection dot on the vote page
  'connection.live': 'Live',
  'connection.connecting': 'Verbinden…',
  'connection.offline': 'Offline',
  'connection.closed': 'Getrennt',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Die Abstimmung ist beendet. Ihre Stimme wurde nicht gezählt.',
  'error.poll_not_open':
    'Die Abstimmung ist noch nicht geöffnet. Versuchen Sie es gleich noch einmal.',
  'error.vote_locked':
    'Sie haben bei dieser Frage schon abgestimmt; die Stimme lässt sich hier nicht ändern.',
  'error.invalid_choice': 'Diese Auswahl gilt für diese Frage nicht. Bitte wählen Sie erneut.',
  'error.invalid_answer':
    'Diese Antwort passt nicht zu dieser Frage. Bitte prüfen und erneut senden.',
  'error.poll_not_found': 'Die Moderation hat diese Frage entfernt.',
  'error.rate_limited':
    'Zu viele Eingaben auf einmal. Warten Sie kurz und versuchen Sie es erneut.',
  'error.shutting_down': 'Der Server startet neu. Versuchen Sie es gleich noch einmal.',
  'error.store_unavailable':
    'Der Server kann gerade keine Stimmen speichern. Ihre Stimme wird erneut gesendet.',
  'error.event_deleted': 'Dieses Event ist beendet.',
  'error.network_error':
    'voxpop ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.voteFailed': 'Ihre Stimme konnte nicht gezählt werden. Bitte versuchen Sie es erneut.',
  'error.serverUnreachable': 'Der voxpop-Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  'error.exportFailed': 'Der Export ist fehlgeschlagen.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop-Startseite',
  'join.title': 'An einer Live-Umfrage teilnehmen',
  'join.lead':
    'Geben Sie den Code von der Leinwand ein und stimmen Sie mit dem Handy ab. Ohne Anmeldung.',
  'join.codeLabel': 'Event-Code',
  'join.codeHelp': 'Der 6-stellige Code steht auf der Leinwand.',
  'join.codeEmpty': 'Geben Sie den 6-stelligen Code von der Leinwand ein.',
  'join.codeShort': {
    one: 'Ein Event-Code hat 6 Ziffern, dieser hat {count}.',
    other: 'Ein Event-Code hat 6 Ziffern, dieser hat {count}.',
  },
  'join.join': 'Teilnehmen',
  'join.joining': 'Verbinden…',
  'join.error.event_not_found':
    'Es gibt kein Event mit dem Code {code}. Prüfen Sie den Code auf der Leinwand.',
  'join.error.rate_limited':
    'Zu viele Versuche auf einmal. Warten Sie kurz und versuchen Sie es erneut.',
  'join.lookupFailed':
    'Beim Suchen des Events ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  'join.demo': 'Kein Code? {link}',
  'join.demoLink': 'Demo ausprobieren',
  'join.footer': 'voxpop · selbst gehostete Live-Umfragen',

  // The join page: creating an event
  'join.organiserTitle': 'Sie veranstalten ein Event?',
  'join.organiserText':
    'Erstellen Sie Live-Umfragen und zeigen Sie die Ergebnisse auf der Leinwand, während die Stimmen eingehen.',
  'join.createOpen': 'Event erstellen',
  'join.createNameLabel': 'Name des Events',
  'join.createNamePlaceholder': 'z. B. Friedensforum, Tag 1',
  'join.createNameMissing': 'Geben Sie Ihrem Event einen Namen, z. B. „Bürgerversammlung März“.',
  'join.createTokenLabel': 'Zugangstoken für Veranstalter',
  'join.createUnauthorized':
    'Auf diesem Server können nur Veranstalter Events erstellen. Geben Sie das Zugangstoken ein, das Sie erhalten haben.',
  'join.createForbidden':
    'Dieses Zugangstoken stimmt nicht. Prüfen Sie es und versuchen Sie es erneut.',
  'join.createFailed': 'Das Event konnte nicht erstellt werden. Bitte versuchen Sie es erneut.',
  'join.createHelp':
    'Sie erhalten einen privaten Moderationslink, um das Event zu leiten. Bewahren Sie ihn auf: Nur damit kommen Sie zurück zur Steuerung.',
  'join.createSubmit': 'Event erstellen',
  'join.creating': 'Wird erstellt…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Abstimmen — voxpop',
  'vote.eventMissing': 'Kein Event mit dem Code {code}',
  'vote.eventMissingHelp':
    'Prüfen Sie den Code auf der Leinwand und versuchen Sie es erneut. Event-Codes haben 6 Ziffern.',
  'vote.invalidLink': 'Dieser Link enthält keinen gültigen Event-Code',
  'vote.notACode': '„{code}“ ist kein Event-Code. Event-Codes haben 6 Ziffern.',
  'vote.endedTitle': 'Dieses Event ist beendet',
  'vote.endedText': 'Die Moderation hat dieses Event beendet. Danke fürs Mitmachen!',
  'vote.enterAnotherCode': 'Anderen Code eingeben',
  'vote.joiningEvent': 'Verbinde mit Event {code}…',
  'vote.joiningSlow':
    'Das dauert etwas. Prüfen Sie Ihre Verbindung; wir versuchen es automatisch weiter.',
  'vote.reconnecting':
    'Verbindung wird wiederhergestellt… Ihre Stimme wird gesendet, sobald Sie wieder online sind.',
  'vote.eventCode': 'Event-Code {code}',
  'vote.joinAnother': 'Anderem Event beitreten',
  'vote.notConnected': 'Nicht mit dem Event verbunden.',
  'vote.upNext': 'Gleich geht’s los',
  'vote.upNextText': 'Die Abstimmung startet gleich. Die Antworten erscheinen hier von selbst.',
  'vote.waitingTitle': 'Warten auf die nächste Frage',
  'vote.waitingText':
    'Die Moderation öffnet gleich die nächste Frage. Sie erscheint hier von selbst – kein Neuladen nötig.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Diese Seite kann diese Art von Frage nicht anzeigen. Laden Sie die Seite neu.',
  'vote.badgeOpen': 'Abstimmung offen',
  'vote.badgeClosed': 'Abstimmung beendet',
  'vote.badgeNotOpen': 'Noch nicht offen',
  'vote.sending': 'Ihre Stimme wird gesendet…',
  'vote.sendingOffline': 'Noch nicht gesendet: Warten auf Verbindung…',
  'vote.counted': 'Ihre Stimme ist gezählt',
  'vote.countedClosed': 'Ihre Stimme wurde gezählt',
  'vote.youChose': 'Ihre Wahl: {choice}',
  'vote.didNotVote': 'Sie haben bei dieser Frage nicht abgestimmt.',
  'vote.resultsNotShared': 'Die Moderation hat die Ergebnisse nicht freigegeben.',
  'vote.yourVote': 'Ihre Stimme',
  'vote.answersCount': { one: '{count} Antwort', other: '{count} Antworten' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Die Abstimmung ist beendet.',
  'vote.hintNotOpen': 'Die Abstimmung ist noch nicht geöffnet.',
  'vote.voteFinal': 'Ihre Stimme ist endgültig.',
  'vote.canChange': 'Sie können Ihre Stimme ändern, bis die Abstimmung endet.',

  // Single and multiple choice
  'choice.ruleOne': 'Eine Antwort wählen',
  'choice.ruleAny': 'Beliebig viele wählen',
  'choice.ruleUpTo': { one: 'Bis zu {count} wählen', other: 'Bis zu {count} wählen' },
  'choice.tagAll': 'Alle zutreffenden wählen',
  'choice.howSingle': 'Tippen Sie auf eine Antwort, um abzustimmen.',
  'choice.howSingleOnce':
    'Tippen Sie auf eine Antwort, um abzustimmen. Einmal gesendet, ist Ihre Stimme endgültig.',
  'choice.howAny': 'Wählen Sie beliebig viele und tippen Sie dann auf „Abstimmen“.',
  'choice.howAnyOnce':
    'Wählen Sie beliebig viele und tippen Sie dann auf „Abstimmen“. Einmal gesendet, ist Ihre Stimme endgültig.',
  'choice.howUpTo': {
    one: 'Wählen Sie bis zu {count} und tippen Sie dann auf „Abstimmen“.',
    other: 'Wählen Sie bis zu {count} und tippen Sie dann auf „Abstimmen“.',
  },
  'choice.howUpToOnce': {
    one: 'Wählen Sie bis zu {count} und tippen Sie dann auf „Abstimmen“. Einmal gesendet, ist Ihre Stimme endgültig.',
    other:
      'Wählen Sie bis zu {count} und tippen Sie dann auf „Abstimmen“. Einmal gesendet, ist Ihre Stimme endgültig.',
  },
  'choice.atLimit': {
    one: 'Das ist {count}, mehr können Sie nicht wählen. Für eine andere Antwort heben Sie zuerst eine Auswahl auf.',
    other:
      'Das sind {count}, mehr können Sie nicht wählen. Für eine andere Antwort heben Sie zuerst eine Auswahl auf.',
  },
  'choice.chosenCount': { one: '{count} von {max} gewählt', other: '{count} von {max} gewählt' },
  'choice.submit': 'Abstimmen',
  'choice.update': 'Stimme ändern',

  // Results, whatever the kind
  'results.title': 'Ergebnisse',
  'results.liveTitle': 'Live-Ergebnisse',
  'results.voters': {
    one: '{count} Person hat abgestimmt',
    other: '{count} Personen haben abgestimmt',
  },
  'results.captionVoters': {
    one: '{caption} — {count} Person hat abgestimmt',
    other: '{caption} — {count} Personen haben abgestimmt',
  },
  'results.option': 'Option',
  'results.percent': 'Prozent',
  'results.votes': 'Stimmen',
  'results.votesCount': { one: '{count} Stimme', other: '{count} Stimmen' },
  'results.loadFailed': 'Die Ergebnisse konnten nicht geladen werden. Laden Sie die Seite neu.',
  'results.showAllOptions': {
    one: 'Alle {count} Optionen anzeigen',
    other: 'Alle {count} Optionen anzeigen',
  },
  'results.showFewerOptions': 'Weniger Optionen anzeigen',
  'results.showAllValues': {
    one: 'Alle {count} Werte anzeigen',
    other: 'Alle {count} Werte anzeigen',
  },
  'results.showFewerValues': 'Weniger Werte anzeigen',
} satisfies AttendeeCatalogue;

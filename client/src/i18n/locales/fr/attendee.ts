/** French: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Langue',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Traduit',
  'vote.originalShown': 'Original',
  'vote.showOriginal': 'Voir l’original',
  'vote.showTranslation': 'Voir la traduction ({language})',

  // Words every page uses
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.saving': 'Enregistrement…',
  'common.loading': 'Chargement…',
  'common.sending': 'envoi…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'caractère', many: 'caractères', other: 'caractères' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}er',
  'common.ordinal.two': '{n}e',
  'common.ordinal.few': '{n}e',
  'common.ordinal.many': '{n}e',
  'common.ordinal.other': '{n}e',

  // The connection dot on the vote page
  'connection.live': 'En direct',
  'connection.connecting': 'Connexion…',
  'connection.offline': 'Hors ligne',
  'connection.closed': 'Déconnecté',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Le vote est clos. Votre vote n’a pas été compté.',
  'error.poll_not_open': 'Le vote n’est pas encore ouvert. Réessayez dans un instant.',
  'error.vote_locked':
    'Vous avez déjà voté pour cette question, et ce vote ne peut pas être modifié.',
  'error.invalid_choice':
    'Ce choix n’est pas valable pour cette question. Veuillez choisir à nouveau.',
  'error.invalid_answer':
    'Cette réponse ne peut pas être acceptée pour cette question. Vérifiez-la et renvoyez-la.',
  'error.poll_not_found': 'Cette question a été retirée par l’animateur.',
  'error.rate_limited': 'Trop d’actions à la fois. Attendez une seconde et réessayez.',
  'error.shutting_down': 'Le serveur redémarre. Réessayez dans un instant.',
  'error.store_unavailable':
    'Le serveur ne peut pas enregistrer les votes pour le moment. Votre vote sera renvoyé.',
  'error.event_deleted': 'Cet événement est terminé.',
  'error.network_error': 'Impossible de joindre voxpop. Vérifiez votre connexion et réessayez.',
  'error.voteFailed': 'Votre vote n’a pas pu être compté. Veuillez réessayer.',
  'error.serverUnreachable': 'Impossible de joindre le serveur voxpop. Vérifiez votre connexion.',
  'error.exportFailed': 'L’export a échoué.',
  'error.http': 'Erreur HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'Accueil voxpop',
  'join.title': 'Rejoindre un sondage en direct',
  'join.lead':
    'Saisissez le code affiché à l’écran pour voter depuis votre téléphone. Sans inscription.',
  'join.codeLabel': 'Code de l’événement',
  'join.codeHelp': 'Le code à 6 chiffres est affiché sur l’écran de présentation.',
  'join.codeEmpty': 'Saisissez le code à 6 chiffres affiché à l’écran.',
  'join.codeShort': {
    one: 'Un code d’événement compte 6 chiffres\u00a0; celui-ci n’en a que {count}.',
    many: 'Un code d’événement compte 6 chiffres\u00a0; celui-ci en a {count}.',
    other: 'Un code d’événement compte 6 chiffres\u00a0; celui-ci en a {count}.',
  },
  'join.join': 'Rejoindre',
  'join.joining': 'Connexion…',
  'join.error.event_not_found':
    'Aucun événement n’a le code {code}. Vérifiez le code affiché à l’écran.',
  'join.error.rate_limited': 'Trop de tentatives à la fois. Patientez un instant et réessayez.',
  'join.lookupFailed':
    'Un problème est survenu lors de la recherche de l’événement. Veuillez réessayer.',
  'join.demo': 'Pas de code\u00a0? {link}',
  'join.demoLink': 'Essayer la démo',
  'join.footer': 'voxpop · sondages en direct auto-hébergés',

  // The join page: creating an event
  'join.organiserTitle': 'Vous organisez un événement\u00a0?',
  'join.organiserText':
    'Créez des sondages en direct et affichez les résultats sur grand écran au fil des votes.',
  'join.createOpen': 'Créer un événement',
  'join.createNameLabel': 'Nom de l’événement',
  'join.createNamePlaceholder': 'ex. Forum pour la paix, jour 1',
  'join.createNameMissing':
    'Donnez un nom à votre événement, par exemple «\u00a0Réunion publique, mars\u00a0».',
  'join.createTokenLabel': 'Jeton d’accès organisateur',
  'join.createUnauthorized':
    'Sur ce serveur, seuls les organisateurs peuvent créer des événements. Saisissez le jeton d’accès qui vous a été remis.',
  'join.createForbidden': 'Ce jeton d’accès est incorrect. Vérifiez-le et réessayez.',
  'join.createFailed': 'L’événement n’a pas pu être créé. Veuillez réessayer.',
  'join.createHelp':
    'Vous recevrez un lien animateur privé pour gérer l’événement. Conservez-le\u00a0: c’est le seul moyen de retrouver vos commandes.',
  'join.createSubmit': 'Créer l’événement',
  'join.creating': 'Création…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Vote — voxpop',
  'vote.eventMissing': 'Aucun événement avec le code {code}',
  'vote.eventMissingHelp':
    'Vérifiez le code affiché à l’écran et réessayez. Un code d’événement compte 6 chiffres.',
  'vote.invalidLink': 'Ce lien ne contient pas de code d’événement valide',
  'vote.notACode': '«\u00a0{code}\u00a0» n’est pas un code d’événement. Un code compte 6 chiffres.',
  'vote.endedTitle': 'Cet événement est terminé',
  'vote.endedText': 'L’animateur a clos cet événement. Merci de votre participation.',
  'vote.enterAnotherCode': 'Saisir un autre code',
  'vote.joiningEvent': 'Connexion à l’événement {code}…',
  'vote.joiningSlow':
    'Cela prend un moment. Vérifiez votre connexion\u00a0; nous continuons d’essayer automatiquement.',
  'vote.reconnecting': 'Reconnexion… votre vote sera envoyé dès le retour de la connexion.',
  'vote.eventCode': 'Code de l’événement {code}',
  'vote.joinAnother': 'Rejoindre un autre événement',
  'vote.notConnected': 'Non connecté à l’événement.',
  'vote.upNext': 'À suivre',
  'vote.upNextText': 'Le vote ouvre dans un instant. Les réponses apparaîtront ici d’elles-mêmes.',
  'vote.waitingTitle': 'En attente de la prochaine question',
  'vote.waitingText':
    'L’animateur va ouvrir la prochaine question. Elle apparaîtra ici d’elle-même, inutile de recharger.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Cette page ne peut pas afficher ce type de question. Rechargez pour réessayer.',
  'vote.badgeOpen': 'Vote ouvert',
  'vote.badgeClosed': 'Vote clos',
  'vote.badgeNotOpen': 'Pas encore ouvert',
  'vote.sending': 'Envoi de votre vote…',
  'vote.sendingOffline': 'Pas encore envoyé\u00a0: en attente de la connexion…',
  'vote.counted': 'Votre vote est pris en compte',
  'vote.countedClosed': 'Votre vote a été pris en compte',
  'vote.youChose': 'Votre choix\u00a0: {choice}',
  'vote.didNotVote': 'Vous n’avez pas voté pour cette question.',
  'vote.resultsNotShared': 'L’animateur n’a pas partagé les résultats.',
  'vote.yourVote': 'Votre vote',
  'vote.answersCount': {
    one: '{count} réponse',
    many: '{count} réponses',
    other: '{count} réponses',
  },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Le vote est clos.',
  'vote.hintNotOpen': 'Le vote n’est pas encore ouvert.',
  'vote.voteFinal': 'Votre vote est définitif.',
  'vote.canChange': 'Vous pouvez modifier votre vote jusqu’à la clôture.',

  // Single and multiple choice
  'choice.ruleOne': 'Un seul choix',
  'choice.ruleAny': 'Choix multiple',
  'choice.ruleUpTo': {
    one: 'Jusqu’à {count} choix',
    many: 'Jusqu’à {count} choix',
    other: 'Jusqu’à {count} choix',
  },
  'choice.tagAll': 'Plusieurs réponses possibles',
  'choice.howSingle': 'Touchez une réponse pour voter.',
  'choice.howSingleOnce':
    'Touchez une réponse pour voter. Une fois envoyé, votre vote est définitif.',
  'choice.howAny':
    'Choisissez autant de réponses que vous voulez, puis touchez «\u00a0Voter\u00a0».',
  'choice.howAnyOnce':
    'Choisissez autant de réponses que vous voulez, puis touchez «\u00a0Voter\u00a0». Une fois envoyé, votre vote est définitif.',
  'choice.howUpTo': {
    one: 'Choisissez jusqu’à {count} réponse, puis touchez «\u00a0Voter\u00a0».',
    many: 'Choisissez jusqu’à {count} réponses, puis touchez «\u00a0Voter\u00a0».',
    other: 'Choisissez jusqu’à {count} réponses, puis touchez «\u00a0Voter\u00a0».',
  },
  'choice.howUpToOnce': {
    one: 'Choisissez jusqu’à {count} réponse, puis touchez «\u00a0Voter\u00a0». Une fois envoyé, votre vote est définitif.',
    many: 'Choisissez jusqu’à {count} réponses, puis touchez «\u00a0Voter\u00a0». Une fois envoyé, votre vote est définitif.',
    other:
      'Choisissez jusqu’à {count} réponses, puis touchez «\u00a0Voter\u00a0». Une fois envoyé, votre vote est définitif.',
  },
  'choice.atLimit': {
    one: 'Vous avez atteint le maximum de {count} choix. Pour en prendre un autre, retirez-en d’abord un.',
    many: 'Vous avez atteint le maximum de {count} choix. Pour en prendre un autre, retirez-en d’abord un.',
    other:
      'Vous avez atteint le maximum de {count} choix. Pour en prendre un autre, retirez-en d’abord un.',
  },
  'choice.chosenCount': {
    one: '{count} choix sur {max}',
    many: '{count} choix sur {max}',
    other: '{count} choix sur {max}',
  },
  'choice.submit': 'Voter',
  'choice.update': 'Modifier mon vote',

  // Results, whatever the kind
  'results.title': 'Résultats',
  'results.liveTitle': 'Résultats en direct',
  'results.voters': { one: '{count} votant', many: '{count} votants', other: '{count} votants' },
  'results.captionVoters': {
    one: '{caption} — {count} votant',
    many: '{caption} — {count} votants',
    other: '{caption} — {count} votants',
  },
  'results.option': 'Option',
  'results.percent': 'Pourcentage',
  'results.votes': 'Votes',
  'results.votesCount': { one: '{count} vote', many: '{count} votes', other: '{count} votes' },
  'results.loadFailed':
    'Les résultats n’ont pas pu être chargés. Rechargez la page pour réessayer.',
  'results.showAllOptions': {
    one: 'Tout afficher ({count} option)',
    many: 'Tout afficher ({count} options)',
    other: 'Tout afficher ({count} options)',
  },
  'results.showFewerOptions': 'Afficher moins d’options',
  'results.showAllValues': {
    one: 'Tout afficher ({count} valeur)',
    many: 'Tout afficher ({count} valeurs)',
    other: 'Tout afficher ({count} valeurs)',
  },
  'results.showFewerValues': 'Afficher moins de valeurs',
} satisfies AttendeeCatalogue;

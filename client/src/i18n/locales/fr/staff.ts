/** French: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Animation — voxpop',
  'host.homeLink': 'Accueil voxpop',
  'host.role': 'Console d’animation',
  'host.attendeesConnected': {
    one: '{number} participant connecté',
    many: '{number} participants connectés',
    other: '{number} participants connectés',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': {
    one: '{count} participant',
    many: '{count} participants',
    other: '{count} participants',
  },
  'host.status.online': 'En direct',
  'host.status.connecting': 'Connexion…',
  'host.status.offline': 'Reconnexion…',
  'host.status.closed': 'Déconnecté',
  'host.connecting': 'Connexion à votre événement…',
  'host.offlineBanner':
    'Connexion perdue — reconnexion… Les compteurs en direct et la présence sont suspendus jusqu’à son retour.',
  'host.cancel': 'Annuler',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Code de l’événement {code}',
  'host.pollCount': { one: '{count} sondage', many: '{count} sondages', other: '{count} sondages' },
  'host.openCount': {
    one: '{count} ouvert au vote',
    many: '{count} ouverts au vote',
    other: '{count} ouverts au vote',
  },
  'host.polls': 'Sondages',
  'host.newPoll': 'Nouveau sondage',
  'host.noPolls': 'Aucun sondage pour l’instant',
  'host.noPollsText':
    'Écrivez votre première question. C’est un brouillon visible de vous seul jusqu’à ce que vous l’ouvriez ou l’affichiez à l’écran\u00a0; les participants votent sur le sondage ouvert et affiché à l’écran.',
  'host.createPoll': 'Créer un sondage',

  // The host console: renaming the event
  'host.title.rename': 'Renommer l’événement',
  'host.title.label': 'Titre de l’événement',
  'host.title.save': 'Enregistrer',
  'host.title.empty': 'L’événement doit avoir un titre.',
  'host.title.tooLong': {
    one: 'Le titre compte {count} caractère\u00a0; la limite est de {limit}.',
    many: 'Le titre compte {count} caractères\u00a0; la limite est de {limit}.',
    other: 'Le titre compte {count} caractères\u00a0; la limite est de {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title':
    'Conservez ce lien — c’est le seul moyen de revenir à la modération de cet événement.',
  'host.keyNotice.text':
    'Il n’y a pas de comptes\u00a0: toute personne disposant du lien de cette page peut gérer l’événement, et personne ne pourra le récupérer s’il est perdu. Ajoutez-le à vos favoris ou enregistrez-le dans un gestionnaire de mots de passe.',
  'host.keyNotice.saved': 'Je l’ai enregistré',
  'host.copyHostLink': 'Copier le lien animateur',

  // The host console: a poll's card
  'host.card.number': 'Sondage {number}',
  'host.card.draft': 'Brouillon',
  'host.card.open': 'Ouvert',
  'host.card.closed': 'Clos',
  'host.card.onScreen': 'À l’écran',
  'host.card.resultsHidden': 'Résultats masqués',
  'host.card.edit': 'Modifier',
  'host.card.duplicate': 'Dupliquer',
  'host.card.downloadImage': 'Télécharger l’image',
  'host.card.downloadImageTitle': 'Télécharger les résultats en image (PNG) pour des diapositives',
  'host.card.reset': 'Réinitialiser',
  'host.card.resetTitle': 'Réinitialiser les votes',
  'host.card.delete': 'Supprimer',
  'host.card.deleteTitle': 'Supprimer le sondage',
  'host.card.hintNotOpen':
    'À l’écran, mais le vote n’est pas encore ouvert\u00a0: les participants voient la question et patientent.',
  'host.card.hintNotOnScreen':
    'Ouvert, mais pas à l’écran\u00a0: les participants ne voient que le sondage affiché à l’écran.',
  'host.card.hintClosed':
    'Vote clos\u00a0: les participants et l’écran affichent les résultats définitifs.',
  'host.card.hintClosedHidden':
    'Vote clos, résultats masqués\u00a0: les participants et l’écran n’affichent aucun chiffre.',
  'host.card.openVoting': 'Ouvrir le vote',
  'host.card.closeVoting': 'Clore le vote',
  'host.card.reopenVoting': 'Rouvrir le vote',
  'host.card.putOnScreen': 'Afficher à l’écran',
  'host.card.takeOffScreen': 'Retirer de l’écran',
  'host.card.showResults': 'Afficher les résultats',
  'host.card.hideResults': 'Masquer les résultats',
  'host.card.voters': {
    one: '{number} votant',
    many: '{number} votants',
    other: '{number} votants',
  },

  // The host console: the poll editor
  'host.editor.newTitle': 'Nouveau sondage',
  'host.editor.editTitle': 'Modifier le sondage',
  'host.editor.close': 'Fermer',
  'host.editor.question': 'Question',
  'host.editor.questionPlaceholder': 'Que voulez-vous demander\u00a0?',
  'host.editor.questionEmpty': 'Écrivez la question à laquelle les participants répondront.',
  'host.editor.questionTooLong': {
    one: 'La question compte {count} caractère\u00a0; la limite est de {limit}.',
    many: 'La question compte {count} caractères\u00a0; la limite est de {limit}.',
    other: 'La question compte {count} caractères\u00a0; la limite est de {limit}.',
  },
  'host.editor.kind': 'Les participants répondent par',
  'host.editor.kindFixed': 'Le type d’un sondage ne peut plus changer après sa création.',
  'host.editor.allowChange': 'Les participants peuvent modifier leur vote',
  'host.editor.allowChangeHint':
    'Tant que le sondage est ouvert. Désactivé\u00a0: le premier vote est définitif.',
  'host.editor.fixToCreate': 'Corrigez les champs signalés pour créer le sondage.',
  'host.editor.fixToSave': 'Corrigez les champs signalés pour enregistrer le sondage.',
  'host.editor.create': 'Créer le sondage',
  'host.editor.save': 'Enregistrer',
  'host.editor.saving': 'Enregistrement…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Saisissez {phrase} pour confirmer',
  'host.confirm.working': 'En cours…',
  'host.resetPoll.title': 'Réinitialiser ce sondage\u00a0?',
  'host.resetPoll.confirm': 'Réinitialiser les votes',
  'host.resetPoll.text': {
    one: '{count} vote sera effacé et chaque participant pourra voter à nouveau. Le sondage conserve sa question, ses options et son état.',
    many: 'Ses {count} votes seront effacés et chaque participant pourra voter à nouveau. Le sondage conserve sa question, ses options et son état.',
    other:
      'Ses {count} votes seront effacés et chaque participant pourra voter à nouveau. Le sondage conserve sa question, ses options et son état.',
  },
  'host.deletePoll.title': 'Supprimer ce sondage\u00a0?',
  'host.deletePoll.confirm': 'Supprimer le sondage',
  'host.deletePoll.text': {
    one: 'Le sondage et {count} vote seront supprimés définitivement.',
    many: 'Le sondage et ses {count} votes seront supprimés définitivement.',
    other: 'Le sondage et ses {count} votes seront supprimés définitivement.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'Le sondage et {count} vote seront supprimés définitivement, et il disparaîtra de l’écran de présentation.',
    many: 'Le sondage et ses {count} votes seront supprimés définitivement, et il disparaîtra de l’écran de présentation.',
    other:
      'Le sondage et ses {count} votes seront supprimés définitivement, et il disparaîtra de l’écran de présentation.',
  },
  'host.deleteEvent.title': 'Supprimer cet événement\u00a0?',
  'host.deleteEvent.confirm': 'Supprimer l’événement',
  'host.deleteEvent.text':
    'Tous ses sondages, votes et participants seront supprimés définitivement. Les téléphones et l’écran de présentation seront informés de la fin de l’événement. Cette action est irréversible\u00a0; exportez d’abord le CSV si vous avez besoin des votes.',
  'host.newRound.title': 'Lancer une nouvelle manche\u00a0?',
  'host.newRound.confirm': 'Remettre les scores à zéro',
  'host.newRound.text': {
    one: '{count} question de quiz repasse en brouillon, ses réponses sont effacées et tous les scores du classement reviennent à zéro. Cette action est irréversible.',
    many: 'Les {count} questions de quiz repassent en brouillon, leurs réponses sont effacées et tous les scores du classement reviennent à zéro. Cette action est irréversible.',
    other:
      'Les {count} questions de quiz repassent en brouillon, leurs réponses sont effacées et tous les scores du classement reviennent à zéro. Cette action est irréversible.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Fermer',
  'host.toast.pollCreated': 'Sondage créé — ouvrez-le le moment venu',
  'host.toast.pollDuplicated': 'Sondage dupliqué en nouveau brouillon, en fin de liste',
  'host.toast.votesCleared': 'Votes effacés',
  'host.toast.pollDeleted': 'Sondage supprimé',
  'host.toast.newRound':
    'Nouvelle manche\u00a0: toutes les questions de quiz sont réinitialisées et les scores remis à zéro',
  'host.toast.csvDownloaded': 'CSV téléchargé',
  'host.toast.imageDownloaded': 'Image des résultats téléchargée',
  'host.copy.hostLinkDone': 'Lien animateur copié',
  'host.copy.hostLinkFailed': 'Copie impossible — sélectionnez le lien animateur et copiez-le',
  'host.copy.joinLinkDone': 'Lien de participation copié',
  'host.copy.joinLinkFailed':
    'Copie impossible — sélectionnez le lien de participation et copiez-le',
  'host.copy.presenterLinkDone': 'Lien de présentation copié',
  'host.copy.presenterLinkFailed':
    'Copie impossible — sélectionnez le lien de présentation et copiez-le',
  'host.copy.qrDone': 'QR code copié comme image',
  'host.copy.qrFailed': 'Ce navigateur ne peut pas copier d’images — utilisez plutôt Télécharger',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Impossible d’ouvrir le sondage',
  'host.failed.closePoll': 'Impossible de clore le sondage',
  'host.failed.changeScreen': 'Impossible de modifier ce qui est à l’écran',
  'host.failed.showResults': 'Impossible d’afficher les résultats',
  'host.failed.hideResults': 'Impossible de masquer les résultats',
  'host.failed.createPoll': 'Impossible de créer le sondage',
  'host.failed.duplicatePoll': 'Impossible de dupliquer le sondage',
  'host.failed.savePoll': 'Impossible d’enregistrer le sondage',
  'host.failed.resetPoll': 'Impossible de réinitialiser le sondage',
  'host.failed.deletePoll': 'Impossible de supprimer le sondage',
  'host.failed.renameEvent': 'Impossible de renommer l’événement',
  'host.failed.changeScreenSetting': 'Impossible de modifier le réglage de l’écran',
  'host.failed.showLeaderboard': 'Impossible d’afficher le classement',
  'host.failed.hideLeaderboard': 'Impossible de masquer le classement',
  'host.failed.newRound': 'Impossible de lancer une nouvelle manche',
  'host.failed.exportVotes': 'Impossible d’exporter les votes',
  'host.failed.downloadImage': 'Impossible de télécharger l’image des résultats',
  'host.failed.deleteEvent': 'Impossible de supprimer l’événement',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Les options ne sont plus modifiables après le premier vote — réinitialisez d’abord le sondage.',
  'host.error.invalid_state':
    'Ce sondage a changé depuis la dernière mise à jour de cette page. Réessayez.',
  'host.error.poll_not_found':
    'Ce sondage n’existe plus — il a peut-être été supprimé dans un autre onglet.',
  'host.error.event_not_found': 'Cet événement n’existe plus.',
  'host.error.unauthorized':
    'Cette action nécessite la clé animateur. Rouvrez le lien animateur complet.',
  'host.error.forbidden': 'La clé animateur de ce lien n’est plus valable pour cet événement.',
  'host.error.rate_limited': 'Trop de modifications à la fois — patientez un instant et réessayez.',
  'host.error.payload_too_large': 'Trop de texte pour un seul sondage.',
  'host.error.network_error':
    'Impossible de joindre le serveur voxpop. Vérifiez votre connexion et réessayez.',
  'host.error.export_failed': 'L’export a échoué. Réessayez dans un instant.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}\u00a0: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Réessayez.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Ce lien animateur n’est pas valable pour l’événement {code} — vérifiez que vous avez copié le lien en entier',
  'host.problem.wrongKeyText':
    'La partie après #key= ne correspond pas à cet événement. Ouvrez le lien animateur exactement tel que vous l’avez enregistré à la création de l’événement.',
  'host.problem.missingKey':
    'Ce lien animateur est incomplet pour l’événement {code} — vérifiez que vous avez copié le lien en entier',
  'host.problem.missingKeyText':
    'Un lien animateur se termine par #key= suivi d’un long code secret. Sans lui, cette page ne peut pas gérer l’événement. Les participants, eux, rejoignent l’événement par son lien de participation.',
  'host.problem.noEvent': 'Il n’y a pas d’événement {code}',
  'host.problem.noEventText':
    'Vérifiez les six chiffres du lien. L’événement a peut-être aussi été supprimé.',
  'host.problem.deleted': 'Cet événement a été supprimé',
  'host.problem.deletedText':
    'Ses sondages, votes et participants ont disparu. Les participants et l’écran de présentation en ont été informés.',
  'host.problem.unreachable': 'Impossible de joindre le serveur voxpop',
  'host.problem.unreachableText': 'Vérifiez votre connexion, puis rechargez cette page.',
  'host.problem.badLink': 'Ce n’est pas un lien animateur',
  'host.problem.badLinkText':
    'Un lien animateur ressemble à /host/123456#key=… — vérifiez que vous avez copié le lien en entier.',
  'host.problem.newEvent': 'Créer un événement',
  'host.problem.home': 'Aller sur voxpop',

  // The host console: the side panel
  'host.side.label': 'Partage et réglages de l’événement',
  'host.side.invite': 'Inviter les participants',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Allez sur {host} et saisissez',
  'host.side.qrAlt': 'QR code qui ouvre le lien de participation de l’événement {code}',
  'host.side.copy': 'Copier',
  'host.side.joinLink': 'Lien de participation',
  'host.side.copyJoinLink': 'Copier le lien de participation',
  'host.side.qrCode': 'QR code',
  'host.side.copyQr': 'Copier le QR code comme image',
  'host.side.open': 'Ouvrir',
  'host.side.openQr': 'Ouvrir le QR code dans un nouvel onglet',
  'host.side.download': 'Télécharger',
  'host.side.downloadQr': 'Télécharger le QR code',
  'host.side.screen': 'Écran de présentation',
  'host.side.screenHint':
    'Pour le projecteur ou la diffusion. Il suit automatiquement le sondage que vous affichez à l’écran.',
  'host.side.presenterLink': 'Lien de présentation',
  'host.side.copyPresenterLink': 'Copier le lien de présentation',
  'host.side.openScreen': 'Ouvrir l’écran de présentation',
  'host.side.showStats': 'Afficher la marge d’erreur à l’écran',
  'host.side.showStatsHint':
    'Ajoute «\u00a0±N points\u00a0» (niveau de confiance de 95\u00a0%) sous les résultats.',
  'host.side.data': 'Résultats et accès',
  'host.side.export': 'Exporter en CSV',
  'host.side.exporting': 'Préparation…',
  'host.side.exportHint': 'Tous les votes actuels, une ligne par vote, pour un tableur.',
  'host.side.hostLinkHint': 'Privé\u00a0: quiconque le détient peut gérer cet événement.',
  'host.side.danger': 'Zone de danger',
  'host.side.dangerHint':
    'Supprimer l’événement efface définitivement ses sondages, votes et participants.',
  'host.side.deleteEvent': 'Supprimer l’événement',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Classement du quiz',
  'leaderboard.title': 'Classement',
  'leaderboard.loading': 'Chargement des scores…',
  'leaderboard.failed': 'Les scores n’ont pas pu être chargés.',
  'leaderboard.panelEmpty':
    'Pas encore de scores\u00a0: ils s’additionnent à la clôture de chaque question de quiz.',
  'leaderboard.screenEmpty':
    'Pas encore de scores\u00a0: répondez à une question du quiz pour entrer au classement.',
  'leaderboard.topScores': 'Meilleurs scores',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Les trois premiers',
  'leaderboard.rest': 'À partir de la 4e place',
  'leaderboard.putOn': 'Afficher le classement à l’écran',
  'leaderboard.takeOff': 'Retirer le classement de l’écran',
  'leaderboard.offScreenHint': 'Affiché à la place du sondage sur l’écran de présentation.',
  'leaderboard.onScreenHint':
    'L’écran de présentation affiche le classement. Afficher un sondage à l’écran le retire.',
  'leaderboard.newRound': 'Nouvelle manche',
  'leaderboard.newRoundHint': {
    one: 'Réinitialise {count} question de quiz\u00a0: réponses et scores repartent de zéro.',
    many: 'Réinitialise les {count} questions de quiz\u00a0: réponses et scores repartent de zéro.',
    other:
      'Réinitialise les {count} questions de quiz\u00a0: réponses et scores repartent de zéro.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Modération',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'validation préalable',
  'editor.moderation.post': 'affichage immédiat',
  'editor.options.legend': 'Options',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} sur {max}',
  'editor.options.locked':
    'Les options ne sont plus modifiables après le premier vote — réinitialisez d’abord le sondage.',
  'editor.options.option': 'Option {number}',
  'editor.options.remove': 'Retirer l’option {number}',
  'editor.options.add': 'Ajouter une option',
  'editor.options.full': {
    one: '{count} option, c’est le maximum pour un sondage.',
    many: '{count} options, c’est le maximum pour un sondage.',
    other: '{count} options, c’est le maximum pour un sondage.',
  },
  'editor.options.enterHint': 'Appuyez sur Enter dans une option pour ajouter la suivante.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Une option',
  'editor.single.hint': 'Choix unique',
  'editor.single.label': 'Choix unique',
  'editor.multiple.title': 'Plusieurs options',
  'editor.multiple.hint': 'Choix multiple',
  'editor.multiple.label': 'Choix multiple',
  'editor.multiple.labelUpTo': 'Choix multiple · jusqu’à {max}',
  'editor.multiple.footnote':
    'Pourcentage des votants\u00a0; un votant peut choisir plusieurs options.',
  'editor.choice.maxChoices': 'Chaque participant peut choisir',
  'editor.choice.anyNumber': 'Un nombre illimité d’options',
  'editor.choice.upTo': {
    one: 'Jusqu’à {count} option',
    many: 'Jusqu’à {count} options',
    other: 'Jusqu’à {count} options',
  },
  'editor.choice.tooMany': {
    one: 'Les participants ne peuvent pas choisir {max} options parmi {count}.',
    many: 'Les participants ne peuvent pas choisir {max} options parmi {count}.',
    other: 'Les participants ne peuvent pas choisir {max} options parmi {count}.',
  },

  // The editor: rating
  'editor.rating.title': 'Une note',
  'editor.rating.hint': 'Échelle de notation',
  'editor.rating.label': 'Note · 1 à {max}',
  'editor.rating.scale': 'Échelle',
  'editor.rating.size': '1 à {max}',
  'editor.rating.sizeStars': '1 à {max} (étoiles)',
  'editor.rating.locked':
    'L’échelle est figée après la première réponse — réinitialisez d’abord le sondage.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Libellé pour {value} (facultatif)',
  'editor.rating.lowExample': 'ex. Pas du tout',
  'editor.rating.highExample': 'ex. Tout à fait',
  'editor.rating.wordTooLong': {
    one: '{count} caractère\u00a0; un libellé d’échelle en compte au plus {limit}.',
    many: '{count} caractères\u00a0; un libellé d’échelle en compte au plus {limit}.',
    other: '{count} caractères\u00a0; un libellé d’échelle en compte au plus {limit}.',
  },
  'editor.rating.sizeProblem': 'Une échelle va de 1 à une valeur entre {min} et {max}.',
  'editor.rating.summary': 'Moyenne {average} / {max} · médiane {median}',

  // The editor: ranking
  'editor.ranking.title': 'Un ordre',
  'editor.ranking.hint': 'Classement',
  'editor.ranking.label': {
    one: 'Classement · {count} option',
    many: 'Classement · {count} options',
    other: 'Classement · {count} options',
  },
  'editor.ranking.footnote': {
    one: 'Méthode Borda\u00a0: la première place rapporte {count} point, chaque place suivante un de moins.',
    many: 'Méthode Borda\u00a0: la première place rapporte {count} points, chaque place suivante un de moins.',
    other:
      'Méthode Borda\u00a0: la première place rapporte {count} points, chaque place suivante un de moins.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Quelques mots',
  'editor.wordcloud.hint': 'Nuage de mots',
  'editor.wordcloud.labelOne': 'Nuage de mots · 1 mot',
  'editor.wordcloud.labelUpTo': {
    one: 'Nuage de mots · jusqu’à {count} mot',
    many: 'Nuage de mots · jusqu’à {count} mots',
    other: 'Nuage de mots · jusqu’à {count} mots',
  },
  'editor.wordcloud.count': 'Chaque participant donne',
  'editor.wordcloud.one': 'Un mot',
  'editor.wordcloud.upTo': {
    one: 'Jusqu’à {count} mot',
    many: 'Jusqu’à {count} mots',
    other: 'Jusqu’à {count} mots',
  },
  'editor.wordcloud.locked':
    'Moins de mots seulement avant la première réponse — réinitialisez d’abord le sondage.',
  'editor.wordcloud.countProblem': 'Chaque participant donne de {min} à {max} mots.',
  'editor.wordcloud.filter': 'Filtrer les grossièretés',
  'editor.wordcloud.filterHint':
    'Les mots signalés n’arrivent qu’à vous, marqués\u00a0; les participants et l’écran ne les voient jamais.',

  // The editor: open text
  'editor.text.title': 'Une réponse écrite',
  'editor.text.hint': 'Texte libre',
  'editor.text.label': 'Texte libre · {moderation}',
  'editor.text.maxLength': 'Longueur maximale (caractères)',
  'editor.text.maxLengthHint': 'De {min} à {max}\u00a0; {default} correspond à quelques phrases.',
  'editor.text.maxLengthLocked':
    'Le sondage a des réponses\u00a0: la limite peut augmenter, pas diminuer (réinitialisez d’abord le sondage).',
  'editor.text.maxLengthProblem': 'Indiquez un nombre entier de caractères entre {min} et {max}.',
  'editor.text.postTitle': 'Afficher les réponses immédiatement (vous pouvez les masquer)',
  'editor.text.postHint': 'Chaque réponse s’affiche sur le mur dès son arrivée.',
  'editor.text.preTitle': 'Valider chaque réponse d’abord',
  'editor.text.preHint': 'Rien n’apparaît sur le mur sans votre validation.',

  // The editor: audience Q&A
  'editor.qa.title': 'Questions et votes',
  'editor.qa.hint': 'Questions du public',
  'editor.qa.label': 'Questions du public · {moderation}',
  'editor.qa.postTitle': 'Afficher les questions immédiatement (vous pouvez les masquer)',
  'editor.qa.postHint': 'Chaque question rejoint la liste dès qu’elle est posée.',
  'editor.qa.preTitle': 'Valider chaque question d’abord',
  'editor.qa.preHint': 'Rien n’apparaît dans la liste sans votre validation.',

  // The editor: quiz
  'editor.quiz.title': 'Un quiz',
  'editor.quiz.hint': 'Chronométré, avec points',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Quiz · {time} · {points} pts',
  'editor.quiz.correct': 'Bonne réponse',
  'editor.quiz.correctOption': 'Bonne réponse\u00a0: option {number}',
  'editor.quiz.noCorrect': 'Marquez au moins une option comme bonne réponse.',
  'editor.quiz.time': 'Temps de réponse',
  'editor.quiz.timeProblem': 'Le temps limite va de {min} à {max} secondes.',
  'editor.quiz.points': 'Points pour une bonne réponse',
  'editor.quiz.pointsHint':
    'Tous pour une réponse immédiate, la moitié à la dernière seconde. Une mauvaise réponse rapporte 0.',
  'editor.quiz.pointsNotWhole': 'Indiquez les points en nombre entier, de {min} à {max}.',
  'editor.quiz.pointsRange': 'Les points vont de {min} à {max}.',
  'editor.quiz.locked':
    'Des participants ont répondu\u00a0: les options, la bonne réponse, le temps et les points sont figés jusqu’à la réinitialisation de la question.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (bonne réponse)',
  'editor.quiz.footnote':
    'Les décomptes et la bonne réponse ne sont visibles que par vous jusqu’à la fin du temps.',
  'editor.quiz.answered': {
    one: '{count} a répondu',
    many: '{count} ont répondu',
    other: '{count} ont répondu',
  },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': {
    one: '{number} en attente',
    many: '{number} en attente',
    other: '{number} en attente',
  },
  'desk.hiddenCount': {
    one: '{number} masquée',
    many: '{number} masquées',
    other: '{number} masquées',
  },
  'desk.queue': 'En attente de validation',
  'desk.queueEmpty': 'Rien en attente.',
  'desk.hiddenTitle': 'Masquées ({count})',
  'desk.approve': 'Valider',
  'desk.hide': 'Masquer',
  'desk.showAgain': 'Réafficher',
  'desk.showAll': {
    one: 'Tout afficher ({count})',
    many: 'Tout afficher ({count})',
    other: 'Tout afficher ({count})',
  },
  'desk.showFewer': 'Afficher moins',
  'desk.text.shown': {
    one: '{number} affichée',
    many: '{number} affichées',
    other: '{number} affichées',
  },
  'desk.text.wall': 'Sur le mur',
  'desk.text.wallEmpty': 'Aucune réponse sur le mur pour l’instant.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Touches sur une réponse sélectionnée\u00a0: {a} valider · {h} masquer · {j} {k} ou flèches pour se déplacer',
  'desk.qa.open': {
    one: '{number} ouverte',
    many: '{number} ouvertes',
    other: '{number} ouvertes',
  },
  'desk.qa.answeredCount': {
    one: '{number} répondue',
    many: '{number} répondues',
    other: '{number} répondues',
  },
  'desk.qa.openTitle': 'Questions ouvertes, les plus votées d’abord',
  'desk.qa.openEmpty': 'Aucune question ouverte.',
  'desk.qa.answeredTitle': 'Répondues',
  'desk.qa.answered': 'Répondue',
  'desk.qa.notAnswered': 'Non répondue',
  'desk.qa.highlight': 'Mettre en avant',
  'desk.qa.onScreen': 'À l’écran',
  'desk.qa.upvotesOnScreen': '{upvotes} · à l’écran',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Touches sur une question sélectionnée\u00a0: {a} valider · {h} masquer · {d} répondue · {s} mettre en avant à l’écran · {j} {k} ou flèches pour se déplacer',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Pas encore de mots.',
  'desk.wordcloud.filtered': 'filtré',
  'desk.wordcloud.hidden': 'masqué',
  'desk.wordcloud.hideTitle': 'Masquer pour la salle',
  'desk.wordcloud.showTitle': 'Réafficher pour la salle',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}\u00a0: masquer',
  'desk.wordcloud.flaggedWord': '{word}, {count}, filtré comme grossier\u00a0: masquer',
  'desk.wordcloud.hiddenWord': '{word}, {count}, masqué\u00a0: réafficher',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, filtré comme grossier, masqué\u00a0: réafficher',
  'desk.wordcloud.showAll': {
    one: 'Tout afficher ({count} mot)',
    many: 'Tout afficher ({count} mots)',
    other: 'Tout afficher ({count} mots)',
  },
  'desk.wordcloud.showFewer': 'Afficher moins de mots',
  'desk.wordcloud.footnote':
    'Cliquez sur un mot pour le masquer aux participants et à l’écran, puis à nouveau pour le réafficher.',
  'desk.wordcloud.footnoteFiltered':
    'Cliquez sur un mot pour le masquer aux participants et à l’écran, puis à nouveau pour le réafficher. «\u00a0Filtré\u00a0»\u00a0: retenu par le filtre de grossièretés.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Impossible de valider la question',
  'desk.failed.hideQuestion': 'Impossible de masquer la question',
  'desk.failed.markAnswered': 'Impossible de marquer la question comme répondue',
  'desk.failed.highlightQuestion': 'Impossible de mettre la question en avant',
  'desk.failed.unhighlightQuestion': 'Impossible de retirer la question de l’écran',
  'desk.failed.approveAnswer': 'Impossible de valider la réponse',
  'desk.failed.hideAnswer': 'Impossible de masquer la réponse',
  'desk.failed.hideWord': 'Impossible de masquer le mot',
  'desk.failed.showWord': 'Impossible de réafficher le mot',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Connexion…',
  'present.status.online': 'En direct',
  'present.status.offline': 'Reconnexion…',
  'present.status.closed': 'Hors ligne',
  'present.fullScreen': 'Plein écran',
  'present.badLink': 'Ce n’est pas un lien de présentation',
  'present.badLinkDetail':
    'Un lien de présentation ressemble à /present/123456. Demandez le lien de l’événement à l’animateur.',
  'present.noEvent': 'Aucun événement avec le code {code}',
  'present.noEventDetail':
    'Vérifiez le lien\u00a0: l’événement a peut-être été supprimé ou le code mal saisi.',
  'present.ended': 'Cet événement est terminé',
  'present.endedDetail': 'Merci de votre participation.',
  'present.connecting': 'Connexion à l’événement {code}…',
  'present.opensSoon': 'Le vote ouvre bientôt',
  'present.resultsSoon': 'Les résultats seront bientôt affichés',
  'present.votingClosed': 'Vote clos',
  'present.noVotes': 'Pas encore de votes',
  'present.voters': { one: '{count} votant', many: '{count} votants', other: '{count} votants' },
  /** Attendees connected: "367 present". */
  'present.present': {
    one: '{count} présent',
    many: '{count} présents',
    other: '{count} présents',
  },
  'present.turnout': {
    one: '{percent} sur {count} présent',
    many: '{percent} des {count} présents',
    other: '{percent} des {count} présents',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Comment participer',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Rendez-vous sur',
  'present.withCode': 'avec le code',
  'present.joinAt': 'Rendez-vous sur {host}',
  'present.qrAlt': 'QR code qui ouvre la page de vote pour le code {code}',
  'present.waiting': 'La première question apparaîtra ici',
  'present.waitingJoined': {
    one: 'La première question apparaîtra ici · {count} personne connectée',
    many: 'La première question apparaîtra ici · {count} personnes connectées',
    other: 'La première question apparaîtra ici · {count} personnes connectées',
  },
  'present.scan': 'Scannez pour participer',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'Le sondage {id} n’est pas disponible',
  'present.pin.missingDetail':
    'Cet événement n’a aucun sondage public portant ce numéro\u00a0: il n’existe peut-être pas, a peut-être été supprimé ou est encore un brouillon que l’animateur n’a pas ouvert. Il apparaîtra ici dès sa publication.',
  'present.pin.invalid': '«\u00a0{value}\u00a0» n’est pas un numéro de sondage',
  'present.pin.invalidDetail':
    'Pour rester sur un sondage, indiquez son numéro dans le lien, par exemple ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}\u00a0: réponses, les plus récentes d’abord',
  'present.wall.newAnswer': 'Nouvelle réponse\u00a0: {text}',
  'present.wall.newAnswers': {
    one: '{count} nouvelle réponse. La plus récente\u00a0: {text}',
    many: '{count} nouvelles réponses. La plus récente\u00a0: {text}',
    other: '{count} nouvelles réponses. La plus récente\u00a0: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Langues',
  'host.languages.screen': 'Langue de l’événement et de l’écran',
  'host.languages.screenHint':
    'L’écran de présentation l’utilise\u00a0; chaque téléphone et cette console utilisent la leur.',
  'host.languages.further': 'Traduire les sondages en',
  'host.languages.furtherHint':
    'L’éditeur de chaque sondage demande alors son texte dans ces langues. Les téléphones réglés sur une langue sans traduction affichent l’original.',
  'host.languages.alternate': 'Alterner les langues à l’écran',
  'host.languages.alternateHint':
    'L’écran affiche chaque langue à tour de rôle, {seconds} secondes chacune.',
  'host.failed.changeLanguages': 'Impossible de modifier les langues de l’événement',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Webhooks',
  'host.webhooks.hint':
    'voxpop envoie un POST signé à chaque adresse quand un sondage s’ouvre ou se ferme, ou quand l’événement est supprimé.',
  'host.webhooks.loading': 'Chargement des webhooks…',
  'host.webhooks.loadFailed':
    'Impossible de charger les webhooks\u00a0; nouvel essai dans un instant.',
  'host.webhooks.empty': 'Aucun webhook pour l’instant.',
  'host.webhooks.list': 'Les webhooks de l’événement',
  'host.webhooks.events': 'Envoyé lors de',
  'host.webhooks.pollOpened': 'Sondage ouvert',
  'host.webhooks.pollClosed': 'Sondage fermé',
  'host.webhooks.eventDeleted': 'Événement supprimé',
  'host.webhooks.none': 'Aucun envoi pour l’instant',
  'host.webhooks.sending': 'Envoi…',
  'host.webhooks.delivered': 'Livré',
  'host.webhooks.failed': 'Échec',
  'host.webhooks.failedBecause': 'Échec\u00a0: {error}',
  'host.webhooks.retrying': {
    one: 'nouvel essai ({count} en attente)',
    many: 'nouvel essai ({count} en attente)',
    other: 'nouvel essai ({count} en attente)',
  },
  'host.webhooks.pending': {
    one: 'encore {count} à envoyer',
    many: 'encore {count} à envoyer',
    other: 'encore {count} à envoyer',
  },
  'host.webhooks.justNow': 'à l’instant',
  'host.webhooks.remove': 'Retirer',
  'host.webhooks.removeLabel': 'Retirer le webhook {url}',
  'host.webhooks.removeTitle': 'Retirer ce webhook\u00a0?',
  'host.webhooks.removeText':
    'voxpop n’enverra plus rien à cette adresse, et les envois encore en attente sont abandonnés.',
  'host.webhooks.removeConfirm': 'Retirer le webhook',
  'host.webhooks.add': 'Ajouter un webhook',
  'host.webhooks.adding': 'Ajout…',
  'host.webhooks.url': 'Adresse (URL)',
  'host.webhooks.sendOn': 'Envoyer quand',
  'host.webhooks.needUrl': 'Saisissez l’adresse à laquelle envoyer.',
  'host.webhooks.needEvent': 'Cochez au moins une case.',
  'host.webhooks.secret': 'Secret de signature pour {url}',
  'host.webhooks.secretHint':
    'Affiché une seule fois\u00a0: vérifiez les envois avec lui (X-Voxpop-Signature: HMAC-SHA256 du corps).',
  'host.webhooks.copySecret': 'Copier le secret de signature',
  'host.webhooks.secretCopied': 'Secret de signature copié',
  'host.webhooks.secretCopyFailed': 'Copie impossible — sélectionnez le secret et copiez-le',
  'host.webhooks.done': 'Terminé',
  'host.failed.addWebhook': 'Impossible d’ajouter le webhook',
  'host.failed.removeWebhook': 'Impossible de retirer le webhook',

  // The poll editor's translations
  'host.translations.title': 'Traductions',
  'host.translations.hint':
    'Laissez une option vide pour afficher l’original. Les mots des participants ne sont jamais traduits.',
  'host.translations.noLanguages':
    'Pour traduire ce sondage, choisissez des langues dans la carte «\u00a0Langues\u00a0».',
  'host.translations.translated': 'traduit',
  'host.translations.notTranslated': 'non traduit',
  'host.translations.question': 'Question',
  'host.translations.option': 'Option {number}\u00a0: {original}',
  'host.translations.scaleMin': 'Libellé de la valeur la plus basse',
  'host.translations.scaleMax': 'Libellé de la valeur la plus haute',
  'host.translations.needQuestion': 'Traduisez aussi la question, ou retirez cette langue.',
  'host.translations.questionTooLong': 'La question traduite dépasse {limit} caractères.',
  'host.translations.optionTooLong': 'Une option traduite dépasse {limit} caractères.',
  'host.translations.scaleTooLong': 'Un mot d’échelle traduit dépasse {limit} caractères.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} caractère\u00a0; une option en compte au plus {max}.',
    many: '{count} caractères\u00a0; une option en compte au plus {max}.',
    other: '{count} caractères\u00a0; une option en compte au plus {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Indiquez au moins {count} option.',
    many: 'Indiquez au moins {count} options.',
    other: 'Indiquez au moins {count} options.',
  },
  'editor.tooManyOptions': {
    one: 'Un sondage compte au plus {count} option.',
    many: 'Un sondage compte au plus {count} options.',
    other: 'Un sondage compte au plus {count} options.',
  },
  'editor.duplicateOption':
    '«\u00a0{option}\u00a0» figure deux fois\u00a0; chaque option doit être différente.',
} satisfies StaffCatalogue;

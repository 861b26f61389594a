/** French: the other kinds of question on the phone and screen (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'Notez de 1 à 5 étoiles',
  'rating.ruleNumbers': 'Notez de 1 à {max}',
  'rating.stars': { one: '{count} étoile', many: '{count} étoiles', other: '{count} étoiles' },
  'rating.starsWord': {
    one: '{count} étoile, {word}',
    many: '{count} étoiles, {word}',
    other: '{count} étoiles, {word}',
  },
  'rating.valueOf': '{value} sur {max}',
  'rating.valueOfWord': '{value} sur {max}, {word}',
  'rating.sending': '{value} · envoi…',
  'rating.yours': 'Votre note\u00a0: {value}',
  'rating.howStars': 'Touchez une étoile pour noter.',
  'rating.howStarsOnce':
    'Touchez une étoile pour noter. Une fois envoyé, votre vote est définitif.',
  'rating.howNumbers': 'Touchez un nombre pour noter.',
  'rating.howNumbersOnce':
    'Touchez un nombre pour noter. Une fois envoyé, votre vote est définitif.',
  'rating.canChange': 'Vous pouvez modifier votre note jusqu’à la clôture du vote.',
  'rating.average': 'moyenne',
  'rating.median': 'médiane {median}',

  // Ranking
  'ranking.rule': 'Classez par ordre de préférence',
  'ranking.how':
    'Classez les options, votre préférée en premier\u00a0: faites-les glisser ou utilisez les flèches. Puis touchez «\u00a0Valider le classement\u00a0».',
  'ranking.howOnce':
    'Classez les options, votre préférée en premier\u00a0: faites-les glisser ou utilisez les flèches. Puis touchez «\u00a0Valider le classement\u00a0». Une fois envoyé, votre classement est définitif.',
  'ranking.final': 'Votre classement est définitif.',
  'ranking.canChange': 'Vous pouvez modifier votre classement jusqu’à la clôture du vote.',
  'ranking.place': '{place}\u00a0:',
  'ranking.placeTied': '{place} (ex æquo)\u00a0:',
  'ranking.moveUp': 'Monter {option}',
  'ranking.moveDown': 'Descendre {option}',
  'ranking.drag': 'Glisser pour déplacer',
  'ranking.moved': '{option}, position {position} sur {count}.',
  'ranking.submit': 'Valider le classement',
  'ranking.update': 'Modifier mon classement',
  'ranking.points': { one: '{count} point', many: '{count} points', other: '{count} points' },
  'ranking.averagePosition': 'position moy. {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Un mot',
  'wordcloud.ruleUpTo': {
    one: 'Jusqu’à {count} mot',
    many: 'Jusqu’à {count} mots',
    other: 'Jusqu’à {count} mots',
  },
  'wordcloud.how': {
    one: 'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0».',
    many: 'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0».',
    other:
      'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0».',
  },
  'wordcloud.howOnce': {
    one: 'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0». Une fois envoyés, vos mots sont définitifs.',
    many: 'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0». Une fois envoyés, vos mots sont définitifs.',
    other:
      'Saisissez un mot et touchez «\u00a0Ajouter\u00a0», jusqu’à {count}. Puis touchez «\u00a0Envoyer les mots\u00a0». Une fois envoyés, vos mots sont définitifs.',
  },
  'wordcloud.final': 'Vos mots sont définitifs.',
  'wordcloud.canChange': 'Vous pouvez modifier vos mots jusqu’à la clôture du vote.',
  'wordcloud.wordLabel': 'Un mot',
  'wordcloud.placeholder': 'Saisissez un mot',
  'wordcloud.placeholderFull': 'Maximum atteint',
  'wordcloud.add': 'Ajouter',
  'wordcloud.yourWords': 'Vos mots',
  'wordcloud.remove': 'Retirer {word}',
  'wordcloud.sending': '{words} · envoi…',
  'wordcloud.count': {
    one: 'Mots\u00a0: {chosen} sur {count}',
    many: 'Mots\u00a0: {chosen} sur {count}',
    other: 'Mots\u00a0: {chosen} sur {count}',
  },
  'wordcloud.submit': 'Envoyer les mots',
  'wordcloud.update': 'Modifier mes mots',
  'wordcloud.full': {
    one: 'Vous avez atteint le maximum de {count} mot. Pour en ajouter un autre, retirez-en d’abord un.',
    many: 'Vous avez atteint le maximum de {count} mots. Pour en ajouter un autre, retirez-en d’abord un.',
    other:
      'Vous avez atteint le maximum de {count} mots. Pour en ajouter un autre, retirez-en d’abord un.',
  },
  'wordcloud.already': 'Vous avez déjà ajouté «\u00a0{word}\u00a0».',
  'wordcloud.problemEmpty': 'Un mot ne peut pas être vide.',
  'wordcloud.problemTooLong': {
    one: 'Un mot compte au plus {max} caractères\u00a0; celui-ci en a {count}.',
    many: 'Un mot compte au plus {max} caractères\u00a0; celui-ci en a {count}.',
    other: 'Un mot compte au plus {max} caractères\u00a0; celui-ci en a {count}.',
  },
  'wordcloud.problemMalformed': 'Un mot doit être un texte Unicode valide (sans surrogate isolé).',
  'wordcloud.problemOneLine': 'Un mot tient sur une ligne, sans caractères de contrôle.',
  'wordcloud.problemNoLetter': 'Un mot doit contenir au moins une lettre ou un chiffre.',
  'wordcloud.waiting': 'En attente des premiers mots',
  'wordcloud.word': 'Mot',
  'wordcloud.countHeader': 'Nombre',
  'wordcloud.more': {
    one: 'et {count} autre mot',
    many: 'et {count} autres mots',
    other: 'et {count} autres mots',
  },
  'wordcloud.cloudMore': {
    one: '+{count} autre mot',
    many: '+{count} autres mots',
    other: '+{count} autres mots',
  },
  'wordcloud.askOne': 'Envoyez un mot depuis votre téléphone',
  'wordcloud.askUpTo': {
    one: 'Envoyez jusqu’à {count} mot depuis votre téléphone',
    many: 'Envoyez jusqu’à {count} mots depuis votre téléphone',
    other: 'Envoyez jusqu’à {count} mots depuis votre téléphone',
  },

  // Open text
  'text.rule': 'Répondez avec vos propres mots',
  'text.quoted': '«\u00a0{text}\u00a0»',
  'text.howPre':
    'Écrivez votre réponse, puis touchez «\u00a0Envoyer\u00a0». L’animateur valide chaque réponse avant de l’afficher.',
  'text.howPreOnce':
    'Écrivez votre réponse, puis touchez «\u00a0Envoyer\u00a0». L’animateur valide chaque réponse avant de l’afficher. Une fois envoyée, votre réponse est définitive.',
  'text.howPost': 'Écrivez votre réponse, puis touchez «\u00a0Envoyer\u00a0».',
  'text.howPostOnce':
    'Écrivez votre réponse, puis touchez «\u00a0Envoyer\u00a0». Une fois envoyée, votre réponse est définitive.',
  'text.final': 'Votre réponse est définitive.',
  'text.canChange': 'Vous pouvez modifier votre réponse jusqu’à la clôture du vote.',
  'text.placeholder': 'Saisissez votre réponse',
  'text.tooLong': {
    one: '{count} caractère de trop\u00a0: une réponse compte au plus {max} caractères.',
    many: '{count} caractères de trop\u00a0: une réponse compte au plus {max} caractères.',
    other: '{count} caractères de trop\u00a0: une réponse compte au plus {max} caractères.',
  },
  'text.empty': 'Écrivez d’abord votre réponse\u00a0: une réponse vide ne peut pas être envoyée.',
  'text.edit': 'Modifier ma réponse',
  'text.send': 'Envoyer',
  'text.update': 'Mettre à jour',
  'text.mineSending': 'Votre réponse',
  'text.mineSent': 'Votre réponse, telle qu’envoyée',
  'text.onWall': 'Votre réponse est affichée sur le mur.',
  'text.awaitingApproval': 'En attente de validation par l’animateur avant affichage.',
  'text.shownAtOnce':
    'Les réponses s’affichent aussitôt sur le mur\u00a0; l’animateur peut les masquer.',
  'text.noAnswers': 'Pas encore de réponses',
  'text.emptyPre': 'Les réponses apparaissent ici une fois validées par l’animateur.',
  'text.emptyPost': 'Les réponses apparaissent ici dès leur arrivée.',
  'text.noneOnWall': 'Aucune réponse sur le mur pour l’instant.',
  'text.listLabel': '{caption}\u00a0: réponses sur le mur, les plus récentes d’abord',
  'text.showAll': {
    one: 'Tout afficher ({count} réponse)',
    many: 'Tout afficher ({count} réponses)',
    other: 'Tout afficher ({count} réponses)',
  },
  'text.showFewer': 'Afficher moins',
  'text.newest': {
    one: '{count} réponse, la plus récente',
    many: 'Les {count} réponses les plus récentes',
    other: 'Les {count} réponses les plus récentes',
  },
  'text.previewTitle': 'Les participants répondent avec leurs propres mots',
  'text.previewPre': 'Jusqu’à {max} caractères · chaque réponse est validée avant affichage',
  'text.previewPost': 'Jusqu’à {max} caractères · les réponses s’affichent dès leur arrivée',

  // Audience Q&A: the phone
  'qa.rule': 'Posez des questions, votez pour vos préférées',
  'qa.badgeOpen': 'Questions ouvertes',
  'qa.badgeClosed': 'Questions closes',
  'qa.asked': {
    one: '{count} question posée',
    many: '{count} questions posées',
    other: '{count} questions posées',
  },
  'qa.limit': {
    one: 'Vous avez posé {count} question, le maximum autorisé pour ce sondage.',
    many: 'Vous avez posé {count} questions, le maximum autorisé pour ce sondage.',
    other: 'Vous avez posé {count} questions, le maximum autorisé pour ce sondage.',
  },
  'qa.error.poll_closed': 'Les questions sont closes. La vôtre n’a pas été envoyée.',
  'qa.error.poll_not_open': 'Les questions ne sont pas encore ouvertes. Réessayez dans un instant.',
  'qa.error.question_not_found': 'Cette question ne figure plus dans la liste.',
  'qa.error.invalid_answer': 'Une question compte de 1 à {max} caractères.',
  'qa.askFailed': 'L’envoi de votre question a échoué\u00a0: {reason}',
  'qa.upvoteFailed': 'Votre vote n’a pas été pris en compte\u00a0: {reason}',
  'qa.unvoteFailed': 'Le retrait de votre vote a échoué\u00a0: {reason}',
  'qa.tooLong': {
    one: '{count} caractère de trop\u00a0: une question compte au plus {max} caractères.',
    many: '{count} caractères de trop\u00a0: une question compte au plus {max} caractères.',
    other: '{count} caractères de trop\u00a0: une question compte au plus {max} caractères.',
  },
  'qa.empty': 'Écrivez d’abord votre question\u00a0: une question vide ne peut pas être envoyée.',
  'qa.label': 'Votre question',
  'qa.placeholder': 'Saisissez votre question',
  'qa.send': 'Envoyer',
  'qa.hintDraft': 'Les questions ne sont pas encore ouvertes.',
  'qa.hintClosed': 'Les questions sont closes.',
  'qa.hintNotOpen': 'Les questions ne sont pas ouvertes.',
  'qa.howPre':
    'Posez une question, ou votez pour celles qui vous intéressent. L’animateur valide chaque question avant de l’afficher.',
  'qa.howPreLeft': {
    one: 'Posez une question, ou votez pour celles qui vous intéressent. L’animateur valide chaque question avant de l’afficher. Vous pouvez encore en poser {count}.',
    many: 'Posez une question, ou votez pour celles qui vous intéressent. L’animateur valide chaque question avant de l’afficher. Vous pouvez encore en poser {count}.',
    other:
      'Posez une question, ou votez pour celles qui vous intéressent. L’animateur valide chaque question avant de l’afficher. Vous pouvez encore en poser {count}.',
  },
  'qa.howPost': 'Posez une question, ou votez pour celles qui vous intéressent.',
  'qa.howPostLeft': {
    one: 'Posez une question, ou votez pour celles qui vous intéressent. Vous pouvez encore en poser {count}.',
    many: 'Posez une question, ou votez pour celles qui vous intéressent. Vous pouvez encore en poser {count}.',
    other:
      'Posez une question, ou votez pour celles qui vous intéressent. Vous pouvez encore en poser {count}.',
  },
  'qa.mineTitle': 'Vos questions pas encore dans la liste',
  'qa.listTitle': 'Questions',
  'qa.total': '({count})',
  'qa.topOf': {
    one: '(les {shown} premières sur {count})',
    many: '(les {shown} premières sur {count})',
    other: '(les {shown} premières sur {count})',
  },
  'qa.waiting': {
    one: '{count} nouvelle / modifiée',
    many: '{count} nouvelles / modifiées',
    other: '{count} nouvelles / modifiées',
  },
  'qa.emptyPre':
    'Pas encore de questions. Elles apparaissent ici une fois validées par l’animateur.',
  'qa.emptyPost': 'Pas encore de questions. Posez la première\u00a0!',
  'qa.onScreen': 'À l’écran',
  'qa.answered': 'Répondue',
  'qa.yours': 'La vôtre',
  'qa.upvoteLabel': {
    one: 'Voter pour ({count} vote)',
    many: 'Voter pour ({count} votes)',
    other: 'Voter pour ({count} votes)',
  },
  'qa.awaitingModeration': 'En attente de modération',
  'qa.sent': 'Envoyée',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': {
    one: '{count} question',
    many: '{count} questions',
    other: '{count} questions',
  },
  'qa.upvotes': { one: '{count} vote', many: '{count} votes', other: '{count} votes' },
  'qa.upvoteWord': { one: 'vote', many: 'votes', other: 'votes' },
  'qa.upvotesAnswered': {
    one: '{count} vote · Répondue',
    many: '{count} votes · Répondue',
    other: '{count} votes · Répondue',
  },
  'qa.fromAudience': 'Question du public',
  'qa.onScreenNow': 'À l’écran\u00a0: {text}',
  'qa.allAnswered': 'Toutes les questions ont reçu une réponse',
  'qa.noQuestions': 'Pas encore de questions',
  'qa.noQuestionsPhone': 'Pas encore de questions.',
  'qa.screenEmptyPre':
    'Posez vos questions depuis votre téléphone\u00a0: elles apparaissent ici une fois validées par l’animateur.',
  'qa.screenEmptyPost':
    'Posez vos questions depuis votre téléphone\u00a0: elles apparaissent ici dès leur arrivée.',
  'qa.listLabel': '{caption}\u00a0: questions, les plus votées d’abord',
  'qa.previewTitle': 'Posez vos questions depuis votre téléphone',
  'qa.previewPre':
    'Votez pour celles qui vous intéressent · chaque question est validée avant affichage',
  'qa.previewPost':
    'Votez pour celles qui vous intéressent · les questions s’affichent dès leur arrivée',
  'qa.tag': 'Questions du public',
  'qa.tagPre': 'Questions du public · validation préalable',

  // Quiz: the phone
  'quiz.rule': 'Choisissez une réponse',
  'quiz.badge': 'Quiz',
  'quiz.timesUp': 'Temps écoulé',
  'quiz.timesUpHint': 'Le temps est écoulé.',
  'quiz.notStarted': 'La question n’a pas encore commencé.',
  'quiz.answerFinal': 'Votre réponse est définitive.',
  'quiz.how': {
    one: 'Touchez votre réponse\u00a0: un seul essai, sans retour. Plus vous êtes rapide, plus vous gagnez de points (jusqu’à {count}).',
    many: 'Touchez votre réponse\u00a0: un seul essai, sans retour. Plus vous êtes rapide, plus vous gagnez de points (jusqu’à {count}).',
    other:
      'Touchez votre réponse\u00a0: un seul essai, sans retour. Plus vous êtes rapide, plus vous gagnez de points (jusqu’à {count}).',
  },
  'quiz.sending': 'Envoi de votre réponse…',
  'quiz.locked': 'Réponse enregistrée',
  'quiz.lockedDetail': 'La bonne réponse s’affiche quand le temps est écoulé.',
  'quiz.noAnswer': 'Vous n’avez pas répondu',
  'quiz.correct': 'Bonne réponse\u00a0!',
  'quiz.wrong': 'Pas cette fois',
  'quiz.gained': { one: '+{count} point', many: '+{count} points', other: '+{count} points' },
  'quiz.points': { one: '{count} point', many: '{count} points', other: '{count} points' },
  'quiz.score': '{gained} · total {total}',
  'quiz.scoreRanked': '{gained} · total {total} · {place} au classement',
  'quiz.zeroPoints': '0 point pour cette question.',
  'quiz.ofAnswers': 'des réponses',
  'quiz.correctTag': 'Bonne réponse',
  'quiz.yourAnswer': 'Votre réponse',

  // Quiz: the countdown
  'quiz.secondsLeft': {
    one: '{count} seconde restante',
    many: '{count} secondes restantes',
    other: '{count} secondes restantes',
  },
  'quiz.unitLeft': { one: 's restante', many: 's restantes', other: 's restantes' },
  'quiz.unitTimesUp': 'temps écoulé',
  'quiz.limitSeconds': { one: '{count} s', many: '{count} s', other: '{count} s' },
  'quiz.limitMinutes': { one: '{count} min', many: '{count} min', other: '{count} min' },
  'quiz.limitMinutesSeconds': '{minutes} min {seconds} s',

  // Quiz: the results
  'quiz.correctAnswer': {
    one: 'Bonne réponse\u00a0: {answer}',
    many: 'Bonnes réponses\u00a0: {answer}',
    other: 'Bonnes réponses\u00a0: {answer}',
  },
  'quiz.gotItRight': '— {percent} ont bien répondu',
  'quiz.startsSoon': 'Le quiz va bientôt commencer',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Votre nom au classement {optional}',
  'quiz.nameOptional': '(facultatif)',
  'quiz.nameHelp': {
    one: 'Jusqu’à {count} caractère. Sans nom, vous apparaissez comme «\u00a0Player\u00a0» suivi d’un numéro.',
    many: 'Jusqu’à {count} caractères. Sans nom, vous apparaissez comme «\u00a0Player\u00a0» suivi d’un numéro.',
    other:
      'Jusqu’à {count} caractères. Sans nom, vous apparaissez comme «\u00a0Player\u00a0» suivi d’un numéro.',
  },
  'quiz.nameSaved':
    'Enregistré\u00a0: le classement vous affiche sous le nom «\u00a0{name}\u00a0».',
  'quiz.nameEmpty': 'Saisissez d’abord un nom.',
  'quiz.nameTooLong': {
    one: '{count} caractère\u00a0: un nom en compte au plus {max}.',
    many: '{count} caractères\u00a0: un nom en compte au plus {max}.',
    other: '{count} caractères\u00a0: un nom en compte au plus {max}.',
  },
  'quiz.nameError.invalid_name':
    'Ce nom n’est pas autorisé au classement\u00a0; choisissez-en un autre.',
  'quiz.nameError.invalid_message': 'Un nom compte de 1 à {max} caractères.',
  'quiz.nameError.rate_limited': 'Trop de tentatives à la fois. Patientez une seconde.',
  'quiz.nameFailed': 'Votre nom n’a pas pu être enregistré\u00a0: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} points (niveau de confiance de 95\u00a0%)',
  'choice.marginMethod':
    'Marge d’erreur de l’option en tête, «\u00a0{option}\u00a0» ({percent}), au niveau de confiance de 95\u00a0%\u00a0: approximation normale, 1,96 × √(p(1 − p) / n) avec n = {voters}.',
} satisfies KindsCatalogue;

/** Spanish: the words of the other kinds of question (see ../en/kinds.ts). */
import type { KindsCatalogue } from '../types.js';

export default {
  // Rating
  'rating.ruleStars': 'Valora de 1 a 5 estrellas',
  'rating.ruleNumbers': 'Valora del 1 al {max}',
  'rating.stars': {
    one: '{count} estrella',
    many: '{count} estrellas',
    other: '{count} estrellas',
  },
  'rating.starsWord': {
    one: '{count} estrella, {word}',
    many: '{count} estrellas, {word}',
    other: '{count} estrellas, {word}',
  },
  'rating.valueOf': '{value} de {max}',
  'rating.valueOfWord': '{value} de {max}, {word}',
  'rating.sending': '{value} · enviando…',
  'rating.yours': 'Tu valoración: {value}',
  'rating.howStars': 'Toca una estrella para valorar.',
  'rating.howStarsOnce': 'Toca una estrella para valorar. Una vez enviado, tu voto es definitivo.',
  'rating.howNumbers': 'Toca un número para valorar.',
  'rating.howNumbersOnce': 'Toca un número para valorar. Una vez enviado, tu voto es definitivo.',
  'rating.canChange': 'Puedes cambiar tu valoración hasta que se cierre la votación.',
  'rating.average': 'promedio',
  'rating.median': 'mediana {median}',

  // Ranking
  'ranking.rule': 'Ordena',
  'ranking.how':
    'Ordena las opciones, tu favorita primero: arrástralas o usa las flechas. Luego toca Enviar orden.',
  'ranking.howOnce':
    'Ordena las opciones, tu favorita primero: arrástralas o usa las flechas. Luego toca Enviar orden. Una vez enviado, tu orden es definitivo.',
  'ranking.final': 'Tu orden es definitivo.',
  'ranking.canChange': 'Puedes cambiar tu orden hasta que se cierre la votación.',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (empate):',
  'ranking.moveUp': 'Subir {option}',
  'ranking.moveDown': 'Bajar {option}',
  'ranking.drag': 'Arrastra para mover',
  'ranking.moved': '{option}, posición {position} de {count}.',
  'ranking.submit': 'Enviar orden',
  'ranking.update': 'Actualizar mi orden',
  'ranking.points': { one: '{count} punto', many: '{count} puntos', other: '{count} puntos' },
  'ranking.averagePosition': 'posición media {position}',

  // Word cloud
  'wordcloud.ruleOne': 'Una palabra',
  'wordcloud.ruleUpTo': {
    one: 'Hasta {count} palabra',
    many: 'Hasta {count} palabras',
    other: 'Hasta {count} palabras',
  },
  'wordcloud.how': {
    one: 'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras.',
    many: 'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras.',
    other: 'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras.',
  },
  'wordcloud.howOnce': {
    one: 'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras. Una vez enviadas, tus palabras son definitivas.',
    many: 'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras. Una vez enviadas, tus palabras son definitivas.',
    other:
      'Escribe una palabra y toca Añadir, hasta {count}. Luego toca Enviar palabras. Una vez enviadas, tus palabras son definitivas.',
  },
  'wordcloud.final': 'Tus palabras son definitivas.',
  'wordcloud.canChange': 'Puedes cambiar tus palabras hasta que se cierre la votación.',
  'wordcloud.wordLabel': 'Una palabra',
  'wordcloud.placeholder': 'Escribe una palabra',
  'wordcloud.placeholderFull': 'No caben más palabras',
  'wordcloud.add': 'Añadir',
  'wordcloud.yourWords': 'Tus palabras',
  'wordcloud.remove': 'Quitar {word}',
  'wordcloud.sending': '{words} · enviando…',
  'wordcloud.count': {
    one: '{chosen} de {count} palabra',
    many: '{chosen} de {count} palabras',
    other: '{chosen} de {count} palabras',
  },
  'wordcloud.submit': 'Enviar palabras',
  'wordcloud.update': 'Actualizar mis palabras',
  'wordcloud.full': {
    one: 'Ya tienes {count} palabra, el máximo que puedes dar. Para añadir otra, quita una antes.',
    many: 'Ya tienes {count} palabras, el máximo que puedes dar. Para añadir otra, quita una antes.',
    other:
      'Ya tienes {count} palabras, el máximo que puedes dar. Para añadir otra, quita una antes.',
  },
  'wordcloud.already': 'Ya has añadido «{word}».',
  'wordcloud.problemEmpty': 'Una palabra no puede estar vacía.',
  'wordcloud.problemTooLong': {
    one: 'Una palabra tiene como máximo {max} caracteres; esta tiene {count}.',
    many: 'Una palabra tiene como máximo {max} caracteres; esta tiene {count}.',
    other: 'Una palabra tiene como máximo {max} caracteres; esta tiene {count}.',
  },
  'wordcloud.problemMalformed':
    'Una palabra debe ser Unicode bien formado (sin sustitutos sueltos).',
  'wordcloud.problemOneLine': 'Una palabra va en una sola línea, sin caracteres de control.',
  'wordcloud.problemNoLetter': 'Una palabra necesita al menos una letra o un dígito.',
  'wordcloud.waiting': 'Esperando las primeras palabras',
  'wordcloud.word': 'Palabra',
  'wordcloud.countHeader': 'Veces',
  'wordcloud.more': {
    one: 'y {count} palabra más',
    many: 'y {count} palabras más',
    other: 'y {count} palabras más',
  },
  'wordcloud.cloudMore': {
    one: '+{count} palabra más',
    many: '+{count} palabras más',
    other: '+{count} palabras más',
  },
  'wordcloud.askOne': 'Envía una palabra desde tu teléfono',
  'wordcloud.askUpTo': {
    one: 'Envía hasta {count} palabra desde tu teléfono',
    many: 'Envía hasta {count} palabras desde tu teléfono',
    other: 'Envía hasta {count} palabras desde tu teléfono',
  },

  // Open text
  'text.rule': 'Responde con tus propias palabras',
  'text.quoted': '«{text}»',
  'text.howPre':
    'Escribe tu respuesta y toca Enviar respuesta. El moderador aprueba cada respuesta antes de mostrarla.',
  'text.howPreOnce':
    'Escribe tu respuesta y toca Enviar respuesta. El moderador aprueba cada respuesta antes de mostrarla. Una vez enviada, tu respuesta es definitiva.',
  'text.howPost': 'Escribe tu respuesta y toca Enviar respuesta.',
  'text.howPostOnce':
    'Escribe tu respuesta y toca Enviar respuesta. Una vez enviada, tu respuesta es definitiva.',
  'text.final': 'Tu respuesta es definitiva.',
  'text.canChange': 'Puedes editar tu respuesta hasta que se cierre la votación.',
  'text.placeholder': 'Escribe tu respuesta',
  'text.tooLong': {
    one: '{count} carácter de más: una respuesta tiene como máximo {max} caracteres.',
    many: '{count} caracteres de más: una respuesta tiene como máximo {max} caracteres.',
    other: '{count} caracteres de más: una respuesta tiene como máximo {max} caracteres.',
  },
  'text.empty': 'Escribe primero tu respuesta: no se puede enviar una respuesta vacía.',
  'text.edit': 'Editar mi respuesta',
  'text.send': 'Enviar respuesta',
  'text.update': 'Actualizar respuesta',
  'text.mineSending': 'Tu respuesta',
  'text.mineSent': 'Tu respuesta, tal como se envió',
  'text.onWall': 'Tu respuesta está en el muro.',
  'text.awaitingApproval': 'Pendiente de la aprobación del moderador para mostrarse.',
  'text.shownAtOnce': 'Las respuestas van al muro al instante; el moderador puede ocultarlas.',
  'text.noAnswers': 'Aún no hay respuestas',
  'text.emptyPre': 'Las respuestas aparecerán aquí cuando el moderador las apruebe.',
  'text.emptyPost': 'Las respuestas aparecerán aquí a medida que lleguen.',
  'text.noneOnWall': 'Aún no hay respuestas en el muro.',
  'text.listLabel': '{caption}: respuestas en el muro, las más recientes primero',
  'text.showAll': {
    one: 'Ver {count} respuesta',
    many: 'Ver las {count} respuestas',
    other: 'Ver las {count} respuestas',
  },
  'text.showFewer': 'Ver menos',
  'text.newest': {
    one: '{count} respuesta, la más reciente',
    many: 'Las {count} respuestas más recientes',
    other: 'Las {count} respuestas más recientes',
  },
  'text.previewTitle': 'Los participantes responden con sus propias palabras',
  'text.previewPre': 'Hasta {max} caracteres · cada respuesta se aprueba antes de mostrarse',
  'text.previewPost': 'Hasta {max} caracteres · las respuestas se muestran a medida que llegan',

  // Audience Q&A: the phone
  'qa.rule': 'Pregunta y vota preguntas',
  'qa.badgeOpen': 'Preguntas abiertas',
  'qa.badgeClosed': 'Preguntas cerradas',
  'qa.asked': {
    one: '{count} pregunta hecha',
    many: '{count} preguntas hechas',
    other: '{count} preguntas hechas',
  },
  'qa.limit': {
    one: 'Has hecho {count} pregunta, el máximo que permite esta encuesta.',
    many: 'Has hecho {count} preguntas, el máximo que permite esta encuesta.',
    other: 'Has hecho {count} preguntas, el máximo que permite esta encuesta.',
  },
  'qa.error.poll_closed': 'Las preguntas están cerradas. La tuya no se ha enviado.',
  'qa.error.poll_not_open':
    'Las preguntas aún no están abiertas. Inténtalo de nuevo en un momento.',
  'qa.error.question_not_found': 'Esa pregunta ya no está en la lista.',
  'qa.error.invalid_answer': 'Una pregunta tiene de 1 a {max} caracteres.',
  'qa.askFailed': 'No se ha podido enviar tu pregunta: {reason}',
  'qa.upvoteFailed': 'No se ha podido registrar tu voto: {reason}',
  'qa.unvoteFailed': 'No se ha podido retirar tu voto: {reason}',
  'qa.tooLong': {
    one: '{count} carácter de más: una pregunta tiene como máximo {max} caracteres.',
    many: '{count} caracteres de más: una pregunta tiene como máximo {max} caracteres.',
    other: '{count} caracteres de más: una pregunta tiene como máximo {max} caracteres.',
  },
  'qa.empty': 'Escribe primero tu pregunta: no se puede enviar una pregunta vacía.',
  'qa.label': 'Tu pregunta',
  'qa.placeholder': 'Escribe tu pregunta',
  'qa.send': 'Enviar pregunta',
  'qa.hintDraft': 'Las preguntas aún no están abiertas.',
  'qa.hintClosed': 'Las preguntas están cerradas.',
  'qa.hintNotOpen': 'Las preguntas no están abiertas.',
  'qa.howPre':
    'Haz una pregunta o vota las que quieras que se respondan. El moderador aprueba cada pregunta antes de mostrarla.',
  'qa.howPreLeft': {
    one: 'Haz una pregunta o vota las que quieras que se respondan. El moderador aprueba cada pregunta antes de mostrarla. Puedes hacer {count} más.',
    many: 'Haz una pregunta o vota las que quieras que se respondan. El moderador aprueba cada pregunta antes de mostrarla. Puedes hacer {count} más.',
    other:
      'Haz una pregunta o vota las que quieras que se respondan. El moderador aprueba cada pregunta antes de mostrarla. Puedes hacer {count} más.',
  },
  'qa.howPost': 'Haz una pregunta o vota las que quieras que se respondan.',
  'qa.howPostLeft': {
    one: 'Haz una pregunta o vota las que quieras que se respondan. Puedes hacer {count} más.',
    many: 'Haz una pregunta o vota las que quieras que se respondan. Puedes hacer {count} más.',
    other: 'Haz una pregunta o vota las que quieras que se respondan. Puedes hacer {count} más.',
  },
  'qa.mineTitle': 'Tus preguntas que aún no están en la lista',
  'qa.listTitle': 'Preguntas',
  'qa.total': '({count})',
  'qa.topOf': {
    one: '(las {shown} primeras de {count})',
    many: '(las {shown} primeras de {count})',
    other: '(las {shown} primeras de {count})',
  },
  'qa.waiting': {
    one: '{count} nueva / actualizada',
    many: '{count} nuevas / actualizadas',
    other: '{count} nuevas / actualizadas',
  },
  'qa.emptyPre': 'Aún no hay preguntas. Aparecerán aquí cuando el moderador las apruebe.',
  'qa.emptyPost': 'Aún no hay preguntas. Haz la primera.',
  'qa.onScreen': 'En pantalla ahora',
  'qa.answered': 'Respondida',
  'qa.yours': 'Tuya',
  'qa.upvoteLabel': {
    one: 'Votar ({count} voto)',
    many: 'Votar ({count} votos)',
    other: 'Votar ({count} votos)',
  },
  'qa.awaitingModeration': 'Pendiente de moderación',
  'qa.sent': 'Enviada',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': {
    one: '{count} pregunta',
    many: '{count} preguntas',
    other: '{count} preguntas',
  },
  'qa.upvotes': { one: '{count} voto', many: '{count} votos', other: '{count} votos' },
  'qa.upvoteWord': { one: 'voto', many: 'votos', other: 'votos' },
  'qa.upvotesAnswered': {
    one: '{count} voto · Respondida',
    many: '{count} votos · Respondida',
    other: '{count} votos · Respondida',
  },
  'qa.fromAudience': 'Pregunta del público',
  'qa.onScreenNow': 'En pantalla: {text}',
  'qa.allAnswered': 'Se han respondido todas las preguntas',
  'qa.noQuestions': 'Aún no hay preguntas',
  'qa.noQuestionsPhone': 'Aún no hay preguntas.',
  'qa.screenEmptyPre':
    'Pregunta desde tu teléfono: las preguntas aparecerán aquí cuando el moderador las apruebe.',
  'qa.screenEmptyPost':
    'Pregunta desde tu teléfono: las preguntas aparecerán aquí a medida que lleguen.',
  'qa.listLabel': '{caption}: preguntas, las más votadas primero',
  'qa.previewTitle': 'Haz tus preguntas desde tu teléfono',
  'qa.previewPre':
    'Vota las que quieras que se respondan · cada pregunta se aprueba antes de mostrarse',
  'qa.previewPost':
    'Vota las que quieras que se respondan · las preguntas se muestran a medida que llegan',
  'qa.tag': 'Preguntas del público',
  'qa.tagPre': 'Preguntas del público · con aprobación previa',

  // Quiz: the phone
  'quiz.rule': 'Elige una respuesta',
  'quiz.badge': 'Quiz',
  'quiz.timesUp': 'Se acabó el tiempo',
  'quiz.timesUpHint': 'Se acabó el tiempo.',
  'quiz.notStarted': 'La pregunta aún no ha empezado.',
  'quiz.answerFinal': 'Tu respuesta es definitiva.',
  'quiz.how': {
    one: 'Toca tu respuesta: un solo toque, sin cambios. Cuanto más rápido, más puntos (hasta {count}).',
    many: 'Toca tu respuesta: un solo toque, sin cambios. Cuanto más rápido, más puntos (hasta {count}).',
    other:
      'Toca tu respuesta: un solo toque, sin cambios. Cuanto más rápido, más puntos (hasta {count}).',
  },
  'quiz.sending': 'Enviando tu respuesta…',
  'quiz.locked': 'Respuesta registrada',
  'quiz.lockedDetail': 'La respuesta correcta se mostrará cuando se acabe el tiempo.',
  'quiz.noAnswer': 'No has respondido',
  'quiz.correct': '¡Correcto!',
  'quiz.wrong': 'Esta vez no',
  'quiz.gained': { one: '+{count} punto', many: '+{count} puntos', other: '+{count} puntos' },
  'quiz.points': { one: '{count} punto', many: '{count} puntos', other: '{count} puntos' },
  'quiz.score': '{gained} · total {total}',
  'quiz.scoreRanked': '{gained} · total {total} · {place} puesto',
  'quiz.zeroPoints': '0 puntos en esta pregunta.',
  'quiz.ofAnswers': 'de las respuestas',
  'quiz.correctTag': 'Correcta',
  'quiz.yourAnswer': 'Tu respuesta',

  // Quiz: the countdown
  'quiz.secondsLeft': {
    one: 'Queda {count} segundo',
    many: 'Quedan {count} segundos',
    other: 'Quedan {count} segundos',
  },
  'quiz.unitLeft': { one: 's restante', many: 's restantes', other: 's restantes' },
  'quiz.unitTimesUp': 'tiempo agotado',
  'quiz.limitSeconds': { one: '{count} s', many: '{count} s', other: '{count} s' },
  'quiz.limitMinutes': { one: '{count} min', many: '{count} min', other: '{count} min' },
  'quiz.limitMinutesSeconds': '{minutes} min {seconds} s',

  // Quiz: the results
  'quiz.correctAnswer': {
    one: 'Respuesta correcta: {answer}',
    many: 'Respuestas correctas: {answer}',
    other: 'Respuestas correctas: {answer}',
  },
  'quiz.gotItRight': '— acertó el {percent}',
  'quiz.startsSoon': 'El quiz empieza pronto',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Tu nombre en la clasificación {optional}',
  'quiz.nameOptional': '(opcional)',
  'quiz.nameHelp': {
    one: 'Hasta {count} carácter. Sin nombre, aparecerás como «Player» y un número.',
    many: 'Hasta {count} caracteres. Sin nombre, aparecerás como «Player» y un número.',
    other: 'Hasta {count} caracteres. Sin nombre, aparecerás como «Player» y un número.',
  },
  'quiz.nameSaved': 'Guardado: en la clasificación aparecerás como «{name}».',
  'quiz.nameEmpty': 'Escribe primero un nombre.',
  'quiz.nameTooLong': {
    one: '{count} carácter: un nombre tiene como máximo {max}.',
    many: '{count} caracteres: un nombre tiene como máximo {max}.',
    other: '{count} caracteres: un nombre tiene como máximo {max}.',
  },
  'quiz.nameError.invalid_name': 'Este nombre no está permitido en la clasificación; elige otro.',
  'quiz.nameError.invalid_message': 'Un nombre tiene de 1 a {max} caracteres.',
  'quiz.nameError.rate_limited': 'Demasiados intentos a la vez. Espera un segundo.',
  'quiz.nameFailed': 'No se ha podido guardar tu nombre: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} puntos con un 95 % de confianza',
  'choice.marginMethod':
    'Margen de error de la opción en cabeza, «{option}» ({percent}), con un 95 % de confianza: aproximación normal, 1,96 × √(p(1 − p) / n) con n = {voters}.',
} satisfies KindsCatalogue;

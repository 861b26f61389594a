/** Spanish: the host console and the presenter screen (see ../en/staff.ts). */
import type { StaffCatalogue } from '../types.js';

export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Moderación — voxpop',
  'host.homeLink': 'Inicio de voxpop',
  'host.role': 'Consola del moderador',
  'host.attendeesConnected': {
    one: '{number} participante conectado',
    many: '{number} participantes conectados',
    other: '{number} participantes conectados',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': {
    one: '{count} participante',
    many: '{count} participantes',
    other: '{count} participantes',
  },
  'host.status.online': 'En vivo',
  'host.status.connecting': 'Conectando…',
  'host.status.offline': 'Reconectando…',
  'host.status.closed': 'Desconectado',
  'host.connecting': 'Conectando con tu evento…',
  'host.offlineBanner':
    'Conexión perdida — reconectando… Los recuentos en vivo y la asistencia se pausan hasta que vuelva.',
  'host.cancel': 'Cancelar',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Código del evento {code}',
  'host.pollCount': {
    one: '{count} encuesta',
    many: '{count} encuestas',
    other: '{count} encuestas',
  },
  'host.openCount': {
    one: '{count} abierta a votación',
    many: '{count} abiertas a votación',
    other: '{count} abiertas a votación',
  },
  'host.polls': 'Encuestas',
  'host.newPoll': 'Nueva encuesta',
  'host.noPolls': 'Aún no hay encuestas',
  'host.noPollsText':
    'Escribe tu primera pregunta. Es un borrador que solo tú ves hasta que lo abras o lo muestres en pantalla; los participantes votan en la encuesta que está abierta y en pantalla.',
  'host.createPoll': 'Crear una encuesta',

  // The host console: renaming the event
  'host.title.rename': 'Renombrar evento',
  'host.title.label': 'Título del evento',
  'host.title.save': 'Guardar',
  'host.title.empty': 'El evento necesita un título.',
  'host.title.tooLong': {
    one: 'El título tiene {count} carácter; el límite es {limit}.',
    many: 'El título tiene {count} caracteres; el límite es {limit}.',
    other: 'El título tiene {count} caracteres; el límite es {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title': 'Guarda este enlace: es la única forma de volver a moderar este evento.',
  'host.keyNotice.text':
    'No hay cuentas: cualquiera con el enlace de esta página puede dirigir el evento, y nadie puede recuperarlo si se pierde. Guárdalo en marcadores o en un gestor de contraseñas.',
  'host.keyNotice.saved': 'Ya lo he guardado',
  'host.copyHostLink': 'Copiar enlace de moderador',

  // The host console: a poll's card
  'host.card.number': 'Encuesta {number}',
  'host.card.draft': 'Borrador',
  'host.card.open': 'Abierta',
  'host.card.closed': 'Cerrada',
  'host.card.onScreen': 'En pantalla',
  'host.card.resultsHidden': 'Resultados ocultos',
  'host.card.edit': 'Editar',
  'host.card.duplicate': 'Duplicar',
  'host.card.downloadImage': 'Descargar imagen',
  'host.card.downloadImageTitle': 'Descargar los resultados como imagen (PNG) para diapositivas',
  'host.card.reset': 'Reiniciar',
  'host.card.resetTitle': 'Reiniciar votos',
  'host.card.delete': 'Eliminar',
  'host.card.deleteTitle': 'Eliminar encuesta',
  'host.card.hintNotOpen':
    'En pantalla, pero la votación aún no está abierta: los participantes ven la pregunta y esperan.',
  'host.card.hintNotOnScreen':
    'Abierta, pero no en pantalla: los participantes solo ven la encuesta que está en pantalla.',
  'host.card.hintClosed':
    'Votación cerrada: los participantes y la pantalla muestran los resultados finales.',
  'host.card.hintClosedHidden':
    'Votación cerrada, resultados ocultos: los participantes y la pantalla no muestran cifras.',
  'host.card.openVoting': 'Abrir votación',
  'host.card.closeVoting': 'Cerrar votación',
  'host.card.reopenVoting': 'Reabrir votación',
  'host.card.putOnScreen': 'Mostrar en pantalla',
  'host.card.takeOffScreen': 'Quitar de pantalla',
  'host.card.showResults': 'Mostrar resultados',
  'host.card.hideResults': 'Ocultar resultados',
  'host.card.voters': {
    one: '{number} votante',
    many: '{number} votantes',
    other: '{number} votantes',
  },

  // The host console: the poll editor
  'host.editor.newTitle': 'Nueva encuesta',
  'host.editor.editTitle': 'Editar encuesta',
  'host.editor.close': 'Cerrar',
  'host.editor.question': 'Pregunta',
  'host.editor.questionPlaceholder': '¿Qué quieres preguntar?',
  'host.editor.questionEmpty': 'Escribe la pregunta que responderán los participantes.',
  'host.editor.questionTooLong': {
    one: 'La pregunta tiene {count} carácter; el límite es {limit}.',
    many: 'La pregunta tiene {count} caracteres; el límite es {limit}.',
    other: 'La pregunta tiene {count} caracteres; el límite es {limit}.',
  },
  'host.editor.kind': 'Los participantes responden con',
  'host.editor.kindFixed': 'El tipo de una encuesta no se puede cambiar una vez creada.',
  'host.editor.allowChange': 'Los participantes pueden cambiar su voto',
  'host.editor.allowChangeHint':
    'Mientras la encuesta esté abierta. Desactivado: el primer voto es definitivo.',
  'host.editor.fixToCreate': 'Corrige los campos marcados para crear la encuesta.',
  'host.editor.fixToSave': 'Corrige los campos marcados para guardar la encuesta.',
  'host.editor.create': 'Crear encuesta',
  'host.editor.save': 'Guardar cambios',
  'host.editor.saving': 'Guardando…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Escribe {phrase} para confirmar',
  'host.confirm.working': 'Procesando…',
  'host.resetPoll.title': '¿Reiniciar esta encuesta?',
  'host.resetPoll.confirm': 'Reiniciar votos',
  'host.resetPoll.text': {
    one: 'Se borrará su {count} voto y todos los participantes podrán volver a votar. La encuesta conserva su pregunta, opciones y estado.',
    many: 'Se borrarán sus {count} votos y todos los participantes podrán volver a votar. La encuesta conserva su pregunta, opciones y estado.',
    other:
      'Se borrarán sus {count} votos y todos los participantes podrán volver a votar. La encuesta conserva su pregunta, opciones y estado.',
  },
  'host.deletePoll.title': '¿Eliminar esta encuesta?',
  'host.deletePoll.confirm': 'Eliminar encuesta',
  'host.deletePoll.text': {
    one: 'La encuesta y su {count} voto se eliminarán para siempre.',
    many: 'La encuesta y sus {count} votos se eliminarán para siempre.',
    other: 'La encuesta y sus {count} votos se eliminarán para siempre.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'La encuesta y su {count} voto se eliminarán para siempre, y saldrá de la pantalla de presentación.',
    many: 'La encuesta y sus {count} votos se eliminarán para siempre, y saldrá de la pantalla de presentación.',
    other:
      'La encuesta y sus {count} votos se eliminarán para siempre, y saldrá de la pantalla de presentación.',
  },
  'host.deleteEvent.title': '¿Eliminar este evento?',
  'host.deleteEvent.confirm': 'Eliminar evento',
  'host.deleteEvent.text':
    'Todas sus encuestas, votos y participantes se eliminarán para siempre. Los teléfonos y la pantalla de presentación recibirán el aviso de que el evento ha terminado. No se puede deshacer; exporta antes el CSV si necesitas los votos.',
  'host.newRound.title': '¿Empezar una nueva ronda?',
  'host.newRound.confirm': 'Reiniciar puntuaciones',
  'host.newRound.text': {
    one: 'La {count} pregunta del quiz vuelve a borrador, se borran sus respuestas y todas las puntuaciones de la clasificación vuelven a cero. No se puede deshacer.',
    many: 'Las {count} preguntas del quiz vuelven a borrador, se borran sus respuestas y todas las puntuaciones de la clasificación vuelven a cero. No se puede deshacer.',
    other:
      'Las {count} preguntas del quiz vuelven a borrador, se borran sus respuestas y todas las puntuaciones de la clasificación vuelven a cero. No se puede deshacer.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Cerrar',
  'host.toast.pollCreated': 'Encuesta creada: ábrela cuando quieras',
  'host.toast.pollDuplicated': 'Encuesta duplicada como nuevo borrador al final de la lista',
  'host.toast.votesCleared': 'Votos borrados',
  'host.toast.pollDeleted': 'Encuesta eliminada',
  'host.toast.newRound':
    'Nueva ronda: todas las preguntas del quiz se han reiniciado y las puntuaciones están a cero',
  'host.toast.csvDownloaded': 'CSV descargado',
  'host.toast.imageDownloaded': 'Imagen de los resultados descargada',
  'host.copy.hostLinkDone': 'Enlace de moderador copiado',
  'host.copy.hostLinkFailed': 'No se pudo copiar: selecciona el enlace de moderador y cópialo',
  'host.copy.joinLinkDone': 'Enlace para unirse copiado',
  'host.copy.joinLinkFailed': 'No se pudo copiar: selecciona el enlace para unirse y cópialo',
  'host.copy.presenterLinkDone': 'Enlace de presentación copiado',
  'host.copy.presenterLinkFailed':
    'No se pudo copiar: selecciona el enlace de presentación y cópialo',
  'host.copy.qrDone': 'Código QR copiado como imagen',
  'host.copy.qrFailed': 'Este navegador no puede copiar imágenes: usa Descargar',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'No se pudo abrir la encuesta',
  'host.failed.closePoll': 'No se pudo cerrar la encuesta',
  'host.failed.changeScreen': 'No se pudo cambiar lo que hay en pantalla',
  'host.failed.showResults': 'No se pudieron mostrar los resultados',
  'host.failed.hideResults': 'No se pudieron ocultar los resultados',
  'host.failed.createPoll': 'No se pudo crear la encuesta',
  'host.failed.duplicatePoll': 'No se pudo duplicar la encuesta',
  'host.failed.savePoll': 'No se pudo guardar la encuesta',
  'host.failed.resetPoll': 'No se pudo reiniciar la encuesta',
  'host.failed.deletePoll': 'No se pudo eliminar la encuesta',
  'host.failed.renameEvent': 'No se pudo renombrar el evento',
  'host.failed.changeScreenSetting': 'No se pudo cambiar el ajuste de la pantalla',
  'host.failed.showLeaderboard': 'No se pudo mostrar la clasificación',
  'host.failed.hideLeaderboard': 'No se pudo ocultar la clasificación',
  'host.failed.newRound': 'No se pudo empezar una nueva ronda',
  'host.failed.exportVotes': 'No se pudieron exportar los votos',
  'host.failed.downloadImage': 'No se pudo descargar la imagen de los resultados',
  'host.failed.deleteEvent': 'No se pudo eliminar el evento',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    'Las opciones no se pueden editar tras el primer voto: reinicia antes la encuesta.',
  'host.error.invalid_state':
    'Esa encuesta ha cambiado desde la última vez que esta página la vio. Vuelve a intentarlo.',
  'host.error.poll_not_found':
    'Esa encuesta ya no existe: puede que se haya eliminado en otra pestaña.',
  'host.error.event_not_found': 'Este evento ya no existe.',
  'host.error.unauthorized':
    'Esta acción necesita la clave de moderador. Vuelve a abrir el enlace de moderador completo.',
  'host.error.forbidden': 'La clave de moderador de este enlace ya no es válida para este evento.',
  'host.error.rate_limited':
    'Demasiados cambios a la vez: espera un momento y vuelve a intentarlo.',
  'host.error.payload_too_large': 'Es demasiado texto para una sola encuesta.',
  'host.error.network_error':
    'No se puede conectar con el servidor de voxpop. Revisa tu conexión y vuelve a intentarlo.',
  'host.error.export_failed': 'Error al exportar. Inténtalo de nuevo en un momento.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Vuelve a intentarlo.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'Este enlace de moderador no es válido para el evento {code}: comprueba que copiaste el enlace completo',
  'host.problem.wrongKeyText':
    'La parte que sigue a #key= no corresponde a este evento. Abre el enlace de moderador tal como lo guardaste al crear el evento.',
  'host.problem.missingKey':
    'Este enlace de moderador está incompleto para el evento {code}: comprueba que copiaste el enlace completo',
  'host.problem.missingKeyText':
    'Un enlace de moderador termina en #key= seguido de una clave secreta larga. Sin ella, esta página no puede moderar el evento. Los participantes se unen con el enlace del evento.',
  'host.problem.noEvent': 'No existe el evento {code}',
  'host.problem.noEventText':
    'Revisa los seis dígitos del enlace. También es posible que el evento se haya eliminado.',
  'host.problem.deleted': 'Este evento se ha eliminado',
  'host.problem.deletedText':
    'Sus encuestas, votos y participantes ya no existen. Se ha avisado a los participantes y a la pantalla de presentación.',
  'host.problem.unreachable': 'No se puede conectar con el servidor de voxpop',
  'host.problem.unreachableText': 'Revisa tu conexión y luego recarga esta página.',
  'host.problem.badLink': 'Este no es un enlace de moderador',
  'host.problem.badLinkText':
    'Un enlace de moderador tiene la forma /host/123456#key=…: comprueba que copiaste el enlace completo.',
  'host.problem.newEvent': 'Crear un evento nuevo',
  'host.problem.home': 'Ir a voxpop',

  // The host console: the side panel
  'host.side.label': 'Compartir y ajustes del evento',
  'host.side.invite': 'Invitar a participantes',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Ve a {host} y escribe',
  'host.side.qrAlt': 'Código QR que abre el enlace para unirse al evento {code}',
  'host.side.copy': 'Copiar',
  'host.side.joinLink': 'Enlace para unirse',
  'host.side.copyJoinLink': 'Copiar enlace para unirse',
  'host.side.qrCode': 'Código QR',
  'host.side.copyQr': 'Copiar código QR como imagen',
  'host.side.open': 'Abrir',
  'host.side.openQr': 'Abrir código QR en una pestaña nueva',
  'host.side.download': 'Descargar',
  'host.side.downloadQr': 'Descargar código QR',
  'host.side.screen': 'Pantalla de presentación',
  'host.side.screenHint':
    'Para el proyector o la transmisión. Sigue sola la encuesta que muestres en pantalla.',
  'host.side.presenterLink': 'Enlace de presentación',
  'host.side.copyPresenterLink': 'Copiar enlace de presentación',
  'host.side.openScreen': 'Abrir pantalla de presentación',
  'host.side.showStats': 'Mostrar el margen de error en pantalla',
  'host.side.showStatsHint': 'Añade «±N puntos» (95 % de confianza) bajo los resultados.',
  'host.side.data': 'Resultados y acceso',
  'host.side.export': 'Exportar CSV',
  'host.side.exporting': 'Preparando…',
  'host.side.exportHint': 'Todos los votos actuales, uno por fila, para una hoja de cálculo.',
  'host.side.hostLinkHint': 'Privado: quien lo tenga puede moderar este evento.',
  'host.side.danger': 'Zona de peligro',
  'host.side.dangerHint':
    'Eliminar el evento borra para siempre sus encuestas, votos y participantes.',
  'host.side.deleteEvent': 'Eliminar evento',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Clasificación del quiz',
  'leaderboard.title': 'Clasificación',
  'leaderboard.loading': 'Cargando las puntuaciones…',
  'leaderboard.failed': 'No se pudieron cargar las puntuaciones.',
  'leaderboard.panelEmpty':
    'Aún no hay puntuaciones: se suman a medida que se cierran las preguntas del quiz.',
  'leaderboard.screenEmpty':
    'Aún no hay puntuaciones: responde una pregunta del quiz para entrar en la clasificación.',
  'leaderboard.topScores': 'Mejores puntuaciones',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Los tres primeros',
  'leaderboard.rest': 'Del 4.º puesto en adelante',
  'leaderboard.putOn': 'Mostrar la clasificación en pantalla',
  'leaderboard.takeOff': 'Quitar la clasificación de pantalla',
  'leaderboard.offScreenHint': 'Se muestra en lugar de la encuesta en la pantalla de presentación.',
  'leaderboard.onScreenHint':
    'La pantalla de presentación muestra la clasificación. Al mostrar una encuesta en pantalla, se quita.',
  'leaderboard.newRound': 'Nueva ronda',
  'leaderboard.newRoundHint': {
    one: 'Reinicia la {count} pregunta del quiz: respuestas y puntuaciones vuelven a cero.',
    many: 'Reinicia las {count} preguntas del quiz: respuestas y puntuaciones vuelven a cero.',
    other: 'Reinicia las {count} preguntas del quiz: respuestas y puntuaciones vuelven a cero.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Moderación',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'aprobación previa',
  'editor.moderation.post': 'publicación inmediata',
  'editor.options.legend': 'Opciones',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} de {max}',
  'editor.options.locked':
    'Las opciones no se pueden editar tras el primer voto: reinicia antes la encuesta.',
  'editor.options.option': 'Opción {number}',
  'editor.options.remove': 'Quitar la opción {number}',
  'editor.options.add': 'Añadir opción',
  'editor.options.full': {
    one: 'Una encuesta puede tener como máximo {count} opción.',
    many: 'Una encuesta puede tener como máximo {count} opciones.',
    other: 'Una encuesta puede tener como máximo {count} opciones.',
  },
  'editor.options.enterHint': 'Pulsa Enter en una opción para añadir la siguiente.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'Una opción',
  'editor.single.hint': 'Opción única',
  'editor.single.label': 'Opción única',
  'editor.multiple.title': 'Varias opciones',
  'editor.multiple.hint': 'Opción múltiple',
  'editor.multiple.label': 'Opción múltiple',
  'editor.multiple.labelUpTo': 'Opción múltiple · hasta {max}',
  'editor.multiple.footnote': 'Porcentaje de votantes; un votante puede elegir varias opciones.',
  'editor.choice.maxChoices': 'Cada participante puede elegir',
  'editor.choice.anyNumber': 'Cualquier número de opciones',
  'editor.choice.upTo': {
    one: 'Hasta {count} opción',
    many: 'Hasta {count} opciones',
    other: 'Hasta {count} opciones',
  },
  'editor.choice.tooMany': {
    one: 'Los participantes no pueden elegir {max} de {count} opción.',
    many: 'Los participantes no pueden elegir {max} de {count} opciones.',
    other: 'Los participantes no pueden elegir {max} de {count} opciones.',
  },

  // The editor: rating
  'editor.rating.title': 'Una valoración',
  'editor.rating.hint': 'Escala de valoración',
  'editor.rating.label': 'Valoración · 1 a {max}',
  'editor.rating.scale': 'Escala',
  'editor.rating.size': '1 a {max}',
  'editor.rating.sizeStars': '1 a {max} (estrellas)',
  'editor.rating.locked':
    'La escala queda fijada tras la primera respuesta: reinicia antes la encuesta.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Palabra para el {value} (opcional)',
  'editor.rating.lowExample': 'p. ej., Nada',
  'editor.rating.highExample': 'p. ej., Totalmente',
  'editor.rating.wordTooLong': {
    one: '{count} carácter; la palabra de una escala tiene como máximo {limit}.',
    many: '{count} caracteres; la palabra de una escala tiene como máximo {limit}.',
    other: '{count} caracteres; la palabra de una escala tiene como máximo {limit}.',
  },
  'editor.rating.sizeProblem': 'Una escala va de 1 a {min}–{max}.',
  'editor.rating.summary': 'Promedio {average} / {max} · mediana {median}',

  // The editor: ranking
  'editor.ranking.title': 'Un orden',
  'editor.ranking.hint': 'Ranking',
  'editor.ranking.label': {
    one: 'Ranking · {count} opción',
    many: 'Ranking · {count} opciones',
    other: 'Ranking · {count} opciones',
  },
  'editor.ranking.footnote': {
    one: 'Recuento Borda: el primer puesto suma {count} punto y cada puesto inferior, uno menos.',
    many: 'Recuento Borda: el primer puesto suma {count} puntos y cada puesto inferior, uno menos.',
    other:
      'Recuento Borda: el primer puesto suma {count} puntos y cada puesto inferior, uno menos.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'Unas palabras',
  'editor.wordcloud.hint': 'Nube de palabras',
  'editor.wordcloud.labelOne': 'Nube de palabras · 1 palabra',
  'editor.wordcloud.labelUpTo': {
    one: 'Nube de palabras · hasta {count} palabra',
    many: 'Nube de palabras · hasta {count} palabras',
    other: 'Nube de palabras · hasta {count} palabras',
  },
  'editor.wordcloud.count': 'Cada participante envía',
  'editor.wordcloud.one': 'Una palabra',
  'editor.wordcloud.upTo': {
    one: 'Hasta {count} palabra',
    many: 'Hasta {count} palabras',
    other: 'Hasta {count} palabras',
  },
  'editor.wordcloud.locked':
    'Solo se pueden reducir las palabras antes de la primera respuesta: reinicia antes la encuesta.',
  'editor.wordcloud.countProblem': 'Cada participante envía de {min} a {max} palabras.',
  'editor.wordcloud.filter': 'Filtrar lenguaje ofensivo',
  'editor.wordcloud.filterHint':
    'Las palabras que detecta solo te llegan a ti, marcadas; los participantes y la pantalla nunca las ven.',

  // The editor: open text
  'editor.text.title': 'Una respuesta escrita',
  'editor.text.hint': 'Respuesta abierta',
  'editor.text.label': 'Respuesta abierta · {moderation}',
  'editor.text.maxLength': 'Respuesta más larga (caracteres)',
  'editor.text.maxLengthHint': 'De {min} a {max}; {default} da para unas pocas frases.',
  'editor.text.maxLengthLocked':
    'La encuesta tiene respuestas: el límite puede subir, no bajar (reinicia antes la encuesta).',
  'editor.text.maxLengthProblem': 'Indica un número entero de caracteres de {min} a {max}.',
  'editor.text.postTitle': 'Mostrar las respuestas al instante (puedes ocultarlas)',
  'editor.text.postHint': 'Cada respuesta va al muro en cuanto llega.',
  'editor.text.preTitle': 'Aprobar cada respuesta antes',
  'editor.text.preHint': 'Nada llega al muro hasta que lo apruebes.',

  // The editor: audience Q&A
  'editor.qa.title': 'Preguntar y votar',
  'editor.qa.hint': 'Preguntas del público',
  'editor.qa.label': 'Preguntas del público · {moderation}',
  'editor.qa.postTitle': 'Mostrar las preguntas al instante (puedes ocultarlas)',
  'editor.qa.postHint': 'Cada pregunta llega a la lista en cuanto se hace.',
  'editor.qa.preTitle': 'Aprobar cada pregunta antes',
  'editor.qa.preHint': 'Nada llega a la lista hasta que lo apruebes.',

  // The editor: quiz
  'editor.quiz.title': 'Un quiz',
  'editor.quiz.hint': 'Con tiempo y puntos',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Quiz · {time} · {points} pts',
  'editor.quiz.correct': 'Correcta',
  'editor.quiz.correctOption': 'Correcta: opción {number}',
  'editor.quiz.noCorrect': 'Marca al menos una opción como correcta.',
  'editor.quiz.time': 'Tiempo para responder',
  'editor.quiz.timeProblem': 'El tiempo límite es de {min} a {max} segundos.',
  'editor.quiz.points': 'Puntos por respuesta correcta',
  'editor.quiz.pointsHint':
    'Todos si se responde al instante; la mitad en el último segundo. Una respuesta incorrecta suma 0.',
  'editor.quiz.pointsNotWhole': 'Indica los puntos con un número entero, de {min} a {max}.',
  'editor.quiz.pointsRange': 'Los puntos van de {min} a {max}.',
  'editor.quiz.locked':
    'Ya hay respuestas: las opciones, la respuesta correcta, el tiempo y los puntos quedan fijados hasta que reinicies la pregunta.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (correcta)',
  'editor.quiz.footnote':
    'Solo tú ves los recuentos y la respuesta correcta hasta que se acabe el tiempo.',
  'editor.quiz.answered': {
    one: '{count} ha respondido',
    many: '{count} han respondido',
    other: '{count} han respondido',
  },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': {
    one: '{number} pendiente',
    many: '{number} pendientes',
    other: '{number} pendientes',
  },
  'desk.hiddenCount': {
    one: '{number} oculta',
    many: '{number} ocultas',
    other: '{number} ocultas',
  },
  'desk.queue': 'Pendientes de aprobación',
  'desk.queueEmpty': 'Nada pendiente.',
  'desk.hiddenTitle': 'Ocultas ({count})',
  'desk.approve': 'Aprobar',
  'desk.hide': 'Ocultar',
  'desk.showAgain': 'Volver a mostrar',
  'desk.showAll': { one: 'Ver {count}', many: 'Ver las {count}', other: 'Ver las {count}' },
  'desk.showFewer': 'Ver menos',
  'desk.text.shown': {
    one: '{number} visible',
    many: '{number} visibles',
    other: '{number} visibles',
  },
  'desk.text.wall': 'En el muro',
  'desk.text.wallEmpty': 'Aún no hay respuestas en el muro.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys':
    'Teclas en una respuesta seleccionada: {a} aprobar · {h} ocultar · {j} {k} o flechas para moverte',
  'desk.qa.open': {
    one: '{number} abierta',
    many: '{number} abiertas',
    other: '{number} abiertas',
  },
  'desk.qa.answeredCount': {
    one: '{number} respondida',
    many: '{number} respondidas',
    other: '{number} respondidas',
  },
  'desk.qa.openTitle': 'Preguntas abiertas, las más votadas primero',
  'desk.qa.openEmpty': 'No hay preguntas abiertas.',
  'desk.qa.answeredTitle': 'Respondidas',
  'desk.qa.answered': 'Respondida',
  'desk.qa.notAnswered': 'Sin responder',
  'desk.qa.highlight': 'Destacar',
  'desk.qa.onScreen': 'En pantalla',
  'desk.qa.upvotesOnScreen': '{upvotes} · en pantalla ahora',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Teclas en una pregunta seleccionada: {a} aprobar · {h} ocultar · {d} respondida · {s} destacar en pantalla · {j} {k} o flechas para moverte',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'Aún no hay palabras.',
  'desk.wordcloud.filtered': 'filtrada',
  'desk.wordcloud.hidden': 'oculta',
  'desk.wordcloud.hideTitle': 'Ocultar a la sala',
  'desk.wordcloud.showTitle': 'Volver a mostrar a la sala',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: ocultar',
  'desk.wordcloud.flaggedWord': '{word}, {count}, filtrada por lenguaje ofensivo: ocultar',
  'desk.wordcloud.hiddenWord': '{word}, {count}, oculta: volver a mostrar',
  'desk.wordcloud.flaggedHiddenWord':
    '{word}, {count}, filtrada por lenguaje ofensivo, oculta: volver a mostrar',
  'desk.wordcloud.showAll': {
    one: 'Ver {count} palabra',
    many: 'Ver las {count} palabras',
    other: 'Ver las {count} palabras',
  },
  'desk.wordcloud.showFewer': 'Ver menos palabras',
  'desk.wordcloud.footnote':
    'Haz clic en una palabra para ocultarla a los participantes y a la pantalla, y otra vez para mostrarla.',
  'desk.wordcloud.footnoteFiltered':
    'Haz clic en una palabra para ocultarla a los participantes y a la pantalla, y otra vez para mostrarla. «Filtrada»: retenida por el filtro de lenguaje ofensivo.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'No se pudo aprobar la pregunta',
  'desk.failed.hideQuestion': 'No se pudo ocultar la pregunta',
  'desk.failed.markAnswered': 'No se pudo marcar la pregunta como respondida',
  'desk.failed.highlightQuestion': 'No se pudo destacar la pregunta',
  'desk.failed.unhighlightQuestion': 'No se pudo quitar la pregunta de la pantalla',
  'desk.failed.approveAnswer': 'No se pudo aprobar la respuesta',
  'desk.failed.hideAnswer': 'No se pudo ocultar la respuesta',
  'desk.failed.hideWord': 'No se pudo ocultar la palabra',
  'desk.failed.showWord': 'No se pudo volver a mostrar la palabra',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Conectando…',
  'present.status.online': 'En vivo',
  'present.status.offline': 'Reconectando…',
  'present.status.closed': 'Sin conexión',
  'present.fullScreen': 'Pantalla completa',
  'present.badLink': 'Este no es un enlace de presentación',
  'present.badLinkDetail':
    'Un enlace de presentación tiene la forma /present/123456. Pide al moderador el enlace del evento.',
  'present.noEvent': 'No hay ningún evento con el código {code}',
  'present.noEventDetail':
    'Revisa el enlace: puede que el evento se haya eliminado o que el código esté mal escrito.',
  'present.ended': 'Este evento ha terminado',
  'present.endedDetail': 'Gracias por participar.',
  'present.connecting': 'Conectando con el evento {code}…',
  'present.opensSoon': 'La votación se abre pronto',
  'present.resultsSoon': 'Los resultados se mostrarán pronto',
  'present.votingClosed': 'Votación cerrada',
  'present.noVotes': 'Aún no hay votos',
  'present.voters': { one: '{count} votante', many: '{count} votantes', other: '{count} votantes' },
  /** Attendees connected: "367 present". */
  'present.present': {
    one: '{count} presente',
    many: '{count} presentes',
    other: '{count} presentes',
  },
  'present.turnout': {
    one: '{percent} de {count} presente',
    many: '{percent} de {count} presentes',
    other: '{percent} de {count} presentes',
  },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'Cómo unirse',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Únete en',
  'present.withCode': 'con el código',
  'present.joinAt': 'Únete en {host}',
  'present.qrAlt': 'Código QR que abre la página de votación del código {code}',
  'present.waiting': 'La primera pregunta aparecerá aquí',
  'present.waitingJoined': {
    one: 'La primera pregunta aparecerá aquí · {count} persona se ha unido',
    many: 'La primera pregunta aparecerá aquí · {count} personas se han unido',
    other: 'La primera pregunta aparecerá aquí · {count} personas se han unido',
  },
  'present.scan': 'Escanea para unirte',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'La encuesta {id} no está disponible',
  'present.pin.missingDetail':
    'Este evento no tiene ninguna encuesta pública con ese número: puede que no exista, que se haya eliminado o que sea un borrador que el moderador aún no ha abierto. Aparecerá aquí en cuanto se publique.',
  'present.pin.invalid': '«{value}» no es un número de encuesta',
  'present.pin.invalidDetail':
    'Para quedarte en una encuesta, pon su número en el enlace, por ejemplo ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: respuestas, las más recientes primero',
  'present.wall.newAnswer': 'Nueva respuesta: {text}',
  'present.wall.newAnswers': {
    one: '{count} respuesta nueva. La más reciente: {text}',
    many: '{count} respuestas nuevas. La más reciente: {text}',
    other: '{count} respuestas nuevas. La más reciente: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Idiomas',
  'host.languages.screen': 'Idioma del evento y de la pantalla',
  'host.languages.screenHint':
    'La pantalla de presentación usa este idioma; cada teléfono y esta consola usan el suyo.',
  'host.languages.further': 'Traducir las encuestas a',
  'host.languages.furtherHint':
    'El editor de cada encuesta pedirá su texto en estos idiomas. Los teléfonos en un idioma sin traducción muestran el original.',
  'host.languages.alternate': 'Alternar idiomas en pantalla',
  'host.languages.alternateHint':
    'La pantalla muestra cada idioma por turnos, {seconds} segundos cada uno.',
  'host.failed.changeLanguages': 'No se pudieron cambiar los idiomas del evento',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Webhooks',
  'host.webhooks.hint':
    'voxpop envía un POST firmado a cada dirección cuando una encuesta se abre o se cierra, o cuando se elimina el evento.',
  'host.webhooks.loading': 'Cargando los webhooks…',
  'host.webhooks.loadFailed': 'No se pudieron cargar los webhooks; se volverá a intentar en breve.',
  'host.webhooks.empty': 'Aún no hay webhooks.',
  'host.webhooks.list': 'Los webhooks del evento',
  'host.webhooks.events': 'Se envía al',
  'host.webhooks.pollOpened': 'Encuesta abierta',
  'host.webhooks.pollClosed': 'Encuesta cerrada',
  'host.webhooks.eventDeleted': 'Evento eliminado',
  'host.webhooks.none': 'Aún no hay entregas',
  'host.webhooks.sending': 'Enviando…',
  'host.webhooks.delivered': 'Entregado',
  'host.webhooks.failed': 'Error',
  'host.webhooks.failedBecause': 'Error: {error}',
  'host.webhooks.retrying': {
    one: 'reintentando ({count} pendiente)',
    many: 'reintentando ({count} pendientes)',
    other: 'reintentando ({count} pendientes)',
  },
  'host.webhooks.pending': {
    one: '{count} más por enviar',
    many: '{count} más por enviar',
    other: '{count} más por enviar',
  },
  'host.webhooks.justNow': 'ahora mismo',
  'host.webhooks.remove': 'Quitar',
  'host.webhooks.removeLabel': 'Quitar el webhook {url}',
  'host.webhooks.removeTitle': '¿Quitar este webhook?',
  'host.webhooks.removeText':
    'voxpop deja de enviar a esta dirección y se descartan las entregas que aún esperaban.',
  'host.webhooks.removeConfirm': 'Quitar webhook',
  'host.webhooks.add': 'Añadir webhook',
  'host.webhooks.adding': 'Añadiendo…',
  'host.webhooks.url': 'Dirección (URL)',
  'host.webhooks.sendOn': 'Enviar cuando',
  'host.webhooks.needUrl': 'Escribe la dirección a la que enviar.',
  'host.webhooks.needEvent': 'Marca al menos una casilla.',
  'host.webhooks.secret': 'Secreto de firma para {url}',
  'host.webhooks.secretHint':
    'Se muestra una sola vez: verifica con él las entregas (X-Voxpop-Signature: HMAC-SHA256 del cuerpo).',
  'host.webhooks.copySecret': 'Copiar el secreto de firma',
  'host.webhooks.secretCopied': 'Secreto de firma copiado',
  'host.webhooks.secretCopyFailed': 'No se pudo copiar: selecciona el secreto y cópialo',
  'host.webhooks.done': 'Listo',
  'host.failed.addWebhook': 'No se pudo añadir el webhook',
  'host.failed.removeWebhook': 'No se pudo quitar el webhook',

  // The poll editor's translations
  'host.translations.title': 'Traducciones',
  'host.translations.hint':
    'Deja una opción en blanco para mostrar su original. Las palabras de los participantes nunca se traducen.',
  'host.translations.noLanguages':
    'Para traducir esta encuesta, elige idiomas en la tarjeta Idiomas.',
  'host.translations.translated': 'traducida',
  'host.translations.notTranslated': 'sin traducir',
  'host.translations.question': 'Pregunta',
  'host.translations.option': 'Opción {number}: {original}',
  'host.translations.scaleMin': 'Palabra para el valor más bajo',
  'host.translations.scaleMax': 'Palabra para el valor más alto',
  'host.translations.needQuestion': 'Traduce también la pregunta o borra este idioma.',
  'host.translations.questionTooLong': 'La pregunta traducida supera los {limit} caracteres.',
  'host.translations.optionTooLong': 'Una opción traducida supera los {limit} caracteres.',
  'host.translations.scaleTooLong':
    'Una palabra de la escala traducida supera los {limit} caracteres.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} carácter; una opción tiene como máximo {max}.',
    many: '{count} caracteres; una opción tiene como máximo {max}.',
    other: '{count} caracteres; una opción tiene como máximo {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Añade al menos {count} opción.',
    many: 'Añade al menos {count} opciones.',
    other: 'Añade al menos {count} opciones.',
  },
  'editor.tooManyOptions': {
    one: 'Una encuesta tiene como máximo {count} opción.',
    many: 'Una encuesta tiene como máximo {count} opciones.',
    other: 'Una encuesta tiene como máximo {count} opciones.',
  },
  'editor.duplicateOption': '«{option}» aparece dos veces; cada opción debe ser distinta.',
} satisfies StaffCatalogue;

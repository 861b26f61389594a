/** Spanish: what a phone reads first (see ../en/attendee.ts). */
import type { AttendeeCatalogue } from '../types.js';

export default {
  // The language menu
  'language.label': 'Idioma',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Traducido',
  'vote.originalShown': 'Original',
  'vote.showOriginal': 'Ver original',
  'vote.showTranslation': 'Ver en {language}',

  // Words every page uses
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.loading': 'Cargando…',
  'common.sending': 'enviando…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'carácter', many: 'caracteres', other: 'caracteres' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}.º',
  'common.ordinal.two': '{n}.º',
  'common.ordinal.few': '{n}.º',
  'common.ordinal.many': '{n}.º',
  'common.ordinal.other': '{n}.º',

  // The connection dot on the vote page
  'connection.live': 'En vivo',
  'connection.connecting': 'Conectando…',
  'connection.offline': 'Sin conexión',
  'connection.closed': 'Desconectado',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'La votación está cerrada. Tu voto no se ha contado.',
  'error.poll_not_open': 'La votación aún no está abierta. Inténtalo de nuevo en un momento.',
  'error.vote_locked': 'Ya has votado en esta pregunta y aquí no se puede cambiar el voto.',
  'error.invalid_choice': 'Esa opción no es válida para esta pregunta. Vuelve a elegir.',
  'error.invalid_answer':
    'Esta respuesta no es válida para esta pregunta. Revísala y envíala de nuevo.',
  'error.poll_not_found': 'El moderador ha retirado esta pregunta.',
  'error.rate_limited': 'Demasiados toques a la vez. Espera un segundo y vuelve a intentarlo.',
  'error.shutting_down': 'El servidor se está reiniciando. Inténtalo de nuevo en un momento.',
  'error.store_unavailable':
    'El servidor no puede guardar votos ahora mismo. Tu voto se volverá a enviar.',
  'error.event_deleted': 'Este evento ha terminado.',
  'error.network_error':
    'No se puede conectar con voxpop. Revisa tu conexión y vuelve a intentarlo.',
  'error.voteFailed': 'No se ha podido contar tu voto. Vuelve a intentarlo.',
  'error.serverUnreachable': 'No se puede conectar con el servidor de voxpop. Revisa tu conexión.',
  'error.exportFailed': 'Error al exportar.',
  'error.http': 'Error HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'Inicio de voxpop',
  'join.title': 'Únete a una encuesta en vivo',
  'join.lead':
    'Escribe el código que aparece en pantalla para votar desde tu teléfono. Sin registro.',
  'join.codeLabel': 'Código del evento',
  'join.codeHelp': 'El código de 6 dígitos aparece en la pantalla de presentación.',
  'join.codeEmpty': 'Escribe el código de 6 dígitos que aparece en pantalla.',
  'join.codeShort': {
    one: 'Un código de evento tiene 6 dígitos; este tiene {count}.',
    many: 'Un código de evento tiene 6 dígitos; este tiene {count}.',
    other: 'Un código de evento tiene 6 dígitos; este tiene {count}.',
  },
  'join.join': 'Entrar',
  'join.joining': 'Entrando…',
  'join.error.event_not_found':
    'No hay ningún evento con el código {code}. Revisa el código en pantalla.',
  'join.error.rate_limited':
    'Demasiados intentos a la vez. Espera un momento y vuelve a intentarlo.',
  'join.lookupFailed': 'Algo salió mal al buscar el evento. Vuelve a intentarlo.',
  'join.demo': '¿No tienes código? {link}',
  'join.demoLink': 'Prueba la demo',
  'join.footer': 'voxpop · encuestas en vivo autoalojadas',

  // The join page: creating an event
  'join.organiserTitle': '¿Organizas un evento?',
  'join.organiserText':
    'Crea encuestas en vivo y muestra los resultados en la pantalla grande a medida que llegan los votos.',
  'join.createOpen': 'Crear un evento',
  'join.createNameLabel': 'Nombre del evento',
  'join.createNamePlaceholder': 'p. ej., Foro por la paz, día 1',
  'join.createNameMissing': 'Ponle un nombre a tu evento, por ejemplo «Asamblea vecinal, marzo».',
  'join.createTokenLabel': 'Token de acceso de organizador',
  'join.createUnauthorized':
    'En este servidor solo los organizadores pueden crear eventos. Escribe el token de acceso que te dieron.',
  'join.createForbidden': 'Ese token de acceso no es correcto. Revísalo y vuelve a intentarlo.',
  'join.createFailed': 'No se ha podido crear el evento. Vuelve a intentarlo.',
  'join.createHelp':
    'Recibirás un enlace privado de moderador para dirigir el evento. Guárdalo: es la única forma de volver a tus controles.',
  'join.createSubmit': 'Crear evento',
  'join.creating': 'Creando…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Votar — voxpop',
  'vote.eventMissing': 'No hay ningún evento con el código {code}',
  'vote.eventMissingHelp':
    'Revisa el código en pantalla y vuelve a intentarlo. Los códigos de evento tienen 6 dígitos.',
  'vote.invalidLink': 'Este enlace no tiene un código de evento válido',
  'vote.notACode': '«{code}» no es un código de evento. Los códigos de evento tienen 6 dígitos.',
  'vote.endedTitle': 'Este evento ha terminado',
  'vote.endedText': 'El moderador ha cerrado este evento. Gracias por participar.',
  'vote.enterAnotherCode': 'Escribir otro código',
  'vote.joiningEvent': 'Uniéndote al evento {code}…',
  'vote.joiningSlow':
    'Esto está tardando. Revisa tu conexión; seguimos intentándolo automáticamente.',
  'vote.reconnecting': 'Reconectando… tu voto se enviará cuando vuelvas a tener conexión.',
  'vote.eventCode': 'Código del evento {code}',
  'vote.joinAnother': 'Unirse a otro evento',
  'vote.notConnected': 'Sin conexión con el evento.',
  'vote.upNext': 'A continuación',
  'vote.upNextText': 'La votación se abre en un momento. Las respuestas aparecerán aquí solas.',
  'vote.waitingTitle': 'Esperando la siguiente pregunta',
  'vote.waitingText':
    'El moderador abrirá la siguiente pregunta. Aparecerá aquí sola, sin necesidad de recargar.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported':
    'Esta página no puede mostrar este tipo de pregunta. Recarga para volver a intentarlo.',
  'vote.badgeOpen': 'Votación abierta',
  'vote.badgeClosed': 'Votación cerrada',
  'vote.badgeNotOpen': 'Aún no abierta',
  'vote.sending': 'Enviando tu voto…',
  'vote.sendingOffline': 'Aún no enviado: esperando conexión…',
  'vote.counted': 'Tu voto se ha contado',
  'vote.countedClosed': 'Tu voto se contó',
  'vote.youChose': 'Tu elección: {choice}',
  'vote.didNotVote': 'No has votado en esta pregunta.',
  'vote.resultsNotShared': 'El moderador no ha compartido los resultados.',
  'vote.yourVote': 'Tu voto',
  'vote.answersCount': {
    one: '{count} respuesta',
    many: '{count} respuestas',
    other: '{count} respuestas',
  },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'La votación está cerrada.',
  'vote.hintNotOpen': 'La votación aún no está abierta.',
  'vote.voteFinal': 'Tu voto es definitivo.',
  'vote.canChange': 'Puedes cambiar tu voto hasta que se cierre la votación.',

  // Single and multiple choice
  'choice.ruleOne': 'Elige una',
  'choice.ruleAny': 'Elige las que quieras',
  'choice.ruleUpTo': {
    one: 'Elige hasta {count}',
    many: 'Elige hasta {count}',
    other: 'Elige hasta {count}',
  },
  'choice.tagAll': 'Elige todas las que correspondan',
  'choice.howSingle': 'Toca una respuesta para votar.',
  'choice.howSingleOnce': 'Toca una respuesta para votar. Una vez enviado, tu voto es definitivo.',
  'choice.howAny': 'Elige todas las que quieras y toca Enviar voto.',
  'choice.howAnyOnce':
    'Elige todas las que quieras y toca Enviar voto. Una vez enviado, tu voto es definitivo.',
  'choice.howUpTo': {
    one: 'Elige hasta {count} y toca Enviar voto.',
    many: 'Elige hasta {count} y toca Enviar voto.',
    other: 'Elige hasta {count} y toca Enviar voto.',
  },
  'choice.howUpToOnce': {
    one: 'Elige hasta {count} y toca Enviar voto. Una vez enviado, tu voto es definitivo.',
    many: 'Elige hasta {count} y toca Enviar voto. Una vez enviado, tu voto es definitivo.',
    other: 'Elige hasta {count} y toca Enviar voto. Una vez enviado, tu voto es definitivo.',
  },
  'choice.atLimit': {
    one: 'Ya tienes {count}, el máximo que puedes elegir. Para elegir otra, desmarca una antes.',
    many: 'Ya tienes {count}, el máximo que puedes elegir. Para elegir otra, desmarca una antes.',
    other: 'Ya tienes {count}, el máximo que puedes elegir. Para elegir otra, desmarca una antes.',
  },
  'choice.chosenCount': {
    one: '{count} de {max} elegida',
    many: '{count} de {max} elegidas',
    other: '{count} de {max} elegidas',
  },
  'choice.submit': 'Enviar voto',
  'choice.update': 'Actualizar mi voto',

  // Results, whatever the kind
  'results.title': 'Resultados',
  'results.liveTitle': 'Resultados en vivo',
  'results.voters': { one: '{count} votante', many: '{count} votantes', other: '{count} votantes' },
  'results.captionVoters': {
    one: '{caption} — {count} votante',
    many: '{caption} — {count} votantes',
    other: '{caption} — {count} votantes',
  },
  'results.option': 'Opción',
  'results.percent': 'Porcentaje',
  'results.votes': 'Votos',
  'results.votesCount': { one: '{count} voto', many: '{count} votos', other: '{count} votos' },
  'results.loadFailed':
    'No se han podido cargar los resultados. Recarga la página para volver a intentarlo.',
  'results.showAllOptions': {
    one: 'Ver {count} opción',
    many: 'Ver las {count} opciones',
    other: 'Ver las {count} opciones',
  },
  'results.showFewerOptions': 'Ver menos opciones',
  'results.showAllValues': {
    one: 'Ver {count} valor',
    many: 'Ver los {count} valores',
    other: 'Ver los {count} valores',
  },
  'results.showFewerValues': 'Ver menos valores',
} satisfies AttendeeCatalogue;

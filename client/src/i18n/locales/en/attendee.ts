/**
 * English, what a phone reads first: the join and vote pages, the choice
 * ballot (the common case, carried by the vote page) and the errors an
 * attendee can meet. The other kinds' words are in kinds.ts, fetched with
 * the kind's code. The presenter screen and the host console load this
 * file too. The keys of this file are the keys every language's
 * attendee.ts must have.
 */
export default {
  // The language menu
  'language.label': 'Language',

  // A translated poll on the phone: which text is shown, and the way to the other
  'vote.translated': 'Translated',
  'vote.originalShown': 'Original',
  'vote.showOriginal': 'Show original',
  'vote.showTranslation': 'Show in {language}',

  // Words every page uses
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.loading': 'Loading…',
  'common.sending': 'sending…',
  /** After "12 / 280", read aloud only; counted by the limit. */
  'common.characters': { one: 'characters', other: 'characters' },
  // Ordinals ("1st"), one per ordinal category of the language (Intl.PluralRules type
  // "ordinal": English uses one, two, few and other; fill the others with "other"'s form).
  'common.ordinal.one': '{n}st',
  'common.ordinal.two': '{n}nd',
  'common.ordinal.few': '{n}rd',
  'common.ordinal.many': '{n}th',
  'common.ordinal.other': '{n}th',

  // The connection dot on the vote page
  'connection.live': 'Live',
  'connection.connecting': 'Connecting…',
  'connection.offline': 'Offline',
  'connection.closed': 'Disconnected',

  // Why the server refused an answer (by the server's error code), and the client's own failures
  'error.poll_closed': 'Voting has closed. Your vote was not counted.',
  'error.poll_not_open': 'Voting has not opened yet. Try again in a moment.',
  'error.vote_locked': 'You have already voted on this question, and votes here cannot be changed.',
  'error.invalid_choice': 'That choice is not valid for this question. Please choose again.',
  'error.invalid_answer':
    'That answer cannot be accepted for this question. Check it and send it again.',
  'error.poll_not_found': 'This question was removed by the moderator.',
  'error.rate_limited': 'Too many taps at once. Wait a second and try again.',
  'error.shutting_down': 'The server is restarting. Try again in a moment.',
  'error.store_unavailable':
    'The server cannot save votes right now. Your vote will be sent again.',
  'error.event_deleted': 'This event has ended.',
  'error.network_error': 'Cannot reach voxpop. Check your connection and try again.',
  'error.voteFailed': 'Your vote could not be counted. Please try again.',
  'error.serverUnreachable': 'Cannot reach the voxpop server. Check your connection.',
  'error.exportFailed': 'The export failed.',
  'error.http': 'HTTP {status}',

  // The join page: the code entry
  'join.homeLabel': 'voxpop home',
  'join.title': 'Join a live poll',
  'join.lead': 'Enter the code from the screen to vote from your phone. No sign-up.',
  'join.codeLabel': 'Event code',
  'join.codeHelp': 'The 6-digit code is on the presenter’s screen.',
  'join.codeEmpty': 'Enter the 6-digit code shown on the screen.',
  'join.codeShort': {
    one: 'An event code has 6 digits; this one has {count}.',
    other: 'An event code has 6 digits; this one has {count}.',
  },
  'join.join': 'Join',
  'join.joining': 'Joining…',
  'join.error.event_not_found': 'No event has the code {code}. Check the code on the screen.',
  'join.error.rate_limited': 'Too many tries at once. Wait a moment and try again.',
  'join.lookupFailed': 'Something went wrong while looking up the event. Please try again.',
  'join.demo': 'No code? {link}',
  'join.demoLink': 'Try the demo',
  'join.footer': 'voxpop · self-hosted live polls',

  // The join page: creating an event
  'join.organiserTitle': 'Running an event?',
  'join.organiserText':
    'Create live polls, show the results on the big screen as the votes come in.',
  'join.createOpen': 'Create an event',
  'join.createNameLabel': 'Event name',
  'join.createNamePlaceholder': 'e.g. Peace-building forum, day 1',
  'join.createNameMissing': 'Give your event a name, for example “Town hall, March”.',
  'join.createTokenLabel': 'Organiser access token',
  'join.createUnauthorized':
    'On this server only organisers can create events. Enter the access token you were given.',
  'join.createForbidden': 'That access token is not right. Check it and try again.',
  'join.createFailed': 'The event could not be created. Please try again.',
  'join.createHelp':
    'You will get a private host link to run the event. Keep it: it is the only way back to your controls.',
  'join.createSubmit': 'Create event',
  'join.creating': 'Creating…',

  // The vote page: the page around the question
  'vote.documentTitle': '{title} — voxpop',
  'vote.documentTitleDefault': 'Vote — voxpop',
  'vote.eventMissing': 'No event with code {code}',
  'vote.eventMissingHelp': 'Check the code on the screen and try again. Event codes are 6 digits.',
  'vote.invalidLink': 'This link has no valid event code',
  'vote.notACode': '“{code}” is not an event code. Event codes are 6 digits.',
  'vote.endedTitle': 'This event has ended',
  'vote.endedText': 'The moderator has closed this event. Thank you for taking part.',
  'vote.enterAnotherCode': 'Enter another code',
  'vote.joiningEvent': 'Joining event {code}…',
  'vote.joiningSlow': 'This is taking a while. Check your connection; we keep trying by ourselves.',
  'vote.reconnecting': "Reconnecting… your vote will be sent when you're back online.",
  'vote.eventCode': 'Event code {code}',
  'vote.joinAnother': 'Join another event',
  'vote.notConnected': 'Not connected to the event.',
  'vote.upNext': 'Up next',
  'vote.upNextText': 'Voting opens in a moment. The answers will appear here by themselves.',
  'vote.waitingTitle': 'Waiting for the next question',
  'vote.waitingText':
    'The moderator will open the next question. It will appear here by itself — no need to reload.',

  // The vote page: the question's card and the fate of the answer
  'vote.kindUnsupported': 'This page cannot show this kind of question. Reload to try again.',
  'vote.badgeOpen': 'Voting open',
  'vote.badgeClosed': 'Voting closed',
  'vote.badgeNotOpen': 'Not open yet',
  'vote.sending': 'Sending your vote…',
  'vote.sendingOffline': 'Not sent yet: waiting for the connection…',
  'vote.counted': 'Your vote is counted',
  'vote.countedClosed': 'Your vote was counted',
  'vote.youChose': 'You chose: {choice}',
  'vote.didNotVote': 'You did not vote on this question.',
  'vote.resultsNotShared': 'The moderator has not shared the results.',
  'vote.yourVote': 'Your vote',
  'vote.answersCount': { one: '{count} answer', other: '{count} answers' },

  // Hints under an input, shared by the kinds
  'vote.hintClosed': 'Voting has closed.',
  'vote.hintNotOpen': 'Voting has not opened yet.',
  'vote.voteFinal': 'Your vote is final.',
  'vote.canChange': 'You can change your vote until voting closes.',

  // Single and multiple choice
  'choice.ruleOne': 'Choose one',
  'choice.ruleAny': 'Choose any',
  'choice.ruleUpTo': { one: 'Choose up to {count}', other: 'Choose up to {count}' },
  'choice.tagAll': 'Choose all that apply',
  'choice.howSingle': 'Tap an answer to vote.',
  'choice.howSingleOnce': 'Tap an answer to vote. Your vote is final once sent.',
  'choice.howAny': 'Choose as many as you like, then tap Submit vote.',
  'choice.howAnyOnce':
    'Choose as many as you like, then tap Submit vote. Your vote is final once sent.',
  'choice.howUpTo': {
    one: 'Choose up to {count}, then tap Submit vote.',
    other: 'Choose up to {count}, then tap Submit vote.',
  },
  'choice.howUpToOnce': {
    one: 'Choose up to {count}, then tap Submit vote. Your vote is final once sent.',
    other: 'Choose up to {count}, then tap Submit vote. Your vote is final once sent.',
  },
  'choice.atLimit': {
    one: 'That is {count}, the most you can choose. To pick another, unselect one first.',
    other: 'That is {count}, the most you can choose. To pick another, unselect one first.',
  },
  'choice.chosenCount': { one: '{count} of {max} chosen', other: '{count} of {max} chosen' },
  'choice.submit': 'Submit vote',
  'choice.update': 'Update my vote',

  // Results, whatever the kind
  'results.title': 'Results',
  'results.liveTitle': 'Live results',
  'results.voters': { one: '{count} voter', other: '{count} voters' },
  'results.captionVoters': {
    one: '{caption} — {count} voter',
    other: '{caption} — {count} voters',
  },
  'results.option': 'Option',
  'results.percent': 'Percent',
  'results.votes': 'Votes',
  'results.votesCount': { one: '{count} vote', other: '{count} votes' },
  'results.loadFailed': 'The results could not be loaded. Reload the page to try again.',
  'results.showAllOptions': { one: 'Show all {count} options', other: 'Show all {count} options' },
  'results.showFewerOptions': 'Show fewer options',
  'results.showAllValues': { one: 'Show all {count} values', other: 'Show all {count} values' },
  'results.showFewerValues': 'Show fewer values',
} as const;

/**
 * English, what the host console and the presenter screen add to
 * attendee.ts. The keys of this file are the keys every language's staff.ts
 * must have.
 *
 * A plural message has {count} choose its form; where the number is shown in
 * bold, {number} shows it and {count} still chooses.
 */
export default {
  // The host console: the page, its top bar and connection
  'host.documentTitle': 'Host — voxpop',
  'host.homeLink': 'voxpop home',
  'host.role': 'Host console',
  'host.attendeesConnected': {
    one: '{number} attendee connected',
    other: '{number} attendees connected',
  },
  /** The same where the top bar is narrow. */
  'host.attendees': { one: '{count} attendee', other: '{count} attendees' },
  'host.status.online': 'Live',
  'host.status.connecting': 'Connecting…',
  'host.status.offline': 'Reconnecting…',
  'host.status.closed': 'Disconnected',
  'host.connecting': 'Connecting to your event…',
  'host.offlineBanner':
    'Connection lost — reconnecting… Live counts and attendance pause until it is back.',
  'host.cancel': 'Cancel',

  // The host console: the event's heading and its list of polls
  'host.eventCode': 'Event code {code}',
  'host.pollCount': { one: '{count} poll', other: '{count} polls' },
  'host.openCount': { one: '{count} open for voting', other: '{count} open for voting' },
  'host.polls': 'Polls',
  'host.newPoll': 'New poll',
  'host.noPolls': 'No polls yet',
  'host.noPollsText':
    'Write your first question. It is a draft only you can see until you open it or put it on screen; attendees vote on the poll that is open and on screen.',
  'host.createPoll': 'Create a poll',

  // The host console: renaming the event
  'host.title.rename': 'Rename event',
  'host.title.label': 'Event title',
  'host.title.save': 'Save',
  'host.title.empty': 'The event needs a title.',
  'host.title.tooLong': {
    one: 'The title is {count} character; the limit is {limit}.',
    other: 'The title is {count} characters; the limit is {limit}.',
  },

  // The host console: the warning about the host link
  'host.keyNotice.title': 'Keep this link — it is the only way back to moderating this event.',
  'host.keyNotice.text':
    "There are no accounts: anyone with this page's link can run the event, and nobody can recover it if it is lost. Bookmark it or save it in a password manager.",
  'host.keyNotice.saved': "I've saved it",
  'host.copyHostLink': 'Copy host link',

  // The host console: a poll's card
  'host.card.number': 'Poll {number}',
  'host.card.draft': 'Draft',
  'host.card.open': 'Open',
  'host.card.closed': 'Closed',
  'host.card.onScreen': 'On screen',
  'host.card.resultsHidden': 'Results hidden',
  'host.card.edit': 'Edit',
  'host.card.duplicate': 'Duplicate',
  'host.card.downloadImage': 'Download image',
  'host.card.downloadImageTitle': 'Download the results as an image (PNG) for slides',
  'host.card.reset': 'Reset',
  'host.card.resetTitle': 'Reset votes',
  'host.card.delete': 'Delete',
  'host.card.deleteTitle': 'Delete poll',
  'host.card.hintNotOpen':
    'On screen, but voting is not open yet: attendees see the question and wait.',
  'host.card.hintNotOnScreen':
    'Open, but not on screen: attendees only see the poll that is on screen.',
  'host.card.hintClosed': 'Voting closed: attendees and the screen show the final results.',
  'host.card.hintClosedHidden':
    'Voting closed, results hidden: attendees and the screen show no numbers.',
  'host.card.openVoting': 'Open voting',
  'host.card.closeVoting': 'Close voting',
  'host.card.reopenVoting': 'Reopen voting',
  'host.card.putOnScreen': 'Put on screen',
  'host.card.takeOffScreen': 'Take off screen',
  'host.card.showResults': 'Show results',
  'host.card.hideResults': 'Hide results',
  'host.card.voters': { one: '{number} voter', other: '{number} voters' },

  // The host console: the poll editor
  'host.editor.newTitle': 'New poll',
  'host.editor.editTitle': 'Edit poll',
  'host.editor.close': 'Close',
  'host.editor.question': 'Question',
  'host.editor.questionPlaceholder': 'What would you like to ask?',
  'host.editor.questionEmpty': 'Write the question attendees will answer.',
  'host.editor.questionTooLong': {
    one: 'The question is {count} character; the limit is {limit}.',
    other: 'The question is {count} characters; the limit is {limit}.',
  },
  'host.editor.kind': 'Attendees answer with',
  'host.editor.kindFixed': 'The kind of a poll is fixed once it is created.',
  'host.editor.allowChange': 'Attendees can change their vote',
  'host.editor.allowChangeHint': 'While the poll is open. Off: the first vote is final.',
  'host.editor.fixToCreate': 'Fix the highlighted fields to create the poll.',
  'host.editor.fixToSave': 'Fix the highlighted fields to save the poll.',
  'host.editor.create': 'Create poll',
  'host.editor.save': 'Save changes',
  'host.editor.saving': 'Saving…',

  // The host console: confirmations
  'host.confirm.typeToConfirm': 'Type {phrase} to confirm',
  'host.confirm.working': 'Working…',
  'host.resetPoll.title': 'Reset this poll?',
  'host.resetPoll.confirm': 'Reset votes',
  'host.resetPoll.text': {
    one: 'Its {count} vote will be cleared and every attendee can vote again. The poll keeps its question, options and state.',
    other:
      'Its {count} votes will be cleared and every attendee can vote again. The poll keeps its question, options and state.',
  },
  'host.deletePoll.title': 'Delete this poll?',
  'host.deletePoll.confirm': 'Delete poll',
  'host.deletePoll.text': {
    one: 'The poll and its {count} vote are removed for good.',
    other: 'The poll and its {count} votes are removed for good.',
  },
  'host.deletePoll.textOnScreen': {
    one: 'The poll and its {count} vote are removed for good, and it leaves the presenter screen.',
    other:
      'The poll and its {count} votes are removed for good, and it leaves the presenter screen.',
  },
  'host.deleteEvent.title': 'Delete this event?',
  'host.deleteEvent.confirm': 'Delete event',
  'host.deleteEvent.text':
    'All its polls, votes and attendees are removed for good. Phones and the presenter screen are told the event has ended. This cannot be undone; export the CSV first if you need the votes.',
  'host.newRound.title': 'Start a new round?',
  'host.newRound.confirm': 'Reset scores',
  'host.newRound.text': {
    one: 'All {count} quiz question goes back to draft, their answers are cleared and every score on the leaderboard returns to zero. This cannot be undone.',
    other:
      'All {count} quiz questions go back to draft, their answers are cleared and every score on the leaderboard returns to zero. This cannot be undone.',
  },

  // The host console: short notes at the bottom of the screen
  'host.toast.dismiss': 'Dismiss',
  'host.toast.pollCreated': 'Poll created — open it when you are ready',
  'host.toast.pollDuplicated': 'Poll duplicated as a new draft at the end of the list',
  'host.toast.votesCleared': 'Votes cleared',
  'host.toast.pollDeleted': 'Poll deleted',
  'host.toast.newRound': 'New round: every quiz question is reset and the scores are back to zero',
  'host.toast.csvDownloaded': 'CSV downloaded',
  'host.toast.imageDownloaded': 'Results image downloaded',
  'host.copy.hostLinkDone': 'Host link copied',
  'host.copy.hostLinkFailed': 'Could not copy — select the host link and copy it',
  'host.copy.joinLinkDone': 'Join link copied',
  'host.copy.joinLinkFailed': 'Could not copy — select the join link and copy it',
  'host.copy.presenterLinkDone': 'Presenter link copied',
  'host.copy.presenterLinkFailed': 'Could not copy — select the presenter link and copy it',
  'host.copy.qrDone': 'QR code copied as an image',
  'host.copy.qrFailed': 'This browser cannot copy images — use Download instead',

  // The host console: what could not be done, as a whole sentence. The
  // host.error.failed* messages below add the cause after it.
  'host.failed.openPoll': 'Could not open the poll',
  'host.failed.closePoll': 'Could not close the poll',
  'host.failed.changeScreen': 'Could not change what is on screen',
  'host.failed.showResults': 'Could not show the results',
  'host.failed.hideResults': 'Could not hide the results',
  'host.failed.createPoll': 'Could not create the poll',
  'host.failed.duplicatePoll': 'Could not duplicate the poll',
  'host.failed.savePoll': 'Could not save the poll',
  'host.failed.resetPoll': 'Could not reset the poll',
  'host.failed.deletePoll': 'Could not delete the poll',
  'host.failed.renameEvent': 'Could not rename the event',
  'host.failed.changeScreenSetting': 'Could not change the screen setting',
  'host.failed.showLeaderboard': 'Could not show the leaderboard',
  'host.failed.hideLeaderboard': 'Could not hide the leaderboard',
  'host.failed.newRound': 'Could not start a new round',
  'host.failed.exportVotes': 'Could not export the votes',
  'host.failed.downloadImage': 'Could not download the results image',
  'host.failed.deleteEvent': 'Could not delete the event',

  // The host console: why the server said no (by its error code), and the
  // cause after one of the sentences above ({failed})
  'host.error.poll_has_votes':
    "Options can't be edited after the first vote — reset the poll first.",
  'host.error.invalid_state': 'That poll has moved on since this page last heard of it. Try again.',
  'host.error.poll_not_found':
    'That poll no longer exists — it may have been deleted in another tab.',
  'host.error.event_not_found': 'This event no longer exists.',
  'host.error.unauthorized': 'This action needs the host key. Open the full host link again.',
  'host.error.forbidden': 'The host key in this link is no longer valid for this event.',
  'host.error.rate_limited': 'Too many changes at once — wait a moment and try again.',
  'host.error.payload_too_large': 'That is too much text for one poll.',
  'host.error.network_error':
    'Cannot reach the voxpop server. Check your connection and try again.',
  'host.error.export_failed': 'The export failed. Try again in a moment.',
  /** {reason}: the server's own words on what is wrong with the field (English). */
  'host.error.failedBecause': '{failed}: {reason}',
  'host.error.failedWithCode': '{failed} ({code}).',
  'host.error.failedTryAgain': '{failed}. Try again.',

  // The host console: instead of the console, when the link cannot work
  'host.problem.wrongKey':
    'This host link is not valid for event {code} — check you copied the whole link',
  'host.problem.wrongKeyText':
    'The part after #key= does not match this event. Open the host link exactly as you saved it when you created the event.',
  'host.problem.missingKey':
    'This host link is incomplete for event {code} — check you copied the whole link',
  'host.problem.missingKeyText':
    'A host link ends with #key= followed by a long secret. Without it this page cannot moderate the event. Attendees join at the event link instead.',
  'host.problem.noEvent': 'There is no event {code}',
  'host.problem.noEventText':
    'Check the six digits in the link. The event may also have been deleted.',
  'host.problem.deleted': 'This event has been deleted',
  'host.problem.deletedText':
    'Its polls, votes and attendees are gone. Attendees and the presenter screen have been told.',
  'host.problem.unreachable': 'The voxpop server cannot be reached',
  'host.problem.unreachableText': 'Check your connection, then reload this page.',
  'host.problem.badLink': 'This is not a host link',
  'host.problem.badLinkText':
    'A host link looks like /host/123456#key=… — check you copied the whole link.',
  'host.problem.newEvent': 'Create a new event',
  'host.problem.home': 'Go to voxpop',

  // The host console: the side panel
  'host.side.label': 'Sharing and event settings',
  'host.side.invite': 'Invite attendees',
  /** Above the event code, in big digits. */
  'host.side.goTo': 'Go to {host} and enter',
  'host.side.qrAlt': 'QR code that opens the join link for event {code}',
  'host.side.copy': 'Copy',
  'host.side.joinLink': 'Join link',
  'host.side.copyJoinLink': 'Copy join link',
  'host.side.qrCode': 'QR code',
  'host.side.copyQr': 'Copy QR code as an image',
  'host.side.open': 'Open',
  'host.side.openQr': 'Open QR code in a new tab',
  'host.side.download': 'Download',
  'host.side.downloadQr': 'Download QR code',
  'host.side.screen': 'Presenter screen',
  'host.side.screenHint':
    'For the projector or the stream. It follows the poll you put on screen by itself.',
  'host.side.presenterLink': 'Presenter link',
  'host.side.copyPresenterLink': 'Copy presenter link',
  'host.side.openScreen': 'Open presenter screen',
  'host.side.showStats': 'Show margin of error on screen',
  'host.side.showStatsHint': 'Adds "±N points" (95% confidence) under the results.',
  'host.side.data': 'Results and access',
  'host.side.export': 'Export CSV',
  'host.side.exporting': 'Preparing…',
  'host.side.exportHint': 'Every current vote, one row each, for a spreadsheet.',
  'host.side.hostLinkHint': 'Private: whoever has it can moderate this event.',
  'host.side.danger': 'Danger zone',
  'host.side.dangerHint': 'Deleting the event removes its polls, votes and attendees for good.',
  'host.side.deleteEvent': 'Delete event',

  // The quiz leaderboard: the host's card and the presenter's stage
  'leaderboard.panelTitle': 'Quiz leaderboard',
  'leaderboard.title': 'Leaderboard',
  'leaderboard.loading': 'Loading the scores…',
  'leaderboard.failed': 'The scores could not be loaded.',
  'leaderboard.panelEmpty': 'No scores yet: they add up as quiz questions close.',
  'leaderboard.screenEmpty': 'No scores yet: answer a quiz question to get on the board.',
  'leaderboard.topScores': 'Top scores',
  /** A place in the host's short list: "1." */
  'leaderboard.rankMarker': '{rank}.',
  'leaderboard.topThree': 'Top three',
  'leaderboard.rest': 'Places 4 and below',
  'leaderboard.putOn': 'Show leaderboard on screen',
  'leaderboard.takeOff': 'Take leaderboard off screen',
  'leaderboard.offScreenHint': 'Shown in place of the poll on the presenter screen.',
  'leaderboard.onScreenHint':
    'The presenter screen shows the leaderboard. Putting a poll on screen takes it off.',
  'leaderboard.newRound': 'New round',
  'leaderboard.newRoundHint': {
    one: 'Resets all {count} quiz question: answers and scores start again from zero.',
    other: 'Resets all {count} quiz questions: answers and scores start again from zero.',
  },

  // The editor: what every kind's fields share
  'editor.moderation.label': 'Moderation',
  /** How a poll moderates, on its card: "Audience Q&A · approve first". */
  'editor.moderation.pre': 'approve first',
  'editor.moderation.post': 'shown at once',
  'editor.options.legend': 'Options',
  /** Options filled in, of the most a poll can have: "3 of 20". */
  'editor.options.filled': '{count} of {max}',
  'editor.options.locked': "Options can't be edited after the first vote — reset the poll first.",
  'editor.options.option': 'Option {number}',
  'editor.options.remove': 'Remove option {number}',
  'editor.options.add': 'Add option',
  'editor.options.full': {
    one: '{count} option is the most a poll can have.',
    other: '{count} options is the most a poll can have.',
  },
  'editor.options.enterHint': 'Press Enter in an option to add the next one.',

  // The editor: single and multiple choice (a kind's title and hint name it in the kind picker;
  // its label names a poll on its card)
  'editor.single.title': 'One option',
  'editor.single.hint': 'Single choice',
  'editor.single.label': 'Single choice',
  'editor.multiple.title': 'Several options',
  'editor.multiple.hint': 'Multiple choice',
  'editor.multiple.label': 'Multiple choice',
  'editor.multiple.labelUpTo': 'Multiple choice · up to {max}',
  'editor.multiple.footnote': 'Percent of voters; one voter may pick several options.',
  'editor.choice.maxChoices': 'Each attendee may pick',
  'editor.choice.anyNumber': 'Any number of options',
  'editor.choice.upTo': { one: 'Up to {count} option', other: 'Up to {count} options' },
  'editor.choice.tooMany': {
    one: 'Attendees cannot pick {max} of {count} option.',
    other: 'Attendees cannot pick {max} of {count} options.',
  },

  // The editor: rating
  'editor.rating.title': 'A rating',
  'editor.rating.hint': 'Rating scale',
  'editor.rating.label': 'Rating · 1 to {max}',
  'editor.rating.scale': 'Scale',
  'editor.rating.size': '1 to {max}',
  'editor.rating.sizeStars': '1 to {max} (stars)',
  'editor.rating.locked': 'The scale is fixed after the first answer — reset the poll first.',
  /** The word for an end of the scale: "Word for 1 (optional)", "Word for 5 (optional)". */
  'editor.rating.endWord': 'Word for {value} (optional)',
  'editor.rating.lowExample': 'e.g. Not at all',
  'editor.rating.highExample': 'e.g. Completely',
  'editor.rating.wordTooLong': {
    one: "{count} character; a scale's word is at most {limit}.",
    other: "{count} characters; a scale's word is at most {limit}.",
  },
  'editor.rating.sizeProblem': 'A scale runs from 1 to {min}–{max}.',
  'editor.rating.summary': 'Average {average} / {max} · median {median}',

  // The editor: ranking
  'editor.ranking.title': 'An order',
  'editor.ranking.hint': 'Ranking',
  'editor.ranking.label': { one: 'Ranking · {count} option', other: 'Ranking · {count} options' },
  'editor.ranking.footnote': {
    one: 'Borda count: first place earns {count} point, each place below one less.',
    other: 'Borda count: first place earns {count} points, each place below one less.',
  },

  // The editor: word cloud
  'editor.wordcloud.title': 'A few words',
  'editor.wordcloud.hint': 'Word cloud',
  'editor.wordcloud.labelOne': 'Word cloud · 1 word',
  'editor.wordcloud.labelUpTo': {
    one: 'Word cloud · up to {count} word',
    other: 'Word cloud · up to {count} words',
  },
  'editor.wordcloud.count': 'Each attendee gives',
  'editor.wordcloud.one': 'One word',
  'editor.wordcloud.upTo': { one: 'Up to {count} word', other: 'Up to {count} words' },
  'editor.wordcloud.locked': 'Fewer words only before the first answer — reset the poll first.',
  'editor.wordcloud.countProblem': 'Each attendee gives {min} to {max} words.',
  'editor.wordcloud.filter': 'Filter profanity',
  'editor.wordcloud.filterHint':
    'Words it flags reach only you, marked; attendees and the screen never see them.',

  // The editor: open text
  'editor.text.title': 'A written answer',
  'editor.text.hint': 'Open text',
  'editor.text.label': 'Open text · {moderation}',
  'editor.text.maxLength': 'Longest answer (characters)',
  'editor.text.maxLengthHint': 'From {min} to {max}; {default} is a few sentences.',
  'editor.text.maxLengthLocked':
    'The poll has answers: the limit can go up, not down (reset the poll first).',
  'editor.text.maxLengthProblem': 'Give a whole number of characters from {min} to {max}.',
  'editor.text.postTitle': 'Show answers at once (you can hide them)',
  'editor.text.postHint': 'Each answer goes on the wall as it arrives.',
  'editor.text.preTitle': 'Approve each answer first',
  'editor.text.preHint': 'Nothing reaches the wall until you approve it.',

  // The editor: audience Q&A
  'editor.qa.title': 'Ask and upvote',
  'editor.qa.hint': 'Audience Q&A',
  'editor.qa.label': 'Audience Q&A · {moderation}',
  'editor.qa.postTitle': 'Show questions at once (you can hide them)',
  'editor.qa.postHint': 'Each question reaches the list as it is asked.',
  'editor.qa.preTitle': 'Approve each question first',
  'editor.qa.preHint': 'Nothing reaches the list until you approve it.',

  // The editor: quiz
  'editor.quiz.title': 'A quiz',
  'editor.quiz.hint': 'Timed, scored',
  /** The card's label and the screen's tag: "Quiz · 20 s · 1000 pts". */
  'editor.quiz.label': 'Quiz · {time} · {points} pts',
  'editor.quiz.correct': 'Correct',
  'editor.quiz.correctOption': 'Correct: option {number}',
  'editor.quiz.noCorrect': 'Mark at least one option as correct.',
  'editor.quiz.time': 'Time to answer',
  'editor.quiz.timeProblem': 'The time limit is {min} to {max} seconds.',
  'editor.quiz.points': 'Points for a right answer',
  'editor.quiz.pointsHint': 'At once; half of them at the last second. A wrong answer earns 0.',
  'editor.quiz.pointsNotWhole': 'Give the points as a whole number, {min} to {max}.',
  'editor.quiz.pointsRange': 'Points are {min} to {max}.',
  'editor.quiz.locked':
    'People have answered: the options, the right answer, the time and the points are fixed until you reset the question.',
  /** An option of the card's mini result. */
  'editor.quiz.correctLabel': '{label} (correct)',
  'editor.quiz.footnote': 'Only you see the counts and the right answer until time is up.',
  'editor.quiz.answered': { one: '{count} answered', other: '{count} answered' },

  // The moderation desks on a card: open text's answers, Q&A's questions
  'desk.waiting': { one: '{number} waiting', other: '{number} waiting' },
  'desk.hiddenCount': { one: '{number} hidden', other: '{number} hidden' },
  'desk.queue': 'Waiting for approval',
  'desk.queueEmpty': 'Nothing waiting.',
  'desk.hiddenTitle': 'Hidden ({count})',
  'desk.approve': 'Approve',
  'desk.hide': 'Hide',
  'desk.showAgain': 'Show again',
  'desk.showAll': { one: 'Show all {count}', other: 'Show all {count}' },
  'desk.showFewer': 'Show fewer',
  'desk.text.shown': { one: '{number} shown', other: '{number} shown' },
  'desk.text.wall': 'On the wall',
  'desk.text.wallEmpty': 'No answers on the wall yet.',
  /** {a}, {h}, {j}, {k}: the keys, as pressed in every language. */
  'desk.text.keys': 'Keys on a focused answer: {a} approve · {h} hide · {j} {k} or arrows to move',
  'desk.qa.open': { one: '{number} open', other: '{number} open' },
  'desk.qa.answeredCount': { one: '{number} answered', other: '{number} answered' },
  'desk.qa.openTitle': 'Open questions, most upvoted first',
  'desk.qa.openEmpty': 'No open questions.',
  'desk.qa.answeredTitle': 'Answered',
  'desk.qa.answered': 'Answered',
  'desk.qa.notAnswered': 'Not answered',
  'desk.qa.highlight': 'Highlight',
  'desk.qa.onScreen': 'On screen',
  'desk.qa.upvotesOnScreen': '{upvotes} · on screen now',
  /** {a}, {h}, {d}, {s}, {j}, {k}: the keys, as pressed in every language. */
  'desk.qa.keys':
    'Keys on a focused question: {a} approve · {h} hide · {d} answered · {s} highlight on screen · {j} {k} or arrows to move',

  // The word cloud's words on a card, each a button that hides it or shows it again
  'desk.wordcloud.none': 'No words yet.',
  'desk.wordcloud.filtered': 'filtered',
  'desk.wordcloud.hidden': 'hidden',
  'desk.wordcloud.hideTitle': 'Hide from the room',
  'desk.wordcloud.showTitle': 'Show to the room again',
  /** What a screen reader says of a word's button: the word, its count, its marks, the action. */
  'desk.wordcloud.word': '{word}, {count}: hide',
  'desk.wordcloud.flaggedWord': '{word}, {count}, filtered as profanity: hide',
  'desk.wordcloud.hiddenWord': '{word}, {count}, hidden: show again',
  'desk.wordcloud.flaggedHiddenWord': '{word}, {count}, filtered as profanity, hidden: show again',
  'desk.wordcloud.showAll': { one: 'Show all {count} word', other: 'Show all {count} words' },
  'desk.wordcloud.showFewer': 'Show fewer words',
  'desk.wordcloud.footnote':
    'Click a word to hide it from attendees and the screen, and again to show it.',
  'desk.wordcloud.footnoteFiltered':
    'Click a word to hide it from attendees and the screen, and again to show it. “Filtered”: held back by the profanity filter.',

  // What a desk could not do, as a whole sentence (the cause follows it)
  'desk.failed.approveQuestion': 'Could not approve the question',
  'desk.failed.hideQuestion': 'Could not hide the question',
  'desk.failed.markAnswered': 'Could not mark the question answered',
  'desk.failed.highlightQuestion': 'Could not highlight the question',
  'desk.failed.unhighlightQuestion': 'Could not take the question off the screen',
  'desk.failed.approveAnswer': 'Could not approve the answer',
  'desk.failed.hideAnswer': 'Could not hide the answer',
  'desk.failed.hideWord': 'Could not hide the word',
  'desk.failed.showWord': 'Could not show the word again',

  // The presenter screen: the stage around the poll
  'present.status.connecting': 'Connecting…',
  'present.status.online': 'Live',
  'present.status.offline': 'Reconnecting…',
  'present.status.closed': 'Offline',
  'present.fullScreen': 'Full screen',
  'present.badLink': 'This is not a presenter link',
  'present.badLinkDetail':
    'A presenter link looks like /present/123456. Ask the host for the link of the event.',
  'present.noEvent': 'No event with code {code}',
  'present.noEventDetail': 'Check the link: the event may have been deleted or the code mistyped.',
  'present.ended': 'This event has ended',
  'present.endedDetail': 'Thank you for taking part.',
  'present.connecting': 'Connecting to event {code}…',
  'present.opensSoon': 'Voting opens soon',
  'present.resultsSoon': 'Results will be shown soon',
  'present.votingClosed': 'Voting closed',
  'present.noVotes': 'No votes yet',
  'present.voters': { one: '{count} voter', other: '{count} voters' },
  /** Attendees connected: "367 present". */
  'present.present': { one: '{count} present', other: '{count} present' },
  'present.turnout': { one: '{percent} of {count} present', other: '{percent} of {count} present' },

  // The presenter screen: how to join (a card beside the poll, the whole stage without one)
  'present.howToJoin': 'How to join',
  /** Above the address, in big type; "with code" goes above the code, under the QR code. */
  'present.joinAtLabel': 'Join at',
  'present.withCode': 'with code',
  'present.joinAt': 'Join at {host}',
  'present.qrAlt': 'QR code that opens the voting page for code {code}',
  'present.waiting': 'The first question will appear here',
  'present.waitingJoined': {
    one: 'The first question will appear here · {count} person joined',
    other: 'The first question will appear here · {count} people joined',
  },
  'present.scan': 'Scan to join',

  // The presenter screen pinned to one poll (?poll=<id>): a poll it may not show, a number that is none
  'present.pin.missing': 'Poll {id} is not available',
  'present.pin.missingDetail':
    'This event has no public poll with that number: it may not exist, may have been deleted, or may be a draft the host has not opened yet. It appears here as soon as it is published.',
  'present.pin.invalid': '"{value}" is not a poll number',
  'present.pin.invalidDetail':
    'To stay on one poll, put its number in the link, for example ?poll=3.',

  // The presenter screen: open text's wall of answers
  'present.wall.list': '{caption}: answers, newest first',
  'present.wall.newAnswer': 'New answer: {text}',
  'present.wall.newAnswers': {
    one: '{count} new answer. The newest: {text}',
    other: '{count} new answers. The newest: {text}',
  },

  // The console's Languages card: the screen's language, further languages, alternation
  'host.languages.title': 'Languages',
  'host.languages.screen': 'Language of the event and the screen',
  'host.languages.screenHint':
    'The presenter screen speaks it; each phone and this console speak their own.',
  'host.languages.further': 'Translate polls into',
  'host.languages.furtherHint':
    'Each poll’s editor then asks for its text in these languages. Phones in a language with no translation show the original.',
  'host.languages.alternate': 'Alternate languages on screen',
  'host.languages.alternateHint': 'The screen shows each language in turn, {seconds} seconds each.',
  'host.failed.changeLanguages': 'Could not change the event’s languages',

  // The console's Webhooks card: the event's webhooks, their deliveries, adding and removing one
  'host.webhooks.title': 'Webhooks',
  'host.webhooks.hint':
    'voxpop sends a signed POST to each address when a poll opens or closes, or the event is deleted.',
  'host.webhooks.loading': 'Loading the webhooks…',
  'host.webhooks.loadFailed': 'Could not load the webhooks; trying again shortly.',
  'host.webhooks.empty': 'No webhooks yet.',
  'host.webhooks.list': 'The event’s webhooks',
  'host.webhooks.events': 'Sent on',
  'host.webhooks.pollOpened': 'Poll opened',
  'host.webhooks.pollClosed': 'Poll closed',
  'host.webhooks.eventDeleted': 'Event deleted',
  'host.webhooks.none': 'No deliveries yet',
  'host.webhooks.sending': 'Sending…',
  'host.webhooks.delivered': 'Delivered',
  'host.webhooks.failed': 'Failed',
  'host.webhooks.failedBecause': 'Failed: {error}',
  'host.webhooks.retrying': {
    one: 'retrying ({count} pending)',
    other: 'retrying ({count} pending)',
  },
  'host.webhooks.pending': { one: '{count} more to send', other: '{count} more to send' },
  'host.webhooks.justNow': 'just now',
  'host.webhooks.remove': 'Remove',
  'host.webhooks.removeLabel': 'Remove the webhook {url}',
  'host.webhooks.removeTitle': 'Remove this webhook?',
  'host.webhooks.removeText':
    'voxpop stops sending to this address, and the deliveries still waiting for it are dropped.',
  'host.webhooks.removeConfirm': 'Remove webhook',
  'host.webhooks.add': 'Add webhook',
  'host.webhooks.adding': 'Adding…',
  'host.webhooks.url': 'Address (URL)',
  'host.webhooks.sendOn': 'Send when',
  'host.webhooks.needUrl': 'Enter the address to send to.',
  'host.webhooks.needEvent': 'Choose at least one event.',
  'host.webhooks.secret': 'Signing secret for {url}',
  'host.webhooks.secretHint':
    'Shown once: verify deliveries with it (X-Voxpop-Signature: HMAC-SHA256 of the body).',
  'host.webhooks.copySecret': 'Copy the signing secret',
  'host.webhooks.secretCopied': 'Signing secret copied',
  'host.webhooks.secretCopyFailed': 'Could not copy — select the secret and copy it',
  'host.webhooks.done': 'Done',
  'host.failed.addWebhook': 'Could not add the webhook',
  'host.failed.removeWebhook': 'Could not remove the webhook',

  // The poll editor's translations
  'host.translations.title': 'Translations',
  'host.translations.hint':
    'Leave an option blank to show its original. Attendees’ own words are never translated.',
  'host.translations.noLanguages':
    'To translate this poll, choose languages in the Languages card.',
  'host.translations.translated': 'translated',
  'host.translations.notTranslated': 'not translated',
  'host.translations.question': 'Question',
  'host.translations.option': 'Option {number}: {original}',
  'host.translations.scaleMin': 'Word for the lowest value',
  'host.translations.scaleMax': 'Word for the highest value',
  'host.translations.needQuestion': 'Translate the question too, or clear this language.',
  'host.translations.questionTooLong': 'The translated question is longer than {limit} characters.',
  'host.translations.optionTooLong': 'A translated option is longer than {limit} characters.',
  'host.translations.scaleTooLong': 'A translated scale word is longer than {limit} characters.',

  // The editor's checks of a poll's options (choice, ranking, quiz)
  'editor.optionTooLong': {
    one: '{count} character; an option is at most {max}.',
    other: '{count} characters; an option is at most {max}.',
  },
  'editor.tooFewOptions': {
    one: 'Give at least {count} option.',
    other: 'Give at least {count} options.',
  },
  'editor.tooManyOptions': {
    one: 'A poll has at most {count} option.',
    other: 'A poll has at most {count} options.',
  },
  'editor.duplicateOption': '"{option}" is listed twice; each option must be different.',
} as const;

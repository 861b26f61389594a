/**
 * English, the words of the kinds a page fetches when it first shows one:
 * every kind's ballot (but the choice one) and results views. The vote page
 * loads this part beside the kind's code; the presenter screen and the host
 * console load it at start. The keys of this file are the keys every
 * language's kinds.ts must have.
 */
export default {
  // Rating
  'rating.ruleStars': 'Rate 1 to 5 stars',
  'rating.ruleNumbers': 'Rate from 1 to {max}',
  'rating.stars': { one: '{count} star', other: '{count} stars' },
  'rating.starsWord': { one: '{count} star, {word}', other: '{count} stars, {word}' },
  'rating.valueOf': '{value} of {max}',
  'rating.valueOfWord': '{value} of {max}, {word}',
  'rating.sending': '{value} · sending…',
  'rating.yours': 'Your rating: {value}',
  'rating.howStars': 'Tap a star to rate.',
  'rating.howStarsOnce': 'Tap a star to rate. Your vote is final once sent.',
  'rating.howNumbers': 'Tap a number to rate.',
  'rating.howNumbersOnce': 'Tap a number to rate. Your vote is final once sent.',
  'rating.canChange': 'You can change your rating until voting closes.',
  'rating.average': 'average',
  'rating.median': 'median {median}',

  // Ranking
  'ranking.rule': 'Put in order',
  'ranking.how':
    'Put the options in order, most preferred first: drag them, or use the arrows. Then tap Submit ranking.',
  'ranking.howOnce':
    'Put the options in order, most preferred first: drag them, or use the arrows. Then tap Submit ranking. Your ranking is final once sent.',
  'ranking.final': 'Your ranking is final.',
  'ranking.canChange': 'You can change your ranking until voting closes.',
  'ranking.place': '{place}:',
  'ranking.placeTied': '{place} (tied):',
  'ranking.moveUp': 'Move {option} up',
  'ranking.moveDown': 'Move {option} down',
  'ranking.drag': 'Drag to move',
  'ranking.moved': '{option}, position {position} of {count}.',
  'ranking.submit': 'Submit ranking',
  'ranking.update': 'Update my ranking',
  'ranking.points': { one: '{count} point', other: '{count} points' },
  'ranking.averagePosition': 'avg. position {position}',

  // Word cloud
  'wordcloud.ruleOne': 'One word',
  'wordcloud.ruleUpTo': { one: 'Up to {count} words', other: 'Up to {count} words' },
  'wordcloud.how': {
    one: 'Type a word and tap Add, up to {count}. Then tap Submit words.',
    other: 'Type a word and tap Add, up to {count}. Then tap Submit words.',
  },
  'wordcloud.howOnce': {
    one: 'Type a word and tap Add, up to {count}. Then tap Submit words. Your words are final once sent.',
    other:
      'Type a word and tap Add, up to {count}. Then tap Submit words. Your words are final once sent.',
  },
  'wordcloud.final': 'Your words are final.',
  'wordcloud.canChange': 'You can change your words until voting closes.',
  'wordcloud.wordLabel': 'A word',
  'wordcloud.placeholder': 'Type a word',
  'wordcloud.placeholderFull': 'No more words',
  'wordcloud.add': 'Add',
  'wordcloud.yourWords': 'Your words',
  'wordcloud.remove': 'Remove {word}',
  'wordcloud.sending': '{words} · sending…',
  'wordcloud.count': { one: '{chosen} of {count} word', other: '{chosen} of {count} words' },
  'wordcloud.submit': 'Submit words',
  'wordcloud.update': 'Update my words',
  'wordcloud.full': {
    one: 'That is {count} word, the most you can give. To add another, remove one first.',
    other: 'That is {count} words, the most you can give. To add another, remove one first.',
  },
  'wordcloud.already': 'You already added “{word}”.',
  'wordcloud.problemEmpty': 'A word must not be empty.',
  'wordcloud.problemTooLong': {
    one: 'A word is at most {max} characters; this one has {count}.',
    other: 'A word is at most {max} characters; this one has {count}.',
  },
  'wordcloud.problemMalformed': 'A word must be well-formed Unicode (no lone surrogates).',
  'wordcloud.problemOneLine': 'A word is one line, without control characters.',
  'wordcloud.problemNoLetter': 'A word needs at least one letter or digit.',
  'wordcloud.waiting': 'Waiting for the first words',
  'wordcloud.word': 'Word',
  'wordcloud.countHeader': 'Count',
  'wordcloud.more': { one: 'and {count} more word', other: 'and {count} more words' },
  'wordcloud.cloudMore': { one: '+{count} more word', other: '+{count} more words' },
  'wordcloud.askOne': 'Send one word from your phone',
  'wordcloud.askUpTo': {
    one: 'Send up to {count} words from your phone',
    other: 'Send up to {count} words from your phone',
  },

  // Open text
  'text.rule': 'Answer in your own words',
  'text.quoted': '“{text}”',
  'text.howPre':
    'Write your answer, then tap Send answer. The host approves each answer before it is shown.',
  'text.howPreOnce':
    'Write your answer, then tap Send answer. The host approves each answer before it is shown. Your answer is final once sent.',
  'text.howPost': 'Write your answer, then tap Send answer.',
  'text.howPostOnce': 'Write your answer, then tap Send answer. Your answer is final once sent.',
  'text.final': 'Your answer is final.',
  'text.canChange': 'You can edit your answer until voting closes.',
  'text.placeholder': 'Type your answer',
  'text.tooLong': {
    one: '{count} character too many: an answer is at most {max} characters.',
    other: '{count} characters too many: an answer is at most {max} characters.',
  },
  'text.empty': 'Write your answer first: an empty answer cannot be sent.',
  'text.edit': 'Edit my answer',
  'text.send': 'Send answer',
  'text.update': 'Update answer',
  'text.mineSending': 'Your answer',
  'text.mineSent': 'Your answer, as sent',
  'text.onWall': 'Your answer is on the wall.',
  'text.awaitingApproval': "Waiting for the host's approval before it is shown.",
  'text.shownAtOnce': 'Answers go on the wall at once; the host can hide them.',
  'text.noAnswers': 'No answers yet',
  'text.emptyPre': 'Answers appear here once the host approves them.',
  'text.emptyPost': 'Answers appear here as they arrive.',
  'text.noneOnWall': 'No answers on the wall yet.',
  'text.listLabel': '{caption}: answers on the wall, newest first',
  'text.showAll': { one: 'Show all {count} answer', other: 'Show all {count} answers' },
  'text.showFewer': 'Show fewer',
  'text.newest': { one: 'The newest {count} answer', other: 'The newest {count} answers' },
  'text.previewTitle': 'Attendees answer in their own words',
  'text.previewPre': 'Up to {max} characters · each answer is approved before it is shown',
  'text.previewPost': 'Up to {max} characters · answers are shown as they arrive',

  // Audience Q&A: the phone
  'qa.rule': 'Ask and upvote questions',
  'qa.badgeOpen': 'Questions open',
  'qa.badgeClosed': 'Questions closed',
  'qa.asked': { one: '{count} question asked', other: '{count} questions asked' },
  'qa.limit': {
    one: 'You have asked {count} question, the most this poll allows.',
    other: 'You have asked {count} questions, the most this poll allows.',
  },
  'qa.error.poll_closed': 'Questions have closed. Yours was not sent.',
  'qa.error.poll_not_open': 'Questions are not open yet. Try again in a moment.',
  'qa.error.question_not_found': 'That question is no longer in the list.',
  'qa.error.invalid_answer': 'A question is 1 to {max} characters.',
  'qa.askFailed': 'Sending your question did not work: {reason}',
  'qa.upvoteFailed': 'Your upvote did not work: {reason}',
  'qa.unvoteFailed': 'Taking back your upvote did not work: {reason}',
  'qa.tooLong': {
    one: '{count} character too many: a question is at most {max} characters.',
    other: '{count} characters too many: a question is at most {max} characters.',
  },
  'qa.empty': 'Write your question first: an empty question cannot be sent.',
  'qa.label': 'Your question',
  'qa.placeholder': 'Type your question',
  'qa.send': 'Send question',
  'qa.hintDraft': 'Questions have not opened yet.',
  'qa.hintClosed': 'Questions have closed.',
  'qa.hintNotOpen': 'Questions are not open.',
  'qa.howPre':
    'Ask a question, or upvote the ones you want answered. The host approves each question before it is shown.',
  'qa.howPreLeft': {
    one: 'Ask a question, or upvote the ones you want answered. The host approves each question before it is shown. You can ask {count} more.',
    other:
      'Ask a question, or upvote the ones you want answered. The host approves each question before it is shown. You can ask {count} more.',
  },
  'qa.howPost': 'Ask a question, or upvote the ones you want answered.',
  'qa.howPostLeft': {
    one: 'Ask a question, or upvote the ones you want answered. You can ask {count} more.',
    other: 'Ask a question, or upvote the ones you want answered. You can ask {count} more.',
  },
  'qa.mineTitle': 'Your questions not in the list yet',
  'qa.listTitle': 'Questions',
  'qa.total': '({count})',
  'qa.topOf': { one: '(the top {shown} of {count})', other: '(the top {shown} of {count})' },
  'qa.waiting': { one: '{count} new / updated', other: '{count} new / updated' },
  'qa.emptyPre': 'No questions yet. Questions appear here once the host approves them.',
  'qa.emptyPost': 'No questions yet. Be the first to ask.',
  'qa.onScreen': 'On screen now',
  'qa.answered': 'Answered',
  'qa.yours': 'Yours',
  'qa.upvoteLabel': { one: 'Upvote ({count} upvote)', other: 'Upvote ({count} upvotes)' },
  'qa.awaitingModeration': 'Waiting for moderation',
  'qa.sent': 'Sent',

  // Audience Q&A: the results (the screen, and a phone's plain list)
  'qa.questions': { one: '{count} question', other: '{count} questions' },
  'qa.upvotes': { one: '{count} upvote', other: '{count} upvotes' },
  'qa.upvoteWord': { one: 'upvote', other: 'upvotes' },
  'qa.upvotesAnswered': { one: '{count} upvote · Answered', other: '{count} upvotes · Answered' },
  'qa.fromAudience': 'Question from the audience',
  'qa.onScreenNow': 'On screen now: {text}',
  'qa.allAnswered': 'Every question has been answered',
  'qa.noQuestions': 'No questions yet',
  'qa.noQuestionsPhone': 'No questions yet.',
  'qa.screenEmptyPre': 'Ask from your phone: questions appear here once the host approves them.',
  'qa.screenEmptyPost': 'Ask from your phone: questions appear here as they arrive.',
  'qa.listLabel': '{caption}: questions, most upvoted first',
  'qa.previewTitle': 'Ask your questions from your phone',
  'qa.previewPre':
    'Upvote the ones you want answered · each question is approved before it is shown',
  'qa.previewPost': 'Upvote the ones you want answered · questions are shown as they arrive',
  'qa.tag': 'Audience Q&A',
  'qa.tagPre': 'Audience Q&A · questions approved first',

  // Quiz: the phone
  'quiz.rule': 'Pick one answer',
  'quiz.badge': 'Quiz',
  'quiz.timesUp': "Time's up",
  'quiz.timesUpHint': "Time's up.",
  'quiz.notStarted': 'The question has not started yet.',
  'quiz.answerFinal': 'Your answer is final.',
  'quiz.how': {
    one: 'Tap your answer: one tap, no changes. The faster, the more points (up to {count}).',
    other: 'Tap your answer: one tap, no changes. The faster, the more points (up to {count}).',
  },
  'quiz.sending': 'Sending your answer…',
  'quiz.locked': 'Answer locked in',
  'quiz.lockedDetail': 'The right answer shows when time is up.',
  'quiz.noAnswer': 'You did not answer',
  'quiz.correct': 'Correct!',
  'quiz.wrong': 'Not this time',
  'quiz.gained': { one: '+{count} point', other: '+{count} points' },
  'quiz.points': { one: '{count} point', other: '{count} points' },
  'quiz.score': '{gained} · total {total}',
  'quiz.scoreRanked': '{gained} · total {total} · {place} place',
  'quiz.zeroPoints': '0 points for this question.',
  'quiz.ofAnswers': 'of answers',
  'quiz.correctTag': 'Correct',
  'quiz.yourAnswer': 'Your answer',

  // Quiz: the countdown
  'quiz.secondsLeft': { one: '{count} second left', other: '{count} seconds left' },
  'quiz.unitLeft': { one: 's left', other: 's left' },
  'quiz.unitTimesUp': "time's up",
  'quiz.limitSeconds': { one: '{count} s', other: '{count} s' },
  'quiz.limitMinutes': { one: '{count} min', other: '{count} min' },
  'quiz.limitMinutesSeconds': '{minutes} min {seconds} s',

  // Quiz: the results
  'quiz.correctAnswer': { one: 'Correct answer: {answer}', other: 'Correct answers: {answer}' },
  'quiz.gotItRight': '— {percent} got it right',
  'quiz.startsSoon': 'The quiz starts soon',

  // Quiz: the attendee's name on the leaderboard
  'quiz.nameLabel': 'Your name on the leaderboard {optional}',
  'quiz.nameOptional': '(optional)',
  'quiz.nameHelp': {
    one: 'Up to {count} character. Without one you are “Player” and a number.',
    other: 'Up to {count} characters. Without one you are “Player” and a number.',
  },
  'quiz.nameSaved': 'Saved: the leaderboard shows you as “{name}”.',
  'quiz.nameEmpty': 'Type a name first.',
  'quiz.nameTooLong': {
    one: '{count} character: a name is at most {max}.',
    other: '{count} characters: a name is at most {max}.',
  },
  'quiz.nameError.invalid_name': 'This name is not allowed on the leaderboard; choose another.',
  'quiz.nameError.invalid_message': 'A name is 1 to {max} characters.',
  'quiz.nameError.rate_limited': 'Too many tries at once. Wait a second.',
  'quiz.nameFailed': 'Your name could not be saved: {reason}',

  // The margin of error under a choice poll's results (the presenter's option)
  'choice.margin': '±{margin} points at 95% confidence',
  'choice.marginMethod':
    'Margin of error for the leading option, “{option}” ({percent}), at 95% confidence: normal approximation, 1.96 × √(p(1 − p) / n) with n = {voters}.',
} as const;

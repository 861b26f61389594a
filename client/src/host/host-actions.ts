/**
 * Everything the moderator can do, as calls to the HTTP API with the key in
 * the Authorization header. An answer is folded into the state like the
 * matching push (whichever lands first wins, the second changes nothing).
 * Quick actions report failures as a toast; the ones started from a dialog
 * throw a readable message for the dialog to show.
 */
import { useState } from 'hono/jsx';
import type { Poll, PollState } from '../../../shared/protocol.js';
import { api, type PollActionMethod } from '../lib/api.js';
import { describeFailure } from './error-messages.js';
import type { EventAction } from '../lib/event-state.js';
import { saveBlob } from './download.js';
import { createBody, draftOf, patchBody, type PollDraft } from './poll-form.js';
import type { Notify } from './toasts.js';

export function useHostActions(
  code: string,
  key: string,
  dispatch: (a: EventAction) => void,
  notify: Notify,
) {
  const [pending, setPending] = useState<Set<string>>(new Set());

  /** Run a quick action once at a time per `id`, reporting a failure as a toast. */
  const quick = async (id: string, doing: string, run: () => Promise<void>) => {
    if (pending.has(id)) return;
    setPending((s) => new Set(s).add(id));
    try {
      await run();
    } catch (error) {
      notify(describeFailure(error, doing), 'error');
    } finally {
      setPending((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  };

  /** For dialogs: the failure becomes an Error with the sentence to show. */
  const guarded = async (doing: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      throw new Error(describeFailure(error, doing));
    }
  };

  const applyPoll = ({ poll }: { poll: Poll }) => dispatch({ type: 'poll', poll });

  return {
    pending,

    setState: (poll: Poll, state: PollState) =>
      quick(`${poll.id}:state`, state === 'open' ? 'open the poll' : 'close the poll', async () =>
        applyPoll(await api.patchPoll(code, key, poll.id, { state })),
      ),

    setActive: (pollId: number | null) =>
      quick(`${pollId ?? 'none'}:active`, 'change what is on screen', async () => {
        const { activePollId } = await api.setActive(code, key, pollId);
        dispatch({ type: 'active', pollId: activePollId });
      }),

    setShowResults: (poll: Poll, showResults: boolean) =>
      quick(`${poll.id}:results`, showResults ? 'show the results' : 'hide the results', async () =>
        applyPoll(await api.patchPoll(code, key, poll.id, { showResults })),
      ),

    createPoll: (draft: PollDraft) =>
      guarded('create the poll', async () => {
        applyPoll(await api.createPoll(code, key, createBody(draft)));
        notify('Poll created — open it when you are ready');
      }),

    duplicatePoll: (poll: Poll) =>
      quick(`${poll.id}:duplicate`, 'duplicate the poll', async () => {
        applyPoll(await api.createPoll(code, key, createBody(draftOf(poll))));
        notify('Poll duplicated as a new draft at the end of the list');
      }),

    updatePoll: (poll: Poll, draft: PollDraft) =>
      guarded('save the poll', async () => {
        const patch = patchBody(poll, draft);
        if (patch) applyPoll(await api.patchPoll(code, key, poll.id, patch));
      }),

    resetPoll: (poll: Poll) =>
      guarded('reset the poll', async () => {
        applyPoll(await api.resetPoll(code, key, poll.id));
        notify('Votes cleared');
      }),

    deletePoll: (poll: Poll) =>
      guarded('delete the poll', async () => {
        await api.deletePoll(code, key, poll.id);
        dispatch({ type: 'poll_deleted', pollId: poll.id });
        notify('Poll deleted');
      }),

    /** A kind's own host action on a poll (see `api.pollAction`); pending as `${pollId}:${path}`. */
    moderate: (poll: Poll, doing: string, method: PollActionMethod, path: string, body: unknown) =>
      quick(`${poll.id}:${path}`, doing, async () => {
        const answer = await api.pollAction(code, key, poll.id, method, path, body);
        if (answer.poll) applyPoll({ poll: answer.poll });
      }),

    rename: (title: string) =>
      guarded('rename the event', async () => {
        const { event } = await api.patchEvent(code, key, { title });
        dispatch({ type: 'event', event });
      }),

    setShowStats: (showStats: boolean) =>
      quick('event:stats', 'change the screen setting', async () => {
        const { event } = await api.patchEvent(code, key, { showStats });
        dispatch({ type: 'event', event });
      }),

    /** Quiz: the leaderboard on the presenter screen (in place of the poll) or off it. */
    setLeaderboard: (leaderboard: boolean) =>
      quick(
        'event:leaderboard',
        leaderboard ? 'show the leaderboard' : 'hide the leaderboard',
        async () => {
          const { event } = await api.patchEvent(code, key, { leaderboard });
          dispatch({ type: 'event', event });
        },
      ),

    /** Quiz: a new round: every quiz question reset, so its answers and points are gone. */
    newRound: (polls: Poll[]) =>
      guarded('start a new round', async () => {
        for (const poll of polls) applyPoll(await api.resetPoll(code, key, poll.id));
        notify('New round: every quiz question is reset and the scores are back to zero');
      }),

    exportCsv: () =>
      quick('event:export', 'export the votes', async () => {
        const blob = await api.downloadCsv(code, key);
        const day = new Date().toISOString().slice(0, 10);
        saveBlob(blob, `voxpop-${code}-votes-${day}.csv`);
        notify('CSV downloaded');
      }),

    deleteEvent: () =>
      guarded('delete the event', async () => {
        await api.deleteEvent(code, key);
        dispatch({ type: 'event_deleted' });
      }),
  };
}

export type HostActions = ReturnType<typeof useHostActions>;

/**
 * Everything the moderator can do, as calls to the HTTP API with the key in
 * the Authorization header. An answer is folded into the state like the
 * matching push (whichever lands first wins, the second changes nothing).
 * Quick actions report failures as a toast; the ones started from a dialog
 * throw a readable message for the dialog to show. Each names its failure
 * as a whole sentence (a `host.failed.*` key), read when it happens.
 */
import { useState } from 'hono/jsx/dom';
import type { PatchEventBody, Poll, PollState } from '../../../shared/protocol.js';
import { t, type StaffKey } from '../i18n/i18n.js';
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

  /**
   * Run a quick action once at a time per `id`, reporting a failure as a
   * toast: `failed` is its sentence ("Could not open the poll"), translated.
   */
  const quick = async (id: string, failed: string, run: () => Promise<void>) => {
    if (pending.has(id)) return;
    setPending((s) => new Set(s).add(id));
    try {
      await run();
    } catch (error) {
      notify(describeFailure(error, failed), 'error');
    } finally {
      setPending((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  };

  /** For dialogs: the failure becomes an Error with the sentence to show. */
  const guarded = async (failed: StaffKey, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      throw new Error(describeFailure(error, t(failed)));
    }
  };

  const applyPoll = ({ poll }: { poll: Poll }) => dispatch({ type: 'poll', poll });

  return {
    pending,

    setState: (poll: Poll, state: PollState) =>
      quick(
        `${poll.id}:state`,
        t(state === 'open' ? 'host.failed.openPoll' : 'host.failed.closePoll'),
        async () => applyPoll(await api.patchPoll(code, key, poll.id, { state })),
      ),

    setActive: (pollId: number | null) =>
      quick(`${pollId ?? 'none'}:active`, t('host.failed.changeScreen'), async () => {
        const { activePollId } = await api.setActive(code, key, pollId);
        dispatch({ type: 'active', pollId: activePollId });
      }),

    setShowResults: (poll: Poll, showResults: boolean) =>
      quick(
        `${poll.id}:results`,
        t(showResults ? 'host.failed.showResults' : 'host.failed.hideResults'),
        async () => applyPoll(await api.patchPoll(code, key, poll.id, { showResults })),
      ),

    createPoll: (draft: PollDraft) =>
      guarded('host.failed.createPoll', async () => {
        applyPoll(await api.createPoll(code, key, createBody(draft)));
        notify(t('host.toast.pollCreated'));
      }),

    duplicatePoll: (poll: Poll) =>
      quick(`${poll.id}:duplicate`, t('host.failed.duplicatePoll'), async () => {
        applyPoll(await api.createPoll(code, key, createBody(draftOf(poll))));
        notify(t('host.toast.pollDuplicated'));
      }),

    updatePoll: (poll: Poll, draft: PollDraft) =>
      guarded('host.failed.savePoll', async () => {
        const patch = patchBody(poll, draft);
        if (patch) applyPoll(await api.patchPoll(code, key, poll.id, patch));
      }),

    resetPoll: (poll: Poll) =>
      guarded('host.failed.resetPoll', async () => {
        applyPoll(await api.resetPoll(code, key, poll.id));
        notify(t('host.toast.votesCleared'));
      }),

    deletePoll: (poll: Poll) =>
      guarded('host.failed.deletePoll', async () => {
        await api.deletePoll(code, key, poll.id);
        dispatch({ type: 'poll_deleted', pollId: poll.id });
        notify(t('host.toast.pollDeleted'));
      }),

    /**
     * A kind's own host action on a poll (see `api.pollAction`); pending as
     * `${pollId}:${path}`. `failed`: its failure's sentence, translated.
     */
    moderate: (poll: Poll, failed: string, method: PollActionMethod, path: string, body: unknown) =>
      quick(`${poll.id}:${path}`, failed, async () => {
        const answer = await api.pollAction(code, key, poll.id, method, path, body);
        if (answer.poll) applyPoll({ poll: answer.poll });
      }),

    /** The poll's results as a PNG for slides, in the theme the console shows. */
    downloadImage: (poll: Poll) =>
      quick(`${poll.id}:image`, t('host.failed.downloadImage'), async () => {
        const root = document.documentElement.dataset.theme;
        const dark = root ? root === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
        const blob = await api.downloadResultsImage(code, key, poll.id, dark ? 'dark' : 'light');
        saveBlob(blob, `voxpop-${code}-poll-${poll.id}.png`);
        notify(t('host.toast.imageDownloaded'));
      }),

    rename: (title: string) =>
      guarded('host.failed.renameEvent', async () => {
        const { event } = await api.patchEvent(code, key, { title });
        dispatch({ type: 'event', event });
      }),

    setShowStats: (showStats: boolean) =>
      quick('event:stats', t('host.failed.changeScreenSetting'), async () => {
        const { event } = await api.patchEvent(code, key, { showStats });
        dispatch({ type: 'event', event });
      }),

    /** The event's languages: its own (the screen's), further ones, alternation on screen. */
    setLanguages: (patch: PatchEventBody) =>
      quick('event:languages', t('host.failed.changeLanguages'), async () => {
        const { event } = await api.patchEvent(code, key, patch);
        dispatch({ type: 'event', event });
      }),

    /** Quiz: the leaderboard on the presenter screen (in place of the poll) or off it. */
    setLeaderboard: (leaderboard: boolean) =>
      quick(
        'event:leaderboard',
        t(leaderboard ? 'host.failed.showLeaderboard' : 'host.failed.hideLeaderboard'),
        async () => {
          const { event } = await api.patchEvent(code, key, { leaderboard });
          dispatch({ type: 'event', event });
        },
      ),

    /** Quiz: a new round: every quiz question reset, so its answers and points are gone. */
    newRound: (polls: Poll[]) =>
      guarded('host.failed.newRound', async () => {
        for (const poll of polls) applyPoll(await api.resetPoll(code, key, poll.id));
        notify(t('host.toast.newRound'));
      }),

    exportCsv: () =>
      quick('event:export', t('host.failed.exportVotes'), async () => {
        const blob = await api.downloadCsv(code, key);
        // The file's name keeps an ISO date in every language: it sorts, and has no slashes.
        const day = new Date().toISOString().slice(0, 10);
        saveBlob(blob, `voxpop-${code}-votes-${day}.csv`);
        notify(t('host.toast.csvDownloaded'));
      }),

    deleteEvent: () =>
      guarded('host.failed.deleteEvent', async () => {
        await api.deleteEvent(code, key);
        dispatch({ type: 'event_deleted' });
      }),
  };
}

export type HostActions = ReturnType<typeof useHostActions>;

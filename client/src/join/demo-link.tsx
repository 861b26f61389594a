/**
 * "Try the demo", offered quietly and only when the server has one: a first
 * visitor without a code still gets to feel a vote.
 */
import { useState } from 'hono/jsx/dom';
import { t, tNodes } from '../i18n/i18n.js';
import { api } from '../lib/api.js';
import { useDedupedEffect } from '../lib/deduped-effect.js';

export function DemoLink() {
  const [code, setCode] = useState<string | null>(null);
  useDedupedEffect(() => {
    api.demo().then(
      ({ event }) => setCode(event?.code ?? null),
      () => setCode(null), // no demo on this server: say nothing
    );
  }, []);
  if (!code) return null;
  return (
    <p class="join-demo">
      {tNodes('join.demo', { link: <a href={`/e/${code}`}>{t('join.demoLink')}</a> })}
    </p>
  );
}

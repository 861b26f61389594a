/**
 * Every test file starts with the pages' English loaded, as a page does
 * before its first render (client/src/i18n): components under test read
 * their words through t().
 */
import { startI18n } from '../../client/src/i18n/i18n.js';

await startI18n({ parts: ['attendee', 'kinds', 'staff'], language: 'en' });

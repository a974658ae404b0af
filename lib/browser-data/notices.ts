/*
 * What the person is told when what this browser saved is reset or cannot be
 * saved. Separate strings rather than one object, so each page carries only
 * the ones it can show: "came from an older version" is migrate.ts's alone.
 */
export const CORRUPTED_NOTICE = 'The progress saved in this browser could not be read, so it was reset. Sorry: please mark your steps again.';
export const UNAVAILABLE_NOTICE =
  'This browser does not let Unlisted save progress (storage is blocked or full). Your marks last until you close this tab.';

import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * X (formerly Twitter) checklist content.
 *
 * Every fact comes from /work/shared/facts/platform-facts.md (section 4, with its
 * rows in "8. Key numbers" and "9. Verify on a real device"). Most of X's help
 * centre was not stored, so many menu paths rest on secondary sources only. Where
 * they do, the text tells the person what to look for instead of naming an exact
 * label, and a note says the labels could not be confirmed. Only three official
 * URLs were seen for X; every link below is one of them.
 *
 * The facts give the same paths for the iPhone and Android apps, so `phones()`
 * fills both tabs.
 */

const LAST_VERIFIED = '2026-12-01';

/** Navigation menu → Settings and privacy → Privacy and safety, as in X's discoverability article. */
const OPEN_APP_PRIVACY = [
  'Open the app’s navigation menu.',
  'Tap **Settings and privacy**, then **Privacy and safety**.',
];

const OPEN_WEB_PRIVACY =
  'Sign in on x.com in your browser, open your settings, then open **Privacy and safety**.';

const UNCONFIRMED_LABELS_NOTE =
  'The exact labels on this screen could not be confirmed from X’s own help pages, and X renames things often. Look for wording close to what is described here.';

const NEAREST_LINK_NOTE =
  'X’s own help page for this setting wasn’t available to check, so the official link here goes to its nearest privacy help article.';

const OLDER_WORDING_NOTE = 'Older X help text and app versions say “Tweets” where newer ones say “posts”.';

const DATA_HELP_LINK = {
  label: 'Open X’s help article on accessing your X data',
  url: 'https://help.x.com/en/managing-your-account/accessing-your-x-data',
};

const DISCOVERABILITY_HELP_URL = 'https://help.twitter.com/safety-and-security/search-twitter-by-email-or-phone-number';

/** X's discoverability article, the nearest official page for the privacy settings below. */
const PRIVACY_AND_SAFETY_LINK = {
  label: 'Open X’s help article on privacy and safety settings for your email and phone',
  url: DISCOVERABILITY_HELP_URL,
};

const DISCOVERABILITY_SOURCE = {
  label: 'X Help Center: About your email and phone number discoverability privacy settings',
  url: DISCOVERABILITY_HELP_URL,
};

const DEACTIVATE_HELP_LINK = {
  label: 'Open X’s help article on deactivating your account',
  url: 'https://help.x.com/en/managing-your-account/how-to-deactivate-x-account',
};

export const xPlatform = {
  slug: 'x',
  name: 'X (formerly Twitter)',
  tagline:
    'Download an archive of your X posts and data, then protect your posts and make your account harder to find, or deactivate it for good.',
  officialDomains: ['x.com', 'twitter.com'],
  // Grace period: 30 days of deactivation before deletion (official wording via copies).
  // Download window for the archive: unknown, so no number is given.
  timings: { deletionGraceDays: 30, dataFileAvailableDays: null },
  notOnPlatform: [
    {
      topic: 'Pausing your account without deleting it',
      explanation:
        'X has no long-term pause: deactivating is the first step of deleting, and the account is deleted after 30 days unless you log back in.',
    },
  ],
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your archive',
      summary:
        'Ask X for an archive of your account, then download it as soon as X says it’s ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what you have on X: your posts, your messages and the photos and videos you shared.',
        'It can also serve as a record, for example of who messaged you and what was said.',
        'The archive isn’t ready straight away, so start it now and do the other steps while you wait.',
      ],
      changes: [
        'X prepares an archive of your account. It should include your profile, your posts, your direct messages, the media you shared, your followers and the accounts you follow, and your lists.',
        'It should also hold what X has worked out about you, such as your likely interests, and data about the ads you were shown.',
        'The archive should come as pages you can open in a web browser, plus data files that other tools can read.',
        'Preparing it can take a day or longer. X should let you know by email and in the app when it’s ready.',
      ],
      unchanged: [
        'Requesting your archive changes nothing on your account: nothing is deleted, hidden or protected.',
      ],
      howTo: {
        ...phones(
          [
            'Open the app’s navigation menu and tap **Settings and privacy**.',
            'Open the section about your account.',
            'Look for the option to download an archive of your data and tap it.',
            'Enter your password if X asks for it, and the code it sends to your email or phone to confirm it’s you.',
            'Send the request.',
            'When X tells you the archive is ready, come back to the same screen and download it.',
          ],
          'The labels here come from secondary sources and could not be confirmed on X’s own help pages. Look for wording like “your account” and “download an archive”. If you can’t find it in the app, use x.com in a browser.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on x.com in your browser and open **Settings and privacy**.',
            'Open the section about your account.',
            'Look for the option to download an archive of your data.',
            'Enter your password if X asks for it, and the code it sends to your email or phone to confirm it’s you.',
            'Send the request, then come back when X tells you the archive is ready, and download it from the same page.',
          ],
          note: 'The labels here come from secondary sources and could not be confirmed on X’s own help pages. Look for wording like “your account” and “download an archive”.',
        },
      },
      officialLinks: [DATA_HELP_LINK],
      sources: [
        {
          label: 'X Help Center: Accessing your X data',
          url: 'https://help.x.com/en/managing-your-account/accessing-your-x-data',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'How long the archive stays available to download could not be confirmed. Download it as soon as X says it’s ready, and request a new one if the download no longer works.',
        'The archive holds private information such as your direct messages and your address book. Keep it somewhere only you can open.',
        'Use only X’s own archive. Don’t give your login to third-party apps or websites that offer to download your account for you.',
        'Check the contents when it arrives. What it holds could not be checked against X’s current help page.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-account-private',
      title: 'Protect your posts',
      summary:
        'Turn on protected posts so that only followers you approve can see what you post from now on.',
      why: [
        'Public posts on X can be read by anyone, and shared far beyond the people you know.',
        'With protected posts, new people have to ask to follow you, and you decide who gets in.',
      ],
      changes: [
        'New followers have to send a request, and you approve or ignore each one.',
        'Only your followers can see your protected posts.',
        'Protected posts are also meant to stay out of public search, and others can’t repost them, though this could not be confirmed on X’s own pages.',
      ],
      unchanged: [
        'People who already followed you before you protected your posts can still see them and interact with them, unless you block them.',
        'If you later turn protection off, posts you wrote while protected become public.',
        'Who can find you by email or phone and who can message you are separate settings, covered in the next steps.',
        'Anything someone already copied or took a screenshot of stays with them.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Look for the section about your audience and tagging.',
            'Turn on the setting to protect your posts, and confirm if asked.',
            'Go through your followers list and block anyone you don’t want seeing your posts.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${OLDER_WORDING_NOTE} ${NEAREST_LINK_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Look for the section about your audience (on the website it may also mention media and tagging).',
            'Turn on the setting to protect your posts, and confirm if asked.',
            'Go through your followers list and block anyone you don’t want seeing your posts.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${OLDER_WORDING_NOTE} ${NEAREST_LINK_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_AND_SAFETY_LINK],
      sources: [DISCOVERABILITY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'Protecting your posts doesn’t remove your current followers. Anyone already following you keeps seeing your posts until you block them.',
        'Turning protection off again makes every post you wrote while protected public.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'turn-off-discoverability',
      title: 'Stop people finding you by email or phone',
      summary:
        'Turn off the two settings that let people find your account with your email address or phone number.',
      why: [
        'Anyone who has your email address or phone number can use it to look up your X account, unless you switch this off.',
        'X may also suggest your account to people who uploaded contacts that include your email or phone. That is how someone you want to avoid can be shown your account without searching for it.',
      ],
      changes: [
        '**Let others find you by your email** off: people can’t find your account with your email address.',
        '**Let others find you by your phone** off: people can’t find your account with your phone number.',
        'With both off, X also stops using uploaded address books to suggest your account to others.',
      ],
      unchanged: [
        'People can still find you by searching for your name or username.',
        'It doesn’t protect your posts or change who can see them.',
        'Your email address and phone number stay on your account.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Discoverability and contacts**.',
            'Turn off **Let others find you by your email**.',
            'Turn off **Let others find you by your phone**.',
          ],
          'These labels come from X’s help article, but it may be out of date. If they differ on your app, look for the settings about being found by your email or phone.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Open **Discoverability**.',
            'Turn off both settings that let others find you by your email and by your phone.',
          ],
          note: 'X’s help article names this section **Discoverability** on the website. The wording may have changed since.',
        },
      },
      officialLinks: [
        {
          label: 'Open X’s help article on email and phone discoverability',
          url: DISCOVERABILITY_HELP_URL,
        },
      ],
      sources: [DISCOVERABILITY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 2,
      warnings: [
        'There are two separate switches, one for email and one for phone. Turn off both: only then does X stop using uploaded address books to suggest you.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can message you',
      summary:
        'Choose the narrowest setting for who can send you message requests, so strangers can’t message you privately.',
      why: [
        'Direct messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
      ],
      changes: [
        'The direct message settings decide who can send you a message request. The choices reportedly range from everyone, to verified accounts only, to no one.',
        'Choosing the narrowest option should stop message requests from people you don’t follow.',
      ],
      unchanged: [
        'People you follow may still be able to message you, whatever you choose here. This could not be confirmed. To stop someone for sure, unfollow or block them.',
        'Your existing conversations stay in your inbox.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Look for the direct messages settings.',
            'Find the choice of who can send you message requests, and pick the narrowest option offered, such as “No one”.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${NEAREST_LINK_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Look for the direct messages settings.',
            'Find the choice of who can send you message requests, and pick the narrowest option offered, such as “No one”.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${NEAREST_LINK_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_AND_SAFETY_LINK],
      sources: [DISCOVERABILITY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 2,
      warnings: [
        'The options could not be confirmed and may differ on your account. Pick the narrowest one you’re offered.',
        'Changing this doesn’t delete old conversations. If you need them as a record, they should be in your archive.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-replies',
      title: 'Limit who can reply',
      summary:
        'When you post, choose who can reply to that post, so strangers can’t reply in public under it.',
      why: [
        'Replies sit in public under your posts, so a hostile reply reaches everyone who reads them.',
        'X offers a way to limit who can reply to a post, one post at a time.',
      ],
      changes: [
        'The post you set it on only takes replies from the people you chose.',
      ],
      unchanged: [
        'An account-wide setting for replies could not be confirmed. Plan to set this on each new post.',
        'Protecting your posts (an earlier step) already limits who can see them, and so who can reply.',
        'It doesn’t change who can message you; that is the previous step.',
      ],
      howTo: {
        ...phones(
          [
            'Start writing a new post.',
            'Before you post it, look for the option that says who can reply, and pick the narrowest audience you’re comfortable with.',
            'Post it, and do the same for each new post.',
          ],
          `The labels could not be confirmed. Look for wording like “who can reply”. ${NEAREST_LINK_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            'Sign in on x.com and start writing a new post.',
            'Before you post it, look for the option that says who can reply, and pick the narrowest audience you’re comfortable with.',
            'Post it, and do the same for each new post.',
          ],
          note: `The labels could not be confirmed. Look for wording like “who can reply”. ${NEAREST_LINK_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_AND_SAFETY_LINK],
      sources: [DISCOVERABILITY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 2,
      warnings: [
        'How reply settings work on X could not be confirmed from its own help pages, so treat the steps above as a guide.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-account',
      kind: 'deletion',
      title: 'Deactivate and delete your account',
      summary:
        'Deactivate your X account: it is hidden at once and deleted for good after 30 days, unless you log back in.',
      why: [
        'If you don’t want to be on X at all, deleting your account removes your profile and posts instead of just hiding them.',
        'X has no separate delete button: deactivating is the only way to delete. Deactivation lasts 30 days, and if you don’t access your account in that time, it is deleted.',
        'Those 30 days let you change your mind, which also means the deletion is easy to cancel by accident.',
      ],
      changes: [
        'Your account is deactivated straight away: your username and public profile can no longer be seen on x.com or in the iPhone and Android apps.',
        'After 30 days, your account is deleted and your username is no longer linked to it.',
        'Once it’s deleted, you can’t reactivate it or get back to your old posts.',
        'Your username becomes free for someone else to take.',
      ],
      unchanged: [
        'Copies of your posts may still show up in search engines for a while.',
        'X may keep some information after deletion, for example for safety and security.',
        'Deleting the X app from your phone doesn’t deactivate or delete your account.',
      ],
      howTo: {
        ...phones(
          [
            'Before you start: finish the backup step. Wait until you have downloaded your archive, not just requested it.',
            'Open the app’s navigation menu and tap **Settings and privacy**.',
            'Open the section about your account.',
            'Look for the option to deactivate your account, tap it and confirm.',
            'Enter your password if X asks for it.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          'The labels here come from secondary sources and could not be confirmed on X’s own help pages. Look for wording like “your account” and “deactivate”.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step. Wait until you have downloaded your archive, not just requested it.',
            'Sign in on x.com in your browser and open **Settings and privacy**.',
            'Open the section about your account.',
            'Look for the option to deactivate your account, click it and confirm.',
            'Enter your password if X asks for it.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: 'The labels here come from secondary sources and could not be confirmed on X’s own help pages. Look for wording like “your account” and “deactivate”.',
        },
      },
      officialLinks: [DEACTIVATE_HELP_LINK],
      sources: [
        {
          label: 'X Help Center: How to deactivate your X account',
          url: 'https://help.x.com/en/managing-your-account/how-to-deactivate-x-account',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Don’t log in to X during the 30 days. Logging back in restores your account and cancels the deletion.',
        'If X is still signed in on another phone, tablet or computer, opening it there may count as logging in. Sign out everywhere else before you deactivate.',
        'Back up first: download your archive before you deactivate. Once the account is deleted, your posts can’t be recovered, and logging in to fetch the archive would cancel the deletion.',
        'After deletion anyone can take your old username. If people know you by it, tell them you’re leaving, so nobody mistakes a newcomer for you.',
        'Make sure you know your password, and can get into the email or phone on your account, before you start. X may ask you to confirm it’s you.',
      ],
      recommendedBefore: ['download-your-data'],
    },
  ],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then protect your posts, stop people finding you by email or phone, and limit who can message you and reply to you.',
      steps: [
        'download-your-data',
        'make-account-private',
        'turn-off-discoverability',
        'limit-direct-messages',
        'limit-replies',
      ],
    },
    leave: {
      title: 'Leave X (formerly Twitter)',
      description:
        'Download your archive, then deactivate your account. X deletes it after 30 days, and logging in during that time cancels the deletion.',
      steps: ['download-your-data', 'delete-account'],
    },
  },
} satisfies PlatformInput;

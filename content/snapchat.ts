import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Snapchat checklist content.
 *
 * Every fact comes from /work/shared/facts/platform-facts.md (section 6, with its
 * rows in "8. Key numbers" and "9. Verify on a real device"). The privacy controls
 * were read on Snapchat's own help page; the data-download and deletion paths rest
 * on unofficial guides, so those steps tell the person what to look for instead of
 * promising exact labels. How long the data file takes, and how long its link
 * lasts, are unknown, so no number is given for either.
 *
 * The help pages describe the same labels on iPhone and Android, so `phones()`
 * fills both tabs wherever the app is the way to do it.
 */

const LAST_VERIFIED = '2026-12-01';

/** Profile → ⚙️ Settings → Privacy Controls, shared by the lock-down steps. */
const OPEN_APP_PRIVACY = [
  'Open Snapchat and go to your profile.',
  'Tap the gear icon **⚙️** to open **Settings**, then scroll to **Privacy Controls**.',
];

const SAVE_BY_GOING_BACK =
  'Tap back to leave the screen. Snapchat saves your choice when you go back.';

const APP_ONLY_REASON =
  'Snapchat’s help page describes this setting only in the app. Open Snapchat on your phone and follow the iPhone or Android steps.';

const PRIVACY_ARTICLE = {
  label: 'Open Snapchat’s help article on privacy settings',
  url: 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat',
};

const PRIVACY_SOURCE = {
  label: 'Snapchat Support: How do I change my privacy settings on Snapchat?',
  url: 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat',
};

const ACCOUNT_PORTAL = { label: 'Open Snapchat’s account portal', url: 'https://accounts.snapchat.com/' };

export const snapchat = {
  slug: 'snapchat',
  name: 'Snapchat',
  tagline:
    'Save a copy of your Snapchat data, then keep your Story and location to friends and stop strangers finding or contacting you, or delete your account for good.',
  officialDomains: ['snapchat.com'],
  timings: { deletionGraceDays: 30, dataFileAvailableDays: null },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Ask Snapchat for a copy of your account data, then download it as soon as Snapchat tells you it’s ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what Snapchat holds about you: your account details, your friends, your Memories, your saved chats, your searches and your location data.',
        'It can also serve as a record of your account, for example of who you were friends with and when you logged in.',
        'How long the file takes to prepare isn’t known, so request it first and do the other steps while you wait.',
      ],
      changes: [
        'Snapchat prepares a file with a copy of your data. Its help material lists login and account details, your profile, your Snap history and saved chat history, Memories, purchases, support history, friends, location, search history and Bitmoji.',
        'You choose what to include, and you may also be asked for a date range.',
        'When the file is ready, Snapchat is reported to send a download link to the email address on your account. The file usually comes as a zip.',
      ],
      unchanged: [
        'Requesting your data changes nothing on your account: nothing is deleted, hidden or made private.',
        'Snapchat keeps different kinds of data for different lengths of time, so some older history may not be in the file.',
        'Your most recent activity, roughly the last day or two, may not be in the file yet.',
        'The list mentions saved chat history, so chats that were never saved may well be missing.',
        'Whether the file holds your Memories photos and videos themselves, or only a record of them, could not be confirmed. Open the file and check before you delete anything.',
      ],
      howTo: {
        ...phones(
          [
            'Open Snapchat, go to your profile and tap the gear icon **⚙️** to open **Settings**.',
            'Scroll down to the section about your account and look for the option to download your data (reported as **My Data**, under **Account Actions**).',
            'Sign in again if Snapchat asks you to.',
            'Choose what to include (everything, unless you have a reason not to) and, if asked, the widest date range offered.',
            'Send the request (reported as **Submit Request**).',
            'Watch the inbox of the email address on your account. When the link arrives, download the file straight away.',
          ],
          'These labels come from unofficial guides and could not be confirmed on Snapchat’s own pages. If your app words them differently, look for an option about your data in the account part of **Settings**.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in to Snapchat’s account portal, accounts.snapchat.com, in your browser (the official link on this page goes there).',
            'Look for the option to download or request your data.',
            'Choose what to include and, if asked, a date range, then send the request.',
            'When Snapchat emails you that the file is ready, download it straight away.',
          ],
          note: 'Snapchat’s help material says the request can be made on the account portal, but the labels there could not be confirmed. If you can’t find the option, request the file in the app instead.',
        },
      },
      officialLinks: [
        {
          label: 'Open Snapchat’s help article on downloading your data',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012305371156-How-do-I-download-my-data-from-Snapchat',
        },
        ACCOUNT_PORTAL,
      ],
      sources: [
        {
          label: 'Snapchat Support: How do I download my data from Snapchat?',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012305371156-How-do-I-download-my-data-from-Snapchat',
        },
        { label: 'Snapchat account portal', url: 'https://accounts.snapchat.com/' },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'How long the download link keeps working could not be confirmed. Download the file as soon as it arrives, and request a new one if the link has stopped working.',
        'Make sure the email address on your account is one you can still open: that is reportedly where the download link goes.',
        'The file holds private information such as your location data, saved chats and searches. Keep it somewhere only you can open.',
        'Use only Snapchat’s own download option. Don’t give your login to other apps or websites that offer to save your Snaps or Memories.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-account-private',
      title: 'Keep your Story and location to friends',
      summary:
        'Check who can see your Story and your location on Snap Map, and narrow both to the people you choose.',
      why: [
        'Snapchat has no single “private account” switch. What others can see is set piece by piece, in **Privacy Controls**.',
        'Your Story and your place on Snap Map are the two things most likely to show strangers, or someone you want to avoid, what you’re doing and where you are.',
      ],
      changes: [
        'By default, only people you’ve added as friends can view your Story or contact you directly. This step checks that it is still set that way, or narrower.',
        '**Who Can View My Story** sets who sees your Story. **Custom** lets you leave out particular friends.',
        '**Who Can See My Location** sets who can see you on Snap Map. Your location isn’t shared until you first open the Map.',
        'The same screen has an **Activity Indicator** setting. Snapchat’s help page names it without describing it, so read what it says on your screen and turn it off if you don’t want friends to see it.',
      ],
      unchanged: [
        'Who can send you Snaps, chat or call you is a separate setting, covered in a later step.',
        'Whether Snapchat suggests you to other people is also separate, covered in the next step.',
        'If you have a Public Profile, the Story on it is adjusted from the profile itself, not from these settings.',
        'Friends you’ve already added stay your friends. Changing who sees your Story doesn’t remove anyone from your friends list.',
      ],
      howTo: {
        ...phones([
          ...OPEN_APP_PRIVACY,
          'Tap **Who Can View My Story** and choose friends only, or **Custom** to leave out particular people. ' +
            SAVE_BY_GOING_BACK,
          'Tap **Who Can See My Location** and choose the narrowest option you’re comfortable with. ' +
            SAVE_BY_GOING_BACK,
          'Look at **Activity Indicator** on the same screen and turn it off if you don’t want friends to see it.',
        ]),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinks: [PRIVACY_ARTICLE],
      sources: [PRIVACY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'If you’ve opened Snap Map before, check **Who Can See My Location** even if you think you never shared it.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'turn-off-quick-add',
      title: 'Stop Snapchat suggesting you in Quick Add',
      summary:
        'Turn off **Who Can See Me In Find Friends** so Snapchat stops showing you to other people as a suggested friend.',
      why: [
        'Quick Add shows your account to people Snapchat thinks you may know, for example through mutual friends or contacts. That is how someone you want to avoid can be shown your account without searching for it.',
        'Taking yourself out of these suggestions makes you much harder to stumble on.',
      ],
      changes: [
        '**Who Can See Me In Find Friends** decides whether you appear in Quick Add.',
        'A change to this setting can take up to 72 hours to take effect.',
      ],
      unchanged: [
        'This setting is about suggestions. The help page doesn’t say it stops someone who already knows your username from finding you.',
        'Friends you’ve already added stay your friends.',
        'Who can contact you is a separate setting, covered in the next step.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Who Can See Me In Find Friends** and switch it off, or choose the narrowest option offered.',
            SAVE_BY_GOING_BACK,
          ],
          'Older app versions call this **See Me in Quick Add**.',
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinks: [PRIVACY_ARTICLE],
      sources: [PRIVACY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 2,
      warnings: [
        'The change can take up to 72 hours. You may still be suggested to people for a few days.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can contact you',
      summary:
        'Set **Who Can Contact Me** to **My Friends** so people you haven’t added can’t send you Snaps, chat or call you.',
      why: [
        'Snaps, Chats and calls let people reach you privately. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
        'Replies to your Story follow the same setting, so narrowing it closes that route too.',
      ],
      changes: [
        '**Who Can Contact Me** covers Snaps, Chats and calls.',
        '**Everyone** lets anyone contact you. **My Friends** lets only people you’ve added do so.',
        'With **My Friends**, you won’t see Snaps from people who aren’t your friends. You only get a notification that they added you.',
      ],
      unchanged: [
        'People in a group chat with you can always message you in that group, whatever this setting says.',
        'Friends you’ve already added can still contact you. Remove or block anyone you don’t want to hear from.',
        'Your existing conversations stay where they are.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Who Can Contact Me** and choose **My Friends**.',
            SAVE_BY_GOING_BACK,
            'If you’re in group chats with people you don’t want to hear from, leave those groups.',
          ],
          'Newer versions may also offer an option for friends and contacts. That option could not be confirmed on Snapchat’s own pages; **My Friends** is the narrowest one the help page names.',
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinks: [PRIVACY_ARTICLE],
      sources: [PRIVACY_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 2,
      warnings: [
        'This setting doesn’t reach into group chats. Leave any group shared with someone you want to avoid.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-account',
      kind: 'deletion',
      title: 'Delete your account',
      summary:
        'Delete your Snapchat account: it is deactivated at once and deleted after 30 days, unless you reactivate it by logging back in.',
      why: [
        'If you don’t want to be on Snapchat at all, deleting your account removes it instead of just narrowing who can see you.',
        'Snapchat first deactivates the account for 30 days, and during that time it can still be reactivated. Those 30 days let you change your mind, which also means the deletion is easy to cancel by accident.',
        'Snapchat speaks of deactivating and deleting together: deleting starts with 30 days of deactivation. No separate, temporary pause could be confirmed, so if you only want a break, the lock-down path is the safer choice.',
      ],
      changes: [
        'Your account is deactivated straight away.',
        'After 30 days it is deleted. Reports based on Snapchat’s support pages say this covers your account, settings, friends, Snaps, Chats, Story, device data and location data.',
        'After that, don’t expect to get anything back. Keep your own copy first.',
      ],
      unchanged: [
        'For the first 30 days, logging back in can reactivate the account and cancel the deletion.',
        'Snapchat may keep some data for legal, security and business reasons, according to reports.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'Open Snapchat, go to your profile and tap the gear icon **⚙️** to open **Settings**.',
            'Scroll to the section about your account and look for the option to delete your account (reported as **Delete Account**, under **Account Actions**).',
            'Follow the instructions on screen, including entering your password if you’re asked for it.',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'These labels come from unofficial guides and could not be confirmed on Snapchat’s own pages. You can also delete your account on accounts.snapchat.com in a browser (see the Web tab).',
        },
        android: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'In your phone’s browser, sign in to Snapchat’s account portal, accounts.snapchat.com (the official link on this page goes there).',
            'Look for the option to delete your account (reported as **Delete my account**).',
            'Enter your password and continue (reported as **Continue**).',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'Unofficial guides describe deleting from the account portal on Android. Their labels could not be confirmed on Snapchat’s own pages, so look for wording about deleting your account.',
        },
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'Sign in to Snapchat’s account portal, accounts.snapchat.com, in your browser (the official link on this page goes there).',
            'Look for the option to delete your account (reported as **Delete my account**).',
            'Enter your password and continue (reported as **Continue**).',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'These labels come from unofficial guides and could not be confirmed on Snapchat’s own pages. Look for wording about deleting your account.',
        },
      },
      officialLinks: [
        {
          label: 'Open Snapchat’s help article on deactivating or deleting your account',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012328360596-How-do-I-deactivate-or-delete-my-Snapchat-account',
        },
        ACCOUNT_PORTAL,
      ],
      sources: [
        {
          label: 'Snapchat Support: How do I deactivate or delete my Snapchat account?',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012328360596-How-do-I-deactivate-or-delete-my-Snapchat-account',
        },
        { label: 'Snapchat account portal', url: 'https://accounts.snapchat.com/' },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Logging back in during the 30 days can reactivate your account and cancel the deletion. Don’t log in, on any device, unless you’ve changed your mind.',
        'Back up first: download your data and check it holds your Memories and anything else you want. After 30 days it can’t be recovered.',
        'Keep your username and password. You need the password to confirm. If you change your mind, reports say you log back in with your username (not your email address), and reactivation can take up to 24 hours.',
      ],
      recommendedBefore: ['download-your-data'],
    },
  ],
  notOnPlatform: [
    {
      topic: 'Comments',
      explanation:
        'Snapchat has no public comments under posts in the usual sense: replies to your Story follow the **Who Can Contact Me** setting from the contact step, and comment controls for Public Profiles and Spotlight could not be confirmed.',
    },
  ],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then keep your Story and location to friends, stop Snapchat suggesting you in Quick Add, and limit who can contact you.',
      steps: ['download-your-data', 'make-account-private', 'turn-off-quick-add', 'limit-direct-messages'],
    },
    leave: {
      title: 'Leave Snapchat',
      description:
        'Back up your data, then delete your account. Snapchat keeps it deactivated for 30 days, and logging back in during that time can reactivate it and cancel the deletion.',
      steps: ['download-your-data', 'delete-account'],
    },
  },
} satisfies PlatformInput;

import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Snapchat checklist content.
 *
 * How the facts were sourced (docs/content-guide.md): each step's `sources` lists
 * the pages it rests on, Snap's own pages (help.snapchat.com, read in stored copies,
 * some in other languages, and values.snap.com) and independent guides, and
 * `verifiedAgainst` says which kind the step was last checked against. The account
 * portal addresses come from their wide use in public code and deletion directories;
 * none has been opened on a real account. The privacy controls exist only in the app,
 * so those steps say which screen to open instead of linking a setting.
 *
 * How long the data file's download link lasts is not published by Snapchat
 * (independent guides report anything from a couple of days to about a week), so no
 * number is given and no reminder is offered.
 *
 * The help pages describe the same labels on iPhone and Android, so `phones()`
 * fills both tabs wherever the app is the way to do it.
 */

/** The day every step was last checked against its sources. */
const LAST_VERIFIED = '2026-12-07';

/** Profile → ⚙️ Settings → Privacy Controls, shared by the lock-down steps. */
const OPEN_APP_PRIVACY = [
  'Open Snapchat and go to your profile.',
  'Tap the gear icon **⚙️** to open **Settings**, then scroll to **Privacy Controls**.',
];

const SAVE_BY_GOING_BACK =
  'Tap back to leave the screen. Snapchat saves your choice when you go back.';

const APP_ONLY_REASON =
  'Snapchat’s privacy controls are only in the app. Open Snapchat on your phone and follow the iPhone or Android steps.';

const PRIVACY_ARTICLE = {
  kind: 'help',
  label: 'Open Snapchat’s help article on privacy settings',
  url: 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat',
  localizedUrls: {
    es: 'https://help.snapchat.com/hc/es/articles/7012343074580--C%C3%B3mo-cambio-mi-configuraci%C3%B3n-de-privacidad-en-Snapchat',
  },
} as const;

const PRIVACY_SOURCES = [
  {
    label: 'Snapchat Support: How do I change my privacy settings on Snapchat?',
    url: 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat',
    kind: 'official',
  },
  {
    label: 'Snapchat Support, in Spanish: ¿Cómo cambio mi configuración de privacidad en Snapchat? (the Spanish names of these settings)',
    url: 'https://help.snapchat.com/hc/es/articles/7012343074580--C%C3%B3mo-cambio-mi-configuraci%C3%B3n-de-privacidad-en-Snapchat',
    kind: 'official',
  },
] as const;

const SNAP_ACCOUNT_PAGE = {
  label: 'Snap Privacy, Safety and Policy Hub: Your Snapchat account (data requests and deletion on the account portal)',
  url: 'https://values.snap.com/privacy/privacy-by-product/your-snapchat-account',
  kind: 'official',
} as const;

export const snapchat = {
  slug: 'snapchat',
  name: 'Snapchat',
  tagline:
    'Save a copy of your Snapchat data, then keep your Story and location to friends and stop strangers finding or contacting you, or delete your account for good.',
  // snap.com is Snap Inc.'s own domain: its privacy hub (values.snap.com) is one of the sources.
  officialDomains: ['snapchat.com', 'snap.com'],
  // 30 days of deactivation before deletion (Snapchat's help). How long the data
  // file stays downloadable is not published, so no reminder is offered.
  timings: { deletionGraceDays: 30, dataFileAvailableDays: null },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Ask Snapchat for a copy of your account data, including your Memories, then download it as soon as Snapchat tells you it’s ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what Snapchat holds about you: your account details, your friends, your Memories, your saved chats, your searches and your location data.',
        'It can also serve as a record of your account, for example of who you were friends with and when you logged in.',
        'How long the file takes to prepare isn’t known, so request it first and do the other steps while you wait.',
      ],
      changes: [
        'Snapchat prepares a file with a copy of your data. Its help material lists login and account details, your profile, your Snap history and saved chat history, Memories, purchases, support history, friends, location, search history and Bitmoji.',
        'You choose what to include, and you may also be asked for a date range.',
        'When the file is ready, Snapchat lets you know; guides say the download link goes to the email address on your account. The file usually comes as a zip, or several for a large account.',
      ],
      unchanged: [
        'Requesting your data changes nothing on your account: nothing is deleted, hidden or made private.',
        'Snapchat keeps different kinds of data for different lengths of time, so some older history may not be in the file.',
        'Your most recent activity, roughly the last day or two, may not be in the file yet.',
        'The list mentions saved chat history, so chats that were never saved may well be missing.',
        'Independent guides and tools say your Memories photos and videos come only if you turn on **Export your Memories** when you ask; otherwise you get a record of them. Open the file and check before you delete anything.',
      ],
      howTo: {
        ...phones(
          [
            'Open Snapchat, go to your profile and tap the gear icon **⚙️** to open **Settings**.',
            'Scroll down to the section about your account and look for the option to download your data (reported as **My Data**, under **Account Actions**). It opens the same request page as the first link on this page.',
            'Sign in again if Snapchat asks you to.',
            'Choose what to include: everything, unless you have a reason not to. Guides say to turn on **Export your Memories** to get your Memories photos and videos. If asked, pick the widest date range offered.',
            'Send the request (reported as **Submit Request**).',
            'Watch the inbox of the email address on your account. When the link arrives, download the file straight away.',
          ],
          'These labels come from independent guides and could not be confirmed on Snapchat’s own pages. If your app words them differently, look for an option about your data in the account part of **Settings**.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in to Snapchat’s account portal in your browser. The first link on this page opens its **My Data** page.',
            'Choose what to include. Guides say to turn on **Export your Memories** to get your Memories photos and videos, and to pick the widest date range offered.',
            'Send the request (Snap’s own page calls the button **Submit Request**).',
            'When Snapchat emails you that the file is ready, download it straight away.',
          ],
          note: 'Snap’s own privacy page describes **My Data** and **Submit Request** on the account portal. The address of the page and the **Export your Memories** option come from independent guides and public tools; if the link doesn’t open the request page, sign in at accounts.snapchat.com and look for **My Data**.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Snapchat’s My Data page',
          url: 'https://accounts.snapchat.com/v2/download-my-data',
        },
        {
          kind: 'help',
          label: 'Open Snapchat’s help article on downloading your data',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012305371156-How-do-I-download-my-data-from-Snapchat',
          localizedUrls: { es: 'https://help.snapchat.com/hc/es/articles/7012305371156' },
        },
      ],
      sources: [
        SNAP_ACCOUNT_PAGE,
        {
          label: 'Snapchat Support: How do I download my data from Snapchat? (its address, and its list of what the file holds as quoted by others)',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012305371156-How-do-I-download-my-data-from-Snapchat',
          kind: 'official',
        },
        {
          label: 'Snap’s “Download My Data” FAQ, as reproduced in one person’s published export',
          url: 'https://davidblue.wtf/snapchat/',
          kind: 'secondary',
        },
        {
          label: 'HowTo4: how to download everything Snapchat knows about you (the in-app path)',
          url: 'https://en.howto4.com/how-download-everything-snapchat-knows-about-you',
          kind: 'secondary',
        },
        {
          label: 'Memories Export: how to export all your Snapchat Memories (the Export your Memories option)',
          url: 'https://memories-export.com/blog/how-to-export-snapchat-memories/',
          kind: 'secondary',
        },
        {
          label: 'Memories Export: why Snapchat’s download links expire',
          url: 'https://memories-export.com/blog/snapchat-export-403-error/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'The download link only works for a short time. Snapchat doesn’t say how long; independent guides report anything from a couple of days to about a week, and say the Memories inside may be links that stop working even sooner. Download everything as soon as it arrives, and request a new file if a link has stopped working.',
        'Make sure the email address on your account is one you can still open: guides say that is where the download link goes.',
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
        '**Who Can See My Location** sets who can see you on **Snap Map**. Your location isn’t shared until you first open the Map.',
        '**Activity Indicator** lets other Snapchatters see whether you’ve been active on Snapchat recently. Turn it off if you don’t want that shown.',
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
          'Tap **Activity Indicator** on the same screen and turn it off if you don’t want others to see when you were last active.',
        ]),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinks: [PRIVACY_ARTICLE],
      noSettingLink:
        'Snapchat has no web page for these settings: they are only in the app. In Snapchat, go to your profile, tap ⚙️ to open **Settings**, then **Privacy Controls**, and open **Who Can View My Story** and **Who Can See My Location**.',
      sources: [...PRIVACY_SOURCES],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
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
        '**Who Can See Me In Find Friends** decides who can see you in Quick Add.',
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
      noSettingLink:
        'Snapchat has no web page for this setting: it is only in the app. In Snapchat, go to your profile, tap ⚙️ to open **Settings**, then **Privacy Controls**, then **Who Can See Me In Find Friends**.',
      sources: [...PRIVACY_SOURCES],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
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
          'Newer versions may word the options differently, for example with an option for friends and your phone contacts. That could not be confirmed on Snapchat’s own pages: choose the option that covers only the friends you’ve added.',
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinks: [PRIVACY_ARTICLE],
      noSettingLink:
        'Snapchat has no web page for this setting: it is only in the app. In Snapchat, go to your profile, tap ⚙️ to open **Settings**, then **Privacy Controls**, then **Who Can Contact Me**.',
      sources: [...PRIVACY_SOURCES],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
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
        'For the first 30 days, logging back in with your username can reactivate the account and cancel the deletion.',
        'While the account is deactivated, Snapchat’s help says you can’t change your password or log in with your email address or phone number.',
        'Snapchat’s help says that in India the account is deleted for good only after 180 days, under local rules; the 30 days to reactivate are the same.',
        'Snapchat may keep some data for legal, security and business reasons, according to reports.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'The surest way is Snapchat’s account portal in a browser: the first link on this page opens its deletion page (see the **Web** tab).',
            'In the app: go to your profile and tap the gear icon **⚙️** to open **Settings**.',
            'Scroll to the section about your account and look for the option to delete your account (reported as **Delete Account**, under **Account Actions**).',
            'Follow the instructions on screen, including entering your password if you’re asked for it.',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'The in-app labels come from independent guides and could not be confirmed on Snapchat’s own pages. Snap’s own privacy page says you can delete your account on the account portal.',
        },
        android: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'In your phone’s browser, open the first link on this page: Snapchat’s account deletion page.',
            'Sign in with your username and password if asked, and confirm that you want to delete your account (reported as **Delete my account**, then **Continue**).',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'Independent guides describe deleting from the account portal on Android. Its labels could not be confirmed on Snapchat’s own pages, so look for wording about deleting your account.',
        },
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step, and check that your data file holds what you want to keep.',
            'Open the first link on this page in your browser: Snapchat’s account deletion page.',
            'Sign in with your username and password if asked, and confirm that you want to delete your account (reported as **Delete my account**, then **Continue**).',
            'Note today’s date: the deletion becomes final 30 days from now.',
          ],
          note: 'The address comes from a deletion directory and public code, and the labels from independent guides; none could be confirmed on Snapchat’s own pages. If the link doesn’t open the deletion page, sign in at accounts.snapchat.com and look for the option to delete your account.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Snapchat’s account deletion page',
          url: 'https://accounts.snapchat.com/accounts/delete_account',
        },
        {
          kind: 'help',
          label: 'Open Snapchat’s help article on deactivating or deleting your account',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012328360596-How-do-I-deactivate-or-delete-my-Snapchat-account',
          localizedUrls: { es: 'https://help.snapchat.com/hc/es/articles/7012328360596' },
        },
      ],
      sources: [
        {
          label: 'Snapchat Support: How do I reactivate my Snapchat account? (Hindi version: 30 days to reactivate with your username; 180 days in India)',
          url: 'https://help.snapchat.com/hc/hi-in/articles/7012367354132-%E0%A4%AE%E0%A5%88%E0%A4%82-%E0%A4%85%E0%A4%AA%E0%A4%A8%E0%A5%87-Snapchat-%E0%A4%85%E0%A4%95%E0%A4%BE%E0%A4%89%E0%A4%82%E0%A4%9F-%E0%A4%95%E0%A5%8B-%E0%A4%AB%E0%A4%BF%E0%A4%B0-%E0%A4%B8%E0%A5%87-%E0%A4%8F%E0%A4%95-%E0%A4%9F%E0%A4%BF%E0%A4%B5%E0%A5%87%E0%A4%9F-%E0%A4%95%E0%A5%88%E0%A4%B8%E0%A5%87-%E0%A4%95%E0%A4%B0%E0%A5%82%E0%A4%82',
          kind: 'official',
        },
        {
          label: 'Snapchat Support: How do I deactivate or delete my Snapchat account? (its 30-day wording as quoted by others)',
          url: 'https://help.snapchat.com/hc/en-us/articles/7012328360596-How-do-I-deactivate-or-delete-my-Snapchat-account',
          kind: 'official',
        },
        SNAP_ACCOUNT_PAGE,
        {
          label: 'JustDeleteMe: Snapchat entry (the deletion page’s address)',
          url: 'https://justdeleteme.xyz/',
          kind: 'secondary',
        },
        {
          label: 'Blogup: delete your Snapchat account (reactivation with your username, up to 24 hours)',
          url: 'https://blogup.io/t/snapchat/delete-your-snapchat-account/',
          kind: 'secondary',
        },
        {
          label: 'Alifbey: how to delete a Snapchat account (what is deleted after 30 days)',
          url: 'https://alifbey.tech/en/delete-snapchat-account-en/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 10,
      warnings: [
        'Logging back in during the 30 days can reactivate your account and cancel the deletion. Don’t log in, on any device, unless you’ve changed your mind.',
        'Back up first: download your data and check it holds your Memories and anything else you want. After 30 days it can’t be recovered.',
        'Keep your username and password. You need the password to confirm. If you change your mind, you log back in with your username (not your email address), and reports say reactivation can take up to 24 hours.',
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

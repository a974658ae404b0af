import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Instagram checklist content.
 *
 * Every fact comes from /work/shared/facts/platform-facts.md (section 2, with its
 * rows in "Key numbers" and "Verify on a real device"). Only the private-account
 * help page was read first-hand; the rest rests on official URLs quoted by others
 * or on secondary sources. So outside the private-account step the text names
 * only the landmarks several sources agree on (Settings and privacy, Accounts
 * Center) and describes the rest in words, with a note that the labels could not
 * be confirmed.
 *
 * Instagram uses the same labels on iPhone and Android, so `phones()` fills both tabs.
 */

const LAST_VERIFIED = '2026-12-01';

const OPEN_APP_SETTINGS = 'Go to your profile, tap the menu **☰** at the top, then tap **Settings and privacy**.';

const OPEN_WEB_SETTINGS = 'Sign in on instagram.com in your browser and open your settings.';

const BACKUP_FIRST = 'Before you start: download your data (the first step) and check that the file opens.';

const UNCONFIRMED_LABELS_NOTE =
  'No Instagram help page for these settings could be checked, so their exact names and places are not given here, and Instagram changes them often. Look for the wording described. The official link goes to the closest Instagram help page, on account privacy.';

const WEB_LAYOUT_NOTE =
  'Where this sits on the website could not be confirmed, and the layout changes often. If you can’t find it, use the app instead.';

/** The one Instagram help page read first-hand; the closest official page for the other privacy steps. */
const PRIVACY_HELP_LINK = {
  label: 'Open Instagram’s help article on private accounts',
  url: 'https://help.instagram.com/448523408565555',
};

const PRIVACY_HELP_SOURCE = {
  label: 'Instagram Help Center: Private accounts (stored copy shows an older layout)',
  url: 'https://help.instagram.com/448523408565555',
};

export const instagram = {
  slug: 'instagram',
  name: 'Instagram',
  tagline:
    'Save your Instagram photos, videos and data, then make your account private and harder to find, or delete it for good.',
  officialDomains: ['instagram.com'],
  // The 30-day grace period is the product’s figure for Instagram. The download
  // window (about 4 days) appears only in secondary sources, so it stays unknown.
  timings: { deletionGraceDays: 30, dataFileAvailableDays: null },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Ask Instagram for a copy of your photos, videos and account information, then download it as soon as it’s ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what you shared on Instagram and what it holds about you.',
        'Deleting your account removes your profile, photos, videos, comments, likes and followers for good. This copy is how you keep them.',
        'Preparing the copy can take a while, so ask for it now and do the other steps while you wait.',
      ],
      changes: [
        'Instagram prepares a copy of your information. You choose which kinds of information go in, the date range, and the quality of the photos and videos.',
        'You choose the format: HTML opens in a web browser and is the easiest to read; JSON is better if you want to move your data to another service.',
        'You choose where the copy goes: downloaded to your device, or sent to another service.',
        'Instagram has said a copy can take up to 30 days to prepare.',
      ],
      unchanged: [
        'Asking for a copy changes nothing on your account: nothing is deleted, hidden or made private.',
        'Anything you leave out of the request, or that falls outside the date range you pick, is not in the copy.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for **Accounts Center** and open it.',
            'In Accounts Center, open the section about your information and permissions, then the option to download or export your information.',
            'Choose what to include (everything, unless you have a reason not to). Pick the widest date range and the highest media quality offered.',
            'Pick a format: HTML to read it in a browser, or JSON to move it to another service.',
            'Choose to download the copy to your device, not to send it to another service.',
            'Send the request. Come back to the same screen later to see whether your copy is ready, and download it as soon as it is.',
          ],
          'These labels come from guides to the current app, not from Instagram’s own pages, and Instagram changes them often. Some versions say “Download your information”, others “Export your information”.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for **Accounts Center**, then the section about your information, and the option to download or export it.',
            'Choose what to include, the date range, the media quality and the format, and choose to download the copy to your device.',
            'Come back later to see whether your copy is ready, and download it as soon as it is.',
          ],
          note: 'Where these options sit on the website could not be confirmed. If you can’t find them, ask for your copy in the app instead.',
        },
      },
      officialLinks: [
        {
          label: 'Open Instagram’s help article on downloading a copy of your information',
          url: 'https://help.instagram.com/181231772500920',
        },
      ],
      sources: [
        {
          label: 'Instagram Help Center: Review or export a copy of your information',
          url: 'https://help.instagram.com/181231772500920',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Your copy may stay available for only a short time, and how long could not be confirmed. Download it as soon as it’s ready. If it has expired, ask for a new one.',
        'The copy holds your personal information. Keep it somewhere only you can open, and don’t share it.',
        'Don’t use third-party apps or websites that offer to download your Instagram photos, and never give them your password. Use only Instagram’s own download.',
        'If you plan to delete your account, wait until you have downloaded the copy and checked that it opens. After the deletion, nothing in the account can be recovered.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-account-private',
      title: 'Make your account private',
      summary:
        'Switch to a private account so that only followers you approve can see your posts and your follower lists.',
      why: [
        'A public Instagram account can be seen by anyone, on Instagram or off it.',
        'With a private account, new people have to ask to follow you, and you decide who gets in.',
      ],
      changes: [
        'Only followers you approve can see what you share, including your photos and videos on hashtag and location pages.',
        'Only approved followers can see who follows you and who you follow.',
        'New people who want to follow you have to send a request first.',
      ],
      unchanged: [
        'People who already follow you most likely stay approved: going private probably doesn’t remove them.',
        'People can still find your account in search, and see your name and profile photo.',
        'Going private doesn’t limit who can message you. That’s a separate setting, covered in a later step.',
        'A business profile can’t be made private. Switch it back to a personal account first.',
        'If you were under 16 when you signed up, your account may already be private: Instagram picks private for you at sign-up.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Account privacy**.',
            'Turn on **Private account**.',
            'Go back to your profile, open your followers list and remove anyone you don’t want seeing your posts.',
          ],
          'Older versions put this under **Settings** → **Privacy** → **Private Account**. The current labels come from guides, not from Instagram’s own pages, so they may differ slightly on your phone.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for **Account privacy**. Older layouts put it under **Privacy and Security**.',
            'Turn on **Private account**.',
            'Go to your profile, open your followers list and remove anyone you don’t want there.',
          ],
          note: 'Instagram’s help page describes an older website layout, so the labels may have changed. If you can’t find the switch, use the app.',
        },
      },
      officialLinks: [PRIVACY_HELP_LINK],
      sources: [PRIVACY_HELP_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'Going private is not a way to get rid of existing followers. Check your followers list and remove anyone you don’t want there yourself.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-discoverability',
      title: 'Make your account harder to find',
      summary:
        'Turn off the settings that suggest your account to other people and that sync your phone’s contacts.',
      why: [
        'Instagram has settings that suggest your account to other people, for example alongside similar accounts, and settings that sync the contacts on your phone.',
        'They are ways your account can be put in front of someone you’d rather avoid, without that person ever searching for you. Turning them off closes those ways.',
      ],
      changes: [
        'With suggestions turned off, Instagram should stop recommending your account to other people.',
        'With contact syncing turned off, Instagram should stop syncing the contacts on your phone.',
      ],
      unchanged: [
        'People can still find your account by searching for your name or username.',
        'Turning syncing off may not remove contacts you synced before. If you’re offered a way to remove them, use it.',
        'Nothing is removed from your phone’s own contacts.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for a setting about suggesting your account to others (it may mention similar accounts). It can be in **Accounts Center** or in the privacy settings. Turn it off.',
            'Look for a setting about syncing or uploading your contacts, also in **Accounts Center** or the privacy settings. Turn it off.',
            'If you’re offered a way to remove contacts you synced before, use it.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the setting about suggesting your account to others, in **Accounts Center** or the privacy settings, and turn it off.',
            'Contact syncing works with the address book on your phone, so turn it off in the Instagram app on your phone.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [PRIVACY_HELP_LINK],
      sources: [PRIVACY_HELP_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'These settings may be spread over more than one place. Check both **Accounts Center** and the privacy settings.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can message you',
      summary:
        'Stop people you don’t know from sending you message requests.',
      why: [
        'Messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
        'A private account doesn’t change who can message you, so this needs its own setting.',
      ],
      changes: [
        'Instagram’s message controls can treat different groups of people separately, for example people you may know and everyone else.',
        'For each group, you can let their messages arrive as requests you can review, or stop them sending you requests at all.',
      ],
      unchanged: [
        'Conversations you already have stay in your inbox.',
        'People can still comment on your posts. That’s a separate setting, covered in the next step.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the settings about messages and message requests, usually in the privacy part of your settings.',
            'For each group of people listed, choose the option that stops them sending you requests, rather than the one that puts their messages in your requests.',
            'If that isn’t offered for a group, pick the narrowest option you’re given.',
          ],
          'The exact labels could not be confirmed from Instagram’s own pages, and this screen has changed in recent years. Older versions had it under **Privacy** → **Messages**.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the settings about messages and message requests, usually in the privacy part of your settings.',
            'For each group of people listed, choose the option that stops them sending you requests, or the narrowest option offered.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [PRIVACY_HELP_LINK],
      sources: [PRIVACY_HELP_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 3,
      warnings: [
        'Making your account private doesn’t limit messages. Change this setting even if your account is private.',
        'The options differ between app versions. If you don’t see a way to stop requests, pick the narrowest option you’re offered.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments',
      title: 'Limit comments',
      summary:
        'Choose who can comment on your posts, and hide comments with words you don’t want to see.',
      why: [
        'Comments sit in public under your posts, so a hostile comment reaches everyone who sees the post.',
        'Narrowing who can comment cuts down the ways strangers can reach you in public.',
      ],
      changes: [
        'A setting for who can comment lets you allow comments from a smaller group than everyone.',
        'There may also be a filter that hides comments containing words you choose, and a way to quietly limit what one particular person can do on your account.',
      ],
      unchanged: [
        'A private account decides who sees your posts. Who can comment on them is a separate setting.',
        'People can still message you. The previous step covers that.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the settings about comments, usually in the privacy part of your settings, and the choice of who can comment on your posts.',
            'Choose the narrowest audience you’re comfortable with.',
            'Nearby, look for a filter that hides comments with words or phrases you choose. Turn it on and add any words you want hidden.',
            'If you also see settings for who can tag or mention you, choose the narrowest option offered.',
          ],
          'Only unofficial, low-quality descriptions of these settings were found, so no exact labels are given here. Look for wording about comments, filtering words, tags and mentions.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the settings about comments, usually in the privacy part of your settings, and choose the narrowest audience for who can comment.',
            'Turn on the filter for words you want hidden, if it’s shown there.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [PRIVACY_HELP_LINK],
      sources: [PRIVACY_HELP_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'These settings could not be checked against Instagram’s own pages. If what you see differs from this description, choose the narrowest option you’re offered.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-account',
      kind: 'deletion',
      title: 'Delete your account',
      summary:
        'Delete your Instagram account: you have 30 days to change your mind by logging back in, then it is deleted for good.',
      why: [
        'If you don’t want to be on Instagram at all, deleting your account removes your profile, photos, videos, comments, likes and followers for good, instead of just hiding them.',
        'Instagram gives you 30 days to change your mind. Logging back in during that time lets you cancel the deletion, so stay logged out if you mean to leave.',
        'Not sure yet? The same menu offers deactivation instead: a temporary option that hides your profile, photos, comments and likes until you log back in.',
      ],
      changes: [
        'Once you confirm, the deletion is scheduled, and Instagram shows you the date it will happen.',
        'After 30 days your profile, photos, videos, comments, likes and followers are permanently removed.',
        'Removing everything can take longer: possibly up to 90 days from your request.',
        'You can no longer log in or use the account.',
      ],
      unchanged: [
        'Until the date Instagram shows you, you can still cancel by logging back in and choosing to keep the account.',
        'Deleting the Instagram app from your phone doesn’t delete your account.',
      ],
      howTo: {
        ...phones(
          [
            BACKUP_FIRST,
            OPEN_APP_SETTINGS,
            'Open **Accounts Center**.',
            'Look for your personal details, then the option about account ownership and control, then the one about deactivating or deleting.',
            'Choose your Instagram account, choose to delete it (not deactivate), and continue.',
            'Enter your password to confirm.',
            'Note today’s date and the date Instagram shows: the deletion becomes permanent then, normally 30 days from now.',
          ],
          'These labels come from guides, not from Instagram’s own pages, and may differ on your phone. Look for wording about deactivating or deleting your account.',
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'Sign in on instagram.com in your browser.',
            'Open Instagram’s page for deleting your account (the official link on this page goes there). Or open your settings, then **Accounts Center**, and look for the option about deactivating or deleting your account.',
            'Choose to delete (not deactivate), continue, and enter your password.',
            'Note today’s date and the date Instagram shows: the deletion becomes permanent then, normally 30 days from now.',
          ],
          note: 'The direct deletion page is known only from guides and may have moved. If it doesn’t open, go through **Accounts Center** in your settings, or use the app.',
        },
      },
      officialLinks: [
        {
          label: 'Open Instagram’s help article on deleting or deactivating your account',
          url: 'https://help.instagram.com/139886812848894',
        },
        {
          label: 'Open Instagram’s page for deleting your account',
          url: 'https://www.instagram.com/accounts/remove/request/permanent/',
        },
      ],
      sources: [
        {
          label: 'Instagram Help Center: Delete or deactivate your account',
          url: 'https://help.instagram.com/139886812848894',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Don’t log back in during the 30 days unless you want to keep the account. Logging back in lets you cancel the deletion, so stay logged out if you mean to leave.',
        'Back up first: download your data and check that the copy opens. After the deletion, your photos, videos and everything else can’t be recovered.',
        'Make sure you know your password before you start. You need it to confirm.',
        'Want a break rather than a goodbye? Deactivate instead. Instagram may limit how often you can deactivate, so don’t count on switching back and forth.',
      ],
      recommendedBefore: ['download-your-data'],
    },
  ],
  // The facts name no setting the product covers that Instagram lacks.
  notOnPlatform: [],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then make your account private and harder to find, and limit who can message you and comment on your posts.',
      steps: [
        'download-your-data',
        'make-account-private',
        'limit-discoverability',
        'limit-direct-messages',
        'limit-comments',
      ],
    },
    leave: {
      title: 'Leave Instagram',
      description:
        'Back up your data, then delete your account. Instagram gives you 30 days to change your mind, and logging back in during that time lets you cancel the deletion.',
      steps: ['download-your-data', 'delete-account'],
    },
  },
} satisfies PlatformInput;

import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Facebook checklist content.
 *
 * Every fact comes from /work/shared/facts/platform-facts.md (section 5, with its
 * rows in "8. Key numbers" and "9. Verify on a real device"). Meta's help pages
 * were barely stored, so most facts rest on official URLs quoted by third parties
 * or on secondary sources only. Where that is all there is, the text tells the
 * person what to look for instead of naming an exact label, and a note says so.
 * Words in bold are only the labels the facts give for the current layout.
 *
 * No source describes different labels on iPhone and Android, so `phones()`
 * fills both tabs with the same instructions.
 */

const LAST_VERIFIED = '2026-12-01';

/** Menu → Settings & privacy → Settings, the way into every setting below. */
const OPEN_APP_SETTINGS = 'Open the Facebook app’s menu, tap **Settings & privacy**, then **Settings**.';

const OPEN_WEB_SETTINGS =
  'Sign in on facebook.com in your browser and open **Settings & privacy**, then **Settings**.';

const UNCONFIRMED_LABELS_NOTE =
  'Facebook’s own help pages for this setting could not be checked, so the exact labels and options could not be confirmed. Look for the wording described here, and pick the narrowest option you’re offered.';

const WEB_LAYOUT_NOTE =
  'Where each option sits on the website could not be confirmed, and Facebook changes its layout often. If you can’t find an option, use the app instead.';

const PRIVACY_CENTER_LINK = {
  label: 'Open Facebook’s Privacy Center',
  url: 'https://www.facebook.com/privacy/center/',
};

const PRIVACY_CENTER_SOURCE = {
  label: 'Facebook Privacy Center (the closest official page; no official text on this setting was found)',
  url: 'https://www.facebook.com/privacy/center/',
};

export const facebook = {
  slug: 'facebook',
  name: 'Facebook',
  tagline:
    'Download a copy of your Facebook information, then narrow who can see, find and contact you, or delete your account for good.',
  officialDomains: ['facebook.com'],
  // Both numbers are quoted from Meta's help pages by a third party ([O-q] in the facts).
  timings: { deletionGraceDays: 30, dataFileAvailableDays: 4 },
  notOnPlatform: [
    {
      topic: 'A private account switch',
      explanation:
        'Facebook has no single switch that makes your whole account private; instead you choose an audience for your future posts, your past posts and each profile detail, which the “Limit who sees your posts and profile” step walks through.',
    },
  ],
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your information',
      summary:
        'Ask Facebook for a copy of your information, then download it within 4 days of it being ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what you have put on Facebook over the years.',
        'Once an account is deleted, Facebook can no longer give you its information. This is your only chance to get it.',
        'The file is available for only 4 days once it’s ready, so start the request now and do the other steps while you wait.',
      ],
      changes: [
        'Facebook prepares a file with the information you chose.',
        'You decide which profile it covers, which categories of information go in, and what date range.',
        'You choose the format: HTML or JSON. HTML opens in any web browser, so it’s the easier choice for reading your own copy. JSON suits other tools.',
        'You also choose the quality of the photos and videos in the file.',
        'You pick where it goes: your own device, or another service. Your own device keeps the copy in your hands.',
      ],
      unchanged: [
        'Requesting a copy changes nothing on your account: nothing is deleted, hidden or made private.',
        'Only what you selected is in the file. A short date range or a few categories leaves the rest out.',
        'How long Facebook takes to prepare the file could not be confirmed. Check back on the same screen.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Accounts Center**, then **Your information and permissions**.',
            'Tap **Download your information**.',
            'If you’re asked which profile, choose your Facebook profile.',
            'Choose what to include (everything, unless you have a reason not to) and the widest date range offered.',
            'Pick **HTML** to read the file yourself, or **JSON** for other tools. Pick the highest media quality offered, and choose to download to your device.',
            'Send the request.',
            'Come back to **Download your information** to check on it. Once the file is ready, download it within 4 days. Downloads are password-protected, so expect to enter your Facebook password.',
          ],
          'This path comes from third-party notes on Facebook’s help page and could not be checked on a real device. If a label differs, look for **Download your information** inside **Accounts Center**.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Open **Accounts Center**, then **Your information and permissions**, then **Download your information**.',
            'Choose your Facebook profile, everything you want to include, the widest date range, **HTML** or **JSON**, the highest media quality, and your device as the destination.',
            'Send the request.',
            'Come back to the same page to check on it. Once the file is ready, download it within 4 days, entering your Facebook password when asked.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [
        {
          label: 'Open Facebook’s help article on downloading your information',
          url: 'https://www.facebook.com/help/1701730696756992',
        },
        {
          label: 'Open Facebook’s help article on exporting a copy of your information',
          url: 'https://www.facebook.com/help/212802592074644',
        },
      ],
      sources: [
        {
          label: 'Facebook Help Center: exporting a copy of your information (quoted by a third party)',
          url: 'https://www.facebook.com/help/212802592074644',
        },
        {
          label: 'Facebook Help Center: accessing and downloading your information (archived 2018 copy, older layout)',
          url: 'https://www.facebook.com/help/1701730696756992',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Once the file is ready, you have only 4 days to download it. After that it expires and you have to request a new one.',
        'The file holds personal information from your account. Keep it somewhere only you can open.',
        'Use only Facebook’s own **Download your information**. Don’t give your login to apps or websites that offer to fetch your Facebook data for you.',
        'Make sure you know your Facebook password: downloads are password-protected.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-who-sees-your-posts',
      title: 'Limit who sees your posts and profile',
      summary:
        'Set your future posts, your past posts and your profile details to Friends or a narrower audience, since Facebook has no single private switch.',
      why: [
        'Anything you share with a public audience can be seen by people you don’t know, including people you’d rather keep away.',
        'Facebook has no one switch that makes your account private. You close it off piece by piece: the posts you’ll share next, the posts you already shared, and the details on your profile.',
      ],
      changes: [
        'The audience you set for future posts decides who sees what you share from now on. Friends, or Only me for things just for yourself, keeps strangers out.',
        'Facebook is reported to offer a way to limit the audience of your past posts in one go, so older public posts stop being public.',
        'Each detail on your profile has its own audience, which you can narrow one by one.',
      ],
      unchanged: [
        'People who are already your friends still see what you share with Friends. Check your friends list too.',
        'Who can find you, message you and comment on your posts are separate settings, covered in the next steps.',
        'Because there is no single switch, a new post or profile detail can still be shared more widely if you pick a wider audience for it.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the privacy settings about your posts or activity, and find the one for who can see your future posts. Choose Friends, or a narrower audience.',
            'Nearby, look for an option to limit who can see your past posts, and use it if you want older posts narrowed too.',
            'Go to your profile, edit your profile details, and set each one to the narrowest audience you’re comfortable with.',
            'Open your friends list and remove anyone you don’t want seeing your posts.',
            'If Facebook offers a guided privacy review (secondary sources call it Privacy Checkup), it can walk you through these settings in one go.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the privacy settings about your posts, and set who can see your future posts to Friends or a narrower audience.',
            'Look for the option to limit who can see your past posts, and use it if you want older posts narrowed too.',
            'Go to your profile, edit your profile details, and set each one to the narrowest audience you’re comfortable with.',
            'Open your friends list and remove anyone you don’t want seeing your posts.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_CENTER_LINK],
      sources: [PRIVACY_CENTER_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Narrowing who can see your posts doesn’t remove anyone from your friends list. Remove people you don’t want there yourself.',
        'The exact names of these settings could not be confirmed. If something looks different, choose the narrowest audience offered.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-how-people-find-you',
      title: 'Make your profile harder to find',
      summary:
        'Limit who can send you friend requests and look you up by email or phone number, and stop search engines linking to your profile.',
      why: [
        'Someone who has your email address or phone number may be able to look up your profile with it, even if they don’t know your name on Facebook.',
        'Search engines outside Facebook can link to your profile, so a simple web search may lead straight to you.',
        'Friend requests open to everyone let anyone ask to get closer to you.',
      ],
      changes: [
        'Who can send you friend requests can be narrowed from everyone to friends of friends.',
        'Who can look you up using the email address or phone number on your account can be limited, for example to your friends or to only you.',
        'A separate setting decides whether search engines outside Facebook may link to your profile. Turning it off stops that.',
      ],
      unchanged: [
        'It doesn’t change who can see your posts or profile details; the previous step covers those.',
        'Friends of friends can still send you friend requests.',
        'Who can message you and comment are separate settings, covered in the next steps.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the settings about how people find and contact you. In the guided privacy review they are reported to sit under a heading like “How people can find you on Facebook”.',
            'Find the setting for who can send you friend requests and choose friends of friends instead of everyone.',
            'Find the settings for who can look you up by your email address and by your phone number, and choose the narrowest option, such as only you.',
            'Find the setting about search engines outside Facebook linking to your profile, and turn it off.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the settings about how people find and contact you.',
            'Set who can send you friend requests to friends of friends.',
            'Set who can look you up by email address and by phone number to the narrowest option, such as only you.',
            'Turn off search engines outside Facebook linking to your profile.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_CENTER_LINK],
      sources: [PRIVACY_CENTER_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 5,
      warnings: [
        'There are separate settings for email and for phone number lookups. Check both, not just the first one you find.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can message you',
      summary:
        'In Messenger’s privacy settings, choose how messages from people you don’t know reach you, so strangers can’t land straight in your chats.',
      why: [
        'Messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
      ],
      changes: [
        'Messenger’s privacy settings are reported to include controls for message delivery and message requests: where messages from different people end up.',
        'Narrowing them can keep messages from people you don’t know out of your main chats.',
      ],
      unchanged: [
        'Your existing conversations stay where they are.',
        'People can still comment on your posts. That is a separate setting, covered in the next step.',
        'The exact options could not be confirmed, so check what your version offers.',
      ],
      howTo: {
        ...phones(
          [
            'Open the Messenger app and go to its settings.',
            'Look for the privacy settings, and within them a setting about message delivery or message requests.',
            'For people you aren’t friends with, choose the narrowest option offered.',
          ],
          'Messenger’s settings could not be checked against an official page, so the exact labels here could not be confirmed. Look for wording about message delivery or message requests.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the settings about messages or Messenger, and within them a setting about message delivery or message requests.',
            'For people you aren’t friends with, choose the narrowest option offered.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} If you can’t find it on the website, use the Messenger app.`,
        },
      },
      officialLinks: [PRIVACY_CENTER_LINK],
      sources: [PRIVACY_CENTER_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 3,
      warnings: [
        'Changing this doesn’t delete old conversations. If you need them as a record, keep your data file from the first step.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments',
      title: 'Limit who can comment',
      summary: 'Narrow who can comment on the posts you share publicly.',
      why: [
        'Comments sit in public under your posts, so a hostile comment reaches everyone who reads them.',
        'Narrowing who can comment cuts down one more way strangers can reach you in public.',
      ],
      changes: [
        'Facebook is reported to have a setting for who can comment on your public posts. Narrowing it, for example to your friends, keeps strangers out of the comments.',
      ],
      unchanged: [
        'The setting is described as covering your public posts. Setting your posts to Friends, in the earlier step, means fewer people can see them in the first place.',
        'Comments already posted stay up.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the settings about public posts, and within them the one for who can comment on your public posts.',
            'Choose the narrowest audience you’re comfortable with, such as your friends.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Look for the settings about public posts, and the one for who can comment on your public posts.',
            'Choose the narrowest audience you’re comfortable with, such as your friends.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_CENTER_LINK],
      sources: [PRIVACY_CENTER_SOURCE],
      lastVerified: LAST_VERIFIED,
      minutes: 3,
      warnings: [
        'The exact name and options of this setting could not be confirmed. Pick the narrowest audience you’re offered.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-account',
      kind: 'deletion',
      title: 'Delete your account',
      summary:
        'Delete your Facebook account: it is deleted for good after 30 days, and logging back in before then lets you cancel.',
      why: [
        'If you don’t want to be on Facebook at all, deleting your account removes your profile, photos, posts and videos instead of just hiding them.',
        'Facebook waits 30 days before deleting your account and information for good. Those 30 days let you change your mind, which also means the deletion can be cancelled by logging back in.',
        'Not sure yet? The same place offers deactivation instead: a pause you undo by logging back in. Messenger is reported to keep working while your account is deactivated.',
      ],
      changes: [
        'Thirty days after you confirm, Facebook erases the account and everything in it for good. Nothing can be recovered after that.',
        'Clearing out everything you posted can take longer: up to 90 days from the day you started.',
        'You lose your profile, photos, posts and videos.',
        'You lose access to Messenger.',
        'You can no longer use your Facebook account to log in to other apps and websites.',
        'Pages where you are the only admin are lost.',
        'Oculus information linked to the account is lost.',
      ],
      unchanged: [
        'Messages you sent stay in the other people’s inboxes.',
        'Copies may stay in Facebook’s backups for up to 90 days, and some records may be kept for legal reasons.',
        'Once your account is deleted you can’t download its information any more. The first step is your last chance.',
      ],
      howTo: {
        ...phones(
          [
            'Before you start: finish the backup step, switch any app or website where you log in with Facebook to another way of logging in, and give another person admin access to any Page you want to keep.',
            OPEN_APP_SETTINGS,
            'Tap **Accounts Center**.',
            'Look for your personal details, then the section about account ownership and control, then the option for deactivation or deletion.',
            'If you’re asked which account, choose your Facebook profile.',
            'Choose to delete the account (not deactivate), continue, and confirm, usually with your password.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          'The labels inside **Accounts Center** could not be confirmed and come only from secondary sources. Look for wording about account ownership, deactivation or deletion.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step, switch any app or website where you log in with Facebook to another way of logging in, and give another person admin access to any Page you want to keep.',
            OPEN_WEB_SETTINGS,
            'Open **Accounts Center**, then look for your personal details and the section about account ownership and control.',
            'Open the option for deactivation or deletion, choose your Facebook profile, and choose to delete it (not deactivate).',
            'Continue and confirm, usually with your password.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: `The labels inside **Accounts Center** could not be confirmed and come only from secondary sources. ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinks: [
        {
          label: 'Open Facebook’s help article on permanently deleting your account',
          url: 'https://www.facebook.com/help/224562897555674',
        },
      ],
      sources: [
        {
          label: 'Facebook Help Center: permanently deleting your account (quoted by a third party)',
          url: 'https://www.facebook.com/help/224562897555674',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'Logging back in within the 30 days is how a deletion is cancelled: you’re reported to be offered a choice to cancel it when you do. If you want it to go through, stay logged out, and don’t use your Facebook account to log in to other apps or websites either.',
        'Back up first: download your information. Once the account is deleted, Facebook can’t give it to you any more.',
        'If you log in to other apps or websites with Facebook, switch them to another way of logging in first, or you may lose access to them.',
        'If you are the only admin of a Page you want to keep, add another admin first.',
        'Make sure you know your Facebook password. You’ll probably need it to confirm.',
      ],
      recommendedBefore: ['download-your-data'],
    },
  ],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then narrow who can see your posts and profile, make your profile harder to find, and limit who can message you and comment on your posts.',
      steps: [
        'download-your-data',
        'limit-who-sees-your-posts',
        'limit-how-people-find-you',
        'limit-direct-messages',
        'limit-comments',
      ],
    },
    leave: {
      title: 'Leave Facebook',
      description:
        'Download your information, then delete your account. Facebook waits 30 days before deleting it for good, and logging back in during that time lets you cancel.',
      steps: ['download-your-data', 'delete-account'],
    },
  },
} satisfies PlatformInput;

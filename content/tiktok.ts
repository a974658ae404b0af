import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * TikTok checklist content.
 *
 * How these facts were sourced (the rules are in docs/content-guide.md):
 * - Steps, options and numbers come from TikTok's own help articles, most of
 *   them read in stored copies of other-language versions of the same article
 *   (each step's `sources` names the copy read). The labels match across
 *   languages; the English app labels were checked against English guides.
 * - Current menu paths that TikTok's stored English pages show only in an
 *   older form (deletion, the web layout) come from independent guides, marked
 *   `secondary` in the step's sources.
 * - Settings addresses (tiktok.com/setting…) come from their wide use in public
 *   code and tools that drive the live website; none was opened on a real
 *   account. Where those tools did not find an option on the web page, the
 *   step says so and sends people to the app.
 *
 * TikTok uses the same labels on iPhone and Android, so `phones()` fills both tabs.
 */

const LAST_VERIFIED = '2026-12-07';

type Link = PlatformInput['steps'][number]['officialLinks'][number];
type Source = PlatformInput['steps'][number]['sources'][number];

/** The privacy tab of TikTok's web settings: private account, comments and Duet live there. */
const PRIVACY_SETTINGS: Link = {
  kind: 'setting',
  label: 'Open TikTok’s privacy settings',
  url: 'https://www.tiktok.com/setting?activeTab=privacy',
};

/** A TikTok help article; TikTok keeps the same path for every language, Spanish under /es/. */
function helpArticle(topic: string, path: string): Link {
  return {
    kind: 'help',
    label: `Open TikTok’s help article on ${topic}`,
    url: `https://support.tiktok.com/en/${path}`,
    localizedUrls: { es: `https://support.tiktok.com/es/${path}` },
  };
}

const official = (label: string, url: string): Source => ({ label, url, kind: 'official' });
const secondary = (label: string, url: string): Source => ({ label, url, kind: 'secondary' });

// Sources several steps share.
const TEEN_SETTINGS_ES = official(
  'TikTok Help Center: Privacy and safety settings for teens (Spanish version, with TikTok’s Spanish names for Duet and Stitch)',
  'https://support.tiktok.com/es/account-and-privacy/account-privacy-settings/privacy-and-safety-settings-for-users-under-age-18',
);
const VIDEO_VISIBILITY_IS = official(
  'TikTok Help Center: Video visibility (Icelandic version)',
  'https://support.tiktok.com/is/account-and-privacy/account-privacy-settings/video-visibility',
);
const VIDEO_VISIBILITY_ES = official(
  'TikTok Help Center: Post privacy settings (Spanish version, with the Spanish audience names)',
  'https://support.tiktok.com/es/account-and-privacy/account-privacy-settings/video-visibility',
);
const VIDEO_DOWNLOADS_IS = official(
  'TikTok Help Center: Video downloads (Icelandic version)',
  'https://support.tiktok.com/is/account-and-privacy/account-privacy-settings/video-downloads',
);
const SUGGESTED_ACCOUNTS_NL = official(
  'TikTok Help Center: Suggested accounts (Dutch version)',
  'https://support.tiktok.com/nl/account-and-privacy/account-privacy-settings/suggested-accounts',
);
const REQUESTING_DATA_HI = official(
  'TikTok Help Center: Requesting your data (Hindi version)',
  'https://support.tiktok.com/hi/account-and-privacy/personalized-ads-and-data/requesting-your-data',
);
const SAFETY_ACCOUNT_SETTINGS_PH = official(
  'TikTok Safety Center: Account settings (Filipino version)',
  'https://www.tiktok.com/safety/tl-ph/account-settings/',
);
const COMMUNITY_CONTROLS = official(
  'TikTok Safety Center: Community controls',
  'https://www.tiktok.com/safety/en/community-controls',
);
const PHONE_HOUSE_PRIVATE = secondary(
  'Phone House blog (Spain), 7 May 2024: how to make a TikTok account private (the Spanish app labels)',
  'https://blog.phonehouse.es/2024/05/07/como-hacer-privada-una-cuenta-de-tiktok/',
);
const LA_SEXTA_PRIVATE = secondary(
  'laSexta (Spain), February 2020: making a TikTok account private (the older Spanish label for Privacy and safety)',
  'https://www.lasexta.com/tecnologia-tecnoxplora/redes-sociales/como-convertir-privada-cuenta-tiktok-que-sirve_202002055e3aee420cf2cfb788fdc69f.html',
);
const REACTOR92_DELETE = secondary(
  'Reactor92 (Spain): deleting a TikTok account (the older Spanish labels Manage account and Delete account)',
  'https://www.reactor92.net/como-eliminar-una-cuenta-en-tiktok.html/tiktok-privacidad-seguridad-politicas-jpg',
);

/** Profile → ☰ → Settings and privacy → Privacy, shared by most lock-down steps. */
const OPEN_APP_PRIVACY = [
  'Tap **Profile** at the bottom, then the menu **☰** at the top.',
  'Tap **Settings and privacy**, then **Privacy**.',
];

const OPEN_WEB_PRIVACY =
  'Sign in on tiktok.com in your browser, then open the privacy tab of your settings (the first link on this page goes straight there).';

const WEB_LAYOUT_NOTE =
  'TikTok’s help pages don’t describe its website, and the layout changes often. If you can’t find an option, or the choice you want, use the app.';

const OLDER_PRIVACY_NOTE =
  'Older app versions call this section **Privacy and safety** instead of **Privacy**.';

const DISCOVERABILITY_NOTE =
  'Some versions group this under a **Discoverability** heading inside **Privacy**. Older versions call **Privacy** **Privacy and safety**.';

export const tiktok = {
  slug: 'tiktok',
  name: 'TikTok',
  tagline:
    'Save your TikTok videos and data, then make your account private and hard to find, or delete it for good.',
  officialDomains: ['tiktok.com'],
  // Grace period: independent guides from 2020 to 2024 (see the deletion step's sources).
  // Data file window: TikTok's "Requesting your data" article ("up to four days").
  timings: { deletionGraceDays: 30, dataFileAvailableDays: 4 },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Ask TikTok for a copy of your account data, then download it within 4 days of it being ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what TikTok holds about you: your profile, what you watched and searched for, your comments and messages, and when and where your account was logged in.',
        'It can also serve as a record: who messaged you and when, and which devices used your account.',
        'The file takes a few days to prepare and then stays available for only 4 days, so start it now and do the other steps while you wait.',
      ],
      changes: [
        'TikTok prepares a file with a copy of your data, including your username, watch history, comment history and privacy settings. Recent files usually also hold your direct messages, search history and login history.',
        'Your posts are listed with their dates and details and a link to each video. The file holds links, not the video files themselves.',
        'You choose the format: TXT or JSON. JSON is the better choice because other tools can read it; it usually arrives as a zip file.',
        'TikTok tells you in the app when the file is ready, usually after a few days.',
      ],
      unchanged: [
        'Requesting your data changes nothing on your account: nothing is deleted, hidden or made private.',
        'Your most recent activity, roughly the last 24 to 48 hours, may not be in the file yet.',
        'Some data is left out, for example data that would affect other people’s privacy.',
        'Your videos are not in the file, only links to them. The next step covers saving them.',
      ],
      howTo: {
        ...phones(
          [
            'Tap **Profile** at the bottom, then the menu **☰** at the top.',
            'Tap **Settings and privacy**, then **Account**.',
            'Tap **Download your data**.',
            'Choose what to include (everything, unless you have a reason not to) and pick **JSON** as the file format.',
            'Tap **Request data**.',
            'When TikTok tells you the file is ready, come back to the same screen, open the **Download data** tab and tap **Download**.',
            'To cancel a request instead, open the **Download data** tab, tap **Cancel** next to the request, then **Delete request**. You can request again at any time.',
          ],
          'Older app versions show **Manage account** instead of **Account**.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on tiktok.com in your browser and open the data download page (the first link on this page goes straight there).',
            'Look for **Download your data**. If you land on the general settings page instead, look for it in the privacy section or the account section.',
            'Choose what to include, pick **JSON** as the file format, and send the request.',
            'Come back when TikTok says the file is ready, usually after a few days, and download it from the same page within 4 days.',
          ],
          note: 'Older website layouts put this under **Manage account** → **Data**. If you can’t find it, request the file in the app instead; it can be downloaded the same way there.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open TikTok’s Download your data page',
          url: 'https://www.tiktok.com/setting/download-your-data',
        },
        helpArticle('requesting your data', 'account-and-privacy/personalized-ads-and-data/requesting-your-data'),
      ],
      sources: [
        REQUESTING_DATA_HI,
        official(
          'TikTok for Developers: Data Portability API, adding a data request (TXT and JSON formats)',
          'https://developers.tiktok.com/doc/data-portability-api-add-data-request',
        ),
        SAFETY_ACCOUNT_SETTINGS_PH,
        secondary(
          'PIRG Education Fund: How to request and download TikTok data (the app path, TXT or JSON)',
          'https://pirg.org/edfund/resources/how-to-request-and-download-tiktok-data/',
        ),
        secondary(
          'El País, 2 April 2024: asking TikTok for your data (the Spanish app labels)',
          'https://elpais.com/tecnologia/2024-04-02/tiktok-te-conoce-mejor-que-tu-madre-como-pedirle-los-datos-que-guarda-sobre-ti-y-limitar-la-informacion-que-recopila.html',
        ),
        secondary(
          'Marlos Online (Spain): downloading your TikTok data step by step (Spanish labels, including the “Configuración y privacidad” variant)',
          'https://marlosonline.es/descargar-tus-datos-de-tiktok-guia-paso-a-paso/',
        ),
        REACTOR92_DELETE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'Once the file is ready, you have only 4 days to download it. After that it expires and you have to request a new one.',
        'The file holds private information such as your messages and login history. Keep it somewhere only you can open.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'save-your-videos',
      title: 'Save your videos',
      summary:
        'Keep your own copies of the videos you posted, and of your drafts, because the data file only gives you links.',
      why: [
        'Your data file lists your posts as links, not as video files. If the links stop working or your account is deleted, the videos are gone.',
        'Saving copies now means you can lock your account down, or leave TikTok, without losing what you made.',
      ],
      changes: [
        'You end up with copies of your videos on your own phone or computer.',
        'Copies saved from the app may carry a TikTok watermark with your username.',
      ],
      unchanged: [
        'Saving a copy doesn’t change the post on TikTok: it stays up, with the same audience, until you change or delete it.',
        'You can always save and share your own videos, even after you stop other people from downloading them.',
        'Drafts may not be in your data file at all, so they need saving separately.',
      ],
      howTo: {
        ...phones(
          [
            'Tap **Profile** at the bottom and open one of your videos.',
            'Tap the share arrow or the **…** button on the video.',
            'Look for the option to save or download the video (older versions call it **Save video**) and tap it.',
            'Check that the copy is in your phone’s photo gallery, then repeat for each video you want to keep.',
            'If you can’t find a save option, use the video links in your data file instead, and open each one as soon as the file arrives.',
          ],
          'TikTok changes this menu often, and the current name of the save option for your own videos could not be confirmed. Look for wording like “save” or “download”.',
        ),
        web: {
          available: true,
          steps: [
            'Wait until your data file from the previous step is ready, then download and unzip it.',
            'Open the file and find the list of your posts. In a JSON file, look for “Post”, then “Posts”, then “VideoList”.',
            'Open each video link in your browser and save the video to your computer straight away.',
            'Work through the list in one sitting. If a link no longer works, request a fresh data file and try again.',
          ],
          note: 'Drafts may not be in the data file. If you have drafts you want to keep, save them from the app before you delete anything.',
        },
      },
      officialLinks: [helpArticle('video downloads', 'account-and-privacy/account-privacy-settings/video-downloads')],
      noSettingLink:
        'Saving is done one video at a time in the TikTok app, so no web address opens it. In the app, open one of your videos, tap the share arrow and look for the save option (older versions call it **Save video**).',
      sources: [
        VIDEO_DOWNLOADS_IS,
        VIDEO_VISIBILITY_IS,
        REQUESTING_DATA_HI,
        secondary(
          'Best for Android: saving TikTok videos (your own video: Share, then Save Video, with the watermark)',
          'https://bestforandroid.com/save-tiktok-without-watermark/',
        ),
        secondary(
          'TikTok Archiver, a public tool that reads the data file (the file links to your videos rather than holding them)',
          'https://github.com/aengelberg/tiktok-archiver',
        ),
        PHONE_HOUSE_PRIVATE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 20,
      warnings: [
        'The video links in your data file may work only once, or only for a short time. Save each video as soon as you open its link, and do it soon after the file arrives.',
        'Don’t use third-party “TikTok downloader” websites or apps, and don’t give them your links or your login. Use only TikTok’s own options.',
        'If you plan to delete your account, save your drafts first: they may not be in the data file, and they are lost with the account.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-account-private',
      title: 'Make your account private',
      summary:
        'Switch to a private account so that only followers you approve can see your videos and activity.',
      why: [
        'A public TikTok account can be watched by anyone, on TikTok or off it, and depending on your settings strangers may Duet, Stitch or download your videos.',
        'With a private account, new people have to ask to follow you, and you decide who gets in.',
      ],
      changes: [
        'New followers need your approval.',
        'Only approved followers can see your videos, LIVE videos and likes, and the lists of who you follow and who follows you.',
        'Nobody else can Duet, Stitch or download your videos. Downloads stay off for as long as the account is private.',
      ],
      unchanged: [
        'Anyone can still search for your account and find it.',
        'Your profile photo, username and bio stay visible to everyone.',
        'People who already follow you most likely keep access: going private probably doesn’t remove them.',
        'Who can comment, who can message you and whether TikTok suggests your account are separate settings, covered in the next steps.',
        'Each post also has its own audience (Followers, Friends or Only you), set separately from the account.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Turn on **Private account**.',
            'Go back to your profile, open your followers list and remove anyone you don’t want seeing your videos.',
          ],
          OLDER_PRIVACY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Turn on **Private account**.',
            'Go to your profile, open your followers list and remove anyone you don’t want seeing your videos.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [
        PRIVACY_SETTINGS,
        helpArticle('private accounts', 'account-and-privacy/account-privacy-settings/making-your-account-public-or-private'),
      ],
      sources: [
        official(
          'TikTok Help Center: Making your account public or private',
          'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private',
        ),
        official('TikTok Safety Center: Your account', 'https://www.tiktok.com/safety/tools/your-account?lang=en'),
        VIDEO_VISIBILITY_IS,
        TEEN_SETTINGS_ES,
        VIDEO_VISIBILITY_ES,
        PHONE_HOUSE_PRIVATE,
        LA_SEXTA_PRIVATE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'Going private is not a way to get rid of existing followers. Check your followers list and remove anyone you don’t want there yourself.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'turn-off-account-suggestions',
      title: 'Stop TikTok suggesting your account',
      summary:
        'Turn off “Suggest your account to others” so TikTok stops recommending you to contacts, Facebook friends and people who open or send links to you.',
      why: [
        'TikTok can show your account as a suggestion to people who have your phone number or email in their contacts, to your Facebook friends, and to “people who open or send links to you”. That is how someone you want to avoid can be shown your account without ever searching for it.',
        'For adults, these suggestions are switched on until you turn them off.',
      ],
      changes: [
        'TikTok stops suggesting your account to each group you switch off: contacts, Facebook friends, people with mutual connections (where that option is shown), and people who open or send links to you.',
        'Contact suggestions only happen when both sides allow them: you have **Contacts** on, and the other person has your number or email saved and syncs their contacts. Switching **Contacts** off on your side is enough to stop it.',
        'Facebook friend suggestions work the same way, so switching **Facebook friends** off stops those.',
      ],
      unchanged: [
        'People can still find you by searching for your name or username.',
        'TikTok may still suggest your account in other ways, for example through who you follow or interact with.',
        'It doesn’t make your account private or change who can see your videos.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Suggest your account to others**.',
            'Turn off **Contacts**, **Facebook friends** and **People who open or send links to you**.',
            'If you also see **People with mutual connections**, turn that off too.',
          ],
          DISCOVERABILITY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Look for **Suggest your account to others**. Tools that read this page did not find it there, so this setting may only be in the app.',
            'If you find it, turn off every audience listed there, such as **Contacts**, **Facebook friends** and **People who open or send links to you**. If you don’t, use the app.',
          ],
          note: 'The first link opens the privacy settings page, the closest page TikTok has on the web for this setting. TikTok’s help pages describe the setting only in the app.',
        },
      },
      officialLinks: [
        PRIVACY_SETTINGS,
        helpArticle('suggested accounts', 'account-and-privacy/account-privacy-settings/suggested-accounts'),
      ],
      sources: [
        SUGGESTED_ACCOUNTS_NL,
        official(
          'TikTok Help Center: Suggested accounts (German version)',
          'https://support.tiktok.com/de/account-and-privacy/account-privacy-settings/suggested-accounts',
        ),
        SAFETY_ACCOUNT_SETTINGS_PH,
        TEEN_SETTINGS_ES,
        PHONE_HOUSE_PRIVATE,
        LA_SEXTA_PRIVATE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 2,
      warnings: [
        'Each audience has its own switch. Check that all of them are off, not just the first one.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'stop-contact-syncing',
      title: 'Stop syncing your contacts',
      summary:
        'Turn off contact and Facebook friend syncing, and remove the contacts TikTok already has from you.',
      why: [
        'Syncing shares your phone’s address book and your Facebook friends with TikTok, which uses them to link you with people you know offline.',
        'TikTok also uses the phone number on your account to suggest you to people who may know you. Keeping your address book out of it removes one more way you can be connected to people you’d rather not be.',
      ],
      changes: [
        'TikTok stops syncing your phone contacts and your Facebook friends.',
        'Where the app offers **Remove previously synced contacts**, it removes the contacts you shared with TikTok before.',
      ],
      unchanged: [
        'If other people sync their contacts and have your number or email saved, TikTok can still suggest you to them, unless you turned off **Contacts** in “Suggest your account to others” (the previous step).',
        'The phone number on your account stays, and TikTok may still use it, for example to suggest your account to people who may know you or, depending on your ad settings, to match you with advertisers’ data.',
        'Nothing is removed from your phone’s own contacts.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Sync contacts and Facebook friends**.',
            'Turn off syncing for your contacts and for your Facebook friends.',
            'If you see **Remove previously synced contacts**, tap it and confirm.',
          ],
          DISCOVERABILITY_NOTE,
        ),
        web: {
          available: false,
          reason:
            'Contact syncing is tied to the address book on your phone, and TikTok’s help pages describe these switches only in the app. Open the TikTok app on your phone to turn syncing off and remove synced contacts.',
        },
      },
      officialLinks: [
        helpArticle('suggested accounts and contact syncing', 'account-and-privacy/account-privacy-settings/suggested-accounts'),
      ],
      noSettingLink:
        'Contact syncing works from your phone’s address book and is only in the TikTok app, so no web address opens it. In the app, tap **Profile**, the menu **☰**, **Settings and privacy**, **Privacy**, then **Sync contacts and Facebook friends**.',
      sources: [
        SUGGESTED_ACCOUNTS_NL,
        official(
          'TikTok Help Center: Suggested accounts (Icelandic version)',
          'https://support.tiktok.com/is/account-and-privacy/account-privacy-settings/suggested-accounts',
        ),
        official(
          'TikTok Help Center: How your phone number is used on TikTok (Traditional Chinese version)',
          'https://support.tiktok.com/zh_Hant/account-and-privacy/personalized-ads-and-data/how-your-phone-number-is-used-on-tiktok',
        ),
        PHONE_HOUSE_PRIVATE,
        LA_SEXTA_PRIVATE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 2,
      warnings: [
        'Turning syncing off on its own may leave the contacts you synced before with TikTok. If the app offers **Remove previously synced contacts**, use it as well.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can message you',
      summary:
        'Set direct messages to “No one” (or “Friends” if that isn’t offered) so strangers can’t message you privately.',
      why: [
        'Direct messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
        'With “No one”, nobody can start a new conversation with you or add you to a group chat.',
      ],
      changes: [
        '**No one** (called **Off** in some versions) stops all new direct messages.',
        '**Friends** lets only followers you follow back message you.',
        'Group chat invites follow the same setting: if you don’t allow others to message you, you won’t get group invites.',
      ],
      unchanged: [
        'Your existing message history stays in your inbox.',
        'Direct messages are only available to accounts aged 16 and over; younger accounts can’t use them at all.',
        'People can still comment on your posts or mention you. Those are separate settings, covered in the next step.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Direct messages**.',
            'Choose **No one**. In some versions it’s called **Off**.',
            'If neither is offered, choose **Friends**.',
          ],
          'The options differ by region and app version. Older versions call this screen **Who can send me direct messages**, and newer ones may ask who can send you a message request. Whatever the wording, pick the narrowest option.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on tiktok.com in your browser, then open your direct message settings (the first link on this page goes straight there).',
            'Tools that read this page found a separate choice for potential connections and for everyone else on TikTok. For each one, pick the narrowest option, such as not receiving their messages at all, or **Friends**.',
            'If you want nobody at all to be able to message you and the page doesn’t offer that, set **No one** in the app instead.',
          ],
          note: 'The website words these choices differently from the app, and TikTok’s help pages don’t describe the website. If you’re unsure what a choice does, use the app.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open TikTok’s direct message settings',
          url: 'https://www.tiktok.com/setting/privacy/direct-messages',
        },
        helpArticle('direct messages', 'using-tiktok/messaging-and-notifications/direct-message-settings'),
      ],
      sources: [
        official(
          'TikTok Help Center: Direct message settings (older English version)',
          'https://support.tiktok.com/en/using-tiktok/messaging-and-notifications/direct-message-settings',
        ),
        official(
          'TikTok Help Center: Direct messages (Japanese version)',
          'https://support.tiktok.com/ja/using-tiktok/messaging-and-notifications/direct-message-settings',
        ),
        COMMUNITY_CONTROLS,
        official(
          'TikTok Safety Center: Your connections (German version)',
          'https://www.tiktok.com/safety/tools/your-connections?lang=de-DE',
        ),
        TEEN_SETTINGS_ES,
        VIDEO_VISIBILITY_ES,
        PHONE_HOUSE_PRIVATE,
        secondary(
          'TechCrunch, 26 January 2023: TikTok expands its direct message settings',
          'https://techcrunch.com/2023/01/26/tiktok-expands-dm-settings-let-users-choose-who-can-message-them/',
        ),
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 2,
      warnings: [
        'The options differ by region and app version. If you don’t see **No one** or **Off**, pick the narrowest option you’re offered.',
        'Changing this doesn’t delete old conversations. If you need them as a record, they are in your data file.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments-and-mentions',
      title: 'Limit comments and mentions',
      summary:
        'Choose who can comment on your posts and who can mention you, and filter out comments you don’t want to see.',
      why: [
        'Comments sit in public under your posts, so a hostile comment reaches everyone who watches. Mentions can pull your name into other people’s posts and conversations.',
        'Narrowing both cuts down the ways strangers can reach you in public.',
      ],
      changes: [
        '**Allow comments from** offers **Everyone** (public accounts only), **Followers** (private accounts only), **Friends** (followers you follow back) or **No one**.',
        '**No one** turns comments off on all your posts at once.',
        'Comment filters can hide offensive comments automatically, and hide comments containing words from your own keyword list.',
        'You can also turn comments on or off for a single post, before or after posting it.',
        'The mentions setting decides who can mention you.',
      ],
      unchanged: [
        'A private account doesn’t stop approved followers from commenting; this setting does.',
        'Filtered comments are hidden, and you can still review them.',
        'Accounts under 16 can only choose **Friends** or **No one** for comments.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Comments**, then **Allow comments from**.',
            'Choose the narrowest audience you’re comfortable with: **No one** turns comments off everywhere; **Friends** or **Followers** keeps them for people you know.',
            'On the same **Comments** screen, turn on the filter for offensive comments, and the keyword filter with any words you want hidden.',
            'Go back to **Privacy** and look for **Mentions** (some versions say **Tags and mentions**). Choose the narrowest option offered.',
            'To change a single post, open it, tap **…** and look in its privacy settings for the comments switch.',
          ],
          OLDER_PRIVACY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Look for who can comment on your posts and choose **Friends**. The website offers only **Everyone** or **Friends**: to turn comments off completely with **No one**, use the app.',
            'Tools that read this page did not find the comment filters or **Mentions** there. Set those in the app.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [
        PRIVACY_SETTINGS,
        helpArticle('managing comments', 'account-and-privacy/account-privacy-settings/manage-comments'),
      ],
      sources: [
        official(
          'TikTok Help Center: Manage comments (German version)',
          'https://support.tiktok.com/de/account-and-privacy/account-privacy-settings/manage-comments',
        ),
        official(
          'TikTok Help Center: Manage comments (Icelandic version)',
          'https://support.tiktok.com/is/account-and-privacy/account-privacy-settings/manage-comments',
        ),
        COMMUNITY_CONTROLS,
        official(
          'TikTok Help Center: Mentions on TikTok (Danish version)',
          'https://support.tiktok.com/da/using-tiktok/messaging-and-notifications/mentions-on-tiktok',
        ),
        TEEN_SETTINGS_ES,
        VIDEO_VISIBILITY_ES,
        PHONE_HOUSE_PRIVATE,
        LA_SEXTA_PRIVATE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'The exact choices for who can mention you could not be confirmed and may differ on your app. Pick the narrowest one you’re offered.',
      ],
    },

    // 8 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-duets-stitches-downloads',
      title: 'Limit Duets, Stitches and downloads',
      summary:
        'Stop other people from reusing your videos in their own posts, and from downloading them.',
      why: [
        'Duets and Stitches put your video inside someone else’s post, in front of their audience. Downloads let people keep a copy of your video and share it anywhere, out of your reach.',
        'Restricting both keeps your videos where you posted them, seen by the people you chose.',
      ],
      changes: [
        '**Allow content reuse from** offers **Everyone** or **Friends**. It covers Duets, Stitches, stickers made from your posts, and adding your post to someone else’s Story.',
        'Only public accounts can let others Duet or Stitch, so with a private account this is already closed.',
        '**Content reuse history** lets you remove Duets and Stitches linked to your videos.',
        'Turning **Downloads** off stops people downloading any of your posts, old and new. It also stops them turning your videos into Live Photos or GIFs, or sharing them straight to some other apps.',
        'You can also set content reuse for a single post.',
      ],
      unchanged: [
        'Duets and Stitches that were already made stay on TikTok, even if you restrict reuse or delete your own video. Use **Content reuse history** to remove them.',
        'Copies people already downloaded stay on their devices.',
        'People can still share a link to your video or send it in a message.',
        'You can still save and share your own videos.',
        'Private accounts and accounts under 16 have downloads switched off, and can’t turn them on.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Tap **Content reuse**, then **Allow content reuse from**, and choose **Friends**.',
            'Open **Content reuse history** and remove any Duets or Stitches you don’t want linked to your videos.',
            'In **Privacy**, look for **Downloads** and turn it off. (If your account is private, it’s already off.)',
            'To change a single post, open it, tap **…**, then **Privacy settings**, and adjust **Allow content reuse**.',
          ],
          'Some app versions still show separate **Duet** and **Stitch** items instead of **Content reuse**. If you see them, set each one to the narrowest option.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Look for who can Duet with or remix your posts (some layouts show **Content reuse**, or separate **Duet** and **Stitch** items) and choose **Friends**, the narrowest choice the website offers.',
            'Look for **Downloads** and turn it off. Tools that read this page did not find it there, so you may need the app for this one.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinks: [
        PRIVACY_SETTINGS,
        helpArticle('Duets', 'account-and-privacy/account-privacy-settings/duets'),
      ],
      sources: [
        official(
          'TikTok Help Center: Duets (Danish version)',
          'https://support.tiktok.com/da/account-and-privacy/account-privacy-settings/duets',
        ),
        official(
          'TikTok Help Center: Duets (Bulgarian version)',
          'https://support.tiktok.com/bg/account-and-privacy/account-privacy-settings/duets',
        ),
        official(
          'TikTok Help Center: Stitch (Croatian version)',
          'https://support.tiktok.com/hr/account-and-privacy/account-privacy-settings/stitch',
        ),
        VIDEO_DOWNLOADS_IS,
        TEEN_SETTINGS_ES,
        VIDEO_VISIBILITY_ES,
        PHONE_HOUSE_PRIVATE,
        secondary(
          'El Confidencial Digital, July 2023: changing a single TikTok video’s privacy (the Spanish label for Privacy settings)',
          'https://www.elconfidencialdigital.com/articulo/actualidad/truco-tik-tok-como-limitar-quien-puede-ver-cada-video/20230711131504606087.html',
        ),
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'A copy someone has already downloaded can’t be pulled back. Turn downloads off as early as you can.',
      ],
    },

    // 9 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-account',
      kind: 'deletion',
      title: 'Delete your account',
      summary:
        'Delete your TikTok account: it is hidden at once and deleted for good after 30 days, unless you log back in.',
      why: [
        'If you don’t want to be on TikTok at all, deleting your account removes your profile, videos and followers instead of just hiding them.',
        'Your account disappears from view as soon as you confirm, and is deleted for good after 30 days. Those 30 days let you change your mind, which also means the deletion is easy to cancel by accident.',
        'Not sure yet? The same menu offers deactivation instead: a temporary hold that hides your account and keeps your data until you log back in.',
      ],
      changes: [
        'Your account is deactivated and hidden from others straight away.',
        'After 30 days it is deleted permanently.',
        'You can no longer log in, and you lose your posted videos, likes and followers.',
        'Purchases such as coins are not refunded.',
        'You lose your message history.',
      ],
      unchanged: [
        'Messages you sent may still be visible to the people you sent them to.',
        'Duets and Stitches other people made from your videos may stay on TikTok.',
        'Deleting the TikTok app from your phone doesn’t delete your account.',
        'Subscriptions paid through an app store aren’t cancelled by deleting your account.',
        'A TikTok for Business account is closed separately, in TikTok for Business settings.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            'Before you start: finish the backup steps, use up or give up any coins, and cancel any TikTok subscriptions you pay for through the App Store.',
            'Tap **Profile** at the bottom, then the menu **☰** at the top.',
            'Tap **Settings and privacy**, then **Account**.',
            'Tap **Deactivate or delete account**, then **Delete account permanently**.',
            'Pick a reason and tap **Continue**.',
            'If TikTok offers to download your data and you haven’t done it yet, do it now.',
            'Confirm it’s you with the code TikTok sends to your phone or email, or by logging in with the service you signed up with (such as Apple or Google).',
            'Tap **Delete**, and note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: 'Older app versions show **Manage account** instead of **Account**, with **Delete account** inside it.',
        },
        android: {
          available: true,
          steps: [
            'Before you start: finish the backup steps, use up or give up any coins, and cancel any TikTok subscriptions you pay for through Google Play.',
            'Tap **Profile** at the bottom, then the menu **☰** at the top.',
            'Tap **Settings and privacy**, then **Account**.',
            'Tap **Deactivate or delete account**, then **Delete account permanently**.',
            'Pick a reason and tap **Continue**.',
            'If TikTok offers to download your data and you haven’t done it yet, do it now.',
            'Confirm it’s you with the code TikTok sends to your phone or email, or by logging in with the service you signed up with (such as Google or Apple).',
            'Tap **Delete**, and note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: 'Older app versions show **Manage account** instead of **Account**, with **Delete account** inside it.',
        },
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup steps, use up or give up any coins, and cancel any subscriptions you pay for through an app store.',
            'Sign in on tiktok.com in your browser and open your settings (the first link on this page goes straight there).',
            'Open the account section: independent guides call it **Manage account**; newer layouts may call it **Account**.',
            'Click **Delete account** and follow the instructions, including confirming it’s you with a code or through the service you signed up with.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: 'The TikTok help pages that could be checked describe deletion only in the app; the website steps come from independent guides, and the website’s labels change more often than the app’s. If you can’t find the option, use the app.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open TikTok settings', url: 'https://www.tiktok.com/setting' },
        helpArticle('deleting your account', 'account-and-privacy/deleting-an-account/deleting-an-account'),
      ],
      sources: [
        official(
          'TikTok Help Center: Deleting an account (older English version)',
          'https://support.tiktok.com/en/account-and-privacy/deleting-an-account/deleting-an-account',
        ),
        official(
          'TikTok Help Center: Deleting an account (section page)',
          'https://support.tiktok.com/en/account-and-privacy/deleting-an-account',
        ),
        secondary(
          'Twicsy blog: deleting a TikTok account (current path, Deactivate or delete account, the 30 days)',
          'https://twicsy.com/blog/how-do-i-remove-tiktok-from-my-phone',
        ),
        secondary(
          'Linksdude: how to delete a TikTok account (30 days, logging in reactivates)',
          'https://linksdude.com/en/blog/how-to-delete-a-tiktok-account',
        ),
        secondary(
          'Voonze, 21 February 2022: deleting a TikTok account in the app or on the website (verification by code or sign-in service)',
          'https://voonze.com/how-to-delete-a-tiktok-account/',
        ),
        secondary(
          'El Universal (Mexico), 17 November 2024: deleting a TikTok account for good (the Spanish app labels)',
          'https://eluniversal.com.mx/techbit/como-eliminar-una-cuenta-de-tiktok-de-manera-definitiva/?outputType=amp',
        ),
        secondary(
          'El Tiempo (Colombia), February 2024: deactivating a TikTok account (Spanish labels, a variant wording)',
          'https://www.eltiempo.com/tecnosfera/novedades-tecnologia/sepa-como-desactivar-una-cuenta-de-tiktok-temporalmente-paso-a-paso-850528',
        ),
        REACTOR92_DELETE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 10,
      warnings: [
        'Don’t log in during the 30 days, not even through “Log in with TikTok” on another app or website. Logging in reactivates your account and cancels the deletion.',
        'Back up first: download your data and save your videos and drafts. After 30 days they can’t be recovered.',
        'Use up or give up your coins first. TikTok doesn’t refund them.',
        'Make sure you can receive a code at the phone number or email on your account, or can log in with the service you signed up with (such as Apple or Google). You need it to confirm.',
      ],
      recommendedBefore: ['download-your-data', 'save-your-videos'],
    },
  ],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then make your account private and harder to find, and limit who can message you, comment, mention you, and reuse or download your videos.',
      steps: [
        'download-your-data',
        'save-your-videos',
        'make-account-private',
        'turn-off-account-suggestions',
        'stop-contact-syncing',
        'limit-direct-messages',
        'limit-comments-and-mentions',
        'limit-duets-stitches-downloads',
      ],
    },
    leave: {
      title: 'Leave TikTok',
      description:
        'Back up your data and videos, then delete your account. TikTok keeps it deactivated for 30 days, and logging in during that time cancels the deletion.',
      steps: ['download-your-data', 'save-your-videos', 'delete-account'],
    },
  },
} satisfies PlatformInput;

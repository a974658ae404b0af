import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Instagram checklist content.
 *
 * Sourced as docs/content-guide.md describes: every address, label and number
 * comes from a page recorded in the step's `sources`, marked official or
 * secondary, and `verifiedAgainst` says which kind the step was checked
 * against. Of Instagram's own help pages only the private-account article could
 * be read (in an older layout); the others are known through quotes by third
 * parties, so most steps rest on independent guides and say so. The settings
 * addresses come from their wide use in public code and from the JustDeleteMe
 * directory; none has been opened on a real account, and where a label could
 * not be confirmed the step says so.
 *
 * Instagram uses the same labels on iPhone and Android, so `phones()` fills both tabs.
 */

const LAST_VERIFIED = '2026-12-07';

const OPEN_APP_SETTINGS = 'Go to your profile, tap the menu **☰** at the top, then tap **Settings and privacy**.';

const BACKUP_FIRST = 'Before you start: download your data (the first step) and check that the file opens.';

const SIGN_IN_NOTE = 'The page asks you to sign in to Instagram first if you aren’t already.';

const NO_HELP_ARTICLE =
  'No Instagram help article on this setting could be confirmed, so the only official link opens the setting itself.';

const UNCONFIRMED_WEB_LABELS =
  'This address is widely used, but the labels on the page come from guides and tools, not from Instagram’s own help, and Instagram changes them often. If the page looks different, use the app.';

const PRIVATE_ACCOUNT_HELP = 'https://help.instagram.com/448523408565555';
const DOWNLOAD_HELP = 'https://help.instagram.com/181231772500920';
const DELETE_HELP = 'https://help.instagram.com/139886812848894';

const BUSINESSREMARK_WIRED = {
  label: 'How to Limit Who Can Contact You on Instagram (Wired article by David Nield, republished by businessremark.com, 2022-04-17)',
  url: 'https://businessremark.com/2022/04/17/how-to-limit-who-can-contact-you-on-instagram/',
  kind: 'secondary',
} as const;

const LAVERDAD_ACCOUNTS_CENTER_ES = {
  label: 'La Verdad de Monagas: desactivar o eliminar un perfil de Instagram y Facebook (in Spanish: Configuración y privacidad, Centro de cuentas; 2023-06-16)',
  url: 'https://laverdaddemonagas.com/2023/06/16/desactivar-instagram-y-facebook/amp',
  kind: 'secondary',
} as const;

export const instagram = {
  slug: 'instagram',
  name: 'Instagram',
  tagline:
    'Save your Instagram photos, videos and data, then make your account private and harder to find, or delete it for good.',
  officialDomains: ['instagram.com'],
  timings: {
    // The 30-day grace period: Instagram's help page as quoted by others, and
    // independent guides (the deletion step's sources).
    deletionGraceDays: 30,
    // Instagram's copy comes from the same Meta "Download your information"
    // tool as Facebook's, whose help page (as quoted by a third party) gives 4
    // days; independent accounts of Instagram's own link say about four days
    // too (engageweb.co.uk 2018, hooleft.me 2026: the download step's sources).
    dataFileAvailableDays: 4,
  },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Ask Instagram for a copy of your photos, videos and account information, then download it within about 4 days of it being ready.',
      why: [
        'Before you change or delete anything, keep your own copy of what you shared on Instagram and what it holds about you.',
        'Deleting your account removes your profile, photos, videos, comments, likes and followers for good. This copy is how you keep them.',
        'Preparing the copy can take a while, so ask for it now and do the other steps while you wait.',
      ],
      changes: [
        'Instagram prepares a copy of your information. You choose which kinds of information go in, the date range, and the quality of the photos and videos.',
        'You choose the format: HTML opens in a web browser and is the easiest to read; JSON is better if you want to move your data to another service.',
        'You choose where the copy goes: downloaded to your device, or sent to another service.',
        'Instagram has said a copy can take up to 30 days to prepare, though guides report it is often ready much sooner.',
        'Once it’s ready, the download link is reported to work for about 4 days, the same as for Facebook, which uses the same Meta tool.',
      ],
      unchanged: [
        'Asking for a copy changes nothing on your account: nothing is deleted, hidden or made private.',
        'Anything you leave out of the request, or that falls outside the date range you pick, is not in the copy.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Accounts Center**, then **Your information and permissions**.',
            'Tap **Download your information** (some versions say **Export your information**).',
            'Choose what to include (everything, unless you have a reason not to). Pick the widest date range and the highest media quality offered.',
            'Pick a format: HTML to read it in a browser, or JSON to move it to another service.',
            'Choose to download the copy to your device, not to send it to another service.',
            'Send the request. Come back to the same screen later to see whether your copy is ready, and download it within about 4 days of it being ready.',
          ],
          'These labels come from guides to the current app, not from Instagram’s own pages, and Instagram changes them often.',
        ),
        web: {
          available: true,
          steps: [
            'Open Instagram’s **Download your information** page in Accounts Center: the first official link on this page goes there.',
            'Choose what to include, the date range, the media quality and the format, and choose to download the copy to your device.',
            'Send the request. Come back to the same page later to see whether your copy is ready, and download it within about 4 days of it being ready.',
          ],
          note: `${SIGN_IN_NOTE} The address is widely used by tools that work with Instagram’s data file; some versions call the page **Export your information**.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Download your information page in Accounts Center',
          url: 'https://accountscenter.instagram.com/info_and_permissions/dyi/',
        },
        {
          kind: 'help',
          label: 'Open Instagram’s help article on downloading a copy of your information',
          url: DOWNLOAD_HELP,
          localizedUrls: { es: `${DOWNLOAD_HELP}/?locale=es_ES` },
        },
      ],
      sources: [
        {
          label: 'Instagram Help Center: Review or export a copy of your information (known through a third party’s quotes; not read directly)',
          url: DOWNLOAD_HELP,
          kind: 'official',
        },
        {
          label: 'hooleft.me: How Instagram data download works (2026; the download link lasts about four days)',
          url: 'https://hooleft.me/blog/how-instagram-data-download-actually-works',
          kind: 'secondary',
        },
        {
          label: 'Engage Web: How to download your Instagram data (2018, older layout; download within four days)',
          url: 'https://www.engageweb.co.uk/blog/how-to-download-your-instagram-data',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 10,
      warnings: [
        'Once your copy is ready, download it within about 4 days. After that the link is reported to expire, and you have to ask for a new copy.',
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
            'Open Instagram’s **Account privacy** settings: the first official link on this page goes there.',
            'Turn on **Private account**.',
            'Go to your profile, open your followers list and remove anyone you don’t want there.',
          ],
          note: `${SIGN_IN_NOTE} Instagram’s help page describes an older website layout (**Privacy and Security** → **Account Privacy**), so the labels may have changed. If you can’t find the switch, use the app.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Account privacy settings',
          url: 'https://www.instagram.com/accounts/who_can_see_your_content/',
        },
        {
          kind: 'help',
          label: 'Open Instagram’s help article on private accounts',
          url: PRIVATE_ACCOUNT_HELP,
          localizedUrls: { es: `${PRIVATE_ACCOUNT_HELP}/?locale=es_ES` },
        },
      ],
      sources: [
        {
          label: 'Instagram Help Center: Private accounts (stored copy read; it shows an older layout)',
          url: PRIVATE_ACCOUNT_HELP,
          kind: 'official',
        },
        BUSINESSREMARK_WIRED,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
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
        'Stop Instagram suggesting your account on other people’s profiles, and stop syncing your phone’s contacts.',
      why: [
        'Instagram can suggest your account to other people, for example alongside similar accounts on their profiles, and it can match the contacts on your phone with accounts on Instagram.',
        'They are ways your account can be put in front of someone you’d rather avoid, without that person ever searching for you. Turning them off closes those ways.',
      ],
      changes: [
        'With account suggestions turned off, your account should stop being suggested on other people’s profiles, and suggestions stop showing on yours.',
        'With contact syncing turned off, Instagram should stop uploading the contacts on your phone.',
      ],
      unchanged: [
        'People can still find your account by searching for your name or username.',
        'Turning syncing off doesn’t remove contacts you uploaded before: a guide reports they stay until you delete them. If you’re offered a way to remove them, use it.',
        'Nothing is removed from your phone’s own contacts.',
      ],
      howTo: {
        ...phones(
          [
            'Go to your profile and tap **Edit profile**. Look for **Show account suggestions on profiles** and turn it off. If it isn’t there, do this part on the website instead (see the Web tab).',
            OPEN_APP_SETTINGS,
            'Tap **Accounts Center**, then **Your information and permissions**, then the option about uploading contacts (a guide calls it **Upload contacts**).',
            'Choose your Instagram account and turn contact syncing off.',
            'If you’re offered a way to delete contacts you uploaded before, use it.',
          ],
          'Guides show the suggestions switch on the website’s **Edit profile** page; where it sits in the app could not be confirmed. The contacts path comes from a guide written for the app in another language, so the English labels may differ.',
        ),
        web: {
          available: true,
          steps: [
            'Open Instagram’s **Edit profile** page: the first official link on this page goes there.',
            'Untick **Show account suggestions on profiles**, then save if you’re asked to.',
            'Contact syncing works with the address book on your phone, so turn it off in the Instagram app (see the iPhone or Android tab).',
          ],
          note: `${SIGN_IN_NOTE} ${NO_HELP_ARTICLE}`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Edit profile page, where the account suggestions switch is',
          url: 'https://www.instagram.com/accounts/edit/',
        },
      ],
      sources: [
        {
          label: 'iAghapour Telegram channel (in Persian, 2026): on instagram.com, Edit profile, untick Show account suggestions on profiles',
          url: 'https://t.me/iaghapour/2954',
          kind: 'secondary',
        },
        {
          label: 'Antenna Gom: turning off Instagram contact syncing and deleting uploaded contacts (in Korean; app only, through Accounts Center)',
          url: 'https://antennagom.com/?p=22780',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 5,
      warnings: [
        'These are two separate settings in two places: the suggestions switch on Edit profile, and contact syncing in Accounts Center. Check both.',
        'No Instagram help article on these settings could be confirmed, so the labels here come from independent guides.',
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
        'Instagram’s message controls treat different groups of people separately, for example people you may know and everyone else.',
        'For each group, you can let their messages arrive as requests you can review, or stop them sending you requests at all.',
      ],
      unchanged: [
        'Conversations you already have stay in your inbox.',
        'People you don’t follow can still send a single text-only request if you let them send requests at all: Instagram limits what a request can contain, not who can send one.',
        'People can still comment on your posts. That’s a separate setting, covered in the next step.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for **Messages and story replies**, then the message controls (older versions: **Privacy** → **Messages**).',
            'For each group of people listed (guides name them **Potential connections** and **Other people**), choose the option that stops them sending you requests, rather than the one that puts their messages in your requests.',
            'If that isn’t offered for a group, pick the narrowest option you’re given.',
          ],
          'The exact labels could not be confirmed from Instagram’s own pages, and this screen has changed in recent years.',
        ),
        web: {
          available: true,
          steps: [
            'Open Instagram’s **Messages and story replies** settings: the first official link on this page goes there.',
            'For each group of people listed, choose the option that stops them sending you requests, or the narrowest option offered.',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_WEB_LABELS} ${NO_HELP_ARTICLE}`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Messages and story replies settings',
          url: 'https://www.instagram.com/accounts/messages_and_story_replies/',
        },
      ],
      sources: [
        {
          label: 'A guide to restricting creeps from your Instagram profile (Mashable guide republished by televisor.co.uk): Potential connections and Other people',
          url: 'https://televisor.co.uk/global/entertainment/a-guide-to-restricting-creeps-from-your-instagram-profile/091416',
          kind: 'secondary',
        },
        BUSINESSREMARK_WIRED,
        {
          label: 'SWGFL (UK online safety charity): Instagram announces new ways to restrict unwanted direct messages (2023)',
          url: 'https://swgfl.org.uk/magazine/instagram-announces-new-ways-to-restrict-unwanted-direct-messages',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'The setting for who can comment lets you allow comments from a smaller group than everyone, such as only people you follow or only your followers.',
        'Hidden Words filters out comments containing words and phrases you choose, and offensive ones.',
      ],
      unchanged: [
        'A private account decides who sees your posts. Who can comment on them is a separate setting.',
        'Comments already posted stay up. Delete the ones you don’t want yourself.',
        'People can still message you. The previous step covers that.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Comments**, then **Allow comments from**.',
            'Choose the narrowest audience you’re comfortable with, such as **People you follow** or **Your followers**.',
            'Go back to **Settings and privacy**, tap **Hidden Words**, turn on the comment filters and add any words or phrases you want hidden.',
            'If you also see **Tags and mentions**, choose the narrowest option offered.',
          ],
          'These labels come from guides (some written for older versions), not from Instagram’s own pages, so they may differ on your phone. Look for wording about comments and hidden words.',
        ),
        web: {
          available: true,
          steps: [
            'Open Instagram’s **Comments** settings: the first official link on this page goes there.',
            'Under **Allow comments from**, choose the narrowest audience you’re comfortable with.',
            'Open the **Hidden Words** settings (the second official link) and turn on the comment filters.',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_WEB_LABELS} ${NO_HELP_ARTICLE}`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Comments settings',
          url: 'https://www.instagram.com/accounts/comments/',
        },
        {
          kind: 'setting',
          label: 'Open Instagram’s Hidden Words settings',
          url: 'https://www.instagram.com/accounts/settings/v2/hidden_words/',
        },
      ],
      sources: [
        {
          label: '3 Steps to Customizing Your Instagram Privacy Settings (Maria Glavincevska on Medium, 2018; Allow comments from and its options)',
          url: 'https://medium.com/@maria.glavincevska/3-steps-to-customizing-your-instagram-privacy-settings-c60877fd2e4d',
          kind: 'secondary',
        },
        BUSINESSREMARK_WIRED,
        {
          label: 'SWGFL (UK online safety charity): Instagram’s Hidden Words and Limits (2023)',
          url: 'https://swgfl.org.uk/magazine/instagram-announces-new-ways-to-restrict-unwanted-direct-messages',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'Not sure yet? The same screen offers deactivation instead: a temporary option that hides your profile, photos, comments and likes until you log back in.',
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
            'Tap **Accounts Center**, then **Personal details**, then **Account ownership and control**, then **Deactivation or deletion**.',
            'Choose your Instagram account, choose **Delete account** (not deactivate), and tap **Continue**.',
            'Enter your password to confirm.',
            'Note today’s date and the date Instagram shows: the deletion becomes permanent then, normally 30 days from now.',
          ],
          'These labels come from guides, not from Instagram’s own pages, and may differ on your phone. Look for wording about deactivating or deleting your account.',
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'Open the **Deactivation or deletion** page in Accounts Center: the first official link on this page goes there.',
            'Choose your Instagram account, choose **Delete account** (not deactivate), continue, and enter your password.',
            'Note today’s date and the date Instagram shows: the deletion becomes permanent then, normally 30 days from now.',
          ],
          note: `${SIGN_IN_NOTE} This is the address the JustDeleteMe directory has used since January 2025, replacing an older deletion page. If it doesn’t open, go through **Settings and privacy** → **Accounts Center** in the app.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Instagram’s Deactivation or deletion page in Accounts Center',
          url: 'https://accountscenter.instagram.com/personal_info/account_ownership_and_control/deletion_and_deactivation',
        },
        {
          kind: 'help',
          label: 'Open Instagram’s help article on deleting or deactivating your account',
          url: DELETE_HELP,
          localizedUrls: { es: `${DELETE_HELP}/?locale=es_ES` },
        },
      ],
      sources: [
        {
          label: 'Instagram Help Center: Delete or deactivate your account (known through a third party’s quotes; not read directly)',
          url: DELETE_HELP,
          kind: 'official',
        },
        {
          label: 'JustDeleteMe pull request #2360: Instagram’s deletion address changed to Accounts Center (merged 2025-01-24)',
          url: 'https://github.com/jdm-contrib/jdm/pull/2360',
          kind: 'secondary',
        },
        {
          label: 'The Hindu: How to deactivate or delete an Instagram account (2024-01-04; the Accounts Center path)',
          url: 'https://www.thehindu.com/sci-tech/technology/how-to-deactivate-delete-instagram-account/article67704957.ece/amp/',
          kind: 'secondary',
        },
        {
          label: 'Blog da Flavi: como excluir uma conta do Instagram (in Portuguese; 30 days, up to 90 days to finish)',
          url: 'https://blogdaflavi.com/como-excluir-uma-conta-do-instagram',
          kind: 'secondary',
        },
        LAVERDAD_ACCOUNTS_CENTER_ES,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 10,
      warnings: [
        'Don’t log back in during the 30 days unless you want to keep the account. Logging back in lets you cancel the deletion, so stay logged out if you mean to leave.',
        'Back up first: download your data and check that the copy opens. After the deletion, your photos, videos and everything else can’t be recovered.',
        'Make sure you know your password before you start. You need it to confirm.',
        'Want a break rather than a goodbye? Choose deactivation on the same screen instead: it hides your account until you log back in.',
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

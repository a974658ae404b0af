import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * X (formerly Twitter) checklist content.
 *
 * How these facts were sourced (the rules are in docs/content-guide.md):
 * - Settings addresses (x.com/settings/…) come from their wide use in public
 *   code; none has been opened on a real account by us. /settings/tagging is
 *   the Photo tagging page that X's own web code links from its Privacy and
 *   safety screen (also used by a public automation script); it rests on fewer
 *   uses than the others, so the tagging step also links Audience and tagging.
 * - Steps marked `verifiedAgainst: 'official'` were checked against a stored
 *   copy of X's own help page on the topic (for protected posts and
 *   deactivation, an older copy from the "Tweets" era). The others rest on
 *   the independent guides in their `sources`, and say so.
 * - Menu labels are the ones independent guides and X's help pages agree on.
 *   Where one could not be confirmed, the step says so.
 * - Spanish help pages keep the same path under /es/ on help.x.com.
 *
 * The iPhone and Android apps use the same labels, so `phones()` fills both tabs.
 */

const LAST_VERIFIED = '2026-12-07';

const HELP = 'https://help.x.com/en/';
const HELP_ES = 'https://help.x.com/es/';

/** A help article on help.x.com and its Spanish version (same path under /es/). */
function help(label: string, path: string) {
  return { kind: 'help' as const, label, url: `${HELP}${path}`, localizedUrls: { es: `${HELP_ES}${path}` } };
}

const OPEN_APP_SETTINGS =
  'Tap your profile photo at the top left to open the menu, then tap **Settings and Support** and **Settings and privacy**.';

const OPEN_WEB_SETTINGS =
  'Sign in on x.com, click **More** (the three-dot button) in the menu on the left, then **Settings and privacy**. If you see **Settings and Support**, open it first.';

const OLDER_WORDING_NOTE = 'Older versions of X say “Tweets” where newer ones say “posts”.';

const AUDIENCE_AND_TAGGING_URL = 'https://x.com/settings/audience_and_tagging';

const INTERNET_MATTERS = {
  label: 'Internet Matters: X (formerly Twitter) safety, step-by-step guide',
  url: 'https://www.internetmatters.org/parental-controls/social-media/twitter',
  kind: 'secondary' as const,
};

export const xPlatform = {
  slug: 'x',
  name: 'X (formerly Twitter)',
  tagline:
    'Download an archive of your X posts and data, then protect your posts and make your account harder to find, or deactivate it for good.',
  officialDomains: ['x.com', 'twitter.com'],
  // Grace period: 30 days of deactivation before deletion (X's deactivation help text).
  // Download window for the archive: not stated in X's help pages or in the guides
  // found (searched: help copies, news guides, issue trackers), so no number is given
  // and no reminder is offered.
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
        'X prepares an archive of your account. X says it includes your profile, your posts, your direct messages, the media you shared, your followers and the accounts you follow, your address book and your lists.',
        'It also holds what X has worked out about you, such as your likely interests, and data about the ads you were shown.',
        'The archive comes as pages you can open in a web browser, plus data files that other tools can read.',
        'Preparing it can take a day or longer. X lets you know when it’s ready.',
      ],
      unchanged: [
        'Requesting your archive changes nothing on your account: nothing is deleted, hidden or protected.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Your account**, then **Download an archive of your data**.',
            'Enter your password. If X asks, have it send a code to your email or phone, and enter that too.',
            'Tap **Request archive**.',
            'When X tells you the archive is ready, come back to the same screen and download it.',
          ],
          'These labels come from independent guides: X’s own help article on the archive could not be read. The app may open this page on x.com in your browser.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Click **Your account**, then **Download an archive of your data**.',
            'Enter your password. If X asks, have it send a code to your email or phone, and enter that too.',
            'Click **Request archive**.',
            'When X tells you the archive is ready, come back to the same page and download it.',
          ],
          note: 'These labels come from independent guides: X’s own help article on the archive could not be read.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Download an archive of your data page', url: 'https://x.com/settings/download_your_data' },
        help('Open X’s help article on downloading your archive', 'managing-your-account/how-to-download-your-x-archive'),
      ],
      sources: [
        {
          label: 'University of Michigan Library: Archiving Twitter',
          url: 'https://blogs.lib.umich.edu/bits-and-pieces/archiving-twitter',
          kind: 'secondary',
        },
        {
          label: 'Business Insider: How to download and store your Twitter archive',
          url: 'https://mobile.businessinsider.com/twitter-archive-how-to-download-save-tweets-elon-musk-ownership-2022-11',
          kind: 'secondary',
        },
        {
          label: 'KnowTechie: How to download your tweets (quotes X’s list of what the archive holds)',
          url: 'https://knowtechie.com/how-to-download-your-tweets-from-twitter/',
          kind: 'secondary',
        },
        {
          label: 'Technically Product: Twitter data archive download, how long it takes',
          url: 'https://www.technicallyproduct.co.uk/social-media/twitter-data-export-how-long-does-it-take-and-what-does-it-contain/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 5,
      warnings: [
        'How long the archive stays available to download is not stated in X’s help or in the guides we found. Download it as soon as X says it’s ready, and request a new one if the download no longer works.',
        'The archive holds private information such as your direct messages and your address book. Keep it somewhere only you can open.',
        'Use only X’s own archive. Don’t give your login to third-party apps or websites that offer to download your account for you.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-account-private',
      title: 'Protect your posts',
      summary:
        'Turn on protected posts so that only followers you approve can see what you post.',
      why: [
        'Public posts on X can be read by anyone, and shared far beyond the people you know.',
        'With protected posts, new people have to ask to follow you, and you decide who gets in.',
      ],
      changes: [
        'New followers have to send a request, and you approve or turn down each one.',
        'Only your followers can see your protected posts.',
        'Protected posts are kept out of search engines, and they can’t be reposted.',
      ],
      unchanged: [
        'People who already followed you before you protected your posts can still see them and interact with them, unless you block them.',
        'If you later turn protection off, the posts you wrote while protected become public.',
        'Who can tag you in photos, find you by email or phone, and message you are separate settings, covered in the next steps.',
        'Anything someone already copied or took a screenshot of stays with them.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Privacy and safety**, then **Audience and tagging**.',
            'Turn on **Protect your posts**, and confirm if X asks.',
            'Go through your followers list and block anyone you don’t want seeing your posts.',
          ],
          `${OLDER_WORDING_NOTE} On older apps the switch is called **Protect your Tweets**.`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Click **Privacy and safety**, then **Audience, media and tagging**.',
            'Tick **Protect your posts**, then click **Protect** to confirm.',
            'Go through your followers list and block anyone you don’t want seeing your posts.',
          ],
          note: `${OLDER_WORDING_NOTE} On the website the section may also be called **Audience and tagging**.`,
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Audience and tagging settings', url: AUDIENCE_AND_TAGGING_URL },
        help('Open X’s help article on public and protected posts', 'safety-and-security/public-and-protected-posts'),
      ],
      sources: [
        {
          label: 'X Help Center: About public and protected posts',
          url: 'https://help.x.com/en/safety-and-security/public-and-protected-posts',
          kind: 'official',
        },
        INTERNET_MATTERS,
        {
          label: 'NeverOpen: How to change your privacy and safety settings on X (web labels)',
          url: 'https://neveropen.tech/how-to-change-your-privacy-and-safety-settings-on-x',
          kind: 'secondary',
        },
        {
          label: 'SlashGear: How to change privacy settings on Twitter (2023)',
          url: 'https://www.slashgear.com/1366627/how-to-change-privacy-settings-on-twitter/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 5,
      warnings: [
        'Protecting your posts doesn’t remove your current followers. Anyone already following you keeps seeing your posts until you block them.',
        'Turning protection off again makes every post you wrote while protected public.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-photo-tagging',
      title: 'Limit who can tag you in photos',
      summary:
        'Turn off photo tagging, or allow only people you follow to tag you, so strangers can’t put your name on their photos.',
      why: [
        'A photo tag puts your name on someone else’s photo, where everyone who sees the post can tap it to reach your profile.',
        'Unless you change it, strangers may be able to tag you, which links your account to photos you didn’t choose.',
      ],
      changes: [
        'With **Photo tagging** turned off, nobody can tag you in photos.',
        'With **Only people you follow can tag you**, only accounts you follow can tag you.',
      ],
      unchanged: [
        'Tags already on posts stay there. Older X help text says you can remove your name from a photo through the post’s menu, and that blocking an account hides your name on its photos.',
        'This setting is about tags on photos. It doesn’t stop people mentioning your username in a post’s text.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Privacy and safety**, then **Audience and tagging**.',
            'Tap **Photo tagging**.',
            'Turn **Photo tagging** off. If you want people you follow to be able to tag you, leave it on and choose **Only people you follow can tag you**.',
          ],
          'These labels come from independent guides: no X help page on this setting was found.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Click **Privacy and safety**, then **Audience, media and tagging**, then **Photo tagging**.',
            'Turn **Photo tagging** off, or choose **Only people you follow can tag you**.',
          ],
          note: 'These labels come from independent guides: no X help page on this setting was found. If the first button doesn’t open the photo tagging page, use the second one and click **Photo tagging**.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Photo tagging settings', url: 'https://x.com/settings/tagging' },
        { kind: 'setting', label: 'Open X’s Audience and tagging settings', url: AUDIENCE_AND_TAGGING_URL },
      ],
      sources: [
        INTERNET_MATTERS,
        {
          label: 'TrueTechGeek: How to change privacy and safety settings on Twitter',
          url: 'https://truetechgeek.com/how-to-change-privacy-and-safety-settings-on-twitter/',
          kind: 'secondary',
        },
        {
          label: 'Graham Cluley: How to stop Twitter users tagging you in photos (quotes X’s older help text)',
          url: 'https://grahamcluley.com/twitter-photo-tagging/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 2,
      warnings: [],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
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
        'With both off, X also stops using your uploaded address book to suggest your account to others.',
      ],
      unchanged: [
        'People can still find you by searching for your name or username.',
        'It doesn’t protect your posts or change who can see them.',
        'Your email address and phone number stay on your account.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Privacy and safety**, then **Discoverability and contacts**.',
            'Turn off **Let others find you by your email**.',
            'Turn off **Let others find you by your phone**.',
          ],
          'These labels come from X’s help article on discoverability.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Click **Privacy and safety**, then **Discoverability and contacts**.',
            'Untick both settings that let people who have your email address or phone number find you.',
          ],
          note: 'X’s help article calls this section **Discoverability** on the website; the wording of the two settings there differs a little from the app.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Discoverability and contacts settings', url: 'https://x.com/settings/contacts' },
        help('Open X’s help article on email and phone discoverability', 'safety-and-security/email-and-phone-discoverability-settings'),
      ],
      sources: [
        {
          label: 'X Help Center: About your email and phone number discoverability privacy settings',
          url: 'https://help.x.com/en/safety-and-security/email-and-phone-discoverability-settings',
          kind: 'official',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 2,
      warnings: [
        'There are two separate switches, one for email and one for phone. Turn off both: only then does X stop using your uploaded address book to suggest you.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-direct-messages',
      title: 'Limit who can message you',
      summary:
        'Set who can send you message requests to “No one”, so strangers can’t message you privately.',
      why: [
        'Direct messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
      ],
      changes: [
        'Under **Allow message requests from** you choose between **No one**, **Verified users** and **Everyone**.',
        'With **No one**, people you don’t follow can’t send you message requests. **Verified users** still lets any verified (paid) account send you one.',
      ],
      unchanged: [
        'People you follow can still message you, whatever you choose here. To stop someone, unfollow or block them.',
        'Your existing conversations stay in your inbox.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Tap **Privacy and safety**, then **Direct Messages**.',
            'Under **Allow message requests from**, choose **No one**.',
          ],
          'These labels come from independent guides: X’s own help article on messages could not be read. X has been changing its messages section, so if these choices aren’t here, open your messages and look for their settings there.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Click **Privacy and safety**, then **Direct Messages**.',
            'Under **Allow message requests from**, choose **No one**.',
          ],
          note: 'These labels come from independent guides: X’s own help article on messages could not be read. X has been changing its messages section, so if these choices aren’t here, open your messages and look for their settings there.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Direct Messages settings', url: 'https://x.com/settings/direct_messages' },
        help('Open X’s help article on Direct Messages', 'using-x/direct-messages'),
      ],
      sources: [
        {
          label: 'Vloggerbeat: Twitter’s direct message rules, explained (2024)',
          url: 'https://vloggerbeat.com/posts/twitter-s-direct-message-rules-explained',
          kind: 'secondary',
        },
        {
          label: 'The Hindu: Twitter changes DM settings to allow message requests only from verified users (2023)',
          url: 'https://www.thehindu.com/sci-tech/technology/twitter-changes-dm-settings-allow-message-requests-verified-users/article67089714.ece/amp/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 2,
      warnings: [
        'People have reported X changing their message settings without asking, so check this setting again from time to time.',
        'Changing this doesn’t delete old conversations. If you need them as a record, they are in your archive.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-replies',
      title: 'Limit who can reply',
      summary:
        'Choose who can reply to each post, before you post it or afterwards, so strangers can’t reply in public under it.',
      why: [
        'Replies sit in public under your posts, so a hostile reply reaches everyone who reads them.',
        'X lets you limit who can reply to a post, one post at a time, and change it on posts you already published.',
      ],
      changes: [
        'The post you set it on only takes replies from the people you chose. Others can still see it, like it and repost it.',
      ],
      unchanged: [
        'There is no setting for your whole account: each new post starts at **Everyone can reply** unless you change it.',
        'Protecting your posts (an earlier step) already means only your followers can reply.',
        'It doesn’t change who can message you; that is the previous step.',
      ],
      howTo: {
        ...phones(
          [
            'Start writing a new post.',
            'Before you post it, tap **Everyone can reply** (next to the globe icon) and pick the narrowest option you’re comfortable with, such as only the accounts you follow or only the accounts you mention.',
            'Post it, and do the same for each new post.',
            'For a post you already published: open it, tap its **More** menu (three dots), choose **Change who can reply** and pick again.',
          ],
          'X’s help article describes choosing who can reply when you post and changing it later. The name of the menu item for a published post comes from news reports.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on x.com and start writing a new post.',
            'Before you post it, click **Everyone can reply** (next to the globe icon) and pick the narrowest option you’re comfortable with.',
            'Post it, and do the same for each new post.',
            'For a post you already published: open it, click its **More** menu (three dots), choose **Change who can reply** and pick again.',
          ],
          note: 'X’s help article describes choosing who can reply when you post and changing it later. The name of the menu item for a published post comes from news reports.',
        },
      },
      officialLinks: [help('Open X’s help article on conversations and who can reply', 'using-x/x-conversations')],
      noSettingLink:
        'X has no settings page for this: who can reply is chosen on each post, when you write it (“Everyone can reply”, under the text) or later from the post’s three-dot menu.',
      sources: [
        {
          label: 'X Help Center: About conversations on X',
          url: 'https://help.x.com/en/using-x/x-conversations',
          kind: 'official',
        },
        {
          label: 'SlashGear: Twitter makes it easier to control who can reply to published tweets',
          url: 'https://www.slashgear.com/twitter-makes-it-easier-to-control-who-can-reply-to-published-tweets-14682303/',
          kind: 'secondary',
        },
        {
          label: 'Free Press Journal: Twitter rolls out reply-limiting settings (quotes Twitter)',
          url: 'https://www.freepressjournal.in/technology/twitter-rolls-out-new-reply-limiting-feature-for-everyone-heres-how-to-use-the-setting',
          kind: 'secondary',
        },
        {
          label: 'Gadget Hacks: Choose who gets to reply to your tweets',
          url: 'https://smartphones.gadgethacks.com/how-to/choose-who-gets-reply-your-tweets-for-improved-twitter-conversations-0228592/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 2,
      warnings: [
        'Limiting replies doesn’t stop people quoting or reposting your post. If someone is targeting you, block them.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
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
            OPEN_APP_SETTINGS,
            'Tap **Your account**, then **Deactivate your account**.',
            'Read what X tells you, tap **Deactivate**, and enter your password to confirm.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          'The deactivation rules come from X’s help article; the menu labels from independent guides.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step. Wait until you have downloaded your archive, not just requested it.',
            OPEN_WEB_SETTINGS,
            'Click **Your account**, then **Deactivate your account**.',
            'Read what X tells you, click **Deactivate**, and enter your password to confirm.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: 'The deactivation rules come from X’s help article; the menu labels from independent guides.',
        },
      },
      officialLinks: [
        { kind: 'setting', label: 'Open X’s Deactivate your account page', url: 'https://x.com/settings/deactivate' },
        help('Open X’s help article on deactivating your account', 'managing-your-account/how-to-deactivate-x-account'),
      ],
      sources: [
        {
          label: 'X Help Center: How to deactivate your X account',
          url: 'https://help.x.com/en/managing-your-account/how-to-deactivate-x-account',
          kind: 'official',
        },
        {
          label: 'CNET: Permanently deleting X takes 5 steps (2023)',
          url: 'https://www.cnet.com/tech/permanently-deleting-x-takes-5-steps-elon-musk-promoting-antisemitic-tweet-leads-to-growing-boycott/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
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
        'Back up first, then protect your posts, limit who can tag you in photos, stop people finding you by email or phone, and limit who can message you and reply to you.',
      steps: [
        'download-your-data',
        'make-account-private',
        'limit-photo-tagging',
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

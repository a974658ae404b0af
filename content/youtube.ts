import type { PlatformInput } from '@/lib/content/schema';
import { phones, phonesUnavailable } from './helpers';

/*
 * YouTube checklist content.
 *
 * How the facts were sourced (docs/content-guide.md): each step's `sources` lists
 * the pages it rests on, Google's own help pages (often read in a stored copy in
 * another language) and independent guides, and `verifiedAgainst` says which kind
 * the step was last checked against. The settings addresses come from their wide
 * use in public code and deletion directories; none has been opened on a real
 * account, so each step says what to look for if the page has moved. Where a label
 * could not be confirmed, the text says so instead of inventing one.
 *
 * YouTube has no private-account switch, no direct messages and no known setting for
 * account suggestions or contact syncing: those are listed in `notOnPlatform` instead of
 * being invented as steps. Takeout includes the videos themselves, so one backup step is
 * enough. No grace period is known for deleting a channel, so no countdown is offered.
 */

/** The day every step was last checked against its sources. */
const LAST_VERIFIED = '2026-12-07';

const OPEN_STUDIO =
  'Sign in on youtube.com in your browser, with the account that owns your channel, and open YouTube Studio (the first link on this page goes there).';

const VIDEO_PRIVACY_LINK = {
  kind: 'help',
  label: 'Open YouTube’s help article on video privacy settings',
  url: 'https://support.google.com/youtube/answer/157177',
  localizedUrls: { es: 'https://support.google.com/youtube/answer/157177?hl=es' },
} as const;

const PLAYLIST_PRIVACY_LINK = {
  kind: 'help',
  label: 'Open YouTube’s help article on playlist privacy',
  url: 'https://support.google.com/youtube/answer/3127309',
  localizedUrls: { es: 'https://support.google.com/youtube/answer/3127309?hl=es' },
} as const;

const PLAYLIST_PRIVACY_SOURCE = {
  label: 'YouTube Help: Playlist privacy settings (read in a 2016 copy)',
  url: 'https://support.google.com/youtube/answer/3127309',
  kind: 'official',
} as const;

/** Google's Takeout flow, which is a web page: the same on a computer and in a phone's browser. */
function takeoutSteps(openPage: string) {
  return [
    openPage,
    'The link on this page is meant to open Takeout with only **YouTube and YouTube Music** ticked. If you opened Takeout another way, Google ticks every product that holds your data: untick the ones you don’t want, and make sure YouTube stays ticked.',
    'To pick only some parts of your YouTube data, click **All data included** next to it, if it’s shown. To keep everything, including your videos, leave it as it is.',
    'Click **Next step**.',
    'Choose how to get the export: a download link by email, or adding it to Google Drive, Dropbox, OneDrive or Box. The email link is the simplest.',
    'Choose a one-time export rather than a repeating one, pick the file type and the archive size, then click **Create export**.',
    'When the export is ready, download it straight away and check that your videos are in it. If some are missing, your channel may belong to a Brand Account: switch to that account and make another export.',
  ];
}

export const youtube = {
  slug: 'youtube',
  name: 'YouTube',
  tagline:
    'Save your YouTube videos and data with Google Takeout, then make your videos private and limit comments, or delete your channel for good.',
  officialDomains: ['google.com', 'youtube.com'],
  timings: {
    // No grace period for deleting a channel was found.
    deletionGraceDays: null,
    // Google's own pages we could read give no figure. Independent university IT guides
    // (Kenyon College: "typically available for about seven days"; Oregon State: "expires
    // within a week") agree on about a week, so the reminder is offered for 7 days.
    dataFileAvailableDays: 7,
  },
  steps: [
    // 1 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'download-your-data',
      kind: 'data-download',
      title: 'Download your data',
      summary:
        'Use Google Takeout to get a copy of your YouTube data, including your videos, before you change or delete anything.',
      why: [
        'Before you hide or delete anything, keep your own copy of what you posted and what Google holds about your YouTube use.',
        'Google Takeout includes your YouTube videos themselves, not just a list of them, so this one export is your backup.',
        'Preparing the export can take a while, so start it now and do the other steps while you wait.',
      ],
      changes: [
        'Google prepares an export of the data you picked, from YouTube and any other Google products you leave ticked.',
        'Your YouTube videos are included.',
        'You choose how to receive it: a download link by email, or a copy added to Google Drive, Dropbox, OneDrive or Box.',
        'You also choose the file type and the archive size. A large export may arrive as several .zip files.',
      ],
      unchanged: [
        'Downloading your data deletes nothing: everything stays on your channel and on Google’s servers.',
        'Videos on a channel that belongs to a Brand Account are exported from that account, not from your personal one.',
        'Adding the export to Google Drive uses up your Drive storage.',
      ],
      howTo: {
        ...phones(
          takeoutSteps(
            'Open Google Takeout in your phone’s browser and sign in with the Google Account that owns your channel (the first link on this page goes straight there).',
          ),
          'Google’s help describes this on the Takeout web page. An export with videos can be large, so downloading it on a computer is easier if you have one.',
        ),
        web: {
          available: true,
          steps: takeoutSteps(
            'Open Google Takeout in your browser and sign in with the Google Account that owns your channel (the first link on this page goes straight there).',
          ),
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Google Takeout with YouTube selected',
          url: 'https://takeout.google.com/settings/takeout/custom/youtube',
        },
        {
          kind: 'help',
          label: 'Open Google’s help article on downloading your data',
          url: 'https://support.google.com/accounts/answer/3024190',
          localizedUrls: { es: 'https://support.google.com/accounts/answer/3024190?hl=es' },
        },
      ],
      sources: [
        {
          label: 'Google Account Help: How to download your Google data (Filipino version)',
          url: 'https://support.google.com/accounts/answer/3024190?hl=fil',
          kind: 'official',
        },
        {
          label: 'Google Account Help: How to download your Google data (Simplified Chinese version)',
          url: 'https://support.google.com/accounts/answer/3024190?hl=zh-Hans',
          kind: 'official',
        },
        {
          label: 'Kenyon College IT: Exporting using Google Takeout (download links typically last about seven days)',
          url: 'https://technology.kenyon.edu/knowledge-base-item/f4a37b6e-3cad-4384-be7f-df430cca564f/0332',
          kind: 'secondary',
        },
        {
          label: 'Oregon State University IT: Google personal archive copy (an archive expires within a week)',
          url: 'https://oregonstate.teamdynamix.com/TDClient/1935/Portal/KB/ArticleDet?ID=45877',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 10,
      warnings: [
        'Download the export as soon as it’s ready. Google’s pages we could read don’t say how long it stays available; university IT guides say the download link typically lasts about 7 days, after which you have to make a new export.',
        'The export holds private data from every product you leave ticked. Keep it somewhere only you can open.',
        'Don’t use third-party “YouTube downloader” websites or apps, and don’t give them your login. Takeout gives you your own videos.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'make-videos-private',
      title: 'Make your videos private or unlisted',
      summary:
        'YouTube has no private-account switch, so choose who can see each video and playlist: Private or Unlisted takes it out of search and off your channel.',
      why: [
        'On YouTube, who can see your content is set video by video, not for the whole account. A public video can be found in search, shows up in recommendations and sits on your channel for anyone to see.',
        'Switching older videos to Private or Unlisted means that people who come looking for you find much less.',
      ],
      changes: [
        '**Private**: the video can’t be shared by link, doesn’t appear in search, related videos or recommendations, isn’t shown on your channel, and can’t have comments.',
        '**Unlisted**: the video doesn’t appear in search, related videos or recommendations and isn’t shown on your channel, but anyone with the link can still watch it and comment.',
        '**Public**: anyone can find and watch the video.',
        'Playlists have the same three choices.',
      ],
      unchanged: [
        'Unlisted is not secret. Anyone who has the link, or gets it from someone else, can still watch.',
        'Changing a video’s visibility doesn’t reach copies that other people already made.',
        'Each video keeps its own setting. New uploads start as public for accounts of 18 and over, and as private for ages 13 to 17.',
        'If you later switch a video to Public, subscribers who asked for notifications are told, but only the first time it goes public.',
        'Your subscriptions, saved playlists and comments are separate settings, covered in the next steps.',
      ],
      howTo: {
        ...phones(
          [
            'The surest way, especially for many videos, is YouTube Studio in a browser (see the **Web** tab).',
            'In the YouTube app, or the YouTube Studio app if you use it, find your own videos and open the one you want to change.',
            'Look for its **Visibility** setting, choose **Private** (or **Unlisted** if you still want to share it by link) and save.',
            'Repeat for each video you want to hide. For playlists, look for a privacy or visibility setting on each one.',
          ],
          'Google’s help gives this path in YouTube Studio. Where the setting sits in the phone apps could not be confirmed; if you can’t find it, use a browser.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on youtube.com in your browser, with the account that owns your channel. The first link on this page opens the **Content** page of YouTube Studio, with your videos.',
            'If it doesn’t, open YouTube Studio yourself and click **Content**.',
            'Select a video and open its **Visibility** setting.',
            'Choose **Private**, or **Unlisted** if you still want to share it by link, then click **Save**.',
            'Repeat for each video you want to hide.',
            'For playlists, open each of your playlists and look for a privacy or visibility setting with the same three choices.',
          ],
          note: 'The address of the Content page comes from its wide use in public code, not from Google’s pages. The playlist steps could not be confirmed on Google’s current pages: look for the words Public, Unlisted and Private on each playlist.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open your videos in YouTube Studio',
          url: 'https://studio.youtube.com/channel/UC/videos',
        },
        VIDEO_PRIVACY_LINK,
        PLAYLIST_PRIVACY_LINK,
      ],
      sources: [
        {
          label: 'YouTube Help: Change video privacy settings (read in stored copies)',
          url: 'https://support.google.com/youtube/answer/157177',
          kind: 'official',
        },
        PLAYLIST_PRIVACY_SOURCE,
        {
          label: 'Malavida (in Spanish): public, unlisted and private videos, with YouTube’s Spanish names',
          url: 'https://www.malavida.com/es/soft/youtube/android/q/diferencia-entre-video-privado-oculto-y-publico-en-youtube.html',
          kind: 'secondary',
        },
        {
          label: 'El Observador (in Spanish), 2021: YouTube changes old unlisted videos to private',
          url: 'https://www.elobservador.com.uy/nota/youtube-cambia-la-visibilidad-de-los-videos-ocultos-subidos-antes-de-2017-a-privados--2021624143237',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 10,
      warnings: [
        'Anyone who has the link to an unlisted video can still watch it and comment. If someone you want to avoid may have the link, choose Private.',
        'New uploads from accounts of 18 and over are public unless you change them. Check the visibility every time you upload.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'keep-subscriptions-and-playlists-private',
      title: 'Keep your subscriptions and saved playlists private',
      summary:
        'In your YouTube privacy settings, turn on the switches that keep the channels you subscribe to and the playlists you save private.',
      why: [
        'The channels you subscribe to and the playlists you save can say a lot about your interests and the people you follow.',
        'YouTube has no known setting to stop it suggesting your channel to others, so these switches and your video visibility are the main privacy controls you have.',
      ],
      changes: [
        '**Keep all my subscriptions private** hides the list of channels you subscribe to.',
        '**Keep all my saved playlists private** makes the playlists you save private, now and in future.',
        'Both sit on the **Privacy** page of your YouTube settings, which the first link on this page opens.',
      ],
      unchanged: [
        'Your videos keep their own visibility. These switches don’t change them.',
        'Each playlist you made also has its own Public, Unlisted or Private setting. Check those too, as in the previous step.',
        'Comments you post stay visible where you posted them.',
      ],
      howTo: {
        ...phones(
          [
            'In the YouTube app, open your settings and look for a privacy section.',
            'Turn on **Keep all my saved playlists private**.',
            'Turn on **Keep all my subscriptions private**.',
          ],
          'Where these switches sit in the phone apps could not be confirmed. If the app doesn’t show them, open the first link on this page in your phone’s browser.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on youtube.com in your browser. The first link on this page opens the **Privacy** page of your YouTube settings.',
            'If it doesn’t, click your profile picture, then **Settings**, then **Privacy**.',
            'Turn on **Keep all my subscriptions private**.',
            'Turn on **Keep all my saved playlists private**.',
          ],
          note: 'These labels come from independent guides; Google’s own help page on subscription privacy could not be read. If the wording differs, look for switches about keeping subscriptions and saved playlists private.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open your YouTube privacy settings',
          url: 'https://www.youtube.com/account_privacy',
        },
        {
          kind: 'help',
          label: 'Open YouTube’s help article on subscription privacy',
          url: 'https://support.google.com/youtube/answer/7280190',
          localizedUrls: { es: 'https://support.google.com/youtube/answer/7280190?hl=es' },
        },
        PLAYLIST_PRIVACY_LINK,
      ],
      sources: [
        {
          label: 'Technobezz: How to keep your saved playlists private on YouTube',
          url: 'https://www.technobezz.com/how-to-keep-your-saved-playlists-private-on-yout',
          kind: 'secondary',
        },
        {
          label: 'Listrovert (in Hindi): what “Keep all my subscriptions private” does',
          url: 'https://listrovert.com/keep-all-my-subscriptions-private-in-hindi/',
          kind: 'secondary',
        },
        PLAYLIST_PRIVACY_SOURCE,
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 3,
      warnings: [
        'These switches come from independent guides and may have been renamed. If you can’t find one, move on: your videos’ visibility matters more.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments',
      title: 'Limit comments',
      summary:
        'Hold comments for review, pause or turn them off, block words you don’t want to see, and hide people from your channel.',
      why: [
        'Comments sit in public under your videos, so a hostile comment reaches everyone who watches.',
        'Holding comments for review means nothing new appears under your videos until you approve it.',
      ],
      changes: [
        'Each video’s comments can be **On**, **Pause** (no new comments, the old ones stay) or **Off**. When they’re on, you can hold some or all of them for review before they appear.',
        'A default for new videos is set in YouTube Studio, under **Settings**, then **Community**.',
        'For videos you already posted, you can change many at once with bulk actions in YouTube Studio on a computer.',
        'A list of blocked words holds back comments that contain them.',
        '**Hide user from channel** stops that person commenting on any of your videos. They aren’t told.',
      ],
      unchanged: [
        'Changing the default only affects new videos. Use bulk actions, or each video’s own setting, for the ones already posted.',
        'Private videos can’t have comments at all, and videos marked as made for kids have comments turned off.',
        'Unlisted videos can still get comments from anyone who has the link, unless you change their comment setting.',
      ],
      howTo: {
        ...phones(
          [
            'For one video: open it in the YouTube app (or the YouTube Studio app), open its comments and look for the comment settings at the top of the comments panel.',
            'Choose **Pause** or **Off**, or keep comments **On** and hold them for review.',
            'For the default for new videos, your blocked words and changing many videos at once, use YouTube Studio in a browser (see the **Web** tab).',
          ],
          'News reports of YouTube’s December 2023 change put the video’s comment settings in the app’s comments panel and in the Studio app. The exact wording on your phone could not be confirmed.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_STUDIO,
            'Click **Settings**, then **Community**. No address opens this window directly, so this last step is yours.',
            'On the **Automated filters** tab, add words or names you don’t want in comments to **Blocked words**, and turn on **Hold potentially inappropriate comments for review**.',
            'On the **Defaults** tab, choose how comments work on new videos: hold all of them for review, or turn them off. Then click **Save**.',
            'For videos already posted, go to **Content**, select the videos and use the bulk actions to change their comment setting.',
            'To stop one person commenting on all your videos, choose **Hide user from channel** (or **Hide from channel**) in the options next to one of their comments.',
          ],
          note: 'YouTube renamed its comment options in December 2023 (On, Pause, Off, with levels of review), and its older guidance lists Allow all comments, Hold potentially inappropriate comments for review, Hold all comments for review and Disable comments. Your Studio may show either: pick the one that holds or stops comments.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open YouTube Studio',
          url: 'https://studio.youtube.com/',
        },
        {
          kind: 'help',
          label: 'Open YouTube’s help article on moderating comments',
          url: 'https://support.google.com/youtube/answer/111870',
          localizedUrls: { es: 'https://support.google.com/youtube/answer/111870?hl=es' },
        },
      ],
      sources: [
        {
          label: 'YouTube Help: Moderate and review comments (read in a UK English copy)',
          url: 'https://support.google.com/youtube/answer/111870',
          kind: 'official',
        },
        {
          label: 'YouTube Creator Academy: handle hurtful or inappropriate comments (older lesson)',
          url: 'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list',
          kind: 'official',
        },
        {
          label: '9to5Google, 2023-12-07: YouTube now lets creators pause video comments',
          url: 'https://9to5google.com/2023/12/07/youtube-pause-comments/',
          kind: 'secondary',
        },
        {
          label: 'Jeff Bullas forum, 2025-07: using YouTube’s comment moderation tools and blocked words',
          url: 'https://www.jeffbullas.com/thread/how-to-use-youtube-moderation-tool-what-are-blocked-words-on-youtube',
          kind: 'secondary',
        },
        {
          label: 'PPC Land: YouTube’s comment and moderation settings, from a TeamYouTube FAQ',
          url: 'https://ppc.land/youtube-blocks-live-chat-users-for-up-to-24-hours-with-6-timeout-intervals/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 10,
      warnings: [
        'A new default doesn’t reach videos you already posted. Change those with bulk actions, and check your unlisted videos too.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'delete-channel',
      kind: 'deletion',
      title: 'Delete your YouTube channel',
      summary:
        'Permanently delete your YouTube channel and its content while keeping your Google Account. There is no known grace period, so back up first.',
      why: [
        'If you don’t want to be on YouTube at all, deleting your channel removes what you posted instead of just hiding it.',
        'Your YouTube channel and your Google Account are two different things. Deleting the channel leaves your Google Account in place, with the other Google services you use it for.',
        'Not sure yet? Google also lets you hide your channel instead of deleting it, which is meant to be reversible. What exactly hiding covers could not be confirmed from Google’s own pages.',
      ],
      changes: [
        'Your channel and its content, including your videos, are deleted for good. Guides say comments, playlists and history go with it; check Google’s help article for the full list.',
        'There is no known grace period. As far as we could find, the deletion happens when you confirm: there is no countdown and no known way to cancel it.',
      ],
      unchanged: [
        'Your Google Account is not deleted, and you can keep using it for other Google services.',
        'Deleting the YouTube app from your phone doesn’t delete your channel.',
        'Deleting your whole Google Account is a separate process with its own help page. It covers every Google service you use, not just YouTube, so it isn’t the way to leave YouTube alone.',
      ],
      howTo: {
        ...phonesUnavailable(
          'The steps we could find for deleting a channel are for a browser on a computer. Use a computer and follow the **Web** tab.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step and check that your export has your videos in it.',
            'Sign in in your browser with the Google Account that owns your channel. The first link on this page opens Google’s page for deleting a single Google service.',
            'Sign in again if Google asks you to confirm it’s you.',
            'Click the trash can next to **YouTube** and follow the instructions. Google may ask you to confirm by email.',
            'If YouTube isn’t listed there, or your channel belongs to a Brand Account, use YouTube Studio instead: **Settings**, then **Channel**, then **Advanced settings**, then **Remove YouTube content**, and choose to delete your content permanently, not to hide your channel.',
            'Treat the deletion as final once you confirm. There is no countdown to wait for.',
          ],
          note: 'Both routes come from independent guides and a deletion directory, not from Google’s own pages, and could not be confirmed on a real account. Google’s help article on deleting or hiding your channel (linked on this page) has the current steps.',
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Google’s page for deleting a Google service',
          url: 'https://myaccount.google.com/deleteservices',
        },
        {
          kind: 'help',
          label: 'Open YouTube’s help article on deleting or hiding your channel',
          url: 'https://support.google.com/youtube/answer/55759',
          localizedUrls: { es: 'https://support.google.com/youtube/answer/55759?hl=es' },
        },
        {
          kind: 'help',
          label: 'Open Google’s help article on deleting a whole Google Account',
          url: 'https://support.google.com/accounts/answer/32046',
          localizedUrls: { es: 'https://support.google.com/accounts/answer/32046?hl=es' },
        },
      ],
      sources: [
        {
          label: 'JustDeleteMe, YouTube entry: delete YouTube from your Google Account’s “delete a service” page',
          url: 'https://justdeleteme.xyz/',
          kind: 'secondary',
        },
        {
          label: 'Viatea (in Spanish): how to delete a YouTube channel from YouTube Studio',
          url: 'https://viatea.es/ayuda/como-eliminar-canal-youtube/',
          kind: 'secondary',
        },
        {
          label: 'YouTube Help: Delete or hide your YouTube channel (its address only; the page could not be read)',
          url: 'https://support.google.com/youtube/answer/55759',
          kind: 'official',
        },
        {
          label: 'Google Account Help: Delete your Google Account',
          url: 'https://support.google.com/accounts/answer/32046',
          kind: 'official',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 10,
      warnings: [
        'There is no known grace period: unlike some platforms, YouTube has no known window in which logging back in cancels the deletion. Treat it as final the moment you confirm.',
        'Back up first: download your data with Google Takeout and check that your videos are in it. Once the channel is deleted, they can’t be brought back.',
        'Delete the YouTube service, not your Google Account, unless you really mean to close everything you use Google for.',
        'If you pay for YouTube Premium, YouTube TV or channel memberships, check in Google’s help article what happens to them before you delete. This could not be confirmed.',
        'Make sure you can still sign in to your Google Account: you may be asked to sign in again to confirm.',
      ],
      recommendedBefore: ['download-your-data'],
    },
  ],
  notOnPlatform: [
    {
      topic: 'Private account',
      explanation:
        'YouTube has no switch that makes a whole channel private; instead you choose who can see each video and playlist, as the “Make your videos private or unlisted” step explains.',
    },
    {
      topic: 'Account suggestions and contact syncing',
      explanation:
        'We found no YouTube setting that stops it suggesting your channel to people or that syncs your contacts, so the closest thing is keeping videos private or unlisted, out of search and recommendations.',
    },
    {
      topic: 'Direct messages',
      explanation:
        'YouTube no longer has private messages between users, so there is no message setting to change; comments are covered in their own step.',
    },
  ],
  flows: {
    'lock-down': {
      title: 'Lock it down',
      description:
        'Back up first, then make your videos private or unlisted, keep your subscriptions and saved playlists private, and limit comments.',
      steps: [
        'download-your-data',
        'make-videos-private',
        'keep-subscriptions-and-playlists-private',
        'limit-comments',
      ],
    },
    leave: {
      title: 'Leave YouTube',
      description:
        'Back up your videos and data with Google Takeout, then delete your YouTube channel. Deleting the channel is permanent; your Google Account stays.',
      steps: ['download-your-data', 'delete-channel'],
    },
  },
} satisfies PlatformInput;

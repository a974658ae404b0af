import type { PlatformInput } from '@/lib/content/schema';
import { phones, phonesUnavailable } from './helpers';

/*
 * YouTube checklist content.
 *
 * Every fact comes from /work/shared/facts/platform-facts.md (section 3, with its rows in
 * "8. Key numbers" and "9. Verify on a real device"). Where the facts are unverified or rest
 * on secondary sources only, the text tells the person what to look for instead of naming
 * an exact label.
 *
 * YouTube has no private-account switch, no direct messages and no known setting for
 * account suggestions or contact syncing: those are listed in `notOnPlatform` instead of
 * being invented as steps. Takeout includes the videos themselves, so one backup step is
 * enough. No grace period is known for deleting a channel, so no countdown is offered.
 */

const LAST_VERIFIED = '2026-12-01';

const OPEN_STUDIO =
  'Sign in on youtube.com in your browser, with the account that owns your channel, and open YouTube Studio.';

const TAKEOUT_LINK = { label: 'Open Google Takeout', url: 'https://takeout.google.com/' };

const VIDEO_PRIVACY_LINK = {
  label: 'Open YouTube’s help article on video privacy settings',
  url: 'https://support.google.com/youtube/answer/157177',
};

const PLAYLIST_PRIVACY_LINK = {
  label: 'Open YouTube’s help article on playlist privacy',
  url: 'https://support.google.com/youtube/answer/3127309',
};

const DELETE_CHANNEL_LINK = {
  label: 'Open YouTube’s help article on deleting or hiding your channel',
  url: 'https://support.google.com/youtube/answer/55759',
};

/** Google's Takeout flow, which is a web page: the same on a computer and in a phone's browser. */
function takeoutSteps(openPage: string) {
  return [
    openPage,
    'Google ticks every product that holds your data. Untick the ones you don’t want, and make sure YouTube stays ticked.',
    'To pick only some parts of your YouTube data, click **All data included** next to it, if it’s shown. To keep everything, including your videos, leave it as it is.',
    'Click **Next step**.',
    'Choose how to get the export: a download link by email, or adding it to Google Drive, Dropbox, OneDrive or Box. The email link is the simplest.',
    'Choose a one-time export rather than a repeating one, pick the file type and the archive size, then click **Create export**.',
    'When the export is ready, download it and check that your videos are in it. If some are missing, your channel may belong to a Brand Account: switch to that account and make another export.',
  ];
}

export const youtube = {
  slug: 'youtube',
  name: 'YouTube',
  tagline:
    'Save your YouTube videos and data with Google Takeout, then make your videos private and limit comments, or delete your channel for good.',
  officialDomains: ['google.com', 'youtube.com'],
  // Neither number is known: Google's export timings are unverified, and no grace period
  // for deleting a channel was found.
  timings: { deletionGraceDays: null, dataFileAvailableDays: null },
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
            'Open Google Takeout in your phone’s browser and sign in with the Google Account that owns your channel (the official link on this page goes straight there).',
          ),
          'Google’s help describes this on the Takeout web page. An export with videos can be large, so downloading it on a computer is easier if you have one.',
        ),
        web: {
          available: true,
          steps: takeoutSteps(
            'Open Google Takeout in your browser and sign in with the Google Account that owns your channel (the official link on this page goes straight there).',
          ),
        },
      },
      officialLinks: [
        TAKEOUT_LINK,
        {
          label: 'Open Google’s help article on downloading your data',
          url: 'https://support.google.com/accounts/answer/3024190',
        },
      ],
      sources: [
        {
          label: 'Google Account Help: How to download your Google data (Filipino version)',
          url: 'https://support.google.com/accounts/answer/3024190?hl=fil',
        },
        {
          label: 'Google Account Help: How to download your Google data (Simplified Chinese version)',
          url: 'https://support.google.com/accounts/answer/3024190?hl=zh-Hans',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'How long Google takes to prepare the export, and how long it stays available to download, could not be confirmed. Download it as soon as it’s ready.',
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
            OPEN_STUDIO,
            'Click **Content** to see your videos.',
            'Select a video and open its **Visibility** setting.',
            'Choose **Private**, or **Unlisted** if you still want to share it by link, then click **Save**.',
            'Repeat for each video you want to hide.',
            'For playlists, open each of your playlists and look for a privacy or visibility setting with the same three choices.',
          ],
          note: 'The playlist steps could not be confirmed on Google’s current pages. Look for the words Public, Unlisted and Private on each playlist.',
        },
      },
      officialLinks: [VIDEO_PRIVACY_LINK, PLAYLIST_PRIVACY_LINK],
      sources: [
        {
          label: 'YouTube Help: video privacy settings',
          url: 'https://support.google.com/youtube/answer/157177',
        },
        {
          label: 'YouTube Help: Playlist privacy (read in an older copy)',
          url: 'https://support.google.com/youtube/answer/3127309',
        },
      ],
      lastVerified: LAST_VERIFIED,
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
        'Look in your YouTube privacy settings for the switches that keep the channels you subscribe to and the playlists you save private.',
      why: [
        'The channels you subscribe to and the playlists you save can say a lot about your interests and the people you follow.',
        'YouTube has no known setting to stop it suggesting your channel to others, so these switches and your video visibility are the main privacy controls you have.',
      ],
      changes: [
        'Where offered, one switch keeps all the playlists you save private.',
        'Another keeps the list of channels you subscribe to private.',
        'Their exact names could not be confirmed, so the steps describe what to look for.',
      ],
      unchanged: [
        'Your videos keep their own visibility. These switches don’t change them.',
        'Each playlist also has its own Public, Unlisted or Private setting. Check the ones you made, as in the previous step.',
        'Comments you post stay visible where you posted them.',
      ],
      howTo: {
        ...phones(
          [
            'In the YouTube app, open your settings and look for a privacy section.',
            'Look for a switch about keeping your saved playlists private, and turn it on.',
            'Look for a switch about keeping your subscriptions private, and turn it on.',
          ],
          'The names and places of these switches could not be confirmed from Google’s own pages. Look for wording like “private” next to playlists and subscriptions. If the app doesn’t show them, try youtube.com in a browser.',
        ),
        web: {
          available: true,
          steps: [
            'Sign in on youtube.com in your browser and open your YouTube settings.',
            'Look for a privacy section.',
            'Look for a switch about keeping your saved playlists private, and turn it on.',
            'Look for a switch about keeping your subscriptions private, and turn it on.',
          ],
          note: 'The names and places of these switches could not be confirmed from Google’s own pages. Look for wording like “private” next to playlists and subscriptions.',
        },
      },
      officialLinks: [PLAYLIST_PRIVACY_LINK, VIDEO_PRIVACY_LINK],
      sources: [
        {
          label: 'YouTube Help: Playlist privacy (read in an older copy)',
          url: 'https://support.google.com/youtube/answer/3127309',
        },
        {
          label: 'YouTube Help: video privacy settings',
          url: 'https://support.google.com/youtube/answer/157177',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 3,
      warnings: [
        'The exact names of these switches could not be confirmed and may have changed. If you can’t find one, move on: your videos’ visibility matters more.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments',
      title: 'Limit comments',
      summary:
        'Hold comments for review or turn them off, block words you don’t want to see, and hide people from your channel.',
      why: [
        'Comments sit in public under your videos, so a hostile comment reaches everyone who watches.',
        'Holding comments for review means nothing new appears under your videos until you approve it.',
      ],
      changes: [
        'The default for new videos offers four choices: **Allow all comments**, **Hold potentially inappropriate comments for review**, **Hold all comments for review** or **Disable comments**.',
        'Each video also has its own comment setting, in its advanced settings.',
        'For videos you already posted, you can change many at once with bulk actions in YouTube Studio on a computer.',
        'A list of blocked words lets you filter out comments that contain them.',
        '**Hide user from channel** stops that person commenting on any of your videos. They aren’t told.',
      ],
      unchanged: [
        'Changing the default only affects new videos. Use bulk actions, or each video’s own setting, for the ones already posted.',
        'Private videos can’t have comments at all.',
        'Unlisted videos can still get comments from anyone who has the link, unless you change their comment setting.',
      ],
      howTo: {
        ...phonesUnavailable(
          'YouTube’s guidance describes these controls in YouTube Studio, and changing many videos at once needs Studio on a computer. Open YouTube Studio in a browser, ideally on a computer, and follow the steps on the **Web** tab.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_STUDIO,
            'Open **Settings**, then **Community**, then **Defaults**.',
            'For new videos, choose **Hold all comments for review** or **Disable comments**. **Hold potentially inappropriate comments for review** is a middle way.',
            'In the same **Community** settings, look for the blocked words list, add any words or names you don’t want in comments, and save.',
            'For videos already posted, go to **Content**, select the videos and use the bulk actions to change their comment setting.',
            'To change a single video, open its details and look for comments in its advanced settings.',
            'To stop one person commenting on all your videos, look for **Hide user from channel** in the options next to one of their comments.',
          ],
          note: 'These labels come from YouTube’s own guidance, but the current Studio may word or place them differently. If a label differs, look for the closest wording.',
        },
      },
      officialLinks: [
        {
          label: 'Open YouTube Creator Academy’s lesson on handling inappropriate comments',
          url: 'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list',
        },
        {
          label: 'Open YouTube’s help article on comments',
          url: 'https://support.google.com/youtube/answer/111870',
        },
      ],
      sources: [
        {
          label: 'YouTube Creator Academy: lesson on handling inappropriate comments',
          url: 'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list',
        },
        {
          label: 'YouTube Help: article on comments (UK English version)',
          url: 'https://support.google.com/youtube/answer/111870',
        },
      ],
      lastVerified: LAST_VERIFIED,
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
        'Your channel and its content, including your videos, are deleted for good. Check Google’s help article for the full list of what goes with it.',
        'There is no known grace period. As far as we could find, the deletion happens when you confirm: there is no countdown and no known way to cancel it.',
      ],
      unchanged: [
        'Your Google Account is not deleted, and you can keep using it for other Google services.',
        'Deleting the YouTube app from your phone doesn’t delete your channel.',
        'Deleting your whole Google Account is a separate process with its own help page. It covers every Google service you use, not just YouTube, so it isn’t the way to leave YouTube alone.',
      ],
      howTo: {
        ...phonesUnavailable(
          'The steps we could find for deleting a channel are for YouTube Studio on a computer. Use a browser on a computer and follow the **Web** tab.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step and check that your export has your videos in it.',
            OPEN_STUDIO,
            'Open Studio’s settings and look, in the channel section, for an option to remove your YouTube content. The guides we found put it under the channel’s advanced settings.',
            'Sign in again if Google asks you to confirm it’s you.',
            'Choose the option to permanently delete your content, not the one to hide your channel, and follow the instructions to confirm.',
            'Treat the deletion as final once you confirm. There is no countdown to wait for.',
          ],
          note: 'These labels come from guides, not from Google’s own pages, and could not be confirmed. Google’s help article on deleting or hiding your channel (linked on this page) has the current steps.',
        },
      },
      officialLinks: [
        DELETE_CHANNEL_LINK,
        {
          label: 'Open Google’s help article on deleting a whole Google Account',
          url: 'https://support.google.com/accounts/answer/32046',
        },
      ],
      sources: [
        {
          label: 'YouTube Help: Delete or hide your YouTube channel',
          url: 'https://support.google.com/youtube/answer/55759',
        },
        {
          label: 'Google Account Help: deleting your Google Account',
          url: 'https://support.google.com/accounts/answer/32046',
        },
      ],
      lastVerified: LAST_VERIFIED,
      minutes: 10,
      warnings: [
        'There is no known grace period: unlike some platforms, YouTube has no known window in which logging back in cancels the deletion. Treat it as final the moment you confirm.',
        'Back up first: download your data with Google Takeout and check that your videos are in it. Once the channel is deleted, they can’t be brought back.',
        'Delete the channel, not your Google Account, unless you really mean to close everything you use Google for.',
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

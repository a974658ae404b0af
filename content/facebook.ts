import type { PlatformInput } from '@/lib/content/schema';
import { phones } from './helpers';

/*
 * Facebook checklist content.
 *
 * Sourced as docs/content-guide.md describes: every address, label and number
 * comes from a page recorded in the step's `sources`, marked official or
 * secondary, and `verifiedAgainst` says which kind the step was checked
 * against. Facebook's own help pages were barely available to read: the
 * Messenger help article on message requests and Meta's safety page on tag
 * review were read; other official pages are known through quotes by third
 * parties, so most steps rest on independent guides and say so. The settings
 * addresses come from their wide use in public code and from the JustDeleteMe
 * directory; none has been opened on a real account, and where a label could
 * not be confirmed the step says so.
 *
 * The official domains include messenger.com (Messenger's help centre) and
 * meta.com (Meta's own pages about Facebook's privacy tools).
 *
 * No source describes different labels on iPhone and Android, so `phones()`
 * fills both tabs with the same instructions.
 */

const LAST_VERIFIED = '2026-12-07';

/** Menu → Settings & privacy → Settings, the way into every setting below. */
const OPEN_APP_SETTINGS = 'Open the Facebook app’s menu, tap **Settings & privacy**, then **Settings**.';

const SIGN_IN_NOTE = 'The page asks you to log in to Facebook first if you aren’t already.';

const UNCONFIRMED_LABELS_NOTE =
  'Facebook’s own help pages for this setting could not be checked, so the exact labels and options come from independent guides. Look for the wording described here, and pick the narrowest option you’re offered.';

const PRIVACY_CHECKUP_LINK = {
  kind: 'setting',
  label: 'Open Facebook’s Privacy Checkup',
  url: 'https://www.facebook.com/privacy/checkup/',
} as const;

const PRIVACY_CENTER_LINK = {
  kind: 'hub',
  label: 'Open Facebook’s Privacy Center',
  url: 'https://www.facebook.com/privacy/center/',
} as const;

const ANDROID_POLICE_CHECKUP = {
  label: 'Android Police: What is Facebook’s Privacy Checkup (2023-10-02; its sections, including Who can see what you share and How people can find you on Facebook)',
  url: 'https://www.androidpolice.com/what-is-facebook-privacy-checkup/',
  kind: 'secondary',
} as const;

const DELETE_HELP = 'https://www.facebook.com/help/224562897555674';

export const facebook = {
  slug: 'facebook',
  name: 'Facebook',
  tagline:
    'Download a copy of your Facebook information, then narrow who can see, find and contact you, or delete your account for good.',
  officialDomains: ['facebook.com', 'messenger.com', 'meta.com'],
  // Both numbers are Meta's help-page wording as quoted by a third party: the
  // data file is available for four days; deletion becomes permanent after 30.
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
            'Tap **Download your information** (some versions say **Export your information**).',
            'If you’re asked which profile, choose your Facebook profile.',
            'Choose what to include (everything, unless you have a reason not to) and the widest date range offered.',
            'Pick **HTML** to read the file yourself, or **JSON** for other tools. Pick the highest media quality offered, and choose to download to your device.',
            'Send the request.',
            'Come back to the same screen to check on it. Once the file is ready, download it within 4 days. Downloads are password-protected, so expect to enter your Facebook password.',
          ],
          'This path comes from independent guides and third-party notes on Facebook’s help page, and could not be checked on a real device. The tool’s name varies: look for **Download your information** or **Export your information** inside **Accounts Center**.',
        ),
        web: {
          available: true,
          steps: [
            'Open Facebook’s **Download your information** page in Accounts Center: the first official link on this page goes there.',
            'Choose your Facebook profile, everything you want to include, the widest date range, **HTML** or **JSON**, the highest media quality, and your device as the destination.',
            'Send the request.',
            'Come back to the same page to check on it. Once the file is ready, download it within 4 days, entering your Facebook password when asked.',
          ],
          note: `${SIGN_IN_NOTE} The address is widely used by tools that work with Facebook’s data file. Some versions call the page **Export your information** instead.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Facebook’s Download your information page in Accounts Center',
          url: 'https://accountscenter.facebook.com/info_and_permissions/dyi',
        },
        {
          kind: 'help',
          label: 'Open Facebook’s help article on exporting a copy of your information',
          url: 'https://www.facebook.com/help/212802592074644',
        },
      ],
      sources: [
        {
          label: 'Facebook Help Center: exporting a copy of your information (known through a third party’s quotes, including the 4 days; not read directly)',
          url: 'https://www.facebook.com/help/212802592074644',
          kind: 'official',
        },
        {
          label: 'Facebook Help Center: accessing and downloading your information (archived 2018 copy, older layout)',
          url: 'https://www.facebook.com/help/1701730696756992',
          kind: 'official',
        },
        {
          label: 'The Halifax Times: How to download your Facebook data (Accounts Center, Your information and permissions)',
          url: 'https://thehalifaxtimes.com/how-to-download-your-facebook-data-and-see-what-information-it-collects-on-you',
          kind: 'secondary',
        },
        {
          label: 'Panda Security: cómo descargar tu información de Facebook (in Spanish: Configuración y privacidad, Descargar tu información, HTML or JSON)',
          url: 'https://www.pandasecurity.com/es/mediacenter/como-descargar-tu-informacion-de-facebook',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'A separate option limits the audience of your past posts in one go, so older public posts become visible to friends only.',
        'Each detail on your profile, such as your phone number, email address and birthday, has its own audience, which you can narrow one by one.',
      ],
      unchanged: [
        'People who are already your friends still see what you share with Friends. Check your friends list too.',
        'Limiting past posts can’t be undone in one go: to widen a post again, you change it on its own.',
        'Who can find you, message you and comment on your posts are separate settings, covered in the next steps.',
        'Because there is no single switch, a new post or profile detail can still be shared more widely if you pick a wider audience for it.',
      ],
      howTo: {
        ...phones(
          [
            'Open Facebook’s **Privacy Checkup**: in the app’s menu, tap **Settings & privacy**, then look for **Privacy Checkup** (guides also find it under **Privacy shortcuts**).',
            'Choose **Who can see what you share**.',
            'Go through it: set who can see your profile details, set your future posts to Friends or a narrower audience, and use the option to limit who can see your past posts.',
            'Open your friends list and remove anyone you don’t want seeing your posts.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            'Open Facebook’s **Privacy Checkup**: the first official link on this page goes there.',
            'Choose **Who can see what you share**, and go through it: profile details, future posts, then limit past posts.',
            'Open your friends list and remove anyone you don’t want seeing your posts.',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_LABELS_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_CHECKUP_LINK, PRIVACY_CENTER_LINK],
      sources: [
        ANDROID_POLICE_CHECKUP,
        {
          label: 'NewsBytes: How to do a privacy checkup on Facebook (2024-11-25; profile details, future and past posts)',
          url: 'https://www.newsbytesapp.com/news/science/steps-to-perform-a-facebook-privacy-check/story',
          kind: 'secondary',
        },
        {
          label: 'For Dummies: How to choose who can see your information on Facebook (older layout; limiting the audience of past posts)',
          url: 'https://www.dummies.com/social-media/facebook/how-to-choose-who-can-see-your-information-on-facebook/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'A search engine may keep showing an old link to your profile for a while after you turn this off.',
        'Who can message you and comment are separate settings, covered in the next steps.',
      ],
      howTo: {
        ...phones(
          [
            'Open Facebook’s **Privacy Checkup**: in the app’s menu, tap **Settings & privacy**, then look for **Privacy Checkup** (guides also find it under **Privacy shortcuts**).',
            'Choose **How people can find you on Facebook**.',
            'Set who can send you friend requests to friends of friends instead of everyone.',
            'Set who can look you up by your email address, and by your phone number, to the narrowest option, such as only you.',
            'Turn off search engines outside Facebook linking to your profile.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            'Open Facebook’s **Privacy Checkup**: the first official link on this page goes there.',
            'Choose **How people can find you on Facebook**.',
            'Set friend requests to friends of friends, the email and phone lookups to the narrowest option, and turn off search engines linking to your profile.',
          ],
          note: `${SIGN_IN_NOTE} The same settings are reported under **Settings** → **Privacy**, in a section like **How people can find and contact you**. ${UNCONFIRMED_LABELS_NOTE}`,
        },
      },
      officialLinks: [PRIVACY_CHECKUP_LINK, PRIVACY_CENTER_LINK],
      sources: [
        ANDROID_POLICE_CHECKUP,
        {
          label: 'WindowsTips: 7 important Facebook privacy settings (2021; How people can find and contact you, search engines)',
          url: 'https://windowstips.net/2021/08/7-important-facebook-privacy-settings.html',
          kind: 'secondary',
        },
        {
          label: 'Facebook Help Center: Troubleshoot privacy issues (2014 copy in the Internet Archive; search engines may keep an old link for a while)',
          url: 'https://web.archive.org/web/20140514180629/https://www.facebook.com/help/411239642246274',
          kind: 'secondary',
        },
        {
          label: 'Texoma’s Homepage, What the Tech: Facebook privacy settings (friend requests from friends of friends)',
          url: 'https://www.texomashomepage.com/news/what-the-tech-facebook-privacy-settings/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'In Messenger’s message delivery settings, choose where messages from people you don’t know end up, or stop their requests altogether.',
      why: [
        'Messages let people reach you privately, away from your public posts. If someone is contacting you in a way you don’t want, this is one of the most important doors to close.',
      ],
      changes: [
        'Messenger sorts people into groups, such as friends of your Facebook friends, people who have your phone number, and everyone else on Facebook and Messenger.',
        'For each group you choose: their messages go to your chats, go to your message requests folder, or you don’t receive their requests at all.',
      ],
      unchanged: [
        'Your existing conversations stay where they are.',
        'Your Facebook friends, and businesses or Pages you’ve already been in touch with, can still message your chats directly. So can people on Marketplace and Facebook Dating.',
        'People can still comment on your posts. That is a separate setting, covered in the next step.',
      ],
      howTo: {
        ...phones(
          [
            'Open the Messenger app and tap your profile picture (some versions then need **Preferences**).',
            'Tap **Privacy & safety** (older versions: **Privacy**), then **Message delivery**.',
            'Tap each group of people you don’t know, and choose **Don’t receive requests**, or at least your message requests folder instead of your chats.',
          ],
          'This follows Messenger’s own help article. The way to your profile picture and the settings differ a little between versions.',
        ),
        web: {
          available: true,
          steps: [
            'On facebook.com, open the Messenger chat menu at the top, then click **⋯** and choose **Message delivery settings**.',
            'For each group of people you don’t know, choose not to receive their requests, or at least your message requests folder instead of your chats.',
          ],
          note: 'The website path comes from an independent guide, not from Facebook’s help, and may have moved. If you can’t find it, use the Messenger app.',
        },
      },
      officialLinks: [
        {
          kind: 'help',
          label: 'Open Messenger’s help article on controlling who can message you',
          url: 'https://www.messenger.com/help/2258699540867663',
        },
      ],
      noSettingLink:
        'Facebook has no web address for this setting: in the Messenger app, tap your profile picture, then **Privacy & safety**, then **Message delivery**; on facebook.com, open the chat menu, click **⋯**, then **Message delivery settings**.',
      sources: [
        {
          label: 'Messenger Help Center: Control who can message you on Messenger (stored copy read)',
          url: 'https://www.messenger.com/help/2258699540867663',
          kind: 'official',
        },
        {
          label: 'BigHow: How to control who messages you on Facebook and Instagram (the website path)',
          url: 'https://bighow.com/news/how-to-control-who-messages-you-on-facebook-and-instagram',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 3,
      warnings: [
        'Changing this doesn’t delete old conversations. If you need them as a record, keep your data file from the first step.',
        'Messages likely to be spam may be filtered anyway, but that is not a substitute for this setting.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'limit-comments',
      title: 'Limit who can comment',
      summary: 'Narrow who can follow you and who can comment on the posts you share publicly.',
      why: [
        'Comments sit in public under your posts, so a hostile comment reaches everyone who reads them.',
        'Narrowing who can comment cuts down one more way strangers can reach you in public.',
      ],
      changes: [
        'Who can follow you can be set to Friends, so people who aren’t your friends can’t follow your public posts.',
        'If you keep it open to the public, a setting for comments on your public posts lets you narrow who can comment, for example to your friends.',
      ],
      unchanged: [
        'The setting covers your public posts. Setting your posts to Friends, in an earlier step, means fewer people can see them in the first place.',
        'Comments already posted stay up.',
        'If you let people who aren’t your friends follow you, people whose friend requests you ignore or delete are reported to follow you automatically.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Look for the settings about followers and public content (the label is believed to be **Followers and public content**).',
            'Set who can follow you to Friends, or, if you keep it public, set who can comment on your public posts to the narrowest audience you’re comfortable with, such as your friends.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} A copy of Facebook’s help in German names the section with words meaning “Followers and public content”; the English label is unconfirmed.`,
        ),
        web: {
          available: true,
          steps: [
            'Open Facebook’s followers and public content settings: the first official link on this page goes there.',
            'Set who can follow you to Friends, or, if you keep it public, set who can comment on your public posts to the narrowest audience you’re comfortable with.',
          ],
          note: `${SIGN_IN_NOTE} This address is widely used for Facebook’s followers settings (older layouts called it **Public Posts**), but whether it still opens the same page could not be confirmed. ${UNCONFIRMED_LABELS_NOTE}`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Facebook’s followers and public content settings',
          url: 'https://www.facebook.com/settings?tab=followers',
        },
      ],
      sources: [
        {
          label: 'Copy of Facebook’s help page on who can follow you, in German, on a third-party site (2024; the comments setting for public posts)',
          url: 'https://web.alrawialaraby.com/e-69257-1',
          kind: 'secondary',
        },
        {
          label: 'Naija Cliq: Can I see my followers on Facebook (2018 copy of older Facebook help: Public Posts, Public Post Comments)',
          url: 'https://naijacliq.blogspot.com/2018/04/can-i-see-my-followers-on-facebook.html',
          kind: 'secondary',
        },
        {
          label: 'Techzillo: how to limit who can comment on Facebook (Settings, Public Posts)',
          url: 'https://techzillo.com/disable-comments-on-facebook/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
      minutes: 3,
      warnings: [
        'The exact name and options of this setting could not be confirmed. Pick the narrowest audience you’re offered.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    {
      slug: 'review-tags',
      title: 'Review tags before they appear',
      summary:
        'Turn on the reviews that let you approve posts you’re tagged in before they appear on your profile, and tags people add to your own posts.',
      why: [
        'Other people can tag you in their posts and photos. Without a review, those posts can show on your profile, where everyone who can see it sees them too.',
        'Someone who wants to reach you, or to embarrass you, can use a tag to put something in front of your friends.',
      ],
      changes: [
        'With the review of posts you’re tagged in turned on, a post you’re tagged in doesn’t appear on your profile until you approve it.',
        'With the review of tags people add to your posts turned on, a tag someone adds to something you posted doesn’t appear until you approve it.',
        'You get a notification for each one, and can approve it, or hide it from your profile.',
      ],
      unchanged: [
        'People can still tag you: the review decides what appears on your profile, not whether you can be tagged.',
        'A post you’re tagged in may still be visible elsewhere on Facebook, to the audience its author chose. Ask the author to remove it, or remove the tag yourself.',
        'When someone who isn’t your friend tags you, Facebook asks you to review it even if this review is off.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Under **Audience and visibility**, tap **Profile and tagging**.',
            'Turn on the setting about reviewing posts you’re tagged in before they appear on your profile.',
            'Turn on the setting about reviewing tags people add to your posts before they appear.',
          ],
          'These labels come from independent guides; Meta’s own page describes what the reviews do but not where they sit. Look for wording about reviewing posts and tags.',
        ),
        web: {
          available: true,
          steps: [
            'Open Facebook’s **Profile and tagging** settings: the first official link on this page goes there.',
            'Under the reviewing settings, turn on the review of posts you’re tagged in, and the review of tags people add to your posts.',
          ],
          note: `${SIGN_IN_NOTE} The address is widely used for these settings, but whether it still opens the same page could not be confirmed.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Facebook’s Profile and tagging settings',
          url: 'https://www.facebook.com/settings?tab=timeline',
        },
        {
          kind: 'help',
          label: 'Open Meta’s page on Facebook’s privacy tools, including tag review',
          url: 'https://about.meta.com/actions/safety/topics/safety-basics/tools/privacy',
        },
      ],
      sources: [
        {
          label: 'Meta Safety Center: Protect personal information (stored copy read; tag review and timeline review)',
          url: 'https://about.meta.com/actions/safety/topics/safety-basics/tools/privacy',
          kind: 'official',
        },
        {
          label: 'Twicsy: How to approve tags on Facebook (Settings and Privacy, Audience and Visibility, Profile and Tagging)',
          url: 'https://twicsy.com/fr/blog/how-to-approve-tags-on-facebook',
          kind: 'secondary',
        },
        {
          label: 'Facebook Help Center: What is Profile (Timeline) Review? (older copy in the Stanford Web Archive; tagged posts may show elsewhere on Facebook)',
          url: 'https://swap.stanford.edu/was/20100322163935mp_/http://www.facebook.com/help/?faq=168229546579373',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'official',
      minutes: 3,
      warnings: [
        'Turning the reviews on doesn’t remove posts and tags already on your profile. Check the posts you’re tagged in and remove any tag you don’t want.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
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
            'Tap **Accounts Center**, then **Personal details**, then **Account ownership and control**, then **Deactivation or deletion**.',
            'If you’re asked which account, choose your Facebook profile.',
            'Choose **Delete account** (not deactivate), tap **Continue**, and confirm, usually with your password.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          'These labels come from independent guides, not from Facebook’s own pages. Look for wording about account ownership, deactivation or deletion.',
        ),
        web: {
          available: true,
          steps: [
            'Before you start: finish the backup step, switch any app or website where you log in with Facebook to another way of logging in, and give another person admin access to any Page you want to keep.',
            'Open Facebook’s page for deleting your account: the first official link on this page goes there. If it shows Accounts Center instead, open **Personal details** → **Account ownership and control** → **Deactivation or deletion**.',
            'Choose your Facebook profile and **Delete account** (not deactivate), continue, and confirm, usually with your password.',
            'Note today’s date: the deletion becomes permanent 30 days from now.',
          ],
          note: `${SIGN_IN_NOTE} The JustDeleteMe directory, which checks its links regularly, uses this address for Facebook; where it leads today could not be confirmed.`,
        },
      },
      officialLinks: [
        {
          kind: 'setting',
          label: 'Open Facebook’s page for deleting your account',
          url: 'https://www.facebook.com/help/delete_account',
        },
        {
          kind: 'help',
          label: 'Open Facebook’s help article on permanently deleting your account',
          url: DELETE_HELP,
        },
      ],
      sources: [
        {
          label: 'Facebook Help Center: permanently deleting your account (known through a third party’s quotes, including the 30 and 90 days; not read directly)',
          url: DELETE_HELP,
          kind: 'official',
        },
        {
          label: 'JustDeleteMe: the directory’s entries file, whose Facebook entry uses facebook.com/help/delete_account',
          url: 'https://github.com/jdm-contrib/jdm/blob/master/_data/sites.json',
          kind: 'secondary',
        },
        {
          label: 'Snoopli: How to delete Facebook account (the Accounts Center path, 30 days to cancel)',
          url: 'https://snoopli.com/q/how-to-delete-facebook-account',
          kind: 'secondary',
        },
        {
          label: 'La Nación: cómo eliminar mi cuenta de Facebook (in Spanish, 2025: Configuración y privacidad, Centro de cuentas, Datos personales, Propiedad y control de la cuenta)',
          url: 'https://www.lanacion.com.ar/tecnologia/como-eliminar-mi-cuenta-de-facebook-nid24102025/',
          kind: 'secondary',
        },
        {
          label: 'Viatea: cómo eliminar tu cuenta de Facebook (in Spanish: Desactivación o eliminación, Eliminar cuenta)',
          url: 'https://viatea.es/ayuda/como-eliminar-cuenta-facebook/',
          kind: 'secondary',
        },
      ],
      lastVerified: LAST_VERIFIED,
      verifiedAgainst: 'secondary',
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
        'Back up first, then narrow who can see your posts and profile, make your profile harder to find, limit who can message you and comment on your posts, and review tags before they appear.',
      steps: [
        'download-your-data',
        'limit-who-sees-your-posts',
        'limit-how-people-find-you',
        'limit-direct-messages',
        'limit-comments',
        'review-tags',
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

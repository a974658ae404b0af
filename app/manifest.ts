import type { MetadataRoute } from 'next';

/**
 * The web app manifest (served at /manifest.webmanifest), so Unlisted can be
 * installed. Colours are the light palette's (app/globals.css): the splash
 * screen is --paper, the window bar --accent, as on the icon. The icons are
 * drawn by scripts/make-icons.mjs.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Unlisted',
    short_name: 'Unlisted',
    description:
      'A step-by-step checklist to save what you made, lock your account down, or leave the platform for good, with a link to each official setting.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5563',
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

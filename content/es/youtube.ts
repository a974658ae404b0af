import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones, phonesUnavailable } from '../helpers';

/*
 * YouTube checklist in Spanish, translated from content/youtube.ts.
 *
 * No Spanish wording of YouTube's or Google Takeout's menus has been checked,
 * so every menu label stays in English, as the English file names it, with its
 * meaning in parentheses the first time it appears on the page (body text) and
 * in each device tab. The meanings are translations, not YouTube's Spanish
 * labels. Every hedge of the English ("could not be confirmed", "look for…")
 * is kept. Quotations use « ».
 *
 * Google's help links carry no language in their address (Google picks the
 * reader's language), so their labels do not say "(en inglés)".
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-01';

const OPEN_STUDIO =
  'Inicia sesión en youtube.com desde tu navegador, con la cuenta a la que pertenece tu canal, y abre YouTube Studio.';

const TAKEOUT_LINK_LABEL = 'Abrir Google Takeout';

const VIDEO_PRIVACY_LINK_LABEL = 'Abrir el artículo de ayuda de YouTube sobre los ajustes de privacidad de los videos';

const PLAYLIST_PRIVACY_LINK_LABEL = 'Abrir el artículo de ayuda de YouTube sobre la privacidad de las listas de reproducción';

const DELETE_CHANNEL_LINK_LABEL = 'Abrir el artículo de ayuda de YouTube sobre cómo eliminar u ocultar tu canal';

/** Google's Takeout flow, which is a web page: the same on a computer and in a phone's browser. */
function takeoutSteps(openPage: string) {
  return [
    openPage,
    'Google marca todos los productos que tienen datos tuyos. Desmarca los que no quieras, y asegúrate de que YouTube siga marcado.',
    'Para elegir solo algunas partes de tus datos de YouTube, haz clic en **All data included** (Todos los datos incluidos) junto a YouTube, si aparece. Para conservarlo todo, incluidos tus videos, déjalo como está.',
    'Haz clic en **Next step** (Paso siguiente).',
    'Elige cómo recibir la exportación: un enlace de descarga por correo, o añadirla a Google Drive, Dropbox, OneDrive o Box. El enlace por correo es lo más sencillo.',
    'Elige una exportación única en lugar de una periódica, el tipo de archivo y el tamaño del archivo comprimido, y haz clic en **Create export** (Crear exportación).',
    'Cuando la exportación esté lista, descárgala y comprueba que tus videos están incluidos. Si falta alguno, es posible que tu canal pertenezca a una Brand Account (cuenta de marca): cambia a esa cuenta y haz otra exportación.',
  ];
}

export const youtubeEs = {
  platform: 'youtube',
  tagline:
    'Guarda tus videos y tus datos de YouTube con Google Takeout. Después, haz tus videos privados y limita los comentarios, o elimina tu canal para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, haz tus videos privados o no listados, mantén privadas tus suscripciones y tus listas de reproducción guardadas, y limita los comentarios.',
    },
    leave: {
      title: 'Deja YouTube',
      description:
        'Guarda tus videos y tus datos con Google Takeout, y después elimina tu canal de YouTube. Eliminar el canal es permanente; tu cuenta de Google se mantiene.',
    },
  },
  notOnPlatform: [
    {
      topic: 'Cuenta privada',
      explanation:
        'YouTube no tiene ningún interruptor que haga privado un canal entero; en su lugar, eliges quién puede ver cada video y cada lista de reproducción, como explica el paso «Haz tus videos privados o no listados».',
    },
    {
      topic: 'Sugerencias de cuenta y sincronización de contactos',
      explanation:
        'No encontramos ningún ajuste de YouTube que impida que sugiera tu canal a otras personas ni que sincronice tus contactos, así que lo más parecido es mantener tus videos privados o no listados, fuera de la búsqueda y de las recomendaciones.',
    },
    {
      topic: 'Mensajes directos',
      explanation:
        'YouTube ya no tiene mensajes privados entre usuarios, así que no hay ningún ajuste de mensajes que cambiar; los comentarios tienen su propio paso.',
    },
  ],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tus datos',
      summary:
        'Usa Google Takeout para conseguir una copia de tus datos de YouTube, incluidos tus videos, antes de cambiar o eliminar nada.',
      why: [
        'Antes de ocultar o eliminar nada, guarda tu propia copia de lo que publicaste y de lo que Google tiene sobre tu uso de YouTube.',
        'Google Takeout incluye tus videos de YouTube en sí, no solo una lista de ellos, así que esta exportación es tu copia de seguridad.',
        'La exportación puede tardar en prepararse. Por eso, empiézala ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Google prepara una exportación de los datos que elegiste, de YouTube y de cualquier otro producto de Google que dejes marcado.',
        'Tus videos de YouTube están incluidos.',
        'Tú eliges cómo recibirla: un enlace de descarga por correo, o una copia añadida a Google Drive, Dropbox, OneDrive o Box.',
        'También eliges el tipo de archivo y el tamaño del archivo comprimido. Una exportación grande puede llegar en varios archivos .zip.',
      ],
      unchanged: [
        'Descargar tus datos no elimina nada: todo sigue en tu canal y en los servidores de Google.',
        'Los videos de un canal que pertenece a una Brand Account (cuenta de marca) se exportan desde esa cuenta, no desde tu cuenta personal.',
        'Si añades la exportación a Google Drive, ocupa tu almacenamiento de Drive.',
      ],
      howTo: {
        ...phones(
          takeoutSteps(
            'Abre Google Takeout en el navegador de tu teléfono e inicia sesión con la cuenta de Google a la que pertenece tu canal (el enlace oficial de esta página te lleva directamente).',
          ),
          'La ayuda de Google describe esto en la página web de Takeout. Una exportación con videos puede ser grande, así que, si tienes computadora, es más fácil descargarla ahí.',
        ),
        web: {
          available: true,
          steps: takeoutSteps(
            'Abre Google Takeout en tu navegador e inicia sesión con la cuenta de Google a la que pertenece tu canal (el enlace oficial de esta página te lleva directamente).',
          ),
        },
      },
      officialLinkLabels: [TAKEOUT_LINK_LABEL, 'Abrir el artículo de ayuda de Google sobre cómo descargar tus datos'],
      warnings: [
        'No se pudo confirmar cuánto tarda Google en preparar la exportación ni cuánto tiempo está disponible para descargarla. Descárgala en cuanto esté lista.',
        'La exportación contiene datos privados de todos los productos que dejes marcados. Guárdala en un lugar que solo tú puedas abrir.',
        'No uses sitios web ni apps de terceros para «descargar videos de YouTube», y no les des tus datos de acceso. Takeout te da tus propios videos.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-videos-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tus videos privados o no listados',
      summary:
        'YouTube no tiene un interruptor para hacer privada la cuenta, así que elige quién puede ver cada video y cada lista de reproducción: con «Private» (Privado) o «Unlisted» (No listado), deja de aparecer en la búsqueda y en tu canal.',
      why: [
        'En YouTube, quién puede ver tu contenido se decide video por video, no para toda la cuenta. Un video público se puede encontrar en la búsqueda, aparece en las recomendaciones y está en tu canal a la vista de cualquiera.',
        'Si pasas tus videos antiguos a «Private» o «Unlisted», quien venga a buscarte encontrará mucho menos.',
      ],
      changes: [
        '**Private** (Privado): el video no se puede compartir con un enlace, no aparece en la búsqueda, en los videos relacionados ni en las recomendaciones, no se muestra en tu canal y no puede tener comentarios.',
        '**Unlisted** (No listado): el video no aparece en la búsqueda, en los videos relacionados ni en las recomendaciones, y no se muestra en tu canal, pero cualquiera que tenga el enlace puede verlo y comentarlo.',
        '**Public** (Público): cualquiera puede encontrar y ver el video.',
        'Las listas de reproducción tienen las mismas tres opciones.',
      ],
      unchanged: [
        'Un video «Unlisted» no es secreto. Cualquiera que tenga el enlace, o que lo reciba de otra persona, puede verlo.',
        'Cambiar la visibilidad de un video no afecta a las copias que otras personas ya hicieron.',
        'Cada video conserva su propio ajuste. Los videos nuevos se suben como públicos en las cuentas de 18 años o más, y como privados en las de 13 a 17 años.',
        'Si más adelante cambias un video a «Public», se avisa a los suscriptores que pidieron notificaciones, pero solo la primera vez que se hace público.',
        'Tus suscripciones, tus listas de reproducción guardadas y tus comentarios son ajustes aparte, que se explican en los siguientes pasos.',
      ],
      howTo: {
        ...phones(
          [
            'La forma más segura, sobre todo si son muchos videos, es YouTube Studio en un navegador (mira la pestaña **Web**).',
            'En la app de YouTube, o en la app YouTube Studio si la usas, busca tus propios videos y abre el que quieras cambiar.',
            'Busca su ajuste **Visibility** (Visibilidad), elige **Private** (Privado), o **Unlisted** (No listado) si todavía quieres compartirlo con un enlace, y guarda.',
            'Repite con cada video que quieras ocultar. En las listas de reproducción, busca un ajuste de privacidad o de visibilidad en cada una.',
          ],
          'La ayuda de Google da este camino en YouTube Studio. No se pudo confirmar dónde está el ajuste en las apps del teléfono; si no lo encuentras, usa un navegador.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_STUDIO,
            'Haz clic en **Content** (Contenido) para ver tus videos.',
            'Selecciona un video y abre su ajuste **Visibility** (Visibilidad).',
            'Elige **Private** (Privado), o **Unlisted** (No listado) si todavía quieres compartirlo con un enlace, y haz clic en **Save** (Guardar).',
            'Repite con cada video que quieras ocultar.',
            'En las listas de reproducción, abre cada una de tus listas y busca un ajuste de privacidad o de visibilidad con las mismas tres opciones.',
          ],
          note: 'No se pudieron confirmar los pasos de las listas de reproducción en las páginas actuales de Google. Busca las palabras «Public» (Público), «Unlisted» y «Private» en cada lista.',
        },
      },
      officialLinkLabels: [VIDEO_PRIVACY_LINK_LABEL, PLAYLIST_PRIVACY_LINK_LABEL],
      warnings: [
        'Cualquiera que tenga el enlace de un video no listado puede verlo y comentarlo. Si alguien a quien quieres evitar puede tener el enlace, elige «Private».',
        'Los videos nuevos de las cuentas de 18 años o más son públicos, salvo que los cambies. Revisa la visibilidad cada vez que subas un video.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'keep-subscriptions-and-playlists-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Mantén privadas tus suscripciones y tus listas de reproducción guardadas',
      summary:
        'Busca en tus ajustes de privacidad de YouTube los interruptores que mantienen privados los canales a los que te suscribes y las listas de reproducción que guardas.',
      why: [
        'Los canales a los que te suscribes y las listas de reproducción que guardas pueden decir mucho sobre tus intereses y sobre las personas a las que sigues.',
        'No se conoce ningún ajuste de YouTube para impedir que sugiera tu canal a otras personas, así que estos interruptores y la visibilidad de tus videos son los principales controles de privacidad que tienes.',
      ],
      changes: [
        'Donde está disponible, un interruptor mantiene privadas todas las listas de reproducción que guardas.',
        'Otro mantiene privada la lista de canales a los que te suscribes.',
        'No se pudieron confirmar sus nombres exactos, así que los pasos describen qué buscar.',
      ],
      unchanged: [
        'Tus videos conservan su propia visibilidad. Estos interruptores no la cambian.',
        'Cada lista de reproducción tiene además su propio ajuste: «Public» (Público), «Unlisted» (No listado) o «Private» (Privado). Revisa las que creaste, como en el paso anterior.',
        'Los comentarios que publicas siguen visibles donde los publicaste.',
      ],
      howTo: {
        ...phones(
          [
            'En la app de YouTube, abre tus ajustes y busca una sección de privacidad.',
            'Busca un interruptor para mantener privadas tus listas de reproducción guardadas, y actívalo.',
            'Busca un interruptor para mantener privadas tus suscripciones, y actívalo.',
          ],
          'No se pudieron confirmar los nombres ni la ubicación de estos interruptores en las páginas de la propia Google. Busca palabras como «private» (privado) junto a las listas de reproducción y las suscripciones. Si la app no los muestra, prueba en youtube.com desde un navegador.',
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en youtube.com desde tu navegador y abre tus ajustes de YouTube.',
            'Busca una sección de privacidad.',
            'Busca un interruptor para mantener privadas tus listas de reproducción guardadas, y actívalo.',
            'Busca un interruptor para mantener privadas tus suscripciones, y actívalo.',
          ],
          note: 'No se pudieron confirmar los nombres ni la ubicación de estos interruptores en las páginas de la propia Google. Busca palabras como «private» (privado) junto a las listas de reproducción y las suscripciones.',
        },
      },
      officialLinkLabels: [PLAYLIST_PRIVACY_LINK_LABEL, VIDEO_PRIVACY_LINK_LABEL],
      warnings: [
        'No se pudieron confirmar los nombres exactos de estos interruptores, y es posible que hayan cambiado. Si no encuentras alguno, sigue adelante: la visibilidad de tus videos importa más.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-comments': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita los comentarios',
      summary:
        'Retén los comentarios para revisarlos o desactívalos, bloquea las palabras que no quieres ver y oculta a personas de tu canal.',
      why: [
        'Los comentarios quedan a la vista de todos bajo tus videos, así que un comentario hostil llega a todas las personas que los ven.',
        'Si retienes los comentarios para revisarlos, no aparece nada nuevo bajo tus videos hasta que lo apruebes.',
      ],
      changes: [
        'El ajuste predeterminado para los videos nuevos ofrece cuatro opciones: **Allow all comments** (Permitir todos los comentarios), **Hold potentially inappropriate comments for review** (Retener para revisión los comentarios posiblemente inapropiados), **Hold all comments for review** (Retener todos los comentarios para revisión) o **Disable comments** (Desactivar los comentarios).',
        'Cada video tiene además su propio ajuste de comentarios, en sus ajustes avanzados.',
        'En los videos que ya publicaste, puedes cambiar muchos a la vez con las acciones en bloque de YouTube Studio en una computadora.',
        'Una lista de palabras bloqueadas te permite filtrar los comentarios que las contienen.',
        '**Hide user from channel** (Ocultar al usuario del canal) impide que esa persona comente en cualquiera de tus videos. No se le avisa.',
      ],
      unchanged: [
        'Cambiar el ajuste predeterminado solo afecta a los videos nuevos. Para los que ya publicaste, usa las acciones en bloque o el ajuste de cada video.',
        'Los videos privados no pueden tener comentarios.',
        'Los videos no listados todavía pueden recibir comentarios de cualquiera que tenga el enlace, salvo que cambies su ajuste de comentarios.',
      ],
      howTo: {
        ...phonesUnavailable(
          'La guía de YouTube describe estos controles en YouTube Studio, y para cambiar muchos videos a la vez necesitas Studio en una computadora. Abre YouTube Studio en un navegador, mejor en una computadora, y sigue los pasos de la pestaña **Web**.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_STUDIO,
            'Abre **Settings** (Ajustes), luego **Community** (Comunidad) y luego **Defaults** (Valores predeterminados).',
            'Para los videos nuevos, elige **Hold all comments for review** (Retener todos los comentarios para revisión) o **Disable comments** (Desactivar los comentarios). **Hold potentially inappropriate comments for review** (Retener para revisión los comentarios posiblemente inapropiados) es un punto intermedio.',
            'En los mismos ajustes de **Community**, busca la lista de palabras bloqueadas, añade las palabras o los nombres que no quieras en los comentarios, y guarda.',
            'En los videos que ya publicaste, ve a **Content** (Contenido), selecciona los videos y usa las acciones en bloque para cambiar su ajuste de comentarios.',
            'Para cambiar un solo video, abre sus detalles y busca los comentarios en sus ajustes avanzados.',
            'Para impedir que una persona comente en todos tus videos, busca **Hide user from channel** (Ocultar al usuario del canal) en las opciones junto a uno de sus comentarios.',
          ],
          note: 'Estos nombres vienen de la propia guía de YouTube, pero es posible que el Studio actual los escriba o los coloque de otra forma. Si un nombre no coincide, busca el más parecido.',
        },
      },
      officialLinkLabels: [
        'Abrir la lección de YouTube Creator Academy sobre cómo gestionar los comentarios inapropiados',
        'Abrir el artículo de ayuda de YouTube sobre los comentarios',
      ],
      warnings: [
        'Un nuevo ajuste predeterminado no llega a los videos que ya publicaste. Cámbialos con las acciones en bloque, y revisa también tus videos no listados.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'delete-channel': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Elimina tu canal de YouTube',
      summary:
        'Elimina para siempre tu canal de YouTube y su contenido, y conserva tu cuenta de Google. No se conoce ningún plazo para cambiar de opinión, así que primero haz una copia de seguridad.',
      why: [
        'Si no quieres estar en YouTube en absoluto, eliminar tu canal borra lo que publicaste, en lugar de solo ocultarlo.',
        'Tu canal de YouTube y tu cuenta de Google son dos cosas distintas. Si eliminas el canal, tu cuenta de Google se mantiene, junto con los demás servicios de Google para los que la usas.',
        '¿Todavía no lo tienes claro? Google también te permite ocultar tu canal en lugar de eliminarlo, algo que en principio se puede deshacer. No se pudo confirmar en las páginas de la propia Google qué abarca exactamente ocultarlo.',
      ],
      changes: [
        'Tu canal y su contenido, incluidos tus videos, se eliminan para siempre. Consulta el artículo de ayuda de Google para ver la lista completa de lo que se elimina con él.',
        'No se conoce ningún plazo para cambiar de opinión. Hasta donde pudimos averiguar, la eliminación ocurre cuando confirmas: no hay cuenta regresiva ni ninguna forma conocida de cancelarla.',
      ],
      unchanged: [
        'Tu cuenta de Google no se elimina, y puedes seguir usándola en otros servicios de Google.',
        'Borrar la app de YouTube de tu teléfono no elimina tu canal.',
        'Eliminar toda tu cuenta de Google es un proceso aparte, con su propia página de ayuda. Abarca todos los servicios de Google que usas, no solo YouTube, así que no es la forma de dejar solo YouTube.',
      ],
      howTo: {
        ...phonesUnavailable(
          'Los pasos que pudimos encontrar para eliminar un canal son para YouTube Studio en una computadora. Usa un navegador en una computadora y sigue la pestaña **Web**.',
        ),
        web: {
          available: true,
          steps: [
            'Antes de empezar: termina el paso de copia de seguridad y comprueba que tu exportación incluye tus videos.',
            OPEN_STUDIO,
            'Abre los ajustes de Studio y busca, en la sección del canal, una opción para quitar tu contenido de YouTube. Las guías que encontramos la sitúan en los ajustes avanzados del canal.',
            'Vuelve a iniciar sesión si Google te pide confirmar que eres tú.',
            'Elige la opción para eliminar tu contenido de forma permanente, no la de ocultar tu canal, y sigue las instrucciones para confirmar.',
            'Da la eliminación por definitiva en cuanto confirmes. No hay ninguna cuenta regresiva que esperar.',
          ],
          note: 'Estos nombres vienen de guías, no de las páginas de la propia Google, y no se pudieron confirmar. El artículo de ayuda de Google sobre cómo eliminar u ocultar tu canal (enlazado en esta página) tiene los pasos actuales.',
        },
      },
      officialLinkLabels: [
        DELETE_CHANNEL_LINK_LABEL,
        'Abrir el artículo de ayuda de Google sobre cómo eliminar toda tu cuenta de Google',
      ],
      warnings: [
        'No se conoce ningún plazo para cambiar de opinión: a diferencia de algunas plataformas, YouTube no tiene ningún período conocido en el que volver a iniciar sesión cancele la eliminación. Dala por definitiva en el momento en que confirmes.',
        'Primero haz una copia de seguridad: descarga tus datos con Google Takeout y comprueba que tus videos están incluidos. Una vez eliminado el canal, no se pueden recuperar.',
        'Elimina el canal, no tu cuenta de Google, salvo que de verdad quieras cerrar todo lo que usas de Google.',
        'Si pagas YouTube Premium, YouTube TV o membresías de canales, consulta en el artículo de ayuda de Google qué pasa con ellos antes de eliminar el canal. Esto no se pudo confirmar.',
        'Asegúrate de que todavía puedes iniciar sesión en tu cuenta de Google: es posible que Google te pida volver a iniciar sesión para confirmar.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones, phonesUnavailable } from '../helpers';

/*
 * YouTube checklist in Spanish, translated from content/youtube.ts.
 *
 * Menu labels (docs/content-guide.md): where a Spanish source confirms the label
 * a Spanish-language YouTube shows, it is in bold with the English one in
 * parentheses: **Oculto** (Unlisted), **Público** (Public), **Privado**
 * (Private), and the YouTube Studio deletion path one Spanish guide gives. Every
 * other label (YouTube Studio, Takeout, the privacy switches) stays in English,
 * in bold, with its meaning in parentheses, and the step says its Spanish label
 * could not be confirmed. Every hedge of the English is kept. Quotations use « ».
 *
 * Google's help links carry a Spanish address (`?hl=es`) in the English file, so
 * their labels do not say "(en inglés)"; settings pages follow the account's
 * own language.
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

const OPEN_STUDIO =
  'Inicia sesión en youtube.com desde tu navegador, con la cuenta a la que pertenece tu canal, y abre YouTube Studio (el primer enlace de esta página te lleva allí).';

const STUDIO_LABELS_NOTE =
  'No se pudieron confirmar los nombres en español de YouTube Studio: los nombres en negrita son los de la versión en inglés, con su significado entre paréntesis.';

const VIDEO_PRIVACY_LINK_LABEL = 'Abrir el artículo de ayuda de YouTube sobre los ajustes de privacidad de los videos';

const PLAYLIST_PRIVACY_LINK_LABEL = 'Abrir el artículo de ayuda de YouTube sobre la privacidad de las listas de reproducción';

/** Google's Takeout flow, which is a web page: the same on a computer and in a phone's browser. */
function takeoutSteps(openPage: string) {
  return [
    openPage,
    'El enlace de esta página debería abrir Takeout con solo **YouTube and YouTube Music** (YouTube y YouTube Music) marcado. Si abriste Takeout de otra forma, Google marca todos los productos que tienen datos tuyos: desmarca los que no quieras, y asegúrate de que YouTube siga marcado.',
    'Para elegir solo algunas partes de tus datos de YouTube, haz clic en **All data included** (Todos los datos incluidos) junto a YouTube, si aparece. Para conservarlo todo, incluidos tus videos, déjalo como está.',
    'Haz clic en **Next step** (Paso siguiente).',
    'Elige cómo recibir la exportación: un enlace de descarga por correo, o añadirla a Google Drive, Dropbox, OneDrive o Box. El enlace por correo es lo más sencillo.',
    'Elige una exportación única en lugar de una periódica, el tipo de archivo y el tamaño del archivo comprimido, y haz clic en **Create export** (Crear exportación).',
    'Cuando la exportación esté lista, descárgala de inmediato y comprueba que tus videos están incluidos. Si falta alguno, es posible que tu canal pertenezca a una Brand Account (cuenta de marca): cambia a esa cuenta y haz otra exportación.',
  ];
}

const TAKEOUT_LABELS_NOTE =
  'No se pudieron confirmar los nombres en español de Google Takeout: los nombres en negrita son los de la versión en inglés, con su significado entre paréntesis.';

export const youtubeEs = {
  platform: 'youtube',
  tagline:
    'Guarda tus videos y tus datos de YouTube con Google Takeout. Después, haz tus videos privados y limita los comentarios, o elimina tu canal para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, haz tus videos privados u ocultos, mantén privadas tus suscripciones y tus listas de reproducción guardadas, y limita los comentarios.',
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
        'YouTube no tiene ningún interruptor que haga privado un canal entero; en su lugar, eliges quién puede ver cada video y cada lista de reproducción, como explica el paso «Haz tus videos privados u ocultos».',
    },
    {
      topic: 'Sugerencias de cuenta y sincronización de contactos',
      explanation:
        'No encontramos ningún ajuste de YouTube que impida que sugiera tu canal a otras personas ni que sincronice tus contactos, así que lo más parecido es mantener tus videos privados u ocultos, fuera de la búsqueda y de las recomendaciones.',
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
            'Abre Google Takeout en el navegador de tu teléfono e inicia sesión con la cuenta de Google a la que pertenece tu canal (el primer enlace de esta página te lleva directamente).',
          ),
          `La ayuda de Google describe esto en la página web de Takeout. Una exportación con videos puede ser grande, así que, si tienes computadora, es más fácil descargarla ahí. ${TAKEOUT_LABELS_NOTE}`,
        ),
        web: {
          available: true,
          steps: takeoutSteps(
            'Abre Google Takeout en tu navegador e inicia sesión con la cuenta de Google a la que pertenece tu canal (el primer enlace de esta página te lleva directamente).',
          ),
        },
      },
      officialLinkLabels: [
        'Abrir Google Takeout con YouTube seleccionado',
        'Abrir el artículo de ayuda de Google sobre cómo descargar tus datos',
      ],
      warnings: [
        'Descarga la exportación en cuanto esté lista. Las páginas de Google que pudimos leer no dicen cuánto tiempo está disponible; según guías de informática de universidades, el enlace de descarga suele durar unos 7 días, y después hay que hacer una exportación nueva.',
        'La exportación contiene datos privados de todos los productos que dejes marcados. Guárdala en un lugar que solo tú puedas abrir.',
        'No uses sitios web ni apps de terceros para «descargar videos de YouTube», y no les des tus datos de acceso. Takeout te da tus propios videos.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-videos-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tus videos privados u ocultos',
      summary:
        'YouTube no tiene un interruptor para hacer privada la cuenta, así que elige quién puede ver cada video y cada lista de reproducción: con «Privado» u «Oculto», deja de aparecer en la búsqueda y en tu canal.',
      why: [
        'En YouTube, quién puede ver tu contenido se decide video por video, no para toda la cuenta. Un video público se puede encontrar en la búsqueda, aparece en las recomendaciones y está en tu canal a la vista de cualquiera.',
        'Si pasas tus videos antiguos a «Privado» u «Oculto», quien venga a buscarte encontrará mucho menos.',
      ],
      changes: [
        '**Privado** (Private): el video no se puede compartir con un enlace, no aparece en la búsqueda, en los videos relacionados ni en las recomendaciones, no se muestra en tu canal y no puede tener comentarios.',
        '**Oculto** (Unlisted): el video no aparece en la búsqueda, en los videos relacionados ni en las recomendaciones, y no se muestra en tu canal, pero cualquiera que tenga el enlace puede verlo y comentarlo.',
        '**Público** (Public): cualquiera puede encontrar y ver el video.',
        'Las listas de reproducción tienen las mismas tres opciones.',
      ],
      unchanged: [
        'Un video oculto no es secreto. Cualquiera que tenga el enlace, o que lo reciba de otra persona, puede verlo.',
        'Cambiar la visibilidad de un video no afecta a las copias que otras personas ya hicieron.',
        'Cada video conserva su propio ajuste. Los videos nuevos se suben como públicos en las cuentas de 18 años o más, y como privados en las de 13 a 17 años.',
        'Si más adelante cambias un video a «Público», se avisa a los suscriptores que pidieron notificaciones, pero solo la primera vez que se hace público.',
        'Tus suscripciones, tus listas de reproducción guardadas y tus comentarios son ajustes aparte, que se explican en los siguientes pasos.',
      ],
      howTo: {
        ...phones(
          [
            'La forma más segura, sobre todo si son muchos videos, es YouTube Studio en un navegador (mira la pestaña **Web**).',
            'En la app de YouTube, o en la app YouTube Studio si la usas, busca tus propios videos y abre el que quieras cambiar.',
            'Busca su ajuste **Visibility** (Visibilidad), elige **Privado** (Private), o **Oculto** (Unlisted) si todavía quieres compartirlo con un enlace, y guarda.',
            'Repite con cada video que quieras ocultar. En las listas de reproducción, busca un ajuste de privacidad o de visibilidad en cada una.',
          ],
          `La ayuda de Google da este camino en YouTube Studio. No se pudo confirmar dónde está el ajuste en las apps del teléfono; si no lo encuentras, usa un navegador. Los nombres Público, Oculto y Privado vienen de guías en español. ${STUDIO_LABELS_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en youtube.com desde tu navegador, con la cuenta a la que pertenece tu canal. El primer enlace de esta página abre la página **Content** (Contenido) de YouTube Studio, con tus videos.',
            'Si no es así, abre YouTube Studio y haz clic en **Content** (Contenido).',
            'Selecciona un video y abre su ajuste **Visibility** (Visibilidad).',
            'Elige **Privado** (Private), u **Oculto** (Unlisted) si todavía quieres compartirlo con un enlace, y haz clic en **Save** (Guardar).',
            'Repite con cada video que quieras ocultar.',
            'En las listas de reproducción, abre cada una de tus listas y busca un ajuste de privacidad o de visibilidad con las mismas tres opciones.',
          ],
          note: `La dirección de la página de contenido viene de su uso frecuente en código público, no de las páginas de Google. No se pudieron confirmar los pasos de las listas de reproducción en las páginas actuales de Google: busca las palabras Público, Oculto y Privado en cada lista. ${STUDIO_LABELS_NOTE}`,
        },
      },
      officialLinkLabels: [
        'Abrir tus videos en YouTube Studio',
        VIDEO_PRIVACY_LINK_LABEL,
        PLAYLIST_PRIVACY_LINK_LABEL,
      ],
      warnings: [
        'Cualquiera que tenga el enlace de un video oculto puede verlo y comentarlo. Si alguien a quien quieres evitar puede tener el enlace, elige «Privado».',
        'Los videos nuevos de las cuentas de 18 años o más son públicos, salvo que los cambies. Revisa la visibilidad cada vez que subas un video.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'keep-subscriptions-and-playlists-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Mantén privadas tus suscripciones y tus listas de reproducción guardadas',
      summary:
        'En tus ajustes de privacidad de YouTube, activa los interruptores que mantienen privados los canales a los que te suscribes y las listas de reproducción que guardas.',
      why: [
        'Los canales a los que te suscribes y las listas de reproducción que guardas pueden decir mucho sobre tus intereses y sobre las personas a las que sigues.',
        'No se conoce ningún ajuste de YouTube para impedir que sugiera tu canal a otras personas, así que estos interruptores y la visibilidad de tus videos son los principales controles de privacidad que tienes.',
      ],
      changes: [
        '**Keep all my subscriptions private** (Mantener privadas todas mis suscripciones) oculta la lista de canales a los que te suscribes.',
        '**Keep all my saved playlists private** (Mantener privadas todas mis listas de reproducción guardadas) hace privadas las listas que guardas, ahora y en el futuro.',
        'Los dos están en la página **Privacy** (Privacidad) de tus ajustes de YouTube, que abre el primer enlace de esta página.',
      ],
      unchanged: [
        'Tus videos conservan su propia visibilidad. Estos interruptores no la cambian.',
        'Cada lista de reproducción que creaste tiene además su propio ajuste: Público, Oculto o Privado. Revísalas también, como en el paso anterior.',
        'Los comentarios que publicas siguen visibles donde los publicaste.',
      ],
      howTo: {
        ...phones(
          [
            'En la app de YouTube, abre tus ajustes y busca una sección de privacidad.',
            'Activa **Keep all my saved playlists private** (Mantener privadas todas mis listas de reproducción guardadas).',
            'Activa **Keep all my subscriptions private** (Mantener privadas todas mis suscripciones).',
          ],
          'No se pudo confirmar dónde están estos interruptores en las apps del teléfono. Si la app no los muestra, abre el primer enlace de esta página en el navegador de tu teléfono. No se pudieron confirmar sus nombres en español: los nombres en negrita son los de la versión en inglés, con su significado entre paréntesis.',
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en youtube.com desde tu navegador. El primer enlace de esta página abre la página **Privacy** (Privacidad) de tus ajustes de YouTube.',
            'Si no es así, haz clic en tu foto de perfil, luego en **Settings** (Configuración) y luego en **Privacy** (Privacidad).',
            'Activa **Keep all my subscriptions private** (Mantener privadas todas mis suscripciones).',
            'Activa **Keep all my saved playlists private** (Mantener privadas todas mis listas de reproducción guardadas).',
          ],
          note: 'Estos nombres vienen de guías independientes; no se pudo leer la página de ayuda de la propia Google sobre la privacidad de las suscripciones. No se pudieron confirmar sus nombres en español: los nombres en negrita son los de la versión en inglés, con su significado entre paréntesis. Si no coinciden, busca interruptores para mantener privadas las suscripciones y las listas guardadas.',
        },
      },
      officialLinkLabels: [
        'Abrir tus ajustes de privacidad de YouTube',
        'Abrir el artículo de ayuda de YouTube sobre la privacidad de las suscripciones',
        PLAYLIST_PRIVACY_LINK_LABEL,
      ],
      warnings: [
        'Estos interruptores vienen de guías independientes, y es posible que hayan cambiado de nombre. Si no encuentras alguno, sigue adelante: la visibilidad de tus videos importa más.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-comments': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita los comentarios',
      summary:
        'Retén los comentarios para revisarlos, ponlos en pausa o desactívalos, bloquea las palabras que no quieres ver y oculta a personas de tu canal.',
      why: [
        'Los comentarios quedan a la vista de todos bajo tus videos, así que un comentario hostil llega a todas las personas que los ven.',
        'Si retienes los comentarios para revisarlos, no aparece nada nuevo bajo tus videos hasta que lo apruebes.',
      ],
      changes: [
        'Los comentarios de cada video pueden estar en **On** (Activados), **Pause** (En pausa: no entran comentarios nuevos y los anteriores se quedan) u **Off** (Desactivados). Cuando están activados, puedes retener algunos o todos para revisarlos antes de que aparezcan.',
        'El ajuste predeterminado para los videos nuevos se elige en YouTube Studio, en **Settings** (Configuración) y luego **Community** (Comunidad).',
        'En los videos que ya publicaste, puedes cambiar muchos a la vez con las acciones en bloque de YouTube Studio en una computadora.',
        'Una lista de palabras bloqueadas retiene los comentarios que las contienen.',
        '**Hide user from channel** (Ocultar al usuario del canal) impide que esa persona comente en cualquiera de tus videos. No se le avisa.',
      ],
      unchanged: [
        'Cambiar el ajuste predeterminado solo afecta a los videos nuevos. Para los que ya publicaste, usa las acciones en bloque o el ajuste de cada video.',
        'Los videos privados no pueden tener comentarios, y los videos marcados como creados para niños tienen los comentarios desactivados.',
        'Los videos ocultos todavía pueden recibir comentarios de cualquiera que tenga el enlace, salvo que cambies su ajuste de comentarios.',
      ],
      howTo: {
        ...phones(
          [
            'Para un solo video: ábrelo en la app de YouTube (o en la app YouTube Studio), abre sus comentarios y busca los ajustes de comentarios en la parte superior del panel de comentarios.',
            'Elige **Pause** (En pausa) u **Off** (Desactivados), o deja los comentarios en **On** (Activados) y retenlos para revisarlos.',
            'Para el ajuste predeterminado de los videos nuevos, tus palabras bloqueadas y cambiar muchos videos a la vez, usa YouTube Studio en un navegador (mira la pestaña **Web**).',
          ],
          `Según las noticias sobre el cambio que YouTube hizo en diciembre de 2023, los ajustes de comentarios de un video están en el panel de comentarios de la app y en la app de Studio. No se pudo confirmar el texto exacto en tu teléfono. ${STUDIO_LABELS_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_STUDIO,
            'Haz clic en **Settings** (Configuración) y luego en **Community** (Comunidad). Ninguna dirección abre esta ventana directamente, así que este último paso te toca a ti.',
            'En la pestaña **Automated filters** (Filtros automáticos), añade a **Blocked words** (Palabras bloqueadas) las palabras o los nombres que no quieras en los comentarios, y activa **Hold potentially inappropriate comments for review** (Retener para revisión los comentarios posiblemente inapropiados).',
            'En la pestaña **Defaults** (Valores predeterminados), elige cómo funcionan los comentarios en los videos nuevos: retenerlos todos para revisarlos, o desactivarlos. Después, haz clic en **Save** (Guardar).',
            'En los videos que ya publicaste, ve a **Content** (Contenido), selecciona los videos y usa las acciones en bloque para cambiar su ajuste de comentarios.',
            'Para impedir que una persona comente en todos tus videos, elige **Hide user from channel** (Ocultar al usuario del canal), o **Hide from channel** (Ocultar del canal), en las opciones junto a uno de sus comentarios.',
          ],
          note: `YouTube cambió el nombre de sus opciones de comentarios en diciembre de 2023 (activados, en pausa o desactivados, con niveles de revisión), y su guía anterior habla de permitir todos los comentarios, retener para revisión los posiblemente inapropiados, retenerlos todos o desactivarlos. Tu Studio puede mostrar unas u otras: elige la que retiene o detiene los comentarios. ${STUDIO_LABELS_NOTE}`,
        },
      },
      officialLinkLabels: [
        'Abrir YouTube Studio',
        'Abrir el artículo de ayuda de YouTube sobre cómo moderar los comentarios',
      ],
      warnings: [
        'Un nuevo ajuste predeterminado no llega a los videos que ya publicaste. Cámbialos con las acciones en bloque, y revisa también tus videos ocultos.',
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
        'Tu canal y su contenido, incluidos tus videos, se eliminan para siempre. Según algunas guías, con él se van los comentarios, las listas de reproducción y el historial; consulta el artículo de ayuda de Google para ver la lista completa.',
        'No se conoce ningún plazo para cambiar de opinión. Hasta donde pudimos averiguar, la eliminación ocurre cuando confirmas: no hay cuenta regresiva ni ninguna forma conocida de cancelarla.',
      ],
      unchanged: [
        'Tu cuenta de Google no se elimina, y puedes seguir usándola en otros servicios de Google.',
        'Borrar la app de YouTube de tu teléfono no elimina tu canal.',
        'Eliminar toda tu cuenta de Google es un proceso aparte, con su propia página de ayuda. Abarca todos los servicios de Google que usas, no solo YouTube, así que no es la forma de dejar solo YouTube.',
      ],
      howTo: {
        ...phonesUnavailable(
          'Los pasos que pudimos encontrar para eliminar un canal son para un navegador en una computadora. Usa una computadora y sigue la pestaña **Web**.',
        ),
        web: {
          available: true,
          steps: [
            'Antes de empezar: termina el paso de copia de seguridad y comprueba que tu exportación incluye tus videos.',
            'Inicia sesión en tu navegador con la cuenta de Google a la que pertenece tu canal. El primer enlace de esta página abre la página de Google para eliminar un solo servicio de Google.',
            'Vuelve a iniciar sesión si Google te pide confirmar que eres tú.',
            'Haz clic en la papelera junto a **YouTube** y sigue las instrucciones. Es posible que Google te pida confirmarlo por correo.',
            'Si YouTube no aparece ahí, o tu canal pertenece a una cuenta de marca, usa YouTube Studio: **Configuración** (Settings), luego **Canal** (Channel), luego **Configuración avanzada** (Advanced settings) y luego **Eliminar contenido de YouTube** (Remove YouTube content), y elige eliminar tu contenido de forma permanente, no ocultar tu canal.',
            'Da la eliminación por definitiva en cuanto confirmes. No hay ninguna cuenta regresiva que esperar.',
          ],
          note: 'Los dos caminos vienen de guías independientes y de un directorio de eliminación de cuentas, no de las páginas de la propia Google, y no se pudieron comprobar en una cuenta real. Los nombres de YouTube Studio en español vienen de una sola guía en español. El artículo de ayuda de Google sobre cómo eliminar u ocultar tu canal (enlazado en esta página) tiene los pasos actuales.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de Google para eliminar un servicio de Google',
        'Abrir el artículo de ayuda de YouTube sobre cómo eliminar u ocultar tu canal',
        'Abrir el artículo de ayuda de Google sobre cómo eliminar toda tu cuenta de Google',
      ],
      warnings: [
        'No se conoce ningún plazo para cambiar de opinión: a diferencia de algunas plataformas, YouTube no tiene ningún período conocido en el que volver a iniciar sesión cancele la eliminación. Dala por definitiva en el momento en que confirmes.',
        'Primero haz una copia de seguridad: descarga tus datos con Google Takeout y comprueba que tus videos están incluidos. Una vez eliminado el canal, no se pueden recuperar.',
        'Elimina el servicio de YouTube, no tu cuenta de Google, salvo que de verdad quieras cerrar todo lo que usas de Google.',
        'Si pagas YouTube Premium, YouTube TV o membresías de canales, consulta en el artículo de ayuda de Google qué pasa con ellos antes de eliminar el canal. Esto no se pudo confirmar.',
        'Asegúrate de que todavía puedes iniciar sesión en tu cuenta de Google: es posible que Google te pida volver a iniciar sesión para confirmar.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

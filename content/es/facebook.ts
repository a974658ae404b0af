import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Facebook checklist in Spanish, translated from content/facebook.ts.
 *
 * Menu labels (docs/content-guide.md, Languages): where Spanish-language
 * guides confirm the label Facebook's Spanish app shows, it is in bold with the
 * English label in parentheses: **Configuración y privacidad** (Settings &
 * privacy), **Configuración** (Settings), **Centro de cuentas** (Accounts
 * Center), **Descargar tu información** (Download your information), and the
 * deletion path **Datos personales** → **Propiedad y control de la cuenta** →
 * **Desactivación o eliminación** → **Eliminar cuenta**. The guides are listed
 * in the English steps' sources. Every other label stays in English in bold,
 * with its meaning in parentheses, and the step says its Spanish label could
 * not be confirmed. Audience names the English writes without bold (Friends,
 * Only me) are quoted in English too, with their meaning. Quotations use « ».
 *
 * No Spanish address was found for Facebook's, Messenger's or Meta's help
 * pages, so help and overview link labels end with «(en inglés)»; settings
 * pages follow the account's language.
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

/** Menú → Configuración y privacidad → Configuración, the way into every setting below. */
const OPEN_APP_SETTINGS =
  'Abre el menú de la app de Facebook, toca **Configuración y privacidad** (Settings & privacy) y luego **Configuración** (Settings).';

const SIGN_IN_NOTE = 'Si todavía no has iniciado sesión en Facebook, la página te lo pide primero.';

const UNCONFIRMED_LABELS_NOTE =
  'No se pudieron consultar las páginas de ayuda de Facebook sobre este ajuste, así que los nombres y las opciones exactas vienen de guías independientes. Busca las palabras que se describen aquí y elige la opción más limitada que se te ofrezca.';

const UNCONFIRMED_ES_LABELS =
  'No se pudieron confirmar los nombres en español de estas opciones, así que aparecen en inglés, con su significado entre paréntesis.';

const BEFORE_DELETING =
  'Antes de empezar: termina el paso de copia de seguridad, cambia a otra forma de iniciar sesión en cualquier app o sitio web en el que entres con Facebook, y da acceso de administración a otra persona en cualquier página (Page) que quieras conservar.';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.';

const OPEN_PRIVACY_CHECKUP_APP =
  'Abre el **Privacy Checkup** (revisión de privacidad) de Facebook: en el menú de la app, toca **Configuración y privacidad** (Settings & privacy) y busca **Privacy Checkup** (según algunas guías, también está en **Privacy shortcuts**, es decir, accesos directos de privacidad).';

const OPEN_PRIVACY_CHECKUP_WEB =
  'Abre el **Privacy Checkup** (revisión de privacidad) de Facebook: el primer enlace oficial de esta página te lleva ahí.';

const PRIVACY_CHECKUP_LABELS = ['Abrir la revisión de privacidad (Privacy Checkup) de Facebook', 'Abrir el Centro de privacidad (Privacy Center) de Facebook (en inglés)'];

export const facebookEs = {
  platform: 'facebook',
  tagline:
    'Descarga una copia de tu información de Facebook. Después, limita quién puede verte, encontrarte y contactarte, o elimina tu cuenta para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, limita quién puede ver tus publicaciones y tu perfil, haz tu perfil más difícil de encontrar, limita quién puede enviarte mensajes y comentar tus publicaciones, y revisa las etiquetas antes de que aparezcan.',
    },
    leave: {
      title: 'Deja Facebook',
      description:
        'Descarga tu información y después elimina tu cuenta. Facebook espera 30 días antes de eliminarla para siempre, y si inicias sesión en ese tiempo, puedes cancelar la eliminación.',
    },
  },
  notOnPlatform: [
    {
      topic: 'Un interruptor para hacer privada la cuenta',
      explanation:
        'Facebook no tiene un solo interruptor que haga privada toda tu cuenta. En su lugar, eliges un público para tus publicaciones futuras, para tus publicaciones anteriores y para cada dato de tu perfil, como explica el paso «Limita quién ve tus publicaciones y tu perfil».',
    },
  ],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tu información',
      summary:
        'Pide a Facebook una copia de tu información y descárgala en los 4 días siguientes a que esté lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que has publicado en Facebook a lo largo de los años.',
        'Cuando una cuenta se elimina, Facebook ya no puede darte su información. Esta es tu única oportunidad de obtenerla.',
        'Cuando el archivo está listo, solo está disponible durante 4 días. Por eso, pídelo ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Facebook prepara un archivo con la información que elegiste.',
        'Tú decides qué perfil incluye, qué categorías de información entran y qué período de fechas abarca.',
        'Tú eliges el formato: HTML o JSON. HTML se abre en cualquier navegador web, así que es la opción más fácil para leer tu propia copia. JSON sirve para otras herramientas.',
        'También eliges la calidad de las fotos y los videos del archivo.',
        'Eliges adónde va: a tu propio dispositivo o a otro servicio. Si eliges tu propio dispositivo, la copia queda en tus manos.',
      ],
      unchanged: [
        'Pedir una copia no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'En el archivo solo está lo que seleccionaste. Si eliges un período corto o pocas categorías, el resto queda fuera.',
        'No se pudo confirmar cuánto tarda Facebook en preparar el archivo. Vuelve a consultarlo en la misma pantalla.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Centro de cuentas** (Accounts Center) y luego **Your information and permissions** (Tu información y permisos).',
            'Toca **Descargar tu información** (Download your information); algunas versiones dicen **Export your information** (Exportar tu información).',
            'Si te pregunta qué perfil, elige tu perfil de Facebook.',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo) y el período de fechas más amplio que se te ofrezca.',
            'Elige **HTML** para leer el archivo tú, o **JSON** para otras herramientas. Elige la calidad más alta que se te ofrezca para las fotos y los videos, y la opción de descargarlo en tu dispositivo.',
            'Envía la solicitud (según una guía en español, el botón dice «Crear un archivo»).',
            'Vuelve a la misma pantalla para ver cómo va. Cuando el archivo esté listo, descárgalo en un plazo de 4 días. Las descargas están protegidas con contraseña, así que cuenta con tener que escribir tu contraseña de Facebook.',
          ],
          'Esta ruta viene de guías independientes y de notas de terceros sobre la página de ayuda de Facebook, y no se pudo comprobar en un dispositivo real. El nombre de la herramienta cambia: busca **Descargar tu información** o **Export your information** dentro del **Centro de cuentas**. No se pudo confirmar el nombre en español de **Your information and permissions**.',
        ),
        web: {
          available: true,
          steps: [
            'Abre la página **Descargar tu información** (Download your information) de Facebook en el Centro de cuentas: el primer enlace oficial de esta página te lleva ahí.',
            'Elige tu perfil de Facebook, todo lo que quieras incluir, el período de fechas más amplio, **HTML** o **JSON**, la calidad más alta para las fotos y los videos, y tu dispositivo como destino.',
            'Envía la solicitud.',
            'Vuelve a la misma página para ver cómo va. Cuando el archivo esté listo, descárgalo en un plazo de 4 días y escribe tu contraseña de Facebook cuando te la pida.',
          ],
          note: `${SIGN_IN_NOTE} Esta dirección la usan mucho las herramientas que trabajan con el archivo de datos de Facebook. Algunas versiones llaman a la página **Export your information** (Exportar tu información).`,
        },
      },
      officialLinkLabels: [
        'Abrir la página Descargar tu información de Facebook en el Centro de cuentas',
        'Abrir el artículo de ayuda de Facebook sobre cómo exportar una copia de tu información (en inglés)',
      ],
      warnings: [
        'Cuando el archivo esté listo, solo tendrás 4 días para descargarlo. Después caduca y tendrás que pedir uno nuevo.',
        'El archivo contiene información personal de tu cuenta. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo **Descargar tu información** (Download your information), la opción oficial de Facebook. No des tus datos de acceso a apps ni sitios web que se ofrezcan a obtener tus datos de Facebook por ti.',
        'Asegúrate de que sabes tu contraseña de Facebook: las descargas están protegidas con contraseña.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'limit-who-sees-your-posts': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién ve tus publicaciones y tu perfil',
      summary:
        'Configura tus publicaciones futuras, tus publicaciones anteriores y los datos de tu perfil en «Friends» (Amigos) o en un público más limitado, porque Facebook no tiene un solo interruptor para hacer privada la cuenta.',
      why: [
        'Todo lo que compartes en público lo pueden ver personas que no conoces, incluidas las personas a las que prefieres mantener lejos.',
        'Facebook no tiene un interruptor que haga privada tu cuenta. La cierras por partes: las publicaciones que compartirás a partir de ahora, las que ya compartiste y los datos de tu perfil.',
      ],
      changes: [
        'El público que elijas para tus publicaciones futuras decide quién ve lo que compartes a partir de ahora. Con «Friends» (Amigos), o «Only me» (Solo yo) para lo que es solo para ti, los desconocidos quedan fuera.',
        'Otra opción limita de una vez el público de tus publicaciones anteriores, para que las publicaciones públicas antiguas solo las vean tus amigos.',
        'Cada dato de tu perfil, como tu número de teléfono, tu correo y tu fecha de nacimiento, tiene su propio público, que puedes limitar uno por uno.',
      ],
      unchanged: [
        'Las personas que ya son tus amigos siguen viendo lo que compartes con «Friends». Revisa también tu lista de amigos.',
        'Limitar las publicaciones anteriores no se puede deshacer de una vez: para volver a ampliar una publicación, tienes que cambiarla por separado.',
        'Quién puede encontrarte, enviarte mensajes y comentar tus publicaciones son ajustes aparte, que se explican en los siguientes pasos.',
        'Como no hay un solo interruptor, una publicación o un dato nuevo del perfil se puede seguir compartiendo con más gente si le eliges un público más amplio.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_PRIVACY_CHECKUP_APP,
            'Elige **Who can see what you share** (Quién puede ver lo que compartes).',
            'Recórrelo: elige quién puede ver los datos de tu perfil, configura tus publicaciones futuras en «Friends» (Amigos) o en un público más limitado, y usa la opción para limitar quién puede ver tus publicaciones anteriores.',
            'Abre tu lista de amigos y elimina a quien no quieras que vea tus publicaciones.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_PRIVACY_CHECKUP_WEB,
            'Elige **Who can see what you share** (Quién puede ver lo que compartes) y recórrelo: datos del perfil, publicaciones futuras y, después, limitar las publicaciones anteriores.',
            'Abre tu lista de amigos y elimina a quien no quieras que vea tus publicaciones.',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_LABELS_NOTE} ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: PRIVACY_CHECKUP_LABELS,
      warnings: [
        'Limitar quién puede ver tus publicaciones no elimina a nadie de tu lista de amigos. Elimina tú a quien no quieras ahí.',
        'No se pudieron confirmar los nombres exactos de estos ajustes. Si algo se ve distinto, elige el público más limitado que se te ofrezca.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'limit-how-people-find-you': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tu perfil más difícil de encontrar',
      summary:
        'Limita quién puede enviarte solicitudes de amistad y buscarte por tu correo o tu número de teléfono, y evita que los buscadores enlacen a tu perfil.',
      why: [
        'Alguien que tenga tu dirección de correo o tu número de teléfono podría usarlos para buscar tu perfil, aunque no sepa tu nombre en Facebook.',
        'Los buscadores de fuera de Facebook pueden enlazar a tu perfil, así que una simple búsqueda en internet podría llevar directamente a ti.',
        'Si las solicitudes de amistad están abiertas a todo el mundo, cualquiera puede pedir acercarse a ti.',
      ],
      changes: [
        'Puedes limitar quién puede enviarte solicitudes de amistad: en lugar de todo el mundo, solo los amigos de tus amigos.',
        'Puedes limitar quién puede buscarte con la dirección de correo o el número de teléfono de tu cuenta, por ejemplo, a tus amigos o solo a ti.',
        'Otro ajuste decide si los buscadores de fuera de Facebook pueden enlazar a tu perfil. Si lo desactivas, dejan de hacerlo.',
      ],
      unchanged: [
        'No cambia quién puede ver tus publicaciones ni los datos de tu perfil; eso lo explica el paso anterior.',
        'Los amigos de tus amigos todavía pueden enviarte solicitudes de amistad.',
        'Es posible que un buscador siga mostrando durante un tiempo un enlace antiguo a tu perfil después de que lo desactives.',
        'Quién puede enviarte mensajes y quién puede comentar son ajustes aparte, que se explican en los siguientes pasos.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_PRIVACY_CHECKUP_APP,
            'Elige **How people can find you on Facebook** (Cómo pueden encontrarte las personas en Facebook).',
            'Configura quién puede enviarte solicitudes de amistad en amigos de amigos, en lugar de todo el mundo.',
            'Configura quién puede buscarte por tu dirección de correo, y por tu número de teléfono, con la opción más limitada, como solo tú.',
            'Desactiva que los buscadores de fuera de Facebook enlacen a tu perfil.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_PRIVACY_CHECKUP_WEB,
            'Elige **How people can find you on Facebook** (Cómo pueden encontrarte las personas en Facebook).',
            'Configura las solicitudes de amistad en amigos de amigos, las búsquedas por correo y por teléfono con la opción más limitada, y desactiva que los buscadores enlacen a tu perfil.',
          ],
          note: `${SIGN_IN_NOTE} Según algunas fuentes, los mismos ajustes están en **Configuración** (Settings) → **Privacy** (Privacidad), en una sección parecida a **How people can find and contact you** (Cómo pueden encontrarte y contactarte las personas). ${UNCONFIRMED_LABELS_NOTE} ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: PRIVACY_CHECKUP_LABELS,
      warnings: [
        'Hay ajustes distintos para las búsquedas por correo y por número de teléfono. Revisa los dos, no solo el primero que encuentres.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'En los ajustes de entrega de mensajes de Messenger, elige adónde van los mensajes de las personas que no conoces, o deja de recibir sus solicitudes.',
      why: [
        'Los mensajes permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
      ],
      changes: [
        'Messenger separa a las personas en grupos, como los amigos de tus amigos de Facebook, las personas que tienen tu número de teléfono y todas las demás personas de Facebook y Messenger.',
        'Para cada grupo eliges: sus mensajes llegan a tus chats, llegan a tu carpeta de solicitudes de mensaje, o no recibes sus solicitudes en absoluto.',
      ],
      unchanged: [
        'Tus conversaciones actuales se quedan donde están.',
        'Tus amigos de Facebook, y las empresas o páginas con las que ya has tenido contacto, todavía pueden escribir directamente a tus chats. También las personas de Marketplace y de Facebook Dating.',
        'La gente todavía puede comentar tus publicaciones. Es un ajuste aparte, que se explica en el siguiente paso.',
      ],
      howTo: {
        ...phones(
          [
            'Abre la app de Messenger y toca tu foto de perfil (en algunas versiones, después **Preferences**, es decir, Preferencias).',
            'Toca **Privacy & safety** (Privacidad y seguridad; en versiones antiguas, **Privacy**, es decir, Privacidad) y luego **Message delivery** (Entrega de mensajes).',
            'Toca cada grupo de personas que no conoces y elige la opción de no recibir sus solicitudes, o al menos tu carpeta de solicitudes de mensaje en lugar de tus chats.',
          ],
          `Esto sigue el artículo de ayuda de la propia Messenger. El camino hasta tu foto de perfil y los ajustes cambia un poco según la versión. ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            'En facebook.com, abre arriba el menú de chats de Messenger, haz clic en **⋯** y elige **Message delivery settings** (Configuración de entrega de mensajes).',
            'Para cada grupo de personas que no conoces, elige no recibir sus solicitudes, o al menos tu carpeta de solicitudes de mensaje en lugar de tus chats.',
          ],
          note: `El camino en la web viene de una guía independiente, no de la ayuda de Facebook, y puede haber cambiado. Si no lo encuentras, usa la app de Messenger. ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de Messenger sobre cómo controlar quién puede enviarte mensajes (en inglés)'],
      noSettingLink:
        'Facebook no tiene una dirección web para este ajuste: en la app de Messenger, toca tu foto de perfil, luego **Privacy & safety** (Privacidad y seguridad) y después **Message delivery** (Entrega de mensajes); en facebook.com, abre el menú de chats, haz clic en **⋯** y luego en **Message delivery settings** (Configuración de entrega de mensajes). No se pudieron confirmar estos nombres en español.',
      warnings: [
        'Cambiar esto no elimina las conversaciones antiguas. Si las necesitas como registro, guarda tu archivo de datos del primer paso.',
        'Es posible que los mensajes que parecen spam se filtren de todos modos, pero eso no sustituye a este ajuste.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'limit-comments': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede comentar',
      summary: 'Limita quién puede seguirte y quién puede comentar las publicaciones que compartes en público.',
      why: [
        'Los comentarios quedan a la vista de todos debajo de tus publicaciones, así que un comentario hostil llega a todas las personas que las leen.',
        'Si limitas quién puede comentar, reduces una forma más en que los desconocidos pueden llegar a ti en público.',
      ],
      changes: [
        'Puedes configurar quién puede seguirte en «Friends» (Amigos), para que las personas que no son tus amigos no puedan seguir tus publicaciones públicas.',
        'Si lo dejas abierto al público, un ajuste para los comentarios en tus publicaciones públicas te permite limitar quién puede comentar, por ejemplo, a tus amigos.',
      ],
      unchanged: [
        'El ajuste abarca tus publicaciones públicas. Si configuras tus publicaciones en «Friends» (Amigos), en un paso anterior, menos personas pueden verlas desde el principio.',
        'Los comentarios ya publicados siguen ahí.',
        'Según algunas fuentes, si dejas que te sigan personas que no son tus amigos, las personas cuyas solicitudes de amistad ignores o elimines pasan a seguirte automáticamente.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes sobre seguidores y contenido público (se cree que el nombre es **Followers and public content**, es decir, Seguidores y contenido público).',
            'Configura quién puede seguirte en «Friends» (Amigos) o, si lo dejas público, configura quién puede comentar tus publicaciones públicas con el público más limitado con el que estés a gusto, como tus amigos.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} Una copia en alemán de la ayuda de Facebook llama a esta sección con palabras que significan «seguidores y contenido público»; no se pudo confirmar el nombre en inglés ni en español.`,
        ),
        web: {
          available: true,
          steps: [
            'Abre los ajustes de seguidores y contenido público de Facebook: el primer enlace oficial de esta página te lleva ahí.',
            'Configura quién puede seguirte en «Friends» (Amigos) o, si lo dejas público, configura quién puede comentar tus publicaciones públicas con el público más limitado con el que estés a gusto.',
          ],
          note: `${SIGN_IN_NOTE} Esta dirección se usa mucho para los ajustes de seguidores de Facebook (en diseños antiguos se llamaba **Public Posts**, es decir, Publicaciones públicas), pero no se pudo confirmar si todavía abre la misma página. ${UNCONFIRMED_LABELS_NOTE}`,
        },
      },
      officialLinkLabels: ['Abrir los ajustes de seguidores y contenido público de Facebook'],
      warnings: [
        'No se pudieron confirmar el nombre exacto ni las opciones de este ajuste. Elige el público más limitado que se te ofrezca.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'review-tags': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Revisa las etiquetas antes de que aparezcan',
      summary:
        'Activa las revisiones que te permiten aprobar las publicaciones en las que te etiquetan antes de que aparezcan en tu perfil, y las etiquetas que otras personas añaden a tus publicaciones.',
      why: [
        'Otras personas pueden etiquetarte en sus publicaciones y fotos. Sin una revisión, esas publicaciones pueden aparecer en tu perfil, donde las ve todo el que puede verlo.',
        'Alguien que quiera llegar a ti, o ponerte en evidencia, puede usar una etiqueta para poner algo delante de tus amigos.',
      ],
      changes: [
        'Con la revisión de las publicaciones en las que te etiquetan activada, una publicación en la que te etiquetan no aparece en tu perfil hasta que la apruebes.',
        'Con la revisión de las etiquetas que otras personas añaden a tus publicaciones activada, una etiqueta que alguien añade a algo que publicaste no aparece hasta que la apruebes.',
        'Recibes una notificación por cada una, y puedes aprobarla u ocultarla de tu perfil.',
      ],
      unchanged: [
        'La gente todavía puede etiquetarte: la revisión decide lo que aparece en tu perfil, no si te pueden etiquetar.',
        'Una publicación en la que te etiquetan puede seguir viéndose en otras partes de Facebook, para el público que eligió quien la publicó. Pídele que la quite, o quita tú la etiqueta.',
        'Cuando te etiqueta alguien que no es tu amigo, Facebook te pide que lo revises aunque esta revisión esté desactivada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'En **Audience and visibility** (Público y visibilidad), toca **Profile and tagging** (Perfil y etiquetado).',
            'Activa el ajuste para revisar las publicaciones en las que te etiquetan antes de que aparezcan en tu perfil.',
            'Activa el ajuste para revisar las etiquetas que otras personas añaden a tus publicaciones antes de que aparezcan.',
          ],
          `Estos nombres vienen de guías independientes; la página de la propia Meta describe lo que hacen las revisiones, pero no dónde están. Busca palabras sobre revisar publicaciones y etiquetas. ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            'Abre los ajustes de **Profile and tagging** (Perfil y etiquetado) de Facebook: el primer enlace oficial de esta página te lleva ahí.',
            'En los ajustes de revisión, activa la revisión de las publicaciones en las que te etiquetan y la revisión de las etiquetas que otras personas añaden a tus publicaciones.',
          ],
          note: `${SIGN_IN_NOTE} La dirección se usa mucho para estos ajustes, pero no se pudo confirmar si todavía abre la misma página. ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de perfil y etiquetado de Facebook',
        'Abrir la página de Meta sobre las herramientas de privacidad de Facebook, como la revisión de etiquetas (en inglés)',
      ],
      warnings: [
        'Activar las revisiones no quita las publicaciones ni las etiquetas que ya están en tu perfil. Revisa las publicaciones en las que te han etiquetado y quita las etiquetas que no quieras.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
    'delete-account': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Elimina tu cuenta',
      summary:
        'Elimina tu cuenta de Facebook: se borra para siempre después de 30 días, y si vuelves a iniciar sesión antes, puedes cancelar la eliminación.',
      why: [
        'Si no quieres estar en Facebook en absoluto, eliminar tu cuenta borra tu perfil, tus fotos, tus publicaciones y tus videos, en lugar de solo ocultarlos.',
        'Facebook espera 30 días antes de eliminar para siempre tu cuenta y tu información. Esos 30 días te permiten cambiar de opinión, lo que también significa que la eliminación se puede cancelar si vuelves a iniciar sesión.',
        '¿Todavía no lo tienes claro? En el mismo lugar puedes desactivar la cuenta: una pausa que se deshace al volver a iniciar sesión. Según algunas fuentes, Messenger sigue funcionando mientras tu cuenta está desactivada.',
      ],
      changes: [
        'Treinta días después de que confirmes, Facebook borra para siempre la cuenta y todo lo que contiene. Después no se puede recuperar nada.',
        'Borrar todo lo que publicaste puede tardar más: hasta 90 días desde el día en que empezaste.',
        'Pierdes tu perfil, tus fotos, tus publicaciones y tus videos.',
        'Pierdes el acceso a Messenger.',
        'Ya no puedes usar tu cuenta de Facebook para iniciar sesión en otras apps y sitios web.',
        'Se pierden las páginas (Pages) que solo administras tú.',
        'Se pierde la información de Oculus vinculada a la cuenta.',
      ],
      unchanged: [
        'Los mensajes que enviaste se quedan en las bandejas de entrada de las otras personas.',
        'Puede haber copias en las copias de seguridad de Facebook durante hasta 90 días, y es posible que se conserven algunos registros por motivos legales.',
        'Cuando tu cuenta esté eliminada, ya no podrás descargar su información. El primer paso es tu última oportunidad.',
      ],
      howTo: {
        ...phones(
          [
            BEFORE_DELETING,
            OPEN_APP_SETTINGS,
            'Toca **Centro de cuentas** (Accounts Center), luego **Datos personales** (Personal details), luego **Propiedad y control de la cuenta** (Account ownership and control) y después **Desactivación o eliminación** (Deactivation or deletion).',
            'Si te pregunta qué cuenta, elige tu perfil de Facebook.',
            'Elige **Eliminar cuenta** (Delete account), no desactivarla, toca **Continuar** (Continue) y confirma, normalmente con tu contraseña.',
            NOTE_DEADLINE,
          ],
          'Estos nombres vienen de guías independientes, no de las páginas de la propia Facebook. Busca palabras sobre la propiedad de la cuenta, la desactivación o la eliminación.',
        ),
        web: {
          available: true,
          steps: [
            BEFORE_DELETING,
            'Abre la página de Facebook para eliminar tu cuenta: el primer enlace oficial de esta página te lleva ahí. Si en su lugar se abre el Centro de cuentas, entra en **Datos personales** (Personal details) → **Propiedad y control de la cuenta** (Account ownership and control) → **Desactivación o eliminación** (Deactivation or deletion).',
            'Elige tu perfil de Facebook y **Eliminar cuenta** (Delete account), no desactivarla, continúa y confirma, normalmente con tu contraseña.',
            NOTE_DEADLINE,
          ],
          note: `${SIGN_IN_NOTE} El directorio JustDeleteMe, que revisa sus enlaces con regularidad, usa esta dirección para Facebook; no se pudo confirmar adónde lleva hoy.`,
        },
      },
      officialLinkLabels: [
        'Abrir la página de Facebook para eliminar tu cuenta',
        'Abrir el artículo de ayuda de Facebook sobre cómo eliminar tu cuenta de forma permanente (en inglés)',
      ],
      warnings: [
        'Volver a iniciar sesión durante los 30 días es la forma de cancelar una eliminación: según algunas fuentes, al hacerlo se te ofrece la opción de cancelarla. Si quieres que siga adelante, no inicies sesión, y tampoco uses tu cuenta de Facebook para iniciar sesión en otras apps o sitios web.',
        'Primero haz una copia de seguridad: descarga tu información. Cuando la cuenta esté eliminada, Facebook ya no podrá dártela.',
        'Si inicias sesión en otras apps o sitios web con Facebook, cámbialos antes a otra forma de iniciar sesión, o podrías perder el acceso a ellos.',
        'Si solo tú administras una página (Page) que quieres conservar, añade antes a otra persona para que la administre.',
        'Asegúrate de que sabes tu contraseña de Facebook. Probablemente la necesitarás para confirmar.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

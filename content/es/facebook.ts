import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Facebook checklist in Spanish, translated from content/facebook.ts.
 *
 * No Spanish menu labels of Facebook's app could be verified, so every label
 * stays in English, as the English file names it, with its meaning in
 * parentheses the first time it appears in a step (body text) and in each
 * device tab. Audience names the English writes without bold (Friends, Only
 * me) are quoted in English too, with their meaning, so they don't read as
 * Facebook's Spanish wording. Quotations use « ».
 *
 * The official links are facebook.com pages that are not tied to one
 * language, so their labels don't say «(en inglés)».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-01';

/** Menú → Settings & privacy → Settings, the way into every setting below. */
const OPEN_APP_SETTINGS =
  'Abre el menú de la app de Facebook, toca **Settings & privacy** (Ajustes y privacidad) y luego **Settings** (Ajustes).';

const OPEN_WEB_SETTINGS =
  'Inicia sesión en facebook.com desde tu navegador y abre **Settings & privacy** (Ajustes y privacidad) y luego **Settings** (Ajustes).';

const UNCONFIRMED_LABELS_NOTE =
  'No se pudieron consultar las páginas de ayuda de Facebook sobre este ajuste, así que no se pudieron confirmar los nombres ni las opciones exactas. Busca las palabras que se describen aquí y elige la opción más limitada que se te ofrezca.';

const WEB_LAYOUT_NOTE =
  'No se pudo confirmar dónde está cada opción en la web, y Facebook cambia su diseño a menudo. Si no encuentras una opción, usa la app.';

const ACCOUNTS_CENTER_NOTE =
  'No se pudieron confirmar los nombres que hay dentro de **Accounts Center**, y solo vienen de fuentes secundarias.';

const BEFORE_DELETING =
  'Antes de empezar: termina el paso de copia de seguridad, cambia a otra forma de iniciar sesión en cualquier app o sitio web en el que entres con Facebook, y da acceso de administración a otra persona en cualquier página (Page) que quieras conservar.';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.';

const PRIVACY_CENTER_LABEL = 'Abrir el Centro de privacidad (Privacy Center) de Facebook';

export const facebookEs = {
  platform: 'facebook',
  tagline:
    'Descarga una copia de tu información de Facebook. Después, limita quién puede verte, encontrarte y contactarte, o elimina tu cuenta para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, limita quién puede ver tus publicaciones y tu perfil, haz tu perfil más difícil de encontrar, y limita quién puede enviarte mensajes y comentar tus publicaciones.',
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
            'Toca **Accounts Center** (Centro de cuentas) y luego **Your information and permissions** (Tu información y permisos).',
            'Toca **Download your information** (Descargar tu información).',
            'Si te pregunta qué perfil, elige tu perfil de Facebook.',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo) y el período de fechas más amplio que se te ofrezca.',
            'Elige **HTML** para leer el archivo tú, o **JSON** para otras herramientas. Elige la calidad más alta que se te ofrezca para las fotos y los videos, y la opción de descargarlo en tu dispositivo.',
            'Envía la solicitud.',
            'Vuelve a **Download your information** para ver cómo va. Cuando el archivo esté listo, descárgalo en un plazo de 4 días. Las descargas están protegidas con contraseña, así que cuenta con tener que escribir tu contraseña de Facebook.',
          ],
          'Esta ruta viene de notas de terceros sobre la página de ayuda de Facebook y no se pudo comprobar en un dispositivo real. Si un nombre es distinto, busca **Download your information** dentro de **Accounts Center**.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Abre **Accounts Center** (Centro de cuentas), luego **Your information and permissions** (Tu información y permisos) y luego **Download your information** (Descargar tu información).',
            'Elige tu perfil de Facebook, todo lo que quieras incluir, el período de fechas más amplio, **HTML** o **JSON**, la calidad más alta para las fotos y los videos, y tu dispositivo como destino.',
            'Envía la solicitud.',
            'Vuelve a la misma página para ver cómo va. Cuando el archivo esté listo, descárgalo en un plazo de 4 días y escribe tu contraseña de Facebook cuando te la pida.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de Facebook sobre cómo descargar tu información',
        'Abrir el artículo de ayuda de Facebook sobre cómo exportar una copia de tu información',
      ],
      warnings: [
        'Cuando el archivo esté listo, solo tendrás 4 días para descargarlo. Después caduca y tendrás que pedir uno nuevo.',
        'El archivo contiene información personal de tu cuenta. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo **Download your information** (Descargar tu información), la opción oficial de Facebook. No des tus datos de acceso a apps ni sitios web que se ofrezcan a obtener tus datos de Facebook por ti.',
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
        'Según algunas fuentes, Facebook ofrece una forma de limitar de una vez el público de tus publicaciones anteriores, para que las publicaciones públicas antiguas dejen de ser públicas.',
        'Cada dato de tu perfil tiene su propio público, que puedes limitar uno por uno.',
      ],
      unchanged: [
        'Las personas que ya son tus amigos siguen viendo lo que compartes con «Friends». Revisa también tu lista de amigos.',
        'Quién puede encontrarte, enviarte mensajes y comentar tus publicaciones son ajustes aparte, que se explican en los siguientes pasos.',
        'Como no hay un solo interruptor, una publicación o un dato nuevo del perfil se puede seguir compartiendo con más gente si le eliges un público más amplio.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes de privacidad sobre tus publicaciones o tu actividad, y encuentra el de quién puede ver tus publicaciones futuras. Elige «Friends» (Amigos) o un público más limitado.',
            'Cerca, busca una opción para limitar quién puede ver tus publicaciones anteriores, y úsala si quieres limitar también las publicaciones antiguas.',
            'Ve a tu perfil, edita los datos de tu perfil y configura cada uno con el público más limitado con el que estés a gusto.',
            'Abre tu lista de amigos y elimina a quien no quieras que vea tus publicaciones.',
            'Si Facebook te ofrece una revisión guiada de la privacidad (las fuentes secundarias la llaman Privacy Checkup), puede llevarte por todos estos ajustes de una sola vez.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes de privacidad sobre tus publicaciones y configura quién puede ver tus publicaciones futuras en «Friends» (Amigos) o en un público más limitado.',
            'Busca la opción para limitar quién puede ver tus publicaciones anteriores, y úsala si quieres limitar también las publicaciones antiguas.',
            'Ve a tu perfil, edita los datos de tu perfil y configura cada uno con el público más limitado con el que estés a gusto.',
            'Abre tu lista de amigos y elimina a quien no quieras que vea tus publicaciones.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinkLabels: [PRIVACY_CENTER_LABEL],
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
        'Quién puede enviarte mensajes y quién puede comentar son ajustes aparte, que se explican en los siguientes pasos.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes sobre cómo te encuentran y te contactan las personas. Según algunas fuentes, en la revisión guiada de la privacidad están bajo un encabezado parecido a «How people can find you on Facebook» (Cómo pueden encontrarte las personas en Facebook).',
            'Busca el ajuste de quién puede enviarte solicitudes de amistad y elige amigos de amigos en lugar de todo el mundo.',
            'Busca los ajustes de quién puede buscarte por tu dirección de correo y por tu número de teléfono, y elige la opción más limitada, como solo tú.',
            'Busca el ajuste sobre los buscadores de fuera de Facebook que enlazan a tu perfil y desactívalo.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes sobre cómo te encuentran y te contactan las personas.',
            'Configura quién puede enviarte solicitudes de amistad en amigos de amigos.',
            'Configura quién puede buscarte por tu dirección de correo y por tu número de teléfono con la opción más limitada, como solo tú.',
            'Desactiva que los buscadores de fuera de Facebook enlacen a tu perfil.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinkLabels: [PRIVACY_CENTER_LABEL],
      warnings: [
        'Hay ajustes distintos para las búsquedas por correo y por número de teléfono. Revisa los dos, no solo el primero que encuentres.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'En los ajustes de privacidad de Messenger, elige cómo te llegan los mensajes de las personas que no conoces, para que los desconocidos no aparezcan directamente en tus chats.',
      why: [
        'Los mensajes permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
      ],
      changes: [
        'Según algunas fuentes, los ajustes de privacidad de Messenger incluyen controles para la entrega de mensajes y las solicitudes de mensaje: dónde terminan los mensajes de distintas personas.',
        'Si los limitas, los mensajes de personas que no conoces pueden quedarse fuera de tus chats principales.',
      ],
      unchanged: [
        'Tus conversaciones actuales se quedan donde están.',
        'La gente todavía puede comentar tus publicaciones. Es un ajuste aparte, que se explica en el siguiente paso.',
        'No se pudieron confirmar las opciones exactas, así que revisa lo que ofrece tu versión.',
      ],
      howTo: {
        ...phones(
          [
            'Abre la app de Messenger y ve a sus ajustes.',
            'Busca los ajustes de privacidad y, dentro de ellos, un ajuste sobre la entrega de mensajes o las solicitudes de mensaje.',
            'Para las personas que no son tus amigos, elige la opción más limitada que se te ofrezca.',
          ],
          'No se pudieron comprobar los ajustes de Messenger con una página oficial, así que no se pudieron confirmar los nombres exactos. Busca palabras sobre la entrega de mensajes o las solicitudes de mensaje.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes sobre los mensajes o Messenger y, dentro de ellos, un ajuste sobre la entrega de mensajes o las solicitudes de mensaje.',
            'Para las personas que no son tus amigos, elige la opción más limitada que se te ofrezca.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} Si no lo encuentras en la web, usa la app de Messenger.`,
        },
      },
      officialLinkLabels: [PRIVACY_CENTER_LABEL],
      warnings: [
        'Cambiar esto no elimina las conversaciones antiguas. Si las necesitas como registro, guarda tu archivo de datos del primer paso.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'limit-comments': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede comentar',
      summary: 'Limita quién puede comentar las publicaciones que compartes en público.',
      why: [
        'Los comentarios quedan a la vista de todos debajo de tus publicaciones, así que un comentario hostil llega a todas las personas que las leen.',
        'Si limitas quién puede comentar, reduces una forma más en que los desconocidos pueden llegar a ti en público.',
      ],
      changes: [
        'Según algunas fuentes, Facebook tiene un ajuste para elegir quién puede comentar tus publicaciones públicas. Si lo limitas, por ejemplo, a tus amigos, los desconocidos quedan fuera de los comentarios.',
      ],
      unchanged: [
        'Según las descripciones, el ajuste abarca tus publicaciones públicas. Si configuras tus publicaciones en «Friends» (Amigos), en un paso anterior, menos personas pueden verlas desde el principio.',
        'Los comentarios ya publicados siguen ahí.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes sobre las publicaciones públicas y, dentro de ellos, el de quién puede comentar tus publicaciones públicas.',
            'Elige el público más limitado con el que estés a gusto, como tus amigos.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes sobre las publicaciones públicas y el de quién puede comentar tus publicaciones públicas.',
            'Elige el público más limitado con el que estés a gusto, como tus amigos.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinkLabels: [PRIVACY_CENTER_LABEL],
      warnings: [
        'No se pudieron confirmar el nombre exacto ni las opciones de este ajuste. Elige el público más limitado que se te ofrezca.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
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
            'Toca **Accounts Center** (Centro de cuentas).',
            'Busca tus datos personales, luego la sección sobre la propiedad y el control de la cuenta, y luego la opción de desactivación o eliminación.',
            'Si te pregunta qué cuenta, elige tu perfil de Facebook.',
            'Elige eliminar la cuenta (no desactivarla), continúa y confirma, normalmente con tu contraseña.',
            NOTE_DEADLINE,
          ],
          `${ACCOUNTS_CENTER_NOTE} Busca palabras sobre la propiedad de la cuenta, la desactivación o la eliminación.`,
        ),
        web: {
          available: true,
          steps: [
            BEFORE_DELETING,
            OPEN_WEB_SETTINGS,
            'Abre **Accounts Center** (Centro de cuentas) y busca tus datos personales y la sección sobre la propiedad y el control de la cuenta.',
            'Abre la opción de desactivación o eliminación, elige tu perfil de Facebook y elige eliminarlo (no desactivarlo).',
            'Continúa y confirma, normalmente con tu contraseña.',
            NOTE_DEADLINE,
          ],
          note: `${ACCOUNTS_CENTER_NOTE} ${WEB_LAYOUT_NOTE}`,
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de Facebook sobre cómo eliminar tu cuenta de forma permanente'],
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

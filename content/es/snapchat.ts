import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Snapchat checklist in Spanish, translated from content/snapchat.ts.
 *
 * No Spanish menu labels of Snapchat's app could be verified, so every label
 * stays in English, as the English file names it, with its meaning in
 * parentheses the first time it appears in a step (body text) and in each
 * device tab. Snapchat's own names for its features (Story, Snap Map, Quick
 * Add, Memories, Snaps, Chats, Spotlight, Bitmoji) stay as they are.
 * Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-01';

/** Perfil → ⚙️ Settings → Privacy Controls, shared by the lock-down steps. */
const OPEN_APP_PRIVACY = [
  'Abre Snapchat y ve a tu perfil.',
  'Toca el ícono de engranaje **⚙️** para abrir **Settings** (Ajustes) y baja hasta **Privacy Controls** (Controles de privacidad).',
];

const OPEN_APP_SETTINGS =
  'Abre Snapchat, ve a tu perfil y toca el ícono de engranaje **⚙️** para abrir **Settings** (Ajustes).';

const SAVE_BY_GOING_BACK =
  'Toca atrás para salir de la pantalla. Snapchat guarda tu elección cuando vuelves atrás.';

const APP_ONLY_REASON =
  'La página de ayuda de Snapchat describe este ajuste solo en la app. Abre Snapchat en tu teléfono y sigue los pasos para iPhone o Android.';

const UNOFFICIAL_LABELS_NOTE =
  'Estos nombres vienen de guías no oficiales y no se pudieron confirmar en las páginas de Snapchat.';

const BACKUP_FIRST =
  'Antes de empezar: termina el paso de copia de seguridad y comprueba que tu archivo de datos contiene lo que quieres conservar.';

const SIGN_IN_TO_PORTAL =
  'Inicia sesión en el portal de cuentas de Snapchat, accounts.snapchat.com, desde tu navegador (el enlace oficial de esta página te lleva allí).';

const FIND_PORTAL_DELETE =
  'Busca la opción para eliminar tu cuenta. Según algunas fuentes, se llama **Delete my account** (Eliminar mi cuenta).';

const CONFIRM_WITH_PASSWORD =
  'Escribe tu contraseña y continúa. Según algunas fuentes, el botón se llama **Continue** (Continuar).';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será definitiva dentro de 30 días.';

const PRIVACY_ARTICLE_LABEL = 'Abrir el artículo de ayuda de Snapchat sobre los ajustes de privacidad (en inglés)';

const ACCOUNT_PORTAL_LABEL = 'Abrir el portal de cuentas de Snapchat';

export const snapchatEs = {
  platform: 'snapchat',
  tagline:
    'Guarda una copia de tus datos de Snapchat. Después, deja tu Story y tu ubicación solo para tus amigos y evita que los desconocidos te encuentren o te contacten, o elimina tu cuenta para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, deja tu Story y tu ubicación solo para tus amigos, evita que Snapchat te sugiera en Quick Add y limita quién puede contactarte.',
    },
    leave: {
      title: 'Deja Snapchat',
      description:
        'Haz una copia de seguridad de tus datos y después elimina tu cuenta. Snapchat la mantiene desactivada durante 30 días, y si inicias sesión en ese tiempo, puedes reactivarla y cancelar la eliminación.',
    },
  },
  notOnPlatform: [
    {
      topic: 'Comentarios',
      explanation:
        'Snapchat no tiene comentarios públicos debajo de las publicaciones en el sentido habitual: las respuestas a tu Story siguen el ajuste **Who Can Contact Me** (Quién puede contactarme) del paso sobre el contacto, y no se pudieron confirmar los controles de comentarios de los perfiles públicos (Public Profiles) ni de Spotlight.',
    },
  ],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tus datos',
      summary:
        'Pide a Snapchat una copia de los datos de tu cuenta y descárgala en cuanto Snapchat te diga que está lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que Snapchat tiene sobre ti: los datos de tu cuenta, tus amigos, tus Memories (Recuerdos), tus chats guardados, tus búsquedas y tus datos de ubicación.',
        'También puede servirte como registro de tu cuenta, por ejemplo, de quiénes eran tus amigos y de cuándo iniciaste sesión.',
        'No se sabe cuánto tarda en prepararse el archivo. Por eso, pídelo primero y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Snapchat prepara un archivo con una copia de tus datos. Su material de ayuda menciona los datos de inicio de sesión y de la cuenta, tu perfil, tu historial de Snaps y tu historial de chats guardados, Memories, compras, historial de soporte, amigos, ubicación, historial de búsquedas y Bitmoji.',
        'Tú eliges qué incluir, y es posible que también te pida un período de fechas.',
        'Según algunas fuentes, cuando el archivo está listo, Snapchat envía un enlace de descarga a la dirección de correo de tu cuenta. El archivo suele llegar como archivo zip.',
      ],
      unchanged: [
        'Pedir tus datos no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'Snapchat conserva cada tipo de datos durante un tiempo distinto, así que es posible que parte del historial más antiguo no esté en el archivo.',
        'Es posible que tu actividad más reciente, más o menos la de los últimos uno o dos días, todavía no esté en el archivo.',
        'La lista menciona el historial de chats guardados, así que es muy posible que falten los chats que nunca se guardaron.',
        'No se pudo confirmar si el archivo contiene las fotos y los videos de tus Memories o solo un registro de ellos. Abre el archivo y compruébalo antes de eliminar nada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Baja hasta la sección sobre tu cuenta y busca la opción para descargar tus datos. Según algunas fuentes, se llama **My Data** (Mis datos) y está en **Account Actions** (Acciones de la cuenta).',
            'Vuelve a iniciar sesión si Snapchat te lo pide.',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo) y, si te lo pide, el período de fechas más amplio que se te ofrezca.',
            'Envía la solicitud. Según algunas fuentes, el botón se llama **Submit Request** (Enviar solicitud).',
            'Revisa la bandeja de entrada del correo de tu cuenta. Cuando llegue el enlace, descarga el archivo de inmediato.',
          ],
          `${UNOFFICIAL_LABELS_NOTE} Si tu app los escribe de otra forma, busca una opción sobre tus datos en la parte de **Settings** dedicada a la cuenta.`,
        ),
        web: {
          available: true,
          steps: [
            SIGN_IN_TO_PORTAL,
            'Busca la opción para descargar o solicitar tus datos.',
            'Elige qué incluir y, si te lo pide, un período de fechas. Después, envía la solicitud.',
            'Cuando Snapchat te avise por correo de que el archivo está listo, descárgalo de inmediato.',
          ],
          note: 'El material de ayuda de Snapchat dice que la solicitud se puede hacer en el portal de cuentas, pero no se pudieron confirmar los nombres que aparecen allí. Si no encuentras la opción, pide el archivo desde la app.',
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de Snapchat sobre cómo descargar tus datos (en inglés)',
        ACCOUNT_PORTAL_LABEL,
      ],
      warnings: [
        'No se pudo confirmar durante cuánto tiempo funciona el enlace de descarga. Descarga el archivo en cuanto llegue, y pide uno nuevo si el enlace ya no funciona.',
        'Asegúrate de que todavía puedes abrir el correo de tu cuenta: según algunas fuentes, el enlace de descarga llega ahí.',
        'El archivo contiene información privada, como tus datos de ubicación, tus chats guardados y tus búsquedas. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo la opción de descarga oficial de Snapchat. No des tus datos de acceso a otras apps ni sitios web que se ofrezcan a guardar tus Snaps o tus Memories.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Deja tu Story y tu ubicación solo para tus amigos',
      summary:
        'Revisa quién puede ver tu Story y tu ubicación en Snap Map, y limita las dos cosas a las personas que elijas.',
      why: [
        'Snapchat no tiene un solo interruptor de «cuenta privada». Lo que los demás pueden ver se configura por partes, en **Privacy Controls** (Controles de privacidad).',
        'Tu Story y tu lugar en Snap Map son las dos cosas que más fácilmente pueden mostrar a desconocidos, o a alguien a quien quieres evitar, qué estás haciendo y dónde estás.',
      ],
      changes: [
        'De forma predeterminada, solo las personas que añadiste como amigos pueden ver tu Story o contactarte directamente. Este paso comprueba que siga así, o que esté más limitado.',
        '**Who Can View My Story** (Quién puede ver mi Story) decide quién ve tu Story. **Custom** (Personalizado) te permite dejar fuera a amigos concretos.',
        '**Who Can See My Location** (Quién puede ver mi ubicación) decide quién puede verte en Snap Map. Tu ubicación no se comparte hasta que abres Snap Map por primera vez.',
        'La misma pantalla tiene un ajuste **Activity Indicator** (Indicador de actividad). La página de ayuda de Snapchat lo nombra sin describirlo, así que lee lo que dice en tu pantalla y desactívalo si no quieres que tus amigos lo vean.',
      ],
      unchanged: [
        'Quién puede enviarte Snaps, chatear contigo o llamarte es un ajuste aparte, que se explica en un paso posterior.',
        'Si Snapchat te sugiere a otras personas también es un ajuste aparte, que se explica en el siguiente paso.',
        'Si tienes un perfil público (Public Profile), la Story que aparece en él se ajusta desde el propio perfil, no desde estos ajustes.',
        'Los amigos que ya añadiste siguen siendo tus amigos. Cambiar quién ve tu Story no elimina a nadie de tu lista de amigos.',
      ],
      howTo: {
        ...phones([
          ...OPEN_APP_PRIVACY,
          `Toca **Who Can View My Story** (Quién puede ver mi Story) y elige solo amigos, o **Custom** (Personalizado) para dejar fuera a personas concretas. ${SAVE_BY_GOING_BACK}`,
          `Toca **Who Can See My Location** (Quién puede ver mi ubicación) y elige la opción más limitada con la que estés a gusto. ${SAVE_BY_GOING_BACK}`,
          'Mira **Activity Indicator** (Indicador de actividad) en la misma pantalla y desactívalo si no quieres que tus amigos lo vean.',
        ]),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      warnings: [
        'Si ya abriste Snap Map alguna vez, revisa **Who Can See My Location** aunque creas que nunca compartiste tu ubicación.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'turn-off-quick-add': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Evita que Snapchat te sugiera en Quick Add',
      summary:
        'Desactiva **Who Can See Me In Find Friends** (Quién puede verme en Buscar amigos) para que Snapchat deje de mostrarte a otras personas como sugerencia de amistad.',
      why: [
        'Quick Add, las sugerencias de amistad de Snapchat, muestra tu cuenta a personas que Snapchat cree que podrías conocer, por ejemplo, por amigos o contactos en común. Así, alguien a quien quieres evitar puede ver tu cuenta sin haberla buscado nunca.',
        'Si sales de estas sugerencias, será mucho más difícil que alguien te encuentre por casualidad.',
      ],
      changes: [
        '**Who Can See Me In Find Friends** (Quién puede verme en Buscar amigos) decide si apareces en Quick Add.',
        'Un cambio en este ajuste puede tardar hasta 72 horas en aplicarse.',
      ],
      unchanged: [
        'Este ajuste trata de las sugerencias. La página de ayuda no dice que impida que te encuentre alguien que ya conoce tu nombre de usuario.',
        'Los amigos que ya añadiste siguen siendo tus amigos.',
        'Quién puede contactarte es un ajuste aparte, que se explica en el siguiente paso.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Who Can See Me In Find Friends** (Quién puede verme en Buscar amigos) y desactívalo, o elige la opción más limitada que se te ofrezca.',
            SAVE_BY_GOING_BACK,
          ],
          'Las versiones antiguas de la app llaman a esto **See Me in Quick Add** (Verme en Quick Add).',
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      warnings: [
        'El cambio puede tardar hasta 72 horas. Es posible que Snapchat todavía te sugiera a otras personas durante unos días.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede contactarte',
      summary:
        'Configura **Who Can Contact Me** (Quién puede contactarme) en **My Friends** (Mis amigos) para que las personas que no añadiste no puedan enviarte Snaps, chatear contigo ni llamarte.',
      why: [
        'Los Snaps, los Chats y las llamadas permiten que la gente te contacte en privado. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
        'Las respuestas a tu Story siguen el mismo ajuste, así que, si lo limitas, también cierras ese camino.',
      ],
      changes: [
        '**Who Can Contact Me** (Quién puede contactarme) abarca los Snaps, los Chats y las llamadas.',
        '**Everyone** (Todos) permite que cualquiera te contacte. **My Friends** (Mis amigos) solo se lo permite a las personas que añadiste.',
        'Con **My Friends**, no verás los Snaps de quienes no son tus amigos. Solo recibirás una notificación de que te añadieron.',
      ],
      unchanged: [
        'Las personas que están en un chat grupal contigo siempre pueden escribirte en ese grupo, diga lo que diga este ajuste.',
        'Los amigos que ya añadiste todavía pueden contactarte. Elimina o bloquea a quien no quieras que te contacte.',
        'Tus conversaciones actuales se quedan donde están.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Who Can Contact Me** (Quién puede contactarme) y elige **My Friends** (Mis amigos).',
            SAVE_BY_GOING_BACK,
            'Si estás en chats grupales con personas de las que no quieres saber nada, sal de esos grupos.',
          ],
          'Las versiones más nuevas también pueden ofrecer una opción para amigos y contactos. Esa opción no se pudo confirmar en las páginas de Snapchat; **My Friends** es la más limitada que nombra la página de ayuda.',
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      warnings: [
        'Este ajuste no llega a los chats grupales. Sal de cualquier grupo que compartas con alguien a quien quieres evitar.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'delete-account': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Elimina tu cuenta',
      summary:
        'Elimina tu cuenta de Snapchat: se desactiva en el momento y se elimina después de 30 días, salvo que la reactives al volver a iniciar sesión.',
      why: [
        'Si no quieres estar en Snapchat en absoluto, eliminar tu cuenta la borra, en lugar de solo limitar quién puede verte.',
        'Primero, Snapchat desactiva la cuenta durante 30 días, y en ese tiempo todavía se puede reactivar. Esos 30 días te permiten cambiar de opinión, lo que también significa que es fácil cancelar la eliminación sin querer.',
        'Snapchat habla de desactivar y eliminar a la vez: la eliminación empieza con 30 días de desactivación. No se pudo confirmar que haya una pausa temporal aparte, así que, si solo quieres tomarte un descanso, es más seguro seguir el camino «Protege tu cuenta».',
      ],
      changes: [
        'Tu cuenta se desactiva en el momento.',
        'Después de 30 días, se elimina. Según informaciones basadas en las páginas de soporte de Snapchat, esto abarca tu cuenta, tus ajustes, tus amigos, tus Snaps, tus Chats, tu Story, los datos de tus dispositivos y tus datos de ubicación.',
        'Después, no cuentes con recuperar nada. Antes, guarda tu propia copia.',
      ],
      unchanged: [
        'Durante los primeros 30 días, volver a iniciar sesión puede reactivar la cuenta y cancelar la eliminación.',
        'Según algunas fuentes, Snapchat puede conservar algunos datos por motivos legales, de seguridad y de negocio.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            BACKUP_FIRST,
            OPEN_APP_SETTINGS,
            'Baja hasta la sección sobre tu cuenta y busca la opción para eliminar tu cuenta. Según algunas fuentes, se llama **Delete Account** (Eliminar cuenta) y está en **Account Actions** (Acciones de la cuenta).',
            'Sigue las instrucciones de la pantalla, incluida la de escribir tu contraseña si te la pide.',
            NOTE_DEADLINE,
          ],
          note: `${UNOFFICIAL_LABELS_NOTE} También puedes eliminar tu cuenta en accounts.snapchat.com desde un navegador (consulta la pestaña Web).`,
        },
        android: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'En el navegador de tu teléfono, inicia sesión en el portal de cuentas de Snapchat, accounts.snapchat.com (el enlace oficial de esta página te lleva allí).',
            FIND_PORTAL_DELETE,
            CONFIRM_WITH_PASSWORD,
            NOTE_DEADLINE,
          ],
          note: 'Las guías no oficiales describen la eliminación desde el portal de cuentas en Android. Sus nombres no se pudieron confirmar en las páginas de Snapchat, así que busca palabras sobre eliminar tu cuenta.',
        },
        web: {
          available: true,
          steps: [BACKUP_FIRST, SIGN_IN_TO_PORTAL, FIND_PORTAL_DELETE, CONFIRM_WITH_PASSWORD, NOTE_DEADLINE],
          note: `${UNOFFICIAL_LABELS_NOTE} Busca palabras sobre eliminar tu cuenta.`,
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de Snapchat sobre cómo desactivar o eliminar tu cuenta (en inglés)',
        ACCOUNT_PORTAL_LABEL,
      ],
      warnings: [
        'Volver a iniciar sesión durante los 30 días puede reactivar tu cuenta y cancelar la eliminación. No inicies sesión, en ningún dispositivo, salvo que hayas cambiado de opinión.',
        'Primero haz una copia de seguridad: descarga tus datos y comprueba que contienen tus Memories (Recuerdos) y todo lo demás que quieras. Después de 30 días no se pueden recuperar.',
        'Guarda tu nombre de usuario y tu contraseña. Necesitas la contraseña para confirmar. Si cambias de opinión, según algunas fuentes, vuelves a iniciar sesión con tu nombre de usuario (no con tu dirección de correo), y la reactivación puede tardar hasta 24 horas.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

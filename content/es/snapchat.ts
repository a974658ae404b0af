import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Snapchat checklist in Spanish, translated from content/snapchat.ts.
 *
 * Menu labels (docs/content-guide.md): the privacy controls are named as
 * Snapchat's own Spanish help page names them (help.snapchat.com/hc/es, listed
 * in the steps' sources), in bold with the English label in parentheses:
 * **Configuración** (Settings), **Controles de privacidad** (Privacy Controls),
 * **Quién puede ponerse en contacto conmigo**, **Quién puede ver Mi Historia**,
 * **Personalizar**, **Quién puede ver mi ubicación**, **Mapa de Snaps**,
 * **Quién puede verme en Encontrar amigxs**, **Indicador de actividad**,
 * **Mis amigxs**. That page writes «amigxs»; the app may say «amigos», and the
 * steps say so. The account labels (My Data, Account Actions, Submit Request,
 * Export your Memories, Delete Account) and «Everyone» were not found in
 * Spanish: they stay in English, in bold, with their meaning in parentheses,
 * and the steps say their Spanish names could not be confirmed. Snapchat's
 * Spanish names for its features (Historia, Mapa de Snaps) follow that page;
 * Snaps, Chats, Memories, Quick Add, Spotlight and Bitmoji stay as they are.
 * Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

/** Perfil → ⚙️ Configuración → Controles de privacidad, shared by the lock-down steps. */
const OPEN_APP_PRIVACY = [
  'Abre Snapchat y ve a tu perfil.',
  'Toca el ícono de engranaje **⚙️** para abrir **Configuración** (Settings) y baja hasta **Controles de privacidad** (Privacy Controls).',
];

const OPEN_APP_SETTINGS =
  'Abre Snapchat, ve a tu perfil y toca el ícono de engranaje **⚙️** para abrir **Configuración** (Settings).';

const SAVE_BY_GOING_BACK =
  'Toca atrás para salir de la pantalla. Snapchat guarda tu elección cuando vuelves atrás.';

const APP_ONLY_REASON =
  'Los controles de privacidad de Snapchat solo están en la app. Abre Snapchat en tu teléfono y sigue los pasos para iPhone o Android.';

const SPANISH_LABELS_NOTE =
  'Los nombres en negrita vienen de la página de ayuda de Snapchat en español, que escribe «amigxs»; es posible que tu app diga «amigos».';

const ACCOUNT_LABELS_NOTE =
  'No se pudieron confirmar los nombres en español de estas opciones de la cuenta: los nombres en negrita son los de la versión en inglés, con su significado entre paréntesis.';

const BACKUP_FIRST =
  'Antes de empezar: termina el paso de copia de seguridad y comprueba que tu archivo de datos contiene lo que quieres conservar.';

const CONFIRM_DELETION =
  'Inicia sesión con tu nombre de usuario y tu contraseña si te lo pide, y confirma que quieres eliminar tu cuenta. Según algunas guías, los botones se llaman **Delete my account** (Eliminar mi cuenta) y luego **Continue** (Continuar).';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será definitiva dentro de 30 días.';

const PRIVACY_ARTICLE_LABEL = 'Abrir el artículo de ayuda de Snapchat sobre la configuración de privacidad';

export const snapchatEs = {
  platform: 'snapchat',
  tagline:
    'Guarda una copia de tus datos de Snapchat. Después, deja tu Historia y tu ubicación solo para tus amigos y evita que los desconocidos te encuentren o te contacten, o elimina tu cuenta para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, deja tu Historia y tu ubicación solo para tus amigos, evita que Snapchat te sugiera en Quick Add y limita quién puede contactarte.',
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
        'Snapchat no tiene comentarios públicos debajo de las publicaciones en el sentido habitual: las respuestas a tu Historia siguen el ajuste **Quién puede ponerse en contacto conmigo** (Who Can Contact Me) del paso sobre el contacto, y no se pudieron confirmar los controles de comentarios de los perfiles públicos (Public Profiles) ni de Spotlight.',
    },
  ],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tus datos',
      summary:
        'Pide a Snapchat una copia de los datos de tu cuenta, incluidos tus Memories, y descárgala en cuanto Snapchat te diga que está lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que Snapchat tiene sobre ti: los datos de tu cuenta, tus amigos, tus Memories (Recuerdos), tus chats guardados, tus búsquedas y tus datos de ubicación.',
        'También puede servirte como registro de tu cuenta, por ejemplo, de quiénes eran tus amigos y de cuándo iniciaste sesión.',
        'No se sabe cuánto tarda en prepararse el archivo. Por eso, pídelo primero y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Snapchat prepara un archivo con una copia de tus datos. Su material de ayuda menciona los datos de inicio de sesión y de la cuenta, tu perfil, tu historial de Snaps y tu historial de chats guardados, Memories, compras, historial de soporte, amigos, ubicación, historial de búsquedas y Bitmoji.',
        'Tú eliges qué incluir, y es posible que también te pida un período de fechas.',
        'Cuando el archivo está listo, Snapchat te avisa; según algunas guías, el enlace de descarga llega a la dirección de correo de tu cuenta. El archivo suele llegar como archivo zip, o en varios si la cuenta es grande.',
      ],
      unchanged: [
        'Pedir tus datos no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'Snapchat conserva cada tipo de datos durante un tiempo distinto, así que es posible que parte del historial más antiguo no esté en el archivo.',
        'Es posible que tu actividad más reciente, más o menos la de los últimos uno o dos días, todavía no esté en el archivo.',
        'La lista menciona el historial de chats guardados, así que es muy posible que falten los chats que nunca se guardaron.',
        'Según guías y herramientas independientes, las fotos y los videos de tus Memories solo llegan si activas **Export your Memories** (Exportar tus Memories) al pedir el archivo; si no, recibes solo un registro de ellos. Abre el archivo y compruébalo antes de eliminar nada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Baja hasta la sección sobre tu cuenta y busca la opción para descargar tus datos. Según algunas guías, se llama **My Data** (Mis datos) y está en **Account Actions** (Acciones de la cuenta). Abre la misma página de solicitud que el primer enlace de esta página.',
            'Vuelve a iniciar sesión si Snapchat te lo pide.',
            'Elige qué incluir: todo, salvo que tengas un motivo para no hacerlo. Según las guías, activa **Export your Memories** (Exportar tus Memories) para recibir las fotos y los videos de tus Memories. Si te lo pide, elige el período de fechas más amplio que se te ofrezca.',
            'Envía la solicitud. Según algunas guías, el botón se llama **Submit Request** (Enviar solicitud).',
            'Revisa la bandeja de entrada del correo de tu cuenta. Cuando llegue el enlace, descarga el archivo de inmediato.',
          ],
          `Estos nombres vienen de guías independientes y no se pudieron confirmar en las páginas de Snapchat. ${ACCOUNT_LABELS_NOTE} Si tu app los escribe de otra forma, busca una opción sobre tus datos en la parte de **Configuración** (Settings) dedicada a la cuenta.`,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en el portal de cuentas de Snapchat desde tu navegador. El primer enlace de esta página abre su página **My Data** (Mis datos).',
            'Elige qué incluir. Según las guías, activa **Export your Memories** (Exportar tus Memories) para recibir las fotos y los videos de tus Memories, y elige el período de fechas más amplio que se te ofrezca.',
            'Envía la solicitud (la página de la propia Snap llama al botón **Submit Request**, Enviar solicitud).',
            'Cuando Snapchat te avise por correo de que el archivo está listo, descárgalo de inmediato.',
          ],
          note: `La página de privacidad de la propia Snap describe **My Data** y **Submit Request** en el portal de cuentas. La dirección de la página y la opción **Export your Memories** vienen de guías independientes y de herramientas públicas; si el enlace no abre la página de solicitud, inicia sesión en accounts.snapchat.com y busca **My Data**. ${ACCOUNT_LABELS_NOTE}`,
        },
      },
      officialLinkLabels: [
        'Abrir la página de Snapchat para pedir tus datos',
        'Abrir el artículo de ayuda de Snapchat sobre cómo descargar tus datos',
      ],
      warnings: [
        'El enlace de descarga solo funciona durante poco tiempo. Snapchat no dice cuánto; según guías independientes, va de un par de días a más o menos una semana, y los Memories del archivo pueden ser enlaces que dejan de funcionar todavía antes. Descárgalo todo en cuanto llegue, y pide un archivo nuevo si algún enlace ya no funciona.',
        'Asegúrate de que todavía puedes abrir el correo de tu cuenta: según algunas guías, el enlace de descarga llega ahí.',
        'El archivo contiene información privada, como tus datos de ubicación, tus chats guardados y tus búsquedas. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo la opción de descarga oficial de Snapchat. No des tus datos de acceso a otras apps ni sitios web que se ofrezcan a guardar tus Snaps o tus Memories.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Deja tu Historia y tu ubicación solo para tus amigos',
      summary:
        'Revisa quién puede ver tu Historia y tu ubicación en el Mapa de Snaps, y limita las dos cosas a las personas que elijas.',
      why: [
        'Snapchat no tiene un solo interruptor de «cuenta privada». Lo que los demás pueden ver se configura por partes, en **Controles de privacidad** (Privacy Controls).',
        'Tu Historia y tu lugar en el Mapa de Snaps son las dos cosas que más fácilmente pueden mostrar a desconocidos, o a alguien a quien quieres evitar, qué estás haciendo y dónde estás.',
      ],
      changes: [
        'De forma predeterminada, solo las personas que añadiste como amigos pueden ver tu Historia o contactarte directamente. Este paso comprueba que siga así, o que esté más limitado.',
        '**Quién puede ver Mi Historia** (Who Can View My Story) decide quién ve tu Historia. **Personalizar** (Custom) te permite dejar fuera a amigos concretos.',
        '**Quién puede ver mi ubicación** (Who Can See My Location) decide quién puede verte en el **Mapa de Snaps** (Snap Map). Tu ubicación no se comparte hasta que abres el Mapa por primera vez.',
        '**Indicador de actividad** (Activity Indicator) permite que otras personas en Snapchat vean si has estado activo hace poco. Desactívalo si no quieres que se vea.',
      ],
      unchanged: [
        'Quién puede enviarte Snaps, chatear contigo o llamarte es un ajuste aparte, que se explica en un paso posterior.',
        'Si Snapchat te sugiere a otras personas también es un ajuste aparte, que se explica en el siguiente paso.',
        'Si tienes un perfil público (Public Profile), la Historia que aparece en él se ajusta desde el propio perfil, no desde estos ajustes.',
        'Los amigos que ya añadiste siguen siendo tus amigos. Cambiar quién ve tu Historia no elimina a nadie de tu lista de amigos.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            `Toca **Quién puede ver Mi Historia** (Who Can View My Story) y elige solo amigos, o **Personalizar** (Custom) para dejar fuera a personas concretas. ${SAVE_BY_GOING_BACK}`,
            `Toca **Quién puede ver mi ubicación** (Who Can See My Location) y elige la opción más limitada con la que estés a gusto. ${SAVE_BY_GOING_BACK}`,
            'Toca **Indicador de actividad** (Activity Indicator) en la misma pantalla y desactívalo si no quieres que otros vean cuándo estuviste activo por última vez.',
          ],
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      noSettingLink:
        'Snapchat no tiene ninguna página web para estos ajustes: solo están en la app. En Snapchat, ve a tu perfil, toca ⚙️ para abrir **Configuración** (Settings), luego **Controles de privacidad** (Privacy Controls), y abre **Quién puede ver Mi Historia** (Who Can View My Story) y **Quién puede ver mi ubicación** (Who Can See My Location).',
      warnings: [
        'Si ya abriste el Mapa de Snaps alguna vez, revisa **Quién puede ver mi ubicación** aunque creas que nunca compartiste tu ubicación.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'turn-off-quick-add': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Evita que Snapchat te sugiera en Quick Add',
      summary:
        'Desactiva **Quién puede verme en Encontrar amigxs** (Who Can See Me In Find Friends) para que Snapchat deje de mostrarte a otras personas como sugerencia de amistad.',
      why: [
        'Quick Add, las sugerencias de amistad de Snapchat, muestra tu cuenta a personas que Snapchat cree que podrías conocer, por ejemplo, por amigos o contactos en común. Así, alguien a quien quieres evitar puede ver tu cuenta sin haberla buscado nunca.',
        'Si sales de estas sugerencias, será mucho más difícil que alguien te encuentre por casualidad.',
      ],
      changes: [
        '**Quién puede verme en Encontrar amigxs** (Who Can See Me In Find Friends) decide quién puede verte en Quick Add.',
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
            'Toca **Quién puede verme en Encontrar amigxs** (Who Can See Me In Find Friends) y desactívalo, o elige la opción más limitada que se te ofrezca.',
            SAVE_BY_GOING_BACK,
          ],
          `${SPANISH_LABELS_NOTE} Las versiones antiguas de la app llaman a esto **See Me in Quick Add** (Verme en Quick Add); su nombre en español no se pudo confirmar.`,
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      noSettingLink:
        'Snapchat no tiene ninguna página web para este ajuste: solo está en la app. En Snapchat, ve a tu perfil, toca ⚙️ para abrir **Configuración** (Settings), luego **Controles de privacidad** (Privacy Controls) y luego **Quién puede verme en Encontrar amigxs** (Who Can See Me In Find Friends).',
      warnings: [
        'El cambio puede tardar hasta 72 horas. Es posible que Snapchat todavía te sugiera a otras personas durante unos días.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede contactarte',
      summary:
        'Configura **Quién puede ponerse en contacto conmigo** (Who Can Contact Me) en **Mis amigxs** (My Friends) para que las personas que no añadiste no puedan enviarte Snaps, chatear contigo ni llamarte.',
      why: [
        'Los Snaps, los Chats y las llamadas permiten que la gente te contacte en privado. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
        'Las respuestas a tu Historia siguen el mismo ajuste, así que, si lo limitas, también cierras ese camino.',
      ],
      changes: [
        '**Quién puede ponerse en contacto conmigo** (Who Can Contact Me) abarca los Snaps, los Chats y las llamadas.',
        '**Everyone** (Todos) permite que cualquiera te contacte. **Mis amigxs** (My Friends) solo se lo permite a las personas que añadiste.',
        'Con **Mis amigxs**, no verás los Snaps de quienes no son tus amigos. Solo recibirás una notificación de que te añadieron.',
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
            'Toca **Quién puede ponerse en contacto conmigo** (Who Can Contact Me) y elige **Mis amigxs** (My Friends).',
            SAVE_BY_GOING_BACK,
            'Si estás en chats grupales con personas de las que no quieres saber nada, sal de esos grupos.',
          ],
          `Las versiones más nuevas pueden nombrar las opciones de otra forma, por ejemplo, con una opción para amigos y contactos del teléfono. Esto no se pudo confirmar en las páginas de Snapchat: elige la opción que abarca solo a los amigos que añadiste. ${SPANISH_LABELS_NOTE} No se pudo confirmar el nombre en español de **Everyone** (Todos).`,
        ),
        web: { available: false, reason: APP_ONLY_REASON },
      },
      officialLinkLabels: [PRIVACY_ARTICLE_LABEL],
      noSettingLink:
        'Snapchat no tiene ninguna página web para este ajuste: solo está en la app. En Snapchat, ve a tu perfil, toca ⚙️ para abrir **Configuración** (Settings), luego **Controles de privacidad** (Privacy Controls) y luego **Quién puede ponerse en contacto conmigo** (Who Can Contact Me).',
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
        'Después de 30 días, se elimina. Según informaciones basadas en las páginas de soporte de Snapchat, esto abarca tu cuenta, tus ajustes, tus amigos, tus Snaps, tus Chats, tu Historia, los datos de tus dispositivos y tus datos de ubicación.',
        'Después, no cuentes con recuperar nada. Antes, guarda tu propia copia.',
      ],
      unchanged: [
        'Durante los primeros 30 días, volver a iniciar sesión con tu nombre de usuario puede reactivar la cuenta y cancelar la eliminación.',
        'Según la ayuda de Snapchat, mientras la cuenta está desactivada no puedes cambiar tu contraseña ni iniciar sesión con tu dirección de correo o tu número de teléfono.',
        'Según la ayuda de Snapchat, en la India la cuenta se elimina definitivamente solo después de 180 días, por las normas locales; los 30 días para reactivarla son los mismos.',
        'Según algunas fuentes, Snapchat puede conservar algunos datos por motivos legales, de seguridad y de negocio.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'La forma más segura es el portal de cuentas de Snapchat en un navegador: el primer enlace de esta página abre su página para eliminar la cuenta (consulta la pestaña **Web**).',
            'En la app: ve a tu perfil y toca el ícono de engranaje **⚙️** para abrir **Configuración** (Settings).',
            'Baja hasta la sección sobre tu cuenta y busca la opción para eliminar tu cuenta. Según algunas guías, se llama **Delete Account** (Eliminar cuenta) y está en **Account Actions** (Acciones de la cuenta).',
            'Sigue las instrucciones de la pantalla, incluida la de escribir tu contraseña si te la pide.',
            NOTE_DEADLINE,
          ],
          note: `Los nombres de la app vienen de guías independientes y no se pudieron confirmar en las páginas de Snapchat. ${ACCOUNT_LABELS_NOTE} La página de privacidad de la propia Snap dice que puedes eliminar tu cuenta en el portal de cuentas.`,
        },
        android: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'En el navegador de tu teléfono, abre el primer enlace de esta página: la página de Snapchat para eliminar la cuenta.',
            CONFIRM_DELETION,
            NOTE_DEADLINE,
          ],
          note: `Las guías independientes describen la eliminación desde el portal de cuentas en Android. Sus nombres no se pudieron confirmar en las páginas de Snapchat, así que busca palabras sobre eliminar tu cuenta. ${ACCOUNT_LABELS_NOTE}`,
        },
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'Abre en tu navegador el primer enlace de esta página: la página de Snapchat para eliminar la cuenta.',
            CONFIRM_DELETION,
            NOTE_DEADLINE,
          ],
          note: `La dirección viene de un directorio de eliminación de cuentas y de código público, y los nombres, de guías independientes; nada de eso se pudo confirmar en las páginas de Snapchat. Si el enlace no abre la página para eliminar la cuenta, inicia sesión en accounts.snapchat.com y busca la opción para eliminar tu cuenta. ${ACCOUNT_LABELS_NOTE}`,
        },
      },
      officialLinkLabels: [
        'Abrir la página de Snapchat para eliminar tu cuenta',
        'Abrir el artículo de ayuda de Snapchat sobre cómo desactivar o eliminar tu cuenta',
      ],
      warnings: [
        'Volver a iniciar sesión durante los 30 días puede reactivar tu cuenta y cancelar la eliminación. No inicies sesión, en ningún dispositivo, salvo que hayas cambiado de opinión.',
        'Primero haz una copia de seguridad: descarga tus datos y comprueba que contienen tus Memories (Recuerdos) y todo lo demás que quieras. Después de 30 días no se pueden recuperar.',
        'Guarda tu nombre de usuario y tu contraseña. Necesitas la contraseña para confirmar. Si cambias de opinión, vuelves a iniciar sesión con tu nombre de usuario (no con tu dirección de correo), y, según algunas fuentes, la reactivación puede tardar hasta 24 horas.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

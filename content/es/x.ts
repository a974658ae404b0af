import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * X (formerly Twitter) checklist in Spanish, translated from content/x.ts.
 *
 * No Spanish menu labels of X's app could be verified, so every label stays in
 * English, as the English file names it, with its meaning in parentheses the
 * first time it appears in a step (body text) and in each device tab. Wording
 * the English quotes for the person to look for («your account») is kept in
 * English too, with its meaning in parentheses. Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-01';

/** Menú de navegación → Settings and privacy → Privacy and safety. */
const OPEN_APP_PRIVACY = [
  'Abre el menú de navegación de la app.',
  'Toca **Settings and privacy** (Ajustes y privacidad) y luego **Privacy and safety** (Privacidad y seguridad).',
];

const OPEN_WEB_PRIVACY =
  'Inicia sesión en x.com desde tu navegador, abre tus ajustes y luego **Privacy and safety** (Privacidad y seguridad).';

const OPEN_APP_SETTINGS =
  'Abre el menú de navegación de la app y toca **Settings and privacy** (Ajustes y privacidad).';

const OPEN_WEB_SETTINGS =
  'Inicia sesión en x.com desde tu navegador y abre **Settings and privacy** (Ajustes y privacidad).';

const UNCONFIRMED_LABELS_NOTE =
  'No se pudieron confirmar los nombres exactos de esta pantalla en las páginas de ayuda de X, y X cambia los nombres a menudo. Busca palabras parecidas a las que se describen aquí.';

const NEAREST_LINK_NOTE =
  'No se pudo consultar la página de ayuda de X sobre este ajuste, así que el enlace oficial de aquí lleva a su artículo de ayuda sobre privacidad más cercano.';

const OLDER_WORDING_NOTE =
  'Los textos de ayuda y las versiones de la app más antiguos dicen «Tweets» donde los más nuevos dicen «posts» (publicaciones).';

const SECONDARY_LABELS_NOTE =
  'Estos nombres vienen de fuentes secundarias y no se pudieron confirmar en las páginas de ayuda de X.';

const REPLY_LABELS_NOTE = `No se pudieron confirmar los nombres. Busca palabras como «who can reply» (quién puede responder). ${NEAREST_LINK_NOTE}`;

const BACKUP_FIRST =
  'Antes de empezar: termina el paso de copia de seguridad. Espera a haber descargado tu archivo, no solo a haberlo pedido.';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.';

const DISCOVERABILITY_LINK_LABEL =
  'Abrir el artículo de ayuda de X sobre los ajustes de privacidad y seguridad de tu correo y tu teléfono (en inglés)';

export const xPlatformEs = {
  platform: 'x',
  tagline:
    'Descarga un archivo con tus publicaciones y tus datos de X. Después, protege tus publicaciones y haz tu cuenta más difícil de encontrar, o desactívala para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, protege tus publicaciones, evita que te encuentren por tu correo o tu teléfono, y limita quién puede enviarte mensajes y responderte.',
    },
    leave: {
      title: 'Deja X (antes Twitter)',
      description:
        'Descarga tu archivo y después desactiva tu cuenta. X la elimina después de 30 días, y si inicias sesión en ese tiempo, la eliminación se cancela.',
    },
  },
  notOnPlatform: [
    {
      topic: 'Pausar tu cuenta sin eliminarla',
      explanation:
        'X no tiene una pausa a largo plazo: desactivar la cuenta es el primer paso para eliminarla, y la cuenta se elimina después de 30 días, salvo que vuelvas a iniciar sesión.',
    },
  ],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tu archivo',
      summary:
        'Pide a X un archivo con los datos de tu cuenta y descárgalo en cuanto X te diga que está listo.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que tienes en X: tus publicaciones, tus mensajes y las fotos y los videos que compartiste.',
        'También puede servirte como registro, por ejemplo, de quién te escribió y qué te dijo.',
        'El archivo no está listo en el momento. Por eso, pídelo ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'X prepara un archivo de tu cuenta. Debería incluir tu perfil, tus publicaciones, tus mensajes directos, las fotos y los videos que compartiste, tus seguidores y las cuentas que sigues, y tus listas.',
        'También debería incluir lo que X dedujo sobre ti, como tus posibles intereses, y datos sobre los anuncios que te mostró.',
        'El archivo debería llegar como páginas que puedes abrir en un navegador web, junto con archivos de datos que otras herramientas pueden leer.',
        'Prepararlo puede tardar un día o más. X debería avisarte por correo y en la app cuando esté listo.',
      ],
      unchanged: [
        'Pedir tu archivo no cambia nada en tu cuenta: no se elimina, no se oculta y no se protege nada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Abre la sección sobre tu cuenta.',
            'Busca la opción para descargar un archivo de tus datos y tócala.',
            'Escribe tu contraseña si X te la pide, y el código que te envía a tu correo o a tu teléfono para confirmar que eres tú.',
            'Envía la solicitud.',
            'Cuando X te avise de que el archivo está listo, vuelve a la misma pantalla y descárgalo.',
          ],
          `${SECONDARY_LABELS_NOTE} Busca palabras como «your account» (tu cuenta) y «download an archive» (descargar un archivo). Si no lo encuentras en la app, usa x.com en un navegador.`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Abre la sección sobre tu cuenta.',
            'Busca la opción para descargar un archivo de tus datos.',
            'Escribe tu contraseña si X te la pide, y el código que te envía a tu correo o a tu teléfono para confirmar que eres tú.',
            'Envía la solicitud. Después, vuelve cuando X te avise de que el archivo está listo y descárgalo desde la misma página.',
          ],
          note: `${SECONDARY_LABELS_NOTE} Busca palabras como «your account» (tu cuenta) y «download an archive» (descargar un archivo).`,
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de X sobre cómo acceder a tus datos de X (en inglés)'],
      warnings: [
        'No se pudo confirmar durante cuánto tiempo se puede descargar el archivo. Descárgalo en cuanto X te diga que está listo, y pide uno nuevo si la descarga ya no funciona.',
        'El archivo contiene información privada, como tus mensajes directos y tu agenda de contactos. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo el archivo oficial de X. No des tus datos de acceso a apps ni sitios web de terceros que se ofrezcan a descargar tu cuenta por ti.',
        'Revisa el contenido cuando llegue. No se pudo comprobar qué contiene con la página de ayuda actual de X.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Protege tus publicaciones',
      summary:
        'Activa las publicaciones protegidas para que, a partir de ahora, solo los seguidores que apruebes puedan ver lo que publicas.',
      why: [
        'Cualquiera puede leer las publicaciones públicas de X, y pueden compartirse mucho más allá de las personas que conoces.',
        'Con las publicaciones protegidas, las personas nuevas tienen que pedirte permiso para seguirte, y tú decides quién entra.',
      ],
      changes: [
        'Los nuevos seguidores tienen que enviarte una solicitud, y tú apruebas o ignoras cada una.',
        'Solo tus seguidores pueden ver tus publicaciones protegidas.',
        'En principio, las publicaciones protegidas tampoco aparecen en las búsquedas públicas y los demás no pueden volver a publicarlas, aunque esto no se pudo confirmar en las páginas de X.',
      ],
      unchanged: [
        'Las personas que ya te seguían antes de que protegieras tus publicaciones pueden seguir viéndolas e interactuando con ellas, salvo que las bloquees.',
        'Si más adelante desactivas la protección, las publicaciones que escribiste mientras estaban protegidas pasan a ser públicas.',
        'Quién puede encontrarte por tu correo o tu teléfono y quién puede enviarte mensajes son ajustes aparte, que se explican en los siguientes pasos.',
        'Lo que alguien ya copió o guardó en una captura de pantalla se queda con esa persona.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Busca la sección sobre tu público y el etiquetado.',
            'Activa el ajuste para proteger tus publicaciones y confirma si te lo pide.',
            'Revisa tu lista de seguidores y bloquea a quien no quieras que vea tus publicaciones.',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${OLDER_WORDING_NOTE} ${NEAREST_LINK_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Busca la sección sobre tu público (en la web también puede mencionar las fotos, los videos y el etiquetado).',
            'Activa el ajuste para proteger tus publicaciones y confirma si te lo pide.',
            'Revisa tu lista de seguidores y bloquea a quien no quieras que vea tus publicaciones.',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${OLDER_WORDING_NOTE} ${NEAREST_LINK_NOTE}`,
        },
      },
      officialLinkLabels: [DISCOVERABILITY_LINK_LABEL],
      warnings: [
        'Proteger tus publicaciones no elimina a tus seguidores actuales. Las personas que ya te siguen podrán ver tus publicaciones hasta que las bloquees.',
        'Si vuelves a desactivar la protección, todas las publicaciones que escribiste mientras estaban protegidas pasan a ser públicas.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'turn-off-discoverability': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Evita que te encuentren por tu correo o tu teléfono',
      summary:
        'Desactiva los dos ajustes que permiten que la gente encuentre tu cuenta con tu dirección de correo o tu número de teléfono.',
      why: [
        'Cualquiera que tenga tu dirección de correo o tu número de teléfono puede usarlos para buscar tu cuenta de X, salvo que desactives esto.',
        'X también puede sugerir tu cuenta a personas que subieron contactos que incluyen tu correo o tu teléfono. Así, alguien a quien quieres evitar puede ver tu cuenta sin haberla buscado nunca.',
      ],
      changes: [
        '**Let others find you by your email** (Permitir que otros te encuentren por tu correo) desactivado: nadie puede encontrar tu cuenta con tu dirección de correo.',
        '**Let others find you by your phone** (Permitir que otros te encuentren por tu teléfono) desactivado: nadie puede encontrar tu cuenta con tu número de teléfono.',
        'Con los dos desactivados, X también deja de usar las agendas de contactos que otras personas subieron para sugerir tu cuenta.',
      ],
      unchanged: [
        'La gente todavía puede encontrarte si busca tu nombre o tu nombre de usuario.',
        'No protege tus publicaciones ni cambia quién puede verlas.',
        'Tu dirección de correo y tu número de teléfono siguen en tu cuenta.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Discoverability and contacts** (Descubrimiento y contactos).',
            'Desactiva **Let others find you by your email** (Permitir que otros te encuentren por tu correo).',
            'Desactiva **Let others find you by your phone** (Permitir que otros te encuentren por tu teléfono).',
          ],
          'Estos nombres vienen del artículo de ayuda de X, pero es posible que esté desactualizado. Si en tu app son distintos, busca los ajustes sobre que te encuentren por tu correo o por tu teléfono.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Abre **Discoverability** (Descubrimiento).',
            'Desactiva los dos ajustes que permiten que otros te encuentren por tu correo y por tu teléfono.',
          ],
          note: 'El artículo de ayuda de X llama a esta sección **Discoverability** en la web. Es posible que el texto haya cambiado desde entonces.',
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de X sobre cómo te encuentran por tu correo y tu teléfono (en inglés)',
      ],
      warnings: [
        'Hay dos interruptores distintos, uno para el correo y otro para el teléfono. Desactiva los dos: solo así X deja de usar las agendas de contactos subidas para sugerirte.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'Elige el ajuste más limitado para quién puede enviarte solicitudes de mensaje, para que los desconocidos no puedan escribirte en privado.',
      why: [
        'Los mensajes directos permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
      ],
      changes: [
        'Los ajustes de mensajes directos deciden quién puede enviarte una solicitud de mensaje. Según algunas fuentes, las opciones van desde todos hasta solo las cuentas verificadas o nadie.',
        'Si eliges la opción más limitada, deberías dejar de recibir solicitudes de mensaje de las personas a las que no sigues.',
      ],
      unchanged: [
        'Es posible que las personas a las que sigues todavía puedan enviarte mensajes, elijas lo que elijas aquí. Esto no se pudo confirmar. Para frenar a alguien con seguridad, deja de seguirlo o bloquéalo.',
        'Tus conversaciones actuales siguen en tu bandeja de entrada.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Busca los ajustes de mensajes directos.',
            'Busca la opción de quién puede enviarte solicitudes de mensaje y elige la más limitada que se te ofrezca, como «No one» (Nadie).',
          ],
          `${UNCONFIRMED_LABELS_NOTE} ${NEAREST_LINK_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Busca los ajustes de mensajes directos.',
            'Busca la opción de quién puede enviarte solicitudes de mensaje y elige la más limitada que se te ofrezca, como «No one» (Nadie).',
          ],
          note: `${UNCONFIRMED_LABELS_NOTE} ${NEAREST_LINK_NOTE}`,
        },
      },
      officialLinkLabels: [DISCOVERABILITY_LINK_LABEL],
      warnings: [
        'No se pudieron confirmar las opciones, y pueden ser distintas en tu cuenta. Elige la más limitada que se te ofrezca.',
        'Cambiar esto no elimina las conversaciones antiguas. Si las necesitas como registro, deberían estar en tu archivo.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'limit-replies': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede responder',
      summary:
        'Cuando publiques, elige quién puede responder a esa publicación, para que los desconocidos no puedan responder en público debajo de ella.',
      why: [
        'Las respuestas quedan a la vista de todos debajo de tus publicaciones, así que una respuesta hostil llega a todas las personas que las leen.',
        'X ofrece una forma de limitar quién puede responder a una publicación, de una en una.',
      ],
      changes: ['La publicación en la que lo configures solo acepta respuestas de las personas que elegiste.'],
      unchanged: [
        'No se pudo confirmar que haya un ajuste de respuestas para toda la cuenta. Cuenta con configurarlo en cada publicación nueva.',
        'Proteger tus publicaciones (un paso anterior) ya limita quién puede verlas y, por lo tanto, quién puede responder.',
        'No cambia quién puede enviarte mensajes; eso es el paso anterior.',
      ],
      howTo: {
        ...phones(
          [
            'Empieza a escribir una publicación nueva.',
            'Antes de publicarla, busca la opción que indica quién puede responder y elige el público más limitado con el que estés a gusto.',
            'Publícala y haz lo mismo con cada publicación nueva.',
          ],
          REPLY_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en x.com y empieza a escribir una publicación nueva.',
            'Antes de publicarla, busca la opción que indica quién puede responder y elige el público más limitado con el que estés a gusto.',
            'Publícala y haz lo mismo con cada publicación nueva.',
          ],
          note: REPLY_LABELS_NOTE,
        },
      },
      officialLinkLabels: [DISCOVERABILITY_LINK_LABEL],
      warnings: [
        'No se pudo confirmar en las páginas de ayuda de X cómo funcionan los ajustes de respuesta, así que toma los pasos de arriba como una guía.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'delete-account': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Desactiva y elimina tu cuenta',
      summary:
        'Desactiva tu cuenta de X: se oculta en el momento y se elimina para siempre después de 30 días, salvo que vuelvas a iniciar sesión.',
      why: [
        'Si no quieres estar en X en absoluto, eliminar tu cuenta borra tu perfil y tus publicaciones, en lugar de solo ocultarlos.',
        'X no tiene un botón aparte para eliminar la cuenta: desactivarla es la única forma de eliminarla. La desactivación dura 30 días, y si no entras en tu cuenta en ese tiempo, se elimina.',
        'Esos 30 días te permiten cambiar de opinión, lo que también significa que es fácil cancelar la eliminación sin querer.',
      ],
      changes: [
        'Tu cuenta se desactiva en el momento: tu nombre de usuario y tu perfil público ya no se pueden ver en x.com ni en las apps para iPhone y Android.',
        'Después de 30 días, tu cuenta se elimina y tu nombre de usuario deja de estar vinculado a ella.',
        'Una vez eliminada, no puedes reactivarla ni recuperar tus publicaciones antiguas.',
        'Tu nombre de usuario queda libre para que otra persona lo use.',
      ],
      unchanged: [
        'Es posible que sigan apareciendo copias de tus publicaciones en los buscadores durante un tiempo.',
        'X puede conservar parte de la información después de la eliminación, por ejemplo, por motivos de protección y seguridad.',
        'Borrar la app de X de tu teléfono no desactiva ni elimina tu cuenta.',
      ],
      howTo: {
        ...phones(
          [
            BACKUP_FIRST,
            OPEN_APP_SETTINGS,
            'Abre la sección sobre tu cuenta.',
            'Busca la opción para desactivar tu cuenta, tócala y confirma.',
            'Escribe tu contraseña si X te la pide.',
            NOTE_DEADLINE,
          ],
          `${SECONDARY_LABELS_NOTE} Busca palabras como «your account» (tu cuenta) y «deactivate» (desactivar).`,
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            OPEN_WEB_SETTINGS,
            'Abre la sección sobre tu cuenta.',
            'Busca la opción para desactivar tu cuenta, haz clic en ella y confirma.',
            'Escribe tu contraseña si X te la pide.',
            NOTE_DEADLINE,
          ],
          note: `${SECONDARY_LABELS_NOTE} Busca palabras como «your account» (tu cuenta) y «deactivate» (desactivar).`,
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de X sobre cómo desactivar tu cuenta (en inglés)'],
      warnings: [
        'No inicies sesión en X durante los 30 días. Si vuelves a iniciar sesión, tu cuenta se restaura y la eliminación se cancela.',
        'Si tienes la sesión de X iniciada en otro teléfono, tablet o computadora, abrir X allí puede contar como iniciar sesión. Cierra la sesión en todos los demás dispositivos antes de desactivar la cuenta.',
        'Primero haz una copia de seguridad: descarga tu archivo antes de desactivar la cuenta. Una vez eliminada la cuenta, tus publicaciones no se pueden recuperar, e iniciar sesión para descargar el archivo cancelaría la eliminación.',
        'Después de la eliminación, cualquiera puede quedarse con tu antiguo nombre de usuario. Si la gente te conoce por ese nombre, cuéntale que te vas, para que nadie confunda a otra persona contigo.',
        'Antes de empezar, asegúrate de que sabes tu contraseña y de que puedes entrar en el correo o el teléfono de tu cuenta. Es posible que X te pida confirmar que eres tú.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * X (formerly Twitter) checklist in Spanish, translated from content/x.ts.
 *
 * Menu labels (docs/content-guide.md, «Languages»): where Spanish-language
 * guides to X agree on the label the Spanish app shows, it is in bold with the
 * English label in parentheses: **Configuración y privacidad** (Settings and
 * privacy), reached in the app through **Configuración y soporte**;
 * **Privacidad y seguridad**, **Audiencia y etiquetado**, **Visibilidad y
 * contactos**, **Mensajes directos**, **Tu cuenta**, **Descarga un archivo con
 * tus datos** and **Desactivar cuenta**. Every other label (Protect your posts,
 * Photo tagging, the message-request options, the reply options, Request
 * archive…) stays in English in bold with its meaning in parentheses, and the
 * step says its Spanish label could not be confirmed. Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

const OPEN_APP_SETTINGS =
  'Toca tu foto de perfil arriba a la izquierda para abrir el menú y luego **Configuración y soporte** (Settings and Support) y **Configuración y privacidad** (Settings and privacy).';

const OPEN_WEB_SETTINGS =
  'Inicia sesión en x.com, haz clic en **More** (Más), el botón de tres puntos del menú de la izquierda, y luego en **Configuración y privacidad** (Settings and privacy). Si ves **Configuración y soporte** (Settings and Support), ábrelo antes.';

const OLDER_WORDING_NOTE =
  'Los textos más antiguos de X dicen «Tweets» donde los nuevos dicen «posts» (publicaciones).';

const BACKUP_FIRST =
  'Antes de empezar: termina el paso de copia de seguridad. Espera a haber descargado tu archivo, no solo a haberlo pedido.';

const NOTE_DEADLINE = 'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.';

const MESSAGES_NOTE =
  'Estos nombres vienen de guías independientes: no se pudo leer el artículo de ayuda de X sobre los mensajes. No se pudieron confirmar en español los nombres de las opciones, que siguen en inglés; una versión anterior de la app tenía la opción «Permitir solicitudes de mensajes de todos». X ha ido cambiando su sección de mensajes, así que, si no encuentras estas opciones aquí, abre tus mensajes y busca allí sus ajustes.';

const REPLIES_NOTE =
  'El artículo de ayuda de X explica cómo elegir quién puede responder al publicar y cómo cambiarlo después. El nombre de la opción del menú para una publicación ya publicada viene de artículos de prensa. No se pudieron confirmar en español los nombres que siguen en inglés.';

const TAGGING_NOTE =
  'Estos nombres vienen de guías independientes: no se encontró ninguna página de ayuda de X sobre este ajuste. No se pudieron confirmar en español los nombres **Photo tagging** ni **Only people you follow can tag you**; una guía en español los llama «Etiquetado de fotos» y «Solo las personas que sigues pueden etiquetarte».';

export const xPlatformEs = {
  platform: 'x',
  tagline:
    'Descarga un archivo con tus publicaciones y tus datos de X. Después, protege tus publicaciones y haz tu cuenta más difícil de encontrar, o desactívala para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, protege tus publicaciones, limita quién puede etiquetarte en fotos, evita que te encuentren por tu correo o tu teléfono, y limita quién puede enviarte mensajes y responderte.',
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
        'X prepara un archivo de tu cuenta. Según X, incluye tu perfil, tus publicaciones, tus mensajes directos, las fotos y los videos que compartiste, tus seguidores y las cuentas que sigues, tu agenda de contactos y tus listas.',
        'También incluye lo que X dedujo sobre ti, como tus posibles intereses, y datos sobre los anuncios que te mostró.',
        'El archivo llega como páginas que puedes abrir en un navegador web, junto con archivos de datos que otras herramientas pueden leer.',
        'Prepararlo puede tardar un día o más. X te avisa cuando está listo.',
      ],
      unchanged: [
        'Pedir tu archivo no cambia nada en tu cuenta: no se elimina, no se oculta y no se protege nada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Tu cuenta** (Your account) y luego **Descarga un archivo con tus datos** (Download an archive of your data).',
            'Escribe tu contraseña. Si X te lo pide, haz que te envíe un código a tu correo o a tu teléfono y escríbelo también.',
            'Toca **Request archive** (Solicitar archivo).',
            'Cuando X te avise de que el archivo está listo, vuelve a la misma pantalla y descárgalo.',
          ],
          'Estos nombres vienen de guías independientes: no se pudo leer el artículo de ayuda de X sobre el archivo. No se pudo confirmar en español el nombre del botón **Request archive**. La app puede abrir esta página de x.com en tu navegador.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Haz clic en **Tu cuenta** (Your account) y luego en **Descarga un archivo con tus datos** (Download an archive of your data).',
            'Escribe tu contraseña. Si X te lo pide, haz que te envíe un código a tu correo o a tu teléfono y escríbelo también.',
            'Haz clic en **Request archive** (Solicitar archivo).',
            'Cuando X te avise de que el archivo está listo, vuelve a la misma página y descárgalo.',
          ],
          note: 'Estos nombres vienen de guías independientes: no se pudo leer el artículo de ayuda de X sobre el archivo. No se pudieron confirmar en español los nombres **More** ni **Request archive**.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de X para descargar un archivo con tus datos',
        'Abrir el artículo de ayuda de X sobre cómo descargar tu archivo',
      ],
      warnings: [
        'Ni la ayuda de X ni las guías consultadas dicen cuánto tiempo se puede descargar el archivo. Descárgalo en cuanto X te avise de que está listo, y pide uno nuevo si la descarga ya no funciona.',
        'El archivo contiene información privada, como tus mensajes directos y tu agenda de contactos. Guárdalo en un lugar que solo tú puedas abrir.',
        'Usa solo el archivo oficial de X. No des tus datos de acceso a apps ni sitios web de terceros que se ofrezcan a descargar tu cuenta por ti.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Protege tus publicaciones',
      summary:
        'Activa la protección de tus publicaciones para que solo los seguidores que apruebes puedan ver lo que publicas.',
      why: [
        'Cualquiera puede leer las publicaciones públicas de X, y pueden compartirse mucho más allá de las personas que conoces.',
        'Con las publicaciones protegidas, las personas nuevas tienen que pedir seguirte, y tú decides a quién aceptas.',
      ],
      changes: [
        'Los nuevos seguidores tienen que enviarte una solicitud, y tú apruebas o rechazas cada una.',
        'Solo tus seguidores pueden ver tus publicaciones protegidas.',
        'Las publicaciones protegidas no aparecen en los buscadores, y nadie puede volver a publicarlas (hacer repost).',
      ],
      unchanged: [
        'Las personas que ya te seguían antes de que protegieras tus publicaciones pueden seguir viéndolas e interactuando con ellas, salvo que las bloquees.',
        'Si más adelante desactivas la protección, las publicaciones que escribiste mientras estaban protegidas pasan a ser públicas.',
        'Quién puede etiquetarte en fotos, encontrarte por tu correo o tu teléfono y enviarte mensajes son ajustes aparte, que se explican en los siguientes pasos.',
        'Lo que alguien ya copió o guardó en una captura de pantalla se queda con esa persona.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Privacidad y seguridad** (Privacy and safety) y luego **Audiencia y etiquetado** (Audience and tagging).',
            'Activa **Protect your posts** (Proteger tus posts) y confirma si X te lo pide.',
            'Revisa tu lista de seguidores y bloquea a quien no quieras que vea tus publicaciones.',
          ],
          `No se pudo confirmar el nombre en español de **Protect your posts**: las versiones antiguas decían «Proteger tus Tweets». ${OLDER_WORDING_NOTE}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Haz clic en **Privacidad y seguridad** (Privacy and safety) y luego en **Audiencia y etiquetado** (Audience and tagging); en la web puede llamarse «Audiencia, contenido multimedia y etiquetado».',
            'Marca **Protect your posts** (Proteger tus posts) y haz clic en **Protect** (Proteger) para confirmar.',
            'Revisa tu lista de seguidores y bloquea a quien no quieras que vea tus publicaciones.',
          ],
          note: `No se pudieron confirmar en español los nombres **More**, **Protect your posts** ni **Protect**: las versiones antiguas decían «Proteger tus Tweets». ${OLDER_WORDING_NOTE}`,
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de Audiencia y etiquetado de X',
        'Abrir el artículo de ayuda de X sobre publicaciones públicas y protegidas',
      ],
      warnings: [
        'Proteger tus publicaciones no elimina a tus seguidores actuales. Las personas que ya te siguen podrán ver tus publicaciones hasta que las bloquees.',
        'Si vuelves a desactivar la protección, todas las publicaciones que escribiste mientras estaban protegidas pasan a ser públicas.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'limit-photo-tagging': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede etiquetarte en fotos',
      summary:
        'Desactiva el etiquetado de fotos, o deja que solo te etiqueten las personas a las que sigues, para que los desconocidos no puedan poner tu nombre en sus fotos.',
      why: [
        'Una etiqueta pone tu nombre en la foto de otra persona, y cualquiera que vea la publicación puede tocarlo para llegar a tu perfil.',
        'Si no lo cambias, es posible que los desconocidos puedan etiquetarte, y así tu cuenta queda unida a fotos que no elegiste.',
      ],
      changes: [
        'Con **Photo tagging** (Etiquetado de fotos) desactivado, nadie puede etiquetarte en fotos.',
        'Con **Only people you follow can tag you** (Solo las personas que sigues pueden etiquetarte), solo pueden etiquetarte las cuentas que sigues.',
      ],
      unchanged: [
        'Las etiquetas que ya están en publicaciones se quedan. Textos antiguos de la ayuda de X dicen que puedes quitar tu nombre de una foto desde el menú de la publicación, y que bloquear una cuenta oculta tu nombre en sus fotos.',
        'Este ajuste trata de las etiquetas en fotos. No impide que la gente mencione tu nombre de usuario en el texto de una publicación.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Privacidad y seguridad** (Privacy and safety) y luego **Audiencia y etiquetado** (Audience and tagging).',
            'Toca **Photo tagging** (Etiquetado de fotos).',
            'Desactiva **Photo tagging**. Si quieres que las personas a las que sigues puedan etiquetarte, déjalo activado y elige **Only people you follow can tag you** (Solo las personas que sigues pueden etiquetarte).',
          ],
          TAGGING_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Haz clic en **Privacidad y seguridad** (Privacy and safety), luego en **Audiencia y etiquetado** (Audience and tagging) y luego en **Photo tagging** (Etiquetado de fotos).',
            'Desactiva **Photo tagging** o elige **Only people you follow can tag you** (Solo las personas que sigues pueden etiquetarte).',
          ],
          note: `${TAGGING_NOTE} Tampoco se pudo confirmar el nombre **More**. Si el primer botón no abre la página de etiquetado de fotos, usa el segundo y haz clic en **Photo tagging**.`,
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de etiquetado de fotos de X',
        'Abrir los ajustes de Audiencia y etiquetado de X',
      ],
      warnings: [],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
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
        'Con los dos desactivados, X también deja de usar la agenda de contactos que subiste para sugerir tu cuenta a otras personas.',
      ],
      unchanged: [
        'La gente todavía puede encontrarte si busca tu nombre o tu nombre de usuario.',
        'No protege tus publicaciones ni cambia quién puede verlas.',
        'Tu dirección de correo y tu número de teléfono siguen en tu cuenta.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Privacidad y seguridad** (Privacy and safety) y luego **Visibilidad y contactos** (Discoverability and contacts).',
            'Desactiva **Let others find you by your email** (Permitir que otros te encuentren por tu correo).',
            'Desactiva **Let others find you by your phone** (Permitir que otros te encuentren por tu teléfono).',
          ],
          'Estos nombres vienen del artículo de ayuda de X sobre la visibilidad. No se pudieron confirmar en español los nombres de los dos interruptores, que siguen en inglés.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Haz clic en **Privacidad y seguridad** (Privacy and safety) y luego en **Visibilidad y contactos** (Discoverability and contacts).',
            'Desmarca los dos ajustes que permiten que te encuentren las personas que tienen tu dirección de correo o tu número de teléfono.',
          ],
          note: 'El artículo de ayuda de X llama a esta sección **Discoverability** (Visibilidad) en la web; allí los dos ajustes tienen un texto algo distinto al de la app. No se pudo confirmar en español el nombre **More**.',
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de Visibilidad y contactos de X',
        'Abrir el artículo de ayuda de X sobre cómo te encuentran por tu correo y tu teléfono',
      ],
      warnings: [
        'Hay dos interruptores distintos, uno para el correo y otro para el teléfono. Desactiva los dos: solo así X deja de usar la agenda de contactos que subiste para sugerirte.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'Elige «No one» (Nadie) en quién puede enviarte solicitudes de mensaje, para que los desconocidos no puedan escribirte en privado.',
      why: [
        'Los mensajes directos permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
      ],
      changes: [
        'En **Allow message requests from** (Permitir solicitudes de mensajes de) eliges entre **No one** (Nadie), **Verified users** (Usuarios verificados) y **Everyone** (Todos).',
        'Con **No one**, las personas a las que no sigues no pueden enviarte solicitudes de mensaje. **Verified users** sigue permitiendo que te envíe una cualquier cuenta verificada (de pago).',
      ],
      unchanged: [
        'Las personas a las que sigues pueden seguir enviándote mensajes, elijas lo que elijas aquí. Para frenar a alguien, deja de seguirlo o bloquéalo.',
        'Tus conversaciones actuales siguen en tu bandeja de entrada.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Privacidad y seguridad** (Privacy and safety) y luego **Mensajes directos** (Direct Messages).',
            'En **Allow message requests from** (Permitir solicitudes de mensajes de), elige **No one** (Nadie).',
          ],
          MESSAGES_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Haz clic en **Privacidad y seguridad** (Privacy and safety) y luego en **Mensajes directos** (Direct Messages).',
            'En **Allow message requests from** (Permitir solicitudes de mensajes de), elige **No one** (Nadie).',
          ],
          note: `${MESSAGES_NOTE} Tampoco se pudo confirmar el nombre **More**.`,
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de Mensajes directos de X',
        'Abrir el artículo de ayuda de X sobre los mensajes directos',
      ],
      warnings: [
        'Hay personas que contaron que X les cambió los ajustes de mensajes sin preguntar, así que revisa este ajuste de vez en cuando.',
        'Cambiar esto no elimina las conversaciones antiguas. Si las necesitas como registro, están en tu archivo.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'limit-replies': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede responder',
      summary:
        'Elige quién puede responder a cada publicación, antes de publicarla o después, para que los desconocidos no puedan responder en público debajo de ella.',
      why: [
        'Las respuestas quedan a la vista de todos debajo de tus publicaciones, así que una respuesta hostil llega a todas las personas que las leen.',
        'X te deja limitar quién puede responder a una publicación, de una en una, y cambiarlo en las que ya publicaste.',
      ],
      changes: [
        'La publicación en la que lo configures solo acepta respuestas de las personas que elegiste. Los demás pueden seguir viéndola, dándole me gusta y volviéndola a publicar.',
      ],
      unchanged: [
        'No hay un ajuste para toda la cuenta: cada publicación nueva empieza con **Everyone can reply** (Todos pueden responder), salvo que lo cambies.',
        'Proteger tus publicaciones (un paso anterior) ya hace que solo tus seguidores puedan responder.',
        'No cambia quién puede enviarte mensajes; eso es el paso anterior.',
      ],
      howTo: {
        ...phones(
          [
            'Empieza a escribir una publicación nueva.',
            'Antes de publicarla, toca **Everyone can reply** (Todos pueden responder), junto al icono del globo, y elige la opción más limitada con la que estés a gusto, como solo las cuentas que sigues o solo las cuentas que mencionas.',
            'Publícala y haz lo mismo con cada publicación nueva.',
            'Para una publicación que ya publicaste: ábrela, toca su menú **More** (Más; tres puntos), elige **Change who can reply** (Cambiar quién puede responder) y vuelve a elegir.',
          ],
          REPLIES_NOTE,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en x.com y empieza a escribir una publicación nueva.',
            'Antes de publicarla, haz clic en **Everyone can reply** (Todos pueden responder), junto al icono del globo, y elige la opción más limitada con la que estés a gusto.',
            'Publícala y haz lo mismo con cada publicación nueva.',
            'Para una publicación que ya publicaste: ábrela, haz clic en su menú **More** (Más; tres puntos), elige **Change who can reply** (Cambiar quién puede responder) y vuelve a elegir.',
          ],
          note: REPLIES_NOTE,
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de X sobre las conversaciones y quién puede responder'],
      noSettingLink:
        'X no tiene una página de ajustes para esto: quién puede responder se elige en cada publicación, al escribirla («Everyone can reply», debajo del texto) o después, desde el menú de tres puntos de la publicación.',
      warnings: [
        'Limitar las respuestas no impide que la gente cite o vuelva a publicar tu publicación. Si alguien te está atacando, bloquéalo.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
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
            'Toca **Tu cuenta** (Your account) y luego **Desactivar cuenta** (Deactivate your account).',
            'Lee lo que te dice X, toca **Deactivate** (Desactivar) y escribe tu contraseña para confirmar.',
            NOTE_DEADLINE,
          ],
          'Las reglas de la desactivación vienen del artículo de ayuda de X; los nombres de los menús, de guías independientes. No se pudo confirmar en español el nombre del botón **Deactivate**.',
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            OPEN_WEB_SETTINGS,
            'Haz clic en **Tu cuenta** (Your account) y luego en **Desactivar cuenta** (Deactivate your account).',
            'Lee lo que te dice X, haz clic en **Deactivate** (Desactivar) y escribe tu contraseña para confirmar.',
            NOTE_DEADLINE,
          ],
          note: 'Las reglas de la desactivación vienen del artículo de ayuda de X; los nombres de los menús, de guías independientes. No se pudieron confirmar en español los nombres **More** ni **Deactivate**.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de X para desactivar tu cuenta',
        'Abrir el artículo de ayuda de X sobre cómo desactivar tu cuenta',
      ],
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

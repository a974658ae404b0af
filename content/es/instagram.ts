import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Instagram checklist in Spanish, translated from content/instagram.ts.
 *
 * Menu labels (docs/content-guide.md, Languages): where a Spanish source
 * confirms the label a Spanish-language app shows, it is in bold with the
 * English label in parentheses: **Configuración y privacidad** (Settings and
 * privacy). Configuración y privacidad and Centro de cuentas are confirmed for
 * Instagram by a Spanish-language guide; Descargar tu información and the
 * deletion path (Datos personales, Propiedad y control de la cuenta,
 * Desactivación o eliminación, Eliminar cuenta) are Meta's Spanish wording for
 * the same Accounts Center screens on Facebook, and the step says so; Permitir
 * comentarios de comes from a tool that reads Instagram's Spanish website.
 * Every other label stays in English in bold, with its meaning in
 * parentheses, and the step says its Spanish label could not be confirmed.
 * Every hedge of the English is kept. Quotations use « ».
 *
 * Instagram's help articles have Spanish versions (`?locale=es_ES`), so their
 * link labels do not say «(en inglés)»; settings pages follow the account's
 * language.
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

const OPEN_APP_SETTINGS =
  'Ve a tu perfil, toca el menú **☰** arriba y luego **Configuración y privacidad** (Settings and privacy).';

const BACKUP_FIRST = 'Antes de empezar: descarga tus datos (el primer paso) y comprueba que el archivo se abre.';

const SIGN_IN_NOTE = 'Si todavía no has iniciado sesión en Instagram, la página te lo pide primero.';

const NO_HELP_ARTICLE =
  'No se pudo confirmar ningún artículo de ayuda de Instagram sobre este ajuste, así que el único enlace oficial abre el ajuste en sí.';

const UNCONFIRMED_WEB_LABELS =
  'Esta dirección se usa mucho, pero los nombres de la página vienen de guías y herramientas, no de la ayuda de la propia Instagram, e Instagram los cambia a menudo. Si la página se ve distinta, usa la app.';

const UNCONFIRMED_ES_LABELS =
  'No se pudieron confirmar los nombres en español de estas opciones, así que aparecen en inglés, con su significado entre paréntesis.';

export const instagramEs = {
  platform: 'instagram',
  tagline:
    'Guarda tus fotos, tus videos y tus datos de Instagram. Después, haz tu cuenta privada y más difícil de encontrar, o elimínala para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, haz tu cuenta privada y más difícil de encontrar, y limita quién puede enviarte mensajes y comentar tus publicaciones.',
    },
    leave: {
      title: 'Deja Instagram',
      description:
        'Guarda una copia de tus datos y después elimina tu cuenta. Instagram te da 30 días para cambiar de opinión, y si vuelves a iniciar sesión en ese tiempo, puedes cancelar la eliminación.',
    },
  },
  notOnPlatform: [],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tus datos',
      summary:
        'Pide a Instagram una copia de tus fotos, tus videos y la información de tu cuenta, y descárgala en unos 4 días desde que esté lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que compartiste en Instagram y de lo que Instagram tiene sobre ti.',
        'Si eliminas tu cuenta, se borran para siempre tu perfil, tus fotos, tus videos, tus comentarios, tus me gusta y tus seguidores. Esta copia es la forma de conservarlos.',
        'La copia puede tardar en prepararse. Por eso, pídela ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Instagram prepara una copia de tu información. Tú eliges qué tipos de información incluye, el período de fechas y la calidad de las fotos y los videos.',
        'Tú eliges el formato: HTML se abre en un navegador web y es el más fácil de leer; JSON es mejor si quieres pasar tus datos a otro servicio.',
        'Tú eliges adónde va la copia: se descarga en tu dispositivo o se envía a otro servicio.',
        'Instagram ha dicho que preparar una copia puede tardar hasta 30 días, aunque según algunas guías suele estar lista mucho antes.',
        'Cuando está lista, el enlace de descarga funciona, según algunas fuentes, durante unos 4 días, igual que en Facebook, que usa la misma herramienta de Meta.',
      ],
      unchanged: [
        'Pedir una copia no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'Lo que dejes fuera de la solicitud, o lo que quede fuera del período de fechas que elijas, no estará en la copia.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Centro de cuentas** (Accounts Center) y luego **Your information and permissions** (Tu información y permisos).',
            'Toca **Descargar tu información** (Download your information); algunas versiones dicen **Export your information** (Exportar tu información).',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo). Elige el período de fechas más amplio y la mayor calidad de fotos y videos que se te ofrezca.',
            'Elige un formato: HTML para leerlo en un navegador, o JSON para pasarlo a otro servicio.',
            'Elige descargar la copia en tu dispositivo, no enviarla a otro servicio.',
            'Envía la solicitud. Vuelve más tarde a la misma pantalla para ver si tu copia está lista, y descárgala en unos 4 días desde que lo esté.',
          ],
          'Estos nombres vienen de guías sobre la app actual, no de las páginas de la propia Instagram, e Instagram los cambia a menudo. **Descargar tu información** es el nombre que usa Meta en la versión en español de Facebook para esta misma pantalla; no se pudo confirmar para Instagram, ni el nombre en español de **Your information and permissions**.',
        ),
        web: {
          available: true,
          steps: [
            'Abre la página **Descargar tu información** (Download your information) de Instagram en el Centro de cuentas: el primer enlace oficial de esta página te lleva ahí.',
            'Elige qué incluir, el período de fechas, la calidad de las fotos y los videos y el formato, y elige descargar la copia en tu dispositivo.',
            'Envía la solicitud. Vuelve más tarde a la misma página para ver si tu copia está lista, y descárgala en unos 4 días desde que lo esté.',
          ],
          note: `${SIGN_IN_NOTE} Esta dirección la usan mucho las herramientas que trabajan con el archivo de datos de Instagram; algunas versiones llaman a la página **Export your information** (Exportar tu información).`,
        },
      },
      officialLinkLabels: [
        'Abrir la página Descargar tu información de Instagram en el Centro de cuentas',
        'Abrir el artículo de ayuda de Instagram sobre cómo descargar una copia de tu información',
      ],
      warnings: [
        'Cuando tu copia esté lista, descárgala en unos 4 días. Según algunas fuentes, después el enlace caduca y tienes que pedir una copia nueva.',
        'La copia contiene tu información personal. Guárdala en un lugar que solo tú puedas abrir, y no la compartas.',
        'No uses apps ni sitios web de terceros que te ofrezcan descargar tus fotos de Instagram, y nunca les des tu contraseña. Usa solo la descarga de la propia Instagram.',
        'Si piensas eliminar tu cuenta, espera a haber descargado la copia y a comprobar que se abre. Después de la eliminación, no se puede recuperar nada de la cuenta.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tu cuenta privada',
      summary:
        'Cambia a una cuenta privada para que solo los seguidores que apruebes puedan ver tus publicaciones y tus listas de seguidores.',
      why: [
        'Cualquiera puede ver una cuenta pública de Instagram, dentro o fuera de Instagram.',
        'Con una cuenta privada, las personas nuevas tienen que pedirte permiso para seguirte, y tú decides quién entra.',
      ],
      changes: [
        'Solo los seguidores que apruebes pueden ver lo que compartes, incluidas tus fotos y tus videos en las páginas de hashtags y de ubicaciones.',
        'Solo los seguidores aprobados pueden ver quién te sigue y a quién sigues.',
        'Las personas nuevas que quieran seguirte tienen que enviarte antes una solicitud.',
      ],
      unchanged: [
        'Lo más probable es que las personas que ya te siguen sigan aprobadas: pasar a una cuenta privada probablemente no las elimina.',
        'La gente todavía puede encontrar tu cuenta en la búsqueda y ver tu nombre y tu foto de perfil.',
        'Pasar a una cuenta privada no limita quién puede enviarte mensajes. Es un ajuste aparte, que se explica en un paso posterior.',
        'Un perfil de empresa no se puede hacer privado. Antes, vuelve a cambiarlo a una cuenta personal.',
        'Si tenías menos de 16 años cuando te registraste, es posible que tu cuenta ya sea privada: Instagram elige la cuenta privada por ti al registrarte.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Account privacy** (Privacidad de la cuenta).',
            'Activa **Private account** (Cuenta privada).',
            'Vuelve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras que vea tus publicaciones.',
          ],
          `Las versiones antiguas tienen esta opción en **Settings** (Configuración) → **Privacy** (Privacidad) → **Private Account** (Cuenta privada). Los nombres actuales vienen de guías, no de las páginas de la propia Instagram, así que pueden ser un poco distintos en tu teléfono. ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            'Abre los ajustes de **Account privacy** (Privacidad de la cuenta) de Instagram: el primer enlace oficial de esta página te lleva ahí.',
            'Activa **Private account** (Cuenta privada).',
            'Ve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras ahí.',
          ],
          note: `${SIGN_IN_NOTE} La página de ayuda de Instagram describe un diseño antiguo de la web (**Privacy and Security** → **Account Privacy**, es decir, Privacidad y seguridad → Privacidad de la cuenta), así que es posible que los nombres hayan cambiado. Si no encuentras el interruptor, usa la app. ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de privacidad de la cuenta de Instagram',
        'Abrir el artículo de ayuda de Instagram sobre las cuentas privadas',
      ],
      warnings: [
        'Pasar a una cuenta privada no sirve para quitarte de encima a los seguidores que ya tienes. Revisa tu lista de seguidores y elimina tú a quien no quieras ahí.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'limit-discoverability': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tu cuenta más difícil de encontrar',
      summary:
        'Evita que Instagram sugiera tu cuenta en los perfiles de otras personas y deja de sincronizar los contactos de tu teléfono.',
      why: [
        'Instagram puede sugerir tu cuenta a otras personas, por ejemplo, junto a cuentas parecidas en sus perfiles, y puede cruzar los contactos de tu teléfono con las cuentas de Instagram.',
        'Son formas de que tu cuenta aparezca ante alguien a quien prefieres evitar, sin que esa persona te haya buscado nunca. Si los desactivas, cierras esos caminos.',
      ],
      changes: [
        'Con las sugerencias de cuentas desactivadas, tu cuenta debería dejar de sugerirse en los perfiles de otras personas, y en el tuyo dejan de mostrarse sugerencias.',
        'Con la sincronización de contactos desactivada, Instagram debería dejar de subir los contactos de tu teléfono.',
      ],
      unchanged: [
        'La gente todavía puede encontrar tu cuenta si busca tu nombre o tu nombre de usuario.',
        'Desactivar la sincronización no elimina los contactos que subiste antes: según una guía, se quedan hasta que los borres. Si se te ofrece una forma de eliminarlos, úsala.',
        'No se elimina nada de los contactos de tu propio teléfono.',
      ],
      howTo: {
        ...phones(
          [
            'Ve a tu perfil y toca **Edit profile** (Editar perfil). Busca **Show account suggestions on profiles** (Mostrar sugerencias de cuentas en los perfiles) y desactívalo. Si no aparece, haz esta parte en la web (mira la pestaña Web).',
            OPEN_APP_SETTINGS,
            'Toca **Centro de cuentas** (Accounts Center), luego **Your information and permissions** (Tu información y permisos) y después la opción sobre subir contactos (una guía la llama **Upload contacts**, es decir, Subir contactos).',
            'Elige tu cuenta de Instagram y desactiva la sincronización de contactos.',
            'Si se te ofrece una forma de borrar los contactos que subiste antes, úsala.',
          ],
          `Según algunas guías, el interruptor de las sugerencias está en la página **Edit profile** (Editar perfil) de la web; no se pudo confirmar dónde está en la app. La ruta de los contactos viene de una guía escrita para la app en otro idioma, así que los nombres pueden ser distintos. ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            'Abre la página **Edit profile** (Editar perfil) de Instagram: el primer enlace oficial de esta página te lleva ahí.',
            'Desmarca **Show account suggestions on profiles** (Mostrar sugerencias de cuentas en los perfiles) y guarda si te lo pide.',
            'La sincronización de contactos funciona con la agenda de tu teléfono, así que desactívala en la app de Instagram (mira la pestaña de iPhone o de Android).',
          ],
          note: `${SIGN_IN_NOTE} ${NO_HELP_ARTICLE} ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: ['Abrir la página Editar perfil de Instagram, donde está el interruptor de las sugerencias de cuentas'],
      warnings: [
        'Son dos ajustes distintos en dos lugares: el interruptor de las sugerencias, en Editar perfil, y la sincronización de contactos, en el Centro de cuentas. Revisa los dos.',
        'No se pudo confirmar ningún artículo de ayuda de Instagram sobre estos ajustes, así que los nombres de aquí vienen de guías independientes.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary: 'Impide que las personas que no conoces te envíen solicitudes de mensaje.',
      why: [
        'Los mensajes permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
        'Una cuenta privada no cambia quién puede enviarte mensajes, así que esto necesita su propio ajuste.',
      ],
      changes: [
        'Los controles de mensajes de Instagram tratan por separado a distintos grupos de personas, por ejemplo, las personas que quizá conozcas y todas las demás.',
        'Para cada grupo, puedes dejar que sus mensajes lleguen como solicitudes que puedes revisar, o impedir del todo que te envíen solicitudes.',
      ],
      unchanged: [
        'Las conversaciones que ya tienes siguen en tu bandeja de entrada.',
        'Si dejas que te envíen solicitudes, las personas a las que no sigues todavía pueden enviarte una sola solicitud, solo con texto: Instagram limita lo que puede contener una solicitud, no quién puede enviarla.',
        'La gente todavía puede comentar tus publicaciones. Es un ajuste aparte, que se explica en el siguiente paso.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca **Messages and story replies** (Mensajes y respuestas a historias) y luego los controles de mensajes (en versiones antiguas, **Privacy** → **Messages**, es decir, Privacidad → Mensajes).',
            'Para cada grupo de personas de la lista (las guías los llaman **Potential connections**, es decir, posibles conexiones, y **Other people**, es decir, otras personas), elige la opción que les impide enviarte solicitudes, en lugar de la que pone sus mensajes en tus solicitudes.',
            'Si esa opción no aparece para algún grupo, elige la más limitada que se te ofrezca.',
          ],
          `No se pudieron confirmar los nombres exactos en las páginas de la propia Instagram, y esta pantalla ha cambiado en los últimos años. ${UNCONFIRMED_ES_LABELS}`,
        ),
        web: {
          available: true,
          steps: [
            'Abre los ajustes de **Messages and story replies** (Mensajes y respuestas a historias) de Instagram: el primer enlace oficial de esta página te lleva ahí.',
            'Para cada grupo de personas de la lista, elige la opción que les impide enviarte solicitudes, o la más limitada que se te ofrezca.',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_WEB_LABELS} ${NO_HELP_ARTICLE} ${UNCONFIRMED_ES_LABELS}`,
        },
      },
      officialLinkLabels: ['Abrir los ajustes de mensajes y respuestas a historias de Instagram'],
      warnings: [
        'Hacer privada tu cuenta no limita los mensajes. Cambia este ajuste aunque tu cuenta sea privada.',
        'Las opciones cambian según la versión de la app. Si no ves ninguna forma de impedir las solicitudes, elige la opción más limitada que se te ofrezca.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'limit-comments': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita los comentarios',
      summary:
        'Elige quién puede comentar tus publicaciones y oculta los comentarios con palabras que no quieres ver.',
      why: [
        'Los comentarios quedan a la vista de todos bajo tus publicaciones, así que un comentario hostil llega a todas las personas que ven la publicación.',
        'Si limitas quién puede comentar, reduces las formas en que los desconocidos pueden llegar a ti en público.',
      ],
      changes: [
        'El ajuste de quién puede comentar te permite aceptar comentarios de un grupo más pequeño que todo el mundo, como solo las personas a las que sigues o solo tus seguidores.',
        'Hidden Words (Palabras ocultas) filtra los comentarios que contienen las palabras y frases que elijas, y los ofensivos.',
      ],
      unchanged: [
        'Una cuenta privada decide quién ve tus publicaciones. Quién puede comentarlas es un ajuste aparte.',
        'Los comentarios ya publicados siguen ahí. Borra tú los que no quieras.',
        'La gente todavía puede enviarte mensajes. De eso se ocupa el paso anterior.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Toca **Comments** (Comentarios) y luego **Permitir comentarios de** (Allow comments from).',
            'Elige el público más limitado con el que estés a gusto, como **People you follow** (Personas a las que sigues) o **Your followers** (Tus seguidores).',
            'Vuelve a **Configuración y privacidad** (Settings and privacy), toca **Hidden Words** (Palabras ocultas), activa los filtros de comentarios y añade las palabras o frases que quieras ocultar.',
            'Si también ves **Tags and mentions** (Etiquetas y menciones), elige la opción más limitada que se te ofrezca.',
          ],
          'Estos nombres vienen de guías (algunas escritas para versiones antiguas), no de las páginas de la propia Instagram, así que pueden ser distintos en tu teléfono. Busca palabras sobre comentarios y palabras ocultas. **Permitir comentarios de** es como aparece en la web de Instagram en español, según una herramienta que la lee; los demás nombres en español no se pudieron confirmar, así que aparecen en inglés, con su significado entre paréntesis.',
        ),
        web: {
          available: true,
          steps: [
            'Abre los ajustes de **Comments** (Comentarios) de Instagram: el primer enlace oficial de esta página te lleva ahí.',
            'En **Permitir comentarios de** (Allow comments from), elige el público más limitado con el que estés a gusto.',
            'Abre los ajustes de **Hidden Words** (Palabras ocultas), con el segundo enlace oficial, y activa los filtros de comentarios (en la web en español, uno de ellos aparece como «Filtro avanzado de comentarios»).',
          ],
          note: `${SIGN_IN_NOTE} ${UNCONFIRMED_WEB_LABELS} ${NO_HELP_ARTICLE}`,
        },
      },
      officialLinkLabels: ['Abrir los ajustes de comentarios de Instagram', 'Abrir los ajustes de palabras ocultas de Instagram'],
      warnings: [
        'No se pudieron comprobar estos ajustes con las páginas de la propia Instagram. Si lo que ves no coincide con esta descripción, elige la opción más limitada que se te ofrezca.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'delete-account': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Elimina tu cuenta',
      summary:
        'Elimina tu cuenta de Instagram: tienes 30 días para cambiar de opinión volviendo a iniciar sesión, y después se borra para siempre.',
      why: [
        'Si no quieres estar en Instagram en absoluto, eliminar tu cuenta borra para siempre tu perfil, tus fotos, tus videos, tus comentarios, tus me gusta y tus seguidores, en lugar de solo ocultarlos.',
        'Instagram te da 30 días para cambiar de opinión. Si vuelves a iniciar sesión en ese tiempo, puedes cancelar la eliminación, así que mantén la sesión cerrada si de verdad quieres irte.',
        '¿Todavía no lo tienes claro? En la misma pantalla puedes desactivar la cuenta: una opción temporal que oculta tu perfil, tus fotos, tus comentarios y tus me gusta hasta que vuelvas a iniciar sesión.',
      ],
      changes: [
        'Cuando confirmas, la eliminación queda programada, e Instagram te muestra la fecha en que ocurrirá.',
        'Después de 30 días, tu perfil, tus fotos, tus videos, tus comentarios, tus me gusta y tus seguidores se eliminan de forma permanente.',
        'Eliminarlo todo puede tardar más: posiblemente hasta 90 días desde tu solicitud.',
        'Ya no puedes iniciar sesión ni usar la cuenta.',
      ],
      unchanged: [
        'Hasta la fecha que te muestra Instagram, todavía puedes cancelar la eliminación si vuelves a iniciar sesión y eliges conservar la cuenta.',
        'Borrar la app de Instagram de tu teléfono no elimina tu cuenta.',
      ],
      howTo: {
        ...phones(
          [
            BACKUP_FIRST,
            OPEN_APP_SETTINGS,
            'Toca **Centro de cuentas** (Accounts Center), luego **Datos personales** (Personal details), luego **Propiedad y control de la cuenta** (Account ownership and control) y después **Desactivación o eliminación** (Deactivation or deletion).',
            'Elige tu cuenta de Instagram, elige **Eliminar cuenta** (Delete account), no desactivarla, y toca **Continuar** (Continue).',
            'Escribe tu contraseña para confirmar.',
            'Anota la fecha de hoy y la fecha que te muestra Instagram: ese día la eliminación será permanente, normalmente dentro de 30 días.',
          ],
          'Estos nombres vienen de guías, no de las páginas de la propia Instagram, y pueden ser distintos en tu teléfono. Los nombres en español de este recorrido son los que usa Meta en la versión en español de Facebook para las mismas pantallas del Centro de cuentas; no se pudieron confirmar para Instagram. Busca palabras sobre desactivar o eliminar tu cuenta.',
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'Abre la página **Desactivación o eliminación** (Deactivation or deletion) del Centro de cuentas: el primer enlace oficial de esta página te lleva ahí.',
            'Elige tu cuenta de Instagram, elige **Eliminar cuenta** (Delete account), no desactivarla, continúa y escribe tu contraseña.',
            'Anota la fecha de hoy y la fecha que te muestra Instagram: ese día la eliminación será permanente, normalmente dentro de 30 días.',
          ],
          note: `${SIGN_IN_NOTE} Es la dirección que usa el directorio JustDeleteMe desde enero de 2025, en lugar de una página de eliminación más antigua. Si no se abre, entra en **Configuración y privacidad** (Settings and privacy) → **Centro de cuentas** (Accounts Center) desde la app.`,
        },
      },
      officialLinkLabels: [
        'Abrir la página Desactivación o eliminación de Instagram en el Centro de cuentas',
        'Abrir el artículo de ayuda de Instagram sobre cómo eliminar o desactivar tu cuenta',
      ],
      warnings: [
        'No vuelvas a iniciar sesión durante esos 30 días, salvo que quieras conservar la cuenta. Si vuelves a iniciar sesión, puedes cancelar la eliminación, así que mantén la sesión cerrada si de verdad quieres irte.',
        'Primero haz una copia de seguridad: descarga tus datos y comprueba que la copia se abre. Después de la eliminación, tus fotos, tus videos y todo lo demás no se pueden recuperar.',
        'Antes de empezar, asegúrate de que sabes tu contraseña. La necesitas para confirmar.',
        '¿Quieres un descanso y no una despedida? Elige desactivar la cuenta en la misma pantalla: la oculta hasta que vuelvas a iniciar sesión.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

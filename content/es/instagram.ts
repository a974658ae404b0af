import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * Instagram checklist in Spanish, translated from content/instagram.ts.
 *
 * No Spanish wording of Instagram's menus has been checked, so every menu
 * label stays in English, as the English file names it, with its meaning in
 * parentheses the first time it appears on the page (body text) and in each
 * device tab. The meanings are translations, not Instagram's Spanish labels.
 * Every hedge of the English ("could not be confirmed", "look for…") is kept.
 * Quotations use « ».
 *
 * Instagram's help links carry no language in their address (the help centre
 * picks the reader's language), so their labels do not say "(en inglés)".
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-01';

const OPEN_APP_SETTINGS =
  'Ve a tu perfil, toca el menú **☰** arriba y luego **Settings and privacy** (Ajustes y privacidad).';

const OPEN_WEB_SETTINGS = 'Inicia sesión en instagram.com desde tu navegador y abre tus ajustes.';

const BACKUP_FIRST = 'Antes de empezar: descarga tus datos (el primer paso) y comprueba que el archivo se abre.';

const UNCONFIRMED_LABELS_NOTE =
  'No se pudo consultar ninguna página de ayuda de Instagram sobre estos ajustes, así que aquí no se dan sus nombres ni su ubicación exactos, y además Instagram los cambia a menudo. Busca las palabras que se describen. El enlace oficial lleva a la página de ayuda de Instagram más cercana, sobre la privacidad de la cuenta.';

const WEB_LAYOUT_NOTE =
  'No se pudo confirmar dónde está esta opción en la web, y el diseño cambia a menudo. Si no la encuentras, usa la app.';

const PRIVACY_HELP_LINK_LABEL = 'Abrir el artículo de ayuda de Instagram sobre las cuentas privadas';

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
        'Pide a Instagram una copia de tus fotos, tus videos y la información de tu cuenta, y descárgala en cuanto esté lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que compartiste en Instagram y de lo que Instagram tiene sobre ti.',
        'Si eliminas tu cuenta, se borran para siempre tu perfil, tus fotos, tus videos, tus comentarios, tus me gusta y tus seguidores. Esta copia es la forma de conservarlos.',
        'La copia puede tardar en prepararse. Por eso, pídela ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'Instagram prepara una copia de tu información. Tú eliges qué tipos de información incluye, el período de fechas y la calidad de las fotos y los videos.',
        'Tú eliges el formato: HTML se abre en un navegador web y es el más fácil de leer; JSON es mejor si quieres pasar tus datos a otro servicio.',
        'Tú eliges adónde va la copia: se descarga en tu dispositivo o se envía a otro servicio.',
        'Instagram ha dicho que preparar una copia puede tardar hasta 30 días.',
      ],
      unchanged: [
        'Pedir una copia no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'Lo que dejes fuera de la solicitud, o lo que quede fuera del período de fechas que elijas, no estará en la copia.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca **Accounts Center** (Centro de cuentas) y ábrelo.',
            'En Accounts Center, abre la sección sobre tu información y tus permisos, y luego la opción para descargar o exportar tu información.',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo). Elige el período de fechas más amplio y la mayor calidad de fotos y videos que se te ofrezca.',
            'Elige un formato: HTML para leerlo en un navegador, o JSON para pasarlo a otro servicio.',
            'Elige descargar la copia en tu dispositivo, no enviarla a otro servicio.',
            'Envía la solicitud. Vuelve más tarde a la misma pantalla para ver si tu copia está lista, y descárgala en cuanto lo esté.',
          ],
          'Estos nombres vienen de guías sobre la app actual, no de las páginas de la propia Instagram, e Instagram los cambia a menudo. Algunas versiones dicen «Download your information» (Descargar tu información) y otras, «Export your information» (Exportar tu información).',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Accounts Center** (Centro de cuentas), luego la sección sobre tu información y la opción para descargarla o exportarla.',
            'Elige qué incluir, el período de fechas, la calidad de las fotos y los videos y el formato, y elige descargar la copia en tu dispositivo.',
            'Vuelve más tarde para ver si tu copia está lista, y descárgala en cuanto lo esté.',
          ],
          note: 'No se pudo confirmar dónde están estas opciones en la web. Si no las encuentras, pide tu copia desde la app.',
        },
      },
      officialLinkLabels: ['Abrir el artículo de ayuda de Instagram sobre cómo descargar una copia de tu información'],
      warnings: [
        'Es posible que tu copia esté disponible solo durante poco tiempo, y no se pudo confirmar cuánto. Descárgala en cuanto esté lista. Si ya caducó, pide una nueva.',
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
          'Las versiones antiguas tienen esta opción en **Settings** (Ajustes) → **Privacy** (Privacidad) → **Private Account**. Los nombres actuales vienen de guías, no de las páginas de la propia Instagram, así que pueden ser un poco distintos en tu teléfono.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Account privacy** (Privacidad de la cuenta). En los diseños antiguos está en **Privacy and Security** (Privacidad y seguridad).',
            'Activa **Private account** (Cuenta privada).',
            'Ve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras ahí.',
          ],
          note: 'La página de ayuda de Instagram describe un diseño antiguo de la web, así que es posible que los nombres hayan cambiado. Si no encuentras el interruptor, usa la app.',
        },
      },
      officialLinkLabels: [PRIVACY_HELP_LINK_LABEL],
      warnings: [
        'Pasar a una cuenta privada no sirve para quitarte de encima a los seguidores que ya tienes. Revisa tu lista de seguidores y elimina tú a quien no quieras ahí.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'limit-discoverability': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tu cuenta más difícil de encontrar',
      summary:
        'Desactiva los ajustes que sugieren tu cuenta a otras personas y los que sincronizan los contactos de tu teléfono.',
      why: [
        'Instagram tiene ajustes que sugieren tu cuenta a otras personas, por ejemplo, junto a cuentas parecidas, y ajustes que sincronizan los contactos de tu teléfono.',
        'Son formas de que tu cuenta aparezca ante alguien a quien prefieres evitar, sin que esa persona te haya buscado nunca. Si los desactivas, cierras esos caminos.',
      ],
      changes: [
        'Con las sugerencias desactivadas, Instagram debería dejar de recomendar tu cuenta a otras personas.',
        'Con la sincronización de contactos desactivada, Instagram debería dejar de sincronizar los contactos de tu teléfono.',
      ],
      unchanged: [
        'La gente todavía puede encontrar tu cuenta si busca tu nombre o tu nombre de usuario.',
        'Es posible que desactivar la sincronización no elimine los contactos que sincronizaste antes. Si se te ofrece una forma de eliminarlos, úsala.',
        'No se elimina nada de los contactos de tu propio teléfono.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca un ajuste sobre sugerir tu cuenta a otras personas (puede mencionar cuentas parecidas). Puede estar en **Accounts Center** (Centro de cuentas) o en los ajustes de privacidad. Desactívalo.',
            'Busca un ajuste sobre sincronizar o subir tus contactos, también en **Accounts Center** o en los ajustes de privacidad. Desactívalo.',
            'Si se te ofrece una forma de eliminar los contactos que sincronizaste antes, úsala.',
          ],
          UNCONFIRMED_LABELS_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca el ajuste sobre sugerir tu cuenta a otras personas, en **Accounts Center** (Centro de cuentas) o en los ajustes de privacidad, y desactívalo.',
            'La sincronización de contactos funciona con la agenda de tu teléfono, así que desactívala en la app de Instagram de tu teléfono.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [PRIVACY_HELP_LINK_LABEL],
      warnings: [
        'Es posible que estos ajustes estén repartidos en más de un lugar. Revisa tanto **Accounts Center** (Centro de cuentas) como los ajustes de privacidad.',
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
        'Los controles de mensajes de Instagram pueden tratar por separado a distintos grupos de personas, por ejemplo, las personas que quizá conozcas y todas las demás.',
        'Para cada grupo, puedes dejar que sus mensajes lleguen como solicitudes que puedes revisar, o impedir del todo que te envíen solicitudes.',
      ],
      unchanged: [
        'Las conversaciones que ya tienes siguen en tu bandeja de entrada.',
        'La gente todavía puede comentar tus publicaciones. Es un ajuste aparte, que se explica en el siguiente paso.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes sobre los mensajes y las solicitudes de mensaje, normalmente en la parte de privacidad de tus ajustes.',
            'Para cada grupo de personas de la lista, elige la opción que les impide enviarte solicitudes, en lugar de la que pone sus mensajes en tus solicitudes.',
            'Si esa opción no aparece para algún grupo, elige la más limitada que se te ofrezca.',
          ],
          'No se pudieron confirmar los nombres exactos en las páginas de la propia Instagram, y esta pantalla ha cambiado en los últimos años. Las versiones antiguas la tenían en **Privacy** (Privacidad) → **Messages** (Mensajes).',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes sobre los mensajes y las solicitudes de mensaje, normalmente en la parte de privacidad de tus ajustes.',
            'Para cada grupo de personas de la lista, elige la opción que les impide enviarte solicitudes, o la más limitada que se te ofrezca.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [PRIVACY_HELP_LINK_LABEL],
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
        'Un ajuste sobre quién puede comentar te permite aceptar comentarios de un grupo más pequeño que todo el mundo.',
        'También puede haber un filtro que oculta los comentarios que contienen palabras que tú eliges, y una forma de limitar discretamente lo que una persona concreta puede hacer en tu cuenta.',
      ],
      unchanged: [
        'Una cuenta privada decide quién ve tus publicaciones. Quién puede comentarlas es un ajuste aparte.',
        'La gente todavía puede enviarte mensajes. De eso se ocupa el paso anterior.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_SETTINGS,
            'Busca los ajustes sobre los comentarios, normalmente en la parte de privacidad de tus ajustes, y la opción para elegir quién puede comentar tus publicaciones.',
            'Elige el público más limitado con el que estés a gusto.',
            'Cerca de ahí, busca un filtro que oculte los comentarios con las palabras o frases que elijas. Actívalo y añade las palabras que quieras ocultar.',
            'Si también ves ajustes sobre quién puede etiquetarte o mencionarte, elige la opción más limitada que se te ofrezca.',
          ],
          'Solo se encontraron descripciones no oficiales y de poca calidad de estos ajustes, así que aquí no se dan nombres exactos. Busca palabras sobre comentarios, filtros de palabras, etiquetas y menciones.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca los ajustes sobre los comentarios, normalmente en la parte de privacidad de tus ajustes, y elige el público más limitado para quién puede comentar.',
            'Activa el filtro de las palabras que quieras ocultar, si aparece ahí.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [PRIVACY_HELP_LINK_LABEL],
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
        '¿Todavía no lo tienes claro? En el mismo menú puedes desactivar la cuenta: una opción temporal que oculta tu perfil, tus fotos, tus comentarios y tus me gusta hasta que vuelvas a iniciar sesión.',
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
            'Abre **Accounts Center** (Centro de cuentas).',
            'Busca tus datos personales, luego la opción sobre la propiedad y el control de la cuenta, y después la de desactivar o eliminar.',
            'Elige tu cuenta de Instagram, elige eliminarla (no desactivarla) y continúa.',
            'Escribe tu contraseña para confirmar.',
            'Anota la fecha de hoy y la fecha que te muestra Instagram: ese día la eliminación será permanente, normalmente dentro de 30 días.',
          ],
          'Estos nombres vienen de guías, no de las páginas de la propia Instagram, y pueden ser distintos en tu teléfono. Busca palabras sobre desactivar o eliminar tu cuenta.',
        ),
        web: {
          available: true,
          steps: [
            BACKUP_FIRST,
            'Inicia sesión en instagram.com desde tu navegador.',
            'Abre la página de Instagram para eliminar tu cuenta (el enlace oficial de esta página te lleva ahí). O abre tus ajustes, luego **Accounts Center** (Centro de cuentas), y busca la opción de desactivar o eliminar tu cuenta.',
            'Elige eliminar (no desactivar), continúa y escribe tu contraseña.',
            'Anota la fecha de hoy y la fecha que te muestra Instagram: ese día la eliminación será permanente, normalmente dentro de 30 días.',
          ],
          note: 'La página directa para eliminar la cuenta solo se conoce por guías, y es posible que haya cambiado de lugar. Si no se abre, entra en **Accounts Center** desde tus ajustes, o usa la app.',
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de Instagram sobre cómo eliminar o desactivar tu cuenta',
        'Abrir la página de Instagram para eliminar tu cuenta',
      ],
      warnings: [
        'No vuelvas a iniciar sesión durante esos 30 días, salvo que quieras conservar la cuenta. Si vuelves a iniciar sesión, puedes cancelar la eliminación, así que mantén la sesión cerrada si de verdad quieres irte.',
        'Primero haz una copia de seguridad: descarga tus datos y comprueba que la copia se abre. Después de la eliminación, tus fotos, tus videos y todo lo demás no se pueden recuperar.',
        'Antes de empezar, asegúrate de que sabes tu contraseña. La necesitas para confirmar.',
        '¿Quieres un descanso y no una despedida? Desactiva la cuenta en lugar de eliminarla. Es posible que Instagram limite cuántas veces puedes desactivarla, así que no cuentes con ir y volver.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * TikTok checklist in Spanish, translated from content/tiktok.ts.
 *
 * No official source confirms TikTok's Spanish menu labels, so every label
 * stays in English, as the English file names it, with its meaning in
 * parentheses the first time it appears on the page (body text) and in each
 * device tab. The only Spanish wording from an official Spanish help page is
 * the post audiences (Seguidores, Amigos, Solo tú), used in body text where the
 * English file names them. Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-11-25';

const OPEN_APP_MENU = 'Toca **Profile** (Perfil) abajo y luego el menú **☰** arriba.';

const OPEN_APP_ACCOUNT = 'Toca **Settings and privacy** (Ajustes y privacidad) y luego **Account** (Cuenta).';

/** Profile → ☰ → Settings and privacy → Privacy, shared by most lock-down steps. */
const OPEN_APP_PRIVACY = [OPEN_APP_MENU, 'Toca **Settings and privacy** (Ajustes y privacidad) y luego **Privacy** (Privacidad).'];

const OPEN_WEB_SETTINGS =
  'Inicia sesión en tiktok.com desde tu navegador y abre tus ajustes (el enlace oficial de esta página te lleva directamente).';

const WEB_LAYOUT_NOTE =
  'Las páginas de ayuda de TikTok no explican dónde está cada opción en la web, y el diseño cambia a menudo. Si no encuentras esta opción, usa la app.';

const OLDER_PRIVACY_NOTE =
  'Las versiones antiguas de la app llaman a esta sección **Privacy and safety** (Privacidad y seguridad) en lugar de **Privacy**.';

const DISCOVERABILITY_NOTE =
  'Algunas versiones agrupan esto bajo el encabezado **Discoverability** (Descubrimiento) dentro de **Privacy**. Las versiones antiguas llaman a **Privacy** «Privacy and safety» (Privacidad y seguridad).';

const SETTINGS_LINK_LABEL = 'Abrir los ajustes de privacidad de TikTok';

export const tiktokEs = {
  platform: 'tiktok',
  tagline:
    'Guarda tus videos y tus datos de TikTok. Después, haz tu cuenta privada y difícil de encontrar, o elimínala para siempre.',
  flows: {
    'lock-down': {
      title: 'Protege tu cuenta',
      description:
        'Primero haz una copia de seguridad. Después, haz tu cuenta privada y más difícil de encontrar, y limita quién puede enviarte mensajes, comentar, mencionarte y reutilizar o descargar tus videos.',
    },
    leave: {
      title: 'Deja TikTok',
      description:
        'Guarda una copia de tus datos y tus videos, y después elimina tu cuenta. TikTok la mantiene desactivada durante 30 días, y si inicias sesión en ese tiempo, la eliminación se cancela.',
    },
  },
  notOnPlatform: [],
  steps: {
    // 1 ─────────────────────────────────────────────────────────────────────
    'download-your-data': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Descarga tus datos',
      summary:
        'Pide a TikTok una copia de los datos de tu cuenta y descárgala en los 4 días siguientes a que esté lista.',
      why: [
        'Antes de cambiar o eliminar nada, guarda tu propia copia de lo que TikTok tiene sobre ti: tu perfil, lo que viste y buscaste, tus comentarios y mensajes, y cuándo y desde dónde se inició sesión en tu cuenta.',
        'También puede servirte como registro: quién te escribió y cuándo, y qué dispositivos usaron tu cuenta.',
        'El archivo tarda unos días en prepararse y luego solo está disponible durante 4 días. Por eso, pídelo ahora y haz los demás pasos mientras esperas.',
      ],
      changes: [
        'TikTok prepara un archivo con una copia de tus datos, que incluye tu nombre de usuario, tu historial de reproducciones, tu historial de comentarios y tus ajustes de privacidad. Los archivos recientes suelen incluir también tus mensajes directos, tu historial de búsquedas y tu historial de inicios de sesión.',
        'Tus publicaciones aparecen en una lista, con su fecha, sus detalles y un enlace a cada video. El archivo contiene enlaces, no los videos en sí.',
        'Tú eliges el formato: TXT o JSON. JSON es la mejor opción porque otras herramientas pueden leerlo; suele llegar como archivo zip.',
        'TikTok te avisa en la app cuando el archivo está listo, normalmente al cabo de unos días.',
      ],
      unchanged: [
        'Pedir tus datos no cambia nada en tu cuenta: no se elimina, no se oculta y no se hace privado nada.',
        'Es posible que tu actividad más reciente, más o menos la de las últimas 24 a 48 horas, todavía no esté en el archivo.',
        'Algunos datos quedan fuera, por ejemplo, los que afectarían a la privacidad de otras personas.',
        'Tus videos no están en el archivo, solo los enlaces a ellos. El siguiente paso explica cómo guardarlos.',
      ],
      howTo: {
        ...phones(
          [
            OPEN_APP_MENU,
            OPEN_APP_ACCOUNT,
            'Toca **Download your data** (Descargar tus datos).',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo) y selecciona **JSON** como formato de archivo.',
            'Toca **Request data** (Solicitar datos).',
            'Cuando TikTok te avise de que el archivo está listo, vuelve a la misma pantalla, abre la pestaña **Download data** (Descargar datos) y toca **Download** (Descargar).',
            'Si prefieres cancelar la solicitud, abre la pestaña **Download data**, toca **Cancel** (Cancelar) junto a la solicitud y luego **Delete request** (Eliminar solicitud). Puedes volver a pedir tus datos cuando quieras.',
          ],
          'Las versiones antiguas de la app muestran **Manage account** (Administrar cuenta) en lugar de **Account**.',
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en tiktok.com desde tu navegador y abre la página de descarga de datos (el enlace oficial de esta página te lleva directamente).',
            'Busca **Download your data** (Descargar tus datos). Si llegas a la página general de ajustes, búscalo en la sección de privacidad o en la de cuenta.',
            'Elige qué incluir, selecciona **JSON** como formato de archivo y envía la solicitud.',
            'Vuelve cuando TikTok te avise de que el archivo está listo, normalmente al cabo de unos días, y descárgalo desde la misma página en un plazo de 4 días.',
          ],
          note: 'En los diseños antiguos de la web, esta opción está en **Manage account** (Administrar cuenta) → **Data** (Datos). Si no la encuentras, pide el archivo desde la app; allí puedes descargarlo de la misma forma.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de TikTok para descargar tus datos',
        'Abrir el artículo de ayuda de TikTok sobre cómo solicitar tus datos (en inglés)',
      ],
      warnings: [
        'Cuando el archivo esté listo, solo tendrás 4 días para descargarlo. Después caduca y tendrás que pedir uno nuevo.',
        'El archivo contiene información privada, como tus mensajes y tu historial de inicios de sesión. Guárdalo en un lugar que solo tú puedas abrir.',
      ],
    },

    // 2 ─────────────────────────────────────────────────────────────────────
    'save-your-videos': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Guarda tus videos',
      summary:
        'Guarda tus propias copias de los videos que publicaste y de tus borradores, porque el archivo de datos solo te da enlaces.',
      why: [
        'Tu archivo de datos muestra tus publicaciones como enlaces, no como archivos de video. Si los enlaces dejan de funcionar o tu cuenta se elimina, los videos se pierden.',
        'Si guardas copias ahora, podrás proteger tu cuenta, o dejar TikTok, sin perder lo que creaste.',
      ],
      changes: [
        'Tendrás copias de tus videos en tu propio teléfono o computadora.',
        'Las copias guardadas desde la app pueden llevar una marca de agua de TikTok con tu nombre de usuario.',
      ],
      unchanged: [
        'Guardar una copia no cambia la publicación en TikTok: sigue publicada, con el mismo público, hasta que la cambies o la elimines.',
        'Siempre puedes guardar y compartir tus propios videos, incluso después de impedir que otras personas los descarguen.',
        'Es posible que los borradores no estén en tu archivo de datos, así que tienes que guardarlos aparte.',
      ],
      howTo: {
        ...phones(
          [
            'Toca **Profile** (Perfil) abajo y abre uno de tus videos.',
            'Toca la flecha de compartir o el botón **…** del video.',
            'Busca la opción para guardar o descargar el video y tócala. En las versiones antiguas se llama **Save video** (Guardar video).',
            'Comprueba que la copia esté en la galería de fotos de tu teléfono y repite con cada video que quieras conservar.',
            'Si no encuentras ninguna opción para guardar, usa los enlaces de video de tu archivo de datos y abre cada uno en cuanto llegue el archivo.',
          ],
          'TikTok cambia este menú a menudo, y no se pudo confirmar el nombre actual de la opción para guardar tus propios videos. Busca palabras como «guardar» o «descargar».',
        ),
        web: {
          available: true,
          steps: [
            'Espera a que esté listo tu archivo de datos del paso anterior; luego descárgalo y descomprímelo.',
            'Abre el archivo y busca la lista de tus publicaciones. En un archivo JSON, busca «Post», luego «Posts» y luego «VideoList».',
            'Abre cada enlace de video en tu navegador y guarda el video en tu computadora de inmediato.',
            'Recorre toda la lista de una sola vez. Si un enlace ya no funciona, pide un archivo de datos nuevo y vuelve a intentarlo.',
          ],
          note: 'Es posible que los borradores no estén en el archivo de datos. Si tienes borradores que quieras conservar, guárdalos desde la app antes de eliminar nada.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de TikTok para descargar tus datos',
        'Abrir el artículo de ayuda de TikTok sobre cómo solicitar tus datos (en inglés)',
      ],
      warnings: [
        'Es posible que los enlaces de video de tu archivo de datos funcionen solo una vez, o solo durante poco tiempo. Guarda cada video en cuanto abras su enlace, y hazlo poco después de que llegue el archivo.',
        'No uses sitios web ni apps de terceros para «descargar videos de TikTok», y no les des tus enlaces ni tus datos de acceso. Usa solo las opciones de la propia TikTok.',
        'Si piensas eliminar tu cuenta, guarda antes tus borradores: puede que no estén en el archivo de datos, y se pierden con la cuenta.',
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────
    'make-account-private': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Haz tu cuenta privada',
      summary:
        'Cambia a una cuenta privada para que solo los seguidores que apruebes puedan ver tus videos y tu actividad.',
      why: [
        'Cualquiera puede ver una cuenta pública de TikTok, dentro o fuera de TikTok, y, según tus ajustes, los desconocidos pueden hacer Duet o Stitch con tus videos, o descargarlos.',
        'Con una cuenta privada, las personas nuevas tienen que pedirte permiso para seguirte, y tú decides quién entra.',
      ],
      changes: [
        'Los nuevos seguidores necesitan tu aprobación.',
        'Solo los seguidores aprobados pueden ver tus videos, tus videos LIVE y tus me gusta, y las listas de a quién sigues y quién te sigue.',
        'Nadie más puede hacer Duet o Stitch con tus videos ni descargarlos. Las descargas siguen desactivadas mientras la cuenta sea privada.',
      ],
      unchanged: [
        'Cualquiera puede seguir buscando tu cuenta y encontrarla.',
        'Tu foto de perfil, tu nombre de usuario y tu biografía siguen siendo visibles para todo el mundo.',
        'Lo más probable es que las personas que ya te siguen conserven el acceso: pasar a una cuenta privada probablemente no las elimina.',
        'Quién puede comentar, quién puede enviarte mensajes y si TikTok sugiere tu cuenta son ajustes aparte, que se explican en los siguientes pasos.',
        'Además, cada publicación tiene su propio público (Seguidores, Amigos o Solo tú), que se configura aparte de la cuenta.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Activa **Private account** (Cuenta privada).',
            'Vuelve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras que vea tus videos.',
          ],
          OLDER_PRIVACY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Private account** (Cuenta privada), normalmente en la sección de privacidad, y actívala.',
            'Ve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras que vea tus videos.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre las cuentas privadas (en inglés)',
      ],
      warnings: [
        'Pasar a una cuenta privada no sirve para quitarte de encima a los seguidores que ya tienes. Revisa tu lista de seguidores y elimina tú a quien no quieras ahí.',
      ],
    },

    // 4 ─────────────────────────────────────────────────────────────────────
    'turn-off-account-suggestions': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Evita que TikTok sugiera tu cuenta',
      summary:
        'Desactiva «Suggest your account to others» (Sugerir tu cuenta a otras personas) para que TikTok deje de recomendarte a tus contactos, a tus amigos de Facebook y a las personas que abren tus enlaces o te envían enlaces.',
      why: [
        'TikTok puede mostrar tu cuenta como sugerencia a las personas que tienen tu número de teléfono o tu correo en sus contactos, a tus amigos de Facebook y a las personas que abren tus enlaces o te envían enlaces. Así, alguien a quien quieres evitar puede ver tu cuenta sin haberla buscado nunca.',
        'En las cuentas de adultos, estas sugerencias están activadas hasta que las desactives.',
      ],
      changes: [
        'TikTok deja de sugerir tu cuenta a cada grupo que desactives: contactos, amigos de Facebook, personas con contactos en común (si aparece esa opción) y personas que abren tus enlaces o te envían enlaces.',
        'Las sugerencias a contactos solo ocurren cuando ambas partes las permiten: tú tienes **Contacts** (Contactos) activado, y la otra persona tiene guardado tu número o tu correo y sincroniza sus contactos. Basta con que desactives **Contacts** por tu parte para que deje de pasar.',
        'Las sugerencias a amigos de Facebook funcionan igual, así que si desactivas **Facebook friends** (Amigos de Facebook), dejan de aparecer.',
      ],
      unchanged: [
        'La gente todavía puede encontrarte si busca tu nombre o tu nombre de usuario.',
        'TikTok puede seguir sugiriendo tu cuenta de otras formas, por ejemplo, según a quién sigues o con quién interactúas.',
        'Esto no hace privada tu cuenta ni cambia quién puede ver tus videos.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Suggest your account to others** (Sugerir tu cuenta a otras personas).',
            'Desactiva **Contacts** (Contactos), **Facebook friends** (Amigos de Facebook) y **People who open or send links to you** (Personas que abren tus enlaces o te envían enlaces).',
            'Si también ves **People with mutual connections** (Personas con contactos en común), desactívalo también.',
          ],
          DISCOVERABILITY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Suggest your account to others** (Sugerir tu cuenta a otras personas), normalmente en la sección de privacidad.',
            'Desactiva todos los públicos que aparezcan ahí, como **Contacts** (Contactos), **Facebook friends** (Amigos de Facebook) y **People who open or send links to you** (Personas que abren tus enlaces o te envían enlaces).',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre las cuentas sugeridas (en inglés)',
      ],
      warnings: [
        'Cada público tiene su propio interruptor. Comprueba que estén todos desactivados, no solo el primero.',
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────
    'stop-contact-syncing': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Deja de sincronizar tus contactos',
      summary:
        'Desactiva la sincronización de contactos y de amigos de Facebook, y elimina los contactos tuyos que TikTok ya tiene.',
      why: [
        'Al sincronizar, compartes con TikTok la agenda de tu teléfono y tus amigos de Facebook, y TikTok los usa para conectarte con personas que conoces fuera de internet.',
        'TikTok también usa el número de teléfono de tu cuenta para sugerirte a personas que podrían conocerte. Si dejas tu agenda fuera, eliminas una forma más de que te conecten con personas con las que preferirías no tener contacto.',
      ],
      changes: [
        'TikTok deja de sincronizar los contactos de tu teléfono y tus amigos de Facebook.',
        'Si la app ofrece **Remove previously synced contacts** (Eliminar los contactos sincronizados antes), con esa opción se eliminan los contactos que compartiste con TikTok en el pasado.',
      ],
      unchanged: [
        'Si otras personas sincronizan sus contactos y tienen guardado tu número o tu correo, TikTok puede seguir sugiriéndote a ellas, salvo que hayas desactivado **Contacts** (Contactos) en «Suggest your account to others» (Sugerir tu cuenta a otras personas, el paso anterior).',
        'El número de teléfono de tu cuenta se mantiene, y TikTok puede seguir usándolo, por ejemplo, para sugerir tu cuenta a personas que podrían conocerte o, según tus ajustes de anuncios, para relacionarte con datos de anunciantes.',
        'No se elimina nada de los contactos de tu propio teléfono.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Sync contacts and Facebook friends** (Sincronizar contactos y amigos de Facebook).',
            'Desactiva la sincronización de tus contactos y de tus amigos de Facebook.',
            'Si ves **Remove previously synced contacts** (Eliminar los contactos sincronizados antes), tócalo y confirma.',
          ],
          DISCOVERABILITY_NOTE,
        ),
        web: {
          available: false,
          reason:
            'La sincronización de contactos depende de la agenda de tu teléfono, y las páginas de ayuda de TikTok describen estos interruptores solo en la app. Abre la app de TikTok en tu teléfono para desactivar la sincronización y eliminar los contactos sincronizados.',
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de TikTok sobre las cuentas sugeridas y la sincronización de contactos (en inglés)',
      ],
      warnings: [
        'Desactivar la sincronización, por sí solo, puede dejar en TikTok los contactos que sincronizaste antes. Si la app ofrece **Remove previously synced contacts**, úsalo también.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'Configura los mensajes directos en «No one» (Nadie), o en «Friends» (Amigos) si no aparece esa opción, para que los desconocidos no puedan escribirte en privado.',
      why: [
        'Los mensajes directos permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
        'Con «No one», nadie puede iniciar una conversación nueva contigo ni añadirte a un chat grupal.',
      ],
      changes: [
        '**No one** (Nadie) bloquea todos los mensajes directos nuevos. En algunas versiones se llama **Off** (Desactivado).',
        '**Friends** (Amigos) permite que solo te escriban los seguidores a los que también sigues.',
        'Las invitaciones a chats grupales siguen el mismo ajuste: si no permites que otras personas te envíen mensajes, no recibirás invitaciones a grupos.',
      ],
      unchanged: [
        'Tu historial de mensajes sigue en tu bandeja de entrada.',
        'Los mensajes directos solo están disponibles para cuentas de 16 años o más; las cuentas de menores de esa edad no pueden usarlos.',
        'La gente todavía puede comentar tus publicaciones o mencionarte. Son ajustes aparte, que se explican en el siguiente paso.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Direct messages** (Mensajes directos).',
            'Elige **No one** (Nadie). En algunas versiones se llama **Off** (Desactivado).',
            'Si no aparece ninguna de las dos, elige **Friends** (Amigos).',
          ],
          'Las opciones cambian según la región y la versión de la app. Las versiones antiguas llaman a esta pantalla **Who can send me direct messages** (Quién puede enviarme mensajes directos), y las más nuevas pueden preguntarte quién puede enviarte una solicitud de mensaje. Sea cual sea el texto, elige la opción más limitada.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Direct messages** (Mensajes directos), normalmente en la sección de privacidad.',
            'Elige **No one** (Nadie) u **Off** (Desactivado). Si no aparece ninguna de las dos, elige **Friends** (Amigos).',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre los mensajes directos (en inglés)',
      ],
      warnings: [
        'Las opciones cambian según la región y la versión de la app. Si no ves **No one** ni **Off**, elige la opción más limitada que se te ofrezca.',
        'Cambiar esto no elimina las conversaciones antiguas. Si las necesitas como registro, están en tu archivo de datos.',
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────
    'limit-comments-and-mentions': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita los comentarios y las menciones',
      summary:
        'Elige quién puede comentar tus publicaciones y quién puede mencionarte, y filtra los comentarios que no quieres ver.',
      why: [
        'Los comentarios quedan a la vista de todos bajo tus publicaciones, así que un comentario hostil llega a todas las personas que las ven. Las menciones pueden meter tu nombre en publicaciones y conversaciones de otras personas.',
        'Si limitas ambas cosas, reduces las formas en que los desconocidos pueden llegar a ti en público.',
      ],
      changes: [
        '**Allow comments from** (Permitir comentarios de) ofrece **Everyone** (Todos), solo en cuentas públicas; **Followers** (Seguidores), solo en cuentas privadas; **Friends** (Amigos), es decir, seguidores a los que también sigues; o **No one** (Nadie).',
        '**No one** desactiva los comentarios en todas tus publicaciones a la vez.',
        'Los filtros de comentarios pueden ocultar automáticamente los comentarios ofensivos y los que contengan palabras de tu propia lista de palabras clave.',
        'También puedes activar o desactivar los comentarios de una sola publicación, antes o después de publicarla.',
        'El ajuste de menciones decide quién puede mencionarte.',
      ],
      unchanged: [
        'Una cuenta privada no impide que los seguidores aprobados comenten; este ajuste sí.',
        'Los comentarios filtrados se ocultan, y aun así puedes revisarlos.',
        'Las cuentas de menores de 16 años solo pueden elegir **Friends** o **No one** para los comentarios.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Comments** (Comentarios) y luego **Allow comments from** (Permitir comentarios de).',
            'Elige el público más limitado con el que estés a gusto: **No one** (Nadie) desactiva los comentarios en todas partes; **Friends** (Amigos) o **Followers** (Seguidores) los mantiene para personas que conoces.',
            'En la misma pantalla de **Comments**, activa el filtro de comentarios ofensivos y el filtro de palabras clave con las palabras que quieras ocultar.',
            'Vuelve a **Privacy** y busca **Mentions** (Menciones); algunas versiones dicen **Tags and mentions** (Etiquetas y menciones). Elige la opción más limitada que se te ofrezca.',
            'Para cambiar una sola publicación, ábrela, toca **…** y busca el interruptor de comentarios en sus ajustes de privacidad.',
          ],
          OLDER_PRIVACY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Comments** (Comentarios) en la sección de privacidad y configura **Allow comments from** (Permitir comentarios de) con el público más limitado con el que estés a gusto.',
            'Activa los filtros de comentarios si aparecen ahí.',
            'Busca **Mentions** (Menciones) o **Tags and mentions** (Etiquetas y menciones) y elige la opción más limitada que se te ofrezca.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre cómo gestionar los comentarios (en inglés)',
      ],
      warnings: [
        'No se pudieron confirmar las opciones exactas para elegir quién puede mencionarte, y pueden ser distintas en tu app. Elige la más limitada que se te ofrezca.',
      ],
    },

    // 8 ─────────────────────────────────────────────────────────────────────
    'limit-duets-stitches-downloads': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita los Duet, los Stitch y las descargas',
      summary:
        'Impide que otras personas reutilicen tus videos en sus propias publicaciones y que los descarguen.',
      why: [
        'Con Duet y Stitch, tu video aparece dentro de la publicación de otra persona, ante su público. Con las descargas, la gente puede quedarse con una copia de tu video y compartirla en cualquier parte, fuera de tu alcance.',
        'Si limitas ambas cosas, tus videos se quedan donde los publicaste y los ven las personas que elegiste.',
      ],
      changes: [
        '**Allow content reuse from** (Permitir la reutilización de contenido de) ofrece **Everyone** (Todos) o **Friends** (Amigos). Abarca Duet, Stitch, los stickers creados a partir de tus publicaciones y que otras personas añadan tu publicación a su Story.',
        'Solo las cuentas públicas pueden permitir que otras personas hagan Duet o Stitch, así que con una cuenta privada esto ya está cerrado.',
        '**Content reuse history** (Historial de reutilización de contenido) te permite eliminar los Duet y Stitch vinculados a tus videos.',
        'Si desactivas **Downloads** (Descargas), la gente ya no puede descargar ninguna de tus publicaciones, ni las antiguas ni las nuevas. Tampoco puede convertir tus videos en Live Photos o GIF, ni compartirlos directamente en algunas otras apps.',
        'También puedes configurar la reutilización de contenido de una sola publicación.',
      ],
      unchanged: [
        'Los Duet y Stitch que ya se hicieron siguen en TikTok, aunque limites la reutilización o elimines tu propio video. Usa **Content reuse history** para eliminarlos.',
        'Las copias que otras personas ya descargaron se quedan en sus dispositivos.',
        'La gente todavía puede compartir un enlace a tu video o enviarlo en un mensaje.',
        'Tú sigues pudiendo guardar y compartir tus propios videos.',
        'Las cuentas privadas y las de menores de 16 años tienen las descargas desactivadas y no pueden activarlas.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Content reuse** (Reutilización de contenido), luego **Allow content reuse from** (Permitir la reutilización de contenido de) y elige **Friends** (Amigos).',
            'Abre **Content reuse history** (Historial de reutilización de contenido) y elimina los Duet o Stitch que no quieras vinculados a tus videos.',
            'En **Privacy**, busca **Downloads** (Descargas) y desactívalo. (Si tu cuenta es privada, ya está desactivado).',
            'Para cambiar una sola publicación, ábrela, toca **…**, luego **Privacy settings** (Ajustes de privacidad), y ajusta **Allow content reuse** (Permitir la reutilización de contenido).',
          ],
          'Algunas versiones de la app todavía muestran opciones separadas de **Duet** y **Stitch** en lugar de **Content reuse**. Si las ves, configura cada una con la opción más limitada.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_SETTINGS,
            'Busca **Content reuse** (Reutilización de contenido), u opciones separadas de **Duet** y **Stitch**, en la sección de privacidad, y elige **Friends** (Amigos) o la opción más limitada que se te ofrezca.',
            'Busca **Downloads** (Descargas) y desactívalo.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre Duet (en inglés)',
      ],
      warnings: [
        'Una copia que alguien ya descargó no se puede recuperar. Desactiva las descargas lo antes que puedas.',
      ],
    },

    // 9 ─────────────────────────────────────────────────────────────────────
    'delete-account': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Elimina tu cuenta',
      summary:
        'Elimina tu cuenta de TikTok: se oculta en el momento y se borra para siempre después de 30 días, salvo que vuelvas a iniciar sesión.',
      why: [
        'Si no quieres estar en TikTok en absoluto, eliminar tu cuenta borra tu perfil, tus videos y tus seguidores, en lugar de solo ocultarlos.',
        'Tu cuenta deja de verse en cuanto confirmas, y se borra para siempre después de 30 días. Esos 30 días te permiten cambiar de opinión, lo que también significa que es fácil cancelar la eliminación sin querer.',
        '¿Todavía no lo tienes claro? En el mismo menú puedes desactivar la cuenta: una pausa temporal que oculta tu cuenta y conserva tus datos hasta que vuelvas a iniciar sesión.',
      ],
      changes: [
        'Tu cuenta se desactiva y deja de verse para los demás en el momento.',
        'Después de 30 días, se elimina de forma permanente.',
        'Ya no puedes iniciar sesión, y pierdes los videos que publicaste, tus me gusta y tus seguidores.',
        'Las compras, como las monedas, no se reembolsan.',
        'Pierdes tu historial de mensajes.',
      ],
      unchanged: [
        'Es posible que las personas a las que enviaste mensajes todavía puedan verlos.',
        'Es posible que los Duet y Stitch que otras personas hicieron con tus videos sigan en TikTok.',
        'Borrar la app de TikTok de tu teléfono no elimina tu cuenta.',
        'Eliminar tu cuenta no cancela las suscripciones que pagas a través de una tienda de apps.',
        'Una cuenta de TikTok for Business se cierra aparte, en los ajustes de TikTok for Business.',
      ],
      howTo: {
        ios: {
          available: true,
          steps: [
            'Antes de empezar: termina los pasos de copia de seguridad, gasta tus monedas o renuncia a ellas, y cancela las suscripciones de TikTok que pagues a través de la App Store.',
            OPEN_APP_MENU,
            OPEN_APP_ACCOUNT,
            'Toca **Deactivate or delete account** (Desactivar o eliminar la cuenta) y luego **Delete account permanently** (Eliminar la cuenta de forma permanente).',
            'Elige un motivo y toca **Continue** (Continuar).',
            'Si TikTok te ofrece descargar tus datos y todavía no lo hiciste, hazlo ahora.',
            'Confirma que eres tú con el código que TikTok envía a tu teléfono o a tu correo, o iniciando sesión con el servicio con el que te registraste (como Apple o Google).',
            'Toca **Delete** (Eliminar) y anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Las versiones antiguas de la app muestran **Manage account** (Administrar cuenta) en lugar de **Account**, con **Delete account** (Eliminar cuenta) dentro.',
        },
        android: {
          available: true,
          steps: [
            'Antes de empezar: termina los pasos de copia de seguridad, gasta tus monedas o renuncia a ellas, y cancela las suscripciones de TikTok que pagues a través de Google Play.',
            OPEN_APP_MENU,
            OPEN_APP_ACCOUNT,
            'Toca **Deactivate or delete account** (Desactivar o eliminar la cuenta) y luego **Delete account permanently** (Eliminar la cuenta de forma permanente).',
            'Elige un motivo y toca **Continue** (Continuar).',
            'Si TikTok te ofrece descargar tus datos y todavía no lo hiciste, hazlo ahora.',
            'Confirma que eres tú con el código que TikTok envía a tu teléfono o a tu correo, o iniciando sesión con el servicio con el que te registraste (como Google o Apple).',
            'Toca **Delete** (Eliminar) y anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Las versiones antiguas de la app muestran **Manage account** (Administrar cuenta) en lugar de **Account**, con **Delete account** (Eliminar cuenta) dentro.',
        },
        web: {
          available: true,
          steps: [
            'Antes de empezar: termina los pasos de copia de seguridad, gasta tus monedas o renuncia a ellas, y cancela las suscripciones que pagues a través de una tienda de apps.',
            'Inicia sesión en tiktok.com, ve a tu perfil y abre **Settings** (Ajustes).',
            'Abre la sección de la cuenta, que se llama **Account** (Cuenta) o **Manage account** (Administrar cuenta) según la versión.',
            'Haz clic en **Delete account** (Eliminar cuenta) y sigue las instrucciones, incluida la confirmación de que eres tú con un código o mediante el servicio con el que te registraste.',
            'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Los nombres de las opciones cambian más a menudo en la web que en la app. Si no encuentras la opción, usa la app.',
        },
      },
      officialLinkLabels: [
        'Abrir el artículo de ayuda de TikTok sobre cómo eliminar tu cuenta (en inglés)',
        'Abrir los ajustes de TikTok',
      ],
      warnings: [
        'No inicies sesión durante esos 30 días, ni siquiera con «Log in with TikTok» (Iniciar sesión con TikTok) en otra app o sitio web. Si inicias sesión, tu cuenta se reactiva y la eliminación se cancela.',
        'Primero haz una copia de seguridad: descarga tus datos y guarda tus videos y borradores. Después de 30 días no se pueden recuperar.',
        'Antes, gasta tus monedas o renuncia a ellas. TikTok no las reembolsa.',
        'Asegúrate de que puedes recibir un código en el número de teléfono o el correo de tu cuenta, o de que puedes iniciar sesión con el servicio con el que te registraste (como Apple o Google). Lo necesitas para confirmar.',
      ],
    },
  },
} satisfies PlatformTranslationInput;

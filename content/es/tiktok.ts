import type { PlatformTranslationInput } from '@/lib/content/translation-schema';
import { phones } from '../helpers';

/*
 * TikTok checklist in Spanish, translated from content/tiktok.ts.
 *
 * Menu labels (docs/content-guide.md, "Languages"): where a Spanish-language
 * source confirms what a Spanish app shows, the Spanish label is in bold with
 * the English one in parentheses (`**Cuenta privada** (Private account)`).
 * Those sources are in the English step's `sources`: TikTok's own Spanish help
 * pages (Dúo, Pegar, Todo el mundo, Amigos, Seguidores, Solo tú) and Spanish
 * and Latin American guides and newspapers (Perfil, Ajustes y privacidad,
 * Privacidad, Cuenta privada, Cuenta, Descargar tus datos, Solicitar datos,
 * Desactivar o eliminar la cuenta, Eliminar la cuenta permanentemente, and the
 * older Administrar cuenta, Eliminar cuenta, Privacidad y seguridad). Every
 * other label stays in English, in bold, with its meaning in parentheses, and
 * the step says its Spanish name could not be confirmed. Quotations use « ».
 *
 * `translatedFrom` is the English step's `lastVerified` this text was made
 * from. When a step is checked again in English, update its text and its date.
 */

const TRANSLATED_FROM = '2026-12-07';

const OPEN_APP_MENU = 'Toca **Perfil** (Profile) abajo y luego el menú **☰** arriba.';

const OPEN_APP_ACCOUNT = 'Toca **Ajustes y privacidad** (Settings and privacy) y luego **Cuenta** (Account).';

/** Perfil → ☰ → Ajustes y privacidad → Privacidad, shared by most lock-down steps. */
const OPEN_APP_PRIVACY = [OPEN_APP_MENU, 'Toca **Ajustes y privacidad** (Settings and privacy) y luego **Privacidad** (Privacy).'];

const OPEN_WEB_PRIVACY =
  'Inicia sesión en tiktok.com desde tu navegador y abre la pestaña de privacidad de tus ajustes (el primer enlace de esta página te lleva directamente).';

const WEB_LAYOUT_NOTE =
  'Las páginas de ayuda de TikTok no describen su sitio web, y el diseño cambia a menudo. Si no encuentras una opción, o la elección que quieres, usa la app.';

const UNCONFIRMED = 'No se pudieron confirmar en español los nombres que aquí aparecen en inglés: busca palabras con ese sentido.';

const OLDER_PRIVACY_NOTE =
  'Las versiones antiguas de la app llaman a esta sección **Privacidad y seguridad** (Privacy and safety) en lugar de **Privacidad**.';

const DISCOVERABILITY_NOTE = `Algunas versiones agrupan esto bajo el encabezado **Discoverability** (Descubrimiento) dentro de **Privacidad**. Las versiones antiguas llaman a **Privacidad** **Privacidad y seguridad** (Privacy and safety). ${UNCONFIRMED}`;

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
            'Toca **Descargar tus datos** (Download your data).',
            'Elige qué incluir (todo, salvo que tengas un motivo para no hacerlo) y selecciona **JSON** como formato de archivo.',
            'Toca **Solicitar datos** (Request data).',
            'Cuando TikTok te avise de que el archivo está listo, vuelve a la misma pantalla, abre la pestaña **Download data** (Descargar datos) y toca **Descargar** (Download).',
            'Si prefieres cancelar la solicitud, abre la pestaña **Download data**, toca **Cancel** (Cancelar) junto a la solicitud y luego **Delete request** (Eliminar solicitud). Puedes volver a pedir tus datos cuando quieras.',
          ],
          `Las versiones antiguas de la app muestran **Administrar cuenta** (Manage account) en lugar de **Cuenta**. Según la región o la versión, **Ajustes y privacidad** puede llamarse **Configuración y privacidad** (Settings and privacy). ${UNCONFIRMED}`,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en tiktok.com desde tu navegador y abre la página de descarga de datos (el primer enlace de esta página te lleva directamente).',
            'Busca **Descargar tus datos** (Download your data). Si llegas a la página general de ajustes, búscalo en la sección de privacidad o en la de cuenta.',
            'Elige qué incluir, selecciona **JSON** como formato de archivo y envía la solicitud.',
            'Vuelve cuando TikTok te avise de que el archivo está listo, normalmente al cabo de unos días, y descárgalo desde la misma página en un plazo de 4 días.',
          ],
          note: 'En los diseños antiguos de la web, esta opción está en **Administrar cuenta** (Manage account) → **Data** (Datos; nombre no confirmado en español). Si no la encuentras, pide el archivo desde la app; allí puedes descargarlo de la misma forma.',
        },
      },
      officialLinkLabels: [
        'Abrir la página de TikTok para descargar tus datos',
        'Abrir el artículo de ayuda de TikTok sobre cómo solicitar tus datos',
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
            'Toca **Perfil** (Profile) abajo y abre uno de tus videos.',
            'Toca la flecha de compartir o el botón **…** del video.',
            'Busca la opción para guardar o descargar el video y tócala. En las versiones antiguas se llama **Save video** (Guardar video).',
            'Comprueba que la copia esté en la galería de fotos de tu teléfono y repite con cada video que quieras conservar.',
            'Si no encuentras ninguna opción para guardar, usa los enlaces de video de tu archivo de datos y abre cada uno en cuanto llegue el archivo.',
          ],
          'TikTok cambia este menú a menudo, y no se pudo confirmar el nombre actual de la opción para guardar tus propios videos, ni en inglés ni en español. Busca palabras como «guardar» o «descargar».',
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
      officialLinkLabels: ['Abrir el artículo de ayuda de TikTok sobre las descargas de videos'],
      noSettingLink:
        'Los videos se guardan de uno en uno en la app de TikTok, así que ninguna dirección web abre esta opción. En la app, abre uno de tus videos, toca la flecha de compartir y busca la opción para guardarlo (en las versiones antiguas, **Save video**, es decir, Guardar video).',
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
        'Cualquiera puede ver una cuenta pública de TikTok, dentro o fuera de TikTok, y, según tus ajustes, los desconocidos pueden hacer un Dúo con tus videos, usar Pegar con ellos o descargarlos.',
        'Con una cuenta privada, las personas nuevas tienen que pedirte permiso para seguirte, y tú decides quién entra.',
      ],
      changes: [
        'Los nuevos seguidores necesitan tu aprobación.',
        'Solo los seguidores aprobados pueden ver tus videos, tus videos LIVE y tus me gusta, y las listas de a quién sigues y quién te sigue.',
        'Nadie más puede hacer un Dúo con tus videos, usar Pegar con ellos ni descargarlos. Las descargas siguen desactivadas mientras la cuenta sea privada.',
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
            'Activa **Cuenta privada** (Private account).',
            'Vuelve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras que vea tus videos.',
          ],
          OLDER_PRIVACY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Activa **Cuenta privada** (Private account).',
            'Ve a tu perfil, abre tu lista de seguidores y elimina a quien no quieras que vea tus videos.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre las cuentas privadas',
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
            'Toca **Suggest your account to others** (Sugerir tu cuenta a otras personas; la ayuda de TikTok en español llama a esta sección «Recomendación de tu cuenta a otras personas»).',
            'Desactiva **Contacts** (Contactos), **Facebook friends** (Amigos de Facebook) y **People who open or send links to you** (Personas que abren tus enlaces o te envían enlaces).',
            'Si también ves **People with mutual connections** (Personas con contactos en común), desactívalo también.',
          ],
          DISCOVERABILITY_NOTE,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Busca **Suggest your account to others** (Sugerir tu cuenta a otras personas). Las herramientas que leyeron esta página no lo encontraron ahí, así que puede que este ajuste solo esté en la app.',
            'Si lo encuentras, desactiva todos los públicos que aparezcan ahí, como **Contacts** (Contactos), **Facebook friends** (Amigos de Facebook) y **People who open or send links to you** (Personas que abren tus enlaces o te envían enlaces). Si no, usa la app.',
          ],
          note: `El primer enlace abre la página de ajustes de privacidad, la más cercana que TikTok tiene en la web para este ajuste. Las páginas de ayuda de TikTok describen este ajuste solo en la app. ${UNCONFIRMED}`,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre las cuentas sugeridas',
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
        'Abrir el artículo de ayuda de TikTok sobre las cuentas sugeridas y la sincronización de contactos',
      ],
      noSettingLink:
        'La sincronización de contactos funciona con la agenda de tu teléfono y solo está en la app de TikTok, así que ninguna dirección web la abre. En la app, toca **Perfil**, el menú **☰**, **Ajustes y privacidad**, **Privacidad** y luego **Sync contacts and Facebook friends** (Sincronizar contactos y amigos de Facebook; nombre no confirmado en español).',
      warnings: [
        'Desactivar la sincronización, por sí solo, puede dejar en TikTok los contactos que sincronizaste antes. Si la app ofrece **Remove previously synced contacts**, úsalo también.',
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────
    'limit-direct-messages': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita quién puede enviarte mensajes',
      summary:
        'Configura los mensajes directos en «No one» (Nadie), o en «Amigos» (Friends) si no aparece esa opción, para que los desconocidos no puedan escribirte en privado.',
      why: [
        'Los mensajes directos permiten que la gente te contacte en privado, lejos de tus publicaciones públicas. Si alguien te está contactando de una forma que no quieres, esta es una de las puertas más importantes que puedes cerrar.',
        'Con «No one», nadie puede iniciar una conversación nueva contigo ni añadirte a un chat grupal.',
      ],
      changes: [
        '**No one** (Nadie) bloquea todos los mensajes directos nuevos. En algunas versiones se llama **Off** (Desactivado).',
        '**Amigos** (Friends) permite que solo te escriban los seguidores a los que también sigues.',
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
            'Si no aparece ninguna de las dos, elige **Amigos** (Friends).',
          ],
          `Las opciones cambian según la región y la versión de la app. Las versiones antiguas llaman a esta pantalla **Who can send me direct messages** (Quién puede enviarme mensajes directos), y las más nuevas pueden preguntarte quién puede enviarte una solicitud de mensaje. Sea cual sea el texto, elige la opción más limitada. ${UNCONFIRMED}`,
        ),
        web: {
          available: true,
          steps: [
            'Inicia sesión en tiktok.com desde tu navegador y abre los ajustes de mensajes directos (el primer enlace de esta página te lleva directamente).',
            'Las herramientas que leyeron esta página encontraron una elección aparte para las posibles conexiones y para el resto de personas en TikTok. En cada una, elige la opción más limitada, como no recibir sus mensajes en absoluto, o **Amigos** (Friends).',
            'Si quieres que nadie pueda escribirte y la página no lo ofrece, configura **No one** (Nadie) en la app.',
          ],
          note: 'La web describe estas opciones con otras palabras que la app, y las páginas de ayuda de TikTok no describen la web. Si no tienes claro qué hace una opción, usa la app.',
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de mensajes directos de TikTok',
        'Abrir el artículo de ayuda de TikTok sobre los mensajes directos',
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
        '**Allow comments from** (Permitir comentarios de) ofrece **Todo el mundo** (Everyone), solo en cuentas públicas; **Seguidores** (Followers), solo en cuentas privadas; **Amigos** (Friends), es decir, seguidores a los que también sigues; o **No one** (Nadie).',
        '**No one** desactiva los comentarios en todas tus publicaciones a la vez.',
        'Los filtros de comentarios pueden ocultar automáticamente los comentarios ofensivos y los que contengan palabras de tu propia lista de palabras clave.',
        'También puedes activar o desactivar los comentarios de una sola publicación, antes o después de publicarla.',
        'El ajuste de menciones decide quién puede mencionarte.',
      ],
      unchanged: [
        'Una cuenta privada no impide que los seguidores aprobados comenten; este ajuste sí.',
        'Los comentarios filtrados se ocultan, y aun así puedes revisarlos.',
        'Las cuentas de menores de 16 años solo pueden elegir **Amigos** o **No one** para los comentarios.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Comments** (Comentarios) y luego **Allow comments from** (Permitir comentarios de).',
            'Elige el público más limitado con el que estés a gusto: **No one** (Nadie) desactiva los comentarios en todas partes; **Amigos** (Friends) o **Seguidores** (Followers) los mantiene para personas que conoces.',
            'En la misma pantalla de **Comments**, activa el filtro de comentarios ofensivos y el filtro de palabras clave con las palabras que quieras ocultar.',
            'Vuelve a **Privacidad** y busca **Mentions** (Menciones); algunas versiones dicen **Tags and mentions** (Etiquetas y menciones). Elige la opción más limitada que se te ofrezca.',
            'Para cambiar una sola publicación, ábrela, toca **…** y busca el interruptor de comentarios en sus ajustes de privacidad.',
          ],
          `${OLDER_PRIVACY_NOTE} ${UNCONFIRMED}`,
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Busca quién puede comentar tus publicaciones y elige **Amigos** (Friends). La web solo ofrece **Todo el mundo** (Everyone) o **Amigos**: para desactivar los comentarios del todo con **No one** (Nadie), usa la app.',
            'Las herramientas que leyeron esta página no encontraron ahí los filtros de comentarios ni **Mentions** (Menciones). Configúralos en la app.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre cómo gestionar los comentarios',
      ],
      warnings: [
        'No se pudieron confirmar las opciones exactas para elegir quién puede mencionarte, y pueden ser distintas en tu app. Elige la más limitada que se te ofrezca.',
      ],
    },

    // 8 ─────────────────────────────────────────────────────────────────────
    'limit-duets-stitches-downloads': {
      translatedFrom: TRANSLATED_FROM,
      title: 'Limita Dúo, Pegar y las descargas',
      summary:
        'Impide que otras personas reutilicen tus videos en sus propias publicaciones y que los descarguen.',
      why: [
        'Con Dúo y Pegar, tu video aparece dentro de la publicación de otra persona, ante su público. Con las descargas, la gente puede quedarse con una copia de tu video y compartirla en cualquier parte, fuera de tu alcance.',
        'Si limitas ambas cosas, tus videos se quedan donde los publicaste y los ven las personas que elegiste.',
      ],
      changes: [
        '**Allow content reuse from** (Permitir la reutilización de contenido de) ofrece **Todo el mundo** (Everyone) o **Amigos** (Friends). Abarca Dúo, Pegar, los stickers creados a partir de tus publicaciones y que otras personas añadan tu publicación a su Story.',
        'Solo las cuentas públicas pueden permitir que otras personas hagan un Dúo o usen Pegar con sus videos, así que con una cuenta privada esto ya está cerrado.',
        '**Content reuse history** (Historial de reutilización de contenido) te permite eliminar los Dúos y las publicaciones hechas con Pegar que están vinculados a tus videos.',
        'Si desactivas **Downloads** (Descargas), la gente ya no puede descargar ninguna de tus publicaciones, ni las antiguas ni las nuevas. Tampoco puede convertir tus videos en Live Photos o GIF, ni compartirlos directamente en algunas otras apps.',
        'También puedes configurar la reutilización de contenido de una sola publicación.',
      ],
      unchanged: [
        'Los Dúos y las publicaciones hechas con Pegar que ya existen siguen en TikTok, aunque limites la reutilización o elimines tu propio video. Usa **Content reuse history** para eliminarlos.',
        'Las copias que otras personas ya descargaron se quedan en sus dispositivos.',
        'La gente todavía puede compartir un enlace a tu video o enviarlo en un mensaje.',
        'Tú sigues pudiendo guardar y compartir tus propios videos.',
        'Las cuentas privadas y las de menores de 16 años tienen las descargas desactivadas y no pueden activarlas.',
      ],
      howTo: {
        ...phones(
          [
            ...OPEN_APP_PRIVACY,
            'Toca **Content reuse** (Reutilización de contenido), luego **Allow content reuse from** (Permitir la reutilización de contenido de) y elige **Amigos** (Friends).',
            'Abre **Content reuse history** (Historial de reutilización de contenido) y elimina los Dúos o las publicaciones hechas con Pegar que no quieras vinculados a tus videos.',
            'En **Privacidad**, busca **Downloads** (Descargas) y desactívalo. (Si tu cuenta es privada, ya está desactivado).',
            'Para cambiar una sola publicación, ábrela, toca **…**, luego **Ajustes de privacidad** (Privacy settings), y ajusta **Allow content reuse** (Permitir la reutilización de contenido).',
          ],
          'Algunas versiones de la app todavía muestran opciones separadas de **Dúo** (Duet) y **Pegar** (Stitch) en lugar de **Content reuse**. Si las ves, configura cada una con la opción más limitada. La ayuda de TikTok en español habla de «Gestionar las descargas de vídeos», pero no se pudo confirmar en español el nombre de **Downloads** ni el de las opciones de **Content reuse**.',
        ),
        web: {
          available: true,
          steps: [
            OPEN_WEB_PRIVACY,
            'Busca quién puede hacer un Dúo o remezclar tus publicaciones (algunos diseños muestran **Content reuse**, u opciones separadas de **Dúo** y **Pegar**) y elige **Amigos** (Friends), la opción más limitada que ofrece la web.',
            'Busca **Downloads** (Descargas) y desactívalo. Las herramientas que leyeron esta página no lo encontraron ahí, así que puede que necesites la app para esto.',
          ],
          note: WEB_LAYOUT_NOTE,
        },
      },
      officialLinkLabels: [
        SETTINGS_LINK_LABEL,
        'Abrir el artículo de ayuda de TikTok sobre Dúo',
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
        'Es posible que los Dúos y las publicaciones hechas con Pegar que otras personas crearon con tus videos sigan en TikTok.',
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
            'Toca **Desactivar o eliminar la cuenta** (Deactivate or delete account) y luego **Eliminar la cuenta permanentemente** (Delete account permanently).',
            'Elige un motivo y toca **Continue** (Continuar).',
            'Si TikTok te ofrece descargar tus datos y todavía no lo hiciste, hazlo ahora.',
            'Confirma que eres tú con el código que TikTok envía a tu teléfono o a tu correo, o iniciando sesión con el servicio con el que te registraste (como Apple o Google).',
            'Toca **Delete** (Eliminar) y anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Las versiones antiguas de la app muestran **Administrar cuenta** (Manage account) en lugar de **Cuenta**, con **Eliminar cuenta** (Delete account) dentro. Según la región o la versión, **Ajustes y privacidad** puede llamarse **Configuración y privacidad** (Settings and privacy), y algunas guías llaman al último botón «Eliminar la cuenta de forma irreversible». No se pudo confirmar en español el nombre de **Continue** ni el de **Delete**.',
        },
        android: {
          available: true,
          steps: [
            'Antes de empezar: termina los pasos de copia de seguridad, gasta tus monedas o renuncia a ellas, y cancela las suscripciones de TikTok que pagues a través de Google Play.',
            OPEN_APP_MENU,
            OPEN_APP_ACCOUNT,
            'Toca **Desactivar o eliminar la cuenta** (Deactivate or delete account) y luego **Eliminar la cuenta permanentemente** (Delete account permanently).',
            'Elige un motivo y toca **Continue** (Continuar).',
            'Si TikTok te ofrece descargar tus datos y todavía no lo hiciste, hazlo ahora.',
            'Confirma que eres tú con el código que TikTok envía a tu teléfono o a tu correo, o iniciando sesión con el servicio con el que te registraste (como Google o Apple).',
            'Toca **Delete** (Eliminar) y anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Las versiones antiguas de la app muestran **Administrar cuenta** (Manage account) en lugar de **Cuenta**, con **Eliminar cuenta** (Delete account) dentro. Según la región o la versión, **Ajustes y privacidad** puede llamarse **Configuración y privacidad** (Settings and privacy), y algunas guías llaman al último botón «Eliminar la cuenta de forma irreversible». No se pudo confirmar en español el nombre de **Continue** ni el de **Delete**.',
        },
        web: {
          available: true,
          steps: [
            'Antes de empezar: termina los pasos de copia de seguridad, gasta tus monedas o renuncia a ellas, y cancela las suscripciones que pagues a través de una tienda de apps.',
            'Inicia sesión en tiktok.com desde tu navegador y abre tus ajustes (el primer enlace de esta página te lleva directamente).',
            'Abre la sección de la cuenta: las guías independientes la llaman **Administrar cuenta** (Manage account), y los diseños más nuevos pueden llamarla **Cuenta** (Account).',
            'Haz clic en **Eliminar cuenta** (Delete account) y sigue las instrucciones, incluida la confirmación de que eres tú con un código o mediante el servicio con el que te registraste.',
            'Anota la fecha de hoy: la eliminación será permanente dentro de 30 días.',
          ],
          note: 'Las páginas de ayuda de TikTok que se pudieron consultar describen la eliminación solo en la app; los pasos para la web vienen de guías independientes, y los nombres de la web cambian más a menudo que los de la app. Si no encuentras la opción, usa la app.',
        },
      },
      officialLinkLabels: [
        'Abrir los ajustes de TikTok',
        'Abrir el artículo de ayuda de TikTok sobre cómo eliminar tu cuenta',
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

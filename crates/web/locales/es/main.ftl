# La interfaz de Observa en español. Cada mensaje del archivo en inglés debe existir
# también aquí (una prueba lo comprueba). Los argumentos $n son números ya formateados
# para el idioma; $count (el mismo número, sin formato) elige la forma del plural.

## Estructura de la página
skip-link = Saltar al contenido principal
tagline = Observatorio de innovación del sector público
nav-main = Principal
nav-cases = Biblioteca de casos
nav-trends = Tendencias
nav-publications = Publicaciones
nav-toolkits = Kits de herramientas
nav-about = Acerca de
nav-languages = Idioma
breadcrumb = Ruta de navegación
identity-run-by = Este sitio está gestionado por
identity-run-by-plain = Este sitio está gestionado por { $value }
identity-check = Cómo verificar nuestros datos
footer-licence = Observa es software de código abierto. Cada ficha de caso tiene su propia licencia y atribución.
footer-verify = Verificar los datos publicados
footer-api = API de datos abiertos

colon = { $value }:

## Recuentos
count-cases = { $count ->
    [one] { $n } caso
   *[other] { $n } casos
}
count-publications = { $count ->
    [one] { $n } publicación
   *[other] { $n } publicaciones
}
count-toolkits = { $count ->
    [one] { $n } kit de herramientas
   *[other] { $n } kits de herramientas
}

## Fechas
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Nombres de idiomas
language-en = inglés
language-es = español
language-fr = francés
language-pt = portugués
language-de = alemán
language-it = italiano
language-nl = neerlandés

## Inicio
home-title = Inicio
home-heading = Ideas probadas por gobiernos de todo el mundo
home-counts = { $cases ->
    [one] { $cases_n } iniciativa
   *[other] { $cases_n } iniciativas
} de { $countries ->
    [one] { $countries_n } país
   *[other] { $countries_n } países
}.
home-search-hint = Por ejemplo: chatbot, "presupuesto participativo", salud digital.
home-featured = Casos destacados
home-latest = Últimos casos
home-all-cases = { $count ->
    [one] Ver { $n } caso
   *[other] Ver los { $n } casos
}
home-trends = Tendencias de un vistazo
home-trends-years = Casos por año de inicio
home-trends-technologies = Tecnologías más utilizadas
home-sectors = Explorar por sector
home-publications = Últimas publicaciones
home-all-publications = Todas las publicaciones
home-toolkits = Kits de herramientas para innovar
home-toolkits-text = Guías de métodos, barajas de tarjetas y marcos para comprender los problemas, generar ideas, probarlas y escalarlas.
home-toolkits-link = Buscar un kit de herramientas

## Búsqueda y biblioteca de casos
search-label = Buscar casos
search-button = Buscar
search-hint = Palabras del título, el resumen o el relato. Las "comillas" buscan una frase exacta, -palabra excluye una palabra y OR busca una u otra palabra.
sort-label = Ordenar por
sort-relevance = Relevancia
sort-relevance-empty = Relevancia (los más recientes primero si no hay palabras de búsqueda)
sort-newest = Publicados recientemente
sort-year = Año de inicio, del más reciente al más antiguo
feed-title = Casos nuevos (canal Atom)
feed-search = Seguir esta búsqueda (canal Atom)
library-trends = Ver esta búsqueda en gráficos
library-title = Biblioteca de casos
library-title-query = «{ $value }» en la biblioteca de casos
library-failed = No se ha podido realizar esta búsqueda
library-summary-query = { $count ->
    [one] { $n } caso para «{ $query }»
   *[other] { $n } casos para «{ $query }»
}
library-filters = Filtrar casos
library-empty-page = No hay resultados en esta página.
library-first-page = Ir a la primera página.
library-no-match = Ningún caso coincide. Pruebe con otras palabras o quite un filtro.
library-new-search = Empezar una nueva búsqueda
facet-country = País
facet-region = Región
facet-year = Año de inicio
facet-sector = Sector
facet-technology = Tecnología
facet-tag = Etiqueta de innovación
facet-stage = Etapa
facet-level = Nivel de gobierno
facet-innovation_facet = Faceta de innovación
facet-organisation_type = Tipo de organización
years-legend = Intervalo de años de inicio
years-from = Desde
years-to = Hasta
years-apply = Aplicar años
years-list = Casos por año
show-all = Mostrar todo
chosen-filters = Filtros elegidos
remove-filter = Quitar filtro
clear-all = Borrar todo
chip-search = Búsqueda: «{ $value }»
chip-year = Iniciado en { $value }
chip-years = Iniciado en { $value }
chip-year-from = Iniciado en { $value } o después
chip-year-to = Iniciado en { $value } o antes
pagination = Paginación
page = Página
page-previous = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }

## Un caso
case-overview = Descripción general
case-links = Enlaces
case-facts = Sobre este caso
case-json = Este caso en JSON
case-similar = Casos similares
case-archived = Este caso está archivado: se conserva como referencia y ya no se actualiza.
case-translated = Traducción del original en { $value }. Las secciones del relato que siguen están en el idioma original.
case-untranslated = Este caso está redactado en { $value }; todavía no hay traducción al español.
case-imported = Importado del conjunto de datos { $dataset } (registro { $record }).
section-innovation = Qué lo hace innovador
section-partners = Socios y colaboración
section-beneficiaries = Usuarios, partes interesadas y beneficiarios
section-results = Resultados e impacto
section-challenges = Retos y fracasos
section-conditions = Condiciones para el éxito
section-replication = Potencial de replicación
section-lessons = Lecciones para compartir
fact-organisation = Organización
fact-organisation-type = Tipo de organización
fact-countries = Países
fact-region = Región
fact-place = Lugar
fact-level = Nivel de gobierno
fact-launched = Inicio
fact-ended = Fin
fact-stage = Etapa
fact-status = Estado
fact-sectors = Sectores
fact-technologies = Tecnologías
fact-tags = Etiquetas de innovación
fact-facets = Facetas de innovación
fact-sdgs = Objetivos de Desarrollo Sostenible
fact-published = Publicado aquí
fact-updated = Última actualización
fact-website = Sitio web
fact-licence = Licencia
sdg = ODS { $value }
cite-title = Citar o compartir este caso
cite-permalink = Enlace permanente
cite-plain = Referencia
cite-text = { $author } ({ $year }). { $title }. Biblioteca de casos de Observa. { $url } (consultado el { $accessed }).
cite-no-date = s. f.

## Publicaciones
publications-intro = Informes, documentos de trabajo y guías sobre innovación en el sector público, con sus cifras clave.
publications-none = Todavía no hay publicaciones.
publication-figures = Cifras clave
publication-partners = Socios
publication-themes = Temas
publication-trends = Tendencias
publication-related = Casos relacionados
publication-related-more = Buscar más casos sobre estos temas
figure-initiatives-analysed = Iniciativas analizadas
figure-countries = Países
figure-key-trends = Tendencias clave
figure-case-studies = Estudios de caso

## Kits de herramientas
toolkits-title = Explorador de kits de herramientas
toolkits-intro = Encuentre una guía de métodos o una herramienta para su proyecto de innovación: elija las disciplinas, los propósitos, las facetas de innovación o los tipos que necesite.
toolkits-filter = Filtrar kits de herramientas
toolkits-apply = Mostrar kits de herramientas
toolkits-none = Ningún kit de herramientas cumple todos los filtros. Quite uno para ver más.
toolkits-sort-name = Nombre
toolkits-sort-newest = Más recientes primero
toolkit-filter-discipline = Disciplina
toolkit-filter-purpose = Propósito
toolkit-filter-facet = Faceta de innovación
toolkit-filter-type = Tipo
toolkit-facts = Sobre este kit de herramientas
toolkit-open = Abrir el kit de herramientas en el sitio web de { $value }
toolkit-publisher = Editor
toolkit-year = Año
toolkit-type = Tipo
toolkit-format = Formato
toolkit-languages = Idiomas
toolkit-cost = Precio
toolkit-licence = Licencia
cost-free = Gratuito
cost-paid = De pago
cost-freemium = Gratuito, con extras de pago

## Acerca de
about-title = Acerca de Observa
about-lead = Observa reúne lo que los gobiernos ponen en práctica para servir mejor a las personas: qué se intentó, dónde, por quién, en qué etapa y con qué resultados, para que quienes trabajan en el sector público encuentren ideas probadas y compartan las suyas.
about-what-title = Qué ofrece este sitio
about-what-text = La biblioteca sigue la estructura de los estudios de caso del Observatorio de Innovación del Sector Público de la OCDE: cada caso explica qué lo hace innovador, a quién sirve, sus resultados, sus retos y las lecciones que ofrece.
about-cases = { $cases ->
    [one] { $cases_n } iniciativa
   *[other] { $cases_n } iniciativas
} de { $countries ->
    [one] { $countries_n } país
   *[other] { $countries_n } países
}, con búsqueda en inglés, español, francés y portugués.
about-publications = Informes y estudios con sus cifras clave y casos relacionados.
about-toolkits = Guías de métodos y herramientas para cada etapa de un proyecto de innovación.
about-reuse-title = Reutilizar los datos
about-reuse-text = Todos los registros públicos pueden leerse en JSON a través de la API de datos abiertos, con la licencia y la atribución que los acompañan. Se ruega citar la fuente indicada en cada caso.
about-access-title = Accesibilidad
about-access-text = Estas páginas aspiran a cumplir el nivel AA de las WCAG 2.1: funcionan solo con el teclado y con lectores de pantalla, respetan la preferencia de movimiento reducido y se leen bien a partir de 320 píxeles de ancho. Todas las páginas se comprueban automáticamente con axe. Si algo no le funciona, comuníquelo al responsable del sitio.
about-software-title = El software
about-software-text = Observa es software de código abierto (AGPL-3.0). Funciona como un único programa con una base de datos integrada, o con PostgreSQL en varios servidores, y no hace solicitudes a otros sitios: sin rastreadores, ni fuentes ni scripts externos.

## Verificación de los datos
data-title = Cómo verificar nuestros datos
data-lead = Cualquier persona puede comprobar que un conjunto de datos descargado de este sitio es exactamente el que publicó su responsable, byte a byte.
data-release-title = Versiones firmadas
data-release-text = El responsable del sitio publica la biblioteca en versiones fechadas. Cada versión es una carpeta con:
data-release-files = todos los casos públicos, en JSON Lines y en CSV;
data-release-manifest = la lista de los archivos de la versión con la huella SHA-256 de cada uno;
data-release-signature = una firma Ed25519 del manifiesto, en el formato de la herramienta minisign.
data-key = La clave pública que verifica las firmas se publica en
data-releases-link = Las versiones publicadas en este sitio
data-verify-title = Verificar una versión
data-verify-observa = Con el propio Observa, que comprueba cada archivo y la firma e indica exactamente qué no coincide:
data-verify-minisign = O con las herramientas minisign y sha256sum, ampliamente disponibles:
data-verify-fail = Si alguna comprobación falla, los archivos se modificaron después de que el responsable los firmara, o no se firmaron con la clave de este sitio: no confíe en ellos.
data-live-title = Datos leídos directamente del sitio
data-live-text = Las páginas y la API muestran siempre los registros actuales. Una versión es una instantánea fija: cite la versión y su fecha cuando necesite que otras personas vean exactamente los mismos datos.

## Errores
error-not-found-title = Página no encontrada
error-not-found-text = No hay nada en esta dirección. Puede que se haya escrito mal o que la página se haya trasladado.
error-bad-request-title = No se puede responder a esta solicitud
error-bad-request-text = Algo en la dirección o en el formulario no es válido.
error-server-title = Se ha producido un error
error-server-text = El error es nuestro. Vuelva a intentarlo dentro de un momento.
error-code = Error
error-home = Ir a la página de inicio
error-library = Explorar la biblioteca de casos

## Releases
footer-releases = Versiones firmadas
releases-title = Versiones firmadas
releases-lead = Todos los casos públicos, en instantáneas fechadas y firmadas por el responsable del sitio: descárguelas, verifíquelas, cítelas.
releases-how = Cualquiera puede comprobar que una versión es exactamente lo que el responsable publicó.
releases-how-link = Cómo verificar una versión
releases-none = Todavía no se ha publicado ninguna versión.
releases-made = { $date }, { $time } UTC
releases-name = Versión
releases-manifest = la lista de los archivos de la versión, con el tamaño y la huella SHA-256 de cada uno
releases-signature = la firma Ed25519 del manifiesto (formato minisign)
releases-verify = Para verificar esta versión con Observa:
releases-key-title = La clave de firma
releases-key-text = La clave pública que verifica todas las versiones se publica en
releases-key-id = Identificador de la clave
releases-key-minisign = O con minisign y sha256sum, en la carpeta de la versión:
releases-no-key = Este sitio todavía no tiene clave de firma.
releases-size-bytes = { $count ->
    [one] { $n } byte
   *[other] { $n } bytes
}
releases-size-kb = { $value } kB
releases-size-mb = { $value } MB
releases-size-gb = { $value } GB

## API reference
api-title = API de datos abiertos
api-intro = Consulte la biblioteca de casos, las publicaciones, los kits de herramientas, las convocatorias y los vocabularios en JSON, CSV o JSON Lines. No hace falta clave; cada cliente puede hacer 20 solicitudes por segundo.
api-document = El documento OpenAPI 3.1 (JSON)
api-operations = Operaciones
api-parameters = Parámetros
api-responses = Respuestas
api-name = Nombre
api-in = En
api-type = Tipo
api-required = obligatorio
api-description = Descripción
api-status = Estado
api-yes = sí
api-no = no
api-try = Probar
api-send = Enviar la solicitud

## Tendencias
trends-title = Tendencias
trends-title-query = Tendencias de “{ $value }”
trends-intro = Cada gráfico cuenta los casos que encuentra la búsqueda de abajo, igual que la biblioteca de casos. Las barras, los países y los círculos llevan a esos casos en la biblioteca.
trends-library = Ver estos casos en la biblioteca
trends-csv = Descargar estas cifras (CSV)
trends-count = Casos
trends-share = Proporción
trends-percent = { $value } %
trends-chart-country = Casos por país
trends-chart-year = Casos por año de inicio
trends-chart-innovation_facet = Cartera de facetas de innovación
trends-chart-region = Casos por región
trends-chart-sector = Casos por sector
trends-chart-stage = Casos por etapa
trends-chart-technology = Casos por tecnología
trends-chart-level = Casos por nivel de gobierno
trends-desc-bars = La barra más larga es { $top }, con { $n }. Barras dibujadas: { $shown } de { $values }; la tabla recoge todos los valores.
trends-desc-years = Casos según el año en que se iniciaron, de { $from } a { $to }; el máximo, { $n }, en { $peak }.
trends-desc-map = Mapa del mundo con cada país sombreado de claro a oscuro según su número de casos; los países en gris no tienen ninguno. { $countries ->
    [one] { $countries_n } país tiene casos.
   *[other] { $countries_n } países tienen casos.
}
trends-desc-portfolio = Las facetas de innovación de la OPSI: el eje vertical va de dirigida (arriba) a no dirigida (abajo), el horizontal de la certidumbre (izquierda) a la incertidumbre (derecha). La innovación orientada a misiones está arriba a la izquierda, la anticipatoria arriba a la derecha, la orientada a la mejora abajo a la izquierda y la adaptativa abajo a la derecha; el área de cada círculo es la proporción de casos de esa faceta.
trends-axis-directed = Dirigida
trends-axis-undirected = No dirigida
trends-axis-certain = Certidumbre
trends-axis-uncertain = Incertidumbre
trends-legend = Casos por país
trends-map-none = Ninguno
trends-map-source = Contornos de los países: Natural Earth (dominio público), del paquete world-atlas.
trends-empty-chart = Ningún caso encontrado tiene un valor aquí.

## Email (see mail.rs)
mail-confirm-subject = Confirme su correo electrónico en Observa
mail-confirm-body =
    Hola:

    Para terminar de crear su cuenta de Observa, abra este enlace en las próximas 48 horas:

    { $value }

    Si no ha pedido una cuenta, puede ignorar este mensaje.
mail-reset-subject = Elija una nueva contraseña de Observa
mail-reset-body =
    Hola:

    Para elegir una nueva contraseña para su cuenta de Observa, abra este enlace en la próxima hora:

    { $value }

    Si no lo ha pedido, puede ignorar este mensaje: su contraseña no cambia.
mail-exists-subject = Ya tiene una cuenta de Observa
mail-exists-body =
    Hola:

    Alguien, quizá usted, ha intentado crear una cuenta de Observa con esta dirección, que ya tiene una. Inicie sesión con ella o, si ha olvidado su contraseña, elija una nueva aquí:

    { $value }

    Si no ha sido usted, puede ignorar este mensaje.

## Accounts
nav-account = Su cuenta
error-forbidden-title = No puede hacer esto
error-forbidden-text = Su cuenta no tiene permiso para hacerlo, o el formulario era demasiado antiguo: vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many-text = Espere un poco antes de volver a intentarlo.
account-error-summary = Hay un problema
account-error-prefix = Error:
account-email = Correo electrónico
account-display-name = Su nombre
account-display-name-hint = Se muestra junto a lo que aporte.
account-password = Contraseña
account-new-password = Nueva contraseña
account-password-hint = Al menos { $n } caracteres; unas cuantas palabras forman una buena contraseña.
account-signup-title = Crear una cuenta
account-signup-lead = Con una cuenta puede presentar casos de innovación en el sector público. Le enviaremos un correo para confirmar su dirección.
account-signup-button = Crear la cuenta
account-have-account = ¿Ya tiene una cuenta?
account-signin-link = Iniciar sesión
account-signin-title = Iniciar sesión
account-signin-button = Iniciar sesión
account-no-account = ¿Aún no tiene cuenta?
account-signup-link = Crear una cuenta
account-forgot = ¿Ha olvidado su contraseña?
account-error-credentials = El correo electrónico o la contraseña no son correctos.
account-error-unconfirmed = Confirme primero su dirección con el enlace que le enviamos. ¿No le llegó? Restablezca su contraseña para recibir un enlace nuevo.
error-email-required = Escriba su correo electrónico.
error-email-invalid = Escriba un correo electrónico como nombre@ejemplo.org.
error-name-required = Escriba el nombre que verán los demás.
error-name-invalid = El nombre debe ser una línea de 100 caracteres como máximo.
error-password-short = La contraseña debe tener al menos { $n } caracteres; unas cuantas palabras forman una buena contraseña.
error-password-long = La contraseña debe tener como máximo { $n } caracteres.
error-password-repetitive = La contraseña repite demasiado pocos caracteres para ser difícil de adivinar.
error-password-email = La contraseña no debe contener su correo electrónico.
account-sent-title = Revise su correo
account-signup-sent = Hemos enviado un mensaje a { $value }. Siga su enlace en las próximas 48 horas para confirmar la dirección y después inicie sesión.
account-reset-sent = Si una cuenta usa { $value }, le hemos enviado un enlace para elegir una nueva contraseña. El enlace vale durante una hora.
account-confirm-title = Confirme su correo electrónico
account-confirm-text = Confirme que { $value } es su dirección para terminar de crear su cuenta.
account-confirm-button = Confirmar mi dirección
account-link-invalid-title = Este enlace ya no funciona
account-link-invalid-text = Ya se ha usado o ha caducado. Para recibir uno nuevo, restablezca su contraseña.
account-confirmed-notice = Su correo electrónico está confirmado. Ya puede iniciar sesión.
account-reset-done-notice = Su contraseña ha cambiado. Inicie sesión con la nueva.
account-reset-title = Restablecer la contraseña
account-reset-lead = Escriba el correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
account-reset-button = Enviar el enlace
account-new-password-title = Elija una nueva contraseña
account-new-password-text = Para la cuenta { $value }. Al cambiarla se cierran todas las sesiones de la cuenta.
account-new-password-button = Cambiar la contraseña
account-title = Su cuenta
account-role = Función
account-name = Nombre
account-signout-button = Cerrar sesión
account-admin-links = Administración
admin-users-title = Usuarios y funciones
admin-users-lead = Cambie lo que puede hacer cada cuenta. Cada cambio queda registrado en el registro de auditoría.
admin-col-email = Correo electrónico
admin-col-name = Nombre
admin-col-role = Función
admin-col-confirmed = Dirección confirmada
admin-col-created = Creada
admin-yes = Sí
admin-no = No
admin-role-label = Nueva función para { $value }
admin-role-button = Cambiar la función
admin-role-changed = La función de { $value } es ahora { $role }.
admin-own-role = No puede cambiar su propia función: pídalo a otra persona administradora.
admin-outbox-title = Bandeja de salida del correo
admin-outbox-lead-smtp = Los mensajes se envían por SMTP; el texto de un mensaje enviado no se conserva.
admin-outbox-lead-none = No hay ningún servidor SMTP configurado, así que los mensajes quedan aquí: transmita el enlace a mano cuando alguien lo necesite.
admin-col-to = Para
admin-col-subject = Asunto
admin-col-status = Estado
admin-col-date = Escrito
admin-status-sent = Enviado
admin-status-pending = En espera
admin-status-failed = No enviado: { $value }
admin-outbox-empty = Todavía no hay mensajes.
admin-outbox-text = Texto
## Temas, tendencias emergentes e informe
trends-themes-title = Temas
trends-themes-intro = Los temas agrupan los casos cuyos textos (título, resumen, descripción e historia) usan las mismas palabras. Cada tema lleva el nombre de sus palabras más características y se muestra con sus casos más representativos.
trends-themes-auto = { $k } temas: de 4 a 12 temas, el número que mejor separa los casos (silueta media { $score }).
trends-themes-given = { $k } temas, según lo pedido.
trends-themes-sampled = Esta búsqueda encuentra { $matched } casos: los temas y las tendencias emergentes se calculan sobre { $analysed } de ellos, una muestra fija elegida por número de caso.
trends-themes-choose = Número de temas
trends-themes-auto-option = Elegido automáticamente
trends-themes-show = Mostrar
trends-themes-none = Los textos de estos casos son demasiado pocos o demasiado breves para agruparlos en temas.
trends-theme-heading = Tema { $n }: { $label }
trends-theme-size = { $count ->
    [one] { $n } caso
   *[other] { $n } casos
} ({ $percent } de los analizados)
trends-theme-examples = Casos más representativos
trends-theme-chart = Tema { $n } por año de lanzamiento
trends-theme-desc = Casos del tema { $n } ({ $label }) por año de lanzamiento, de { $from } a { $to }; el máximo, { $most }, en { $peak }.
trends-year = Año
trends-emerging-title = Tendencias emergentes
trends-emerging-intro = Temas, tecnologías, etiquetas y palabras cuya proporción entre los casos lanzados en { $recent } creció, frente a { $baseline }, más de lo que explicaría el azar.
trends-emerging-none = Ningún tema, tecnología, etiqueta o palabra creció más allá del azar en estos casos.
trends-emerging-short = Hay muy pocos años con casos para comparar los años recientes con los anteriores.
trends-kind-theme = Tema
trends-kind-technology = Tecnología
trends-kind-tag = Etiqueta
trends-kind-term = Palabra
trends-emerging-figures = { $recent_share } de los casos de { $recent } frente a { $baseline_share } antes: { $ratio } veces la proporción. Sin un cambio real, un aumento así ocurriría por azar con probabilidad p { $p }; teniendo en cuenta todos los elementos probados, q { $q }.
trends-emerging-new = { $recent_share } de los casos de { $recent }, ninguno antes. Sin un cambio real, esto ocurriría por azar con probabilidad p { $p }; teniendo en cuenta todos los elementos probados, q { $q }.
trends-emerging-chart = { $label } por año de lanzamiento
trends-emerging-desc = Casos con { $label } cada año de { $from } a { $to }, con su proporción entre los casos de ese año.
trends-method-title = Cómo se obtienen
trends-method-themes = Temas: los textos de cada caso se convierten en un vector de pesos de palabras (TF-IDF, palabras reducidas a su raíz, sin las palabras comunes); k-medias esférico agrupa los vectores por similitud de coseno, a partir de una semilla fija ({ $seed }), de modo que los mismos casos dan siempre los mismos temas. Si no se pide un número, se prueban de 4 a 12 temas y se conserva el número con la mejor silueta media.
trends-method-test = Tendencias emergentes: para cada elemento se compara la proporción de casos que lo tienen en la ventana reciente (los últimos { $years } años con casos) con su proporción en los años anteriores. Si la proporción no hubiera cambiado, los casos recientes del elemento seguirían una ley binomial dado su número total de casos (la prueba condicional de dos tasas de Poisson); p es la probabilidad exacta de tantos casos recientes o más. Al probar cientos de elementos a la vez algunos saldrían por azar, así que cada tipo de elemento se corrige en conjunto (valores q de Benjamini–Hochberg). Un elemento aparece cuando su proporción creció, tiene al menos { $min } casos recientes y q no supera { $q }.
trends-report-link = Informe imprimible
report-title = Informe de tendencias
report-title-query = Informe de tendencias: «{ $value }»
report-generated = Cifras calculadas el { $value } a partir de los casos publicados en la biblioteca.
report-headline = Cifras principales
report-initiatives = Iniciativas
report-countries = Países
report-regions = Regiones
report-years = Años de lanzamiento
report-charts = Los casos en gráficos
report-method = Método
report-method-counts = Cada cifra es el número de casos publicados que encuentra la búsqueda, como los cuenta la biblioteca de casos; un caso con varios países, sectores o tecnologías cuenta una vez en cada uno. Los casos sin año de lanzamiento no figuran en los gráficos por año.
report-print = Imprimir o guardar como PDF
report-back = Volver a la página de tendencias

## Review: the editors' queue, the review page, history, notifications, withdrawal, audit
account-notifications = { $count ->
    [0] Notificaciones: ninguna sin leer
    [one] Notificaciones: { $n } sin leer
   *[other] Notificaciones: { $n } sin leer
}
account-editor-links = Edición
notice-in_review = Su caso «{ $title }» está en revisión
notice-changes_requested = Se solicitan cambios en su caso «{ $title }»
notice-published = Su caso «{ $title }» está publicado
notice-rejected = Su caso «{ $title }» no fue aceptado
notice-archived = Su caso «{ $title }» está archivado
notice-withdrawn = Su caso «{ $title }» fue retirado
notice-withdrawal_requested = Su autor pide retirar «{ $title }»
notice-withdrawal_declined = Su solicitud de retirar «{ $title }» fue rechazada
notice-other = Novedades sobre «{ $title }»
mail-review-subject = Observa: { $value }
mail-review-body =
    Hola:

    { $what }.

    { $comment }

    Más en Observa: { $link }

    El equipo editorial de Observa
criterion-fits_definition = Corresponde a la definición de innovación en el sector público: nueva en su contexto, implementada o en implementación, orientada al valor público.
criterion-plain_language = Está escrito en lenguaje claro, con las siglas desarrolladas.
criterion-every_section = Todas las secciones tienen respuesta (se aceptan respuestas preliminares, no vacíos).
criterion-stands_alone = Se entiende por sí mismo, sin depender de enlaces.
criterion-no_personal_data = No contiene datos personales más allá del contacto indicado.
decision-withdrawal_declined = Retirada rechazada
review-someone = Alguien
review-queue-title = Cola de revisión
review-queue-lead = Casos que esperan la decisión de un editor, primero los que más esperan.
review-counts-title = Casos por estado
review-filter-status = Estado
review-filter-call = Convocatoria
review-filter-age = En espera
review-filter-waiting = Esperan una decisión
review-filter-withdrawal = Retirada solicitada
review-filter-all = Cualquier estado
review-filter-any-call = Cualquier convocatoria
review-filter-any-age = Cualquier duración
review-filter-older = { $count ->
    [one] Más de { $n } día
   *[other] Más de { $n } días
}
review-filter-button = Filtrar
review-results = { $count ->
    [one] { $n } caso
   *[other] { $n } casos
}
review-queue-empty = Ningún caso corresponde a estos filtros.
review-col-case = Caso
review-col-status = Estado
review-col-call = Convocatoria
review-col-author = Autor
review-col-waiting = Sin cambios desde hace
review-waiting-days = { $count ->
    [one] { $n } día
   *[other] { $n } días
}
review-withdrawal-flag = Retirada solicitada
review-pages = Páginas
review-previous = Página anterior
review-next = Página siguiente
review-page = Página { $value }
review-case-title = Revisión: { $value }
review-case-prefix = Revisión:
review-revision = Versión
review-history-link = Historial de cambios
review-withdrawal-title = El autor pide la retirada
review-withdrawal-by = Pedido por { $name } el { $date }:
review-decision-title = Decisión
review-no-actions = Ninguna acción es posible para un caso en este estado.
review-checklist-legend = Criterios de aceptación
review-checklist-hint = Marque cada criterio que el caso cumple; publicar exige todos. Las marcas se guardan con la decisión.
review-comment-label = Comentario para los autores
review-comment-hint = Markdown. Necesario para solicitar cambios, rechazar (el motivo) y rechazar una retirada.
review-action-start = Empezar la revisión
review-action-request-changes = Solicitar cambios
review-action-publish = Publicar
review-action-reject = Rechazar
review-action-archive = Archivar
review-action-withdraw = Retirar
review-action-decline-withdrawal = Rechazar la retirada
review-done-start = La revisión ha empezado.
review-done-request-changes = Se solicitaron cambios; los autores reciben aviso.
review-done-publish = El caso está publicado; los autores reciben aviso.
review-done-reject = El caso fue rechazado; los autores reciben aviso.
review-done-archive = El caso está archivado.
review-done-withdraw = El caso fue retirado.
review-done-decline-withdrawal = La solicitud de retirada fue rechazada; los autores reciben aviso.
review-error-stale = Este caso cambió desde que lo abrió. Revise la versión actual abajo y decida de nuevo.
review-error-not-allowed = Esta acción no es posible para el caso en su estado actual.
review-error-comment-request-changes = Indique qué cambios solicita.
review-error-comment-reject = Indique el motivo del rechazo.
review-error-comment-decline-withdrawal = Indique el motivo para rechazar la retirada.
review-error-comment-long = Escriba como máximo { $n } caracteres.
review-error-checklist = Marque todos los criterios de aceptación antes de publicar.
review-error-invalid = El caso aún no cumple las reglas de este estado: { $value }.
review-comments-title = Comentarios para los autores
review-comments-none = Aún no hay comentarios.
review-comment-decision = con la decisión: { $value }
review-comment-checked = Criterios marcados: { $value }
review-history-title = Historial de «{ $value }»
review-back = Volver a la revisión
review-history-lead = Todas las versiones del caso, la más reciente primero, con quién la escribió, cuándo y qué cambió.
review-revision-heading = Versión { $n }, por { $name }, { $date }
review-revision-status = Estado: { $value }
review-revision-first = La primera versión.
review-revision-same = Ningún campo cambió.
review-revision-caption = Cambios de la versión { $value }
review-col-field = Campo
review-col-before = Antes
review-col-after = Después
review-empty = vacío
review-deleted = eliminado
review-inserted = añadido
notifications-title = Notificaciones
notifications-unread = { $count ->
    [0] Ninguna notificación sin leer.
    [one] { $n } notificación sin leer.
   *[other] { $n } notificaciones sin leer.
}
notifications-mark-read = Marcar todo como leído
notifications-none = Nada por ahora: aquí aparecerán las decisiones sobre sus casos.
notifications-new = Nuevo:
withdrawal-ask-link = Pedir que se retire este caso
withdrawal-title = Retirar «{ $value }»
withdrawal-lead = Explique al equipo editorial por qué este caso no debería seguir siendo público. Lo retirarán o le responderán.
withdrawal-public-page = Ver la página pública del caso.
withdrawal-reason = ¿Por qué debería retirarse el caso?
withdrawal-button = Pedir la retirada
withdrawal-open = Pidió la retirada el { $value }; el equipo editorial decidirá.
withdrawal-error-reason = Explique por qué debería retirarse el caso.
withdrawal-error-not-public = Solo un caso publicado o archivado puede retirarse.
audit-title = Registro de auditoría
audit-lead = Todos los cambios registrados: cambios de estado y de rol, altas y más, el más reciente primero.
audit-lead-editor = Todos los cambios registrados en los casos, el más reciente primero.
audit-filter-entity = Registro
audit-filter-action = Acción
audit-filter-any = Cualquiera
audit-results = { $count ->
    [one] { $n } entrada
   *[other] { $n } entradas
}
audit-col-when = Cuándo
audit-col-actor = Quién
audit-col-action = Acción
audit-col-entity = Registro
audit-col-detail = Detalle
audit-operator = El operador
## Convocatorias de innovaciones, tendencias con nombre y el informe de duplicados
facet-call = Convocatoria de innovaciones
trends-theme-save = Guardar como tendencia con nombre (editores)
named-trends-link = Tendencias con nombre
report-title-call = Informe de tendencias: { $value }
call-error-too-long = Demasiado largo: como máximo { $n } caracteres.
call-error-too-many = Demasiados: como máximo { $n }.
editor-error-theme = Cada tema tiene de 1 a { $n } caracteres.
editor-error-slug = Use letras minúsculas, cifras y guiones simples.
editor-error-slug-taken = Este nombre corto ya existe: elija otro.
editor-error-date = Indique una fecha como 2027-03-31.
editor-error-closes-before-opening = La fecha de cierre es anterior a la de apertura.
editor-error-invalid = Este valor no es válido.
editor-calls-title = Convocatorias de innovaciones
editor-calls-lead = Abra una convocatoria con sus fechas y temas, modifíquela o ciérrela antes fijando su fecha de cierre. Los contribuyentes pueden responder mientras está abierta.
editor-call-saved = La convocatoria «{ $value }» está guardada.
editor-call-new = Abrir una nueva convocatoria
editor-calls-public = La lista pública de convocatorias
editor-call-new-title = Abrir una convocatoria de innovaciones
editor-call-edit-title = Modificar una convocatoria de innovaciones
editor-call-lead = Una convocatoria está abierta desde su día de apertura hasta su día de cierre, ambos incluidos.
editor-call-open = Abrir la convocatoria
editor-calls-back = Volver a las convocatorias
call-slug = Nombre corto
call-slug-hint = Se usa en la dirección: letras minúsculas, cifras y guiones, p. ej. call-2027. No puede cambiar después.
call-title = Título
call-description = Descripción
call-description-hint = Markdown: *énfasis*, **negrita**, listas y enlaces.
call-opens = Abre
call-closes = Cierra
call-date-hint = Una fecha como 2027-01-15.
call-closes-hint = Para cerrar la convocatoria antes, ponga la fecha de hoy.
call-themes = Temas que solicita
call-themes-hint = Un tema por línea.
call-col-title = Convocatoria
call-col-state = Estado
call-col-intake = Casos enviados
call-col-actions = Acciones
call-col-status = Estado
call-state-upcoming = Próxima
call-state-open = Abierta
call-state-closed = Cerrada
call-dates = del { $opens } al { $closes }
calls-title = Convocatorias de innovaciones
calls-lead = Campañas limitadas en el tiempo que invitan a presentar innovaciones del sector público sobre temas dados. La página de cada convocatoria cuenta lo que recibió.
calls-none = Aún no hay convocatorias de innovaciones.
count-col-cases = Casos
call-intake = Casos recibidos
call-intake-total = { $count ->
    [one] { $n } caso enviado a esta convocatoria
   *[other] { $n } casos enviados a esta convocatoria
}
call-intake-by-status = Casos enviados a esta convocatoria, por estado
call-published-heading = Casos publicados
call-published = { $count ->
    [one] { $n } caso publicado
   *[other] { $n } casos publicados
}
call-see-cases = Ver los casos publicados
call-see-trends = Tendencias de los casos de esta convocatoria
named-trends-title = Tendencias con nombre
named-trends-lead = Temas que los editores encontraron entre los casos, con nombre y guardados, cada uno con la selección de la que procede.
named-trends-none = Aún no hay tendencias con nombre.
named-trend-new-title = Guardar un tema como tendencia con nombre
named-trend-edit-title = Modificar una tendencia con nombre
named-trend-lead = Dé al tema un nombre y una descripción; se guardan con él su selección, sus términos principales y sus casos representativos.
named-trend-name = Nombre
named-trend-description = Descripción
named-trend-query = Selección
named-trend-query-hint = Los filtros de la página de tendencias, como en su dirección (p. ej. sector=health&call=call-2027); vacío para toda la biblioteca.
named-trend-terms = Términos principales
named-trend-cases = Casos representativos
named-trend-delete = Eliminar esta tendencia con nombre
named-trend-count = { $count ->
    [one] { $n } caso publicado corresponde hoy a esta selección.
   *[other] { $n } casos publicados corresponden hoy a esta selección.
}
named-trend-saved-on = Guardada o modificada por última vez el { $value }.
named-trend-whole-library = Toda la biblioteca
named-trend-now = Su selección hoy
named-trend-see-trends = Ver su selección en la página de tendencias
named-trend-edit-link = Editar (editores)
duplicates-title = Posibles duplicados
duplicates-summary = { $pairs ->
    [one] { $pairs_n } par de posibles duplicados entre { $cases_n } casos publicados.
   *[other] { $pairs_n } pares de posibles duplicados entre { $cases_n } casos publicados.
}
duplicates-method = Pares cuyos textos comparten al menos { $value } de sus secuencias de tres palabras (similitud de Jaccard), hallados con MinHash y confirmados exactamente; los más parecidos primero.
duplicates-truncated = La biblioteca tiene más casos publicados que los { $value } comparados aquí: los demás no se comprueban. Use observa duplicates en el servidor para todos.
duplicates-page = Página { $page } de { $pages }
duplicates-col-similarity = Similitud
duplicates-col-case = Caso
duplicates-col-other = Posible duplicado
duplicates-pages = Páginas de pares
duplicates-prev = Página anterior
duplicates-next = Página siguiente
## Contributing cases (see contribute/)
contribute-title = Tus casos
contribute-lead = Casos que empezaste o que te invitaron a editar. Un borrador es tuyo hasta que lo envías; después lo revisan los editores.
contribute-new = Empezar un caso nuevo
contribute-none = Todavía no tienes ningún caso.
contribute-col-case = Caso
contribute-col-status = Estado
contribute-col-changed = Último cambio
contribute-col-decision = Última decisión
contribute-col-actions = Acciones
contribute-role-owner = tuyo
contribute-role-collaborator = colaboras
contribute-edit = Editar
contribute-view = Vista previa
contribute-submitted-notice = Tu caso se ha enviado. Los editores lo revisarán; su decisión aparecerá aquí.
contribute-new-title = Empezar un caso nuevo
contribute-new-lead = Dale un título a tu caso: podrás cambiarlo todo después. Un borrador solo necesita un título.
contribute-call = Convocatoria de innovaciones
contribute-call-none = Sin convocatoria: enviar a la biblioteca en cualquier momento
contribute-call-hint = Convocatorias abiertas hoy. Un caso que responde a una convocatoria debe enviarse mientras esté abierta.
contribute-language = Idioma en que está escrito el caso
contribute-start = Empezar el borrador
contribute-steps = Pasos del formulario del caso
contribute-step-identity = Identidad
contribute-step-who = Quién
contribute-step-what = Qué
contribute-step-when = Cuándo y hasta dónde
contribute-step-story = Historia
contribute-step-materials = Materiales
contribute-step-collaborators = Colaboradores
contribute-step-submit = Revisar y enviar
contribute-step-of = (paso { $step } de { $steps })
contribute-save = Guardar borrador
contribute-save-continue = Guardar y continuar
contribute-saved = Borrador guardado.
contribute-needed = necesario para enviar
contribute-max-chars = { $count ->
    [one] Como máximo { $n } carácter.
   *[other] Como máximo { $n } caracteres.
}
contribute-chars-left = Caracteres restantes: { $value }
contribute-chars-over = Caracteres por encima del límite: { $value }
contribute-choose = Elige…
contribute-preview = Vista previa del caso
contribute-preview-notice = Vista previa: así se verá el caso una vez publicado. No es público.
contribute-back-to-edit = Volver al formulario
contribute-conflict = Alguien guardó este caso después de que abrieras esta página, así que tus cambios no se guardaron. Tus valores se muestran abajo: abre el paso de nuevo para ver la última versión y haz ahí tus cambios.
field-title = Título
field-pitch = Resumen en una frase
field-overview = Descripción general
field-nuts = Código NUTS
field-videos = Enlaces a vídeos
hint-overview = Se admite Markdown: *énfasis*, listas, enlaces.
hint-countries = Nombres de países o códigos de dos letras, separados por comas.
hint-links = Uno por línea: un título, una barra vertical | y la dirección.
hint-year = Un año de 1950 a 2100.
example-title = Ejemplo: Laboratorio de presupuesto abierto de Porto Alegre
example-pitch = Ejemplo: Los vecinos deciden juntos cómo se gasta parte del presupuesto municipal.
example-overview = Ejemplo: Desde 2019 la ciudad invita a los vecinos a proponer proyectos y votarlos en asambleas de barrio; los proyectos ganadores entran en el presupuesto del año siguiente.
example-website = Ejemplo: https://www.example.gov/open-budget
example-language = Ejemplo: Español
example-call = Ejemplo: Innovaciones en salud pública 2027
example-organisation_name = Ejemplo: Ayuntamiento de Porto Alegre
example-organisation_type = Ejemplo: Gobierno
example-countries = Ejemplo: Brasil, PT
example-subnational = Ejemplo: Rio Grande do Sul
example-nuts = Ejemplo: PT11
example-level = Ejemplo: Local
example-sectors = Ejemplo: Modernización y reforma de la administración pública
example-tags = Ejemplo: Participación ciudadana, Co-diseño
example-technologies = Ejemplo: Análisis de datos
example-facets = Ejemplo: Orientada a misiones
example-sdgs = Ejemplo: ODS 11 (ciudades y comunidades sostenibles)
example-year_launched = Ejemplo: 2019
example-year_ended = Ejemplo: 2023 (déjalo vacío si continúa)
example-stage = Ejemplo: Implementación
example-lifecycle = Ejemplo: Activa
example-story_innovation = Ejemplo: Por primera vez son los vecinos, y no los funcionarios, quienes eligen qué proyectos se financian.
example-story_partners = Ejemplo: La ciudad trabajó con asociaciones vecinales y la universidad federal.
example-story_beneficiaries = Ejemplo: Participaron unos 20 000 vecinos; los proyectos sirven a los barrios más pobres.
example-story_results = Ejemplo: 312 proyectos financiados en cuatro años; la participación se duplicó entre el primer y el tercer año.
example-story_challenges = Ejemplo: Las primeras asambleas atrajeron a pocos jóvenes; en 2021 añadimos el voto en línea.
example-story_conditions = Ejemplo: El compromiso de la alcaldía de financiar los proyectos ganadores y personal formado en facilitación.
example-story_replication = Ejemplo: Dos ciudades vecinas adoptaron el método con nuestra guía.
example-story_lessons = Ejemplo: Publicar el presupuesto en lenguaje claro antes de pedir a la gente que elija.
example-links = Ejemplo: Página del proyecto | https://www.example.gov/open-budget
example-videos = Ejemplo: Vídeo de lanzamiento | https://video.example.org/watch/123
example-invite = Ejemplo: colega@example.gov
example-image-alt = Ejemplo: Vecinos votando proyectos del presupuesto en el salón de una escuela.
example-document-title = Ejemplo: Informe de evaluación 2022
contribute-error-required = Complétalo (una respuesta preliminar basta).
contribute-error-too_long = { $count ->
    [one] Escribe como máximo { $n } carácter.
   *[other] Escribe como máximo { $n } caracteres.
}
contribute-error-invalid_url = Escribe una dirección web completa que empiece por https:// o http://.
contribute-error-year_out_of_range = Escribe un año de 1950 a 2100.
contribute-error-not_a_year = Escribe un año con cuatro cifras, como 2021.
contribute-error-invalid_choice = Elige una de las opciones propuestas.
contribute-error-unknown_country = País desconocido: «{ $value }». Usa nombres o códigos de dos letras como BR, separados por comas.
contribute-error-ends_before_start = El año de fin es anterior al año de inicio.
contribute-error-bad_link = Escribe un enlace por línea: un título, una barra vertical | y la dirección.
contribute-error-call_closed = La convocatoria «{ $value }» está cerrada: elige una convocatoria abierta o ninguna.
contribute-error-invalid_language = Elige un idioma.
contribute-error-alt_required = Describe la imagen para quienes no pueden verla (texto alternativo).
contribute-error-title_required = Dale un título al documento.
contribute-error-title_needed = Dale un título al caso.
contribute-error-no_file = Elige un archivo para subir.
contribute-error-too_large = El archivo es demasiado grande: como máximo { $value }.
contribute-error-not_image = El contenido de este archivo no es una imagen PNG, JPEG, WebP o GIF, diga lo que diga su nombre.
contribute-error-not_document = El contenido de este archivo no es un documento PDF, OpenDocument u Office (docx, xlsx, pptx), diga lo que diga su nombre.
contribute-error-confirm = Confirma que revisaste el caso según estos criterios.
contribute-error-own_address = Es tu propia dirección.
contribute-error-already_invited = Esta dirección ya tiene una invitación pendiente.
contribute-images = Imágenes
contribute-documents = Documentos
contribute-no-images = Todavía no hay imágenes.
contribute-no-documents = Todavía no hay documentos.
contribute-remove = Quitar
contribute-add-image = Añadir una imagen
contribute-add-document = Añadir un documento
contribute-image-file = Archivo de imagen
contribute-image-types = PNG, JPEG, WebP o GIF, como máximo { $value }.
contribute-image-alt = Texto alternativo: qué muestra la imagen
contribute-document-file = Archivo del documento
contribute-document-types = PDF, OpenDocument (odt, ods, odp) u Office (docx, xlsx, pptx), como máximo { $value }.
contribute-document-title = Título del documento
contribute-upload-image = Subir la imagen
contribute-upload-document = Subir el documento
contribute-uploaded = Archivo añadido.
contribute-removed = Archivo quitado.
contribute-collaborators = Personas en este caso
contribute-collaborators-lead = Los colaboradores editan este caso contigo. Invítalos por correo: el enlace que reciben añade la cuenta con la que han iniciado sesión.
contribute-owner = propietario
contribute-collaborator = colaborador
contribute-invitations = Invitaciones
contribute-no-invitations = Todavía no se ha enviado ninguna invitación.
contribute-invite-email = Dirección de correo a invitar
contribute-invite = Enviar la invitación
contribute-invited = Invitación enviada.
contribute-withdraw = Retirar
contribute-withdrawn = Invitación retirada.
contribute-only-owner-invites = Solo el propietario del caso puede invitar a colaboradores.
invitation-pending = pendiente
invitation-accepted = aceptada
invitation-withdrawn = retirada
invitation-expired = caducada
contribute-join-title = Unirse a un caso
contribute-join-text = Te invitan a editar el caso «{ $value }». Al unirte, la cuenta con la que has iniciado sesión se añade como colaboradora.
contribute-join = Unirme como colaborador
contribute-join-invalid = Este enlace de invitación es desconocido, ya se usó, se retiró o caducó. Pide uno nuevo al propietario del caso.
contribute-missing = Lo que falta antes de poder enviar
contribute-ready = Todo lo que el envío necesita está completo.
contribute-criteria = Lo que revisan los editores
criterion-innovation = Encaja en la definición de innovación del sector público: nueva en su contexto, implementada o en implementación y orientada al valor público.
criterion-plain = Está escrito en lenguaje claro, con las siglas desarrolladas.
criterion-complete = Todas las secciones tienen respuesta: las respuestas preliminares valen, los espacios en blanco no.
criterion-standalone = Se entiende por sí mismo sin depender de enlaces.
criterion-personal = No contiene datos personales más allá del contacto nombrado.
contribute-confirm = He revisado el caso según estos criterios.
contribute-submit = Enviar a revisión
contribute-call-closed = La convocatoria «{ $value }» está cerrada: elige otra convocatoria, o ninguna, en el paso Identidad.
contribute-not-ready = El caso aún no está listo para enviarse: mira abajo lo que falta.
contribute-suggested = sugerido a partir de tus textos: { $value }
contribute-look-alike = Esto se parece a un caso existente
contribute-similarity = mismas palabras: { $value }
contribute-look-alike-hint = Si es la misma iniciativa, no hace falta enviarla otra vez; si es distinta, explica qué la diferencia.
contribute-account-link = Tus casos y contribuciones
mail-invite-subject = Invitación para editar un caso en Observa
mail-invite-body =
    Hola:

    { $inviter } te invita a editar con él o ella el caso «{ $title }» en Observa. Inicia sesión (o crea una cuenta) y abre este enlace en los próximos 14 días:

    { $link }

    Si no quieres participar, puedes ignorar este mensaje.
review-suggestions-title = Sugerencias a partir de los textos
review-suggestions-hint = Lo que el modelo de sugerencia de etiquetas encuentra en el título, el resumen y la descripción y que el caso aún no tiene, con su confianza.

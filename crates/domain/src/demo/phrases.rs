//! Phrase banks shared by every theme, in the four interface languages: the generic
//! sentences of each story section, sentences tied to an innovation facet, a technology
//! family or an innovation tag, organisation names and generic place names.
//!
//! Slots in braces are filled when a case is written (see `write.rs`). In organisation
//! and region names a `|` separates the article from the name ("the |City of {city}"):
//! the record stores the name, sentences use the article too. Non-English templates only
//! put `{org}`, `{users}` and `{word}` where no preposition would contract with their
//! article (never "de {org}" in French, "por {org}" in Portuguese).

use crate::vocab::{InnovationFacet, Sector};

/// The generic sentences and names of one language.
pub(super) struct Bank {
    pub launch: &'static [&'static str],
    pub context: &'static [&'static str],
    pub innovation: &'static [&'static str],
    pub partners: &'static [&'static str],
    /// A second sentence for the partners section.
    pub partners_more: &'static [&'static str],
    /// Kinds of partner, joined into `{partners}`.
    pub partner_kinds: &'static [&'static str],
    pub beneficiaries: &'static [&'static str],
    pub results: &'static [&'static str],
    pub challenges: &'static [&'static str],
    pub conditions: &'static [&'static str],
    pub replication: &'static [&'static str],
    pub lessons: &'static [&'static str],
    pub stage: &'static str,
    pub active: &'static str,
    pub completed: &'static str,
    pub discontinued: &'static str,
    pub key_features: &'static str,
    pub technologies: &'static str,
    /// What follows a label: ": " or, in French, " : ".
    pub colon: &'static str,
    pub and: &'static str,
    pub link_site: &'static str,
    pub link_report: &'static str,
    pub video: &'static str,
    pub image_title: &'static str,
    pub image_alt: &'static str,
    /// Programme names that may open a title ("Beacon: …").
    pub brands: &'static [&'static str],
    pub regions: &'static [&'static str],
    pub local_gov: &'static [&'static str],
    pub regional_gov: &'static [&'static str],
    pub supranational_gov: &'static [&'static str],
    pub international: &'static [&'static str],
    pub ngo: &'static [&'static str],
    pub academia: &'static [&'static str],
    pub private: &'static [&'static str],
    pub independent: &'static [&'static str],
}

/// Banks in the order of `Lang::ALL`.
pub(super) static BANKS: [Bank; 4] = [EN, ES, FR, PT];

/// Generic town names by the language of the country (not of the record).
pub(super) static CITIES: [&[&str]; 4] = [
    &[
        "Riverside",
        "Northbridge",
        "Eastfield",
        "Lakeview",
        "Hillcrest",
        "Westport",
        "Greenvale",
        "Southgate",
        "Millbrook",
        "Oakridge",
        "Fairhaven",
        "Stonebridge",
        "Brookfield",
        "Clearwater",
        "Kingsford",
        "Redcliff",
        "Silverton",
        "Ashford Vale",
    ],
    &[
        "San Isidro",
        "Villanueva",
        "Río Claro",
        "Valle Alto",
        "Puerto Nuevo",
        "Santa Rosa",
        "Las Flores",
        "San Martín",
        "Villa del Mar",
        "Monteverde",
        "Santa Lucía",
        "San Pedro",
        "La Esperanza",
        "Loma Azul",
    ],
    &[
        "Villeneuve",
        "Beaulieu",
        "Montclair",
        "Bellevue",
        "Clairval",
        "Saint-Laurent",
        "Rivière-Claire",
        "Fontaine-sur-Lac",
        "Val-Fleuri",
        "Pont-Neuf",
        "Bois-Joli",
        "Mont-Vert",
    ],
    &[
        "Vila Nova",
        "Rio Claro",
        "Santa Luzia",
        "Boa Vista",
        "Campo Alegre",
        "São Miguel",
        "Vale Verde",
        "Porto Novo",
        "Serra Azul",
        "Lagoa Grande",
        "Monte Alto",
    ],
];

/// Modifiers that may follow a programme name.
pub(super) static BRAND_SUFFIXES: &[&str] = &["", "", "", " 2.0", " Lab", " 360", " Plus"];

const EN: Bank = Bank {
    launch: &[
        "{Org} launched the initiative in {year}.",
        "The initiative started in {year}, led by {org}.",
        "Work began in {year} under the leadership of {org}.",
    ],
    context: &[
        "Before the initiative, {users} faced fragmented services and long delays, and decisions about {word} were made with little shared evidence.",
        "Public debate about {word} had grown, but the institutions involved lacked the data, skills and mandate to respond quickly.",
        "Existing processes had been designed decades earlier and no longer matched the needs of {users}.",
    ],
    innovation: &[
        "What is new is the way {org} combined {word} and {word2} in a single service, designed with the people who use it.",
        "It is the first initiative {where} to treat {word} as a shared responsibility across agencies rather than a task for one department.",
        "Instead of a one-off project, the team built a permanent capability: a small multidisciplinary unit that keeps improving the service.",
        "The approach was tested in small, fast cycles, with each version reviewed by real users before the next one was built.",
    ],
    partners: &[
        "{Org} led the work together with {partners}.",
        "A steering group bringing together {partners} met monthly to review progress.",
        "Delivery relied on a formal partnership with {partners}, backed by a data-sharing agreement and a joint budget.",
    ],
    partners_more: &[
        "Frontline staff and users tested every prototype and suggested changes.",
        "Peer administrations elsewhere shared their experience and code.",
        "An advisory board of independent experts reviewed the design and the evaluation plan.",
    ],
    partner_kinds: &[
        "universities",
        "civil society organisations",
        "local start-ups",
        "the national statistics office",
        "trade unions",
        "international donors",
        "municipal associations",
        "a public research institute",
        "community organisations",
        "private technology providers",
        "philanthropic foundations",
    ],
    beneficiaries: &[
        "The main beneficiaries are {users}.",
        "{Stakeholders} were involved from the start through interviews, workshops and user testing.",
        "Frontline staff benefit too: they spend less time on paperwork and more on the people they serve.",
        "Indirectly, the wider public benefits from better use of public money and clearer information about {word}.",
    ],
    results: &[
        "Within {months} months, more than {n2} people had used the service.",
        "An independent evaluation found high satisfaction among users and a measurable reduction in processing costs.",
        "{Org} has adopted the initiative as standard practice, and it is now funded from the regular budget.",
        "Early results are promising, but a full evaluation is planned before any decision to scale.",
    ],
    challenges: &[
        "Securing sustained funding beyond the pilot phase was difficult.",
        "Legacy IT systems and unclear data-sharing rules slowed the first phase considerably.",
        "Some staff were sceptical at first and feared that the change would add to their workload.",
        "Reaching people with low digital skills required more outreach than planned.",
        "Procurement rules were not designed for iterative work, so the team had to negotiate flexible contracts.",
    ],
    conditions: &[
        "Strong political sponsorship and a clear mandate from senior leadership were essential.",
        "A multidisciplinary team with design, data and policy skills made fast iteration possible.",
        "Trust between partners, built through transparent governance and shared goals, kept the work on track.",
        "Dedicated funding for the first {months} months gave the team room to experiment and learn.",
    ],
    replication: &[
        "The model can be replicated by other public bodies facing similar challenges around {word}; the methods and code are openly documented.",
        "Several other administrations have already visited the team, and a toolkit has been published to help them adapt the approach.",
        "Replication requires adaptation to local rules and institutions, but the core approach is transferable.",
    ],
    lessons: &[
        "Start small, measure from day one and involve users early: many assumptions about {word} turned out to be wrong.",
        "Technology was the easy part; changing routines, incentives and culture took far longer.",
        "Be open about failures: sharing what did not work built credibility with partners and the public.",
        "Invest in the skills of public servants, not only in tools.",
    ],
    stage: "It has now reached the stage of {stage}.",
    active: "The initiative is still running.",
    completed: "The initiative ended in {year_end} after meeting its objectives.",
    discontinued: "The initiative was discontinued in {year_end}, but its lessons informed later work.",
    key_features: "Key features:",
    technologies: "Technologies",
    colon: ": ",
    and: "and",
    link_site: "Project website",
    link_report: "Evaluation report",
    video: "Video presentation",
    image_title: "Working session",
    image_alt: "Project team and users testing the service together",
    brands: &[
        "Compass",
        "Beacon",
        "Horizon",
        "Pathway",
        "Bridge",
        "Atlas",
        "Lighthouse",
        "Pulse",
        "Catalyst",
        "Northstar",
        "Waypoint",
        "Keystone",
        "Harbour",
        "Spark",
        "Anchor",
        "Mosaic",
        "Kite",
        "Lantern",
        "Relay",
        "Seedbed",
    ],
    regions: &[
        "the |Northern Region",
        "the |Southern Province",
        "the |Coastal Region",
        "the |Central Highlands",
        "the |Eastern Province",
        "the |Western Region",
        "the |River Valley Region",
        "the |Lakes Region",
        "the |Delta Province",
        "the |Upland Region",
    ],
    local_gov: &[
        "the |City of {city}",
        "|{city} City Council",
        "the |Municipality of {city}",
        "the |{city} Metropolitan Authority",
    ],
    regional_gov: &[
        "the |Government {of_region}",
        "the |{region} Council",
        "the |{region} Development Agency",
        "the |Provincial Administration {of_region}",
    ],
    supranational_gov: &[
        "the |Joint Secretariat for Regional Cooperation",
        "the |Intergovernmental Commission on Public Innovation",
        "the |Regional Council of Ministers",
    ],
    international: &[
        "the |Regional Development Bank",
        "the |International Network for Public Innovation",
        "the |Intergovernmental Digital Cooperation Forum",
        "the |Global Partnership for Inclusive Services",
    ],
    ngo: &[
        "the |Open Communities Foundation",
        "the |Civic Tech Collective",
        "the |Neighbourhood Action Network",
        "the |Citizens' Innovation Trust",
        "the |{city} Community Foundation",
    ],
    academia: &[
        "the |University of {city}",
        "the |National School of Public Administration",
        "the |{city} Institute of Technology",
        "the |Public Policy Lab at the University of {city}",
    ],
    private: &[
        "the |GovTech Partners Consortium",
        "the |{city} Civic Data Cooperative",
        "|Open Systems Lab",
        "the |Social Impact Ventures Group",
    ],
    independent: &[
        "the |National Audit Office",
        "the |Office of the Ombudsman",
        "the |Data Protection Authority",
        "the |National Statistics Institute",
        "the |Office of the Auditor General",
    ],
};

const ES: Bank = Bank {
    launch: &[
        "{Org} puso en marcha la iniciativa en {year}.",
        "La iniciativa comenzó en {year}, impulsada por {org}.",
        "El trabajo arrancó en {year} bajo el liderazgo de {org}.",
    ],
    context: &[
        "Antes de la iniciativa, {users} se enfrentaban a servicios fragmentados y largas esperas.",
        "El debate público sobre {word} había crecido, pero las instituciones carecían de datos, capacidades y mandato para responder con rapidez.",
        "Los procesos existentes se habían diseñado décadas atrás y ya no respondían a las necesidades actuales.",
    ],
    innovation: &[
        "Lo novedoso es la forma en que {org} combinó {word} y {word2} en un solo servicio, diseñado junto con quienes lo usan.",
        "Es la primera iniciativa {where} que trata {word} como una responsabilidad compartida entre organismos.",
        "En lugar de un proyecto puntual, el equipo creó una capacidad permanente: una pequeña unidad multidisciplinar que mejora continuamente el servicio.",
        "El enfoque se probó en ciclos cortos y rápidos, y cada versión fue revisada por usuarios reales antes de construir la siguiente.",
    ],
    partners: &[
        "{Org} lideró el trabajo junto con {partners}.",
        "Un grupo de dirección en el que participan {partners} se reunía cada mes para revisar los avances.",
        "La ejecución se apoyó en una alianza formal con {partners}, con un acuerdo de intercambio de datos y un presupuesto conjunto.",
    ],
    partners_more: &[
        "El personal de primera línea y los usuarios probaron cada prototipo y propusieron cambios.",
        "Administraciones de otros lugares compartieron su experiencia y su código.",
        "Un consejo asesor de expertos independientes revisó el diseño y el plan de evaluación.",
    ],
    partner_kinds: &[
        "universidades",
        "organizaciones de la sociedad civil",
        "startups locales",
        "el instituto nacional de estadística",
        "sindicatos",
        "donantes internacionales",
        "asociaciones de municipios",
        "un centro público de investigación",
        "organizaciones comunitarias",
        "proveedores tecnológicos privados",
        "fundaciones filantrópicas",
    ],
    beneficiaries: &[
        "Los principales beneficiarios son {users}.",
        "{Stakeholders} participaron desde el inicio mediante entrevistas, talleres y pruebas con usuarios.",
        "También se benefician los equipos de primera línea, que dedican menos tiempo al papeleo y más a las personas.",
        "Indirectamente, toda la sociedad se beneficia de un mejor uso del dinero público.",
    ],
    results: &[
        "En {months} meses, más de {n2} personas usaron el servicio.",
        "Una evaluación independiente constató una alta satisfacción de los usuarios y una reducción medible de los costes de gestión.",
        "{Org} adoptó la iniciativa como práctica habitual y hoy se financia con el presupuesto ordinario.",
        "Los primeros resultados son prometedores, pero se prevé una evaluación completa antes de ampliarla.",
    ],
    challenges: &[
        "Asegurar financiación estable más allá del piloto fue difícil.",
        "Los sistemas informáticos heredados y las normas poco claras sobre el intercambio de datos frenaron la primera fase.",
        "Parte del personal se mostró escéptico al principio y temía que el cambio aumentara su carga de trabajo.",
        "Llegar a las personas con pocas competencias digitales exigió más trabajo de proximidad del previsto.",
        "Las reglas de contratación no estaban pensadas para un trabajo iterativo, y hubo que negociar contratos flexibles.",
    ],
    conditions: &[
        "El respaldo político y un mandato claro de la dirección fueron esenciales.",
        "Un equipo multidisciplinar con perfiles de diseño, datos y políticas públicas permitió iterar con rapidez.",
        "La confianza entre los socios, basada en una gobernanza transparente, mantuvo el rumbo.",
        "Una financiación específica durante los primeros {months} meses dio margen para experimentar.",
    ],
    replication: &[
        "El modelo puede replicarse en otras administraciones con retos similares; los métodos y el código están documentados en abierto.",
        "Varias administraciones ya visitaron al equipo y se publicó una guía para adaptar el enfoque.",
        "Replicarlo exige adaptarlo a las normas e instituciones locales, pero el núcleo del enfoque es transferible.",
    ],
    lessons: &[
        "Empezar en pequeño, medir desde el primer día e involucrar pronto a los usuarios: muchas suposiciones sobre {word} resultaron falsas.",
        "La tecnología fue lo fácil; cambiar rutinas, incentivos y cultura llevó mucho más tiempo.",
        "Hablar abiertamente de los fracasos generó credibilidad ante los socios y la ciudadanía.",
        "Hay que invertir en las capacidades del personal público, no solo en herramientas.",
    ],
    stage: "Actualmente la iniciativa se encuentra en la fase de {stage}.",
    active: "La iniciativa sigue en marcha.",
    completed: "La iniciativa concluyó en {year_end} tras cumplir sus objetivos.",
    discontinued: "La iniciativa se interrumpió en {year_end}, pero sus lecciones orientaron trabajos posteriores.",
    key_features: "Elementos clave:",
    technologies: "Tecnologías",
    colon: ": ",
    and: "y",
    link_site: "Sitio web del proyecto",
    link_report: "Informe de evaluación",
    video: "Vídeo de presentación",
    image_title: "Sesión de trabajo",
    image_alt: "El equipo del proyecto y usuarios probando juntos el servicio",
    brands: &[
        "Faro",
        "Brújula",
        "Puente",
        "Semilla",
        "Raíces",
        "Horizonte",
        "Impulsa",
        "Conecta",
        "Avanza",
        "Nexo",
        "Mosaico",
        "Cauce",
        "Alba",
        "Ágora",
        "Andamio",
    ],
    regions: &[
        "la |Región Norte",
        "la |Provincia del Sur",
        "la |Región Costera",
        "la |Región Central",
        "la |Provincia del Este",
        "la |Región Occidental",
        "la |Región de los Valles",
        "la |Región de los Lagos",
        "el |Departamento del Río",
        "la |Provincia de la Sierra",
    ],
    local_gov: &[
        "la |Municipalidad de {city}",
        "el |Ayuntamiento de {city}",
        "la |Alcaldía de {city}",
        "la |Intendencia de {city}",
    ],
    regional_gov: &[
        "el |Gobierno {of_region}",
        "la |Gobernación {of_region}",
        "el |Consejo Regional {of_region}",
    ],
    supranational_gov: &[
        "la |Secretaría Conjunta de Cooperación Regional",
        "la |Comisión Intergubernamental de Innovación Pública",
        "el |Consejo Regional de Ministros",
    ],
    international: &[
        "el |Banco Regional de Desarrollo",
        "la |Red Internacional de Innovación Pública",
        "el |Foro Intergubernamental de Cooperación Digital",
    ],
    ngo: &[
        "la |Fundación Ciudadanía Activa",
        "la |Red de Tecnología Cívica",
        "la |Asociación Barrios en Acción",
        "la |Fundación Comunitaria de {city}",
    ],
    academia: &[
        "la |Universidad de {city}",
        "la |Escuela Nacional de Administración Pública",
        "el |Instituto Tecnológico de {city}",
    ],
    private: &[
        "el |Consorcio GovTech",
        "la |Cooperativa de Datos Cívicos de {city}",
        "|Sistemas Abiertos Lab",
    ],
    independent: &[
        "la |Contraloría General",
        "la |Defensoría del Pueblo",
        "la |Autoridad de Protección de Datos",
        "el |Instituto Nacional de Estadística",
        "el |Consejo para la Transparencia",
    ],
};

const FR: Bank = Bank {
    launch: &[
        "{Org} a lancé l'initiative en {year}.",
        "L'initiative, portée par {org}, a démarré en {year}.",
        "Les travaux ont commencé en {year}, pilotés par {org}.",
    ],
    context: &[
        "Avant l'initiative, {users} faisaient face à des services fragmentés et à de longs délais.",
        "Le débat public sur {word} s'était intensifié, mais les institutions manquaient de données, de compétences et de mandat pour agir vite.",
        "Les procédures existantes dataient de plusieurs décennies et ne correspondaient plus aux besoins actuels.",
    ],
    innovation: &[
        "La nouveauté tient à la manière dont {org} a combiné {word} et {word2} dans un service unique, conçu avec ses usagers.",
        "C'est la première initiative {where} à traiter {word} comme une responsabilité partagée entre administrations.",
        "Plutôt qu'un projet ponctuel, l'équipe a créé une capacité durable : une petite unité pluridisciplinaire qui améliore le service en continu.",
        "L'approche a été testée par cycles courts, chaque version étant revue par de vrais usagers avant la suivante.",
    ],
    partners: &[
        "{Org} a piloté le projet avec {partners}.",
        "Un comité de pilotage associant {partners} se réunissait chaque mois pour suivre l'avancement.",
        "La mise en œuvre reposait sur un partenariat formel avec {partners}, appuyé sur une convention de partage de données et un budget commun.",
    ],
    partners_more: &[
        "Agents de terrain et usagers ont testé chaque prototype et proposé des améliorations.",
        "D'autres administrations ont partagé leur expérience et leur code.",
        "Un comité d'experts indépendants a examiné la conception et le plan d'évaluation.",
    ],
    partner_kinds: &[
        "des universités",
        "des associations de la société civile",
        "des start-up locales",
        "l'institut national de la statistique",
        "des syndicats",
        "des bailleurs internationaux",
        "des associations d'élus locaux",
        "un organisme public de recherche",
        "des associations de quartier",
        "des prestataires technologiques privés",
        "des fondations philanthropiques",
    ],
    beneficiaries: &[
        "Les principaux bénéficiaires sont {users}.",
        "{Stakeholders} ont été associés dès le départ à travers des entretiens, des ateliers et des tests.",
        "Les agents de terrain en bénéficient aussi : ils consacrent moins de temps aux tâches administratives et davantage aux personnes.",
        "Indirectement, l'ensemble de la population bénéficie d'un meilleur usage de l'argent public.",
    ],
    results: &[
        "En {months} mois, plus de {n2} personnes ont utilisé le service.",
        "Une évaluation indépendante a relevé une forte satisfaction des usagers et une baisse mesurable des coûts de traitement.",
        "{Org} a intégré l'initiative à ses pratiques courantes ; elle est désormais financée sur le budget ordinaire.",
        "Les premiers résultats sont encourageants, mais une évaluation complète est prévue avant tout passage à l'échelle.",
    ],
    challenges: &[
        "Obtenir un financement durable au-delà de la phase pilote a été difficile.",
        "Des systèmes informatiques anciens et des règles floues sur le partage des données ont ralenti la première phase.",
        "Une partie du personnel était sceptique au départ et craignait une charge de travail accrue.",
        "Atteindre les personnes éloignées du numérique a demandé plus d'efforts que prévu.",
        "Les règles de la commande publique n'étaient pas adaptées à un travail itératif, et il a fallu négocier des contrats souples.",
    ],
    conditions: &[
        "Un portage politique fort et un mandat clair de la direction ont été essentiels.",
        "Une équipe pluridisciplinaire réunissant design, données et politiques publiques a permis d'itérer rapidement.",
        "La confiance entre partenaires, fondée sur une gouvernance transparente, a maintenu le cap.",
        "Un financement dédié pendant les {months} premiers mois a laissé la place à l'expérimentation.",
    ],
    replication: &[
        "Le modèle peut être reproduit par d'autres administrations confrontées à des enjeux similaires ; méthodes et code sont documentés en accès libre.",
        "Plusieurs collectivités sont déjà venues rencontrer l'équipe, et un guide a été publié pour adapter la démarche.",
        "Le transposer suppose de l'adapter au contexte local, mais le cœur de la démarche est transférable.",
    ],
    lessons: &[
        "Commencer petit, mesurer dès le premier jour et impliquer tôt les usagers : beaucoup d'idées reçues sur {word} se sont révélées fausses.",
        "La technologie était la partie facile ; faire évoluer routines, incitations et culture a pris bien plus de temps.",
        "Parler ouvertement des échecs a renforcé la crédibilité auprès des partenaires et du public.",
        "Il faut investir dans les compétences des agents publics, pas seulement dans les outils.",
    ],
    stage: "L'initiative se trouve actuellement au stade « {stage} ».",
    active: "L'initiative est toujours en cours.",
    completed: "L'initiative s'est achevée en {year_end} après avoir atteint ses objectifs.",
    discontinued: "L'initiative a été arrêtée en {year_end}, mais ses enseignements ont nourri des travaux ultérieurs.",
    key_features: "Éléments clés :",
    technologies: "Technologies",
    colon: " : ",
    and: "et",
    link_site: "Site du projet",
    link_report: "Rapport d'évaluation",
    video: "Vidéo de présentation",
    image_title: "Atelier de travail",
    image_alt: "L'équipe du projet et des usagers testant ensemble le service",
    brands: &[
        "Boussole",
        "Passerelle",
        "Phare",
        "Horizon",
        "Élan",
        "Tremplin",
        "Sillage",
        "Agora",
        "Relais",
        "Mosaïque",
        "Cap",
        "Ancrage",
        "Envol",
        "Atelier",
    ],
    regions: &[
        "la |région Nord",
        "la |province du Sud",
        "la |région côtière",
        "la |région Centre",
        "la |province de l'Est",
        "la |région Ouest",
        "la |région des Vallées",
        "la |région des Lacs",
        "le |département du Fleuve",
        "la |région des Hauts-Plateaux",
    ],
    local_gov: &[
        "la |Ville de {city}",
        "la |Mairie de {city}",
        "la |Commune de {city}",
        "la |Métropole de {city}",
    ],
    regional_gov: &[
        "le |Conseil {of_region}",
        "la |Préfecture {of_region}",
        "l'|Agence de développement {of_region}",
    ],
    supranational_gov: &[
        "le |Secrétariat conjoint de coopération régionale",
        "la |Commission intergouvernementale pour l'innovation publique",
        "le |Conseil régional des ministres",
    ],
    international: &[
        "la |Banque régionale de développement",
        "le |Réseau international pour l'innovation publique",
        "le |Forum intergouvernemental de coopération numérique",
    ],
    ngo: &[
        "l'|Association Citoyens et Territoires",
        "le |Collectif pour la technologie civique",
        "la |Fondation Solidarités Locales",
        "la |Fondation communautaire de {city}",
    ],
    academia: &[
        "l'|Université de {city}",
        "l'|École nationale d'administration publique",
        "l'|Institut de technologie de {city}",
    ],
    private: &[
        "le |Consortium GovTech",
        "la |Coopérative des données civiques de {city}",
        "|Systèmes Ouverts Lab",
    ],
    independent: &[
        "la |Cour des comptes",
        "le |Défenseur des droits",
        "l'|Autorité de protection des données",
        "l'|Institut national de la statistique",
        "la |Haute Autorité pour la transparence",
    ],
};

const PT: Bank = Bank {
    launch: &[
        "{Org} lançou a iniciativa em {year}.",
        "A iniciativa começou em {year}, com {org} na liderança.",
        "Os trabalhos começaram em {year}; à frente deles está {org}.",
    ],
    context: &[
        "Antes da iniciativa, {users} enfrentavam serviços fragmentados e longas esperas.",
        "O debate público sobre {word} tinha crescido, mas as instituições não tinham dados, competências nem mandato para responder com rapidez.",
        "Os processos existentes tinham sido desenhados décadas antes e já não correspondiam às necessidades atuais.",
    ],
    innovation: &[
        "A novidade está na forma como {org} combinou {word} e {word2} num único serviço, desenhado com quem o usa.",
        "É a primeira iniciativa {where} a tratar {word} como uma responsabilidade partilhada entre órgãos.",
        "Em vez de um projeto pontual, a equipe criou uma capacidade permanente: uma pequena unidade multidisciplinar que melhora o serviço continuamente.",
        "A abordagem foi testada em ciclos curtos, e cada versão foi revista por usuários reais antes da seguinte.",
    ],
    partners: &[
        "{Org} liderou o trabalho em conjunto com {partners}.",
        "Um comitê de direção, com {partners}, reunia-se todos os meses para acompanhar o progresso.",
        "A execução apoiou-se numa parceria formal com {partners}, com um acordo de partilha de dados e um orçamento comum.",
    ],
    partners_more: &[
        "As equipes da linha de frente e os usuários testaram cada protótipo e sugeriram mudanças.",
        "Outras administrações partilharam a sua experiência e o seu código.",
        "Um conselho consultivo de especialistas independentes reviu o desenho e o plano de avaliação.",
    ],
    partner_kinds: &[
        "universidades",
        "organizações da sociedade civil",
        "startups locais",
        "o instituto nacional de estatística",
        "sindicatos",
        "doadores internacionais",
        "associações de municípios",
        "um instituto público de pesquisa",
        "organizações comunitárias",
        "fornecedores privados de tecnologia",
        "fundações filantrópicas",
    ],
    beneficiaries: &[
        "Os principais beneficiários são {users}.",
        "{Stakeholders} participaram desde o início por meio de entrevistas, oficinas e testes com usuários.",
        "As equipes da linha de frente também ganham: passam menos tempo com papelada e mais com as pessoas.",
        "Indiretamente, toda a sociedade se beneficia de um melhor uso do dinheiro público.",
    ],
    results: &[
        "Em {months} meses, mais de {n2} pessoas usaram o serviço.",
        "Uma avaliação independente encontrou alta satisfação dos usuários e uma redução mensurável dos custos de processamento.",
        "{Org} adotou a iniciativa como prática corrente, hoje financiada pelo orçamento regular.",
        "Os primeiros resultados são promissores, mas está prevista uma avaliação completa antes de ampliar a escala.",
    ],
    challenges: &[
        "Garantir financiamento estável para além do piloto foi difícil.",
        "Sistemas informáticos antigos e regras pouco claras sobre a partilha de dados atrasaram a primeira fase.",
        "Parte dos servidores estava cética no início e temia mais trabalho.",
        "Chegar às pessoas com poucas competências digitais exigiu mais trabalho de proximidade do que o previsto.",
        "As regras de contratação não estavam pensadas para um trabalho iterativo, e foi preciso negociar contratos flexíveis.",
    ],
    conditions: &[
        "Um forte apoio político e um mandato claro da direção foram essenciais.",
        "Uma equipe multidisciplinar, com design, dados e políticas públicas, permitiu iterar rapidamente.",
        "A confiança entre parceiros, construída com uma governança transparente, manteve o rumo.",
        "Um financiamento dedicado nos primeiros {months} meses deu margem para experimentar.",
    ],
    replication: &[
        "O modelo pode ser replicado por outras administrações com desafios semelhantes; os métodos e o código estão documentados abertamente.",
        "Várias administrações já visitaram a equipe, e foi publicado um guia para adaptar a abordagem.",
        "Replicá-lo exige adaptação às regras e instituições locais, mas o núcleo da abordagem é transferível.",
    ],
    lessons: &[
        "Começar pequeno, medir desde o primeiro dia e envolver cedo os usuários: muitas suposições sobre {word} estavam erradas.",
        "A tecnologia foi a parte fácil; mudar rotinas, incentivos e cultura levou muito mais tempo.",
        "Falar abertamente dos fracassos deu credibilidade junto dos parceiros e do público.",
        "É preciso investir nas competências dos servidores públicos, e não apenas em ferramentas.",
    ],
    stage: "Atualmente, a iniciativa está na fase de {stage}.",
    active: "A iniciativa continua em curso.",
    completed: "A iniciativa terminou em {year_end}, depois de cumprir os seus objetivos.",
    discontinued: "A iniciativa foi descontinuada em {year_end}, mas as suas lições orientaram trabalhos posteriores.",
    key_features: "Elementos principais:",
    technologies: "Tecnologias",
    colon: ": ",
    and: "e",
    link_site: "Site do projeto",
    link_report: "Relatório de avaliação",
    video: "Vídeo de apresentação",
    image_title: "Sessão de trabalho",
    image_alt: "A equipe do projeto e usuários testando juntos o serviço",
    brands: &[
        "Farol",
        "Bússola",
        "Ponte",
        "Semente",
        "Raízes",
        "Horizonte",
        "Impulso",
        "Conecta",
        "Avança",
        "Nexo",
        "Mosaico",
        "Rota",
        "Aurora",
        "Ágora",
    ],
    regions: &[
        "a |Região Norte",
        "a |Província do Sul",
        "a |Região Costeira",
        "a |Região Centro",
        "a |Província do Leste",
        "a |Região Oeste",
        "a |Região dos Vales",
        "a |Região dos Lagos",
        "o |Distrito do Rio",
        "a |Região Serrana",
    ],
    local_gov: &[
        "a |Prefeitura de {city}",
        "a |Câmara Municipal de {city}",
        "o |Município de {city}",
    ],
    regional_gov: &[
        "o |Governo {of_region}",
        "a |Secretaria Regional de Desenvolvimento {of_region}",
        "o |Conselho Regional {of_region}",
    ],
    supranational_gov: &[
        "o |Secretariado Conjunto de Cooperação Regional",
        "a |Comissão Intergovernamental para a Inovação Pública",
        "o |Conselho Regional de Ministros",
    ],
    international: &[
        "o |Banco Regional de Desenvolvimento",
        "a |Rede Internacional de Inovação Pública",
        "o |Fórum Intergovernamental de Cooperação Digital",
    ],
    ngo: &[
        "a |Associação Cidadania Ativa",
        "o |Coletivo de Tecnologia Cívica",
        "a |Rede Bairros em Ação",
        "a |Fundação Comunitária de {city}",
    ],
    academia: &[
        "a |Universidade de {city}",
        "a |Escola Nacional de Administração Pública",
        "o |Instituto Tecnológico de {city}",
    ],
    private: &[
        "o |Consórcio GovTech",
        "a |Cooperativa de Dados Cívicos de {city}",
        "|Sistemas Abertos Lab",
    ],
    independent: &[
        "o |Tribunal de Contas",
        "a |Defensoria Pública",
        "a |Autoridade Nacional de Proteção de Dados",
        "o |Instituto Nacional de Estatística",
        "a |Controladoria-Geral",
    ],
};

/// A ministry and an agency for each sector, in the order of `Lang::ALL`.
pub(super) fn sector_bodies(sector: Sector) -> [[&'static str; 4]; 2] {
    match sector {
        Sector::EconomicAffairs => [
            [
                "the |Ministry of Economy and Finance",
                "el |Ministerio de Economía y Finanzas",
                "le |Ministère de l'Économie et des Finances",
                "o |Ministério da Economia e Finanças",
            ],
            [
                "the |National Revenue Authority",
                "la |Agencia Tributaria Nacional",
                "la |Direction générale des impôts",
                "a |Receita Nacional",
            ],
        ],
        Sector::Education => [
            [
                "the |Ministry of Education",
                "el |Ministerio de Educación",
                "le |Ministère de l'Éducation nationale",
                "o |Ministério da Educação",
            ],
            [
                "the |National Agency for Education",
                "la |Agencia Nacional de Educación",
                "l'|Agence nationale pour l'éducation",
                "a |Agência Nacional de Educação",
            ],
        ],
        Sector::Employment => [
            [
                "the |Ministry of Labour and Social Affairs",
                "el |Ministerio de Trabajo y Asuntos Sociales",
                "le |Ministère du Travail et des Affaires sociales",
                "o |Ministério do Trabalho e Assuntos Sociais",
            ],
            [
                "the |Public Employment Service",
                "el |Servicio Público de Empleo",
                "le |Service public de l'emploi",
                "o |Serviço Público de Emprego",
            ],
        ],
        Sector::Environment => [
            [
                "the |Ministry of Environment and Climate",
                "el |Ministerio de Ambiente y Clima",
                "le |Ministère de l'Environnement et du Climat",
                "o |Ministério do Ambiente e Clima",
            ],
            [
                "the |Environmental Protection Agency",
                "la |Agencia de Protección Ambiental",
                "l'|Agence de protection de l'environnement",
                "a |Agência de Proteção Ambiental",
            ],
        ],
        Sector::ExternalRelations => [
            [
                "the |Ministry of Foreign Affairs",
                "el |Ministerio de Relaciones Exteriores",
                "le |Ministère des Affaires étrangères",
                "o |Ministério das Relações Exteriores",
            ],
            [
                "the |Trade and Investment Agency",
                "la |Agencia de Comercio e Inversiones",
                "l'|Agence du commerce et des investissements",
                "a |Agência de Comércio e Investimento",
            ],
        ],
        Sector::Health => [
            [
                "the |Ministry of Health",
                "el |Ministerio de Salud",
                "le |Ministère de la Santé",
                "o |Ministério da Saúde",
            ],
            [
                "the |National Health Service",
                "el |Servicio Nacional de Salud",
                "la |Caisse nationale d'assurance maladie",
                "o |Serviço Nacional de Saúde",
            ],
        ],
        Sector::Housing => [
            [
                "the |Ministry of Housing and Communities",
                "el |Ministerio de Vivienda y Comunidades",
                "le |Ministère du Logement et des Territoires",
                "o |Ministério da Habitação e das Cidades",
            ],
            [
                "the |National Housing Agency",
                "la |Agencia Nacional de Vivienda",
                "l'|Agence nationale de l'habitat",
                "a |Agência Nacional de Habitação",
            ],
        ],
        Sector::Digitalisation => [
            [
                "the |Ministry of Digital Affairs",
                "el |Ministerio de Transformación Digital",
                "le |Ministère du Numérique",
                "o |Ministério da Transformação Digital",
            ],
            [
                "the |Government Digital Agency",
                "la |Agencia de Gobierno Digital",
                "l'|Agence du numérique de l'État",
                "a |Agência de Governo Digital",
            ],
        ],
        Sector::PublicAdministration => [
            [
                "the |Ministry of Public Administration",
                "el |Ministerio de Función Pública",
                "le |Ministère de la Fonction publique",
                "o |Ministério da Administração Pública",
            ],
            [
                "the |Public Service Commission",
                "la |Secretaría de Innovación Pública",
                "la |Délégation à la transformation publique",
                "a |Secretaria de Inovação Pública",
            ],
        ],
        Sector::Justice => [
            [
                "the |Ministry of Justice",
                "el |Ministerio de Justicia",
                "le |Ministère de la Justice",
                "o |Ministério da Justiça",
            ],
            [
                "the |Civil Protection Authority",
                "la |Dirección de Protección Civil",
                "la |Direction de la sécurité civile",
                "a |Autoridade de Proteção Civil",
            ],
        ],
        Sector::Culture => [
            [
                "the |Ministry of Culture",
                "el |Ministerio de Cultura",
                "le |Ministère de la Culture",
                "o |Ministério da Cultura",
            ],
            [
                "the |National Library and Archives",
                "la |Biblioteca Nacional",
                "la |Bibliothèque nationale",
                "a |Biblioteca Nacional",
            ],
        ],
        Sector::Science => [
            [
                "the |Ministry of Science and Innovation",
                "el |Ministerio de Ciencia e Innovación",
                "le |Ministère de la Recherche et de l'Innovation",
                "o |Ministério da Ciência, Tecnologia e Inovação",
            ],
            [
                "the |National Research Council",
                "el |Consejo Nacional de Investigación",
                "l'|Agence nationale de la recherche",
                "o |Conselho Nacional de Pesquisa",
            ],
        ],
        Sector::Transport => [
            [
                "the |Ministry of Transport and Infrastructure",
                "el |Ministerio de Transporte e Infraestructura",
                "le |Ministère des Transports",
                "o |Ministério dos Transportes e Infraestrutura",
            ],
            [
                "the |Roads and Transport Authority",
                "la |Autoridad de Transporte",
                "l'|Autorité organisatrice des transports",
                "a |Autoridade de Transportes",
            ],
        ],
    }
}

/// Two sentences per facet, in the order of `Lang::ALL`.
pub(super) fn facet_sentences(facet: InnovationFacet) -> [[&'static str; 2]; 4] {
    match facet {
        InnovationFacet::EnhancementOriented => [
            [
                "It improves an existing service rather than replacing it, making it faster, simpler and more reliable.",
                "The focus is on doing existing things better, with measurable gains in quality and efficiency.",
            ],
            [
                "Mejora un servicio existente en lugar de sustituirlo, haciéndolo más rápido, sencillo y fiable.",
                "El foco está en hacer mejor lo que ya se hace, con mejoras medibles de calidad y eficiencia.",
            ],
            [
                "Elle améliore un service existant plutôt que de le remplacer, en le rendant plus rapide, plus simple et plus fiable.",
                "L'accent est mis sur l'amélioration de l'existant, avec des gains mesurables de qualité et d'efficacité.",
            ],
            [
                "Melhora um serviço existente em vez de o substituir, tornando-o mais rápido, simples e confiável.",
                "O foco está em fazer melhor o que já se faz, com ganhos mensuráveis de qualidade e eficiência.",
            ],
        ],
        InnovationFacet::MissionOriented => [
            [
                "It is part of a wider mission with a clear, ambitious goal that mobilises several sectors at once.",
                "The work is driven by a public mission and a concrete, time-bound target agreed across government.",
            ],
            [
                "Forma parte de una misión más amplia, con un objetivo claro y ambicioso que moviliza a varios sectores a la vez.",
                "El trabajo responde a una misión pública con una meta concreta y un plazo acordado por todo el gobierno.",
            ],
            [
                "Elle s'inscrit dans une mission plus large, avec un objectif clair et ambitieux qui mobilise plusieurs secteurs à la fois.",
                "Le travail est guidé par une mission publique et une cible concrète, assortie d'une échéance partagée par tout le gouvernement.",
            ],
            [
                "Faz parte de uma missão mais ampla, com uma meta clara e ambiciosa que mobiliza vários setores ao mesmo tempo.",
                "O trabalho é guiado por uma missão pública e uma meta concreta, com prazo acordado por todo o governo.",
            ],
        ],
        InnovationFacet::Adaptive => [
            [
                "The approach was built to adapt: it responds to a changing situation by testing, learning and adjusting continuously.",
                "It emerged in response to a fast-changing context, where waiting for certainty was not an option.",
            ],
            [
                "El enfoque está pensado para adaptarse: responde a una situación cambiante probando, aprendiendo y ajustando de forma continua.",
                "Surgió en respuesta a un contexto que cambiaba rápidamente, en el que no se podía esperar a tener certezas.",
            ],
            [
                "La démarche est conçue pour s'adapter : elle répond à une situation mouvante en testant, en apprenant et en ajustant en continu.",
                "Elle est née d'un contexte en évolution rapide, où il n'était pas possible d'attendre d'avoir des certitudes.",
            ],
            [
                "A abordagem foi pensada para se adaptar: responde a uma situação em mudança testando, aprendendo e ajustando continuamente.",
                "Surgiu em resposta a um contexto em rápida mudança, em que não era possível esperar por certezas.",
            ],
        ],
        InnovationFacet::Anticipatory => [
            [
                "It looks ahead, exploring emerging risks and opportunities before they become urgent.",
                "Foresight methods such as horizon scanning and scenarios shaped the design from the start.",
            ],
            [
                "Mira hacia adelante y explora riesgos y oportunidades emergentes antes de que se vuelvan urgentes.",
                "Métodos de prospectiva como la exploración del horizonte y los escenarios orientaron el diseño desde el principio.",
            ],
            [
                "Elle anticipe, en explorant les risques et opportunités émergents avant qu'ils ne deviennent urgents.",
                "Des méthodes de prospective, comme la veille et les scénarios, ont guidé la conception dès le départ.",
            ],
            [
                "Olha para o futuro, explorando riscos e oportunidades emergentes antes que se tornem urgentes.",
                "Métodos de prospectiva, como a exploração de horizontes e os cenários, orientaram o desenho desde o início.",
            ],
        ],
    }
}

/// A family of technologies: what it does in a case, and what was hard about it.
pub(super) struct TechGroup {
    pub slugs: &'static [&'static str],
    pub intro: [&'static str; 4],
    pub challenge: [&'static str; 4],
}

/// Every technology of `terms::default_technologies` belongs to exactly one group.
pub(super) static TECH_GROUPS: &[TechGroup] = &[
    TechGroup {
        slugs: &[
            "artificial_intelligence",
            "machine_learning",
            "optimisation",
            "planning_scheduling",
            "automated_reasoning",
            "knowledge_representation",
            "multi_agent_systems",
            "searching",
            "ai_services",
        ],
        intro: [
            "Machine learning models were trained on historical records and tested against the decisions of experienced staff before being used.",
            "Los modelos de aprendizaje automático se entrenaron con registros históricos y se compararon con las decisiones de personal experimentado antes de usarlos.",
            "Les modèles d'apprentissage automatique ont été entraînés sur des données historiques et comparés aux décisions d'agents expérimentés avant leur mise en service.",
            "Os modelos de aprendizagem de máquina foram treinados com registros históricos e comparados com as decisões de profissionais experientes antes de serem usados.",
        ],
        challenge: [
            "Validating the model, checking it for bias and explaining its outputs to staff and the public took more effort than building it.",
            "Validar el modelo, comprobar sus sesgos y explicar sus resultados al personal y al público costó más que construirlo.",
            "Valider le modèle, vérifier ses biais et expliquer ses résultats aux agents et au public a demandé plus d'efforts que de le construire.",
            "Validar o modelo, verificar vieses e explicar os resultados aos servidores e ao público exigiu mais esforço do que construí-lo.",
        ],
    },
    TechGroup {
        slugs: &[
            "natural_language_processing",
            "audio_processing",
            "generative_ai",
        ],
        intro: [
            "Language technologies read, classify and summarise texts written in everyday language, and answer common questions.",
            "Las tecnologías del lenguaje leen, clasifican y resumen textos escritos en lenguaje cotidiano y responden preguntas frecuentes.",
            "Les technologies du langage lisent, classent et résument des textes rédigés en langage courant, et répondent aux questions fréquentes.",
            "As tecnologias de linguagem leem, classificam e resumem textos escritos em linguagem corrente e respondem a perguntas frequentes.",
        ],
        challenge: [
            "Keeping answers accurate, up to date and free of invented content required constant human review.",
            "Mantener las respuestas exactas, actualizadas y sin contenido inventado exigió una revisión humana constante.",
            "Garantir des réponses exactes, à jour et sans contenu inventé a exigé une relecture humaine constante.",
            "Manter as respostas exatas, atualizadas e sem conteúdo inventado exigiu revisão humana constante.",
        ],
    },
    TechGroup {
        slugs: &["computer_vision"],
        intro: [
            "Image recognition detects patterns in photos and video automatically, so that staff review only the cases that need attention.",
            "El reconocimiento de imágenes detecta patrones en fotos y vídeos de forma automática, de modo que el personal solo revisa los casos que lo requieren.",
            "La reconnaissance d'images détecte automatiquement des motifs dans les photos et vidéos, afin que les agents n'examinent que les cas qui le nécessitent.",
            "O reconhecimento de imagem detecta padrões em fotos e vídeos automaticamente, para que as equipes revejam apenas os casos que precisam de atenção.",
        ],
        challenge: [
            "Image quality, privacy safeguards and false positives had to be managed carefully.",
            "Hubo que gestionar con cuidado la calidad de las imágenes, la privacidad y los falsos positivos.",
            "La qualité des images, la protection de la vie privée et les faux positifs ont dû être gérés avec soin.",
            "A qualidade das imagens, a privacidade e os falsos positivos tiveram de ser geridos com cuidado.",
        ],
    },
    TechGroup {
        slugs: &["digital_identity", "biometrics"],
        intro: [
            "A secure digital identity lets people prove who they are once and reuse that proof across services.",
            "Una identidad digital segura permite demostrar quién es uno una sola vez y reutilizar esa prueba en todos los servicios.",
            "Une identité numérique sécurisée permet de prouver son identité une seule fois et de réutiliser cette preuve dans tous les services.",
            "Uma identidade digital segura permite provar quem se é uma única vez e reutilizar essa prova em todos os serviços.",
        ],
        challenge: [
            "Protecting personal data and offering alternatives for people without smartphones were non-negotiable requirements.",
            "Proteger los datos personales y ofrecer alternativas a quienes no tienen teléfono inteligente eran requisitos innegociables.",
            "Protéger les données personnelles et offrir des alternatives aux personnes sans smartphone étaient des exigences non négociables.",
            "Proteger os dados pessoais e oferecer alternativas a quem não tem smartphone eram requisitos inegociáveis.",
        ],
    },
    TechGroup {
        slugs: &[
            "robotics_automation",
            "robotics",
            "connected_automated_vehicles",
        ],
        intro: [
            "Robots and process automation take over repetitive tasks so that staff can focus on complex cases.",
            "Robots y automatización de procesos asumen tareas repetitivas para que el personal se concentre en los casos complejos.",
            "Robots et automatisation des processus prennent en charge les tâches répétitives pour que les agents se concentrent sur les cas complexes.",
            "Robôs e automação de processos assumem tarefas repetitivas para que as equipes se concentrem nos casos complexos.",
        ],
        challenge: [
            "Integrating automation with existing workflows while keeping human oversight was harder than expected.",
            "Integrar la automatización en los flujos de trabajo existentes sin perder la supervisión humana fue más difícil de lo esperado.",
            "Intégrer l'automatisation aux processus existants tout en gardant un contrôle humain s'est révélé plus difficile que prévu.",
            "Integrar a automação nos fluxos de trabalho existentes sem perder a supervisão humana foi mais difícil do que o esperado.",
        ],
    },
    TechGroup {
        slugs: &["ai_ethics"],
        intro: [
            "Every use of algorithms is accompanied by an ethical review, an impact assessment and public documentation.",
            "Cada uso de algoritmos va acompañado de una revisión ética, una evaluación de impacto y documentación pública.",
            "Chaque usage d'algorithmes s'accompagne d'un examen éthique, d'une étude d'impact et d'une documentation publique.",
            "Cada uso de algoritmos é acompanhado de uma revisão ética, de uma avaliação de impacto e de documentação pública.",
        ],
        challenge: [
            "Turning ethical principles into concrete design choices and audit routines required new skills.",
            "Convertir los principios éticos en decisiones de diseño y rutinas de auditoría concretas exigió nuevas capacidades.",
            "Traduire des principes éthiques en choix de conception et en routines d'audit a demandé de nouvelles compétences.",
            "Transformar princípios éticos em escolhas de desenho e rotinas de auditoria exigiu novas competências.",
        ],
    },
    TechGroup {
        slugs: &["blockchain"],
        intro: [
            "Records are anchored in a distributed ledger, so that every change is traceable and tampering is evident.",
            "Los registros se anclan en un libro mayor distribuido, de modo que cada cambio es trazable y cualquier manipulación queda a la vista.",
            "Les enregistrements sont ancrés dans un registre distribué, si bien que chaque modification est traçable et toute falsification détectable.",
            "Os registros são ancorados num livro-razão distribuído, de modo que cada alteração é rastreável e qualquer adulteração fica visível.",
        ],
        challenge: [
            "Agreeing on the governance of the shared ledger and its legal status took longer than the technology itself.",
            "Acordar la gobernanza del registro compartido y su estatus jurídico llevó más tiempo que la propia tecnología.",
            "Définir la gouvernance du registre partagé et son statut juridique a pris plus de temps que la technologie elle-même.",
            "Definir a governança do registro partilhado e o seu estatuto jurídico levou mais tempo do que a própria tecnologia.",
        ],
    },
    TechGroup {
        slugs: &["rules_as_code"],
        intro: [
            "Rules are written as code that people can read and machines can execute, so that policy and software stay in step.",
            "Las normas se escriben como código legible por personas y ejecutable por máquinas, para que política y software vayan de la mano.",
            "Les règles sont écrites sous forme de code lisible par les humains et exécutable par les machines, pour que politique publique et logiciel restent alignés.",
            "As regras são escritas como código legível por pessoas e executável por máquinas, para que política e software andem juntos.",
        ],
        challenge: [
            "Legal drafters and developers had to learn to work side by side, and ambiguities in the law surfaced quickly.",
            "Juristas y desarrolladores tuvieron que aprender a trabajar codo con codo, y las ambigüedades de la ley salieron pronto a la luz.",
            "Légistes et développeurs ont dû apprendre à travailler côte à côte, et les ambiguïtés du droit sont vite apparues.",
            "Juristas e programadores tiveram de aprender a trabalhar lado a lado, e as ambiguidades da lei surgiram rapidamente.",
        ],
    },
    TechGroup {
        slugs: &["data_analytics"],
        intro: [
            "Data analytics brings together records from several agencies, giving managers a shared, near real-time picture.",
            "La analítica de datos reúne registros de varios organismos y ofrece a los responsables una visión compartida casi en tiempo real.",
            "L'analyse de données rassemble les informations de plusieurs administrations et offre aux responsables une vision partagée, quasi en temps réel.",
            "A análise de dados reúne registros de vários órgãos e dá aos gestores uma visão partilhada quase em tempo real.",
        ],
        challenge: [
            "Data quality varied widely between sources, and cleaning and linking the data took months.",
            "La calidad de los datos variaba mucho entre fuentes, y limpiarlos y vincularlos llevó meses.",
            "La qualité des données variait fortement d'une source à l'autre, et leur nettoyage a pris des mois.",
            "A qualidade dos dados variava muito entre fontes, e limpá-los e ligá-los levou meses.",
        ],
    },
    TechGroup {
        slugs: &["internet_of_things", "edge_5g", "digital_twins"],
        intro: [
            "A network of connected sensors feeds a live digital model of the system, so that problems can be spotted and simulated before they escalate.",
            "Una red de sensores conectados alimenta un modelo digital en vivo del sistema, que permite detectar y simular problemas antes de que se agraven.",
            "Un réseau de capteurs connectés alimente un modèle numérique du système en temps réel, pour repérer et simuler les problèmes avant qu'ils ne s'aggravent.",
            "Uma rede de sensores conectados alimenta um modelo digital do sistema em tempo real, permitindo detectar e simular problemas antes que se agravem.",
        ],
        challenge: [
            "Maintaining the sensors, securing the network and managing the data flow proved costly.",
            "Mantener los sensores, proteger la red y gestionar el flujo de datos resultó costoso.",
            "L'entretien des capteurs, la sécurité du réseau et la gestion des flux de données se sont révélés coûteux.",
            "Manter os sensores, proteger a rede e gerir o fluxo de dados revelou-se caro.",
        ],
    },
    TechGroup {
        slugs: &["ar_vr", "virtual_worlds"],
        intro: [
            "Augmented and virtual reality let people explore places and scenarios that would otherwise be hard to see or visit.",
            "La realidad aumentada y virtual permite explorar lugares y escenarios que de otro modo serían difíciles de ver o visitar.",
            "La réalité augmentée et virtuelle permet d'explorer des lieux et des situations autrement difficiles à voir ou à visiter.",
            "A realidade aumentada e virtual permite explorar lugares e cenários que, de outro modo, seriam difíceis de ver ou visitar.",
        ],
        challenge: [
            "Headsets and content production were expensive, and not everyone felt comfortable using them.",
            "Los visores y la producción de contenidos eran caros, y no todo el mundo se sentía cómodo usándolos.",
            "Les casques et la production de contenus coûtaient cher, et tout le monde n'était pas à l'aise avec ces outils.",
            "Os óculos e a produção de conteúdos eram caros, e nem todos se sentiam à vontade para usá-los.",
        ],
    },
    TechGroup {
        slugs: &["geospatial"],
        intro: [
            "Maps and satellite data show where needs are concentrated, helping to target resources.",
            "Mapas y datos satelitales muestran dónde se concentran las necesidades y ayudan a focalizar los recursos.",
            "Cartes et données satellitaires montrent où se concentrent les besoins et aident à cibler les ressources.",
            "Mapas e dados de satélite mostram onde as necessidades se concentram e ajudam a direcionar os recursos.",
        ],
        challenge: [
            "Keeping maps current required regular updates from field teams.",
            "Mantener los mapas al día exigió actualizaciones periódicas de los equipos de campo.",
            "Tenir les cartes à jour a nécessité des mises à jour régulières par les équipes de terrain.",
            "Manter os mapas atualizados exigiu atualizações regulares das equipes de campo.",
        ],
    },
    TechGroup {
        slugs: &["cloud_computing", "mobile_apps"],
        intro: [
            "A cloud platform and a simple mobile app make the service available at any time, even on low-cost phones.",
            "Una plataforma en la nube y una aplicación móvil sencilla ponen el servicio a disposición en todo momento, incluso en teléfonos de gama baja.",
            "Une plateforme en nuage et une application mobile simple rendent le service accessible à tout moment, même sur des téléphones d'entrée de gamme.",
            "Uma plataforma na nuvem e um aplicativo simples tornam o serviço disponível a qualquer hora, mesmo em celulares básicos.",
        ],
        challenge: [
            "Connectivity gaps and the cost of maintaining the app over time were ongoing concerns.",
            "Las zonas sin cobertura y el coste de mantener la aplicación fueron preocupaciones constantes.",
            "Les zones blanches et le coût de maintenance de l'application ont été des préoccupations constantes.",
            "As falhas de conectividade e o custo de manter o aplicativo foram preocupações constantes.",
        ],
    },
    TechGroup {
        slugs: &["quantum_computing", "other_technology"],
        intro: [
            "The team also explored emerging technologies to understand their potential and limits for public services.",
            "El equipo también exploró tecnologías emergentes para entender su potencial y sus límites en los servicios públicos.",
            "L'équipe a aussi exploré des technologies émergentes pour en comprendre le potentiel et les limites pour les services publics.",
            "A equipe também explorou tecnologias emergentes para entender o seu potencial e os seus limites nos serviços públicos.",
        ],
        challenge: [
            "Much of the technology was still immature, so expectations had to be managed carefully.",
            "Buena parte de la tecnología aún era inmadura, por lo que hubo que gestionar las expectativas con cuidado.",
            "Une bonne partie de ces technologies étant encore immature, il a fallu gérer les attentes avec prudence.",
            "Boa parte da tecnologia ainda era imatura, por isso foi preciso gerir as expectativas com cuidado.",
        ],
    },
];

/// One sentence per innovation tag of `terms::default_tags`, in the order of `Lang::ALL`.
pub(super) static TAG_SENTENCES: &[(&str, [&str; 4])] = &[
    (
        "service_design",
        [
            "Services were redesigned end to end around the needs of the people who use them.",
            "Los servicios se rediseñaron de principio a fin en torno a las necesidades de quienes los usan.",
            "Les services ont été repensés de bout en bout à partir des besoins de leurs usagers.",
            "Os serviços foram redesenhados de ponta a ponta a partir das necessidades de quem os usa.",
        ],
    ),
    (
        "open_data",
        [
            "Data are published as open data under an open licence, with documentation for reuse.",
            "Los datos se publican como datos abiertos con licencia abierta y documentación para su reutilización.",
            "Les données sont publiées en données ouvertes sous licence libre, avec une documentation pour leur réutilisation.",
            "Os dados são publicados como dados abertos, com licença aberta e documentação para reutilização.",
        ],
    ),
    (
        "behavioural_insights",
        [
            "Behavioural insights informed the design of messages, defaults and choices.",
            "Las ciencias del comportamiento orientaron el diseño de mensajes, opciones por defecto y decisiones.",
            "Les sciences comportementales ont guidé la conception des messages, des options par défaut et des choix proposés.",
            "As ciências comportamentais orientaram o desenho de mensagens, opções predefinidas e escolhas.",
        ],
    ),
    (
        "experimentation",
        [
            "Ideas were tested in small pilots and controlled experiments before scaling.",
            "Las ideas se probaron en pequeños pilotos y experimentos controlados antes de ampliarlas.",
            "Les idées ont été testées dans de petits pilotes et des expérimentations contrôlées avant leur généralisation.",
            "As ideias foram testadas em pequenos pilotos e experimentos controlados antes de ganhar escala.",
        ],
    ),
    (
        "systems_change",
        [
            "The work targets the root causes of the problem across the whole system, not just one service.",
            "El trabajo aborda las causas de fondo del problema en todo el sistema, no solo en un servicio.",
            "Le travail s'attaque aux causes profondes du problème à l'échelle du système, et pas seulement d'un service.",
            "O trabalho ataca as causas profundas do problema em todo o sistema, e não apenas num serviço.",
        ],
    ),
    (
        "citizen_engagement",
        [
            "Citizens helped shape the initiative through consultations, workshops and online feedback.",
            "La ciudadanía participó en la definición de la iniciativa mediante consultas, talleres y comentarios en línea.",
            "Les citoyens ont contribué à façonner l'initiative par des consultations, des ateliers et des avis en ligne.",
            "Os cidadãos participaram na definição da iniciativa por meio de consultas, oficinas e comentários online.",
        ],
    ),
    (
        "digital_transformation",
        [
            "Paper-based processes were replaced by digital, end-to-end services.",
            "Los procesos en papel se sustituyeron por servicios digitales de principio a fin.",
            "Les procédures papier ont été remplacées par des services entièrement numériques.",
            "Os processos em papel foram substituídos por serviços digitais de ponta a ponta.",
        ],
    ),
    (
        "co_design",
        [
            "Users, frontline staff and experts co-designed the solution in a series of workshops.",
            "Usuarios, personal de primera línea y expertos co-diseñaron la solución en una serie de talleres.",
            "Usagers, agents de terrain et experts ont co-conçu la solution lors d'une série d'ateliers.",
            "Usuários, equipes da linha de frente e especialistas co-desenharam a solução numa série de oficinas.",
        ],
    ),
    (
        "cross_border",
        [
            "Partners in several countries share data, standards and lessons across borders.",
            "Socios de varios países comparten datos, estándares y aprendizajes más allá de las fronteras.",
            "Des partenaires de plusieurs pays partagent données, normes et enseignements par-delà les frontières.",
            "Parceiros de vários países partilham dados, normas e lições além das fronteiras.",
        ],
    ),
    (
        "cross_sector",
        [
            "Agencies from different sectors pooled budgets and staff around a shared outcome.",
            "Organismos de distintos sectores pusieron en común presupuesto y personal en torno a un resultado compartido.",
            "Des administrations de secteurs différents ont mis en commun budgets et équipes autour d'un objectif partagé.",
            "Órgãos de diferentes setores juntaram orçamento e pessoal em torno de um resultado comum.",
        ],
    ),
    (
        "participatory_budgeting",
        [
            "Residents decide directly how part of the public budget is spent.",
            "Los vecinos deciden directamente cómo se gasta una parte del presupuesto público.",
            "Les habitants décident directement de l'usage d'une partie du budget public.",
            "Os moradores decidem diretamente como é gasta uma parte do orçamento público.",
        ],
    ),
    (
        "open_government",
        [
            "The initiative follows open government principles: transparency, participation and accountability.",
            "La iniciativa sigue los principios del gobierno abierto: transparencia, participación y rendición de cuentas.",
            "L'initiative suit les principes du gouvernement ouvert : transparence, participation et redevabilité.",
            "A iniciativa segue os princípios do governo aberto: transparência, participação e prestação de contas.",
        ],
    ),
    (
        "data_sharing",
        [
            "A data-sharing agreement lets agencies exchange information securely and lawfully.",
            "Un acuerdo de intercambio de datos permite a los organismos compartir información de forma segura y legal.",
            "Une convention de partage de données permet aux administrations d'échanger des informations de manière sûre et légale.",
            "Um acordo de partilha de dados permite que os órgãos troquem informação de forma segura e legal.",
        ],
    ),
    (
        "govtech",
        [
            "Small technology firms and start-ups helped build the solution.",
            "Pequeñas empresas tecnológicas y startups ayudaron a construir la solución.",
            "De petites entreprises technologiques et des start-up ont contribué à construire la solution.",
            "Pequenas empresas de tecnologia e startups ajudaram a construir a solução.",
        ],
    ),
    (
        "foresight",
        [
            "Strategic foresight helped the team consider several possible futures, not just the most likely one.",
            "La prospectiva estratégica ayudó al equipo a considerar varios futuros posibles, no solo el más probable.",
            "La prospective stratégique a aidé l'équipe à envisager plusieurs futurs possibles, et pas seulement le plus probable.",
            "A prospectiva estratégica ajudou a equipe a considerar vários futuros possíveis, e não apenas o mais provável.",
        ],
    ),
    (
        "public_procurement",
        [
            "Innovative procurement, buying outcomes rather than specifications, made the solution possible.",
            "Una compra pública innovadora, que adquiere resultados y no especificaciones, hizo posible la solución.",
            "Un achat public innovant, portant sur des résultats plutôt que sur des spécifications, a rendu la solution possible.",
            "Uma contratação pública inovadora, que compra resultados e não especificações, tornou a solução possível.",
        ],
    ),
    (
        "personalised_services",
        [
            "Support is tailored to each person's situation instead of one size fits all.",
            "El apoyo se adapta a la situación de cada persona en lugar de ofrecer lo mismo a todos.",
            "L'accompagnement est adapté à la situation de chacun au lieu d'être identique pour tous.",
            "O apoio é adaptado à situação de cada pessoa em vez de ser igual para todos.",
        ],
    ),
    (
        "proactive_services",
        [
            "The service reaches out to people before they have to ask.",
            "El servicio se adelanta y contacta a las personas antes de que tengan que pedirlo.",
            "Le service va au-devant des personnes avant même qu'elles n'aient à le demander.",
            "O serviço antecipa-se e contacta as pessoas antes que precisem de pedir.",
        ],
    ),
    (
        "inclusion",
        [
            "Particular attention goes to people who are often left behind: older people, migrants, people with disabilities and those on low incomes.",
            "Se presta especial atención a quienes suelen quedarse atrás: personas mayores, migrantes, personas con discapacidad y hogares con bajos ingresos.",
            "Une attention particulière est portée aux personnes souvent laissées pour compte : personnes âgées, migrants, personnes handicapées et ménages modestes.",
            "É dada especial atenção a quem costuma ficar para trás: idosos, migrantes, pessoas com deficiência e famílias de baixa renda.",
        ],
    ),
    (
        "transparency",
        [
            "Decisions, data and spending are published so that anyone can scrutinise them.",
            "Las decisiones, los datos y el gasto se publican para que cualquiera pueda examinarlos.",
            "Décisions, données et dépenses sont publiées afin que chacun puisse les examiner.",
            "Decisões, dados e despesas são publicados para que qualquer pessoa os possa examinar.",
        ],
    ),
    (
        "regulatory_innovation",
        [
            "Rules were adapted or tested in a sandbox so that regulation keeps pace with innovation.",
            "Las normas se adaptaron o se probaron en un entorno controlado para que la regulación acompañe a la innovación.",
            "Les règles ont été adaptées ou testées dans un bac à sable pour que la réglementation suive le rythme de l'innovation.",
            "As regras foram adaptadas ou testadas num ambiente controlado para que a regulação acompanhe a inovação.",
        ],
    ),
    (
        "workforce",
        [
            "Public servants received training and new roles to work in different ways.",
            "El personal público recibió formación y nuevos roles para trabajar de otra manera.",
            "Les agents publics ont été formés et ont pris de nouveaux rôles pour travailler autrement.",
            "Os servidores públicos receberam formação e novas funções para trabalhar de outra forma.",
        ],
    ),
    (
        "climate_action",
        [
            "The initiative contributes directly to climate goals by cutting emissions or building resilience.",
            "La iniciativa contribuye directamente a los objetivos climáticos reduciendo emisiones o aumentando la resiliencia.",
            "L'initiative contribue directement aux objectifs climatiques en réduisant les émissions ou en renforçant la résilience.",
            "A iniciativa contribui diretamente para as metas climáticas, reduzindo emissões ou reforçando a resiliência.",
        ],
    ),
    (
        "fraud_detection",
        [
            "Analytics help detect fraud and error early, protecting public funds.",
            "La analítica ayuda a detectar pronto el fraude y los errores, protegiendo los fondos públicos.",
            "L'analyse de données aide à détecter tôt la fraude et les erreurs, pour protéger les fonds publics.",
            "A análise de dados ajuda a detectar cedo fraudes e erros, protegendo os recursos públicos.",
        ],
    ),
    (
        "chatbots",
        [
            "A virtual assistant answers common questions at any hour and hands over to staff when needed.",
            "Un asistente virtual responde a preguntas frecuentes a cualquier hora y deriva al personal cuando hace falta.",
            "Un assistant virtuel répond aux questions fréquentes à toute heure et passe la main à un agent si nécessaire.",
            "Um assistente virtual responde a perguntas frequentes a qualquer hora e passa para um atendente quando necessário.",
        ],
    ),
    (
        "predictive_analytics",
        [
            "Predictive analytics estimate risks in advance so that help can arrive earlier.",
            "La analítica predictiva estima los riesgos por adelantado para que la ayuda llegue antes.",
            "L'analyse prédictive estime les risques à l'avance pour que l'aide arrive plus tôt.",
            "A análise preditiva estima os riscos com antecedência para que a ajuda chegue mais cedo.",
        ],
    ),
    (
        "smart_city",
        [
            "It is part of a smart city strategy that links data, sensors and services.",
            "Forma parte de una estrategia de ciudad inteligente que conecta datos, sensores y servicios.",
            "Elle s'inscrit dans une stratégie de ville intelligente qui relie données, capteurs et services.",
            "Faz parte de uma estratégia de cidade inteligente que liga dados, sensores e serviços.",
        ],
    ),
    (
        "innovation_lab",
        [
            "An in-house innovation lab supported the team with methods, coaching and space to experiment.",
            "Un laboratorio de innovación interno apoyó al equipo con métodos, acompañamiento y espacio para experimentar.",
            "Un laboratoire d'innovation interne a accompagné l'équipe avec des méthodes, du coaching et un espace d'expérimentation.",
            "Um laboratório de inovação interno apoiou a equipe com métodos, acompanhamento e espaço para experimentar.",
        ],
    ),
    (
        "mission_driven",
        [
            "The work is framed as a mission with an ambitious, measurable goal shared across government.",
            "El trabajo se plantea como una misión con un objetivo ambicioso y medible compartido por todo el gobierno.",
            "Le travail est conçu comme une mission, avec un objectif ambitieux et mesurable partagé par tout le gouvernement.",
            "O trabalho é pensado como uma missão, com uma meta ambiciosa e mensurável partilhada por todo o governo.",
        ],
    ),
];

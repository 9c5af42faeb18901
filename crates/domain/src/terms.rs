//! Open vocabularies that editors manage: innovation tags and technologies. Each term has
//! a slug, an optional parent (AI subdomains sit under artificial intelligence) and a
//! label in every interface language. The starting sets below seed a new database.

use serde::{Deserialize, Serialize};

use crate::lang::{Labels, Lang};
use crate::validate::ValidationErrors;

/// The longest term slug, in bytes.
pub const MAX_TERM_SLUG: usize = 60;
/// The longest label, in characters.
pub const MAX_TERM_LABEL: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TermKind {
    Tag,
    Technology,
}

impl TermKind {
    pub const ALL: [TermKind; 2] = [TermKind::Technology, TermKind::Tag];

    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Tag => "tag",
            TermKind::Technology => "technology",
        }
    }

    pub fn parse(value: &str) -> Option<TermKind> {
        TermKind::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Term {
    pub kind: TermKind,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub labels: Labels,
}

impl Term {
    /// Checks what a term can be checked for alone: a well-formed slug, a one-line label in
    /// every language, and not being its own parent. Whether the parent exists (and makes
    /// no cycle) is the store's to check, inside the transaction that saves the term.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = ValidationErrors::default();
        if !is_valid_term_slug(&self.slug) {
            v.add(
                "slug",
                "invalid_term_slug",
                format!(
                    "Use lower-case letters, digits and single underscores, starting with a letter, at most {MAX_TERM_SLUG} characters."
                ),
            );
        }
        for lang in Lang::ALL {
            let field = format!("labels.{}", lang.code());
            let label = self.labels.get(lang);
            v.require(&field, label);
            v.max_chars(&field, label, MAX_TERM_LABEL);
            if label.contains(['\n', '\r']) {
                v.add(field, "multi_line", "A label is one line.");
            }
        }
        if self.parent.as_ref() == Some(&self.slug) {
            v.add("parent", "own_parent", "A term cannot be its own parent.");
        }
        v.into_result()
    }
}

/// A term slug: lower-case ASCII letters and digits in underscore-separated words,
/// starting with a letter (`machine_learning`, `edge_5g`).
pub fn is_valid_term_slug(s: &str) -> bool {
    s.len() <= MAX_TERM_SLUG
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('_')
        && !s.contains("__")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The slug a new term gets from its English label when the editor gives none
/// (`"Rules as code"` → `rules_as_code`).
pub fn term_slug(label: &str) -> String {
    let slug = crate::slug::slugify(label).replace('-', "_");
    let mut slug: String = slug.chars().take(MAX_TERM_SLUG).collect();
    while slug.ends_with('_') {
        slug.pop();
    }
    if slug.starts_with(|c: char| c.is_ascii_digit()) {
        slug.insert_str(0, "t_");
        slug.truncate(MAX_TERM_SLUG);
    }
    slug
}

fn term(kind: TermKind, slug: &str, parent: Option<&str>, [en, es, fr, pt]: [&str; 4]) -> Term {
    Term {
        kind,
        slug: slug.into(),
        parent: parent.map(Into::into),
        labels: Labels::new(en, es, fr, pt),
    }
}

pub const AI: &str = "artificial_intelligence";

/// The technologies a new database starts with.
pub fn default_technologies() -> Vec<Term> {
    use TermKind::Technology as T;
    let ai = Some(AI);
    vec![
        term(
            T,
            AI,
            None,
            [
                "Artificial intelligence",
                "Inteligencia artificial",
                "Intelligence artificielle",
                "Inteligência artificial",
            ],
        ),
        term(
            T,
            "machine_learning",
            ai,
            [
                "Machine learning",
                "Aprendizaje automático",
                "Apprentissage automatique",
                "Aprendizagem automática",
            ],
        ),
        term(
            T,
            "natural_language_processing",
            ai,
            [
                "Natural language processing",
                "Procesamiento del lenguaje natural",
                "Traitement automatique des langues",
                "Processamento de linguagem natural",
            ],
        ),
        term(
            T,
            "computer_vision",
            ai,
            [
                "Computer vision",
                "Visión por computador",
                "Vision par ordinateur",
                "Visão computacional",
            ],
        ),
        term(
            T,
            "planning_scheduling",
            ai,
            [
                "Planning and scheduling",
                "Planificación y programación",
                "Planification et ordonnancement",
                "Planeamento e escalonamento",
            ],
        ),
        term(
            T,
            "automated_reasoning",
            ai,
            [
                "Automated reasoning and decision-making",
                "Razonamiento y decisión automatizados",
                "Raisonnement et décision automatisés",
                "Raciocínio e decisão automatizados",
            ],
        ),
        term(
            T,
            "knowledge_representation",
            ai,
            [
                "Knowledge representation",
                "Representación del conocimiento",
                "Représentation des connaissances",
                "Representação do conhecimento",
            ],
        ),
        term(
            T,
            "robotics_automation",
            ai,
            [
                "Robotics and process automation",
                "Robótica y automatización de procesos",
                "Robotique et automatisation des processus",
                "Robótica e automação de processos",
            ],
        ),
        term(
            T,
            "optimisation",
            ai,
            ["Optimisation", "Optimización", "Optimisation", "Otimização"],
        ),
        term(
            T,
            "audio_processing",
            ai,
            [
                "Audio processing",
                "Procesamiento de audio",
                "Traitement audio",
                "Processamento de áudio",
            ],
        ),
        term(
            T,
            "connected_automated_vehicles",
            ai,
            [
                "Connected and automated vehicles",
                "Vehículos conectados y automatizados",
                "Véhicules connectés et automatisés",
                "Veículos conectados e automatizados",
            ],
        ),
        term(
            T,
            "searching",
            ai,
            ["Search", "Búsqueda", "Recherche", "Pesquisa"],
        ),
        term(
            T,
            "multi_agent_systems",
            ai,
            [
                "Multi-agent systems",
                "Sistemas multiagente",
                "Systèmes multi-agents",
                "Sistemas multiagente",
            ],
        ),
        term(
            T,
            "ai_services",
            ai,
            [
                "AI services",
                "Servicios de IA",
                "Services d'IA",
                "Serviços de IA",
            ],
        ),
        term(
            T,
            "ai_ethics",
            ai,
            [
                "AI ethics",
                "Ética de la IA",
                "Éthique de l'IA",
                "Ética da IA",
            ],
        ),
        term(
            T,
            "generative_ai",
            ai,
            [
                "Generative AI",
                "IA generativa",
                "IA générative",
                "IA generativa",
            ],
        ),
        term(
            T,
            "blockchain",
            None,
            [
                "Blockchain and distributed ledgers",
                "Cadena de bloques y registros distribuidos",
                "Chaîne de blocs et registres distribués",
                "Blockchain e registos distribuídos",
            ],
        ),
        term(
            T,
            "rules_as_code",
            None,
            [
                "Rules as code",
                "Normas como código",
                "Règles en tant que code",
                "Regras como código",
            ],
        ),
        term(
            T,
            "data_analytics",
            None,
            [
                "Data analytics",
                "Analítica de datos",
                "Analyse de données",
                "Análise de dados",
            ],
        ),
        term(
            T,
            "biometrics",
            None,
            ["Biometrics", "Biometría", "Biométrie", "Biometria"],
        ),
        term(
            T,
            "internet_of_things",
            None,
            [
                "Internet of things",
                "Internet de las cosas",
                "Internet des objets",
                "Internet das coisas",
            ],
        ),
        term(
            T,
            "ar_vr",
            None,
            [
                "Augmented and virtual reality",
                "Realidad aumentada y virtual",
                "Réalité augmentée et virtuelle",
                "Realidade aumentada e virtual",
            ],
        ),
        term(
            T,
            "virtual_worlds",
            None,
            [
                "Virtual worlds",
                "Mundos virtuales",
                "Mondes virtuels",
                "Mundos virtuais",
            ],
        ),
        term(
            T,
            "robotics",
            None,
            ["Robotics", "Robótica", "Robotique", "Robótica"],
        ),
        term(
            T,
            "digital_twins",
            None,
            [
                "Digital twins",
                "Gemelos digitales",
                "Jumeaux numériques",
                "Gémeos digitais",
            ],
        ),
        term(
            T,
            "quantum_computing",
            None,
            [
                "Quantum computing",
                "Computación cuántica",
                "Informatique quantique",
                "Computação quântica",
            ],
        ),
        term(
            T,
            "edge_5g",
            None,
            [
                "5G and edge computing",
                "5G y computación en el borde",
                "5G et informatique en périphérie",
                "5G e computação de borda",
            ],
        ),
        term(
            T,
            "cloud_computing",
            None,
            [
                "Cloud computing",
                "Computación en la nube",
                "Informatique en nuage",
                "Computação em nuvem",
            ],
        ),
        term(
            T,
            "digital_identity",
            None,
            [
                "Digital identity",
                "Identidad digital",
                "Identité numérique",
                "Identidade digital",
            ],
        ),
        term(
            T,
            "geospatial",
            None,
            [
                "Geospatial data and mapping",
                "Datos geoespaciales y cartografía",
                "Données géospatiales et cartographie",
                "Dados geoespaciais e cartografia",
            ],
        ),
        term(
            T,
            "mobile_apps",
            None,
            [
                "Mobile apps",
                "Aplicaciones móviles",
                "Applications mobiles",
                "Aplicações móveis",
            ],
        ),
        term(
            T,
            "other_technology",
            None,
            [
                "Other technology",
                "Otra tecnología",
                "Autre technologie",
                "Outra tecnologia",
            ],
        ),
    ]
}

/// The innovation tags a new database starts with.
pub fn default_tags() -> Vec<Term> {
    use TermKind::Tag as G;
    vec![
        term(
            G,
            "service_design",
            None,
            [
                "Service design",
                "Diseño de servicios",
                "Design de services",
                "Design de serviços",
            ],
        ),
        term(
            G,
            "open_data",
            None,
            [
                "Open data",
                "Datos abiertos",
                "Données ouvertes",
                "Dados abertos",
            ],
        ),
        term(
            G,
            "behavioural_insights",
            None,
            [
                "Behavioural insights",
                "Ciencias del comportamiento",
                "Sciences comportementales",
                "Ciências comportamentais",
            ],
        ),
        term(
            G,
            "experimentation",
            None,
            [
                "Experimentation",
                "Experimentación",
                "Expérimentation",
                "Experimentação",
            ],
        ),
        term(
            G,
            "systems_change",
            None,
            [
                "Systems change",
                "Cambio sistémico",
                "Changement systémique",
                "Mudança sistémica",
            ],
        ),
        term(
            G,
            "citizen_engagement",
            None,
            [
                "Citizen engagement",
                "Participación ciudadana",
                "Participation citoyenne",
                "Participação cidadã",
            ],
        ),
        term(
            G,
            "digital_transformation",
            None,
            [
                "Digital transformation",
                "Transformación digital",
                "Transformation numérique",
                "Transformação digital",
            ],
        ),
        term(
            G,
            "co_design",
            None,
            ["Co-design", "Co-diseño", "Co-conception", "Co-design"],
        ),
        term(
            G,
            "cross_border",
            None,
            [
                "Cross-border",
                "Transfronterizo",
                "Transfrontalier",
                "Transfronteiriço",
            ],
        ),
        term(
            G,
            "cross_sector",
            None,
            [
                "Cross-sector",
                "Intersectorial",
                "Intersectoriel",
                "Intersetorial",
            ],
        ),
        term(
            G,
            "participatory_budgeting",
            None,
            [
                "Participatory budgeting",
                "Presupuestos participativos",
                "Budget participatif",
                "Orçamento participativo",
            ],
        ),
        term(
            G,
            "open_government",
            None,
            [
                "Open government",
                "Gobierno abierto",
                "Gouvernement ouvert",
                "Governo aberto",
            ],
        ),
        term(
            G,
            "data_sharing",
            None,
            [
                "Data sharing",
                "Intercambio de datos",
                "Partage de données",
                "Partilha de dados",
            ],
        ),
        term(
            G,
            "govtech",
            None,
            ["GovTech", "GovTech", "GovTech", "GovTech"],
        ),
        term(
            G,
            "foresight",
            None,
            [
                "Strategic foresight",
                "Prospectiva estratégica",
                "Prospective stratégique",
                "Prospetiva estratégica",
            ],
        ),
        term(
            G,
            "public_procurement",
            None,
            [
                "Innovative public procurement",
                "Compra pública innovadora",
                "Achats publics innovants",
                "Contratação pública inovadora",
            ],
        ),
        term(
            G,
            "personalised_services",
            None,
            [
                "Personalised services",
                "Servicios personalizados",
                "Services personnalisés",
                "Serviços personalizados",
            ],
        ),
        term(
            G,
            "proactive_services",
            None,
            [
                "Proactive services",
                "Servicios proactivos",
                "Services proactifs",
                "Serviços proativos",
            ],
        ),
        term(
            G,
            "inclusion",
            None,
            [
                "Inclusion and equity",
                "Inclusión y equidad",
                "Inclusion et équité",
                "Inclusão e equidade",
            ],
        ),
        term(
            G,
            "transparency",
            None,
            [
                "Transparency and integrity",
                "Transparencia e integridad",
                "Transparence et intégrité",
                "Transparência e integridade",
            ],
        ),
        term(
            G,
            "regulatory_innovation",
            None,
            [
                "Regulatory innovation",
                "Innovación regulatoria",
                "Innovation réglementaire",
                "Inovação regulatória",
            ],
        ),
        term(
            G,
            "workforce",
            None,
            [
                "Public sector workforce",
                "Personal del sector público",
                "Personnel du secteur public",
                "Trabalhadores do setor público",
            ],
        ),
        term(
            G,
            "climate_action",
            None,
            [
                "Climate action",
                "Acción climática",
                "Action climatique",
                "Ação climática",
            ],
        ),
        term(
            G,
            "fraud_detection",
            None,
            [
                "Fraud and error detection",
                "Detección de fraude y errores",
                "Détection de la fraude et des erreurs",
                "Deteção de fraude e erros",
            ],
        ),
        term(
            G,
            "chatbots",
            None,
            [
                "Chatbots and virtual assistants",
                "Chatbots y asistentes virtuales",
                "Agents conversationnels",
                "Chatbots e assistentes virtuais",
            ],
        ),
        term(
            G,
            "predictive_analytics",
            None,
            [
                "Predictive analytics",
                "Analítica predictiva",
                "Analyse prédictive",
                "Análise preditiva",
            ],
        ),
        term(
            G,
            "smart_city",
            None,
            [
                "Smart city",
                "Ciudad inteligente",
                "Ville intelligente",
                "Cidade inteligente",
            ],
        ),
        term(
            G,
            "innovation_lab",
            None,
            [
                "Innovation lab",
                "Laboratorio de innovación",
                "Laboratoire d'innovation",
                "Laboratório de inovação",
            ],
        ),
        term(
            G,
            "mission_driven",
            None,
            [
                "Mission-driven policy",
                "Política orientada a misiones",
                "Politique axée sur les missions",
                "Política orientada por missões",
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_checked_alone() {
        let mut t = default_technologies().remove(1);
        assert!(t.validate().is_ok());
        t.slug = "Machine-Learning".into();
        t.labels.es = " ".into();
        t.labels.fr = "x".repeat(MAX_TERM_LABEL + 1);
        t.labels.pt = "two\nlines".into();
        let fields: Vec<String> = t
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["slug", "labels.es", "labels.fr", "labels.pt"]);
        t.slug = "ml".into();
        t.labels = Labels::new("a", "b", "c", "d");
        t.parent = Some("ml".into());
        assert_eq!(t.validate().unwrap_err().0[0].code, "own_parent");
    }

    #[test]
    fn slugs_come_from_labels() {
        assert_eq!(term_slug("Rules as code"), "rules_as_code");
        assert_eq!(term_slug("Ética de la IA"), "etica_de_la_ia");
        assert_eq!(term_slug("5G networks"), "t_5g_networks");
        assert!(is_valid_term_slug(&term_slug(&"word ".repeat(40))));
        assert!(
            !is_valid_term_slug("_x") && !is_valid_term_slug("a__b") && !is_valid_term_slug("")
        );
        for t in default_technologies().iter().chain(&default_tags()) {
            assert!(is_valid_term_slug(&t.slug), "{}", t.slug);
            assert!(t.validate().is_ok(), "{}", t.slug);
        }
    }

    #[test]
    fn seeds_have_unique_slugs_and_parents_exist() {
        let techs = default_technologies();
        let tags = default_tags();
        for set in [&techs, &tags] {
            let mut slugs: Vec<_> = set.iter().map(|t| t.slug.as_str()).collect();
            slugs.sort();
            let n = slugs.len();
            slugs.dedup();
            assert_eq!(n, slugs.len());
        }
        for t in &techs {
            if let Some(p) = &t.parent {
                assert!(techs.iter().any(|x| &x.slug == p && x.parent.is_none()));
            }
        }
        assert!(
            techs
                .iter()
                .all(|t| t.kind == TermKind::Technology && !t.labels.pt.is_empty())
        );
    }
}

//! Closed vocabularies: the fixed lists of values a record field may take (stage, level
//! of government, sector, …), each with a stable snake_case slug used in URLs, the API
//! and storage, and a label in every interface language.

use crate::lang::Lang;

/// A value outside a closed vocabulary; says which values would have been accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} \"{value}\"; allowed values: {}", allowed.join(", "))]
pub struct UnknownValue {
    pub vocabulary: &'static str,
    pub value: String,
    pub allowed: Vec<&'static str>,
}

/// Behaviour shared by every closed vocabulary.
pub trait Vocabulary: Copy + Sized + 'static {
    /// The vocabulary's name as users see it in messages and the API (`sector`).
    const NAME: &'static str;
    /// Every value, in display order.
    const ALL: &'static [Self];
    fn slug(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str;

    /// Parses a slug or an English label, ignoring case, spaces, hyphens and underscores.
    fn parse(value: &str) -> Result<Self, UnknownValue> {
        let wanted = fold(value);
        Self::ALL
            .iter()
            .copied()
            .find(|v| fold(v.slug()) == wanted || fold(v.label(Lang::En)) == wanted)
            .ok_or_else(|| UnknownValue {
                vocabulary: Self::NAME,
                value: value.to_string(),
                allowed: Self::ALL.iter().map(|v| v.slug()).collect(),
            })
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $vocab:literal {
            $($variant:ident = $slug:literal [$en:literal, $es:literal, $fr:literal, $pt:literal]),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $crate::vocab::Vocabulary for $name {
            const NAME: &'static str = $vocab;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
            fn label(self, lang: $crate::lang::Lang) -> &'static str {
                match self {
                    $($name::$variant => match lang {
                        $crate::lang::Lang::En => $en, $crate::lang::Lang::Es => $es, $crate::lang::Lang::Fr => $fr, $crate::lang::Lang::Pt => $pt,
                    }),+
                }
            }
        }

        #[cfg(feature = "openapi")]
        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                ::utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::String)
                    .description(Some(concat!("A value of the ", $vocab, " vocabulary (its slug).")))
                    .enum_values(Some([$($slug),+]))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl ::utoipa::ToSchema for $name {}

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::vocab::Vocabulary::slug(*self))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::vocab::UnknownValue;
            fn from_str(s: &str) -> Result<Self, $crate::vocab::UnknownValue> {
                <Self as $crate::vocab::Vocabulary>::parse(s)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::vocab::Vocabulary::slug(*self))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as ::serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// The 13 policy sectors a case can belong to.
    Sector, "sector" {
        EconomicAffairs = "economic_affairs" ["Economic affairs", "Asuntos económicos", "Affaires économiques", "Assuntos económicos"],
        Education = "education" ["Education", "Educación", "Éducation", "Educação"],
        Employment = "employment_labour" ["Employment and labour", "Empleo y trabajo", "Emploi et travail", "Emprego e trabalho"],
        Environment = "environment_climate_agriculture" ["Environment, climate and agriculture", "Medio ambiente, clima y agricultura", "Environnement, climat et agriculture", "Ambiente, clima e agricultura"],
        ExternalRelations = "external_relations" ["External relations", "Relaciones exteriores", "Relations extérieures", "Relações externas"],
        Health = "health" ["Health", "Salud", "Santé", "Saúde"],
        Housing = "housing_community" ["Housing and community", "Vivienda y comunidad", "Logement et collectivités", "Habitação e comunidade"],
        Digitalisation = "information_society_digitalisation" ["Information society and digitalisation", "Sociedad de la información y digitalización", "Société de l'information et numérique", "Sociedade da informação e digitalização"],
        PublicAdministration = "public_administration_reform" ["Public administration modernisation and reform", "Modernización y reforma de la administración pública", "Modernisation et réforme de l'administration publique", "Modernização e reforma da administração pública"],
        Justice = "public_order_safety_justice" ["Public order, safety, justice and human rights", "Orden público, seguridad, justicia y derechos humanos", "Ordre public, sécurité, justice et droits humains", "Ordem pública, segurança, justiça e direitos humanos"],
        Culture = "recreation_culture_religion" ["Recreation, culture and religion", "Ocio, cultura y religión", "Loisirs, culture et religion", "Lazer, cultura e religião"],
        Science = "science_research_innovation" ["Science, research and innovation", "Ciencia, investigación e innovación", "Science, recherche et innovation", "Ciência, investigação e inovação"],
        Transport = "transport_infrastructure" ["Transport and infrastructure", "Transporte e infraestructura", "Transports et infrastructures", "Transportes e infraestruturas"],
    }
}

vocabulary! {
    /// How far an initiative has come, in OPSI's innovation life cycle.
    Stage, "stage" {
        IdentifyingProblems = "identifying_problems" ["Identifying problems or opportunities", "Identificación de problemas u oportunidades", "Identification des problèmes ou des opportunités", "Identificação de problemas ou oportunidades"],
        GeneratingIdeas = "generating_ideas" ["Generating ideas or designing solutions", "Generación de ideas o diseño de soluciones", "Génération d'idées ou conception de solutions", "Geração de ideias ou conceção de soluções"],
        DevelopingProposals = "developing_proposals" ["Developing proposals", "Desarrollo de propuestas", "Élaboration de propositions", "Desenvolvimento de propostas"],
        Implementation = "implementation" ["Implementation", "Implementación", "Mise en œuvre", "Implementação"],
        Evaluation = "evaluation" ["Evaluation", "Evaluación", "Évaluation", "Avaliação"],
        DiffusingLessons = "diffusing_lessons" ["Diffusing lessons", "Difusión de lecciones", "Diffusion des enseignements", "Difusão de lições"],
    }
}

vocabulary! {
    /// The level of government that runs an initiative.
    GovLevel, "level" {
        National = "national" ["National or federal", "Nacional o federal", "National ou fédéral", "Nacional ou federal"],
        Regional = "regional" ["Regional or state", "Regional o estatal", "Régional ou fédéré", "Regional ou estadual"],
        Local = "local" ["Local", "Local", "Local", "Local"],
        Supranational = "supranational" ["Supranational", "Supranacional", "Supranational", "Supranacional"],
        Other = "other" ["Other", "Otro", "Autre", "Outro"],
    }
}

vocabulary! {
    /// The kind of organisation behind an initiative.
    OrgType, "organisation_type" {
        Government = "government" ["Government", "Gobierno", "Administration publique", "Governo"],
        Ngo = "ngo" ["Non-governmental organisation", "Organización no gubernamental", "Organisation non gouvernementale", "Organização não governamental"],
        InternationalOrganisation = "international_organisation" ["International organisation", "Organización internacional", "Organisation internationale", "Organização internacional"],
        Academia = "academia" ["Academia", "Academia", "Milieu universitaire", "Academia"],
        PrivateSector = "private_sector" ["Private sector", "Sector privado", "Secteur privé", "Setor privado"],
        IndependentInstitution = "independent_institution" ["Independent institution", "Institución independiente", "Institution indépendante", "Instituição independente"],
    }
}

vocabulary! {
    /// OPSI's four facets of innovation.
    InnovationFacet, "innovation_facet" {
        EnhancementOriented = "enhancement_oriented" ["Enhancement-oriented", "Orientada a la mejora", "Axée sur l'amélioration", "Orientada para a melhoria"],
        MissionOriented = "mission_oriented" ["Mission-oriented", "Orientada a misiones", "Axée sur une mission", "Orientada para a missão"],
        Adaptive = "adaptive" ["Adaptive", "Adaptativa", "Adaptative", "Adaptativa"],
        Anticipatory = "anticipatory" ["Anticipatory", "Anticipatoria", "Anticipative", "Antecipatória"],
    }
}

vocabulary! {
    /// Whether the initiative itself still runs (not the record's editorial state).
    Lifecycle, "status" {
        Active = "active" ["Active", "Activa", "Active", "Ativa"],
        Completed = "completed" ["Completed", "Completada", "Terminée", "Concluída"],
        Discontinued = "discontinued" ["Discontinued", "Interrumpida", "Abandonnée", "Descontinuada"],
    }
}

vocabulary! {
    /// Where a case record stands in the editorial workflow.
    CaseStatus, "workflow_status" {
        Draft = "draft" ["Draft", "Borrador", "Brouillon", "Rascunho"],
        Submitted = "submitted" ["Submitted", "Enviado", "Soumis", "Submetido"],
        InReview = "in_review" ["In review", "En revisión", "En cours d'examen", "Em revisão"],
        ChangesRequested = "changes_requested" ["Changes requested", "Cambios solicitados", "Modifications demandées", "Alterações solicitadas"],
        Published = "published" ["Published", "Publicado", "Publié", "Publicado"],
        Rejected = "rejected" ["Rejected", "Rechazado", "Rejeté", "Rejeitado"],
        Archived = "archived" ["Archived", "Archivado", "Archivé", "Arquivado"],
        Withdrawn = "withdrawn" ["Withdrawn", "Retirado", "Retiré", "Retirado"],
    }
}

impl CaseStatus {
    /// Only published and archived records are shown to the public and indexed for it.
    pub fn is_public(self) -> bool {
        matches!(self, CaseStatus::Published | CaseStatus::Archived)
    }

    /// The editorial workflow: which state may follow which.
    pub fn can_become(self, next: CaseStatus) -> bool {
        use CaseStatus::*;
        matches!(
            (self, next),
            (Draft, Submitted)
                | (Submitted, InReview)
                | (InReview, ChangesRequested | Published | Rejected)
                | (ChangesRequested, Submitted)
                | (Published, Archived | Withdrawn)
                | (Archived, Published | Withdrawn)
        )
    }
}

vocabulary! {
    /// The disciplines of the toolkit navigator.
    Discipline, "discipline" {
        Design = "design" ["Design", "Diseño", "Design", "Design"],
        ServiceDesign = "service_design" ["Service design", "Diseño de servicios", "Design de services", "Design de serviços"],
        BehaviouralInsights = "behavioural_insights" ["Behavioural insights", "Ciencias del comportamiento", "Sciences comportementales", "Ciências comportamentais"],
        SystemsChange = "systems_change" ["Systems change", "Cambio sistémico", "Changement systémique", "Mudança sistémica"],
        Futures = "futures_foresight" ["Futures and foresight", "Futuros y prospectiva", "Futurs et prospective", "Futuros e prospetiva"],
        OpenGovernment = "open_government" ["Open government", "Gobierno abierto", "Gouvernement ouvert", "Governo aberto"],
        PublicPolicy = "public_policy" ["Public policy", "Políticas públicas", "Politiques publiques", "Políticas públicas"],
        DigitalTransformation = "digital_transformation" ["Digital transformation", "Transformación digital", "Transformation numérique", "Transformação digital"],
        CoDesign = "co_design_facilitation" ["Co-design and facilitation", "Co-diseño y facilitación", "Co-conception et facilitation", "Co-design e facilitação"],
        SocialInnovation = "social_innovation" ["Social innovation", "Innovación social", "Innovation sociale", "Inovação social"],
        OrganisationalDesign = "organisational_design" ["Organisational design", "Diseño organizacional", "Design organisationnel", "Design organizacional"],
        StrategicDesign = "strategic_design" ["Strategic design", "Diseño estratégico", "Design stratégique", "Design estratégico"],
        InternationalDevelopment = "international_development" ["International development", "Desarrollo internacional", "Développement international", "Desenvolvimento internacional"],
        ProductDesign = "product_design" ["Product design", "Diseño de producto", "Design de produit", "Design de produto"],
    }
}

vocabulary! {
    /// What form a toolkit takes.
    ToolkitType, "toolkit_type" {
        Guide = "guide" ["Guide", "Guía", "Guide", "Guia"],
        MethodCards = "method_card_deck" ["Method card deck", "Baraja de tarjetas de métodos", "Jeu de cartes méthodes", "Baralho de cartas de métodos"],
        Canvas = "canvas" ["Canvas", "Lienzo", "Canevas", "Tela"],
        Course = "course" ["Course", "Curso", "Cours", "Curso"],
        Framework = "framework" ["Framework", "Marco", "Cadre", "Quadro"],
    }
}

vocabulary! {
    /// What a toolkit helps its user do.
    Purpose, "purpose" {
        Understand = "understand_problem" ["Understand the problem", "Comprender el problema", "Comprendre le problème", "Compreender o problema"],
        Generate = "generate_ideas" ["Generate ideas", "Generar ideas", "Générer des idées", "Gerar ideias"],
        Test = "test_iterate" ["Test and iterate", "Probar e iterar", "Tester et itérer", "Testar e iterar"],
        Scale = "scale_diffuse" ["Scale and diffuse", "Escalar y difundir", "Déployer et diffuser", "Escalar e difundir"],
        Evaluate = "evaluate" ["Evaluate", "Evaluar", "Évaluer", "Avaliar"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_slugs_and_english_labels_loosely() {
        assert_eq!("health".parse::<Sector>().unwrap(), Sector::Health);
        assert_eq!(
            "Transport and Infrastructure".parse::<Sector>().unwrap(),
            Sector::Transport
        );
        assert_eq!(
            "in-review".parse::<CaseStatus>().unwrap(),
            CaseStatus::InReview
        );
    }

    #[test]
    fn unknown_value_lists_allowed_values() {
        let err = "planet".parse::<GovLevel>().unwrap_err();
        assert_eq!(err.vocabulary, "level");
        assert_eq!(
            err.allowed,
            ["national", "regional", "local", "supranational", "other"]
        );
        assert!(err.to_string().contains("national, regional"));
    }

    #[test]
    fn serde_uses_slugs() {
        let json = serde_json::to_string(&Stage::DiffusingLessons).unwrap();
        assert_eq!(json, "\"diffusing_lessons\"");
        let back: Stage = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Stage::DiffusingLessons);
        assert!(serde_json::from_str::<Stage>("\"nowhere\"").is_err());
    }

    #[test]
    fn every_label_is_filled_and_slugs_are_unique() {
        fn check<V: Vocabulary + Eq + std::fmt::Debug>() {
            let mut slugs: Vec<_> = V::ALL.iter().map(|v| v.slug()).collect();
            slugs.sort();
            slugs.dedup();
            assert_eq!(slugs.len(), V::ALL.len(), "{}", V::NAME);
            for v in V::ALL {
                for lang in Lang::ALL {
                    assert!(!v.label(lang).is_empty(), "{v:?} {lang:?}");
                }
                assert_eq!(V::parse(v.slug()).unwrap(), *v);
            }
        }
        check::<Sector>();
        check::<Stage>();
        check::<GovLevel>();
        check::<OrgType>();
        check::<InnovationFacet>();
        check::<Lifecycle>();
        check::<CaseStatus>();
        check::<Discipline>();
        check::<ToolkitType>();
        check::<Purpose>();
        assert_eq!(Sector::ALL.len(), 13);
    }

    #[test]
    fn workflow_follows_the_editorial_path() {
        use CaseStatus::*;
        assert!(Draft.can_become(Submitted));
        assert!(InReview.can_become(ChangesRequested));
        assert!(ChangesRequested.can_become(Submitted));
        assert!(!Draft.can_become(Published));
        assert!(!Rejected.can_become(Published));
        assert!(Archived.is_public() && Published.is_public() && !InReview.is_public());
    }
}

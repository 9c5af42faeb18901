//! The topic clusters of the demo corpus: each theme belongs to one or two sectors, uses
//! its own technologies, tags and innovation facets, and carries its own vocabulary in
//! the four interface languages, so that search and theme discovery find real structure.
//!
//! Slots in braces are filled when a case is written (see `write.rs`): `{Org}`/`{org}`
//! (the organisation, with its article), `{where}` (a located phrase such as "in Kenya"),
//! `{pct}`, `{pct2}`, `{n}` and `{months}` (figures drawn for the case). Non-English
//! `users` and `words` carry their article (`los pacientes`, `le triage`).

use crate::vocab::{InnovationFacet as F, Sector as S};

/// One topic cluster.
pub(super) struct Theme {
    pub key: &'static str,
    pub sectors: &'static [S],
    /// Technology slugs, most typical first.
    pub techs: &'static [&'static str],
    /// Innovation tag slugs, most typical first.
    pub tags: &'static [&'static str],
    pub facets: &'static [F],
    pub sdgs: &'static [u8],
    /// The earliest year such an initiative plausibly starts.
    pub since: i32,
    /// Texts in English, Spanish, French and Portuguese (the order of `Lang::ALL`).
    pub text: [ThemeText; 4],
}

/// A theme's phrases in one language.
pub(super) struct ThemeText {
    /// Title openings ("Predictive triage").
    pub heads: &'static [&'static str],
    /// Title endings ("for emergency departments"); any head goes with any target.
    pub targets: &'static [&'static str],
    /// One-sentence pitches.
    pub pitch: &'static [&'static str],
    /// The problem the initiative answers.
    pub problem: &'static [&'static str],
    /// What was done.
    pub approach: &'static [&'static str],
    /// Who benefits, as a plural noun phrase.
    pub users: &'static [&'static str],
    pub results: &'static [&'static str],
    /// Key terms of the theme, used inside generic sentences.
    pub words: &'static [&'static str],
}

pub(super) static THEMES: &[Theme] = &[
    Theme {
        key: "emergency_triage",
        sectors: &[S::Health],
        techs: &[
            "machine_learning",
            "artificial_intelligence",
            "data_analytics",
        ],
        tags: &["predictive_analytics", "service_design", "experimentation"],
        facets: &[F::EnhancementOriented, F::Anticipatory],
        sdgs: &[3],
        since: 2014,
        text: [
            ThemeText {
                heads: &[
                    "Predictive triage",
                    "AI-assisted triage",
                    "Risk-based patient prioritisation",
                    "Early warning scores",
                    "Smart bed management",
                    "Clinical decision support",
                ],
                targets: &[
                    "for emergency departments",
                    "in public hospitals",
                    "for overcrowded emergency wards",
                    "for urgent care clinics",
                    "across the hospital network",
                ],
                pitch: &[
                    "{Org} uses a clinically validated risk model to help emergency teams {where} see the sickest patients first and shorten waiting lists.",
                    "A decision-support tool ranks incoming patients by clinical risk so that nurses and doctors {where} can act sooner on deteriorating cases.",
                ],
                problem: &[
                    "Emergency departments {where} were overcrowded, with patients waiting hours for a first assessment and clinicians triaging by hand under heavy pressure.",
                    "Waiting lists grew every winter, and triage decisions varied from one shift to the next, putting patients with hidden risks in danger.",
                ],
                approach: &[
                    "The team trained a risk model on anonymised admission records, vital signs and triage notes, and validated it with clinicians before it was used on the ward.",
                    "Nurses see a risk score beside each patient in the triage queue; the score supports but never replaces clinical judgement, and every override is logged for review.",
                    "A bed-management dashboard forecasts admissions several hours ahead so that wards can prepare beds and staff.",
                ],
                users: &[
                    "patients arriving at emergency departments",
                    "triage nurses, emergency physicians and bed managers",
                ],
                results: &[
                    "Median time to first assessment fell by {pct}% and the share of patients who left without being seen dropped markedly.",
                    "In the evaluation, the model flagged {pct}% more patients who later needed intensive care than manual triage alone.",
                ],
                words: &[
                    "triage",
                    "waiting times",
                    "clinicians",
                    "emergency care",
                    "model validation",
                    "patient safety",
                    "vital signs",
                ],
            },
            ThemeText {
                heads: &[
                    "Triaje predictivo",
                    "Triaje asistido por inteligencia artificial",
                    "Priorización de pacientes según su riesgo",
                ],
                targets: &[
                    "en los servicios de urgencias",
                    "en hospitales públicos",
                    "para reducir las listas de espera",
                ],
                pitch: &[
                    "{Org} utiliza un modelo de riesgo validado clínicamente para que los equipos de urgencias {where} atiendan primero a los pacientes más graves y reduzcan las listas de espera.",
                ],
                problem: &[
                    "Los servicios de urgencias {where} estaban saturados: los pacientes esperaban horas para una primera valoración y el personal sanitario clasificaba los casos a mano.",
                ],
                approach: &[
                    "El equipo entrenó un modelo con historiales de ingreso anonimizados y signos vitales, y lo validó con médicos y enfermeras antes de usarlo en planta.",
                    "Las enfermeras ven una puntuación de riesgo junto a cada paciente; la puntuación apoya, pero nunca sustituye, el juicio clínico.",
                ],
                users: &["los pacientes que llegan a urgencias"],
                results: &[
                    "El tiempo hasta la primera valoración se redujo un {pct} % y disminuyeron los pacientes que se marchaban sin ser atendidos.",
                ],
                words: &[
                    "el triaje",
                    "los tiempos de espera",
                    "la seguridad del paciente",
                    "la validación del modelo",
                ],
            },
            ThemeText {
                heads: &[
                    "Triage prédictif",
                    "Triage assisté par intelligence artificielle",
                    "Priorisation des patients selon le risque",
                ],
                targets: &[
                    "aux urgences hospitalières",
                    "dans les hôpitaux publics",
                    "pour réduire les délais d'attente",
                ],
                pitch: &[
                    "{Org} s'appuie sur un modèle de risque validé par les cliniciens pour que les équipes des urgences {where} prennent en charge d'abord les patients les plus graves.",
                ],
                problem: &[
                    "Les services d'urgences {where} étaient saturés : les patients attendaient des heures avant une première évaluation et le triage se faisait à la main.",
                ],
                approach: &[
                    "L'équipe a entraîné un modèle sur des dossiers d'admission anonymisés et des constantes vitales, puis l'a validé avec les médecins et les infirmiers avant son usage en service.",
                    "Les infirmiers voient un score de risque à côté de chaque patient ; le score éclaire le jugement clinique sans jamais le remplacer.",
                ],
                users: &["les patients qui se présentent aux urgences"],
                results: &[
                    "Le délai avant la première évaluation a baissé de {pct} % et moins de patients sont repartis sans avoir été vus.",
                ],
                words: &[
                    "le triage",
                    "les délais d'attente",
                    "la sécurité des patients",
                    "la validation du modèle",
                ],
            },
            ThemeText {
                heads: &[
                    "Triagem preditiva",
                    "Triagem assistida por inteligência artificial",
                    "Priorização de pacientes por risco",
                ],
                targets: &[
                    "nos serviços de urgência",
                    "em hospitais públicos",
                    "para reduzir as filas de espera",
                ],
                pitch: &[
                    "{Org} usa um modelo de risco validado por clínicos para que as equipes de urgência {where} atendam primeiro os pacientes mais graves e reduzam as filas de espera.",
                ],
                problem: &[
                    "Os serviços de urgência {where} estavam superlotados: os pacientes esperavam horas por uma primeira avaliação e a triagem era feita à mão.",
                ],
                approach: &[
                    "A equipe treinou um modelo com registros de internação anonimizados e sinais vitais e validou-o com médicos e enfermeiros antes de usá-lo nas enfermarias.",
                    "Os enfermeiros veem uma pontuação de risco ao lado de cada paciente; a pontuação apoia, mas nunca substitui, o julgamento clínico.",
                ],
                users: &["os pacientes que chegam às urgências"],
                results: &[
                    "O tempo até a primeira avaliação caiu {pct}% e menos pacientes foram embora sem atendimento.",
                ],
                words: &[
                    "a triagem",
                    "os tempos de espera",
                    "a segurança do paciente",
                    "a validação do modelo",
                ],
            },
        ],
    },
    Theme {
        key: "telehealth",
        sectors: &[S::Health, S::Digitalisation],
        techs: &["mobile_apps", "cloud_computing", "internet_of_things"],
        tags: &[
            "digital_transformation",
            "inclusion",
            "service_design",
            "personalised_services",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[3, 10],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Telemedicine consultations",
                    "Remote patient monitoring",
                    "Virtual clinics",
                    "Community health worker app",
                    "Teleconsultation network",
                ],
                targets: &[
                    "for rural communities",
                    "for remote villages",
                    "for patients with chronic conditions",
                    "in primary care",
                    "for island communities",
                ],
                pitch: &[
                    "{Org} connects patients in remote areas {where} with doctors and nurses through video consultations, home monitoring and a mobile app for community health workers.",
                    "Patients with chronic conditions {where} are followed up from home with connected devices, so that specialists step in before a crisis sends them to hospital.",
                ],
                problem: &[
                    "Rural residents {where} often travelled several hours to see a doctor, and many skipped follow-up appointments for diabetes, hypertension or pregnancy care.",
                    "Primary care clinics in remote areas struggled to recruit doctors, leaving community health workers without specialist advice.",
                ],
                approach: &[
                    "Community health workers were equipped with tablets to record symptoms, take photos and book video consultations with doctors at the district hospital.",
                    "Patients with heart failure or diabetes received connected blood-pressure cuffs and glucose meters that send readings to a nurse-led monitoring centre.",
                    "Appointments, prescriptions and test results were moved to a single platform that works on low-bandwidth connections.",
                ],
                users: &[
                    "patients living in rural and remote areas",
                    "community health workers, nurses and general practitioners",
                ],
                results: &[
                    "Travel to appointments fell sharply, and {pct}% of follow-up visits now happen remotely.",
                    "Over {months} months the service handled more than {n} teleconsultations, and avoidable hospital admissions among monitored patients dropped by {pct2}%.",
                ],
                words: &[
                    "telemedicine",
                    "remote monitoring",
                    "rural clinics",
                    "chronic conditions",
                    "community health workers",
                    "video consultations",
                ],
            },
            ThemeText {
                heads: &[
                    "Teleconsultas médicas",
                    "Monitorización remota de pacientes",
                    "Clínicas virtuales",
                ],
                targets: &[
                    "para comunidades rurales",
                    "para pacientes crónicos",
                    "en la atención primaria",
                ],
                pitch: &[
                    "{Org} conecta a pacientes de zonas remotas {where} con médicos y enfermeras mediante videoconsultas, seguimiento a domicilio y una aplicación para agentes comunitarios de salud.",
                ],
                problem: &[
                    "Los habitantes de zonas rurales {where} viajaban varias horas para ver a un médico y muchos abandonaban los controles de diabetes, hipertensión o embarazo.",
                ],
                approach: &[
                    "Los agentes comunitarios de salud recibieron tabletas para registrar síntomas y reservar videoconsultas con los médicos del hospital de distrito.",
                    "Los pacientes crónicos reciben tensiómetros y glucómetros conectados que envían sus mediciones a un centro de seguimiento dirigido por enfermeras.",
                ],
                users: &["los pacientes de zonas rurales y remotas"],
                results: &[
                    "El {pct} % de las consultas de seguimiento se realiza ahora a distancia y los desplazamientos se redujeron mucho.",
                ],
                words: &[
                    "la telemedicina",
                    "las videoconsultas",
                    "los pacientes crónicos",
                    "los centros de salud rurales",
                ],
            },
            ThemeText {
                heads: &[
                    "Téléconsultations médicales",
                    "Télésurveillance des patients",
                    "Cabinets médicaux virtuels",
                ],
                targets: &[
                    "pour les communautés rurales",
                    "pour les patients atteints de maladies chroniques",
                    "en soins primaires",
                ],
                pitch: &[
                    "{Org} relie les patients des zones isolées {where} aux médecins et infirmiers grâce à la téléconsultation, au suivi à domicile et à une application pour les agents de santé communautaires.",
                ],
                problem: &[
                    "Les habitants des zones rurales {where} faisaient plusieurs heures de route pour voir un médecin, et beaucoup renonçaient au suivi du diabète, de l'hypertension ou de la grossesse.",
                ],
                approach: &[
                    "Les agents de santé communautaires ont reçu des tablettes pour noter les symptômes et organiser des téléconsultations avec les médecins de l'hôpital de district.",
                    "Les patients chroniques disposent de tensiomètres et de glucomètres connectés qui transmettent leurs mesures à un centre de télésurveillance infirmier.",
                ],
                users: &["les patients vivant en zone rurale ou isolée"],
                results: &[
                    "Désormais, {pct} % des consultations de suivi se font à distance et les déplacements ont fortement diminué.",
                ],
                words: &[
                    "la télémédecine",
                    "la téléconsultation",
                    "les maladies chroniques",
                    "les déserts médicaux",
                ],
            },
            ThemeText {
                heads: &[
                    "Teleconsultas médicas",
                    "Monitoramento remoto de pacientes",
                    "Clínicas virtuais",
                ],
                targets: &[
                    "para comunidades rurais",
                    "para pacientes crônicos",
                    "na atenção primária",
                ],
                pitch: &[
                    "{Org} liga pacientes de áreas remotas {where} a médicos e enfermeiros por meio de teleconsultas, monitoramento domiciliar e um aplicativo para agentes comunitários de saúde.",
                ],
                problem: &[
                    "Os moradores de zonas rurais {where} viajavam várias horas para ver um médico, e muitos abandonavam o acompanhamento de diabetes, hipertensão ou gravidez.",
                ],
                approach: &[
                    "Os agentes comunitários de saúde receberam tablets para registrar sintomas e marcar teleconsultas com os médicos do hospital regional.",
                    "Pacientes crônicos recebem medidores de pressão e glicosímetros conectados que enviam as medições a uma central de monitoramento coordenada por enfermeiros.",
                ],
                users: &["os pacientes de zonas rurais e remotas"],
                results: &[
                    "Hoje, {pct}% das consultas de acompanhamento são feitas à distância e os deslocamentos caíram bastante.",
                ],
                words: &[
                    "a telemedicina",
                    "as teleconsultas",
                    "as doenças crônicas",
                    "os agentes comunitários de saúde",
                ],
            },
        ],
    },
    Theme {
        key: "youth_mental_health",
        sectors: &[S::Health, S::Education],
        techs: &["mobile_apps", "natural_language_processing"],
        tags: &[
            "co_design",
            "service_design",
            "inclusion",
            "citizen_engagement",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[3],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Peer support network",
                    "Mental health hubs",
                    "Co-designed wellbeing service",
                    "Early anxiety support",
                    "Mental health digital front door",
                ],
                targets: &[
                    "for young people",
                    "for secondary school students",
                    "for teenagers and young adults",
                    "in schools and colleges",
                ],
                pitch: &[
                    "{Org} redesigned mental health support for young people {where} with young people themselves, combining drop-in hubs, trained peer supporters and an anonymous chat service.",
                    "Young people {where} can get early help for anxiety, stress and low mood without a referral or a long wait, through school-based counsellors and a peer-led online service.",
                ],
                problem: &[
                    "Waiting times for child and adolescent mental health services {where} had grown to many months, and most young people only received help once they were in crisis.",
                    "Young people said existing services felt clinical and stigmatising, and many did not know where to turn for early support.",
                ],
                approach: &[
                    "Young people with lived experience co-designed the service in a series of workshops, choosing its name, tone, opening hours and the way referrals work.",
                    "Drop-in hubs in schools, libraries and youth centres offer same-week appointments with counsellors, while trained peer supporters run group sessions.",
                    "An anonymous text and chat line, staffed by counsellors and volunteers, gives a first response within minutes, day and night.",
                ],
                users: &[
                    "young people aged 12 to 25 and their families",
                    "school counsellors, youth workers and mental health clinicians",
                ],
                results: &[
                    "Average waiting time for a first appointment fell to under two weeks, and most users said they would recommend the service to a friend.",
                    "Referrals to specialist services fell by {pct2}% as more young people were helped early, in school or online.",
                ],
                words: &[
                    "mental health",
                    "young people",
                    "peer support",
                    "wellbeing",
                    "anxiety",
                    "stigma",
                ],
            },
            ThemeText {
                heads: &[
                    "Red de apoyo entre pares",
                    "Centros de salud mental juvenil",
                    "Servicio de bienestar co-diseñado",
                ],
                targets: &[
                    "para jóvenes",
                    "para estudiantes de secundaria",
                    "en escuelas y centros juveniles",
                ],
                pitch: &[
                    "{Org} rediseñó el apoyo en salud mental para jóvenes {where} junto con los propios jóvenes, combinando centros de acceso libre, apoyo entre pares y un chat anónimo.",
                ],
                problem: &[
                    "Las esperas para los servicios de salud mental infantil y juvenil {where} llegaban a varios meses, y la mayoría de los jóvenes solo recibía ayuda en plena crisis.",
                ],
                approach: &[
                    "Jóvenes con experiencia vivida co-diseñaron el servicio en talleres donde eligieron su nombre, su tono y sus horarios.",
                    "Un chat anónimo atendido por psicólogos y voluntarios responde en pocos minutos, de día y de noche.",
                ],
                users: &["los jóvenes de 12 a 25 años y sus familias"],
                results: &[
                    "La mayoría de los usuarios recomendaría el servicio y las derivaciones a servicios especializados bajaron un {pct2} %.",
                ],
                words: &[
                    "la salud mental",
                    "el bienestar juvenil",
                    "el apoyo entre pares",
                    "la ansiedad",
                ],
            },
            ThemeText {
                heads: &[
                    "Réseau de pair-aidance",
                    "Maisons de la santé mentale des jeunes",
                    "Service de bien-être co-conçu",
                ],
                targets: &[
                    "pour les jeunes",
                    "pour les lycéens",
                    "dans les établissements scolaires",
                ],
                pitch: &[
                    "{Org} a repensé avec les jeunes eux-mêmes le soutien en santé mentale {where}, en combinant des lieux d'accueil sans rendez-vous, la pair-aidance et un tchat anonyme.",
                ],
                problem: &[
                    "Les délais d'accès aux services de pédopsychiatrie {where} atteignaient plusieurs mois, et la plupart des jeunes n'étaient aidés qu'en situation de crise.",
                ],
                approach: &[
                    "Des jeunes ayant vécu des difficultés psychiques ont co-conçu le service lors d'ateliers, en choisissant son nom, son ton et ses horaires.",
                    "Un tchat anonyme animé par des psychologues et des bénévoles répond en quelques minutes, jour et nuit.",
                ],
                users: &["les jeunes de 12 à 25 ans et leurs familles"],
                results: &[
                    "La plupart des utilisateurs recommanderaient le service, et les orientations vers les services spécialisés ont baissé de {pct2} %.",
                ],
                words: &[
                    "la santé mentale",
                    "le bien-être des jeunes",
                    "la pair-aidance",
                    "l'anxiété",
                ],
            },
            ThemeText {
                heads: &[
                    "Rede de apoio entre pares",
                    "Centros de saúde mental juvenil",
                    "Serviço de bem-estar co-desenhado",
                ],
                targets: &[
                    "para jovens",
                    "para estudantes do ensino médio",
                    "nas escolas",
                ],
                pitch: &[
                    "{Org} redesenhou com os próprios jovens o apoio em saúde mental {where}, combinando espaços de acolhimento sem marcação, apoio entre pares e um chat anônimo.",
                ],
                problem: &[
                    "A espera por serviços de saúde mental infantojuvenil {where} chegava a vários meses, e a maioria dos jovens só recebia ajuda em situação de crise.",
                ],
                approach: &[
                    "Jovens com experiência vivida co-desenharam o serviço em oficinas, escolhendo o nome, o tom e os horários.",
                    "Um chat anônimo atendido por psicólogos e voluntários responde em poucos minutos, de dia e de noite.",
                ],
                users: &["os jovens de 12 a 25 anos e suas famílias"],
                results: &[
                    "A maioria dos usuários recomendaria o serviço, e os encaminhamentos para serviços especializados caíram {pct2}%.",
                ],
                words: &[
                    "a saúde mental",
                    "o bem-estar juvenil",
                    "o apoio entre pares",
                    "a ansiedade",
                ],
            },
        ],
    },
    Theme {
        key: "dropout_prevention",
        sectors: &[S::Education],
        techs: &["machine_learning", "data_analytics"],
        tags: &[
            "predictive_analytics",
            "inclusion",
            "data_sharing",
            "proactive_services",
        ],
        facets: &[F::EnhancementOriented, F::Anticipatory],
        sdgs: &[4, 10],
        since: 2012,
        text: [
            ThemeText {
                heads: &[
                    "Early warning system for school dropout",
                    "Attendance analytics",
                    "Student success early alerts",
                    "Targeted tutoring programme",
                    "Back-to-school outreach",
                ],
                targets: &[
                    "in secondary schools",
                    "for at-risk students",
                    "across public schools",
                    "for vulnerable pupils",
                ],
                pitch: &[
                    "{Org} combines attendance, grades and social data to spot students at risk of leaving school early {where}, so that teachers and social workers can step in months sooner.",
                    "An early warning dashboard helps head teachers {where} see which pupils are drifting away from school and organise tutoring, mentoring or family support in time.",
                ],
                problem: &[
                    "One in five students {where} left secondary school without a diploma, and schools usually noticed only when a pupil had already stopped attending.",
                    "Information about absences, grades and family circumstances was scattered across schools, social services and ministries, so no one saw the full picture.",
                ],
                approach: &[
                    "A predictive model trained on past school records estimates each student's risk of dropping out; teachers see the main warning signs, never a bare score.",
                    "Each flagged student is assigned a mentor who meets the family, agrees a support plan and follows up every month.",
                    "Schools received training on how to use the alerts fairly, and the model is audited every year for bias against particular groups.",
                ],
                users: &[
                    "secondary school students at risk of dropping out and their families",
                    "teachers, head teachers, school counsellors and social workers",
                ],
                results: &[
                    "Dropout rates in participating schools fell by {pct}% in {months} months compared with similar schools.",
                    "More than {n} students received tutoring or mentoring, and absenteeism dropped by {pct2}%.",
                ],
                words: &[
                    "school dropout",
                    "attendance",
                    "teachers",
                    "students",
                    "early warning",
                    "tutoring",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alerta temprana contra el abandono escolar",
                    "Analítica de asistencia escolar",
                    "Programa de tutorías focalizadas",
                ],
                targets: &[
                    "en la educación secundaria",
                    "para estudiantes en riesgo",
                    "en escuelas públicas",
                ],
                pitch: &[
                    "{Org} cruza datos de asistencia, calificaciones y contexto social para detectar a tiempo a los estudiantes en riesgo de abandonar la escuela {where}.",
                ],
                problem: &[
                    "Uno de cada cinco estudiantes {where} dejaba la secundaria sin título, y las escuelas solían darse cuenta cuando el alumno ya había dejado de asistir.",
                ],
                approach: &[
                    "Un modelo predictivo entrenado con registros escolares estima el riesgo de abandono; el profesorado ve las señales de alerta, nunca una puntuación aislada.",
                    "Cada estudiante identificado recibe un tutor que se reúne con la familia y acuerda un plan de apoyo.",
                ],
                users: &["los estudiantes de secundaria en riesgo de abandono y sus familias"],
                results: &[
                    "El abandono escolar en las escuelas participantes bajó un {pct} % y el absentismo, un {pct2} %.",
                ],
                words: &[
                    "el abandono escolar",
                    "la asistencia",
                    "las tutorías",
                    "los docentes",
                ],
            },
            ThemeText {
                heads: &[
                    "Système d'alerte précoce contre le décrochage scolaire",
                    "Suivi prédictif de l'assiduité",
                    "Programme de tutorat ciblé",
                ],
                targets: &[
                    "dans les collèges et lycées",
                    "pour les élèves en difficulté",
                    "dans les écoles publiques",
                ],
                pitch: &[
                    "{Org} croise assiduité, résultats scolaires et données sociales pour repérer à temps les élèves menacés de décrochage {where}.",
                ],
                problem: &[
                    "Un élève sur cinq {where} quittait le secondaire sans diplôme, et les établissements ne s'en apercevaient souvent qu'une fois l'élève absent.",
                ],
                approach: &[
                    "Un modèle prédictif entraîné sur les parcours scolaires passés estime le risque de décrochage ; les enseignants voient les signaux d'alerte, jamais un score isolé.",
                    "Chaque élève repéré est suivi par un tuteur qui rencontre la famille et construit un plan d'accompagnement.",
                ],
                users: &["les élèves menacés de décrochage et leurs familles"],
                results: &[
                    "Le décrochage a reculé de {pct} % dans les établissements participants et l'absentéisme de {pct2} %.",
                ],
                words: &[
                    "le décrochage scolaire",
                    "l'assiduité",
                    "le tutorat",
                    "les enseignants",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alerta precoce contra a evasão escolar",
                    "Análise da frequência escolar",
                    "Programa de tutoria direcionada",
                ],
                targets: &[
                    "no ensino médio",
                    "para alunos em risco",
                    "nas escolas públicas",
                ],
                pitch: &[
                    "{Org} cruza dados de frequência, notas e contexto social para identificar a tempo os alunos em risco de abandonar a escola {where}.",
                ],
                problem: &[
                    "Um em cada cinco alunos {where} deixava o ensino médio sem diploma, e as escolas só percebiam quando o aluno já tinha deixado de frequentar as aulas.",
                ],
                approach: &[
                    "Um modelo preditivo treinado com históricos escolares estima o risco de evasão; os professores veem os sinais de alerta, nunca uma pontuação isolada.",
                    "Cada aluno identificado recebe um tutor que conversa com a família e combina um plano de apoio.",
                ],
                users: &["os alunos em risco de evasão e suas famílias"],
                results: &[
                    "A evasão nas escolas participantes caiu {pct}% e as faltas diminuíram {pct2}%.",
                ],
                words: &[
                    "a evasão escolar",
                    "a frequência escolar",
                    "a tutoria",
                    "os professores",
                ],
            },
        ],
    },
    Theme {
        key: "adult_digital_skills",
        sectors: &[S::Education, S::Digitalisation],
        techs: &["mobile_apps", "cloud_computing", "ar_vr"],
        tags: &["inclusion", "digital_transformation", "citizen_engagement"],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[4, 10],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Digital skills academy",
                    "Community digital champions",
                    "Adult learning micro-credentials",
                    "Library-based digital help desks",
                    "Lifelong learning accounts",
                ],
                targets: &[
                    "for older people",
                    "for adults without qualifications",
                    "for jobseekers",
                    "for migrants",
                ],
                pitch: &[
                    "{Org} trains volunteer digital champions who help older people and adults with low skills {where} use online public services, video calls and online banking with confidence.",
                    "Adults {where} can earn short, stackable micro-credentials in digital skills through free courses offered in libraries, community centres and online.",
                ],
                problem: &[
                    "As services moved online, many adults {where}, especially older people, migrants and people on low incomes, could no longer apply for benefits or book appointments.",
                    "Adult education offers were long, inflexible and poorly matched to the needs of working adults and carers.",
                ],
                approach: &[
                    "Librarians and volunteers were trained as digital champions and run weekly drop-in sessions where people bring their own phones and tasks.",
                    "Courses are broken into short modules of a few hours, each leading to a digital badge recognised by employers and the public employment service.",
                    "Loan schemes provide refurbished tablets and data bundles to learners who cannot afford them.",
                ],
                users: &[
                    "older people, adults with low literacy and people without internet access at home",
                    "librarians, adult educators and volunteer digital champions",
                ],
                results: &[
                    "More than {n} adults took part in the first {months} months, and {pct}% of them used an online public service on their own afterwards.",
                    "Completion rates of the short modules were far above those of traditional adult courses, and {pct2}% of learners went on to further training.",
                ],
                words: &[
                    "digital skills",
                    "older people",
                    "libraries",
                    "adult learning",
                    "micro-credentials",
                    "digital exclusion",
                ],
            },
            ThemeText {
                heads: &[
                    "Academia de competencias digitales",
                    "Red de voluntarios digitales",
                    "Microcredenciales para personas adultas",
                ],
                targets: &[
                    "para personas mayores",
                    "en bibliotecas públicas",
                    "para personas desempleadas",
                ],
                pitch: &[
                    "{Org} forma a voluntarios digitales que ayudan a personas mayores y adultos con pocas competencias {where} a usar con confianza los servicios públicos en línea.",
                ],
                problem: &[
                    "Al digitalizarse los servicios, muchas personas adultas {where}, sobre todo mayores y con bajos ingresos, dejaron de poder pedir ayudas o citas.",
                ],
                approach: &[
                    "Bibliotecarios y voluntarios organizan sesiones semanales en las que cada persona trae su propio teléfono y sus trámites.",
                    "Los cursos se dividen en módulos breves que otorgan insignias digitales reconocidas por los empleadores.",
                ],
                users: &["las personas mayores y los adultos sin acceso a internet en casa"],
                results: &[
                    "Más de {n} adultos participaron en los primeros {months} meses y el {pct} % realizó después un trámite en línea sin ayuda.",
                ],
                words: &[
                    "las competencias digitales",
                    "las bibliotecas",
                    "la brecha digital",
                    "la formación de adultos",
                ],
            },
            ThemeText {
                heads: &[
                    "Académie des compétences numériques",
                    "Réseau d'aidants numériques",
                    "Micro-certifications pour adultes",
                ],
                targets: &[
                    "pour les personnes âgées",
                    "dans les bibliothèques publiques",
                    "pour les demandeurs d'emploi",
                ],
                pitch: &[
                    "{Org} forme des aidants numériques bénévoles qui accompagnent les personnes âgées et les adultes peu à l'aise avec le numérique {where} dans leurs démarches en ligne.",
                ],
                problem: &[
                    "Avec la dématérialisation, de nombreux adultes {where}, notamment âgés ou à faibles revenus, ne pouvaient plus demander une aide ni prendre rendez-vous.",
                ],
                approach: &[
                    "Bibliothécaires et bénévoles animent chaque semaine des permanences où chacun vient avec son téléphone et ses démarches.",
                    "Les formations sont découpées en modules courts, validés par des badges numériques reconnus par les employeurs.",
                ],
                users: &["les personnes âgées et les adultes sans accès à internet à domicile"],
                results: &[
                    "Plus de {n} adultes ont participé en {months} mois, et {pct} % ont ensuite effectué seuls une démarche en ligne.",
                ],
                words: &[
                    "l'inclusion numérique",
                    "les bibliothèques",
                    "la fracture numérique",
                    "la formation des adultes",
                ],
            },
            ThemeText {
                heads: &[
                    "Academia de competências digitais",
                    "Rede de voluntários digitais",
                    "Microcredenciais para adultos",
                ],
                targets: &[
                    "para idosos",
                    "nas bibliotecas públicas",
                    "para desempregados",
                ],
                pitch: &[
                    "{Org} forma voluntários digitais que ajudam idosos e adultos com poucas competências {where} a usar com confiança os serviços públicos online.",
                ],
                problem: &[
                    "Com a digitalização dos serviços, muitos adultos {where}, sobretudo idosos e pessoas de baixa renda, deixaram de conseguir pedir benefícios ou marcar atendimentos.",
                ],
                approach: &[
                    "Bibliotecários e voluntários organizam sessões semanais em que cada pessoa traz o próprio celular e as suas dúvidas.",
                    "Os cursos são divididos em módulos curtos que dão direito a selos digitais reconhecidos por empregadores.",
                ],
                users: &["os idosos e os adultos sem acesso à internet em casa"],
                results: &[
                    "Mais de {n} adultos participaram nos primeiros {months} meses, e {pct}% fizeram depois um serviço online sozinhos.",
                ],
                words: &[
                    "a inclusão digital",
                    "as bibliotecas",
                    "a exclusão digital",
                    "a educação de adultos",
                ],
            },
        ],
    },
    Theme {
        key: "job_matching",
        sectors: &[S::Employment],
        techs: &[
            "machine_learning",
            "natural_language_processing",
            "ai_services",
        ],
        tags: &[
            "personalised_services",
            "digital_transformation",
            "data_sharing",
        ],
        facets: &[F::EnhancementOriented],
        sdgs: &[8],
        since: 2012,
        text: [
            ThemeText {
                heads: &[
                    "Skills-based job matching",
                    "AI-assisted career guidance",
                    "Personalised jobseeker profiling",
                    "Vacancy recommendation engine",
                    "Digital job coach",
                ],
                targets: &[
                    "for the public employment service",
                    "for long-term unemployed people",
                    "for young jobseekers",
                    "for career changers",
                ],
                pitch: &[
                    "{Org} matches jobseekers {where} to vacancies based on their skills rather than job titles, and gives counsellors a clearer view of the training that would open new options.",
                    "A digital job coach suggests vacancies, courses and next steps to jobseekers {where}, while counsellors focus their time on people who need intensive support.",
                ],
                problem: &[
                    "Counsellors at the public employment service {where} handled hundreds of jobseekers each, and vacancies were matched by job title, missing people whose skills would transfer.",
                    "Long-term unemployment had become entrenched in some groups, and standard job search support was not reaching them.",
                ],
                approach: &[
                    "Vacancies and CVs are parsed with language models into a common skills taxonomy, so that a warehouse worker can see openings in logistics planning or retail.",
                    "A profiling tool estimates how much support each jobseeker is likely to need; counsellors can override it, and the criteria are published.",
                    "Jobseekers get a personal dashboard with recommended vacancies, training offers and appointments, available online and at job centres.",
                ],
                users: &[
                    "jobseekers, including long-term unemployed people and school leavers",
                    "employment counsellors and employers with vacancies",
                ],
                results: &[
                    "Jobseekers using skills-based recommendations found work {pct}% faster on average than a comparison group.",
                    "Counsellors gained about {pct2}% more time for face-to-face support, and employer satisfaction with candidate referrals rose.",
                ],
                words: &[
                    "jobseekers",
                    "vacancies",
                    "skills",
                    "employment counsellors",
                    "labour market",
                    "job matching",
                ],
            },
            ThemeText {
                heads: &[
                    "Intermediación laboral basada en competencias",
                    "Orientación profesional asistida por IA",
                    "Perfilado personalizado de demandantes de empleo",
                ],
                targets: &[
                    "en el servicio público de empleo",
                    "para personas paradas de larga duración",
                    "para jóvenes que buscan empleo",
                ],
                pitch: &[
                    "{Org} vincula a las personas que buscan empleo {where} con vacantes según sus competencias y no solo según su último puesto.",
                ],
                problem: &[
                    "Cada orientador del servicio público de empleo {where} atendía a cientos de personas, y las vacantes se asignaban por títulos de puesto, dejando fuera competencias transferibles.",
                ],
                approach: &[
                    "Un modelo de lenguaje traduce ofertas y currículos a una taxonomía común de competencias.",
                    "Una herramienta de perfilado estima cuánto apoyo necesita cada persona; los orientadores pueden corregirla y los criterios son públicos.",
                ],
                users: &[
                    "las personas desempleadas, incluidos jóvenes y parados de larga duración",
                ],
                results: &[
                    "Las personas que usaron las recomendaciones encontraron empleo un {pct} % más rápido que un grupo de comparación.",
                ],
                words: &[
                    "el empleo",
                    "las vacantes",
                    "las competencias laborales",
                    "la orientación profesional",
                ],
            },
            ThemeText {
                heads: &[
                    "Appariement offres-candidats fondé sur les compétences",
                    "Orientation professionnelle assistée par l'IA",
                    "Profilage personnalisé des demandeurs d'emploi",
                ],
                targets: &[
                    "au service public de l'emploi",
                    "pour les chômeurs de longue durée",
                    "pour les jeunes en recherche d'emploi",
                ],
                pitch: &[
                    "{Org} rapproche les demandeurs d'emploi {where} des offres en fonction de leurs compétences, et non plus seulement de leur dernier métier.",
                ],
                problem: &[
                    "Chaque conseiller du service public de l'emploi {where} suivait des centaines de personnes, et les offres étaient attribuées par intitulé de poste.",
                ],
                approach: &[
                    "Un modèle de langage traduit offres et CV dans un référentiel commun de compétences.",
                    "Un outil de profilage estime le niveau d'accompagnement nécessaire ; les conseillers peuvent le corriger et les critères sont publiés.",
                ],
                users: &[
                    "les demandeurs d'emploi, dont les jeunes et les chômeurs de longue durée",
                ],
                results: &[
                    "Les personnes ayant suivi les recommandations ont retrouvé un emploi {pct} % plus vite qu'un groupe témoin.",
                ],
                words: &[
                    "l'emploi",
                    "les offres d'emploi",
                    "les compétences",
                    "l'accompagnement des chômeurs",
                ],
            },
            ThemeText {
                heads: &[
                    "Intermediação de emprego baseada em competências",
                    "Orientação profissional assistida por IA",
                    "Perfil personalizado de candidatos a emprego",
                ],
                targets: &[
                    "no serviço público de emprego",
                    "para desempregados de longa duração",
                    "para jovens à procura de emprego",
                ],
                pitch: &[
                    "{Org} liga quem procura emprego {where} a vagas com base nas suas competências, e não apenas no último cargo.",
                ],
                problem: &[
                    "Cada orientador do serviço público de emprego {where} acompanhava centenas de pessoas, e as vagas eram atribuídas pelo nome do cargo.",
                ],
                approach: &[
                    "Um modelo de linguagem traduz vagas e currículos para uma taxonomia comum de competências.",
                    "Uma ferramenta de perfil estima o apoio de que cada pessoa precisa; os orientadores podem corrigi-la e os critérios são públicos.",
                ],
                users: &["os desempregados, incluindo jovens e desempregados de longa duração"],
                results: &[
                    "Quem usou as recomendações encontrou emprego {pct}% mais rápido do que um grupo de comparação.",
                ],
                words: &[
                    "o emprego",
                    "as vagas de emprego",
                    "as competências",
                    "a orientação profissional",
                ],
            },
        ],
    },
    Theme {
        key: "flood_early_warning",
        sectors: &[S::Environment, S::Justice],
        techs: &[
            "internet_of_things",
            "digital_twins",
            "geospatial",
            "machine_learning",
        ],
        tags: &["climate_action", "foresight", "data_sharing", "smart_city"],
        facets: &[F::Anticipatory, F::Adaptive],
        sdgs: &[11, 13],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Flood early warning system",
                    "River level sensor network",
                    "Digital twin of the river basin",
                    "Heavy rain and flood risk alerts",
                    "Community flood resilience plan",
                ],
                targets: &[
                    "for flood-prone neighbourhoods",
                    "for coastal communities",
                    "along the river basin",
                    "for vulnerable households",
                ],
                pitch: &[
                    "{Org} installed low-cost river and rainfall sensors {where} and linked them to a flood forecasting model, so that residents receive warnings hours before water levels rise.",
                    "A digital twin of the river basin {where} simulates floods and heavy rain, helping planners decide where to build defences and residents know when to move to safety.",
                ],
                problem: &[
                    "Floods {where} had become more frequent and severe with climate change, and warnings often arrived too late for residents to protect their homes.",
                    "Hydrological data came from a handful of old gauges, leaving large parts of the river basin without any monitoring.",
                ],
                approach: &[
                    "Hundreds of low-cost water-level and rainfall sensors send readings every few minutes to an open data platform.",
                    "A forecasting model combines sensor data, weather radar and terrain maps to predict flooding street by street up to twelve hours ahead.",
                    "Alerts go out by text message, sirens and community radio, and local volunteers check on vulnerable neighbours.",
                ],
                users: &[
                    "residents of flood-prone areas, especially older and disabled people",
                    "emergency services, municipal planners and farmers",
                ],
                results: &[
                    "During the last major flood, warnings reached residents several hours earlier than before, and damage to homes was {pct}% lower than in comparable events.",
                    "Insurance claims in protected neighbourhoods fell by {pct}%, and the sensor data now inform land-use planning.",
                ],
                words: &[
                    "flooding",
                    "river levels",
                    "sensors",
                    "climate adaptation",
                    "early warning",
                    "rainfall",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alerta temprana de inundaciones",
                    "Red de sensores de nivel de los ríos",
                    "Gemelo digital de la cuenca",
                ],
                targets: &[
                    "para barrios inundables",
                    "para comunidades costeras",
                    "a lo largo de la cuenca",
                ],
                pitch: &[
                    "{Org} instaló sensores de bajo coste en ríos y pluviómetros {where} y los conectó a un modelo de previsión para avisar a la población horas antes de una crecida.",
                ],
                problem: &[
                    "Las inundaciones {where} son cada vez más frecuentes con el cambio climático y los avisos llegaban demasiado tarde.",
                ],
                approach: &[
                    "Cientos de sensores de nivel y de lluvia envían datos cada pocos minutos a una plataforma de datos abiertos.",
                    "Los avisos se envían por mensaje de texto, sirenas y radio comunitaria, y voluntarios visitan a los vecinos más vulnerables.",
                ],
                users: &[
                    "los vecinos de zonas inundables, sobre todo personas mayores y con discapacidad",
                ],
                results: &[
                    "En la última gran crecida, los avisos llegaron varias horas antes y los daños en viviendas fueron un {pct} % menores.",
                ],
                words: &[
                    "las inundaciones",
                    "el nivel de los ríos",
                    "la adaptación climática",
                    "los sensores",
                ],
            },
            ThemeText {
                heads: &[
                    "Système d'alerte précoce aux inondations",
                    "Réseau de capteurs de niveau des rivières",
                    "Jumeau numérique du bassin versant",
                ],
                targets: &[
                    "pour les quartiers inondables",
                    "pour les communes littorales",
                    "le long du fleuve",
                ],
                pitch: &[
                    "{Org} a installé des capteurs à bas coût sur les cours d'eau {where} et les a reliés à un modèle de prévision afin d'alerter les habitants plusieurs heures avant la crue.",
                ],
                problem: &[
                    "Avec le changement climatique, les inondations {where} sont devenues plus fréquentes et les alertes arrivaient trop tard.",
                ],
                approach: &[
                    "Des centaines de capteurs de hauteur d'eau et de pluviométrie transmettent leurs mesures toutes les quelques minutes à une plateforme de données ouvertes.",
                    "Les alertes sont diffusées par SMS, sirènes et radio locale, et des bénévoles vérifient que les voisins vulnérables sont en sécurité.",
                ],
                users: &["les habitants des zones inondables, en particulier les personnes âgées"],
                results: &[
                    "Lors de la dernière crue majeure, l'alerte est arrivée plusieurs heures plus tôt et les dommages aux logements ont été inférieurs de {pct} %.",
                ],
                words: &[
                    "les inondations",
                    "les crues",
                    "l'adaptation au climat",
                    "les capteurs",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alerta precoce de cheias",
                    "Rede de sensores do nível dos rios",
                    "Gêmeo digital da bacia hidrográfica",
                ],
                targets: &[
                    "para bairros sujeitos a inundações",
                    "para comunidades costeiras",
                    "ao longo da bacia do rio",
                ],
                pitch: &[
                    "{Org} instalou sensores de baixo custo nos rios {where} e ligou-os a um modelo de previsão para avisar os moradores horas antes das cheias.",
                ],
                problem: &[
                    "Com as mudanças climáticas, as cheias {where} tornaram-se mais frequentes e os alertas chegavam tarde demais.",
                ],
                approach: &[
                    "Centenas de sensores de nível de água e de chuva enviam dados a cada poucos minutos para uma plataforma de dados abertos.",
                    "Os alertas são enviados por SMS, sirenes e rádio comunitária, e voluntários verificam se os vizinhos mais vulneráveis estão seguros.",
                ],
                users: &["os moradores de áreas de risco de inundação, sobretudo idosos"],
                results: &[
                    "Na última grande cheia, os alertas chegaram várias horas antes e os danos às casas foram {pct}% menores.",
                ],
                words: &[
                    "as cheias",
                    "o nível dos rios",
                    "a adaptação climática",
                    "os sensores",
                ],
            },
        ],
    },
    Theme {
        key: "circular_waste",
        sectors: &[S::Environment],
        techs: &[
            "internet_of_things",
            "data_analytics",
            "mobile_apps",
            "optimisation",
        ],
        tags: &[
            "climate_action",
            "behavioural_insights",
            "smart_city",
            "citizen_engagement",
        ],
        facets: &[F::EnhancementOriented, F::MissionOriented],
        sdgs: &[11, 12],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Pay-as-you-throw waste collection",
                    "Smart bins and route optimisation",
                    "Repair and reuse network",
                    "Food waste recycling scheme",
                    "Circular economy roadmap",
                ],
                targets: &[
                    "for households",
                    "for the city's neighbourhoods",
                    "for local businesses",
                    "in apartment blocks",
                ],
                pitch: &[
                    "{Org} cut landfill waste {where} by charging households for residual waste, fitting bins with fill-level sensors and opening repair and reuse points in every district.",
                    "Residents {where} sort food waste, repair broken goods and swap items through a network of neighbourhood circular hubs supported by a simple mobile app.",
                ],
                problem: &[
                    "Household waste {where} kept rising, recycling rates were stuck below a third, and the landfill was expected to reach capacity within a few years.",
                    "Collection trucks followed fixed routes, emptying half-full bins while others overflowed.",
                ],
                approach: &[
                    "Fill-level sensors in public bins let crews plan routes each morning, skipping bins that do not need emptying.",
                    "Households pay for residual waste by weight, while recycling and food waste collection are free; letters using behavioural insights explain the change.",
                    "Repair cafés, tool libraries and second-hand shops were brought together in a circular hub in each district.",
                ],
                users: &[
                    "households, shopkeepers and schools",
                    "waste collection crews, recycling operators and repair volunteers",
                ],
                results: &[
                    "Residual household waste fell by {pct}% within {months} months and recycling rates rose by {pct2} percentage points.",
                    "Optimised routes reduced truck kilometres by {pct}%, cutting fuel costs and emissions.",
                ],
                words: &[
                    "recycling",
                    "household waste",
                    "landfill",
                    "repair",
                    "reuse",
                    "circular economy",
                ],
            },
            ThemeText {
                heads: &[
                    "Pago por generación de residuos",
                    "Contenedores inteligentes y rutas optimizadas",
                    "Red de reparación y reutilización",
                ],
                targets: &[
                    "para los hogares",
                    "en los barrios de la ciudad",
                    "para el comercio local",
                ],
                pitch: &[
                    "{Org} redujo los residuos enviados al vertedero {where} cobrando a los hogares según la basura no reciclable y abriendo puntos de reparación en cada barrio.",
                ],
                problem: &[
                    "Los residuos domésticos {where} no dejaban de crecer, el reciclaje no pasaba de un tercio y el vertedero estaba cerca de su capacidad.",
                ],
                approach: &[
                    "Sensores de llenado en los contenedores permiten planificar cada mañana las rutas de recogida.",
                    "Talleres de reparación, bibliotecas de herramientas y tiendas de segunda mano se agrupan en un centro circular por barrio.",
                ],
                users: &["los hogares, los comercios y las escuelas"],
                results: &[
                    "Los residuos no reciclables bajaron un {pct} % y el reciclaje subió {pct2} puntos porcentuales.",
                ],
                words: &[
                    "el reciclaje",
                    "los residuos domésticos",
                    "la economía circular",
                    "la reutilización",
                ],
            },
            ThemeText {
                heads: &[
                    "Tarification incitative des déchets",
                    "Conteneurs connectés et tournées optimisées",
                    "Réseau de réparation et de réemploi",
                ],
                targets: &[
                    "pour les ménages",
                    "dans les quartiers",
                    "pour les commerces de proximité",
                ],
                pitch: &[
                    "{Org} a réduit les déchets enfouis {where} grâce à une tarification incitative, des conteneurs connectés et des points de réparation dans chaque quartier.",
                ],
                problem: &[
                    "Les ordures ménagères {where} ne cessaient d'augmenter, le recyclage plafonnait et le centre d'enfouissement arrivait à saturation.",
                ],
                approach: &[
                    "Des capteurs de remplissage permettent de planifier chaque matin les tournées de collecte.",
                    "Repair cafés, outilthèques et ressourceries sont réunis dans un pôle circulaire par quartier.",
                ],
                users: &["les ménages, les commerçants et les écoles"],
                results: &[
                    "Les ordures ménagères résiduelles ont baissé de {pct} % et le taux de recyclage a gagné {pct2} points.",
                ],
                words: &[
                    "le recyclage",
                    "les déchets ménagers",
                    "l'économie circulaire",
                    "le réemploi",
                ],
            },
            ThemeText {
                heads: &[
                    "Tarifa de resíduos por quantidade produzida",
                    "Contentores inteligentes e rotas otimizadas",
                    "Rede de reparação e reutilização",
                ],
                targets: &[
                    "para as famílias",
                    "nos bairros da cidade",
                    "para o comércio local",
                ],
                pitch: &[
                    "{Org} reduziu os resíduos enviados para aterro {where} cobrando às famílias pelo lixo indiferenciado e abrindo pontos de reparação em cada bairro.",
                ],
                problem: &[
                    "Os resíduos domésticos {where} não paravam de crescer, a reciclagem não passava de um terço e o aterro estava quase cheio.",
                ],
                approach: &[
                    "Sensores de enchimento nos contentores permitem planejar todas as manhãs as rotas de recolha.",
                    "Oficinas de reparação, bibliotecas de ferramentas e lojas de segunda mão reúnem-se num centro circular em cada bairro.",
                ],
                users: &["as famílias, o comércio e as escolas"],
                results: &[
                    "O lixo indiferenciado caiu {pct}% e a reciclagem subiu {pct2} pontos percentuais.",
                ],
                words: &[
                    "a reciclagem",
                    "os resíduos urbanos",
                    "a economia circular",
                    "a reutilização",
                ],
            },
        ],
    },
    Theme {
        key: "smallholder_farming",
        sectors: &[S::Environment, S::EconomicAffairs],
        techs: &[
            "geospatial",
            "mobile_apps",
            "machine_learning",
            "internet_of_things",
        ],
        tags: &[
            "climate_action",
            "inclusion",
            "data_sharing",
            "personalised_services",
        ],
        facets: &[F::EnhancementOriented, F::Anticipatory],
        sdgs: &[1, 2, 13],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Satellite-based crop advisory",
                    "Digital extension services",
                    "Index-based crop insurance",
                    "Soil moisture monitoring",
                    "Climate-smart farming alerts",
                ],
                targets: &[
                    "for smallholder farmers",
                    "for rural cooperatives",
                    "for women farmers",
                    "in drought-prone districts",
                ],
                pitch: &[
                    "{Org} sends smallholder farmers {where} tailored text-message advice on planting, irrigation and pests, based on satellite imagery, soil sensors and local weather forecasts.",
                    "Farmers {where} receive automatic insurance payouts when satellite data show that drought has damaged their crops, without waiting for an inspector's visit.",
                ],
                problem: &[
                    "Smallholder farmers {where} faced erratic rainfall and new pests, yet agricultural extension officers could visit each village only once or twice a year.",
                    "Crop failures pushed families into debt because traditional insurance was too expensive to sell and verify in remote areas.",
                ],
                approach: &[
                    "Satellite imagery and soil-moisture sensors feed a model that produces field-level advice, sent by text message or voice call in local languages.",
                    "Extension officers use a tablet app to register farms, record yields and answer questions raised through a farmers' hotline.",
                    "Payouts from an index-based insurance scheme are triggered automatically when rainfall or vegetation indices fall below agreed thresholds.",
                ],
                users: &[
                    "smallholder farmers and their cooperatives",
                    "agricultural extension officers, input suppliers and insurers",
                ],
                results: &[
                    "Participating farmers reported yields {pct}% higher on average, and more than {n} farmers are now registered.",
                    "Insurance payouts reached farmers within weeks instead of months, and {pct2}% fewer insured households had to sell livestock after a drought.",
                ],
                words: &[
                    "farmers",
                    "crops",
                    "drought",
                    "satellite imagery",
                    "agricultural extension",
                    "yields",
                ],
            },
            ThemeText {
                heads: &[
                    "Asesoría agrícola basada en satélites",
                    "Extensión rural digital",
                    "Seguro agrícola por índices",
                ],
                targets: &[
                    "para pequeños productores",
                    "para cooperativas rurales",
                    "en zonas propensas a la sequía",
                ],
                pitch: &[
                    "{Org} envía a los pequeños productores {where} consejos por mensaje de texto sobre siembra, riego y plagas, a partir de imágenes satelitales y previsiones meteorológicas.",
                ],
                problem: &[
                    "Los pequeños agricultores {where} enfrentaban lluvias irregulares y nuevas plagas, pero los técnicos de extensión solo visitaban cada comunidad una o dos veces al año.",
                ],
                approach: &[
                    "Las imágenes satelitales y los sensores de humedad del suelo alimentan un modelo que genera recomendaciones por parcela.",
                    "El seguro paga automáticamente cuando los índices de lluvia o de vegetación caen por debajo de los umbrales acordados.",
                ],
                users: &["los pequeños productores y sus cooperativas"],
                results: &[
                    "Los agricultores participantes declararon rendimientos un {pct} % mayores y ya hay más de {n} inscritos.",
                ],
                words: &[
                    "los cultivos",
                    "la sequía",
                    "las imágenes satelitales",
                    "los rendimientos agrícolas",
                ],
            },
            ThemeText {
                heads: &[
                    "Conseil agricole par satellite",
                    "Vulgarisation agricole numérique",
                    "Assurance récolte indicielle",
                ],
                targets: &[
                    "pour les petits exploitants",
                    "pour les coopératives rurales",
                    "dans les zones exposées à la sécheresse",
                ],
                pitch: &[
                    "{Org} envoie aux petits exploitants {where} des conseils par SMS sur les semis, l'irrigation et les ravageurs, à partir d'images satellitaires et de prévisions météo.",
                ],
                problem: &[
                    "Les petits agriculteurs {where} subissaient des pluies irrégulières et de nouveaux ravageurs, alors que les conseillers agricoles ne passaient qu'une ou deux fois par an.",
                ],
                approach: &[
                    "Images satellitaires et capteurs d'humidité du sol alimentent un modèle qui produit des conseils à la parcelle.",
                    "L'assurance indemnise automatiquement lorsque les indices de pluie ou de végétation passent sous les seuils convenus.",
                ],
                users: &["les petits exploitants agricoles et leurs coopératives"],
                results: &[
                    "Les agriculteurs participants déclarent des rendements supérieurs de {pct} %, et plus de {n} exploitations sont inscrites.",
                ],
                words: &[
                    "les cultures",
                    "la sécheresse",
                    "les images satellitaires",
                    "les rendements",
                ],
            },
            ThemeText {
                heads: &[
                    "Assistência técnica agrícola por satélite",
                    "Extensão rural digital",
                    "Seguro agrícola por índices",
                ],
                targets: &[
                    "para pequenos agricultores",
                    "para cooperativas rurais",
                    "em regiões sujeitas à seca",
                ],
                pitch: &[
                    "{Org} envia aos pequenos agricultores {where} conselhos por SMS sobre plantio, irrigação e pragas, com base em imagens de satélite e previsões do tempo.",
                ],
                problem: &[
                    "Os pequenos agricultores {where} enfrentavam chuvas irregulares e novas pragas, mas os técnicos de extensão só visitavam cada comunidade uma ou duas vezes por ano.",
                ],
                approach: &[
                    "Imagens de satélite e sensores de umidade do solo alimentam um modelo que gera recomendações por talhão.",
                    "O seguro paga automaticamente quando os índices de chuva ou de vegetação caem abaixo dos limites acordados.",
                ],
                users: &["os pequenos agricultores e as suas cooperativas"],
                results: &[
                    "Os agricultores participantes relataram colheitas {pct}% maiores, e já há mais de {n} inscritos.",
                ],
                words: &[
                    "as lavouras",
                    "a seca",
                    "as imagens de satélite",
                    "a produtividade agrícola",
                ],
            },
        ],
    },
    Theme {
        key: "home_energy_retrofit",
        sectors: &[S::Environment, S::Housing],
        techs: &["data_analytics", "internet_of_things", "geospatial"],
        tags: &[
            "climate_action",
            "mission_driven",
            "inclusion",
            "public_procurement",
        ],
        facets: &[F::MissionOriented, F::EnhancementOriented],
        sdgs: &[7, 11, 13],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Home energy renovation one-stop shop",
                    "Heat pump rollout",
                    "Community solar programme",
                    "Energy poverty outreach",
                    "Neighbourhood retrofit mission",
                ],
                targets: &[
                    "for low-income households",
                    "for social housing",
                    "for apartment buildings",
                    "for rural homes",
                ],
                pitch: &[
                    "{Org} runs a one-stop shop that guides homeowners {where} through energy renovation, from the first home visit to contractors, subsidies and quality checks.",
                    "As part of a mission to halve household emissions by 2035, {org} helps tenants and owners {where} insulate homes, install heat pumps and join community solar schemes.",
                ],
                problem: &[
                    "Buildings were responsible for a large share of emissions {where}, yet renovation rates stayed low because owners found subsidies complex and contractors hard to trust.",
                    "Many low-income households lived in cold, damp homes and spent a large share of their income on heating.",
                ],
                approach: &[
                    "Energy advisers visit homes, use thermal imaging and smart-meter data to prioritise works, and prepare a single renovation plan.",
                    "Whole streets are renovated together, with standardised packages procured in bulk to cut costs and disruption.",
                    "A heat map combining building age, energy labels and income data shows where energy poverty is concentrated.",
                ],
                users: &[
                    "homeowners, tenants and housing associations",
                    "energy advisers, local contractors and social workers",
                ],
                results: &[
                    "More than {n} homes were renovated, cutting their energy use by {pct}% on average.",
                    "Energy bills of participating low-income households fell by {pct2}%, and complaints about damp and mould dropped.",
                ],
                words: &[
                    "energy renovation",
                    "insulation",
                    "heat pumps",
                    "energy poverty",
                    "emissions",
                    "housing",
                ],
            },
            ThemeText {
                heads: &[
                    "Ventanilla única de rehabilitación energética",
                    "Despliegue de bombas de calor",
                    "Programa de energía solar comunitaria",
                ],
                targets: &[
                    "para hogares con bajos ingresos",
                    "en viviendas sociales",
                    "para edificios de viviendas",
                ],
                pitch: &[
                    "{Org} gestiona una ventanilla única que acompaña a los propietarios {where} en la rehabilitación energética de su vivienda, desde la visita inicial hasta las ayudas y el control de calidad.",
                ],
                problem: &[
                    "Los edificios generaban gran parte de las emisiones {where}, pero pocas viviendas se rehabilitaban porque las ayudas eran complejas.",
                ],
                approach: &[
                    "Asesores energéticos visitan los hogares, usan cámaras termográficas y datos de contadores inteligentes, y preparan un plan único de obras.",
                    "Se rehabilitan calles enteras a la vez con paquetes estandarizados contratados de forma agregada.",
                ],
                users: &["los propietarios, inquilinos y comunidades de vecinos"],
                results: &[
                    "Más de {n} viviendas fueron rehabilitadas y su consumo energético bajó un {pct} % de media.",
                ],
                words: &[
                    "la rehabilitación energética",
                    "el aislamiento",
                    "la pobreza energética",
                    "las bombas de calor",
                ],
            },
            ThemeText {
                heads: &[
                    "Guichet unique de la rénovation énergétique",
                    "Déploiement des pompes à chaleur",
                    "Programme de solaire citoyen",
                ],
                targets: &[
                    "pour les ménages modestes",
                    "dans le logement social",
                    "pour les copropriétés",
                ],
                pitch: &[
                    "{Org} propose un guichet unique qui accompagne les propriétaires {where} dans la rénovation énergétique, de la première visite aux aides et au contrôle des travaux.",
                ],
                problem: &[
                    "Les bâtiments représentaient une part importante des émissions {where}, mais peu de logements étaient rénovés faute d'aides lisibles.",
                ],
                approach: &[
                    "Des conseillers énergie visitent les logements, utilisent la thermographie et les compteurs communicants, puis établissent un plan de travaux unique.",
                    "Des rues entières sont rénovées ensemble grâce à des bouquets de travaux achetés de manière groupée.",
                ],
                users: &["les propriétaires, les locataires et les bailleurs sociaux"],
                results: &[
                    "Plus de {n} logements ont été rénovés, avec une baisse moyenne de {pct} % de leur consommation.",
                ],
                words: &[
                    "la rénovation énergétique",
                    "l'isolation",
                    "la précarité énergétique",
                    "les pompes à chaleur",
                ],
            },
            ThemeText {
                heads: &[
                    "Balcão único da reabilitação energética",
                    "Instalação de bombas de calor",
                    "Programa de energia solar comunitária",
                ],
                targets: &[
                    "para famílias de baixa renda",
                    "na habitação social",
                    "para prédios residenciais",
                ],
                pitch: &[
                    "{Org} mantém um balcão único que acompanha os proprietários {where} na reabilitação energética das casas, da primeira visita aos apoios e ao controle de qualidade.",
                ],
                problem: &[
                    "Os edifícios eram responsáveis por grande parte das emissões {where}, mas poucas casas eram reabilitadas porque os apoios eram complexos.",
                ],
                approach: &[
                    "Consultores de energia visitam as casas, usam câmeras térmicas e dados de medidores inteligentes e preparam um plano único de obras.",
                    "Ruas inteiras são reabilitadas em conjunto, com pacotes padronizados contratados em grande escala.",
                ],
                users: &["os proprietários, os inquilinos e as cooperativas de habitação"],
                results: &[
                    "Mais de {n} casas foram reabilitadas, reduzindo o consumo de energia em {pct}% em média.",
                ],
                words: &[
                    "a reabilitação energética",
                    "o isolamento térmico",
                    "a pobreza energética",
                    "as bombas de calor",
                ],
            },
        ],
    },
    Theme {
        key: "consular_services",
        sectors: &[S::ExternalRelations],
        techs: &[
            "digital_identity",
            "natural_language_processing",
            "mobile_apps",
            "ai_services",
        ],
        tags: &[
            "chatbots",
            "personalised_services",
            "cross_border",
            "service_design",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[10, 16],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Digital consular services",
                    "Consular virtual assistant",
                    "Online passport renewal",
                    "Crisis registration platform",
                    "Mobile consulate",
                ],
                targets: &[
                    "for citizens living abroad",
                    "for travellers",
                    "for the diaspora",
                    "for nationals in crisis zones",
                ],
                pitch: &[
                    "{Org} lets citizens abroad renew passports, register births and request documents online, with a virtual assistant answering common questions in several languages.",
                    "Nationals travelling or living abroad can register their location, receive alerts and request help in emergencies through a single mobile app run by {org}.",
                ],
                problem: &[
                    "Embassies and consulates were overwhelmed by routine requests, and citizens abroad often travelled long distances and waited weeks for an appointment.",
                    "During evacuations, the ministry struggled to know how many of its citizens were in an affected country and how to reach them.",
                ],
                approach: &[
                    "Routine procedures such as passport renewal and civil registration were redesigned as online services with secure digital identity checks.",
                    "A multilingual virtual assistant answers frequent questions and hands complex cases to consular staff.",
                    "A crisis registration module lets citizens share their location and contact details, so that consulates can send targeted alerts.",
                ],
                users: &[
                    "citizens living or travelling abroad and their families",
                    "consular officers and crisis response teams",
                ],
                results: &[
                    "Waiting times for consular appointments fell by {pct}%, and the virtual assistant now handles most routine questions.",
                    "During the last evacuation, more than {n} citizens were contacted within hours through the registration platform.",
                ],
                words: &[
                    "consulates",
                    "citizens abroad",
                    "passports",
                    "embassies",
                    "diaspora",
                    "evacuation",
                ],
            },
            ThemeText {
                heads: &[
                    "Servicios consulares digitales",
                    "Asistente virtual para la ciudadanía en el exterior",
                    "Renovación de pasaportes en línea",
                ],
                targets: &[
                    "para la ciudadanía en el exterior",
                    "para la diáspora",
                    "para viajeros",
                ],
                pitch: &[
                    "{Org} permite a los ciudadanos en el exterior renovar el pasaporte, inscribir nacimientos y pedir documentos en línea, con un asistente virtual que responde las dudas frecuentes.",
                ],
                problem: &[
                    "Embajadas y consulados estaban desbordados por trámites rutinarios y los ciudadanos en el exterior esperaban semanas por una cita.",
                ],
                approach: &[
                    "Los trámites rutinarios se rediseñaron como servicios en línea con verificación segura de identidad digital.",
                    "Un módulo de registro en crisis permite a los connacionales compartir su ubicación para recibir alertas.",
                ],
                users: &["los ciudadanos que viven o viajan en el exterior"],
                results: &["Los tiempos de espera para una cita consular bajaron un {pct} %."],
                words: &[
                    "los consulados",
                    "los pasaportes",
                    "la diáspora",
                    "los trámites consulares",
                ],
            },
            ThemeText {
                heads: &[
                    "Services consulaires numériques",
                    "Assistant virtuel pour les ressortissants à l'étranger",
                    "Renouvellement du passeport en ligne",
                ],
                targets: &[
                    "pour les ressortissants à l'étranger",
                    "pour la diaspora",
                    "pour les voyageurs",
                ],
                pitch: &[
                    "{Org} permet aux ressortissants établis à l'étranger de renouveler leur passeport, déclarer une naissance et demander des documents en ligne, avec un assistant virtuel multilingue.",
                ],
                problem: &[
                    "Les ambassades et consulats étaient submergés de demandes courantes, et les ressortissants attendaient des semaines pour un rendez-vous.",
                ],
                approach: &[
                    "Les démarches courantes ont été repensées en ligne, avec une vérification sécurisée de l'identité numérique.",
                    "Un module d'inscription en cas de crise permet aux ressortissants de signaler leur localisation et de recevoir des alertes.",
                ],
                users: &["les ressortissants vivant ou voyageant à l'étranger"],
                results: &[
                    "Les délais d'attente pour un rendez-vous consulaire ont baissé de {pct} %.",
                ],
                words: &[
                    "les consulats",
                    "les passeports",
                    "la diaspora",
                    "les démarches consulaires",
                ],
            },
            ThemeText {
                heads: &[
                    "Serviços consulares digitais",
                    "Assistente virtual para cidadãos no exterior",
                    "Renovação de passaporte online",
                ],
                targets: &[
                    "para cidadãos no exterior",
                    "para a diáspora",
                    "para viajantes",
                ],
                pitch: &[
                    "{Org} permite que cidadãos no exterior renovem o passaporte, registrem nascimentos e peçam documentos online, com um assistente virtual que responde às dúvidas frequentes.",
                ],
                problem: &[
                    "Embaixadas e consulados estavam sobrecarregados com pedidos de rotina, e os cidadãos no exterior esperavam semanas por um atendimento.",
                ],
                approach: &[
                    "Os serviços de rotina foram redesenhados como serviços online com verificação segura de identidade digital.",
                    "Um módulo de registro em situações de crise permite partilhar a localização para receber alertas.",
                ],
                users: &["os cidadãos que vivem ou viajam no exterior"],
                results: &["O tempo de espera por um atendimento consular caiu {pct}%."],
                words: &[
                    "os consulados",
                    "os passaportes",
                    "a diáspora",
                    "os serviços consulares",
                ],
            },
        ],
    },
    Theme {
        key: "trade_single_window",
        sectors: &[S::ExternalRelations, S::EconomicAffairs],
        techs: &["blockchain", "data_analytics", "cloud_computing"],
        tags: &[
            "cross_border",
            "data_sharing",
            "regulatory_innovation",
            "govtech",
        ],
        facets: &[F::EnhancementOriented],
        sdgs: &[8, 17],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Trade single window",
                    "Blockchain certificates of origin",
                    "Paperless customs clearance",
                    "Cross-border e-invoicing corridor",
                    "Digital trade documents",
                ],
                targets: &[
                    "for exporters",
                    "for small exporters",
                    "at border crossings",
                    "for agricultural exports",
                ],
                pitch: &[
                    "{Org} replaced paper forms at the border with a single window where exporters and importers submit documents once and customs, health and trade agencies share them securely.",
                    "Certificates of origin and phytosanitary certificates are issued and verified on a shared ledger, cutting fraud and clearance times for traders {where}.",
                ],
                problem: &[
                    "Exporters {where} had to submit the same information to up to a dozen agencies, often on paper, and trucks queued for days at border crossings.",
                    "Forged certificates undermined trust between trading partners and led to costly physical inspections.",
                ],
                approach: &[
                    "A single electronic window connects customs, standards, health and port authorities, each accessing the data it needs.",
                    "Certificates are anchored on a distributed ledger shared with partner countries, so their authenticity can be checked instantly.",
                    "Risk analytics focus physical inspections on a small share of high-risk consignments.",
                ],
                users: &[
                    "exporters, importers and freight forwarders, especially small firms",
                    "customs officers, border agencies and partner countries",
                ],
                results: &[
                    "Average clearance time fell from days to hours, and trade costs for small exporters dropped by {pct}%.",
                    "Physical inspections fell by {pct2}% while the detection of fraudulent documents improved.",
                ],
                words: &[
                    "customs",
                    "exporters",
                    "border clearance",
                    "certificates of origin",
                    "trade facilitation",
                    "logistics",
                ],
            },
            ThemeText {
                heads: &[
                    "Ventanilla única de comercio exterior",
                    "Certificados de origen en cadena de bloques",
                    "Despacho aduanero sin papel",
                ],
                targets: &[
                    "para exportadores",
                    "para pequeñas empresas exportadoras",
                    "en los pasos fronterizos",
                ],
                pitch: &[
                    "{Org} sustituyó los formularios en papel por una ventanilla única donde exportadores e importadores presentan los documentos una sola vez.",
                ],
                problem: &[
                    "Los exportadores {where} debían presentar la misma información ante hasta doce organismos, y los camiones esperaban días en la frontera.",
                ],
                approach: &[
                    "Los certificados se registran en un libro mayor distribuido compartido con los países socios, lo que permite verificar su autenticidad al instante.",
                    "Un análisis de riesgos concentra las inspecciones físicas en los envíos de mayor riesgo.",
                ],
                users: &["los exportadores, importadores y agentes de aduanas"],
                results: &[
                    "El tiempo medio de despacho pasó de días a horas y los costes para los pequeños exportadores bajaron un {pct} %.",
                ],
                words: &[
                    "las aduanas",
                    "el comercio exterior",
                    "los certificados de origen",
                    "la facilitación del comercio",
                ],
            },
            ThemeText {
                heads: &[
                    "Guichet unique du commerce extérieur",
                    "Certificats d'origine sur chaîne de blocs",
                    "Dédouanement sans papier",
                ],
                targets: &[
                    "pour les exportateurs",
                    "pour les PME exportatrices",
                    "aux postes frontières",
                ],
                pitch: &[
                    "{Org} a remplacé les formulaires papier par un guichet unique où exportateurs et importateurs déposent leurs documents une seule fois.",
                ],
                problem: &[
                    "Les exportateurs {where} devaient fournir les mêmes informations à une douzaine d'administrations, et les camions attendaient des jours à la frontière.",
                ],
                approach: &[
                    "Les certificats sont enregistrés dans un registre distribué partagé avec les pays partenaires, ce qui permet d'en vérifier l'authenticité instantanément.",
                    "Une analyse de risque concentre les contrôles physiques sur les envois les plus risqués.",
                ],
                users: &["les exportateurs, les importateurs et les transitaires"],
                results: &[
                    "Le délai moyen de dédouanement est passé de plusieurs jours à quelques heures, et les coûts des PME exportatrices ont baissé de {pct} %.",
                ],
                words: &[
                    "la douane",
                    "le commerce extérieur",
                    "les certificats d'origine",
                    "la facilitation des échanges",
                ],
            },
            ThemeText {
                heads: &[
                    "Janela única de comércio exterior",
                    "Certificados de origem em blockchain",
                    "Desembaraço aduaneiro sem papel",
                ],
                targets: &[
                    "para exportadores",
                    "para pequenas empresas exportadoras",
                    "nas fronteiras terrestres",
                ],
                pitch: &[
                    "{Org} substituiu os formulários em papel por uma janela única onde exportadores e importadores entregam os documentos uma só vez.",
                ],
                problem: &[
                    "Os exportadores {where} tinham de enviar a mesma informação a até doze órgãos, e os caminhões esperavam dias na fronteira.",
                ],
                approach: &[
                    "Os certificados são registrados num livro-razão distribuído partilhado com os países parceiros, permitindo verificar a autenticidade na hora.",
                    "Uma análise de risco concentra as inspeções físicas nas cargas de maior risco.",
                ],
                users: &["os exportadores, importadores e despachantes aduaneiros"],
                results: &[
                    "O tempo médio de desembaraço passou de dias para horas, e os custos dos pequenos exportadores caíram {pct}%.",
                ],
                words: &[
                    "a alfândega",
                    "o comércio exterior",
                    "os certificados de origem",
                    "a facilitação do comércio",
                ],
            },
        ],
    },
    Theme {
        key: "homelessness_prevention",
        sectors: &[S::Housing],
        techs: &["data_analytics", "machine_learning"],
        tags: &[
            "proactive_services",
            "systems_change",
            "cross_sector",
            "personalised_services",
        ],
        facets: &[F::Anticipatory, F::Adaptive],
        sdgs: &[1, 11],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Homelessness prevention partnership",
                    "Housing First programme",
                    "Early intervention on rent arrears",
                    "Predictive homelessness prevention",
                    "Rapid rehousing service",
                ],
                targets: &[
                    "for families at risk of eviction",
                    "for rough sleepers",
                    "for young people leaving care",
                    "for people leaving hospital or prison",
                ],
                pitch: &[
                    "{Org} identifies households {where} at risk of losing their home months before eviction, using signals such as rent arrears and benefit changes, and offers help before a crisis.",
                    "A Housing First programme {where} gives people sleeping rough a stable home straight away, with flexible support from a caseworker for as long as they need it.",
                ],
                problem: &[
                    "Homelessness {where} had risen for several years, and most households approached the council only once an eviction notice had arrived.",
                    "People sleeping rough cycled between shelters, hospitals and prisons, at great human and public cost.",
                ],
                approach: &[
                    "Housing, welfare and health agencies agreed to share data so that signs of risk, such as rent arrears, trigger a proactive offer of support.",
                    "Caseworkers hold small caseloads and can use a flexible budget to pay arrears, fix a boiler or mediate with landlords.",
                    "People sleeping rough are offered a permanent tenancy first, with no conditions about treatment or sobriety.",
                ],
                users: &[
                    "households at risk of homelessness and people sleeping rough",
                    "caseworkers, landlords, social services and health teams",
                ],
                results: &[
                    "Most households contacted early kept their home, and rough sleeping fell by {pct}% in two years.",
                    "Four in five Housing First tenants were still housed after a year, and their emergency hospital visits fell by {pct2}%.",
                ],
                words: &[
                    "homelessness",
                    "evictions",
                    "rough sleeping",
                    "tenancies",
                    "rent arrears",
                    "caseworkers",
                ],
            },
            ThemeText {
                heads: &[
                    "Alianza para la prevención del sinhogarismo",
                    "Programa Housing First",
                    "Intervención temprana ante impagos de alquiler",
                ],
                targets: &[
                    "para familias en riesgo de desahucio",
                    "para personas sin hogar",
                    "para jóvenes extutelados",
                ],
                pitch: &[
                    "{Org} detecta meses antes de un desahucio a los hogares {where} en riesgo de perder su vivienda y les ofrece ayuda antes de la crisis.",
                ],
                problem: &[
                    "El sinhogarismo {where} llevaba años creciendo y la mayoría de los hogares pedía ayuda solo cuando ya tenía una orden de desahucio.",
                ],
                approach: &[
                    "Los servicios de vivienda, sociales y de salud acordaron compartir datos para que señales como los impagos activen una oferta proactiva de apoyo.",
                    "Las personas que duermen en la calle reciben primero una vivienda estable, sin condiciones previas.",
                ],
                users: &["los hogares en riesgo de perder su vivienda y las personas sin hogar"],
                results: &[
                    "La mayoría de los hogares contactados a tiempo conservó su vivienda y las personas que duermen en la calle bajaron un {pct} %.",
                ],
                words: &[
                    "el sinhogarismo",
                    "los desahucios",
                    "la vivienda",
                    "los impagos de alquiler",
                ],
            },
            ThemeText {
                heads: &[
                    "Partenariat de prévention des expulsions",
                    "Programme Un chez-soi d'abord",
                    "Intervention précoce sur les impayés de loyer",
                ],
                targets: &[
                    "pour les familles menacées d'expulsion",
                    "pour les personnes sans abri",
                    "pour les jeunes sortant de l'aide sociale à l'enfance",
                ],
                pitch: &[
                    "{Org} repère les ménages {where} menacés de perdre leur logement plusieurs mois avant l'expulsion et leur propose une aide avant la crise.",
                ],
                problem: &[
                    "Le sans-abrisme {where} progressait depuis plusieurs années, et la plupart des ménages ne demandaient de l'aide qu'une fois l'expulsion prononcée.",
                ],
                approach: &[
                    "Les services du logement, de l'action sociale et de la santé partagent des données pour que les impayés déclenchent une offre d'accompagnement.",
                    "Les personnes sans abri se voient proposer d'abord un logement stable, sans condition préalable.",
                ],
                users: &["les ménages menacés d'expulsion et les personnes sans abri"],
                results: &[
                    "La plupart des ménages contactés à temps ont conservé leur logement, et le nombre de personnes à la rue a baissé de {pct} %.",
                ],
                words: &[
                    "le sans-abrisme",
                    "les expulsions locatives",
                    "le logement",
                    "les impayés de loyer",
                ],
            },
            ThemeText {
                heads: &[
                    "Prevenção de despejos",
                    "Programa Housing First",
                    "Intervenção precoce em aluguéis atrasados",
                ],
                targets: &[
                    "para famílias em risco de despejo",
                    "para pessoas em situação de rua",
                    "para jovens que saem do acolhimento institucional",
                ],
                pitch: &[
                    "{Org} identifica meses antes do despejo as famílias {where} em risco de perder a casa e oferece ajuda antes da crise.",
                ],
                problem: &[
                    "O número de pessoas em situação de rua {where} crescia há anos, e a maioria das famílias só pedia ajuda depois de receber a ordem de despejo.",
                ],
                approach: &[
                    "Os serviços de habitação, assistência social e saúde passaram a partilhar dados para que atrasos no aluguel acionem uma oferta proativa de apoio.",
                    "Pessoas em situação de rua recebem primeiro uma moradia estável, sem condições prévias.",
                ],
                users: &["as famílias em risco de despejo e as pessoas em situação de rua"],
                results: &[
                    "A maioria das famílias contactadas a tempo manteve a casa, e o número de pessoas em situação de rua caiu {pct}%.",
                ],
                words: &[
                    "os despejos",
                    "a moradia",
                    "a situação de rua",
                    "os aluguéis atrasados",
                ],
            },
        ],
    },
    Theme {
        key: "participatory_budgeting",
        sectors: &[S::Housing, S::PublicAdministration],
        techs: &["mobile_apps", "geospatial"],
        tags: &[
            "participatory_budgeting",
            "citizen_engagement",
            "open_government",
            "transparency",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[11, 16],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Participatory budgeting",
                    "Citizen budget assemblies",
                    "Neighbourhood budget votes",
                    "Youth participatory budget",
                    "Digital platform for citizen proposals",
                ],
                targets: &[
                    "for neighbourhood projects",
                    "for public spaces",
                    "for climate projects",
                    "across all districts",
                ],
                pitch: &[
                    "Residents {where} propose, debate and vote on how to spend part of the capital budget, and {org} publishes the progress of every winning project online.",
                    "A citizens' assembly chosen by lottery {where} deliberated for several weekends and recommended budget priorities that the council committed to answer publicly.",
                ],
                problem: &[
                    "Trust in local government {where} was low, turnout at local elections kept falling and residents felt that decisions about their neighbourhoods were taken without them.",
                    "Budget documents were technical and hard to follow, so few people knew how public money was spent.",
                ],
                approach: &[
                    "Residents submit proposals online or at neighbourhood meetings; officials check feasibility and cost before a public vote.",
                    "Assembly members were selected by lottery to reflect the population by age, gender, income and neighbourhood, and heard from experts before deliberating.",
                    "A public tracker shows the status, budget and photos of every project, from approval to completion.",
                ],
                users: &[
                    "residents of all ages, including groups who rarely take part in local politics",
                    "councillors, neighbourhood associations and municipal staff",
                ],
                results: &[
                    "More than {n} residents voted in the last cycle, {pct}% of them for the first time in a local consultation.",
                    "The share of the investment budget decided by residents grew to {pct2}%, and trust in the council improved in annual surveys.",
                ],
                words: &[
                    "participatory budgeting",
                    "residents",
                    "voting",
                    "deliberation",
                    "neighbourhoods",
                    "citizens' assemblies",
                ],
            },
            ThemeText {
                heads: &[
                    "Presupuestos participativos",
                    "Asambleas ciudadanas sobre el presupuesto",
                    "Votación vecinal de proyectos",
                ],
                targets: &[
                    "para proyectos de barrio",
                    "para espacios públicos",
                    "con la juventud",
                ],
                pitch: &[
                    "Los vecinos {where} proponen, debaten y votan en qué gastar parte del presupuesto de inversión, y {org} publica en línea el avance de cada proyecto ganador.",
                ],
                problem: &[
                    "La confianza en el gobierno local {where} era baja y los vecinos sentían que las decisiones sobre sus barrios se tomaban sin ellos.",
                ],
                approach: &[
                    "Los vecinos presentan propuestas en línea o en asambleas de barrio; los técnicos revisan su viabilidad y coste antes de la votación.",
                    "Los miembros de la asamblea se eligieron por sorteo para reflejar la diversidad de la población.",
                ],
                users: &["los vecinos de todas las edades, incluidos quienes rara vez participan"],
                results: &[
                    "Más de {n} vecinos votaron en el último ciclo, el {pct} % por primera vez.",
                ],
                words: &[
                    "los presupuestos participativos",
                    "la deliberación",
                    "los barrios",
                    "la participación ciudadana",
                ],
            },
            ThemeText {
                heads: &[
                    "Budget participatif",
                    "Assemblée citoyenne sur le budget",
                    "Vote des habitants sur les projets de quartier",
                ],
                targets: &[
                    "pour les projets de quartier",
                    "pour les espaces publics",
                    "avec les jeunes",
                ],
                pitch: &[
                    "Les habitants {where} proposent, débattent et votent l'affectation d'une partie du budget d'investissement, et {org} publie en ligne l'avancement de chaque projet lauréat.",
                ],
                problem: &[
                    "La confiance envers les élus locaux {where} était faible et les habitants avaient le sentiment que les décisions sur leurs quartiers se prenaient sans eux.",
                ],
                approach: &[
                    "Les habitants déposent leurs idées en ligne ou en réunion de quartier ; les services en vérifient la faisabilité et le coût avant le vote.",
                    "Les membres de l'assemblée ont été tirés au sort pour refléter la diversité de la population.",
                ],
                users: &["les habitants de tous âges, y compris ceux qui participent rarement"],
                results: &[
                    "Plus de {n} habitants ont voté lors de la dernière édition, dont {pct} % pour la première fois.",
                ],
                words: &[
                    "le budget participatif",
                    "la délibération",
                    "les quartiers",
                    "la participation citoyenne",
                ],
            },
            ThemeText {
                heads: &[
                    "Orçamento participativo",
                    "Assembleias cidadãs sobre o orçamento",
                    "Votação de projetos de bairro",
                ],
                targets: &[
                    "para projetos de bairro",
                    "para espaços públicos",
                    "com a juventude",
                ],
                pitch: &[
                    "Os moradores {where} propõem, debatem e votam como gastar parte do orçamento de investimento, e {org} publica online o andamento de cada projeto vencedor.",
                ],
                problem: &[
                    "A confiança no governo local {where} era baixa e os moradores sentiam que as decisões sobre os seus bairros eram tomadas sem eles.",
                ],
                approach: &[
                    "Os moradores apresentam propostas online ou em reuniões de bairro; os técnicos analisam a viabilidade e o custo antes da votação.",
                    "Os membros da assembleia foram sorteados para refletir a diversidade da população.",
                ],
                users: &["os moradores de todas as idades, incluindo quem raramente participa"],
                results: &[
                    "Mais de {n} moradores votaram no último ciclo, {pct}% deles pela primeira vez.",
                ],
                words: &[
                    "o orçamento participativo",
                    "a deliberação",
                    "os bairros",
                    "a participação cidadã",
                ],
            },
        ],
    },
    Theme {
        key: "digital_identity",
        sectors: &[S::Digitalisation],
        techs: &[
            "digital_identity",
            "biometrics",
            "cloud_computing",
            "mobile_apps",
        ],
        tags: &[
            "digital_transformation",
            "data_sharing",
            "inclusion",
            "govtech",
        ],
        facets: &[F::EnhancementOriented, F::MissionOriented],
        sdgs: &[9, 16],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "National digital identity",
                    "Mobile ID wallet",
                    "Once-only data exchange",
                    "Single sign-on",
                    "Inclusive digital identity",
                ],
                targets: &[
                    "for all residents",
                    "for online public services",
                    "for cross-border services",
                    "for rural populations",
                ],
                pitch: &[
                    "{Org} gives every resident {where} a free digital identity that works on any phone, so people can log in to public and private services and sign documents without visiting an office.",
                    "With a secure data exchange layer, agencies {where} reuse information citizens have already provided, and people can see who accessed their data and why.",
                ],
                problem: &[
                    "Residents {where} needed different passwords and paper documents for every agency, and millions had no official proof of identity at all.",
                    "Agencies kept separate copies of the same data, forcing citizens to resubmit certificates again and again.",
                ],
                approach: &[
                    "Enrolment uses biometric checks at post offices and mobile units, including in remote villages, with strong privacy safeguards.",
                    "A secure exchange layer connects registries so that each agency queries the original source instead of asking citizens for copies.",
                    "A citizen portal shows every access to a person's data, with the name of the agency and the legal basis.",
                ],
                users: &[
                    "all residents, including people without bank accounts or fixed addresses",
                    "public agencies, banks, telecom operators and developers",
                ],
                results: &[
                    "More than {n} people enrolled in the first {months} months, and {pct}% of online public service logins now use the new identity.",
                    "The once-only principle removed the need for millions of paper certificates each year, and identity fraud complaints fell by {pct2}%.",
                ],
                words: &[
                    "digital identity",
                    "authentication",
                    "privacy",
                    "the once-only principle",
                    "data exchange",
                    "registries",
                ],
            },
            ThemeText {
                heads: &[
                    "Identidad digital nacional",
                    "Cartera de identidad en el móvil",
                    "Intercambio de datos de una sola vez",
                ],
                targets: &[
                    "para todos los residentes",
                    "para los servicios públicos en línea",
                    "para la población rural",
                ],
                pitch: &[
                    "{Org} ofrece a cada residente {where} una identidad digital gratuita que funciona en cualquier teléfono, para acceder a servicios y firmar documentos sin ir a una oficina.",
                ],
                problem: &[
                    "Los residentes {where} necesitaban contraseñas y documentos en papel distintos para cada organismo, y muchos no tenían ningún documento de identidad.",
                ],
                approach: &[
                    "El registro se hace con verificación biométrica en oficinas de correos y unidades móviles, con fuertes garantías de privacidad.",
                    "Una capa segura de intercambio conecta los registros para que cada organismo consulte la fuente original.",
                ],
                users: &["todos los residentes, incluidas las personas sin cuenta bancaria"],
                results: &[
                    "Más de {n} personas se registraron en {months} meses y el {pct} % de los accesos a servicios públicos usa ya la nueva identidad.",
                ],
                words: &[
                    "la identidad digital",
                    "la autenticación",
                    "la privacidad",
                    "los registros públicos",
                ],
            },
            ThemeText {
                heads: &[
                    "Identité numérique nationale",
                    "Portefeuille d'identité sur mobile",
                    "Échange de données « Dites-le-nous une fois »",
                ],
                targets: &[
                    "pour tous les résidents",
                    "pour les services publics en ligne",
                    "pour les populations rurales",
                ],
                pitch: &[
                    "{Org} offre à chaque résident {where} une identité numérique gratuite, utilisable sur tout téléphone, pour accéder aux services et signer des documents sans se déplacer.",
                ],
                problem: &[
                    "Les résidents {where} devaient multiplier mots de passe et justificatifs papier, et beaucoup n'avaient aucune pièce d'identité officielle.",
                ],
                approach: &[
                    "L'enrôlement se fait avec une vérification biométrique dans les bureaux de poste et des unités mobiles, avec de solides garanties de confidentialité.",
                    "Une couche d'échange sécurisée relie les registres afin que chaque administration interroge la source plutôt que de demander des copies.",
                ],
                users: &["tous les résidents, y compris les personnes non bancarisées"],
                results: &[
                    "Plus de {n} personnes se sont inscrites en {months} mois, et {pct} % des connexions aux services publics utilisent désormais cette identité.",
                ],
                words: &[
                    "l'identité numérique",
                    "l'authentification",
                    "la protection de la vie privée",
                    "les registres publics",
                ],
            },
            ThemeText {
                heads: &[
                    "Identidade digital nacional",
                    "Carteira de identidade no celular",
                    "Troca de dados só uma vez",
                ],
                targets: &[
                    "para todos os residentes",
                    "para os serviços públicos digitais",
                    "para a população rural",
                ],
                pitch: &[
                    "{Org} oferece a cada residente {where} uma identidade digital gratuita que funciona em qualquer celular, para acessar serviços e assinar documentos sem ir a um balcão.",
                ],
                problem: &[
                    "Os residentes {where} precisavam de senhas e documentos em papel diferentes para cada órgão, e muitos não tinham nenhum documento de identidade.",
                ],
                approach: &[
                    "O cadastro é feito com verificação biométrica em agências dos correios e unidades móveis, com fortes garantias de privacidade.",
                    "Uma camada segura de troca de dados liga os registros para que cada órgão consulte a fonte original.",
                ],
                users: &["todos os residentes, incluindo pessoas sem conta bancária"],
                results: &[
                    "Mais de {n} pessoas se cadastraram em {months} meses, e {pct}% dos acessos a serviços públicos já usam a nova identidade.",
                ],
                words: &[
                    "a identidade digital",
                    "a autenticação",
                    "a privacidade",
                    "os registros públicos",
                ],
            },
        ],
    },
    Theme {
        key: "ai_assistant",
        sectors: &[S::Digitalisation, S::PublicAdministration],
        techs: &[
            "generative_ai",
            "natural_language_processing",
            "ai_services",
            "ai_ethics",
        ],
        tags: &[
            "chatbots",
            "digital_transformation",
            "personalised_services",
            "workforce",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[16],
        since: 2021,
        text: [
            ThemeText {
                heads: &[
                    "Generative AI assistant",
                    "Virtual assistant",
                    "AI copilot",
                    "Plain-language answer service",
                    "Conversational help desk",
                ],
                targets: &[
                    "for public service enquiries",
                    "for civil servants",
                    "for tax and benefits questions",
                    "for the government contact centre",
                ],
                pitch: &[
                    "{Org} launched a virtual assistant that answers questions about public services in plain language, day and night, drawing only on official guidance and always showing its sources.",
                    "Civil servants {where} use a generative AI assistant to summarise case files, draft letters and search internal guidance, with a human reviewing every output.",
                ],
                problem: &[
                    "Contact centres {where} received millions of calls a year, most of them simple questions whose answers were buried in long web pages.",
                    "Caseworkers spent hours reading long files and drafting routine correspondence, leaving less time for people with complex needs.",
                ],
                approach: &[
                    "The assistant uses a large language model grounded in a curated library of official guidance; answers cite their sources and hand over to a human when confidence is low.",
                    "Before launch, the team tested the assistant with thousands of real questions, checking accuracy, tone and fairness across languages.",
                    "Staff were trained on the limits of generative AI, and usage guidelines forbid entering personal data into external tools.",
                ],
                users: &[
                    "members of the public with questions about services",
                    "contact-centre agents, caseworkers and policy officers",
                ],
                results: &[
                    "The assistant now resolves {pct}% of enquiries without a call, and waiting times at the contact centre fell by {pct2}%.",
                    "Staff using the copilot saved about {pct2}% of their drafting time, and quality reviews found no drop in accuracy.",
                ],
                words: &[
                    "virtual assistants",
                    "generative AI",
                    "language models",
                    "contact centres",
                    "enquiries",
                    "plain language",
                ],
            },
            ThemeText {
                heads: &[
                    "Asistente de inteligencia artificial generativa",
                    "Asistente virtual",
                    "Copiloto de IA",
                ],
                targets: &[
                    "para consultas sobre servicios públicos",
                    "para el personal público",
                    "para el centro de atención ciudadana",
                ],
                pitch: &[
                    "{Org} lanzó un asistente virtual que responde en lenguaje claro a preguntas sobre servicios públicos, a cualquier hora, usando solo información oficial y citando sus fuentes.",
                ],
                problem: &[
                    "Los centros de atención {where} recibían millones de llamadas al año, la mayoría preguntas sencillas cuyas respuestas estaban ocultas en páginas web extensas.",
                ],
                approach: &[
                    "El asistente usa un modelo de lenguaje anclado en una biblioteca curada de información oficial y deriva a una persona cuando la confianza es baja.",
                    "Antes del lanzamiento se probó con miles de preguntas reales para comprobar exactitud, tono y equidad.",
                ],
                users: &["las personas que tienen dudas sobre trámites y servicios"],
                results: &[
                    "El asistente resuelve ya el {pct} % de las consultas sin llamada y los tiempos de espera bajaron un {pct2} %.",
                ],
                words: &[
                    "el asistente virtual",
                    "la IA generativa",
                    "los modelos de lenguaje",
                    "la atención ciudadana",
                ],
            },
            ThemeText {
                heads: &[
                    "Assistant d'intelligence artificielle générative",
                    "Assistant virtuel",
                    "Copilote IA",
                ],
                targets: &[
                    "pour les questions sur les services publics",
                    "pour les agents publics",
                    "pour le centre de contact",
                ],
                pitch: &[
                    "{Org} a lancé un assistant virtuel qui répond en langage clair aux questions sur les services publics, à toute heure, en s'appuyant uniquement sur des sources officielles citées.",
                ],
                problem: &[
                    "Les centres de contact {where} recevaient des millions d'appels par an, pour la plupart des questions simples dont la réponse se perdait dans de longues pages web.",
                ],
                approach: &[
                    "L'assistant s'appuie sur un grand modèle de langage ancré dans une bibliothèque de contenus officiels et passe la main à un agent en cas de doute.",
                    "Avant le lancement, il a été testé sur des milliers de vraies questions pour vérifier l'exactitude, le ton et l'équité.",
                ],
                users: &["les usagers ayant des questions sur leurs démarches"],
                results: &[
                    "L'assistant traite désormais {pct} % des demandes sans appel, et l'attente au centre de contact a baissé de {pct2} %.",
                ],
                words: &[
                    "l'assistant virtuel",
                    "l'IA générative",
                    "les modèles de langage",
                    "l'accueil des usagers",
                ],
            },
            ThemeText {
                heads: &[
                    "Assistente de inteligência artificial generativa",
                    "Assistente virtual",
                    "Copiloto de IA",
                ],
                targets: &[
                    "para dúvidas sobre serviços públicos",
                    "para servidores públicos",
                    "para a central de atendimento",
                ],
                pitch: &[
                    "{Org} lançou um assistente virtual que responde em linguagem simples a perguntas sobre serviços públicos, a qualquer hora, usando apenas fontes oficiais citadas.",
                ],
                problem: &[
                    "As centrais de atendimento {where} recebiam milhões de chamadas por ano, a maioria perguntas simples cujas respostas estavam escondidas em páginas longas.",
                ],
                approach: &[
                    "O assistente usa um modelo de linguagem ancorado numa biblioteca curada de conteúdos oficiais e passa para um atendente humano quando há dúvida.",
                    "Antes do lançamento, foi testado com milhares de perguntas reais para verificar exatidão, tom e equidade.",
                ],
                users: &["os cidadãos com dúvidas sobre serviços públicos"],
                results: &[
                    "O assistente resolve hoje {pct}% dos pedidos sem chamada, e a espera na central caiu {pct2}%.",
                ],
                words: &[
                    "o assistente virtual",
                    "a IA generativa",
                    "os modelos de linguagem",
                    "o atendimento ao cidadão",
                ],
            },
        ],
    },
    Theme {
        key: "algorithm_register",
        sectors: &[S::Digitalisation, S::Justice],
        techs: &[
            "ai_ethics",
            "artificial_intelligence",
            "automated_reasoning",
        ],
        tags: &[
            "transparency",
            "open_government",
            "regulatory_innovation",
            "citizen_engagement",
        ],
        facets: &[F::Anticipatory, F::EnhancementOriented],
        sdgs: &[16],
        since: 2017,
        text: [
            ThemeText {
                heads: &[
                    "Public algorithm register",
                    "Algorithmic impact assessments",
                    "AI transparency standard",
                    "Citizens' panel on algorithms",
                    "Algorithm audit programme",
                ],
                targets: &[
                    "for public services",
                    "for automated decision-making",
                    "across government agencies",
                    "for municipal algorithms",
                ],
                pitch: &[
                    "{Org} publishes a register explaining every algorithm used to make or support decisions about people {where}: what it does, which data it uses, who is accountable and how to complain.",
                    "Before any automated decision system goes live {where}, agencies must complete an algorithmic impact assessment and publish the results.",
                ],
                problem: &[
                    "Agencies {where} had quietly adopted algorithms for benefits, policing and inspections, and a scandal over a biased risk model shattered public trust.",
                    "Neither citizens nor oversight bodies knew which algorithms were in use, let alone how they affected people's rights.",
                ],
                approach: &[
                    "A standard template asks agencies to describe each system's purpose, data, human oversight and known risks in plain language.",
                    "An impact assessment scores systems by risk; high-risk ones need external audit, bias testing and a human review of every negative decision.",
                    "A citizens' panel advised on what information people need, and the register was tested with journalists and civil society groups.",
                ],
                users: &[
                    "citizens affected by automated decisions and the organisations that represent them",
                    "data scientists, legal advisers, auditors and oversight bodies",
                ],
                results: &[
                    "More than {n} algorithms have been registered, and several high-risk systems were redesigned or withdrawn after assessment.",
                    "Surveys show that {pct}% of residents who consulted the register found it clear, and complaints are now handled faster.",
                ],
                words: &[
                    "algorithms",
                    "accountability",
                    "impact assessment",
                    "bias",
                    "automated decisions",
                    "oversight",
                ],
            },
            ThemeText {
                heads: &[
                    "Registro público de algoritmos",
                    "Evaluaciones de impacto algorítmico",
                    "Estándar de transparencia de la IA",
                ],
                targets: &[
                    "para la IA del sector público",
                    "para las decisiones automatizadas",
                    "en todos los organismos públicos",
                ],
                pitch: &[
                    "{Org} publica un registro que explica cada algoritmo usado para tomar o apoyar decisiones sobre personas {where}: qué hace, qué datos usa y quién responde por él.",
                ],
                problem: &[
                    "Varios organismos {where} habían adoptado algoritmos sin transparencia, y un escándalo por un modelo de riesgo sesgado quebró la confianza pública.",
                ],
                approach: &[
                    "Una plantilla común pide describir en lenguaje claro la finalidad, los datos, la supervisión humana y los riesgos de cada sistema.",
                    "Los sistemas de alto riesgo requieren auditoría externa, pruebas de sesgo y revisión humana de cada decisión desfavorable.",
                ],
                users: &["las personas afectadas por decisiones automatizadas"],
                results: &[
                    "Ya hay más de {n} algoritmos registrados y varios sistemas de alto riesgo fueron rediseñados o retirados.",
                ],
                words: &[
                    "los algoritmos",
                    "la rendición de cuentas",
                    "los sesgos",
                    "las decisiones automatizadas",
                ],
            },
            ThemeText {
                heads: &[
                    "Registre public des algorithmes",
                    "Études d'impact algorithmique",
                    "Norme de transparence de l'IA",
                ],
                targets: &[
                    "pour l'IA du secteur public",
                    "pour les décisions automatisées",
                    "dans toutes les administrations",
                ],
                pitch: &[
                    "{Org} publie un registre qui explique chaque algorithme utilisé pour prendre ou éclairer des décisions concernant les personnes {where} : son rôle, ses données et son responsable.",
                ],
                problem: &[
                    "Plusieurs administrations {where} avaient adopté des algorithmes sans transparence, et un modèle de risque biaisé a ébranlé la confiance du public.",
                ],
                approach: &[
                    "Un modèle de fiche commun décrit en langage clair la finalité, les données, le contrôle humain et les risques de chaque système.",
                    "Les systèmes à haut risque exigent un audit externe, des tests de biais et une revue humaine de toute décision défavorable.",
                ],
                users: &["les personnes concernées par des décisions automatisées"],
                results: &[
                    "Plus de {n} algorithmes sont déjà inscrits, et plusieurs systèmes à haut risque ont été revus ou abandonnés.",
                ],
                words: &[
                    "les algorithmes",
                    "la redevabilité",
                    "les biais",
                    "les décisions automatisées",
                ],
            },
            ThemeText {
                heads: &[
                    "Registro público de algoritmos",
                    "Avaliações de impacto algorítmico",
                    "Padrão de transparência da IA",
                ],
                targets: &[
                    "para a IA no setor público",
                    "para decisões automatizadas",
                    "em todos os órgãos públicos",
                ],
                pitch: &[
                    "{Org} publica um registro que explica cada algoritmo usado para tomar ou apoiar decisões sobre pessoas {where}: o que faz, que dados usa e quem responde por ele.",
                ],
                problem: &[
                    "Vários órgãos {where} tinham adotado algoritmos sem transparência, e um escândalo com um modelo de risco enviesado abalou a confiança pública.",
                ],
                approach: &[
                    "Um modelo comum pede que cada órgão descreva em linguagem simples a finalidade, os dados, a supervisão humana e os riscos de cada sistema.",
                    "Sistemas de alto risco exigem auditoria externa, testes de viés e revisão humana de cada decisão desfavorável.",
                ],
                users: &["as pessoas afetadas por decisões automatizadas"],
                results: &[
                    "Já há mais de {n} algoritmos registrados, e vários sistemas de alto risco foram redesenhados ou retirados.",
                ],
                words: &[
                    "os algoritmos",
                    "a prestação de contas",
                    "os vieses",
                    "as decisões automatizadas",
                ],
            },
        ],
    },
    Theme {
        key: "proactive_benefits",
        sectors: &[S::PublicAdministration, S::Employment],
        techs: &["rules_as_code", "data_analytics", "automated_reasoning"],
        tags: &[
            "proactive_services",
            "personalised_services",
            "data_sharing",
            "behavioural_insights",
        ],
        facets: &[F::EnhancementOriented],
        sdgs: &[1, 10],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Proactive family benefits",
                    "Automatic entitlement",
                    "Life-event services",
                    "No-application child benefit",
                    "Benefits take-up campaign",
                ],
                targets: &[
                    "for new parents",
                    "for pensioners",
                    "for low-income families",
                    "for people with disabilities",
                ],
                pitch: &[
                    "When a child is born {where}, {org} now grants family benefits automatically, using data already held by the population register and tax office, with no application form.",
                    "Residents {where} who are entitled to support but have not claimed it receive a personal message telling them what they can get and how to confirm in one click.",
                ],
                problem: &[
                    "Many eligible families {where} never received the benefits they were entitled to because forms were complex, and take-up was lowest among those in greatest need.",
                    "Citizens had to tell the same facts about a birth, a death or a move to half a dozen agencies.",
                ],
                approach: &[
                    "Services were organised around life events such as having a baby, retiring or losing a job, rather than around agencies.",
                    "Eligibility rules were mapped against existing registers so that entitlement can be calculated automatically, and people are notified and can object.",
                    "Behaviourally informed letters and text messages were tested in a randomised trial to find the wording that most increased take-up.",
                ],
                users: &[
                    "families, pensioners and people on low incomes",
                    "benefit caseworkers and register keepers",
                ],
                results: &[
                    "Take-up of family benefits rose to almost everyone eligible, and the average time to first payment fell by {pct}%.",
                    "More than {n} households received support they had not claimed before, and processing costs fell by {pct2}%.",
                ],
                words: &[
                    "benefits",
                    "entitlement",
                    "take-up",
                    "life events",
                    "population registers",
                    "families",
                ],
            },
            ThemeText {
                heads: &[
                    "Prestaciones familiares proactivas",
                    "Reconocimiento automático de derechos",
                    "Servicios por hechos vitales",
                ],
                targets: &[
                    "para familias con recién nacidos",
                    "para pensionistas",
                    "para hogares con bajos ingresos",
                ],
                pitch: &[
                    "Cuando nace un bebé {where}, {org} concede de forma automática las prestaciones familiares, con datos que ya tienen el registro civil y la administración tributaria.",
                ],
                problem: &[
                    "Muchas familias con derecho a ayudas {where} nunca las recibían porque los formularios eran complejos.",
                ],
                approach: &[
                    "Los servicios se organizaron en torno a hechos vitales, como tener un hijo o jubilarse, y no en torno a los organismos.",
                    "Cartas y mensajes diseñados con ciencias del comportamiento se probaron en un ensayo aleatorio para aumentar la solicitud de ayudas.",
                ],
                users: &["las familias, los pensionistas y los hogares con bajos ingresos"],
                results: &[
                    "Más de {n} hogares recibieron ayudas que antes no solicitaban y el tiempo hasta el primer pago bajó un {pct} %.",
                ],
                words: &[
                    "las prestaciones sociales",
                    "los derechos sociales",
                    "los hechos vitales",
                    "el registro civil",
                ],
            },
            ThemeText {
                heads: &[
                    "Prestations familiales proactives",
                    "Versement automatique des droits",
                    "Services par événement de vie",
                ],
                targets: &[
                    "pour les jeunes parents",
                    "pour les retraités",
                    "pour les ménages modestes",
                ],
                pitch: &[
                    "À la naissance d'un enfant {where}, {org} verse désormais automatiquement les prestations familiales à partir des données déjà connues de l'état civil et de l'administration fiscale.",
                ],
                problem: &[
                    "De nombreuses familles éligibles {where} ne percevaient jamais leurs droits, faute de pouvoir remplir des formulaires complexes : c'est le non-recours.",
                ],
                approach: &[
                    "Les services ont été organisés autour des événements de vie, comme une naissance ou le départ à la retraite, plutôt qu'autour des administrations.",
                    "Des courriers inspirés des sciences comportementales ont été testés par essai randomisé pour réduire le non-recours.",
                ],
                users: &["les familles, les retraités et les ménages modestes"],
                results: &[
                    "Plus de {n} ménages perçoivent des aides qu'ils ne demandaient pas, et le délai avant le premier versement a baissé de {pct} %.",
                ],
                words: &[
                    "les prestations sociales",
                    "le non-recours",
                    "les événements de vie",
                    "l'état civil",
                ],
            },
            ThemeText {
                heads: &[
                    "Benefícios familiares proativos",
                    "Concessão automática de direitos",
                    "Serviços por eventos de vida",
                ],
                targets: &[
                    "para famílias com recém-nascidos",
                    "para aposentados",
                    "para famílias de baixa renda",
                ],
                pitch: &[
                    "Quando nasce um bebê {where}, {org} concede automaticamente os benefícios familiares com dados que o registro civil e a administração fiscal já têm.",
                ],
                problem: &[
                    "Muitas famílias com direito a benefícios {where} nunca os recebiam porque os formulários eram complexos.",
                ],
                approach: &[
                    "Os serviços foram organizados em torno de eventos de vida, como ter um filho ou se aposentar, e não em torno dos órgãos.",
                    "Cartas e mensagens inspiradas nas ciências comportamentais foram testadas num ensaio aleatório para aumentar a adesão.",
                ],
                users: &["as famílias, os aposentados e as pessoas de baixa renda"],
                results: &[
                    "Mais de {n} famílias passaram a receber benefícios que antes não pediam, e o prazo até o primeiro pagamento caiu {pct}%.",
                ],
                words: &[
                    "os benefícios sociais",
                    "os direitos sociais",
                    "os eventos de vida",
                    "o registro civil",
                ],
            },
        ],
    },
    Theme {
        key: "rules_as_code",
        sectors: &[S::PublicAdministration, S::Justice],
        techs: &[
            "rules_as_code",
            "automated_reasoning",
            "knowledge_representation",
        ],
        tags: &[
            "regulatory_innovation",
            "govtech",
            "transparency",
            "experimentation",
        ],
        facets: &[F::Anticipatory, F::EnhancementOriented],
        sdgs: &[16],
        since: 2016,
        text: [
            ThemeText {
                heads: &[
                    "Rules as code",
                    "Machine-readable legislation",
                    "Open eligibility calculators",
                    "Law and code drafted together",
                    "Digital-ready policy",
                ],
                targets: &[
                    "for social security rules",
                    "for tax rules",
                    "for building regulations",
                    "for planning permits",
                ],
                pitch: &[
                    "{Org} drafts selected rules both in legal text and in open-source code, so that eligibility calculators, case systems and the law itself stay consistent.",
                    "Policy teams {where} test draft legislation as code against real scenarios before it is passed, spotting gaps and unintended effects early.",
                ],
                problem: &[
                    "Each agency {where} translated the same legislation into its own software, producing inconsistent decisions and costly errors.",
                    "Citizens and businesses could not easily find out whether a rule applied to them without paying for advice.",
                ],
                approach: &[
                    "Legal drafters, policy experts and developers work together in the same team, writing rules in a shared, open modelling language.",
                    "The coded rules are published as an open interface that calculators, apps and case-management systems can call.",
                    "Draft rules are tested against thousands of personas and real cases to find edge cases before the law is finalised.",
                ],
                users: &[
                    "citizens and businesses who need to know their rights and obligations",
                    "legislative drafters, policy officers and software developers",
                ],
                results: &[
                    "Errors in benefit calculations fell by {pct}% after the coded rules replaced separate implementations.",
                    "Drafting teams found and fixed dozens of ambiguities before the bill reached parliament, and {n} people used the open calculators in the first year.",
                ],
                words: &[
                    "legislation",
                    "rules as code",
                    "eligibility",
                    "legal drafting",
                    "open source",
                    "calculators",
                ],
            },
            ThemeText {
                heads: &[
                    "Normas como código",
                    "Legislación legible por máquinas",
                    "Calculadoras abiertas de requisitos",
                ],
                targets: &[
                    "para las normas de seguridad social",
                    "para la legislación tributaria",
                    "para la redacción normativa",
                ],
                pitch: &[
                    "{Org} redacta ciertas normas a la vez en texto jurídico y en código abierto, para que las calculadoras, los sistemas de gestión y la ley digan lo mismo.",
                ],
                problem: &[
                    "Cada organismo {where} traducía la misma ley a su propio software, lo que producía decisiones incoherentes y errores costosos.",
                ],
                approach: &[
                    "Juristas, expertos en políticas y desarrolladores trabajan en un mismo equipo con un lenguaje de modelización común y abierto.",
                    "Los borradores se prueban con miles de casos simulados para detectar lagunas antes de aprobar la norma.",
                ],
                users: &[
                    "las personas y empresas que necesitan conocer sus derechos y obligaciones",
                ],
                results: &[
                    "Los errores de cálculo de prestaciones bajaron un {pct} % tras sustituir las implementaciones separadas.",
                ],
                words: &[
                    "la legislación",
                    "la técnica normativa",
                    "el código abierto",
                    "los requisitos de acceso",
                ],
            },
            ThemeText {
                heads: &[
                    "Règles en tant que code",
                    "Législation lisible par les machines",
                    "Simulateurs ouverts d'éligibilité",
                ],
                targets: &[
                    "pour les règles de sécurité sociale",
                    "pour la législation fiscale",
                    "pour la rédaction des textes",
                ],
                pitch: &[
                    "{Org} rédige certaines règles à la fois en texte juridique et en code source ouvert, pour que simulateurs, logiciels de gestion et loi restent cohérents.",
                ],
                problem: &[
                    "Chaque administration {where} traduisait la même loi dans son propre logiciel, avec des décisions incohérentes et des erreurs coûteuses.",
                ],
                approach: &[
                    "Légistes, experts des politiques publiques et développeurs travaillent ensemble avec un langage de modélisation ouvert et partagé.",
                    "Les projets de texte sont testés sur des milliers de cas simulés afin de repérer les angles morts avant l'adoption.",
                ],
                users: &[
                    "les citoyens et entreprises qui veulent connaître leurs droits et obligations",
                ],
                results: &[
                    "Les erreurs de calcul des prestations ont baissé de {pct} % depuis que le code partagé remplace les développements séparés.",
                ],
                words: &[
                    "la législation",
                    "la légistique",
                    "le code source ouvert",
                    "les simulateurs",
                ],
            },
            ThemeText {
                heads: &[
                    "Regras como código",
                    "Legislação legível por máquinas",
                    "Calculadoras abertas de elegibilidade",
                ],
                targets: &[
                    "para as regras da previdência social",
                    "para a legislação tributária",
                    "para a redação legislativa",
                ],
                pitch: &[
                    "{Org} redige certas normas ao mesmo tempo em texto jurídico e em código aberto, para que calculadoras, sistemas e lei digam a mesma coisa.",
                ],
                problem: &[
                    "Cada órgão {where} traduzia a mesma lei para o seu próprio software, gerando decisões incoerentes e erros caros.",
                ],
                approach: &[
                    "Juristas, especialistas em políticas e programadores trabalham na mesma equipe com uma linguagem de modelagem comum e aberta.",
                    "Os projetos de norma são testados com milhares de casos simulados para encontrar lacunas antes da aprovação.",
                ],
                users: &[
                    "os cidadãos e as empresas que precisam conhecer os seus direitos e deveres",
                ],
                results: &[
                    "Os erros no cálculo de benefícios caíram {pct}% depois que o código partilhado substituiu os sistemas separados.",
                ],
                words: &[
                    "a legislação",
                    "a redação legislativa",
                    "o código aberto",
                    "a elegibilidade",
                ],
            },
        ],
    },
    Theme {
        key: "govtech_procurement",
        sectors: &[S::PublicAdministration, S::EconomicAffairs],
        techs: &["cloud_computing", "data_analytics", "other_technology"],
        tags: &[
            "public_procurement",
            "govtech",
            "experimentation",
            "cross_sector",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[9, 16],
        since: 2013,
        text: [
            ThemeText {
                heads: &[
                    "GovTech challenge programme",
                    "Challenge-based procurement",
                    "Innovation partnership with start-ups",
                    "Public procurement sandbox",
                    "Digital services marketplace",
                ],
                targets: &[
                    "for public agencies",
                    "for local government",
                    "for small technology firms",
                    "for digital services",
                ],
                pitch: &[
                    "{Org} publishes public problems as open challenges and buys solutions from start-ups and small firms through short, staged contracts instead of detailed tenders.",
                    "A digital marketplace {where} lets agencies buy cloud and digital services from pre-approved suppliers in weeks rather than months.",
                ],
                problem: &[
                    "Procurement rules {where} favoured large incumbents, tenders took a year or more, and agencies were locked into outdated systems.",
                    "Start-ups with promising ideas found it almost impossible to sell to government.",
                ],
                approach: &[
                    "Agencies describe the outcome they need instead of a technical specification; several firms receive small contracts to build prototypes, and the best move on to pilots.",
                    "Procurement officers, lawyers and product managers were trained together and given templates for agile contracts.",
                    "An online marketplace publishes every contract, price and supplier review.",
                ],
                users: &[
                    "public agencies with unsolved problems",
                    "start-ups, small firms, procurement officers and auditors",
                ],
                results: &[
                    "More than {n} firms responded to challenges, {pct}% of them first-time government suppliers.",
                    "Average procurement time fell from over a year to a few months, and several pilots became permanent services.",
                ],
                words: &[
                    "procurement",
                    "start-ups",
                    "challenges",
                    "suppliers",
                    "tenders",
                    "GovTech",
                ],
            },
            ThemeText {
                heads: &[
                    "Programa de retos GovTech",
                    "Compra pública basada en retos",
                    "Asociación para la innovación con startups",
                ],
                targets: &[
                    "para organismos públicos",
                    "para gobiernos locales",
                    "para pequeñas empresas tecnológicas",
                ],
                pitch: &[
                    "{Org} publica problemas públicos como retos abiertos y compra soluciones a startups y pymes mediante contratos cortos y por fases.",
                ],
                problem: &[
                    "Las reglas de contratación {where} favorecían a grandes proveedores, las licitaciones duraban más de un año y los organismos quedaban atados a sistemas obsoletos.",
                ],
                approach: &[
                    "Los organismos describen el resultado que necesitan en lugar de una especificación técnica; varias empresas reciben pequeños contratos para crear prototipos.",
                    "Un mercado digital publica cada contrato, precio y valoración de proveedores.",
                ],
                users: &["los organismos públicos y las empresas emergentes"],
                results: &[
                    "Más de {n} empresas respondieron a los retos, el {pct} % de ellas proveedoras del Estado por primera vez.",
                ],
                words: &[
                    "la contratación pública",
                    "las startups",
                    "los retos públicos",
                    "las licitaciones",
                ],
            },
            ThemeText {
                heads: &[
                    "Programme de défis GovTech",
                    "Achat public fondé sur des défis",
                    "Partenariat d'innovation avec des start-up",
                ],
                targets: &[
                    "pour les administrations",
                    "pour les collectivités",
                    "pour les petites entreprises du numérique",
                ],
                pitch: &[
                    "{Org} publie des problèmes publics sous forme de défis ouverts et achète des solutions à des start-up et PME au moyen de contrats courts et progressifs.",
                ],
                problem: &[
                    "Les règles d'achat public {where} favorisaient les grands prestataires, les appels d'offres duraient plus d'un an et les administrations restaient captives de systèmes obsolètes.",
                ],
                approach: &[
                    "Les administrations décrivent le résultat attendu plutôt qu'un cahier des charges technique ; plusieurs entreprises reçoivent de petits contrats pour prototyper.",
                    "Une place de marché numérique publie chaque contrat, prix et évaluation des fournisseurs.",
                ],
                users: &["les administrations et les jeunes entreprises innovantes"],
                results: &[
                    "Plus de {n} entreprises ont répondu aux défis, dont {pct} % n'avaient jamais travaillé pour l'État.",
                ],
                words: &[
                    "la commande publique",
                    "les start-up",
                    "les défis publics",
                    "les appels d'offres",
                ],
            },
            ThemeText {
                heads: &[
                    "Programa de desafios GovTech",
                    "Compras públicas baseadas em desafios",
                    "Parceria para a inovação com startups",
                ],
                targets: &[
                    "para órgãos públicos",
                    "para governos locais",
                    "para pequenas empresas de tecnologia",
                ],
                pitch: &[
                    "{Org} publica problemas públicos como desafios abertos e compra soluções de startups e pequenas empresas por meio de contratos curtos e por etapas.",
                ],
                problem: &[
                    "As regras de compras {where} favoreciam grandes fornecedores, as licitações duravam mais de um ano e os órgãos ficavam presos a sistemas antigos.",
                ],
                approach: &[
                    "Os órgãos descrevem o resultado de que precisam em vez de uma especificação técnica; várias empresas recebem pequenos contratos para prototipar.",
                    "Um mercado digital publica cada contrato, preço e avaliação de fornecedores.",
                ],
                users: &["os órgãos públicos e as startups"],
                results: &[
                    "Mais de {n} empresas responderam aos desafios, {pct}% delas fornecedoras do governo pela primeira vez.",
                ],
                words: &[
                    "as compras públicas",
                    "as startups",
                    "os desafios públicos",
                    "as licitações",
                ],
            },
        ],
    },
    Theme {
        key: "strategic_foresight",
        sectors: &[S::PublicAdministration, S::Science],
        techs: &["data_analytics", "natural_language_processing"],
        tags: &["foresight", "systems_change", "innovation_lab", "workforce"],
        facets: &[F::Anticipatory, F::MissionOriented],
        sdgs: &[16, 17],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Government foresight unit",
                    "Horizon scanning network",
                    "Futures literacy programme",
                    "Scenario planning",
                    "Long-term policy stress tests",
                ],
                targets: &[
                    "for policy makers",
                    "for senior civil servants",
                    "for the national development plan",
                    "across ministries",
                ],
                pitch: &[
                    "{Org} set up a small foresight unit that scans emerging trends, builds scenarios with ministries and stress-tests major policies against plausible futures.",
                    "Civil servants {where} learn to use horizon scanning, scenarios and backcasting, and each ministry now reports on long-term risks in its annual plan.",
                ],
                problem: &[
                    "Government {where} had been caught unprepared by recent shocks, and planning cycles rarely looked beyond the next election.",
                    "Ministries produced their own forecasts in isolation, with no shared picture of emerging risks and opportunities.",
                ],
                approach: &[
                    "A horizon scanning network of analysts across ministries collects weak signals, supported by text mining of news, patents and research.",
                    "Scenario workshops bring together ministers, civil servants, young people and experts to explore alternative futures for 2040.",
                    "Major policies are stress-tested against the scenarios, and the results are published in a report to parliament.",
                ],
                users: &[
                    "ministers, senior civil servants and policy teams",
                    "parliament, young people and the wider public",
                ],
                results: &[
                    "Foresight findings informed several major decisions, including early investments in climate adaptation and skills.",
                    "More than {n} civil servants took part in futures training, and {pct}% said they apply the methods in their work.",
                ],
                words: &[
                    "foresight",
                    "scenarios",
                    "horizon scanning",
                    "the long term",
                    "emerging risks",
                    "futures",
                ],
            },
            ThemeText {
                heads: &[
                    "Unidad de prospectiva del gobierno",
                    "Red de exploración del horizonte",
                    "Programa de alfabetización en futuros",
                ],
                targets: &[
                    "para los responsables de políticas",
                    "para la alta función pública",
                    "en todos los ministerios",
                ],
                pitch: &[
                    "{Org} creó una pequeña unidad de prospectiva que detecta tendencias emergentes, construye escenarios con los ministerios y somete las grandes políticas a pruebas de estrés.",
                ],
                problem: &[
                    "El gobierno {where} se vio sorprendido por crisis recientes y la planificación rara vez miraba más allá de las próximas elecciones.",
                ],
                approach: &[
                    "Una red de analistas de varios ministerios recoge señales débiles con ayuda de minería de textos.",
                    "Talleres de escenarios reúnen a ministros, funcionarios, jóvenes y expertos para explorar futuros alternativos para 2040.",
                ],
                users: &["los ministros, la alta función pública y los equipos de políticas"],
                results: &[
                    "Más de {n} funcionarios participaron en formaciones sobre futuros y el {pct} % aplica ya los métodos en su trabajo.",
                ],
                words: &[
                    "la prospectiva",
                    "los escenarios",
                    "el largo plazo",
                    "los riesgos emergentes",
                ],
            },
            ThemeText {
                heads: &[
                    "Cellule de prospective gouvernementale",
                    "Réseau de veille prospective",
                    "Programme de littératie des futurs",
                ],
                targets: &[
                    "pour les décideurs publics",
                    "pour les cadres dirigeants",
                    "dans tous les ministères",
                ],
                pitch: &[
                    "{Org} a créé une petite cellule de prospective qui repère les tendances émergentes, construit des scénarios avec les ministères et met les grandes politiques à l'épreuve.",
                ],
                problem: &[
                    "Le gouvernement {where} avait été pris de court par des crises récentes, et la planification dépassait rarement l'horizon électoral.",
                ],
                approach: &[
                    "Un réseau d'analystes issus de plusieurs ministères collecte des signaux faibles, avec l'appui de la fouille de textes.",
                    "Des ateliers de scénarios réunissent ministres, fonctionnaires, jeunes et experts pour explorer des futurs possibles à l'horizon 2040.",
                ],
                users: &[
                    "les ministres, les cadres dirigeants et les équipes de politiques publiques",
                ],
                results: &[
                    "Plus de {n} agents ont suivi une formation à la prospective, et {pct} % appliquent désormais ces méthodes.",
                ],
                words: &[
                    "la prospective",
                    "les scénarios",
                    "le long terme",
                    "les signaux faibles",
                ],
            },
            ThemeText {
                heads: &[
                    "Unidade de prospectiva do governo",
                    "Rede de exploração de horizontes",
                    "Programa de literacia de futuros",
                ],
                targets: &[
                    "para decisores públicos",
                    "para dirigentes da administração",
                    "em todos os ministérios",
                ],
                pitch: &[
                    "{Org} criou uma pequena unidade de prospectiva que identifica tendências emergentes, constrói cenários com os ministérios e testa as grandes políticas.",
                ],
                problem: &[
                    "O governo {where} foi pego de surpresa por crises recentes, e o planejamento raramente olhava para além das próximas eleições.",
                ],
                approach: &[
                    "Uma rede de analistas de vários ministérios recolhe sinais fracos com apoio de mineração de textos.",
                    "Oficinas de cenários reúnem ministros, servidores, jovens e especialistas para explorar futuros alternativos para 2040.",
                ],
                users: &["os ministros, os dirigentes e as equipes de políticas públicas"],
                results: &[
                    "Mais de {n} servidores participaram de formações em futuros, e {pct}% já aplicam os métodos no trabalho.",
                ],
                words: &[
                    "a prospectiva",
                    "os cenários",
                    "o longo prazo",
                    "os sinais fracos",
                ],
            },
        ],
    },
    Theme {
        key: "online_courts",
        sectors: &[S::Justice],
        techs: &[
            "natural_language_processing",
            "cloud_computing",
            "automated_reasoning",
        ],
        tags: &["digital_transformation", "service_design", "inclusion"],
        facets: &[F::EnhancementOriented],
        sdgs: &[16],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Online dispute resolution",
                    "Digital small claims court",
                    "Online mediation service",
                    "Paperless court case management",
                    "Virtual hearings",
                ],
                targets: &[
                    "for small claims",
                    "for family disputes",
                    "for tenants and landlords",
                    "for consumer complaints",
                ],
                pitch: &[
                    "{Org} lets people resolve small claims and neighbour disputes online, with guided negotiation, a mediator and, only if needed, a judge, without ever visiting a courtroom.",
                    "Court users {where} file cases, upload evidence and attend hearings online, while judges and clerks manage files through a single paperless system.",
                ],
                problem: &[
                    "Court backlogs {where} meant that simple disputes took more than a year to resolve, and legal costs put justice out of reach for many people.",
                    "Paper files moved between offices by hand, hearings were frequently adjourned and users rarely knew the status of their case.",
                ],
                approach: &[
                    "A step-by-step online tool helps parties explain their dispute in plain language and proposes settlement options before a mediator steps in.",
                    "Language processing tools sort incoming claims and flag urgent cases, while clerks keep control of every decision.",
                    "Help centres in libraries and legal aid offices support people who cannot use the online service alone.",
                ],
                users: &[
                    "people with small claims, tenants, consumers and families in dispute",
                    "judges, court clerks, mediators and legal aid lawyers",
                ],
                results: &[
                    "{pct}% of online disputes were settled before a hearing, and the average time to resolution fell to a few weeks.",
                    "The court backlog fell by {pct2}% in two years, and user satisfaction surveys rated the service highly.",
                ],
                words: &[
                    "courts",
                    "disputes",
                    "mediation",
                    "backlogs",
                    "judges",
                    "access to justice",
                ],
            },
            ThemeText {
                heads: &[
                    "Resolución de conflictos en línea",
                    "Juzgado digital de menor cuantía",
                    "Servicio de mediación en línea",
                ],
                targets: &[
                    "para reclamaciones de menor cuantía",
                    "para conflictos de alquiler",
                    "para reclamaciones de consumo",
                ],
                pitch: &[
                    "{Org} permite resolver en línea reclamaciones de menor cuantía y conflictos vecinales, con negociación guiada, un mediador y, solo si hace falta, un juez.",
                ],
                problem: &[
                    "La acumulación de casos en los tribunales {where} hacía que disputas sencillas tardaran más de un año en resolverse.",
                ],
                approach: &[
                    "Una herramienta en línea ayuda a las partes a explicar su conflicto en lenguaje sencillo y propone acuerdos antes de que intervenga un mediador.",
                    "Puntos de ayuda en bibliotecas y oficinas de asistencia jurídica apoyan a quienes no pueden usar el servicio solos.",
                ],
                users: &[
                    "las personas con reclamaciones de menor cuantía, inquilinos y consumidores",
                ],
                results: &[
                    "El {pct} % de los conflictos se resolvió antes de una audiencia y el atasco judicial bajó un {pct2} %.",
                ],
                words: &[
                    "los tribunales",
                    "la mediación",
                    "el acceso a la justicia",
                    "los conflictos",
                ],
            },
            ThemeText {
                heads: &[
                    "Règlement des litiges en ligne",
                    "Tribunal numérique des petits litiges",
                    "Service de médiation en ligne",
                ],
                targets: &[
                    "pour les petits litiges",
                    "pour les conflits locatifs",
                    "pour les litiges de consommation",
                ],
                pitch: &[
                    "{Org} permet de régler en ligne les petits litiges et conflits de voisinage, avec une négociation guidée, un médiateur et, si nécessaire seulement, un juge.",
                ],
                problem: &[
                    "L'engorgement des tribunaux {where} faisait durer plus d'un an des litiges simples, et le coût de la justice la rendait inaccessible à beaucoup.",
                ],
                approach: &[
                    "Un outil en ligne aide les parties à exposer leur litige en langage simple et propose des solutions amiables avant l'intervention d'un médiateur.",
                    "Des points d'accès au droit dans les bibliothèques accompagnent les personnes qui ne peuvent pas utiliser seules le service.",
                ],
                users: &["les justiciables, locataires et consommateurs en litige"],
                results: &[
                    "{pct} % des litiges en ligne ont été réglés à l'amiable, et le stock d'affaires a baissé de {pct2} %.",
                ],
                words: &[
                    "les tribunaux",
                    "la médiation",
                    "l'accès au droit",
                    "les litiges",
                ],
            },
            ThemeText {
                heads: &[
                    "Resolução de litígios online",
                    "Juizado digital de pequenas causas",
                    "Serviço de mediação online",
                ],
                targets: &[
                    "para pequenas causas",
                    "para conflitos de aluguel",
                    "para reclamações de consumo",
                ],
                pitch: &[
                    "{Org} permite resolver online pequenas causas e conflitos de vizinhança, com negociação guiada, um mediador e, só se necessário, um juiz.",
                ],
                problem: &[
                    "O acúmulo de processos nos tribunais {where} fazia com que disputas simples levassem mais de um ano.",
                ],
                approach: &[
                    "Uma ferramenta online ajuda as partes a explicar o conflito em linguagem simples e propõe acordos antes da entrada de um mediador.",
                    "Pontos de apoio em bibliotecas e defensorias ajudam quem não consegue usar o serviço sozinho.",
                ],
                users: &["as pessoas com pequenas causas, inquilinos e consumidores"],
                results: &[
                    "{pct}% dos litígios online foram resolvidos antes da audiência, e o acervo de processos caiu {pct2}%.",
                ],
                words: &[
                    "os tribunais",
                    "a mediação",
                    "o acesso à justiça",
                    "os litígios",
                ],
            },
        ],
    },
    Theme {
        key: "domestic_violence",
        sectors: &[S::Justice, S::Health],
        techs: &["mobile_apps", "data_analytics"],
        tags: &["systems_change", "co_design", "cross_sector", "inclusion"],
        facets: &[F::Adaptive, F::EnhancementOriented],
        sdgs: &[5, 16],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Multi-agency domestic abuse hub",
                    "Safe reporting app",
                    "Survivor-led support service",
                    "Coordinated response to gender-based violence",
                    "Silent help code in pharmacies",
                ],
                targets: &[
                    "for survivors of domestic abuse",
                    "for women and children at risk",
                    "in rural areas",
                    "for young people in abusive relationships",
                ],
                pitch: &[
                    "{Org} brought police, health, housing and specialist services into one hub so that survivors of domestic abuse {where} tell their story once and receive coordinated protection.",
                    "Victims {where} can ask for help discreetly through a code word in pharmacies or a disguised mobile app that connects them to trained advisers.",
                ],
                problem: &[
                    "Survivors {where} had to repeat their story to many agencies, information was not shared, and risk was often spotted too late.",
                    "Lockdowns and isolation made it harder for victims to seek help, and calls to helplines surged.",
                ],
                approach: &[
                    "A multi-agency hub meets daily to review new reports, assess risk and agree a single safety plan for each family.",
                    "Survivors helped co-design the service, from the wording of forms to where support is offered.",
                    "Pharmacists and shop staff were trained to respond to a code word and call specialist support discreetly.",
                ],
                users: &[
                    "women, men and children experiencing domestic abuse",
                    "police officers, health workers, social workers and specialist advocates",
                ],
                results: &[
                    "Repeat incidents among families supported by the hub fell by {pct}%, and more victims sought help early.",
                    "More than {n} people used the discreet reporting channels in the first {months} months.",
                ],
                words: &[
                    "domestic abuse",
                    "survivors",
                    "safety planning",
                    "police",
                    "gender-based violence",
                    "risk assessment",
                ],
            },
            ThemeText {
                heads: &[
                    "Centro multiagencia contra la violencia doméstica",
                    "Aplicación de denuncia segura",
                    "Servicio de apoyo diseñado con supervivientes",
                ],
                targets: &[
                    "para víctimas de violencia de género",
                    "para mujeres y niños en riesgo",
                    "en zonas rurales",
                ],
                pitch: &[
                    "{Org} reunió a policía, salud, vivienda y servicios especializados en un solo centro para que las víctimas de violencia doméstica {where} cuenten su historia una sola vez.",
                ],
                problem: &[
                    "Las víctimas {where} debían repetir su historia ante muchos organismos y el riesgo se detectaba a menudo demasiado tarde.",
                ],
                approach: &[
                    "Un equipo multiagencia se reúne cada día para valorar el riesgo y acordar un plan de seguridad único para cada familia.",
                    "Farmacéuticos y comerciantes aprendieron a responder a una palabra clave y a pedir ayuda especializada con discreción.",
                ],
                users: &["las mujeres, los niños y las niñas que sufren violencia"],
                results: &[
                    "La reincidencia entre las familias atendidas bajó un {pct} % y más víctimas pidieron ayuda a tiempo.",
                ],
                words: &[
                    "la violencia de género",
                    "las víctimas",
                    "los planes de seguridad",
                    "la valoración del riesgo",
                ],
            },
            ThemeText {
                heads: &[
                    "Plateforme multipartenaire contre les violences conjugales",
                    "Application de signalement sécurisée",
                    "Service d'accompagnement co-conçu avec les victimes",
                ],
                targets: &[
                    "pour les victimes de violences conjugales",
                    "pour les femmes et les enfants en danger",
                    "en milieu rural",
                ],
                pitch: &[
                    "{Org} a réuni police, santé, logement et associations spécialisées dans une même plateforme pour que les victimes de violences conjugales {where} ne racontent leur histoire qu'une fois.",
                ],
                problem: &[
                    "Les victimes {where} devaient répéter leur récit à de nombreux services, et le danger était souvent repéré trop tard.",
                ],
                approach: &[
                    "Une cellule multipartenaire se réunit chaque jour pour évaluer le danger et convenir d'un plan de mise en sécurité unique.",
                    "Pharmaciens et commerçants ont été formés à réagir à un mot-code et à alerter discrètement les services spécialisés.",
                ],
                users: &["les femmes et les enfants victimes de violences"],
                results: &[
                    "Les récidives parmi les familles accompagnées ont baissé de {pct} %, et davantage de victimes demandent de l'aide tôt.",
                ],
                words: &[
                    "les violences conjugales",
                    "les victimes",
                    "la mise en sécurité",
                    "l'évaluation du danger",
                ],
            },
            ThemeText {
                heads: &[
                    "Centro multiagência contra a violência doméstica",
                    "Aplicativo de denúncia segura",
                    "Serviço de apoio desenhado com sobreviventes",
                ],
                targets: &[
                    "para vítimas de violência doméstica",
                    "para mulheres e crianças em risco",
                    "em zonas rurais",
                ],
                pitch: &[
                    "{Org} reuniu polícia, saúde, habitação e serviços especializados num único centro para que as vítimas de violência doméstica {where} contem a sua história uma só vez.",
                ],
                problem: &[
                    "As vítimas {where} tinham de repetir a sua história a muitos serviços, e o risco era muitas vezes detectado tarde demais.",
                ],
                approach: &[
                    "Uma equipe multiagência reúne-se todos os dias para avaliar o risco e acordar um plano de segurança único para cada família.",
                    "Farmacêuticos e comerciantes foram treinados para reagir a uma palavra-código e acionar ajuda especializada com discrição.",
                ],
                users: &["as mulheres e as crianças vítimas de violência"],
                results: &[
                    "A reincidência entre as famílias acompanhadas caiu {pct}%, e mais vítimas pediram ajuda cedo.",
                ],
                words: &[
                    "a violência doméstica",
                    "as vítimas",
                    "os planos de segurança",
                    "a avaliação de risco",
                ],
            },
        ],
    },
    Theme {
        key: "emergency_alerts",
        sectors: &[S::Justice, S::Environment],
        techs: &["mobile_apps", "geospatial", "edge_5g", "data_analytics"],
        tags: &["proactive_services", "data_sharing", "citizen_engagement"],
        facets: &[F::Adaptive, F::Anticipatory],
        sdgs: &[3, 11, 13],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Public warning system",
                    "Cell broadcast emergency alerts",
                    "Volunteer coordination platform",
                    "Crisis data dashboard",
                    "Evacuation planning",
                ],
                targets: &[
                    "for natural disasters",
                    "for wildfires and storms",
                    "during public health emergencies",
                    "for emergency responders",
                ],
                pitch: &[
                    "{Org} can now send emergency alerts to every mobile phone in an affected area within minutes, in several languages, with clear instructions on what to do.",
                    "A shared crisis dashboard {where} gives emergency services, hospitals and municipalities the same real-time picture of incidents, resources and volunteers.",
                ],
                problem: &[
                    "During recent disasters {where}, warnings reached people late and unevenly, and responders worked from different, outdated information.",
                    "Spontaneous volunteers wanted to help, but there was no way to match them with tasks safely.",
                ],
                approach: &[
                    "Cell broadcast technology sends alerts to all phones in a defined area, without needing an app or a phone number.",
                    "Emergency services, hospitals and utilities feed a common operational picture that maps incidents, shelters and road closures.",
                    "A volunteer platform registers and trains volunteers in advance and assigns them to tasks during a crisis.",
                ],
                users: &[
                    "residents and visitors in areas at risk",
                    "emergency responders, municipal crisis teams and volunteers",
                ],
                results: &[
                    "Tests showed that alerts reached {pct}% more people than sirens alone, within minutes.",
                    "In the last emergency, more than {n} volunteers were deployed through the platform.",
                ],
                words: &[
                    "emergencies",
                    "alerts",
                    "evacuation",
                    "crisis management",
                    "responders",
                    "disasters",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alertas a la población",
                    "Alertas de emergencia por difusión celular",
                    "Plataforma de coordinación de voluntariado",
                ],
                targets: &[
                    "ante desastres naturales",
                    "ante incendios forestales y tormentas",
                    "para los servicios de emergencia",
                ],
                pitch: &[
                    "{Org} puede enviar en minutos alertas de emergencia a todos los teléfonos móviles de una zona afectada, en varios idiomas y con instrucciones claras.",
                ],
                problem: &[
                    "En desastres recientes {where}, los avisos llegaron tarde y de forma desigual, y los equipos trabajaban con información distinta y desactualizada.",
                ],
                approach: &[
                    "La tecnología de difusión celular envía alertas a todos los teléfonos de una zona sin necesidad de aplicación ni de número.",
                    "Una plataforma registra y forma a voluntarios con antelación y les asigna tareas durante una crisis.",
                ],
                users: &["los residentes y visitantes de zonas de riesgo"],
                results: &[
                    "Las pruebas mostraron que las alertas llegaban a un {pct} % más de personas que las sirenas solas.",
                ],
                words: &[
                    "las emergencias",
                    "las alertas",
                    "la evacuación",
                    "la gestión de crisis",
                ],
            },
            ThemeText {
                heads: &[
                    "Système d'alerte des populations",
                    "Alertes d'urgence par diffusion cellulaire",
                    "Plateforme de coordination des bénévoles",
                ],
                targets: &[
                    "face aux catastrophes naturelles",
                    "face aux feux de forêt et aux tempêtes",
                    "pour les services de secours",
                ],
                pitch: &[
                    "{Org} peut désormais envoyer en quelques minutes des alertes d'urgence à tous les téléphones d'une zone touchée, en plusieurs langues et avec des consignes claires.",
                ],
                problem: &[
                    "Lors des dernières catastrophes {where}, les alertes sont arrivées tard et de façon inégale, et les secours travaillaient avec des informations divergentes.",
                ],
                approach: &[
                    "La diffusion cellulaire envoie des alertes à tous les téléphones d'une zone, sans application ni numéro.",
                    "Une plateforme recense et forme les bénévoles à l'avance, puis leur attribue des missions pendant la crise.",
                ],
                users: &["les habitants et visiteurs des zones à risque"],
                results: &[
                    "Les essais ont montré que les alertes touchaient {pct} % de personnes de plus que les sirènes seules.",
                ],
                words: &[
                    "les situations d'urgence",
                    "les alertes",
                    "l'évacuation",
                    "la gestion de crise",
                ],
            },
            ThemeText {
                heads: &[
                    "Sistema de alerta à população",
                    "Alertas de emergência por difusão celular",
                    "Plataforma de coordenação de voluntários",
                ],
                targets: &[
                    "para desastres naturais",
                    "para incêndios florestais e tempestades",
                    "para as equipes de emergência",
                ],
                pitch: &[
                    "{Org} pode agora enviar em minutos alertas de emergência para todos os celulares de uma área afetada, em várias línguas e com instruções claras.",
                ],
                problem: &[
                    "Nos desastres recentes {where}, os alertas chegaram tarde e de forma desigual, e as equipes trabalhavam com informação diferente e desatualizada.",
                ],
                approach: &[
                    "A difusão celular envia alertas para todos os telefones de uma área, sem aplicativo nem número.",
                    "Uma plataforma cadastra e treina voluntários com antecedência e atribui-lhes tarefas durante a crise.",
                ],
                users: &["os moradores e visitantes de áreas de risco"],
                results: &[
                    "Os testes mostraram que os alertas chegavam a {pct}% mais pessoas do que as sirenes sozinhas.",
                ],
                words: &[
                    "as emergências",
                    "os alertas",
                    "a evacuação",
                    "a gestão de crises",
                ],
            },
        ],
    },
    Theme {
        key: "digital_heritage",
        sectors: &[S::Culture],
        techs: &[
            "ar_vr",
            "computer_vision",
            "virtual_worlds",
            "cloud_computing",
        ],
        tags: &[
            "open_data",
            "citizen_engagement",
            "inclusion",
            "digital_transformation",
        ],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[4, 11],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Open digital collections",
                    "3D digitisation of cultural heritage",
                    "Virtual museum",
                    "Crowdsourced archive transcription",
                    "Augmented reality heritage trails",
                ],
                targets: &[
                    "for museums and archives",
                    "for schools",
                    "for historic sites",
                    "for remote audiences",
                ],
                pitch: &[
                    "{Org} digitised its museum and archive collections and published them as open data, with 3D scans, high-resolution images and volunteer transcriptions anyone can reuse.",
                    "Visitors {where} explore historic sites through augmented reality trails that show how streets and buildings looked centuries ago.",
                ],
                problem: &[
                    "Most of the national collections {where} sat in storage, unseen by the public and at risk from damp, fire and decay.",
                    "Museum attendance was falling among young people and in remote regions, far from the capital's institutions.",
                ],
                approach: &[
                    "Mobile teams scan objects and monuments in 3D and photograph documents, while image recognition helps catalogue them.",
                    "Volunteers transcribe handwritten records through an online platform, checked by archivists.",
                    "Open licences allow teachers, game designers and researchers to reuse the images freely.",
                ],
                users: &[
                    "visitors, students, teachers and researchers",
                    "curators, archivists, local historians and volunteers",
                ],
                results: &[
                    "More than {n} objects are now available online, and visits to the collections website grew by {pct}%.",
                    "Schools in remote areas now use the virtual museum in lessons, and volunteer transcription saved years of archivist time.",
                ],
                words: &[
                    "museums",
                    "archives",
                    "collections",
                    "cultural heritage",
                    "3D scanning",
                    "visitors",
                ],
            },
            ThemeText {
                heads: &[
                    "Colecciones digitales abiertas",
                    "Digitalización 3D del patrimonio cultural",
                    "Museo virtual",
                ],
                targets: &[
                    "para museos y archivos",
                    "para las escuelas",
                    "para sitios históricos",
                ],
                pitch: &[
                    "{Org} digitalizó sus colecciones de museos y archivos y las publicó como datos abiertos, con escaneos 3D, imágenes de alta resolución y transcripciones voluntarias.",
                ],
                problem: &[
                    "La mayor parte de las colecciones nacionales {where} permanecía en almacenes, sin que el público pudiera verlas.",
                ],
                approach: &[
                    "Equipos móviles escanean objetos y monumentos en 3D, y el reconocimiento de imágenes ayuda a catalogarlos.",
                    "Voluntarios transcriben documentos manuscritos en una plataforma en línea revisada por archiveros.",
                ],
                users: &["los visitantes, estudiantes, docentes e investigadores"],
                results: &[
                    "Ya hay más de {n} objetos disponibles en línea y las visitas al sitio web de las colecciones crecieron un {pct} %.",
                ],
                words: &[
                    "el patrimonio cultural",
                    "los museos",
                    "los archivos",
                    "las colecciones",
                ],
            },
            ThemeText {
                heads: &[
                    "Collections numériques ouvertes",
                    "Numérisation 3D du patrimoine",
                    "Musée virtuel",
                ],
                targets: &[
                    "pour les musées et archives",
                    "pour les écoles",
                    "pour les sites historiques",
                ],
                pitch: &[
                    "{Org} a numérisé ses collections de musées et d'archives et les a publiées en données ouvertes, avec des relevés 3D, des images haute définition et des transcriptions participatives.",
                ],
                problem: &[
                    "L'essentiel des collections nationales {where} dormait dans les réserves, invisible du public.",
                ],
                approach: &[
                    "Des équipes mobiles numérisent objets et monuments en 3D, et la reconnaissance d'images aide à les cataloguer.",
                    "Des bénévoles transcrivent des documents manuscrits sur une plateforme en ligne, vérifiée par des archivistes.",
                ],
                users: &["les visiteurs, les élèves, les enseignants et les chercheurs"],
                results: &[
                    "Plus de {n} objets sont désormais en ligne, et la fréquentation du site des collections a progressé de {pct} %.",
                ],
                words: &[
                    "le patrimoine culturel",
                    "les musées",
                    "les archives",
                    "les collections",
                ],
            },
            ThemeText {
                heads: &[
                    "Coleções digitais abertas",
                    "Digitalização 3D do patrimônio cultural",
                    "Museu virtual",
                ],
                targets: &[
                    "para museus e arquivos",
                    "para as escolas",
                    "para sítios históricos",
                ],
                pitch: &[
                    "{Org} digitalizou as coleções de museus e arquivos e publicou-as como dados abertos, com digitalizações 3D, imagens de alta resolução e transcrições voluntárias.",
                ],
                problem: &[
                    "A maior parte das coleções nacionais {where} estava guardada em reservas técnicas, sem acesso do público.",
                ],
                approach: &[
                    "Equipes móveis digitalizam objetos e monumentos em 3D, e o reconhecimento de imagem ajuda a catalogá-los.",
                    "Voluntários transcrevem documentos manuscritos numa plataforma online revista por arquivistas.",
                ],
                users: &["os visitantes, os estudantes, os professores e os pesquisadores"],
                results: &[
                    "Mais de {n} objetos estão agora disponíveis online, e as visitas ao site das coleções cresceram {pct}%.",
                ],
                words: &[
                    "o patrimônio cultural",
                    "os museus",
                    "os arquivos",
                    "as coleções",
                ],
            },
        ],
    },
    Theme {
        key: "open_research_data",
        sectors: &[S::Science],
        techs: &[
            "cloud_computing",
            "data_analytics",
            "knowledge_representation",
            "searching",
        ],
        tags: &[
            "open_data",
            "data_sharing",
            "cross_border",
            "open_government",
        ],
        facets: &[F::EnhancementOriented, F::MissionOriented],
        sdgs: &[9, 17],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "National research data infrastructure",
                    "FAIR data service",
                    "Open science platform",
                    "Citizen science platform",
                    "Trusted research environment",
                ],
                targets: &[
                    "for universities and research institutes",
                    "for health researchers",
                    "for public research funders",
                    "for environmental monitoring",
                ],
                pitch: &[
                    "{Org} built a national research data infrastructure where researchers deposit, find and reuse datasets that follow the FAIR principles, with secure access for sensitive data.",
                    "Citizen scientists {where} collect air-quality, biodiversity and water measurements that feed open datasets used by researchers and policy makers.",
                ],
                problem: &[
                    "Publicly funded research data {where} were scattered across laptops and departmental servers, rarely documented and hard to reuse.",
                    "Researchers waited months to access administrative and health data, slowing studies that could inform policy.",
                ],
                approach: &[
                    "A shared repository assigns persistent identifiers, checks metadata and offers data stewards to help researchers document their work.",
                    "A trusted research environment lets approved researchers analyse sensitive data without the data leaving a secure system.",
                    "Funders now require data management plans and reward open data in grant assessments.",
                ],
                users: &[
                    "researchers, data stewards and research funders",
                    "policy analysts, journalists and citizen scientists",
                ],
                results: &[
                    "More than {n} datasets have been deposited, and reuse of public datasets grew by {pct}% in {months} months.",
                    "Access to administrative data for approved studies now takes weeks instead of months.",
                ],
                words: &[
                    "research data",
                    "open science",
                    "the FAIR principles",
                    "repositories",
                    "researchers",
                    "metadata",
                ],
            },
            ThemeText {
                heads: &[
                    "Infraestructura nacional de datos de investigación",
                    "Servicio de datos FAIR",
                    "Plataforma de ciencia abierta",
                ],
                targets: &[
                    "para universidades y centros de investigación",
                    "para la investigación en salud",
                    "para la ciencia ciudadana",
                ],
                pitch: &[
                    "{Org} creó una infraestructura nacional donde los investigadores depositan, encuentran y reutilizan conjuntos de datos que siguen los principios FAIR.",
                ],
                problem: &[
                    "Los datos de investigación financiados con fondos públicos {where} estaban dispersos, poco documentados y eran difíciles de reutilizar.",
                ],
                approach: &[
                    "Un repositorio común asigna identificadores persistentes, revisa los metadatos y ofrece gestores de datos para apoyar a los equipos.",
                    "Un entorno seguro permite a investigadores autorizados analizar datos sensibles sin que salgan del sistema.",
                ],
                users: &[
                    "los investigadores, los gestores de datos y las agencias de financiación",
                ],
                results: &[
                    "Se han depositado más de {n} conjuntos de datos y su reutilización creció un {pct} %.",
                ],
                words: &[
                    "los datos de investigación",
                    "la ciencia abierta",
                    "los repositorios",
                    "los metadatos",
                ],
            },
            ThemeText {
                heads: &[
                    "Infrastructure nationale de données de recherche",
                    "Service de données FAIR",
                    "Plateforme de science ouverte",
                ],
                targets: &[
                    "pour les universités et organismes de recherche",
                    "pour la recherche en santé",
                    "pour les sciences participatives",
                ],
                pitch: &[
                    "{Org} a bâti une infrastructure nationale où les chercheurs déposent, trouvent et réutilisent des jeux de données conformes aux principes FAIR.",
                ],
                problem: &[
                    "Les données issues de la recherche publique {where} étaient éparpillées, mal documentées et difficiles à réutiliser.",
                ],
                approach: &[
                    "Un entrepôt commun attribue des identifiants pérennes, contrôle les métadonnées et met à disposition des gestionnaires de données.",
                    "Un environnement sécurisé permet aux chercheurs habilités d'analyser des données sensibles sans qu'elles quittent le système.",
                ],
                users: &[
                    "les chercheurs, les gestionnaires de données et les financeurs de la recherche",
                ],
                results: &[
                    "Plus de {n} jeux de données ont été déposés, et leur réutilisation a progressé de {pct} %.",
                ],
                words: &[
                    "les données de la recherche",
                    "la science ouverte",
                    "les entrepôts de données",
                    "les métadonnées",
                ],
            },
            ThemeText {
                heads: &[
                    "Infraestrutura nacional de dados de pesquisa",
                    "Serviço de dados FAIR",
                    "Plataforma de ciência aberta",
                ],
                targets: &[
                    "para universidades e institutos de pesquisa",
                    "para a pesquisa em saúde",
                    "para a ciência cidadã",
                ],
                pitch: &[
                    "{Org} criou uma infraestrutura nacional onde os pesquisadores depositam, encontram e reutilizam conjuntos de dados que seguem os princípios FAIR.",
                ],
                problem: &[
                    "Os dados de pesquisa financiados com recursos públicos {where} estavam dispersos, mal documentados e eram difíceis de reutilizar.",
                ],
                approach: &[
                    "Um repositório comum atribui identificadores persistentes, verifica os metadados e oferece curadores de dados para apoiar as equipes.",
                    "Um ambiente seguro permite que pesquisadores autorizados analisem dados sensíveis sem que eles saiam do sistema.",
                ],
                users: &["os pesquisadores, os curadores de dados e as agências de fomento"],
                results: &[
                    "Mais de {n} conjuntos de dados foram depositados, e a sua reutilização cresceu {pct}%.",
                ],
                words: &[
                    "os dados de pesquisa",
                    "a ciência aberta",
                    "os repositórios",
                    "os metadados",
                ],
            },
        ],
    },
    Theme {
        key: "innovation_missions",
        sectors: &[S::Science, S::EconomicAffairs],
        techs: &[
            "quantum_computing",
            "robotics",
            "data_analytics",
            "other_technology",
        ],
        tags: &[
            "mission_driven",
            "regulatory_innovation",
            "experimentation",
            "public_procurement",
            "cross_sector",
        ],
        facets: &[F::MissionOriented, F::Anticipatory],
        sdgs: &[9, 13, 17],
        since: 2012,
        text: [
            ThemeText {
                heads: &[
                    "Mission-oriented innovation programme",
                    "Challenge prize",
                    "Regulatory sandbox",
                    "Living lab",
                    "Innovation testbed",
                ],
                targets: &[
                    "for clean technologies",
                    "for emerging technologies",
                    "for zero-emission mobility",
                    "for healthy ageing",
                ],
                pitch: &[
                    "{Org} organises its research and innovation funding around a few bold missions, each with a measurable goal, a portfolio of projects and a team that can shift money to what works.",
                    "A regulatory sandbox {where} lets innovators test new products under supervision, while regulators learn how rules need to change.",
                ],
                problem: &[
                    "Research funding {where} was spread thinly across thousands of projects with little connection to national challenges.",
                    "Innovators with new technologies faced rules written for older ones, and regulators had no safe way to learn about them.",
                ],
                approach: &[
                    "Each mission brings together ministries, researchers, firms and citizens around a shared target, with a portfolio of experiments reviewed every six months.",
                    "Challenge prizes reward teams that meet a clearly defined technical goal, opening the field to newcomers.",
                    "The sandbox grants time-limited exemptions under close supervision, and lessons feed directly into rule changes.",
                ],
                users: &[
                    "researchers, start-ups and established firms",
                    "regulators, ministries, investors and citizens affected by the missions",
                ],
                results: &[
                    "The first missions mobilised more than {n} participants and attracted private investment worth {pct}% of the public budget.",
                    "Several sandbox pilots led to new regulations, and {pct2}% of participating firms brought products to market.",
                ],
                words: &[
                    "missions",
                    "challenge prizes",
                    "regulatory sandboxes",
                    "testbeds",
                    "research funding",
                    "innovators",
                ],
            },
            ThemeText {
                heads: &[
                    "Programa de innovación orientado a misiones",
                    "Premio de desafío",
                    "Entorno de pruebas regulatorio",
                ],
                targets: &[
                    "para tecnologías limpias",
                    "para tecnologías emergentes",
                    "para el envejecimiento saludable",
                ],
                pitch: &[
                    "{Org} organiza su financiación de investigación e innovación en torno a unas pocas misiones ambiciosas, cada una con un objetivo medible y una cartera de proyectos.",
                ],
                problem: &[
                    "La financiación de la investigación {where} se repartía entre miles de proyectos con poca conexión con los grandes retos del país.",
                ],
                approach: &[
                    "Cada misión reúne a ministerios, investigadores, empresas y ciudadanía en torno a un objetivo común, con una cartera de experimentos revisada cada seis meses.",
                    "El entorno de pruebas concede exenciones temporales bajo supervisión, y lo aprendido alimenta los cambios normativos.",
                ],
                users: &["los investigadores, las startups y las empresas"],
                results: &[
                    "Las primeras misiones movilizaron a más de {n} participantes y atrajeron inversión privada.",
                ],
                words: &[
                    "las misiones",
                    "los premios de desafío",
                    "el sandbox regulatorio",
                    "la financiación de la investigación",
                ],
            },
            ThemeText {
                heads: &[
                    "Programme d'innovation orienté vers des missions",
                    "Prix-défi",
                    "Bac à sable réglementaire",
                ],
                targets: &[
                    "pour les technologies propres",
                    "pour les technologies émergentes",
                    "pour le bien vieillir",
                ],
                pitch: &[
                    "{Org} organise son financement de la recherche et de l'innovation autour de quelques missions ambitieuses, chacune dotée d'un objectif mesurable et d'un portefeuille de projets.",
                ],
                problem: &[
                    "Le financement de la recherche {where} était dispersé entre des milliers de projets peu liés aux grands défis du pays.",
                ],
                approach: &[
                    "Chaque mission réunit ministères, chercheurs, entreprises et citoyens autour d'un objectif commun, avec un portefeuille d'expérimentations revu tous les six mois.",
                    "Le bac à sable accorde des dérogations temporaires sous supervision, et les enseignements nourrissent l'évolution de la réglementation.",
                ],
                users: &["les chercheurs, les start-up et les entreprises"],
                results: &[
                    "Les premières missions ont mobilisé plus de {n} participants et attiré des investissements privés.",
                ],
                words: &[
                    "les missions",
                    "les prix-défis",
                    "le bac à sable réglementaire",
                    "le financement de la recherche",
                ],
            },
            ThemeText {
                heads: &[
                    "Programa de inovação orientado por missões",
                    "Prêmio de desafio",
                    "Sandbox regulatório",
                ],
                targets: &[
                    "para tecnologias limpas",
                    "para tecnologias emergentes",
                    "para o envelhecimento saudável",
                ],
                pitch: &[
                    "{Org} organiza o financiamento de pesquisa e inovação em torno de poucas missões ambiciosas, cada uma com uma meta mensurável e uma carteira de projetos.",
                ],
                problem: &[
                    "O financiamento da pesquisa {where} estava disperso por milhares de projetos pouco ligados aos grandes desafios do país.",
                ],
                approach: &[
                    "Cada missão reúne ministérios, pesquisadores, empresas e cidadãos em torno de uma meta comum, com uma carteira de experiências revista a cada seis meses.",
                    "O sandbox concede isenções temporárias sob supervisão, e as lições alimentam as mudanças regulatórias.",
                ],
                users: &["os pesquisadores, as startups e as empresas"],
                results: &[
                    "As primeiras missões mobilizaram mais de {n} participantes e atraíram investimento privado.",
                ],
                words: &[
                    "as missões",
                    "os prêmios de desafio",
                    "o sandbox regulatório",
                    "o financiamento da pesquisa",
                ],
            },
        ],
    },
    Theme {
        key: "smart_mobility",
        sectors: &[S::Transport],
        techs: &[
            "internet_of_things",
            "data_analytics",
            "edge_5g",
            "optimisation",
            "mobile_apps",
        ],
        tags: &["smart_city", "open_data", "climate_action", "data_sharing"],
        facets: &[F::EnhancementOriented, F::Adaptive],
        sdgs: &[9, 11],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Smart traffic signals",
                    "Real-time bus information",
                    "Bus priority corridors",
                    "Mobility data platform",
                    "Congestion monitoring",
                ],
                targets: &[
                    "for public transport users",
                    "on the busiest routes",
                    "for commuters",
                    "in the city centre",
                ],
                pitch: &[
                    "{Org} connected traffic lights, buses and road sensors {where} so that signals give priority to late-running buses and passengers see accurate arrival times on their phones.",
                    "A mobility data platform combines bus GPS, ticketing and traffic sensor data to show planners where congestion slows public transport {where}.",
                ],
                problem: &[
                    "Congestion {where} made buses slow and unreliable, pushing commuters back into cars and worsening air pollution.",
                    "Transport planners had little real-time data, so timetables and bus routes had not changed in years.",
                ],
                approach: &[
                    "Sensors at junctions and GPS units on buses feed an adaptive signal system that extends green lights for buses that are behind schedule.",
                    "Open data feeds of real-time arrivals are published for app developers and shown on screens at stops.",
                    "Ticketing and sensor data are analysed to redesign routes and frequencies around actual travel patterns.",
                ],
                users: &[
                    "bus passengers, commuters, cyclists and pedestrians",
                    "transport operators, traffic engineers and urban planners",
                ],
                results: &[
                    "Bus journey times on priority corridors fell by {pct}%, and ridership grew by {pct2}%.",
                    "Punctuality improved markedly, and the open data feeds are used by more than {n} app users each day.",
                ],
                words: &[
                    "buses",
                    "congestion",
                    "traffic signals",
                    "public transport",
                    "commuters",
                    "sensors",
                ],
            },
            ThemeText {
                heads: &[
                    "Semáforos inteligentes",
                    "Información en tiempo real de autobuses",
                    "Corredores con prioridad para el autobús",
                ],
                targets: &[
                    "para los usuarios del transporte público",
                    "en las rutas más congestionadas",
                    "para quienes viajan a diario al trabajo",
                ],
                pitch: &[
                    "{Org} conectó semáforos, autobuses y sensores viales {where} para dar prioridad a los autobuses con retraso y ofrecer a los pasajeros horarios de llegada exactos.",
                ],
                problem: &[
                    "La congestión {where} hacía que los autobuses fueran lentos e impredecibles, empujando a la gente de vuelta al coche.",
                ],
                approach: &[
                    "Sensores en los cruces y GPS en los autobuses alimentan un sistema de semáforos adaptativos.",
                    "Los datos de llegadas en tiempo real se publican como datos abiertos y se muestran en pantallas en las paradas.",
                ],
                users: &["los pasajeros de autobús, ciclistas y peatones"],
                results: &[
                    "Los tiempos de viaje en los corredores prioritarios bajaron un {pct} % y el número de viajeros subió un {pct2} %.",
                ],
                words: &[
                    "los autobuses",
                    "la congestión",
                    "el transporte público",
                    "los semáforos",
                ],
            },
            ThemeText {
                heads: &[
                    "Feux de circulation intelligents",
                    "Information voyageurs en temps réel",
                    "Couloirs prioritaires pour les bus",
                ],
                targets: &[
                    "pour les usagers des transports en commun",
                    "sur les axes les plus encombrés",
                    "pour les trajets domicile-travail",
                ],
                pitch: &[
                    "{Org} a connecté feux, bus et capteurs routiers {where} afin que les bus en retard soient prioritaires aux carrefours et que les voyageurs connaissent l'heure exacte de passage.",
                ],
                problem: &[
                    "Les embouteillages {where} rendaient les bus lents et peu fiables, poussant les usagers à reprendre leur voiture.",
                ],
                approach: &[
                    "Des capteurs aux carrefours et des GPS dans les bus alimentent un système de feux adaptatifs.",
                    "Les horaires en temps réel sont publiés en données ouvertes et affichés sur des écrans aux arrêts.",
                ],
                users: &["les usagers des bus, les cyclistes et les piétons"],
                results: &[
                    "Les temps de parcours sur les axes prioritaires ont baissé de {pct} % et la fréquentation a augmenté de {pct2} %.",
                ],
                words: &[
                    "les bus",
                    "les embouteillages",
                    "les transports en commun",
                    "les feux de circulation",
                ],
            },
            ThemeText {
                heads: &[
                    "Semáforos inteligentes",
                    "Informação em tempo real sobre ônibus",
                    "Corredores exclusivos de ônibus",
                ],
                targets: &[
                    "para os usuários do transporte público",
                    "nas rotas mais congestionadas",
                    "para quem se desloca diariamente para o trabalho",
                ],
                pitch: &[
                    "{Org} ligou semáforos, ônibus e sensores viários {where} para dar prioridade aos ônibus atrasados e mostrar aos passageiros horários de chegada exatos.",
                ],
                problem: &[
                    "Os congestionamentos {where} tornavam os ônibus lentos e imprevisíveis, levando as pessoas de volta ao carro.",
                ],
                approach: &[
                    "Sensores nos cruzamentos e GPS nos ônibus alimentam um sistema de semáforos adaptativos.",
                    "Os dados de chegada em tempo real são publicados como dados abertos e exibidos em telas nos pontos de ônibus.",
                ],
                users: &["os passageiros de ônibus, ciclistas e pedestres"],
                results: &[
                    "O tempo de viagem nos corredores prioritários caiu {pct}% e o número de passageiros subiu {pct2}%.",
                ],
                words: &[
                    "os ônibus",
                    "os congestionamentos",
                    "o transporte público",
                    "os semáforos",
                ],
            },
        ],
    },
    Theme {
        key: "infrastructure_inspection",
        sectors: &[S::Transport],
        techs: &[
            "computer_vision",
            "robotics",
            "digital_twins",
            "machine_learning",
        ],
        tags: &["predictive_analytics", "smart_city", "data_sharing"],
        facets: &[F::Anticipatory, F::EnhancementOriented],
        sdgs: &[9, 11],
        since: 2012,
        text: [
            ThemeText {
                heads: &[
                    "Predictive maintenance",
                    "Automated defect detection",
                    "Drone inspections",
                    "Digital twin of public assets",
                    "Sensor-based condition monitoring",
                ],
                targets: &[
                    "for roads and bridges",
                    "for the rail network",
                    "for water pipes",
                    "for public buildings",
                ],
                pitch: &[
                    "Cameras mounted on refuse trucks and buses scan road surfaces as they drive, and computer vision flags potholes and cracks for {org} to repair before they grow.",
                    "Drones and sensors monitor bridges {where}, and a digital twin predicts which structures need maintenance first.",
                ],
                problem: &[
                    "Much of the infrastructure {where} was built decades ago, inspections were manual and infrequent, and repairs happened only after failures.",
                    "Maintenance budgets were tight, and engineers lacked data to decide which assets to fix first.",
                ],
                approach: &[
                    "Vehicles already on the road carry cameras; image recognition models classify defects and map them automatically.",
                    "Drones inspect bridges and tunnels that are hard to reach, reducing risk for inspectors.",
                    "Sensor and inspection data feed a digital twin that ranks assets by risk and forecasts maintenance needs.",
                ],
                users: &[
                    "road users, residents and businesses",
                    "maintenance engineers, inspectors and asset managers",
                ],
                results: &[
                    "Road defects are now found {pct}% faster, and emergency repairs fell by {pct2}%.",
                    "Inspection costs dropped by {pct}%, and the maintenance plan is now based on risk rather than routine.",
                ],
                words: &[
                    "roads",
                    "bridges",
                    "maintenance",
                    "potholes",
                    "inspections",
                    "infrastructure assets",
                ],
            },
            ThemeText {
                heads: &[
                    "Mantenimiento predictivo",
                    "Detección automática de defectos",
                    "Inspecciones con drones",
                ],
                targets: &[
                    "para carreteras y puentes",
                    "para la red ferroviaria",
                    "para las redes de agua",
                ],
                pitch: &[
                    "Cámaras instaladas en camiones de basura y autobuses escanean el pavimento mientras circulan, y la visión por computador señala baches y grietas para que {org} los repare a tiempo.",
                ],
                problem: &[
                    "Gran parte de la infraestructura {where} tenía décadas, las inspecciones eran manuales y las reparaciones llegaban después de las averías.",
                ],
                approach: &[
                    "Los drones inspeccionan puentes y túneles de difícil acceso, reduciendo riesgos para los inspectores.",
                    "Los datos de sensores e inspecciones alimentan un gemelo digital que ordena los activos según su riesgo.",
                ],
                users: &["los usuarios de la vía, los vecinos y las empresas"],
                results: &[
                    "Los desperfectos se detectan un {pct} % más rápido y las reparaciones de urgencia bajaron un {pct2} %.",
                ],
                words: &[
                    "las carreteras",
                    "los puentes",
                    "el mantenimiento",
                    "los baches",
                ],
            },
            ThemeText {
                heads: &[
                    "Maintenance prédictive",
                    "Détection automatique des défauts",
                    "Inspections par drone",
                ],
                targets: &[
                    "pour les routes et les ponts",
                    "pour le réseau ferroviaire",
                    "pour les réseaux d'eau",
                ],
                pitch: &[
                    "Des caméras installées sur les bennes à ordures et les bus analysent la chaussée en roulant, et la vision par ordinateur signale nids-de-poule et fissures pour que {org} les répare à temps.",
                ],
                problem: &[
                    "Une grande partie des infrastructures {where} avait plusieurs décennies, les inspections étaient manuelles et les réparations intervenaient après les pannes.",
                ],
                approach: &[
                    "Des drones inspectent ponts et tunnels difficiles d'accès, réduisant les risques pour les inspecteurs.",
                    "Les données des capteurs et des inspections alimentent un jumeau numérique qui classe les ouvrages selon leur risque.",
                ],
                users: &["les usagers de la route, les riverains et les entreprises"],
                results: &[
                    "Les défauts sont détectés {pct} % plus vite et les réparations d'urgence ont reculé de {pct2} %.",
                ],
                words: &[
                    "les routes",
                    "les ponts",
                    "la maintenance",
                    "les nids-de-poule",
                ],
            },
            ThemeText {
                heads: &[
                    "Manutenção preditiva",
                    "Detecção automática de defeitos",
                    "Inspeções com drones",
                ],
                targets: &[
                    "para estradas e pontes",
                    "para a rede ferroviária",
                    "para as redes de água",
                ],
                pitch: &[
                    "Câmeras instaladas em caminhões de lixo e ônibus analisam o pavimento enquanto circulam, e a visão computacional assinala buracos e fissuras para reparo a tempo.",
                ],
                problem: &[
                    "Grande parte da infraestrutura {where} tinha décadas, as inspeções eram manuais e os reparos só aconteciam depois das falhas.",
                ],
                approach: &[
                    "Drones inspecionam pontes e túneis de difícil acesso, reduzindo riscos para os inspetores.",
                    "Dados de sensores e inspeções alimentam um gêmeo digital que classifica os ativos por risco.",
                ],
                users: &["os usuários das vias, os moradores e as empresas"],
                results: &[
                    "Os defeitos são detectados {pct}% mais rápido e os reparos de emergência caíram {pct2}%.",
                ],
                words: &["as estradas", "as pontes", "a manutenção", "os buracos"],
            },
        ],
    },
    Theme {
        key: "business_one_stop_shop",
        sectors: &[S::EconomicAffairs],
        techs: &[
            "cloud_computing",
            "rules_as_code",
            "digital_identity",
            "mobile_apps",
        ],
        tags: &[
            "service_design",
            "regulatory_innovation",
            "digital_transformation",
            "govtech",
        ],
        facets: &[F::EnhancementOriented],
        sdgs: &[8, 9],
        since: 2008,
        text: [
            ThemeText {
                heads: &[
                    "Business one-stop shop",
                    "Start a business in a day",
                    "Digital licensing and permits",
                    "Once-only company reporting",
                    "Small business support navigator",
                ],
                targets: &[
                    "for entrepreneurs",
                    "for small and medium-sized enterprises",
                    "for restaurants and shops",
                    "for self-employed workers",
                ],
                pitch: &[
                    "{Org} lets entrepreneurs {where} register a company, obtain licences and sign up for tax and social security in one online process that takes less than a day.",
                    "Small businesses {where} find every permit, subsidy and obligation that applies to them through a guided navigator, and report data to government only once.",
                ],
                problem: &[
                    "Starting a business {where} took weeks and visits to several offices, and small firms spent many hours a month on reporting to different agencies.",
                    "Entrepreneurs complained that rules were scattered, inconsistent and written in legal jargon.",
                ],
                approach: &[
                    "The business registry, tax office and social security agency connected their systems so that a single application updates all of them.",
                    "A guided navigator asks a few questions about the business and lists the permits and obligations that apply, in plain language.",
                    "Licensing rules were simplified and some permits replaced by simple notifications, following a regulatory review.",
                ],
                users: &[
                    "entrepreneurs, small business owners and self-employed workers",
                    "business registry staff, tax officials and chambers of commerce",
                ],
                results: &[
                    "The time needed to start a company fell from weeks to under a day, and business registrations rose by {pct}%.",
                    "Small firms report saving around {pct2}% of the time previously spent on administrative reporting.",
                ],
                words: &[
                    "entrepreneurs",
                    "business registration",
                    "licences",
                    "permits",
                    "red tape",
                    "small businesses",
                ],
            },
            ThemeText {
                heads: &[
                    "Ventanilla única empresarial",
                    "Crea tu empresa en un día",
                    "Licencias y permisos digitales",
                ],
                targets: &[
                    "para personas emprendedoras",
                    "para pymes",
                    "para comercios y restaurantes",
                ],
                pitch: &[
                    "{Org} permite a las personas emprendedoras {where} registrar una empresa, obtener licencias y darse de alta en impuestos y seguridad social en un único trámite en línea.",
                ],
                problem: &[
                    "Crear una empresa {where} llevaba semanas y visitas a varias oficinas, y las pymes dedicaban muchas horas al mes a informar a distintos organismos.",
                ],
                approach: &[
                    "El registro mercantil, la agencia tributaria y la seguridad social conectaron sus sistemas para que una sola solicitud los actualice todos.",
                    "Un asistente guiado hace unas pocas preguntas y enumera en lenguaje claro los permisos y obligaciones aplicables.",
                ],
                users: &["las personas emprendedoras, las pymes y los trabajadores autónomos"],
                results: &[
                    "El tiempo para crear una empresa pasó de semanas a menos de un día y las altas de empresas subieron un {pct} %.",
                ],
                words: &[
                    "el emprendimiento",
                    "las licencias",
                    "la burocracia",
                    "las pymes",
                ],
            },
            ThemeText {
                heads: &[
                    "Guichet unique des entreprises",
                    "Créer son entreprise en un jour",
                    "Licences et autorisations dématérialisées",
                ],
                targets: &[
                    "pour les créateurs d'entreprise",
                    "pour les PME",
                    "pour les commerces et restaurants",
                ],
                pitch: &[
                    "{Org} permet aux créateurs d'entreprise {where} d'immatriculer leur société, d'obtenir leurs autorisations et de s'inscrire auprès du fisc et de la sécurité sociale en une seule démarche en ligne.",
                ],
                problem: &[
                    "Créer une entreprise {where} prenait des semaines et plusieurs déplacements, et les PME passaient de nombreuses heures par mois à des déclarations multiples.",
                ],
                approach: &[
                    "Le registre du commerce, l'administration fiscale et la sécurité sociale ont relié leurs systèmes pour qu'une seule demande les mette tous à jour.",
                    "Un assistant pose quelques questions et liste en langage clair les autorisations et obligations applicables.",
                ],
                users: &["les créateurs d'entreprise, les PME et les travailleurs indépendants"],
                results: &[
                    "Le délai de création d'une entreprise est passé de plusieurs semaines à moins d'un jour, et les immatriculations ont progressé de {pct} %.",
                ],
                words: &[
                    "l'entrepreneuriat",
                    "les autorisations",
                    "la charge administrative",
                    "les PME",
                ],
            },
            ThemeText {
                heads: &[
                    "Balcão único para empresas",
                    "Abra a sua empresa num dia",
                    "Licenças e alvarás digitais",
                ],
                targets: &[
                    "para empreendedores",
                    "para pequenas e médias empresas",
                    "para lojas e restaurantes",
                ],
                pitch: &[
                    "{Org} permite que empreendedores {where} registrem uma empresa, obtenham licenças e se inscrevam nos impostos e na previdência num único processo online.",
                ],
                problem: &[
                    "Abrir uma empresa {where} levava semanas e várias idas a balcões, e as pequenas empresas gastavam muitas horas por mês prestando informações a diferentes órgãos.",
                ],
                approach: &[
                    "A junta comercial, a receita e a previdência ligaram os seus sistemas para que um único pedido atualize todos.",
                    "Um assistente guiado faz algumas perguntas e lista em linguagem simples as licenças e obrigações aplicáveis.",
                ],
                users: &["os empreendedores, as pequenas empresas e os trabalhadores autônomos"],
                results: &[
                    "O tempo para abrir uma empresa passou de semanas para menos de um dia, e os registros de empresas subiram {pct}%.",
                ],
                words: &[
                    "o empreendedorismo",
                    "as licenças",
                    "a burocracia",
                    "as pequenas empresas",
                ],
            },
        ],
    },
    Theme {
        key: "tax_nudges",
        sectors: &[S::EconomicAffairs, S::PublicAdministration],
        techs: &["data_analytics", "machine_learning"],
        tags: &["behavioural_insights", "experimentation", "transparency"],
        facets: &[F::EnhancementOriented],
        sdgs: &[16, 17],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Behavioural tax reminders",
                    "Randomised trials of tax letters",
                    "Pre-filled tax returns",
                    "Nudges for on-time payment",
                    "Simplified tax forms",
                ],
                targets: &[
                    "for small businesses",
                    "for individual taxpayers",
                    "for late payers",
                    "for property owners",
                ],
                pitch: &[
                    "{Org} tested new versions of its reminder letters in randomised trials, using social norms and plain language, and rolled out the wording that brought in most tax on time.",
                    "Taxpayers {where} now receive a pre-filled return they only need to check and confirm, with prompts timed to when people are most likely to act.",
                ],
                problem: &[
                    "Many taxpayers {where} paid late or not at all, often because letters were confusing rather than because they refused to pay.",
                    "Enforcement was expensive and damaged relations with taxpayers, while the reasons for non-compliance were poorly understood.",
                ],
                approach: &[
                    "Letters were rewritten in plain language, telling recipients that most people in their area pay on time and making the payment step obvious.",
                    "Each variant was tested in a randomised controlled trial with thousands of taxpayers before any change was scaled.",
                    "Data already held by employers and banks are used to pre-fill returns, so taxpayers only need to check them.",
                ],
                users: &[
                    "individual taxpayers, small businesses and property owners",
                    "tax officials, behavioural scientists and call-centre staff",
                ],
                results: &[
                    "The best-performing letter raised on-time payment by {pct2} percentage points at almost no extra cost.",
                    "More than {n} taxpayers filed using the pre-filled return, and calls to the helpline fell by {pct}%.",
                ],
                words: &[
                    "taxpayers",
                    "tax compliance",
                    "reminder letters",
                    "randomised trials",
                    "social norms",
                    "nudges",
                ],
            },
            ThemeText {
                heads: &[
                    "Recordatorios fiscales basados en el comportamiento",
                    "Ensayos aleatorios de cartas tributarias",
                    "Declaraciones de impuestos prellenadas",
                ],
                targets: &[
                    "para pequeñas empresas",
                    "para contribuyentes particulares",
                    "para propietarios de inmuebles",
                ],
                pitch: &[
                    "{Org} probó nuevas versiones de sus cartas de recordatorio en ensayos aleatorios, con normas sociales y lenguaje claro, y extendió la redacción que más aumentó el pago a tiempo.",
                ],
                problem: &[
                    "Muchos contribuyentes {where} pagaban tarde o no pagaban, a menudo porque las cartas eran confusas y no porque se negaran a pagar.",
                ],
                approach: &[
                    "Las cartas se reescribieron en lenguaje claro, recordando que la mayoría de los vecinos paga a tiempo.",
                    "Cada variante se probó en un ensayo controlado aleatorio con miles de contribuyentes antes de generalizarla.",
                ],
                users: &["los contribuyentes particulares, las pymes y los propietarios"],
                results: &[
                    "La mejor carta aumentó el pago puntual en {pct2} puntos porcentuales casi sin coste adicional.",
                ],
                words: &[
                    "el cumplimiento tributario",
                    "los contribuyentes",
                    "los ensayos aleatorios",
                    "las normas sociales",
                ],
            },
            ThemeText {
                heads: &[
                    "Relances fiscales fondées sur les sciences comportementales",
                    "Essais randomisés de courriers fiscaux",
                    "Déclarations d'impôt préremplies",
                ],
                targets: &[
                    "pour les petites entreprises",
                    "pour les particuliers",
                    "pour les propriétaires",
                ],
                pitch: &[
                    "{Org} a testé par essais randomisés de nouvelles versions de ses lettres de relance, fondées sur les normes sociales et le langage clair, puis généralisé la formulation la plus efficace.",
                ],
                problem: &[
                    "De nombreux contribuables {where} payaient en retard, souvent parce que les courriers étaient confus plutôt que par refus de payer.",
                ],
                approach: &[
                    "Les courriers ont été réécrits en langage clair, en rappelant que la plupart des habitants paient à temps.",
                    "Chaque variante a été testée dans un essai contrôlé randomisé auprès de milliers de contribuables avant toute généralisation.",
                ],
                users: &["les contribuables particuliers, les PME et les propriétaires"],
                results: &[
                    "Le meilleur courrier a augmenté le paiement à l'échéance de {pct2} points, pour un coût quasi nul.",
                ],
                words: &[
                    "le civisme fiscal",
                    "les contribuables",
                    "les essais randomisés",
                    "les normes sociales",
                ],
            },
            ThemeText {
                heads: &[
                    "Lembretes fiscais baseados no comportamento",
                    "Ensaios aleatórios de cartas fiscais",
                    "Declarações de imposto pré-preenchidas",
                ],
                targets: &[
                    "para pequenas empresas",
                    "para contribuintes individuais",
                    "para proprietários de imóveis",
                ],
                pitch: &[
                    "{Org} testou em ensaios aleatórios novas versões das suas cartas de cobrança, com normas sociais e linguagem simples, e adotou a redação que mais aumentou o pagamento em dia.",
                ],
                problem: &[
                    "Muitos contribuintes {where} pagavam com atraso, muitas vezes porque as cartas eram confusas e não por se recusarem a pagar.",
                ],
                approach: &[
                    "As cartas foram reescritas em linguagem simples, lembrando que a maioria dos vizinhos paga em dia.",
                    "Cada variante foi testada num ensaio controlado aleatório com milhares de contribuintes antes de ser generalizada.",
                ],
                users: &["os contribuintes individuais, as pequenas empresas e os proprietários"],
                results: &[
                    "A melhor carta aumentou o pagamento em dia em {pct2} pontos percentuais, quase sem custo adicional.",
                ],
                words: &[
                    "o cumprimento fiscal",
                    "os contribuintes",
                    "os ensaios aleatórios",
                    "as normas sociais",
                ],
            },
        ],
    },
    Theme {
        key: "fraud_detection",
        sectors: &[S::EconomicAffairs, S::PublicAdministration],
        techs: &[
            "machine_learning",
            "data_analytics",
            "ai_ethics",
            "automated_reasoning",
        ],
        tags: &[
            "fraud_detection",
            "transparency",
            "data_sharing",
            "predictive_analytics",
        ],
        facets: &[F::EnhancementOriented, F::Anticipatory],
        sdgs: &[16],
        since: 2010,
        text: [
            ThemeText {
                heads: &[
                    "Fraud and error analytics",
                    "Red flags dashboard",
                    "Risk-based audit selection",
                    "Anomaly detection",
                    "Overpayment prevention",
                ],
                targets: &[
                    "for public spending",
                    "in public procurement",
                    "for the tax administration",
                    "for social benefits",
                ],
                pitch: &[
                    "{Org} analyses procurement and payment data to flag suspicious contracts and invoices, so that auditors focus on the highest risks while honest suppliers are left alone.",
                    "Machine learning helps tax inspectors {where} select returns for audit, with every model documented, tested for bias and reviewed by humans.",
                ],
                problem: &[
                    "Fraud and error cost the public purse {where} a significant share of spending, but audits were selected at random or by intuition.",
                    "Data on contracts, companies and payments sat in separate systems, making collusion and shell companies hard to spot.",
                ],
                approach: &[
                    "Procurement, company registry and payment data were linked to compute red flags such as single bidders, split contracts and newly created suppliers.",
                    "Risk models rank cases for review; inspectors see the reasons behind each flag and record their decisions, which feed back into the model.",
                    "After a review of an earlier scandal, strict safeguards were adopted: no automated sanctions, regular bias audits and public documentation.",
                ],
                users: &[
                    "auditors, tax inspectors and procurement officers",
                    "taxpayers, honest suppliers and the wider public",
                ],
                results: &[
                    "The hit rate of audits rose by {pct}%, recovering funds many times the cost of the programme.",
                    "Red flags led to the review of more than {n} contracts, and single-bidder tenders fell by {pct2}%.",
                ],
                words: &[
                    "fraud",
                    "audits",
                    "red flags",
                    "public spending",
                    "risk models",
                    "procurement",
                ],
            },
            ThemeText {
                heads: &[
                    "Analítica de fraude y errores",
                    "Tablero de alertas en compras públicas",
                    "Detección de anomalías",
                ],
                targets: &[
                    "para el gasto público",
                    "en la contratación pública",
                    "para la administración tributaria",
                ],
                pitch: &[
                    "{Org} analiza datos de contratación y pagos para señalar contratos y facturas sospechosos, de modo que los auditores se centren en los mayores riesgos.",
                ],
                problem: &[
                    "El fraude y los errores costaban al erario {where} una parte importante del gasto, pero las auditorías se elegían al azar o por intuición.",
                ],
                approach: &[
                    "Se cruzaron datos de contratación, registro de empresas y pagos para calcular alertas como oferentes únicos o contratos fraccionados.",
                    "Tras un escándalo anterior se adoptaron salvaguardas estrictas: sin sanciones automáticas, auditorías de sesgo y documentación pública.",
                ],
                users: &[
                    "los auditores, los inspectores tributarios y los responsables de compras",
                ],
                results: &[
                    "La tasa de acierto de las auditorías aumentó un {pct} % y los contratos con un único oferente bajaron un {pct2} %.",
                ],
                words: &[
                    "el fraude",
                    "las auditorías",
                    "el gasto público",
                    "las alertas de riesgo",
                ],
            },
            ThemeText {
                heads: &[
                    "Analyse de la fraude et des erreurs",
                    "Tableau d'alertes sur les marchés publics",
                    "Détection d'anomalies",
                ],
                targets: &[
                    "pour la dépense publique",
                    "dans les marchés publics",
                    "pour l'administration fiscale",
                ],
                pitch: &[
                    "{Org} analyse les données de marchés et de paiements pour signaler les contrats et factures suspects, afin que les contrôleurs se concentrent sur les risques les plus élevés.",
                ],
                problem: &[
                    "La fraude et les erreurs coûtaient cher aux finances publiques {where}, mais les contrôles étaient choisis au hasard ou à l'intuition.",
                ],
                approach: &[
                    "Les données des marchés, du registre des sociétés et des paiements ont été croisées pour calculer des signaux d'alerte comme les offres uniques ou les marchés fractionnés.",
                    "Après un scandale antérieur, des garde-fous stricts ont été adoptés : aucune sanction automatique, audits de biais et documentation publique.",
                ],
                users: &["les contrôleurs, les inspecteurs des impôts et les acheteurs publics"],
                results: &[
                    "Le taux de contrôles fructueux a progressé de {pct} %, et les marchés à offre unique ont reculé de {pct2} %.",
                ],
                words: &[
                    "la fraude",
                    "les contrôles",
                    "la dépense publique",
                    "les signaux d'alerte",
                ],
            },
            ThemeText {
                heads: &[
                    "Análise de fraudes e erros",
                    "Painel de alertas em compras públicas",
                    "Detecção de anomalias",
                ],
                targets: &[
                    "para a despesa pública",
                    "nas compras públicas",
                    "para a administração tributária",
                ],
                pitch: &[
                    "{Org} analisa dados de contratos e pagamentos para sinalizar contratos e faturas suspeitos, para que os auditores se concentrem nos maiores riscos.",
                ],
                problem: &[
                    "A fraude e os erros custavam aos cofres públicos {where} uma parte importante da despesa, mas as auditorias eram escolhidas ao acaso ou por intuição.",
                ],
                approach: &[
                    "Dados de contratações, registro de empresas e pagamentos foram cruzados para calcular alertas como licitante único ou contratos fracionados.",
                    "Depois de um escândalo anterior, foram adotadas salvaguardas rígidas: nenhuma sanção automática, auditorias de viés e documentação pública.",
                ],
                users: &["os auditores, os fiscais de tributos e os compradores públicos"],
                results: &[
                    "A taxa de acerto das auditorias subiu {pct}%, e as licitações com um único concorrente caíram {pct2}%.",
                ],
                words: &[
                    "a fraude",
                    "as auditorias",
                    "a despesa pública",
                    "os alertas de risco",
                ],
            },
        ],
    },
];

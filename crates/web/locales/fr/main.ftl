# L'interface d'Observa en français. Chaque message du fichier anglais doit aussi exister
# ici (un test le vérifie). Les arguments $n sont des nombres déjà formatés pour la
# langue ; $count (le même nombre, brut) choisit la forme du pluriel.

## Mise en page
skip-link = Aller au contenu principal
tagline = Observatoire de l'innovation dans le secteur public
nav-main = Principal
nav-cases = Bibliothèque de cas
nav-trends = Tendances
nav-publications = Publications
nav-toolkits = Boîtes à outils
nav-about = À propos
nav-languages = Langue
breadcrumb = Fil d'Ariane
identity-run-by = Ce site est géré par
identity-run-by-plain = Ce site est géré par { $value }
identity-check = Comment vérifier nos données
footer-licence = Observa est un logiciel libre. Chaque fiche de cas porte sa propre licence et sa propre attribution.
footer-verify = Vérifier les données publiées
footer-api = API de données ouvertes

colon = { $value } :

## Décomptes
count-cases = { $count ->
    [one] { $n } cas
   *[other] { $n } cas
}
count-publications = { $count ->
    [one] { $n } publication
   *[other] { $n } publications
}
count-toolkits = { $count ->
    [one] { $n } boîte à outils
   *[other] { $n } boîtes à outils
}

## Dates
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Noms de langues
language-en = anglais
language-es = espagnol
language-fr = français
language-pt = portugais
language-de = allemand
language-it = italien
language-nl = néerlandais

## Accueil
home-title = Accueil
home-heading = Trouvez des idées éprouvées par des gouvernements du monde entier
home-counts = { $cases ->
    [one] { $cases_n } initiative
   *[other] { $cases_n } initiatives
} dans { $countries ->
    [one] { $countries_n } pays
   *[other] { $countries_n } pays
}.
home-search-hint = Par exemple : chatbot, "budget participatif", santé numérique.
home-featured = Cas à la une
home-latest = Derniers cas
home-all-cases = { $count ->
    [one] Voir { $n } cas
   *[other] Voir les { $n } cas
}
home-trends = Les tendances en un coup d'œil
home-trends-years = Cas par année de lancement
home-trends-technologies = Technologies les plus utilisées
home-sectors = Parcourir par secteur
home-publications = Dernières publications
home-all-publications = Toutes les publications
home-toolkits = Boîtes à outils pour innover
home-toolkits-text = Guides méthodologiques, jeux de cartes et cadres pour comprendre les problèmes, générer des idées, les tester et les déployer.
home-toolkits-link = Trouver une boîte à outils

## Recherche et bibliothèque de cas
search-label = Rechercher des cas
search-button = Rechercher
search-hint = Mots du titre, du résumé ou du récit. Les "guillemets" trouvent une expression exacte, -mot exclut un mot, OR trouve l'un ou l'autre mot.
sort-label = Trier par
sort-relevance = Pertinence
sort-relevance-empty = Pertinence (les plus récents d'abord sans termes de recherche)
sort-newest = Publiés récemment
sort-year = Année de lancement, la plus récente d'abord
feed-title = Nouveaux cas (flux Atom)
feed-search = Suivre cette recherche (flux Atom)
library-trends = Voir cette recherche en graphiques
library-title = Bibliothèque de cas
library-title-query = « { $value } » dans la bibliothèque de cas
library-failed = Cette recherche n'a pas pu être effectuée
library-summary-query = { $count ->
    [one] { $n } cas pour « { $query } »
   *[other] { $n } cas pour « { $query } »
}
library-filters = Filtrer les cas
library-empty-page = Il n'y a aucun résultat sur cette page.
library-first-page = Aller à la première page.
library-no-match = Aucun cas ne correspond. Essayez d'autres mots ou retirez un filtre.
library-new-search = Lancer une nouvelle recherche
facet-country = Pays
facet-region = Région
facet-year = Année de lancement
facet-sector = Secteur
facet-technology = Technologie
facet-tag = Étiquette d'innovation
facet-stage = Étape
facet-level = Niveau de gouvernement
facet-innovation_facet = Facette d'innovation
facet-organisation_type = Type d'organisation
years-legend = Années de lancement, début et fin
years-from = De
years-to = À
years-apply = Appliquer les années
years-list = Cas par année
show-all = Tout afficher
chosen-filters = Filtres choisis
remove-filter = Retirer le filtre
clear-all = Tout effacer
chip-search = Recherche : « { $value } »
chip-year = Lancé en { $value }
chip-years = Lancé en { $value }
chip-year-from = Lancé à partir de { $value }
chip-year-to = Lancé jusqu'en { $value }
pagination = Pagination
page = Page
page-previous = Page précédente
page-next = Page suivante
page-of = Page { $page } sur { $pages }

## Un cas
case-overview = Vue d'ensemble
case-links = Liens
case-facts = À propos de ce cas
case-json = Ce cas en JSON
case-similar = Cas similaires
case-archived = Ce cas est archivé : il est conservé à titre de référence et n'est plus mis à jour.
case-translated = Traduit de l'original en { $value }. Les sections du récit ci-dessous sont dans la langue d'origine.
case-untranslated = Ce cas est rédigé en { $value } ; il n'en existe pas encore de traduction en français.
case-imported = Importé du jeu de données { $dataset } (enregistrement { $record }).
section-innovation = Ce qui le rend innovant
section-partners = Partenaires et collaboration
section-beneficiaries = Usagers, parties prenantes et bénéficiaires
section-results = Résultats et impact
section-challenges = Difficultés et échecs
section-conditions = Conditions de réussite
section-replication = Potentiel de reproduction
section-lessons = Enseignements à partager
fact-organisation = Organisation
fact-organisation-type = Type d'organisation
fact-countries = Pays
fact-region = Région
fact-place = Lieu
fact-level = Niveau de gouvernement
fact-launched = Lancement
fact-ended = Fin
fact-stage = Étape
fact-status = Statut
fact-sectors = Secteurs
fact-technologies = Technologies
fact-tags = Étiquettes d'innovation
fact-facets = Facettes d'innovation
fact-sdgs = Objectifs de développement durable
fact-published = Publié ici
fact-updated = Dernière mise à jour
fact-website = Site web
fact-licence = Licence
sdg = ODD { $value }
cite-title = Citer ou partager ce cas
cite-permalink = Lien permanent
cite-plain = Référence
cite-text = { $author } ({ $year }). { $title }. Bibliothèque de cas d'Observa. { $url } (consulté le { $accessed }).
cite-no-date = s. d.

## Publications
publications-intro = Rapports, documents de travail et guides sur l'innovation dans le secteur public, avec leurs chiffres clés.
publications-none = Aucune publication pour l'instant.
publication-figures = Chiffres clés
publication-partners = Partenaires
publication-themes = Thèmes
publication-trends = Tendances
publication-related = Cas associés
publication-related-more = Trouver d'autres cas sur ces thèmes
figure-initiatives-analysed = Initiatives analysées
figure-countries = Pays
figure-key-trends = Tendances clés
figure-case-studies = Études de cas

## Boîtes à outils
toolkits-title = Explorateur de boîtes à outils
toolkits-intro = Trouvez un guide méthodologique ou un outil pour votre projet d'innovation : choisissez les disciplines, les finalités, les facettes d'innovation ou les types dont vous avez besoin.
toolkits-filter = Filtrer les boîtes à outils
toolkits-apply = Afficher les boîtes à outils
toolkits-none = Aucune boîte à outils ne correspond à tous les filtres. Retirez-en un pour en voir davantage.
toolkits-sort-name = Nom
toolkits-sort-newest = Les plus récentes d'abord
toolkit-filter-discipline = Discipline
toolkit-filter-purpose = Finalité
toolkit-filter-facet = Facette d'innovation
toolkit-filter-type = Type
toolkit-facts = À propos de cette boîte à outils
toolkit-open = Ouvrir la boîte à outils sur le site { $value }
toolkit-publisher = Éditeur
toolkit-year = Année
toolkit-type = Type
toolkit-format = Format
toolkit-languages = Langues
toolkit-cost = Coût
toolkit-licence = Licence
cost-free = Gratuit
cost-paid = Payant
cost-freemium = Gratuit, avec options payantes

## À propos
about-title = À propos d'Observa
about-lead = Observa rassemble ce que les gouvernements expérimentent pour mieux servir la population : ce qui a été tenté, où, par qui, à quelle étape et avec quels résultats, afin que les agents publics puissent trouver des idées éprouvées et partager les leurs.
about-what-title = Ce que vous trouverez ici
about-what-text = La bibliothèque reprend la structure des études de cas de l'Observatoire de l'innovation dans le secteur public de l'OCDE : chaque cas explique ce qui le rend innovant, à qui il s'adresse, ses résultats, ses difficultés et les enseignements qu'il apporte.
about-cases = { $cases ->
    [one] { $cases_n } initiative
   *[other] { $cases_n } initiatives
} dans { $countries ->
    [one] { $countries_n } pays
   *[other] { $countries_n } pays
}, avec une recherche en anglais, en espagnol, en français et en portugais.
about-publications = Rapports et études avec leurs chiffres clés et les cas associés.
about-toolkits = Guides méthodologiques et outils pour chaque étape d'un projet d'innovation.
about-reuse-title = Réutiliser les données
about-reuse-text = Chaque fiche publique peut être lue en JSON via l'API de données ouvertes, avec la licence et l'attribution qui l'accompagnent. Merci de citer la source indiquée sur chaque cas.
about-access-title = Accessibilité
about-access-text = Ces pages visent le niveau AA des WCAG 2.1 : elles fonctionnent au clavier seul et avec les lecteurs d'écran, respectent le réglage de réduction des animations et se lisent bien dès 320 pixels de large. Chaque page est vérifiée automatiquement avec axe. Si quelque chose ne fonctionne pas pour vous, signalez-le au gestionnaire du site.
about-software-title = Le logiciel
about-software-text = Observa est un logiciel libre (AGPL-3.0). Il fonctionne comme un programme unique sur une base de données intégrée, ou sur PostgreSQL réparti sur plusieurs serveurs, et n'envoie aucune requête à d'autres sites : ni traceurs, ni polices ou scripts externes.

## Vérifier les données
data-title = Comment vérifier nos données
data-lead = Chacun peut vérifier qu'un jeu de données téléchargé sur ce site est exactement celui que son gestionnaire a publié, octet par octet.
data-release-title = Versions signées
data-release-text = Le gestionnaire publie la bibliothèque sous forme de versions datées. Chaque version est un dossier contenant :
data-release-files = tous les cas publics, en JSON Lines et en CSV ;
data-release-manifest = la liste des fichiers de la version avec l'empreinte SHA-256 de chacun ;
data-release-signature = une signature Ed25519 du manifeste, au format de l'outil minisign.
data-key = La clé publique qui permet de vérifier les signatures est publiée à l'adresse
data-releases-link = Les versions publiées sur ce site
data-verify-title = Vérifier une version
data-verify-observa = Avec Observa lui-même, qui vérifie chaque fichier et la signature, et indique précisément ce qui ne correspond pas :
data-verify-minisign = Ou avec les outils courants minisign et sha256sum :
data-verify-fail = Si une vérification échoue, les fichiers ont été modifiés après leur signature par le gestionnaire, ou n'ont pas été signés avec la clé de ce site : ne leur faites pas confiance.
data-live-title = Données lues directement sur le site
data-live-text = Les pages et l'API affichent toujours les fiches à jour. Une version est un instantané figé : citez la version et sa date lorsque d'autres doivent voir exactement les mêmes données.

## Erreurs
error-not-found-title = Page introuvable
error-not-found-text = Il n'y a rien à cette adresse. Elle a peut-être été mal saisie, ou la page a été déplacée.
error-bad-request-title = Impossible de répondre à cette demande
error-bad-request-text = Un élément de l'adresse ou du formulaire n'est pas valide.
error-server-title = Une erreur s'est produite
error-server-text = L'erreur vient de notre côté. Veuillez réessayer dans un instant.
error-code = Erreur
error-home = Aller à la page d'accueil
error-library = Parcourir la bibliothèque de cas

## Releases
footer-releases = Versions signées
releases-title = Versions signées
releases-lead = Tous les cas publics, en instantanés datés et signés par le gestionnaire du site : téléchargez-les, vérifiez-les, citez-les.
releases-how = Chacun peut vérifier qu'une version est exactement ce que le gestionnaire a publié.
releases-how-link = Comment vérifier une version
releases-none = Aucune version n'a encore été publiée.
releases-made = { $date } à { $time } UTC
releases-name = Version
releases-manifest = la liste des fichiers de la version, avec la taille et l'empreinte SHA-256 de chacun
releases-signature = la signature Ed25519 du manifeste (format minisign)
releases-verify = Pour vérifier cette version avec Observa :
releases-key-title = La clé de signature
releases-key-text = La clé publique qui vérifie toutes les versions est publiée à l'adresse
releases-key-id = Identifiant de la clé
releases-key-minisign = Ou avec minisign et sha256sum, dans le dossier de la version :
releases-no-key = Ce site n'a pas encore de clé de signature.
releases-size-bytes = { $count ->
    [one] { $n } octet
   *[other] { $n } octets
}
releases-size-kb = { $value } ko
releases-size-mb = { $value } Mo
releases-size-gb = { $value } Go

## API reference
api-title = API de données ouvertes
api-intro = Lisez la bibliothèque de cas, les publications, les boîtes à outils, les appels et les vocabulaires en JSON, CSV ou JSON Lines. Aucune clé n’est nécessaire ; chaque client peut faire 20 requêtes par seconde.
api-document = Le document OpenAPI 3.1 (JSON)
api-operations = Opérations
api-parameters = Paramètres
api-responses = Réponses
api-name = Nom
api-in = Dans
api-type = Type
api-required = obligatoire
api-description = Description
api-status = Statut
api-yes = oui
api-no = non
api-try = Essayer
api-send = Envoyer la requête

## Tendances
trends-title = Tendances
trends-title-query = Tendances pour « { $value } »
trends-intro = Chaque graphique compte les cas que trouve la recherche ci-dessous, comme le fait la bibliothèque de cas. Les barres, les pays et les cercles mènent à ces cas dans la bibliothèque.
trends-library = Voir ces cas dans la bibliothèque
trends-csv = Télécharger ces chiffres (CSV)
trends-count = Cas
trends-share = Part
trends-percent = { $value } %
trends-chart-country = Cas par pays
trends-chart-year = Cas par année de lancement
trends-chart-innovation_facet = Portefeuille des facettes de l'innovation
trends-chart-region = Cas par région
trends-chart-sector = Cas par secteur
trends-chart-stage = Cas par étape
trends-chart-technology = Cas par technologie
trends-chart-level = Cas par niveau d'administration
trends-desc-bars = La barre la plus longue est { $top }, avec { $n }. Barres tracées : { $shown } sur { $values } ; le tableau donne toutes les valeurs.
trends-desc-years = Cas selon leur année de lancement, de { $from } à { $to } ; le maximum, { $n }, en { $peak }.
trends-desc-map = Carte du monde où chaque pays est teinté du clair au foncé selon son nombre de cas ; les pays en gris n'en ont aucun. { $countries ->
    [one] { $countries_n } pays a des cas.
   *[other] { $countries_n } pays ont des cas.
}
trends-desc-portfolio = Les facettes de l'innovation de l'OPSI : l'axe vertical va de l'innovation dirigée (en haut) à non dirigée (en bas), l'axe horizontal de la certitude (à gauche) à l'incertitude (à droite). L'innovation axée sur une mission est en haut à gauche, l'anticipative en haut à droite, celle axée sur l'amélioration en bas à gauche, l'adaptative en bas à droite ; l'aire de chaque cercle est la part des cas de cette facette.
trends-axis-directed = Dirigée
trends-axis-undirected = Non dirigée
trends-axis-certain = Certitude
trends-axis-uncertain = Incertitude
trends-legend = Cas par pays
trends-map-none = Aucun
trends-map-source = Contours des pays : Natural Earth (domaine public), du paquet world-atlas.
trends-empty-chart = Aucun cas trouvé n'a de valeur ici.

## Email (see mail.rs)
mail-confirm-subject = Confirmez votre adresse électronique pour Observa
mail-confirm-body =
    Bonjour,

    Pour terminer la création de votre compte Observa, ouvrez ce lien dans les 48 heures :

    { $value }

    Si vous n’avez pas demandé de compte, vous pouvez ignorer ce message.
mail-reset-subject = Choisissez un nouveau mot de passe Observa
mail-reset-body =
    Bonjour,

    Pour choisir un nouveau mot de passe pour votre compte Observa, ouvrez ce lien dans l’heure :

    { $value }

    Si vous ne l’avez pas demandé, vous pouvez ignorer ce message : votre mot de passe ne change pas.
mail-exists-subject = Vous avez déjà un compte Observa
mail-exists-body =
    Bonjour,

    Quelqu’un, peut-être vous, a essayé de créer un compte Observa avec cette adresse, qui en a déjà un. Connectez-vous avec elle ou, si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :

    { $value }

    Si ce n’était pas vous, vous pouvez ignorer ce message.

## Accounts
nav-account = Votre compte
error-forbidden-title = Vous ne pouvez pas faire ceci
error-forbidden-text = Votre compte n’a pas le droit de le faire, ou le formulaire était trop ancien : revenez en arrière, rechargez la page et réessayez.
error-too-many-title = Trop de tentatives
error-too-many-text = Veuillez patienter un peu avant de réessayer.
account-error-summary = Il y a un problème
account-error-prefix = Erreur :
account-email = Adresse électronique
account-display-name = Votre nom
account-display-name-hint = Affiché à côté de vos contributions.
account-password = Mot de passe
account-new-password = Nouveau mot de passe
account-password-hint = Au moins { $n } caractères ; quelques mots font un bon mot de passe.
account-signup-title = Créer un compte
account-signup-lead = Avec un compte, vous pouvez proposer des cas d’innovation dans le secteur public. Nous vous enverrons un courriel pour confirmer votre adresse.
account-signup-button = Créer le compte
account-have-account = Vous avez déjà un compte ?
account-signin-link = Se connecter
account-signin-title = Se connecter
account-signin-button = Se connecter
account-no-account = Pas encore de compte ?
account-signup-link = Créer un compte
account-forgot = Mot de passe oublié ?
account-error-credentials = L’adresse électronique ou le mot de passe n’est pas correct.
account-error-unconfirmed = Confirmez d’abord votre adresse en suivant le lien que nous vous avons envoyé. Pas de courriel ? Réinitialisez votre mot de passe pour recevoir un nouveau lien.
error-email-required = Saisissez votre adresse électronique.
error-email-invalid = Saisissez une adresse électronique comme nom@exemple.org.
error-name-required = Saisissez le nom que les autres verront.
error-name-invalid = Le nom doit tenir sur une ligne de 100 caractères au plus.
error-password-short = Le mot de passe doit comporter au moins { $n } caractères ; quelques mots font un bon mot de passe.
error-password-long = Le mot de passe doit comporter au plus { $n } caractères.
error-password-repetitive = Le mot de passe répète trop peu de caractères différents pour être difficile à deviner.
error-password-email = Le mot de passe ne doit pas contenir votre adresse électronique.
account-sent-title = Consultez vos courriels
account-signup-sent = Nous avons envoyé un message à { $value }. Suivez son lien dans les 48 heures pour confirmer l’adresse, puis connectez-vous.
account-reset-sent = Si un compte utilise { $value }, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
account-confirm-title = Confirmez votre adresse électronique
account-confirm-text = Confirmez que { $value } est bien votre adresse pour terminer la création de votre compte.
account-confirm-button = Confirmer mon adresse
account-link-invalid-title = Ce lien ne fonctionne plus
account-link-invalid-text = Il a déjà servi ou il a expiré. Pour en recevoir un nouveau, réinitialisez votre mot de passe.
account-confirmed-notice = Votre adresse électronique est confirmée. Vous pouvez vous connecter.
account-reset-done-notice = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
account-reset-title = Réinitialiser le mot de passe
account-reset-lead = Saisissez l’adresse électronique de votre compte et nous lui enverrons un lien pour choisir un nouveau mot de passe.
account-reset-button = Envoyer le lien
account-new-password-title = Choisissez un nouveau mot de passe
account-new-password-text = Pour le compte { $value }. Le changer déconnecte le compte partout.
account-new-password-button = Changer le mot de passe
account-title = Votre compte
account-role = Rôle
account-name = Nom
account-signout-button = Se déconnecter
account-admin-links = Administration
admin-users-title = Utilisateurs et rôles
admin-users-lead = Modifiez ce que chaque compte peut faire. Chaque modification est inscrite au journal d’audit.
admin-col-email = Adresse électronique
admin-col-name = Nom
admin-col-role = Rôle
admin-col-confirmed = Adresse confirmée
admin-col-created = Créé
admin-yes = Oui
admin-no = Non
admin-role-label = Nouveau rôle pour { $value }
admin-role-button = Changer le rôle
admin-role-changed = Le rôle de { $value } est désormais { $role }.
admin-own-role = Vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur.
admin-outbox-title = Courriels sortants
admin-outbox-lead-smtp = Les messages sont envoyés par SMTP ; le texte d’un message envoyé n’est pas conservé.
admin-outbox-lead-none = Aucun serveur SMTP n’est configuré : les messages restent ici. Transmettez le lien à la main quand quelqu’un en a besoin.
admin-col-to = Destinataire
admin-col-subject = Objet
admin-col-status = État
admin-col-date = Écrit le
admin-status-sent = Envoyé
admin-status-pending = En attente
admin-status-failed = Non envoyé : { $value }
admin-outbox-empty = Aucun message pour l’instant.
admin-outbox-text = Texte
## Thèmes, tendances émergentes et rapport
trends-themes-title = Thèmes
trends-themes-intro = Les thèmes regroupent les cas dont les textes (titre, résumé, présentation et récit) emploient les mêmes mots. Chaque thème est nommé par ses mots les plus caractéristiques et présenté avec ses cas les plus représentatifs.
trends-themes-auto = { $k } thèmes : de 4 à 12 thèmes, le nombre qui sépare le mieux les cas (silhouette moyenne { $score }).
trends-themes-given = { $k } thèmes, comme demandé.
trends-themes-sampled = Cette recherche trouve { $matched } cas : les thèmes et les tendances émergentes sont calculés sur { $analysed } d'entre eux, un échantillon fixe tiré par numéro de cas.
trends-themes-choose = Nombre de thèmes
trends-themes-auto-option = Choisi automatiquement
trends-themes-show = Afficher
trends-themes-none = Les textes de ces cas sont trop peu nombreux ou trop courts pour être regroupés en thèmes.
trends-theme-heading = Thème { $n } : { $label }
trends-theme-size = { $count ->
    [one] { $n } cas
   *[other] { $n } cas
} ({ $percent } des cas analysés)
trends-theme-examples = Cas les plus représentatifs
trends-theme-chart = Thème { $n } par année de lancement
trends-theme-desc = Cas du thème { $n } ({ $label }) selon leur année de lancement, de { $from } à { $to } ; le maximum, { $most }, en { $peak }.
trends-year = Année
trends-emerging-title = Tendances émergentes
trends-emerging-intro = Thèmes, technologies, étiquettes et mots dont la part parmi les cas lancés en { $recent } a augmenté, par rapport à { $baseline }, plus que le hasard ne l'expliquerait.
trends-emerging-none = Aucun thème, technologie, étiquette ou mot n'a augmenté au-delà du hasard dans ces cas.
trends-emerging-short = Trop peu d'années ont des cas pour comparer les années récentes aux précédentes.
trends-kind-theme = Thème
trends-kind-technology = Technologie
trends-kind-tag = Étiquette
trends-kind-term = Mot
trends-emerging-figures = { $recent_share } des cas de { $recent } contre { $baseline_share } auparavant : { $ratio } fois la part. Sans changement réel, une hausse aussi forte arriverait par hasard avec la probabilité p { $p } ; compte tenu de tous les éléments testés, q { $q }.
trends-emerging-new = { $recent_share } des cas de { $recent }, aucun auparavant. Sans changement réel, cela arriverait par hasard avec la probabilité p { $p } ; compte tenu de tous les éléments testés, q { $q }.
trends-emerging-chart = { $label } par année de lancement
trends-emerging-desc = Cas avec { $label } chaque année de { $from } à { $to }, avec leur part parmi les cas de l'année.
trends-method-title = Comment ils sont obtenus
trends-method-themes = Thèmes : les textes de chaque cas deviennent un vecteur de poids de mots (TF-IDF, mots racinisés, mots courants écartés) ; les k-moyennes sphériques regroupent les vecteurs par similarité cosinus, à partir d'une graine fixe ({ $seed }), si bien que les mêmes cas donnent toujours les mêmes thèmes. Si aucun nombre n'est demandé, de 4 à 12 thèmes sont essayés et le nombre à la meilleure silhouette moyenne est retenu.
trends-method-test = Tendances émergentes : pour chaque élément, la part des cas qui l'ont dans la fenêtre récente (les { $years } dernières années avec des cas) est comparée à sa part dans les années précédentes. Si la part n'avait pas changé, les cas récents de l'élément suivraient une loi binomiale sachant son nombre total de cas (le test conditionnel de deux taux de Poisson) ; p est la probabilité exacte d'autant de cas récents ou plus. Tester des centaines d'éléments à la fois en signalerait certains par hasard : chaque type d'élément est donc corrigé ensemble (valeurs q de Benjamini–Hochberg). Un élément est retenu quand sa part a augmenté, qu'il a au moins { $min } cas récents et que q ne dépasse pas { $q }.
trends-report-link = Rapport imprimable
report-title = Rapport sur les tendances
report-title-query = Rapport sur les tendances : « { $value } »
report-generated = Chiffres calculés le { $value } à partir des cas publiés dans la bibliothèque.
report-headline = Chiffres clés
report-initiatives = Initiatives
report-countries = Pays
report-regions = Régions
report-years = Années de lancement
report-charts = Les cas en graphiques
report-method = Méthode
report-method-counts = Chaque chiffre est le nombre de cas publiés que trouve la recherche, comme les compte la bibliothèque de cas ; un cas avec plusieurs pays, secteurs ou technologies compte une fois pour chacun. Les cas sans année de lancement ne figurent pas dans les graphiques par année.
report-print = Imprimer ou enregistrer en PDF
report-back = Retour à la page des tendances

## Review: the editors' queue, the review page, history, notifications, withdrawal, audit
account-notifications = { $count ->
    [0] Notifications : aucune non lue
    [one] Notifications : { $n } non lue
   *[other] Notifications : { $n } non lues
}
account-editor-links = Édition
notice-in_review = Votre cas « { $title } » est en cours d’examen
notice-changes_requested = Des modifications sont demandées sur votre cas « { $title } »
notice-published = Votre cas « { $title } » est publié
notice-rejected = Votre cas « { $title } » n’a pas été accepté
notice-archived = Votre cas « { $title } » est archivé
notice-withdrawn = Votre cas « { $title } » est retiré
notice-withdrawal_requested = Son auteur demande le retrait de « { $title } »
notice-withdrawal_declined = Votre demande de retrait de « { $title } » a été refusée
notice-other = Du nouveau sur « { $title } »
mail-review-subject = Observa : { $value }
mail-review-body =
    Bonjour,

    { $what }.

    { $comment }

    Plus de détails sur Observa : { $link }

    L’équipe éditoriale d’Observa
criterion-fits_definition = Il correspond à la définition de l’innovation publique : nouveau dans son contexte, mis en œuvre ou en cours de mise en œuvre, tourné vers la valeur publique.
criterion-plain_language = Il est écrit en langage clair, sigles développés.
criterion-every_section = Chaque section a une réponse (les réponses provisoires sont acceptées, pas les blancs).
criterion-stands_alone = Il se suffit à lui-même sans dépendre de liens.
criterion-no_personal_data = Il ne contient aucune donnée personnelle hormis le contact nommé.
decision-withdrawal_declined = Retrait refusé
review-someone = Quelqu’un
review-queue-title = File d’examen
review-queue-lead = Les cas qui attendent la décision d’un éditeur, ceux qui attendent depuis le plus longtemps d’abord.
review-counts-title = Cas par état
review-filter-status = État
review-filter-call = Appel à innovations
review-filter-age = En attente
review-filter-waiting = En attente de décision
review-filter-withdrawal = Retrait demandé
review-filter-all = Tout état
review-filter-any-call = Tout appel
review-filter-any-age = Toute durée
review-filter-older = { $count ->
    [one] Plus de { $n } jour
   *[other] Plus de { $n } jours
}
review-filter-button = Filtrer
review-results = { $count ->
    [one] { $n } cas
   *[other] { $n } cas
}
review-queue-empty = Aucun cas ne correspond à ces filtres.
review-col-case = Cas
review-col-status = État
review-col-call = Appel
review-col-author = Auteur
review-col-waiting = Inchangé depuis
review-waiting-days = { $count ->
    [one] { $n } jour
   *[other] { $n } jours
}
review-withdrawal-flag = Retrait demandé
review-pages = Pages
review-previous = Page précédente
review-next = Page suivante
review-page = Page { $value }
review-case-title = Examen : { $value }
review-case-prefix = Examen :
review-revision = Version
review-history-link = Historique des modifications
review-withdrawal-title = L’auteur demande le retrait
review-withdrawal-by = Demandé par { $name } le { $date } :
review-decision-title = Décision
review-no-actions = Aucune action n’est possible pour un cas dans cet état.
review-checklist-legend = Critères d’acceptation
review-checklist-hint = Cochez chaque critère que le cas remplit ; publier les exige tous. Vos coches sont enregistrées avec la décision.
review-comment-label = Commentaire aux auteurs
review-comment-hint = Markdown. Nécessaire pour demander des modifications, rejeter (le motif) et refuser un retrait.
review-action-start = Commencer l’examen
review-action-request-changes = Demander des modifications
review-action-publish = Publier
review-action-reject = Rejeter
review-action-archive = Archiver
review-action-withdraw = Retirer
review-action-decline-withdrawal = Refuser le retrait
review-done-start = L’examen a commencé.
review-done-request-changes = Des modifications ont été demandées ; les auteurs sont prévenus.
review-done-publish = Le cas est publié ; les auteurs sont prévenus.
review-done-reject = Le cas a été rejeté ; les auteurs sont prévenus.
review-done-archive = Le cas est archivé.
review-done-withdraw = Le cas est retiré.
review-done-decline-withdrawal = La demande de retrait a été refusée ; les auteurs sont prévenus.
review-error-stale = Ce cas a changé depuis que vous l’avez ouvert. Vérifiez la version actuelle ci-dessous, puis décidez à nouveau.
review-error-not-allowed = Cette action n’est pas possible pour le cas dans son état actuel.
review-error-comment-request-changes = Dites quelles modifications vous demandez.
review-error-comment-reject = Donnez le motif du rejet.
review-error-comment-decline-withdrawal = Donnez le motif du refus de retrait.
review-error-comment-long = Écrivez au plus { $n } caractères.
review-error-checklist = Cochez tous les critères d’acceptation avant de publier.
review-error-invalid = Le cas ne respecte pas encore les règles de cet état : { $value }.
review-comments-title = Commentaires aux auteurs
review-comments-none = Pas encore de commentaire.
review-comment-decision = avec la décision : { $value }
review-comment-checked = Critères cochés : { $value }
review-history-title = Historique de « { $value } »
review-back = Retour à l’examen
review-history-lead = Chaque version du cas, la plus récente d’abord, avec qui l’a écrite, quand et ce qui a changé.
review-revision-heading = Version { $n }, par { $name }, { $date }
review-revision-status = État : { $value }
review-revision-first = La première version.
review-revision-same = Aucun champ n’a changé.
review-revision-caption = Modifications de la version { $value }
review-col-field = Champ
review-col-before = Avant
review-col-after = Après
review-empty = vide
review-deleted = supprimé
review-inserted = ajouté
notifications-title = Notifications
notifications-unread = { $count ->
    [0] Aucune notification non lue.
    [one] { $n } notification non lue.
   *[other] { $n } notifications non lues.
}
notifications-mark-read = Tout marquer comme lu
notifications-none = Rien pour l’instant : les décisions sur vos cas apparaîtront ici.
notifications-new = Nouveau :
withdrawal-ask-link = Demander le retrait de ce cas
withdrawal-title = Retirer « { $value } »
withdrawal-lead = Expliquez aux éditeurs pourquoi ce cas ne devrait plus être public. Ils le retireront ou vous répondront.
withdrawal-public-page = Voir la page publique du cas.
withdrawal-reason = Pourquoi le cas devrait-il être retiré ?
withdrawal-button = Demander le retrait
withdrawal-open = Vous avez demandé le retrait le { $value } ; les éditeurs décideront.
withdrawal-error-reason = Dites pourquoi le cas devrait être retiré.
withdrawal-error-not-public = Seul un cas publié ou archivé peut être retiré.
audit-title = Journal d’audit
audit-lead = Chaque modification enregistrée : changements d’état et de rôle, inscriptions et plus, la plus récente d’abord.
audit-lead-editor = Chaque modification enregistrée des cas, la plus récente d’abord.
audit-filter-entity = Enregistrement
audit-filter-action = Action
audit-filter-any = Tous
audit-results = { $count ->
    [one] { $n } entrée
   *[other] { $n } entrées
}
audit-col-when = Quand
audit-col-actor = Qui
audit-col-action = Action
audit-col-entity = Enregistrement
audit-col-detail = Détail
audit-operator = L’opérateur
## Appels à innovations, tendances nommées et rapport des doublons
facet-call = Appel à innovations
trends-theme-save = Enregistrer comme tendance nommée (éditeurs)
named-trends-link = Tendances nommées
report-title-call = Rapport de tendances : { $value }
call-error-too-long = Trop long : { $n } caractères au plus.
call-error-too-many = Trop nombreux : { $n } au plus.
editor-error-theme = Chaque thème compte de 1 à { $n } caractères.
editor-error-slug = Utilisez des minuscules, des chiffres et des tirets simples.
editor-error-slug-taken = Ce nom court est déjà pris : choisissez-en un autre.
editor-error-date = Indiquez une date comme 2027-03-31.
editor-error-closes-before-opening = La date de clôture précède la date d’ouverture.
editor-error-invalid = Cette valeur n’est pas valide.
editor-calls-title = Appels à innovations
editor-calls-lead = Ouvrez un appel avec ses dates et ses thèmes, modifiez-le, ou clôturez-le plus tôt en avançant sa date de clôture. Les contributeurs peuvent y répondre tant qu’il est ouvert.
editor-call-saved = L’appel « { $value } » est enregistré.
editor-call-new = Ouvrir un nouvel appel
editor-calls-public = La liste publique des appels
editor-call-new-title = Ouvrir un appel à innovations
editor-call-edit-title = Modifier un appel à innovations
editor-call-lead = Un appel est ouvert de son jour d’ouverture à son jour de clôture, inclus.
editor-call-open = Ouvrir l’appel
editor-calls-back = Retour aux appels
call-slug = Nom court
call-slug-hint = Utilisé dans l’adresse : minuscules, chiffres et tirets, p. ex. call-2027. Il ne peut plus changer ensuite.
call-title = Titre
call-description = Description
call-description-hint = Markdown : *italique*, **gras**, listes et liens.
call-opens = Ouverture
call-closes = Clôture
call-date-hint = Une date comme 2027-01-15.
call-closes-hint = Pour clôturer l’appel plus tôt, indiquez la date du jour.
call-themes = Thèmes demandés
call-themes-hint = Un thème par ligne.
call-col-title = Appel
call-col-state = État
call-col-intake = Cas soumis
call-col-actions = Actions
call-col-status = Statut
call-state-upcoming = À venir
call-state-open = Ouvert
call-state-closed = Clôturé
call-dates = du { $opens } au { $closes }
calls-title = Appels à innovations
calls-lead = Des campagnes limitées dans le temps qui invitent des innovations du secteur public sur des thèmes donnés. La page de chaque appel compte ce qu’il a reçu.
calls-none = Aucun appel à innovations pour l’instant.
count-col-cases = Cas
call-intake = Cas reçus
call-intake-total = { $count ->
    [one] { $n } cas soumis à cet appel
   *[other] { $n } cas soumis à cet appel
}
call-intake-by-status = Cas soumis à cet appel, par statut
call-published-heading = Cas publiés
call-published = { $count ->
    [one] { $n } cas publié
   *[other] { $n } cas publiés
}
call-see-cases = Voir les cas publiés
call-see-trends = Tendances des cas de cet appel
named-trends-title = Tendances nommées
named-trends-lead = Des thèmes que les éditeurs ont trouvés parmi les cas, nommés et conservés, chacun avec la sélection dont il vient.
named-trends-none = Aucune tendance nommée pour l’instant.
named-trend-new-title = Enregistrer un thème comme tendance nommée
named-trend-edit-title = Modifier une tendance nommée
named-trend-lead = Donnez au thème un nom et une description ; sa sélection, ses termes principaux et ses cas représentatifs sont conservés avec lui.
named-trend-name = Nom
named-trend-description = Description
named-trend-query = Sélection
named-trend-query-hint = Les filtres de la page des tendances, comme dans son adresse (p. ex. sector=health&call=call-2027) ; vide pour toute la bibliothèque.
named-trend-terms = Termes principaux
named-trend-cases = Cas représentatifs
named-trend-delete = Supprimer cette tendance nommée
named-trend-count = { $count ->
    [one] { $n } cas publié correspond aujourd’hui à cette sélection.
   *[other] { $n } cas publiés correspondent aujourd’hui à cette sélection.
}
named-trend-saved-on = Enregistrée ou modifiée pour la dernière fois le { $value }.
named-trend-whole-library = Toute la bibliothèque
named-trend-now = Sa sélection aujourd’hui
named-trend-see-trends = Voir sa sélection sur la page des tendances
named-trend-edit-link = Modifier (éditeurs)
duplicates-title = Doublons probables
duplicates-summary = { $pairs ->
    [one] { $pairs_n } paire de doublons probables parmi { $cases_n } cas publiés.
   *[other] { $pairs_n } paires de doublons probables parmi { $cases_n } cas publiés.
}
duplicates-method = Paires dont les textes partagent au moins { $value } de leurs suites de trois mots (similarité de Jaccard), trouvées par MinHash et confirmées exactement ; les plus semblables d’abord.
duplicates-truncated = La bibliothèque compte plus de cas publiés que les { $value } comparés ici : les autres ne sont pas vérifiés. Utilisez observa duplicates sur le serveur pour tous.
duplicates-page = Page { $page } sur { $pages }
duplicates-col-similarity = Similarité
duplicates-col-case = Cas
duplicates-col-other = Doublon probable
duplicates-pages = Pages de paires
duplicates-prev = Page précédente
duplicates-next = Page suivante
## Contributing cases (see contribute/)
contribute-title = Vos cas
contribute-lead = Les cas que vous avez commencés ou que l’on vous a invité à modifier. Un brouillon reste le vôtre jusqu’à son envoi ; les éditeurs l’examinent ensuite.
contribute-new = Commencer un nouveau cas
contribute-none = Vous n’avez encore aucun cas.
contribute-col-case = Cas
contribute-col-status = Statut
contribute-col-changed = Dernière modification
contribute-col-decision = Dernière décision
contribute-col-actions = Actions
contribute-role-owner = le vôtre
contribute-role-collaborator = vous collaborez
contribute-edit = Modifier
contribute-view = Aperçu
contribute-submitted-notice = Votre cas a été envoyé. Les éditeurs vont l’examiner ; leur décision s’affichera ici.
contribute-new-title = Commencer un nouveau cas
contribute-new-lead = Donnez un titre à votre cas : vous pourrez tout modifier ensuite. Un brouillon n’a besoin que d’un titre.
contribute-call = Appel à innovations
contribute-call-none = Aucun appel : envoyer à la bibliothèque à tout moment
contribute-call-hint = Appels ouverts aujourd’hui. Un cas qui répond à un appel doit être envoyé pendant que l’appel est ouvert.
contribute-language = Langue dans laquelle le cas est écrit
contribute-start = Commencer le brouillon
contribute-steps = Étapes du formulaire du cas
contribute-step-identity = Identité
contribute-step-who = Qui
contribute-step-what = Quoi
contribute-step-when = Quand et jusqu’où
contribute-step-story = Récit
contribute-step-materials = Documents et liens
contribute-step-collaborators = Collaborateurs
contribute-step-submit = Vérifier et envoyer
contribute-step-of = (étape { $step } sur { $steps })
contribute-save = Enregistrer le brouillon
contribute-save-continue = Enregistrer et continuer
contribute-saved = Brouillon enregistré.
contribute-needed = nécessaire pour l’envoi
contribute-max-chars = { $count ->
    [one] Au plus { $n } caractère.
   *[other] Au plus { $n } caractères.
}
contribute-chars-left = Caractères restants : { $value }
contribute-chars-over = Caractères au-delà de la limite : { $value }
contribute-choose = Choisir…
contribute-preview = Aperçu du cas
contribute-preview-notice = Aperçu : voici le cas tel qu’il apparaîtra une fois publié. Il n’est pas public.
contribute-back-to-edit = Retour au formulaire
contribute-conflict = Quelqu’un a enregistré ce cas après l’ouverture de cette page : vos modifications n’ont pas été enregistrées. Vos valeurs sont affichées ci-dessous ; rouvrez l’étape pour voir la dernière version et y apporter vos modifications.
field-title = Titre
field-pitch = Résumé en une phrase
field-overview = Présentation
field-nuts = Code NUTS
field-videos = Liens vers des vidéos
hint-overview = Markdown est accepté : *emphase*, listes, liens.
hint-countries = Noms de pays ou codes à deux lettres, séparés par des virgules.
hint-links = Un par ligne : un titre, une barre verticale |, puis l’adresse.
hint-year = Une année de 1950 à 2100.
example-title = Exemple : Laboratoire de budget ouvert de Porto Alegre
example-pitch = Exemple : Les habitants décident ensemble de l’usage d’une partie du budget municipal.
example-overview = Exemple : Depuis 2019, la ville invite les habitants à proposer des projets et à voter en assemblées de quartier ; les projets retenus entrent dans le budget de l’année suivante.
example-website = Exemple : https://www.example.gov/open-budget
example-language = Exemple : Français
example-call = Exemple : Innovations en santé publique 2027
example-organisation_name = Exemple : Ville de Porto Alegre
example-organisation_type = Exemple : Gouvernement
example-countries = Exemple : Brésil, PT
example-subnational = Exemple : Rio Grande do Sul
example-nuts = Exemple : PT11
example-level = Exemple : Local
example-sectors = Exemple : Modernisation et réforme de l’administration publique
example-tags = Exemple : Participation citoyenne, Co-conception
example-technologies = Exemple : Analyse de données
example-facets = Exemple : Orientée mission
example-sdgs = Exemple : ODD 11 (villes et communautés durables)
example-year_launched = Exemple : 2019
example-year_ended = Exemple : 2023 (laisser vide si elle continue)
example-stage = Exemple : Mise en œuvre
example-lifecycle = Exemple : Active
example-story_innovation = Exemple : Pour la première fois, ce sont les habitants, et non les agents, qui choisissent les projets financés.
example-story_partners = Exemple : La ville a travaillé avec les associations de quartier et l’université fédérale.
example-story_beneficiaries = Exemple : Environ 20 000 habitants ont participé ; les projets servent les quartiers les plus pauvres.
example-story_results = Exemple : 312 projets financés en quatre ans ; la participation a doublé entre la première et la troisième année.
example-story_challenges = Exemple : Les premières assemblées attiraient peu de jeunes ; nous avons ajouté le vote en ligne en 2021.
example-story_conditions = Exemple : L’engagement du maire à financer les projets retenus et des agents formés à l’animation.
example-story_replication = Exemple : Deux villes voisines ont adopté la méthode grâce à notre guide.
example-story_lessons = Exemple : Publier le budget en langage clair avant de demander aux gens de choisir.
example-links = Exemple : Page du projet | https://www.example.gov/open-budget
example-videos = Exemple : Vidéo de lancement | https://video.example.org/watch/123
example-invite = Exemple : collegue@example.gov
example-image-alt = Exemple : Des habitants votent pour des projets dans le préau d’une école.
example-document-title = Exemple : Rapport d’évaluation 2022
contribute-error-required = Remplissez ce champ (une réponse provisoire suffit).
contribute-error-too_long = { $count ->
    [one] Écrivez au plus { $n } caractère.
   *[other] Écrivez au plus { $n } caractères.
}
contribute-error-invalid_url = Saisissez une adresse web complète commençant par https:// ou http://.
contribute-error-year_out_of_range = Saisissez une année de 1950 à 2100.
contribute-error-not_a_year = Saisissez une année à quatre chiffres, comme 2021.
contribute-error-invalid_choice = Choisissez l’une des options proposées.
contribute-error-unknown_country = Pays inconnu : « { $value } ». Utilisez des noms ou des codes à deux lettres comme BR, séparés par des virgules.
contribute-error-ends_before_start = L’année de fin précède l’année de lancement.
contribute-error-bad_link = Écrivez un lien par ligne : un titre, une barre verticale |, puis l’adresse.
contribute-error-call_closed = L’appel « { $value } » est clos : choisissez un appel ouvert ou aucun.
contribute-error-invalid_language = Choisissez une langue.
contribute-error-alt_required = Décrivez l’image pour les personnes qui ne peuvent pas la voir (texte alternatif).
contribute-error-title_required = Donnez un titre au document.
contribute-error-title_needed = Donnez un titre au cas.
contribute-error-no_file = Choisissez un fichier à envoyer.
contribute-error-too_large = Ce fichier est trop volumineux : au plus { $value }.
contribute-error-not_image = Le contenu de ce fichier n’est pas une image PNG, JPEG, WebP ou GIF, quel que soit son nom.
contribute-error-not_document = Le contenu de ce fichier n’est pas un document PDF, OpenDocument ou Office (docx, xlsx, pptx), quel que soit son nom.
contribute-error-confirm = Confirmez que vous avez vérifié le cas selon ces critères.
contribute-error-own_address = C’est votre propre adresse.
contribute-error-already_invited = Cette adresse a déjà une invitation en attente.
contribute-images = Images
contribute-documents = Documents
contribute-no-images = Aucune image pour l’instant.
contribute-no-documents = Aucun document pour l’instant.
contribute-remove = Retirer
contribute-add-image = Ajouter une image
contribute-add-document = Ajouter un document
contribute-image-file = Fichier image
contribute-image-types = PNG, JPEG, WebP ou GIF, au plus { $value }.
contribute-image-alt = Texte alternatif : ce que montre l’image
contribute-document-file = Fichier du document
contribute-document-types = PDF, OpenDocument (odt, ods, odp) ou Office (docx, xlsx, pptx), au plus { $value }.
contribute-document-title = Titre du document
contribute-upload-image = Envoyer l’image
contribute-upload-document = Envoyer le document
contribute-uploaded = Fichier ajouté.
contribute-removed = Fichier retiré.
contribute-collaborators = Personnes sur ce cas
contribute-collaborators-lead = Les collaborateurs modifient ce cas avec vous. Invitez-les par courriel : le lien reçu ajoute le compte avec lequel ils sont connectés.
contribute-owner = propriétaire
contribute-collaborator = collaborateur
contribute-invitations = Invitations
contribute-no-invitations = Aucune invitation envoyée pour l’instant.
contribute-invite-email = Adresse électronique à inviter
contribute-invite = Envoyer l’invitation
contribute-invited = Invitation envoyée.
contribute-withdraw = Retirer
contribute-withdrawn = Invitation retirée.
contribute-only-owner-invites = Seul le propriétaire du cas peut inviter des collaborateurs.
invitation-pending = en attente
invitation-accepted = acceptée
invitation-withdrawn = retirée
invitation-expired = expirée
contribute-join-title = Rejoindre un cas
contribute-join-text = Vous êtes invité à modifier le cas « { $value } ». En le rejoignant, le compte avec lequel vous êtes connecté devient collaborateur.
contribute-join = Rejoindre comme collaborateur
contribute-join-invalid = Ce lien d’invitation est inconnu, déjà utilisé, retiré ou expiré. Demandez-en un nouveau au propriétaire du cas.
contribute-missing = Ce qui manque encore avant l’envoi
contribute-ready = Tout ce que l’envoi demande est rempli.
contribute-criteria = Ce que vérifient les éditeurs
criterion-innovation = Il correspond à la définition de l’innovation publique : nouveau dans son contexte, mis en œuvre ou en cours de mise en œuvre, et tourné vers la valeur publique.
criterion-plain = Il est écrit en langage clair, avec les sigles développés.
criterion-complete = Chaque section a une réponse : les réponses provisoires conviennent, les blancs non.
criterion-standalone = Il se comprend seul, sans dépendre de liens.
criterion-personal = Il ne contient aucune donnée personnelle au-delà du contact nommé.
contribute-confirm = J’ai vérifié le cas selon ces critères.
contribute-submit = Envoyer pour examen
contribute-call-closed = L’appel « { $value } » est clos : choisissez un autre appel, ou aucun, à l’étape Identité.
contribute-not-ready = Le cas n’est pas prêt à être envoyé : voyez ci-dessous ce qui manque.
contribute-suggested = suggéré d’après vos textes : { $value }
contribute-look-alike = Ceci ressemble à un cas existant
contribute-similarity = mêmes mots : { $value }
contribute-look-alike-hint = S’il s’agit de la même initiative, inutile de l’envoyer à nouveau ; sinon, dites ce qui la distingue.
contribute-account-link = Vos cas et contributions
mail-invite-subject = Invitation à modifier un cas sur Observa
mail-invite-body =
    Bonjour,

    { $inviter } vous invite à modifier avec lui ou elle le cas « { $title } » sur Observa. Connectez-vous (ou créez un compte), puis ouvrez ce lien dans les 14 jours :

    { $link }

    Si vous ne souhaitez pas participer, vous pouvez ignorer ce message.
review-suggestions-title = Suggestions tirées des textes
review-suggestions-hint = Ce que le modèle de suggestion d’étiquettes trouve dans le titre, le résumé et la présentation et que le cas ne porte pas encore, avec sa confiance.

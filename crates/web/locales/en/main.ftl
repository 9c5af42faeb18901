# Observa's interface in English. Every message here must exist in es, fr and pt too
# (a test checks). $n arguments are numbers already formatted for the language; $count
# (the same number, raw) chooses the plural form.

## Layout
skip-link = Skip to main content
tagline = Observatory of public-sector innovation
nav-main = Main
nav-cases = Case library
nav-trends = Trends
nav-publications = Publications
nav-toolkits = Toolkits
nav-about = About
nav-languages = Language
breadcrumb = Breadcrumb
identity-run-by = This site is run by
identity-run-by-plain = This site is run by { $value }
identity-check = How to check our data
footer-licence = Observa is open-source software. Each case record carries its own licence and attribution.
footer-verify = Check the published data
footer-api = Open data API

# A label followed by a colon, as the language writes it.
colon = { $value }:

## Counts
count-cases = { $count ->
    [one] { $n } case
   *[other] { $n } cases
}
count-publications = { $count ->
    [one] { $n } publication
   *[other] { $n } publications
}
count-toolkits = { $count ->
    [one] { $n } toolkit
   *[other] { $n } toolkits
}

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Language names
language-en = English
language-es = Spanish
language-fr = French
language-pt = Portuguese
language-de = German
language-it = Italian
language-nl = Dutch

## Home
home-title = Home
home-heading = Find proven ideas from governments worldwide
home-counts = { $cases ->
    [one] { $cases_n } initiative
   *[other] { $cases_n } initiatives
} from { $countries ->
    [one] { $countries_n } country
   *[other] { $countries_n } countries
}.
home-search-hint = For example: chatbot, "participatory budgeting", digital health.
home-featured = Featured cases
home-latest = Latest cases
home-all-cases = { $count ->
    [one] See the { $n } case
   *[other] See all { $n } cases
}
home-trends = Trends at a glance
home-trends-years = Cases by year launched
home-trends-technologies = Most used technologies
home-sectors = Browse by sector
home-publications = Latest publications
home-all-publications = All publications
home-toolkits = Toolkits for innovators
home-toolkits-text = Method guides, card decks and frameworks to understand problems, generate ideas, test and scale them.
home-toolkits-link = Find a toolkit

## Search and the case library
search-label = Search cases
search-button = Search
search-hint = Words in the title, summary or story. "Quotes" find a phrase, -word leaves a word out, OR finds either word.
sort-label = Sort by
sort-relevance = Relevance
sort-relevance-empty = Relevance (newest first without search words)
sort-newest = Recently published
sort-year = Year launched, latest first
feed-title = New cases (Atom feed)
feed-search = Follow this search (Atom feed)
library-trends = See this search as charts
library-title = Case library
library-title-query = “{ $value }” in the case library
library-failed = This search could not be run
library-summary-query = { $count ->
    [one] { $n } case for “{ $query }”
   *[other] { $n } cases for “{ $query }”
}
library-filters = Filter cases
library-empty-page = There are no results on this page.
library-first-page = Go to the first page.
library-no-match = No case matches. Try other words or remove a filter.
library-new-search = Start a new search
facet-country = Country
facet-region = Region
facet-year = Year launched
facet-sector = Sector
facet-technology = Technology
facet-tag = Innovation tag
facet-stage = Stage
facet-level = Level of government
facet-innovation_facet = Innovation facet
facet-organisation_type = Organisation type
years-legend = Years launched, from and to
years-from = From
years-to = To
years-apply = Apply years
years-list = Cases by year
show-all = Show all
chosen-filters = Chosen filters
remove-filter = Remove filter
clear-all = Clear all
chip-search = Search: “{ $value }”
chip-year = Launched in { $value }
chip-years = Launched { $value }
chip-year-from = Launched from { $value }
chip-year-to = Launched up to { $value }
pagination = Pagination
page = Page
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }

## A case
case-overview = Overview
case-links = Links
case-facts = About this case
case-json = This case as JSON
case-similar = Similar cases
case-archived = This case is archived: it is kept for reference and no longer updated.
case-translated = Translated from { $value }. The story sections below are in the original language.
case-untranslated = This case is written in { $value }; there is no English translation yet.
case-imported = Imported from the { $dataset } dataset (record { $record }).
section-innovation = What makes it innovative
section-partners = Partners and collaboration
section-beneficiaries = Users, stakeholders and beneficiaries
section-results = Results and impact
section-challenges = Challenges and failures
section-conditions = Conditions for success
section-replication = Potential to be replicated
section-lessons = Lessons to share
fact-organisation = Organisation
fact-organisation-type = Organisation type
fact-countries = Countries
fact-region = Region
fact-place = Place
fact-level = Level of government
fact-launched = Launched
fact-ended = Ended
fact-stage = Stage
fact-status = Status
fact-sectors = Sectors
fact-technologies = Technologies
fact-tags = Innovation tags
fact-facets = Innovation facets
fact-sdgs = Sustainable Development Goals
fact-published = Published here
fact-updated = Last updated
fact-website = Website
fact-licence = Licence
sdg = SDG { $value }
cite-title = Cite or share this case
cite-permalink = Permanent link
cite-plain = Reference
cite-text = { $author } ({ $year }). { $title }. Observa case library. { $url } (accessed { $accessed }).
cite-no-date = n.d.

## Publications
publications-intro = Reports, working papers and guides on public-sector innovation, with their key figures.
publications-none = No publication yet.
publication-figures = Key figures
publication-partners = Partners
publication-themes = Themes
publication-trends = Trends
publication-related = Related cases
publication-related-more = Find more cases on these themes
figure-initiatives-analysed = Initiatives analysed
figure-countries = Countries
figure-key-trends = Key trends
figure-case-studies = Case studies

## Toolkits
toolkits-title = Toolkit navigator
toolkits-intro = Find a method guide or tool for your innovation project: choose the disciplines, purposes, innovation facets or types you need.
toolkits-filter = Filter toolkits
toolkits-apply = Show toolkits
toolkits-none = No toolkit matches every filter. Remove one to see more.
toolkits-sort-name = Name
toolkits-sort-newest = Newest first
toolkit-filter-discipline = Discipline
toolkit-filter-purpose = Purpose
toolkit-filter-facet = Innovation facet
toolkit-filter-type = Type
toolkit-facts = About this toolkit
toolkit-open = Open the toolkit on the { $value } website
toolkit-publisher = Publisher
toolkit-year = Year
toolkit-type = Type
toolkit-format = Format
toolkit-languages = Languages
toolkit-cost = Cost
toolkit-licence = Licence
cost-free = Free
cost-paid = Paid
cost-freemium = Free, with paid extras

## About
about-title = About Observa
about-lead = Observa gathers what governments try in order to serve people better: what was tried, where, by whom, at what stage and with what results, so that public servants can find proven ideas and share their own.
about-what-title = What you will find here
about-what-text = The library follows the structure of the OECD Observatory of Public Sector Innovation's case studies: each case tells what makes it innovative, who it serves, its results, its challenges and the lessons it offers.
about-cases = { $cases ->
    [one] { $cases_n } initiative
   *[other] { $cases_n } initiatives
} from { $countries ->
    [one] { $countries_n } country
   *[other] { $countries_n } countries
}, searchable in English, Spanish, French and Portuguese.
about-publications = Reports and studies with their key figures and related cases.
about-toolkits = Method guides and tools for each stage of an innovation project.
about-reuse-title = Reuse the data
about-reuse-text = Every public record can be read through the open data API as JSON, with the licence and attribution it carries. Please credit the source named on each case.
about-access-title = Accessibility
about-access-text = These pages aim to meet WCAG 2.1 level AA: they work with a keyboard alone and with screen readers, respect reduced-motion settings, and read well from 320 pixels wide. Every page is checked automatically with axe. If something does not work for you, please tell the site's operator.
about-software-title = The software
about-software-text = Observa is open-source software (AGPL-3.0). It runs as a single program on an embedded database, or on PostgreSQL across several servers, and makes no requests to other sites: no trackers, no fonts or scripts from elsewhere.

## Checking the data
data-title = How to check our data
data-lead = Anyone can check that a dataset downloaded from this site is exactly what its operator published, byte for byte.
data-release-title = Signed releases
data-release-text = The operator publishes the library as dated releases. Each release is a folder with:
data-release-files = every public case, as JSON Lines and as CSV;
data-release-manifest = the list of the release's files with the SHA-256 fingerprint of each;
data-release-signature = an Ed25519 signature of the manifest, in the format of the minisign tool.
data-key = The public key that checks the signatures is published at
data-releases-link = The releases published on this site
data-verify-title = Checking a release
data-verify-observa = With Observa itself, which checks every file and the signature and says exactly what does not match:
data-verify-minisign = Or with the widely available minisign and sha256sum tools:
data-verify-fail = If any check fails, the files were changed after the operator signed them, or were not signed with this site's key: do not trust them.
data-live-title = Data read from the site directly
data-live-text = Pages and the API always show the current records. A release is a fixed snapshot: cite the release and its date when you need others to see exactly the same data.

## Errors
error-not-found-title = Page not found
error-not-found-text = There is nothing at this address. It may have been mistyped, or the page may have moved.
error-bad-request-title = This request cannot be answered
error-bad-request-text = Something in the address or the form is not valid.
error-server-title = Something went wrong
error-server-text = The error is on our side. Please try again in a moment.
error-code = Error
error-home = Go to the home page
error-library = Browse the case library

## Releases
footer-releases = Signed releases
releases-title = Signed releases
releases-lead = Every public case, in dated snapshots signed by this site's operator: download them, check them, cite them.
releases-how = Anyone can check that a release is exactly what the operator published.
releases-how-link = How to check a release
releases-none = No release has been published yet.
releases-made = { $date }, { $time } UTC
releases-name = Release
releases-manifest = the list of the release's files, with the size and SHA-256 fingerprint of each
releases-signature = the Ed25519 signature of the manifest (minisign format)
releases-verify = To check this release with Observa:
releases-key-title = The signing key
releases-key-text = The public key that checks every release is published at
releases-key-id = Key id
releases-key-minisign = Or with minisign and sha256sum, in the release's folder:
releases-no-key = This site has no signing key yet.
releases-size-bytes = { $count ->
    [one] { $n } byte
   *[other] { $n } bytes
}
releases-size-kb = { $value } kB
releases-size-mb = { $value } MB
releases-size-gb = { $value } GB

## API reference
api-title = Open data API
api-intro = Read the case library, publications, toolkits, calls and vocabularies as JSON, CSV or JSON Lines. No key is needed; each client may make 20 requests a second.
api-document = The OpenAPI 3.1 document (JSON)
api-operations = Operations
api-parameters = Parameters
api-responses = Responses
api-name = Name
api-in = In
api-type = Type
api-required = required
api-description = Description
api-status = Status
api-yes = yes
api-no = no
api-try = Try it
api-send = Send the request

## Trends
trends-title = Trends
trends-title-query = Trends for “{ $value }”
trends-intro = Every chart counts the cases that the search below matches, just as the case library does. Bars, countries and circles lead to those cases in the library.
trends-library = See these cases in the library
trends-csv = Download these numbers (CSV)
trends-count = Cases
trends-share = Share
trends-percent = { $value }%
trends-chart-country = Cases by country
trends-chart-year = Cases by year launched
trends-chart-innovation_facet = Portfolio of innovation facets
trends-chart-region = Cases by region
trends-chart-sector = Cases by sector
trends-chart-stage = Cases by stage
trends-chart-technology = Cases by technology
trends-chart-level = Cases by level of government
trends-desc-bars = The longest bar is { $top }, with { $n }. Bars drawn: { $shown } of { $values }; the table lists every value.
trends-desc-years = Cases by the year they were launched, from { $from } to { $to }; the most, { $n }, in { $peak }.
trends-desc-map = World map with each country shaded from light to dark by its number of cases; countries in grey have none. { $countries ->
    [one] { $countries_n } country has cases.
   *[other] { $countries_n } countries have cases.
}
trends-desc-portfolio = OPSI's innovation facets: the vertical axis runs from directed (top) to undirected (bottom), the horizontal one from certainty (left) to uncertainty (right). Mission-oriented innovation sits top left, anticipatory top right, enhancement-oriented bottom left, adaptive bottom right; each circle's area is that facet's share of the cases.
trends-axis-directed = Directed
trends-axis-undirected = Undirected
trends-axis-certain = Certainty
trends-axis-uncertain = Uncertainty
trends-legend = Cases per country
trends-map-none = None
trends-map-source = Country shapes: Natural Earth (public domain), from the world-atlas package.
trends-empty-chart = No matching case has a value here.

## Email (see mail.rs)
mail-confirm-subject = Confirm your email address for Observa
mail-confirm-body =
    Hello,

    To finish making your Observa account, open this link within 48 hours:

    { $value }

    If you did not ask for an account, you can ignore this message.
mail-reset-subject = Choose a new Observa password
mail-reset-body =
    Hello,

    To choose a new password for your Observa account, open this link within one hour:

    { $value }

    If you did not ask for this, you can ignore this message: your password stays as it is.
mail-exists-subject = You already have an Observa account
mail-exists-body =
    Hello,

    Someone, perhaps you, tried to make an Observa account with this address, which has one already. Sign in with it, or if you forgot your password, choose a new one here:

    { $value }

    If it was not you, you can ignore this message.

## Accounts
nav-account = Your account
error-forbidden-title = You may not do this
error-forbidden-text = Your account does not have the right to do this, or the form was too old: go back, reload the page and try again.
error-too-many-title = Too many attempts
error-too-many-text = Please wait a little before trying again.
account-error-summary = There is a problem
account-error-prefix = Error:
account-email = Email address
account-display-name = Your name
account-display-name-hint = Shown beside what you contribute.
account-password = Password
account-new-password = New password
account-password-hint = At least { $n } characters; a few words make a good one.
account-signup-title = Create an account
account-signup-lead = With an account you can submit cases of public-sector innovation. We will send you an email to confirm your address.
account-signup-button = Create account
account-have-account = Already have an account?
account-signin-link = Sign in
account-signin-title = Sign in
account-signin-button = Sign in
account-no-account = No account yet?
account-signup-link = Create an account
account-forgot = Forgot your password?
account-error-credentials = The email address or the password is not right.
account-error-unconfirmed = Confirm your email address first by following the link we sent you. No email? Reset your password to get a new link.
error-email-required = Enter your email address.
error-email-invalid = Enter an email address like name@example.org.
error-name-required = Enter the name other people will see.
error-name-invalid = The name must be one line of at most 100 characters.
error-password-short = The password must have at least { $n } characters; a few words make a good one.
error-password-long = The password must have at most { $n } characters.
error-password-repetitive = The password repeats too few characters to be hard to guess.
error-password-email = The password must not contain your email address.
account-sent-title = Check your email
account-signup-sent = We have sent a message to { $value }. Follow its link within 48 hours to confirm the address, then sign in.
account-reset-sent = If an account uses { $value }, we have sent it a link to choose a new password. The link works for one hour.
account-confirm-title = Confirm your email address
account-confirm-text = Confirm that { $value } is your address to finish making your account.
account-confirm-button = Confirm my address
account-link-invalid-title = This link does not work any more
account-link-invalid-text = It has been used already or it has expired. To get a new one, reset your password.
account-confirmed-notice = Your email address is confirmed. You can sign in now.
account-reset-done-notice = Your password has been changed. Sign in with the new one.
account-reset-title = Reset your password
account-reset-lead = Enter the email address of your account and we will send it a link to choose a new password.
account-reset-button = Send the link
account-new-password-title = Choose a new password
account-new-password-text = For the account { $value }. Changing it signs the account out everywhere.
account-new-password-button = Change password
account-title = Your account
account-role = Role
account-name = Name
account-signout-button = Sign out
account-admin-links = Administration
admin-users-title = Users and roles
admin-users-lead = Change what each account may do. Every change is recorded in the audit log.
admin-col-email = Email address
admin-col-name = Name
admin-col-role = Role
admin-col-confirmed = Address confirmed
admin-col-created = Created
admin-yes = Yes
admin-no = No
admin-role-label = New role for { $value }
admin-role-button = Change role
admin-role-changed = The role of { $value } is now { $role }.
admin-own-role = You cannot change your own role: ask another administrator.
admin-outbox-title = Mail outbox
admin-outbox-lead-smtp = Messages are sent over SMTP; the text of a sent message is not kept.
admin-outbox-lead-none = No SMTP server is configured, so messages stay here: pass a link on by hand when someone needs it.
admin-col-to = To
admin-col-subject = Subject
admin-col-status = Status
admin-col-date = Written
admin-status-sent = Sent
admin-status-pending = Waiting
admin-status-failed = Not sent: { $value }
admin-outbox-empty = No messages yet.
admin-outbox-text = Text
## Themes, emerging trends and the report
trends-themes-title = Themes
trends-themes-intro = Themes group the cases whose texts (title, summary, overview and story) use the same words. Each theme is named by its most telling words and shown with its most representative cases.
trends-themes-auto = { $k } themes: of 4 to 12 themes, the number that separates the cases best (mean silhouette { $score }).
trends-themes-given = { $k } themes, as asked.
trends-themes-sampled = This search matches { $matched } cases: themes and emerging trends are computed on { $analysed } of them, a fixed sample drawn by case number.
trends-themes-choose = Number of themes
trends-themes-auto-option = Chosen automatically
trends-themes-show = Show
trends-themes-none = The texts of these cases are too few or too short to group into themes.
trends-theme-heading = Theme { $n }: { $label }
trends-theme-size = { $count ->
    [one] { $n } case
   *[other] { $n } cases
} ({ $percent } of those analysed)
trends-theme-examples = Most representative cases
trends-theme-chart = Theme { $n } by year launched
trends-theme-desc = Cases of theme { $n } ({ $label }) by the year they were launched, from { $from } to { $to }; the most, { $most }, in { $peak }.
trends-year = Year
trends-emerging-title = Emerging trends
trends-emerging-intro = Themes, technologies, tags and words whose share of the cases launched in { $recent } grew, compared with { $baseline }, by more than chance would explain.
trends-emerging-none = No theme, technology, tag or word grew beyond chance in these cases.
trends-emerging-short = Too few years have cases to compare recent years with earlier ones.
trends-kind-theme = Theme
trends-kind-technology = Technology
trends-kind-tag = Tag
trends-kind-term = Word
trends-emerging-figures = { $recent_share } of the cases of { $recent } against { $baseline_share } before: { $ratio } times the share. With no real change, a rise this large would happen by chance with probability p { $p }; allowing for every item tested, q { $q }.
trends-emerging-new = { $recent_share } of the cases of { $recent }, none before. With no real change, this would happen by chance with probability p { $p }; allowing for every item tested, q { $q }.
trends-emerging-chart = { $label } by year launched
trends-emerging-desc = Cases with { $label } each year from { $from } to { $to }, with their share of that year's cases.
trends-method-title = How these are found
trends-method-themes = Themes: each case's texts become a vector of word weights (TF-IDF, words stemmed, common words left out); spherical k-means groups the vectors by cosine similarity, started from a fixed seed ({ $seed }), so the same cases always give the same themes. Unless a number is asked for, 4 to 12 themes are tried and the number with the best mean silhouette is kept.
trends-method-test = Emerging trends: for each item, the share of cases that have it in the recent window (the last { $years } years with cases) is compared with its share in the years before. If the share had not changed, the item's recent cases would follow a binomial law given its cases in all years (the conditional test of two Poisson rates); p is the exact chance of as many recent cases or more. Testing hundreds of items at once would flag some by chance, so each kind of item is corrected together (Benjamini–Hochberg q-values). An item is listed when its share grew, it has at least { $min } recent cases and q is at most { $q }.
trends-report-link = Printable report
report-title = Trends report
report-title-query = Trends report: “{ $value }”
report-generated = Figures computed on { $value } from the cases published in the library.
report-headline = Headline figures
report-initiatives = Initiatives
report-countries = Countries
report-regions = Regions
report-years = Years launched
report-charts = The cases in charts
report-method = Method
report-method-counts = Every count is the number of published cases that the search matches, as the case library counts them; a case with several countries, sectors or technologies counts once under each. Cases without a launch year are left out of the charts by year.
report-print = Print or save as PDF
report-back = Back to the trends page

## Review: the editors' queue, the review page, history, notifications, withdrawal, audit
account-notifications = { $count ->
    [0] Notifications: none unread
    [one] Notifications: { $n } unread
   *[other] Notifications: { $n } unread
}
account-editor-links = Editing
notice-in_review = Your case “{ $title }” is now in review
notice-changes_requested = Changes are requested on your case “{ $title }”
notice-published = Your case “{ $title }” is published
notice-rejected = Your case “{ $title }” was not accepted
notice-archived = Your case “{ $title }” is archived
notice-withdrawn = Your case “{ $title }” is withdrawn
notice-withdrawal_requested = Its author asks to withdraw “{ $title }”
notice-withdrawal_declined = Your request to withdraw “{ $title }” was declined
notice-other = News about “{ $title }”
mail-review-subject = Observa: { $value }
mail-review-body =
    Hello,

    { $what }.

    { $comment }

    More on Observa: { $link }

    The Observa editors
criterion-fits_definition = It fits the definition of public-sector innovation: new to its context, implemented or being implemented, aimed at public value.
criterion-plain_language = It is written in plain language, with acronyms spelled out.
criterion-every_section = Every section is answered (preliminary answers are fine, blanks are not).
criterion-stands_alone = It stands alone without relying on links.
criterion-no_personal_data = It holds no personal data beyond the named contact.
decision-withdrawal_declined = Withdrawal declined
review-someone = Someone
review-queue-title = Review queue
review-queue-lead = Cases waiting for an editor's decision, the longest waiting first.
review-counts-title = Cases by status
review-filter-status = Status
review-filter-call = Call for innovations
review-filter-age = Waiting
review-filter-waiting = Waiting for a decision
review-filter-withdrawal = Withdrawal requested
review-filter-all = Any status
review-filter-any-call = Any call
review-filter-any-age = Any time
review-filter-older = { $count ->
    [one] More than { $n } day
   *[other] More than { $n } days
}
review-filter-button = Filter
review-results = { $count ->
    [one] { $n } case
   *[other] { $n } cases
}
review-queue-empty = No case matches these filters.
review-col-case = Case
review-col-status = Status
review-col-call = Call
review-col-author = Author
review-col-waiting = Unchanged for
review-waiting-days = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
review-withdrawal-flag = Withdrawal requested
review-pages = Pages
review-previous = Previous page
review-next = Next page
review-page = Page { $value }
review-case-title = Review: { $value }
review-case-prefix = Review:
review-revision = Revision
review-history-link = History of changes
review-withdrawal-title = The author asks for withdrawal
review-withdrawal-by = Asked by { $name } on { $date }:
review-decision-title = Decision
review-no-actions = No action is open for a case in this state.
review-checklist-legend = Acceptance criteria
review-checklist-hint = Tick each criterion the case meets; publishing needs all of them. Your ticks are saved with the decision.
review-comment-label = Comment to the authors
review-comment-hint = Markdown. Needed to request changes, to reject (the reason) and to decline a withdrawal.
review-action-start = Start review
review-action-request-changes = Request changes
review-action-publish = Publish
review-action-reject = Reject
review-action-archive = Archive
review-action-withdraw = Withdraw
review-action-decline-withdrawal = Decline withdrawal
review-done-start = The review has started.
review-done-request-changes = Changes were requested; the authors are told.
review-done-publish = The case is published; the authors are told.
review-done-reject = The case was rejected; the authors are told.
review-done-archive = The case is archived.
review-done-withdraw = The case is withdrawn.
review-done-decline-withdrawal = The withdrawal request was declined; the authors are told.
review-error-stale = This case changed since you opened it. Check the current version below, then decide again.
review-error-not-allowed = This action is not open for the case as it stands now.
review-error-comment-request-changes = Say which changes you ask for.
review-error-comment-reject = Give the reason for rejecting the case.
review-error-comment-decline-withdrawal = Give the reason for declining the withdrawal.
review-error-comment-long = Write at most { $n } characters.
review-error-checklist = Tick every acceptance criterion before publishing.
review-error-invalid = The case does not meet the rules for this state yet: { $value }.
review-comments-title = Comments to the authors
review-comments-none = No comment yet.
review-comment-decision = with the decision: { $value }
review-comment-checked = Criteria ticked: { $value }
review-history-title = History of “{ $value }”
review-back = Back to the review
review-history-lead = Every version of the case, newest first, with who wrote it, when, and what changed.
review-revision-heading = Revision { $n }, by { $name }, { $date }
review-revision-status = Status: { $value }
review-revision-first = The first version.
review-revision-same = No field changed.
review-revision-caption = Changes in revision { $value }
review-col-field = Field
review-col-before = Before
review-col-after = After
review-empty = empty
review-deleted = deleted
review-inserted = inserted
notifications-title = Notifications
notifications-unread = { $count ->
    [0] No unread notification.
    [one] { $n } unread notification.
   *[other] { $n } unread notifications.
}
notifications-mark-read = Mark all as read
notifications-none = Nothing yet: decisions on your cases will appear here.
notifications-new = New:
withdrawal-ask-link = Ask for this case to be withdrawn
withdrawal-title = Withdraw “{ $value }”
withdrawal-lead = Tell the editors why this case should no longer be public. They will withdraw it or answer you.
withdrawal-public-page = See the case's public page.
withdrawal-reason = Why should the case be withdrawn?
withdrawal-button = Ask for withdrawal
withdrawal-open = You asked for withdrawal on { $value }; the editors will decide.
withdrawal-error-reason = Say why the case should be withdrawn.
withdrawal-error-not-public = Only a published or archived case can be withdrawn.
audit-title = Audit log
audit-lead = Every recorded change: status changes, role changes, sign-ups and more, newest first.
audit-lead-editor = Every recorded change to cases, newest first.
audit-filter-entity = Record
audit-filter-action = Action
audit-filter-any = Any
audit-results = { $count ->
    [one] { $n } entry
   *[other] { $n } entries
}
audit-col-when = When
audit-col-actor = Who
audit-col-action = Action
audit-col-entity = Record
audit-col-detail = Detail
audit-operator = The operator
## Calls for innovations, named trends and the duplicates report
facet-call = Call for innovations
trends-theme-save = Save as a named trend (editors)
named-trends-link = Named trends
report-title-call = Trends report: { $value }
call-error-too-long = Too long: at most { $n } characters.
call-error-too-many = Too many: at most { $n }.
editor-error-theme = Each theme holds 1 to { $n } characters.
editor-error-slug = Use lower-case letters, digits and single hyphens.
editor-error-slug-taken = This short name is taken: choose another.
editor-error-date = Give a date such as 2027-03-31.
editor-error-closes-before-opening = The closing date comes before the opening date.
editor-error-invalid = This value is not valid.
editor-calls-title = Calls for innovations
editor-calls-lead = Open a call with its dates and themes, change it, or close it early by setting its closing date. Contributors can answer a call while it is open.
editor-call-saved = The call “{ $value }” is saved.
editor-call-new = Open a new call
editor-calls-public = The public list of calls
editor-call-new-title = Open a call for innovations
editor-call-edit-title = Change a call for innovations
editor-call-lead = A call is open from its opening day to its closing day, both included.
editor-call-open = Open the call
editor-calls-back = Back to the calls
call-slug = Short name
call-slug-hint = Used in the address: lower-case letters, digits and hyphens, e.g. call-2027. It cannot change later.
call-title = Title
call-description = Description
call-description-hint = Markdown: *emphasis*, **bold**, lists and links.
call-opens = Opens
call-closes = Closes
call-date-hint = A date such as 2027-01-15.
call-closes-hint = To close the call early, set this to today.
call-themes = Themes it asks for
call-themes-hint = One theme a line.
call-col-title = Call
call-col-state = State
call-col-intake = Cases submitted
call-col-actions = Actions
call-col-status = Status
call-state-upcoming = Upcoming
call-state-open = Open
call-state-closed = Closed
call-dates = from { $opens } to { $closes }
calls-title = Calls for innovations
calls-lead = Time-boxed campaigns that invite public-sector innovations on given themes. Each call's page counts what it received.
calls-none = No call for innovations yet.
count-col-cases = Cases
call-intake = Intake
call-intake-total = { $count ->
    [one] { $n } case submitted to this call
   *[other] { $n } cases submitted to this call
}
call-intake-by-status = Cases submitted to this call, by status
call-published-heading = Published cases
call-published = { $count ->
    [one] { $n } published case
   *[other] { $n } published cases
}
call-see-cases = See the published cases
call-see-trends = Trends of this call's cases
named-trends-title = Named trends
named-trends-lead = Themes that editors found among the cases, named and kept, each with the selection it came from.
named-trends-none = No named trend yet.
named-trend-new-title = Save a theme as a named trend
named-trend-edit-title = Change a named trend
named-trend-lead = Give the theme a name and a description; its selection, top terms and representative cases are kept with it.
named-trend-name = Name
named-trend-description = Description
named-trend-query = Selection
named-trend-query-hint = The filters of the trends page, as in its address (e.g. sector=health&call=call-2027); empty for the whole library.
named-trend-terms = Top terms
named-trend-cases = Representative cases
named-trend-delete = Delete this named trend
named-trend-count = { $count ->
    [one] { $n } published case matches this selection today.
   *[other] { $n } published cases match this selection today.
}
named-trend-saved-on = Saved or last changed on { $value }.
named-trend-whole-library = The whole library
named-trend-now = Its selection today
named-trend-see-trends = See its selection on the trends page
named-trend-edit-link = Edit (editors)
duplicates-title = Likely duplicates
duplicates-summary = { $pairs ->
    [one] { $pairs_n } pair of likely duplicates among { $cases_n } published cases.
   *[other] { $pairs_n } pairs of likely duplicates among { $cases_n } published cases.
}
duplicates-method = Pairs whose texts share at least { $value } of their three-word sequences (Jaccard similarity), found by MinHash and confirmed exactly; most similar first.
duplicates-truncated = The library holds more published cases than the { $value } compared here: the others are not checked. Use observa duplicates on the server for all of them.
duplicates-page = Page { $page } of { $pages }
duplicates-col-similarity = Similarity
duplicates-col-case = Case
duplicates-col-other = Likely duplicate
duplicates-pages = Pages of pairs
duplicates-prev = Previous page
duplicates-next = Next page
## Contributing cases (see contribute/)
contribute-title = Your cases
contribute-lead = Cases you started or were invited to edit. A draft stays yours until you submit it; editors then review it.
contribute-new = Start a new case
contribute-none = You have no case yet.
contribute-col-case = Case
contribute-col-status = Status
contribute-col-changed = Last change
contribute-col-decision = Latest decision
contribute-col-actions = Actions
contribute-role-owner = yours
contribute-role-collaborator = you collaborate
contribute-edit = Edit
contribute-view = Preview
contribute-submitted-notice = Your case was submitted. Editors will review it; their decision will show here.
contribute-new-title = Start a new case
contribute-new-lead = Give your case a title: you can change everything later. A draft needs only a title.
contribute-call = Call for innovations
contribute-call-none = No call: submit to the library at any time
contribute-call-hint = Calls open today. A case answering a call must be submitted while the call is open.
contribute-language = Language the case is written in
contribute-start = Start the draft
contribute-steps = Steps of the case form
contribute-step-identity = Identity
contribute-step-who = Who
contribute-step-what = What
contribute-step-when = When and how far
contribute-step-story = Story
contribute-step-materials = Materials
contribute-step-collaborators = Collaborators
contribute-step-submit = Check and submit
contribute-step-of = (step { $step } of { $steps })
contribute-save = Save draft
contribute-save-continue = Save and continue
contribute-saved = Draft saved.
contribute-needed = needed to submit
contribute-max-chars = { $count ->
    [one] At most { $n } character.
   *[other] At most { $n } characters.
}
contribute-chars-left = Characters left: { $value }
contribute-chars-over = Characters over the limit: { $value }
contribute-choose = Choose…
contribute-preview = Preview the case
contribute-preview-notice = Preview: this is how the case will look once published. It is not public.
contribute-back-to-edit = Back to the form
contribute-conflict = Someone saved this case after you opened this page, so your changes were not saved. Your values are shown below: open the step again to see the latest version and make your changes there.
field-title = Title
field-pitch = One-line pitch
field-overview = Overview
field-nuts = NUTS code
field-videos = Video links
hint-overview = Markdown is allowed: *emphasis*, lists, links.
hint-countries = Country names or two-letter codes, separated by commas.
hint-links = One per line: a title, a vertical bar |, then the address.
hint-year = A year from 1950 to 2100.
example-title = Example: Open budget lab of Porto Alegre
example-pitch = Example: Residents decide together how part of the city budget is spent.
example-overview = Example: Since 2019 the city invites residents to propose projects and vote on them in neighbourhood assemblies; the winning projects enter next year's budget.
example-website = Example: https://www.example.gov/open-budget
example-language = Example: English
example-call = Example: Innovations in public health 2027
example-organisation_name = Example: City of Porto Alegre
example-organisation_type = Example: Government
example-countries = Example: Brazil, PT
example-subnational = Example: Rio Grande do Sul
example-nuts = Example: PT11
example-level = Example: Local
example-sectors = Example: Public administration modernisation and reform
example-tags = Example: Citizen engagement, Co-design
example-technologies = Example: Data analytics
example-facets = Example: Mission-oriented
example-sdgs = Example: SDG 11 (sustainable cities and communities)
example-year_launched = Example: 2019
example-year_ended = Example: 2023 (leave empty if it goes on)
example-stage = Example: Implementation
example-lifecycle = Example: Active
example-story_innovation = Example: For the first time residents, not officials, choose which projects get funded.
example-story_partners = Example: The city worked with neighbourhood associations and the federal university.
example-story_beneficiaries = Example: About 20 000 residents took part; the projects serve the poorest districts.
example-story_results = Example: 312 projects funded in four years; turnout doubled between the first and the third year.
example-story_challenges = Example: Early assemblies drew few young people; we added online voting in 2021.
example-story_conditions = Example: A mayor's commitment to fund the winning projects, and staff trained in facilitation.
example-story_replication = Example: Two neighbouring cities adopted the method with our guide.
example-story_lessons = Example: Publish the budget in plain language before asking people to choose.
example-links = Example: Project page | https://www.example.gov/open-budget
example-videos = Example: Launch video | https://video.example.org/watch/123
example-invite = Example: colleague@example.gov
example-image-alt = Example: Residents voting on budget projects in a school hall.
example-document-title = Example: Evaluation report 2022
contribute-error-required = Fill this in (a preliminary answer is fine).
contribute-error-too_long = { $count ->
    [one] Write at most { $n } character.
   *[other] Write at most { $n } characters.
}
contribute-error-invalid_url = Enter a full web address starting with https:// or http://.
contribute-error-year_out_of_range = Enter a year from 1950 to 2100.
contribute-error-not_a_year = Enter a year as four digits, such as 2021.
contribute-error-invalid_choice = Choose one of the options given.
contribute-error-unknown_country = Unknown country: “{ $value }”. Use names or two-letter codes such as BR, separated by commas.
contribute-error-ends_before_start = The end year comes before the launch year.
contribute-error-bad_link = Write one link per line: a title, a vertical bar |, then the address.
contribute-error-call_closed = The call “{ $value }” is closed: choose an open call or none.
contribute-error-invalid_language = Choose a language.
contribute-error-alt_required = Describe the image for people who cannot see it (alt text).
contribute-error-title_required = Give the document a title.
contribute-error-title_needed = Give the case a title.
contribute-error-no_file = Choose a file to upload.
contribute-error-too_large = This file is too large: at most { $value }.
contribute-error-not_image = This file's content is not a PNG, JPEG, WebP or GIF image, whatever its name says.
contribute-error-not_document = This file's content is not a PDF, OpenDocument or Office (docx, xlsx, pptx) document, whatever its name says.
contribute-error-confirm = Confirm that you checked the case against these criteria.
contribute-error-own_address = This is your own address.
contribute-error-already_invited = This address has an invitation waiting already.
contribute-images = Images
contribute-documents = Documents
contribute-no-images = No image yet.
contribute-no-documents = No document yet.
contribute-remove = Remove
contribute-add-image = Add an image
contribute-add-document = Add a document
contribute-image-file = Image file
contribute-image-types = PNG, JPEG, WebP or GIF, at most { $value }.
contribute-image-alt = Alt text: what the image shows
contribute-document-file = Document file
contribute-document-types = PDF, OpenDocument (odt, ods, odp) or Office (docx, xlsx, pptx), at most { $value }.
contribute-document-title = Document title
contribute-upload-image = Upload the image
contribute-upload-document = Upload the document
contribute-uploaded = File added.
contribute-removed = File removed.
contribute-collaborators = People on this case
contribute-collaborators-lead = Collaborators edit this case with you. Invite them by email: the link they get adds the account they are signed in with.
contribute-owner = owner
contribute-collaborator = collaborator
contribute-invitations = Invitations
contribute-no-invitations = No invitation sent yet.
contribute-invite-email = Email address to invite
contribute-invite = Send the invitation
contribute-invited = Invitation sent.
contribute-withdraw = Withdraw
contribute-withdrawn = Invitation withdrawn.
contribute-only-owner-invites = Only the case's owner can invite collaborators.
invitation-pending = waiting
invitation-accepted = accepted
invitation-withdrawn = withdrawn
invitation-expired = expired
contribute-join-title = Join a case
contribute-join-text = You are invited to edit the case “{ $value }”. Joining adds the account you are signed in with as a collaborator.
contribute-join = Join as a collaborator
contribute-join-invalid = This invitation link is unknown, used, withdrawn or expired. Ask the case's owner for a new one.
contribute-missing = Still needed before you can submit
contribute-ready = Everything submission needs is filled in.
contribute-criteria = What editors check
criterion-innovation = It fits the definition of public-sector innovation: new to its context, implemented or being implemented, and aimed at public value.
criterion-plain = It is written in plain language, with acronyms spelled out.
criterion-complete = Every section is answered: preliminary answers are fine, blanks are not.
criterion-standalone = It stands alone without relying on links.
criterion-personal = It holds no personal data beyond the named contact.
contribute-confirm = I checked the case against these criteria.
contribute-submit = Submit for review
contribute-call-closed = The call “{ $value }” is closed: choose another call, or none, on the Identity step.
contribute-not-ready = The case is not ready to submit: see what is still needed below.
contribute-suggested = suggested from your texts: { $value }
contribute-look-alike = This looks like an existing case
contribute-similarity = same words: { $value }
contribute-look-alike-hint = If it is the same initiative, there is no need to submit it again; if it is different, say what sets it apart.
contribute-account-link = Your cases and contributions
mail-invite-subject = Invitation to edit a case on Observa
mail-invite-body =
    Hello,

    { $inviter } invites you to edit the case “{ $title }” with them on Observa. Sign in (or make an account), then open this link within 14 days:

    { $link }

    If you do not want to take part, you can ignore this message.
review-suggestions-title = Suggested from the texts
review-suggestions-hint = What the tag-suggestion model finds in the title, pitch and overview and the case does not carry yet, with its confidence.

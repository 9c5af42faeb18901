//! The Public Sector Tech Watch CSV (European Commission, Joint Research Centre): its
//! cases of emerging technology in public administrations, read as Observa [`Case`]s.
//!
//! [`read_pstw`] checks the header first — a UTF-8 byte-order mark is tolerated, column
//! names are matched ignoring case and surrounding spaces (the real header has ` Status`
//! with a leading space and a last column with no name), and a file that is empty, binary
//! or lacks required columns gives a [`FormatError`] before any row is read. It then
//! yields one `Result<Case, RowError>` per record; quoted descriptions may span several
//! lines, and [`RowError::line`] is the line on which the record starts.
//!
//! Every value is trimmed, non-breaking spaces included, and compared ignoring case,
//! spaces, hyphens and punctuation, so `"Central-government"`, `"Central Government"`,
//! `"Across Countries"` and `"Pilot "` all match. A row becomes a [`RowError`] when its
//! country is unknown, a year is not a number, a closed value (extent, status, COFOG level
//! I, technology) is outside the codebook, or the case it gives would not pass
//! [`Case::validate_for`]`(Published)`; nothing panics on bad data.
//!
//! # Mapping
//!
//! | PSTW column | Case field |
//! |---|---|
//! | PSTW ID | `provenance.source = Imported { dataset: "pstw", record_id, fields }`; slug suffix `-pstw-<n>` |
//! | Name | `title` (line breaks folded); slug = `slugify(name)` cut at a word within 60 chars + `-pstw-<n>` |
//! | Description | `overview` (paragraphs kept) and `pitch` (see [`pitch_from`]) |
//! | Website | `website` when it holds one http(s) URL; further URLs go to `links`; anything else is kept as field `website` |
//! | Geographical coverage (country) | `countries` via [`CountryCode::from_name`] ("European Union" → `EU`) |
//! | NUTS 2021 | `nuts` |
//! | Responsible organisation | `organisation.name` |
//! | Responsible organisation category | `organisation.type` (table below), raw value in field `organisation_category` |
//! | Geographical extent | `level` (table below) |
//! | COFOG level I and II | `sectors` (table below), raw values in `cofog_level_1`, `cofog_level_2` |
//! | ` Status` | `stage` and `lifecycle` (table below), raw value in field `status` |
//! | Start Year, End Year | `year_launched`, `year_ended` (empty → none) |
//! | Primary, Secondary Technology; AI Classification Subdomain ×4 | `technologies` (tables below) |
//! | Cross Border, Cross Sector, GovTech, Collaboration type, Application type | `tags` (table below) |
//! | Source, Stories link | `links` (every http(s) URL in them), raw values in `source`, `stories_link` |
//! | the 18 benefit columns | field `benefits`: names of the columns marked `x`/`X`, joined with `"; "` |
//!
//! Other columns are kept as they are under `fields`: `process_type`, `application_type`,
//! `interaction`, `geographical_extent`, `ai_classification`, `ai_subdomains` (the four
//! subdomain columns joined with `"; "`), `ai_keywords`, `collaboration_type`,
//! `procurement_eu_model_contractual_ai`, `funding_source`, `govtech`, `govtech_company`,
//! `govtech_initiative`, `open_components_input`, `open_components_output`,
//! `date_updated` (as given: the June 2025 release writes `M/D/YYYY`, November 2025
//! `DD/MM/YYYY`). Empty values are left out. Every case is `published`, in English, under
//! `CC-BY-4.0` with the JRC attribution, and created, updated and published at the
//! `imported_at` given to [`read_pstw`].
//!
//! ## Sectors (COFOG)
//!
//! Level I gives the sector; level II refines it where it says more. "Economic affairs"
//! is a catch-all, so its specific groups replace it; elsewhere an R&D group adds
//! science to the division's own sector.
//!
//! | COFOG level I | level II | sectors |
//! |---|---|---|
//! | General public services | Foreign economic aid | external_relations |
//! | General public services | Basic research | science_research_innovation |
//! | General public services | R&D … | public_administration_reform, science_research_innovation |
//! | General public services | any other | public_administration_reform |
//! | Defence | any | public_order_safety_justice (+ science for R&D) |
//! | Public order and safety | any | public_order_safety_justice (+ science for R&D) |
//! | Economic affairs | Transport | transport_infrastructure |
//! | Economic affairs | Agriculture, forestry, fishing and hunting; Fuel and energy | environment_climate_agriculture |
//! | Economic affairs | Communication | information_society_digitalisation |
//! | Economic affairs | R&D economic affairs | science_research_innovation |
//! | Economic affairs | any other (general economic, commercial and labour affairs; mining, manufacturing and construction; other industries; n.e.c.) | economic_affairs |
//! | Environmental protection | any | environment_climate_agriculture (+ science for R&D) |
//! | Housing and community amenities | any | housing_community (+ science for R&D) |
//! | Health | any | health (+ science for R&D) |
//! | Recreation, culture and religion | any | recreation_culture_religion (+ science for R&D) |
//! | Education | any | education (+ science for R&D) |
//! | Social protection | Unemployment | employment_labour |
//! | Social protection | any other (old age, family and children, sickness and disability, social exclusion, n.e.c.) | housing_community (+ science for R&D) |
//!
//! Observa's 13 sectors have no "social protection": benefits and care for families, the
//! old, the sick and the excluded are closest to "housing and community" (community
//! welfare), while unemployment is labour-market policy. An empty level I is a row error.
//!
//! ## Level of government and organisation type
//!
//! | value | level |
//! |---|---|
//! | extent National / Regional / Local | national / regional / local |
//! | extent Across countries | supranational |
//! | category European Institution/Agency (whatever the extent) | supranational |
//! | no extent: category Central or National / Regional / Local Government | national / regional / local |
//!
//! | organisation category | organisation type |
//! |---|---|
//! | Central-Government, National, Regional, Local Government | government |
//! | Academic-Research | academia |
//! | Private sector | private_sector |
//! | Non-governmental, Community led | ngo |
//! | European Institution/Agency | international_organisation |
//! | Consortium, State-owned entreprise, anything else | none |
//!
//! ## Stage and life cycle
//!
//! | Status | stage | lifecycle |
//! |---|---|---|
//! | Planned, In development | developing_proposals | active |
//! | Pilot, Implemented | implementation | active |
//! | Not in use | implementation | discontinued |
//!
//! ## Technologies and tags
//!
//! | Primary / Secondary Technology | technology |
//! |---|---|
//! | Artificial Intelligence | artificial_intelligence |
//! | Blockchain | blockchain |
//! | AR/VR | ar_vr |
//! | Quantum Computing | quantum_computing |
//! | Virtual Worlds | virtual_worlds |
//! | Digital Twins | digital_twins |
//! | 5G (Edge Computing) | edge_5g |
//! | Other | other_technology |
//!
//! | AI Classification Subdomain | technology |
//! |---|---|
//! | Machine learning, Deep learning | machine_learning |
//! | Natural language processing | natural_language_processing |
//! | Computer vision | computer_vision |
//! | Planning and Scheduling | planning_scheduling |
//! | Automated reasoning (and Automated Decision Making) | automated_reasoning |
//! | Knowledge representation | knowledge_representation |
//! | Robotics and Automation (and RPA) | robotics_automation |
//! | Optimisation | optimisation |
//! | Audio processing | audio_processing |
//! | Connected and Automated vehicles | connected_automated_vehicles |
//! | Searching | searching |
//! | Multi-agent systems | multi_agent_systems |
//! | AI Services | ai_services |
//! | AI Ethics | ai_ethics |
//! | Generative AI | generative_ai |
//! | Multiple AI techniques, anything else | none (still in field `ai_subdomains`) |
//!
//! Technologies come primary first, then secondary, then the subdomains in column order,
//! without repeats; when a row has AI subdomains but neither technology column says
//! artificial intelligence (two rows in the real data), `artificial_intelligence` is added
//! before the subdomains, since a subdomain term sits under it.
//!
//! Tags: Cross Border "Yes" → `cross_border`; Cross Sector "Yes" → `cross_sector`;
//! GovTech "Yes" or Collaboration type "GovTech" → `govtech`; Application type "Service
//! personalisation (various)" → `personalised_services`.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::io::Read;

use chrono::{DateTime, Utc};
use observa_domain::case::{MAX_PITCH, Provenance};
use observa_domain::publication::excerpt;
use observa_domain::slug::{is_valid_slug, slugify};
use observa_domain::{
    Case, CaseSource, CaseStatus, CountryCode, GovLevel, Lifecycle, Link, OrgType, Organisation,
    Sector, Stage, Story,
};

use crate::RowError;

/// The dataset name recorded in [`CaseSource::Imported`].
pub const DATASET: &str = "pstw";
/// Licence of the Public Sector Tech Watch data.
pub const LICENCE: &str = "CC-BY-4.0";
/// The attribution the licence asks for.
pub const ATTRIBUTION: &str =
    "Source: European Commission, Joint Research Centre (JRC), Public Sector Tech Watch";
/// Longest part of a slug taken from the name, before `-pstw-<n>`.
pub const SLUG_NAME_LEN: usize = 60;
/// A pitch takes further sentences only while it is shorter than this.
pub const PITCH_TARGET: usize = 200;

/// The file as a whole is not a Public Sector Tech Watch CSV; nothing was read from it.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error(
        "the file is empty: a Public Sector Tech Watch CSV starts with a header line (PSTW ID,Name,…)"
    )]
    Empty,
    #[error("the file is not text ({0}): a Public Sector Tech Watch CSV is UTF-8 text")]
    NotText(&'static str),
    #[error(
        "not a Public Sector Tech Watch CSV: its header has none of the expected columns (PSTW ID, Name, Description, …); it begins {header:?}"
    )]
    NotPstw { header: String },
    #[error(
        "this looks like a Public Sector Tech Watch file separated by {0:?} instead of commas: export it as comma-separated CSV"
    )]
    WrongSeparator(char),
    #[error(
        "not a complete Public Sector Tech Watch CSV: the header lacks the column(s) {}",
        quoted(missing)
    )]
    MissingColumns { missing: Vec<&'static str> },
    #[error("could not read the header: {0}")]
    Read(#[from] csv::Error),
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

// Column indices into COLUMNS.
const ID: usize = 0;
const NAME: usize = 1;
const WEBSITE: usize = 2;
const DESCRIPTION: usize = 3;
const EXTENT: usize = 4;
const COUNTRY: usize = 5;
const NUTS: usize = 6;
const ORG: usize = 7;
const ORG_CATEGORY: usize = 8;
const COFOG1: usize = 9;
const COFOG2: usize = 10;
const STATUS: usize = 11;
const START_YEAR: usize = 12;
const END_YEAR: usize = 13;
const APPLICATION_TYPE: usize = 15;
const CROSS_BORDER: usize = 16;
const CROSS_SECTOR: usize = 17;
const PRIMARY_TECH: usize = 18;
const SECONDARY_TECH: usize = 19;
const SOURCE: usize = 21;
const AI_SUBDOMAINS: [usize; 4] = [23, 24, 25, 26];
const COLLABORATION: usize = 28;
const GOVTECH: usize = 31;
const STORIES: usize = 36;

struct Column {
    header: &'static str,
    /// Key under which the trimmed value is kept in `fields`, if it is kept as is.
    field: Option<&'static str>,
    required: bool,
}

const fn col(header: &'static str, field: Option<&'static str>, required: bool) -> Column {
    Column {
        header,
        field,
        required,
    }
}

const COLUMNS: [Column; 38] = [
    col("PSTW ID", None, true),
    col("Name", None, true),
    col("Website", None, false),
    col("Description", None, true),
    col("Geographical extent", Some("geographical_extent"), true),
    col("Geographical coverage (country)", None, true),
    col("NUTS 2021", None, false),
    col("Responsible organisation", None, true),
    col(
        "Responsible organisation category",
        Some("organisation_category"),
        true,
    ),
    col(
        "Functions of Government (COFOG level I)",
        Some("cofog_level_1"),
        true,
    ),
    col(
        "Functions of Government (COFOG level II)",
        Some("cofog_level_2"),
        true,
    ),
    col("Status", Some("status"), true),
    col("Start Year", None, true),
    col("End Year", None, true),
    col("Process type", Some("process_type"), false),
    col("Application type", Some("application_type"), false),
    col("Cross Border", None, false),
    col("Cross Sector", None, false),
    col("Primary Technology", None, true),
    col("Secondary Technology", None, false),
    col("Interaction", Some("interaction"), false),
    col("Source", Some("source"), false),
    col("AI Classification (I)", Some("ai_classification"), false),
    col("AI Classification Subdomain (II) (main)", None, false),
    col("AI Classification Subdomain (II) (Other I)", None, false),
    col("AI Classification Subdomain (II) (Other II)", None, false),
    col("AI Classification Subdomain (II) (Other III)", None, false),
    col("AI Keywords", Some("ai_keywords"), false),
    col("Collaboration type", Some("collaboration_type"), false),
    col(
        "Procurement (EU Model Contractual AI)",
        Some("procurement_eu_model_contractual_ai"),
        false,
    ),
    col("Funding source", Some("funding_source"), false),
    col("GovTech", Some("govtech"), false),
    col("Company name or GovTech ID", Some("govtech_company"), false),
    col("GovTech Initiative + ID", Some("govtech_initiative"), false),
    col(
        "Open components in input",
        Some("open_components_input"),
        false,
    ),
    col(
        "Open components in output",
        Some("open_components_output"),
        false,
    ),
    col("Stories link", Some("stories_link"), false),
    col("Date updated", Some("date_updated"), false),
];

/// The benefit columns, marked `x` when the initiative claims that benefit.
const BENEFITS: [&str; 18] = [
    "Improved Public Service",
    "Personalized Services",
    "Public (citizen)-centered services",
    "Increase quality of PSI and services",
    "More responsive, efficient, and cost-effective public services",
    "New services or channels",
    "Improved Administrative Efficiency",
    "Cost-reduction",
    "Responsiveness of government operation",
    "Improved management of public resources",
    "Increased quality of processes and systems",
    "Better collaboration and better communication",
    "Reduced or eliminated the risk of corruption and abuse of the law by public servants",
    "Enabled greater fairness, honesty, equality",
    "Open government capabilities",
    "Increased transparency of public sector operations",
    "Increased public participation in government actions and policy making",
    "Improved public control and influence on government actions and policies",
];

/// Opens a Public Sector Tech Watch CSV: checks its header and returns an iterator over
/// its rows as cases, each imported at `imported_at`.
pub fn read_pstw<R: Read>(
    input: R,
    imported_at: DateTime<Utc>,
) -> Result<PstwRows<R>, FormatError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(LineIndex {
            inner: input,
            offset: 0,
            breaks: VecDeque::new(),
            lines_before: 1,
        });
    let header = reader.byte_headers()?.clone();
    if header.is_empty() || header.iter().all(|h| h.iter().all(u8::is_ascii_whitespace)) {
        return Err(FormatError::Empty);
    }
    if header.as_slice().contains(&0) {
        return Err(FormatError::NotText("it holds NUL bytes"));
    }
    let mut names = Vec::with_capacity(header.len());
    for h in &header {
        let name =
            std::str::from_utf8(h).map_err(|_| FormatError::NotText("it is not valid UTF-8"))?;
        names.push(fold(name.trim_start_matches('\u{feff}')));
    }
    let find = |wanted: &str| names.iter().position(|n| *n == fold(wanted));
    let columns: Vec<Option<usize>> = COLUMNS.iter().map(|c| find(c.header)).collect();
    let missing: Vec<&'static str> = COLUMNS
        .iter()
        .zip(&columns)
        .filter(|(c, i)| c.required && i.is_none())
        .map(|(c, _)| c.header)
        .collect();
    if missing.len() == COLUMNS.iter().filter(|c| c.required).count() {
        let text = String::from_utf8_lossy(header.as_slice());
        let separator = [';', '\t', '|']
            .into_iter()
            .find(|c| text.matches(*c).count() >= 10);
        if let Some(separator) = separator.filter(|_| text.contains("PSTW ID")) {
            return Err(FormatError::WrongSeparator(separator));
        }
        let header = header_preview(&header, &text);
        return Err(FormatError::NotPstw { header });
    }
    if !missing.is_empty() {
        return Err(FormatError::MissingColumns { missing });
    }
    let benefits = BENEFITS
        .iter()
        .filter_map(|b| find(b).map(|i| (*b, i)))
        .collect();
    Ok(PstwRows {
        reader,
        record: csv::ByteRecord::new(),
        width: header.len(),
        columns,
        benefits,
        imported_at,
        seen: HashSet::new(),
        done: false,
    })
}

/// The first fields of a header that is not ours, to show what the file is instead.
fn header_preview(header: &csv::ByteRecord, text: &str) -> String {
    let shown: Vec<String> = header
        .iter()
        .take(4)
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let mut s = shown.join(",");
    if header.len() > 4 {
        s.push_str(",…");
    }
    if s.chars().count() > 80 {
        s = format!("{}…", text.chars().take(80).collect::<String>());
    }
    s
}

/// The rows of a Public Sector Tech Watch CSV as cases; see [`read_pstw`].
#[derive(Debug)]
pub struct PstwRows<R> {
    reader: csv::Reader<LineIndex<R>>,
    record: csv::ByteRecord,
    /// Number of fields in the header: every record must have as many.
    width: usize,
    /// Index of each of [`COLUMNS`] in the file.
    columns: Vec<Option<usize>>,
    /// Name and index of each benefit column found.
    benefits: Vec<(&'static str, usize)>,
    imported_at: DateTime<Utc>,
    seen: HashSet<String>,
    done: bool,
}

impl<R: Read> Iterator for PstwRows<R> {
    type Item = Result<Case, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => {
                let start = self.record.position().map_or(0, csv::Position::byte);
                let line = self.reader.get_mut().line_at(start);
                Some(Row { rows: self, line }.into_case())
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                // An I/O error (or anything unexpected from the CSV reader) ends the file.
                self.done = true;
                let line = e
                    .position()
                    .map_or_else(|| self.reader.position().line(), csv::Position::line);
                Some(Err(RowError {
                    line,
                    record_id: None,
                    reason: format!("read error: {e}"),
                }))
            }
        }
    }
}

/// Notes where the input's line breaks are, so that the line a record starts on can be
/// told even after `\r\n` line ends and blank lines (the CSV reader's own line count
/// starts a record before the line breaks it skips).
#[derive(Debug)]
struct LineIndex<R> {
    inner: R,
    /// Bytes read so far.
    offset: u64,
    /// Offsets of the `\r` and `\n` bytes not yet forgotten, in order.
    breaks: VecDeque<(u64, u8)>,
    /// 1 + the number of `\n` forgotten.
    lines_before: u64,
}

impl<R: Read> Read for LineIndex<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, &b) in buf[..n].iter().enumerate() {
            if b == b'\n' || b == b'\r' {
                self.breaks.push_back((self.offset + i as u64, b));
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

impl<R> LineIndex<R> {
    /// The line of the first byte at or after `from` that is not a line break. Calls
    /// come with growing offsets, so the breaks before `from` are forgotten.
    fn line_at(&mut self, from: u64) -> u64 {
        while let Some(&(at, b)) = self.breaks.front() {
            if at >= from {
                break;
            }
            self.lines_before += u64::from(b == b'\n');
            self.breaks.pop_front();
        }
        let mut line = self.lines_before;
        for (expected, &(at, b)) in (from..).zip(&self.breaks) {
            if at != expected {
                break;
            }
            line += u64::from(b == b'\n');
        }
        line
    }
}

/// One record being converted.
struct Row<'a, R> {
    rows: &'a mut PstwRows<R>,
    line: u64,
}

impl<R> Row<'_, R> {
    fn error(&self, record_id: Option<&str>, reason: impl Into<String>) -> RowError {
        RowError {
            line: self.line,
            record_id: record_id.map(String::from),
            reason: reason.into(),
        }
    }

    /// The trimmed value of a column ("" when the file has no such column).
    fn get(&self, column: usize) -> Result<&str, String> {
        match self.rows.columns[column] {
            Some(i) => self
                .at(i)
                .map_err(|e| format!("column \"{}\" {e}", COLUMNS[column].header)),
            None => Ok(""),
        }
    }

    fn at(&self, i: usize) -> Result<&str, &'static str> {
        let bytes = self.rows.record.get(i).unwrap_or_default();
        std::str::from_utf8(bytes)
            .map(str::trim)
            .map_err(|_| "is not valid UTF-8")
    }

    fn into_case(self) -> Result<Case, RowError> {
        if self.rows.record.len() != self.rows.width {
            let id = self.get(ID).ok().filter(|id| !id.is_empty());
            let (n, width) = (self.rows.record.len(), self.rows.width);
            return Err(self.error(id, format!("has {n} fields where the header has {width}")));
        }
        let id = self.get(ID).map_err(|e| self.error(None, e))?.to_string();
        if id.is_empty() {
            return Err(self.error(None, "no PSTW ID"));
        }
        let case = self
            .build(&id)
            .map_err(|reason| self.error(Some(&id), reason))?;
        if !self.rows.seen.insert(id.clone()) {
            return Err(self.error(Some(&id), "PSTW ID already seen earlier in the file"));
        }
        Ok(case)
    }

    fn build(&self, id: &str) -> Result<Case, String> {
        let name = fold_spaces(self.get(NAME)?);
        let description = self.get(DESCRIPTION)?;
        let now = self.rows.imported_at;

        let mut fields = BTreeMap::new();
        for (i, column) in COLUMNS.iter().enumerate() {
            if let Some(key) = column.field {
                let value = self.get(i)?;
                if !value.is_empty() {
                    fields.insert(key.to_string(), value.to_string());
                }
            }
        }
        let mut benefits = Vec::new();
        for (benefit, i) in &self.rows.benefits {
            if self
                .at(*i)
                .map_err(|e| format!("column \"{benefit}\" {e}"))?
                .eq_ignore_ascii_case("x")
            {
                benefits.push(*benefit);
            }
        }
        if !benefits.is_empty() {
            fields.insert("benefits".into(), benefits.join("; "));
        }
        let mut subdomains = Vec::new();
        for i in AI_SUBDOMAINS {
            let value = self.get(i)?;
            if !value.is_empty() {
                subdomains.push(value);
            }
        }
        if !subdomains.is_empty() {
            fields.insert("ai_subdomains".into(), subdomains.join("; "));
        }

        let raw_website = self.get(WEBSITE)?;
        let mut website_urls = website_urls(raw_website);
        let website = (!website_urls.is_empty()).then(|| website_urls.remove(0));
        if !raw_website.is_empty()
            && (website.is_none() || !website_urls.is_empty() || !is_plain_url(raw_website))
        {
            fields.insert("website".into(), raw_website.to_string());
        }
        let mut links: Vec<Link> = Vec::new();
        let mut add_link = |title: String, url: String| {
            if website.as_deref() != Some(url.as_str()) && !links.iter().any(|l| l.url == url) {
                links.push(Link { title, url });
            }
        };
        for url in website_urls {
            add_link(host_of(&url), url);
        }
        for url in urls_in(self.get(SOURCE)?) {
            add_link(format!("Source: {}", host_of(&url)), url);
        }
        for url in urls_in(self.get(STORIES)?) {
            add_link("Public Sector Tech Watch story".into(), url);
        }

        let country = self.get(COUNTRY)?;
        if country.is_empty() {
            return Err("no country (Geographical coverage (country) is empty)".into());
        }
        let country = CountryCode::from_name(country)
            .map_err(|_| format!("unknown country \"{country}\""))?;
        let category = self.get(ORG_CATEGORY)?;
        let (stage, lifecycle) = stage_and_lifecycle(self.get(STATUS)?)?;
        let year_launched = year(self.get(START_YEAR)?, COLUMNS[START_YEAR].header)?;
        let year_ended = year(self.get(END_YEAR)?, COLUMNS[END_YEAR].header)?;
        let subdomains: Vec<&str> = subdomains.iter().filter_map(|s| ai_subdomain(s)).collect();
        let technologies = technologies(
            self.get(PRIMARY_TECH)?,
            self.get(SECONDARY_TECH)?,
            &subdomains,
        )?;

        let mut tags = Vec::new();
        if is_yes(self.get(CROSS_BORDER)?) {
            tags.push("cross_border".to_string());
        }
        if is_yes(self.get(CROSS_SECTOR)?) {
            tags.push("cross_sector".to_string());
        }
        if is_yes(self.get(GOVTECH)?) || fold(self.get(COLLABORATION)?) == "govtech" {
            tags.push("govtech".to_string());
        }
        if fold(self.get(APPLICATION_TYPE)?).starts_with("servicepersonalisation") {
            tags.push("personalised_services".to_string());
        }

        let nuts = self.get(NUTS)?;
        let case = Case {
            slug: slug_for(&name, id),
            status: CaseStatus::Published,
            title: name,
            pitch: pitch_from(description),
            overview: overview_from(description),
            website,
            language: "en".into(),
            translations: BTreeMap::new(),
            organisation: Organisation {
                name: fold_spaces(self.get(ORG)?),
                kind: org_type(category),
            },
            countries: vec![country],
            subnational: None,
            nuts: (!nuts.is_empty()).then(|| nuts.to_string()),
            level: level(self.get(EXTENT)?, category)?,
            sectors: cofog_sectors(self.get(COFOG1)?, self.get(COFOG2)?)?,
            tags,
            technologies,
            facets: vec![],
            sdgs: vec![],
            year_launched,
            year_ended,
            stage,
            lifecycle,
            story: Story::default(),
            links,
            images: vec![],
            documents: vec![],
            videos: vec![],
            provenance: Provenance {
                source: CaseSource::Imported {
                    dataset: DATASET.into(),
                    record_id: id.into(),
                    fields,
                },
                licence: LICENCE.into(),
                attribution: Some(ATTRIBUTION.into()),
                submitted_by: None,
                collaborators: vec![],
                call: None,
                created_at: now,
                updated_at: now,
                published_at: Some(now),
            },
        };
        case.validate_for(CaseStatus::Published)
            .map_err(|v| format!("not publishable: {v}"))?;
        Ok(case)
    }
}

/// Lower-case letters and digits only: how codebook values are compared.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every run of white space (line breaks, non-breaking spaces) as one space, trimmed.
fn fold_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_yes(s: &str) -> bool {
    fold(s) == "yes"
}

/// The slug of a PSTW case: the name's slug cut at a word within [`SLUG_NAME_LEN`]
/// characters, then `-pstw-<n>` from the record id `PSTW-<n>` (any other id is slugified
/// whole), e.g. `ams-public-employment-service-pstw-1`.
pub fn slug_for(name: &str, record_id: &str) -> String {
    let id = record_id.trim();
    let suffix = match id.get(..5) {
        Some(p)
            if p.eq_ignore_ascii_case("pstw-")
                && id.len() > 5
                && id[5..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("pstw-{}", &id[5..])
        }
        _ => slugify(id),
    };
    let mut base = slugify(name);
    if base == "untitled" && !name.to_lowercase().contains("untitled") {
        return suffix;
    }
    if base.len() > SLUG_NAME_LEN {
        let cut = match base[..SLUG_NAME_LEN].rfind('-') {
            Some(i) if i > 0 => i,
            _ => SLUG_NAME_LEN,
        };
        base.truncate(cut);
    }
    let slug = format!("{}-{suffix}", base.trim_end_matches('-'));
    if is_valid_slug(&slug) { slug } else { suffix }
}

/// The pitch: the description's first sentence, followed by the next ones while it is
/// under [`PITCH_TARGET`] characters and stays within [`MAX_PITCH`]; when even the first
/// sentence is too long, it is cut at a word boundary with "…". Line breaks become spaces.
pub fn pitch_from(description: &str) -> String {
    let flat = fold_spaces(description);
    let mut pitch = String::new();
    let mut len = 0;
    for sentence in sentences(&flat) {
        let n = sentence.chars().count();
        if len > 0 && (len >= PITCH_TARGET || len + 1 + n > MAX_PITCH) {
            break;
        }
        if len == 0 && n > MAX_PITCH {
            break;
        }
        if len > 0 {
            pitch.push(' ');
            len += 1;
        }
        pitch.push_str(sentence);
        len += n;
    }
    if pitch.is_empty() {
        excerpt(&flat, MAX_PITCH - 1)
    } else {
        pitch
    }
}

/// Splits text (with single spaces) after `.`, `!` or `?` followed by a space and a
/// capital, digit or opening quote, unless the word before is an abbreviation or initial.
/// Lazy, so that a pitch reads only the sentences it needs.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < text.len() {
            let Some(end) = sentence_end(text, start) else {
                let rest = text[start..].trim();
                start = text.len();
                return (!rest.is_empty()).then_some(rest);
            };
            let sentence = text[start..end].trim();
            start = end;
            if !sentence.is_empty() {
                return Some(sentence);
            }
        }
        None
    })
}

/// The byte just after the first sentence-ending mark at or after `from`.
fn sentence_end(text: &str, from: usize) -> Option<usize> {
    const ABBREVIATIONS: [&str; 14] = [
        "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "st", "no", "vs", "prof", "approx", "cf",
    ];
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // The marks and the space are ASCII, so byte positions are character boundaries.
        let mark = bytes[i];
        if matches!(mark, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..].chars().next().unwrap_or(' ');
            let opens = next.is_uppercase() || next.is_ascii_digit() || "\"'“‘(".contains(next);
            let word = text[from..i].rsplit(' ').next().unwrap_or("");
            let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            let abbreviation = mark == b'.'
                && (single_letter
                    || word.contains('.')
                    || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)));
            if opens && !abbreviation {
                return Some(i + 1);
            }
        }
        i += 1;
    }
    None
}

/// The overview: the description with its paragraphs, each line trimmed (so that no
/// indentation turns into a Markdown code block) and one blank line between paragraphs.
fn overview_from(description: &str) -> String {
    let mut out = String::with_capacity(description.len());
    let mut blank = 0;
    for line in description.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Where a URL starts: `http://` or `https://` (or the mistyped `https:/`) at the start
/// of the text or after a character that cannot be part of a URL.
fn url_starts(text: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("http") {
        let i = from + pos;
        from = i + 4;
        let rest = &lower[i..];
        if !(rest.starts_with("http:/") || rest.starts_with("https:/")) {
            continue;
        }
        let before = text[..i].chars().next_back();
        if before.is_none_or(|c| c.is_whitespace() || "([{<\"'“‘,;|&".contains(c)) {
            starts.push(i);
        }
    }
    starts
}

/// Every http(s) URL in free text, in order, without repeats, as the `url` crate writes
/// them (so `https:/example.org` becomes `https://example.org/`).
fn urls_in(text: &str) -> Vec<String> {
    let starts = url_starts(text);
    let mut out: Vec<String> = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let candidate = &text[start..end];
        let candidate = candidate.split(char::is_whitespace).next().unwrap_or("");
        if let Some(url) = clean_url(candidate)
            && !out.contains(&url)
        {
            out.push(url);
        }
    }
    out
}

/// The URLs of the Website column: a value holding a single URL is taken whole (a few
/// real ones have spaces in their path), otherwise as free text.
fn website_urls(text: &str) -> Vec<String> {
    let starts = url_starts(text);
    if starts == [0] {
        clean_url(text).into_iter().collect()
    } else {
        urls_in(text)
    }
}

/// A value that is nothing but one URL.
fn is_plain_url(text: &str) -> bool {
    url_starts(text) == [0] && !text.contains(char::is_whitespace)
}

/// Drops trailing punctuation that ends a sentence rather than the URL, and keeps the
/// URL only if it is absolute http(s) with a host.
fn clean_url(candidate: &str) -> Option<String> {
    let mut s = candidate.trim();
    loop {
        let before = s;
        s = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', '”', '’']);
        for (open, close) in [('(', ')'), ('[', ']'), ('<', '>')] {
            if s.ends_with(close) && s.matches(close).count() > s.matches(open).count() {
                s = &s[..s.len() - 1];
            }
        }
        if s == before {
            break;
        }
    }
    let url = url::Url::parse(s).ok()?;
    let host = url.host_str()?;
    (matches!(url.scheme(), "http" | "https") && host.contains('.')).then(|| url.to_string())
}

/// The host of a URL without `www.`, as the title of a link.
fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        })
        .unwrap_or_else(|| url.to_string())
}

fn year(value: &str, column: &str) -> Result<Option<i32>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    if !value.bytes().all(|b| b.is_ascii_digit()) || value.len() > 4 {
        return Err(format!("{column} is not a year: \"{value}\""));
    }
    value
        .parse()
        .map(Some)
        .map_err(|_| format!("{column} is not a year: \"{value}\""))
}

fn stage_and_lifecycle(status: &str) -> Result<(Option<Stage>, Option<Lifecycle>), String> {
    use Lifecycle::*;
    use Stage::*;
    Ok(match fold(status).as_str() {
        "" => (None, None),
        "planned" | "indevelopment" => (Some(DevelopingProposals), Some(Active)),
        "pilot" | "implemented" => (Some(Implementation), Some(Active)),
        "notinuse" => (Some(Implementation), Some(Discontinued)),
        _ => return Err(format!("unknown Status \"{status}\"")),
    })
}

fn org_type(category: &str) -> Option<OrgType> {
    let c = fold(category);
    Some(match c.as_str() {
        "academicresearch" => OrgType::Academia,
        "privatesector" => OrgType::PrivateSector,
        "nongovernmental" | "communityled" => OrgType::Ngo,
        "europeaninstitutionagency" => OrgType::InternationalOrganisation,
        _ if c.ends_with("government") && !c.starts_with("non") => OrgType::Government,
        _ => return None,
    })
}

fn level(extent: &str, category: &str) -> Result<Option<GovLevel>, String> {
    let category = fold(category);
    if category == "europeaninstitutionagency" {
        return Ok(Some(GovLevel::Supranational));
    }
    Ok(match fold(extent).as_str() {
        "national" => Some(GovLevel::National),
        "regional" => Some(GovLevel::Regional),
        "local" => Some(GovLevel::Local),
        "acrosscountries" => Some(GovLevel::Supranational),
        "" => match category.as_str() {
            "centralgovernment" | "nationalgovernment" => Some(GovLevel::National),
            "regionalgovernment" => Some(GovLevel::Regional),
            "localgovernment" => Some(GovLevel::Local),
            _ => None,
        },
        _ => return Err(format!("unknown Geographical extent \"{extent}\"")),
    })
}

/// Sectors from COFOG level I and II; see the table in the module documentation.
fn cofog_sectors(level1: &str, level2: &str) -> Result<Vec<Sector>, String> {
    use Sector::*;
    let (l1, l2) = (fold(level1), fold(level2));
    let research =
        level2.trim_start().to_ascii_lowercase().starts_with("r&d") || l2 == "basicresearch";
    let base = match l1.as_str() {
        "generalpublicservices" => PublicAdministration,
        "defence" | "publicorderandsafety" => Justice,
        "economicaffairs" => EconomicAffairs,
        "environmentalprotection" => Environment,
        "housingandcommunityamenities" => Housing,
        "health" => Health,
        "recreationcultureandreligion" => Culture,
        "education" => Education,
        "socialprotection" if l2 == "unemployment" => Employment,
        "socialprotection" => Housing,
        "" => return Err("no sector (Functions of Government (COFOG level I) is empty)".into()),
        _ => {
            return Err(format!(
                "unknown Functions of Government (COFOG level I) \"{level1}\""
            ));
        }
    };
    Ok(match (l1.as_str(), l2.as_str()) {
        ("economicaffairs", "transport") => vec![Transport],
        ("economicaffairs", "agricultureforestryfishingandhunting" | "fuelandenergy") => {
            vec![Environment]
        }
        ("economicaffairs", "communication") => vec![Digitalisation],
        ("economicaffairs", _) if research => vec![Science],
        ("generalpublicservices", "foreigneconomicaid") => vec![ExternalRelations],
        ("generalpublicservices", "basicresearch") => vec![Science],
        _ if research => vec![base, Science],
        _ => vec![base],
    })
}

fn technology(value: &str, column: &str) -> Result<Option<&'static str>, String> {
    Ok(Some(match fold(value).as_str() {
        "" => return Ok(None),
        "artificialintelligence" | "ai" => observa_domain::terms::AI,
        "blockchain" => "blockchain",
        "arvr" => "ar_vr",
        "quantumcomputing" => "quantum_computing",
        "virtualworlds" => "virtual_worlds",
        "digitaltwins" => "digital_twins",
        "5gedgecomputing" | "5g" | "edgecomputing" => "edge_5g",
        "other" => "other_technology",
        _ => return Err(format!("unknown {column} \"{value}\"")),
    }))
}

/// The technology term of an AI subdomain; `None` for "Multiple AI techniques" and for
/// values outside the taxonomy (they stay in the field `ai_subdomains`).
fn ai_subdomain(value: &str) -> Option<&'static str> {
    let v = fold(value);
    Some(match v.as_str() {
        "machinelearning" | "deeplearning" => "machine_learning",
        "naturallanguageprocessing" => "natural_language_processing",
        "computervision" => "computer_vision",
        "planningandscheduling" => "planning_scheduling",
        "knowledgerepresentation" => "knowledge_representation",
        "optimisation" | "optimization" => "optimisation",
        "audioprocessing" => "audio_processing",
        "connectedandautomatedvehicles" => "connected_automated_vehicles",
        "searching" => "searching",
        "multiagentsystems" => "multi_agent_systems",
        "aiservices" => "ai_services",
        "aiethics" => "ai_ethics",
        "generativeai" => "generative_ai",
        _ if v.starts_with("automatedreasoning") => "automated_reasoning",
        _ if v.starts_with("roboticsandautomation") => "robotics_automation",
        _ => return None,
    })
}

fn technologies(
    primary: &str,
    secondary: &str,
    subdomains: &[&'static str],
) -> Result<Vec<String>, String> {
    let mut out: Vec<&str> = Vec::new();
    let mut push = |t: &'static str| {
        if !out.contains(&t) {
            out.push(t);
        }
    };
    if let Some(t) = technology(primary, "Primary Technology")? {
        push(t);
    }
    if let Some(t) = technology(secondary, "Secondary Technology")? {
        push(t);
    }
    if !subdomains.is_empty() {
        push(observa_domain::terms::AI);
    }
    for s in subdomains {
        push(s);
    }
    Ok(out.into_iter().map(String::from).collect())
}

#[cfg(test)]
mod tests {
    use observa_domain::terms::{default_tags, default_technologies};

    use super::*;

    fn now() -> DateTime<Utc> {
        "2025-12-01T08:00:00Z".parse().unwrap()
    }

    /// A real-format header (with BOM, " Status" and an empty last column) and rows built
    /// from `(column, value)` pairs over a default row.
    fn csv_with(rows: &[&[(&str, &str)]]) -> String {
        let mut headers: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
        headers[STATUS] = " Status";
        headers.splice(21..21, BENEFITS);
        headers.push("");
        let mut out = String::from("\u{feff}");
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&headers).unwrap();
        for (n, row) in rows.iter().enumerate() {
            let id = format!("PSTW-{}", n + 1);
            let mut values: Vec<String> = headers.iter().map(|_| String::new()).collect();
            for (h, v) in [
                ("PSTW ID", id.as_str()),
                ("Name", "Parking sensor pilot"),
                (
                    "Description",
                    "Sensors count free places. They report to an app.",
                ),
                ("Geographical extent", "Local"),
                ("Geographical coverage (country)", "Portugal"),
                ("Responsible organisation", "Town of Example"),
                ("Responsible organisation category", "Local Government"),
                (
                    "Functions of Government (COFOG level I)",
                    "Economic affairs",
                ),
                ("Functions of Government (COFOG level II)", "Transport"),
                (" Status", "Pilot"),
                ("Start Year", "2021"),
                ("Primary Technology", "Artificial Intelligence"),
            ]
            .into_iter()
            .chain(row.iter().copied())
            {
                let i = headers
                    .iter()
                    .position(|x| *x == h)
                    .unwrap_or_else(|| panic!("no column {h}"));
                values[i] = v.to_string();
            }
            w.write_record(&values).unwrap();
        }
        out.push_str(&String::from_utf8(w.into_inner().unwrap()).unwrap());
        out
    }

    fn one(row: &[(&str, &str)]) -> Result<Case, RowError> {
        let text = csv_with(&[row]);
        let mut rows = read_pstw(text.as_bytes(), now()).unwrap();
        let case = rows.next().expect("one row");
        assert!(rows.next().is_none());
        case
    }

    fn field<'a>(case: &'a Case, key: &str) -> Option<&'a str> {
        match &case.provenance.source {
            CaseSource::Imported { fields, .. } => fields.get(key).map(String::as_str),
            CaseSource::Submitted => None,
        }
    }

    #[test]
    fn a_default_row_becomes_a_published_case() {
        let c = one(&[]).unwrap();
        assert_eq!(c.slug, "parking-sensor-pilot-pstw-1");
        assert_eq!(c.status, CaseStatus::Published);
        assert_eq!(c.pitch, "Sensors count free places. They report to an app.");
        assert_eq!(c.countries, [CountryCode::parse("PT").unwrap()]);
        assert_eq!(c.level, Some(GovLevel::Local));
        assert_eq!(c.organisation.kind, Some(OrgType::Government));
        assert_eq!(c.sectors, [Sector::Transport]);
        assert_eq!(
            (c.stage, c.lifecycle),
            (Some(Stage::Implementation), Some(Lifecycle::Active))
        );
        assert_eq!(c.provenance.published_at, Some(now()));
        assert_eq!(
            c.provenance.source.dataset_and_id(),
            Some(("pstw", "PSTW-1"))
        );
        assert_eq!(field(&c, "status"), Some("Pilot"));
        assert_eq!(field(&c, "benefits"), None, "no benefit marked");
        assert_eq!(c.validate_for(CaseStatus::Published), Ok(()));
    }

    #[test]
    fn the_header_is_checked_before_any_row() {
        let now = now();
        assert!(matches!(read_pstw(&b""[..], now), Err(FormatError::Empty)));
        assert!(matches!(
            read_pstw(&b"\n\n"[..], now),
            Err(FormatError::Empty)
        ));
        assert!(matches!(
            read_pstw(&b"PK\x03\x04\x00\x00\xff,x\n"[..], now),
            Err(FormatError::NotText(_))
        ));
        assert!(matches!(
            read_pstw(&b"\xff\xfe\xfdabc,def\n"[..], now),
            Err(FormatError::NotText(_))
        ));
        let err = read_pstw(&b"{\"slug\": \"x\", \"title\": \"y\"}\n"[..], now)
            .err()
            .unwrap();
        assert!(matches!(err, FormatError::NotPstw { .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with("not a Public Sector Tech Watch CSV"),
            "{err}"
        );
        let text = csv_with(&[])
            .replace("Start Year", "Launched")
            .replace("PSTW ID", "ID");
        let err = read_pstw(text.as_bytes(), now).unwrap_err();
        match &err {
            FormatError::MissingColumns { missing } => {
                assert_eq!(missing, &["PSTW ID", "Start Year"])
            }
            other => panic!("{other}"),
        }
        assert!(
            err.to_string().contains("\"PSTW ID\", \"Start Year\""),
            "{err}"
        );
    }

    #[test]
    fn line_numbers_count_crlf_blank_lines_and_quoted_line_breaks() {
        let text = csv_with(&[
            &[("Description", "First para.\n\nSecond para.")],
            &[("Geographical coverage (country)", "Nowhere")],
            &[],
            &[("Geographical coverage (country)", "Elsewhere")],
        ]);
        let mut lines: Vec<&str> = text.split('\n').collect();
        lines.insert(6, "");
        let text = lines.join("\r\n");
        let errors: Vec<(u64, String)> = read_pstw(text.as_bytes(), now())
            .unwrap()
            .filter_map(Result::err)
            .map(|e| (e.line, e.record_id.unwrap_or_default()))
            .collect();
        assert_eq!(
            errors,
            [(5, "PSTW-2".to_string()), (8, "PSTW-4".to_string())]
        );
    }

    #[test]
    fn a_semicolon_separated_export_is_named_as_such() {
        let mut headers: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
        headers.splice(21..21, BENEFITS);
        let text = format!("{}\nPSTW-1;Name\n", headers.join(";"));
        let err = read_pstw(text.as_bytes(), now()).unwrap_err();
        assert!(matches!(err, FormatError::WrongSeparator(';')), "{err}");
        assert!(err.to_string().contains("separated by ';'"), "{err}");
    }

    #[test]
    fn status_without_its_leading_space_and_missing_optional_columns_are_fine() {
        let text = "PSTW ID,Name,Description,Geographical extent,Geographical coverage (country),\
            Responsible organisation,Responsible organisation category,Functions of Government (COFOG level I),\
            Functions of Government (COFOG level II),STATUS,Start Year,End Year,Primary Technology\n\
            PSTW-9,Tiny,A tiny case.,National,France,Ministry,Central-Government,Health,,Implemented,2020,,Blockchain\n";
        let cases: Vec<_> = read_pstw(text.as_bytes(), now()).unwrap().collect();
        let c = cases[0].as_ref().unwrap();
        assert_eq!(c.technologies, ["blockchain"]);
        assert_eq!(c.sectors, [Sector::Health]);
        assert_eq!(c.level, Some(GovLevel::National));
    }

    #[test]
    fn values_are_trimmed_and_case_folded() {
        let c = one(&[
            ("Geographical coverage (country)", "Denmark\u{a0} "),
            ("Geographical extent", "Across Countries"),
            ("Responsible organisation category", "Central-government"),
            (" Status", "Pilot "),
            ("End Year", "\u{a0}"),
            ("Primary Technology", "Artificial intelligence"),
            (
                "Functions of Government (COFOG level I)",
                "recreation, culture and religion",
            ),
            (
                "Functions of Government (COFOG level II)",
                "Cultural services.",
            ),
            ("Improved Public Service", "x"),
            ("Cost-reduction", "X"),
            ("New services or channels", "\u{a0}"),
            ("Name", "  Parking\nsensor   pilot "),
        ])
        .unwrap();
        assert_eq!(c.countries, [CountryCode::parse("DK").unwrap()]);
        assert_eq!(c.level, Some(GovLevel::Supranational));
        assert_eq!(c.organisation.kind, Some(OrgType::Government));
        assert_eq!(c.stage, Some(Stage::Implementation));
        assert_eq!(c.year_ended, None);
        assert_eq!(c.technologies, ["artificial_intelligence"]);
        assert_eq!(c.sectors, [Sector::Culture]);
        assert_eq!(c.title, "Parking sensor pilot");
        assert_eq!(
            field(&c, "benefits"),
            Some("Improved Public Service; Cost-reduction")
        );
        assert_eq!(field(&c, "status"), Some("Pilot"));
    }

    #[test]
    fn bad_values_become_row_errors_naming_the_problem() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("Geographical coverage (country)", "Atlantis")],
                "unknown country \"Atlantis\"",
            ),
            (
                &[("Start Year", "20x1")],
                "Start Year is not a year: \"20x1\"",
            ),
            (
                &[("End Year", "ongoing")],
                "End Year is not a year: \"ongoing\"",
            ),
            (&[(" Status", "Dreaming")], "unknown Status \"Dreaming\""),
            (
                &[("Primary Technology", "Telepathy")],
                "unknown Primary Technology \"Telepathy\"",
            ),
            (
                &[("Geographical extent", "Galactic")],
                "unknown Geographical extent \"Galactic\"",
            ),
            (
                &[("Functions of Government (COFOG level I)", "Space")],
                "unknown Functions of Government",
            ),
            (&[("Start Year", "1900")], "not publishable: year_launched"),
            (
                &[("Start Year", "")],
                "not publishable: year_launched: Give the year",
            ),
            (
                &[("Start Year", "2020"), ("End Year", "2019")],
                "year_ended: The end year comes before",
            ),
            (&[("Description", "")], "overview: This field is required"),
        ];
        for (row, expected) in cases {
            let e = one(row).unwrap_err();
            assert!(e.reason.contains(expected), "{e} should say {expected}");
            assert_eq!((e.line, e.record_id.as_deref()), (2, Some("PSTW-1")));
        }
        let e = one(&[("PSTW ID", "  ")]).unwrap_err();
        assert_eq!((e.record_id, e.reason.as_str()), (None, "no PSTW ID"));
    }

    #[test]
    fn duplicate_ids_short_rows_and_bad_bytes_are_row_errors() {
        let mut text = csv_with(&[&[], &[("PSTW ID", "PSTW-1")]]);
        text.push_str("PSTW-3,only,three\n");
        let template = csv_with(&[&[("PSTW ID", "PSTW-4"), ("Name", "NAMEHERE")]]);
        let template = template.lines().last().unwrap();
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(template.replace("NAMEHERE", "Fine \u{e9}").as_bytes());
        bytes.push(b'\n');
        let (before, after) = template.split_once("NAMEHERE").unwrap();
        bytes.extend_from_slice(before.replace("PSTW-4", "PSTW-5").as_bytes());
        bytes.extend_from_slice(b"Bad \xff byte");
        bytes.extend_from_slice(after.as_bytes());
        bytes.push(b'\n');
        let results: Vec<_> = read_pstw(&bytes[..], now()).unwrap().collect();
        assert_eq!(results.len(), 5);
        assert!(results[0].is_ok());
        let e = results[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (3, Some("PSTW-1")));
        assert!(e.reason.contains("already seen"), "{e}");
        let e = results[2].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (4, Some("PSTW-3")));
        assert!(
            e.reason.starts_with("has 3 fields where the header has 57"),
            "{e}"
        );
        assert_eq!(results[3].as_ref().unwrap().title, "Fine \u{e9}");
        let e = results[4].as_ref().unwrap_err();
        assert_eq!((e.line, e.record_id.as_deref()), (6, Some("PSTW-5")));
        assert_eq!(e.reason, "column \"Name\" is not valid UTF-8");
    }

    #[test]
    fn slugs_are_cut_and_always_valid() {
        assert_eq!(
            slug_for("AMS - public employment service", "PSTW-1"),
            "ams-public-employment-service-pstw-1"
        );
        let long = slug_for(
            &"Artificial intelligence for municipal services ".repeat(4),
            "PSTW-2040",
        );
        assert!(long.len() <= SLUG_NAME_LEN + "-pstw-2040".len(), "{long}");
        assert!(
            long.ends_with("-services-pstw-2040") || long.ends_with("-pstw-2040"),
            "{long}"
        );
        assert!(!long.contains("--"));
        assert_eq!(slug_for("Ψηφιακός βοηθός", "PSTW-5"), "pstw-5");
        assert_eq!(slug_for("Chatbot", "X 12"), "chatbot-x-12");
        for (name, id) in [
            ("a", "PSTW-1"),
            ("--", "pstw-77"),
            ("Ação 2.0!", "PSTW-3"),
            (&"x".repeat(200), "PSTW-9"),
        ] {
            assert!(
                is_valid_slug(&slug_for(name, id)),
                "{name} {id}: {}",
                slug_for(name, id)
            );
        }
    }

    #[test]
    fn pitch_takes_leading_sentences_within_bounds() {
        assert_eq!(
            pitch_from("One.\nTwo two.\n\nThree."),
            "One. Two two. Three."
        );
        let long_first = format!("{}. Second sentence.", "word ".repeat(60).trim());
        assert_eq!(
            pitch_from(&long_first),
            format!("{}.", "word ".repeat(60).trim())
        );
        let s1 = format!("{}.", "alpha ".repeat(40).trim());
        let s2 = format!("Beta {}.", "beta ".repeat(29).trim());
        assert_eq!(
            pitch_from(&format!("{s1} {s2}")),
            s1,
            "stops once past the target length"
        );
        let huge = "word ".repeat(300);
        let p = pitch_from(&huge);
        assert!(
            p.ends_with('…') && p.chars().count() <= MAX_PITCH,
            "{}",
            p.chars().count()
        );
        let split = |text| sentences(text).collect::<Vec<_>>();
        assert_eq!(
            split("The tool, e.g. a bot, helps Mr. Smith. It also works in the U.S. Army."),
            [
                "The tool, e.g. a bot, helps Mr. Smith.",
                "It also works in the U.S. Army."
            ]
        );
        assert_eq!(
            split("Made by A. Smith et al. in 2020. Next one."),
            ["Made by A. Smith et al. in 2020.", "Next one."]
        );
        assert_eq!(
            split("Is it? Yes! 3 times."),
            ["Is it?", "Yes!", "3 times."]
        );
        assert_eq!(split("Ends with a mark. "), ["Ends with a mark."]);
        assert_eq!(split("Çava. Été. "), ["Çava.", "Été."]);
    }

    #[test]
    fn overview_keeps_paragraphs() {
        assert_eq!(
            overview_from("  First line  \nsame para\n\n \n\nSecond para\u{a0}\n"),
            "First line\nsame para\n\nSecond para"
        );
    }

    #[test]
    fn urls_are_found_in_free_text() {
        let text = "(https://a.example.org/x) https://b.example.org/y, https://c.example.org/ and https://a.example.org/x \
            https://arquivo.pt/wayback/2022mp_/https://former.example.pt/doc.pdf & https:/slash.example.org/z. Mail to AI Watch";
        assert_eq!(
            urls_in(text),
            [
                "https://a.example.org/x",
                "https://b.example.org/y",
                "https://c.example.org/",
                "https://arquivo.pt/wayback/2022mp_/https://former.example.pt/doc.pdf",
                "https://slash.example.org/z",
            ]
        );
        assert_eq!(
            urls_in("https://x.example.org/a_(b)"),
            ["https://x.example.org/a_(b)"]
        );
        assert!(
            urls_in("Survey 2021; www.example.org; ftp://example.org/x; http://localhost/")
                .is_empty()
        );
        assert_eq!(
            website_urls("https://q.example.eu/Proof of Concepts/x/"),
            ["https://q.example.eu/Proof%20of%20Concepts/x/"]
        );
        assert_eq!(
            website_urls("https://a.example.eu https://b.example.eu/"),
            ["https://a.example.eu/", "https://b.example.eu/"]
        );
        assert_eq!(host_of("https://www.example.org/a"), "example.org");
    }

    #[test]
    fn website_links_and_raw_values() {
        let c = one(&[
            (
                "Website",
                "https://city.example.eu/app, https://vendor.example.com/",
            ),
            (
                "Source",
                "Survey 2021 (https://survey.example.eu/r) https://city.example.eu/app",
            ),
            ("Stories link", "https://story.example.eu/s1"),
        ])
        .unwrap();
        assert_eq!(c.website.as_deref(), Some("https://city.example.eu/app"));
        let links: Vec<(&str, &str)> = c
            .links
            .iter()
            .map(|l| (l.title.as_str(), l.url.as_str()))
            .collect();
        assert_eq!(
            links,
            [
                ("vendor.example.com", "https://vendor.example.com/"),
                ("Source: survey.example.eu", "https://survey.example.eu/r"),
                (
                    "Public Sector Tech Watch story",
                    "https://story.example.eu/s1"
                ),
            ]
        );
        assert_eq!(
            field(&c, "website"),
            Some("https://city.example.eu/app, https://vendor.example.com/")
        );
        assert_eq!(
            field(&c, "source"),
            Some("Survey 2021 (https://survey.example.eu/r) https://city.example.eu/app")
        );
        let c = one(&[("Website", "www.example.es")]).unwrap();
        assert_eq!(
            (c.website.as_deref(), field(&c, "website")),
            (None, Some("www.example.es"))
        );
        let c = one(&[("Website", "https://plain.example.es/")]).unwrap();
        assert_eq!(
            (c.website.as_deref(), field(&c, "website")),
            (Some("https://plain.example.es/"), None)
        );
    }

    #[test]
    fn level_and_organisation_type() {
        assert_eq!(
            level("Across countries", "Consortium"),
            Ok(Some(GovLevel::Supranational))
        );
        assert_eq!(
            level("National", "European Institution/Agency"),
            Ok(Some(GovLevel::Supranational))
        );
        assert_eq!(
            level("Regional ", "Local Government"),
            Ok(Some(GovLevel::Regional))
        );
        assert_eq!(
            level("", "Central Government"),
            Ok(Some(GovLevel::National))
        );
        assert_eq!(level("", "Consortium"), Ok(None));
        assert!(level("Everywhere", "").is_err());
        for (category, kind) in [
            ("Central-Government", Some(OrgType::Government)),
            ("Central Government", Some(OrgType::Government)),
            ("National Government", Some(OrgType::Government)),
            ("Regional Government", Some(OrgType::Government)),
            ("Local Government", Some(OrgType::Government)),
            ("Academic-Research", Some(OrgType::Academia)),
            ("Private sector", Some(OrgType::PrivateSector)),
            ("Non-governmental", Some(OrgType::Ngo)),
            ("Community led", Some(OrgType::Ngo)),
            (
                "European Institution/Agency",
                Some(OrgType::InternationalOrganisation),
            ),
            ("Consortium", None),
            ("State-owned entreprise", None),
            ("", None),
        ] {
            assert_eq!(org_type(category), kind, "{category}");
        }
    }

    #[test]
    fn cofog_table() {
        use Sector::*;
        for (l1, l2, expected) in [
            ("Economic affairs", "Transport", vec![Transport]),
            (
                "Economic Affairs",
                "Agriculture, forestry, fishing and hunting",
                vec![Environment],
            ),
            ("Economic affairs", "Fuel and energy", vec![Environment]),
            ("Economic affairs", "Communication", vec![Digitalisation]),
            ("Economic affairs", "R&D economic affairs", vec![Science]),
            (
                "Economic affairs",
                "General economic, commercial and labour affair",
                vec![EconomicAffairs],
            ),
            (
                "General public services",
                "General services.",
                vec![PublicAdministration],
            ),
            ("General public services", "", vec![PublicAdministration]),
            (
                "General public services",
                "Foreign economic aid.",
                vec![ExternalRelations],
            ),
            ("General public services", "Basic research.", vec![Science]),
            (
                "General public services",
                "R&D general public services.",
                vec![PublicAdministration, Science],
            ),
            ("Public order and safety", "Police Services", vec![Justice]),
            ("Defence", "Military defence.", vec![Justice]),
            ("Social protection", "Unemployment.", vec![Employment]),
            ("Social protection", "Old age.", vec![Housing]),
            (
                "Environmental protection",
                "Waste management.",
                vec![Environment],
            ),
            (
                "Housing and community amenities",
                "Street lighting.",
                vec![Housing],
            ),
            ("Health", "R&D health.", vec![Health, Science]),
            ("Education", "Tertiary education.", vec![Education]),
            (
                "recreation, culture and religion",
                "Cultural services.",
                vec![Culture],
            ),
        ] {
            assert_eq!(cofog_sectors(l1, l2), Ok(expected), "{l1} / {l2}");
        }
        assert!(
            cofog_sectors("", "Transport")
                .unwrap_err()
                .contains("is empty")
        );
    }

    #[test]
    fn technologies_and_subdomains() {
        let subs: Vec<&str> = [
            "Deep Learning",
            "Machine learning",
            "Multiple AI techniques",
            "Natural Language processing",
            "Perception",
        ]
        .iter()
        .filter_map(|s| ai_subdomain(s))
        .collect();
        assert_eq!(
            subs,
            [
                "machine_learning",
                "machine_learning",
                "natural_language_processing"
            ]
        );
        assert_eq!(
            technologies("Artificial Intelligence", "Digital Twins", &subs).unwrap(),
            [
                "artificial_intelligence",
                "digital_twins",
                "machine_learning",
                "natural_language_processing"
            ]
        );
        assert_eq!(
            technologies("Blockchain", "", &["computer_vision"]).unwrap(),
            ["blockchain", "artificial_intelligence", "computer_vision"]
        );
        assert_eq!(
            technologies("5G (Edge Computing)", "Other", &[]).unwrap(),
            ["edge_5g", "other_technology"]
        );
        assert_eq!(technologies("", "", &[]).unwrap(), Vec::<String>::new());
        assert!(
            technologies("Blockchain", "Telepathy", &[])
                .unwrap_err()
                .contains("Secondary Technology")
        );
        assert_eq!(
            ai_subdomain("Automated reasoning and Automated Decision Making (ADM)"),
            Some("automated_reasoning")
        );
        assert_eq!(
            ai_subdomain("Robotics and Automation and Robotic Process Automation (RPA)"),
            Some("robotics_automation")
        );
    }

    #[test]
    fn every_mapped_term_is_in_the_default_vocabularies() {
        let techs: Vec<String> = default_technologies().into_iter().map(|t| t.slug).collect();
        let values = [
            "Artificial Intelligence",
            "Blockchain",
            "AR/VR",
            "Quantum Computing",
            "Virtual Worlds",
            "Digital Twins",
            "5G (Edge Computing)",
            "Other",
        ];
        for v in values {
            let t = technology(v, "x").unwrap().unwrap();
            assert!(techs.iter().any(|s| s == t), "{t}");
        }
        let subdomains = [
            "Machine learning",
            "Natural language processing",
            "Computer vision",
            "Planning and Scheduling",
            "Automated reasoning",
            "Knowledge representation",
            "Robotics and Automation",
            "Optimisation",
            "Audio processing",
            "Connected and Automated vehicles",
            "Searching",
            "Multi-agent systems",
            "AI Services",
            "AI Ethics",
            "Generative AI",
            "Deep learning",
        ];
        for v in subdomains {
            let t = ai_subdomain(v).unwrap_or_else(|| panic!("{v}"));
            let term = default_technologies()
                .into_iter()
                .find(|x| x.slug == t)
                .unwrap_or_else(|| panic!("{t}"));
            assert_eq!(
                term.parent.as_deref(),
                Some(observa_domain::terms::AI),
                "{t}"
            );
        }
        let tags: Vec<String> = default_tags().into_iter().map(|t| t.slug).collect();
        let c = one(&[
            ("Cross Border", "Yes"),
            ("Cross Sector", "yes"),
            ("GovTech", "Yes"),
            ("Application type", "Service personalisation (various)"),
        ])
        .unwrap();
        assert_eq!(
            c.tags,
            [
                "cross_border",
                "cross_sector",
                "govtech",
                "personalised_services"
            ]
        );
        assert!(c.tags.iter().all(|t| tags.contains(t)));
        let c = one(&[("Cross Border", "No"), ("Collaboration type", "GovTech")]).unwrap();
        assert_eq!(c.tags, ["govtech"]);
    }

    #[test]
    fn stages() {
        use Lifecycle::*;
        use Stage::*;
        assert_eq!(
            stage_and_lifecycle("Planned"),
            Ok((Some(DevelopingProposals), Some(Active)))
        );
        assert_eq!(
            stage_and_lifecycle("In development"),
            Ok((Some(DevelopingProposals), Some(Active)))
        );
        assert_eq!(
            stage_and_lifecycle("Pilot "),
            Ok((Some(Implementation), Some(Active)))
        );
        assert_eq!(
            stage_and_lifecycle("Implemented"),
            Ok((Some(Implementation), Some(Active)))
        );
        assert_eq!(
            stage_and_lifecycle("Not in use"),
            Ok((Some(Implementation), Some(Discontinued)))
        );
        assert_eq!(stage_and_lifecycle(""), Ok((None, None)));
    }
}

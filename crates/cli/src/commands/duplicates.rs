//! Likely duplicates: `observa duplicates` lists pairs of cases across the whole library
//! whose texts nearly match, and `observa import` lists those among the rows it imports
//! (against the stored cases, and within the file) after its summary. Detection is
//! `observa_insight::duplicates` (MinHash/LSH over word shingles, confirmed by exact
//! Jaccard similarity); nothing is refused or changed here, the lists are for an editor.

use std::collections::HashMap;
use std::process::ExitCode;

use futures::StreamExt;
use observa_domain::Case;
use observa_insight::duplicates::{DuplicateConfig, DuplicateIndex};
use observa_insight::text::case_text;
use observa_store::Store;

use crate::DataArgs;

/// The most cases (stored and imported together) an import checks for duplicates. Pairing
/// is quadratic within each LSH bucket, and corpora written from templates (the generated
/// demo) fill buckets by the thousand: 100 000 generated cases took gigabytes and more than
/// ten minutes. Larger imports say that they skipped the check.
pub const MAX_CHECKED: usize = 20_000;

/// Who a case is, to tell "the same record again" from "another record like it".
#[derive(Clone, PartialEq, Eq)]
struct Identity {
    source: Option<(String, String)>,
    slug: String,
}

impl Identity {
    fn of(case: &Case) -> Identity {
        Identity {
            source: case
                .provenance
                .source
                .dataset_and_id()
                .map(|(d, i)| (d.to_string(), i.to_string())),
            slug: case.slug.clone(),
        }
    }

    /// Whether an imported row is this stored case (an update, not a duplicate).
    fn same_record(&self, row: &Identity) -> bool {
        match (&self.source, &row.source) {
            (Some(a), Some(b)) => a == b,
            _ => self.slug == row.slug,
        }
    }

    /// How the row is named in the list: its source record id, else its slug.
    fn name(&self) -> &str {
        self.source.as_ref().map_or(&self.slug, |(_, id)| id)
    }
}

/// Checks imported rows against the stored cases and against each other.
pub struct ImportDuplicates {
    stored: DuplicateIndex,
    /// By slug, as the stored index names them: identity and title.
    stored_cases: HashMap<String, (Identity, String)>,
    within: DuplicateIndex,
    rows: Vec<(Identity, String)>,
    /// (row, stored slug, similarity).
    against_stored: Vec<(usize, String, f64)>,
    /// Set when there were more than [`MAX_CHECKED`] cases: nothing is checked then.
    skipped: bool,
}

impl ImportDuplicates {
    /// Indexes every stored case.
    pub async fn new(store: &dyn Store, threshold: f64) -> anyhow::Result<ImportDuplicates> {
        let config = DuplicateConfig::for_threshold(threshold);
        let mut stored = DuplicateIndex::new(config);
        let mut stored_cases = HashMap::new();
        let mut cases = store.all_cases();
        let mut skipped = false;
        while let Some(case) = cases.next().await {
            let case = case?;
            if stored.len() >= MAX_CHECKED {
                skipped = true;
                break;
            }
            stored.insert(case.slug.clone(), &case_text(&case));
            stored_cases.insert(case.slug.clone(), (Identity::of(&case), case.title));
        }
        let mut found = ImportDuplicates {
            stored,
            stored_cases,
            within: DuplicateIndex::new(config),
            rows: Vec::new(),
            against_stored: Vec::new(),
            skipped: false,
        };
        if skipped {
            found.skip();
        }
        Ok(found)
    }

    /// Gives up the check (too many cases), freeing what it held.
    fn skip(&mut self) {
        // Empty indexes: their configuration no longer matters.
        self.skipped = true;
        self.stored = DuplicateIndex::new(DuplicateConfig::default());
        self.within = DuplicateIndex::new(DuplicateConfig::default());
        self.stored_cases.clear();
        self.rows.clear();
        self.against_stored.clear();
    }

    /// Checks one row that is about to be imported.
    pub fn check(&mut self, case: &Case) {
        if self.skipped {
            return;
        }
        if self.stored.len() + self.rows.len() >= MAX_CHECKED {
            self.skip();
            return;
        }
        let identity = Identity::of(case);
        let text = case_text(case);
        let row = self.rows.len();
        for found in self.stored.find(&text) {
            let is_itself = self
                .stored_cases
                .get(&found.id)
                .is_some_and(|(stored, _)| stored.same_record(&identity));
            if !is_itself {
                self.against_stored.push((row, found.id, found.similarity));
            }
        }
        self.within.insert(row.to_string(), &text);
        self.rows.push((identity, case.title.clone()));
    }

    /// Prints the pairs found to standard error (after the import's summary on standard
    /// output), most similar first, or that there are none.
    pub fn print(&self, threshold: f64) {
        if self.skipped {
            eprintln!(
                "likely duplicates not checked: the library and the file hold more than {MAX_CHECKED} cases together"
            );
            return;
        }
        let row = |i: usize| &self.rows[i];
        // A stored case that the file imports again is compared as a row of the file.
        let in_file = |slug: &String| {
            self.stored_cases
                .get(slug)
                .is_some_and(|(stored, _)| self.rows.iter().any(|(row, _)| stored.same_record(row)))
        };
        let mut lines: Vec<(f64, String)> = self
            .against_stored
            .iter()
            .filter(|(_, slug, _)| !in_file(slug))
            .map(|(r, slug, similarity)| {
                let (identity, title) = row(*r);
                let stored_title = self.stored_cases.get(slug).map_or("", |(_, t)| t.as_str());
                (
                    *similarity,
                    format!(
                        "  {similarity:.2}  row {} \"{title}\" ~ stored case {slug} \"{stored_title}\"",
                        identity.name()
                    ),
                )
            })
            .collect();
        for pair in self.within.pairs() {
            let (a, b) = (
                pair.a.parse::<usize>().unwrap_or(0),
                pair.b.parse::<usize>().unwrap_or(0),
            );
            let ((ia, ta), (ib, tb)) = (row(a), row(b));
            lines.push((
                pair.similarity,
                format!(
                    "  {:.2}  row {} \"{ta}\" ~ row {} \"{tb}\" (both in the file)",
                    pair.similarity,
                    ia.name(),
                    ib.name()
                ),
            ));
        }
        if lines.is_empty() {
            eprintln!("no likely duplicates (similarity ≥ {threshold:.2})");
            return;
        }
        lines.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        eprintln!(
            "{} likely duplicates (similarity ≥ {threshold:.2}: the Jaccard similarity of their texts' 3-word shingles), imported all the same:",
            lines.len()
        );
        for (_, line) in lines {
            eprintln!("{line}");
        }
    }
}

/// `observa duplicates [--threshold T]`: pairs of likely duplicates among every stored case,
/// most similar first, one per line: similarity, slug and title of each, their statuses.
/// The same code path as the editors' report at `/editor/duplicates`
/// (`observa_web::library_duplicates`), over every case whatever its status and without
/// its limit (an operator asks for it), so on a very large library of templated texts it
/// takes long: see [`MAX_CHECKED`].
pub async fn run(data: &DataArgs, threshold: f64) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        (0.05..=1.0).contains(&threshold),
        "--threshold must be between 0.05 and 1, not {threshold}"
    );
    let store = data.store().await?;
    let found = observa_web::library_duplicates(store.all_cases(), threshold, None)
        .await
        .map_err(anyhow::Error::new)?;
    println!(
        "{} pairs of likely duplicates among {} cases (similarity ≥ {threshold:.2}: the Jaccard similarity of their texts' 3-word shingles)",
        found.pairs.len(),
        found.checked
    );
    for pair in &found.pairs {
        let describe = |slug: &str| match found.cases.get(slug) {
            Some(case) => format!("{slug} \"{}\" ({})", case.title, case.status),
            None => format!("{slug} \"\" ()"),
        };
        println!(
            "{:.2}  {}  ~  {}",
            pair.similarity,
            describe(&pair.a),
            describe(&pair.b)
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! The geometry of the trends page's SVG charts: horizontal bars, year columns, a world map
//! shaded by count and OPSI's innovation-facet portfolio. Everything here is computed from
//! rows of (label, count, link) into numbers and display strings; `templates/trends.html`
//! draws them, and askama escapes every text. No I/O, no HTML.

use std::collections::HashMap;
use std::sync::LazyLock;

use observa_domain::CountryCode;
use serde::Deserialize;

/// One value of a chart, as its table row shows it.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub value: String,
    pub label: String,
    pub count: u32,
    /// Formatted for the page's language.
    pub count_text: String,
    /// The library filtered to this value.
    pub href: String,
    /// The share of all matching cases ("40 %"), where a chart shows it.
    pub share: String,
}

/// A bar of a bar chart, or a column of a column chart.
pub(crate) struct Bar {
    /// The label as drawn (long ones are cut); the table has it whole.
    pub label: String,
    /// "France: 12 cases", the name of the bar's link.
    pub name: String,
    pub href: String,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub count_text: String,
    /// Where the count is written.
    pub text_x: u32,
    pub text_y: u32,
}

pub(crate) const BARS_WIDTH: u32 = 640;
/// Where the bars' labels end (they are right-aligned there).
pub(crate) const BAR_LABEL_END: u32 = 212;
const BAR_X: u32 = 220;
const BAR_MAX: u32 = 350;
const BAR_ROW: u32 = 26;
const BAR_LABEL_CHARS: usize = 30;

/// Bars for the rows given, longest first as given; returns them and the chart's height.
pub(crate) fn bars(rows: &[Row], name: &dyn Fn(&Row) -> String) -> (Vec<Bar>, u32) {
    let max = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let width = scaled(row.count, max, BAR_MAX).max(u32::from(row.count > 0));
            let y = i as u32 * BAR_ROW + 4;
            Bar {
                label: cut(&row.label, BAR_LABEL_CHARS),
                name: name(row),
                href: row.href.clone(),
                x: BAR_X,
                y,
                width,
                height: BAR_ROW - 8,
                count_text: row.count_text.clone(),
                text_x: BAR_X + width + 6,
                text_y: y + 14,
            }
        })
        .collect();
    (bars, rows.len() as u32 * BAR_ROW + 8)
}

pub(crate) const COLUMNS_HEIGHT: u32 = 250;
const COLUMNS_LEFT: u32 = 48;
const COLUMNS_TOP: u32 = 16;
const COLUMNS_BASE: u32 = 216;

/// A column chart of counts by year, years in order.
pub(crate) struct Columns {
    pub columns: Vec<Bar>,
    /// Year labels under the axis: (x, text).
    pub ticks: Vec<(u32, String)>,
    /// The largest count, written at the top of the axis.
    pub max_text: String,
    pub left: u32,
    pub top: u32,
    pub base: u32,
    pub right: u32,
}

/// Columns for rows of consecutive years; `name` names each column's link.
pub(crate) fn columns(rows: &[Row], name: &dyn Fn(&Row) -> String, max_text: String) -> Columns {
    let max = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1);
    let plot = BARS_WIDTH - COLUMNS_LEFT - 8;
    let n = rows.len().max(1) as u32;
    let step = plot / n;
    let gap = (step / 5).clamp(1, 6);
    // Label about a dozen years at most, on round numbers.
    let every = [1, 2, 5, 10, 20, 25, 50]
        .into_iter()
        .find(|e| n.div_ceil(*e) <= 12)
        .unwrap_or(100);
    let mut ticks = Vec::new();
    let columns = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let height =
                scaled(row.count, max, COLUMNS_BASE - COLUMNS_TOP).max(u32::from(row.count > 0));
            let x = COLUMNS_LEFT + i as u32 * step + gap / 2;
            let width = step.saturating_sub(gap).max(1);
            if row.value.parse::<u32>().is_ok_and(|y| y % every == 0) {
                ticks.push((x + width / 2, row.label.clone()));
            }
            Bar {
                label: row.label.clone(),
                name: name(row),
                href: row.href.clone(),
                x,
                y: COLUMNS_BASE - height,
                width,
                height,
                count_text: row.count_text.clone(),
                text_x: x + width / 2,
                text_y: COLUMNS_BASE - height - 4,
            }
        })
        .collect();
    Columns {
        columns,
        ticks,
        max_text,
        left: COLUMNS_LEFT,
        top: COLUMNS_TOP,
        base: COLUMNS_BASE,
        right: BARS_WIDTH - 8,
    }
}

/// A country of the world map.
pub(crate) struct Shape {
    pub d: String,
    /// The colour class, `0` (no case) to `CLASSES`.
    pub class: usize,
    /// "France: 12 cases"; empty for shapes that are not a country we know.
    pub name: String,
    pub href: Option<String>,
}

/// How many colour classes countries with cases fall into.
pub(crate) const CLASSES: usize = 5;

pub(crate) struct WorldMap {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<Shape>,
    /// (class, "1–2") for each class in use, then the class of countries without cases.
    pub legend: Vec<(usize, String)>,
}

#[derive(Deserialize)]
struct MapFile {
    width: u32,
    height: u32,
    countries: Vec<MapCountry>,
}

#[derive(Deserialize)]
struct MapCountry {
    /// ISO 3166-1 numeric, when Natural Earth gives one.
    id: Option<String>,
    name: String,
    d: String,
}

/// The shapes, each with its country when we know it, read once from the committed file
/// (see `scripts/build-world-map.mjs`).
struct Shapes {
    width: u32,
    height: u32,
    countries: Vec<(Option<CountryCode>, String)>,
}

static SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let file: MapFile = serde_json::from_str(include_str!("../assets/world-110m.json"))
        .expect("assets/world-110m.json is valid");
    let numeric: HashMap<&str, String> = keshvar::CountryIterator::new()
        .map(|c| (c.number(), c.alpha2().to_string()))
        .collect();
    let countries = file
        .countries
        .into_iter()
        .map(|c| {
            let code = match &c.id {
                Some(id) => numeric
                    .get(id.as_str())
                    .and_then(|a| CountryCode::parse(a).ok()),
                // Kosovo has no ISO number; a few disputed areas have neither.
                None => CountryCode::from_name(&c.name).ok(),
            };
            (code, c.d)
        })
        .collect();
    Shapes {
        width: file.width,
        height: file.height,
        countries,
    }
});

/// The upper bound of each colour class for counts up to `max`: evenly spaced on a
/// logarithmic scale (a few countries hold most cases), without repeats.
pub(crate) fn class_bounds(max: u32) -> Vec<u32> {
    let mut bounds: Vec<u32> = Vec::new();
    for i in 1..=CLASSES {
        let bound = (f64::from(max.max(1)).powf(i as f64 / CLASSES as f64)).round() as u32;
        let bound = bound
            .max(bounds.last().map_or(1, |b| b + 1))
            .min(max.max(1));
        if bounds.last() != Some(&bound) {
            bounds.push(bound);
        }
    }
    bounds
}

/// The world map with each country shaded by its count; `name(code, count)` names a
/// country's link, `href(code)` is where it leads, `range(from, to)` writes a legend entry.
pub(crate) fn world_map(
    counts: &HashMap<String, u32>,
    name: &dyn Fn(&CountryCode, u32) -> String,
    href: &dyn Fn(&CountryCode) -> String,
    range: &dyn Fn(u32, u32) -> String,
    none: String,
) -> WorldMap {
    let max = counts.values().copied().max().unwrap_or(0);
    let bounds = class_bounds(max);
    let class_of = |count: u32| -> usize {
        if count == 0 {
            0
        } else {
            bounds
                .iter()
                .position(|b| count <= *b)
                .map_or(CLASSES, |i| i + 1)
        }
    };
    let shapes = SHAPES
        .countries
        .iter()
        .map(|(code, d)| {
            let count = code
                .as_ref()
                .and_then(|c| counts.get(c.as_str()))
                .copied()
                .unwrap_or(0);
            Shape {
                d: d.clone(),
                class: class_of(count),
                name: code.as_ref().map(|c| name(c, count)).unwrap_or_default(),
                href: code.as_ref().filter(|_| count > 0).map(href),
            }
        })
        .collect();
    let mut legend = Vec::new();
    if max > 0 {
        let mut from = 1;
        for (i, to) in bounds.iter().enumerate() {
            legend.push((i + 1, range(from, *to)));
            from = to + 1;
        }
    }
    legend.push((0, none));
    WorldMap {
        width: SHAPES.width,
        height: SHAPES.height,
        shapes,
        legend,
    }
}

/// One facet of OPSI's portfolio: a circle whose area is its share, and its label.
pub(crate) struct Quadrant {
    pub label: String,
    /// "12 · 40 %".
    pub figures: String,
    pub name: String,
    pub href: String,
    pub cx: u32,
    pub cy: u32,
    pub r: u32,
    pub label_x: u32,
    pub label_y: u32,
}

pub(crate) const PORTFOLIO_WIDTH: u32 = 560;
pub(crate) const PORTFOLIO_HEIGHT: u32 = 440;
pub(crate) const PORTFOLIO_CX: u32 = 280;
pub(crate) const PORTFOLIO_CY: u32 = 220;
/// Half the diamond's diagonal.
pub(crate) const PORTFOLIO_HALF: u32 = 170;
const PORTFOLIO_R: f64 = 52.0;

/// Where each facet sits: `(slug, right of centre (uncertain), below centre (undirected))`.
pub(crate) const QUADRANTS: [(&str, bool, bool); 4] = [
    ("mission_oriented", false, false),
    ("anticipatory", true, false),
    ("enhancement_oriented", false, true),
    ("adaptive", true, true),
];

/// The four circles for `rows` (one per facet, in [`QUADRANTS`] order) out of `total`
/// cases; `figures(row, percent)` writes a facet's numbers.
pub(crate) fn portfolio(
    rows: &[Row],
    total: u64,
    figures: &dyn Fn(&Row, u32) -> String,
) -> Vec<Quadrant> {
    QUADRANTS
        .iter()
        .filter_map(|(slug, right, below)| {
            let row = rows.iter().find(|r| r.value == *slug)?;
            let share = if total == 0 {
                0.0
            } else {
                f64::from(row.count) / total as f64
            };
            let offset = PORTFOLIO_HALF / 3;
            let side = |positive: bool, centre: u32, by: u32| {
                if positive { centre + by } else { centre - by }
            };
            let figures = figures(row, percent(row.count, total));
            Some(Quadrant {
                name: format!("{}: {figures}", row.label),
                label: row.label.clone(),
                figures,
                href: row.href.clone(),
                cx: side(*right, PORTFOLIO_CX, offset),
                cy: side(*below, PORTFOLIO_CY, offset),
                r: (PORTFOLIO_R * share.min(1.0).sqrt()).round() as u32,
                label_x: side(*right, PORTFOLIO_CX, 190),
                label_y: side(*below, PORTFOLIO_CY, 150) - 8,
            })
        })
        .collect()
}

/// `count` as a whole percentage of `total`.
pub(crate) fn percent(count: u32, total: u64) -> u32 {
    if total == 0 {
        0
    } else {
        ((f64::from(count) * 100.0) / total as f64).round() as u32
    }
}

fn scaled(count: u32, max: u32, length: u32) -> u32 {
    ((u64::from(count) * u64::from(length)) / u64::from(max.max(1))) as u32
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(chars - 1).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_rise_without_repeats() {
        assert_eq!(class_bounds(1), [1]);
        assert_eq!(class_bounds(3), [1, 2, 3]);
        let bounds = class_bounds(1000);
        assert_eq!(bounds.len(), CLASSES);
        assert_eq!(*bounds.last().unwrap(), 1000);
        assert!(bounds.windows(2).all(|w| w[0] < w[1]), "{bounds:?}");
    }

    #[test]
    fn every_shape_is_read_and_most_are_countries() {
        let known = SHAPES.countries.iter().filter(|(c, _)| c.is_some()).count();
        assert!(SHAPES.countries.len() > 170);
        assert!(known + 3 >= SHAPES.countries.len(), "{known}");
        assert!(
            SHAPES
                .countries
                .iter()
                .any(|(c, _)| c.as_ref().is_some_and(|c| c.as_str() == "FR"))
        );
    }

    #[test]
    fn long_labels_are_cut() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("abcdefghijkl", 5), "abcd…");
    }
}

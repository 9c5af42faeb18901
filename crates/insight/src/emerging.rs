//! Emerging trends: which items (themes, tags, terms…) take a growing share of cases.
//!
//! The test, for each item: split the years into a recent window (the last `recent_years`
//! up to `last_year`) and a baseline (the years before it, all of them or the last
//! `baseline_years`). With `x1` of `n1` recent cases and `x0` of `n0` baseline cases having
//! the item, the null hypothesis "the item's share did not change" makes `x1`, given
//! `x = x0 + x1`, binomial with `x` trials and probability `n1 / (n0 + n1)` (the conditional
//! test of two Poisson rates). We report the rate ratio `(x1/n1) / (x0/n0)`, the z-score of
//! `x1` under that binomial, the exact one-sided p-value `P(X ≥ x1)`, and a
//! Benjamini–Hochberg q-value over all items tested together (so that testing thousands of
//! terms does not flag dozens by chance). An item is emerging when `x1 ≥ min_count`, its
//! share grew and `q ≤ max_q`. Pure arithmetic, no I/O.

use std::collections::BTreeMap;

/// One item's cases per year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearSeries {
    pub name: String,
    pub counts: BTreeMap<i32, u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendConfig {
    /// How many of the latest years form the recent window.
    pub recent_years: u32,
    /// How many years before the window form the baseline (`None`: all of them).
    pub baseline_years: Option<u32>,
    /// The last year to consider (`None`: the latest year with any case). Set it to the
    /// last complete year when the current one has only begun.
    pub last_year: Option<i32>,
    /// Fewest recent cases for an item to be flagged.
    pub min_count: u32,
    /// Largest Benjamini–Hochberg q-value for an item to be flagged.
    pub max_q: f64,
}

impl Default for TrendConfig {
    fn default() -> Self {
        TrendConfig {
            recent_years: 3,
            baseline_years: None,
            last_year: None,
            min_count: 5,
            max_q: 0.05,
        }
    }
}

/// One item's test.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub name: String,
    /// (year, the item's cases, all cases) for every year from the baseline's first to
    /// `last_year`: the series for a small chart.
    pub series: Vec<(i32, u32, u32)>,
    pub recent_share: f64,
    pub baseline_share: f64,
    /// Recent share over baseline share (infinite when the item is new).
    pub rate_ratio: f64,
    pub z: f64,
    pub p_value: f64,
    pub q_value: f64,
    pub emerging: bool,
}

/// Tests every item against the totals (all cases per year) and returns them all, the
/// emerging ones first, each group by increasing p-value then name.
pub fn detect(
    items: &[YearSeries],
    totals: &BTreeMap<i32, u32>,
    config: &TrendConfig,
) -> Vec<Trend> {
    let Some(last) = config
        .last_year
        .or_else(|| totals.iter().rev().find(|&(_, &n)| n > 0).map(|(&y, _)| y))
    else {
        return vec![];
    };
    let window = config.recent_years.max(1) as i32;
    let recent_from = last - window + 1;
    let first_year = match config.baseline_years {
        Some(b) => recent_from - b as i32,
        None => totals
            .iter()
            .find(|&(_, &n)| n > 0)
            .map(|(&y, _)| y)
            .unwrap_or(recent_from)
            .min(recent_from),
    };
    // An empty span (no baseline year) counts nothing; `range` would panic on it.
    let total_in = |from: i32, to: i32| -> u64 {
        if from > to {
            return 0;
        }
        totals.range(from..=to).map(|(_, &n)| n as u64).sum()
    };
    let n1 = total_in(recent_from, last);
    let n0 = total_in(first_year, recent_from - 1);
    let mut trends: Vec<Trend> = items
        .iter()
        .map(|item| {
            let count_in = |from: i32, to: i32| -> u64 {
                if from > to {
                    return 0;
                }
                item.counts.range(from..=to).map(|(_, &n)| n as u64).sum()
            };
            let x1 = count_in(recent_from, last);
            let x0 = count_in(first_year, recent_from - 1);
            let recent_share = share(x1, n1);
            let baseline_share = share(x0, n0);
            let rate_ratio = if baseline_share > 0.0 {
                recent_share / baseline_share
            } else if recent_share > 0.0 {
                f64::INFINITY
            } else {
                1.0
            };
            let (z, p_value) = if n0 == 0 || n1 == 0 || x0 + x1 == 0 {
                (0.0, 1.0)
            } else {
                let p = n1 as f64 / (n0 + n1) as f64;
                let x = x0 + x1;
                let mean = x as f64 * p;
                let sd = (x as f64 * p * (1.0 - p)).sqrt();
                let z = if sd > 0.0 {
                    (x1 as f64 - mean) / sd
                } else {
                    0.0
                };
                (z, binomial_upper_tail(x, x1, p))
            };
            let series = (first_year..=last)
                .map(|y| {
                    (
                        y,
                        item.counts.get(&y).copied().unwrap_or(0),
                        totals.get(&y).copied().unwrap_or(0),
                    )
                })
                .collect();
            Trend {
                name: item.name.clone(),
                series,
                recent_share,
                baseline_share,
                rate_ratio,
                z,
                p_value,
                q_value: 1.0,
                emerging: false,
            }
        })
        .collect();
    benjamini_hochberg(&mut trends);
    for t in &mut trends {
        let x1: u32 = t
            .series
            .iter()
            .filter(|s| s.0 >= recent_from)
            .map(|s| s.1)
            .sum();
        t.emerging = x1 >= config.min_count && t.rate_ratio > 1.0 && t.q_value <= config.max_q;
    }
    trends.sort_by(|a, b| {
        b.emerging
            .cmp(&a.emerging)
            .then(a.p_value.total_cmp(&b.p_value))
            .then_with(|| a.name.cmp(&b.name))
    });
    trends
}

fn share(x: u64, n: u64) -> f64 {
    if n == 0 { 0.0 } else { x as f64 / n as f64 }
}

/// Sets each trend's q-value: p × m / rank, made monotone from the largest p down.
fn benjamini_hochberg(trends: &mut [Trend]) {
    let m = trends.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| trends[a].p_value.total_cmp(&trends[b].p_value));
    let mut running = 1.0f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        let q = (trends[i].p_value * m as f64 / (rank + 1) as f64).min(1.0);
        running = running.min(q);
        trends[i].q_value = running;
    }
}

/// `P(X ≥ k)` for `X ~ Binomial(n, p)`, summed in log space.
pub fn binomial_upper_tail(n: u64, k: u64, p: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > n || p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return 1.0;
    }
    let (lp, lq) = (p.ln(), (1.0 - p).ln());
    let ln_n = ln_factorial(n);
    let sum: f64 = (k..=n)
        .map(|i| {
            (ln_n - ln_factorial(i) - ln_factorial(n - i) + i as f64 * lp + (n - i) as f64 * lq)
                .exp()
        })
        .sum();
    sum.min(1.0)
}

/// ln(n!) by Stirling's series (exact sums below 64).
fn ln_factorial(n: u64) -> f64 {
    if n < 64 {
        return (2..=n).map(|i| (i as f64).ln()).sum();
    }
    let x = n as f64;
    x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x.powi(3))
}

/// Series per item from records that each have a year and some items (tags of a case…),
/// and the totals per year (records with a year). Records without a year are skipped.
pub fn series_from<'a, I, S>(records: I) -> (Vec<YearSeries>, BTreeMap<i32, u32>)
where
    I: IntoIterator<Item = (Option<i32>, S)>,
    S: IntoIterator<Item = &'a str>,
{
    let mut per_item: BTreeMap<&'a str, BTreeMap<i32, u32>> = BTreeMap::new();
    let mut totals = BTreeMap::new();
    for (year, items) in records {
        let Some(year) = year else { continue };
        *totals.entry(year).or_insert(0) += 1;
        let mut items: Vec<&str> = items.into_iter().collect();
        items.sort_unstable();
        items.dedup();
        for item in items {
            *per_item.entry(item).or_default().entry(year).or_insert(0) += 1;
        }
    }
    let series = per_item
        .into_iter()
        .map(|(name, counts)| YearSeries {
            name: name.to_string(),
            counts,
        })
        .collect();
    (series, totals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(counts: &[(i32, u32)]) -> BTreeMap<i32, u32> {
        counts.iter().copied().collect()
    }

    #[test]
    fn cases_only_in_the_recent_window_flag_nothing_and_do_not_panic() {
        let totals = years(&[(2023, 4), (2024, 6)]);
        let items = [YearSeries {
            name: "new".into(),
            counts: years(&[(2023, 2), (2024, 5)]),
        }];
        let trends = detect(&items, &totals, &TrendConfig::default());
        assert_eq!(trends.len(), 1);
        assert_eq!(trends[0].p_value, 1.0);
        assert!(!trends[0].emerging);
    }

    #[test]
    fn growing_share_is_flagged_flat_share_is_not() {
        let totals = years(&[
            (2018, 100),
            (2019, 100),
            (2020, 100),
            (2021, 100),
            (2022, 100),
            (2023, 100),
        ]);
        let items = vec![
            YearSeries {
                name: "generative ai".into(),
                counts: years(&[
                    (2018, 1),
                    (2019, 1),
                    (2020, 2),
                    (2021, 10),
                    (2022, 20),
                    (2023, 30),
                ]),
            },
            YearSeries {
                name: "chatbots".into(),
                counts: years(&[
                    (2018, 10),
                    (2019, 11),
                    (2020, 9),
                    (2021, 10),
                    (2022, 9),
                    (2023, 11),
                ]),
            },
            YearSeries {
                name: "blockchain".into(),
                counts: years(&[
                    (2018, 30),
                    (2019, 20),
                    (2020, 20),
                    (2021, 5),
                    (2022, 4),
                    (2023, 3),
                ]),
            },
        ];
        let trends = detect(&items, &totals, &TrendConfig::default());
        assert_eq!(trends[0].name, "generative ai");
        assert!(trends[0].emerging);
        assert!(trends[0].p_value < 1e-6, "{}", trends[0].p_value);
        assert!(trends[0].z > 5.0);
        assert!((trends[0].rate_ratio - 15.0).abs() < 1e-9);
        assert_eq!(trends[0].series.len(), 6);
        assert_eq!(trends[0].series[5], (2023, 30, 100));
        let flat = trends.iter().find(|t| t.name == "chatbots").unwrap();
        assert!(!flat.emerging);
        assert!(flat.p_value > 0.3);
        let falling = trends.iter().find(|t| t.name == "blockchain").unwrap();
        assert!(!falling.emerging);
        assert!(falling.z < 0.0);
    }

    #[test]
    fn small_counts_are_not_flagged() {
        let totals = years(&[(2020, 50), (2021, 50), (2022, 50), (2023, 50)]);
        let items = vec![YearSeries {
            name: "quantum".into(),
            counts: years(&[(2023, 3)]),
        }];
        let config = TrendConfig {
            recent_years: 1,
            ..TrendConfig::default()
        };
        let trends = detect(&items, &totals, &config);
        assert!(trends[0].rate_ratio.is_infinite());
        assert!(!trends[0].emerging, "3 cases are below min_count");
    }

    #[test]
    fn binomial_tail_matches_hand_computed_values() {
        assert!((binomial_upper_tail(10, 0, 0.3) - 1.0).abs() < 1e-12);
        // P(X ≥ 9 | n=10, p=0.5) = 11/1024
        assert!((binomial_upper_tail(10, 9, 0.5) - 11.0 / 1024.0).abs() < 1e-12);
        // Large n uses Stirling's series: P(X ≥ 100 | 200, 0.5) is just over one half.
        let p = binomial_upper_tail(200, 100, 0.5);
        assert!((p - 0.528_174).abs() < 1e-4, "{p}");
    }

    #[test]
    fn series_count_each_item_once_per_record() {
        let records = vec![
            (Some(2020), vec!["ai", "ai", "data"]),
            (Some(2021), vec!["ai"]),
            (None, vec!["ai"]),
        ];
        let (series, totals) = series_from(records);
        assert_eq!(totals, years(&[(2020, 1), (2021, 1)]));
        assert_eq!(series[0].name, "ai");
        assert_eq!(series[0].counts, years(&[(2020, 1), (2021, 1)]));
    }
}

//! The interface's languages: which one a request gets, and its texts, numbers and dates.
//!
//! Texts are Fluent messages in `locales/{en,es,fr,pt}/*.ftl` (`main.ftl`, and a file per
//! area such as `editor.ftl`), compiled into the
//! binary. A request speaks the language its `lang` cookie names, else the best one its
//! `Accept-Language` header asks for, else English. Visiting any page with `?lang=xx`
//! sets the cookie and redirects to the same address without the parameter, so the
//! language switch is a plain link that works without JavaScript and persists.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use observa_domain::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: our pages set `dir` themselves.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The cookie that remembers the reader's choice.
pub(crate) const COOKIE: &str = "lang";
const COOKIE_MAX_AGE: u32 = 365 * 24 * 3600;

static IDS: LazyLock<[LanguageIdentifier; 4]> = LazyLock::new(|| {
    Lang::ALL.map(|l| {
        l.code()
            .parse()
            .expect("ISO 639-1 codes are language identifiers")
    })
});

/// The interface in one language: messages, numbers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Tr { lang }
    }

    fn id(&self) -> &'static LanguageIdentifier {
        &IDS[self.lang as usize]
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        LOCALES.lookup(self.id(), id)
    }

    /// The message `id`, if there is one.
    pub fn try_t(&self, id: &str) -> Option<String> {
        LOCALES.try_lookup(self.id(), id)
    }

    /// The message `id` for a count: `$count` selects the plural form and `$n` is the
    /// count formatted for the language.
    pub fn n(&self, id: &str, count: impl Into<i64>) -> String {
        let count = count.into();
        self.args(
            id,
            &[("count", count.into()), ("n", self.num(count).into())],
        )
    }

    /// The message `id` with one text argument `$value`.
    pub fn v(&self, id: &str, value: &str) -> String {
        self.args(id, &[("value", value.to_string().into())])
    }

    /// A label followed by a colon, spaced the way the language does (`Secteurs :`).
    pub fn colon(&self, label: &str) -> String {
        self.v("colon", label)
    }

    /// The message `id` with named arguments, if there is one.
    pub fn try_args(
        &self,
        id: &str,
        args: &[(&'static str, FluentValue<'static>)],
    ) -> Option<String> {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.try_lookup_with_args(self.id(), id, &args)
    }

    /// The message `id` with named arguments.
    pub fn args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(self.id(), id, &args)
    }

    /// A whole number grouped the way the language writes it (CLDR): `12,345` in
    /// English, `12.345` in Spanish and Portuguese, `12 345` in French. Spanish and
    /// Portuguese leave four-digit numbers ungrouped.
    pub fn num(&self, n: impl Into<i64>) -> String {
        let n = n.into();
        let digits = n.unsigned_abs().to_string();
        let (separator, min_digits) = match self.lang {
            Lang::En => (",", 4),
            Lang::Es | Lang::Pt => (".", 5),
            Lang::Fr => ("\u{202f}", 4),
        };
        let mut out = String::with_capacity(digits.len() + 4);
        if n < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if digits.len() >= min_digits && i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(c);
        }
        out
    }

    /// A decimal number with `places` decimals, with the language's decimal mark
    /// (`0.25` in English, `0,25` in Spanish, French and Portuguese).
    pub fn decimal(&self, x: f64, places: usize) -> String {
        let text = format!("{x:.places$}");
        match self.lang {
            Lang::En => text,
            Lang::Es | Lang::Fr | Lang::Pt => text.replace('.', ","),
        }
    }

    /// A date written out: `28 November 2026`, `28 de noviembre de 2026`, …
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        self.args(
            "date-long",
            &[
                ("day", date.day().to_string().into()),
                ("month", month.into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// The name of a language given by its ISO 639-1 code, in this language.
    pub fn language_name(&self, code: &str) -> String {
        self.try_t(&format!("language-{code}"))
            .unwrap_or_else(|| code.to_string())
    }
}

/// The language a request reads in (see the module comment).
pub(crate) fn negotiate(headers: &HeaderMap) -> Lang {
    cookie_lang(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(accepted)
        })
        .unwrap_or(Lang::En)
}

fn cookie_lang(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Lang::from_code(value))
}

/// The supported language an `Accept-Language` header likes best, by its q-values.
fn accepted(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(lang) = Lang::from_code(tag)
            && q > 0.0
            && best.is_none_or(|(b, _)| q > b)
        {
            best = Some((q, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Tr::new(negotiate(&parts.headers)))
    }
}

/// Handles `?lang=xx` on any page (see the module comment); an unknown code is dropped
/// without setting anything.
pub(crate) async fn switch(request: Request, next: Next) -> Response {
    let Some(query) = request.uri().query() else {
        return next.run(request).await;
    };
    let mut chosen = None;
    let mut found = false;
    let kept: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, v)| {
            if k == "lang" {
                found = true;
                chosen = chosen.or(Lang::from_code(v));
                false
            } else {
                true
            }
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !found || request.uri().path().starts_with("/api/v1/") {
        return next.run(request).await;
    }
    let mut location = request.uri().path().to_string();
    if !kept.is_empty() {
        location.push('?');
        location.push_str(
            &url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&kept)
                .finish(),
        );
    }
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(lang) = chosen {
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age={COOKIE_MAX_AGE}; SameSite=Lax",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_templates::fluent_bundle::FluentResource;
    use std::collections::BTreeSet;

    /// The message files of the English interface, which every language must have too.
    fn files() -> Vec<String> {
        let dir = format!("{}/locales/en", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        files.sort();
        files
    }

    fn message_ids(lang: Lang) -> BTreeSet<String> {
        files()
            .iter()
            .flat_map(|file| message_ids_in(lang, file))
            .collect()
    }

    fn message_ids_in(lang: Lang, file: &str) -> BTreeSet<String> {
        let path = format!(
            "{}/locales/{}/{file}",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
            panic!("{path} does not parse: {errors:?}");
        }
        // A message starts a line with its id and " =".
        text.lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| {
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let english = message_ids(Lang::En);
        assert!(english.len() > 50, "{} messages", english.len());
        for lang in [Lang::Es, Lang::Fr, Lang::Pt] {
            let other = message_ids(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let counts = |lang| {
            let tr = Tr::new(lang);
            [0, 1, 2, 1084].map(|n| tr.n("count-cases", n))
        };
        assert_eq!(
            counts(Lang::En),
            ["0 cases", "1 case", "2 cases", "1,084 cases"]
        );
        // French counts zero as singular; Spanish and Portuguese do not.
        assert_eq!(counts(Lang::Fr)[0], "0 cas");
        assert_eq!(counts(Lang::Es)[1], "1 caso");
        assert_eq!(counts(Lang::Es)[3], "1084 casos");
        assert_eq!(counts(Lang::Pt)[2], "2 casos");
    }

    #[test]
    fn numbers_and_dates_per_language() {
        let n = 1_234_567;
        assert_eq!(Tr::new(Lang::En).num(n), "1,234,567");
        assert_eq!(Tr::new(Lang::Es).num(n), "1.234.567");
        assert_eq!(Tr::new(Lang::Fr).num(n), "1\u{202f}234\u{202f}567");
        assert_eq!(Tr::new(Lang::Pt).num(-1234), "-1234");
        assert_eq!(Tr::new(Lang::En).num(999), "999");
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(Tr::new(Lang::En).date(day), "28 November 2026");
        assert_eq!(Tr::new(Lang::Es).date(day), "28 de noviembre de 2026");
        assert_eq!(Tr::new(Lang::Fr).date(day), "28 novembre 2026");
        assert_eq!(Tr::new(Lang::Pt).date(day), "28 de novembro de 2026");
    }

    #[test]
    fn accept_language_is_read_by_weight() {
        assert_eq!(accepted("de-DE,de;q=0.9,fr;q=0.8,en;q=0.5"), Some(Lang::Fr));
        assert_eq!(accepted("pt-BR"), Some(Lang::Pt));
        assert_eq!(accepted("en;q=0.2, es;q=0.7"), Some(Lang::Es));
        assert_eq!(accepted("es;q=0"), None);
        assert_eq!(accepted("de, *"), None);
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, "es".parse().unwrap());
        headers.insert(header::COOKIE, "a=b; lang=pt".parse().unwrap());
        assert_eq!(negotiate(&headers), Lang::Pt, "the cookie wins");
    }
}

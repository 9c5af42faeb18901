//! Rate limits, per client: on the open data API each client may make `burst` requests at
//! once, then `per_second` a second; sign-in, sign-up and password reset are limited per
//! client address and per account ([`AccountLimits`]). Past a limit the client gets
//! `429 Too Many Requests` with `Retry-After`. The client is the peer's IP address, or,
//! when the peer is one of the configured trusted proxies, the last address in
//! `X-Forwarded-For` that is not one.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use crate::error::WebError;

/// How fast each client may call the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimit {
    pub per_second: u32,
    pub burst: u32,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for RateLimit {
    /// 20 requests a second, in bursts of up to 100: plenty for people and scripts that
    /// page through results, not for a flood.
    fn default() -> Self {
        RateLimit {
            per_second: 20,
            burst: 100,
            trusted_proxies: Vec::new(),
        }
    }
}

/// Forgets idle clients every this many requests, so the table stays small.
const SWEEP_EVERY: u64 = 10_000;

pub(crate) struct Limiter {
    limiter: RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, DefaultClock>,
    clock: DefaultClock,
    trusted: Vec<IpAddr>,
    seen: AtomicU64,
}

impl Limiter {
    /// `None` when `per_second` is 0: no limit.
    pub(crate) fn new(limit: &RateLimit) -> Option<Arc<Limiter>> {
        let per_second = NonZeroU32::new(limit.per_second)?;
        let burst = NonZeroU32::new(limit.burst.max(1)).unwrap_or(per_second);
        Some(Arc::new(Limiter {
            limiter: RateLimiter::keyed(Quota::per_second(per_second).allow_burst(burst)),
            clock: DefaultClock::default(),
            trusted: limit.trusted_proxies.clone(),
            seen: AtomicU64::new(0),
        }))
    }

    /// The client a request comes from (see the module comment).
    fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> IpAddr {
        client_ip(&self.trusted, peer, headers)
    }
}

/// The client a request comes from: the peer, or behind a trusted proxy the last address
/// in `X-Forwarded-For` that is not a trusted proxy.
pub(crate) fn client_ip(trusted: &[IpAddr], peer: Option<IpAddr>, headers: &HeaderMap) -> IpAddr {
    let peer = peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    if !trusted.contains(&peer) {
        return peer;
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|ip| ip.trim().parse::<IpAddr>().ok())
        .rfind(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

/// How often one action may be tried: `burst` at once, then one more every `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    pub burst: u32,
    pub every: Duration,
}

impl Allowance {
    const fn new(burst: u32, every_secs: u64) -> Self {
        Allowance {
            burst,
            every: Duration::from_secs(every_secs),
        }
    }

    fn quota(self) -> Option<Quota> {
        let burst = NonZeroU32::new(self.burst)?;
        Quota::with_period(self.every).map(|q| q.allow_burst(burst))
    }
}

/// How often sign-in, sign-up and password reset may be tried, per client address and
/// per account (email address). `None` turns a limit off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLimits {
    pub sign_in_per_client: Option<Allowance>,
    pub sign_in_per_account: Option<Allowance>,
    pub sign_up_per_client: Option<Allowance>,
    /// Sign-ups naming one address (each sends it an email).
    pub sign_up_per_account: Option<Allowance>,
    pub reset_per_client: Option<Allowance>,
    pub reset_per_account: Option<Allowance>,
    /// Case submissions by one account (each one lands in the editors' queue).
    pub submit_per_account: Option<Allowance>,
}

impl Default for AccountLimits {
    /// Enough for people who mistype, too slow for guessing: ten sign-ins from one
    /// address then one every 6 s, five on one account then one a minute; five sign-ups
    /// then one every two minutes, three naming one address then one every five minutes
    /// (each sends that address an email); five resets then one a minute, three for one account
    /// then one every five minutes; five case submissions by one account, then one every
    /// ten minutes.
    fn default() -> Self {
        AccountLimits {
            sign_in_per_client: Some(Allowance::new(10, 6)),
            sign_in_per_account: Some(Allowance::new(5, 60)),
            sign_up_per_client: Some(Allowance::new(5, 120)),
            sign_up_per_account: Some(Allowance::new(3, 300)),
            reset_per_client: Some(Allowance::new(5, 60)),
            reset_per_account: Some(Allowance::new(3, 300)),
            submit_per_account: Some(Allowance::new(5, 600)),
        }
    }
}

impl AccountLimits {
    /// No limit at all.
    pub fn off() -> Self {
        AccountLimits {
            sign_in_per_client: None,
            sign_in_per_account: None,
            sign_up_per_client: None,
            sign_up_per_account: None,
            reset_per_client: None,
            reset_per_account: None,
            submit_per_account: None,
        }
    }
}

/// An account action that is rate limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AccountAction {
    SignIn,
    SignUp,
    Reset,
    /// Submitting a case for review; the account is the account's id.
    Submit,
}

type KeyedLimiter = RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock>;

/// The account limits in force (see [`AccountLimits`]).
pub(crate) struct AccountLimiter {
    limiters: Vec<(AccountAction, bool, KeyedLimiter)>,
    clock: DefaultClock,
    trusted: Vec<IpAddr>,
    seen: AtomicU64,
}

impl AccountLimiter {
    pub(crate) fn new(limits: &AccountLimits, trusted: &[IpAddr]) -> Self {
        let mut limiters = Vec::new();
        for (action, per_account, allowance) in [
            (AccountAction::SignIn, false, limits.sign_in_per_client),
            (AccountAction::SignIn, true, limits.sign_in_per_account),
            (AccountAction::SignUp, false, limits.sign_up_per_client),
            (AccountAction::SignUp, true, limits.sign_up_per_account),
            (AccountAction::Reset, false, limits.reset_per_client),
            (AccountAction::Reset, true, limits.reset_per_account),
            (AccountAction::Submit, true, limits.submit_per_account),
        ] {
            if let Some(quota) = allowance.and_then(Allowance::quota) {
                limiters.push((action, per_account, RateLimiter::keyed(quota)));
            }
        }
        AccountLimiter {
            limiters,
            clock: DefaultClock::default(),
            trusted: trusted.to_vec(),
            seen: AtomicU64::new(0),
        }
    }

    /// Counts one `action` by the client (`peer`, `headers`) on `account` (an email
    /// address, when the action names one); `Err(TooManyRequests)` past either limit.
    pub(crate) fn check(
        &self,
        action: AccountAction,
        peer: Option<IpAddr>,
        headers: &HeaderMap,
        account: Option<&str>,
    ) -> Result<(), WebError> {
        if self.seen.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            for (_, _, limiter) in &self.limiters {
                limiter.retain_recent();
            }
        }
        let client = client_ip(&self.trusted, peer, headers).to_string();
        let mut wait = Duration::ZERO;
        for (a, per_account, limiter) in &self.limiters {
            if *a != action {
                continue;
            }
            let key = if *per_account {
                match account {
                    Some(account) => account.trim().to_lowercase(),
                    None => continue,
                }
            } else {
                client.clone()
            };
            if let Err(not_until) = limiter.check_key(&key) {
                wait = wait.max(not_until.wait_time_from(self.clock.now()));
            }
        }
        if wait.is_zero() {
            Ok(())
        } else {
            Err(WebError::TooManyRequests {
                retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
            })
        }
    }
}

pub(crate) async fn limit(
    State(limiter): State<Option<Arc<Limiter>>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(limiter) = limiter else {
        return next.run(request).await;
    };
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let client = limiter.client(peer, request.headers());
    if limiter.seen.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
        limiter.limiter.retain_recent();
    }
    match limiter.limiter.check_key(&client) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(limiter.clock.now());
            WebError::TooManyRequests {
                retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
            }
            .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::SocketAddr;

    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    use super::RateLimit;
    use crate::Site;

    async fn call(
        app: &axum::Router,
        from: &str,
        forwarded: Option<&str>,
    ) -> axum::response::Response {
        let mut request = Request::get("/api/v1/vocabularies/stage");
        if let Some(f) = forwarded {
            request = request.header("x-forwarded-for", f);
        }
        let mut request = request.body(Body::empty()).unwrap();
        let peer: SocketAddr = format!("{from}:40000").parse().unwrap();
        request.extensions_mut().insert(ConnectInfo(peer));
        app.clone().oneshot(request).await.unwrap()
    }

    #[tokio::test]
    async fn a_client_past_its_burst_waits_and_others_do_not() {
        let site = Site {
            rate_limit: RateLimit {
                per_second: 1,
                burst: 3,
                trusted_proxies: vec!["10.0.0.1".parse().unwrap()],
            },
            ..Site::new("http://observa.test")
        };
        let t = crate::tests::app_with_site(0, site).await;
        for _ in 0..3 {
            assert_eq!(
                call(&t.app, "192.0.2.1", None).await.status(),
                StatusCode::OK
            );
        }
        let refused = call(&t.app, "192.0.2.1", None).await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = refused.headers()[header::RETRY_AFTER]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=2).contains(&wait), "{wait}");
        let body = axum::body::to_bytes(refused.into_body(), usize::MAX)
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["errors"][0]["code"], "rate_limited");

        // Another client is not affected; pages are not limited.
        assert_eq!(
            call(&t.app, "192.0.2.2", None).await.status(),
            StatusCode::OK
        );
        // Behind the trusted proxy, clients are told apart by X-Forwarded-For; an
        // untrusted peer cannot pick its own key with the header.
        for _ in 0..3 {
            let via_proxy = call(&t.app, "10.0.0.1", Some("198.51.100.7, 10.0.0.1")).await;
            assert_eq!(via_proxy.status(), StatusCode::OK);
        }
        assert_eq!(
            call(&t.app, "10.0.0.1", Some("198.51.100.7"))
                .await
                .status(),
            StatusCode::TOO_MANY_REQUESTS
        );
        assert_eq!(
            call(&t.app, "192.0.2.1", Some("203.0.113.9"))
                .await
                .status(),
            StatusCode::TOO_MANY_REQUESTS,
            "the header of an untrusted peer is ignored"
        );
    }
}

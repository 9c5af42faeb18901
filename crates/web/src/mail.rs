//! Email: the messages accounts receive, written in the account's language, and their
//! delivery. Every message is first written to the store's mail outbox in the transaction
//! of what caused it; with SMTP configured (`serve --smtp-url`) a [`Mailer`] then sends
//! pending messages over SMTP (lettre), right after the request that wrote them and again
//! every few seconds for those that failed. Without SMTP the messages stay in the outbox,
//! where administrators read them at `/admin/outbox`. Delivery problems are logged, never
//! shown to the person who caused the message.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use observa_domain::Lang;
use observa_store::{Mail, NewMail, Store};

use crate::i18n::Tr;

/// How long a sender keeps a message to itself before another may try it.
const LEASE_SECS: i64 = 120;
/// After this many failed attempts a message is left in the outbox for people to see.
const MAX_ATTEMPTS: i64 = 5;

/// Sends the outbox over SMTP, or leaves it for administrators when there is no SMTP.
pub struct Mailer {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    /// Says whether SMTP is configured, never its address (which may hold a password).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("smtp", &self.smtp.is_some())
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// Keeps every message in the outbox.
    pub fn outbox_only() -> Self {
        Mailer {
            smtp: None,
            from: default_from(),
        }
    }

    /// Sends over the SMTP server at `url`: `smtp://host:25` (plain),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS), `smtps://host:465`
    /// (TLS), from `from` (`Name <address>` or an address).
    pub fn smtp(url: &str, from: &str) -> Result<Self, String> {
        let smtp = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("the SMTP URL is not usable: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("\"{from}\" is not a sender address: {e}"))?;
        Ok(Mailer {
            smtp: Some(smtp),
            from,
        })
    }

    /// Whether messages leave the site (else they stay in the outbox).
    pub fn delivers(&self) -> bool {
        self.smtp.is_some()
    }

    /// Sends what is waiting in the outbox; returns how many messages went.
    pub async fn deliver_pending(&self, store: &dyn Store) -> usize {
        let Some(smtp) = &self.smtp else { return 0 };
        let mut sent = 0;
        loop {
            let batch = match store.claim_mail(20, LEASE_SECS, MAX_ATTEMPTS).await {
                Ok(batch) => batch,
                Err(error) => {
                    tracing::error!(%error, "the mail outbox could not be read");
                    return sent;
                }
            };
            if batch.is_empty() {
                return sent;
            }
            for mail in batch {
                let result = match self.message(&mail) {
                    Ok(message) => smtp
                        .send(message)
                        .await
                        .map(|_| ())
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(e),
                };
                let stored = match result {
                    Ok(()) => {
                        sent += 1;
                        store.mail_sent(mail.id).await
                    }
                    Err(error) => {
                        tracing::warn!(id = mail.id, %error, "an email could not be sent");
                        store.mail_failed(mail.id, &error).await
                    }
                };
                if let Err(error) = stored {
                    tracing::error!(%error, "the mail outbox could not be updated");
                }
            }
        }
    }

    /// Delivers right away, without making the caller wait.
    pub fn deliver_soon(self: &Arc<Self>, store: &Arc<dyn Store>) {
        if self.delivers() {
            let (mailer, store) = (self.clone(), store.clone());
            tokio::spawn(async move { mailer.deliver_pending(&*store).await });
        }
    }

    /// Delivers pending messages every `every`, forever (nothing to do without SMTP).
    pub async fn run(self: Arc<Self>, store: Arc<dyn Store>, every: Duration) {
        if !self.delivers() {
            return;
        }
        loop {
            self.deliver_pending(&*store).await;
            tokio::time::sleep(every).await;
        }
    }

    fn message(&self, mail: &Mail) -> Result<Message, String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("bad recipient: {e}"))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone().unwrap_or_default())
            .map_err(|e| e.to_string())
    }
}

fn default_from() -> Mailbox {
    Mailbox::new(
        Some("Observa".into()),
        "observa@localhost".parse().expect("a valid address"),
    )
}

/// The message that asks a new account to confirm its address, in `lang`.
pub fn confirmation(lang: Lang, to: &str, link: &str) -> NewMail {
    let tr = Tr::new(lang);
    NewMail {
        recipient: to.into(),
        subject: tr.t("mail-confirm-subject"),
        body: tr.v("mail-confirm-body", link),
    }
}

/// The message that carries a password reset link, in `lang`.
pub fn reset(lang: Lang, to: &str, link: &str) -> NewMail {
    let tr = Tr::new(lang);
    NewMail {
        recipient: to.into(),
        subject: tr.t("mail-reset-subject"),
        body: tr.v("mail-reset-body", link),
    }
}

/// What someone signing up with an address that has an account already gets (the form
/// itself says the same as for a new address, so it tells nobody who has an account).
pub fn already_registered(lang: Lang, to: &str, reset_link: &str) -> NewMail {
    let tr = Tr::new(lang);
    NewMail {
        recipient: to.into(),
        subject: tr.t("mail-exists-subject"),
        body: tr.v("mail-exists-body", reset_link),
    }
}

/// What the authors of a case (or, for a withdrawal request, its editors) hear about a
/// decision of `kind` on it, in `lang`: what happened, the editor's comment or the
/// author's reason (as written: plain text), and where to look.
pub fn review_notice(
    lang: Lang,
    to: &str,
    kind: &str,
    title: &str,
    comment: &str,
    link: &str,
) -> NewMail {
    let tr = Tr::new(lang);
    let what = crate::review::notice_text_in(&tr, kind, title);
    NewMail {
        recipient: to.into(),
        subject: tr.v("mail-review-subject", &what),
        body: tr.args(
            "mail-review-body",
            &[
                ("what", what.into()),
                ("comment", comment.trim().to_string().into()),
                ("link", link.to_string().into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

    use super::*;

    #[test]
    fn messages_are_written_in_the_accounts_language() {
        let link = "https://observa.test/account/confirm/abc";
        let en = confirmation(Lang::En, "ana@example.org", link);
        assert_eq!(en.subject, "Confirm your email address for Observa");
        assert!(
            en.body.contains(link) && en.body.contains("48 hours"),
            "{}",
            en.body
        );
        assert!(
            en.body.contains("\n\n"),
            "paragraphs stay apart: {}",
            en.body
        );
        let fr = reset(Lang::Fr, "ana@example.org", link);
        assert!(fr.subject.contains("mot de passe") && fr.body.contains(link));
        let es = already_registered(Lang::Es, "ana@example.org", link);
        assert!(es.subject.contains("Ya tiene") && es.body.contains(link));
        let pt = confirmation(Lang::Pt, "ana@example.org", link);
        assert!(pt.body.starts_with("Olá"), "{}", pt.body);
    }

    /// A small SMTP receiver on a loopback port: accepts every message and hands over
    /// each one's envelope recipient and data.
    async fn smtp_receiver() -> (u16, tokio::sync::mpsc::UnboundedReceiver<(String, String)>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                let (socket, _) = listener.accept().await.unwrap();
                let tx = tx.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                    let (mut to, mut data, mut in_data) = (String::new(), String::new(), false);
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                tx.send((to.clone(), std::mem::take(&mut data))).unwrap();
                                write.write_all(b"250 queued\r\n").await.unwrap();
                            } else {
                                data.push_str(&line);
                                data.push('\n');
                            }
                            continue;
                        }
                        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                        let answer: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250 test\r\n",
                            "RCPT" => {
                                to = line[line.find('<').unwrap() + 1..line.find('>').unwrap()]
                                    .to_string();
                                b"250 ok\r\n"
                            }
                            "DATA" => {
                                in_data = true;
                                b"354 go on\r\n"
                            }
                            "QUIT" => {
                                write.write_all(b"221 bye\r\n").await.unwrap();
                                return;
                            }
                            _ => b"250 ok\r\n",
                        };
                        write.write_all(answer).await.unwrap();
                    }
                });
            }
        });
        (port, rx)
    }

    #[tokio::test]
    async fn pending_mail_goes_out_over_smtp_once_and_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("mail.db").display());
        let store: Arc<dyn Store> = observa_store::connect(&url).await.unwrap();
        let link = "http://observa.test/account/confirm/0123";
        store
            .queue_mail(&confirmation(Lang::Fr, "ana@example.org", link))
            .await
            .unwrap();
        let (port, mut received) = smtp_receiver().await;
        let mailer = Mailer::smtp(
            &format!("smtp://127.0.0.1:{port}"),
            "Observa <noreply@observa.test>",
        )
        .unwrap();
        assert!(format!("{mailer:?}").contains("smtp: true"));
        assert_eq!(mailer.deliver_pending(&*store).await, 1);
        let (to, data) = received.recv().await.unwrap();
        assert_eq!(to, "ana@example.org");
        assert!(
            data.contains("From: Observa <noreply@observa.test>"),
            "{data}"
        );
        assert!(data.contains(link), "{data}");
        let outbox = store.mail_outbox(10).await.unwrap();
        assert!(outbox[0].sent_at.is_some());
        assert_eq!(outbox[0].body, None, "a sent message is not kept");
        assert_eq!(mailer.deliver_pending(&*store).await, 0, "sent once");

        // Without SMTP, nothing leaves: the message waits for an administrator.
        store
            .queue_mail(&reset(Lang::En, "bob@example.org", link))
            .await
            .unwrap();
        assert_eq!(Mailer::outbox_only().deliver_pending(&*store).await, 0);
        assert_eq!(store.mail_outbox(1).await.unwrap()[0].sent_at, None);

        // An unreachable server: the failure is recorded and the message kept.
        let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let dead_port = closed.local_addr().unwrap().port();
        drop(closed);
        let dead = Mailer::smtp(
            &format!("smtp://127.0.0.1:{dead_port}"),
            "observa@observa.test",
        )
        .unwrap();
        assert_eq!(dead.deliver_pending(&*store).await, 0);
        let waiting = &store.mail_outbox(1).await.unwrap()[0];
        assert!(waiting.last_error.is_some() && waiting.body.is_some());
        assert!(Mailer::smtp("gopher://x", "a@b.c").is_err());
        assert!(Mailer::smtp("smtp://127.0.0.1:25", "not an address").is_err());
    }
}

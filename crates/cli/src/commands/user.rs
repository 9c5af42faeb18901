//! `observa user add`: makes an account from the command line; this is how the first
//! administrator is made. The password is read without echo from the terminal (twice),
//! or as the first line of standard input when that is not a terminal, and only its
//! Argon2id hash is stored.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context, bail};
use observa_domain::{Role, Vocabulary};
use observa_store::StoreError;

use crate::DataArgs;

pub async fn add(
    data: &DataArgs,
    email: &str,
    name: Option<&str>,
    role: &str,
) -> anyhow::Result<ExitCode> {
    let email = observa_domain::user::normalise_email(email)
        .map_err(|_| anyhow::anyhow!("\"{}\" is not an email address", email.trim()))?;
    let role = Role::parse(role).map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = name.map_or_else(
        || email.split('@').next().unwrap_or("").to_string(),
        str::to_string,
    );
    let password = read_password()?;
    observa_web::passwords::check(&password, &email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = observa_web::passwords::hash(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let store = data.store().await?;
    match store.create_user(&email, &name, role, &hash).await {
        Ok(user) => {
            println!(
                "account {} made for {} ({})",
                user.id,
                user.email,
                role.slug()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Conflict { .. }) => {
            bail!("an account with the email {email} exists already")
        }
        Err(e) => Err(e).context("the account could not be stored"),
    }
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("The same password again: ")?;
        if first != again {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

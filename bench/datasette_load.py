#!/usr/bin/env python3
"""Loads an Observa JSON Lines file (`observa demo generate`) into a SQLite database for
Datasette, the peer of bench/search.sh.

Usage: bench/datasette_load.py CASES.jsonl OUT.db

Table `cases`: slug (primary key), title, text, countries (JSON array of ISO codes), year
(year_launched, NULL when absent) and themes (JSON array of sector slugs). `text` is the pitch,
the overview, every story section and each translation's title, pitch and overview, joined
with newlines. FTS5 over title and text with `unicode61 remove_diacritics 2`, i.e. lower-cased,
accent-folded whole words without stemming, like Observa's folded fields that quoted phrases
search. Reads the file as a stream and inserts in batches.
"""

import json
import sys

import sqlite_utils

STORY_SECTIONS = (
    "innovation",
    "partners",
    "beneficiaries",
    "results",
    "challenges",
    "conditions",
    "replication",
    "lessons",
)
TOKENIZE = "unicode61 remove_diacritics 2"
BATCH = 2000


def text_of(case):
    parts = [case.get("pitch"), case.get("overview")]
    story = case.get("story") or {}
    parts += [story.get(section) for section in STORY_SECTIONS]
    for translation in (case.get("translations") or {}).values():
        parts += [translation.get(k) for k in ("title", "pitch", "overview")]
    return "\n".join(p for p in parts if isinstance(p, str) and p.strip())


def rows(path):
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{number}: {e}")
            yield {
                "slug": case["slug"],
                "title": case.get("title") or "",
                "text": text_of(case),
                "countries": json.dumps(case.get("countries") or []),
                "year": case.get("year_launched"),
                "themes": json.dumps(case.get("sectors") or []),
            }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1:]
    db = sqlite_utils.Database(target, recreate=True)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    cases = db["cases"]
    cases.create(
        {
            "slug": str,
            "title": str,
            "text": str,
            "countries": str,
            "year": int,
            "themes": str,
        },
        pk="slug",
    )
    cases.insert_all(rows(source), batch_size=BATCH)
    cases.enable_fts(["title", "text"], tokenize=TOKENIZE, create_triggers=False)
    cases.optimize()
    # Back to a plain rollback journal so the file stands alone when Datasette opens it.
    db.execute("PRAGMA journal_mode = DELETE")
    db.conn.close()
    print(f"{target}: {sqlite_utils.Database(target)['cases'].count} cases")


if __name__ == "__main__":
    main()

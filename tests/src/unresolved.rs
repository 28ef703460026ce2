//! Committed lists of what stays unresolved on the corpus, by reason and first segment: a
//! corpus test writes its counts with an environment variable set, and otherwise fails when a
//! reason counts more than the list says, so that a regression in resolution fails.

use std::{collections::BTreeMap, path::Path};

/// One committed list: its file (in this package), what it counts, the environment variable
/// that writes it anew, and the margin a reason may exceed it by, as a share of the total (the
/// standard library's sources and the registry's packages differ a little between machines).
#[derive(Debug)]
pub struct UnresolvedList {
    pub file: &'static str,
    /// What is counted, plural: `imports`, `paths of bodies`.
    pub what: &'static str,
    /// The command that writes the list.
    pub command: &'static str,
    pub update_variable: &'static str,
    pub margin: f64,
    /// Segments with fewer than this many are written as one row per reason, `(others)`.
    pub min_count: usize,
}

impl UnresolvedList {
    /// Writes the list when the update variable is set; otherwise compares `rows` (each
    /// `"reason: first segment"` with its count) with it, by reason.
    pub fn check(&self, total: usize, resolved: usize, rows: &[(String, usize)]) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(self.file);
        if std::env::var_os(self.update_variable).is_some() {
            let mut text = format!(
                "# The corpus's {what} that stay unresolved, by reason and by the first segment of the path.\n\
                 # Written by `{update}=1 {command}`; the test fails\n\
                 # when a reason counts more than written here (beyond {margin:.1}% of all {what}).\n\
                 # {what}: {total}, resolved: {resolved}, unresolved: {unresolved}\n\
                 # reason\tfirst segment\tcount\n",
                what = self.what,
                update = self.update_variable,
                command = self.command,
                margin = self.margin * 100.0,
                unresolved = total - resolved,
            );
            let mut others = BTreeMap::<&str, usize>::new();
            let mut sorted: Vec<(&str, &str, usize)> = Vec::new();
            for (key, count) in rows {
                let (reason, root) = key.split_once(": ").unwrap_or((key, ""));
                if *count < self.min_count {
                    *others.entry(reason).or_default() += count;
                } else {
                    sorted.push((reason, root, *count));
                }
            }
            sorted.extend(others.into_iter().map(|(reason, count)| (reason, "(others)", count)));
            sorted.sort_by(|a, b| a.0.cmp(b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(b.1)));
            for (reason, root, count) in sorted {
                text.push_str(&format!("{reason}\t{root}\t{count}\n"));
            }
            std::fs::write(&path, text).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let totals = |rows: &mut dyn Iterator<Item = (String, usize)>| {
            let mut totals = BTreeMap::<String, usize>::new();
            for (reason, count) in rows {
                *totals.entry(reason).or_default() += count;
            }
            totals
        };
        let expected = totals(&mut committed.lines().filter(|line| !line.starts_with('#')).filter_map(|line| {
            let mut fields = line.split('\t');
            let reason = fields.next()?.to_owned();
            let count = fields.nth(1)?.parse().ok()?;
            Some((reason, count))
        }));
        let now =
            totals(&mut rows.iter().map(|(key, count)| {
                (key.split_once(": ").map_or(key.as_str(), |(reason, _)| reason).to_owned(), *count)
            }));
        let margin = (total as f64 * self.margin).ceil() as usize;
        for (reason, count) in &now {
            let allowed = expected.get(reason).copied().unwrap_or(0) + margin;
            assert!(
                *count <= allowed,
                "{count} {} unresolved for \"{reason}\", the committed {} allows {allowed}: a regression, or run \
                 with {}=1 to accept",
                self.what,
                self.file,
                self.update_variable
            );
        }
    }
}

//! The database trait of the per-owner queries.

/// What every query of this crate needs from a database: everything `sem-db`'s queries need,
/// and nothing more yet. A trait of its own, so that the per-owner queries take a database a
/// file- or expansion-keyed query cannot hand them.
#[salsa::db]
pub trait Db: sem_db::Db {}

/// `sem-db`'s database holds the storage of every query, this crate's included (salsa registers
/// ingredients when first used), so it is the database of this layer too.
#[salsa::db]
impl Db for sem_db::RootDatabase {}

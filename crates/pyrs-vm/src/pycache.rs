//! The bytecode cache: an imported `m.py` is compiled once into `__pycache__/m.pyrs-311.pyc`
//! and reused while the source keeps its modification time and size (see docs/pycache.md).
//!
//! A cache file is a 40-byte header and a [`pyrs_compiler::marshal`] payload:
//! `b"PYRC"`, the fingerprint of this pyrs's opcode list (u64), flags (u32, 0: checked by
//! source mtime and size), the source's mtime in seconds (u64), its size (u64) and the FNV-1a
//! checksum of the payload (u64), all little-endian. Anything else in the file (another
//! implementation's cache, a truncated or damaged one) is ignored and replaced. Files are
//! written to a temporary name and renamed, so readers never see a partial one; a folder
//! that cannot be written is silently skipped, as CPython does.

use crate::Vm;
use pyrs_compiler::code::CodeObject;
use pyrs_compiler::marshal;
use std::path::{Path, PathBuf};
use std::rc::Rc;

const MAGIC: &[u8; 4] = b"PYRC";
const HEADER: usize = 40;

/// What a cache records of its source: the source changed when either differs.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    mtime: u64,
    size: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Some(Stamp {
            mtime,
            size: meta.len(),
        })
    }
}

/// The cache file of `source` (a path as the import system found it): in `__pycache__`
/// beside it, or under `prefix` (`sys.pycache_prefix`) mirroring its absolute folder.
pub fn cache_path(source: &Path, optimize: u8, prefix: Option<&str>) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_string_lossy();
    let opt = match optimize {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    let name = format!("{stem}.{}{opt}.pyc", crate::CACHE_TAG);
    let dir = source.parent()?;
    Some(match prefix {
        None => dir.join("__pycache__").join(name),
        Some(prefix) => {
            let abs = std::path::absolute(dir).ok()?;
            let rel = abs.strip_prefix("/").unwrap_or(&abs);
            Path::new(prefix).join(rel).join(name)
        }
    })
}

impl Vm {
    /// `sys.pycache_prefix` when it is a str (None or anything else: caches go beside sources).
    fn pycache_prefix(&self) -> Option<String> {
        self.sys_attr("pycache_prefix").as_str().map(String::from)
    }

    /// The cache file `import` reads and writes for a source file on disk (None for a file
    /// inside a zip archive, which is never cached).
    pub(crate) fn cache_file_of(&self, source: &Path) -> Option<PathBuf> {
        if !source.is_file() {
            return None;
        }
        cache_path(
            source,
            self.config.optimize,
            self.pycache_prefix().as_deref(),
        )
    }

    /// The code of the source file `path` (whose bytes are `source`): loaded from `cache`
    /// when that holds a valid compilation of this very source, else compiled and, unless
    /// `sys.dont_write_bytecode`, stored there.
    pub(crate) fn compile_cached(
        &mut self,
        source: &[u8],
        path: &Path,
        filename: &str,
        cache: Option<&Path>,
    ) -> Result<Rc<CodeObject>, pyrs_parser::SyntaxError> {
        let stamp = cache.and(Stamp::of(path));
        if let (Some(cache), Some(stamp)) = (cache, stamp) {
            if let Some(code) = read_cache(cache, stamp, filename) {
                return Ok(code);
            }
        }
        let code = self.compile_file_source(source, filename)?;
        if let (Some(cache), Some(stamp)) = (cache, stamp) {
            let flag = self.sys_attr("dont_write_bytecode");
            if !self.truthy(&flag).unwrap_or(true) {
                write_cache(cache, stamp, &code);
            }
        }
        Ok(code)
    }
}

fn read_cache(cache: &Path, stamp: Stamp, filename: &str) -> Option<Rc<CodeObject>> {
    let data = std::fs::read(cache).ok()?;
    let (head, payload) = data.split_at_checked(HEADER)?;
    let field = |at: usize| u64::from_le_bytes(head[at..at + 8].try_into().unwrap_or_default());
    let valid = &head[..4] == MAGIC
        && field(4) == marshal::fingerprint()
        && head[12..16] == [0; 4]
        && field(16) == stamp.mtime
        && field(24) == stamp.size
        && field(32) == checksum(payload);
    if !valid {
        return None;
    }
    marshal::load(payload, filename)
}

fn checksum(payload: &[u8]) -> u64 {
    let mut h = marshal::Fnv::new();
    h.write(payload);
    h.finish()
}

/// Writes the cache atomically: a temporary file in the same folder, then a rename over the
/// old one. Failures (read-only folder, full disk) leave no file behind and are not errors.
fn write_cache(cache: &Path, stamp: Stamp, code: &CodeObject) {
    let Some(dir) = cache.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let payload = marshal::dump(code);
    let mut data = Vec::with_capacity(HEADER + payload.len());
    data.extend_from_slice(MAGIC);
    data.extend_from_slice(&marshal::fingerprint().to_le_bytes());
    data.extend_from_slice(&0u32.to_le_bytes());
    data.extend_from_slice(&stamp.mtime.to_le_bytes());
    data.extend_from_slice(&stamp.size.to_le_bytes());
    data.extend_from_slice(&checksum(&payload).to_le_bytes());
    data.extend_from_slice(&payload);
    let mut tmp = cache.as_os_str().to_owned();
    tmp.push(format!(".{}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    if std::fs::write(&tmp, &data).is_err() || std::fs::rename(&tmp, cache).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

//! Zip archives as import locations: zipapps (`pyrs app.pyz`) and zip files on `sys.path`.
//!
//! Reads the end-of-central-directory record and the central directory, allowing data in
//! front of the archive (a zipapp's `#!` line): offsets are then shifted by its length, as
//! CPython's `zipfile` does. Members are stored or deflated (miniz_oxide inflates).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One member: where its data starts (the local header), how it is compressed and sizes.
struct Member {
    header: usize,
    method: u16,
    compressed: usize,
    size: usize,
}

/// A zip archive read into memory.
pub struct ZipArchive {
    data: Vec<u8>,
    members: HashMap<String, Member>,
}

fn u16_at(d: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(d.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(d: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(d.get(i..i + 4)?.try_into().ok()?))
}

impl ZipArchive {
    /// The archive at `path`, or None when it is not a (readable) zip file.
    pub fn open(path: &Path) -> Option<ZipArchive> {
        let data = std::fs::read(path).ok()?;
        ZipArchive::parse(data)
    }

    fn parse(data: Vec<u8>) -> Option<ZipArchive> {
        // The end record is in the last 22 + 65535 bytes (its comment is at most 64 KiB).
        let min = data.len().saturating_sub(22 + 0xFFFF);
        let eocd = (min..=data.len().checked_sub(22)?)
            .rev()
            .find(|&i| data[i..].starts_with(b"PK\x05\x06"))?;
        let count = u16_at(&data, eocd + 10)? as usize;
        let cd_size = u32_at(&data, eocd + 12)? as usize;
        let cd_offset = u32_at(&data, eocd + 16)? as usize;
        // Bytes in front of the archive (a `#!` line) shift every offset.
        let shift = eocd.checked_sub(cd_size + cd_offset)?;
        let mut members = HashMap::new();
        let mut at = shift + cd_offset;
        for _ in 0..count {
            if !data.get(at..)?.starts_with(b"PK\x01\x02") {
                return None;
            }
            let method = u16_at(&data, at + 10)?;
            let compressed = u32_at(&data, at + 20)? as usize;
            let size = u32_at(&data, at + 24)? as usize;
            let name_len = u16_at(&data, at + 28)? as usize;
            let extra_len = u16_at(&data, at + 30)? as usize;
            let comment_len = u16_at(&data, at + 32)? as usize;
            let header = shift + u32_at(&data, at + 42)? as usize;
            let name = data.get(at + 46..at + 46 + name_len)?;
            let name = String::from_utf8_lossy(name).into_owned();
            members.insert(
                name,
                Member {
                    header,
                    method,
                    compressed,
                    size,
                },
            );
            at += 46 + name_len + extra_len + comment_len;
        }
        Some(ZipArchive { data, members })
    }

    pub fn contains(&self, name: &str) -> bool {
        self.members.contains_key(name)
    }

    /// A member's uncompressed bytes (None: absent, damaged or compressed another way).
    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        let m = self.members.get(name)?;
        let d = &self.data;
        if !d.get(m.header..)?.starts_with(b"PK\x03\x04") {
            return None;
        }
        let name_len = u16_at(d, m.header + 26)? as usize;
        let extra_len = u16_at(d, m.header + 28)? as usize;
        let start = m.header + 30 + name_len + extra_len;
        let raw = d.get(start..start.checked_add(m.compressed)?)?;
        match m.method {
            0 => Some(raw.to_vec()),
            8 => {
                let out = miniz_oxide::inflate::decompress_to_vec_with_limit(raw, m.size).ok()?;
                (out.len() == m.size).then_some(out)
            }
            _ => None,
        }
    }
}

/// Splits a path that goes through a zip file (`/x/app.pyz/pkg/mod.py`) into the archive's
/// path and the member name (`pkg/mod.py`); None when no ancestor is a regular file.
pub fn split_archive_path(path: &Path) -> Option<(PathBuf, String)> {
    let mut inner = Vec::new();
    let mut cur = path;
    loop {
        if cur.is_file() {
            let member = inner
                .iter()
                .rev()
                .map(|c: &&std::ffi::OsStr| c.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            return Some((cur.to_path_buf(), member));
        }
        if cur.is_dir() {
            return None;
        }
        inner.push(cur.file_name()?);
        cur = cur.parent()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-member archive: one stored, one deflated, behind a `#!` line.
    fn sample() -> Vec<u8> {
        let mut out = b"#!/usr/bin/env python3\n".to_vec();
        let shift = out.len();
        let members: [(&str, &[u8], bool); 2] = [
            ("a.py", b"print(1)\n", false),
            ("pkg/b.py", b"x = 'bbbbbbbbbbbbbbbb'\n", true),
        ];
        let mut central = Vec::new();
        for (name, text, deflate) in members {
            let body = if deflate {
                miniz_oxide::deflate::compress_to_vec(text, 6)
            } else {
                text.to_vec()
            };
            let header = out.len() - shift;
            let method: u16 = if deflate { 8 } else { 0 };
            out.extend(b"PK\x03\x04");
            out.extend([20, 0, 0, 0]);
            out.extend(method.to_le_bytes());
            out.extend([0; 8]); // time, date, crc (not checked)
            out.extend((body.len() as u32).to_le_bytes());
            out.extend((text.len() as u32).to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend([0, 0]);
            out.extend(name.as_bytes());
            out.extend(&body);
            central.extend(b"PK\x01\x02");
            central.extend([20, 0, 20, 0, 0, 0]);
            central.extend(method.to_le_bytes());
            central.extend([0; 8]);
            central.extend((body.len() as u32).to_le_bytes());
            central.extend((text.len() as u32).to_le_bytes());
            central.extend((name.len() as u16).to_le_bytes());
            central.extend([0; 12]);
            central.extend((header as u32).to_le_bytes());
            central.extend(name.as_bytes());
        }
        let cd_offset = out.len() - shift;
        out.extend(&central);
        out.extend(b"PK\x05\x06");
        out.extend([0; 4]);
        out.extend([2, 0, 2, 0]);
        out.extend((central.len() as u32).to_le_bytes());
        out.extend((cd_offset as u32).to_le_bytes());
        out.extend([0, 0]);
        out
    }

    #[test]
    fn reads_stored_and_deflated_members_behind_a_shebang() {
        let z = ZipArchive::parse(sample()).expect("a zip");
        assert_eq!(z.read("a.py").as_deref(), Some(&b"print(1)\n"[..]));
        assert_eq!(
            z.read("pkg/b.py").as_deref(),
            Some(&b"x = 'bbbbbbbbbbbbbbbb'\n"[..])
        );
        assert!(z.read("missing.py").is_none());
        assert!(ZipArchive::parse(b"not a zip at all".to_vec()).is_none());
        let mut cut = sample();
        cut.truncate(cut.len() - 30);
        assert!(ZipArchive::parse(cut).is_none());
    }
}

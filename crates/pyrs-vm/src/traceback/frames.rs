//! The frame lines of a traceback: `File "...", line N, in NAME`, the source line and its markers.

use std::collections::HashMap;

use pyrs_parser::ast::{ExprKind, Mod, StmtKind};

use crate::object::TbEntry;

/// Identical frames (same file, line and function) printed before `[Previous line repeated ...]`.
const RECURSIVE_CUTOFF: usize = 3;

/// Source files read while printing one traceback: name -> lines (None when unreadable).
#[derive(Default)]
pub(super) struct Sources {
    files: HashMap<String, Option<Vec<String>>>,
}

impl Sources {
    /// Line `n` (1-based) of `filename`, without its line break.
    pub(super) fn line(&mut self, filename: &str, n: u32) -> Option<String> {
        if n == 0 {
            return None;
        }
        let lines = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| read_lines(filename));
        lines.as_ref()?.get(n as usize - 1).cloned()
    }
}

/// The lines of a source file as Python's text mode reads them (universal newlines).
fn read_lines(filename: &str) -> Option<Vec<String>> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = match pyrs_parser::decode_source(&bytes, filename) {
        Ok(t) => t.into_owned(),
        Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => lines.push(std::mem::take(&mut cur)),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(std::mem::take(&mut cur));
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    Some(lines)
}

/// Writes the frames of a traceback (outermost first), `indent` spaces and `margin` before each
/// line, folding runs of identical frames as CPython does.
pub(super) fn format_frames(
    entries: &[TbEntry],
    indent: usize,
    margin: &str,
    sources: &mut Sources,
    out: &mut String,
) {
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0usize;
    for e in entries {
        let co = &e.code.code;
        let loc = co.locations.get(e.ip).copied().unwrap_or_default();
        let key = (co.filename.to_string(), loc.line, co.name.to_string());
        if last.as_ref() != Some(&key) {
            if count > RECURSIVE_CUTOFF {
                repeated(count, out);
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        let pad = " ".repeat(indent);
        out.push_str(&format!(
            "{pad}{margin}  File \"{}\", line {}, in {}\n",
            co.filename, loc.line, co.name
        ));
        let Some(line) = sources.line(&co.filename, loc.line) else {
            continue;
        };
        let lead = line
            .chars()
            .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
            .count();
        let stripped: String = line.chars().skip(lead).collect();
        out.push_str(&format!("{pad}{margin}    {stripped}\n"));
        if loc.line == 0 || loc.end_line == 0 || loc.end_line < loc.line {
            continue;
        }
        if let Some(carets) = caret_line(&line, lead, loc, &co.filename) {
            out.push_str(&format!("{pad}{margin}{carets}\n"));
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(count, out);
    }
}

/// `[Previous line repeated N more times]` (CPython writes it without the group margin).
fn repeated(count: usize, out: &mut String) {
    let n = count - RECURSIVE_CUTOFF;
    let s = if n > 1 { "s" } else { "" };
    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
}

/// The character offset of UTF-8 byte offset `col` in `line`.
fn char_offset(line: &str, col: u32) -> usize {
    let b = line.as_bytes();
    let col = (col as usize).min(b.len());
    String::from_utf8_lossy(&b[..col]).chars().count()
}

/// The marker line under a source line (with its 4-space indent), or None when the markers
/// would cover the whole line.
fn caret_line(
    line: &str,
    lead: usize,
    loc: pyrs_compiler::code::Location,
    filename: &str,
) -> Option<String> {
    let start = char_offset(line, loc.col);
    let mut end = char_offset(line, loc.end_col);
    let chars: Vec<char> = line.chars().collect();
    let mut anchors = None;
    if loc.line == loc.end_line {
        anchors = anchors_of(&chars, start, end, filename);
    } else {
        // A multi-line expression: mark up to the last non-blank character of its first line.
        end = chars
            .iter()
            .rposition(|c| !matches!(c, ' ' | '\t' | '\x0c'))
            .map_or(0, |i| i + 1);
    }
    let stripped_len = chars.len() as i64 - lead as i64;
    if end as i64 - start as i64 == stripped_len && anchors.is_none() {
        return None;
    }
    let (primary, secondary, left, right) = match anchors {
        Some((l, r)) => ('~', '^', l as i64, r as i64),
        None => ('^', '^', -1, -1),
    };
    let mut s = String::new();
    let mut offset = lead as i64 - 4;
    while {
        offset += 1;
        offset <= end as i64
    } {
        let c = if offset <= start as i64 {
            ' '
        } else if anchors.is_some() && left < offset && offset <= right {
            secondary
        } else {
            primary
        };
        s.push(c);
    }
    Some(s)
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// The part of an expression to mark with `^` among `~` (as character offsets in the line):
/// a binary operator, or the brackets of a subscript. Found by parsing the marked segment.
fn anchors_of(chars: &[char], start: usize, end: usize, filename: &str) -> Option<(usize, usize)> {
    if start >= end || end > chars.len() {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let Ok(Mod::Module { body }) = pyrs_parser::parse_module(&segment, filename) else {
        return None;
    };
    let [stmt] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.node else {
        return None;
    };
    let s = segment.as_bytes();
    let (left, right) = match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            let from = left.range.end.col as usize;
            let to = (right.range.start.col as usize).min(s.len());
            let mut found = None;
            let mut i = from;
            while i < to {
                if is_blank(s[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < to && !is_blank(s[i + 1]) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < to && s[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found?
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = value.range.end.col as usize;
            let mut r = slice.range.end.col as usize + 1;
            while l < s.len() && s[l] != b'[' {
                l += 1;
            }
            while r < s.len() && s[r] != b']' {
                r += 1;
            }
            if r < s.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    let to_char = |b: usize| char_offset(&segment, b as u32) + start;
    Some((to_char(left), to_char(right)))
}

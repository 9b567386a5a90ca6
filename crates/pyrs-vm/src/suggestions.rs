//! 3.11's "Did you mean" suggestions for NameError and AttributeError: the closest name by
//! an edit distance where a case change costs 1 and any other edit 2.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_NAME: usize = 40;
const MOVE: usize = 2;
const CASE: usize = 1;

fn sub_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE
    } else {
        MOVE
    }
}

/// The edit distance between a and b, or `limit + 1` once it is sure to exceed `limit`.
fn distance(a: &str, b: &str, limit: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE * (a.len() + b.len());
    }
    if a.len() > MAX_NAME || b.len() > MAX_NAME {
        return limit + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE > limit {
        return limit + 1;
    }
    // row[i]: the cost of turning b[..j] into a[..i + 1], for the current j.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diag = j * MOVE;
        result = diag;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diag + sub_cost(bc, ac);
            diag = row[i];
            result = (result.min(diag) + MOVE).min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > limit {
            return limit + 1;
        }
    }
    result
}

/// The best suggestion for `wrong` among `candidates` (in order; the first wins ties).
pub fn best_match(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let wlen = wrong.chars().count();
    if wlen > MAX_NAME {
        return None;
    }
    let mut best = wlen;
    let mut found: Option<&String> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let limit = ((c.chars().count() + wlen + 3) * MOVE / 6).min(best.saturating_sub(1));
        let d = distance(wrong, c, limit);
        if d > limit {
            continue;
        }
        if found.is_none() || d < best {
            found = Some(c);
            best = d;
        }
    }
    found.cloned()
}

fn dict_names(d: &ObjRef, out: &mut Vec<String>) {
    if let Payload::Dict(d) = &d.payload {
        out.extend(d.keys().iter().filter_map(|k| k.as_str().map(String::from)));
    }
}

impl Vm {
    /// The suggestion for a NameError raised now in the current frame.
    pub fn name_suggestion(&self, name: &str) -> Option<String> {
        let f = self.frames.last()?;
        let mut names = Vec::new();
        if let Some(Payload::Dict(_)) = f.locals.payload() {
            if let Value::Obj(l) = &f.locals {
                dict_names(l, &mut names);
            }
        } else {
            for (i, n) in f.code.code.varnames.iter().enumerate() {
                if !self.stack.get(f.base + i).is_none_or(|v| v.is_null()) {
                    names.push(n.to_string());
                }
            }
        }
        dict_names(&f.globals, &mut names);
        dict_names(&f.builtins, &mut names);
        best_match(name, &names)
    }

    /// The suggestion for an AttributeError on `obj`, from `dir(obj)`.
    pub fn attribute_suggestion(&mut self, obj: &Value, name: &str) -> Option<String> {
        let mut names: Vec<String> = self
            .dir_names(obj)
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        names.sort();
        best_match(name, &names)
    }
}

#[cfg(test)]
mod tests {
    use super::best_match;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn matches_cpython_choices() {
        assert_eq!(
            best_match("pirnt", &s(&["print", "int"])),
            Some("print".into())
        );
        assert_eq!(
            best_match("subtotl", &s(&["subtotal", "total"])),
            Some("subtotal".into())
        );
        assert_eq!(best_match("zzzz", &s(&["print"])), None);
        assert_eq!(best_match("Print", &s(&["print"])), Some("print".into()));
    }
}

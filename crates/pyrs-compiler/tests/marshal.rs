//! The bytecode cache's payload: every program of `tests/cases` and `lib/` survives a dump and
//! load unchanged, and damaged payloads (cut short, bytes flipped) are refused, never run.

use pyrs_compiler::marshal::{dump, load};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn compiled() -> Vec<(String, std::rc::Rc<pyrs_compiler::code::CodeObject>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    sources(&root.join("tests/cases"), &mut files);
    sources(&root.join("lib"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let src = std::fs::read(&f).unwrap();
        let name = f.to_string_lossy().into_owned();
        let Ok(m) = pyrs_parser::parse_script_bytes(&src, &name) else {
            continue;
        };
        let text = String::from_utf8_lossy(&src);
        if let Ok(code) = pyrs_compiler::compile(&m, &text, &name, pyrs_compiler::Mode::Exec, 0) {
            out.push((name, code));
        }
    }
    out
}

#[test]
fn round_trip_every_case() {
    let all = compiled();
    assert!(all.len() > 500, "only {} programs compiled", all.len());
    for (name, code) in &all {
        let bytes = dump(code);
        let back = load(&bytes, name).unwrap_or_else(|| panic!("{name}: refused its own dump"));
        assert_eq!(**code, *back, "{name}");
    }
}

#[test]
fn damaged_payloads_are_refused() {
    let all = compiled();
    for (name, code) in all.iter().step_by(7) {
        let bytes = dump(code);
        for cut in [0, 1, bytes.len() / 3, bytes.len() - 1] {
            assert!(load(&bytes[..cut], name).is_none(), "{name}: cut at {cut}");
        }
        // A flipped byte must not panic; it is loaded only when the result still verifies.
        for at in (0..bytes.len()).step_by(13) {
            let mut b = bytes.clone();
            b[at] ^= 0x5a;
            let _ = load(&b, name);
        }
    }
}

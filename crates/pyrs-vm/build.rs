//! Embeds the Python half of the standard library (`lib/` at the workspace root): writes a
//! table of every module's dotted name, whether it is a package, and its source.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let lib = manifest.join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    if lib.is_dir() {
        collect(&lib, "", &mut modules);
    }
    modules.sort();
    let mut out =
        String::from("/// Every module of `lib/`: (dotted name, is a package, source).\n");
    out.push_str("pub static MODULES: &[(&str, bool, &str)] = &[\n");
    for (name, is_pkg, path) in &modules {
        let path = path.canonicalize().expect("lib/ files are readable");
        writeln!(
            out,
            "    ({name:?}, {is_pkg}, include_str!({:?})),",
            path.display()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(dest.join("frozen_lib.rs"), out).expect("OUT_DIR is writable");
}

/// The modules under `dir` (a package's folder when `prefix` is not empty).
fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let dotted = |stem: &str| {
            if prefix.is_empty() {
                stem.to_string()
            } else {
                format!("{prefix}.{stem}")
            }
        };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() && !name.starts_with('.') && name != "__pycache__" {
                out.push((dotted(&name), true, init));
                collect(&path, &dotted(&name), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((dotted(stem), false, path));
            }
        }
    }
}

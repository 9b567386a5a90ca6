//! Robustness of the parser facade: hostile and mutated inputs must give a result or an error,
//! never a panic, a stack overflow or a hang.
//!
//! `mutated_corpus` is a small deterministic mutation fuzzer (no coverage guidance) over the
//! syntax corpus; the coverage-guided target lives in `crates/pyrs-parser/fuzz` (see
//! docs/parser.md). `PYRS_FUZZ_ITERATIONS=N` runs more mutations than the default.

// A test reports failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use pyrs_parser::{parse_expression, parse_file_bytes, parse_interactive};
use std::path::Path;

/// Runs `f` on a thread with an ordinary 8 MiB stack: the parser must not need more.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

fn one_line(bytes: &[u8]) -> String {
    match parse_file_bytes(bytes, "<fuzz>") {
        Ok(_) => "ok".to_string(),
        Err(e) => e.one_line(),
    }
}

#[test]
fn deep_nesting_gives_cpython_errors() {
    on_small_stack(|| {
        let parens = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
        assert_eq!(
            one_line(parens.as_bytes()),
            "SyntaxError: too many nested parentheses (1:201)"
        );
        let mut indent = String::new();
        for i in 0..50_000 {
            indent.push_str(&" ".repeat(i));
            indent.push_str("if 1:\n");
        }
        assert_eq!(
            one_line(indent.as_bytes()),
            "IndentationError: too many levels of indentation (101:1)"
        );
        // CPython's parser runs out of stack on long prefix-operator runs: MemoryError.
        for op in ["-", "+", "~", "not "] {
            let src = format!("{}1", op.repeat(100_000));
            assert_eq!(one_line(src.as_bytes()), "MemoryError:  (None:None)");
        }
        let src = format!("{}1", "-".repeat(5_969));
        assert_eq!(one_line(src.as_bytes()), "ok");
    });
}

#[test]
fn long_chains_parse_and_drop_on_a_small_stack() {
    on_small_stack(|| {
        let n = 200_000;
        for src in [
            format!("x = {}1\n", "-".repeat(n)),
            format!("x = {}\n", vec!["1"; n].join("+")),
            format!("x = y{}\n", ".a".repeat(n)),
            format!("x = f{}\n", "()".repeat(n)),
            format!("x = {}1\n", "not ".repeat(n)),
            format!("x = {}0\n", "1 if c else ".repeat(n)),
        ] {
            let result = parse_file_bytes(src.as_bytes(), "<deep>");
            // Whatever the verdict, it must come back and be dropped without overflow.
            drop(result);
        }
    });
}

#[test]
fn bad_bytes_are_errors() {
    on_small_stack(|| {
        assert!(one_line(&[0u8; 64]).contains("null bytes"));
        assert!(one_line(b"x = 1\n\xff\xfe\n").starts_with("SyntaxError"));
        assert!(one_line(b"\xef\xbb\xbf# coding: latin-1\n").starts_with("SyntaxError"));
        assert_eq!(one_line(b""), "ok");
        assert_eq!(one_line(b"\n\n\n"), "ok");
    });
}

#[test]
fn a_large_file_parses() {
    on_small_stack(|| {
        let unit = "def f(a, b=1, *c, **d):\n    return [x * 2 for x in range(a) if x % 3] + {k: v for k, v in d.items()}\n\nclass C(Base, metaclass=M):\n    x: int = 3\n    def m(self):\n        with open(self.p) as f, g as h:\n            yield from f\n\n";
        let mut src = String::new();
        while src.len() < 10 * 1024 * 1024 {
            src.push_str(unit);
        }
        assert_eq!(one_line(src.as_bytes()), "ok");
    });
}

/// xorshift64*: deterministic, dependency-free randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that make mutations Python-shaped.
const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\n",
    "    ",
    "\t",
    "\\\n",
    "'",
    "\"",
    "'''",
    "f'{",
    "}",
    "{x!r:>{w}}",
    "lambda",
    "match",
    "case",
    "_",
    "async",
    "await",
    "with (",
    "as",
    "*",
    "**",
    ":=",
    "if",
    "else",
    "for",
    "in",
    "not",
    "yield",
    "from",
    "import",
    "def",
    "class",
    "@",
    "->",
    "=",
    "==",
    "0x",
    "1_0",
    "1e",
    "j",
    "\\N{",
    "\u{00e9}",
    "\u{00b2}",
    "#",
    "\0",
    "\r",
];

fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(out.len());
                out.drain(at.min(end)..end);
            }
            1 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                out.splice(at..at, s.bytes());
            }
            2 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] = rng.next() as u8;
            }
            3 => {
                let other = &corpus[rng.below(corpus.len())];
                let from = rng.below(other.len());
                let to = (from + rng.below(64)).min(other.len());
                out.splice(at..at, other[from..to].iter().copied());
            }
            4 if !out.is_empty() => {
                let from = rng.below(out.len());
                let to = (from + rng.below(32)).min(out.len());
                let piece = out[from..to].to_vec();
                let times = 1 + rng.below(50);
                for _ in 0..times {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax");
    let mut files = Vec::new();
    for kind in ["valid", "invalid"] {
        let Ok(dir) = std::fs::read_dir(root.join(kind)) else {
            continue;
        };
        for entry in dir.flatten() {
            if entry.path().extension().is_some_and(|e| e == "py") {
                files.push(std::fs::read(entry.path()).unwrap());
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no corpus under tests/syntax");
    files
}

#[test]
fn mutated_corpus() {
    let iterations: usize = std::env::var("PYRS_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    on_small_stack(move || {
        let corpus = corpus();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for i in 0..iterations {
            let base = &corpus[rng.below(corpus.len())];
            let input = mutate(&mut rng, base, &corpus);
            let outcome = std::panic::catch_unwind(|| {
                let _ = parse_file_bytes(&input, "<fuzz>");
                let text = String::from_utf8_lossy(&input);
                let _ = parse_expression(&text, "<fuzz>");
                let _ = parse_interactive(&text, "<fuzz>");
            });
            if outcome.is_err() {
                panic!(
                    "iteration {i}: the parser panicked on {:?}",
                    String::from_utf8_lossy(&input)
                );
            }
        }
    });
}

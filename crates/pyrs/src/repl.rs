//! The interactive prompt: lines read with rustyline, CPython's rules for when an input is
//! complete, each input compiled in `single` mode (expression values shown and kept in `_`).

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

/// What the lines typed so far amount to.
enum Input {
    /// A whole statement: run it.
    Complete,
    /// More lines are needed (an open bracket or string, a block being written).
    Incomplete,
    /// A syntax error to show; the input is dropped.
    Error(pyrs_parser::SyntaxError),
}

/// The prompt's first line: CPython's banner, saying which interpreter this is.
fn banner() -> String {
    format!(
        "Python 3.11.7 (pyrs {}) on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Where history persists between sessions: `~/.pyrs_history`.
fn history_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".pyrs_history"))
}

/// Decides whether `src` (the lines so far, each ending in a newline) is complete. As in
/// CPython, a compound statement continues until an empty line; an unclosed bracket, an
/// unterminated triple-quoted string or a line continuation asks for more.
fn classify(src: &str) -> Input {
    let lines = src.lines().count();
    let ended_by_blank = lines > 1 && src.ends_with("\n\n");
    match pyrs_parser::parse_interactive(src, "<stdin>") {
        Ok(pyrs_parser::ast::Mod::Interactive { body }) => {
            let compound = body.iter().any(|s| is_compound(&s.node));
            if ended_by_blank || !compound {
                Input::Complete
            } else {
                Input::Incomplete
            }
        }
        Ok(_) => Input::Complete,
        Err(e) => {
            let msg = e.msg.as_str();
            // "expected an indented block after 'if' statement on line N": more to come
            // only while line N, the header, is the last line typed.
            let header_last = msg
                .starts_with("expected an indented block")
                .then(|| msg.rsplit("on line ").next()?.parse::<usize>().ok())
                .flatten()
                .is_some_and(|n| n == lines);
            let open = msg.ends_with("was never closed")
                || msg.starts_with("unterminated triple-quoted string")
                || msg == "unexpected EOF while parsing";
            if !ended_by_blank && (header_last || open) {
                Input::Incomplete
            } else {
                Input::Error(e)
            }
        }
    }
}

fn is_compound(s: &pyrs_parser::ast::StmtKind) -> bool {
    use pyrs_parser::ast::StmtKind as K;
    matches!(
        s,
        K::If { .. }
            | K::For { .. }
            | K::AsyncFor { .. }
            | K::While { .. }
            | K::With { .. }
            | K::AsyncWith { .. }
            | K::FunctionDef { .. }
            | K::AsyncFunctionDef { .. }
            | K::ClassDef { .. }
            | K::Try { .. }
            | K::TryStar { .. }
            | K::Match { .. }
    )
}

/// A prompt string from `sys.ps1`/`sys.ps2` (their `str()`), or the default.
fn prompt(vm: &mut pyrs_vm::Vm, name: &str, default: &str) -> String {
    let v = vm.sys_attr(name);
    vm.str_string(&v).unwrap_or_else(|_| default.to_string())
}

/// What reading one input gave.
enum Read {
    /// The lines typed and what they amount to (never `Incomplete`).
    Lines(String, Input),
    /// Ctrl-C: the input so far is dropped.
    Cancelled,
    /// Ctrl-D or the end of input.
    End,
}

/// Reads lines until they make a complete input (or an error).
fn read_input(editor: &mut DefaultEditor, vm: &mut pyrs_vm::Vm) -> Read {
    let mut src = String::new();
    loop {
        let p = if src.is_empty() {
            prompt(vm, "ps1", ">>> ")
        } else {
            prompt(vm, "ps2", "... ")
        };
        match editor.readline(&p) {
            Ok(line) => {
                src.push_str(&line);
                src.push('\n');
                if src.trim().is_empty() {
                    src.clear();
                    continue;
                }
                match classify(&src) {
                    Input::Incomplete => continue,
                    done => return Read::Lines(src, done),
                }
            }
            Err(ReadlineError::Interrupted) => return Read::Cancelled,
            Err(_) => return Read::End,
        }
    }
}

/// Compiles one complete input in `single` mode.
fn compile(src: &str) -> Result<std::rc::Rc<pyrs_compiler::code::CodeObject>, String> {
    let module = pyrs_parser::parse_interactive(src, "<stdin>").map_err(|e| e.render())?;
    pyrs_compiler::compile(&module, src, "<stdin>", pyrs_compiler::Mode::Single, 0)
        .map_err(|e| e.render())
}

/// Runs the interactive prompt until end of input or `exit()`; returns the exit status.
pub fn run(vm: &mut pyrs_vm::Vm, quiet: bool) -> i32 {
    if !quiet {
        eprintln!("{}", banner());
    }
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("pyrs: cannot use the terminal for the interactive prompt");
        return 1;
    };
    let history = history_file();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    // sys.ps1 and sys.ps2 exist in interactive mode; a program may change them.
    let ps1 = vm.new_str(">>> ");
    vm.set_sys_default("ps1", ps1);
    let ps2 = vm.new_str("... ");
    vm.set_sys_default("ps2", ps2);
    let globals = vm.interactive_globals();
    let status = loop {
        match read_input(&mut editor, vm) {
            // rustyline has ended the line; CPython shows the same two lines.
            Read::Cancelled => eprintln!("KeyboardInterrupt"),
            Read::End => {
                eprintln!();
                break 0;
            }
            Read::Lines(src, input) => {
                let _ = editor.add_history_entry(src.trim_end());
                let code = match input {
                    Input::Error(e) => Err(e.render()),
                    _ => compile(&src),
                };
                match code {
                    Ok(code) => {
                        if let Some(status) = vm.run_interactive(code, &globals) {
                            break status;
                        }
                    }
                    Err(text) => eprint!("{text}"),
                }
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    vm.finish_main();
    status
}

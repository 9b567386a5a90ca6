//! The interactive prompt: lines read with rustyline, CPython's rules for when an input is
//! complete, each input compiled in `single` mode (expression values shown and kept in `_`).

mod complete;

use complete::PyHelper;
use pyrs_vm::Vm;
use rustyline::error::ReadlineError;
use std::cell::RefCell;
use std::rc::Rc;

type Editor = rustyline::Editor<PyHelper, rustyline::history::DefaultHistory>;

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
fn read_input(editor: &mut Editor, vm: &RefCell<Vm>) -> Read {
    let mut src = String::new();
    loop {
        // The prompt is computed first: the completer borrows the VM while a line is read.
        let p = if src.is_empty() {
            prompt(&mut vm.borrow_mut(), "ps1", ">>> ")
        } else {
            prompt(&mut vm.borrow_mut(), "ps2", "... ")
        };
        match read_line(editor, &p) {
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

/// One line after showing `prompt`: through the line editor on a terminal; otherwise
/// (`-i` reading a pipe) the prompt goes to stderr, as CPython writes it.
fn read_line(editor: &mut Editor, prompt: &str) -> Result<String, ReadlineError> {
    use std::io::{BufRead, IsTerminal, Write};
    if std::io::stdin().is_terminal() {
        return editor.readline(prompt);
    }
    let mut err = std::io::stderr();
    let _ = err.write_all(prompt.as_bytes());
    let _ = err.flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Err(ReadlineError::Eof),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(line)
        }
        Err(e) => Err(ReadlineError::Io(e)),
    }
}

/// Compiles one complete input in `single` mode.
fn compile(src: &str) -> Result<std::rc::Rc<pyrs_compiler::code::CodeObject>, String> {
    let module = pyrs_parser::parse_interactive(src, "<stdin>").map_err(|e| e.render())?;
    pyrs_compiler::compile(&module, src, "<stdin>", pyrs_compiler::Mode::Single, 0)
        .map_err(|e| e.render())
}

/// Runs `PYTHONSTARTUP`'s file in the session's namespace (its errors are printed); the
/// exit status if it raised SystemExit.
fn run_startup(
    vm: &mut Vm,
    path: &std::path::Path,
    globals: &pyrs_vm::object::ObjRef,
) -> Option<i32> {
    let source = std::fs::read(path).ok()?;
    let filename = path.to_string_lossy().into_owned();
    match vm.compile_file_source(&source, &filename) {
        Ok(code) => vm.run_interactive(code, globals),
        Err(e) => {
            eprint!("{}", e.render());
            None
        }
    }
}

/// Runs the interactive prompt until end of input or `exit()`; returns the exit status.
/// `startup`: the `PYTHONSTARTUP` file to run first, if any.
pub fn run(mut vm: Vm, quiet: bool, startup: Option<std::path::PathBuf>) -> i32 {
    if !quiet {
        eprintln!("{}", banner());
    }
    // sys.ps1 and sys.ps2 exist in interactive mode; a program may change them.
    let ps1 = vm.new_str(">>> ");
    vm.set_sys_default("ps1", ps1);
    let ps2 = vm.new_str("... ");
    vm.set_sys_default("ps2", ps2);
    let globals = vm.interactive_globals();
    if let Some(status) = startup.and_then(|p| run_startup(&mut vm, &p, &globals)) {
        vm.finish_main();
        return status;
    }
    let vm = Rc::new(RefCell::new(vm));
    // Tab completes the common prefix; a second Tab lists the candidates (as readline).
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .build();
    let status = match Editor::with_config(config) {
        Ok(mut editor) => {
            editor.set_helper(Some(PyHelper {
                vm: vm.clone(),
                globals: globals.clone(),
            }));
            let history = history_file();
            if let Some(h) = &history {
                let _ = editor.load_history(h);
            }
            let status = session(&mut editor, &vm, &globals);
            if let Some(h) = &history {
                let _ = editor.save_history(h);
            }
            status
        }
        Err(_) => {
            eprintln!("pyrs: cannot use the terminal for the interactive prompt");
            1
        }
    };
    vm.borrow_mut().finish_main();
    status
}

/// Reads and runs inputs until the session ends; returns the exit status.
fn session(editor: &mut Editor, vm: &RefCell<Vm>, globals: &pyrs_vm::object::ObjRef) -> i32 {
    loop {
        match read_input(editor, vm) {
            // rustyline has ended the line; CPython shows the same two lines.
            Read::Cancelled => eprintln!("KeyboardInterrupt"),
            Read::End => {
                eprintln!();
                return 0;
            }
            Read::Lines(src, input) => {
                let _ = editor.add_history_entry(src.trim_end());
                let code = match input {
                    Input::Error(e) => Err(e.render()),
                    _ => compile(&src),
                };
                match code {
                    Ok(code) => {
                        if let Some(status) = vm.borrow_mut().run_interactive(code, globals) {
                            return status;
                        }
                    }
                    Err(text) => eprint!("{text}"),
                }
            }
        }
    }
}

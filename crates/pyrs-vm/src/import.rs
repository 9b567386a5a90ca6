//! Imports: builtin (native) modules, `.py` modules and packages found on `sys.path`,
//! dotted names, `from ... import`, relative imports and `import *`.

use crate::object::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// A module about to run: its name, the file name tracebacks show (also its `__file__`
/// when `has_file`), its folder if it is a package (empty for an embedded one: no
/// `__path__` entry), and its cache file (`__cached__`).
struct Module<'a> {
    dotted: &'a str,
    filename: &'a str,
    has_file: bool,
    pkg_dir: Option<String>,
    cached: Option<&'a std::path::Path>,
}

impl Vm {
    /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let full = if level > 0 {
            self.resolve_relative(&n, level)?
        } else {
            n.clone()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let parts: Vec<&str> = full.split('.').collect();
        let mut top = Value::None;
        let mut last = Value::None;
        for k in 0..parts.len() {
            let dotted = parts[..=k].join(".");
            let m = self.import_one(&dotted, &last, parts[k])?;
            if k == 0 {
                top = m.clone();
            }
            last = m;
        }
        let has_fromlist = match fromlist.payload() {
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            _ => false,
        };
        if has_fromlist || (level > 0 && n.is_empty()) {
            return Ok(last);
        }
        if level > 0 {
            // `from . import x` binds the package; `import .a.b` cannot be written.
            return Ok(last);
        }
        Ok(top)
    }

    /// The absolute name of a relative import from the current frame's package.
    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let globals = self.frames.last().map(|f| f.globals.clone());
        let package = globals.and_then(|g| match &g.payload {
            Payload::Dict(d) => d
                .get_str(&self.intern("__package__"))
                .filter(|p| p.as_str().is_some_and(|s| !s.is_empty())),
            _ => None,
        });
        let Some(package) = package.and_then(|p| p.as_str().map(String::from)) else {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        };
        let mut parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import beyond top-level package",
            ));
        }
        parts.truncate(parts.len() + 1 - level);
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports one module `dotted` (whose parent module, if any, is `parent`).
    fn import_one(&mut self, dotted: &str, parent: &Value, last: &str) -> PyResult<Value> {
        let key = self.new_str(dotted);
        if let Payload::Dict(m) = &self.modules.payload {
            if let Some(v) = m.get_str(&key) {
                return Ok(v);
            }
        }
        // A native submodule exposed as an attribute of its parent (`os.path`).
        if !parent.is_none() {
            let attr = self.intern(last);
            if let Some(v) = self.getattr_opt(parent, &attr)? {
                if matches!(v.payload(), Some(Payload::Module(_))) {
                    self.register_module(&key, &v);
                    return Ok(v);
                }
            }
        }
        if let Some(init) = crate::stdlib::find(dotted) {
            let module = self.new_module(dotted);
            self.register_module(&key, &module);
            if let Some(Payload::Module(md)) = module.payload() {
                init(self, &md.dict)?;
            }
            return Ok(module);
        }
        let module = if let Some((path, is_pkg)) = self.find_module_file(parent, last)? {
            Some(self.exec_module_file(dotted, &path, is_pkg, &key)?)
        } else if let Some((is_pkg, source)) = crate::frozen::find(dotted) {
            // The embedded stdlib comes after `sys.path`, so a user's file can shadow it.
            let filename = crate::frozen::filename(dotted);
            let module = Module {
                dotted,
                filename: &filename,
                has_file: false,
                pkg_dir: is_pkg.then(String::new),
                cached: None,
            };
            Some(self.exec_module(module, &key, |vm| {
                vm.compile_file_source(source.as_bytes(), &filename)
            })?)
        } else {
            None
        };
        if let Some(module) = module {
            if !parent.is_none() {
                self.setattr(parent, &self.intern(last), module.clone())?;
            }
            return Ok(module);
        }
        let e = self.new_error(
            &self.exc.module_not_found_error.clone(),
            format!("No module named '{dotted}'"),
        );
        self.set_exc_attr(&e, "name", key);
        Err(e)
    }

    /// `pyrs -m name`: imports the parent packages, finds module `name` (a package runs
    /// its `__main__` submodule) and runs it as `__main__` with `sys.argv[0]` its file and
    /// `__package__` its parent. Returns the exit status; what cannot be found is reported
    /// as CPython reports it, prefixed with the executable's path.
    pub fn run_module_main(&mut self, name: &str) -> i32 {
        let status = match self.find_main_module(name) {
            Ok((path, package, module)) => {
                return self.run_file_as_main(&path, &package, Some(&module))
            }
            Err(Ok(message)) => {
                // What the imports printed comes first, as with CPython's line buffering.
                crate::file::flush_std(self);
                let exe = self.sys_attr("executable");
                eprintln!("{}: {message}", exe.as_str().unwrap_or("pyrs"));
                1
            }
            Err(Err(status)) => status,
        };
        self.finish_main();
        status
    }

    /// The file `-m name` runs and its package; or why there is none (`Ok(message)`), or
    /// the exit status of an exception raised by a package's `__init__` (already printed).
    #[allow(clippy::type_complexity)]
    fn find_main_module(
        &mut self,
        name: &str,
    ) -> Result<(std::path::PathBuf, String, String), Result<String, i32>> {
        let mut name = name.to_string();
        loop {
            let (parent_name, last) = match name.rsplit_once('.') {
                Some((p, l)) => (p.to_string(), l.to_string()),
                None => (String::new(), name.clone()),
            };
            let parent = if parent_name.is_empty() {
                Ok(Value::None)
            } else {
                let fromlist = self.new_tuple(vec![self.new_str("__name__")]);
                let pname = self.new_str(parent_name.as_str());
                self.import_name(&pname, &fromlist, &Value::Int(0))
            };
            let found = parent.and_then(|p| self.find_module_file(&p, &last));
            let found = match found {
                Ok(f) => f,
                Err(e) => {
                    let text = self.format_exception(&e);
                    let what = text.lines().last().unwrap_or("").to_string();
                    return Err(Ok(format!(
                        "Error while finding module specification for '{name}' ({what})"
                    )));
                }
            };
            match found {
                // An embedded module (`-m zipapp`) when no file on `sys.path` shadows it.
                None if crate::frozen::find(&name).is_some_and(|(pkg, _)| !pkg) => {
                    return Ok((crate::frozen::filename(&name).into(), parent_name, name));
                }
                None if crate::frozen::find(&name).is_some() => {
                    let fromlist = self.new_tuple(vec![self.new_str("__name__")]);
                    let full = self.new_str(name.as_str());
                    if let Err(e) = self.import_name(&full, &fromlist, &Value::Int(0)) {
                        return Err(Err(self.handle_uncaught(&e)));
                    }
                    name.push_str(".__main__");
                }
                None if name.ends_with(".__main__") => {
                    let pkg = &name[..name.len() - ".__main__".len()];
                    return Err(Ok(format!(
                        "No module named {name}; '{pkg}' is a package and cannot be directly executed"
                    )));
                }
                None => {
                    return Err(Ok(format!("No module named {name}")));
                }
                Some((_, true)) => {
                    // A package: import it, then run its __main__.
                    let fromlist = self.new_tuple(vec![self.new_str("__name__")]);
                    let full = self.new_str(name.as_str());
                    if let Err(e) = self.import_name(&full, &fromlist, &Value::Int(0)) {
                        return Err(Err(self.handle_uncaught(&e)));
                    }
                    name.push_str(".__main__");
                }
                Some((path, false)) => return Ok((path, parent_name, name)),
            }
        }
    }

    /// `pyrs DIR` or `pyrs APP.pyz`: runs the `__main__.py` in a folder or zip archive (whose
    /// absolute path the command line put first on `sys.path`).
    pub fn run_path_main(&mut self, abs: &std::path::Path) -> i32 {
        let main = abs.join("__main__.py");
        if !self.source_exists(&main) {
            crate::file::flush_std(self);
            let exe = self.sys_attr("executable");
            eprintln!(
                "{}: can't find '__main__' module in '{}'",
                exe.as_str().unwrap_or("pyrs"),
                abs.display()
            );
            self.finish_main();
            return 1;
        }
        self.run_file_as_main(&main, "", None)
    }

    /// Compiles the file at `path` and runs it as `__main__` (see `run_module_main`).
    /// `spec_name`: the module `-m` named (its spec becomes `__main__.__spec__` and
    /// `sys.argv[0]` the file's path).
    fn run_file_as_main(
        &mut self,
        path: &std::path::Path,
        package: &str,
        spec_name: Option<&str>,
    ) -> i32 {
        let filename = path.to_string_lossy().into_owned();
        if let (Some(_), Value::Obj(argv)) = (spec_name, self.sys_attr("argv")) {
            if let Payload::List(l) = &argv.payload {
                let mut l = l.borrow_mut();
                if l.is_empty() {
                    l.push(Value::None);
                }
                l[0] = self.new_str(filename.as_str());
            }
        }
        let embedded = filename
            .strip_prefix("<frozen ")
            .and_then(|n| n.strip_suffix('>'))
            .and_then(crate::frozen::find);
        let source = match embedded {
            Some((_, source)) => source.as_bytes().to_vec(),
            None => match self.read_source(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("{filename}: {e}");
                    return 1;
                }
            },
        };
        // As CPython's runpy loads it: through the bytecode cache.
        let cache = self.cache_file_of(path);
        match self.compile_cached(&source, path, &filename, cache.as_deref()) {
            Ok(code) => {
                let package = self.new_str(package);
                self.run_as_main(code, package, spec_name)
            }
            Err(e) => {
                eprint!("{}", e.render());
                1
            }
        }
    }

    /// Where module `last` of package `parent` (None: a top-level module on `sys.path`)
    /// lives: its file and whether it is a package (`last/__init__.py`).
    pub(crate) fn find_module_file(
        &mut self,
        parent: &Value,
        last: &str,
    ) -> PyResult<Option<(std::path::PathBuf, bool)>> {
        let search: Vec<String> = if parent.is_none() {
            let path = self.sys_attr("path");
            self.collect(&path)
                .unwrap_or_default()
                .iter()
                .filter_map(|p| p.as_str().map(String::from))
                .collect()
        } else {
            let p = self
                .getattr_opt(parent, &self.intern("__path__"))?
                .unwrap_or(Value::None);
            self.collect(&p)
                .unwrap_or_default()
                .iter()
                .filter_map(|p| p.as_str().map(String::from))
                .collect()
        };
        for dir in search {
            let base = if dir.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&dir)
            };
            let pkg_init = base.join(last).join("__init__.py");
            let file = base.join(format!("{last}.py"));
            if self.source_exists(&pkg_init) {
                return Ok(Some((pkg_init, true)));
            }
            if self.source_exists(&file) {
                return Ok(Some((file, false)));
            }
        }
        Ok(None)
    }

    /// The zip archive a path goes through and the member it names, if any.
    fn archive_member(
        &self,
        path: &std::path::Path,
    ) -> Option<(std::rc::Rc<crate::archive::ZipArchive>, String)> {
        let (file, member) = crate::archive::split_archive_path(path)?;
        let mut cache = self.archives.borrow_mut();
        let z = cache
            .entry(file)
            .or_insert_with_key(|f| crate::archive::ZipArchive::open(f).map(std::rc::Rc::new));
        Some((z.clone()?, member))
    }

    /// Whether a source file exists at `path`, on disk or inside a zip archive.
    pub(crate) fn source_exists(&self, path: &std::path::Path) -> bool {
        path.is_file()
            || self
                .archive_member(path)
                .is_some_and(|(z, m)| !m.is_empty() && z.contains(&m))
    }

    /// The bytes of the source file at `path`, on disk or inside a zip archive.
    pub(crate) fn read_source(&self, path: &std::path::Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path).or_else(|e| {
            self.archive_member(path)
                .and_then(|(z, m)| z.read(&m))
                .ok_or(e)
        })
    }

    /// Compiles a source file's bytes (read as `python3 FILE` reads them: coding
    /// declaration, BOM) as a module, with the interpreter's `-O` level.
    pub fn compile_file_source(
        &self,
        source: &[u8],
        filename: &str,
    ) -> Result<std::rc::Rc<pyrs_compiler::code::CodeObject>, pyrs_parser::SyntaxError> {
        let module = pyrs_parser::parse_script_bytes(source, filename)?;
        let text = String::from_utf8_lossy(source);
        pyrs_compiler::compile(
            &module,
            &text,
            filename,
            pyrs_compiler::Mode::Exec,
            self.config.optimize,
        )
    }

    fn register_module(&self, key: &Value, module: &Value) {
        if let Payload::Dict(m) = &self.modules.payload {
            m.set_str(key.clone(), module.clone());
        }
    }

    /// Compiles and runs a module's source file in a new module registered as `dotted`.
    fn exec_module_file(
        &mut self,
        dotted: &str,
        path: &std::path::Path,
        is_pkg: bool,
        key: &Value,
    ) -> PyResult<Value> {
        let filename = path.to_string_lossy().into_owned();
        let source = self
            .read_source(path)
            .map_err(|e| self.new_error(&self.exc.import_error.clone(), e.to_string()))?;
        let dir = is_pkg.then(|| {
            path.parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        let cache = self.cache_file_of(path);
        let module = Module {
            dotted,
            filename: &filename,
            has_file: true,
            pkg_dir: dir,
            cached: cache.as_deref(),
        };
        self.exec_module(module, key, |vm| {
            vm.compile_cached(&source, path, &filename, cache.as_deref())
        })
    }

    /// Runs the code `compile` makes as the new module `m.dotted` registered under `key`
    /// (and unregistered again if it fails).
    fn exec_module(
        &mut self,
        m: Module,
        key: &Value,
        compile: impl FnOnce(
            &mut Self,
        ) -> Result<
            std::rc::Rc<pyrs_compiler::code::CodeObject>,
            pyrs_parser::SyntaxError,
        >,
    ) -> PyResult<Value> {
        let Module {
            dotted,
            filename,
            has_file,
            pkg_dir,
            cached,
        } = m;
        let is_pkg = pkg_dir.is_some();
        let module = self.new_module(dotted);
        let Some(Payload::Module(md)) = module.payload() else {
            return Ok(module);
        };
        let globals = md.dict.clone();
        if let Payload::Dict(d) = &globals.payload {
            if has_file {
                d.set_str(self.intern("__file__"), self.new_str(filename));
            }
            if let Some(c) = cached {
                let c = self.new_str(c.to_string_lossy().as_ref());
                d.set_str(self.intern("__cached__"), c);
            }
            let package = if is_pkg {
                dotted.to_string()
            } else {
                dotted
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            };
            d.set_str(self.intern("__package__"), self.new_str(package));
            if let Some(dir) = pkg_dir {
                let path = if has_file {
                    vec![self.new_str(dir)]
                } else {
                    Vec::new()
                };
                let l = self.new_list(path);
                d.set_str(self.intern("__path__"), l);
            }
        }
        self.register_module(key, &module);
        let code = compile(self).map_err(|e| self.syntax_error(e));
        let r = code.and_then(|code| {
            let code = self.load_code(code);
            self.run_code_with_locals(code, &globals, Value::Obj(globals.clone()), None)
        });
        if let Err(e) = r {
            if let Payload::Dict(m) = &self.modules.payload {
                m.del_str(key);
            }
            return Err(e);
        }
        Ok(module)
    }

    /// `from module import name` (a submodule is imported when no attribute has the name).
    pub fn import_from(&mut self, m: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_opt(m, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // Missing (a module `__getattr__` said so): the ImportError below.
            Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
        let (mname, file) = match m.payload() {
            Some(Payload::Module(md)) => {
                let file = match &md.dict.payload {
                    Payload::Dict(d) => d.get_str(&self.intern("__file__")),
                    _ => None,
                };
                (md.name.to_string(), file)
            }
            _ => ("?".into(), None),
        };
        let sub = format!("{mname}.{}", name.as_str().unwrap_or(""));
        if let Ok(v) = self.import_one(&sub, m, name.as_str().unwrap_or("")) {
            return Ok(v);
        }
        let location = match file.as_ref().and_then(|f| f.as_str()) {
            Some(f) => f.to_string(),
            None => "unknown location".to_string(),
        };
        let e = self.new_error(
            &self.exc.import_error.clone(),
            format!(
                "cannot import name '{}' from '{mname}' ({location})",
                name.as_str().unwrap_or("")
            ),
        );
        self.set_exc_attr(&e, "name", self.new_str(mname.as_str()));
        Err(e)
    }

    /// `from module import *`: `__all__`, or every public name.
    pub fn import_star(&mut self, m: &Value) -> PyResult<()> {
        let Some(Payload::Module(md)) = m.payload() else {
            return Ok(());
        };
        let locals = self
            .frames
            .last()
            .map(|f| f.locals.clone())
            .unwrap_or(Value::None);
        let dict = md.dict.clone();
        let all = match &dict.payload {
            Payload::Dict(d) => d.get_str(&self.intern("__all__")),
            _ => None,
        };
        if let Some(all) = all {
            for k in self.collect(&all)? {
                let v = self.getattr(m, &k)?;
                self.mapping_set(&locals, k, v)?;
            }
            return Ok(());
        }
        if let Payload::Dict(d) = &dict.payload {
            for (k, v) in d.items() {
                if !k.as_str().unwrap_or("_").starts_with('_') {
                    self.mapping_set(&locals, k, v)?;
                }
            }
        }
        Ok(())
    }

    /// A Python SyntaxError object from the front end's error.
    pub fn syntax_error(&self, e: pyrs_parser::SyntaxError) -> crate::PyErr {
        let cls = match e.class.name() {
            "IndentationError" => self.exc.indentation_error.clone(),
            "TabError" => self.exc.tab_error.clone(),
            _ => self.exc.syntax_error.clone(),
        };
        let detail = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            e.lineno
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
            e.offset
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
            // CPython's text is the whole source line with its newline.
            e.text
                .as_deref()
                .map(|t| {
                    if t.is_empty() || t.ends_with('\n') {
                        self.new_str(t)
                    } else {
                        self.new_str(format!("{t}\n"))
                    }
                })
                .unwrap_or(Value::None),
        ]);
        let exc = self.new_exception(&cls, vec![self.new_str(e.msg.as_str()), detail]);
        self.set_exc_attr(&exc, "msg", self.new_str(e.msg.as_str()));
        self.set_exc_attr(
            &exc,
            "lineno",
            e.lineno
                .map(|l| Value::Int(l as i64))
                .unwrap_or(Value::None),
        );
        exc
    }
}
